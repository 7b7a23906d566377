//! Token listings: for each tests/ast_corpus/NAME.py with a NAME.tokens
//! (the output of `python3 -m tokenize`, written by
//! tests/scripts/gen_ast_expected.py), `lexer::dump_tokens` must print the
//! same text.

use krait_interp::{lexer, source};
use std::path::PathBuf;

#[test]
fn token_listings_match_tokenize_module() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/ast_corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/ast_corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tokens"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for p in &paths {
        let expected = std::fs::read_to_string(p).expect("read .tokens");
        let src_path = p.with_extension("py");
        let bytes = std::fs::read(&src_path).expect("read source");
        let name = src_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let got = match source::decode_source(&bytes, &name)
            .and_then(|s| lexer::dump_tokens(&s, &name))
        {
            Ok(s) => s,
            Err(e) => format!("ERR {}", e),
        };
        if got != expected {
            let line = expected
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: first difference at output line {}\n    expected: {:?}\n    got:      {:?}",
                p.display(),
                line + 1,
                expected.lines().nth(line),
                got.lines().nth(line)
            ));
        }
    }
    println!(
        "token listings: {}/{} match python3 -m tokenize",
        paths.len() - failures.len(),
        paths.len()
    );
    for f in &failures {
        println!("FAIL {}", f);
    }
    assert!(!paths.is_empty());
    assert!(
        failures.is_empty(),
        "{} token listing mismatches",
        failures.len()
    );
}
