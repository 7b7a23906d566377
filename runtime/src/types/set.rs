//! `set` and `frozenset`: CPython 3.11's open-addressing hash table (see
//! `set/table.rs` for the layout and probing), so iteration order and
//! printed output match CPython.
//!
//! Files: `set/table.rs` the table itself (no Python calls), this file the
//! payload, lookups that may call `__eq__`, constructors and the public API,
//! `set/ops.rs` the set algebra, `set/methods.rs` the native methods,
//! `set/iter.rs` the `set_iterator` type.
//!
//! Re-entrancy: `__eq__` and `__hash__` are Python code that may mutate the
//! set being probed. No borrow of a table is held across such a call; after
//! it, a lookup restarts if the slot storage was replaced or the compared
//! slot no longer holds the same key, exactly where CPython restarts.

mod iter;
mod methods;
mod ops;
mod table;

use crate::alloc::{alloc_gc, alloc_instance, layout_of, sub_layout_of, Payload};
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{float, str as pystr};
use std::cell::{Cell, RefCell};
use table::{ProbeSeq, SetTable};

pub use iter::SET_ITER_TYPE;
pub use methods::exact_binop;
pub use ops::{difference_update, intersection, symmetric_difference_update, update};

/// The payload of `set`, `frozenset` and their subclasses.
#[repr(C)]
pub struct SetObject {
    pub head: ObjHeader,
    table: RefCell<SetTable>,
    /// Cached frozenset hash; -1 when not computed (always -1 for sets).
    hash: Cell<i64>,
}

impl Payload for SetObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            t.entries
                .iter()
                .filter_map(|e| e.key.as_ref())
                .for_each(visit);
        }
    }
    fn clear(&self) {
        self.clear_internal();
    }
}

/// Layout of instances of Python subclasses of `set`.
pub static SET_SUB_LAYOUT: Layout = sub_layout_of::<SetObject>(None);
/// Layout of `set` objects.
pub static SET_LAYOUT: Layout = layout_of::<SetObject>(true, None, Some(&SET_SUB_LAYOUT));
/// Layout of instances of Python subclasses of `frozenset`.
pub static FROZENSET_SUB_LAYOUT: Layout = sub_layout_of::<SetObject>(None);
/// Layout of `frozenset` objects.
pub static FROZENSET_LAYOUT: Layout =
    layout_of::<SetObject>(true, None, Some(&FROZENSET_SUB_LAYOUT));
/// The `set` type.
pub static SET_TYPE: TypeObject =
    TypeObject::new_static("set", &OBJECT_TYPE, flags::BASETYPE, &SET_LAYOUT);
/// The `frozenset` type.
pub static FROZENSET_TYPE: TypeObject = TypeObject::new_static(
    "frozenset",
    &OBJECT_TYPE,
    flags::BASETYPE,
    &FROZENSET_LAYOUT,
);

// ---------------------------------------------------------------- type tests

/// The payload if `v` is a set, a frozenset or an instance of a subclass.
#[inline]
pub fn downcast(v: &Value) -> Option<&SetObject> {
    if v.is_small_int() {
        return None;
    }
    let l = v.ty().layout.get();
    if std::ptr::eq(l, &SET_LAYOUT)
        || std::ptr::eq(l, &FROZENSET_LAYOUT)
        || std::ptr::eq(l, &SET_SUB_LAYOUT)
        || std::ptr::eq(l, &FROZENSET_SUB_LAYOUT)
    {
        // SAFETY: these layouts are only used by objects whose payload
        // starts with a SetObject.
        Some(unsafe { v.payload_unchecked::<SetObject>() })
    } else {
        None
    }
}

/// Whether `v` is a set or frozenset (or subclass): CPython's `PyAnySet_Check`.
#[inline]
pub fn is_anyset(v: &Value) -> bool {
    downcast(v).is_some()
}

/// Whether `v` is a set or a subclass of set (not a frozenset).
#[inline]
pub fn is_set(v: &Value) -> bool {
    if v.is_small_int() {
        return false;
    }
    let l = v.ty().layout.get();
    std::ptr::eq(l, &SET_LAYOUT) || std::ptr::eq(l, &SET_SUB_LAYOUT)
}

/// Whether `v` is a frozenset or a subclass of frozenset.
#[inline]
pub fn is_frozenset(v: &Value) -> bool {
    if v.is_small_int() {
        return false;
    }
    let l = v.ty().layout.get();
    std::ptr::eq(l, &FROZENSET_LAYOUT) || std::ptr::eq(l, &FROZENSET_SUB_LAYOUT)
}

/// The payload of a value the caller knows to be a set (a TypeError otherwise).
fn sp(v: &Value) -> PyResult<&SetObject> {
    downcast(v).ok_or_else(|| type_error(format!("expected a set, not '{}'", v.ty().name())))
}

// ---------------------------------------------------------------- construction

