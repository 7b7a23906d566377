//! The methods of `dict`, its views (`keys()`, `values()`, `items()`) and
//! its iterators. Iterators walk the dense entry vector by position and
//! raise if the dict changed size meanwhile, as CPython's do.

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{key_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, Layout, TypeObject};
use crate::types::dict::{downcast, new_dict, new_dict_of_type, update, DictObject, DICT_TYPE};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, int, list, none, str as pystr, tuple, MethodDef};
use std::cell::Cell;

fn this<'a>(a: &Args<'a>) -> PyResult<&'a DictObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("descriptor requires a 'dict' object"))
}

fn d_new(a: &Args) -> PyResult<Value> {
    let t = downcast_type(&a.pos()[0])
        .ok_or_else(|| type_error("dict.__new__(X): X is not a type object"))?;
    Ok(new_dict_of_type(t))
}

fn d_init(a: &Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    let d = &p[0];
    if let Some(src) = p.get(1) {
        update(d, src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        crate::types::dict::set_item(d, k.clone(), v.clone())?;
    }
    Ok(none::none())
}

/// `d[key]`, with `__missing__` for subclasses.
pub fn getitem(d: &Value, key: &Value) -> PyResult<Value> {
    let o = downcast(d).ok_or_else(|| type_error("dict expected"))?;
    if let Some(v) = o.get(key)? {
        return Ok(v);
    }
    if d.ty().is_heap() {
        if let Some(m) = d.ty().lookup_str("__missing__") {
            return protocol::call_unbound(&m, d, std::slice::from_ref(key));
        }
    }
    Err(key_error(key.clone()))
}

fn d_getitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__getitem__", 2, 2)?;
    getitem(&p[0], &p[1])
}
fn d_setitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__setitem__", 3, 3)?;
    this(a)?.set(p[1].clone(), p[2].clone())?;
    Ok(none::none())
}
fn d_delitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__delitem__", 2, 2)?;
    match this(a)?.remove(&p[1])? {
        Some(_) => Ok(none::none()),
        None => Err(key_error(p[1].clone())),
    }
}
fn d_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    Ok(bool_::new_bool(this(a)?.get(&p[1])?.is_some()))
}
fn d_len(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(this(a)?.len() as i64))
}
fn d_get(a: &Args) -> PyResult<Value> {
    let p = a.check("get", 2, 3)?;
    Ok(this(a)?
        .get(&p[1])?
        .unwrap_or_else(|| p.get(2).cloned().unwrap_or_else(none::none)))
}
fn d_setdefault(a: &Args) -> PyResult<Value> {
    let p = a.check("setdefault", 2, 3)?;
    let d = this(a)?;
    if let Some(v) = d.get(&p[1])? {
        return Ok(v);
    }
    let v = p.get(2).cloned().unwrap_or_else(none::none);
    d.set(p[1].clone(), v.clone())?;
    Ok(v)
}
fn d_pop(a: &Args) -> PyResult<Value> {
    let p = a.check("pop", 2, 3)?;
    match this(a)?.remove(&p[1])? {
        Some(v) => Ok(v),
        None => p.get(2).cloned().ok_or_else(|| key_error(p[1].clone())),
    }
}
fn d_popitem(a: &Args) -> PyResult<Value> {
    a.check("popitem", 1, 1)?;
    match this(a)?.pop_last() {
        Some((k, v)) => Ok(tuple::new_tuple(vec![k, v])),
        None => Err(crate::err::PyErr::new(
            &crate::types::exceptions::KEY_ERROR,
            "popitem(): dictionary is empty",
        )),
    }
}
fn d_update(a: &Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    if let Some(src) = p.get(1) {
        update(&p[0], src)?;
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        crate::types::dict::set_item(&p[0], k.clone(), v.clone())?;
    }
    Ok(none::none())
}
fn d_clear(a: &Args) -> PyResult<Value> {
    this(a)?.clear();
    Ok(none::none())
}
fn d_copy(a: &Args) -> PyResult<Value> {
    let d = new_dict();
    for (k, v) in this(a)?.items() {
        crate::types::dict::set_item(&d, k, v)?;
    }
    Ok(d)
}
fn d_fromkeys(a: &Args) -> PyResult<Value> {
    let p = a.check("fromkeys", 2, 3)?;
    let v = p.get(2).cloned().unwrap_or_else(none::none);
    let d = protocol::call_pos(&p[0], &[])?;
    for k in protocol::iterate(&p[1])? {
        protocol::setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}

fn d_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let d = this(a)?;
    if d.len() == 0 {
        return Ok(pystr::new_str("{}"));
    }
    let Some(_g) = crate::builtins::repr_enter(v) else {
        return Ok(pystr::new_str("{...}"));
    };
    let mut s = String::from("{");
    for (i, (k, val)) in d.items().into_iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocol::repr_string(&k)?);
        s.push_str(": ");
        s.push_str(&protocol::repr_string(&val)?);
    }
    s.push('}');
    Ok(pystr::from_string(s))
}

