# sort stability with key and reverse
records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA"),
           ("frank", 25, "LA"), ("grace", 22, "NY"), ("heidi", 30, "SF")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_rev = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_rev])
by_city = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_city])
two_pass = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print([r[0] for r in two_pass])
print([r[0] for r in sorted(records, key=lambda r: (r[2], -r[1]))])
print([r[0] for r in sorted(records, key=lambda r: r[0], reverse=True)])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig", "elderberry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=lambda w: w[-1]))
data = [(i % 3, i) for i in range(12)]
data.sort(key=lambda t: t[0], reverse=True)
print(data)
data.sort(key=lambda t: t[0])
print(data)
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda v: v % 3))
calls = []
def keyf(v):
    calls.append(v)
    return -v
print(sorted([2, 3, 1], key=keyf), calls)
floats = [2.5, -0.0, 0.0, 1, True, -3, 2.5]
print(sorted(floats), sorted(floats, reverse=True))
big = list(range(1000, 0, -7))
big.sort()
print(big[:5], big[-5:], big == sorted(big), len(big))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted((5, 3, 8), reverse=True))
