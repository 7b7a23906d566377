"""isinstance() honours a faked __class__ (property, __getattribute__), not __getattr__."""
class A: pass
class B: pass
class Fake:
    @property
    def __class__(self): return A
class G:
    def __getattr__(self, n): return A if n == "__class__" else None
print(isinstance(B(), A), isinstance(Fake(), A), isinstance(1, A), isinstance(G(), A), isinstance(A(), (B, A)))
class H:
    def __getattribute__(self, n):
        return A if n == "__class__" else object.__getattribute__(self, n)
print(isinstance(H(), A))
