# match statements used for control flow inside loops.
def tokens(s):
    for part in s.split():
        if part.isdigit():
            yield ("num", int(part))
        elif part in "+-*/":
            yield ("op", part)
        else:
            yield ("name", part)


def rpn(expr, env):
    stack = []
    for tok in tokens(expr):
        match tok:
            case ("num", n):
                stack.append(n)
            case ("name", name) if name in env:
                stack.append(env[name])
            case ("name", name):
                raise NameError(f"unknown variable {name}")
            case ("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("op", "-"):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case ("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ("op", "/"):
                b, a = stack.pop(), stack.pop()
                stack.append(a // b)
        print(tok, stack)
    return stack[-1]


print(rpn("3 4 + 2 *", {}))
print(rpn("x 10 * y -", {"x": 5, "y": 8}))
try:
    rpn("q 1 +", {})
except NameError as e:
    print("NameError:", e)
for cmd in ["go north", "go", "look", "take lamp key", "quit now"]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["go"]:
            print("go where?")
        case ["take", *things]:
            print("taking", things)
        case ["look" | "l"]:
            print("looking")
        case _:
            print("unknown:", cmd)
