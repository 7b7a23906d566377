//! The megamorphic attribute cache: one per-thread table, shared by every
//! generic `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR`, for the sites that
//! see more classes than an inline cache holds (a base-class method run on
//! the instances of four subclasses: richards' tasks, deltablue's
//! constraints).
//!
//! An entry is keyed by (type version, interned name) and records what the
//! inline caches record for one class: the shape the instance had, the
//! attribute's index in it (or, for a method, the function found on the
//! class, which the class holds while its version is unchanged), and where
//! instances of the class keep their attribute storage. Type versions are
//! never reused and interned strs live for the whole run, so a stale entry
//! can only miss. Hits need the same guards as the inline caches: the type
//! version and the instance's shape id.

use super::fast::ext_at;
use super::{ext_offset, member_index, plain_setattr, shape_of};
use krait_runtime::object::Value;
use krait_runtime::typeobj::flags;
use krait_runtime::types::{function, str as pystr};
use std::cell::Cell;

#[derive(Clone, Copy)]
struct Entry {
    version: u64,
    name: u64,
    shape: u64,
    /// Attribute index in the shape, or the method's raw word.
    word: u64,
    /// Byte offset of the instance's `InstanceExt`.
    off: u64,
}

const EMPTY: Entry = Entry {
    version: 0,
    name: 0,
    shape: 0,
    word: 0,
    off: 0,
};

/// The `shape` of an entry for a `__slots__` member: no shape guard (the
/// member's index is fixed by the class, which the version pins).
const SLOT: u64 = u64::MAX;

/// Entries per table (a power of two).
const SIZE: usize = 512;

/// What an entry is for: the tables are separate.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `obj.name` read from the instance's values.
    Load = 0,
    /// `obj.name(...)`: a function on the class the instance does not shadow.
    Method = 1,
    /// `obj.name = v` replacing one of the instance's values.
    Store = 2,
}

thread_local! {
    // Plain `Cell`s of `Copy` data: no destructor, so an access is a
    // thread-local address computation.
    static TABLES: [[Cell<Entry>; SIZE]; 3] =
        const { [const { [const { Cell::new(EMPTY) }; SIZE] }; 3] };
}

#[inline(always)]
fn slot(version: u64, name: u64) -> usize {
    (((version.wrapping_mul(0x9E37_79B9_7F4A_7C15)) >> 32) as usize ^ (name >> 4) as usize)
        & (SIZE - 1)
}

/// The entry for `obj`'s class and `name`, if `obj` has the recorded shape
/// (or the entry is a slot member's): (word, offset, is a slot).
#[inline(always)]
fn find(kind: Kind, obj: &Value, name: &Value) -> Option<(u64, u64, bool)> {
    let version = obj.ty().version.get();
    let e = TABLES.with(|t| t[kind as usize][slot(version, name.raw())].get());
    if e.version != version || e.name != name.raw() || version == 0 {
        return None;
    }
    if e.shape == SLOT {
        return Some((e.word, e.off, true));
    }
    // SAFETY: the type version matched the entry's, so the type (versions
    // are unique) keeps an `InstanceExt` at `off`.
    let ext = unsafe { ext_at(obj, e.off) };
    (ext.shape_id() == e.shape).then_some((e.word, e.off, false))
}

/// `obj.name` from the instance's values or slots, on a hit.
#[inline]
pub fn load(obj: &Value, name: &Value) -> Option<Value> {
    let (i, off, is_slot) = find(Kind::Load, obj, name)?;
    // SAFETY: hit: the type keeps its storage at `off`.
    let ext = unsafe { ext_at(obj, off) };
    if is_slot {
        // An empty slot: the generic path raises AttributeError.
        return ext.slot(i as usize);
    }
    // SAFETY: hit: the shape has the attribute at `i`.
    Some(unsafe { ext.value_at(i as usize) })
}

/// The class's function for `obj.name(...)`, on a hit.
#[inline]
pub fn method(obj: &Value, name: &Value) -> Option<Value> {
    let (w, _, _) = find(Kind::Method, obj, name)?;
    // SAFETY: hit: the class, unchanged, still holds the function.
    Some(unsafe { Value::clone_from_raw(w) })
}

/// `obj.name = v` on a hit; gives `v` back on a miss.
#[inline]
pub fn store(obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
    let Some((i, off, is_slot)) = find(Kind::Store, obj, name) else {
        return Err(v);
    };
    // SAFETY: hit: the type keeps its storage at `off`.
    let ext = unsafe { ext_at(obj, off) };
    let old = if is_slot {
        let mut slots = ext.slots.borrow_mut();
        match slots.get_mut(i as usize) {
            Some(s) => s.replace(v),
            None => return Err(v),
        }
    } else {
        // SAFETY: hit: the shape has the attribute at `i`.
        Some(unsafe { ext.replace_at(i as usize, v) })
    };
    drop(old);
    Ok(())
}

/// Records how `kind` resolves `name` on `obj` (after a miss), when the
/// inline caches' conditions hold: a plain instance with a shape, and for
/// loads no data descriptor on the class, for methods a Python function or
/// method descriptor the instance does not shadow, for stores a plain
/// `__setattr__` and an attribute the shape already has.
pub fn fill(kind: Kind, obj: &Value, name: &Value) {
    let ty = obj.ty();
    let version = ty.version.get();
    if version == 0
        || !pystr::is_interned(name)
        || ty.getattro.get().is_some()
        || ty.has_flag(flags::CUSTOM_GETATTRIBUTE)
    {
        return;
    }
    let Some(off) = ext_offset(obj) else {
        return;
    };
    let descr = ty.lookup(name);
    if let Some(i) = descr.as_ref().and_then(member_index) {
        // A `__slots__` member: loads and stores (not methods) by index.
        let settable = matches!(kind, Kind::Load) || (ty.is_heap() && plain_setattr(ty));
        if !matches!(kind, Kind::Method) && settable {
            let e = Entry {
                version,
                name: name.raw(),
                shape: SLOT,
                word: i as u64,
                off,
            };
            TABLES.with(|t| t[kind as usize][slot(version, name.raw())].set(e));
        }
        return;
    }
    if ty.has_flag(flags::NO_DICT) {
        return;
    }
    let Some(shape) = shape_of(obj) else {
        return;
    };
    let data_descr = descr
        .as_ref()
        .is_some_and(|d| d.ty().descr_set.get().is_some());
    let word = match kind {
        Kind::Load => {
            if data_descr {
                return;
            }
            match shape.find(name) {
                Some(i) => i as u64,
                None => return,
            }
        }
        Kind::Method => {
            let Some(m) = descr else {
                return;
            };
            let is_method = function::is_plain_function_type(m.ty())
                || m.is_exact(&function::METHOD_DESCRIPTOR_TYPE);
            if !is_method || shape.find(name).is_some() {
                return;
            }
            m.raw()
        }
        Kind::Store => {
            if data_descr || !ty.is_heap() || !plain_setattr(ty) {
                return;
            }
            match shape.find(name) {
                Some(i) => i as u64,
                None => return,
            }
        }
    };
    let e = Entry {
        version,
        name: name.raw(),
        shape: shape.id,
        word,
        off,
    };
    TABLES.with(|t| t[kind as usize][slot(version, name.raw())].set(e));
}
