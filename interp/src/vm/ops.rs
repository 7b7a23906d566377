//! Instruction bodies too long to sit in the dispatch loop: raising,
//! unpacking, building functions, formatting, pattern-matching tests.

use super::codeval::code_data;
use super::frame::Frame;
use super::{generator, import, state};
use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol::{self, BinOp, CompareOp};
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::function::{self, downcast_function};
use krait_runtime::types::{dict, list, none, str as pystr, tuple};

pub fn builtin_lookup(b: &Value, name: &Value) -> PyResult<Option<Value>> {
    if dict::downcast(b).is_some() {
        Ok(dict::get_str(b, name))
    } else {
        protocol::getattr_opt(b, pystr::as_str(name).unwrap_or(""))
    }
}

pub fn locals_get(locals: &Value, name: &Value) -> PyResult<Option<Value>> {
    if locals.is_exact(&dict::DICT_TYPE) {
        return Ok(dict::get_str(locals, name));
    }
    match protocol::getitem(locals, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exc::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Checks an `except` target: a class or tuple of classes deriving from BaseException.
pub fn check_except_type(t: &Value) -> PyResult<()> {
    let ok = |c: &Value| exc::is_exception_class(c);
    let valid = if let Some(tu) = tuple::downcast(t) {
        tu.items.iter().all(ok)
    } else {
        ok(t)
    };
    if !valid {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(())
}

/// Makes an exception instance from `raise X` (class or instance).
pub fn make_exception(v: &Value) -> PyResult<Value> {
    if exc::is_exception_class(v) {
        return exc::instantiate(v, &[]);
    }
    if exc::downcast(v).is_some() {
        return Ok(v.clone());
    }
    Err(type_error("exceptions must derive from BaseException"))
}

pub fn do_raise(f: &mut Frame, n: u32) -> PyErr {
    match n {
        0 => match state::current_exception() {
            Some(e) => PyErr::from_value(e),
            None => krait_runtime::err::runtime_error("No active exception to reraise"),
        },
        1 => {
            let v = f.pop();
            match make_exception(&v) {
                Ok(e) => PyErr::from_value(e),
                Err(e) => e,
            }
        }
        _ => {
            let cause = f.pop();
            let v = f.pop();
            let e = match make_exception(&v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            let cause = if none::is_none(&cause) {
                None
            } else if exc::is_exception_class(&cause) {
                match exc::instantiate(&cause, &[]) {
                    Ok(c) => Some(c),
                    Err(err) => return err,
                }
            } else if exc::downcast(&cause).is_some() {
                Some(cause)
            } else {
                return type_error("exception causes must derive from BaseException");
            };
            if let Some(x) = exc::downcast(&e) {
                *x.cause.borrow_mut() = cause;
                x.suppress_context.set(true);
            }
            PyErr::from_value(e)
        }
    }
}

/// `__build_class__`-free helper: the iterator a `for` or `yield from` uses.
pub fn get_yield_from_iter(v: &Value) -> PyResult<Value> {
    if generator::is_generator_or_coroutine(v) {
        return Ok(v.clone());
    }
    protocol::iter(v)
}

/// COMPARE_OP, generic form.
pub fn compare_op(a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    // richcompare starts with the int, float, str and tuple fast paths.
    protocol::richcompare(a, b, CompareOp::from_arg(arg))
}

pub fn format_value(v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => protocol::str_of(&v)?,
        2 => protocol::repr(&v)?,
        3 => pystr::from_string(krait_runtime::builtins::ascii_of(&v)?),
        _ => v,
    };
    let spec = spec.unwrap_or_else(pystr::empty);
    if v.is_exact(&pystr::STR_TYPE) && pystr::as_str(&spec) == Some("") {
        return Ok(v);
    }
    protocol::format(&v, &spec)
}

pub fn unpack(f: &mut Frame, seq: Value, before: usize, after: Option<usize>) -> PyResult<()> {
    if after.is_none() {
        if let Some(t) = tuple::downcast(&seq) {
            if t.items.len() == before {
                for x in t.items.iter().rev() {
                    f.push(x.clone());
                }
                return Ok(());
            }
        }
    }
    let items = if let Some(t) = tuple::downcast(&seq) {
        t.items.to_vec()
    } else if let Some(l) = list::downcast(&seq) {
        l.items.borrow().clone()
    } else {
        let it = protocol::iter(&seq).map_err(|e| {
            if e.matches(&exc::TYPE_ERROR) {
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.ty().name()
                ))
            } else {
                e
            }
        })?;
        let mut v = Vec::new();
        while let Some(x) = protocol::next(&it)? {
            v.push(x);
            if after.is_none() && v.len() > before {
                return Err(PyErr::new(
                    &exc::VALUE_ERROR,
                    format!("too many values to unpack (expected {before})"),
                ));
            }
        }
        v
    };
    match after {
        None => {
            if items.len() != before {
                let msg = if items.len() < before {
                    format!(
                        "not enough values to unpack (expected {}, got {})",
                        before,
                        items.len()
                    )
                } else {
                    format!("too many values to unpack (expected {before})")
                };
                return Err(PyErr::new(&exc::VALUE_ERROR, msg));
            }
            for x in items.into_iter().rev() {
                f.push(x);
            }
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(PyErr::new(
                    &exc::VALUE_ERROR,
                    format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ),
                ));
            }
            let n = items.len();
            let tail: Vec<Value> = items[n - after..].to_vec();
            let mid: Vec<Value> = items[before..n - after].to_vec();
            for x in tail.into_iter().rev() {
                f.push(x);
            }
            f.push(list::new_list(mid));
            for x in items[..before].iter().rev() {
                f.push(x.clone());
            }
        }
    }
    Ok(())
}

