//! Unit tests of the harness itself: the `.expected` parser, the caret
//! filter, the comparison and diff, the ratchet and the process runner.

use std::collections::BTreeSet;
use std::process::Command;
use std::time::Duration;

use krait_tests::{
    compare, discover_programs, filter_carets, parse_expected, repo_root, run_command,
    unified_diff, Expected, KnownFailures, RunOutput,
};

const SAMPLE: &[u8] = b"# krait expected output v1 -- generated; do not edit
source-sha256: abc123
exit: 1
stdout:
|hello
|
|last
\\ no newline at end
stderr:
|Traceback (most recent call last):
|  File \"t.py\", line 1, in <module>
|    x = [1][2]
|        ~~~^^^
|IndexError: list index out of range
";

fn ok_run(exit: i32, stdout: &[u8], stderr: &[u8]) -> RunOutput {
    RunOutput {
        exit: Some(exit),
        stdout: stdout.to_vec(),
        stderr: stderr.to_vec(),
        ..RunOutput::default()
    }
}

#[test]
fn parses_expected_format() {
    let e = parse_expected(SAMPLE).expect("sample parses");
    assert_eq!(e.source_hash, "abc123");
    assert_eq!(e.exit, 1);
    assert_eq!(e.stdout, b"hello\n\nlast");
    assert!(e
        .stderr
        .starts_with(b"Traceback (most recent call last):\n"));
    assert!(e.stderr.ends_with(b"IndexError: list index out of range\n"));
    assert!(e.invocation.args.is_empty() && e.invocation.stdin.is_none());
}

#[test]
fn parses_empty_sections_and_cli_fields() {
    let e = parse_expected(b"arg: -c\narg: a\\nb\\\\c\ncwd: x/y\nenv: A=b=c\nstdin:\n|in\nexit: -9\nstdout:\nstderr:\n")
        .expect("parses");
    assert_eq!(e.exit, -9);
    assert!(e.stdout.is_empty() && e.stderr.is_empty());
    assert_eq!(
        e.invocation.args,
        vec!["-c".to_string(), "a\nb\\c".to_string()]
    );
    assert_eq!(e.invocation.cwd, "x/y");
    assert_eq!(e.invocation.env, vec![("A".to_string(), "b=c".to_string())]);
    assert_eq!(e.invocation.stdin.as_deref(), Some(&b"in\n"[..]));
}

#[test]
fn rejects_malformed_expected() {
    assert!(parse_expected(b"stdout:\n|x\n").is_err(), "missing exit");
    assert!(parse_expected(b"exit: zero\n").is_err(), "bad exit");
    assert!(
        parse_expected(b"exit: 0\n|orphan\n").is_err(),
        "line outside section"
    );
    assert!(
        parse_expected(b"exit: 0\nbogus: 1\n").is_err(),
        "unknown key"
    );
}

#[test]
fn root_placeholder_is_substituted() {
    let e = parse_expected(b"exit: 0\nstdout:\n|at {ROOT}/x.py\nstderr:\n").expect("parses");
    let e = e.with_root(std::path::Path::new("/repo"));
    assert_eq!(e.stdout, b"at /repo/x.py\n");
}

#[test]
fn caret_filter_drops_only_caret_lines() {
    let input = b"Traceback:\n    x = [1][2]\n        ~~~^^^\n   ^\n\n  \nError: ~ and ^ inside text\n  ^^^^";
    let out = filter_carets(input);
    assert_eq!(
        out,
        b"Traceback:\n    x = [1][2]\n\n  \nError: ~ and ^ inside text\n".to_vec()
    );
}

#[test]
fn matching_run_passes_even_with_different_carets() {
    let e = parse_expected(SAMPLE).expect("parses");
    let stderr = b"Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n    x = [1][2]\nIndexError: list index out of range\n";
    assert_eq!(compare(&e, &ok_run(1, b"hello\n\nlast", stderr)), None);
}

#[test]
fn wrong_output_is_reported() {
    let e = parse_expected(SAMPLE).expect("parses");
    let report =
        compare(&e, &ok_run(1, b"hello\n\nlast\n", &e.stderr)).expect("trailing newline differs");
    assert!(report.contains("no newline at end"), "{report}");
    let report = compare(&e, &ok_run(0, &e.stdout, &e.stderr)).expect("exit differs");
    assert!(
        report.contains("exit status: expected 1, got 0"),
        "{report}"
    );
    let report = compare(&e, &ok_run(1, b"hello\nX\nlast", &e.stderr)).expect("stdout differs");
    assert!(report.contains("-\n+X\n"), "{report}");
    let timed_out = RunOutput {
        timed_out: true,
        ..ok_run(1, &e.stdout, &e.stderr)
    };
    let report = compare(&e, &timed_out).expect("timeout is a failure");
    assert!(report.contains("timed out"), "{report}");
    let mut wrong = e.clone();
    wrong.stderr = b"ValueError\n".to_vec();
    assert!(compare(&wrong, &ok_run(1, &e.stdout, &e.stderr)).is_some());
}

