# Circular imports: working with module references, failing with from-imports.
import _circ_a

print(_circ_a.from_b(), _circ_a._circ_b.from_a())
try:
    import _circ_bad_a
except ImportError as e:
    print("ImportError:", e)
    print("name:", e.name)
