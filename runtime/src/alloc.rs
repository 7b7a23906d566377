//! Allocation and deallocation of heap objects.
//!
//! Plain objects are a `Box<T>` whose `T` starts with an `ObjHeader`.
//! Container objects are a `Box<GcBox<T>>`: a `GcHead` (linking the object
//! into a generation list of the cycle collector) followed by the object; the
//! `Value` points at the object, so the head sits at a fixed negative offset.
//! Instances of Python classes are `SubInstance<T>`: the built-in base's
//! payload `T` followed by an `InstanceExt` holding attributes.
//!
//! Deallocation is iterative past a depth limit (a long chain of nested
//! containers would otherwise recurse once per link and overflow the stack).

use crate::object::{ObjHeader, Value};
use crate::shape::InstanceExt;
use crate::typeobj::TypeObject;
use std::cell::{Cell, RefCell};

/// Links a container object into the cycle collector's lists.
#[repr(C)]
pub struct GcHead {
    pub prev: Cell<*mut GcHead>,
    pub next: Cell<*mut GcHead>,
    /// Scratch count used during a collection; `NOT_COLLECTING` otherwise.
    pub gc_refs: Cell<isize>,
}

pub const NOT_COLLECTING: isize = isize::MIN;

#[repr(C)]
pub struct GcBox<T> {
    pub gc: GcHead,
    pub obj: T,
}

/// An instance of a Python class whose solid base has payload `T`.
#[repr(C)]
pub struct SubInstance<T> {
    pub obj: T,
    pub ext: InstanceExt,
}

const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// The `GcHead` of a container object.
///
/// # Safety
/// `p` must be an object allocated by `alloc_gc`.
#[inline]
pub unsafe fn gc_head(p: *const ObjHeader) -> *mut GcHead {
    // SAFETY: GcBox<T> is repr(C) with GcHead (24 bytes, align 8) first and
    // every object payload aligned to 8, so the object follows at +24.
    unsafe { (p as *mut u8).sub(GC_HEAD_SIZE) as *mut GcHead }
}

/// The object of a `GcHead`.
///
/// # Safety
/// `g` must be the head of a live container.
#[inline]
pub unsafe fn gc_object(g: *mut GcHead) -> *mut ObjHeader {
    // SAFETY: see gc_head.
    unsafe { (g as *mut u8).add(GC_HEAD_SIZE) as *mut ObjHeader }
}

/// Allocates a non-container object. `T` must be `#[repr(C)]` and start with
/// an `ObjHeader` whose type's layout is non-gc.
pub fn alloc_plain<T>(obj: T) -> Value {
    let p = Box::into_raw(Box::new(obj)) as *const ObjHeader;
    // SAFETY: freshly allocated object with refcount 1.
    unsafe { Value::from_owned_ptr(p) }
}

/// Allocates a container object and starts tracking it.
pub fn alloc_gc<T>(obj: T) -> Value {
    debug_assert_eq!(std::mem::offset_of!(GcBox<T>, obj), GC_HEAD_SIZE);
    let b = Box::new(GcBox {
        gc: GcHead {
            prev: Cell::new(std::ptr::null_mut()),
            next: Cell::new(std::ptr::null_mut()),
            gc_refs: Cell::new(NOT_COLLECTING),
        },
        obj,
    });
    let raw = Box::into_raw(b);
    // SAFETY: raw is a fresh GcBox; the object field follows the head.
    unsafe {
        crate::gc::track(&mut (*raw).gc);
        Value::from_owned_ptr(&(*raw).obj as *const T as *const ObjHeader)
    }
}

/// The memory layout of a `GcBox<T>` followed by `tail` bytes.
fn layout_with_tail<T>(tail: usize) -> std::alloc::Layout {
    let size = std::mem::size_of::<GcBox<T>>() + tail;
    std::alloc::Layout::from_size_align(size, std::mem::align_of::<GcBox<T>>())
        .expect("object size overflow")
}

