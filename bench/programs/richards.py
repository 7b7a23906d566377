"""Richards: an operating-system task scheduler simulation (classes, method calls, attributes)."""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, queue):
        """Append self at the end of the queue starting at `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    """A task control block; subclasses implement `step`."""

    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def blocked(self):
        return self.holding or (self.waiting and not self.packet_pending)

    def run(self):
        packet = None
        if self.waiting and self.packet_pending and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def deliver(self, packet, sender):
        """Put a packet on this task's queue; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.dest = self.target
        packet.datum = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = ord("A") + self.letter - 1
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= BUF_SIZE:
                self.work = work.link
                return self.sched.send(work)
            if self.devices is not None:
                device = self.devices
                self.devices = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.sched.send(device)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None, True)
        self.pending = None
        self.output = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            packet, self.pending = self.pending, None
            return self.sched.send(packet)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) % 1000003
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 7
        self.current = None
        self.hold_count = 0
        self.send_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.dest]
        self.send_count += 1
        packet.link = None
        packet.dest = self.current.ident
        return target.deliver(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.run()


def run_once(count):
    sched = Scheduler()
    IdleTask(sched, IDLE, 0, count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(sched, WORKER, 1000, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(sched, handler, priority, queue)
    DeviceTask(sched, DEVICE_A, 4000)
    DeviceTask(sched, DEVICE_B, 5000)
    sched.schedule()
    outputs = [sched.tasks[d].output for d in (DEVICE_A, DEVICE_B)]
    return sched.send_count, sched.hold_count, outputs


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    results = [run_once(count) for _ in range(25)]
    sends, holds, outputs = results[-1]
    assert all(r == results[0] for r in results)
    print(f"send_count={sends} hold_count={holds}")
    print(f"device output {outputs[0]} {outputs[1]}")


if __name__ == "__main__":
    main()