fn d_eq_impl(a: &Args) -> PyResult<Option<bool>> {
    let p = a.check("__eq__", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(None);
    };
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    for (k, v) in x.items() {
        match y.get(&k)? {
            Some(w) => {
                if !(v.is(&w) || protocol::eq(&v, &w)?) {
                    return Ok(Some(false));
                }
            }
            None => return Ok(Some(false)),
        }
    }
    Ok(Some(true))
}
fn d_eq(a: &Args) -> PyResult<Value> {
    Ok(match d_eq_impl(a)? {
        Some(b) => bool_::new_bool(b),
        None => none::not_implemented(),
    })
}
fn d_ne(a: &Args) -> PyResult<Value> {
    Ok(match d_eq_impl(a)? {
        Some(b) => bool_::new_bool(!b),
        None => none::not_implemented(),
    })
}
fn d_or(a: &Args) -> PyResult<Value> {
    let p = a.check("__or__", 2, 2)?;
    if downcast(&p[1]).is_none() || downcast(&p[0]).is_none() {
        return Ok(none::not_implemented());
    }
    let d = d_copy(&Args::pos_only(&p[..1]))?;
    update(&d, &p[1])?;
    Ok(d)
}
fn d_ror(a: &Args) -> PyResult<Value> {
    let p = a.check("__ror__", 2, 2)?;
    if downcast(&p[1]).is_none() {
        return Ok(none::not_implemented());
    }
    let d = d_copy(&Args::pos_only(&p[1..2]))?;
    update(&d, &p[0])?;
    Ok(d)
}
fn d_ior(a: &Args) -> PyResult<Value> {
    let p = a.check("__ior__", 2, 2)?;
    update(&p[0], &p[1])?;
    Ok(p[0].clone())
}
fn d_class_getitem(a: &Args) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

// ---------------------------------------------------------------- views and iterators

/// What a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct DictView {
    pub head: ObjHeader,
    pub dict: Value,
}
impl Payload for DictView {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}
pub static VIEW_LAYOUT: Layout = layout_of::<DictView>(true, None, None);
pub static DICT_KEYS_TYPE: TypeObject =
    TypeObject::new_static("dict_keys", &OBJECT_TYPE, 0, &VIEW_LAYOUT);
pub static DICT_VALUES_TYPE: TypeObject =
    TypeObject::new_static("dict_values", &OBJECT_TYPE, 0, &VIEW_LAYOUT);
pub static DICT_ITEMS_TYPE: TypeObject =
    TypeObject::new_static("dict_items", &OBJECT_TYPE, 0, &VIEW_LAYOUT);

#[repr(C)]
pub struct DictIter {
    pub head: ObjHeader,
    pub dict: Value,
    pub pos: Cell<usize>,
    pub used: Cell<usize>,
    pub kind: ViewKind,
    pub reverse: bool,
    /// Items iterators: the last (key, value) tuple, refilled when its
    /// consumer has let go of it (`tuple::refill_or_new`).
    pub result: std::cell::RefCell<Option<Value>>,
}
impl Payload for DictIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
        if let Ok(r) = self.result.try_borrow() {
            if let Some(r) = r.as_ref() {
                visit(r);
            }
        }
    }
}
pub static ITER_LAYOUT: Layout = layout_of::<DictIter>(true, None, None);
pub static DICT_KEYITER_TYPE: TypeObject =
    TypeObject::new_static("dict_keyiterator", &OBJECT_TYPE, 0, &ITER_LAYOUT);
