//! Formatting and numeric parsing for Krait's runtime, working on plain Rust
//! values (`f64`, `i64`, `BigInt`, `&str`) rather than Python objects.
//!
//! Everything here reproduces CPython 3.11 exactly, including error messages:
//! - [`float_repr`] / [`complex_repr`]: `repr()` of floats and complexes.
//! - [`parse_spec`] and `format_*`: the PEP 3101 format-spec mini-language
//!   (`format()`, `str.format`, f-strings).
//! - [`parse_percent`] and `format_percent_*`: printf-style `%` formatting.
//! - [`parse_float`] / [`parse_int`] / [`int_to_decimal_string`]: `float()`,
//!   `int()` and `str(int)` with the 3.11 digit limit.
//! - numeric helpers: `round`, `float.hex`/`fromhex`, `as_integer_ratio`,
//!   int->float conversion, true division, floor division/modulo, `**`, and
//!   the numeric hash.
//!
//! Digit generation relies on Rust's float formatting: `{:e}` yields the
//! shortest round-tripping digits and `{:.N}` / `{:.Ne}` are exact with
//! round-half-even on the exact binary value, which is what David Gay's
//! `dtoa` (used by CPython) produces in modes 0, 2 and 3.

mod dtoa;
mod numeric;
mod parse;
mod percent;
mod spec;

#[cfg(test)]
mod tests;

use std::fmt;

pub use dtoa::{complex_repr, float_repr};
pub use numeric::{
    bigint_to_f64, complex_hash, float_as_integer_ratio, float_divmod, float_floordiv,
    float_from_hex, float_hash, float_mod, float_pow, float_round, float_round_to_int,
    float_to_hex, int_hash, int_true_divide, PowResult, HASH_INF, HASH_MODULUS,
};
pub use parse::{int_to_decimal_string, parse_float, parse_int, py_isspace};
pub use percent::{
    format_percent_float, format_percent_int, pad_percent_str, parse_percent, percent_char,
    PercentPiece, PercentSpec,
};
pub use spec::{
    format_complex, format_complex_as, format_float, format_float_as, format_i64, format_int,
    format_int_as, format_str, format_str_as, parse_spec, FormatSpec,
};

/// The Python exception class a [`FormatError`] maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// `ValueError`
    ValueError,
    /// `OverflowError`
    OverflowError,
    /// `TypeError`
    TypeError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `MemoryError` (an output too large to allocate, e.g. a huge width)
    MemoryError,
}

impl FormatErrorKind {
    /// The Python name of the exception class.
    pub fn name(self) -> &'static str {
        match self {
            FormatErrorKind::ValueError => "ValueError",
            FormatErrorKind::OverflowError => "OverflowError",
            FormatErrorKind::TypeError => "TypeError",
            FormatErrorKind::ZeroDivisionError => "ZeroDivisionError",
            FormatErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An error to be raised as a Python exception of class `kind` with message `msg`
/// (CPython 3.11's exact text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// The exception class.
    pub kind: FormatErrorKind,
    /// The exception message.
    pub msg: String,
}

impl FormatError {
    /// A `ValueError` with message `msg`.
    pub fn value(msg: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::ValueError,
            msg: msg.into(),
        }
    }
    /// An `OverflowError` with message `msg`.
    pub fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::OverflowError,
            msg: msg.into(),
        }
    }
    /// A `TypeError` with message `msg`.
    pub fn type_error(msg: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::TypeError,
            msg: msg.into(),
        }
    }
    /// A `ZeroDivisionError` with message `msg`.
    pub fn zero_division(msg: impl Into<String>) -> Self {
        FormatError {
            kind: FormatErrorKind::ZeroDivisionError,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for FormatError {}
