//! The methods of `str` (core protocol methods; the text algorithms come
//! from `strlib`).

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{index_error, type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::typeobj::{downcast_type, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::str::{as_str, downcast, from_string, new_str, new_str_of_type, StrObject, STR_TYPE};
use crate::types::{bool_, int, list, none, slice, tuple, MethodDef};
use std::cell::Cell;

fn this<'a>(a: &Args<'a>) -> PyResult<&'a StrObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{what} must be str, not {}", v.ty().name())))
}

/// Byte offset of code point `i` (i <= char_len).
pub fn byte_offset(s: &StrObject, i: usize) -> usize {
    if s.is_ascii {
        return i;
    }
    s.data.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.data.len())
}

/// The character at code point index `i`.
pub fn char_at(s: &StrObject, i: usize) -> char {
    if s.is_ascii {
        return s.data.as_bytes()[i] as char;
    }
    s.data.chars().nth(i).unwrap_or('\0')
}

/// CPython's repr of a str.
pub fn repr_str(s: &str) -> String {
    crate::textops::str_repr(s)
}

fn s_repr(a: &Args) -> PyResult<Value> {
    Ok(from_string(repr_str(this(a)?.as_str())))
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
    Ok(int::from_i64(this(a)?.char_len as i64))
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let (Some(x), Some(y)) = (as_str(&p[0]), as_str(&p[1])) else { return Ok(none::not_implemented()) };
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
    let c = char_at(s, j as usize);
    let mut buf = [0u8; 4];
    Ok(new_str(c.encode_utf8(&mut buf)))
}

fn s_getitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__getitem__", 2, 2)?;
    let s = this(a)?;
    if let Some(i) = int::as_i64(&p[1]) {
        return str_index(s, i);
    }
    if let Some(sl) = slice::downcast(&p[1]) {
        let (start, stop, step) = sl.indices(s.char_len)?;
        if step == 1 {
            if stop <= start {
                return Ok(new_str(""));
            }
            let (b0, b1) = (byte_offset(s, start as usize), byte_offset(s, stop as usize));
            return Ok(new_str(&s.data[b0..b1]));
        }
        let chars: Vec<char> = s.data.chars().collect();
        let out: String = slice::positions(start, stop, step).into_iter().map(|i| chars[i]).collect();
        return Ok(from_string(out));
    }
    if protocol::lookup_special(&p[1], "__index__").is_some() {
        return str_index(s, protocol::index_i64(&p[1])?);
    }
    Err(type_error(format!("string indices must be integers, not '{}'", p[1].ty().name())))
}

fn s_add(a: &Args) -> PyResult<Value> {
    let p = a.check("__add__", 2, 2)?;
    let Some(y) = as_str(&p[1]) else {
        return Err(type_error(format!("can only concatenate str (not \"{}\") to str", p[1].ty().name())));
    };
    let x = this(a)?.as_str();
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(from_string(s))
}

fn s_mul(a: &Args) -> PyResult<Value> {
    let p = a.check("__mul__", 2, 2)?;
    if !int::is_int(&p[1]) && protocol::lookup_special(&p[1], "__index__").is_none() {
        return Ok(none::not_implemented());
    }
    let n = protocol::index_i64(&p[1])?.max(0) as usize;
    let x = this(a)?.as_str();
    if x.len().checked_mul(n).map(|t| t > (1 << 34)).unwrap_or(true) {
        return Err(crate::err::overflow_error("repeated string is too long"));
    }
    Ok(from_string(x.repeat(n)))
}

fn s_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    let sub = as_str(&p[1]).ok_or_else(|| {
        type_error(format!("'in <string>' requires string as left operand, not {}", p[1].ty().name()))
    })?;
    Ok(bool_::new_bool(this(a)?.as_str().contains(sub)))
}

/// Iterator over the characters of a str.
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
pub static STR_ITER_LAYOUT: Layout = layout_of::<StrIter>(true, None, None);
pub static STR_ITER_TYPE: TypeObject = TypeObject::new_static("str_ascii_iterator", &OBJECT_TYPE, 0, &STR_ITER_LAYOUT);

