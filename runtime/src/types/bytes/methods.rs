//! The text methods `bytes` and `bytearray` share, over `strlib::bytes` and
//! `strlib::search`. Each returns the kind of `self` (bytes or bytearray).

use super::ops::self_data;
use super::{buffer, byte_value, bytes_arg, is_bytearray, same_kind, Buf};
use crate::args::Args;
use crate::codec::str_error;
use crate::err::{type_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::strlib::{self, bytes as lib_b, StrError};
use crate::typeobj::downcast_type;
use crate::types::str::{as_str, from_string};
use crate::types::str_methods::args::{
    c_int, clinic, is_index, kw, noargs, old, one, rest, slice_index, ssize,
};
use crate::types::{bool_, int, list, none, tuple, MethodDef};

fn lib<T>(r: Result<T, StrError>) -> PyResult<T> {
    r.map_err(str_error)
}

fn tyname(a: &Args) -> &'static str {
    if is_bytearray(&a.pos()[0]) {
        "bytearray"
    } else {
        "bytes"
    }
}

fn parts(slf: &Value, ps: Vec<&[u8]>) -> Value {
    list::new_list(ps.into_iter().map(|p| same_kind(slf, p.to_vec())).collect())
}

// ---------------------------------------------------------------- search

/// The `sub` of find/count/index: an int in range(256) or a bytes-like.
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.to_vec());
    }
    if is_index(v) {
        return Ok(vec![byte_value(v)?]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.ty().name()
    )))
}

fn find_args(a: &Args, name: &str) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    let p = old(&rest(a), tyname(a), name, 1, 3)?;
    Ok((
        sub_arg(&p[0])?,
        slice_index(p.get(1))?,
        slice_index(p.get(2))?,
    ))
}

fn found(r: Option<usize>) -> Value {
    int::from_i64(r.map(|i| i as i64).unwrap_or(-1))
}

fn b_find(a: &Args) -> PyResult<Value> {
    let (sub, s, e) = find_args(a, "find")?;
    Ok(found(strlib::bytes_find(&self_data(a)?, &sub, s, e)))
}

fn b_rfind(a: &Args) -> PyResult<Value> {
    let (sub, s, e) = find_args(a, "rfind")?;
    Ok(found(strlib::bytes_rfind(&self_data(a)?, &sub, s, e)))
}

fn b_index(a: &Args) -> PyResult<Value> {
    let (sub, s, e) = find_args(a, "index")?;
    let r = strlib::bytes_find(&self_data(a)?, &sub, s, e)
        .ok_or_else(|| str_error(strlib::bytes_not_found()))?;
    Ok(int::from_i64(r as i64))
}

fn b_rindex(a: &Args) -> PyResult<Value> {
    let (sub, s, e) = find_args(a, "rindex")?;
    let r = strlib::bytes_rfind(&self_data(a)?, &sub, s, e)
        .ok_or_else(|| str_error(strlib::bytes_not_found()))?;
    Ok(int::from_i64(r as i64))
}

fn b_count(a: &Args) -> PyResult<Value> {
    let (sub, s, e) = find_args(a, "count")?;
    Ok(int::from_i64(
        strlib::bytes_count(&self_data(a)?, &sub, s, e) as i64,
    ))
}

fn tailmatch(a: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let p = old(&rest(a), tyname(a), name, 1, 3)?;
    let (start, end) = (slice_index(p.get(1))?, slice_index(p.get(2))?);
    let data = self_data(a)?;
    let test = |x: &[u8]| {
        if at_end {
            strlib::bytes_endswith(&data, x, start, end)
        } else {
            strlib::bytes_startswith(&data, x, start, end)
        }
    };
    if let Some(t) = tuple::downcast(&p[0]) {
        for item in t.items.iter() {
            if test(&bytes_arg(item)?) {
                return Ok(bool_::true_());
            }
        }
        return Ok(bool_::false_());
    }
    let Some(x) = buffer(&p[0]) else {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            p[0].ty().name()
        )));
    };
    Ok(bool_::new_bool(test(&x)))
}

fn b_startswith(a: &Args) -> PyResult<Value> {
    tailmatch(a, "startswith", false)
}

fn b_endswith(a: &Args) -> PyResult<Value> {
    tailmatch(a, "endswith", true)
}

