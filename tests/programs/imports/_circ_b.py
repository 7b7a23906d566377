print("_circ_b start")
import _circ_a

B_VALUE = "b-value"
print("_circ_b sees _circ_a has A_VALUE:", hasattr(_circ_a, "A_VALUE"))


def from_a():
    return _circ_a.A_VALUE


print("_circ_b end")
