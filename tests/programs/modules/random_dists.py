# random: gauss, normalvariate, and other distributions after seed
import random
random.seed(7)
print([round(random.gauss(0, 1), 12) for _ in range(6)])
print([round(random.normalvariate(10, 2), 12) for _ in range(6)])
print([round(random.gauss(), 12) for _ in range(2)], round(random.normalvariate(), 12))
random.seed(7)
g1 = [random.gauss(5, 0.5) for _ in range(4)]
random.seed(7)
g2 = [random.gauss(5, 0.5) for _ in range(4)]
print(g1 == g2, g1)
random.seed(100)
print([random.getrandbits(k) for k in (1, 2, 3, 7, 8, 31, 32, 33, 63, 64, 65, 128)])
random.seed(100)
print(random.random(), random.getrandbits(32), random.random())
random.seed(3)
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.expovariate(0.1), random.triangular(1, 2))
random.seed(11)
samples = [random.gauss(100, 15) for _ in range(1000)]
mean = sum(samples) / len(samples)
print(round(mean, 6), round(min(samples), 6), round(max(samples), 6))
hist = [0] * 6
for _ in range(600):
    hist[random.randint(1, 6) - 1] += 1
print(hist, sum(hist))