/// Allocates a container object followed by `tail` bytes of its own (a
/// variable-size object's items: one allocation instead of two). The object
/// is not tracked yet: the caller fills the tail, then calls [`track_new`].
pub fn alloc_gc_with_tail<T>(obj: T, tail: usize) -> *mut GcBox<T> {
    let layout = layout_with_tail::<T>(tail);
    // SAFETY: the layout has a non-zero size (a GcBox is never empty).
    let raw = unsafe { std::alloc::alloc(layout) } as *mut GcBox<T>;
    if raw.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: fresh memory for a GcBox<T> (and the tail after it).
    unsafe {
        raw.write(GcBox {
            gc: GcHead {
                prev: Cell::new(std::ptr::null_mut()),
                next: Cell::new(std::ptr::null_mut()),
                gc_refs: Cell::new(NOT_COLLECTING),
            },
            obj,
        })
    };
    raw
}

/// Starts tracking an object from [`alloc_gc_with_tail`] and returns it.
///
/// # Safety
/// `raw` comes from `alloc_gc_with_tail` and is complete (tail filled).
pub unsafe fn track_new<T>(raw: *mut GcBox<T>) -> Value {
    // SAFETY: caller contract; the object field follows the head.
    unsafe {
        crate::gc::track(&mut (*raw).gc);
        Value::from_owned_ptr(&(*raw).obj as *const T as *const ObjHeader)
    }
}

/// Frees a container object from [`alloc_gc_with_tail`] with `tail` bytes:
/// drops the object (whose `Drop` owns what the tail holds), then the memory.
///
/// # Safety
/// As [`dealloc_gc`], for an object allocated with that tail.
pub unsafe fn dealloc_gc_with_tail<T>(p: *mut ObjHeader, tail: usize) {
    // SAFETY: caller contract.
    unsafe {
        let g = gc_head(p);
        crate::gc::untrack(g);
        std::ptr::drop_in_place(g as *mut GcBox<T>);
        std::alloc::dealloc(g as *mut u8, layout_with_tail::<T>(tail));
    }
}

/// Allocates an instance of Python class `ty` whose solid base payload is
/// `obj` (whose header must already name `ty`).
pub fn alloc_instance<T>(obj: T, ty: &TypeObject) -> Value {
    // Heap types are kept alive by their instances.
    if ty.is_heap() {
        std::mem::forget(ty.as_value());
    }
    alloc_gc(SubInstance {
        obj,
        ext: InstanceExt::new(ty),
    })
}

/// Frees a plain object.
///
/// # Safety
/// `p` was allocated by `alloc_plain::<T>` and its count is zero.
pub unsafe fn dealloc_plain<T>(p: *mut ObjHeader) {
    // SAFETY: caller contract.
    drop(unsafe { Box::from_raw(p as *mut T) });
}

/// Frees a container object.
///
/// # Safety
/// `p` was allocated by `alloc_gc::<T>` and its count is zero.
pub unsafe fn dealloc_gc<T>(p: *mut ObjHeader) {
    // SAFETY: caller contract.
    unsafe {
        let g = gc_head(p);
        crate::gc::untrack(g);
        drop(Box::from_raw(g as *mut GcBox<T>));
    }
}

/// Nesting of deallocations (freeing a container frees its items): past
/// `MAX_DEALLOC_DEPTH` objects are queued and freed by the outermost call,
/// so freeing a long chain cannot overflow the Rust stack.
struct DeallocState {
    depth: Cell<u32>,
    deferred: RefCell<Vec<*mut ObjHeader>>,
    /// Whether `deferred` may be non-empty (saves a borrow per free).
    pending: Cell<bool>,
}

thread_local! {
    // ManuallyDrop: no thread-exit destructor, so objects freed by other
    // thread-locals' destructors (the intern table...) can still use it.
    static DEALLOC: std::mem::ManuallyDrop<DeallocState> = const {
        std::mem::ManuallyDrop::new(DeallocState {
            depth: Cell::new(0),
            deferred: RefCell::new(Vec::new()),
            pending: Cell::new(false),
        })
    };
}

