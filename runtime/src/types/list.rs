//! `list`: a growable vector of values. Methods never hold a borrow of the
//! items across a call back into Python (an `__eq__`, a sort key): they copy
//! what they need, call, and re-check.

use crate::alloc::{alloc_gc, alloc_instance, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{index_error, type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::tuple::{normalize_index, repr_items, seq_compare};
use crate::types::{bool_, float, int, none, slice, str as pystr, MethodDef};
use std::cell::RefCell;

#[repr(C)]
pub struct ListObject {
    pub head: ObjHeader,
    pub items: RefCell<Vec<Value>>,
}
impl Payload for ListObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            for v in items.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

pub static LIST_SUB_LAYOUT: Layout = sub_layout_of::<ListObject>(None);
pub static LIST_LAYOUT: Layout = layout_of::<ListObject>(true, None, Some(&LIST_SUB_LAYOUT));
pub static LIST_TYPE: TypeObject = TypeObject::new_static(
    "list",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::LIST_SUBCLASS,
    &LIST_LAYOUT,
);

/// A new list.
pub fn new_list(items: Vec<Value>) -> Value {
    alloc_gc(ListObject {
        head: ObjHeader::new(&LIST_TYPE),
        items: RefCell::new(items),
    })
}

/// The payload if `v` is a list (or subclass).
#[inline]
pub fn downcast(v: &Value) -> Option<&ListObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::LIST_SUBCLASS) {
        // SAFETY: list and subclasses start with a ListObject.
        Some(unsafe { v.payload_unchecked::<ListObject>() })
    } else {
        None
    }
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a ListObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("list expected"))
}

/// `lst.append(v)`.
pub fn append(l: &Value, v: Value) {
    downcast(l).expect("list").items.borrow_mut().push(v);
}

fn l_append(a: &Args) -> PyResult<Value> {
    let p = a.check("list.append", 2, 2)?;
    this(a)?.items.borrow_mut().push(p[1].clone());
    Ok(none::none())
}

fn l_extend(a: &Args) -> PyResult<Value> {
    let p = a.check("list.extend", 2, 2)?;
    let new = protocol::iterate(&p[1])?;
    this(a)?.items.borrow_mut().extend(new);
    Ok(none::none())
}

fn l_insert(a: &Args) -> PyResult<Value> {
    let p = a.check("insert", 3, 3)?;
    let i = protocol::index_i64(&p[1])?;
    let l = this(a)?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, p[2].clone());
    Ok(none::none())
}

fn l_pop(a: &Args) -> PyResult<Value> {
    let p = a.check("pop", 1, 2)?;
    let l = this(a)?;
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = match p.get(1) {
        Some(v) => protocol::index_i64(v)?,
        None => -1,
    };
    let j = normalize_index(i, items.len(), "pop")
        .map_err(|_| index_error("pop index out of range"))?;
    Ok(items.remove(j))
}

