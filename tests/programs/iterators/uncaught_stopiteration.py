# calling next() on an exhausted iterator outside of a loop: uncaught StopIteration
tokens = iter("let x = 10 ;".split())
print(next(tokens))
name = next(tokens)
print("name", name)
print("eq", next(tokens))
value = int(next(tokens))
print("value", value, value * 2)
print("end", next(tokens))
print(next(tokens, "<eof>"))
def expect(it, what):
    tok = next(it)
    print("expect", what, "got", tok)
    return tok
words = iter(["a", "b"])
expect(words, "first")
expect(words, "second")
expect(words, "third")
print("unreachable")
