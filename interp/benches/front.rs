//! Front-end throughput: tokenize, parse and compile (tokenize + parse +
//! symbol tables + codegen) of one large generated Python module.
//!
//! The input is every `tests/ast_corpus/*.py` file that compiles on its own
//! (and keeps the growing module compilable), concatenated and repeated to
//! about 1.5 MB. It is also written to `$TMPDIR/krait_front_bench.py` so
//! CPython can be timed on the very same text:
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-fuzz cargo bench -p krait-interp --bench front
//! python3 interp/benches/cpython_front.py /tmp/krait_front_bench.py
//! ```
//!
//! See `interp/benches/README.md` for figures.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput};
use krait_interp::compiler::compile_source;
use krait_interp::lexer::tokenize;
use krait_interp::parser::parse;
use krait_interp::source::decode_source;
use krait_interp::Mode;

/// Size the generated module grows to, in bytes.
const TARGET_BYTES: usize = 1_500_000;

/// Stack for the bench thread (the `krait` binary runs on a large one too).
const STACK_SIZE: usize = 256 * 1024 * 1024;

/// The corpus files, decoded, in name order.
fn corpus_files() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ast_corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let mut text = decode_source(&bytes, "<bench>").ok()?;
            if !text.ends_with('\n') {
                text.push('\n');
            }
            Some((p, text))
        })
        .collect()
}

/// Builds the benchmark module: one round of every file that still leaves
/// the module compilable (a `from __future__` import must come first, a
/// module-level `global` must precede uses, ...), repeated to `TARGET_BYTES`.
fn generate_source() -> String {
    let mut unit = String::new();
    for (_, text) in corpus_files() {
        if text.contains("__future__") {
            continue;
        }
        let candidate = format!("{unit}{text}");
        if compile_source(&candidate, "<bench>", Mode::Exec).is_ok() {
            unit = candidate;
        }
    }
    assert!(!unit.is_empty(), "no corpus file compiles");
    let mut source = String::with_capacity(TARGET_BYTES + unit.len());
    while source.len() < TARGET_BYTES {
        source.push_str(&unit);
    }
    if let Err(e) = compile_source(&source, "<bench>", Mode::Exec) {
        panic!("generated source does not compile: {e:?}");
    }
    source
}

fn bench_front(c: &mut Criterion) {
    let source = generate_source();
    let out = std::env::temp_dir().join("krait_front_bench.py");
    if let Err(e) = std::fs::write(&out, &source) {
        eprintln!("could not write {}: {e}", out.display());
    } else {
        eprintln!(
            "front bench input: {} bytes, {} lines, written to {}",
            source.len(),
            source.lines().count(),
            out.display()
        );
    }

    let mut group = c.benchmark_group("front");
    group.throughput(Throughput::Bytes(source.len() as u64));
    group.sample_size(20);
    group.bench_function("tokenize", |b| {
        b.iter(|| tokenize(std::hint::black_box(&source), "<bench>"))
    });
    group.bench_function("parse", |b| {
        b.iter(|| parse(std::hint::black_box(&source), "<bench>", Mode::Exec))
    });
    group.bench_function("compile", |b| {
        b.iter(|| compile_source(std::hint::black_box(&source), "<bench>", Mode::Exec))
    });
    group.finish();
}

/// Runs the benchmarks on a big-stack thread, as the `krait` binary does.
fn main() {
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(|| {
            let mut c = Criterion::default().configure_from_args();
            bench_front(&mut c);
            c.final_summary();
        })
        .expect("spawning the bench thread");
    worker.join().expect("bench thread panicked");
}
