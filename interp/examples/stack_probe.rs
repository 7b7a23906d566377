//! Measures how deep an expression the compiler handles in a given stack:
//! `cargo run --example stack_probe -- KIND DEPTH STACK_KB`.

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let kind = a[1].clone();
    let depth: usize = a[2].parse().unwrap_or(100);
    let kb: usize = a[3].parse().unwrap_or(2048);
    let src = match kind.as_str() {
        "add" => format!("x{}", "+1".repeat(depth)),
        "neg" => format!("x = {}y", "-".repeat(depth)),
        "call" => format!("f{}", "(1)".repeat(depth)),
        "attr" => format!("x{}", ".a".repeat(depth)),
        "not" => format!("x = {}y", "not ".repeat(depth)),
        _ => format!("lambda: {}0", "lambda: ".repeat(depth)),
    };
    let t = std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || {
            let m = krait_interp::parser::parse(&src, "f", krait_interp::Mode::Exec);
            let Ok(m) = m else {
                println!("parse error");
                return;
            };
            let st = krait_interp::symtable::build(&m, "f");
            println!("symtable ok: {}", st.is_ok());
            let r = krait_interp::compiler::compile(&m, "f", krait_interp::Mode::Exec);
            println!("compile ok: {}", r.is_ok());
        });
    let _ = t.map(|h| h.join());
}
