//! `tuple`: an immutable sequence of values.

use crate::alloc::{
    alloc_gc_with_tail, alloc_instance, dealloc_gc_with_tail, layout_of, sub_layout_of, track_new,
    Payload,
};
use crate::args::Args;
use crate::err::{index_error, type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, int, none, slice, str as pystr, MethodDef};
use std::cell::RefCell;

#[repr(C)]
pub struct TupleObject {
    pub head: ObjHeader,
    /// The last field: an exact tuple's items follow it in memory.
    pub items: Items,
}

/// A tuple's items: a pointer and a length, used as a `[Value]`. An exact
/// tuple keeps them in its own allocation, right after the object (one
/// allocation per tuple, as in CPython); an instance of a subclass, whose
/// attribute storage follows the object, in a boxed slice of their own.
pub struct Items {
    ptr: std::ptr::NonNull<Value>,
    len: usize,
}

impl Items {
    /// Items in a boxed slice of their own.
    fn boxed(items: Vec<Value>) -> Items {
        let len = items.len();
        let b = Box::into_raw(items.into_boxed_slice()) as *mut Value;
        Items {
            ptr: std::ptr::NonNull::new(b).expect("boxed slice pointer"),
            len,
        }
    }

    /// Where the items of an exact tuple start: right after this field,
    /// the last of the object.
    fn tail(&self) -> *mut Value {
        // SAFETY: one past this field, inside or at the end of the object's
        // allocation; only compared or, for exact tuples, used in bounds.
        unsafe { (self as *const Items).add(1) as *mut Value }
    }
}

impl std::ops::Deref for Items {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        // SAFETY: `ptr` points to `len` initialized values this owns.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl std::ops::DerefMut for Items {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as `deref`, exclusively borrowed.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Items {
    fn drop(&mut self) {
        let items = std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len);
        // SAFETY: this owns the items; the boxed ones came from
        // `Box::into_raw` in `boxed`, the inline ones are freed with the
        // object (dealloc_gc_with_tail).
        unsafe {
            if std::ptr::eq(self.ptr.as_ptr(), self.tail()) {
                std::ptr::drop_in_place(items);
            } else {
                drop(Box::from_raw(items));
            }
        }
    }
}

/// Frees an exact tuple and its inline items.
unsafe fn tuple_dealloc(p: *mut ObjHeader) {
    // SAFETY: p is an exact tuple (this layout's) with a zero count.
    unsafe {
        let n = (*(p as *const TupleObject)).items.len;
        dealloc_gc_with_tail::<TupleObject>(p, n * std::mem::size_of::<Value>());
    }
}

/// A new exact tuple of `items`, in one allocation.
fn alloc_exact(mut items: Vec<Value>) -> Value {
    let n = items.len();
    // SAFETY: the n values move out of `items` (whose length is cleared so
    // it drops none of them).
    unsafe {
        let t = alloc_filled(n, |dst| {
            std::ptr::copy_nonoverlapping(items.as_ptr(), dst, n)
        });
        items.set_len(0);
        t
    }
}

/// A new exact tuple (not the shared empty one) of `n` items that `fill`
/// writes to the storage it is given.
///
/// # Safety
/// `fill` must write `n` valid values, each an owned reference.
unsafe fn alloc_filled(n: usize, fill: impl FnOnce(*mut Value)) -> Value {
    let raw = alloc_gc_with_tail(
        TupleObject {
            head: ObjHeader::new(&TUPLE_TYPE),
            items: Items {
                ptr: std::ptr::NonNull::dangling(),
                len: 0,
            },
        },
        n * std::mem::size_of::<Value>(),
    );
    // SAFETY: the tail has room for n values (caller contract for them).
    unsafe {
        let obj = &mut (*raw).obj;
        let tail = obj.items.tail();
        fill(tail);
        // A plain write: the placeholder owns nothing.
        std::ptr::addr_of_mut!(obj.items).write(Items {
            ptr: std::ptr::NonNull::new_unchecked(tail),
            len: n,
        });
        track_new(raw)
    }
}

/// A new tuple of `n` items that `fill` writes to the storage it is given
/// (the shared empty tuple when `n` is 0), without an intermediate vector.
///
/// # Safety
/// As `alloc_filled`.
pub unsafe fn new_tuple_filled(n: usize, fill: impl FnOnce(*mut Value)) -> Value {
    if n == 0 {
        return EMPTY.with(|e| e.clone());
    }
    // SAFETY: caller contract.
    unsafe { alloc_filled(n, fill) }
}

/// A new tuple of the `N` values of an array.
pub fn from_array<const N: usize>(items: [Value; N]) -> Value {
    let items = std::mem::ManuallyDrop::new(items);
    // SAFETY: the N values move out of the array, which is not dropped.
    unsafe {
        new_tuple_filled(N, |dst| {
            std::ptr::copy_nonoverlapping(items.as_ptr(), dst, N)
        })
    }
}

