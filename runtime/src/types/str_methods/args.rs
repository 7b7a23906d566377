//! Argument checking and conversion shared by the `str`, `bytes` and
//! `bytearray` methods, with CPython 3.11's messages for each calling
//! convention (Argument Clinic positional-only, `METH_O`, `METH_NOARGS`, the
//! older `PyArg_ParseTuple` style and keyword-capable clinic functions).
//!
//! Every checker takes the method's `Args` *without* `self` (see [`rest`])
//! the type name and the method name.

use crate::args::Args;
use crate::err::{overflow_error, type_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::types::{int, none, str as pystr};
use num_traits::ToPrimitive;

/// The arguments after `self`.
pub fn rest<'a>(a: &Args<'a>) -> Args<'a> {
    Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    }
}

fn no_kw(a: &Args, ty: &str, name: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(type_error(format!(
            "{ty}.{name}() takes no keyword arguments"
        )));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
pub fn noargs(a: &Args, ty: &str, name: &str) -> PyResult<()> {
    no_kw(a, ty, name)?;
    let n = a.npos();
    if n != 0 {
        return Err(type_error(format!(
            "{ty}.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `METH_O`: "str.join() takes exactly one argument (0 given)".
pub fn one<'a>(a: &Args<'a>, ty: &str, name: &str) -> PyResult<&'a Value> {
    no_kw(a, ty, name)?;
    let n = a.npos();
    if n != 1 {
        return Err(type_error(format!(
            "{ty}.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(&a.all[0])
}

/// Clinic positional-only: "center expected at least 1 argument, got 0".
pub fn clinic<'a>(
    a: &Args<'a>,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(a, ty, name)?;
    let n = a.npos();
    if min == max && n != min {
        return Err(type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(a.pos())
}

/// `PyArg_ParseTuple` style: "count() takes at least 1 argument (0 given)".
pub fn old<'a>(
    a: &Args<'a>,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(a, ty, name)?;
    let n = a.npos();
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(a.pos())
}

/// Keyword-capable clinic function: binds `names` (the first `required` are
/// mandatory) with "split() takes at most 2 arguments (3 given)" and
/// "'x' is an invalid keyword argument for split()".
pub fn kw<const N: usize>(
    a: &Args,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let total = a.all.len();
    if total > N {
        return Err(type_error(format!(
            "{name}() takes at most {N} argument{} ({total} given)",
            plural(N)
        )));
    }
    for k in a.kwnames {
        let ks = pystr::as_str(k).unwrap_or("");
        if !names.contains(&ks) {
            return Err(type_error(format!(
                "'{ks}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    a.bind(name, names, required)
}

/// A C `Py_ssize_t` argument: `__index__`, OverflowError "Python int too
/// large to convert to C ssize_t".
pub fn ssize(v: &Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.small_int());
    }
    protocol::index_of(v)?
        .to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument: OverflowError "Python int too large to convert to C int".
pub fn c_int(v: &Value) -> PyResult<i64> {
    let n = protocol::index_of(v)?;
    match n.to_i32() {
        Some(i) => Ok(i64::from(i)),
        None => Err(overflow_error("Python int too large to convert to C int")),
    }
}

/// A `start`/`end` argument of find/count/startswith...: `None` or absent is
/// `None`; big ints clamp (as `_PyEval_SliceIndex`).
pub fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if none::is_none(v) {
        return Ok(None);
    }
    if let Some(i) = int::as_i64(v) {
        return Ok(Some(i));
    }
    if int::is_int(v) || protocol::lookup_special(v, "__index__").is_some() {
        let b = protocol::index_of(v)?;
        return Ok(Some(b.to_i64().unwrap_or(
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            },
        )));
    }
    Err(type_error(
        "slice indices must be integers or None or have an __index__ method",
    ))
}

/// Whether `v` can be a repeat count / index (`int` or has `__index__`).
pub fn is_index(v: &Value) -> bool {
    int::is_int(v) || protocol::lookup_special(v, "__index__").is_some()
}

/// A repeat count (`s * n`): negative is 0; OverflowError "cannot fit 'int'
/// into an index-sized integer" past `i64`.
pub fn repeat_count(v: &Value) -> PyResult<usize> {
    let n = protocol::index_of(v)?;
    match n.to_i64() {
        Some(i) => Ok(i.max(0) as usize),
        None => Err(overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            v.ty().name()
        ))),
    }
}

/// The argument of a dunder wrapper: "expected 1 argument, got 0".
pub fn dunder<'a>(a: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let p = a.pos();
    if p.len() != n + 1 || a.has_kw() {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            a.all.len().saturating_sub(1)
        )));
    }
    Ok(&p[1..])
}

/// Whether a binary dunder should defer to the right operand's reflected
/// method (`NotImplemented`) instead of raising its own TypeError: only when
/// the other operand is an instance of a Python class defining `rname`.
pub fn defer_to(other: &Value, rname: &'static str) -> bool {
    other.ty().is_heap() && protocol::lookup_special(other, rname).is_some()
}

/// The type name Argument Clinic shows for a bad argument: `None` for
/// `None` ("argument must be str, not None"), the type's name otherwise.
pub fn arg_type_name(v: &Value) -> String {
    if none::is_none(v) {
        "None".to_string()
    } else {
        v.ty().name()
    }
}