fn str_iter_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: slot only on StrIter.
    let si = unsafe { it.payload_unchecked::<StrIter>() };
    let s = as_str(&si.s).unwrap_or("");
    let pos = si.byte_pos.get();
    match s[pos..].chars().next() {
        Some(c) => {
            si.byte_pos.set(pos + c.len_utf8());
            let mut buf = [0u8; 4];
            Ok(Some(new_str(c.encode_utf8(&mut buf))))
        }
        None => Ok(None),
    }
}

fn s_iter(a: &Args) -> PyResult<Value> {
    Ok(alloc_gc(StrIter { head: ObjHeader::new(&STR_ITER_TYPE), s: a.pos()[0].clone(), byte_pos: Cell::new(0) }))
}

fn s_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls).ok_or_else(|| type_error("str.__new__(X): X is not a type object"))?;
    let rest = Args { all: &a.all[1..], kwnames: a.kwnames };
    let [obj, encoding, errors] = rest.bind("str", ["object", "encoding", "errors"], 0)?;
    let s = match obj {
        None => new_str(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let enc = encoding.as_ref().and_then(|e| as_str(e).map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
                let err = errors.as_ref().and_then(|e| as_str(e).map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
                let data = crate::types::bytes::bytes_from_object(&o).map_err(|_| {
                    type_error(format!("decoding to str: need a bytes-like object, {} found", o.ty().name()))
                })?;
                crate::builtins::decode_bytes(&data, &enc, &err)?
            } else {
                protocol::str_of(&o)?
            }
        }
    };
    if std::ptr::eq(t, &STR_TYPE) {
        Ok(s)
    } else {
        Ok(new_str_of_type(as_str(&s).unwrap_or(""), t))
    }
}

fn s_format_spec(a: &Args) -> PyResult<Value> {
    let p = a.check("__format__", 2, 2)?;
    let spec = arg_str(&p[1], "format spec")?;
    let s = this(a)?.as_str();
    if spec.is_empty() {
        return Ok(new_str(s));
    }
    Ok(from_string(crate::builtins::format_str_spec(s, spec)?))
}

fn s_join(a: &Args) -> PyResult<Value> {
    let p = a.check("str.join", 2, 2)?;
    let sep = this(a)?.as_str();
    let items = protocol::iterate(&p[1])?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        let xs = as_str(x).ok_or_else(|| {
            type_error(format!("sequence item {i}: expected str instance, {} found", x.ty().name()))
        })?;
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(xs);
    }
    Ok(from_string(out))
}

fn s_startswith_endswith(a: &Args, ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    let p = a.check(name, 2, 4)?;
    let s = this(a)?;
    let (start, stop) = slice::start_stop_args(&p[2..], s.char_len)?;
    let text = if start > stop {
        return Ok(bool_::false_());
    } else {
        &s.data[byte_offset(s, start)..byte_offset(s, stop)]
    };
    let test = |pre: &Value| -> PyResult<bool> {
        let ps = as_str(pre).ok_or_else(|| {
            type_error(format!(
                "tuple for {name} must only contain str, not {}",
                pre.ty().name()
            ))
        })?;
        Ok(if ends { text.ends_with(ps) } else { text.starts_with(ps) })
    };
    if let Some(t) = tuple::downcast(&p[1]) {
        for x in t.items.iter() {
            if test(x)? {
                return Ok(bool_::true_());
            }
        }
        return Ok(bool_::false_());
    }
    if as_str(&p[1]).is_none() {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            p[1].ty().name()
        )));
    }
    Ok(bool_::new_bool(test(&p[1])?))
}
fn s_startswith(a: &Args) -> PyResult<Value> {
    s_startswith_endswith(a, false)
}
fn s_endswith(a: &Args) -> PyResult<Value> {
    s_startswith_endswith(a, true)
}

