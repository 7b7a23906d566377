//! Set algebra: update, intersection, difference, symmetric difference and
//! the subset tests. Each follows CPython 3.11's algorithm step for step
//! (which operand is iterated, when the table is presized, when a copy is
//! made first), because those choices fix the result's table layout and so
//! its iteration order.
//!
//! Operands are iterated with `next_entry`, which re-reads the table on
//! every step, so `__eq__` code that mutates an operand cannot invalidate
//! a borrow.

use super::table::SetTable;
use super::{
    downcast, is_anyset, is_frozenset, make_new_set, make_new_set_basetype, sp, SetObject, SET_TYPE,
};
use crate::err::PyResult;
use crate::object::Value;
use crate::protocol;
use crate::types::dict;

/// The keys and stored hashes of an exact dict, in its order.
fn dict_keys_hashes(d: &Value) -> Vec<(Value, i64)> {
    match dict::downcast(d) {
        Some(d) => d
            .inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.hash))
            .collect(),
        None => Vec::new(),
    }
}

/// Adds every element of `other` to `so` (CPython's `set_merge`).
fn merge(so: &SetObject, other: &SetObject) -> PyResult<()> {
    if std::ptr::eq(so, other) || other.is_empty() {
        return Ok(());
    }
    {
        let ot = other.table.borrow();
        let mut t = so.table.borrow_mut();
        // One big resize up front, expecting few common keys.
        if (t.fill + ot.used) * 5 >= t.mask() * 3 {
            let n = (t.used + ot.used) * 2;
            t.resize(n);
        }
        if t.fill == 0 && t.mask() == ot.mask() && ot.fill == ot.used {
            // Same size, no dummies: copy slot for slot.
            for (dst, src) in t.entries.iter_mut().zip(ot.entries.iter()) {
                if let Some(k) = &src.key {
                    dst.key = Some(k.clone());
                    dst.hash = src.hash;
                }
            }
            t.fill = ot.fill;
            t.used = ot.used;
            return Ok(());
        }
        if t.fill == 0 {
            // Empty target: no duplicates possible.
            t.fill = ot.used;
            t.used = ot.used;
            for src in ot.entries.iter() {
                if let Some(k) = &src.key {
                    SetTable::insert_clean(&mut t.entries, k.clone(), src.hash);
                }
            }
            return Ok(());
        }
    }
    let mut i = 0;
    loop {
        let item = {
            let ot = other.table.borrow();
            match ot.entries.get(i) {
                None => break,
                Some(e) => e.key.clone().map(|k| (k, e.hash)),
            }
        };
        if let Some((k, h)) = item {
            so.add_entry(k, h)?;
        }
        i += 1;
    }
    Ok(())
}

/// `s.update(other)` for one iterable (CPython's `set_update_internal`).
pub(super) fn update_internal(s: &Value, other: &Value) -> PyResult<()> {
    let so = sp(s)?;
    if let Some(o) = downcast(other) {
        return merge(so, o);
    }
    if other.is_exact(&dict::DICT_TYPE) {
        let pairs = dict_keys_hashes(other);
        {
            let mut t = so.table.borrow_mut();
            if (t.fill + pairs.len()) * 5 >= t.mask() * 3 {
                let n = (t.used + pairs.len()) * 2;
                t.resize(n);
            }
        }
        for (k, h) in pairs {
            so.add_entry(k, h)?;
        }
        return Ok(());
    }
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        so.add_key(k)?;
    }
    Ok(())
}

/// `s |= iterable` semantics for any iterable (SET_UPDATE, `_PySet_Update`).
pub fn update(s: &Value, iterable: &Value) -> PyResult<()> {
    update_internal(s, iterable)
}

/// `s.copy()`: a new set or frozenset (never a subclass) with the same table.
pub(super) fn copy(s: &Value) -> PyResult<Value> {
    make_new_set_basetype(s.ty(), Some(s))
}

/// `s.union(*others)`.
pub(super) fn union_multi(s: &Value, others: &[Value]) -> PyResult<Value> {
    let result = copy(s)?;
    for o in others {
        if s.is(o) {
            continue;
        }
        update_internal(&result, o)?;
    }
    Ok(result)
}

/// `s & other` / `s.intersection(other)` (CPython's `set_intersection`).
pub fn intersection(s: &Value, other: &Value) -> PyResult<Value> {
    if s.is(other) {
        return copy(s);
    }
    let result = make_new_set_basetype(s.ty(), None)?;
    let rs = sp(&result)?;
    let so = sp(s)?;
    if let Some(o) = downcast(other) {
        // Iterate the smaller operand, probe the larger.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.contains_entry(&k, h)? {
                rs.add_entry(k, h)?;
            }
        }
        return Ok(result);
    }
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        let h = protocol::hash(&k)?;
        if so.contains_entry(&k, h)? {
            rs.add_entry(k, h)?;
            if rs.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `s.intersection(*others)`.
pub(super) fn intersection_multi(s: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(s);
    }
    let mut result = s.clone();
    for o in others {
        result = intersection(&result, o)?;
    }
    Ok(result)
}

/// Exchanges the contents of two sets (CPython's `set_swap_bodies`).
pub(super) fn swap_bodies(a: &Value, b: &Value) -> PyResult<()> {
    let (sa, sb) = (sp(a)?, sp(b)?);
    if std::ptr::eq(sa, sb) {
        return Ok(());
    }
    sa.table
        .borrow_mut()
        .swap_bodies(&mut sb.table.borrow_mut());
    if is_frozenset(a) && is_frozenset(b) {
        let h = sa.hash.get();
        sa.hash.set(sb.hash.get());
        sb.hash.set(h);
    } else {
        sa.hash.set(-1);
        sb.hash.set(-1);
    }
    Ok(())
}

