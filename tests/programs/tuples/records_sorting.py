# tuples as records: sorting, grouping, min/max, zipping columns
people = [("Ada", "Lovelace", 1815, "UK"), ("Alan", "Turing", 1912, "UK"), ("Grace", "Hopper", 1906, "US"),
          ("Edsger", "Dijkstra", 1930, "NL"), ("Barbara", "Liskov", 1939, "US"), ("Guido", "van Rossum", 1956, "NL"),
          ("Donald", "Knuth", 1938, "US"), ("Tim", "Berners-Lee", 1955, "UK")]
for p in sorted(people, key=lambda p: p[2]):
    print(f"{p[2]} {p[0]} {p[1]} ({p[3]})")
print([p[1] for p in sorted(people, key=lambda p: (p[3], -p[2]))])
print(min(people, key=lambda p: p[2])[:2], max(people, key=lambda p: len(p[1]))[1])
first, last, years, countries = zip(*people)
print(first, years, sorted(set(countries)))
by_country = {}
for f, l, y, c in people:
    by_country.setdefault(c, []).append((y, f))
for c in sorted(by_country):
    print(c, sorted(by_country[c]), min(by_country[c])[1])
decades = {}
for *_, y, _c in people:
    decades[y // 10 * 10] = decades.get(y // 10 * 10, 0) + 1
print(sorted(decades.items()))
print(sorted(people)[0], sorted(people, reverse=True)[0][:2], people.index(("Alan", "Turing", 1912, "UK")))
Point = tuple
pts = [(3, 4), (-1, 2), (0, 0), (5, -5), (2, 2), (-3, -4)]
print(sorted(pts), sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2), max(pts, key=lambda p: p[1]))
print(tuple(sum(c) for c in zip(*pts)), [(x, y) for x, y in pts if x == y], tuple(map(abs, pts[3])))
