//! `str.format` and `str.format_map` (stub: being written).

use crate::args::Args;
use crate::err::{type_error, PyResult};
use crate::object::Value;

/// `str.format(*args, **kwargs)`.
pub fn str_format(_a: &Args) -> PyResult<Value> {
    Err(type_error("str.format is not implemented yet"))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(_a: &Args) -> PyResult<Value> {
    Err(type_error("str.format_map is not implemented yet"))
}
