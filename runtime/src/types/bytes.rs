//! `bytes` and `bytearray` (stub: the full types are being written).

use crate::alloc::{alloc_gc, alloc_plain, layout_of, Payload};
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use std::cell::RefCell;

#[repr(C)]
pub struct BytesObject {
    pub head: ObjHeader,
    pub hash: std::cell::Cell<i64>,
    pub data: Box<[u8]>,
}
impl Payload for BytesObject {}

#[repr(C)]
pub struct ByteArrayObject {
    pub head: ObjHeader,
    pub data: RefCell<Vec<u8>>,
}
impl Payload for ByteArrayObject {}

pub static BYTES_LAYOUT: Layout = layout_of::<BytesObject>(false, None, None);
pub static BYTES_TYPE: TypeObject =
    TypeObject::new_static("bytes", &OBJECT_TYPE, flags::BASETYPE | flags::BYTES_SUBCLASS, &BYTES_LAYOUT);
pub static BYTEARRAY_LAYOUT: Layout = layout_of::<ByteArrayObject>(true, None, None);
pub static BYTEARRAY_TYPE: TypeObject =
    TypeObject::new_static("bytearray", &OBJECT_TYPE, flags::BASETYPE, &BYTEARRAY_LAYOUT);

/// A new bytes object.
pub fn new_bytes(data: Vec<u8>) -> Value {
    alloc_plain(BytesObject { head: ObjHeader::new(&BYTES_TYPE), hash: std::cell::Cell::new(-1), data: data.into_boxed_slice() })
}

/// A new bytearray.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    alloc_gc(ByteArrayObject { head: ObjHeader::new(&BYTEARRAY_TYPE), data: RefCell::new(data) })
}

/// Whether `v` supports the buffer protocol (bytes, bytearray).
pub fn is_bytes_like(v: &Value) -> bool {
    !v.is_small_int() && (v.ty().has_flag(flags::BYTES_SUBCLASS) || v.ty().is_subtype(&BYTEARRAY_TYPE))
}

/// The bytes of a bytes-like object.
pub fn bytes_from_object(v: &Value) -> PyResult<Vec<u8>> {
    if !v.is_small_int() && v.ty().has_flag(flags::BYTES_SUBCLASS) {
        // SAFETY: bytes subclasses start with a BytesObject.
        return Ok(unsafe { v.payload_unchecked::<BytesObject>() }.data.to_vec());
    }
    if !v.is_small_int() && v.ty().is_subtype(&BYTEARRAY_TYPE) {
        // SAFETY: bytearray subclasses start with a ByteArrayObject.
        return Ok(unsafe { v.payload_unchecked::<ByteArrayObject>() }.data.borrow().clone());
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

pub fn init() {
    crate::types::init_builtin_type(&BYTES_TYPE, &[], &[]);
    crate::types::init_builtin_type(&BYTEARRAY_TYPE, &[], &[]);
}
