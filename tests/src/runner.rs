//! Running cases in parallel and reporting against the ratchet.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::{compare, known_failures_path, run_command, update_requested, Expected, KnownFailures};

/// Failures printed in full before the rest are only named.
const MAX_DETAILED_FAILURES: usize = 40;

/// One case: an expected result and the krait command lines (one per mode)
/// that must each reproduce it.
#[derive(Clone, Debug)]
pub struct Case {
    /// Id used in reports and the ratchet (`<area>/<name>`, `cli/cmd/<case>`).
    pub id: String,
    /// The recorded CPython result, or why it could not be loaded.
    pub expected: Result<Expected, String>,
    /// `(mode name, arguments after the krait binary)` for each run.
    pub runs: Vec<(String, Vec<String>)>,
    /// Working directory of every run.
    pub cwd: PathBuf,
    /// Extra environment variables.
    pub env: Vec<(String, String)>,
    /// Standard input bytes (`None` = /dev/null).
    pub stdin: Option<Vec<u8>>,
}

/// The outcome of one case over all its runs.
#[derive(Clone, Debug)]
pub struct CaseResult {
    /// The case id.
    pub id: String,
    /// Number of runs that matched.
    pub passed: usize,
    /// `(mode name, explanation)` for every run that did not match.
    pub failures: Vec<(String, String)>,
}

/// Totals of a suite run after applying the ratchet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Runs (case x mode) that matched.
    pub passed: usize,
    /// Failing runs of cases not in the ratchet file.
    pub failed: usize,
    /// Listed cases that still fail.
    pub known: usize,
    /// Listed cases that now pass in every mode.
    pub fixed: Vec<String>,
}

fn run_case(bin: &Path, case: &Case) -> CaseResult {
    let mut result = CaseResult {
        id: case.id.clone(),
        passed: 0,
        failures: Vec::new(),
    };
    let expected = match &case.expected {
        Ok(e) => e,
        Err(msg) => {
            for (mode, _) in &case.runs {
                result
                    .failures
                    .push((mode.clone(), format!("bad expected file: {msg}\n")));
            }
            return result;
        }
    };
    for (mode, args) in &case.runs {
        let mut cmd = Command::new(bin);
        cmd.args(args)
            .current_dir(&case.cwd)
            .env("PYTHONHASHSEED", "0")
            .env_remove("PYTHONPATH");
        for (k, v) in &case.env {
            cmd.env(k, v);
        }
        match run_command(&mut cmd, case.stdin.as_deref(), crate::RUN_TIMEOUT) {
            Ok(actual) => match compare(expected, &actual) {
                None => result.passed += 1,
                Some(diff) => result.failures.push((mode.clone(), diff)),
            },
            Err(e) => result
                .failures
                .push((mode.clone(), format!("cannot run {}: {e}\n", bin.display()))),
        }
    }
    result
}

/// Run every case with `bin` on [`crate::WORKERS`] threads; results come
/// back in the order of `cases`.
pub fn run_cases(bin: &Path, cases: &[Case]) -> Vec<CaseResult> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<CaseResult>>> = Mutex::new(vec![None; cases.len()]);
    std::thread::scope(|scope| {
        for _ in 0..crate::WORKERS.min(cases.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let r = run_case(bin, case);
                if let Ok(mut slots) = results.lock() {
                    slots[i] = Some(r);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Apply the ratchet to `results` and print the report, ending with
/// `<label>: N passed, M failed` and `<label>: K known failures`.
/// `stale` says which listed ids of this suite no longer exist (dropped on
/// update). With `KRAIT_UPDATE_KNOWN_FAILURES=1`, rewrites the ratchet file
/// so that it lists exactly the current failures among the cases run.
pub fn report(label: &str, results: &[CaseResult], stale: &dyn Fn(&str) -> bool) -> Summary {
    let path = known_failures_path();
    let known = KnownFailures::load(&path);
    let mut summary = Summary::default();
    let mut detailed = 0;
    let mut unexpected = Vec::new();
    for r in results {
        summary.passed += r.passed;
        if r.failures.is_empty() {
            if known.contains(&r.id) {
                summary.fixed.push(r.id.clone());
            }
            continue;
        }
        if known.contains(&r.id) {
            summary.known += 1;
            continue;
        }
        summary.failed += r.failures.len();
        unexpected.push(r.id.clone());
        for (mode, why) in &r.failures {
            if detailed < MAX_DETAILED_FAILURES {
                println!("FAIL {} [{mode}]\n{why}", r.id);
            } else {
                println!("FAIL {} [{mode}]", r.id);
            }
            detailed += 1;
        }
    }
    if update_requested() {
        let ran: BTreeSet<String> = results.iter().map(|r| r.id.clone()).collect();
        let failed: BTreeSet<String> = results
            .iter()
            .filter(|r| !r.failures.is_empty())
            .map(|r| r.id.clone())
            .collect();
        let new = known.updated(&ran, &failed, stale);
        match new.save(&path) {
            Ok(()) => println!(
                "{label}: rewrote {} ({} entries)",
                path.display(),
                new.ids.len()
            ),
            Err(e) => println!("{label}: cannot write {}: {e}", path.display()),
        }
    } else {
        if !summary.fixed.is_empty() {
            println!(
                "{label}: {} known failures now pass; remove them from tests/known_failures.txt \
                 (or run with KRAIT_UPDATE_KNOWN_FAILURES=1):",
                summary.fixed.len()
            );
            for id in &summary.fixed {
                println!("    {id}");
            }
        }
        if !unexpected.is_empty() {
            println!("{label}: unexpected failures: {}", unexpected.join(" "));
        }
    }
    println!(
        "{label}: {} passed, {} failed",
        summary.passed, summary.failed
    );
    println!("{label}: {} known failures", summary.known);
    summary
}
