//! Fuzz target for the Krait front end: source decoding, tokenizing,
//! parsing, symbol tables and bytecode compilation.
//!
//! Any byte string is accepted; compile errors are expected and ignored.
//! The only property checked is "no panic" (and no crash/timeout, which
//! libFuzzer detects itself).

#![no_main]

use krait_interp::compiler::compile_source;
use krait_interp::source::decode_source;
use krait_interp::Mode;
use libfuzzer_sys::fuzz_target;

/// Stack size matching the `krait` binary's main thread, so that the
/// front end's own recursion limits (not the OS stack) bound deep nesting.
const STACK_SIZE: usize = 256 * 1024 * 1024;

fn run(data: &[u8]) {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        let _ = compile_source(&src, "<fuzz>", mode);
    }
}

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || run(&data))
        .expect("spawning the fuzz worker thread");
    if let Err(payload) = handle.join() {
        // Re-raise on the fuzzer thread so libFuzzer records the crash.
        std::panic::resume_unwind(payload);
    }
});
