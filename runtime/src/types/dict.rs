//! `dict`: CPython's compact ordered design — a dense entry vector in
//! insertion order plus an open-addressing index table (perturbed probing)
//! holding positions in it.
//!
//! Lookups may call Python `__eq__`, which may mutate the dict: the index is
//! never borrowed across such a call; the lookup re-checks the dict's
//! mutation counter afterwards and restarts if it changed.
//!
//! Every dict has a version, bumped on each mutation; module globals are
//! dicts, so caches of global lookups guard on it.

use crate::alloc::{alloc_gc, alloc_instance, dealloc_gc, SubInstance};
use crate::err::{key_error, runtime_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{flags, Layout, TypeObject};
use crate::types::str::{downcast as str_downcast, StrObject};
use std::cell::{Cell, RefCell};

const EMPTY: i64 = -1;
const DUMMY: i64 = -2;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictInner {
    indices: Vec<i64>,
    pub entries: Vec<Option<Entry>>,
    pub used: usize,
    /// Free index slots left before a resize (2/3 load).
    usable: usize,
}

#[repr(C)]
pub struct DictObject {
    pub head: ObjHeader,
    pub inner: RefCell<DictInner>,
    /// A fresh, globally unique number after every mutation, so equal
    /// versions mean the same dict in the same state.
    pub version: Cell<u64>,
    /// The type whose attribute dict this is (null if none): mutating the
    /// dict invalidates the type's caches.
    watcher: Cell<*const TypeObject>,
}

thread_local! {
    /// The dict version counter (per thread, as all runtime state).
    static DICT_VERSION: Cell<u64> = const { Cell::new(1) };
}

#[inline(always)]
fn next_dict_version() -> u64 {
    DICT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// Stops `d` invalidating a type (the type is being freed).
pub fn unwatch(d: &Value) {
    if let Some(o) = downcast(d) {
        o.watcher.set(std::ptr::null());
    }
}

/// Makes `d` the attribute dict of `ty`: its mutations call `ty.modified()`.
pub fn watch(d: &Value, ty: &TypeObject) {
    if let Some(o) = downcast(d) {
        o.watcher.set(ty);
    }
}

unsafe fn traverse(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a DictObject.
    let d = unsafe { &*(p as *const DictObject) };
    if let Ok(inner) = d.inner.try_borrow() {
        for e in inner.entries.iter().flatten() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}
unsafe fn clear(p: *const ObjHeader) {
    // SAFETY: p is a DictObject.
    let d = unsafe { &*(p as *const DictObject) };
    let old = std::mem::take(&mut *d.inner.borrow_mut());
    d.version.set(next_dict_version());
    drop(old);
}
unsafe fn traverse_sub(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a SubInstance<DictObject>.
    unsafe {
        traverse(p, visit);
        (*(p as *const SubInstance<DictObject>)).ext.traverse(visit)
    }
}
unsafe fn clear_sub(p: *const ObjHeader) {
    // SAFETY: p is a SubInstance<DictObject>.
    unsafe {
        clear(p);
        (*(p as *const SubInstance<DictObject>)).ext.clear()
    }
}

pub static DICT_SUB_LAYOUT: Layout = Layout {
    gc: true,
    dealloc: dealloc_gc::<SubInstance<DictObject>>,
    traverse: Some(traverse_sub),
    clear: Some(clear_sub),
    dict_offset: None,
    ext_offset: Some(std::mem::offset_of!(SubInstance<DictObject>, ext)),
    subclass: None,
};
pub static DICT_LAYOUT: Layout = Layout {
    gc: true,
    dealloc: dealloc_gc::<DictObject>,
    traverse: Some(traverse),
    clear: Some(clear),
    ext_offset: None,
    dict_offset: None,
    subclass: Some(&DICT_SUB_LAYOUT),
};

pub static DICT_TYPE: TypeObject = TypeObject::new_static(
    "dict",
    &crate::types::object::OBJECT_TYPE,
    flags::BASETYPE | flags::DICT_SUBCLASS,
    &DICT_LAYOUT,
);

fn make(ty: &TypeObject) -> DictObject {
    DictObject {
        head: ObjHeader::new(ty),
        inner: RefCell::new(DictInner::default()),
        version: Cell::new(next_dict_version()),
        watcher: Cell::new(std::ptr::null()),
    }
}

/// A new empty dict.
pub fn new_dict() -> Value {
    alloc_gc(make(&DICT_TYPE))
}

/// A new empty dict of (sub)type `ty`.
pub fn new_dict_of_type(ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &DICT_TYPE) {
        new_dict()
    } else {
        alloc_instance(make(ty), ty)
    }
}

/// The dict payload if `v` is a dict (or subclass).
#[inline]
pub fn downcast(v: &Value) -> Option<&DictObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::DICT_SUBCLASS) {
        // SAFETY: dict and subclasses start with a DictObject.
        Some(unsafe { v.payload_unchecked::<DictObject>() })
    } else {
        None
    }
}