const MAX_DEALLOC_DEPTH: u32 = 200;

/// Frees an object whose reference count reached zero.
///
/// # Safety
/// `p` must be a live object with a zero count.
pub unsafe fn dealloc_object(p: *mut ObjHeader) {
    // SAFETY: caller contract: p is live.
    let ty = unsafe { (*p).ty.get() };
    if std::ptr::eq(ty, &crate::types::float::FLOAT_TYPE) {
        // The most freed object, and a leaf: straight to the free list.
        // SAFETY: caller contract; a float holds no references.
        unsafe { crate::types::float::float_dealloc(p) };
        return;
    }
    DEALLOC.with(|st| {
        let depth = st.depth.get();
        if depth >= MAX_DEALLOC_DEPTH {
            st.deferred.borrow_mut().push(p);
            st.pending.set(true);
            return;
        }
        st.depth.set(depth + 1);
        // SAFETY: caller contract.
        unsafe { dealloc_now(p) };
        if depth == 0 && st.pending.get() {
            loop {
                let next = st.deferred.borrow_mut().pop();
                match next {
                    // SAFETY: deferred objects had a zero count when queued.
                    Some(q) => unsafe { dealloc_now(q) },
                    None => break,
                }
            }
            st.pending.set(false);
        }
        st.depth.set(depth);
    })
}

unsafe fn dealloc_now(p: *mut ObjHeader) {
    // SAFETY: p is a live object with zero count.
    unsafe {
        let ty = (*p).ty.get();
        let layout = (*ty).layout.get();
        let heap = (*ty).is_heap();
        crate::gc::note_dealloc(layout.gc);
        (layout.dealloc)(p);
        if heap {
            // Drop the instance's reference to its class.
            drop(Value::from_owned_ptr(&(*ty).head));
        }
    }
}

/// An object payload type: how it exposes its references to the collector.
pub trait Payload: Sized + 'static {
    /// Visits each reference held.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops the references held (to break a cycle).
    fn clear(&self) {}
}

unsafe fn traverse_of<T: Payload>(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the layout is only attached to objects of payload T.
    unsafe { (*(p as *const T)).traverse(visit) }
}
unsafe fn clear_of<T: Payload>(p: *const ObjHeader) {
    // SAFETY: as above.
    unsafe { (*(p as *const T)).clear() }
}
unsafe fn sub_traverse_of<T: Payload>(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the layout is only attached to SubInstance<T> objects.
    unsafe {
        let s = &*(p as *const SubInstance<T>);
        s.obj.traverse(visit);
        s.ext.traverse(visit);
    }
}
unsafe fn sub_clear_of<T: Payload>(p: *const ObjHeader) {
    // SAFETY: as above.
    unsafe {
        let s = &*(p as *const SubInstance<T>);
        s.obj.clear();
        s.ext.clear();
    }
}

/// The layout of a built-in type with payload `T` (a container when `gc`).
pub const fn layout_of<T: Payload>(
    gc: bool,
    dict_offset: Option<usize>,
    subclass: Option<&'static Layout>,
) -> Layout {
    Layout {
        gc,
        dealloc: if gc {
            dealloc_gc::<T>
        } else {
            dealloc_plain::<T>
        },
        traverse: if gc { Some(traverse_of::<T>) } else { None },
        clear: if gc { Some(clear_of::<T>) } else { None },
        ext_offset: None,
        dict_offset,
        subclass,
    }
}

/// The layout of instances of Python subclasses of a built-in with payload `T`.
pub const fn sub_layout_of<T: Payload>(dict_offset: Option<usize>) -> Layout {
    Layout {
        gc: true,
        dealloc: dealloc_gc::<SubInstance<T>>,
        traverse: Some(sub_traverse_of::<T>),
        clear: Some(sub_clear_of::<T>),
        ext_offset: Some(std::mem::offset_of!(SubInstance<T>, ext)),
        dict_offset,
        subclass: None,
    }
}

impl Payload for ObjHeader {}

use crate::typeobj::Layout;
