# removing a missing element: KeyError
active = {101, 102, 103, 104}
print(sorted(active))
def logout(user_id):
    active.remove(user_id)
    print("logged out", user_id, "remaining", sorted(active))
logout(102)
logout(104)
active.discard(999)
print("discard is quiet", sorted(active))
active.add(105)
print(sorted(active), len(active))
logout(101)
print("logging out 102 again")
try:
    logout(102)
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(sorted(active))
