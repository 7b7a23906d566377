//! The `krait` command: run a Python program (file, `-c`, `-m`, stdin),
//! start the REPL, or inspect a program (`tokens`, `ast`, `dis`).

mod cli;
mod repl;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: Python programs allocate and
/// free small objects at a high rate (strs, tuples, frames' vectors), and
/// glibc's malloc/free were ~15% of text-processing runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack for the interpreter thread: deep Python recursion lives on the VM's
/// own frame stack, but native code calling back into Python (sort keys,
/// `__eq__`, `__repr__`) recurses on this one, and so do the parser and
/// compiler on deeply nested source.
const STACK_SIZE: usize = 1 << 30;

extern "C" {
    fn _exit(code: i32) -> !;
}

// The instrumented build of scripts/build-pgo.sh: LLVM's profiling runtime
// writes its counts from an atexit handler, which `_exit` skips.
#[cfg(krait_pgo_gen)]
extern "C" {
    fn __llvm_profile_write_file() -> i32;
}

fn main() -> ExitCode {
    // Panics inside native functions are turned into Python SystemErrors
    // (see call_native); keep their default report out of the program's stderr
    // unless KRAIT_DEBUG_PANICS is set.
    if std::env::var_os("KRAIT_DEBUG_PANICS").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    // mimalloc returns freed pages to the OS 10 ms after they empty, and
    // programs that build and drop big structures in phases then pay for
    // the kernel zeroing them again (about 5% of a text-processing run).
    // A second's delay keeps them for the next phase. (The option's index
    // is the one before use_numa_nodes in mimalloc's option enum; the crate
    // names no constant for it.)
    // SAFETY: setting an option is allowed at any time.
    unsafe { libmimalloc_sys::mi_option_set(libmimalloc_sys::mi_option_use_numa_nodes - 1, 1000) };
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .name("krait".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            krait_runtime::builtins::set_stack_bounds(STACK_SIZE);
            let code = cli::main(args);
            use std::io::Write;
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().flush();
            // Exit without running thread-local destructors: the runtime's
            // objects are reclaimed by the OS, not torn down one by one.
            // SAFETY: the profiling runtime is linked into instrumented builds.
            #[cfg(krait_pgo_gen)]
            unsafe {
                __llvm_profile_write_file();
            }
            // SAFETY: _exit ends the process; nothing runs after it.
            unsafe { _exit(code) }
        });
    match child.map(|h| h.join()) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        _ => {
            eprintln!("krait: internal error");
            ExitCode::from(70)
        }
    }
}
