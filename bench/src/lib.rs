//! Krait benchmark suite and runner.
//!
//! The suite is a directory of Python programs (`bench/programs/NAME.py`) listed in
//! `bench/sizes.txt` with a test size (tens of milliseconds on CPython, used by the
//! checksum test against `bench/expected/NAME.txt`) and a bench size (seconds).
//!
//! The runner ([`runner::run`]) times every program under `krait --jit off`, `krait`,
//! CPython and PyPy (when installed), interleaved, checks each output against CPython's,
//! and writes JSON, Markdown and an SVG chart ([`report`], [`chart`]). [`compare`]
//! diffs two JSON result files.

pub mod chart;
pub mod cli;
pub mod compare;
pub mod interpreters;
pub mod process;
pub mod report;
pub mod results;
pub mod runner;
pub mod suite;

use std::path::PathBuf;

/// The `bench/` directory of the source tree (holds programs/, expected/, sizes.txt).
pub fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