impl Payload for TupleObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
}

pub static TUPLE_SUB_LAYOUT: Layout = sub_layout_of::<TupleObject>(None);
pub static TUPLE_LAYOUT: Layout = Layout {
    dealloc: tuple_dealloc,
    ..layout_of::<TupleObject>(true, None, Some(&TUPLE_SUB_LAYOUT))
};
pub static TUPLE_TYPE: TypeObject = TypeObject::new_static(
    "tuple",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::TUPLE_SUBCLASS,
    &TUPLE_LAYOUT,
);

thread_local! {
    static EMPTY: Value = alloc_exact(Vec::new());
}

/// A new tuple.
pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return EMPTY.with(|e| e.clone());
    }
    alloc_exact(items)
}

/// A tuple of (sub)type `ty`.
pub fn new_tuple_of_type(items: Vec<Value>, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &TUPLE_TYPE) {
        return new_tuple(items);
    }
    alloc_instance(
        TupleObject {
            head: ObjHeader::new(ty),
            items: Items::boxed(items),
        },
        ty,
    )
}

/// The payload if `v` is a tuple (or subclass).
#[inline]
pub fn downcast(v: &Value) -> Option<&TupleObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::TUPLE_SUBCLASS) {
        // SAFETY: tuple and subclasses start with a TupleObject.
        Some(unsafe { v.payload_unchecked::<TupleObject>() })
    } else {
        None
    }
}

/// The items of a tuple value (panics if not a tuple: internal use).
/// A tuple holding `fresh` for an iterator that hands out one per step
/// (enumerate, zip, dict items): the tuple it handed out last, kept in
/// `last` and refilled in place when only `last` still holds it (the loop
/// that unpacked it has let go), as CPython does; else a new one, kept.
pub fn refill_or_new<const N: usize>(last: &RefCell<Option<Value>>, fresh: [Value; N]) -> Value {
    {
        let r = last.borrow();
        if let Some(t) = r.as_ref() {
            if t.refcount() == 1 && items(t).len() == N {
                let mut old = fresh;
                let p = t.ptr() as *mut TupleObject;
                // SAFETY: nobody else holds the tuple (an exact tuple of N
                // items made below), so changing it is invisible; the
                // pointer comes from the object itself.
                unsafe { (*p).items.swap_with_slice(&mut old) };
                let t = t.clone();
                drop(r);
                drop(old);
                return t;
            }
        }
    }
    let t = from_array(fresh);
    *last.borrow_mut() = Some(t.clone());
    t
}

pub fn items(v: &Value) -> &[Value] {
    &downcast(v).expect("tuple expected").items
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a TupleObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("tuple expected"))
}

/// Lexicographic rich comparison of two sequences.
pub fn seq_compare(x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !(x[i].is(&y[i]) || protocol::eq(&x[i], &y[i])?) {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => protocol::compare(&x[i], &y[i], op),
            };
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(none::not_implemented());
    };
    let (xi, yi) = (x.items.to_vec(), y.items.to_vec());
    Ok(bool_::new_bool(seq_compare(&xi, &yi, op)?))
}
fn t_lt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Lt)
}
fn t_le(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Le)
}
fn t_eq(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Eq)
}
fn t_ne(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ne)
}
fn t_gt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Gt)
}
fn t_ge(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ge)
}

fn t_len(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(this(a)?.items.len() as i64))
}

/// `seq[i]` index normalization: negative from the end, IndexError outside.
pub fn normalize_index(i: i64, len: usize, what: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn t_getitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__getitem__", 2, 2)?;
    let t = this(a)?;
    if let Some(i) = int::as_i64(&p[1]) {
        return Ok(t.items[normalize_index(i, t.items.len(), "tuple")?].clone());
    }
    if let Some(s) = slice::downcast(&p[1]) {
        let (start, stop, step) = s.indices(t.items.len())?;
        if step == 1 && start == 0 && stop >= t.items.len() as i64 && p[0].is_exact(&TUPLE_TYPE) {
            return Ok(p[0].clone());
        }
        return Ok(new_tuple(slice::collect(&t.items, start, stop, step)));
    }
    if protocol::lookup_special(&p[1], "__index__").is_some() {
        let i = protocol::index_i64(&p[1])?;
        return Ok(t.items[normalize_index(i, t.items.len(), "tuple")?].clone());
    }
    Err(type_error(format!(
        "tuple indices must be integers or slices, not {}",
        p[1].ty().name()
    )))
}

fn t_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    for x in this(a)?.items.iter() {
        if x.is(&p[1]) || protocol::eq(x, &p[1])? {
            return Ok(bool_::true_());
        }
    }
    Ok(bool_::false_())
}

