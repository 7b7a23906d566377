name = 'x'
a = f'hello {name}'
b = f"{name!r} {name!s} {name!a}"
c = f'{name:>10} {3.14159:.2f} {42:08d}'
d = f'{name:{width}.{prec}}'
e = f'{x=}' f'{x = }' f'{x=!s}' f'{x=:>5}' f'{x.y=}'
f = f'{{literal}} {{{name}}}'
g = f''
h = 'plain' f'fmt {a}' 'plain2' f'' 'end'
i = f'{a}{b}{c}'
j = f'{"nested"} {"quotes"!r}'
k = f'''triple {name}
second line {a
+ b}'''
l = rf'raw {name} \n' fr'\d{a}' Rf'{b}' fR'c' FR'd' RF'e'
m = f'{a if b else c}' f'{lambda_val}' f'{(lambda: 1)()}'
n = f'{x:{{}}>10}'
o = f'{d["key"]}' f"{d['key']}"
p = f'{x:}' f'{x!r:}'
q = f'{a, b}' f'{*a,}' f'{(yield)}'
r = f'{3:{4}}' f'{x:=^10}' f'{(x:=10)}'
s = u'u' f'{x}y'
t = f'\N{BULLET} {x} \x41\t'
u = f'{x}' 'tail' f'{y}'
v = f'{ x }' f'{x  !r}' f'{ x :>3}'
w = f'{a:{b}{c}}'
y = f'{x:%H:%M}' f'{x!r:^{w}}'
z = f'{"a" "b"}' f'{x[1:2]}' f'{x()}' f"{'}'}"
