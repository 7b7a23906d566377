"""A small inventory system, written as a realistic module for parser tests."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import defaultdict
from typing import Any, Callable, Iterable, Iterator, Optional

log = logging.getLogger(__name__)

DEFAULT_LIMITS = {"max_items": 1_000, "max_weight": 2.5e3, "ratio": 0.75}


class InventoryError(Exception):
    """Raised when an operation on the inventory fails."""

    def __init__(self, message: str, *, code: int = 0) -> None:
        super().__init__(message)
        self.code = code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args[0]!r}, code={self.code})"


@dataclasses.dataclass(frozen=True, order=True)
class Item:
    name: str
    weight: float = 0.0
    tags: tuple[str, ...] = ()

    @property
    def heavy(self) -> bool:
        return self.weight > DEFAULT_LIMITS["max_weight"] * DEFAULT_LIMITS["ratio"]

    def with_tag(self, tag: str) -> "Item":
        return dataclasses.replace(self, tags=(*self.tags, tag))


class Inventory:
    def __init__(self, items: Iterable[Item] = (), **limits: Any) -> None:
        self._items: dict[str, list[Item]] = defaultdict(list)
        self.limits = {**DEFAULT_LIMITS, **limits}
        for item in items:
            self.add(item)

    def __len__(self) -> int:
        return sum(len(v) for v in self._items.values())

    def __iter__(self) -> Iterator[Item]:
        for name in sorted(self._items):
            yield from self._items[name]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self._items.get(name))

    def add(self, item: Item, /, count: int = 1) -> None:
        if count <= 0:
            raise InventoryError(f"bad count: {count}", code=1)
        if len(self) + count > self.limits["max_items"]:
            raise InventoryError("inventory full") from None
        self._items[item.name].extend([item] * count)
        log.debug("added %d x %s", count, item.name)

    def remove(self, name: str) -> Item:
        try:
            bucket = self._items[name]
            item = bucket.pop()
        except (KeyError, IndexError) as exc:
            raise InventoryError(f"no such item: {name}") from exc
        else:
            if not bucket:
                del self._items[name]
            return item
        finally:
            log.debug("remove(%r) finished", name)

    def find(self, predicate: Callable[[Item], bool] | None = None, *, tag: Optional[str] = None) -> list[Item]:
        predicate = predicate or (lambda _item: True)
        return [
            item
            for bucket in self._items.values()
            for item in bucket
            if predicate(item) and (tag is None or tag in item.tags)
        ]

    def total_weight(self) -> float:
        total = 0.0
        for item in self:
            total += item.weight
        return round(total, 3)

    def summary(self) -> dict[str, Any]:
        by_tag: dict[str, int] = {}
        for item in self:
            for tag in item.tags:
                by_tag[tag] = by_tag.get(tag, 0) + 1
        heavy, light = [], []
        for item in self:
            (heavy if item.heavy else light).append(item.name)
        return {
            "count": len(self),
            "weight": self.total_weight(),
            "tags": dict(sorted(by_tag.items(), key=lambda kv: (-kv[1], kv[0]))),
            "heavy": heavy,
            "light": light[:10],
        }

    def to_json(self, indent: int | None = 2) -> str:
        payload = [dataclasses.asdict(i) for i in self]
        return json.dumps(payload, indent=indent, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Inventory:
        data = json.loads(text)
        match data:
            case [*entries] if all(isinstance(e, dict) for e in entries):
                return cls(Item(**e) for e in entries)
            case {"items": [*entries], **rest}:
                log.info("ignoring keys: %s", ", ".join(rest))
                return cls(Item(**e) for e in entries)
            case _:
                raise InventoryError("unrecognized payload", code=2)


def parse_line(line: str) -> Item | None:
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    name, _, rest = line.partition(":")
    weight_text, *tags = rest.split(",") if rest else ("0",)
    try:
        weight = float(weight_text)
    except ValueError:
        weight = 0.0
    return Item(name.strip(), weight, tuple(t.strip() for t in tags if t.strip()))


def main(argv: list[str] | None = None) -> int:
    import sys

    argv = sys.argv[1:] if argv is None else argv
    inv = Inventory(max_items=50)
    while argv:
        arg, *argv = argv
        if (item := parse_line(arg)) is not None:
            inv.add(item)
    width = max((len(i.name) for i in inv), default=0)
    for i, item in enumerate(inv, start=1):
        print(f"{i:>3}. {item.name:<{width}} {item.weight:8.2f} {', '.join(item.tags) or '-'}")
    print(f"{len(inv)=} {inv.total_weight()=:.1f}")
    return 0 if len(inv) else 1


if __name__ == "__main__":
    raise SystemExit(main())
