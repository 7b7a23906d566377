//! The singletons `None`, `NotImplemented` and `Ellipsis`.

use crate::alloc::{layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{str as pystr, MethodDef};

/// Payload of a singleton.
#[repr(C)]
pub struct Singleton {
    pub head: ObjHeader,
}
impl Payload for Singleton {}

pub static SINGLETON_LAYOUT: Layout = layout_of::<Singleton>(false, None, None);
pub static NONE_TYPE: TypeObject =
    TypeObject::new_static("NoneType", &OBJECT_TYPE, 0, &SINGLETON_LAYOUT);
pub static NOT_IMPLEMENTED_TYPE: TypeObject =
    TypeObject::new_static("NotImplementedType", &OBJECT_TYPE, 0, &SINGLETON_LAYOUT);
pub static ELLIPSIS_TYPE: TypeObject =
    TypeObject::new_static("ellipsis", &OBJECT_TYPE, 0, &SINGLETON_LAYOUT);

pub static NONE: Singleton = Singleton {
    head: ObjHeader::immortal(&NONE_TYPE),
};
pub static NOT_IMPLEMENTED: Singleton = Singleton {
    head: ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE),
};
pub static ELLIPSIS: Singleton = Singleton {
    head: ObjHeader::immortal(&ELLIPSIS_TYPE),
};

/// `None`.
#[inline(always)]
pub fn none() -> Value {
    Value::from_static(&NONE.head)
}
/// `NotImplemented`.
#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_static(&NOT_IMPLEMENTED.head)
}
/// `Ellipsis`.
pub fn ellipsis() -> Value {
    Value::from_static(&ELLIPSIS.head)
}
#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.raw() == &NONE.head as *const ObjHeader as u64
}
#[inline(always)]
pub fn is_not_implemented(v: &Value) -> bool {
    v.raw() == &NOT_IMPLEMENTED.head as *const ObjHeader as u64
}

fn none_repr(_a: &Args) -> PyResult<Value> {
    Ok(pystr::intern("None"))
}
fn ni_repr(_a: &Args) -> PyResult<Value> {
    Ok(pystr::intern("NotImplemented"))
}
fn ellipsis_repr(_a: &Args) -> PyResult<Value> {
    Ok(pystr::intern("Ellipsis"))
}
fn none_bool(_a: &Args) -> PyResult<Value> {
    Ok(crate::types::bool_::false_())
}
fn ni_bool(_a: &Args) -> PyResult<Value> {
    // 3.11 warns (DeprecationWarning) and returns True.
    Ok(crate::types::bool_::true_())
}
fn none_new(a: &Args) -> PyResult<Value> {
    if a.all.len() > 1 {
        return Err(type_error("NoneType takes no arguments"));
    }
    Ok(none())
}
fn ni_new(_a: &Args) -> PyResult<Value> {
    Ok(not_implemented())
}
fn ellipsis_new(_a: &Args) -> PyResult<Value> {
    Ok(ellipsis())
}

static NONE_METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", none_repr),
    crate::types::method("__bool__", none_bool),
    crate::types::staticmethod("__new__", none_new),
];
static NI_METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", ni_repr),
    crate::types::method("__bool__", ni_bool),
    crate::types::staticmethod("__new__", ni_new),
];
static ELLIPSIS_METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", ellipsis_repr),
    crate::types::staticmethod("__new__", ellipsis_new),
];

pub fn init() {
    crate::types::init_builtin_type(&NONE_TYPE, NONE_METHODS, &[]);
    crate::types::init_builtin_type(&NOT_IMPLEMENTED_TYPE, NI_METHODS, &[]);
    crate::types::init_builtin_type(&ELLIPSIS_TYPE, ELLIPSIS_METHODS, &[]);
}
