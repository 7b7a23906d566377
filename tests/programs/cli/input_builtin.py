# input() reads lines from stdin (input_builtin.stdin) until EOFError.
name = input()
print("name:", name)
age = int(input())
print("age next year:", age + 1)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOFError:", e)
        break
print(rest)
