//! The interpreter's core paths, each a small Python program run to
//! completion by the eval loop (compiled once, run once per iteration):
//! instruction dispatch, Python calls, method calls, attribute access,
//! class instantiation, dict and list operations, float arithmetic.
//!
//! ```text
//! cargo bench -p krait-interp --bench core
//! ```
//!
//! Each program runs its loop 10,000 times, so a figure of N µs means
//! about N/10 ns per loop trip. Programs run on a fresh `__main__`-like
//! namespace each time; the specializer's state persists across runs (as
//! in a long-running program), so these measure the specialized paths.

use criterion::Criterion;
use krait_interp::compiler::compile_source;
use krait_interp::vm;
use krait_interp::Mode;

/// Stack for the bench thread (the `krait` binary runs on a large one too).
const STACK_SIZE: usize = 256 * 1024 * 1024;

const PROGRAMS: &[(&str, &str)] = &[
    (
        "dispatch",
        "def run():
    i = 0
    t = 0
    while i < 10000:
        t = t + i
        i = i + 1
    return t
",
    ),
    (
        "calls",
        "def add(a, b):
    return a + b
def run():
    t = 0
    for i in range(10000):
        t = add(t, i)
    return t
",
    ),
    (
        "method_calls",
        "class C:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
def run():
    c = C()
    for i in range(10000):
        c.bump(i)
    return c.n
",
    ),
    (
        "attributes",
        "class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run():
    p = P(1, 2)
    t = 0
    for i in range(10000):
        t += p.x + p.y
        p.x = i
    return t
",
    ),
    (
        "instantiation",
        "class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run():
    last = None
    for i in range(10000):
        last = V(i, i)
    return last.x
",
    ),
    (
        "dict_ops",
        "def run():
    d = {}
    for i in range(10000):
        d[i & 255] = d.get(i & 255, 0) + 1
    return len(d)
",
    ),
    (
        "list_ops",
        "def run():
    xs = []
    for i in range(10000):
        xs.append(i)
    t = 0
    for x in xs:
        t += xs[x >> 1]
    return t
",
    ),
    (
        "float_arith",
        "def run():
    x = 0.5
    t = 0.0
    for i in range(10000):
        t = t + x * 1.5 - 0.25
    return t
",
    ),
];

fn benches(c: &mut Criterion) {
    vm::init(vec!["bench".into()], None, "krait").expect("interpreter init");
    let mut group = c.benchmark_group("core");
    for (name, src) in PROGRAMS {
        let globals = vm::main_namespace(None);
        vm::run_source(src, name, globals.clone()).expect("program defines run()");
        // `run()` compiled once: iterations measure running, not compiling.
        let code = compile_source("run()\n", name, Mode::Exec).expect("compiles");
        let cv = vm::codeval::make_code_value(&code);
        let cd = vm::codeval::code_data(&cv).expect("code").clone();
        group.bench_function(*name, |b| {
            b.iter(|| vm::call::run_code_in(&cd, globals.clone(), None).expect("run() succeeds"))
        });
    }
    group.finish();
}

/// Runs the benchmarks on a big-stack thread, as the `krait` binary does.
fn main() {
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(|| {
            let mut c = Criterion::default().configure_from_args();
            benches(&mut c);
            c.final_summary();
        })
        .expect("spawning the bench thread");
    worker.join().expect("bench thread panicked");
}