fn partition(a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let sep = bytes_arg(one(&rest(a), tyname(a), name)?)?.to_vec();
    let slf = &a.pos()[0];
    let data = self_data(a)?;
    let (h, m, t) = lib(if right {
        strlib::bytes_rpartition(&data, &sep)
    } else {
        strlib::bytes_partition(&data, &sep)
    })?;
    Ok(tuple::new_tuple(vec![
        same_kind(slf, h.to_vec()),
        same_kind(slf, m.to_vec()),
        same_kind(slf, t.to_vec()),
    ]))
}

fn b_partition(a: &Args) -> PyResult<Value> {
    partition(a, "partition", false)
}

fn b_rpartition(a: &Args) -> PyResult<Value> {
    partition(a, "rpartition", true)
}

fn b_replace(a: &Args) -> PyResult<Value> {
    let p = clinic(&rest(a), tyname(a), "replace", 2, 3)?;
    let count = match p.get(2) {
        Some(c) => ssize(c)?,
        None => -1,
    };
    let old_b = bytes_arg(&p[0])?.to_vec();
    let new_b = bytes_arg(&p[1])?.to_vec();
    let data = self_data(a)?;
    Ok(same_kind(
        &a.pos()[0],
        lib(strlib::bytes_replace(&data, &old_b, &new_b, count))?,
    ))
}

fn affix(a: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let x = bytes_arg(one(&rest(a), tyname(a), name)?)?.to_vec();
    let slf = &a.pos()[0];
    let data = self_data(a)?;
    let r = if suffix {
        strlib::bytes_removesuffix(&data, &x)
    } else {
        strlib::bytes_removeprefix(&data, &x)
    };
    if r.len() == data.len() && slf.is_exact(&super::BYTES_TYPE) {
        return Ok(slf.clone());
    }
    Ok(same_kind(slf, r.to_vec()))
}

fn b_removeprefix(a: &Args) -> PyResult<Value> {
    affix(a, "removeprefix", false)
}

fn b_removesuffix(a: &Args) -> PyResult<Value> {
    affix(a, "removesuffix", true)
}

// ---------------------------------------------------------------- split / join / strip

fn split_args(a: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let [sep, maxsplit] = kw(&rest(a), name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(m) => ssize(&m)?,
        None => -1,
    };
    let sep = match sep {
        Some(x) if !none::is_none(&x) => Some(bytes_arg(&x)?.to_vec()),
        _ => None,
    };
    Ok((sep, maxsplit))
}

fn b_split(a: &Args) -> PyResult<Value> {
    let (sep, max) = split_args(a, "split")?;
    let data = self_data(a)?;
    Ok(parts(
        &a.pos()[0],
        lib(lib_b::split(&data, sep.as_deref(), max))?,
    ))
}

fn b_rsplit(a: &Args) -> PyResult<Value> {
    let (sep, max) = split_args(a, "rsplit")?;
    let data = self_data(a)?;
    Ok(parts(
        &a.pos()[0],
        lib(lib_b::rsplit(&data, sep.as_deref(), max))?,
    ))
}

fn b_splitlines(a: &Args) -> PyResult<Value> {
    let [keepends] = kw(&rest(a), "splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => c_int(&k)? != 0,
        None => false,
    };
    let data = self_data(a)?;
    Ok(parts(&a.pos()[0], lib_b::splitlines(&data, keep)))
}

fn b_join(a: &Args) -> PyResult<Value> {
    let it = one(&rest(a), tyname(a), "join")?;
    if tuple::downcast(it).is_none()
        && list::downcast(it).is_none()
        && protocol::lookup_special(it, "__iter__").is_none()
        && protocol::lookup_special(it, "__getitem__").is_none()
    {
        return Err(type_error("can only join an iterable"));
    }
    let items = protocol::iterate(it)?;
    let mut bufs: Vec<Buf> = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match buffer(x) {
            Some(b) => bufs.push(b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    x.ty().name()
                )))
            }
        }
    }
    let sep = self_data(a)?;
    let out = lib(lib_b::join(
        &sep,
        &bufs.iter().map(|b| &**b).collect::<Vec<&[u8]>>(),
    ))?;
    drop(bufs);
    Ok(same_kind(&a.pos()[0], out))
}

fn strip(a: &Args, name: &str, which: u8) -> PyResult<Value> {
    let p = clinic(&rest(a), tyname(a), name, 0, 1)?;
    let chars = match p.first() {
        Some(c) if !none::is_none(c) => Some(bytes_arg(c)?.to_vec()),
        _ => None,
    };
    let slf = &a.pos()[0];
    let data = self_data(a)?;
    let r = match which {
        0 => lib_b::strip(&data, chars.as_deref()),
        1 => lib_b::lstrip(&data, chars.as_deref()),
        _ => lib_b::rstrip(&data, chars.as_deref()),
    };
    if r.len() == data.len() && slf.is_exact(&super::BYTES_TYPE) {
        return Ok(slf.clone());
    }
    Ok(same_kind(slf, r.to_vec()))
}

