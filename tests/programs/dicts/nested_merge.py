# recursive deep merge, flatten and unflatten of nested dicts
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
base = {"server": {"host": "localhost", "port": 80, "tls": {"enabled": False}}, "debug": False, "paths": ["/a"]}
override = {"server": {"port": 8443, "tls": {"enabled": True, "cert": "x.pem"}}, "paths": ["/b"], "new": 1}
merged = deep_merge(base, override)
print(merged)
print(base["server"]["port"], merged["server"]["tls"], merged["server"] is base["server"])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict) and v:
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
flat = flatten(merged)
for k in sorted(flat):
    print(f"{k:<22} = {flat[k]!r}")
def unflatten(flat):
    root = {}
    for path, v in flat.items():
        node = root
        *parents, leaf = path.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = v
    return root
print(unflatten(flat) == merged, unflatten({"a.b.c": 1, "a.b.d": 2, "a.e": 3, "f": 4}))
def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(get_path(merged, "server.tls.cert"), get_path(merged, "server.nope", "?"), get_path(merged, "debug.x", "not a dict"))
counts = {}
def count_depth(d, depth=1):
    counts[depth] = counts.get(depth, 0) + len(d)
    for v in d.values():
        if isinstance(v, dict):
            count_depth(v, depth + 1)
count_depth(merged)
print(counts)
