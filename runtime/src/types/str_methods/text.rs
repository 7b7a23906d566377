//! The text methods of `str` (search, split, strip, padding, case,
//! predicates, translate, encode) over `strlib`.

use super::args::{c_int, clinic, kw, noargs, old, one, rest, slice_index, ssize};
use super::{same_or_new, this};
use crate::args::Args;
use crate::codec::str_error;
use crate::err::{type_error, value_error, PyErr, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::strlib::{self, StrError, TranslateAction};
use crate::types::exceptions as exc;
use crate::types::str::{as_str, from_string, new_str, STR_TYPE};
use crate::types::{bool_, dict, int, list, none, tuple, MethodDef};
use std::collections::HashMap;

fn lib<T>(r: Result<T, StrError>) -> PyResult<T> {
    r.map_err(str_error)
}

fn must_be_str(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| type_error(format!("must be str, not {}", v.ty().name())))
}

fn str_list(parts: Vec<&str>) -> Value {
    list::new_list(parts.into_iter().map(new_str).collect())
}

// ---------------------------------------------------------------- search

/// (sub, start, end) of find/rfind/index/rindex/count.
fn find_args<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let p = old(&rest(a), "str", name, 1, 3)?;
    let sub = must_be_str(&p[0])?;
    Ok((sub, slice_index(p.get(1))?, slice_index(p.get(2))?))
}

fn index_result(r: Option<usize>) -> Value {
    int::from_i64(r.map(|i| i as i64).unwrap_or(-1))
}

fn s_find(a: &Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(a, "find")?;
    Ok(index_result(strlib::find(
        this(a)?.py_str(),
        sub,
        start,
        end,
    )))
}

fn s_rfind(a: &Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(a, "rfind")?;
    Ok(index_result(strlib::rfind(
        this(a)?.py_str(),
        sub,
        start,
        end,
    )))
}

fn s_index(a: &Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(a, "index")?;
    Ok(int::from_i64(
        lib(strlib::index(this(a)?.py_str(), sub, start, end))? as i64,
    ))
}

fn s_rindex(a: &Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(a, "rindex")?;
    Ok(int::from_i64(
        lib(strlib::rindex(this(a)?.py_str(), sub, start, end))? as i64,
    ))
}

fn s_count(a: &Args) -> PyResult<Value> {
    let (sub, start, end) = find_args(a, "count")?;
    Ok(int::from_i64(
        strlib::count(this(a)?.py_str(), sub, start, end) as i64,
    ))
}

fn tailmatch(a: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let p = old(&rest(a), "str", name, 1, 3)?;
    let s = this(a)?.py_str();
    let (start, end) = (slice_index(p.get(1))?, slice_index(p.get(2))?);
    let test = |x: &str| {
        if at_end {
            strlib::endswith(s, x, start, end)
        } else {
            strlib::startswith(s, x, start, end)
        }
    };
    if let Some(t) = tuple::downcast(&p[0]) {
        for item in t.items.iter() {
            let x = as_str(item).ok_or_else(|| {
                type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    item.ty().name()
                ))
            })?;
            if test(x) {
                return Ok(bool_::true_());
            }
        }
        return Ok(bool_::false_());
    }
    let x = as_str(&p[0]).ok_or_else(|| {
        type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            p[0].ty().name()
        ))
    })?;
    Ok(bool_::new_bool(test(x)))
}

fn s_startswith(a: &Args) -> PyResult<Value> {
    tailmatch(a, "startswith", false)
}

fn s_endswith(a: &Args) -> PyResult<Value> {
    tailmatch(a, "endswith", true)
}

fn partition(a: &Args, name: &str, right: bool) -> PyResult<Value> {
    let sep = must_be_str(one(&rest(a), "str", name)?)?;
    let slf = &a.pos()[0];
    let s = this(a)?.as_str();
    let (h, m, t) = lib(if right {
        strlib::rpartition(s, sep)
    } else {
        strlib::partition(s, sep)
    })?;
    let part = |x: &str| {
        if x.len() == s.len() {
            same_or_new(slf, x)
        } else {
            new_str(x)
        }
    };
    Ok(tuple::new_tuple(vec![part(h), new_str(m), part(t)]))
}

fn s_partition(a: &Args) -> PyResult<Value> {
    partition(a, "partition", false)
}

fn s_rpartition(a: &Args) -> PyResult<Value> {
    partition(a, "rpartition", true)
}

