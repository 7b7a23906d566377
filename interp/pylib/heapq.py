"""Heap queue algorithm for Krait, matching CPython 3.11's `heapq`.

Heaps are lists with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].
The sift operations follow the same steps as CPython's (push up from the
end; pop by moving the smaller child up to a leaf, then sifting the moved
item back up), so the resulting list layouts are identical.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _check(heap, fname):
    if not isinstance(heap, list):
        raise TypeError(f"{fname}() argument 1 must be list, not {type(heap).__name__}")


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up towards index top while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Fill the hole at pos by pulling smaller children up to a leaf, then
    place the original item there and sift it back up."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (heap must be non-empty)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    result = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return result


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than both)."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return result
    return last


def _heapreplace_max(heap, item):
    result = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return result


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: ties come from
    earlier inputs first)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order if not reverse else -order, value, it])
            break
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while entries:
        entry = entries[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)


def nsmallest(n, iterable, key=None):
    """The n smallest items: equivalent to sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
