//! The methods of `str`: the protocol dunders live here, the text methods in
//! [`text`]; every algorithm comes from `strlib` (CPython-exact), this module
//! only converts arguments and results. Methods called on a subclass
//! instance return plain `str`.

pub mod args;
mod text;

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{index_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::strlib;
use crate::typeobj::{downcast_type, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::str::{
    as_str, downcast, from_string, new_str, new_str_of_type, StrObject, STR_TYPE,
};
use crate::types::{bool_, int, none, slice, tuple, MethodDef};
use args::{defer_to, dunder, is_index, repeat_count};
use std::cell::Cell;

pub(crate) use text::{codec_name_arg, METHODS as TEXT_METHODS};

/// The `str` payload of `self` (the descriptor has checked the type).
pub(crate) fn this<'a>(a: &Args<'a>) -> PyResult<&'a StrObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

/// `self` itself when it is an exact str whose text is `result` (same
/// length means same text for every caller: strip, padding, removeprefix);
/// a new str otherwise.
pub(crate) fn same_or_new(slf: &Value, result: &str) -> Value {
    match downcast(slf) {
        Some(o) if slf.is_exact(&STR_TYPE) && o.data.len() == result.len() => slf.clone(),
        _ => new_str(result),
    }
}

/// A one-character str.
pub fn char_str(c: char) -> Value {
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

/// CPython's repr of a str.
pub fn repr_str(s: &str) -> String {
    strlib::str_repr(s)
}

fn s_repr(a: &Args) -> PyResult<Value> {
    Ok(from_string(strlib::str_repr(this(a)?.as_str())))
}

fn s_str(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    if v.is_exact(&STR_TYPE) {
        return Ok(v.clone());
    }
    Ok(new_str(this(a)?.as_str()))
}

fn s_hash(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(this(a)?.hash()))
}

fn s_len(a: &Args) -> PyResult<Value> {
    dunder(a, 0)?;
    Ok(int::from_i64(this(a)?.char_len as i64))
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.pos();
    let (Some(x), Some(y)) = (p.first().and_then(as_str), p.get(1).and_then(as_str)) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(op.test(x.cmp(y))))
}
fn s_lt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Lt)
}
fn s_le(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Le)
}
fn s_eq(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Eq)
}
fn s_ne(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ne)
}
fn s_gt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Gt)
}
fn s_ge(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ge)
}

/// `s[i]` for a code point index.
pub fn str_index(s: &StrObject, i: i64) -> PyResult<Value> {
    let n = s.char_len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    Ok(char_str(s.char_at(j as usize)))
}

/// `s[start:stop:step]` with indices from `slice.indices(len(s))`.
pub fn str_slice(slf: &Value, s: &StrObject, start: i64, stop: i64, step: i64) -> Value {
    if step == 1 {
        if stop <= start {
            return crate::types::str::empty();
        }
        if start == 0 && stop as usize >= s.char_len && slf.is_exact(&STR_TYPE) {
            return slf.clone();
        }
        let (b0, b1) = (s.byte_offset(start as usize), s.byte_offset(stop as usize));
        return new_str(&s.data[b0..b1]);
    }
    from_string(strlib::slice_chars(
        s.py_str(),
        start as isize,
        stop as isize,
        step as isize,
    ))
}

fn s_getitem(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let s = this(a)?;
    let key = &p[0];
    if let Some(i) = int::as_i64(key) {
        return str_index(s, i);
    }
    if let Some(sl) = slice::downcast(key) {
        let (start, stop, step) = sl.indices(s.char_len)?;
        return Ok(str_slice(&a.pos()[0], s, start, stop, step));
    }
    if is_index(key) {
        return str_index(s, protocol::index_i64(key)?);
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.ty().name()
    )))
}

fn s_add(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let Some(y) = as_str(&p[0]) else {
        if defer_to(&p[0], "__radd__") {
            return Ok(none::not_implemented());
        }
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            p[0].ty().name()
        )));
    };
    let slf = &a.pos()[0];
    let x = this(a)?.as_str();
    if y.is_empty() && slf.is_exact(&STR_TYPE) {
        return Ok(slf.clone());
    }
    if x.is_empty() && p[0].is_exact(&STR_TYPE) {
        return Ok(p[0].clone());
    }
    let mut s = String::new();
    s.try_reserve(x.len() + y.len())
        .map_err(|_| crate::err::memory_error())?;
    s.push_str(x);
    s.push_str(y);
    Ok(from_string(s))
}

