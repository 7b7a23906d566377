//! The native methods of `set` and `frozenset`: argument checking with
//! CPython's messages, then the algorithms of `set.rs` and `ops.rs`.
//!
//! Binary operators only accept sets and frozensets (anything else is
//! NotImplemented, so `{1} | [1]` is a TypeError), and `__rop__(self, other)`
//! computes `other op self`: the result's type follows the left operand.

use super::ops::{self, copy, difference, intersection, symmetric_difference, update_internal};
use super::{
    contains, discard, downcast, is_anyset, is_frozenset, make_new_set, sp, FROZENSET_TYPE,
    SET_TYPE,
};
use crate::args::Args;
use crate::err::{key_error, type_error, PyErr, PyResult};
use crate::object::Value;
use crate::protocol::{self, CompareOp};
use crate::typeobj::{downcast_type, TypeObject};
use crate::types::{bool_, dict, int, list, none, str as pystr, tuple, MethodDef};

// ---------------------------------------------------------------- argument checks

/// "set" or "frozenset": the table the called method comes from.
fn tname(v: &Value) -> &'static str {
    if is_frozenset(v) {
        "frozenset"
    } else {
        "set"
    }
}

fn self_of<'a>(a: &Args<'a>) -> PyResult<&'a Value> {
    a.pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs an argument"))
}

fn no_kw(a: &Args, m: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(type_error(format!(
            "{}.{m}() takes no keyword arguments",
            tname(self_of(a)?)
        )));
    }
    Ok(())
}

/// A one-argument method (METH_O): the argument.
fn arg_o<'a>(a: &Args<'a>, m: &str) -> PyResult<&'a Value> {
    no_kw(a, m)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "{}.{m}() takes exactly one argument ({} given)",
            tname(self_of(a)?),
            p.len().saturating_sub(1)
        )));
    }
    Ok(&p[1])
}

/// A method without arguments (METH_NOARGS).
fn no_args(a: &Args, m: &str) -> PyResult<()> {
    no_kw(a, m)?;
    let n = a.npos();
    if n != 1 {
        return Err(type_error(format!(
            "{}.{m}() takes no arguments ({} given)",
            tname(self_of(a)?),
            n.saturating_sub(1)
        )));
    }
    Ok(())
}

/// A method taking `*others` (METH_VARARGS).
fn var_args<'a>(a: &Args<'a>, m: &str) -> PyResult<&'a [Value]> {
    no_kw(a, m)?;
    Ok(&a.pos()[1..])
}

/// A slot wrapper (`__or__`, `__len__`, ...): exactly `n` arguments.
fn wrapper_args<'a>(a: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let p = a.pos();
    if a.has_kw() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if p.len() != n + 1 {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            p.len().saturating_sub(1)
        )));
    }
    Ok(p)
}

fn not_a_type(owner: &str, cls: &Value) -> PyErr {
    type_error(format!(
        "{owner}.__new__(X): X is not a type object ({})",
        cls.ty().name()
    ))
}

/// The subtype argument of `owner.__new__`.
fn new_cls<'a>(a: &Args<'a>, owner: &'static TypeObject) -> PyResult<&'a TypeObject> {
    let on = owner.name();
    let cls = a
        .pos()
        .first()
        .ok_or_else(|| type_error(format!("{on}.__new__(): not enough arguments")))?;
    let t = downcast_type(cls).ok_or_else(|| not_a_type(&on, cls))?;
    if !t.is_subtype(owner) {
        let tn = t.name();
        return Err(type_error(format!(
            "{on}.__new__({tn}): {tn} is not a subtype of {on}"
        )));
    }
    Ok(t)
}

// ---------------------------------------------------------------- construction

fn set_new(a: &Args) -> PyResult<Value> {
    let t = new_cls(a, &SET_TYPE)?;
    make_new_set(t, None)
}

fn set_init(a: &Args) -> PyResult<Value> {
    let s = self_of(a)?;
    if a.has_kw() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            s.ty().name(),
            p.len() - 1
        )));
    }
    let so = sp(s)?;
    if so.table.borrow().fill > 0 {
        so.clear_internal();
    }
    so.hash.set(-1);
    if let Some(it) = p.get(1) {
        update_internal(s, it)?;
    }
    Ok(none::none())
}

