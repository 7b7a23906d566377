//! The hash table behind `set` and `frozenset`: CPython 3.11's layout and
//! probing, reproduced so that iteration order (and so printed output) is
//! the same as CPython's for every key whose hash is deterministic.
//!
//! Algorithm (facts from CPython's Objects/setobject.c):
//! - The table is a power-of-two array of slots (8 at first). A slot is
//!   *unused* (no key, hash 0), a *dummy* (no key, hash -1: a deleted key
//!   that must not end a probe chain) or *active* (key and its hash).
//! - Probing starts at `hash & mask`. From a start index `i` the slots
//!   `i, i+1, ..., i+LINEAR_PROBES` are inspected when `i + LINEAR_PROBES <=
//!   mask` (else only `i`); then `perturb >>= 5` and
//!   `i = (i*5 + 1 + perturb) & mask`, `perturb` starting at the hash.
//! - `fill` counts active + dummy slots, `used` active ones. An insertion
//!   into an unused slot that makes `fill*5 >= mask*3` resizes to the
//!   smallest power of two (at least 8) above `used*4` (`used*2` past
//!   50000 keys). Resizing re-inserts active keys in slot order.
//!
//! Invariant: at least one unused slot always exists, so every probe
//! sequence terminates. Nothing here runs Python code; the lookups that
//! call `__eq__` live in `set.rs` and drive a [`ProbeSeq`] themselves.

use crate::object::Value;

/// Slots inspected linearly after each start index.
pub const LINEAR_PROBES: usize = 9;
/// Shift applied to `perturb` between start indices.
pub const PERTURB_SHIFT: u32 = 5;
/// Size of a new (or cleared) table.
pub const MIN_SIZE: usize = 8;

/// One slot of the table.
pub struct Entry {
    /// The key's hash; 0 for an unused slot, -1 for a dummy.
    pub hash: i64,
    pub key: Option<Value>,
}

impl Entry {
    const UNUSED: Entry = Entry { hash: 0, key: None };

    /// Whether the slot has never held a key since the table was built.
    #[inline]
    pub fn is_unused(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }

    /// Whether the slot held a key that was removed.
    #[inline]
    pub fn is_dummy(&self) -> bool {
        self.key.is_none() && self.hash == -1
    }
}

/// The sequence of slot indices probed for a hash, in CPython's order.
pub struct ProbeSeq {
    mask: usize,
    base: usize,
    offset: usize,
    limit: usize,
    perturb: u64,
}

impl ProbeSeq {
    /// The probe sequence of `hash` in a table of `mask + 1` slots.
    pub fn new(hash: i64, mask: usize) -> ProbeSeq {
        let base = (hash as u64 as usize) & mask;
        ProbeSeq {
            mask,
            base,
            offset: 0,
            limit: Self::limit(base, mask),
            perturb: hash as u64,
        }
    }

    fn limit(base: usize, mask: usize) -> usize {
        if base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    /// The next slot index (the sequence is endless).
    #[inline]
    pub fn next_slot(&mut self) -> usize {
        if self.offset > self.limit {
            self.perturb >>= PERTURB_SHIFT;
            self.base = (self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.limit = Self::limit(self.base, self.mask);
            self.offset = 0;
        }
        let j = self.base + self.offset;
        self.offset += 1;
        j
    }
}

thread_local! {
    static NEXT_TABLE_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn fresh_table_id() -> u64 {
    NEXT_TABLE_ID.with(|c| {
        let n = c.get();
        c.set(n + 1);
        n
    })
}

/// A set's slots and counters.
pub struct SetTable {
    pub entries: Vec<Entry>,
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots (the set's length).
    pub used: usize,
    /// Where `pop` resumes its scan.
    pub finger: usize,
    /// Identity of the slot storage, as CPython's table pointer: 0 for the
    /// object's built-in 8-slot table, a fresh number for each larger one.
    /// A lookup whose `__eq__` call replaced the storage starts over.
    pub table_id: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> SetTable {
        SetTable {
            entries: Self::unused_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            table_id: 0,
        }
    }

    fn unused_slots(n: usize) -> Vec<Entry> {
        let mut v = Vec::with_capacity(n);
        v.resize_with(n, || Entry::UNUSED);
        v
    }

    /// Table size minus one.
    #[inline]
    pub fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// Puts a key known to be absent into a table without dummies.
    pub fn insert_clean(entries: &mut [Entry], key: Value, hash: i64) {
        let mask = entries.len() - 1;
        let mut probe = ProbeSeq::new(hash, mask);
        loop {
            let j = probe.next_slot();
            if entries[j].key.is_none() {
                entries[j] = Entry {
                    hash,
                    key: Some(key),
                };
                return;
            }
        }
    }

    /// Rebuilds the table with the smallest size above `minused`, dropping
    /// dummies (CPython's `set_table_resize`).
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.table_id == 0 && self.fill == self.used {
            // The small table without dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.entries, Self::unused_slots(newsize));
        self.table_id = if newsize == MIN_SIZE {
            0
        } else {
            fresh_table_id()
        };
        self.fill = self.used;
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut self.entries, k, e.hash);
            }
        }
    }

    /// The resize policy after a key filled an unused slot.
    pub fn grow_if_needed(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            self.resize_for_used();
        }
    }