fn find(l: &ListObject, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let items = l.items.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if item.is(x) || protocol::eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn l_remove(a: &Args) -> PyResult<Value> {
    let p = a.check("list.remove", 2, 2)?;
    let l = this(a)?;
    match find(l, &p[1], 0, usize::MAX)? {
        Some(i) => {
            let v = l.items.borrow_mut().remove(i);
            drop(v);
            Ok(none::none())
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn l_index(a: &Args) -> PyResult<Value> {
    let p = a.check("index", 2, 4)?;
    let l = this(a)?;
    let len = l.items.borrow().len();
    let (start, stop) = slice::start_stop_args(&p[2..], len)?;
    match find(l, &p[1], start, stop)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(value_error(format!(
            "{} is not in list",
            protocol::repr_string(&p[1])?
        ))),
    }
}

fn l_count(a: &Args) -> PyResult<Value> {
    let p = a.check("count", 2, 2)?;
    let items = this(a)?.items.borrow().clone();
    let mut n = 0;
    for x in items {
        if x.is(&p[1]) || protocol::eq(&x, &p[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn l_clear(a: &Args) -> PyResult<Value> {
    a.check("clear", 1, 1)?;
    let old = std::mem::take(&mut *this(a)?.items.borrow_mut());
    drop(old);
    Ok(none::none())
}

fn l_copy(a: &Args) -> PyResult<Value> {
    a.check("copy", 1, 1)?;
    Ok(new_list(this(a)?.items.borrow().clone()))
}

fn l_reverse(a: &Args) -> PyResult<Value> {
    a.check("reverse", 1, 1)?;
    this(a)?.items.borrow_mut().reverse();
    Ok(none::none())
}

/// Stable merge sort with a fallible "less than".
pub fn merge_sort<T: Clone>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && lt(&v[j], &v[j - 1])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt)?;
    merge_sort(&mut v[mid..], lt)?;
    if !lt(&v[mid], &v[mid - 1])? {
        return Ok(());
    }
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(&right[j], &left[i])? {
            v[k] = right[j].clone();
            j += 1;
        } else {
            v[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j].clone();
        j += 1;
        k += 1;
    }
    Ok(())
}

/// Sorts values in place (`sorted`/`list.sort` core) with optional key.
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !none::is_none(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(protocol::call_pos(k, std::slice::from_ref(x))?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<(usize, Value)> = keys.into_iter().enumerate().collect();
    if reverse {
        idx.reverse();
    }
    let all_int = idx.iter().all(|(_, k)| k.is_small_int());
    let all_float = idx.iter().all(|(_, k)| float::exact_f64(k).is_some());
    let all_str = idx.iter().all(|(_, k)| k.is_exact(&pystr::STR_TYPE));
    if all_int {
        merge_sort(&mut idx, &mut |a, b| Ok(a.1.small_int() < b.1.small_int()))?;
    } else if all_float {
        merge_sort(&mut idx, &mut |a, b| {
            Ok(float::exact_f64(&a.1).unwrap() < float::exact_f64(&b.1).unwrap())
        })?;
    } else if all_str {
        merge_sort(&mut idx, &mut |a, b| {
            Ok(pystr::as_str(&a.1).unwrap() < pystr::as_str(&b.1).unwrap())
        })?;
    } else {
        merge_sort(&mut idx, &mut |a, b| {
            protocol::compare(&a.1, &b.1, CompareOp::Lt)
        })?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx
        .into_iter()
        .map(|(i, _)| slots[i].take().expect("each index once"))
        .collect();
    Ok(())
}

fn l_sort(a: &Args) -> PyResult<Value> {
    if a.npos() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = this(a)?;
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [key, reverse] = rest.bind("sort", ["key", "reverse"], 0)?;
    let reverse = match reverse {
        Some(r) => protocol::truthy(&r)?,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(&mut items, key.as_ref(), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(none::none())
}

fn l_len(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(this(a)?.items.borrow().len() as i64))
}

/// `lst[i]` for an int index.
/// Item `i` (0 <= i < len) of `l`, inlined into BINARY_SUBSCR_LIST_INT;
/// None for anything else (negative or out-of-range indexes, borrowed
/// items), which `get_index` handles.
#[inline(always)]
pub fn get_fast(l: &ListObject, i: i64) -> Option<Value> {
    // SAFETY: the items are only borrowed mutably inside list operations,
    // none of which is running here, and the reference ends before anything
    // else runs (cloning runs no Python).
    let items = unsafe { l.items.try_borrow_unguarded() }.ok()?;
    items.get(usize::try_from(i).ok()?).cloned()
}

pub fn get_index(l: &ListObject, i: i64) -> PyResult<Value> {
    let items = l.items.borrow();
    Ok(items[normalize_index(i, items.len(), "list")?].clone())
}

fn l_getitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__getitem__", 2, 2)?;
    let l = this(a)?;
    if let Some(i) = int::as_i64(&p[1]) {
        return get_index(l, i);
    }
    if let Some(s) = slice::downcast(&p[1]) {
        let items = l.items.borrow();
        let (start, stop, step) = s.indices(items.len())?;
        return Ok(new_list(slice::collect(&items, start, stop, step)));
    }
    if protocol::lookup_special(&p[1], "__index__").is_some() {
        return get_index(l, protocol::index_i64(&p[1])?);
    }
    Err(type_error(format!(
        "list indices must be integers or slices, not {}",
        p[1].ty().name()
    )))
}

fn l_setitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__setitem__", 3, 3)?;
    let l = this(a)?;
    if let Some(s) = slice::downcast(&p[1]) {
        let new = if p[2].is(&p[0]) {
            l.items.borrow().clone()
        } else {
            protocol::iterate(&p[2])?
        };
        let mut items = l.items.borrow_mut();
        let (start, stop, step) = s.indices(items.len())?;
        if step == 1 {
            let start = start as usize;
            let stop = (stop as usize).max(start);
            let old: Vec<Value> = items.splice(start..stop, new).collect();
            drop(items);
            drop(old);
        } else {
            let positions = slice::positions(start, stop, step);
            if positions.len() != new.len() {
                return Err(value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    positions.len()
                )));
            }
            for (pos, v) in positions.into_iter().zip(new) {
                items[pos] = v;
            }
        }
        return Ok(none::none());
    }
    let i = if let Some(i) = int::as_i64(&p[1]) {
        i
    } else if protocol::lookup_special(&p[1], "__index__").is_some() {
        protocol::index_i64(&p[1])?
    } else {
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            p[1].ty().name()
        )));
    };
    let old = {
        let mut items = l.items.borrow_mut();
        let j = normalize_index(i, items.len(), "list assignment")?;
        std::mem::replace(&mut items[j], p[2].clone())
    };
    drop(old);
    Ok(none::none())
}

fn l_delitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__delitem__", 2, 2)?;
    let l = this(a)?;
    if let Some(s) = slice::downcast(&p[1]) {
        let removed: Vec<Value>;
        {
            let mut items = l.items.borrow_mut();
            let (start, stop, step) = s.indices(items.len())?;
            if step == 1 {
                let start = start as usize;
                let stop = (stop as usize).max(start);
                removed = items.drain(start..stop).collect();
            } else {
                let mut pos = slice::positions(start, stop, step);
                pos.sort_unstable();
                let mut r = Vec::new();
                for &i in pos.iter().rev() {
                    r.push(items.remove(i));
                }
                removed = r;
            }
        }
        drop(removed);
        return Ok(none::none());
    }
    let i = protocol::index_i64(&p[1]).map_err(|_| {
        type_error(format!(
            "list indices must be integers or slices, not {}",
            p[1].ty().name()
        ))
    })?;
    let old = {
        let mut items = l.items.borrow_mut();
        let j = normalize_index(i, items.len(), "list assignment")?;
        items.remove(j)
    };
    drop(old);
    Ok(none::none())
}