fn frozenset_new(a: &Args) -> PyResult<Value> {
    let t = new_cls(a, &FROZENSET_TYPE)?;
    let exact = std::ptr::eq(t, &FROZENSET_TYPE);
    let default_init = exact
        || match (
            t.lookup_str("__init__"),
            FROZENSET_TYPE.lookup_str("__init__"),
        ) {
            (Some(x), Some(y)) => x.is(&y),
            _ => false,
        };
    if default_init && a.has_kw() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            t.name(),
            p.len() - 1
        )));
    }
    let iterable = p.get(1);
    if let Some(it) = iterable {
        if exact && it.is_exact(&FROZENSET_TYPE) {
            // frozenset(f) is f.
            return Ok(it.clone());
        }
    }
    make_new_set(t, iterable)
}

// ---------------------------------------------------------------- mutation

fn set_add(a: &Args) -> PyResult<Value> {
    let key = arg_o(a, "add")?;
    sp(self_of(a)?)?.add_key(key.clone())?;
    Ok(none::none())
}

fn set_clear(a: &Args) -> PyResult<Value> {
    no_args(a, "clear")?;
    sp(self_of(a)?)?.clear_internal();
    Ok(none::none())
}

fn set_discard(a: &Args) -> PyResult<Value> {
    let key = arg_o(a, "discard")?;
    discard(self_of(a)?, key)?;
    Ok(none::none())
}

fn set_remove(a: &Args) -> PyResult<Value> {
    let key = arg_o(a, "remove")?;
    if !discard(self_of(a)?, key)? {
        return Err(key_error(key.clone()));
    }
    Ok(none::none())
}

fn set_pop(a: &Args) -> PyResult<Value> {
    no_args(a, "pop")?;
    let so = sp(self_of(a)?)?;
    let key = {
        let mut t = so.table.borrow_mut();
        if t.used == 0 {
            None
        } else {
            // Resume the scan where the last pop stopped.
            let mask = t.mask();
            let mut j = t.finger & mask;
            while t.entries[j].key.is_none() {
                j = if j == mask { 0 } else { j + 1 };
            }
            t.finger = j + 1;
            t.remove_at(j)
        }
    };
    key.ok_or_else(|| {
        PyErr::new(
            &crate::types::exceptions::KEY_ERROR,
            "pop from an empty set",
        )
    })
}

fn set_update(a: &Args) -> PyResult<Value> {
    let s = self_of(a)?;
    for o in var_args(a, "update")? {
        update_internal(s, o)?;
    }
    Ok(none::none())
}

fn set_intersection_update(a: &Args) -> PyResult<Value> {
    let others = var_args(a, "intersection_update")?;
    ops::intersection_update_multi(self_of(a)?, others)?;
    Ok(none::none())
}

fn set_difference_update(a: &Args) -> PyResult<Value> {
    let s = self_of(a)?;
    for o in var_args(a, "difference_update")? {
        ops::difference_update(s, o)?;
    }
    Ok(none::none())
}

fn set_symmetric_difference_update(a: &Args) -> PyResult<Value> {
    let other = arg_o(a, "symmetric_difference_update")?;
    ops::symmetric_difference_update(self_of(a)?, other)?;
    Ok(none::none())
}

// ---------------------------------------------------------------- queries and new sets

fn set_copy(a: &Args) -> PyResult<Value> {
    no_args(a, "copy")?;
    copy(self_of(a)?)
}

fn frozenset_copy(a: &Args) -> PyResult<Value> {
    no_args(a, "copy")?;
    let s = self_of(a)?;
    if s.is_exact(&FROZENSET_TYPE) {
        return Ok(s.clone());
    }
    copy(s)
}

fn set_union(a: &Args) -> PyResult<Value> {
    let others = var_args(a, "union")?;
    ops::union_multi(self_of(a)?, others)
}

