//! Iterators: over lists and tuples (indexed), over any `__getitem__`
//! sequence, reversed sequences, `iter(callable, sentinel)`, and the
//! built-in iterator types `enumerate`, `zip`, `map`, `filter`, `reversed`.

use crate::alloc::{alloc_gc, alloc_instance, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, IterNextFn, Layout, TypeObject};
use crate::types::exceptions as exc;
use crate::types::object::OBJECT_TYPE;
use crate::types::{int, list, none, tuple, MethodDef};
use std::cell::{Cell, RefCell};

/// Iterator state over an indexable sequence.
#[repr(C)]
pub struct SeqIter {
    pub head: ObjHeader,
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<usize>,
}
impl Payload for SeqIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.seq.try_borrow() {
            if let Some(s) = s.as_ref() {
                visit(s);
            }
        }
    }
    fn clear(&self) {
        let s = self.seq.borrow_mut().take();
        drop(s);
    }
}

pub static SEQ_ITER_LAYOUT: Layout = layout_of::<SeqIter>(true, None, None);
pub static LIST_ITER_TYPE: TypeObject =
    TypeObject::new_static("list_iterator", &OBJECT_TYPE, 0, &SEQ_ITER_LAYOUT);
pub static TUPLE_ITER_TYPE: TypeObject =
    TypeObject::new_static("tuple_iterator", &OBJECT_TYPE, 0, &SEQ_ITER_LAYOUT);
pub static SEQ_ITER_TYPE: TypeObject =
    TypeObject::new_static("iterator", &OBJECT_TYPE, 0, &SEQ_ITER_LAYOUT);
pub static REVERSED_ITER_TYPE: TypeObject =
    TypeObject::new_static("list_reverseiterator", &OBJECT_TYPE, 0, &SEQ_ITER_LAYOUT);

fn seq_iter_of(ty: &TypeObject, seq: Value, index: usize) -> Value {
    alloc_gc(SeqIter {
        head: ObjHeader::new(ty),
        seq: RefCell::new(Some(seq)),
        index: Cell::new(index),
    })
}

/// `iter(list)` / `iter(tuple)`.
pub fn new_seq_iter_fast(seq: Value) -> Value {
    if tuple::downcast(&seq).is_some() {
        seq_iter_of(&TUPLE_ITER_TYPE, seq, 0)
    } else {
        seq_iter_of(&LIST_ITER_TYPE, seq, 0)
    }
}

/// An iterator over an object with `__getitem__`.
pub fn new_seq_iter(seq: Value) -> Value {
    seq_iter_of(&SEQ_ITER_TYPE, seq, 0)
}

/// `reversed(seq)` over a sequence of `len` items.
pub fn new_reversed_seq(seq: Value, len: usize) -> Value {
    seq_iter_of(&REVERSED_ITER_TYPE, seq, len)
}

fn si(v: &Value) -> &SeqIter {
    // SAFETY: only called from slots of the SeqIter types.
    unsafe { v.payload_unchecked::<SeqIter>() }
}

/// One step of an indexed iterator: `get(seq, i)` fetches item `i`; at the
/// end the sequence is released so the iterator stays exhausted.
fn indexed_next(it: &Value, get: fn(&Value, usize) -> Option<Value>) -> PyResult<Option<Value>> {
    let s = si(it);
    let item = {
        let seq = s.seq.borrow();
        let Some(q) = seq.as_ref() else {
            return Ok(None);
        };
        get(q, s.index.get())
    };
    match item {
        Some(x) => {
            s.index.set(s.index.get() + 1);
            Ok(Some(x))
        }
        None => {
            let old = s.seq.borrow_mut().take();
            drop(old);
            Ok(None)
        }
    }
}

