//! `bool`: a subclass of int with exactly two instances.

use crate::alloc::{layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::int::INT_TYPE;
use crate::types::{none, str as pystr, MethodDef};

/// Payload of `True` and `False`; `value` is 0 or 1 so int code can read it.
#[repr(C)]
pub struct BoolObject {
    pub head: ObjHeader,
    pub value: bool,
}
impl Payload for BoolObject {}

pub static BOOL_LAYOUT: Layout = layout_of::<BoolObject>(false, None, None);
pub static BOOL_TYPE: TypeObject =
    TypeObject::new_static("bool", &INT_TYPE, flags::INT_SUBCLASS, &BOOL_LAYOUT);

pub static TRUE: BoolObject = BoolObject {
    head: ObjHeader::immortal(&BOOL_TYPE),
    value: true,
};
pub static FALSE: BoolObject = BoolObject {
    head: ObjHeader::immortal(&BOOL_TYPE),
    value: false,
};

#[inline(always)]
pub fn true_() -> Value {
    Value::from_static(&TRUE.head)
}
#[inline(always)]
pub fn false_() -> Value {
    Value::from_static(&FALSE.head)
}
#[inline(always)]
pub fn new_bool(b: bool) -> Value {
    if b {
        true_()
    } else {
        false_()
    }
}
/// The Rust bool if `v` is `True` or `False`.
#[inline(always)]
pub fn as_bool(v: &Value) -> Option<bool> {
    let r = v.raw();
    if r == &TRUE.head as *const ObjHeader as u64 {
        Some(true)
    } else if r == &FALSE.head as *const ObjHeader as u64 {
        Some(false)
    } else {
        None
    }
}

fn bool_new(a: &Args) -> PyResult<Value> {
    a.no_kw("bool")?;
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    match p.get(1) {
        None => Ok(false_()),
        Some(v) => Ok(new_bool(protocol::truthy(v)?)),
    }
}
fn bool_repr(a: &Args) -> PyResult<Value> {
    Ok(pystr::intern(if as_bool(&a.pos()[0]) == Some(true) {
        "True"
    } else {
        "False"
    }))
}
fn logic(a: &Args, f: fn(bool, bool) -> bool, int_op: crate::protocol::BinOp) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    match (as_bool(&p[0]), as_bool(&p[1])) {
        (Some(x), Some(y)) => Ok(new_bool(f(x, y))),
        _ => {
            if crate::types::int::to_bigint(&p[0]).is_some()
                && crate::types::int::to_bigint(&p[1]).is_some()
            {
                crate::types::int::int_binop_values(&p[0], &p[1], int_op)
            } else {
                Ok(none::not_implemented())
            }
        }
    }
}
fn bool_and(a: &Args) -> PyResult<Value> {
    logic(a, |x, y| x & y, crate::protocol::BinOp::And)
}
fn bool_or(a: &Args) -> PyResult<Value> {
    logic(a, |x, y| x | y, crate::protocol::BinOp::Or)
}
fn bool_xor(a: &Args) -> PyResult<Value> {
    logic(a, |x, y| x ^ y, crate::protocol::BinOp::Xor)
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", bool_new),
    crate::types::method("__repr__", bool_repr),
    crate::types::method("__and__", bool_and),
    crate::types::method("__rand__", bool_and),
    crate::types::method("__or__", bool_or),
    crate::types::method("__ror__", bool_or),
    crate::types::method("__xor__", bool_xor),
    crate::types::method("__rxor__", bool_xor),
];

pub fn init() {
    crate::types::init_builtin_type(&BOOL_TYPE, METHODS, &[]);
}
