//! Errors the front end reports: CPython's SyntaxError family and the few
//! other exceptions compilation can raise.

use std::fmt;

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// "maximum recursion depth exceeded during compilation"
    RecursionError,
    MemoryError,
    /// e.g. compile() of a string with null bytes
    ValueError,
}

impl CompileErrorKind {
    /// The Python exception type name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
            CompileErrorKind::MemoryError => "MemoryError",
            CompileErrorKind::ValueError => "ValueError",
        }
    }
}

/// A compile error with CPython's SyntaxError attributes. `offset` and
/// `end_offset` are 1-based and count characters (code points) of `text`,
/// as CPython's do; 0 means unknown. `text` is the source line (with its
/// newline) when known; the reporter fills it from the source if `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
}

impl CompileError {
    /// A SyntaxError at a position.
    pub fn syntax(
        msg: impl Into<String>,
        filename: &str,
        lineno: u32,
        offset: u32,
    ) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: offset,
            text: None,
        }
    }

    /// Fills `text` from the source when it is missing.
    pub fn with_source(mut self, source: &str) -> CompileError {
        if self.text.is_none() && self.lineno > 0 {
            if let Some(line) = source.split_inclusive('\n').nth(self.lineno as usize - 1) {
                self.text = Some(line.to_string());
            }
        }
        self
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

/// How source is compiled, as the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}