/// `s.intersection_update(*others)`.
pub(super) fn intersection_update_multi(s: &Value, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(s, others)?;
    swap_bodies(s, &tmp)
}

/// `s &= other`.
pub(super) fn intersection_update(s: &Value, other: &Value) -> PyResult<()> {
    let tmp = intersection(s, other)?;
    swap_bodies(s, &tmp)
}

/// `s -= other` / one argument of `difference_update`.
pub fn difference_update(s: &Value, other: &Value) -> PyResult<()> {
    let so = sp(s)?;
    if s.is(other) {
        so.clear_internal();
        return Ok(());
    }
    if let Some(o) = downcast(other) {
        // A much larger other is first cut down to the common part.
        let tmp: Value;
        let src: &SetObject = if (o.len() >> 3) > so.len() {
            tmp = intersection(s, other)?;
            sp(&tmp)?
        } else {
            o
        };
        let mut pos = 0;
        while let Some((k, h)) = src.next_entry(&mut pos) {
            so.discard_entry(&k, h)?;
        }
    } else {
        let it = protocol::iter(other)?;
        while let Some(k) = protocol::next(&it)? {
            so.discard_key(&k)?;
        }
    }
    // Purge dummies when they are more than a quarter of the table.
    let mut t = so.table.borrow_mut();
    if t.fill - t.used > t.mask() / 4 {
        t.resize_for_used();
    }
    Ok(())
}

fn copy_and_difference(s: &Value, other: &Value) -> PyResult<Value> {
    let result = copy(s)?;
    difference_update(&result, other)?;
    Ok(result)
}

/// `s - other` / `s.difference(other)` (CPython's `set_difference`).
pub(super) fn difference(s: &Value, other: &Value) -> PyResult<Value> {
    let so = sp(s)?;
    let other_is_dict = other.is_exact(&dict::DICT_TYPE);
    let other_size = if let Some(o) = downcast(other) {
        o.len()
    } else if other_is_dict {
        dict::len(other)
    } else {
        return copy_and_difference(s, other);
    };
    if (so.len() >> 2) > other_size {
        return copy_and_difference(s, other);
    }
    let result = make_new_set_basetype(s.ty(), None)?;
    let rs = sp(&result)?;
    let mut pos = 0;
    if other_is_dict {
        let d = dict::downcast(other).ok_or_else(|| crate::err::type_error("dict expected"))?;
        while let Some((k, h)) = so.next_entry(&mut pos) {
            if d.get_hashed(&k, h)?.is_none() {
                rs.add_entry(k, h)?;
            }
        }
        return Ok(result);
    }
    let o = sp(other)?;
    while let Some((k, h)) = so.next_entry(&mut pos) {
        if !o.contains_entry(&k, h)? {
            rs.add_entry(k, h)?;
        }
    }
    Ok(result)
}

/// `s.difference(*others)`.
pub(super) fn difference_multi(s: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy(s);
    };
    let result = difference(s, first)?;
    for o in rest {
        difference_update(&result, o)?;
    }
    Ok(result)
}

/// `s ^= other` / `s.symmetric_difference_update(other)`.
pub fn symmetric_difference_update(s: &Value, other: &Value) -> PyResult<()> {
    let so = sp(s)?;
    if s.is(other) {
        so.clear_internal();
        return Ok(());
    }
    if other.is_exact(&dict::DICT_TYPE) {
        for (k, h) in dict_keys_hashes(other) {
            if !so.discard_entry(&k, h)? {
                so.add_entry(k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if is_anyset(other) {
        other.clone()
    } else {
        make_new_set_basetype(s.ty(), Some(other))?
    };
    let os = sp(&otherset)?;
    let mut pos = 0;
    while let Some((k, h)) = os.next_entry(&mut pos) {
        if !so.discard_entry(&k, h)? {
            so.add_entry(k, h)?;
        }
    }
    Ok(())
}

/// `s ^ other` / `s.symmetric_difference(other)`: a copy of `other` updated
/// with `s`.
pub(super) fn symmetric_difference(s: &Value, other: &Value) -> PyResult<Value> {
    let result = make_new_set_basetype(s.ty(), Some(other))?;
    symmetric_difference_update(&result, s)?;
    Ok(result)
}

/// `s.issubset(other)` / `s <= other`.
pub(super) fn issubset(s: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = downcast(other) else {
        let tmp = make_new_set(&SET_TYPE, Some(other))?;
        return issubset(s, &tmp);
    };
    let so = sp(s)?;
    if so.len() > o.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((k, h)) = so.next_entry(&mut pos) {
        if !o.contains_entry(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.issuperset(other)` / `s >= other`.
pub(super) fn issuperset(s: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, s);
    }
    let so = sp(s)?;
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        if !so.contains_key(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.isdisjoint(other)`.
pub(super) fn isdisjoint(s: &Value, other: &Value) -> PyResult<bool> {
    let so = sp(s)?;
    if s.is(other) {
        return Ok(so.is_empty());
    }
    if other.is_exact(&SET_TYPE) || other.is_exact(&super::FROZENSET_TYPE) {
        let o = sp(other)?;
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let mut pos = 0;
        while let Some((k, h)) = small.next_entry(&mut pos) {
            if big.contains_entry(&k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::iter(other)?;
    while let Some(k) = protocol::next(&it)? {
        if so.contains_key(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}