fn expect(v: &Value) -> &DictObject {
    downcast(v).expect("dict expected")
}

/// Whether two keys are equal without running Python code, if decidable.
#[inline]
fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    if let (Some(x), Some(y)) = (str_downcast(a), str_downcast(b)) {
        if a.ty().is_heap() || b.ty().is_heap() {
            return None;
        }
        return Some(crate::types::str::eq_values(x, y));
    }
    // Exact tuples (coordinates, pairs: common keys) whose items all
    // decide without Python code.
    if a.is_exact(&crate::types::tuple::TUPLE_TYPE) && b.is_exact(&crate::types::tuple::TUPLE_TYPE)
    {
        let (x, y) = (crate::types::tuple::items(a), crate::types::tuple::items(b));
        if x.len() != y.len() {
            return Some(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !fast_eq(p, q)? {
                return Some(false);
            }
        }
        return Some(true);
    }
    None
}

enum Probe {
    Found(usize),
    Missing,
}

impl DictInner {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Index lookup with `str` keys compared by value only (no Python code).
    fn find_str(&self, hash: i64, key: &StrObject) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        if let Some(k) = str_downcast(&e.key) {
                            if crate::types::str::eq_values(k, key) {
                                return Some(ix as usize);
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Slot in `indices` where a new key with `hash` goes.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] < 0 {
                return i;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn rebuild(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 <= min_used {
            size *= 2;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        for e in old.into_iter().flatten() {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = self.entries.len() as i64;
            self.entries.push(Some(e));
        }
        self.usable = size * 2 / 3 - self.entries.len();
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.usable == 0 || self.indices.is_empty() {
            self.rebuild(self.used * 3);
        }
        let slot = self.free_slot(hash);
        self.indices[slot] = self.entries.len() as i64;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
    }

    fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().expect("live entry");
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while self.indices[i] != ix as i64 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = DUMMY;
        self.used -= 1;
        e
    }
}

impl DictObject {
    #[inline]
    fn bump(&self) {
        self.version.set(next_dict_version());
        let w = self.watcher.get();
        if !w.is_null() {
            // SAFETY: a type outlives its attribute dict's use as such (the
            // type holds the dict; a dict outliving its type is only
            // reachable through the dying type's own teardown).
            unsafe { (*w).modified() };
        }
    }

    /// Finds `key` (with `hash`), calling `__eq__` where needed.
    fn probe(&self, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let (mask, mut i) = {
                let inner = self.inner.borrow();
                if inner.indices.is_empty() {
                    return Ok(Probe::Missing);
                }
                let m = inner.mask();
                (m, (hash as u64 as usize) & m)
            };
            let mut perturb = hash as u64;
            loop {
                let candidate = {
                    let inner = self.inner.borrow();
                    let ix = inner.indices[i];
                    if ix == EMPTY {
                        return Ok(Probe::Missing);
                    }
                    if ix >= 0 {
                        match &inner.entries[ix as usize] {
                            Some(e) if e.hash == hash => match fast_eq(&e.key, key) {
                                Some(true) => return Ok(Probe::Found(ix as usize)),
                                Some(false) => None,
                                None => Some((ix as usize, e.key.clone())),
                            },
                            _ => None,
                        }
                    } else {
                        None
                    }
                };
                if let Some((ix, k)) = candidate {
                    let version = self.version.get();
                    let eq = protocol::eq(&k, key)?;
                    if self.version.get() != version {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Probe::Found(ix));
                    }
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
        }
    }

    /// `d[key]` or None.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        if let Some(s) = str_downcast(key) {
            if !key.ty().is_heap() {
                let inner = self.inner.borrow();
                return Ok(inner
                    .find_str(s.hash(), s)
                    .map(|ix| inner.entries[ix].as_ref().unwrap().value.clone()));
            }
        }
        let hash = protocol::hash(key)?;
        self.get_hashed(key, hash)
    }