fn set_intersection(a: &Args) -> PyResult<Value> {
    let others = var_args(a, "intersection")?;
    ops::intersection_multi(self_of(a)?, others)
}

fn set_difference(a: &Args) -> PyResult<Value> {
    let others = var_args(a, "difference")?;
    ops::difference_multi(self_of(a)?, others)
}

fn set_symmetric_difference(a: &Args) -> PyResult<Value> {
    let other = arg_o(a, "symmetric_difference")?;
    symmetric_difference(self_of(a)?, other)
}

fn set_issubset(a: &Args) -> PyResult<Value> {
    let other = arg_o(a, "issubset")?;
    Ok(bool_::new_bool(ops::issubset(self_of(a)?, other)?))
}

fn set_issuperset(a: &Args) -> PyResult<Value> {
    let other = arg_o(a, "issuperset")?;
    Ok(bool_::new_bool(ops::issuperset(self_of(a)?, other)?))
}

fn set_isdisjoint(a: &Args) -> PyResult<Value> {
    let other = arg_o(a, "isdisjoint")?;
    Ok(bool_::new_bool(ops::isdisjoint(self_of(a)?, other)?))
}

fn set_contains(a: &Args) -> PyResult<Value> {
    let key = arg_o(a, "__contains__")?;
    Ok(bool_::new_bool(contains(self_of(a)?, key)?))
}

fn set_len(a: &Args) -> PyResult<Value> {
    let p = wrapper_args(a, 0)?;
    Ok(int::from_i64(sp(&p[0])?.len() as i64))
}

fn set_iter(a: &Args) -> PyResult<Value> {
    let p = wrapper_args(a, 0)?;
    Ok(super::iter::new_set_iter(&p[0], sp(&p[0])?))
}

fn set_repr(a: &Args) -> PyResult<Value> {
    let p = wrapper_args(a, 0)?;
    let s = &p[0];
    let name = s.ty().name();
    let Some(_guard) = crate::builtins::repr_enter(s) else {
        return Ok(pystr::from_string(format!("{name}(...)")));
    };
    let keys = sp(s)?.table.borrow().keys();
    if keys.is_empty() {
        return Ok(pystr::from_string(format!("{name}()")));
    }
    let body = tuple::repr_items(&keys, "{", "}")?;
    if s.is_exact(&SET_TYPE) {
        Ok(pystr::from_string(body))
    } else {
        Ok(pystr::from_string(format!("{name}({body})")))
    }
}

fn frozenset_hash(a: &Args) -> PyResult<Value> {
    let p = wrapper_args(a, 0)?;
    Ok(int::from_i64(sp(&p[0])?.frozen_hash()))
}

/// The pickling state: `__getstate__()` if defined, else a non-empty
/// instance `__dict__`, else None.
fn reduce_state(s: &Value) -> PyResult<Value> {
    if let Some(m) = protocol::lookup_special(s, "__getstate__") {
        return protocol::call_unbound(&m, s, &[]);
    }
    match protocol::getattr_opt(s, "__dict__")? {
        Some(d) if dict::downcast(&d).is_some() && dict::len(&d) > 0 => Ok(d),
        _ => Ok(none::none()),
    }
}

fn set_reduce(a: &Args) -> PyResult<Value> {
    no_args(a, "__reduce__")?;
    let s = self_of(a)?;
    let keys = list::new_list(sp(s)?.table.borrow().keys());
    let state = reduce_state(s)?;
    Ok(tuple::new_tuple(vec![
        s.ty().as_value(),
        tuple::new_tuple(vec![keys]),
        state,
    ]))
}

fn set_sizeof(a: &Args) -> PyResult<Value> {
    no_args(a, "__sizeof__")?;
    Ok(int::from_i64(
        sp(self_of(a)?)?.table.borrow().sizeof() as i64
    ))
}

fn set_class_getitem(a: &Args) -> PyResult<Value> {
    self_of(a).cloned()
}

// ---------------------------------------------------------------- comparison

