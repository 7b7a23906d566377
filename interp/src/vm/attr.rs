//! Helpers of the eval loop that are not one-liners: method lookup for
//! LOAD_METHOD, star-argument unpacking, `with`, the REPL display hook.

use super::codeval::CodeData;
use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::typeobj::flags;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::function;
use krait_runtime::types::{dict, none, str as pystr, tuple};

/// LOAD_METHOD: `(method, true)` when `obj` should be passed as self,
/// `(attribute, false)` otherwise.
pub fn load_method(obj: &Value, name: &Value) -> PyResult<(Option<Value>, bool)> {
    let ty = obj.ty();
    if ty.getattro.get().is_none() && !ty.has_flag(flags::CUSTOM_GETATTRIBUTE) {
        if let Some(m) = ty.lookup(name) {
            let mty = m.ty();
            let is_method = function::is_plain_function_type(mty)
                || m.is_exact(&function::METHOD_DESCRIPTOR_TYPE);
            if is_method {
                // An instance attribute of the same name shadows the method.
                let shadowed = match protocol::instance_ext(obj) {
                    Some(ext) => ext.get(name).is_some(),
                    None => krait_runtime::types::object::object_dict(obj)
                        .map(|d| dict::get_str(&d, name).is_some())
                        .unwrap_or(false),
                };
                if !shadowed {
                    return Ok((Some(m), true));
                }
            }
        }
    }
    Ok((Some(protocol::getattr(obj, name)?), false))
}

/// The error for an empty cell or free variable.
pub fn unbound_deref(code: &CodeData, slot: usize) -> PyErr {
    let name = pystr::as_str(&code.slot_names[slot])
        .unwrap_or("?")
        .to_string();
    if slot >= code.nlocalsplus - code.nfrees {
        krait_runtime::err::name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    } else {
        PyErr::new(
            &exc::UNBOUND_LOCAL_ERROR,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// `d[k]` on an exact dict.
pub fn dict_getitem(d: &Value, k: &Value) -> PyResult<Value> {
    match dict::get_item(d, k)? {
        Some(v) => Ok(v),
        None => Err(krait_runtime::err::key_error(k.clone())),
    }
}

fn func_desc(func: &Value) -> String {
    let q = protocol::getattr_opt(func, "__qualname__")
        .ok()
        .flatten()
        .and_then(|q| pystr::as_str(&q).map(|s| s.to_string()));
    match q {
        Some(q)
            if function::is_plain_function_type(func.ty())
                || function::bound_method_parts(func).is_some() =>
        {
            format!("{q}()")
        }
        Some(q) => format!("{q}()"),
        None => format!("{} object", func.ty().name()),
    }
}

/// DICT_MERGE for `f(**m)`: duplicate keys are an error.
pub fn dict_merge(d: &Value, m: &Value, func: &Value) -> PyResult<()> {
    if dict::downcast(m).is_none() && protocol::lookup_special(m, "keys").is_none() {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            func_desc(func),
            m.ty().name()
        )));
    }
    let keys = if let Some(md) = dict::downcast(m) {
        md.keys()
    } else {
        protocol::iterate(&protocol::call_method(m, "keys", &[])?)?
    };
    for k in keys {
        if !pystr::is_str(&k) {
            return Err(type_error(format!(
                "{} keywords must be strings",
                func_desc(func)
            )));
        }
        if dict::get_item(d, &k)?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                func_desc(func),
                pystr::as_str(&k).unwrap_or("?")
            )));
        }
        let v = protocol::getitem(m, &k)?;
        dict::set_item(d, k, v)?;
    }
    Ok(())
}

/// The positional arguments of CALL_FUNCTION_EX.
pub fn star_args(func: &Value, a: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = tuple::downcast(a) {
        return Ok(t.items.to_vec());
    }
    protocol::iterate(a).map_err(|e| {
        if e.matches(&exc::TYPE_ERROR) {
            type_error(format!(
                "{} argument after * must be an iterable, not {}",
                func_desc(func),
                a.ty().name()
            ))
        } else {
            e
        }
    })
}

/// The keyword arguments of CALL_FUNCTION_EX, appended to `all`/`names`.
pub fn star_kwargs(
    func: &Value,
    kw: &Value,
    all: &mut Vec<Value>,
    names: &mut Vec<Value>,
) -> PyResult<()> {
    let items = match dict::downcast(kw) {
        Some(d) => d.items(),
        None => {
            if protocol::lookup_special(kw, "keys").is_none() {
                return Err(type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    func_desc(func),
                    kw.ty().name()
                )));
            }
            let mut v = Vec::new();
            for k in protocol::iterate(&protocol::call_method(kw, "keys", &[])?)? {
                let x = protocol::getitem(kw, &k)?;
                v.push((k, x));
            }
            v
        }
    };
    for (k, v) in items {
        if !pystr::is_str(&k) {
            return Err(type_error(format!(
                "{} keywords must be strings",
                func_desc(func)
            )));
        }
        names.push(pystr::intern_value(&k));
        all.push(v);
    }
    Ok(())
}

/// BEFORE_WITH: (bound __exit__, result of __enter__()).
pub fn before_with(mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
    let (enter_name, exit_name) = if is_async {
        ("__aenter__", "__aexit__")
    } else {
        ("__enter__", "__exit__")
    };
    let t = mgr.ty();
    let missing = |what: &str| {
        type_error(format!(
            "'{}' object does not support the {}context manager protocol{}",
            t.name(),
            if is_async { "asynchronous " } else { "" },
            what
        ))
    };
    let enter = t.lookup_str(enter_name).ok_or_else(|| missing(""))?;
    let exit = t
        .lookup_str(exit_name)
        .ok_or_else(|| missing(" (missed __exit__ method)"))?;
    let bound_exit = match exit.ty().descr_get.get() {
        Some(g) => g(&exit, Some(mgr), &t.as_value())?,
        None => exit,
    };
    let res = protocol::call_unbound(&enter, mgr, &[])?;
    Ok((bound_exit, res))
}

/// PRINT_EXPR: `sys.displayhook(v)`.
pub fn display_hook(v: &Value) -> PyResult<()> {
    // As CPython: the hook always runs (sys.displayhook itself skips None).
    if let Some(h) = krait_runtime::builtins::sys_attr("displayhook") {
        protocol::call_pos(&h, std::slice::from_ref(v))?;
        return Ok(());
    }
    if none::is_none(v) {
        return Ok(());
    }
    let s = protocol::repr_string(v)?;
    if let Some(out) = krait_runtime::builtins::sys_attr("stdout") {
        krait_runtime::types::file::write_str(&out, &format!("{s}\n"))?;
    }
    let b = krait_runtime::builtins::builtins_module();
    protocol::setattr(&b, &pystr::intern("_"), Some(v.clone()))?;
    Ok(())
}
