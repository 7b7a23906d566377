//! Checksum test: every benchmark at its test size under the krait binary must print
//! exactly bench/expected/NAME.txt (CPython's output, from bench/gen_expected.py).
//!
//! A ratchet keeps this useful while the interpreter is young: programs listed in
//! bench/known_failures.txt may fail; any other failure fails the test, and listed
//! programs that now pass are reported so they can be removed from the list.
//!
//! The krait binary is $KRAIT_BIN if set, else `krait` in this test's target profile
//! directory, built with `cargo build -p krait-jit --bin krait` if it is missing.
//! Positional arguments select programs by substring:
//! `cargo test -p krait-bench --test checksums -- nbody`.
//! This is a `harness = false` test so that its report is always shown.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use krait_bench::bench_dir;
use krait_bench::process::{run_timed, Exit};
use krait_bench::suite::{first_difference, load_known_failures, load_suite, Program};

/// Per-program time limit (override with KRAIT_BENCH_TIMEOUT, in seconds).
const DEFAULT_TIMEOUT_SECS: u64 = 120;

/// `<target dir>/<profile>`, derived from this test's path `<target>/<profile>/deps/checksums-HASH`.
fn profile_dir() -> Result<PathBuf, String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot locate the test executable: {e}"))?;
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("unexpected test executable location {}", exe.display()))
}

fn krait_binary() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("KRAIT_BIN") {
        return Ok(PathBuf::from(path));
    }
    let profile = profile_dir()?;
    let krait = profile.join(format!("krait{}", std::env::consts::EXE_SUFFIX));
    if krait.is_file() {
        return Ok(krait);
    }
    let target = profile
        .parent()
        .ok_or("the profile directory has no parent")?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "-p", "krait-jit", "--bin", "krait"]);
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    cmd.env("CARGO_TARGET_DIR", target);
    if let Some(root) = bench_dir().parent() {
        cmd.current_dir(root);
    }
    eprintln!("building krait: {cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building krait failed ({status})"));
    }
    if krait.is_file() {
        Ok(krait)
    } else {
        Err(format!(
            "cargo built krait, but {} does not exist",
            krait.display()
        ))
    }
}

/// Run one program and compare with its expected output.
fn check(krait: &Path, program: &Program, dir: &Path, timeout: Duration) -> Result<(), String> {
    let expected_path = program.expected_path(dir);
    let expected = fs::read_to_string(&expected_path).map_err(|e| {
        format!(
            "cannot read {} (run bench/gen_expected.py): {e}",
            expected_path.display()
        )
    })?;
    let args = [
        program.path.clone().into_os_string(),
        program.test_size.clone().into(),
    ];
    let outcome = run_timed(krait, &args, &dir.join("programs"), timeout);
    if outcome.exit != Exit::Success {
        return Err(outcome.describe_failure());
    }
    if outcome.stdout != expected {
        return Err(format!(
            "wrong output: {}",
            first_difference(&expected, &outcome.stdout)
        ));
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        println!("bench_checksums: test");
        return ExitCode::SUCCESS;
    }
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let dir = bench_dir();
    let setup = load_suite(&dir).and_then(|programs| Ok((programs, load_known_failures(&dir)?)));
    let (programs, known) = match setup {
        Ok(found) => found,
        Err(e) => {
            eprintln!("bench checksums: {e}");
            return ExitCode::FAILURE;
        }
    };
    for name in &known {
        if !programs.iter().any(|p| &p.name == name) {
            eprintln!("warning: known_failures.txt lists `{name}`, which is not in sizes.txt");
        }
    }
    let programs: Vec<Program> = programs
        .into_iter()
        .filter(|p| filters.is_empty() || filters.iter().any(|f| p.name.contains(f.as_str())))
        .collect();
    let krait = match krait_binary() {
        Ok(path) => path,
        Err(e) => {
            eprintln!("bench checksums: {e}");
            return ExitCode::FAILURE;
        }
    };
    let timeout = Duration::from_secs(
        std::env::var("KRAIT_BENCH_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );

    // Run the programs on a few threads; report in suite order.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<(), String>>>> = Mutex::new(vec![None; programs.len()]);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(program) = programs.get(i) else {
                    break;
                };
                let result = check(&krait, program, &dir, timeout);
                if let Ok(mut slots) = results.lock() {
                    slots[i] = Some(result);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_default();

    let mut out = std::io::stdout().lock();
    let (mut passed, mut unexpected, mut known_failing, mut now_passing) =
        (0, Vec::new(), 0, Vec::new());
    for (program, result) in programs.iter().zip(results) {
        let listed = known.contains(&program.name);
        let result = result.unwrap_or_else(|| Err("not run".to_string()));
        let _ = match (&result, listed) {
            (Ok(()), false) => writeln!(out, "  ok       {}", program.name),
            (Ok(()), true) => writeln!(
                out,
                "  ok       {} (listed in known_failures.txt: remove it)",
                program.name
            ),
            (Err(e), true) => writeln!(out, "  known    {}: {e}", program.name),
            (Err(e), false) => writeln!(out, "  FAILED   {}: {e}", program.name),
        };
        match (result, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                now_passing.push(program.name.clone());
            }
            (Err(_), true) => known_failing += 1,
            (Err(e), false) => unexpected.push(format!("{}: {e}", program.name)),
        }
    }
    if !now_passing.is_empty() {
        let _ = writeln!(
            out,
            "now passing, remove from bench/known_failures.txt: {}",
            now_passing.join(" ")
        );
    }
    let _ = writeln!(
        out,
        "krait: {}; {known_failing} known failures",
        krait.display()
    );
    let _ = writeln!(
        out,
        "bench checksums: {passed} passed, {} failed",
        unexpected.len()
    );
    if unexpected.is_empty() {
        ExitCode::SUCCESS
    } else {
        let _ = writeln!(out, "unexpected failures:\n  {}", unexpected.join("\n  "));
        ExitCode::FAILURE
    }
}