fn set_eq(v: &Value, w: &Value) -> PyResult<bool> {
    let (vs, ws) = (sp(v)?, sp(w)?);
    if vs.len() != ws.len() {
        return Ok(false);
    }
    let (hv, hw) = (vs.hash.get(), ws.hash.get());
    if hv != -1 && hw != -1 && hv != hw {
        return Ok(false);
    }
    ops::issubset(v, w)
}

fn richcompare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = wrapper_args(a, 1)?;
    let (v, w) = (&p[0], &p[1]);
    let (Some(vs), Some(ws)) = (downcast(v), downcast(w)) else {
        return Ok(none::not_implemented());
    };
    let r = match op {
        CompareOp::Eq => set_eq(v, w)?,
        CompareOp::Ne => !set_eq(v, w)?,
        CompareOp::Le => ops::issubset(v, w)?,
        CompareOp::Ge => ops::issuperset(v, w)?,
        CompareOp::Lt => vs.len() < ws.len() && ops::issubset(v, w)?,
        CompareOp::Gt => vs.len() > ws.len() && ops::issuperset(v, w)?,
    };
    Ok(bool_::new_bool(r))
}

fn set_lt(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Lt)
}
fn set_le(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Le)
}
fn set_eq_m(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Eq)
}
fn set_ne(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Ne)
}
fn set_gt(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Gt)
}
fn set_ge(a: &Args) -> PyResult<Value> {
    richcompare(a, CompareOp::Ge)
}

// ---------------------------------------------------------------- operators

/// A binary operator on two sets; NotImplemented for other operands.
fn binop(a: &Value, b: &Value, f: fn(&Value, &Value) -> PyResult<Value>) -> PyResult<Value> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(none::not_implemented());
    }
    f(a, b)
}

fn or_op(a: &Value, b: &Value) -> PyResult<Value> {
    let result = copy(a)?;
    if !a.is(b) {
        update_internal(&result, b)?;
    }
    Ok(result)
}

