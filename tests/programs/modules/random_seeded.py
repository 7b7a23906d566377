# random: exact sequences after seed(n)
import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(0, 100, 7) for _ in range(5)], random.randrange(-50, -10, 3))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices("abc", k=10), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=8))
print(random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=5))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample("krait", 5), random.sample([1, 2, 3, 4], k=2))
print([random.uniform(1, 10) for _ in range(3)], random.uniform(5, -5))
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
random.seed(2024)
a = [random.random() for _ in range(3)]
random.seed(2024)
b = [random.random() for _ in range(3)]
print(a == b, a)
for seed in [0, 1, 42, 2 ** 40, -7, 10 ** 30]:
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10 ** 9), random.getrandbits(32))
state = random.getstate()
x1 = [random.randint(0, 99) for _ in range(5)]
random.setstate(state)
x2 = [random.randint(0, 99) for _ in range(5)]
print(x1, x2 == x1)
r = random.Random(99)
print(r.random(), r.randint(1, 100), r.choice("xyz"), random.Random(99).random() == random.Random(99).random())
