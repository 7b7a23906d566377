//! The interpreter: code values, frames, the eval loop, calls, generators,
//! imports, tracebacks, and the entry points the `krait` command uses.

pub mod attr;
pub mod builtins_interp;
pub mod call;
pub mod codeval;
pub mod errors;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod import;
pub mod modules;
pub mod ops;
#[cfg(feature = "opstats")]
pub mod opstats;
pub mod patterns;
pub mod specialize;
pub mod state;
pub mod sysmod;
pub mod traceback;

use crate::error::{CompileError, CompileErrorKind};
use krait_runtime::err::PyErr;
use krait_runtime::object::Value;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::{dict, int, module, none, str as pystr, tuple};
use krait_runtime::PyResult;

/// Turns a front-end error into the Python exception it stands for.
pub fn compile_error_to_py(e: CompileError) -> PyErr {
    let ty = match e.kind {
        CompileErrorKind::SyntaxError => &exc::SYNTAX_ERROR,
        CompileErrorKind::IndentationError => &exc::INDENTATION_ERROR,
        CompileErrorKind::TabError => &exc::TAB_ERROR,
        CompileErrorKind::RecursionError => return krait_runtime::err::recursion_error(e.msg),
        CompileErrorKind::MemoryError => return krait_runtime::err::memory_error(),
        CompileErrorKind::ValueError => return krait_runtime::err::value_error(e.msg),
    };
    let text = match &e.text {
        Some(t) => pystr::new_str(t),
        None => none::none(),
    };
    let n = |x: u32| {
        if x == 0 {
            none::none()
        } else {
            int::from_i64(x as i64)
        }
    };
    let info = tuple::new_tuple(vec![
        pystr::new_str(&e.filename),
        n(e.lineno),
        n(e.offset),
        text,
        n(e.end_lineno),
        n(e.end_offset),
    ]);
    PyErr::with_args(ty, vec![pystr::new_str(&e.msg), info])
}

/// Prepares the runtime and interpreter; `argv` becomes `sys.argv`.
pub fn init(argv: Vec<String>, path0: Option<String>, executable: &str) -> PyResult<()> {
    krait_runtime::init();
    codeval::init();
    generator::init();
    krait_runtime::types::function::FUNCTION_TYPE
        .call
        .set(Some(call::function_call));
    builtins_interp::install();
    sysmod::make_sys(argv, path0, executable)?;
    modules::register_all();
    Ok(())
}

/// A fresh `__main__` module namespace.
pub fn main_namespace(file: Option<&str>) -> Value {
    let m = module::new_module("__main__");
    let d = module::module_dict(&m).expect("dict");
    dict::set_str(
        &d,
        "__builtins__",
        krait_runtime::builtins::builtins_module(),
    );
    if let Some(f) = file {
        dict::set_str(&d, "__file__", pystr::new_str(f));
    }
    if let Some(mods) = krait_runtime::builtins::sys_attr("modules") {
        let _ = dict::set_item(&mods, pystr::new_str("__main__"), m.clone());
    }
    d
}

/// With the `opstats` feature and `KRAIT_OPSTATS` set, prints the
/// executed-instruction profile to stderr (otherwise does nothing).
pub fn report_opstats() {
    #[cfg(feature = "opstats")]
    if std::env::var_os("KRAIT_OPSTATS").is_some() {
        eprint!("{}", opstats::report());
    }
}

/// Compiles and runs `source` in namespace `globals`.
pub fn run_source(source: &str, filename: &str, globals: Value) -> PyResult<Value> {
    run_source_quickened(source, filename, globals).0
}

/// Compiles and runs `source` in namespace `globals`; also returns the
/// module's code as it ran, quickened instructions included (None if it
/// did not compile).
pub fn run_source_quickened(
    source: &str,
    filename: &str,
    globals: Value,
) -> (PyResult<Value>, Option<crate::code::CodeObject>) {
    let code = match crate::compiler::compile_source(source, filename, crate::Mode::Exec) {
        Ok(c) => c,
        Err(e) => return (Err(compile_error_to_py(e)), None),
    };
    let cv = codeval::make_code_value(&code);
    let cd = codeval::code_data(&cv).expect("code").clone();
    let r = call::run_code_in(&cd, globals, None);
    (r, Some(codeval::quickened_code(&cd)))
}

/// The exit status for an uncaught exception, printing it as CPython does
/// (SystemExit prints its message, if any, and exits with its code).
pub fn handle_uncaught(e: PyErr) -> i32 {
    if e.matches(&exc::SYSTEM_EXIT) {
        let code = exc::get_attr(&e.exc, "code").unwrap_or_else(none::none);
        if none::is_none(&code) {
            return 0;
        }
        if let Some(i) = int::as_i64(&code) {
            return i as i32;
        }
        let s = krait_runtime::protocol::str_string(&code).unwrap_or_default();
        if let Some(err) = krait_runtime::builtins::sys_attr("stderr") {
            let _ = krait_runtime::types::file::write_str(&err, &format!("{s}\n"));
        }
        return 1;
    }
    if let Some(hook) = krait_runtime::builtins::sys_attr("excepthook") {
        if !krait_runtime::types::function::is_native_of(&hook, "excepthook") {
            let tb = krait_runtime::protocol::getattr_str(&e.exc, "__traceback__")
                .unwrap_or_else(|_| none::none());
            if krait_runtime::protocol::call_pos(&hook, &[e.exc.ty().as_value(), e.exc.clone(), tb])
                .is_ok()
            {
                return 1;
            }
        }
    }
    traceback::print_exception(&e.exc);
    if e.matches(&exc::KEYBOARD_INTERRUPT) {
        return 130;
    }
    1
}

/// Flushes sys.stdout and sys.stderr (at exit).
pub fn flush_std() {
    for n in ["stdout", "stderr"] {
        if let Some(f) = krait_runtime::builtins::sys_attr(n) {
            if let Err(e) = krait_runtime::types::file::flush(&f) {
                if n == "stdout" {
                    traceback::print_exception(&e.exc);
                }
            }
        }
    }
}