    /// `d[key]` with a known hash.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.probe(key, hash)? {
            Probe::Found(ix) => Ok(self.inner.borrow().entries[ix]
                .as_ref()
                .map(|e| e.value.clone())),
            Probe::Missing => Ok(None),
        }
    }

    /// `d[key] = value`.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = protocol::hash(&key)?;
        self.set_hashed(key, hash, value)
    }

    /// `d[key] = value` with a known hash.
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.probe(&key, hash)? {
            Probe::Found(ix) => {
                let old = {
                    let mut inner = self.inner.borrow_mut();
                    let e = inner.entries[ix].as_mut().expect("live entry");
                    std::mem::replace(&mut e.value, value)
                };
                self.bump();
                drop(old);
            }
            Probe::Missing => {
                self.inner.borrow_mut().insert_new(hash, key, value);
                self.bump();
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value if present.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = protocol::hash(key)?;
        match self.probe(key, hash)? {
            Probe::Found(ix) => {
                let e = self.inner.borrow_mut().remove_at(ix);
                self.bump();
                let v = e.value.clone();
                drop(e);
                Ok(Some(v))
            }
            Probe::Missing => Ok(None),
        }
    }

    pub fn len(&self) -> usize {
        self.inner.borrow().used
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Snapshot of the (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Snapshot of the keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    /// Snapshot of the values in order.
    pub fn values(&self) -> Vec<Value> {
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The entry at dense position `pos` or later: (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let inner = self.inner.borrow();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns the last inserted pair.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        let ix = inner.entries.iter().rposition(|e| e.is_some())?;
        let e = inner.remove_at(ix);
        // Trim trailing holes so popitem stays O(1) amortized.
        while matches!(inner.entries.last(), Some(None)) {
            inner.entries.pop();
            inner.usable += 1;
        }
        drop(inner);
        self.bump();
        Some((e.key, e.value))
    }
}

/// `d[name]` for an interned or plain str key, with no Python code run.
pub fn get_str(d: &Value, name: &Value) -> Option<Value> {
    let d = expect(d);
    let s = str_downcast(name)?;
    let inner = d.inner.borrow();
    inner
        .find_str(s.hash(), s)
        .map(|ix| inner.entries[ix].as_ref().unwrap().value.clone())
}

/// `d[key]` (None when missing).
pub fn get_item(d: &Value, key: &Value) -> PyResult<Option<Value>> {
    expect(d).get(key)
}

/// `d[key] = value`.
pub fn set_item(d: &Value, key: Value, value: Value) -> PyResult<()> {
    expect(d).set(key, value)
}

/// `d[name] = value` for a Rust string key.
pub fn set_str(d: &Value, name: &str, value: Value) {
    let _ = expect(d).set(crate::types::str::intern(name), value);
}

/// `del d[key]`; KeyError when missing.
pub fn del_item(d: &Value, key: &Value) -> PyResult<()> {
    match expect(d).remove(key)? {
        Some(_) => Ok(()),
        None => Err(key_error(key.clone())),
    }
}

/// `del d[key]` if present; returns whether it was.
pub fn del_item_if_present(d: &Value, key: &Value) -> PyResult<bool> {
    Ok(expect(d).remove(key)?.is_some())
}

/// Number of items.
pub fn len(d: &Value) -> usize {
    expect(d).len()
}

/// Snapshot of items.
pub fn items(d: &Value) -> Vec<(Value, Value)> {
    expect(d).items()
}

/// The dict's version (guards of global-lookup caches).
pub fn version(d: &Value) -> u64 {
    expect(d).version.get()
}

/// A new dict with the given pairs.
pub fn from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = new_dict();
    for (k, v) in pairs {
        set_item(&d, k, v)?;
    }
    Ok(d)
}

/// `dst.update(src)` where src is a dict or a mapping with keys(), or an
/// iterable of pairs.
pub fn update(dst: &Value, src: &Value) -> PyResult<()> {
    if let Some(s) = downcast(src) {
        if !src.ty().is_heap()
            || src
                .ty()
                .lookup_str("keys")
                .map(|k| crate::types::function::is_native_of(&k, "keys"))
                .unwrap_or(true)
        {
            for (k, v) in s.items() {
                set_item(dst, k, v)?;
            }
            return Ok(());
        }
    }
    if protocol::has_attr(src, "keys")? {
        let keys = protocol::call_method(src, "keys", &[])?;
        for k in protocol::iterate(&keys)? {
            let v = protocol::getitem(src, &k)?;
            set_item(dst, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in protocol::iterate(src)?.into_iter().enumerate() {
        let pair = protocol::iterate(&item).map_err(|e| {
            if e.matches(&crate::types::exceptions::TYPE_ERROR) {
                type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(crate::err::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let k = it.next().unwrap();
        let v = it.next().unwrap();
        set_item(dst, k, v)?;
    }
    Ok(())
}

/// The RuntimeError raised when a dict changes size while iterated.
pub fn changed_size_error() -> crate::PyErr {
    runtime_error("dictionary changed size during iteration")
}

pub fn init() {
    crate::types::init_builtin_type(&DICT_TYPE, crate::types::dict_methods::METHODS, &[]);
    crate::types::dict_methods::init_views();
}