fn l_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    Ok(bool_::new_bool(
        find(this(a)?, &p[1], 0, usize::MAX)?.is_some(),
    ))
}

fn l_iter(a: &Args) -> PyResult<Value> {
    Ok(crate::types::iter::new_seq_iter_fast(a.pos()[0].clone()))
}

fn l_reversed(a: &Args) -> PyResult<Value> {
    Ok(crate::types::iter::new_reversed_seq(
        a.pos()[0].clone(),
        this(a)?.items.borrow().len(),
    ))
}

fn l_add(a: &Args) -> PyResult<Value> {
    let p = a.check("__add__", 2, 2)?;
    let Some(y) = downcast(&p[1]) else {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            p[1].ty().name()
        )));
    };
    Ok(concat(this(a)?, y))
}

/// `x + y` for two lists: a new list of both's items.
pub fn concat(x: &ListObject, y: &ListObject) -> Value {
    let (x, y) = (x.items.borrow(), y.items.borrow());
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend(x.iter().cloned());
    v.extend(y.iter().cloned());
    new_list(v)
}

fn l_iadd(a: &Args) -> PyResult<Value> {
    let p = a.check("__iadd__", 2, 2)?;
    let new = protocol::iterate(&p[1])?;
    this(a)?.items.borrow_mut().extend(new);
    Ok(p[0].clone())
}

fn repeat(items: &[Value], n: &Value) -> PyResult<Option<Vec<Value>>> {
    if !int::is_int(n) && protocol::lookup_special(n, "__index__").is_none() {
        return Ok(None);
    }
    let n = protocol::index_i64(n)?.max(0) as usize;
    let total = items
        .len()
        .checked_mul(n)
        .ok_or_else(crate::err::memory_error)?;
    if total > (1 << 34) {
        return Err(crate::err::memory_error());
    }
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(Some(v))
}

