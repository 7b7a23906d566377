//! Parser (stub: being written).

use crate::ast::Mod;
use crate::error::{CompileError, Mode};

/// Parses `source` (already decoded text) into a tree.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Mod, CompileError> {
    let _ = (source, mode);
    Err(CompileError::syntax("parser not written yet", filename, 1, 1))
}
