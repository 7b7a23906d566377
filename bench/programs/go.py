"""A small Monte Carlo Go engine: random playouts with UCB1 move selection at the root."""

import math
import random
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
COLUMNS = "ABCDEFGHJKLMNOPQRST"


def other(color):
    return WHITE if color == BLACK else BLACK


class Board:
    def __init__(self, size):
        self.size = size
        self.cells = [EMPTY] * (size * size)
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.captures = {BLACK: 0, WHITE: 0}
        self.neighbors = []
        for pos in range(size * size):
            row, col = divmod(pos, size)
            adj = []
            if row > 0:
                adj.append(pos - size)
            if row < size - 1:
                adj.append(pos + size)
            if col > 0:
                adj.append(pos - 1)
            if col < size - 1:
                adj.append(pos + 1)
            self.neighbors.append(adj)

    def copy(self):
        clone = Board.__new__(Board)
        clone.size = self.size
        clone.cells = self.cells[:]
        clone.ko = self.ko
        clone.passes = self.passes
        clone.moves = self.moves
        clone.captures = dict(self.captures)
        clone.neighbors = self.neighbors
        return clone

    def name(self, pos):
        if pos == PASS:
            return "pass"
        row, col = divmod(pos, self.size)
        return f"{COLUMNS[col]}{self.size - row}"

    def group(self, start):
        """Return (stones, liberty count) of the group containing `start`."""
        color = self.cells[start]
        stones = [start]
        seen = {start}
        liberties = set()
        i = 0
        while i < len(stones):
            for n in self.neighbors[stones[i]]:
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, len(liberties)

    def is_eye(self, pos, color):
        return all(self.cells[n] == color for n in self.neighbors[pos])

    def play(self, pos, color):
        """Play a move; return False (and leave the board unchanged) if it is illegal."""
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.moves += 1
            return True
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        cells = self.cells
        cells[pos] = color
        enemy = other(color)
        captured = []
        for n in self.neighbors[pos]:
            if cells[n] == enemy:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        own, libs = self.group(pos)
        if libs == 0:
            cells[pos] = EMPTY
            return False
        self.ko = captured[0] if len(captured) == 1 and len(own) == 1 and libs == 1 else None
        self.captures[color] += len(captured)
        self.passes = 0
        self.moves += 1
        return True

    def empty_points(self):
        return [pos for pos, c in enumerate(self.cells) if c == EMPTY]

    def random_move(self, color):
        """Play a random legal move that does not fill one of our own eyes; pass if none."""
        candidates = self.empty_points()
        while candidates:
            i = random.randrange(len(candidates))
            pos = candidates[i]
            candidates[i] = candidates[-1]
            candidates.pop()
            if not self.is_eye(pos, color) and self.play(pos, color):
                return pos
        self.play(PASS, color)
        return PASS

    def score(self):
        """Area score from Black's point of view (positive means Black leads)."""
        total = -KOMI
        for pos, c in enumerate(self.cells):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {self.cells[n] for n in self.neighbors[pos]}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total

    def render(self):
        symbols = {EMPTY: ".", BLACK: "X", WHITE: "O"}
        rows = []
        for row in range(self.size):
            line = self.cells[row * self.size : (row + 1) * self.size]
            rows.append("".join(symbols[c] for c in line))
        return rows


def playout(board, color, limit):
    """Play randomly to the end; return the winner."""
    passes = 0
    while passes < 2 and board.moves < limit:
        move = board.random_move(color)
        passes = passes + 1 if move == PASS else 0
        color = other(color)
    return BLACK if board.score() > 0 else WHITE


class MoveStats:
    __slots__ = ("pos", "wins", "visits")

    def __init__(self, pos):
        self.pos = pos
        self.wins = 0
        self.visits = 0

    def ucb(self, total):
        if self.visits == 0:
            return math.inf
        return self.wins / self.visits + math.sqrt(2 * math.log(total) / self.visits)


class Engine:
    def __init__(self, playouts):
        self.playouts = playouts
        self.total_playouts = 0

    def choose(self, board, color):
        stats = []
        for pos in board.empty_points():
            trial = board.copy()
            if not board.is_eye(pos, color) and trial.play(pos, color):
                stats.append(MoveStats(pos))
        if not stats:
            return PASS
        limit = board.moves + 2 * board.size * board.size
        for n in range(1, self.playouts + 1):
            best = max(stats, key=lambda s: s.ucb(n))
            trial = board.copy()
            trial.play(best.pos, color)
            winner = playout(trial, other(color), limit)
            best.visits += 1
            if winner == color:
                best.wins += 1
            self.total_playouts += 1
        chosen = max(stats, key=lambda s: (s.visits, -s.pos))
        if chosen.wins * 10 < chosen.visits:
            return PASS
        return chosen.pos


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    random.seed(42)
    board = Board(7)
    engine = Engine(playouts)
    color = BLACK
    record = []
    for _ in range(8):
        move = engine.choose(board, color)
        board.play(move, color)
        record.append(board.name(move))
        color = other(color)
    print(" ".join(record))
    for line in board.render():
        print(line)
    print(f"playouts {engine.total_playouts} score {board.score()} captures {board.captures[BLACK]} {board.captures[WHITE]}")


if __name__ == "__main__":
    main()
