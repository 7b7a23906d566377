print("geometry package init")
order = ["geometry"]
