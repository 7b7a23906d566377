//! AST corpus: each tests/ast_corpus/NAME.py must parse to exactly the
//! `ast.dump` text in NAME.ast (written by tests/scripts/gen_ast_expected.py
//! from python3). Files named eval_*.py and single_*.py are parsed in
//! `Mode::Eval` and `Mode::Single`.

use krait_interp::{ast_dump, parser, source, Mode};
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/ast_corpus")
}

fn dump_file(path: PathBuf) -> String {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let bytes = std::fs::read(&path).expect("read source");
            let name = path.display().to_string();
            let base = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mode = if base.starts_with("eval_") {
                Mode::Eval
            } else if base.starts_with("single_") {
                Mode::Single
            } else {
                Mode::Exec
            };
            match source::decode_source(&bytes, &name).and_then(|s| parser::parse(&s, &name, mode))
            {
                Ok(m) => ast_dump::dump(&m),
                Err(e) => format!("ERR {}|{}|{}|{}", e.kind.name(), e.lineno, e.offset, e.msg),
            }
        })
        .expect("spawn")
        .join()
        .expect("parser thread panicked")
}

fn first_difference(a: &str, b: &str) -> usize {
    a.bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

fn context(s: &str, at: usize) -> &str {
    let mut lo = at.saturating_sub(120);
    while !s.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + 120).min(s.len());
    while !s.is_char_boundary(hi) {
        hi += 1;
    }
    &s[lo..hi]
}

#[test]
fn ast_corpus() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/ast_corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let expected = std::fs::read_to_string(p.with_extension("ast"))
            .expect("missing .ast: run gen_ast_expected.py");
        let expected = expected.trim_end_matches('\n');
        let got = dump_file(p.clone());
        if got != expected {
            let at = first_difference(expected, &got);
            failures.push(format!(
                "{}\n    expected: ...{}\n    got:      ...{}",
                p.display(),
                context(expected, at),
                context(&got, at)
            ));
        }
    }
    println!(
        "ast corpus: {}/{} files match ast.dump",
        paths.len() - failures.len(),
        paths.len()
    );
    for f in &failures {
        println!("FAIL {}", f);
    }
    assert!(!paths.is_empty(), "empty corpus");
    assert!(failures.is_empty(), "{} AST mismatches", failures.len());
}