fn alloc_set(t: &TypeObject) -> Value {
    let so = SetObject {
        head: ObjHeader::new(t),
        table: RefCell::new(SetTable::new()),
        hash: Cell::new(-1),
    };
    if std::ptr::eq(t, &SET_TYPE) || std::ptr::eq(t, &FROZENSET_TYPE) {
        alloc_gc(so)
    } else {
        alloc_instance(so, t)
    }
}

/// A new set of type `t` filled from `iterable` (CPython's `make_new_set`).
fn make_new_set(t: &TypeObject, iterable: Option<&Value>) -> PyResult<Value> {
    let s = alloc_set(t);
    if let Some(it) = iterable {
        ops::update_internal(&s, it)?;
    }
    Ok(s)
}

/// Like `make_new_set` with subclasses replaced by `set`/`frozenset`.
fn make_new_set_basetype(t: &TypeObject, iterable: Option<&Value>) -> PyResult<Value> {
    let base: &TypeObject = if std::ptr::eq(t, &SET_TYPE) || std::ptr::eq(t, &FROZENSET_TYPE) {
        t
    } else if t.is_subtype(&SET_TYPE) {
        &SET_TYPE
    } else {
        &FROZENSET_TYPE
    };
    make_new_set(base, iterable)
}

/// A new set of `items`, added in order (BUILD_SET).
pub fn new_set(items: Vec<Value>) -> PyResult<Value> {
    let s = alloc_set(&SET_TYPE);
    let so = sp(&s)?;
    for x in items {
        so.add_key(x)?;
    }
    Ok(s)
}

/// A frozenset constant of a code object, from its elements in source
/// order. CPython's compiler builds the frozenset from the elements, then
/// (merging constants) builds it again from the first one's iteration
/// order; doing the same gives the constant CPython's table layout, which
/// shows in the order of `{1, 2, 10, 99}` and of sets updated from it.
/// For a plain frozenset use [`frozenset_from_iterable`].
pub fn new_frozenset(items: Vec<Value>) -> PyResult<Value> {
    let first = alloc_set(&FROZENSET_TYPE);
    let fo = sp(&first)?;
    for x in items {
        fo.add_key(x)?;
    }
    let keys = fo.table.borrow().keys();
    let s = alloc_set(&FROZENSET_TYPE);
    let so = sp(&s)?;
    for x in keys {
        so.add_key(x)?;
    }
    Ok(s)
}

/// `set(iterable)` (CPython's `PySet_New`).
pub fn set_from_iterable(iterable: &Value) -> PyResult<Value> {
    make_new_set(&SET_TYPE, Some(iterable))
}

/// `frozenset(iterable)` (CPython's `PyFrozenSet_New`).
pub fn frozenset_from_iterable(iterable: &Value) -> PyResult<Value> {
    make_new_set(&FROZENSET_TYPE, Some(iterable))
}

/// `s.add(x)` (SET_ADD, BUILD_SET).
pub fn add(s: &Value, x: Value) -> PyResult<()> {
    sp(s)?.add_key(x)
}

/// `x in s`, with CPython's retry of an unhashable set key as a frozenset.
pub fn contains(s: &Value, key: &Value) -> PyResult<bool> {
    let so = sp(s)?;
    match so.contains_key(key) {
        Err(e) if is_set(key) && e.matches(&crate::types::exceptions::TYPE_ERROR) => {
            let tmp = make_new_set(&FROZENSET_TYPE, Some(key))?;
            so.contains_key(&tmp)
        }
        r => r,
    }
}

/// `s.discard(x)`; whether it was present.
pub fn discard(s: &Value, key: &Value) -> PyResult<bool> {
    let so = sp(s)?;
    match so.discard_key(key) {
        Err(e) if is_set(key) && e.matches(&crate::types::exceptions::TYPE_ERROR) => {
            let tmp = make_new_set(&FROZENSET_TYPE, Some(key))?;
            so.discard_key(&tmp)
        }
        r => r,
    }
}

/// `len(s)` of a set or frozenset (0 for other values).
pub fn len(s: &Value) -> usize {
    downcast(s).map(|so| so.len()).unwrap_or(0)
}

/// The elements in iteration order.
pub fn items(s: &Value) -> Vec<Value> {
    downcast(s)
        .map(|so| so.table.borrow().keys())
        .unwrap_or_default()
}

// ---------------------------------------------------------------- lookups

/// Whether two keys with equal hashes are equal without running Python
/// code, when that is decidable (identity was already checked).
#[inline]
fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    if a.is_exact(&pystr::STR_TYPE) && b.is_exact(&pystr::STR_TYPE) {
        if let (Some(x), Some(y)) = (pystr::downcast(a), pystr::downcast(b)) {
            return Some(pystr::eq_values(x, y));
        }
    }
    if let (Some(x), Some(y)) = (float::exact_f64(a), float::exact_f64(b)) {
        return Some(x == y);
    }
    None
}

