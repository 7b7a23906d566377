print("pathmod imported")
WHERE = "extra_path"
