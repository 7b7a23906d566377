# uncaught KeyError from a config lookup
config = {"name": "krait", "version": (0, 1), "features": ["jit", "gc"]}
def describe(cfg):
    return f"{cfg['name']} v{'.'.join(map(str, cfg['version']))} [{', '.join(cfg['features'])}]"
print(describe(config))
print(config.get("author", "unknown"))
for key in ["name", "version", "features"]:
    print(key, "=", config[key])
print(sorted(config))
nested = {"db": {"host": "localhost", "port": 5432}}
print(nested["db"]["host"], nested.get("cache", {}).get("size", 0))
try:
    nested["cache"]["size"]
except KeyError as e:
    print("caught", repr(e))
print("looking up author")
print(config["author"])
print("unreachable")
