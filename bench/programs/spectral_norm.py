"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1)."""

import sys


def a_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(vec, n):
    return [sum(a_entry(i, j) * vec[j] for j in range(n)) for i in range(n)]


def mul_atv(vec, n):
    return [sum(a_entry(j, i) * vec[j] for j in range(n)) for i in range(n)]


def mul_atav(vec, n):
    return mul_atv(mul_av(vec, n), n)


def spectral_norm(n, iterations=10):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    print(f"{spectral_norm(n):.9f}")


if __name__ == "__main__":
    main()
