# input() reading from a .stdin file, including EOF handling
name = input()
print("hello,", name)
age = int(input("age? "))
print("next year:", age + 1)
numbers = list(map(int, input().split()))
print(numbers, sum(numbers), max(numbers))
line = input()
print(repr(line), len(line))
blank = input()
print(repr(blank))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOF:", type(e).__name__, repr(str(e)))
        break
print(rest)
print(len(rest), [r.upper() for r in rest])
try:
    input()
except EOFError as e:
    print("again", type(e).__name__, e)