fn b_strip(a: &Args) -> PyResult<Value> {
    strip(a, "strip", 0)
}

fn b_lstrip(a: &Args) -> PyResult<Value> {
    strip(a, "lstrip", 1)
}

fn b_rstrip(a: &Args) -> PyResult<Value> {
    strip(a, "rstrip", 2)
}

// ---------------------------------------------------------------- layout

fn pad(
    a: &Args,
    name: &str,
    f: fn(&[u8], i64, u8) -> Result<Vec<u8>, StrError>,
) -> PyResult<Value> {
    let p = clinic(&rest(a), tyname(a), name, 1, 2)?;
    let width = ssize(&p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(v) => match buffer(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    crate::types::str_methods::args::arg_type_name(v)
                )))
            }
        },
    };
    let data = self_data(a)?;
    Ok(same_kind(&a.pos()[0], lib(f(&data, width, fill))?))
}

fn b_center(a: &Args) -> PyResult<Value> {
    pad(a, "center", lib_b::center)
}

fn b_ljust(a: &Args) -> PyResult<Value> {
    pad(a, "ljust", lib_b::ljust)
}

fn b_rjust(a: &Args) -> PyResult<Value> {
    pad(a, "rjust", lib_b::rjust)
}

fn b_zfill(a: &Args) -> PyResult<Value> {
    let width = ssize(one(&rest(a), tyname(a), "zfill")?)?;
    let data = self_data(a)?;
    Ok(same_kind(&a.pos()[0], lib(lib_b::zfill(&data, width))?))
}

fn b_expandtabs(a: &Args) -> PyResult<Value> {
    let [tabsize] = kw(&rest(a), "expandtabs", ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(t) => c_int(&t)?,
        None => 8,
    };
    let data = self_data(a)?;
    Ok(same_kind(
        &a.pos()[0],
        lib(lib_b::expandtabs(&data, tabsize))?,
    ))
}

// ---------------------------------------------------------------- translate, hex, decode

fn b_translate(a: &Args) -> PyResult<Value> {
    let [table, delete] = kw(&rest(a), "translate", ["table", "delete"], 1)?;
    let table = match &table {
        Some(t) if !none::is_none(t) => Some(bytes_arg(t)?.to_vec()),
        _ => None,
    };
    let delete = match &delete {
        Some(d) => bytes_arg(d)?.to_vec(),
        None => Vec::new(),
    };
    let data = self_data(a)?;
    Ok(same_kind(
        &a.pos()[0],
        lib(lib_b::translate(&data, table.as_deref(), &delete))?,
    ))
}

/// `bytes.maketrans(frm, to)` (static): a 256-byte bytes table.
fn b_maketrans(a: &Args) -> PyResult<Value> {
    let p = clinic(a, "bytes", "maketrans", 2, 2)?;
    let frm = bytes_arg(&p[0])?.to_vec();
    let to = bytes_arg(&p[1])?.to_vec();
    Ok(super::new_bytes(lib(lib_b::maketrans(&frm, &to))?))
}

fn b_hex(a: &Args) -> PyResult<Value> {
    let [sep, per] = kw(&rest(a), "hex", ["sep", "bytes_per_sep"], 0)?;
    let per = match per {
        Some(p) => c_int(&p)?,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            let c = if let Some(t) = as_str(&s) {
                let mut it = t.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(crate::err::value_error("sep must be length 1.")),
                }
            } else if let Some(b) = buffer(&s) {
                if b.len() != 1 {
                    return Err(crate::err::value_error("sep must be length 1."));
                }
                char::from(b[0])
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    s.ty().name()
                )));
            };
            Some(c)
        }
    };
    let data = self_data(a)?;
    Ok(from_string(lib(strlib::bytes_hex(&data, sep, per))?))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (class method; a
/// subclass is called with the bytes).
fn b_fromhex(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls).ok_or_else(|| type_error("fromhex() requires a type"))?;
    let is_ba = t.is_subtype(&super::BYTEARRAY_TYPE);
    let arg = one(
        &rest(a),
        if is_ba { "bytearray" } else { "bytes" },
        "fromhex",
    )?;
    let s = as_str(arg).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            crate::types::str_methods::args::arg_type_name(arg)
        ))
    })?;
    let data = lib(strlib::bytes_fromhex(s))?;
    if std::ptr::eq(t, &super::BYTES_TYPE) {
        return Ok(super::new_bytes(data));
    }
    if std::ptr::eq(t, &super::BYTEARRAY_TYPE) {
        return Ok(super::new_bytearray(data));
    }
    protocol::call_pos(cls, &[super::new_bytes(data)])
}

