//! Throwaway tool for tests/scripts/ast_stdlib_check.py: for each FILE
//! argument prints `=== FILE` and then `ast.dump` of it, or
//! `ERR Kind|line|offset|msg`. With `--tokens`, prints the tokenize listing;
//! with `--locations`, the dump includes node locations.

use krait_interp::{ast_dump, lexer, parser, source, Mode};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let tokens = args.first().is_some_and(|a| a == "--tokens");
            let locations = args.first().is_some_and(|a| a == "--locations");
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for path in args.iter().filter(|a| !a.starts_with("--")) {
                let bytes = match std::fs::read(path) {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = writeln!(out, "=== {}\nIOERR {}", path, e);
                        continue;
                    }
                };
                let text = source::decode_source(&bytes, path);
                let res = if tokens {
                    text.and_then(|s| lexer::dump_tokens(&s, path))
                } else {
                    text.and_then(|s| parser::parse(&s, path, Mode::Exec))
                        .map(|m| {
                            if locations {
                                ast_dump::dump_with_locations(&m) + "\n"
                            } else {
                                ast_dump::dump(&m) + "\n"
                            }
                        })
                };
                let _ = match res {
                    Ok(s) => write!(out, "=== {}\n{}", path, s),
                    Err(e) => writeln!(
                        out,
                        "=== {}\nERR {}|{}|{}|{}",
                        path,
                        e.kind.name(),
                        e.lineno,
                        e.offset,
                        e.msg
                    ),
                };
            }
        });
    if let Ok(h) = worker {
        let _ = h.join();
    }
}
