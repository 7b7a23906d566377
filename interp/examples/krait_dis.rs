//! Prints the disassembly of a Python file: `cargo run --example krait_dis -- FILE`.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let src = if path == "-" {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
        s
    } else {
        std::fs::read_to_string(&path).unwrap_or_default()
    };
    match krait_interp::compiler::compile_source(&src, "f", krait_interp::Mode::Exec) {
        Ok(code) => print!("{}", krait_interp::dis::disassemble(&code)),
        Err(e) => {
            println!("{e}");
            std::process::exit(1);
        }
    }
}
