# random: argument errors
import random
random.seed(5)
calls = ["randrange(0)", "randrange(5, 5)", "randrange(10, 1)", "randrange(0, 10, 0)", "randrange(1.5)", "randint(5, 1)",
         "choice([])", "choice('')", "sample(range(3), 5)", "sample(range(3), -1)", "sample({1, 2}, 1)", "getrandbits(-1)",
         "choices([], k=2)", "choices('ab', weights=[1], k=1)", "choices('ab', weights=[0, 0], k=1)",
         "choices('ab', [1, 1], cum_weights=[1, 2])", "shuffle('abc')", "randrange('a')", "uniform('a', 1)"]
for c in calls:
    try:
        print(c, "=", eval("random." + c, {"random": random}))
    except (ValueError, TypeError, IndexError) as e:
        print(c, "->", type(e).__name__, e)
print(random.randrange(5, 6), random.randint(3, 3), random.sample([], 0), random.choices("a", k=0), random.choice([None]))
x = [1, 2, 3]
random.shuffle(x)
print(x, random.sample(range(10 ** 9), 3))
