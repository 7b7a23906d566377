# sys.exit with a string: message to stderr and exit status 1
import sys
def validate(cfg):
    problems = []
    for key in ("name", "port", "debug"):
        if key not in cfg:
            problems.append(f"missing {key}")
    return problems
configs = [{"name": "a", "port": 1, "debug": False}, {"name": "b"}, {}]
for i, cfg in enumerate(configs):
    errs = validate(cfg)
    print(i, "ok" if not errs else "; ".join(errs))
sys.stdout.flush()
bad = [c for c in configs if validate(c)]
print(len(bad), "bad configs")
if bad:
    sys.exit(f"error: {len(bad)} invalid configuration(s)")
print("unreachable")