fn l_mul(a: &Args) -> PyResult<Value> {
    let p = a.check("__mul__", 2, 2)?;
    let items = this(a)?.items.borrow().clone();
    match repeat(&items, &p[1])? {
        Some(v) => Ok(new_list(v)),
        None => Ok(none::not_implemented()),
    }
}

fn l_imul(a: &Args) -> PyResult<Value> {
    let p = a.check("__imul__", 2, 2)?;
    let l = this(a)?;
    let items = l.items.borrow().clone();
    match repeat(&items, &p[1])? {
        Some(v) => {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), v);
            drop(old);
            Ok(p[0].clone())
        }
        None => Ok(none::not_implemented()),
    }
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(none::not_implemented());
    };
    let (xi, yi) = (x.items.borrow().clone(), y.items.borrow().clone());
    Ok(bool_::new_bool(seq_compare(&xi, &yi, op)?))
}
fn l_lt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Lt)
}
fn l_le(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Le)
}
fn l_eq(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Eq)
}
fn l_ne(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ne)
}
fn l_gt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Gt)
}
fn l_ge(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ge)
}

fn l_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let items = this(a)?.items.borrow().clone();
    if items.is_empty() {
        return Ok(pystr::new_str("[]"));
    }
    let Some(_g) = crate::builtins::repr_enter(v) else {
        return Ok(pystr::new_str("[...]"));
    };
    Ok(pystr::from_string(repr_items(&items, "[", "]")?))
}

fn l_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t =
        downcast_type(cls).ok_or_else(|| type_error("list.__new__(X): X is not a type object"))?;
    let l = ListObject {
        head: ObjHeader::new(t),
        items: RefCell::new(Vec::new()),
    };
    if std::ptr::eq(t, &LIST_TYPE) {
        Ok(alloc_gc(l))
    } else {
        Ok(alloc_instance(l, t))
    }
}

fn l_init(a: &Args) -> PyResult<Value> {
    a.no_kw("list")?;
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    let l = this(a)?;
    let new = match p.get(1) {
        Some(v) => protocol::iterate(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.items.borrow_mut(), new);
    drop(old);
    Ok(none::none())
}

fn l_sizeof(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(
        40 + 8 * this(a)?.items.borrow().capacity() as i64,
    ))
}

fn l_class_getitem(a: &Args) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", l_new),
    crate::types::method("__init__", l_init),
    crate::types::method("append", l_append),
    crate::types::method("extend", l_extend),
    crate::types::method("insert", l_insert),
    crate::types::method("pop", l_pop),
    crate::types::method("remove", l_remove),
    crate::types::method("index", l_index),
    crate::types::method("count", l_count),
    crate::types::method("clear", l_clear),
    crate::types::method("copy", l_copy),
    crate::types::method("reverse", l_reverse),
    crate::types::method("sort", l_sort),
    crate::types::method("__len__", l_len),
    crate::types::method("__getitem__", l_getitem),
    crate::types::method("__setitem__", l_setitem),
    crate::types::method("__delitem__", l_delitem),
    crate::types::method("__contains__", l_contains),
    crate::types::method("__iter__", l_iter),
    crate::types::method("__reversed__", l_reversed),
    crate::types::method("__add__", l_add),
    crate::types::method("__iadd__", l_iadd),
    crate::types::method("__mul__", l_mul),
    crate::types::method("__rmul__", l_mul),
    crate::types::method("__imul__", l_imul),
    crate::types::method("__lt__", l_lt),
    crate::types::method("__le__", l_le),
    crate::types::method("__eq__", l_eq),
    crate::types::method("__ne__", l_ne),
    crate::types::method("__gt__", l_gt),
    crate::types::method("__ge__", l_ge),
    crate::types::method("__repr__", l_repr),
    crate::types::method("__sizeof__", l_sizeof),
    crate::types::classmethod("__class_getitem__", l_class_getitem),
];

pub fn init() {
    crate::types::init_builtin_type(&LIST_TYPE, METHODS, &[]);
    crate::types::dict::set_str(&LIST_TYPE.dict_value(), "__hash__", none::none());
}