#[test]
fn diff_shows_context_and_elides() {
    let expected: Vec<u8> = (0..40)
        .map(|i| format!("line {i}\n"))
        .collect::<String>()
        .into_bytes();
    let mut actual = expected.clone();
    actual.extend_from_slice(b"extra\n");
    let d = unified_diff("stdout", &expected, &actual);
    assert!(
        d.contains("+extra") && d.contains(" line 39") && !d.contains(" line 30\n"),
        "{d}"
    );
    let other: Vec<u8> = (0..40)
        .map(|i| format!("other {i}\n"))
        .collect::<String>()
        .into_bytes();
    let d = unified_diff("stdout", &expected, &other);
    assert!(d.contains("more lines"), "{d}");
    assert_eq!(unified_diff("x", b"same", b"same"), "");
}

#[test]
fn ratchet_update_keeps_other_suites() {
    let known = KnownFailures::parse("# comment\ncontrol/a\ncontrol/b\ncli/x\ngone/old\n\n");
    assert!(known.contains("control/a") && known.contains("cli/x") && !known.contains("# comment"));
    let ran: BTreeSet<String> = ["control/a", "control/b", "control/c"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let failed: BTreeSet<String> = ["control/b", "control/c"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let updated = known.updated(&ran, &failed, &|id| id == "gone/old");
    let ids: Vec<&str> = updated.ids.iter().map(String::as_str).collect();
    assert_eq!(ids, ["cli/x", "control/b", "control/c"]);
    assert_eq!(KnownFailures::parse(&updated.to_text()), updated);
}

#[test]
fn run_command_captures_and_times_out() {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "cat; echo err >&2; exit 3"]);
    let out = run_command(&mut cmd, Some(b"piped in\n"), Duration::from_secs(10)).expect("sh runs");
    assert_eq!(
        (out.exit, out.stdout.as_slice(), out.stderr.as_slice()),
        (Some(3), &b"piped in\n"[..], &b"err\n"[..])
    );
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "sleep 5"]);
    let out = run_command(&mut cmd, None, Duration::from_millis(200)).expect("sh runs");
    assert!(out.timed_out && out.exit.is_none());
    assert!(out.elapsed < Duration::from_secs(4));
}

#[test]
fn corpus_follows_conventions() {
    let programs = discover_programs(&repo_root(), None);
    for p in &programs {
        let (area, name) = p.id.split_once('/').expect("id is area/name");
        assert!(
            !name.starts_with('_') && !area.starts_with('_') && !name.contains('/'),
            "{}",
            p.id
        );
        assert_eq!(p.rel_path, format!("tests/programs/{}.py", p.id));
    }
    let expected = Expected::default();
    assert_eq!(expected.exit, 0);
}

#[test]
fn runner_reports_wrong_expected_output_end_to_end() {
    use krait_tests::{run_cases, Case};
    let good = parse_expected(b"exit: 0\nstdout:\n|hi\nstderr:\n").expect("parses");
    let wrong = parse_expected(b"exit: 0\nstdout:\n|bye\nstderr:\n").expect("parses");
    let case = |id: &str, expected: Expected| Case {
        id: id.to_string(),
        expected: Ok(expected),
        runs: vec![
            ("a".to_string(), vec!["-c".to_string(), "cat".to_string()]),
            (
                "b".to_string(),
                vec!["-c".to_string(), "echo hi".to_string()],
            ),
        ],
        cwd: repo_root(),
        env: Vec::new(),
        stdin: Some(b"hi\n".to_vec()),
    };
    let missing = Case {
        expected: Err("no file".to_string()),
        ..case("x/missing", good.clone())
    };
    let results = run_cases(
        std::path::Path::new("sh"),
        &[case("x/good", good), case("x/wrong", wrong), missing],
    );
    assert_eq!(results.len(), 3);
    assert_eq!((results[0].passed, results[0].failures.len()), (2, 0));
    assert_eq!((results[1].passed, results[1].failures.len()), (0, 2));
    assert!(
        results[1].failures[0].1.contains("-bye\n+hi\n"),
        "{}",
        results[1].failures[0].1
    );
    assert_eq!((results[2].passed, results[2].failures.len()), (0, 2));
}
