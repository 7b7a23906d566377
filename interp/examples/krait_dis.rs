//! Prints the disassembly of a Python file:
//! `cargo run --example krait_dis -- [--normalized] [--eval|--single] FILE`
//! (FILE `-` = stdin).
//! `--normalized` prints the listing format of tests/scripts/gen_dis_expected.py
//! (without positions), for comparisons with CPython.

use krait_interp::code::{CodeConst, CodeObject};
use std::collections::HashSet;

fn walk<'a>(c: &'a CodeObject, seen: &mut HashSet<(String, u32)>, out: &mut Vec<&'a CodeObject>) {
    if seen.insert((c.name.clone(), c.firstlineno)) {
        out.push(c);
    }
    for k in &c.consts {
        if let CodeConst::Code(inner) = k {
            walk(inner, seen, out);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let normalized = args.iter().any(|a| a == "--normalized");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "-".into());
    let src = if path == "-" {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
        s
    } else {
        std::fs::read_to_string(&path).unwrap_or_default()
    };
    let mode = if args.iter().any(|a| a == "--eval") {
        krait_interp::Mode::Eval
    } else if args.iter().any(|a| a == "--single") {
        krait_interp::Mode::Single
    } else {
        krait_interp::Mode::Exec
    };
    let code = match krait_interp::compiler::compile_source(&src, "f", mode) {
        Ok(code) => code,
        Err(e) => {
            println!("{e}");
            std::process::exit(1);
        }
    };
    if !normalized {
        print!("{}", krait_interp::dis::disassemble(&code));
        return;
    }
    let mut objs = Vec::new();
    walk(&code, &mut HashSet::new(), &mut objs);
    for co in objs {
        println!("== {}@{}", co.name, co.firstlineno);
        for ins in krait_interp::dis::instructions(co) {
            let op = match ins.opname {
                "NOP" => continue,
                "JUMP_FORWARD" | "JUMP_BACKWARD" => "JUMP",
                o => o,
            };
            let argrepr = if ins.argrepr.starts_with("to ") {
                ""
            } else {
                ins.argrepr.as_str()
            };
            println!("{op}|{argrepr}");
        }
    }
}