    /// Resizes to the size CPython picks for the current `used`.
    pub fn resize_for_used(&mut self) {
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// Writes a new key found absent by a probe that ended at `unused`
    /// (an unused slot), or at the last dummy `freeslot` seen on the way.
    pub fn insert_at(&mut self, freeslot: Option<usize>, unused: usize, key: Value, hash: i64) {
        match freeslot {
            Some(j) => {
                self.entries[j] = Entry {
                    hash,
                    key: Some(key),
                };
                self.used += 1;
            }
            None => {
                self.entries[unused] = Entry {
                    hash,
                    key: Some(key),
                };
                self.fill += 1;
                self.used += 1;
                self.grow_if_needed();
            }
        }
    }

    /// Turns active slot `j` into a dummy and returns its key.
    pub fn remove_at(&mut self, j: usize) -> Option<Value> {
        let k = self.entries[j].key.take()?;
        self.entries[j].hash = -1;
        self.used -= 1;
        Some(k)
    }

    /// Empties the table (back to the minimum size) and returns the old
    /// contents so the caller can drop them outside any borrow.
    pub fn take_contents(&mut self) -> Vec<Entry> {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        old.entries
    }

    /// Index of the first active slot at or after `pos`.
    #[inline]
    pub fn next_active(&self, pos: usize) -> Option<usize> {
        let mut i = pos;
        while i < self.entries.len() {
            if self.entries[i].key.is_some() {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The active keys in slot (iteration) order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries.iter().filter_map(|e| e.key.clone()).collect()
    }

    /// Exchanges contents with `other`, keeping each object's `finger`
    /// (CPython's `set_swap_bodies`).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.entries, &mut other.entries);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        std::mem::swap(&mut self.table_id, &mut other.table_id);
    }

    /// CPython's frozenset hash: the xor of every active hash's shuffled
    /// bits, mixed with the length and dispersed.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for e in &self.entries {
            if e.key.is_some() {
                hash ^= shuffle(e.hash as u64);
            }
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// `__sizeof__`: CPython's object size plus an external table.
    pub fn sizeof(&self) -> usize {
        const BASIC_SIZE: usize = 200;
        const ENTRY_SIZE: usize = 16;
        if self.table_id == 0 {
            BASIC_SIZE
        } else {
            BASIC_SIZE + self.entries.len() * ENTRY_SIZE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probe_sequence_is_linear_then_perturbed() {
        let mut p = ProbeSeq::new(3, 31);
        let first: Vec<usize> = (0..11).map(|_| p.next_slot()).collect();
        assert_eq!(first, vec![3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16]);
        let mut q = ProbeSeq::new(7, 7);
        assert_eq!(q.next_slot(), 7);
        assert_eq!(q.next_slot(), 4);
    }

    #[test]
    fn resize_thresholds() {
        let mut t = SetTable::new();
        for i in 0..5i64 {
            let mut p = ProbeSeq::new(i, t.mask());
            let j = loop {
                let j = p.next_slot();
                if t.entries[j].is_unused() {
                    break j;
                }
            };
            t.insert_at(None, j, Value::small_int_unchecked(i), i);
        }
        assert_eq!(t.entries.len(), 32);
        assert_eq!(t.used, 5);
        assert_ne!(t.table_id, 0);
    }
}