fn s_replace(a: &Args) -> PyResult<Value> {
    let p = clinic(&rest(a), "str", "replace", 2, 3)?;
    let old_s = as_str(&p[0]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 1 must be str, not {}",
            crate::types::str_methods::args::arg_type_name(&p[0])
        ))
    })?;
    let new_s = as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 2 must be str, not {}",
            crate::types::str_methods::args::arg_type_name(&p[1])
        ))
    })?;
    let count = match p.get(2) {
        Some(c) => ssize(c)?,
        None => -1,
    };
    let slf = &a.pos()[0];
    let s = this(a)?.as_str();
    if count == 0 || (!old_s.is_empty() && !s.contains(old_s)) || old_s == new_s {
        return Ok(if slf.is_exact(&STR_TYPE) {
            slf.clone()
        } else {
            new_str(s)
        });
    }
    Ok(from_string(lib(strlib::replace(s, old_s, new_s, count))?))
}

fn affix(a: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let x = one(&rest(a), "str", name)?;
    let x = as_str(x).ok_or_else(|| {
        type_error(format!(
            "{}() argument must be str, not {}",
            name,
            crate::types::str_methods::args::arg_type_name(x)
        ))
    })?;
    let s = this(a)?.as_str();
    let r = if suffix {
        strlib::removesuffix(s, x)
    } else {
        strlib::removeprefix(s, x)
    };
    Ok(same_or_new(&a.pos()[0], r))
}

fn s_removeprefix(a: &Args) -> PyResult<Value> {
    affix(a, "removeprefix", false)
}

fn s_removesuffix(a: &Args) -> PyResult<Value> {
    affix(a, "removesuffix", true)
}

// ---------------------------------------------------------------- split / join / strip

fn split_args(a: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let [sep, maxsplit] = kw(&rest(a), name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(m) => ssize(&m)?,
        None => -1,
    };
    let sep = match sep {
        Some(x) if !none::is_none(&x) => match as_str(&x) {
            Some(s) => Some(s.to_string()),
            None => {
                return Err(type_error(format!(
                    "must be str or None, not {}",
                    x.ty().name()
                )))
            }
        },
        _ => None,
    };
    Ok((sep, maxsplit))
}

fn s_split(a: &Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(a, "split")?;
    Ok(str_list(lib(strlib::split(
        this(a)?.as_str(),
        sep.as_deref(),
        maxsplit,
    ))?))
}

fn s_rsplit(a: &Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(a, "rsplit")?;
    Ok(str_list(lib(strlib::rsplit(
        this(a)?.as_str(),
        sep.as_deref(),
        maxsplit,
    ))?))
}

fn s_splitlines(a: &Args) -> PyResult<Value> {
    let [keepends] = kw(&rest(a), "splitlines", ["keepends"], 0)?;
    let keep = match keepends {
        Some(k) => c_int(&k)? != 0,
        None => false,
    };
    Ok(str_list(strlib::splitlines(this(a)?.as_str(), keep)))
}

fn s_join(a: &Args) -> PyResult<Value> {
    let it = one(&rest(a), "str", "join")?;
    let items = if tuple::downcast(it).is_some() || list::downcast(it).is_some() {
        protocol::iterate(it)?
    } else {
        if protocol::lookup_special(it, "__iter__").is_none()
            && protocol::lookup_special(it, "__getitem__").is_none()
        {
            return Err(type_error("can only join an iterable"));
        }
        protocol::iterate(it)?
    };
    let mut parts: Vec<&str> = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        let xs = as_str(x).ok_or_else(|| {
            type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.ty().name()
            ))
        })?;
        parts.push(xs);
    }
    if items.len() == 1 && items[0].is_exact(&STR_TYPE) {
        return Ok(items[0].clone());
    }
    Ok(from_string(lib(strlib::join(this(a)?.as_str(), &parts))?))
}

fn strip(a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let p = clinic(&rest(a), "str", name, 0, 1)?;
    let chars = match p.first() {
        Some(c) if !none::is_none(c) => {
            Some(as_str(c).ok_or_else(|| type_error(format!("{} arg must be None or str", name)))?)
        }
        _ => None,
    };
    let s = this(a)?.as_str();
    let r = match (left, right) {
        (true, true) => strlib::strip(s, chars),
        (true, false) => strlib::lstrip(s, chars),
        _ => strlib::rstrip(s, chars),
    };
    Ok(same_or_new(&a.pos()[0], r))
}