fn t_add(a: &Args) -> PyResult<Value> {
    let p = a.check("__add__", 2, 2)?;
    if downcast(&p[1]).is_none() {
        return Ok(none::not_implemented());
    }
    this(a)?;
    Ok(concat(&p[0], &p[1]))
}

/// `a + b` for two tuples (or subclasses): a new tuple of both's items,
/// or an exact operand itself when the other is empty (as CPython).
pub fn concat(a: &Value, b: &Value) -> Value {
    let (x, y) = (items(a), items(b));
    if y.is_empty() && a.is_exact(&TUPLE_TYPE) {
        return a.clone();
    }
    if x.is_empty() && b.is_exact(&TUPLE_TYPE) {
        return b.clone();
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend(x.iter().cloned());
    v.extend(y.iter().cloned());
    new_tuple(v)
}

fn t_mul(a: &Args) -> PyResult<Value> {
    let p = a.check("__mul__", 2, 2)?;
    if !int::is_int(&p[1]) && protocol::lookup_special(&p[1], "__index__").is_none() {
        return Ok(none::not_implemented());
    }
    let n = protocol::index_i64(&p[1])?.max(0) as usize;
    let t = this(a)?;
    if n == 1 && p[0].is_exact(&TUPLE_TYPE) {
        return Ok(p[0].clone());
    }
    let total = t
        .items
        .len()
        .checked_mul(n)
        .ok_or_else(crate::err::memory_error)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend(t.items.iter().cloned());
    }
    Ok(new_tuple(v))
}

/// Hash of a sequence of items, CPython's xxHash-based tuple hash.
pub fn hash_items(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for x in items {
        let lane = protocol::hash(x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn t_hash(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(hash_items(&this(a)?.items)?))
}

/// repr of a sequence of items between delimiters.
pub fn repr_items(items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocol::repr_string(x)?);
    }
    s.push_str(close);
    Ok(s)
}

fn t_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let items = this(a)?.items.to_vec();
    if items.is_empty() {
        return Ok(pystr::new_str("()"));
    }
    let Some(_g) = crate::builtins::repr_enter(v) else {
        return Ok(pystr::new_str("(...)"));
    };
    let s = if items.len() == 1 {
        format!("({},)", protocol::repr_string(&items[0])?)
    } else {
        repr_items(&items, "(", ")")?
    };
    Ok(pystr::from_string(s))
}

fn t_iter(a: &Args) -> PyResult<Value> {
    Ok(crate::types::iter::new_seq_iter_fast(a.pos()[0].clone()))
}

fn t_index(a: &Args) -> PyResult<Value> {
    let p = a.check("index", 2, 4)?;
    let items = this(a)?.items.to_vec();
    let (start, stop) = slice::start_stop_args(&p[2..], items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&p[1]) || protocol::eq(x, &p[1])? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn t_count(a: &Args) -> PyResult<Value> {
    let p = a.check("count", 2, 2)?;
    let mut n = 0;
    for x in this(a)?.items.iter() {
        if x.is(&p[1]) || protocol::eq(x, &p[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn t_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t =
        downcast_type(cls).ok_or_else(|| type_error("tuple.__new__(X): X is not a type object"))?;
    a.no_kw("tuple")?;
    let p = &a.pos()[1..];
    if p.len() > 1 {
        return Err(type_error(format!(
            "tuple expected at most 1 argument, got {}",
            p.len()
        )));
    }
    let items = match p.first() {
        None => Vec::new(),
        Some(v) => {
            if v.is_exact(&TUPLE_TYPE) && std::ptr::eq(t, &TUPLE_TYPE) {
                return Ok(v.clone());
            }
            protocol::iterate(v)?
        }
    };
    Ok(new_tuple_of_type(items, t))
}

fn t_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(new_tuple(vec![new_tuple(this(a)?.items.to_vec())]))
}

fn t_class_getitem(a: &Args) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", t_new),
    crate::types::method("__len__", t_len),
    crate::types::method("__getitem__", t_getitem),
    crate::types::method("__contains__", t_contains),
    crate::types::method("__add__", t_add),
    crate::types::method("__mul__", t_mul),
    crate::types::method("__rmul__", t_mul),
    crate::types::method("__hash__", t_hash),
    crate::types::method("__repr__", t_repr),
    crate::types::method("__iter__", t_iter),
    crate::types::method("__lt__", t_lt),
    crate::types::method("__le__", t_le),
    crate::types::method("__eq__", t_eq),
    crate::types::method("__ne__", t_ne),
    crate::types::method("__gt__", t_gt),
    crate::types::method("__ge__", t_ge),
    crate::types::method("index", t_index),
    crate::types::method("count", t_count),
    crate::types::method("__getnewargs__", t_getnewargs),
    crate::types::classmethod("__class_getitem__", t_class_getitem),
];

pub fn init() {
    crate::types::init_builtin_type(&TUPLE_TYPE, METHODS, &[]);
}