/// FOR_ITER_LIST's step, inlined into the eval loop: the next item of
/// list iterator `it`, or None when the full `iternext` must run (the list
/// is exhausted, or its items are borrowed).
#[inline(always)]
pub fn list_iter_next_fast(it: &Value) -> Option<Value> {
    let s = si(it);
    // SAFETY: the cells are only borrowed mutably inside runtime calls,
    // none of which is running while the eval loop steps an iterator; the
    // references end before anything else runs (cloning runs no Python).
    let seq = unsafe { s.seq.try_borrow_unguarded() }.ok()?.as_ref()?;
    let l = list::downcast(seq)?;
    // SAFETY: as above.
    let items = unsafe { l.items.try_borrow_unguarded() }.ok()?;
    let i = s.index.get();
    let x = items.get(i)?.clone();
    s.index.set(i + 1);
    Some(x)
}

fn list_iter_next(it: &Value) -> PyResult<Option<Value>> {
    indexed_next(it, |l, i| {
        list::downcast(l).and_then(|l| l.items.borrow().get(i).cloned())
    })
}

fn tuple_iter_next(it: &Value) -> PyResult<Option<Value>> {
    indexed_next(it, |t, i| tuple::items(t).get(i).cloned())
}

fn getitem_iter_next(it: &Value) -> PyResult<Option<Value>> {
    let s = si(it);
    let Some(seq) = s.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = s.index.get();
    match protocol::getitem(&seq, &int::from_i64(i as i64)) {
        Ok(x) => {
            s.index.set(i + 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(&exc::INDEX_ERROR) || e.matches(&exc::STOP_ITERATION) => {
            *s.seq.borrow_mut() = None;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn reversed_next(it: &Value) -> PyResult<Option<Value>> {
    let s = si(it);
    let Some(seq) = s.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = s.index.get();
    if i == 0 {
        *s.seq.borrow_mut() = None;
        return Ok(None);
    }
    let item = if let Some(l) = list::downcast(&seq) {
        l.items.borrow().get(i - 1).cloned()
    } else if let Some(t) = tuple::downcast(&seq) {
        t.items.get(i - 1).cloned()
    } else {
        match protocol::getitem(&seq, &int::from_i64(i as i64 - 1)) {
            Ok(x) => Some(x),
            Err(e) if e.matches(&exc::INDEX_ERROR) || e.matches(&exc::STOP_ITERATION) => None,
            Err(e) => return Err(e),
        }
    };
    match item {
        Some(x) => {
            s.index.set(i - 1);
            Ok(Some(x))
        }
        None => {
            *s.seq.borrow_mut() = None;
            Ok(None)
        }
    }
}

fn seq_len_hint(a: &Args) -> PyResult<Value> {
    let it = &a.pos()[0];
    let s = si(it);
    let seq = s.seq.borrow().clone();
    let n = match seq {
        None => 0,
        Some(q) => {
            let len = protocol::len(&q).unwrap_or(0);
            if it.is_exact(&REVERSED_ITER_TYPE) {
                s.index.get().min(len)
            } else {
                len.saturating_sub(s.index.get())
            }
        }
    };
    Ok(int::from_i64(n as i64))
}

/// `__iter__` returning self (every iterator type).
pub fn iter_self(a: &Args) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

/// `__next__` through the native iternext slot.
pub fn iter_next_method(a: &Args) -> PyResult<Value> {
    let it = &a.pos()[0];
    let f = it
        .ty()
        .iternext
        .get()
        .ok_or_else(|| type_error("not an iterator"))?;
    match f(it)? {
        Some(v) => Ok(v),
        None => Err(crate::err::stop_iteration(None)),
    }
}

static SEQ_ITER_METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
    crate::types::method("__length_hint__", seq_len_hint),
];
static ITER_METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];

// ---------------------------------------------------------------- callable iterator

#[repr(C)]
pub struct CallableIter {
    pub head: ObjHeader,
    pub func: RefCell<Option<Value>>,
    pub sentinel: Value,
}
impl Payload for CallableIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.func.try_borrow() {
            if let Some(f) = f.as_ref() {
                visit(f);
            }
        }
        visit(&self.sentinel);
    }
    fn clear(&self) {
        let f = self.func.borrow_mut().take();
        drop(f);
    }
}
pub static CALLABLE_ITER_LAYOUT: Layout = layout_of::<CallableIter>(true, None, None);
pub static CALLABLE_ITER_TYPE: TypeObject =
    TypeObject::new_static("callable_iterator", &OBJECT_TYPE, 0, &CALLABLE_ITER_LAYOUT);

/// `iter(func, sentinel)`.
pub fn new_callable_iter(func: Value, sentinel: Value) -> Value {
    alloc_gc(CallableIter {
        head: ObjHeader::new(&CALLABLE_ITER_TYPE),
        func: RefCell::new(Some(func)),
        sentinel,
    })
}

fn callable_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: slot only on CallableIter.
    let c = unsafe { it.payload_unchecked::<CallableIter>() };
    let Some(f) = c.func.borrow().clone() else {
        return Ok(None);
    };
    let v = match protocol::call_pos(&f, &[]) {
        Ok(v) => v,
        Err(e) if e.matches(&exc::STOP_ITERATION) => {
            *c.func.borrow_mut() = None;
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if protocol::eq(&v, &c.sentinel)? {
        *c.func.borrow_mut() = None;
        return Ok(None);
    }
    Ok(Some(v))
}

// ---------------------------------------------------------------- enumerate, zip, map, filter, reversed

/// State of the built-in iterator types (subclassable).
#[repr(C)]
pub struct AdapterIter {
    pub head: ObjHeader,
    pub iters: RefCell<Vec<Value>>,
    pub func: RefCell<Option<Value>>,
    pub count: RefCell<Value>,
    pub flag: Cell<bool>,
    /// enumerate and zip: the last result tuple, refilled for the next item
    /// when its consumer has let go of it (see `tuple::refill_or_new`).
    pub result: RefCell<Option<Value>>,
}
impl Payload for AdapterIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.iters.try_borrow() {
            for x in v.iter() {
                visit(x);
            }
        }
        if let Ok(f) = self.func.try_borrow() {
            if let Some(f) = f.as_ref() {
                visit(f);
            }
        }
        if let Ok(r) = self.result.try_borrow() {
            if let Some(r) = r.as_ref() {
                visit(r);
            }
        }
    }
    fn clear(&self) {
        let v = std::mem::take(&mut *self.iters.borrow_mut());
        drop(v);
        let f = self.func.borrow_mut().take();
        drop(f);
        let r = self.result.borrow_mut().take();
        drop(r);
    }
}
pub static ADAPTER_SUB_LAYOUT: Layout = sub_layout_of::<AdapterIter>(None);
pub static ADAPTER_LAYOUT: Layout = layout_of::<AdapterIter>(true, None, Some(&ADAPTER_SUB_LAYOUT));
pub static ENUMERATE_TYPE: TypeObject =
    TypeObject::new_static("enumerate", &OBJECT_TYPE, flags::BASETYPE, &ADAPTER_LAYOUT);
