# Small state machines with loops and conditionals.
out = []
for i in range(1, 31):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
print(" ".join(out))
state = "start"
transitions = []
inputs = "aabbbaab"
for ch in inputs:
    if state == "start":
        state = "A" if ch == "a" else "B"
    elif state == "A":
        state = "AA" if ch == "a" else "B"
    elif state == "AA":
        state = "B" if ch == "b" else "AA"
    else:
        state = "A" if ch == "a" else "B"
    transitions.append(state)
print(transitions)
primes = []
candidate = 2
while len(primes) < 15:
    if all(candidate % p for p in primes if p * p <= candidate):
        primes.append(candidate)
    candidate += 1
print(primes)
balance = 0
ok = True
for ch in "(()(()))())(":
    balance += 1 if ch == "(" else -1
    if balance < 0:
        ok = False
        break
print("balanced" if ok and balance == 0 else "unbalanced", balance)
