//! The mutation methods of `bytearray`: item and slice assignment and
//! deletion, `+=`, `*=`, append/extend/insert/pop/remove/clear/copy/reverse.

use super::ops::repeat;
use super::{buffer, byte_value, downcast_bytearray, ByteArrayObject};
use crate::args::Args;
use crate::err::{index_error, type_error, value_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::types::str::as_str;
use crate::types::str_methods::args::{clinic, defer_to, dunder, is_index, noargs, one, rest};
use crate::types::{int, none, slice, MethodDef};

fn this<'a>(a: &Args<'a>) -> PyResult<&'a ByteArrayObject> {
    downcast_bytearray(&a.pos()[0])
        .ok_or_else(|| type_error("descriptor requires a 'bytearray' object"))
}

fn index_key(key: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(key) {
        return Ok(i);
    }
    if is_index(key) {
        return protocol::index_i64(key);
    }
    Err(type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        key.ty().name()
    )))
}

fn normalize(i: i64, len: usize) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}

/// The bytes of a value assigned to a slice: a buffer or an iterable of
/// ints in range(256).
fn slice_source(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.to_vec());
    }
    if as_str(v).is_some()
        || is_index(v)
        || (protocol::lookup_special(v, "__iter__").is_none()
            && protocol::lookup_special(v, "__getitem__").is_none())
    {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    ints_of(v)
}

/// The bytes of an iterable of ints.
fn ints_of(v: &Value) -> PyResult<Vec<u8>> {
    let it = protocol::iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = protocol::next(&it)? {
        out.push(byte_value(&x)?);
    }
    Ok(out)
}

fn ba_setitem(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 2)?;
    let ba = this(a)?;
    if let Some(sl) = slice::downcast(&p[0]) {
        let new = slice_source(&p[1])?;
        let mut data = ba.data.borrow_mut();
        let (start, stop, step) = sl.indices(data.len())?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop as usize).max(start);
            data.splice(start..stop, new);
        } else {
            let pos = slice::positions(start, stop, step);
            if pos.len() != new.len() {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    pos.len()
                )));
            }
            for (i, b) in pos.into_iter().zip(new) {
                data[i] = b;
            }
        }
        return Ok(none::none());
    }
    let i = index_key(&p[0])?;
    let v = byte_value(&p[1])?;
    let mut data = ba.data.borrow_mut();
    let j = normalize(i, data.len())?;
    data[j] = v;
    Ok(none::none())
}

fn ba_delitem(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let ba = this(a)?;
    if let Some(sl) = slice::downcast(&p[0]) {
        let len = ba.data.borrow().len();
        let (start, stop, step) = sl.indices(len)?;
        let mut data = ba.data.borrow_mut();
        if step == 1 {
            let start = start as usize;
            let stop = (stop as usize).max(start);
            data.drain(start..stop);
        } else {
            let mut drop_at = vec![false; data.len()];
            for i in slice::positions(start, stop, step) {
                drop_at[i] = true;
            }
            let mut k = 0;
            data.retain(|_| {
                k += 1;
                !drop_at[k - 1]
            });
        }
        return Ok(none::none());
    }
    let i = index_key(&p[0])?;
    let mut data = ba.data.borrow_mut();
    let j = normalize(i, data.len())?;
    data.remove(j);
    Ok(none::none())
}

fn ba_iadd(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let Some(extra) = buffer(&p[0]).map(|b| b.to_vec()) else {
        if defer_to(&p[0], "__radd__") {
            return Ok(none::not_implemented());
        }
        return Err(type_error(format!(
            "can't concat {} to bytearray",
            p[0].ty().name()
        )));
    };
    this(a)?.data.borrow_mut().extend_from_slice(&extra);
    Ok(a.pos()[0].clone())
}

fn ba_imul(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let n = crate::types::str_methods::args::repeat_count(&p[0])?;
    let ba = this(a)?;
    let cur = ba.data.borrow().clone();
    let new = repeat(&cur, n)?;
    *ba.data.borrow_mut() = new;
    Ok(a.pos()[0].clone())
}

fn ba_append(a: &Args) -> PyResult<Value> {
    let v = byte_value(one(&rest(a), "bytearray", "append")?)?;
    this(a)?.data.borrow_mut().push(v);
    Ok(none::none())
}

fn ba_extend(a: &Args) -> PyResult<Value> {
    let src = one(&rest(a), "bytearray", "extend")?;
    let extra = if let Some(b) = buffer(src) {
        b.to_vec()
    } else {
        if protocol::lookup_special(src, "__iter__").is_none()
            && protocol::lookup_special(src, "__getitem__").is_none()
        {
            return Err(type_error(format!(
                "can't extend bytearray with {}",
                src.ty().name()
            )));
        }
        ints_of(src)?
    };
    this(a)?.data.borrow_mut().extend_from_slice(&extra);
    Ok(none::none())
}

fn ba_insert(a: &Args) -> PyResult<Value> {
    let p = clinic(&rest(a), "bytearray", "insert", 2, 2)?;
    let i = crate::types::str_methods::args::ssize(&p[0])?;
    let v = byte_value(&p[1])?;
    let mut data = this(a)?.data.borrow_mut();
    let n = data.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.insert(j as usize, v);
    Ok(none::none())
}

fn ba_pop(a: &Args) -> PyResult<Value> {
    let p = clinic(&rest(a), "bytearray", "pop", 0, 1)?;
    let i = match p.first() {
        Some(v) => crate::types::str_methods::args::ssize(v)?,
        None => -1,
    };
    let mut data = this(a)?.data.borrow_mut();
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(int::from_i64(i64::from(data.remove(j as usize))))
}

fn ba_remove(a: &Args) -> PyResult<Value> {
    let v = byte_value(one(&rest(a), "bytearray", "remove")?)?;
    let mut data = this(a)?.data.borrow_mut();
    match data.iter().position(|&b| b == v) {
        Some(i) => {
            data.remove(i);
            Ok(none::none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(a: &Args) -> PyResult<Value> {
    noargs(&rest(a), "bytearray", "clear")?;
    this(a)?.data.borrow_mut().clear();
    Ok(none::none())
}

fn ba_copy(a: &Args) -> PyResult<Value> {
    noargs(&rest(a), "bytearray", "copy")?;
    Ok(super::new_bytearray(this(a)?.data.borrow().clone()))
}

fn ba_reverse(a: &Args) -> PyResult<Value> {
    noargs(&rest(a), "bytearray", "reverse")?;
    this(a)?.data.borrow_mut().reverse();
    Ok(none::none())
}

fn ba_alloc(a: &Args) -> PyResult<Value> {
    noargs(&rest(a), "bytearray", "__alloc__")?;
    let cap = this(a)?.data.borrow().capacity();
    Ok(int::from_i64(cap as i64 + 1))
}

/// The bytearray-only methods.
pub(super) static METHODS: &[MethodDef] = &[
    crate::types::method("__setitem__", ba_setitem),
    crate::types::method("__delitem__", ba_delitem),
    crate::types::method("__iadd__", ba_iadd),
    crate::types::method("__imul__", ba_imul),
    crate::types::method("append", ba_append),
    crate::types::method("extend", ba_extend),
    crate::types::method("insert", ba_insert),
    crate::types::method("pop", ba_pop),
    crate::types::method("remove", ba_remove),
    crate::types::method("clear", ba_clear),
    crate::types::method("copy", ba_copy),
    crate::types::method("reverse", ba_reverse),
    crate::types::method("__alloc__", ba_alloc),
];
