//! The differential test: every program in tests/programs, in every mode,
//! against CPython's recorded output, with the known-failures ratchet.

use std::collections::BTreeSet;
use std::process::ExitCode;

use krait_tests::{
    discover_programs, krait_bin, load_expected, repo_root, report, run_cases, test_filter,
    update_requested, Case, MODES,
};

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "--list") {
        println!("differential: test");
        return ExitCode::SUCCESS;
    }
    let root = repo_root();
    let filter = test_filter();
    let programs = discover_programs(&root, filter.as_deref());
    if programs.is_empty() && filter.is_none() {
        eprintln!("differential: no test programs found under tests/programs");
        return ExitCode::FAILURE;
    }
    let bin = match krait_bin() {
        Ok(bin) => bin,
        Err(e) => {
            eprintln!("differential: cannot locate krait: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cases: Vec<Case> = programs
        .iter()
        .map(|p| Case {
            id: p.id.clone(),
            expected: load_expected(&p.expected)
                .map_err(|e| format!("{e} (run tests/scripts/gen_expected.py)")),
            runs: MODES
                .iter()
                .map(|m| {
                    let mut args: Vec<String> = m.flags.iter().map(|f| f.to_string()).collect();
                    args.push(p.rel_path.clone());
                    (m.name.to_string(), args)
                })
                .collect(),
            cwd: root.clone(),
            env: Vec::new(),
            stdin: p.stdin.as_ref().and_then(|s| std::fs::read(s).ok()),
        })
        .collect();
    let results = run_cases(&bin, &cases);
    // On update, drop ratchet entries of programs that no longer exist.
    let all: BTreeSet<String> = discover_programs(&root, None)
        .into_iter()
        .map(|p| p.id)
        .collect();
    let stale = |id: &str| id.matches('/').count() == 1 && !all.contains(id);
    let summary = report("differential", &results, &stale);
    if summary.failed > 0 && !update_requested() {
        eprintln!("differential: FAILED: failing programs not in tests/known_failures.txt");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
