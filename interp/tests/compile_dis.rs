//! Disassembly tests over tests/dis_corpus/*.py (compiled in eval mode
//! when the name starts with `mode_eval`, single mode for `mode_single`):
//!
//! 1. every code object passes the verifier (stack depths on all paths,
//!    exception edges, argument ranges);
//! 2. the instruction stream of every code object, with resolved arguments
//!    and source positions, equals CPython 3.11's (NAME.cpython.txt, written
//!    by tests/scripts/gen_dis_expected.py; see there for the normalization),
//!    except in files listed in `CFG_OPTIMIZED` where CPython's CFG
//!    optimizer rewrites code we do not;
//!    Only start line and column are compared unless `KRAIT_DIS_FULL_POS`
//!    is set (end positions come from the parser's spans);
//! 3. the full `dis` text is a golden snapshot (NAME.dis); run with
//!    `KRAIT_BLESS=1` to rewrite the snapshots after an intended change.

use krait_interp::code::{CodeConst, CodeObject};
use krait_interp::{compiler, dis, Mode};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Files where CPython's CFG optimizer changes the code (bottom-tested
/// while loops, jump threading, static SWAP elimination), with the reason.
const CFG_OPTIMIZED: &[(&str, &str)] = &[(
    "cfg_opt.py",
    "while loops, jump threading, swap elimination",
)];

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/dis_corpus");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("dis_corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    v.sort();
    v
}

fn code_objects<'a>(
    c: &'a CodeObject,
    seen: &mut HashSet<(String, u32)>,
    out: &mut Vec<&'a CodeObject>,
) {
    if seen.insert((c.name.clone(), c.firstlineno)) {
        out.push(c);
    }
    for k in &c.consts {
        if let CodeConst::Code(inner) = k {
            code_objects(inner, seen, out);
        }
    }
}

/// The normalized listing; `full_positions` includes end line and column.
fn normalized(code: &CodeObject, full_positions: bool) -> String {
    let mut objs = Vec::new();
    code_objects(code, &mut HashSet::new(), &mut objs);
    let mut out = String::new();
    for co in objs {
        out.push_str(&format!("== {}@{}\n", co.name, co.firstlineno));
        for ins in dis::instructions(co) {
            let mut op = ins.opname.to_string();
            if op == "NOP" {
                continue;
            }
            if op == "JUMP_FORWARD" || op == "JUMP_BACKWARD" {
                op = "JUMP".into();
            }
            let argrepr = if ins.argrepr.starts_with("to ") {
                String::new()
            } else {
                ins.argrepr.clone()
            };
            let p = ins.position;
            if full_positions {
                out.push_str(&format!(
                    "{op}|{argrepr}|{},{},{},{}\n",
                    p.lineno, p.end_lineno, p.col, p.end_col
                ));
            } else {
                out.push_str(&format!("{op}|{argrepr}|{},{}\n", p.lineno, p.col));
            }
        }
    }
    out
}

/// Drops end line and end column from `OP|arg|l,el,c,ec` lines.
fn strip_end_positions(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        match line.rsplit_once('|') {
            Some((head, pos)) if !line.starts_with("==") => {
                let p: Vec<&str> = pos.split(',').collect();
                out.push_str(&format!("{head}|{},{}\n", p[0], p.get(2).unwrap_or(&"0")));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Two listings agree when every line is equal, except that a position of
/// an artificial instruction (line 0 on either side) matches any position:
/// CPython's attribution of lines to compiler-made cleanup code (which can
/// only re-raise) is not reproduced exactly.
fn lines_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (a.rsplit_once('|'), b.rsplit_once('|')) {
        (Some((ha, pa)), Some((hb, pb))) => {
            ha == hb && (pa.starts_with("0,") || pb.starts_with("0,"))
        }
        _ => false,
    }
}

fn listings_match(want: &str, got: &str) -> bool {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    w.len() == g.len() && w.iter().zip(&g).all(|(a, b)| lines_match(a, b))
}

fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut header = "";
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (
            w.get(i).copied().unwrap_or("<end>"),
            g.get(i).copied().unwrap_or("<end>"),
        );
        if a.starts_with("==") {
            header = a;
        }
        if !lines_match(a, b) {
            let ctx: Vec<&str> = w[i.saturating_sub(3)..i].to_vec();
            return format!(
                "in {header} at line {}:\n  context: {ctx:?}\n  cpython: {a}\n  krait:   {b}",
                i + 1
            );
        }
    }
    String::new()
}

#[test]
fn corpus_matches_cpython_and_snapshots() {
    let bless = std::env::var_os("KRAIT_BLESS").is_some();
    let mut failures = Vec::new();
    for path in corpus() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&path).unwrap();
        let mode = if name.starts_with("mode_eval") {
            Mode::Eval
        } else if name.starts_with("mode_single") {
            Mode::Single
        } else {
            Mode::Exec
        };
        let code = match compiler::compile_source(&src, "f", mode) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        if let Err(e) = compiler::verify(&code) {
            failures.push(format!("{name}: verifier: {e}"));
        }
        if !CFG_OPTIMIZED.iter().any(|(f, _)| *f == name) {
            let full = std::env::var_os("KRAIT_DIS_FULL_POS").is_some();
            let mut want =
                std::fs::read_to_string(path.with_extension("cpython.txt")).unwrap_or_default();
            if !full {
                want = strip_end_positions(&want);
            }
            let got = normalized(&code, full);
            if !listings_match(&want, &got) {
                failures.push(format!(
                    "{name}: differs from CPython {}",
                    first_difference(&want, &got)
                ));
            }
        }
        let text = dis::disassemble(&code);
        let snap = path.with_extension("dis");
        if bless {
            std::fs::write(&snap, &text).unwrap();
        } else {
            let want = std::fs::read_to_string(&snap).unwrap_or_default();
            if want != text {
                failures.push(format!(
                    "{name}: dis snapshot differs (KRAIT_BLESS=1 to update) {}",
                    first_difference(&want, &text)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
