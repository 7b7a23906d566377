//! Protocol dunders shared by `bytes` and `bytearray`: length, indexing,
//! slicing, membership, iteration, concatenation, repetition, comparison,
//! repr, `%`, plus the bytes-only `__hash__` / `__bytes__`.

use super::{
    buffer, byte_value, downcast_bytearray, downcast_bytes, is_bytearray, same_kind, Buf,
    BytesObject,
};
use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{index_error, memory_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::strlib;
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::str::{from_string, hash_bytes};
use crate::types::str_methods::args::{defer_to, dunder, is_index, repeat_count};
use crate::types::{bool_, int, none, slice, tuple, MethodDef};
use std::cell::Cell;

fn kind_name(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The contents of `self`, borrowed: take it only after every argument is
/// converted (no call back into Python may happen while it is held).
pub(super) fn self_data<'a>(a: &Args<'a>) -> PyResult<Buf<'a>> {
    buffer(&a.pos()[0]).ok_or_else(|| type_error("descriptor requires a bytes object"))
}

fn b_len(a: &Args) -> PyResult<Value> {
    dunder(a, 0)?;
    let n = buffer(&a.pos()[0]).map(|b| b.len()).unwrap_or(0);
    Ok(int::from_i64(n as i64))
}

/// `b[i]` as an int, with the type's IndexError message.
fn item(slf: &Value, i: i64) -> PyResult<Value> {
    let b = buffer(slf).ok_or_else(|| type_error("bytes expected"))?;
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(if is_bytearray(slf) {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(int::from_i64(i64::from(b[j as usize])))
}

fn b_getitem(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let slf = &a.pos()[0];
    let key = &p[0];
    if let Some(i) = int::as_i64(key) {
        return item(slf, i);
    }
    if let Some(sl) = slice::downcast(key) {
        let len = buffer(slf).map(|b| b.len()).unwrap_or(0);
        let (start, stop, step) = sl.indices(len)?;
        let b = buffer(slf).ok_or_else(|| type_error("bytes expected"))?;
        let out: Vec<u8> = if step == 1 {
            if stop <= start {
                Vec::new()
            } else {
                if start == 0 && stop as usize >= b.len() && slf.is_exact(&super::BYTES_TYPE) {
                    return Ok(slf.clone());
                }
                b[start as usize..stop as usize].to_vec()
            }
        } else {
            slice::positions(start, stop, step)
                .into_iter()
                .map(|i| b[i])
                .collect()
        };
        drop(b);
        return Ok(same_kind(slf, out));
    }
    if is_index(key) {
        return item(slf, protocol::index_i64(key)?);
    }
    let what = if is_bytearray(slf) {
        "bytearray"
    } else {
        "byte"
    };
    Err(type_error(format!(
        "{what} indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

fn b_contains(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let x = &p[0];
    if is_index(x) && !super::is_bytes_like(x) {
        let v = byte_value(x)?;
        let b = buffer(&a.pos()[0]).ok_or_else(|| type_error("bytes expected"))?;
        return Ok(bool_::new_bool(b.contains(&v)));
    }
    let sub = super::bytes_arg(x)?.to_vec();
    let b = buffer(&a.pos()[0]).ok_or_else(|| type_error("bytes expected"))?;
    Ok(bool_::new_bool(memchr::memmem::find(&b, &sub).is_some()))
}

fn b_add(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let slf = &a.pos()[0];
    let Some(y) = buffer(&p[0]) else {
        if defer_to(&p[0], "__radd__") {
            return Ok(none::not_implemented());
        }
        return Err(type_error(format!(
            "can't concat {} to {}",
            p[0].ty().name(),
            kind_name(slf)
        )));
    };
    let x = buffer(slf).ok_or_else(|| type_error("bytes expected"))?;
    let mut out = Vec::new();
    out.try_reserve(x.len() + y.len())
        .map_err(|_| memory_error())?;
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    drop((x, y));
    Ok(same_kind(slf, out))
}

/// `data * n` with CPython's overflow/memory errors.
pub(super) fn repeat(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(memory_error());
    };
    let mut out = Vec::new();
    out.try_reserve(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn b_mul(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    if !is_index(&p[0]) {
        if defer_to(&p[0], "__rmul__") {
            return Ok(none::not_implemented());
        }
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            p[0].ty().name()
        )));
    }
    let n = repeat_count(&p[0])?;
    let slf = &a.pos()[0];
    if n == 1 && slf.is_exact(&super::BYTES_TYPE) {
        return Ok(slf.clone());
    }
    let data = self_data(a)?;
    Ok(same_kind(slf, repeat(&data, n)?))
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let (Some(x), Some(y)) = (buffer(&p[0]), buffer(&p[1])) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(op.test(x.cmp(&y))))
}
fn b_lt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Lt)
}
fn b_le(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Le)
}
fn b_eq(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Eq)
}
fn b_ne(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ne)
}
fn b_gt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Gt)
}
fn b_ge(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ge)
}

fn b_repr(a: &Args) -> PyResult<Value> {
    let slf = &a.pos()[0];
    let b = buffer(slf).ok_or_else(|| type_error("bytes expected"))?;
    if downcast_bytearray(slf).is_some() {
        return Ok(from_string(strlib::bytearray_repr(&slf.ty().name(), &b)));
    }
    Ok(from_string(strlib::bytes_repr(&b)))
}

