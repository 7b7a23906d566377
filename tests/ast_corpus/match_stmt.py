match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5:
        pass
    case 1 + 2j | -1 - 2j | 3j:
        pass
    case 'a' | "b" 'c' | b'd':
        pass
    case None | True | False:
        pass
    case a:
        pass
    case _:
        pass
match x:
    case a.b:
        pass
    case a.b.c:
        pass
    case [a, b]:
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case {'key': value}:
        pass
    case {'a': 1, **rest}:
        pass
    case {}:
        pass
    case {1: a, -1: b, a.b: c, None: d, 'x' 'y': e}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(a, y=b):
        pass
    case Point():
        pass
    case a.B(c, d=[e, f]):
        pass
    case [a, b] as c:
        pass
    case (1 | 2) as d:
        pass
    case 1 | 2 as e:
        pass
    case str() | bytes():
        pass
    case [Point(x=0), *others] if others:
        pass
    case {'x': [1, 2, {'y': z}]} if z > 0:
        pass
match (x, y):
    case (0, 0): pass
match x, y:
    case a, b: pass
match *x, y:
    case _: pass
match -x:
    case _: pass
match x,:
    case _: pass
match = 1
match.x = 2
match[0] = 3
match(4)
case = 5
_ = 6
print(match, case, _)
match x:
    case [*_]:
        pass
    case {**rest}:
        pass
