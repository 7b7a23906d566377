# a tiny stack-based interpreter with variables, jumps and error handling
PROGRAM = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    push 0
    div
"""
def parse(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            op, *args = line.split()
            code.append((op, args[0] if args else None))
    return code, labels
def run(code, labels, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b, "div": lambda a, b: a // b}
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "load":
            stack.append(env[arg])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            print("OUT:", stack[-1])
        else:
            raise SyntaxError(f"unknown op {op!r}")
        if trace and steps <= 12:
            print(f"  {steps:3} {op:<5} {str(arg or ''):<5} {stack} {sorted(env.items())}")
    return stack, env, steps
code, labels = parse(PROGRAM)
print(len(code), "instructions", labels)
try:
    run(code, labels, trace=True)
except ZeroDivisionError as e:
    print("runtime error:", type(e).__name__, e)
try:
    run([("bogus", None)], {})
except SyntaxError as e:
    print("error:", e)
try:
    run([("load", "x")], {})
except KeyError as e:
    print("undefined variable", e)
print(run(*parse("push 2\npush 40\nadd\nprint")))