pub static DICT_VALUEITER_TYPE: TypeObject =
    TypeObject::new_static("dict_valueiterator", &OBJECT_TYPE, 0, &ITER_LAYOUT);
pub static DICT_ITEMITER_TYPE: TypeObject =
    TypeObject::new_static("dict_itemiterator", &OBJECT_TYPE, 0, &ITER_LAYOUT);

fn view_type(kind: ViewKind) -> &'static TypeObject {
    match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    }
}

fn view_kind(v: &Value) -> ViewKind {
    if v.is_exact(&DICT_KEYS_TYPE) {
        ViewKind::Keys
    } else if v.is_exact(&DICT_VALUES_TYPE) {
        ViewKind::Values
    } else {
        ViewKind::Items
    }
}

/// A new dict iterator.
pub fn new_dict_iter(d: Value, kind: ViewKind, reverse: bool) -> Value {
    let o = downcast(&d).expect("dict");
    let used = o.len();
    let pos = if reverse {
        o.inner.borrow().entries.len()
    } else {
        0
    };
    let ty = match kind {
        ViewKind::Keys => &DICT_KEYITER_TYPE,
        ViewKind::Values => &DICT_VALUEITER_TYPE,
        ViewKind::Items => &DICT_ITEMITER_TYPE,
    };
    alloc_gc(DictIter {
        head: ObjHeader::new(ty),
        dict: d,
        pos: Cell::new(pos),
        used: Cell::new(used),
        kind,
        reverse,
        result: std::cell::RefCell::new(None),
    })
}

fn dict_iter_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: slot only on DictIter types.
    let di = unsafe { it.payload_unchecked::<DictIter>() };
    let d = downcast(&di.dict).expect("dict");
    if d.len() != di.used.get() {
        di.used.set(usize::MAX);
        return Err(crate::types::dict::changed_size_error());
    }
    let found = if di.reverse {
        let inner = d.inner.borrow();
        let mut p = di.pos.get();
        let mut r = None;
        while p > 0 {
            p -= 1;
            if let Some(e) = &inner.entries[p] {
                r = Some((p, e.key.clone(), e.value.clone()));
                break;
            }
        }
        r
    } else {
        d.entry_from(di.pos.get())
    };
    match found {
        Some((p, k, v)) => {
            di.pos.set(p);
            Ok(Some(match di.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => tuple::refill_or_new(&di.result, [k, v]),
            }))
        }
        None => {
            di.pos.set(if di.reverse { 0 } else { usize::MAX / 2 });
            Ok(None)
        }
    }
}

fn d_iter(a: &Args) -> PyResult<Value> {
    Ok(new_dict_iter(a.pos()[0].clone(), ViewKind::Keys, false))
}
fn d_reversed(a: &Args) -> PyResult<Value> {
    Ok(new_dict_iter(a.pos()[0].clone(), ViewKind::Keys, true))
}
fn new_view(d: &Value, kind: ViewKind) -> Value {
    alloc_gc(DictView {
        head: ObjHeader::new(view_type(kind)),
        dict: d.clone(),
    })
}
fn d_keys(a: &Args) -> PyResult<Value> {
    Ok(new_view(&a.pos()[0], ViewKind::Keys))
}
fn d_values(a: &Args) -> PyResult<Value> {
    Ok(new_view(&a.pos()[0], ViewKind::Values))
}
fn d_items(a: &Args) -> PyResult<Value> {
    Ok(new_view(&a.pos()[0], ViewKind::Items))
}