fn s_encode(a: &Args) -> PyResult<Value> {
    let s = this(a)?.as_str().to_string();
    let rest = Args { all: &a.all[1..], kwnames: a.kwnames };
    let [encoding, errors] = rest.bind("encode", ["encoding", "errors"], 0)?;
    let enc = encoding.as_ref().and_then(|e| as_str(e).map(|s| s.to_string())).unwrap_or_else(|| "utf-8".into());
    let err = errors.as_ref().and_then(|e| as_str(e).map(|s| s.to_string())).unwrap_or_else(|| "strict".into());
    crate::builtins::encode_str(&s, &enc, &err)
}

fn s_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![new_str(this(a)?.as_str())]))
}

fn s_sizeof(a: &Args) -> PyResult<Value> {
    let s = this(a)?;
    Ok(int::from_i64(49 + s.data.len() as i64))
}

fn s_mod(a: &Args) -> PyResult<Value> {
    let p = a.check("__mod__", 2, 2)?;
    Ok(from_string(crate::builtins::percent_format(this(a)?.as_str(), &p[1])?))
}

fn s_rmod(a: &Args) -> PyResult<Value> {
    let _ = a;
    Ok(none::not_implemented())
}

fn s_count_find(a: &Args, name: &str) -> PyResult<(String, String, usize, usize)> {
    let p = a.check(name, 2, 4)?;
    let s = this(a)?;
    let sub = arg_str(&p[1], "must be str").map_err(|_| {
        type_error(format!("must be str, not {}", p[1].ty().name()))
    })?;
    let (start, stop) = slice::start_stop_args(&p[2..], s.char_len)?;
    Ok((s.as_str().to_string(), sub.to_string(), start, stop))
}

/// The shared tail of find/rfind/index/rindex/count, in code points.
fn find_impl(a: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (s, sub, start, stop) = s_count_find(a, name)?;
    Ok(crate::textops::find(&s, &sub, start, stop, reverse))
}