pub static ZIP_TYPE: TypeObject =
    TypeObject::new_static("zip", &OBJECT_TYPE, flags::BASETYPE, &ADAPTER_LAYOUT);
pub static MAP_TYPE: TypeObject =
    TypeObject::new_static("map", &OBJECT_TYPE, flags::BASETYPE, &ADAPTER_LAYOUT);
pub static FILTER_TYPE: TypeObject =
    TypeObject::new_static("filter", &OBJECT_TYPE, flags::BASETYPE, &ADAPTER_LAYOUT);
pub static REVERSED_TYPE: TypeObject =
    TypeObject::new_static("reversed", &OBJECT_TYPE, flags::BASETYPE, &ADAPTER_LAYOUT);

fn new_adapter(
    ty: &TypeObject,
    iters: Vec<Value>,
    func: Option<Value>,
    count: Value,
    flag: bool,
) -> Value {
    let a = AdapterIter {
        head: ObjHeader::new(ty),
        iters: RefCell::new(iters),
        func: RefCell::new(func),
        count: RefCell::new(count),
        flag: Cell::new(flag),
        result: RefCell::new(None),
    };
    if ty.is_heap() {
        alloc_instance(a, ty)
    } else {
        alloc_gc(a)
    }
}

fn ad(v: &Value) -> &AdapterIter {
    // SAFETY: only called from slots of adapter types (or their subclasses).
    unsafe { v.payload_unchecked::<AdapterIter>() }
}

