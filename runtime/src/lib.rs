//! Krait's runtime: the object model, built-in types and modules, reference
//! counting and the cycle collector. It knows nothing of bytecode or the JIT:
//! calling a Python function goes through the `call` slot of its type, which
//! the interpreter installs.

pub mod alloc;
pub mod args;
pub mod builtins;
pub mod codec;
pub mod err;
pub mod format;
pub mod gc;
pub mod mathlib;
pub mod modules;
pub mod mt19937;
pub mod numfmt;
pub mod object;
pub mod protocol;
pub mod shape;
pub mod strlib;
pub mod typeobj;
pub mod types;

pub use args::Args;
pub use err::{PyErr, PyResult};
pub use object::Value;
pub use typeobj::TypeObject;

/// Prepares every built-in type. Call once, before anything else.
pub fn init() {
    types::init_all();
}
