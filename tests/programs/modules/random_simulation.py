# seeded random simulations: dice, random walk, Monte Carlo pi, shuffle-based card deal
import random
random.seed(31337)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {n:>4} {'*' * (n // 10)}")
pos, path = 0, []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
inside = 0
N = 20000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / N)
suits, ranks = "SHDC", "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for h in hands:
    print(h)
rng = random.Random(5)
print([rng.randrange(100) for _ in range(10)], rng.sample(range(50), 5), rng.choices("HT", k=12))
weights = {"common": 70, "rare": 25, "epic": 5}
drops = random.choices(list(weights), weights=list(weights.values()), k=200)
print({k: drops.count(k) for k in weights})
print(round(random.uniform(-1, 1), 12), random.getrandbits(16), random.randrange(0, 10 ** 20, 3))
