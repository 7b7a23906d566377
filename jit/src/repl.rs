//! The interactive prompt, with line editing and history (rustyline).

use krait_interp::vm;

/// Whether `src` needs more lines (an unfinished block or bracket).
fn incomplete(src: &str) -> bool {
    match krait_interp::compiler::compile_source(src, "<stdin>", krait_interp::Mode::Single) {
        Ok(_) => false,
        Err(e) => {
            let m = e.msg.as_str();
            (m.contains("was never closed")
                || m.starts_with("expected an indented block")
                || m.contains("unexpected EOF")
                || m.contains("unterminated triple-quoted"))
                && !src.ends_with("\n\n")
        }
    }
}

/// Runs the REPL; returns the exit status.
pub fn run() -> i32 {
    println!(
        "Python 3.11.7 (krait {}) on linux",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut rl = match rustyline::DefaultEditor::new() {
        Ok(r) => r,
        Err(_) => return 1,
    };
    let globals = vm::main_namespace(None);
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                buf.push_str(&line);
                buf.push('\n');
                let block_open = line.trim_end().ends_with(':')
                    || (!buf.lines().next().unwrap_or("").starts_with(' ')
                        && buf.lines().count() > 1
                        && !line.is_empty());
                if incomplete(&buf) || (block_open && !line.is_empty()) {
                    continue;
                }
                let _ = rl.add_history_entry(buf.trim_end());
                let src = std::mem::take(&mut buf);
                match krait_interp::compiler::compile_source(
                    &src,
                    "<stdin>",
                    krait_interp::Mode::Single,
                ) {
                    Ok(code) => {
                        let cv = vm::codeval::make_code_value(&code);
                        let cd = vm::codeval::code_data(&cv).expect("code").clone();
                        if let Err(e) = vm::call::run_code_in(&cd, globals.clone(), None) {
                            if e.matches(&krait_runtime::types::exceptions::SYSTEM_EXIT) {
                                let c = vm::handle_uncaught(e);
                                vm::flush_std();
                                return c;
                            }
                            vm::handle_uncaught(e);
                        }
                    }
                    Err(e) => {
                        vm::handle_uncaught(vm::compile_error_to_py(e.with_source(&src)));
                    }
                }
                vm::flush_std();
            }
            Err(rustyline::error::ReadlineError::Interrupted) => {
                buf.clear();
                println!("\nKeyboardInterrupt");
            }
            Err(_) => break,
        }
    }
    vm::flush_std();
    0
}