fn s_strip(a: &Args) -> PyResult<Value> {
    strip(a, "strip", true, true)
}

fn s_lstrip(a: &Args) -> PyResult<Value> {
    strip(a, "lstrip", true, false)
}

fn s_rstrip(a: &Args) -> PyResult<Value> {
    strip(a, "rstrip", false, true)
}

// ---------------------------------------------------------------- layout

fn pad(
    a: &Args,
    name: &str,
    f: fn(&str, i64, char) -> Result<String, StrError>,
) -> PyResult<Value> {
    let p = clinic(&rest(a), "str", name, 1, 2)?;
    let width = ssize(&p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(v) => {
            let s = as_str(v).ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    v.ty().name()
                ))
            })?;
            lib(strlib::fillchar(s))?
        }
    };
    let o = this(a)?;
    if width <= o.char_len as i64 {
        return Ok(same_or_new(&a.pos()[0], o.as_str()));
    }
    Ok(from_string(lib(f(o.as_str(), width, fill))?))
}

fn s_center(a: &Args) -> PyResult<Value> {
    pad(a, "center", strlib::center)
}

fn s_ljust(a: &Args) -> PyResult<Value> {
    pad(a, "ljust", strlib::ljust)
}

fn s_rjust(a: &Args) -> PyResult<Value> {
    pad(a, "rjust", strlib::rjust)
}

fn s_zfill(a: &Args) -> PyResult<Value> {
    let width = ssize(one(&rest(a), "str", "zfill")?)?;
    let o = this(a)?;
    if width <= o.char_len as i64 {
        return Ok(same_or_new(&a.pos()[0], o.as_str()));
    }
    Ok(from_string(lib(strlib::zfill(o.as_str(), width))?))
}

fn s_expandtabs(a: &Args) -> PyResult<Value> {
    let [tabsize] = kw(&rest(a), "expandtabs", ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(t) => c_int(&t)?,
        None => 8,
    };
    let s = this(a)?.as_str();
    if !s.contains('\t') {
        return Ok(same_or_new(&a.pos()[0], s));
    }
    Ok(from_string(lib(strlib::expandtabs(s, tabsize))?))
}

// ---------------------------------------------------------------- translate

fn s_translate(a: &Args) -> PyResult<Value> {
    let table = one(&rest(a), "str", "translate")?.clone();
    let s = this(a)?.as_str();
    let mut cache: HashMap<char, TranslateAction> = HashMap::new();
    let out = strlib::str_translate(s, |c| -> PyResult<TranslateAction> {
        if let Some(act) = cache.get(&c) {
            return Ok(act.clone());
        }
        let act = match protocol::getitem(&table, &int::from_i64(c as i64)) {
            Err(e) if e.matches(&exc::LOOKUP_ERROR) => TranslateAction::Keep,
            Err(e) => return Err(e),
            Ok(v) if none::is_none(&v) => TranslateAction::Delete,
            Ok(v) => {
                if let Some(m) = as_str(&v) {
                    TranslateAction::Str(m.to_string())
                } else if int::is_int(&v) {
                    let code = int::as_i64(&v).filter(|n| (0..0x110000).contains(n));
                    match code {
                        Some(n) => {
                            TranslateAction::Char(char::from_u32(n as u32).unwrap_or('\u{fffd}'))
                        }
                        None => {
                            return Err(value_error("character mapping must be in range(0x110000)"))
                        }
                    }
                } else {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
        };
        cache.insert(c, act.clone());
        Ok(act)
    })?;
    Ok(from_string(out))
}

fn maketrans_error(msg: &str) -> PyErr {
    type_error(msg.to_string())
}

/// `str.maketrans(x[, y[, z]])` (static).
fn s_maketrans(a: &Args) -> PyResult<Value> {
    let p = clinic(a, "str", "maketrans", 1, 3)?;
    let out = dict::new_dict();
    if p.len() == 1 {
        let Some(d) = dict::downcast(&p[0]) else {
            return Err(maketrans_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in d.items() {
            if let Some(ks) = as_str(&k) {
                let mut it = ks.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => dict::set_item(&out, int::from_i64(c as i64), v)?,
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if int::is_int(&k) {
                dict::set_item(&out, k, v)?;
            } else {
                return Err(maketrans_error(
                    "keys in translate table must be strings or integers",
                ));
            }
        }
        return Ok(out);
    }
    let x = as_str(&p[0]).ok_or_else(|| {
        maketrans_error("first maketrans argument must be a string if there is a second argument")
    })?;
    let y = as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            crate::types::str_methods::args::arg_type_name(&p[1])
        ))
    })?;
    let z = match p.get(2) {
        Some(z) => Some(as_str(z).ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                crate::types::str_methods::args::arg_type_name(z)
            ))
        })?),
        None => None,
    };
    if strlib::index::char_len(x) != strlib::index::char_len(y) {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        dict::set_item(&out, int::from_i64(cx as i64), int::from_i64(cy as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            dict::set_item(&out, int::from_i64(c as i64), none::none())?;
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- encode

fn s_encode(a: &Args) -> PyResult<Value> {
    let [encoding, errors] = kw(&rest(a), "encode", ["encoding", "errors"], 0)?;
    let enc = codec_name_arg(&encoding, "encode", "encoding")?;
    let err = codec_name_arg(&errors, "encode", "errors")?;
    let s = this(a)?.as_str();
    crate::codec::encode_str(
        s,
        enc.as_deref().unwrap_or("utf-8"),
        err.as_deref().unwrap_or("strict"),
    )
}

/// An `encoding`/`errors` argument: "encode() argument 'errors' must be str, not None".
pub(crate) fn codec_name_arg(
    v: &Option<Value>,
    fname: &str,
    what: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) => match as_str(x) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                crate::types::str_methods::args::arg_type_name(x)
            ))),
        },
    }
}

