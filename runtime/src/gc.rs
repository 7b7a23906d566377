//! The cycle collector: CPython's generational trial deletion.
//!
//! Every container object is on one of three generation lists (circular,
//! doubly linked through its `GcHead`). A collection of generation `g`
//! merges the younger lists into `g`'s, then:
//! 1. copies each object's reference count into `gc_refs`;
//! 2. subtracts, for every object in the set, one from each referent in the
//!    set: what is left counts references from outside the set;
//! 3. marks everything reachable from objects with outside references;
//! 4. the rest is garbage: it is kept alive with an extra reference while
//!    each object's `clear` drops its references, then released.
//!
//! Survivors move to the next generation.
//!
//! Collections never start inside an allocation: allocation only counts, and
//! the interpreter calls [`maybe_collect`] at safe points (no Rust borrow of
//! an object's interior is live there).

use crate::alloc::{gc_head, gc_object, GcHead, NOT_COLLECTING};
use crate::object::{ObjHeader, Value};
use std::cell::{Cell, RefCell};

const NGEN: usize = 3;

struct GcState {
    heads: [*mut GcHead; NGEN],
    counts: [Cell<isize>; NGEN],
    thresholds: [Cell<isize>; NGEN],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    long_lived_total: Cell<isize>,
    long_lived_pending: Cell<isize>,
    /// Objects in the permanent generation... (unused; CPython's gc.freeze)
    _frozen: RefCell<Vec<*mut GcHead>>,
}

fn new_list_head() -> *mut GcHead {
    let h = Box::into_raw(Box::new(GcHead {
        prev: Cell::new(std::ptr::null_mut()),
        next: Cell::new(std::ptr::null_mut()),
        gc_refs: Cell::new(NOT_COLLECTING),
    }));
    // SAFETY: fresh allocation; a list head points at itself when empty.
    unsafe {
        (*h).prev.set(h);
        (*h).next.set(h);
    }
    h
}

thread_local! {
    static STATE: GcState = GcState {
        heads: [new_list_head(), new_list_head(), new_list_head()],
        counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
        thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
        enabled: Cell::new(true),
        collecting: Cell::new(false),
        long_lived_total: Cell::new(0),
        long_lived_pending: Cell::new(0),
        _frozen: RefCell::new(Vec::new()),
    };
}

unsafe fn list_append(head: *mut GcHead, g: *mut GcHead) {
    // SAFETY: head is a list head, g an unlinked node.
    unsafe {
        let last = (*head).prev.get();
        (*g).prev.set(last);
        (*g).next.set(head);
        (*last).next.set(g);
        (*head).prev.set(g);
    }
}

unsafe fn list_remove(g: *mut GcHead) {
    // SAFETY: g is linked.
    unsafe {
        let p = (*g).prev.get();
        let n = (*g).next.get();
        (*p).next.set(n);
        (*n).prev.set(p);
        (*g).prev.set(std::ptr::null_mut());
        (*g).next.set(std::ptr::null_mut());
    }
}

