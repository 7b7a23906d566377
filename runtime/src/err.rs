//! Python exceptions as Rust errors.
//!
//! A `PyErr` owns a normalized exception instance. Functions that can raise
//! return `PyResult<T>`; the helpers below build the common exceptions with
//! CPython's messages.

use crate::object::Value;
use crate::typeobj::TypeObject;
use crate::types::exceptions as exc;
use crate::types::str::StrLossy;

/// A raised Python exception (always an instance of BaseException).
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of type `ty` with one string argument.
    pub fn new(ty: &TypeObject, msg: impl Into<String>) -> PyErr {
        let m = crate::types::str::new_str(&msg.into());
        PyErr {
            exc: exc::new_exception(ty, vec![m]),
        }
    }
    /// An exception of type `ty` with the given args.
    pub fn with_args(ty: &TypeObject, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: exc::new_exception(ty, args),
        }
    }
    /// Wraps an existing exception instance.
    pub fn from_value(exc: Value) -> PyErr {
        PyErr { exc }
    }
    /// Whether the exception is an instance of `ty`.
    pub fn matches(&self, ty: &TypeObject) -> bool {
        self.exc.ty().is_subtype(ty)
    }
    /// The exception's type.
    pub fn ty(&self) -> &TypeObject {
        self.exc.ty()
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = crate::protocol::str_of(&self.exc)
            .map(|s| s.as_str_lossy().to_string())
            .unwrap_or_default();
        write!(f, "{}: {}", self.exc.ty().name(), s)
    }
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::TYPE_ERROR, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::VALUE_ERROR, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::INDEX_ERROR, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::ATTRIBUTE_ERROR, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::OVERFLOW_ERROR, msg)
}
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::ZERO_DIVISION_ERROR, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::RUNTIME_ERROR, msg)
}
pub fn name_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::NAME_ERROR, msg)
}
pub fn not_implemented_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::NOT_IMPLEMENTED_ERROR, msg)
}
pub fn recursion_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&exc::RECURSION_ERROR, msg)
}
pub fn memory_error() -> PyErr {
    PyErr::with_args(&exc::MEMORY_ERROR, vec![])
}
/// `KeyError(key)`.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&exc::KEY_ERROR, vec![key])
}
/// `StopIteration()` (or with a value).
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    PyErr::with_args(&exc::STOP_ITERATION, value.into_iter().collect())
}

/// "'X' object is not ..." style message helper: the type name of `v`.
pub fn tname(v: &Value) -> String {
    v.ty().name()
}