/// `s * n` (also `n * s`).
fn s_mul(a: &Args) -> PyResult<Value> {
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
    let x = this(a)?.as_str();
    if n == 1 && slf.is_exact(&STR_TYPE) {
        return Ok(slf.clone());
    }
    if x.is_empty() || n == 0 {
        return Ok(crate::types::str::empty());
    }
    let total = x.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(crate::err::overflow_error("repeated string is too long"));
    };
    let mut s = String::new();
    s.try_reserve(total)
        .map_err(|_| crate::err::memory_error())?;
    for _ in 0..n {
        s.push_str(x);
    }
    Ok(from_string(s))
}

fn s_contains(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    let sub = as_str(&p[0]).ok_or_else(|| {
        type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            p[0].ty().name()
        ))
    })?;
    Ok(bool_::new_bool(
        memchr::memmem::find(this(a)?.as_str().as_bytes(), sub.as_bytes()).is_some(),
    ))
}

/// Iterator over the characters of a str (`str_ascii_iterator` for ASCII
/// text, `str_iterator` otherwise, as CPython names them).
#[repr(C)]
pub struct StrIter {
    pub head: ObjHeader,
    pub s: Value,
    pub byte_pos: Cell<usize>,
}
impl Payload for StrIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.s);
    }
}
/// Layout of the str iterators.
pub static STR_ITER_LAYOUT: Layout = layout_of::<StrIter>(true, None, None);
/// `str_ascii_iterator` (iterator over an ASCII str).
pub static STR_ITER_TYPE: TypeObject =
    TypeObject::new_static("str_ascii_iterator", &OBJECT_TYPE, 0, &STR_ITER_LAYOUT);
/// `str_iterator` (iterator over a non-ASCII str).
pub static STR_UITER_TYPE: TypeObject =
    TypeObject::new_static("str_iterator", &OBJECT_TYPE, 0, &STR_ITER_LAYOUT);

fn str_iter_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: slot only on StrIter.
    let si = unsafe { it.payload_unchecked::<StrIter>() };
    let s = as_str(&si.s).unwrap_or("");
    let pos = si.byte_pos.get();
    match s.get(pos..).and_then(|t| t.chars().next()) {
        Some(c) => {
            si.byte_pos.set(pos + c.len_utf8());
            Ok(Some(char_str(c)))
        }
        None => Ok(None),
    }
}

fn str_iter_len_hint(a: &Args) -> PyResult<Value> {
    let it = &a.pos()[0];
    // SAFETY: method only on StrIter types.
    let si = unsafe { it.payload_unchecked::<StrIter>() };
    let s = as_str(&si.s).unwrap_or("");
    let rest = s.get(si.byte_pos.get()..).unwrap_or("");
    Ok(int::from_i64(strlib::index::char_len(rest) as i64))
}

fn s_iter(a: &Args) -> PyResult<Value> {
    let s = this(a)?;
    let ty = if s.is_ascii {
        &STR_ITER_TYPE
    } else {
        &STR_UITER_TYPE
    };
    Ok(alloc_gc(StrIter {
        head: ObjHeader::new(ty),
        s: a.pos()[0].clone(),
        byte_pos: Cell::new(0),
    }))
}

fn opt_str_arg(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) => match as_str(x) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "str() argument '{what}' must be str, not {}",
                crate::types::str_methods::args::arg_type_name(x)
            ))),
        },
    }
}

