# "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass


def load(name):
    try:
        return [1, 2, 3][10]
    except IndexError as e:
        raise ConfigError(f"cannot load {name!r}") from e


print("loading")
load("settings")
