# Tokenizer edge cases: comments, continuation, brackets, spacing.
x = (1 +  # comment inside parens
     2)  # trailing comment
y = [
    1,  # one
    # a comment line inside a list
    2,
]
z = {
    'a':
        1,
}
print(x, y, z)
s = "a" \
    "b"
print(s)
if x == 3 and \
        y == [1, 2]:
    print("continued condition")
w=1;v=2
print(w+v,w-v,w*v)
print(  1  ,  2  )
print((((((1))))))
t = 1,
print(t)
lam = lambda:0
print(lam())
n = 0x_1f if False else 0x1f
print(n, 1 if True else 2, [i for i in(1, 2)])
print("#not a comment", '#', "'#'")
def f(): return "inline def"   # comment after def
print(f())
print(1 .real, 1.0.is_integer(), (1).bit_length())
print("é", "日本", "emoji: \U0001F40D")
a=[1,2,3];a[0]+=1;print(a)
print(""" triple "quoted" string
with 'mixed' quotes""")
