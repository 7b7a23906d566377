# A directory without __init__.py is a namespace package.
import plain_ns.nsmod

print(plain_ns.nsmod.VALUE, plain_ns.__name__, plain_ns.nsmod.__name__)
print(getattr(plain_ns, "__file__", None), type(plain_ns).__name__)
from plain_ns import nsmod

print(nsmod is plain_ns.nsmod)
