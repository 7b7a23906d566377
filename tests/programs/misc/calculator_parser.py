# recursive-descent expression parser and evaluator with error reporting
class ParseError(Exception):
    pass
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%^()":
            toks.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    return toks + [("end", None)]
class Parser:
    def __init__(self, src):
        self.toks, self.pos = tokenize(src), 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.take()
        if (kind, val) == ("op", "-"):
            return -self.unary()
        if kind == "num":
            return val
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("expected ')'")
            return v
        raise ParseError(f"unexpected {kind} {val!r}")
def evaluate(src):
    p = Parser(src)
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError(f"trailing input at token {p.pos}")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "2 ^ 100", "((7))",
            "1.5 * 4", "3 - - 3", "1 +", "(1 + 2", "4 $ 4", "1 2", "8 / (3 - 3)", "2 ^ -1", "7 % 0.5"]:
    try:
        print(f"{src!r:>16} = {evaluate(src)!r}")
    except (ParseError, ZeroDivisionError) as e:
        print(f"{src!r:>16} ! {type(e).__name__}: {e}")
