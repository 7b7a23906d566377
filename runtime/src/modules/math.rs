//! The `math` module (stub: being written).

use crate::object::Value;
use crate::PyResult;

/// Builds the module.
pub fn make() -> PyResult<Value> {
    Ok(crate::types::module::new_module("math"))
}
