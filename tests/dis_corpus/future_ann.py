from __future__ import annotations
x: list[int] = []
def f(a: dict[str, int], *b: "T", c: int | None = None) -> Optional[List[int]]:
    y: int = 1
    return y
class C:
    z: Callable[[int], str]
    w: a.b.c[1:2, ...] = 3
