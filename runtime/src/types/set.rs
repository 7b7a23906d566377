//! `set` and `frozenset` (stub: the full types are being written).

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::err::PyResult;
use crate::object::{ObjHeader, Value};
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use std::cell::RefCell;

#[repr(C)]
pub struct SetObject {
    pub head: ObjHeader,
    pub items: RefCell<Vec<Value>>,
}
impl Payload for SetObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.items.try_borrow() {
            v.iter().for_each(|x| visit(x));
        }
    }
}

pub static SET_LAYOUT: Layout = layout_of::<SetObject>(true, None, None);
pub static SET_TYPE: TypeObject = TypeObject::new_static("set", &OBJECT_TYPE, flags::BASETYPE, &SET_LAYOUT);
pub static FROZENSET_TYPE: TypeObject = TypeObject::new_static("frozenset", &OBJECT_TYPE, flags::BASETYPE, &SET_LAYOUT);

/// A new set of `items`.
pub fn new_set(items: Vec<Value>) -> PyResult<Value> {
    let s = alloc_gc(SetObject { head: ObjHeader::new(&SET_TYPE), items: RefCell::new(Vec::new()) });
    for x in items {
        add(&s, x)?;
    }
    Ok(s)
}

/// A new frozenset of `items`.
pub fn new_frozenset(items: Vec<Value>) -> PyResult<Value> {
    let s = alloc_gc(SetObject { head: ObjHeader::new(&FROZENSET_TYPE), items: RefCell::new(Vec::new()) });
    for x in items {
        add(&s, x)?;
    }
    Ok(s)
}

/// `s.add(x)`.
pub fn add(s: &Value, x: Value) -> PyResult<()> {
    // SAFETY: callers pass sets.
    let so = unsafe { s.payload_unchecked::<SetObject>() };
    crate::protocol::hash(&x)?;
    for y in so.items.borrow().clone() {
        if crate::protocol::eq(&y, &x)? {
            return Ok(());
        }
    }
    so.items.borrow_mut().push(x);
    Ok(())
}

pub fn init() {
    crate::types::init_builtin_type(&SET_TYPE, &[], &[]);
    crate::types::init_builtin_type(&FROZENSET_TYPE, &[], &[]);
}