fn cls_of<'a>(a: &Args<'a>) -> PyResult<&'a TypeObject> {
    downcast_type(&a.pos()[0]).ok_or_else(|| type_error("__new__ needs a type"))
}

fn enumerate_new(a: &Args) -> PyResult<Value> {
    let t = cls_of(a)?;
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [iterable, start] = rest.bind("enumerate", ["iterable", "start"], 1)?;
    let start = match start {
        Some(s) => {
            if !int::is_int(&s) {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.ty().name()
                )));
            }
            s
        }
        None => int::from_i64(0),
    };
    let it = protocol::iter(&iterable.unwrap())?;
    Ok(new_adapter(t, vec![it], None, start, false))
}

fn enumerate_next(it: &Value) -> PyResult<Option<Value>> {
    let s = ad(it);
    let inner = s.iters.borrow()[0].clone();
    match protocol::next(&inner)? {
        Some(x) => {
            let n = s.count.borrow().clone();
            let next = match n.is_small_int().then(|| n.small_int()) {
                Some(i) if i < crate::object::SMALL_INT_MAX => Value::small_int_unchecked(i + 1),
                _ => protocol::binary_op(&n, &int::from_i64(1), protocol::BinOp::Add)?,
            };
            *s.count.borrow_mut() = next;
            Ok(Some(tuple::refill_or_new(&s.result, [n, x])))
        }
        None => Ok(None),
    }
}

fn zip_new(a: &Args) -> PyResult<Value> {
    let t = cls_of(a)?;
    let strict = match a.kw("strict") {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    for k in a.kwnames {
        if crate::types::str::as_str(k) != Some("strict") {
            return Err(type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                crate::types::str::as_str(k).unwrap_or("?")
            )));
        }
    }
    let mut iters = Vec::new();
    for (i, v) in a.pos()[1..].iter().enumerate() {
        iters.push(protocol::iter(v).map_err(|e| {
            if e.matches(&exc::TYPE_ERROR) {
                type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(new_adapter(t, iters, None, none::none(), strict))
}

fn zip_next(it: &Value) -> PyResult<Option<Value>> {
    let s = ad(it);
    // The common zip of two, not strict: no vectors.
    let two = {
        let v = s.iters.borrow();
        (v.len() == 2 && !s.flag.get()).then(|| (v[0].clone(), v[1].clone()))
    };
    if let Some((a, b)) = two {
        let Some(x) = protocol::next(&a)? else {
            return Ok(None);
        };
        let Some(y) = protocol::next(&b)? else {
            return Ok(None);
        };
        return Ok(Some(tuple::refill_or_new(&s.result, [x, y])));
    }
    let iters = s.iters.borrow().clone();
    if iters.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(iters.len());
    for (i, x) in iters.iter().enumerate() {
        match protocol::next(x)? {
            Some(v) => out.push(v),
            None => {
                if s.flag.get() {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{i}",
                            i + 1
                        )));
                    }
                    for (j, y) in iters.iter().enumerate().skip(1) {
                        if protocol::next(y)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{plural}{j}",
                                j + 1
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(match <[Value; 2]>::try_from(out) {
        Ok(pair) => tuple::refill_or_new(&s.result, pair),
        Err(out) => tuple::new_tuple(out),
    }))
}

fn map_new(a: &Args) -> PyResult<Value> {
    let t = cls_of(a)?;
    a.no_kw("map")?;
    let p = &a.pos()[1..];
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let iters = p[1..]
        .iter()
        .map(protocol::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_adapter(
        t,
        iters,
        Some(p[0].clone()),
        none::none(),
        false,
    ))
}

fn map_next(it: &Value) -> PyResult<Option<Value>> {
    let s = ad(it);
    let iters = s.iters.borrow().clone();
    let mut args = Vec::with_capacity(iters.len());
    for x in &iters {
        match protocol::next(x)? {
            Some(v) => args.push(v),
            None => return Ok(None),
        }
    }
    let f = s.func.borrow().clone().expect("map function");
    protocol::call_pos(&f, &args).map(Some)
}

fn filter_new(a: &Args) -> PyResult<Value> {
    let t = cls_of(a)?;
    a.no_kw("filter")?;
    let p = &a.pos()[1..];
    if p.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            p.len()
        )));
    }
    let it = protocol::iter(&p[1])?;
    Ok(new_adapter(
        t,
        vec![it],
        Some(p[0].clone()),
        none::none(),
        false,
    ))
}

