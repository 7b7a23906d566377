//! The numeric core of Python's `math` module, on plain Rust types.
//!
//! Every function of CPython 3.11's `math` module (except `prod`, which is
//! generic over Python objects) is here as a `pub fn` taking `f64` or
//! [`BigInt`] arguments. Argument conversion (`__float__`, `__index__`,
//! `__ceil__`, ...) is the caller's job; these functions reproduce CPython's
//! results bit for bit and its errors word for word, as [`MathError`]s.
//!
//! Layout:
//! - `float`: the libm wrappers and the other `f64 -> f64` functions, with
//!   CPython's rules for turning NaN/infinite results into exceptions;
//! - `special`: gamma, lgamma, fsum, hypot/dist (CPython's own algorithms);
//! - `integer`: factorial, comb, perm, isqrt, gcd, lcm on big integers;
//! - `convert`: exact int <-> float conversions, frexp/ldexp and the
//!   logarithms (which accept ints of any size).
//!
//! Calls into the platform libm go through `libm`, the only module with
//! `unsafe`; Rust's own `f64` methods are used where they call the same
//! libm function CPython calls (sin, exp, pow, ...).

mod convert;
mod float;
mod integer;
mod libm;
mod special;

pub use convert::{
    bigint_frexp, bigint_to_f64, ceil, float_to_bigint, floor, frexp, ldexp, log, log10, log2,
    trunc, LogArg,
};
pub use float::{
    acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, copysign, cos, cosh, degrees, erf, erfc,
    exp, exp2, expm1, fabs, fmod, isclose, isfinite, isinf, isnan, log1p, modf, nextafter, pow,
    radians, remainder, sin, sinh, sqrt, tan, tanh, ulp,
};
pub use integer::{comb, factorial, gcd, isqrt, lcm, perm};
pub use special::{dist, fsum, gamma, hypot, lgamma, Fsum};

use std::fmt;

/// `math.pi`.
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`.
pub const E: f64 = std::f64::consts::E;
/// `math.tau`.
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`.
pub const INF: f64 = f64::INFINITY;
/// `math.nan` (a positive quiet NaN, as `float('nan')`).
pub const NAN: f64 = f64::NAN;

/// The Python exception class a [`MathError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathErrorKind {
    /// `ValueError`: domain errors and invalid arguments.
    ValueError,
    /// `OverflowError`: results or arguments out of range.
    OverflowError,
    /// `TypeError`: wrong argument types detected here.
    TypeError,
    /// `ZeroDivisionError`: only `math.log(x, 1)` raises it.
    ZeroDivisionError,
}

impl MathErrorKind {
    /// The Python name of the exception class.
    pub fn name(self) -> &'static str {
        match self {
            MathErrorKind::ValueError => "ValueError",
            MathErrorKind::OverflowError => "OverflowError",
            MathErrorKind::TypeError => "TypeError",
            MathErrorKind::ZeroDivisionError => "ZeroDivisionError",
        }
    }
}

/// An error a math function raises: the exception class and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MathError {
    /// Which Python exception to raise.
    pub kind: MathErrorKind,
    /// The exception's message, exactly as CPython 3.11 words it.
    pub msg: String,
}

impl MathError {
    /// A `ValueError` with the given message.
    pub fn value(msg: impl Into<String>) -> MathError {
        MathError {
            kind: MathErrorKind::ValueError,
            msg: msg.into(),
        }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(msg: impl Into<String>) -> MathError {
        MathError {
            kind: MathErrorKind::OverflowError,
            msg: msg.into(),
        }
    }

    /// `ValueError("math domain error")`.
    pub fn domain() -> MathError {
        MathError::value("math domain error")
    }

    /// `OverflowError("math range error")`.
    pub fn range() -> MathError {
        MathError::overflow("math range error")
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for MathError {}

/// Result of a math function.
pub type MathResult<T> = Result<T, MathError>;
