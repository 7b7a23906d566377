//! Built-in modules implemented in Rust (`math`, `_random`, ...). Each
//! exposes `pub fn make() -> PyResult<Value>`; the interpreter registers
//! them with its import system.

pub mod math;
pub mod operator;
pub mod posix;
pub mod random;
pub mod structbits;