fn b_mod(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    // Copied: formatting calls back into Python.
    let data = self_data(a)?.to_vec();
    let out = crate::numfmt::percent_format_bytes(&data, &p[0])?;
    Ok(same_kind(&a.pos()[0], out))
}

fn b_rmod(a: &Args) -> PyResult<Value> {
    dunder(a, 1)?;
    Ok(none::not_implemented())
}

fn b_sizeof(a: &Args) -> PyResult<Value> {
    let slf = &a.pos()[0];
    let n = buffer(slf).map(|b| b.len()).unwrap_or(0) as i64;
    Ok(int::from_i64(if is_bytearray(slf) {
        56 + n + 1
    } else {
        33 + n
    }))
}

fn this_bytes<'a>(a: &Args<'a>) -> PyResult<&'a BytesObject> {
    downcast_bytes(&a.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
}

/// `bytes.__hash__` (cached; equal bytes hash equal, as does the equal ASCII str).
pub(super) fn b_hash(a: &Args) -> PyResult<Value> {
    let b = this_bytes(a)?;
    let mut h = b.hash.get();
    if h == -1 {
        h = hash_bytes(&b.data);
        b.hash.set(h);
    }
    Ok(int::from_i64(h))
}

/// `bytes.__bytes__`: self for an exact bytes, a copy for a subclass.
pub(super) fn b_bytes(a: &Args) -> PyResult<Value> {
    let slf = &a.pos()[0];
    if slf.is_exact(&super::BYTES_TYPE) {
        return Ok(slf.clone());
    }
    Ok(super::new_bytes(this_bytes(a)?.data.to_vec()))
}

pub(super) fn b_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![super::new_bytes(
        this_bytes(a)?.data.to_vec(),
    )]))
}

/// Iterator over a bytes or bytearray (re-reads a bytearray's length on
/// each step, as CPython).
#[repr(C)]
pub struct BytesIter {
    pub head: ObjHeader,
    pub seq: Value,
    pub index: Cell<usize>,
}
impl Payload for BytesIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.seq);
    }
}
/// Layout of the bytes iterators.
pub static BYTES_ITER_LAYOUT: Layout = layout_of::<BytesIter>(true, None, None);
/// `bytes_iterator`.
pub static BYTES_ITER_TYPE: TypeObject =
    TypeObject::new_static("bytes_iterator", &OBJECT_TYPE, 0, &BYTES_ITER_LAYOUT);
/// `bytearray_iterator`.
pub static BYTEARRAY_ITER_TYPE: TypeObject =
    TypeObject::new_static("bytearray_iterator", &OBJECT_TYPE, 0, &BYTES_ITER_LAYOUT);

fn iter_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on the BytesIter types.
    let bi = unsafe { it.payload_unchecked::<BytesIter>() };
    let i = bi.index.get();
    let b = buffer(&bi.seq).and_then(|b| b.get(i).copied());
    match b {
        Some(x) => {
            bi.index.set(i + 1);
            Ok(Some(int::from_i64(i64::from(x))))
        }
        None => Ok(None),
    }
}

fn iter_len_hint(a: &Args) -> PyResult<Value> {
    // SAFETY: method only on the BytesIter types.
    let bi = unsafe { a.pos()[0].payload_unchecked::<BytesIter>() };
    let n = buffer(&bi.seq).map(|b| b.len()).unwrap_or(0);
    Ok(int::from_i64(n.saturating_sub(bi.index.get()) as i64))
}

fn b_iter(a: &Args) -> PyResult<Value> {
    let slf = &a.pos()[0];
    let ty = if is_bytearray(slf) {
        &BYTEARRAY_ITER_TYPE
    } else {
        &BYTES_ITER_TYPE
    };
    Ok(alloc_gc(BytesIter {
        head: ObjHeader::new(ty),
        seq: slf.clone(),
        index: Cell::new(0),
    }))
}

pub(super) fn init_iter() {
    static ITER_M: &[MethodDef] = &[
        crate::types::method("__iter__", crate::types::iter::iter_self),
        crate::types::method("__next__", crate::types::iter::iter_next_method),
        crate::types::method("__length_hint__", iter_len_hint),
    ];
    for t in [&BYTES_ITER_TYPE, &BYTEARRAY_ITER_TYPE] {
        t.iternext.set(Some(iter_next));
        crate::types::init_builtin_type(t, ITER_M, &[]);
    }
}

/// Protocol dunders of both types.
pub(super) static METHODS: &[MethodDef] = &[
    crate::types::method("__len__", b_len),
    crate::types::method("__getitem__", b_getitem),
    crate::types::method("__contains__", b_contains),
    crate::types::method("__iter__", b_iter),
    crate::types::method("__add__", b_add),
    crate::types::method("__mul__", b_mul),
    crate::types::method("__rmul__", b_mul),
    crate::types::method("__lt__", b_lt),
    crate::types::method("__le__", b_le),
    crate::types::method("__eq__", b_eq),
    crate::types::method("__ne__", b_ne),
    crate::types::method("__gt__", b_gt),
    crate::types::method("__ge__", b_ge),
    crate::types::method("__repr__", b_repr),
    crate::types::method("__mod__", b_mod),
    crate::types::method("__rmod__", b_rmod),
    crate::types::method("__sizeof__", b_sizeof),
];
