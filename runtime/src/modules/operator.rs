//! The `_operator` module: the parts of `operator` (interp/pylib/operator.py)
//! that are hot enough to be native. `index(a)` is `a.__index__()` with
//! CPython's checks: an exact int comes back as it is, an int subclass or an
//! `__index__` result as an exact int, anything else raises TypeError.

use crate::args::Args;
use crate::builtins::add_functions;
use crate::err::{type_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::types::{int, method, module, MethodDef};

fn op_index(a: &Args) -> PyResult<Value> {
    a.no_kw("_operator.index")?;
    let v = &a.check("_operator.index", 1, 1)?[0];
    if v.is_small_int() || v.is_exact(&int::INT_TYPE) {
        return Ok(v.clone());
    }
    Ok(int::from_bigint(protocol::index_of(v)?))
}

static FUNCTIONS: &[MethodDef] = &[method("index", op_index)];

/// Builds the module.
pub fn make() -> PyResult<Value> {
    let m = module::new_module("_operator");
    let d = module::module_dict(&m).ok_or_else(|| type_error("module without a dict"))?;
    add_functions(&d, FUNCTIONS, "_operator");
    Ok(m)
}
