//! The few C math library functions Rust's standard library does not expose
//! as thin libm calls. CPython 3.11 on Linux calls glibc's `erf`, `erfc`,
//! `asinh`, `acosh` and `atanh` directly (Rust's `f64::asinh` and friends
//! are separate Rust implementations whose last bits differ), so we call the
//! same functions to get the same bits.
//!
//! (`cbrt` cannot be bound this way: Rust's compiler-builtins defines its
//! own `cbrt` symbol, which wins at link time; see `float::glibc_cbrt`.)

use std::os::raw::c_double;

#[link(name = "m")]
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: c_double) -> c_double;
    #[link_name = "erfc"]
    fn c_erfc(x: c_double) -> c_double;
    #[link_name = "asinh"]
    fn c_asinh(x: c_double) -> c_double;
    #[link_name = "acosh"]
    fn c_acosh(x: c_double) -> c_double;
    #[link_name = "atanh"]
    fn c_atanh(x: c_double) -> c_double;
}

/// C's `erf`.
pub fn erf(x: f64) -> f64 {
    // SAFETY: a pure C99 function of one double: no pointers, no shared state
    // other than the thread-local errno, defined for every input.
    unsafe { c_erf(x) }
}

/// C's `erfc`.
pub fn erfc(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { c_erfc(x) }
}

/// C's `asinh`.
pub fn asinh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { c_asinh(x) }
}

/// C's `acosh`.
pub fn acosh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { c_acosh(x) }
}

/// C's `atanh`.
pub fn atanh(x: f64) -> f64 {
    // SAFETY: as for `erf`.
    unsafe { c_atanh(x) }
}
