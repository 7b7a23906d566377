"""Shortest paths on a random weighted grid graph: a hand-written binary heap,
dict adjacency lists, tuples, and breadth-first search for comparison."""

import random
import sys


class MinHeap:
    """A binary min-heap of (priority, item) pairs."""

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, priority, item):
        items = self.items
        items.append((priority, item))
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i, n = 0, len(items)
            while True:
                left = 2 * i + 1
                smallest = i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if left + 1 < n and items[left + 1] < items[smallest]:
                    smallest = left + 1
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top


class Graph:
    def __init__(self):
        self.edges = {}

    def add_edge(self, a, b, weight):
        self.edges.setdefault(a, []).append((b, weight))
        self.edges.setdefault(b, []).append((a, weight))

    @classmethod
    def grid(cls, width, height, extra):
        g = cls()
        for y in range(height):
            for x in range(width):
                if x + 1 < width:
                    g.add_edge((x, y), (x + 1, y), random.randint(1, 9))
                if y + 1 < height:
                    g.add_edge((x, y), (x, y + 1), random.randint(1, 9))
        for _ in range(extra):
            a = (random.randrange(width), random.randrange(height))
            b = (random.randrange(width), random.randrange(height))
            if a != b:
                g.add_edge(a, b, random.randint(5, 40))
        return g

    def shortest_paths(self, source):
        dist = {source: 0}
        heap = MinHeap()
        heap.push(0, source)
        done = set()
        while heap:
            d, node = heap.pop()
            if node in done:
                continue
            done.add(node)
            for neighbor, weight in self.edges.get(node, ()):
                nd = d + weight
                if nd < dist.get(neighbor, nd + 1):
                    dist[neighbor] = nd
                    heap.push(nd, neighbor)
        return dist

    def hops(self, source):
        seen = {source: 0}
        frontier = [source]
        while frontier:
            next_frontier = []
            for node in frontier:
                for neighbor, _ in self.edges[node]:
                    if neighbor not in seen:
                        seen[neighbor] = seen[node] + 1
                        next_frontier.append(neighbor)
            frontier = next_frontier
        return seen


def main():
    side = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    random.seed(99)
    graph = Graph.grid(side, side, side * 2)
    sources = [(0, 0), (side - 1, side - 1), (side // 2, side // 3)]
    for src in sources:
        dist = graph.shortest_paths(src)
        hops = graph.hops(src)
        far = max(dist, key=lambda node: (dist[node], node))
        print(f"from {src}: reached {len(dist)}, farthest {far} at {dist[far]}, "
              f"distance sum {sum(dist.values())}, max hops {max(hops.values())}")


if __name__ == "__main__":
    main()
