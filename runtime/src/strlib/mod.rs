//! Python 3.11 `str` and `bytes` semantics on plain Rust values.
//!
//! Everything here works on `&str` / `&[u8]` and returns Rust values; the object
//! model wraps them into Python objects. Conventions:
//!
//! * Every index a `str` function takes or returns is a **code point** index, as in
//!   Python. Functions that take indices take a [`PyStr`], which carries the
//!   string's `is_ascii` flag so ASCII strings index bytes directly.
//! * `start`/`end` arguments are `Option<i64>` (`None` = Python's `None`/omitted)
//!   and are adjusted exactly like CPython's `ADJUST_INDICES` (negative values add
//!   the length and clamp at 0; `end` clamps at the length, `start` does not).
//! * Errors are [`StrError`]s carrying CPython 3.11's exception type and message.
//! * Unicode data (Unicode 14.0.0, as CPython 3.11) comes from the generated
//!   [`unicode_tables`]; see `tests/scripts/gen_unicode_tables.py`.
//!
//! Submodules: [`unicode`] (character properties and case maps), [`index`](mod@index)
//! (code point indexing), [`repr`], [`predicates`], [`case`], [`search`],
//! [`split`](mod@split), [`layout`] (padding, tabs, translate), [`bytes`] (the same families on
//! `&[u8]`, hex) and [`codecs`] (encode/decode).

pub mod bytes;
pub mod case;
pub mod codecs;
pub mod index;
pub mod layout;
pub mod predicates;
pub mod repr;
pub mod search;
pub mod split;
pub mod unicode;
pub mod unicode_tables;

pub use case::*;
pub use index::*;
pub use layout::*;
pub use predicates::*;
pub use repr::*;
pub use search::*;
pub use split::*;

pub use bytes::{fromhex as bytes_fromhex, hex as bytes_hex};
pub use codecs::{decode, encode};

use std::fmt;

/// The Python exception type a [`StrError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError`
    MemoryError,
    /// `LookupError` (unknown encoding or error handler)
    LookupError,
    /// `UnicodeDecodeError`; [`StrError::codec`] holds the exception's fields.
    UnicodeDecodeError,
    /// `UnicodeEncodeError`; [`StrError::codec`] holds the exception's fields.
    UnicodeEncodeError,
}

impl ErrorKind {
    /// The Python name of the exception type.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::LookupError => "LookupError",
            ErrorKind::UnicodeDecodeError => "UnicodeDecodeError",
            ErrorKind::UnicodeEncodeError => "UnicodeEncodeError",
        }
    }
}

/// The constructor arguments of a `UnicodeDecodeError` / `UnicodeEncodeError`
/// (`encoding`, the object, `start`, `end`, `reason`); the object is the input the
/// caller passed. For decode errors `start`/`end` are byte offsets, for encode
/// errors code point indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodecErrorInfo {
    /// Codec name as CPython reports it, e.g. `utf-8`, `ascii`, `latin-1`.
    pub encoding: &'static str,
    /// First offending position.
    pub start: usize,
    /// One past the last offending position.
    pub end: usize,
    /// e.g. `invalid start byte`, `ordinal not in range(128)`.
    pub reason: String,
}

/// A Python exception raised by a strlib function: type plus CPython's message
/// (`str(exc)`), and for codec errors the exception's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrError {
    /// Exception type.
    pub kind: ErrorKind,
    /// The message exactly as CPython 3.11 prints it.
    pub msg: String,
    /// Set for `UnicodeDecodeError` / `UnicodeEncodeError`.
    pub codec: Option<Box<CodecErrorInfo>>,
}

impl StrError {
    /// An error of `kind` with message `msg`.
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        StrError {
            kind,
            msg: msg.into(),
            codec: None,
        }
    }

    /// A `ValueError`.
    pub fn value(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, msg)
    }

    /// A `TypeError`.
    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, msg)
    }

    /// A `MemoryError` (result too large to allocate).
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }

    /// An `OverflowError`.
    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, msg)
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

impl std::error::Error for StrError {}

/// A borrowed Python `str` value: the text plus its `is_ascii` flag, so functions
/// that take or return code point indices can use byte offsets for ASCII text.
#[derive(Clone, Copy, Debug)]
pub struct PyStr<'a> {
    /// The string's text.
    pub text: &'a str,
    /// Must equal `text.is_ascii()`.
    pub ascii: bool,
}

impl<'a> PyStr<'a> {
    /// Wraps `text`, computing its ASCII flag (O(n)).
    pub fn new(text: &'a str) -> Self {
        PyStr {
            text,
            ascii: text.is_ascii(),
        }
    }

    /// Wraps `text` with a known flag; `ascii` must equal `text.is_ascii()`.
    pub fn with_ascii(text: &'a str, ascii: bool) -> Self {
        debug_assert_eq!(ascii, text.is_ascii());
        PyStr { text, ascii }
    }

    /// Length in code points (O(1) for ASCII).
    pub fn char_len(self) -> usize {
        if self.ascii {
            self.text.len()
        } else {
            index::char_len(self.text)
        }
    }

    /// Byte offset of code point `idx` (clamped to the end).
    pub fn byte_offset(self, idx: usize) -> usize {
        if self.ascii {
            idx.min(self.text.len())
        } else {
            index::char_to_byte(self.text, idx)
        }
    }

    /// Code point index of byte offset `off` (which must be a char boundary).
    pub fn char_index(self, off: usize) -> usize {
        if self.ascii {
            off.min(self.text.len())
        } else {
            index::byte_to_char(self.text, off)
        }
    }
}

impl<'a> From<&'a str> for PyStr<'a> {
    fn from(text: &'a str) -> Self {
        PyStr::new(text)
    }
}

/// Reserves `extra` more bytes in `out`, mapping allocation failure to `MemoryError`.
pub(crate) fn try_reserve<T>(out: &mut Vec<T>, extra: usize) -> Result<(), StrError> {
    out.try_reserve(extra).map_err(|_| StrError::memory())
}

/// Reserves `extra` more bytes in `out`, mapping allocation failure to `MemoryError`.
pub(crate) fn try_reserve_str(out: &mut String, extra: usize) -> Result<(), StrError> {
    out.try_reserve(extra).map_err(|_| StrError::memory())
}
