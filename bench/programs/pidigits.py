"""Digits of pi from an unbounded spigot over big integers (Gibbons' streaming algorithm)."""

import sys


class Spigot:
    """A linear fractional transform (q r / 0 t) composed with the terms of pi's series."""

    def __init__(self):
        self.q, self.r, self.t = 1, 0, 1
        self.k = 0

    def absorb(self):
        self.k += 1
        k = self.k
        self.q, self.r, self.t = self.q * k, (2 * self.q + self.r) * (2 * k + 1), self.t * (2 * k + 1)

    def digit_if_safe(self):
        if self.q > self.r:
            return None
        d = (3 * self.q + self.r) // self.t
        if d != (4 * self.q + self.r) // self.t:
            return None
        return d

    def emit(self, d):
        self.q, self.r = 10 * self.q, 10 * (self.r - d * self.t)

    def __iter__(self):
        while True:
            d = self.digit_if_safe()
            if d is None:
                self.absorb()
            else:
                self.emit(d)
                yield d


def pi_digits(n):
    out = []
    for d in Spigot():
        out.append(d)
        if len(out) == n:
            return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    digits = pi_digits(n)
    for start in range(0, n, 50):
        chunk = "".join(str(d) for d in digits[start : start + 50])
        print(f"{chunk:<50} :{min(start + 50, n)}")
    folded = 0
    for d in digits:
        folded = (folded * 10 + d) % 1000000007
    print(f"digit sum {sum(digits)}, value mod 1000000007 = {folded}")


if __name__ == "__main__":
    main()
