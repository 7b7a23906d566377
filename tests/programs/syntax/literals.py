# Numeric, string, bytes and container literals.
print(0, 7, -3, 1_000_000, 0x1F, 0o17, 0b1011, 0XAB, 0O7, 0B1)
print(1.5, 2., .25, 1e3, 1E-2, 1_0.0_1, 3.14e+2)
print(1j, 2.5j, 1e2j, 3 + 4j)
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n')
print(r'raw\n', R"raw\t", rb'\x00', b'bytes', B"BYTES")
print('adjacent' ' strings' " concatenate")
print('\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\101')
print(len('\n'), len(r'\n'), len(b'\xff'))
print([], [1], [1, 2, 3,], (), (1,), (1, 2), {}, {1: 2}, {1, 2, 3})
print(True, False, None, ..., Ellipsis is ...)
print(type(1).__name__, type(1.0).__name__, type(1j).__name__, type('').__name__, type(b'').__name__)
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__)
x = """line one
line two
    indented"""
print(x)
print(x.splitlines())
y = ('implicit '
     'continuation '
     'in parens')
print(y)
z = 1 + \
    2 + \
    3
print(z)
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 10 / 4, 10 // 4, -7 // 2, -7 % 3)
print(100000000000000000000 * 3, 2 ** 100, -(2 ** 64))
print(0xFFFFFFFFFFFFFFFF, 1e308 * 10, -1e308 * 10)
print(1_2_3, 0x_ff, 0b_1_0)
print('%s' % 'fmt', 'a' 'b' == 'ab')
