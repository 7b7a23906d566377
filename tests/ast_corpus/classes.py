class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kw): pass
class A(B, x=1, *c, **d): pass
@dataclass
class A:
    x: int
    y: str = 'a'
    def method(self):
        return self.x
    @property
    def prop(self): return 1
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
    class Inner:
        pass
class B(A, metaclass=Meta, **kw):
    """Doc."""
    __slots__ = ('a', 'b')
