//! Cells: the boxes closures share variables through.

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{none, str as pystr, GetSetDef, MethodDef};
use std::cell::RefCell;

#[repr(C)]
pub struct CellObject {
    pub head: ObjHeader,
    pub value: RefCell<Option<Value>>,
}
impl Payload for CellObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.value.try_borrow() {
            if let Some(v) = v.as_ref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let v = self.value.borrow_mut().take();
        drop(v);
    }
}
pub static CELL_LAYOUT: Layout = layout_of::<CellObject>(true, None, None);
pub static CELL_TYPE: TypeObject = TypeObject::new_static("cell", &OBJECT_TYPE, 0, &CELL_LAYOUT);

/// A new cell holding `v` (empty when `None`).
pub fn new_cell(v: Option<Value>) -> Value {
    alloc_gc(CellObject {
        head: ObjHeader::new(&CELL_TYPE),
        value: RefCell::new(v),
    })
}

/// The payload of a cell value.
#[inline]
pub fn downcast(v: &Value) -> Option<&CellObject> {
    if !v.is_small_int() && v.is_exact(&CELL_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { v.payload_unchecked::<CellObject>() })
    } else {
        None
    }
}

/// The contents of cell `c`.
#[inline]
pub fn get(c: &Value) -> Option<Value> {
    downcast(c).and_then(|c| c.value.borrow().clone())
}

/// Sets the contents of cell `c`.
#[inline]
pub fn set(c: &Value, v: Option<Value>) {
    if let Some(c) = downcast(c) {
        let old = std::mem::replace(&mut *c.value.borrow_mut(), v);
        drop(old);
    }
}

fn cell_contents(v: &Value) -> PyResult<Value> {
    get(v).ok_or_else(|| {
        crate::err::PyErr::new(&crate::types::exceptions::VALUE_ERROR, "Cell is empty")
    })
}
fn set_contents(v: &Value, val: Option<Value>) -> PyResult<()> {
    set(v, val);
    Ok(())
}
fn cell_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let s = match get(v) {
        None => format!("<cell at {:#x}: empty>", v.raw()),
        Some(x) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            v.raw(),
            x.ty().name(),
            x.raw()
        ),
    };
    Ok(pystr::from_string(s))
}
fn cell_new(a: &Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error("cell expected at most 1 argument"));
    }
    Ok(new_cell(p.get(1).cloned()))
}

static METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", cell_repr),
    crate::types::staticmethod("__new__", cell_new),
];
static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "cell_contents",
    get: cell_contents,
    set: Some(set_contents),
}];

pub fn init() {
    crate::types::init_builtin_type(&CELL_TYPE, METHODS, GETSETS);
    let _ = none::none;
}
