# textwrap: wrap/fill (hyphens, long words, indents, max_lines), shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Well-known, state-of-the-art "
        "text-wrapping algorithms -- like this one -- handle hyphenated words and "
        "em-dashes!  Supercalifragilisticexpialidocious words get broken. "
        "Numbers like 3-4 and x-y-z or a--b stay. Tabs\there\tand\nnewlines too.")
for width in (10, 15, 20, 33, 50, 79):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("Hello.  World. Is it me? Yes! ok", 11, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("   leading and trailing   ", 10), textwrap.wrap("   leading", 10, drop_whitespace=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("a\tb", expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("aaa-bbbbbbbbbbbbbbbbb-ccc", 10))
print(textwrap.shorten("Hello  world!  How are you today?", 20))
print(textwrap.shorten("Hello world", 11), textwrap.shorten("Hello world", 10, placeholder="~"))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError", e)
src = """
    def f():
        return 1
  \t
    # done
"""
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t\ta\n\t  b")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+", lambda line: True)))
w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ", max_lines=4)
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."))
print(textwrap.fill("one two three four five six seven eight nine ten", width=9))
