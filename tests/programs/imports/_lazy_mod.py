real_value = "real"


def __getattr__(name):
    if name == "forbidden":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return f"computed:{name}"


def __dir__():
    return ["real_value", "virtual_a", "virtual_b"]