fn s_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls).ok_or_else(|| {
        type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            cls.ty().name()
        ))
    })?;
    if !t.is_subtype(&STR_TYPE) {
        return Err(type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            t.name(),
            t.name()
        )));
    }
    let [obj, encoding, errors] =
        args::kw(&args::rest(a), "str", ["object", "encoding", "errors"], 0)?;
    let enc = opt_str_arg(&encoding, "encoding")?;
    let err = opt_str_arg(&errors, "errors")?;
    let s = match obj {
        None => crate::types::str::empty(),
        Some(o) if enc.is_none() && err.is_none() => protocol::str_of(&o)?,
        Some(o) => {
            if as_str(&o).is_some() {
                return Err(type_error("decoding str is not supported"));
            }
            if !crate::types::bytes::is_bytes_like(&o) {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.ty().name()
                )));
            }
            let data = crate::types::bytes::bytes_from_object(&o)?;
            crate::codec::decode_bytes(
                &data,
                enc.as_deref().unwrap_or("utf-8"),
                err.as_deref().unwrap_or("strict"),
            )?
        }
    };
    if std::ptr::eq(t, &STR_TYPE) {
        Ok(s)
    } else {
        Ok(new_str_of_type(as_str(&s).unwrap_or(""), t))
    }
}

fn s_format_spec(a: &Args) -> PyResult<Value> {
    let spec = args::one(&args::rest(a), "str", "__format__")?;
    let spec = as_str(spec).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            crate::types::str_methods::args::arg_type_name(spec)
        ))
    })?;
    let slf = &a.pos()[0];
    let s = this(a)?.as_str();
    if spec.is_empty() {
        // `str(self)`: a subclass's own `__str__` applies.
        return if slf.is_exact(&STR_TYPE) {
            Ok(slf.clone())
        } else {
            protocol::str_of(slf)
        };
    }
    Ok(from_string(crate::numfmt::format_str_spec(s, spec)?))
}

fn s_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![new_str(this(a)?.as_str())]))
}

fn s_sizeof(a: &Args) -> PyResult<Value> {
    let s = this(a)?;
    let per = if s.is_ascii {
        1
    } else {
        match s.data.chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        }
    };
    let base = if s.is_ascii { 49 } else { 73 };
    Ok(int::from_i64(base + (per * s.char_len) as i64))
}

fn s_mod(a: &Args) -> PyResult<Value> {
    let p = dunder(a, 1)?;
    Ok(from_string(crate::numfmt::percent_format(
        this(a)?.as_str(),
        &p[0],
    )?))
}

fn s_rmod(a: &Args) -> PyResult<Value> {
    dunder(a, 1)?;
    Ok(none::not_implemented())
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", s_new),
    crate::types::method("__repr__", s_repr),
    crate::types::method("__str__", s_str),
    crate::types::method("__hash__", s_hash),
    crate::types::method("__len__", s_len),
    crate::types::method("__lt__", s_lt),
    crate::types::method("__le__", s_le),
    crate::types::method("__eq__", s_eq),
    crate::types::method("__ne__", s_ne),
    crate::types::method("__gt__", s_gt),
    crate::types::method("__ge__", s_ge),
    crate::types::method("__getitem__", s_getitem),
    crate::types::method("__add__", s_add),
    crate::types::method("__mul__", s_mul),
    crate::types::method("__rmul__", s_mul),
    crate::types::method("__mod__", s_mod),
    crate::types::method("__rmod__", s_rmod),
    crate::types::method("__contains__", s_contains),
    crate::types::method("__iter__", s_iter),
    crate::types::method("__format__", s_format_spec),
    crate::types::method("__getnewargs__", s_getnewargs),
    crate::types::method("__sizeof__", s_sizeof),
    crate::types::method("format", crate::types::str_format::str_format),
    crate::types::method("format_map", crate::types::str_format::str_format_map),
];

/// The protocol part of the `str` method table (used by `str::init`, which
/// adds [`TEXT_METHODS`]).
pub fn methods() -> &'static [MethodDef] {
    METHODS
}

/// Registers the str iterator types.
pub fn init_iter() {
    static ITER_M: &[MethodDef] = &[
        crate::types::method("__iter__", crate::types::iter::iter_self),
        crate::types::method("__next__", crate::types::iter::iter_next_method),
        crate::types::method("__length_hint__", str_iter_len_hint),
    ];
    for t in [&STR_ITER_TYPE, &STR_UITER_TYPE] {
        t.iternext.set(Some(str_iter_next));
        crate::types::init_builtin_type(t, ITER_M, &[]);
    }
}
