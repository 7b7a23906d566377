# a realistic formatted report mixing all formatting styles
sales = [
    ("North", "Widget", 1200, 3.5), ("North", "Gadget", 85, 120.0), ("South", "Widget", 430, 3.75),
    ("South", "Doohickey", 12, 999.99), ("East", "Gadget", 300, 110.5), ("West", "Widget", 0, 3.5),
    ("East", "Thingamajig", 7, 15000.0),
]
header = f"{'Region':<8}{'Product':<12}{'Units':>8}{'Price':>12}{'Revenue':>16}"
print(header)
print("-" * len(header))
total = 0.0
by_region = {}
for region, product, units, price in sales:
    rev = units * price
    total += rev
    by_region[region] = by_region.get(region, 0.0) + rev
    print(f"{region:<8}{product[:11]:<12}{units:>8,}{price:>12,.2f}{rev:>16,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<28}{total:>28,.2f}")
print()
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    bar = "#" * round(share * 40)
    print("%-6s %12s %6.2f%% %s" % (region, format(rev, ",.0f"), share * 100, bar))
print()
print("{:^40}".format(" Summary "), "|")
print("{0:>10} {1:>10} {2:>10}".format("min", "max", "mean"))
revs = [u * p for _, _, u, p in sales]
print("{0:>10.1f} {1:>10.1e} {2:>10.3g}".format(min(revs), max(revs), sum(revs) / len(revs)))
print(f"{len(sales)=} {total=:.1f} {max(revs)/total:.1%}")