unsafe fn list_merge(from: *mut GcHead, to: *mut GcHead) {
    // SAFETY: both are list heads.
    unsafe {
        if (*from).next.get() == from {
            return;
        }
        let first = (*from).next.get();
        let last = (*from).prev.get();
        let tail = (*to).prev.get();
        (*tail).next.set(first);
        (*first).prev.set(tail);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

/// Starts tracking a new container (called by `alloc_gc`).
///
/// # Safety
/// `g` is the head of a freshly allocated container.
pub unsafe fn track(g: *mut GcHead) {
    STATE.with(|s| {
        // SAFETY: g is unlinked and s.heads[0] is a list head.
        unsafe { list_append(s.heads[0], g) };
        let n = s.counts[0].get() + 1;
        s.counts[0].set(n);
        if n > s.thresholds[0].get() {
            MAYBE_DUE.with(|d| d.set(true));
        }
    });
}

thread_local! {
    /// Set when generation 0 passes its threshold: the cheap test behind
    /// `maybe_collect`, which the eval loop calls on every backward jump.
    static MAYBE_DUE: Cell<bool> = const { Cell::new(false) };
}

/// Stops tracking a container being freed.
///
/// # Safety
/// `g` must be linked (or already unlinked: prev null).
pub unsafe fn untrack(g: *mut GcHead) {
    // SAFETY: caller contract.
    unsafe {
        if !(*g).prev.get().is_null() {
            list_remove(g);
        }
    }
}

/// Notes a deallocation for the generation-0 count.
pub fn note_dealloc(is_gc: bool) {
    if is_gc {
        STATE.with(|s| {
            let c = s.counts[0].get();
            if c > 0 {
                s.counts[0].set(c - 1);
            }
        });
    }
}

/// Whether an automatic collection is due.
#[inline]
pub fn collection_due() -> bool {
    STATE.with(|s| {
        s.enabled.get() && !s.collecting.get() && s.counts[0].get() > s.thresholds[0].get()
    })
}

/// Runs an automatic collection if one is due (call only at safe points).
#[inline]
pub fn maybe_collect() {
    if MAYBE_DUE.with(|d| d.get()) {
        maybe_collect_slow();
    }
}

#[inline(never)]
fn maybe_collect_slow() {
    MAYBE_DUE.with(|d| d.set(false));
    if !collection_due() {
        return;
    }
    let gen = STATE.with(|s| {
        for i in (0..NGEN).rev() {
            if s.counts[i].get() > s.thresholds[i].get() {
                if i == NGEN - 1 && s.long_lived_pending.get() < s.long_lived_total.get() / 4 {
                    continue;
                }
                return Some(i);
            }
        }
        None
    });
    if let Some(g) = gen {
        collect(g);
    }
}

/// Whether `v` is a tracked container. Static objects (built-in types,
/// singletons) have container layouts but no `GcHead`: their immortal
/// reference count tells them apart.
fn is_gc_value(v: &Value) -> bool {
    !v.is_small_int() && v.ty().layout.get().gc && v.refcount() < crate::object::IMMORTAL / 2
}

/// Collects generation `generation` (and the younger ones); returns the
/// number of unreachable objects found.
pub fn collect(generation: usize) -> usize {
    let generation = generation.min(NGEN - 1);
    let already = STATE.with(|s| s.collecting.replace(true));
    if already {
        return 0;
    }
    let young = STATE.with(|s| {
        for i in 0..generation {
            // SAFETY: list heads.
            unsafe { list_merge(s.heads[i], s.heads[generation]) };
        }
        s.heads[generation]
    });
    // SAFETY: every node in `young` is a tracked live container; we only
    // touch their heads and traverse functions.
    let unreachable = unsafe { find_garbage(young) };
    let n = unreachable.len();
    STATE.with(|s| {
        // Survivors (still in `young`) move to the next generation.
        if generation + 1 < NGEN {
            let mut survivors = 0isize;
            // SAFETY: list walk over live nodes.
            unsafe {
                let mut g = (*young).next.get();
                while g != young {
                    survivors += 1;
                    g = (*g).next.get();
                }
                list_merge(young, s.heads[generation + 1]);
            }
            if generation + 1 == NGEN - 1 {
                s.long_lived_pending
                    .set(s.long_lived_pending.get() + survivors);
            }
            s.counts[generation + 1].set(s.counts[generation + 1].get() + 1);
        } else {
            s.long_lived_total
                .set(s.long_lived_pending.get() + s.long_lived_total.get());
            s.long_lived_pending.set(0);
        }
        for i in 0..=generation {
            s.counts[i].set(0);
        }
    });
    // Break the cycles: hold each object, run finalizers, clear, release.
    let held: Vec<Value> = unreachable
        .iter()
        // SAFETY: garbage objects are still alive (count > 0).
        .map(|&p| unsafe { Value::from_borrowed_ptr(p) })
        .collect();
    for v in &held {
        crate::protocol::call_finalizer(v);
    }
    for v in &held {
        if let Some(clear) = v.ty().layout.get().clear {
            // SAFETY: v is live; clear drops its references.
            unsafe { clear(v.ptr()) };
        }
    }
    drop(held);
    STATE.with(|s| s.collecting.set(false));
    n
}

unsafe fn find_garbage(young: *mut GcHead) -> Vec<*const ObjHeader> {
    // SAFETY (whole fn): nodes of `young` are live tracked containers.
    unsafe {
        let mut nodes = Vec::new();
        let mut g = (*young).next.get();
        while g != young {
            let o = gc_object(g);
            (*g).gc_refs.set((*o).refcnt.get());
            nodes.push(g);
            g = (*g).next.get();
        }
        for &g in &nodes {
            let o = gc_object(g);
            if let Some(tr) = (*(*o).ty.get()).layout.get().traverse {
                tr(o, &mut |child: &Value| {
                    if is_gc_value(child) {
                        let cg = gc_head(child.ptr());
                        if (*cg).gc_refs.get() != NOT_COLLECTING {
                            (*cg).gc_refs.set((*cg).gc_refs.get() - 1);
                        }
                    }
                });
            }
        }
        // Mark reachable: gc_refs > 0 are roots; reachable ones get -1.
        let mut work: Vec<*mut GcHead> = nodes
            .iter()
            .copied()
            .filter(|&g| (*g).gc_refs.get() > 0)
            .collect();
        for &g in &work {
            (*g).gc_refs.set(-1);
        }
        while let Some(g) = work.pop() {
            let o = gc_object(g);
            if let Some(tr) = (*(*o).ty.get()).layout.get().traverse {
                tr(o, &mut |child: &Value| {
                    if is_gc_value(child) {
                        let cg = gc_head(child.ptr());
                        let r = (*cg).gc_refs.get();
                        if r != NOT_COLLECTING && r >= 0 {
                            (*cg).gc_refs.set(-1);
                            work.push(cg);
                        }
                    }
                });
            }
        }
        let mut garbage = Vec::new();
        for &g in &nodes {
            if (*g).gc_refs.get() >= 0 {
                garbage.push(gc_object(g) as *const ObjHeader);
            }
            (*g).gc_refs.set(NOT_COLLECTING);
        }
        garbage
    }
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

/// `gc.get_threshold()`.
pub fn thresholds() -> (isize, isize, isize) {
    STATE.with(|s| {
        (
            s.thresholds[0].get(),
            s.thresholds[1].get(),
            s.thresholds[2].get(),
        )
    })
}

/// `gc.set_threshold(...)`; missing values keep their setting.
pub fn set_thresholds(t: &[isize]) {
    STATE.with(|s| {
        for (i, &v) in t.iter().enumerate().take(NGEN) {
            s.thresholds[i].set(v);
        }
    });
}

/// `gc.get_count()`.
pub fn counts() -> (isize, isize, isize) {
    STATE.with(|s| (s.counts[0].get(), s.counts[1].get(), s.counts[2].get()))
}

/// Whether `v` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    is_gc_value(v)
}
