//! The errors the eval loop raises itself and how it records them: traceback
//! entries, implicit exception chaining (`__context__`), and NameError /
//! UnboundLocalError with CPython's "Did you mean" hints.

use super::frame::Frame;
use super::ops::builtin_lookup;
use super::state;
use krait_runtime::err::{PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::types::exceptions::{self as exc, TbEntry};
use krait_runtime::types::{dict, str as pystr};

/// Appends a traceback entry for `f` at instruction `at`.
pub fn add_traceback(e: &PyErr, f: &Frame, at: usize) {
    if let Some(x) = exc::downcast(&e.exc) {
        let p = f.code.code.positions.get(at).copied().unwrap_or_default();
        // Stored innermost first (a push per frame unwound; see ExceptionObject::tb).
        x.tb.borrow_mut().push(TbEntry {
            filename: f.code.filename.clone(),
            name: f.code.name.clone(),
            lineno: p.lineno,
            end_lineno: p.end_lineno,
            col: p.col,
            end_col: p.end_col,
            code: None,
        });
    }
}

/// Sets `__context__` of a newly raised exception to the one being handled.
pub fn chain_context(e: &PyErr) {
    let Some(cur) = state::current_exception() else {
        return;
    };
    if cur.is(&e.exc) {
        return;
    }
    let Some(x) = exc::downcast(&e.exc) else {
        return;
    };
    if x.context.borrow().is_some() {
        return;
    }
    // Avoid creating a cycle in the context chain.
    let mut o = Some(cur.clone());
    while let Some(c) = o {
        if c.is(&e.exc) {
            if let Some(cx) = exc::downcast(&c) {
                *cx.context.borrow_mut() = None;
            }
            break;
        }
        o = exc::downcast(&c).and_then(|cx| cx.context.borrow().clone());
    }
    *x.context.borrow_mut() = Some(cur);
}

pub fn name_error(name: &Value) -> PyErr {
    let e = krait_runtime::err::name_error(format!(
        "name '{}' is not defined",
        pystr::as_str(name).unwrap_or("?")
    ));
    let _ = exc::set_attr(&e.exc, "name", name.clone());
    e
}

pub fn unbound_local(name: &Value) -> PyErr {
    PyErr::new(
        &exc::UNBOUND_LOCAL_ERROR,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            pystr::as_str(name).unwrap_or("?")
        ),
    )
}

pub fn load_global(f: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(v) = dict::get_str(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = builtin_lookup(&f.builtins, name)? {
        return Ok(v);
    }
    Err(name_error_in(f, name))
}

/// A NameError raised in frame `f`, with the names in scope noted for the
/// "Did you mean" hint.
fn name_error_in(f: &Frame, name: &Value) -> PyErr {
    let e = name_error(name);
    let keys = |d: &Value| -> Vec<String> {
        dict::downcast(d)
            .map(|d| {
                d.keys()
                    .iter()
                    .filter_map(|k| pystr::as_str(k).map(|s| s.to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let locals: Vec<String> = match &f.locals {
        Some(l) => keys(l),
        None => f
            .code
            .slot_names
            .iter()
            .enumerate()
            .filter(|(i, _)| f.slots[*i].is_some())
            .filter_map(|(_, n)| pystr::as_str(n).map(|s| s.to_string()))
            .collect(),
    };
    super::traceback::note_name_error(
        &e.exc,
        pystr::as_str(name).unwrap_or(""),
        &[locals, keys(&f.globals), keys(&f.builtins)],
    );
    e
}
