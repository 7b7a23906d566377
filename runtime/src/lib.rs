//! Krait's runtime: the object model, built-in types and modules, reference
//! counting and the cycle collector. It knows nothing of bytecode or the JIT.

pub mod format;
pub mod mathlib;
pub mod mt19937;
pub mod strlib;