fn s_find(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(find_impl(a, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}
fn s_rfind(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(find_impl(a, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}
fn s_index(a: &Args) -> PyResult<Value> {
    match find_impl(a, "index", false)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn s_rindex(a: &Args) -> PyResult<Value> {
    match find_impl(a, "rindex", true)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn s_count(a: &Args) -> PyResult<Value> {
    let (s, sub, start, stop) = s_count_find(a, "count")?;
    Ok(int::from_i64(crate::textops::count(&s, &sub, start, stop) as i64))
}

fn s_split_common(a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let s = this(a)?.as_str().to_string();
    let rest = Args { all: &a.all[1..], kwnames: a.kwnames };
    let [sep, maxsplit] = rest.bind(name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(m) => protocol::index_i64(&m)?,
        None => -1,
    };
    let sep = match &sep {
        Some(x) if !none::is_none(x) => Some(arg_str(x, "must be str or None")?.to_string()),
        _ => None,
    };
    if sep.as_deref() == Some("") {
        return Err(value_error("empty separator"));
    }
    let parts = if right {
        crate::textops::rsplit(&s, sep.as_deref(), maxsplit)
    } else {
        crate::textops::split(&s, sep.as_deref(), maxsplit)
    };
    Ok(list::new_list(parts.into_iter().map(from_string).collect()))
}
fn s_split(a: &Args) -> PyResult<Value> {
    s_split_common(a, "split", false)
}
fn s_rsplit(a: &Args) -> PyResult<Value> {
    s_split_common(a, "rsplit", true)
}

fn strip_common(a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let p = a.check(name, 1, 2)?;
    let s = this(a)?.as_str();
    let chars = match p.get(1) {
        Some(c) if !none::is_none(c) => Some(arg_str(c, "strip arg")?),
        _ => None,
    };
    let r = crate::textops::strip(s, chars, left, right);
    if r.len() == s.len() && p[0].is_exact(&STR_TYPE) {
        return Ok(p[0].clone());
    }
    Ok(new_str(r))
}
fn s_strip(a: &Args) -> PyResult<Value> {
    strip_common(a, "strip", true, true)
}
fn s_lstrip(a: &Args) -> PyResult<Value> {
    strip_common(a, "lstrip", true, false)
}
fn s_rstrip(a: &Args) -> PyResult<Value> {
    strip_common(a, "rstrip", false, true)
}

fn s_replace(a: &Args) -> PyResult<Value> {
    let p = a.check("replace", 3, 4)?;
    let s = this(a)?.as_str();
    let old = arg_str(&p[1], "replace() argument 1")?;
    let new = arg_str(&p[2], "replace() argument 2")?;
    let count = match p.get(3) {
        Some(c) => protocol::index_i64(c)?,
        None => -1,
    };
    Ok(from_string(crate::textops::replace(s, old, new, count)))
}

macro_rules! str_to_str {
    ($($name:ident => $f:path;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                a.check(stringify!($name), 1, 1)?;
                Ok(from_string($f(this(a)?.as_str())))
            }
        )*
    };
}
str_to_str! {
    s_lower => crate::textops::lower;
    s_upper => crate::textops::upper;
    s_casefold => crate::textops::casefold;
    s_title => crate::textops::title;
    s_capitalize => crate::textops::capitalize;
    s_swapcase => crate::textops::swapcase;
}

macro_rules! str_pred {
    ($($name:ident => $f:path;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                a.check(stringify!($name), 1, 1)?;
                Ok(bool_::new_bool($f(this(a)?.as_str())))
            }
        )*
    };
}
str_pred! {
    s_isalpha => crate::textops::isalpha;
    s_isalnum => crate::textops::isalnum;
    s_isdigit => crate::textops::isdigit;
    s_isdecimal => crate::textops::isdecimal;
    s_isnumeric => crate::textops::isnumeric;
    s_isspace => crate::textops::isspace;
    s_islower => crate::textops::islower;
    s_isupper => crate::textops::isupper;
    s_istitle => crate::textops::istitle;
    s_isidentifier => crate::textops::isidentifier;
    s_isprintable => crate::textops::isprintable;
    s_isascii => crate::textops::isascii;
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
    crate::types::method("join", s_join),
    crate::types::method("startswith", s_startswith),
    crate::types::method("endswith", s_endswith),
    crate::types::method("encode", s_encode),
    crate::types::method("find", s_find),
    crate::types::method("rfind", s_rfind),
    crate::types::method("index", s_index),
    crate::types::method("rindex", s_rindex),
    crate::types::method("count", s_count),
    crate::types::method("split", s_split),
    crate::types::method("rsplit", s_rsplit),
    crate::types::method("strip", s_strip),
    crate::types::method("lstrip", s_lstrip),
    crate::types::method("rstrip", s_rstrip),
    crate::types::method("replace", s_replace),
    crate::types::method("lower", s_lower),
    crate::types::method("upper", s_upper),
    crate::types::method("casefold", s_casefold),
    crate::types::method("title", s_title),
    crate::types::method("capitalize", s_capitalize),
    crate::types::method("swapcase", s_swapcase),
    crate::types::method("isalpha", s_isalpha),
    crate::types::method("isalnum", s_isalnum),
    crate::types::method("isdigit", s_isdigit),
    crate::types::method("isdecimal", s_isdecimal),
    crate::types::method("isnumeric", s_isnumeric),
    crate::types::method("isspace", s_isspace),
    crate::types::method("islower", s_islower),
    crate::types::method("isupper", s_isupper),
    crate::types::method("istitle", s_istitle),
    crate::types::method("isidentifier", s_isidentifier),
    crate::types::method("isprintable", s_isprintable),
    crate::types::method("isascii", s_isascii),
];

/// The `str` method table (used by `str::init`).
pub fn methods() -> &'static [MethodDef] {
    METHODS
}

pub fn init_iter() {
    STR_ITER_TYPE.iternext.set(Some(str_iter_next));
    static ITER_M: &[MethodDef] = &[
        crate::types::method("__iter__", crate::types::iter::iter_self),
        crate::types::method("__next__", crate::types::iter::iter_next_method),
    ];
    crate::types::init_builtin_type(&STR_ITER_TYPE, ITER_M, &[]);
}