fn filter_next(it: &Value) -> PyResult<Option<Value>> {
    let s = ad(it);
    let inner = s.iters.borrow()[0].clone();
    let f = s.func.borrow().clone().expect("filter function");
    while let Some(x) = protocol::next(&inner)? {
        let keep = if none::is_none(&f) {
            protocol::truthy(&x)?
        } else {
            protocol::truthy(&protocol::call_pos(&f, std::slice::from_ref(&x))?)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

fn reversed_new(a: &Args) -> PyResult<Value> {
    let t = cls_of(a)?;
    a.no_kw("reversed")?;
    let p = &a.pos()[1..];
    if p.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            p.len()
        )));
    }
    let seq = &p[0];
    if std::ptr::eq(t, &REVERSED_TYPE) {
        if let Some(r) = protocol::call_special(seq, "__reversed__", &[]) {
            return r;
        }
    }
    if protocol::lookup_special(seq, "__getitem__").is_none()
        || protocol::lookup_special(seq, "__len__").is_none()
    {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            seq.ty().name()
        )));
    }
    let n = protocol::len(seq)?;
    Ok(new_adapter(
        t,
        vec![new_reversed_seq(seq.clone(), n)],
        None,
        none::none(),
        false,
    ))
}

fn reversed_adapter_next(it: &Value) -> PyResult<Option<Value>> {
    let inner = ad(it).iters.borrow()[0].clone();
    protocol::next(&inner)
}

fn init_iter_type(t: &'static TypeObject, next: IterNextFn, methods: &'static [MethodDef]) {
    t.iternext.set(Some(next));
    crate::types::init_builtin_type(t, methods, &[]);
}

static ENUMERATE_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", enumerate_new),
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];
static ZIP_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", zip_new),
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];
static MAP_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", map_new),
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];
static FILTER_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", filter_new),
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];
static REVERSED_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", reversed_new),
    crate::types::method("__iter__", iter_self),
    crate::types::method("__next__", iter_next_method),
];

pub fn init() {
    init_iter_type(&LIST_ITER_TYPE, list_iter_next, SEQ_ITER_METHODS);
    init_iter_type(&TUPLE_ITER_TYPE, tuple_iter_next, SEQ_ITER_METHODS);
    init_iter_type(&SEQ_ITER_TYPE, getitem_iter_next, SEQ_ITER_METHODS);
    init_iter_type(&REVERSED_ITER_TYPE, reversed_next, SEQ_ITER_METHODS);
    init_iter_type(&CALLABLE_ITER_TYPE, callable_next, ITER_METHODS);
    init_iter_type(&ENUMERATE_TYPE, enumerate_next, ENUMERATE_METHODS);
    init_iter_type(&ZIP_TYPE, zip_next, ZIP_METHODS);
    init_iter_type(&MAP_TYPE, map_next, MAP_METHODS);
    init_iter_type(&FILTER_TYPE, filter_next, FILTER_METHODS);
    init_iter_type(&REVERSED_TYPE, reversed_adapter_next, REVERSED_METHODS);
}
