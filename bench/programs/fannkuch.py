"""Fannkuch-redux: maximum pancake flips over all permutations, plus a checksum."""

import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            perm[: first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        sign = -sign
        # Advance to the next permutation by rotating prefixes.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            perm1[:r] = perm1[1 : r + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    results = {fannkuch(n) for _ in range(3)}
    assert len(results) == 1, "fannkuch is not deterministic"
    checksum, flips = results.pop()
    print(checksum)
    print(f"Pfannkuchen({n}) = {flips}")


if __name__ == "__main__":
    main()
