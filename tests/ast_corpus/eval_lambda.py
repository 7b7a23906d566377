

lambda x: x if x else None

