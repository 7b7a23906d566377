match = {}
match['a'] = 1
match.b = 2
match(1, 2)
match * 2
match - 1
match, x = 1, 2
x = match
def match(case): return case
class case: pass
_ = [_ for _ in range(3)]
match: int = 3
match
match -1 ,
