//! Compiles every `*.py` file of a directory (default: CPython 3.11's
//! standard library, not `test/`) and runs the code-object verifier on
//! each result. Prints failures and a summary:
//! `cargo run --release --example compile_stdlib -- [DIR]`.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>, recursive: bool) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if recursive && p.file_name().is_some_and(|n| n != "test" && n != "tests") {
                collect(&p, out, recursive);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/root/.pyenv/versions/3.11.7/lib/python3.11".into());
    let recursive = args.iter().any(|a| a == "-r");
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files, recursive);
    let (mut ok, mut parse_err, mut compile_err, mut verify_err) = (0, 0, 0, 0);
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        let src = String::from_utf8_lossy(&bytes);
        let name = f.display().to_string();
        let tree = match krait_interp::parser::parse(&src, &name, krait_interp::Mode::Exec) {
            Ok(t) => t,
            Err(e) => {
                parse_err += 1;
                println!("PARSE   {name}: {e}");
                continue;
            }
        };
        match krait_interp::compiler::compile(&tree, &name, krait_interp::Mode::Exec) {
            Ok(code) => match krait_interp::compiler::verify(&code) {
                Ok(()) => ok += 1,
                Err(e) => {
                    verify_err += 1;
                    println!("VERIFY  {name}: {e}");
                }
            },
            Err(e) => {
                compile_err += 1;
                println!("COMPILE {name}: {e}");
            }
        }
    }
    println!(
        "{} files: {ok} ok, {parse_err} parse errors, {compile_err} compile errors, {verify_err} verifier failures",
        files.len()
    );
}
