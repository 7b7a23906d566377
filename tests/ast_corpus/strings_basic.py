a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s' "say \"hi\"" 'mixed "quotes"' "mixed 'quotes'" 'both \' and "'
f = 'tab\there' 'nl\nhere' 'cr\rhere' 'bs\\here' 'bell\a\b\f\v'
g = '\x41\x7f\x80\xff' '\101\0\12\777' '\u00e9\u2028\uFFFF' '\U0001F600\U00010000'
h = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{BULLET}\N{greek small letter alpha}\N{CJK UNIFIED IDEOGRAPH-4E00}'
i = 'unknown \q \d escapes' 'line\
continuation'
j = u'unicode' U"UNICODE" 'plain' u'a' 'b'
k = r'raw\n\t' R"RAW\\" r'\''
k2 = rb'raw bytes\n' Br'x' bR'y' RB'z'
l = b'bytes' B"BYTES" b'\x00\xff\n\t\\' b'\'"' b"'" b'\777\1'
m = 'é漢字🎉' "\u200b\u00a0\u0085\U000e0001\ufeff"
n = ''
o = b''
p = 'a' 'b' 'c'
q = ('implicit'
     'concatenation'
     " across lines")
