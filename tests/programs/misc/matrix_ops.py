# matrix operations with nested lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result
def show(name, m):
    print(name)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 4]]
show("A", A)
show("B", B)
show("A*B", mat_mul(A, B))
show("B*A", mat_mul(B, A))
show("A^T", transpose(A))
print("det A =", det(A), "det B =", det(B), "det AB =", det(mat_mul(A, B)))
show("A^5", mat_pow(A, 5))
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show("I4", identity(4))
rect = [[1, 2], [3, 4], [5, 6]]
show("rect^T * rect", mat_mul(transpose(rect), rect))
trace = sum(A[i][i] for i in range(3))
print("trace", trace, "sum", sum(map(sum, A)), "max", max(max(r) for r in A))
print([[round(v / 3, 3) for v in row] for row in A])