/// What a probe step found at one slot.
enum Step {
    /// An unused slot: the key is absent.
    Unused,
    /// A dummy slot.
    Dummy,
    /// An active slot holding the key.
    Match,
    /// An active slot that cannot hold the key.
    Miss,
    /// An active slot with the same hash: `__eq__` decides.
    Compare(Value, u64),
}

impl SetObject {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn step(&self, j: usize, key: &Value, hash: i64) -> Step {
        let t = self.table.borrow();
        let e = &t.entries[j];
        if e.is_unused() {
            return Step::Unused;
        }
        match &e.key {
            None => Step::Dummy,
            Some(k) => {
                if e.hash != hash {
                    Step::Miss
                } else if k.is(key) {
                    Step::Match
                } else {
                    match fast_eq(k, key) {
                        Some(true) => Step::Match,
                        Some(false) => Step::Miss,
                        None => Step::Compare(k.clone(), t.table_id),
                    }
                }
            }
        }
    }

    /// Whether slot `j` of the same storage still holds `startkey`.
    fn unchanged(&self, j: usize, startkey: &Value, table_id: u64) -> bool {
        let t = self.table.borrow();
        t.table_id == table_id
            && t.entries
                .get(j)
                .and_then(|e| e.key.as_ref())
                .is_some_and(|k| k.is(startkey))
    }

    /// The slot holding `key`, if present (CPython's `set_lookkey`).
    fn lookkey(&self, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut probe = ProbeSeq::new(hash, self.table.borrow().mask());
            loop {
                let j = probe.next_slot();
                match self.step(j, key, hash) {
                    Step::Unused => return Ok(None),
                    Step::Match => return Ok(Some(j)),
                    Step::Dummy | Step::Miss => {}
                    Step::Compare(startkey, table_id) => {
                        let eq = protocol::eq(&startkey, key)?;
                        if !self.unchanged(j, &startkey, table_id) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(j));
                        }
                    }
                }
            }
        }
    }

    /// Adds `key` with `hash` unless an equal key is present (CPython's
    /// `set_add_entry`): the key goes into the last dummy slot passed on
    /// the probe, else into the unused slot that ended it.
    fn add_entry(&self, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let mut probe = ProbeSeq::new(hash, self.table.borrow().mask());
            let mut freeslot: Option<usize> = None;
            loop {
                let j = probe.next_slot();
                match self.step(j, &key, hash) {
                    Step::Unused => {
                        let mut t = self.table.borrow_mut();
                        if freeslot.is_some_and(|f| !t.entries[f].is_dummy()) {
                            // An `__eq__` call refilled the dummy: start over.
                            drop(t);
                            continue 'restart;
                        }
                        t.insert_at(freeslot, j, key, hash);
                        return Ok(());
                    }
                    Step::Dummy => freeslot = Some(j),
                    Step::Match => return Ok(()),
                    Step::Miss => {}
                    Step::Compare(startkey, table_id) => {
                        if protocol::eq(&startkey, &key)? {
                            return Ok(());
                        }
                        if !self.unchanged(j, &startkey, table_id) {
                            continue 'restart;
                        }
                    }
                }
            }
        }
    }

    fn add_key(&self, key: Value) -> PyResult<()> {
        let hash = protocol::hash(&key)?;
        self.add_entry(key, hash)
    }

    fn contains_entry(&self, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookkey(key, hash)?.is_some())
    }

    fn contains_key(&self, key: &Value) -> PyResult<bool> {
        let hash = protocol::hash(key)?;
        self.contains_entry(key, hash)
    }

    /// Removes `key` if present; whether it was.
    fn discard_entry(&self, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookkey(key, hash)? {
            Some(j) => {
                let old = self.table.borrow_mut().remove_at(j);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn discard_key(&self, key: &Value) -> PyResult<bool> {
        let hash = protocol::hash(key)?;
        self.discard_entry(key, hash)
    }

    /// Empties the set; the keys are released after the table is reset.
    fn clear_internal(&self) {
        let old = self.table.borrow_mut().take_contents();
        self.hash.set(-1);
        drop(old);
    }

    /// The active entry at or after `*pos`, advancing `*pos` past it
    /// (CPython's `set_next`: re-reads the table on every call).
    fn next_entry(&self, pos: &mut usize) -> Option<(Value, i64)> {
        let t = self.table.borrow();
        match t.next_active(*pos) {
            Some(i) => {
                *pos = i + 1;
                let e = &t.entries[i];
                e.key.clone().map(|k| (k, e.hash))
            }
            None => {
                *pos = t.entries.len() + 1;
                None
            }
        }
    }

    /// The (cached) frozenset hash of the contents.
    fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = self.table.borrow().frozenset_hash();
        self.hash.set(h);
        h
    }
}

/// Fills the `set`, `frozenset` and `set_iterator` types (start-up).
pub fn init() {
    methods::init();
    iter::init();
}
