print("shapes.sub package running")