/// `a op b` (`reflected`: the method's self is `b`).
fn binop_method(
    a: &Args,
    reflected: bool,
    f: fn(&Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let p = wrapper_args(a, 1)?;
    if reflected {
        binop(&p[1], &p[0], f)
    } else {
        binop(&p[0], &p[1], f)
    }
}

/// `a op b` for two exact sets or frozensets (what their `__or__`,
/// `__and__`, `__sub__` and `__xor__` compute, without the method call);
/// None for other operands or operators.
pub fn exact_binop(a: &Value, b: &Value, op: protocol::BinOp) -> Option<PyResult<Value>> {
    let exact = |v: &Value| v.is_exact(&SET_TYPE) || v.is_exact(&FROZENSET_TYPE);
    if !(exact(a) && exact(b)) {
        return None;
    }
    let f: fn(&Value, &Value) -> PyResult<Value> = match op {
        protocol::BinOp::Or => or_op,
        protocol::BinOp::And => intersection,
        protocol::BinOp::Sub => difference,
        protocol::BinOp::Xor => symmetric_difference,
        _ => return None,
    };
    Some(f(a, b))
}

fn set_or(a: &Args) -> PyResult<Value> {
    binop_method(a, false, or_op)
}
fn set_ror(a: &Args) -> PyResult<Value> {
    binop_method(a, true, or_op)
}
fn set_and(a: &Args) -> PyResult<Value> {
    binop_method(a, false, intersection)
}
fn set_rand(a: &Args) -> PyResult<Value> {
    binop_method(a, true, intersection)
}
fn set_sub(a: &Args) -> PyResult<Value> {
    binop_method(a, false, difference)
}
fn set_rsub(a: &Args) -> PyResult<Value> {
    binop_method(a, true, difference)
}
fn set_xor(a: &Args) -> PyResult<Value> {
    binop_method(a, false, symmetric_difference)
}
fn set_rxor(a: &Args) -> PyResult<Value> {
    binop_method(a, true, symmetric_difference)
}

/// `s op= other`: NotImplemented unless `other` is a set or frozenset.
fn inplace(a: &Args, f: fn(&Value, &Value) -> PyResult<()>) -> PyResult<Value> {
    let p = wrapper_args(a, 1)?;
    if !is_anyset(&p[1]) {
        return Ok(none::not_implemented());
    }
    f(&p[0], &p[1])?;
    Ok(p[0].clone())
}

fn set_ior(a: &Args) -> PyResult<Value> {
    inplace(a, update_internal)
}
fn set_iand(a: &Args) -> PyResult<Value> {
    inplace(a, ops::intersection_update)
}
fn set_isub(a: &Args) -> PyResult<Value> {
    inplace(a, ops::difference_update)
}
fn set_ixor(a: &Args) -> PyResult<Value> {
    inplace(a, ops::symmetric_difference_update)
}

// ---------------------------------------------------------------- tables

use crate::types::{classmethod, method, staticmethod};

static SET_METHODS: &[MethodDef] = &[
    staticmethod("__new__", set_new),
    method("__init__", set_init),
    method("add", set_add),
    method("clear", set_clear),
    method("__contains__", set_contains),
    method("copy", set_copy),
    method("discard", set_discard),
    method("difference", set_difference),
    method("difference_update", set_difference_update),
    method("intersection", set_intersection),
    method("intersection_update", set_intersection_update),
    method("isdisjoint", set_isdisjoint),
    method("issubset", set_issubset),
    method("issuperset", set_issuperset),
    method("pop", set_pop),
    method("__reduce__", set_reduce),
    method("remove", set_remove),
    method("__sizeof__", set_sizeof),
    method("symmetric_difference", set_symmetric_difference),
    method(
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    method("union", set_union),
    method("update", set_update),
    classmethod("__class_getitem__", set_class_getitem),
    method("__len__", set_len),
    method("__iter__", set_iter),
    method("__repr__", set_repr),
    method("__lt__", set_lt),
    method("__le__", set_le),
    method("__eq__", set_eq_m),
    method("__ne__", set_ne),
    method("__gt__", set_gt),
    method("__ge__", set_ge),
    method("__or__", set_or),
    method("__ror__", set_ror),
    method("__and__", set_and),
    method("__rand__", set_rand),
    method("__sub__", set_sub),
    method("__rsub__", set_rsub),
    method("__xor__", set_xor),
    method("__rxor__", set_rxor),
    method("__ior__", set_ior),
    method("__iand__", set_iand),
    method("__isub__", set_isub),
    method("__ixor__", set_ixor),
];

static FROZENSET_METHODS: &[MethodDef] = &[
    staticmethod("__new__", frozenset_new),
    method("__contains__", set_contains),
    method("copy", frozenset_copy),
    method("difference", set_difference),
    method("intersection", set_intersection),
    method("isdisjoint", set_isdisjoint),
    method("issubset", set_issubset),
    method("issuperset", set_issuperset),
    method("__reduce__", set_reduce),
    method("__sizeof__", set_sizeof),
    method("symmetric_difference", set_symmetric_difference),
    method("union", set_union),
    classmethod("__class_getitem__", set_class_getitem),
    method("__len__", set_len),
    method("__iter__", set_iter),
    method("__repr__", set_repr),
    method("__hash__", frozenset_hash),
    method("__lt__", set_lt),
    method("__le__", set_le),
    method("__eq__", set_eq_m),
    method("__ne__", set_ne),
    method("__gt__", set_gt),
    method("__ge__", set_ge),
    method("__or__", set_or),
    method("__ror__", set_ror),
    method("__and__", set_and),
    method("__rand__", set_rand),
    method("__sub__", set_sub),
    method("__rsub__", set_rsub),
    method("__xor__", set_xor),
    method("__rxor__", set_rxor),
];

pub(super) fn init() {
    SET_TYPE.doc.set(Some("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."));
    FROZENSET_TYPE.doc.set(Some("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."));
    crate::types::init_builtin_type(&SET_TYPE, SET_METHODS, &[]);
    crate::types::init_builtin_type(&FROZENSET_TYPE, FROZENSET_METHODS, &[]);
    crate::types::dict::set_str(&SET_TYPE.dict_value(), "__hash__", none::none());
}