fn view_dict(v: &Value) -> Value {
    // SAFETY: only called on view types.
    unsafe { v.payload_unchecked::<DictView>() }.dict.clone()
}
fn v_iter(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(new_dict_iter(view_dict(v), view_kind(v), false))
}
fn v_reversed(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(new_dict_iter(view_dict(v), view_kind(v), true))
}
fn v_len(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(
        crate::types::dict::len(&view_dict(&a.pos()[0])) as i64,
    ))
}
fn v_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    let d = view_dict(&p[0]);
    let o = downcast(&d).unwrap();
    Ok(bool_::new_bool(match view_kind(&p[0]) {
        ViewKind::Keys => o.get(&p[1])?.is_some(),
        ViewKind::Values => {
            let mut found = false;
            for v in o.values() {
                if v.is(&p[1]) || protocol::eq(&v, &p[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
        ViewKind::Items => match tuple::downcast(&p[1]) {
            Some(t) if t.items.len() == 2 => match o.get(&t.items[0])? {
                Some(v) => v.is(&t.items[1]) || protocol::eq(&v, &t.items[1])?,
                None => false,
            },
            _ => false,
        },
    }))
}
fn v_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let items = protocol::iterate(v)?;
    let name = v.ty().name();
    let Some(_g) = crate::builtins::repr_enter(v) else {
        return Ok(pystr::new_str("..."));
    };
    Ok(pystr::from_string(format!(
        "{}({})",
        name,
        crate::types::tuple::repr_items(&items, "[", "]")?
    )))
}
fn view_as_set(v: &Value) -> PyResult<Value> {
    crate::types::set::set_from_iterable(v)
}
/// CPython's `dictviews_to_set`: `set(d)` for the keys of an exact dict
/// (the presized fast path, which fixes the result's order), else `set(x)`.
fn views_to_set(x: &Value) -> PyResult<Value> {
    if x.is_exact(&DICT_KEYS_TYPE) {
        let d = view_dict(x);
        if d.is_exact(&crate::types::dict::DICT_TYPE) {
            return crate::types::set::set_from_iterable(&d);
        }
    }
    crate::types::set::set_from_iterable(x)
}
fn is_set_view(v: &Value) -> bool {
    v.is_exact(&DICT_KEYS_TYPE) || v.is_exact(&DICT_ITEMS_TYPE)
}
/// `x - y` where either operand is a view.
fn views_sub(x: &Value, y: &Value) -> PyResult<Value> {
    let r = views_to_set(x)?;
    crate::types::set::difference_update(&r, y)?;
    Ok(r)
}
fn views_or(x: &Value, y: &Value) -> PyResult<Value> {
    let r = views_to_set(x)?;
    crate::types::set::update(&r, y)?;
    Ok(r)
}
fn views_xor(x: &Value, y: &Value) -> PyResult<Value> {
    let r = views_to_set(x)?;
    crate::types::set::symmetric_difference_update(&r, y)?;
    Ok(r)
}
fn views_and(x: &Value, y: &Value) -> PyResult<Value> {
    let (mut slf, mut other) = if is_set_view(x) {
        (x.clone(), y.clone())
    } else {
        (y.clone(), x.clone())
    };
    let len_self = protocol::len(&slf)?;
    if other.is_exact(&crate::types::set::SET_TYPE) && len_self <= protocol::len(&other)? {
        return crate::types::set::intersection(&other, &slf);
    }
    if is_set_view(&other) && protocol::len(&other)? > len_self {
        std::mem::swap(&mut slf, &mut other);
    }
    let result = crate::types::set::new_set(Vec::new())?;
    let it = protocol::iter(&other)?;
    while let Some(k) = protocol::next(&it)? {
        if protocol::contains(&slf, &k)? {
            crate::types::set::add(&result, k)?;
        }
    }
    Ok(result)
}
fn view_binop(
    a: &Args,
    name: &str,
    reflected: bool,
    f: fn(&Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let p = a.check(name, 2, 2)?;
    if reflected {
        f(&p[1], &p[0])
    } else {
        f(&p[0], &p[1])
    }
}
fn v_and(a: &Args) -> PyResult<Value> {
    view_binop(a, "__and__", false, views_and)
}
fn v_rand(a: &Args) -> PyResult<Value> {
    view_binop(a, "__rand__", true, views_and)
}
fn v_or(a: &Args) -> PyResult<Value> {
    view_binop(a, "__or__", false, views_or)
}
fn v_ror(a: &Args) -> PyResult<Value> {
    view_binop(a, "__ror__", true, views_or)
}
fn v_sub(a: &Args) -> PyResult<Value> {
    view_binop(a, "__sub__", false, views_sub)
}
fn v_rsub(a: &Args) -> PyResult<Value> {
    view_binop(a, "__rsub__", true, views_sub)
}
fn v_xor(a: &Args) -> PyResult<Value> {
    view_binop(a, "__xor__", false, views_xor)
}
fn v_rxor(a: &Args) -> PyResult<Value> {
    view_binop(a, "__rxor__", true, views_xor)
}
fn v_isdisjoint(a: &Args) -> PyResult<Value> {
    let p = a.check("isdisjoint", 2, 2)?;
    for x in protocol::iterate(&p[1])? {
        if protocol::contains(&p[0], &x)? {
            return Ok(bool_::false_());
        }
    }
    Ok(bool_::true_())
}
fn v_eq(a: &Args) -> PyResult<Value> {
    let p = a.check("__eq__", 2, 2)?;
    if view_kind(&p[0]) == ViewKind::Values {
        return Ok(bool_::new_bool(p[0].is(&p[1])));
    }
    let s = view_as_set(&p[0])?;
    let other = if p[1].is_exact(&DICT_KEYS_TYPE) || p[1].is_exact(&DICT_ITEMS_TYPE) {
        view_as_set(&p[1])?
    } else {
        p[1].clone()
    };
    protocol::richcompare(&s, &other, protocol::CompareOp::Eq)
}

static DICT_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", d_new),
    crate::types::method("__init__", d_init),
    crate::types::method("__getitem__", d_getitem),
    crate::types::method("__setitem__", d_setitem),
    crate::types::method("__delitem__", d_delitem),
    crate::types::method("__contains__", d_contains),
    crate::types::method("__len__", d_len),
    crate::types::method("__iter__", d_iter),
    crate::types::method("__reversed__", d_reversed),
    crate::types::method("__repr__", d_repr),
    crate::types::method("__eq__", d_eq),
    crate::types::method("__ne__", d_ne),
    crate::types::method("__or__", d_or),
    crate::types::method("__ror__", d_ror),
    crate::types::method("__ior__", d_ior),
    crate::types::method("get", d_get),
    crate::types::method("setdefault", d_setdefault),
    crate::types::method("pop", d_pop),
    crate::types::method("popitem", d_popitem),
    crate::types::method("update", d_update),
    crate::types::method("clear", d_clear),
    crate::types::method("copy", d_copy),
    crate::types::method("keys", d_keys),
    crate::types::method("values", d_values),
    crate::types::method("items", d_items),
    crate::types::classmethod("fromkeys", d_fromkeys),
    crate::types::classmethod("__class_getitem__", d_class_getitem),
];

/// The method table of `dict`.
pub static METHODS: &[MethodDef] = DICT_METHODS;

static VIEW_METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", v_iter),
    crate::types::method("__reversed__", v_reversed),
    crate::types::method("__len__", v_len),
    crate::types::method("__contains__", v_contains),
    crate::types::method("__repr__", v_repr),
    crate::types::method("__and__", v_and),
    crate::types::method("__rand__", v_rand),
    crate::types::method("__or__", v_or),
    crate::types::method("__ror__", v_ror),
    crate::types::method("__sub__", v_sub),
    crate::types::method("__rsub__", v_rsub),
    crate::types::method("__xor__", v_xor),
    crate::types::method("__rxor__", v_rxor),
    crate::types::method("__eq__", v_eq),
    crate::types::method("isdisjoint", v_isdisjoint),
];
static ITER_METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", crate::types::iter::iter_self),
    crate::types::method("__next__", crate::types::iter::iter_next_method),
];

/// Registers the view and iterator types (called from dict::init).
pub fn init_views() {
    for t in [&DICT_KEYS_TYPE, &DICT_VALUES_TYPE, &DICT_ITEMS_TYPE] {
        crate::types::init_builtin_type(t, VIEW_METHODS, &[]);
    }
    for t in [
        &DICT_KEYITER_TYPE,
        &DICT_VALUEITER_TYPE,
        &DICT_ITEMITER_TYPE,
    ] {
        t.iternext.set(Some(dict_iter_next));
        crate::types::init_builtin_type(t, ITER_METHODS, &[]);
    }
    crate::types::dict::set_str(&DICT_TYPE.dict_value(), "__hash__", none::none());
    let _ = list::new_list;
}
