# equivalent %-style, str.format and f-string renderings must agree
vals = [0, 3, -3, 42, 1234567, 3.14159, -2.5, 1e10, 1e-5, 0.0]
pairs = [("%d", "{:d}"), ("%5d", "{:5d}"), ("%-5d|", "{:<5d}|"), ("%05d", "{:05d}"), ("%+d", "{:+d}"), ("% d", "{: d}"),
         ("%x", "{:x}"), ("%#X", "{:#X}"), ("%o", "{:o}"), ("%#o", "{:#o}"), ("%.2f", "{:.2f}"), ("%10.3f", "{:10.3f}"),
         ("%-10.1f|", "{:<10.1f}|"), ("%e", "{:e}"), ("%.3E", "{:.3E}"), ("%g", "{:g}"), ("%.10g", "{:.10g}"), ("%G", "{:G}")]
for pfmt, bfmt in pairs:
    out = []
    for v in vals:
        if pfmt.rstrip("|")[-1] in "dxXo" and isinstance(v, float):
            continue
        p = pfmt % v
        b = bfmt.format(v)
        out.append(p if p == b else f"{p}!={b}")
    print(pfmt.ljust(8), bfmt.ljust(10), " ".join(out))
for v in ["text", "é", "", "long string here"]:
    print(repr("%s|%10s|%-10s|%.3s" % (v, v, v, v)), repr("{}|{:>10}|{:<10}|{:.3}".format(v, v, v, v)), repr(f"{v}|{v:>10}|{v:<10}|{v:.3}"))
print("%r %a" % ("é", "é"), "{!r} {!a}".format("é", "é"), f"{'é'!r} {'é'!a}")
print("%c" % 9731, "{:c}".format(9731), f"{9731:c}")
print("%x" % 255 == format(255, "x") == f"{255:x}" == hex(255)[2:], "%o" % 8 == oct(8)[2:])
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5), "{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, 3.5))
print("%s" % 1e16, "{}".format(1e16), "%s" % 1e15, str(1.5e-5), "%g" % 1e16, "{:g}".format(1e16))
