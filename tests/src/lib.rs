//! Krait's differential test harness.
//!
//! Every program in `tests/programs/<area>/<name>.py` has a `.expected` file
//! recorded from CPython 3.11 by `tests/scripts/gen_expected.py`; the harness
//! runs `krait` on it once per [`MODES`] entry and compares exit status,
//! stdout and stderr (see `tests/README.md` for every convention). Programs
//! listed in `tests/known_failures.txt` may fail (the ratchet).
//!
//! Pieces are public so other test binaries (the cli test, bench's tests)
//! can reuse them: [`krait_bin`] finds or builds the binary,
//! [`run_command`] runs a process with a timeout, [`Expected`] parses
//! `.expected` files and [`compare`] diffs an actual run against one.

mod corpus;
mod diff;
mod expected;
mod krait_bin;
mod process;
mod ratchet;
mod runner;

use std::path::PathBuf;
use std::time::Duration;

pub use corpus::{discover_programs, Program};
pub use diff::{compare, filter_carets, unified_diff};
pub use expected::{parse_expected, Expected, Invocation, ROOT_PLACEHOLDER};
pub use krait_bin::krait_bin;
pub use process::{run_command, RunOutput};
pub use ratchet::KnownFailures;
pub use runner::{report, run_cases, Case, CaseResult, Summary};

/// One way of running krait: a name for reports and the flags placed before
/// the program path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode {
    /// Short label used in failure reports.
    pub name: &'static str,
    /// Command-line flags given to krait before the script.
    pub flags: &'static [&'static str],
}

/// Every mode each program runs in. Add `--jit threshold=1` here when the
/// JIT can trace everything.
pub const MODES: &[Mode] = &[
    Mode {
        name: "jit-off",
        flags: &["--jit", "off"],
    },
    Mode {
        name: "default",
        flags: &[],
    },
];

/// Prefix of the ratchet ids of command-line cases (`tests/cli/<case>.expected`
/// has id `cli/cmd/<case>`). Program ids are `<area>/<name>` with a single
/// `/`, so the two never collide, not even with the `cli` program area.
pub const CLI_CASE_PREFIX: &str = "cli/cmd/";

/// Wall-clock limit for one krait run; a run that exceeds it is killed and
/// counts as a failure.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(10);

/// Number of worker threads running programs in parallel.
pub const WORKERS: usize = 4;

/// The repository root (the parent of this crate's directory).
pub fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Read and parse an `.expected` file, substituting the repository root for
/// [`ROOT_PLACEHOLDER`].
pub fn load_expected(path: &std::path::Path) -> Result<Expected, String> {
    let data = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let expected = parse_expected(&data).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(expected.with_root(&repo_root()))
}

/// Path of the ratchet file, `tests/known_failures.txt`.
pub fn known_failures_path() -> PathBuf {
    repo_root().join("tests").join("known_failures.txt")
}

/// The value of `KRAIT_TEST_FILTER`, if set and non-empty.
pub fn test_filter() -> Option<String> {
    std::env::var("KRAIT_TEST_FILTER")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Whether `KRAIT_UPDATE_KNOWN_FAILURES` asks for the ratchet file to be
/// rewritten.
pub fn update_requested() -> bool {
    matches!(std::env::var("KRAIT_UPDATE_KNOWN_FAILURES"), Ok(v) if !v.is_empty() && v != "0")
}
