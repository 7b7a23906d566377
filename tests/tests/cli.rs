//! Command-line behaviour: every case in tests/cli/*.expected (recorded from
//! python3 by tests/scripts/gen_cli_expected.py) replayed with krait. Cases
//! that cannot pass yet are listed as `cli/cmd/<case>` in tests/known_failures.txt.

use std::process::ExitCode;

use krait_tests::{
    krait_bin, load_expected, repo_root, report, run_cases, test_filter, update_requested, Case,
    CLI_CASE_PREFIX,
};

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "--list") {
        println!("cli: test");
        return ExitCode::SUCCESS;
    }
    let root = repo_root();
    let filter = test_filter();
    let mut files: Vec<_> = match std::fs::read_dir(root.join("tests").join("cli")) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("cli: cannot read tests/cli: {e}");
            return ExitCode::FAILURE;
        }
    };
    files.retain(|p| p.extension().is_some_and(|x| x == "expected"));
    files.sort();
    let mut all = Vec::new();
    let mut cases = Vec::new();
    for path in files {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let id = format!("{CLI_CASE_PREFIX}{stem}");
        all.push(id.clone());
        if filter.as_deref().is_some_and(|f| !id.contains(f)) {
            continue;
        }
        let expected = load_expected(&path);
        let invocation = expected
            .as_ref()
            .map(|e| e.invocation.clone())
            .unwrap_or_default();
        cases.push(Case {
            id,
            runs: vec![("default".to_string(), invocation.args)],
            cwd: root.join(&invocation.cwd),
            env: invocation.env,
            stdin: invocation.stdin,
            expected,
        });
    }
    let bin = match krait_bin() {
        Ok(bin) => bin,
        Err(e) => {
            eprintln!("cli: cannot locate krait: {e}");
            return ExitCode::FAILURE;
        }
    };
    let results = run_cases(&bin, &cases);
    let stale = |id: &str| id.starts_with(CLI_CASE_PREFIX) && !all.iter().any(|a| a == id);
    let summary = report("cli", &results, &stale);
    if summary.failed > 0 && !update_requested() {
        eprintln!("cli: FAILED: failing cases not in tests/known_failures.txt");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
