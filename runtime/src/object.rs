//! Values and heap objects.
//!
//! A [`Value`] is one 64-bit word. Low bit 1: a small int (63-bit signed,
//! shifted left by one). Low bits 000: a non-null pointer to a heap object,
//! which starts with an [`ObjHeader`] (reference count, type pointer). Owned
//! `Value`s increment on `clone` and decrement on `drop`; `&Value` is free.
//!
//! Container objects (those whose type has `TypeFlags::HAVE_GC`) are
//! allocated with a [`GcHead`] just before the header, which links them into
//! the cycle collector's generation lists (see `gc.rs`).
//!
//! Layouts are `#[repr(C)]` and stable: the JIT reads `ObjHeader::refcnt`,
//! `ObjHeader::ty` and payload fields at fixed offsets.

use crate::typeobj::TypeObject;
use crate::types::str::StrLossy;
use std::cell::Cell;
use std::num::NonZeroU64;

/// The header every heap object starts with.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<isize>,
    pub ty: Cell<*const TypeObject>,
}

/// Reference count given to static objects: never reaches zero.
pub const IMMORTAL: isize = 1 << 60;

impl ObjHeader {
    /// A header for a static (immortal) object of type `ty`.
    pub const fn immortal(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(IMMORTAL),
            ty: Cell::new(ty as *const TypeObject),
        }
    }
    /// A header for a new heap object with one reference.
    pub fn new(ty: *const TypeObject) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
        }
    }
}

// SAFETY: Krait's runtime is single-threaded; static objects are only ever
// touched from the interpreter thread.
unsafe impl Sync for ObjHeader {}

/// A Python value: a tagged small int or an owned reference to a heap object.
#[repr(transparent)]
pub struct Value(NonZeroU64);

/// Smallest and largest small int held inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// A small int. The caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        // SAFETY: (i << 1) | 1 is odd, hence non-zero.
        Value(unsafe { NonZeroU64::new_unchecked(((i << 1) | 1) as u64) })
    }

    /// Whether `i` fits a small int.
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
    }

    /// Wraps an owned reference (the count was already incremented for us).
    ///
    /// # Safety
    /// `p` must point to a live heap object and carry one reference that the
    /// new `Value` takes over.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(p: *const ObjHeader) -> Value {
        debug_assert!(!p.is_null() && (p as usize) & 7 == 0);
        // SAFETY: heap pointers are non-null (caller contract).
        Value(unsafe { NonZeroU64::new_unchecked(p as u64) })
    }

    /// Takes a new reference to a heap object.
    ///
    /// # Safety
    /// `p` must point to a live heap object.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(p: *const ObjHeader) -> Value {
        // SAFETY: caller contract: p is live.
        unsafe {
            (*p).refcnt.set((*p).refcnt.get() + 1);
            Value::from_owned_ptr(p)
        }
    }

    /// A value for a static object (no count change needed: immortal).
    #[inline(always)]
    pub fn from_static(h: &'static ObjHeader) -> Value {
        // SAFETY: statics are live forever.
        unsafe { Value::from_borrowed_ptr(h) }
    }

    /// The raw word (JIT / frame boundary).
    #[inline(always)]
    pub fn raw(&self) -> u64 {
        self.0.get()
    }

    /// Rebuilds a value from a raw word, taking over its reference.
    ///
    /// # Safety
    /// `w` must come from `into_raw` (or be a valid tagged word).
    #[inline(always)]
    pub unsafe fn from_raw(w: u64) -> Value {
        // SAFETY: caller contract.
        Value(unsafe { NonZeroU64::new_unchecked(w) })
    }

    /// A new reference to the value whose raw word is `w`, which someone
    /// else keeps alive (caches holding borrowed words).
    ///
    /// # Safety
    /// `w` must be the raw word of a live value.
    #[inline(always)]
    pub unsafe fn clone_from_raw(w: u64) -> Value {
        // SAFETY: caller contract: `w` is a live value; the borrowed copy is
        // never dropped.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
        Value::clone(&v)
    }

    /// Gives up the value's reference as a raw word.
    #[inline(always)]
    pub fn into_raw(self) -> u64 {
        let w = self.0.get();
        std::mem::forget(self);
        w
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    /// The small int's value (only meaningful when `is_small_int`).
    #[inline(always)]
    pub fn small_int(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    /// The heap object's header (only meaningful when not a small int).
    #[inline(always)]
    pub fn ptr(&self) -> *const ObjHeader {
        self.0.get() as *const ObjHeader
    }

    /// The object's type.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        if self.is_small_int() {
            &crate::types::int::INT_TYPE
        } else {
            // SAFETY: a non-int value points at a live object whose type is
            // kept alive by it.
            unsafe { &*(*self.ptr()).ty.get() }
        }
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Whether the type is exactly `t` (no subclass).
    #[inline(always)]
    pub fn is_exact(&self, t: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), t)
    }

    /// Reinterprets the object as payload type `T`.
    ///
    /// # Safety
    /// The object's layout must start with `T` (checked by the caller via its type).
    #[inline(always)]
    pub unsafe fn payload_unchecked<T>(&self) -> &T {
        // SAFETY: caller contract.
        unsafe { &*(self.ptr() as *const T) }
    }

    /// Current reference count (sys.getrefcount); small ints report a large count.
    pub fn refcount(&self) -> isize {
        if self.is_small_int() {
            IMMORTAL
        } else {
            // SAFETY: live object.
            unsafe { (*self.ptr()).refcnt.get() }
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            // SAFETY: a heap value is live while we hold it.
            unsafe {
                let h = &*self.ptr();
                h.refcnt.set(h.refcnt.get() + 1);
            }
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            // SAFETY: we own one reference to a live object.
            unsafe {
                let h = &*self.ptr();
                let n = h.refcnt.get() - 1;
                h.refcnt.set(n);
                if n == 0 {
                    crate::alloc::dealloc_object(self.ptr() as *mut ObjHeader);
                }
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match crate::protocol::repr(self) {
            Ok(s) => f.write_str(s.as_str_lossy()),
            Err(_) => write!(f, "<{} object>", self.ty().name()),
        }
    }
}