fn b_decode(a: &Args) -> PyResult<Value> {
    let [encoding, errors] = kw(&rest(a), "decode", ["encoding", "errors"], 0)?;
    let enc = crate::types::str_methods::codec_name_arg(&encoding, "decode", "encoding")?;
    let err = crate::types::str_methods::codec_name_arg(&errors, "decode", "errors")?;
    let data = self_data(a)?;
    crate::codec::decode_bytes(
        &data,
        enc.as_deref().unwrap_or("utf-8"),
        err.as_deref().unwrap_or("strict"),
    )
}

// ---------------------------------------------------------------- case and predicates

macro_rules! bytes_to_bytes {
    ($($name:ident => $f:path, $py:literal;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                noargs(&rest(a), tyname(a), $py)?;
                let data = self_data(a)?;
                Ok(same_kind(&a.pos()[0], $f(&data)))
            }
        )*
    };
}
bytes_to_bytes! {
    b_lower => lib_b::lower, "lower";
    b_upper => lib_b::upper, "upper";
    b_title => lib_b::title, "title";
    b_capitalize => lib_b::capitalize, "capitalize";
    b_swapcase => lib_b::swapcase, "swapcase";
}

macro_rules! bytes_pred {
    ($($name:ident => $f:path, $py:literal;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                noargs(&rest(a), tyname(a), $py)?;
                let b = buffer(&a.pos()[0]).ok_or_else(|| type_error("bytes expected"))?;
                Ok(bool_::new_bool($f(&b)))
            }
        )*
    };
}
bytes_pred! {
    b_isalnum => lib_b::isalnum, "isalnum";
    b_isalpha => lib_b::isalpha, "isalpha";
    b_isdigit => lib_b::isdigit, "isdigit";
    b_isspace => lib_b::isspace, "isspace";
    b_isascii => lib_b::isascii, "isascii";
    b_islower => lib_b::islower, "islower";
    b_isupper => lib_b::isupper, "isupper";
    b_istitle => lib_b::istitle, "istitle";
}

/// The text methods of both types.
pub(super) static METHODS: &[MethodDef] = &[
    crate::types::method("find", b_find),
    crate::types::method("rfind", b_rfind),
    crate::types::method("index", b_index),
    crate::types::method("rindex", b_rindex),
    crate::types::method("count", b_count),
    crate::types::method("startswith", b_startswith),
    crate::types::method("endswith", b_endswith),
    crate::types::method("partition", b_partition),
    crate::types::method("rpartition", b_rpartition),
    crate::types::method("replace", b_replace),
    crate::types::method("removeprefix", b_removeprefix),
    crate::types::method("removesuffix", b_removesuffix),
    crate::types::method("split", b_split),
    crate::types::method("rsplit", b_rsplit),
    crate::types::method("splitlines", b_splitlines),
    crate::types::method("join", b_join),
    crate::types::method("strip", b_strip),
    crate::types::method("lstrip", b_lstrip),
    crate::types::method("rstrip", b_rstrip),
    crate::types::method("center", b_center),
    crate::types::method("ljust", b_ljust),
    crate::types::method("rjust", b_rjust),
    crate::types::method("zfill", b_zfill),
    crate::types::method("expandtabs", b_expandtabs),
    crate::types::method("translate", b_translate),
    crate::types::staticmethod("maketrans", b_maketrans),
    crate::types::method("hex", b_hex),
    crate::types::classmethod("fromhex", b_fromhex),
    crate::types::method("decode", b_decode),
    crate::types::method("lower", b_lower),
    crate::types::method("upper", b_upper),
    crate::types::method("title", b_title),
    crate::types::method("capitalize", b_capitalize),
    crate::types::method("swapcase", b_swapcase),
    crate::types::method("isalnum", b_isalnum),
    crate::types::method("isalpha", b_isalpha),
    crate::types::method("isdigit", b_isdigit),
    crate::types::method("isspace", b_isspace),
    crate::types::method("isascii", b_isascii),
    crate::types::method("islower", b_islower),
    crate::types::method("isupper", b_isupper),
    crate::types::method("istitle", b_istitle),
];