pub fn make_function(f: &mut Frame, flags: u32) -> PyResult<Value> {
    let code_v = f.pop();
    let cd = code_data(&code_v)
        .ok_or_else(|| type_error("MAKE_FUNCTION needs a code object"))?
        .clone();
    let closure = if flags & 8 != 0 { Some(f.pop()) } else { None };
    let annotations = if flags & 4 != 0 { Some(f.pop()) } else { None };
    let kwdefaults = if flags & 2 != 0 { Some(f.pop()) } else { None };
    let defaults = if flags & 1 != 0 { Some(f.pop()) } else { None };
    let doc = match cd.code.docstring.as_ref() {
        Some(d) => pystr::new_str(d),
        None => none::none(),
    };
    let module = dict::get_str(&f.globals, &pystr::intern("__name__")).unwrap_or_else(none::none);
    let func = function::new_function(
        code_v.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        cd.name.clone(),
        cd.qualname.clone(),
        closure,
        doc,
        module,
    );
    let fo = downcast_function(&func).expect("new function");
    *fo.defaults.borrow_mut() = defaults;
    *fo.kwdefaults.borrow_mut() = kwdefaults;
    if let Some(a) = annotations {
        let d = dict::new_dict();
        if let Some(t) = tuple::downcast(&a) {
            for pair in t.items.chunks(2) {
                if pair.len() == 2 {
                    dict::set_item(&d, pair[0].clone(), pair[1].clone())?;
                }
            }
        } else if dict::downcast(&a).is_some() {
            dict::update(&d, &a)?;
        }
        *fo.annotations.borrow_mut() = Some(d);
    }
    Ok(func)
}

pub fn import_from(module: &Value, name: &Value) -> PyResult<Value> {
    match protocol::getattr(module, name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) => import::import_from_fallback(module, name),
        Err(e) => Err(e),
    }
}

pub fn is_mapping(v: &Value) -> bool {
    dict::downcast(v).is_some()
        || (v.ty().is_heap()
            && v.ty().lookup_str("keys").is_some()
            && v.ty().lookup_str("__getitem__").is_some()
            && super::patterns::registered_mapping(v))
}

pub fn is_sequence(v: &Value) -> bool {
    if pystr::is_str(v)
        || krait_runtime::types::bytes::is_bytes_like(v)
        || dict::downcast(v).is_some()
    {
        return false;
    }
    list::downcast(v).is_some()
        || tuple::downcast(v).is_some()
        || v.is_exact(&krait_runtime::types::range::RANGE_TYPE)
        || super::patterns::registered_sequence(v)
}

/// LOAD_METHOD, generic form: pushes (method, self) or (NULL, attribute).
pub fn load_method_generic(f: &mut Frame, obj: Value, name: &Value) -> PyResult<()> {
    match super::attr::load_method(&obj, name)? {
        (Some(m), true) => {
            f.push(m);
            f.push(obj);
        }
        (Some(m), false) => {
            f.push_opt(None);
            f.push(m);
        }
        (None, _) => unreachable!(),
    }
    Ok(())
}

/// BINARY_OP, generic form.
pub fn binary_op_generic(a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
    let (op, inplace) = BinOp::from_arg(arg);
    if inplace {
        protocol::inplace_op(a, b, op)
    } else {
        protocol::binary_op(a, b, op)
    }
}
