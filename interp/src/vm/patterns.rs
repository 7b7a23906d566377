//! Pattern matching (`match`) and `except*` support for the eval loop.

use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::typeobj::downcast_type;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::{bool_, bytes, dict, float, int, list, none, set, str as pystr, tuple};

/// Classes registered as mappings for `match` (collections.abc is absent).
pub fn registered_mapping(_v: &Value) -> bool {
    false
}

/// Classes registered as sequences for `match`.
pub fn registered_sequence(_v: &Value) -> bool {
    false
}

/// MATCH_KEYS: the values for `keys` in `subject`, or None if one is missing.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = tuple::items(keys).to_vec();
    let mut seen: Vec<Value> = Vec::new();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if protocol::eq(s, &k)? {
                return Err(PyErr::new(
                    &exc::VALUE_ERROR,
                    format!(
                        "mapping pattern checks duplicate key ({})",
                        protocol::repr_string(&k)?
                    ),
                ));
            }
        }
        seen.push(k.clone());
        let v = if let Some(d) = dict::downcast(subject).filter(|_| !subject.ty().is_heap()) {
            d.get(&k)?
        } else {
            let sentinel = krait_runtime::types::object::new_object_instance(
                &krait_runtime::types::object::OBJECT_TYPE,
            );
            let r = protocol::call_method(subject, "get", &[k.clone(), sentinel.clone()])?;
            if r.is(&sentinel) {
                None
            } else {
                Some(r)
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(none::none()),
        }
    }
    Ok(tuple::new_tuple(out))
}

fn is_self_matching(t: &krait_runtime::TypeObject) -> bool {
    use krait_runtime::types::*;
    let builtins: [&krait_runtime::TypeObject; 11] = [
        &bool_::BOOL_TYPE,
        &bytes::BYTEARRAY_TYPE,
        &bytes::BYTES_TYPE,
        &dict::DICT_TYPE,
        &float::FLOAT_TYPE,
        &set::FROZENSET_TYPE,
        &int::INT_TYPE,
        &list::LIST_TYPE,
        &set::SET_TYPE,
        &str::STR_TYPE,
        &tuple::TUPLE_TYPE,
    ];
    builtins
        .iter()
        .any(|b| t.is_subtype(b) && t.mro.borrow().iter().any(|&m| std::ptr::eq(m, *b)))
}

/// MATCH_CLASS: the attributes for the sub-patterns, or None.
pub fn match_class(subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
    let t = downcast_type(cls).ok_or_else(|| type_error("called match pattern must be a class"))?;
    if !protocol::isinstance(subject, cls)? {
        return Ok(none::none());
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = protocol::getattr_opt(cls, "__match_args__")?;
        match match_args {
            Some(ma) => {
                let ma_t = tuple::downcast(&ma).ok_or_else(|| {
                    type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name(),
                        ma.ty().name()
                    ))
                })?;
                if npos > ma_t.items.len() {
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name(),
                        ma_t.items.len(),
                        if ma_t.items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for n in ma_t.items[..npos].iter() {
                    let s = pystr::as_str(n).ok_or_else(|| {
                        type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            n.ty().name()
                        ))
                    })?;
                    seen.push(s.to_string());
                    match protocol::getattr_opt(subject, s)? {
                        Some(v) => out.push(v),
                        None => return Ok(none::none()),
                    }
                }
            }
            None => {
                if is_self_matching(t) && npos == 1 {
                    out.push(subject.clone());
                } else {
                    return Err(type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({} given)",
                        t.name(),
                        npos
                    )));
                }
            }
        }
    }
    for n in tuple::items(names).iter() {
        let s = pystr::as_str(n).unwrap_or("");
        if seen.iter().any(|x| x == s) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                t.name(),
                s
            )));
        }
        seen.push(s.to_string());
        match protocol::getattr_opt(subject, s)? {
            Some(v) => out.push(v),
            None => return Ok(none::none()),
        }
    }
    let _ = (
        bool_::true_,
        float::new_float,
        int::from_i64,
        list::new_list,
        set::new_set,
        bytes::new_bytes,
    );
    Ok(tuple::new_tuple(out))
}

/// CHECK_EG_MATCH: (match, rest) of exception `e` against `t`.
pub fn exception_group_match(e: &Value, t: &Value) -> PyResult<(Value, Value)> {
    if protocol::isinstance(e, t)? && !e.ty().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        let g = exc::instantiate(
            &exc::BASE_EXCEPTION_GROUP.as_value(),
            &[pystr::new_str(""), tuple::new_tuple(vec![e.clone()])],
        )?;
        if let (Some(src), Some(dst)) = (exc::downcast(e), exc::downcast(&g)) {
            *dst.tb.borrow_mut() = src.tb.borrow().clone();
        }
        return Ok((g, none::none()));
    }
    if !e.ty().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return Ok((none::none(), e.clone()));
    }
    if protocol::isinstance(e, t)? {
        return Ok((e.clone(), none::none()));
    }
    let r = protocol::call_method(e, "split", std::slice::from_ref(t))?;
    let parts = tuple::items(&r).to_vec();
    Ok((parts[0].clone(), parts[1].clone()))
}

/// PREP_RERAISE_STAR: what is left to raise after the except* clauses.
pub fn prep_reraise_star(orig: &Value, excs: &Value) -> PyResult<Value> {
    let items: Vec<Value> = protocol::iterate(excs)?
        .into_iter()
        .filter(|x| !none::is_none(x))
        .collect();
    match items.len() {
        0 => Ok(none::none()),
        1 => Ok(items[0].clone()),
        _ => {
            let _ = orig;
            exc::instantiate(
                &exc::BASE_EXCEPTION_GROUP.as_value(),
                &[pystr::new_str(""), list::new_list(items)],
            )
        }
    }
}
