print("shapes.sub.sibling running")
NAME = "sibling-name"
