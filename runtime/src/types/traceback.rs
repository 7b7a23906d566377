//! Traceback objects (`exc.__traceback__`): a view over the entries an
//! exception collected while unwinding.

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{Layout, TypeObject};
use crate::types::exceptions::TbEntry;
use crate::types::object::OBJECT_TYPE;
use crate::types::{int, none, GetSetDef};

#[repr(C)]
pub struct TracebackObject {
    pub head: ObjHeader,
    pub entries: Vec<TbEntry>,
    pub index: usize,
}
impl Payload for TracebackObject {}
pub static TRACEBACK_LAYOUT: Layout = layout_of::<TracebackObject>(true, None, None);
pub static TRACEBACK_TYPE: TypeObject =
    TypeObject::new_static("traceback", &OBJECT_TYPE, 0, &TRACEBACK_LAYOUT);

/// A traceback object positioned at entry `index`.
pub fn new_traceback(entries: Vec<TbEntry>, index: usize) -> Value {
    alloc_gc(TracebackObject {
        head: ObjHeader::new(&TRACEBACK_TYPE),
        entries,
        index,
    })
}

fn tb(v: &Value) -> PyResult<&TracebackObject> {
    if v.is_exact(&TRACEBACK_TYPE) {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<TracebackObject>() })
    } else {
        Err(type_error("traceback expected"))
    }
}

/// The entries from this traceback object on.
pub fn entries(v: &Value) -> Option<Vec<TbEntry>> {
    tb(v).ok().map(|t| t.entries[t.index..].to_vec())
}

fn get_next(v: &Value) -> PyResult<Value> {
    let t = tb(v)?;
    if t.index + 1 < t.entries.len() {
        Ok(new_traceback(t.entries.clone(), t.index + 1))
    } else {
        Ok(none::none())
    }
}
fn get_lineno(v: &Value) -> PyResult<Value> {
    let t = tb(v)?;
    Ok(int::from_i64(t.entries[t.index].lineno as i64))
}
fn get_lasti(_v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(-1))
}
fn get_frame(v: &Value) -> PyResult<Value> {
    let t = tb(v)?;
    let e = &t.entries[t.index];
    Ok(crate::types::module::new_frame_summary(e))
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "tb_next",
        get: get_next,
        set: None,
    },
    GetSetDef {
        name: "tb_lineno",
        get: get_lineno,
        set: None,
    },
    GetSetDef {
        name: "tb_lasti",
        get: get_lasti,
        set: None,
    },
    GetSetDef {
        name: "tb_frame",
        get: get_frame,
        set: None,
    },
];

pub fn init() {
    crate::types::init_builtin_type(&TRACEBACK_TYPE, &[], GETSETS);
}
