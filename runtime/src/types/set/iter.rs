//! `set_iterator`: walks the table's slots in order. Like CPython's it
//! remembers the set's length when created and raises "Set changed size
//! during iteration" (stickily) if the length differs at a later step.

use super::{downcast, SetObject};
use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{runtime_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{int, list, tuple, MethodDef};
use std::cell::{Cell, RefCell};

/// The payload of a `set_iterator`.
#[repr(C)]
pub struct SetIter {
    pub head: ObjHeader,
    /// The set; `None` once exhausted.
    set: RefCell<Option<Value>>,
    /// The set's length when the iterator was made (-1 after a size error).
    si_used: Cell<isize>,
    /// Next slot to inspect.
    pos: Cell<usize>,
    /// Elements left, for `__length_hint__`.
    len: Cell<usize>,
}

impl Payload for SetIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.set.try_borrow() {
            if let Some(s) = s.as_ref() {
                visit(s);
            }
        }
    }
    fn clear(&self) {
        let s = self.set.borrow_mut().take();
        drop(s);
    }
}

/// Layout of `set_iterator` objects.
pub static SET_ITER_LAYOUT: Layout = layout_of::<SetIter>(true, None, None);
/// The `set_iterator` type.
pub static SET_ITER_TYPE: TypeObject =
    TypeObject::new_static("set_iterator", &OBJECT_TYPE, 0, &SET_ITER_LAYOUT);

/// `iter(s)` for a set or frozenset.
pub(super) fn new_set_iter(s: &Value, so: &SetObject) -> Value {
    let n = so.len();
    alloc_gc(SetIter {
        head: ObjHeader::new(&SET_ITER_TYPE),
        set: RefCell::new(Some(s.clone())),
        si_used: Cell::new(n as isize),
        pos: Cell::new(0),
        len: Cell::new(n),
    })
}

fn payload(it: &Value) -> &SetIter {
    // SAFETY: only called from slots and methods of SET_ITER_TYPE, whose
    // instances are SetIter objects.
    unsafe { it.payload_unchecked::<SetIter>() }
}

/// One step from `pos` without touching the iterator's state: the next key
/// and the position after it, or `None` at the end.
fn step(si: &SetIter, so: &SetObject, pos: usize) -> PyResult<Option<(Value, usize)>> {
    if si.si_used.get() != so.len() as isize {
        return Err(runtime_error("Set changed size during iteration"));
    }
    let t = so.table.borrow();
    Ok(t.next_active(pos)
        .and_then(|i| t.entries[i].key.clone().map(|k| (k, i + 1))))
}

fn set_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let si = payload(it);
    let Some(s) = si.set.borrow().clone() else {
        return Ok(None);
    };
    let Some(so) = downcast(&s) else {
        return Ok(None);
    };
    match step(si, so, si.pos.get()) {
        Err(e) => {
            si.si_used.set(-1);
            Err(e)
        }
        Ok(Some((k, next))) => {
            si.pos.set(next);
            si.len.set(si.len.get().saturating_sub(1));
            Ok(Some(k))
        }
        Ok(None) => {
            si.pos.set(so.table.borrow().entries.len() + 1);
            let old = si.set.borrow_mut().take();
            drop(old);
            Ok(None)
        }
    }
}

fn it_length_hint(a: &Args) -> PyResult<Value> {
    let si = payload(&a.pos()[0]);
    let s = si.set.borrow().clone();
    let n = match s.as_ref().and_then(downcast) {
        Some(so) if si.si_used.get() == so.len() as isize => si.len.get(),
        _ => 0,
    };
    Ok(int::from_i64(n as i64))
}

fn it_reduce(a: &Args) -> PyResult<Value> {
    let si = payload(&a.pos()[0]);
    let mut rest = Vec::new();
    let s = si.set.borrow().clone();
    if let Some(so) = s.as_ref().and_then(downcast) {
        let mut pos = si.pos.get();
        while let Some((k, next)) = step(si, so, pos)? {
            rest.push(k);
            pos = next;
        }
    }
    let iter_fn = crate::protocol::getattr_str(&crate::builtins::builtins_module(), "iter")?;
    Ok(tuple::new_tuple(vec![
        iter_fn,
        tuple::new_tuple(vec![list::new_list(rest)]),
    ]))
}

static METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", crate::types::iter::iter_self),
    crate::types::method("__next__", crate::types::iter::iter_next_method),
    crate::types::method("__length_hint__", it_length_hint),
    crate::types::method("__reduce__", it_reduce),
];

pub(super) fn init() {
    SET_ITER_TYPE.iternext.set(Some(set_iter_next));
    crate::types::init_builtin_type(&SET_ITER_TYPE, METHODS, &[]);
}
