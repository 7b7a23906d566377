"""An asyncio job runner written as a realistic parser test."""
import asyncio
import contextlib
import enum
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Awaitable, Callable, Generic, TypeVar

T = TypeVar("T")
Handler = Callable[["Job[T]"], Awaitable[T]]


class State(enum.Enum):
    PENDING = enum.auto()
    RUNNING = enum.auto()
    DONE = enum.auto()
    FAILED = enum.auto()


@dataclass
class Job(Generic[T]):
    name: str
    handler: Handler
    retries: int = 3
    state: State = State.PENDING
    result: T | None = None
    errors: list[BaseException] = field(default_factory=list)
    started: float = field(default=0.0, repr=False)

    async def run(self) -> T:
        self.state, self.started = State.RUNNING, time.monotonic()
        for attempt in range(1, self.retries + 1):
            try:
                self.result = await asyncio.wait_for(self.handler(self), timeout=2 ** attempt)
            except asyncio.TimeoutError as exc:
                self.errors.append(exc)
                await asyncio.sleep(0.01 * attempt)
                continue
            except (ValueError, KeyError) as group:
                self.errors.append(group)
                break
            else:
                self.state = State.DONE
                return self.result
        self.state = State.FAILED
        raise RuntimeError(f"{self.name} failed after {len(self.errors)} error(s)") from (
            self.errors[-1] if self.errors else None
        )


class Runner:
    def __init__(self, *, concurrency: int = 4) -> None:
        self._sem = asyncio.Semaphore(concurrency)
        self._jobs: dict[str, Job] = {}
        self._done = asyncio.Event()

    def submit(self, job: Job, /) -> None:
        if job.name in self._jobs:
            raise KeyError(job.name)
        self._jobs[job.name] = job

    async def _run_one(self, job: Job) -> tuple[str, object]:
        async with self._sem:
            try:
                return job.name, await job.run()
            except RuntimeError as exc:
                return job.name, exc

    async def results(self) -> AsyncIterator[tuple[str, object]]:
        tasks = [asyncio.create_task(self._run_one(j), name=j.name) for j in self._jobs.values()]
        for coro in asyncio.as_completed(tasks):
            yield await coro
        self._done.set()

    async def gather(self) -> dict[str, object]:
        return {name: value async for name, value in self.results()}

    @contextlib.asynccontextmanager
    async def session(self):
        try:
            yield self
        finally:
            if not self._done.is_set():
                await self.gather()


async def square(job: Job[int]) -> int:
    await asyncio.sleep(0)
    n = int(job.name.rsplit("-", 1)[-1])
    if n % 7 == 0:
        raise ValueError(n)
    return n * n


async def main() -> None:
    async with Runner(concurrency=2).session() as runner:
        for i in range(10):
            runner.submit(Job(f"square-{i}", square, retries=1 + i % 3))
        results = await runner.gather()
    ok = {k: v for k, v in sorted(results.items()) if not isinstance(v, Exception)}
    bad = [k for k, v in results.items() if isinstance(v, Exception)]
    print(f"{len(ok)} ok, {len(bad)} failed: {', '.join(sorted(bad)) or 'none'}")
    match sorted(ok.values()):
        case []:
            print("nothing")
        case [first, *_, last] if first < last:
            print(f"range {first}..{last}")
        case [only]:
            print(f"{only=}")


if __name__ == "__main__":
    asyncio.run(main())
