//! Syntax-error corpus: each tests/syntax_errors/NAME.py holds one mistake;
//! NAME.expected (written by tests/scripts/gen_syntax_expected.py from
//! python3) is `Type|line|offset|msg`. Kind, line and message must match;
//! the offset match rate is reported.

use krait_interp::{parser, source, Mode};
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/syntax_errors")
}

/// Parses on a thread with a large stack, as the interpreter does.
fn check(path: PathBuf) -> String {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let bytes = std::fs::read(&path).expect("read source");
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            match source::decode_source(&bytes, &name)
                .and_then(|s| parser::parse(&s, &name, Mode::Exec))
            {
                Ok(_) => "OK".to_string(),
                Err(e) => format!("{}|{}|{}|{}", e.kind.name(), e.lineno, e.offset, e.msg),
            }
        })
        .expect("spawn")
        .join()
        .expect("parser thread panicked")
}

#[test]
fn syntax_error_corpus() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/syntax_errors")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let (mut pass, mut offset_ok, mut failures) = (0, 0, Vec::new());
    for p in &paths {
        let expected = std::fs::read_to_string(p.with_extension("expected"))
            .expect("missing .expected: run gen_syntax_expected.py");
        let expected = expected.trim_end_matches('\n').to_string();
        let got = check(p.clone());
        let e: Vec<&str> = expected.splitn(4, '|').collect();
        let g: Vec<&str> = got.splitn(4, '|').collect();
        let same = if e.len() == 4 && g.len() == 4 {
            if matches!(e[0], "MemoryError" | "RecursionError") {
                e[0] == g[0]
            } else {
                e[0] == g[0] && e[1] == g[1] && e[3] == g[3]
            }
        } else {
            expected == got
        };
        if same {
            pass += 1;
            if e.len() < 4 || e[2] == g[2] {
                offset_ok += 1;
            }
        } else {
            failures.push(format!(
                "{}\n    expected: {}\n    got:      {}",
                p.display(),
                expected,
                got
            ));
        }
    }
    println!(
        "syntax errors: {}/{} match (kind, line, message); offsets equal in {}/{}",
        pass,
        paths.len(),
        offset_ok,
        pass
    );
    for f in &failures {
        println!("FAIL {}", f);
    }
    assert!(
        failures.is_empty(),
        "{} syntax-error mismatches",
        failures.len()
    );
}
