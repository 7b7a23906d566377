if True:
    x = """
not indented
"""
    y = 1
