# Guard clauses, flags, and sentinel loops.
def validate(user):
    if not isinstance(user, dict):
        return "not a dict"
    if "name" not in user:
        return "missing name"
    if not user["name"]:
        return "empty name"
    if user.get("age", 0) < 0:
        return "negative age"
    return "ok"


for u in [None, {}, {"name": ""}, {"name": "x", "age": -1}, {"name": "y"}]:
    print(validate(u))
data = [4, 8, 15, 16, 23, 42]
found = False
for n in data:
    if n > 20:
        found = True
        break
print("found over 20:", found, n)
queue = [1]
seen = []
while queue:
    item = queue.pop(0)
    if item in seen or item > 20:
        continue
    seen.append(item)
    queue.extend([item * 2, item * 3])
print(sorted(seen))
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("countdown", v)
print("rest", list(it))
