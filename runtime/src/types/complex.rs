//! `complex` (stub: the full type is being written).

use crate::alloc::{alloc_plain, layout_of, Payload};
use crate::err::PyResult;
use crate::object::{ObjHeader, Value};
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;

#[repr(C)]
pub struct ComplexObject {
    pub head: ObjHeader,
    pub re: f64,
    pub im: f64,
}
impl Payload for ComplexObject {}

pub static COMPLEX_LAYOUT: Layout = layout_of::<ComplexObject>(false, None, None);
pub static COMPLEX_TYPE: TypeObject = TypeObject::new_static("complex", &OBJECT_TYPE, flags::BASETYPE, &COMPLEX_LAYOUT);

/// A new complex.
pub fn new_complex(re: f64, im: f64) -> Value {
    alloc_plain(ComplexObject { head: ObjHeader::new(&COMPLEX_TYPE), re, im })
}

/// `(a+bj) ** (c+dj)`.
pub fn complex_pow_values(a: f64, b: f64, c: f64, d: f64) -> PyResult<Value> {
    let (r, th) = ((a * a + b * b).sqrt(), b.atan2(a));
    let lr = r.ln();
    let mag = (c * lr - d * th).exp();
    let ang = d * lr + c * th;
    Ok(new_complex(mag * ang.cos(), mag * ang.sin()))
}

pub fn init() {
    crate::types::init_builtin_type(&COMPLEX_TYPE, &[], &[]);
}
