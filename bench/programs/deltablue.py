"""DeltaBlue-style incremental constraint solver (inheritance, polymorphic calls, lists)."""

import sys


class Strength:
    """A constraint strength; a lower rank is stronger."""

    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __repr__(self):
        return f"Strength({self.name})"

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest(self, other):
        return self if self.weaker_than(other) else other

    def next_weaker(self):
        return LEVELS[self.rank + 1]


LEVELS = [
    Strength(rank, name)
    for rank, name in enumerate(
        ["required", "strong_preferred", "preferred", "strong_default", "normal", "weak_default", "weakest"]
    )
]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = LEVELS

NONE, FORWARD, BACKWARD = 0, 1, 2


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return f"{self.name}={self.value}"

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints = [c for c in self.constraints if c is not constraint]
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    """Base class: subclasses provide the method-selection protocol."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength.stronger_than(self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keep a variable at its current value."""


class EditConstraint(UnaryConstraint):
    """Mark a variable as set from outside the solver."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength, install=True):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        if install:
            self.install()

    def add_to_graph(self):
        self.v1.attach(self)
        self.v2.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.detach(self)
        self.v2.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and self.strength.stronger_than(v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and self.strength.stronger_than(v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength.weaker_than(v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger_than(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger_than(v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        super().__init__(planner, src, dest, strength, install=False)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.stats = {"added": 0, "removed": 0, "plans": 0}

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        self.stats["added"] += 1
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        self.stats["removed"] += 1
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for c in unsatisfied:
                if c.strength is strength:
                    self.incremental_add(c)
            strength = strength.next_weaker()

    def make_plan(self, sources):
        self.stats["plans"] += 1
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.consumers_of(out, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def propagate_from(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop(0)
            if c.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.consumers_of(c.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, var, todo):
        determining = var.determined_by
        todo.extend(c for c in var.constraints if c is not determining and c.is_satisfied())


def chain_test(n):
    """A chain of equalities: editing the head must propagate to the tail."""
    planner = Planner()
    chain = [Variable(f"v{i}") for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, chain[0], PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for i in range(100):
        chain[0].value = i
        plan.execute()
        if chain[-1].value != i:
            raise SolverError(f"chain test failed at {i}")
        total += chain[-1].value
    edit.uninstall()
    return total + len(plan), planner.stats


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.uninstall()


def projection_test(n):
    """Scale constraints between pairs of variables sharing a scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, dests = [], []
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        sources.append(src)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    change(planner, sources[0], 17)
    if dests[0].value != 1170:
        raise SolverError("projection 1 failed")
    change(planner, dests[0], 1050)
    if sources[0].value != 5:
        raise SolverError("projection 2 failed")
    change(planner, scale, 5)
    if any(dests[i].value != i * 5 + 1000 for i in range(1, n)):
        raise SolverError("projection 3 failed")
    change(planner, offset, 2000)
    if any(dests[i].value != i * 5 + 2000 for i in range(1, n)):
        raise SolverError("projection 4 failed")
    return sum(d.value for d in dests) + sum(s.value for s in sources), planner.stats


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    checksum = 0
    stats = {}
    for r in range(rounds):
        chain_sum, chain_stats = chain_test(100 + r % 50)
        proj_sum, proj_stats = projection_test(100 + r % 50)
        checksum = (checksum * 7 + chain_sum + proj_sum) % 1000000007
        for key, value in list(chain_stats.items()) + list(proj_stats.items()):
            stats[key] = stats.get(key, 0) + value
    print(f"deltablue checksum {checksum}")
    print(", ".join(f"{key}={stats[key]}" for key in sorted(stats)))


if __name__ == "__main__":
    main()
