# assert statements and AssertionError.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("caught", repr(e), str(e))
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("caught", e.args[0])
calls = []


def msg():
    calls.append(1)
    return "computed"


assert True, msg()
print("message not evaluated:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)


def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2


print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
