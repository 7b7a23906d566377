# typing: annotations-heavy code imports and runs; reprs of common forms.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, TypeVar,
                    Generic, NamedTuple, Protocol, Iterable, Iterator, Sequence, Mapping,
                    ClassVar, Final, Literal, cast, overload, get_type_hints, get_origin,
                    get_args, TYPE_CHECKING, NewType, TypedDict, runtime_checkable, Type,
                    DefaultDict, Deque, Counter, Annotated, Generator, NoReturn, Hashable)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)

print(Any, Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[int, str], Callable[[int, str], bool], Callable[..., Any])
print(T, K, V_co, K.__bound__, Set[T], FrozenSet[bytes], Type[int], Literal["a", 1])
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int], ClassVar[int], Final[str])
print(Iterable[int], Mapping[str, Any], Sequence[float], DefaultDict[str, int], Deque[int], Counter[str])
print(Annotated[int, "meta"], Generator[int, None, None], typing.Dict, typing.List)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int), get_origin(Annotated[int, 1]) is Annotated)
print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", 5))
print(isinstance([], List), isinstance({}, typing.Mapping), isinstance(5, Hashable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
try:
    Dict[int]
except TypeError as e:
    print("TypeError", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__parameters__, Stack[int])


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


print(Pair("a", 1).v, Pair[str, int])


class Employee(NamedTuple):
    name: str
    id: int = 3

    def label(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("guido")
print(e, e.label(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=7), isinstance(e, tuple), Employee("a", 1) == ("a", 1))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)


class Movie(TypedDict):
    title: str
    year: int


m: Movie = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self) -> None:
        print("closed")


class NotFile:
    pass


print(isinstance(File(), Closable), isinstance(NotFile(), Closable))


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello {name}"


def welcome(g: Greeter) -> str:
    return g.greet("world")


print(welcome(English()))
try:
    isinstance(English(), Greeter)
except TypeError as e:
    print("TypeError", e)

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, UserId, type(uid).__name__)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


def annotated(a: int, b: "List[str]", c: Optional[float] = None) -> Dict[str, int]:
    return {}


print(get_type_hints(annotated))


class Config:
    name: str
    retries: "int"
    tags: ClassVar[List[str]] = []


print(get_type_hints(Config))


def process(items: Iterable[T], key: Callable[[T], Any] = lambda x: x) -> List[T]:
    return sorted(items, key=key)


print(process([3, 1, 2]), process.__annotations__["return"])


def gen() -> Iterator[int]:
    yield 1


print(list(gen()), repr(Optional[List[Dict[str, Tuple[int, ...]]]]))
x: Final = 3
y: Literal["r", "w"] = "r"
print(x, y, __annotations__["y"])