// ---------------------------------------------------------------- case and predicates

macro_rules! str_to_str {
    ($($name:ident => $f:path, $qual:literal;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                noargs(&rest(a), "str", $qual)?;
                Ok(from_string($f(this(a)?.as_str())))
            }
        )*
    };
}
str_to_str! {
    s_lower => strlib::lower, "lower";
    s_upper => strlib::upper, "upper";
    s_casefold => strlib::casefold, "casefold";
    s_title => strlib::title, "title";
    s_capitalize => strlib::capitalize, "capitalize";
    s_swapcase => strlib::swapcase, "swapcase";
}

macro_rules! str_pred {
    ($($name:ident => $f:path, $qual:literal;)*) => {
        $(
            fn $name(a: &Args) -> PyResult<Value> {
                noargs(&rest(a), "str", $qual)?;
                Ok(bool_::new_bool($f(this(a)?.as_str())))
            }
        )*
    };
}
str_pred! {
    s_isalpha => strlib::isalpha, "isalpha";
    s_isalnum => strlib::isalnum, "isalnum";
    s_isdigit => strlib::isdigit, "isdigit";
    s_isdecimal => strlib::isdecimal, "isdecimal";
    s_isnumeric => strlib::isnumeric, "isnumeric";
    s_isspace => strlib::isspace, "isspace";
    s_islower => strlib::islower, "islower";
    s_isupper => strlib::isupper, "isupper";
    s_istitle => strlib::istitle, "istitle";
    s_isidentifier => strlib::isidentifier, "isidentifier";
    s_isprintable => strlib::isprintable, "isprintable";
    s_isascii => strlib::isascii, "isascii";
}

/// The text methods of `str` (added to the type by `str::init`).
pub static METHODS: &[MethodDef] = &[
    crate::types::method("find", s_find),
    crate::types::method("rfind", s_rfind),
    crate::types::method("index", s_index),
    crate::types::method("rindex", s_rindex),
    crate::types::method("count", s_count),
    crate::types::method("startswith", s_startswith),
    crate::types::method("endswith", s_endswith),
    crate::types::method("partition", s_partition),
    crate::types::method("rpartition", s_rpartition),
    crate::types::method("replace", s_replace),
    crate::types::method("removeprefix", s_removeprefix),
    crate::types::method("removesuffix", s_removesuffix),
    crate::types::method("split", s_split),
    crate::types::method("rsplit", s_rsplit),
    crate::types::method("splitlines", s_splitlines),
    crate::types::method("join", s_join),
    crate::types::method("strip", s_strip),
    crate::types::method("lstrip", s_lstrip),
    crate::types::method("rstrip", s_rstrip),
    crate::types::method("center", s_center),
    crate::types::method("ljust", s_ljust),
    crate::types::method("rjust", s_rjust),
    crate::types::method("zfill", s_zfill),
    crate::types::method("expandtabs", s_expandtabs),
    crate::types::method("translate", s_translate),
    crate::types::staticmethod("maketrans", s_maketrans),
    crate::types::method("encode", s_encode),
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
