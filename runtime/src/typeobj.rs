//! Type objects.
//!
//! Built-in types are statics (`pub static LIST_TYPE: TypeObject`), filled
//! at startup with their methods (`init_builtin_type`). Classes made by a
//! `class` statement or `type(name, bases, dict)` are heap types.
//!
//! Behaviour lives in the type's dict as dunder methods, as in Python: a
//! built-in type's `__add__` is a native method object in its dict, so user
//! subclasses and overrides are found by the same MRO lookup. The few native
//! slots kept on the type (`call`, `getattro`, `setattro`, ...) are fast paths
//! for the hottest protocols.
//!
//! Every type carries a version tag, bumped (with every subclass's) when the
//! type or a base is mutated; caches and traces guard on it.

use crate::args::Args;
use crate::object::{ObjHeader, Value};
use crate::PyResult;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// Native call slot: `callable(*args)`.
pub type CallFn = fn(&Value, &Args) -> PyResult<Value>;
/// Native attribute lookup slot.
pub type GetattroFn = fn(&Value, &Value) -> PyResult<Value>;
/// Native attribute store/delete slot (`None` value deletes).
pub type SetattroFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// Visits each reference an object holds (cycle collector).
pub type TraverseFn = unsafe fn(*const ObjHeader, &mut dyn FnMut(&Value));
/// Drops the references an object holds (breaks a cycle).
pub type ClearFn = unsafe fn(*const ObjHeader);
/// Frees an object whose count reached zero.
pub type DeallocFn = unsafe fn(*mut ObjHeader);
/// Descriptor `__get__(descr, obj or None, owner type)`.
pub type DescrGetFn = fn(&Value, Option<&Value>, &Value) -> PyResult<Value>;
/// Descriptor `__set__`/`__delete__` (`None` value deletes).
pub type DescrSetFn = fn(&Value, &Value, Option<Value>) -> PyResult<()>;
/// `__next__`: `Ok(None)` when exhausted (no StopIteration object made).
pub type IterNextFn = fn(&Value) -> PyResult<Option<Value>>;

/// How instances of a type are laid out and freed.
pub struct Layout {
    /// Instances carry a `GcHead` and take part in cycle collection.
    pub gc: bool,
    pub dealloc: DeallocFn,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    /// Byte offset of the `InstanceExt` (attribute storage) in an instance, if any.
    pub ext_offset: Option<usize>,
    /// Byte offset of a `RefCell<Option<Value>>` attribute dict, for objects
    /// that keep a plain dict instead of shapes (functions, modules, exceptions).
    pub dict_offset: Option<usize>,
    /// The layout used for instances of Python subclasses; `None` when the
    /// type cannot be subclassed.
    pub subclass: Option<&'static Layout>,
}

/// One method-cache entry: (type version, name word) -> value word (0 = absent).
struct MethodCacheEntry {
    version: Cell<u64>,
    name: Cell<u64>,
    value: Cell<u64>,
}

const METHOD_CACHE_SIZE: usize = 4096;

thread_local! {
    // Per thread, like all runtime state: test harnesses run interpreters
    // on several threads, and an entry is three separate words.
    static METHOD_CACHE: [MethodCacheEntry; METHOD_CACHE_SIZE] = const {
        [const {
            MethodCacheEntry {
                version: Cell::new(0),
                name: Cell::new(0),
                value: Cell::new(0),
            }
        }; METHOD_CACHE_SIZE]
    };
}

#[inline(always)]
fn method_cache_slot(version: u64, name: u64) -> usize {
    ((version.wrapping_mul(0x9E37_79B9) ^ (name >> 4)) as usize) & (METHOD_CACHE_SIZE - 1)
}

/// Type flag bits.
pub mod flags {
    /// Made by a class statement (mutable, refcounted, has `__module__`).
    pub const HEAPTYPE: u32 = 1 << 0;
    /// May be used as a base class.
    pub const BASETYPE: u32 = 1 << 1;
    /// Subclass-of fast checks (as CPython's Py_TPFLAGS_*_SUBCLASS).
    pub const INT_SUBCLASS: u32 = 1 << 2;
    pub const LIST_SUBCLASS: u32 = 1 << 3;
    pub const TUPLE_SUBCLASS: u32 = 1 << 4;
    pub const BYTES_SUBCLASS: u32 = 1 << 5;
    pub const STR_SUBCLASS: u32 = 1 << 6;
    pub const DICT_SUBCLASS: u32 = 1 << 7;
    pub const BASE_EXC_SUBCLASS: u32 = 1 << 8;
    pub const TYPE_SUBCLASS: u32 = 1 << 9;
    pub const FLOAT_SUBCLASS: u32 = 1 << 10;
    /// The class (or a base) defines `__getattribute__` in Python.
    pub const CUSTOM_GETATTRIBUTE: u32 = 1 << 11;
    /// The class (or a base) defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 1 << 12;
    /// Instances have `__slots__` storage only (no `__dict__`).
    pub const NO_DICT: u32 = 1 << 13;
    /// An abstract-method-bearing class (instantiation fails).
    pub const IS_ABSTRACT: u32 = 1 << 14;
    /// `__eq__` is overridden without `__hash__`: instances unhashable.
    pub const SET_ADD_GUARD: u32 = 1 << 15;
}

#[repr(C)]
pub struct TypeObject {
    pub head: ObjHeader,
    pub name: RefCell<Cow<'static, str>>,
    pub qualname: RefCell<Cow<'static, str>>,
    pub flags: Cell<u32>,
    /// `__base__` (null only for `object`).
    pub base: Cell<*const TypeObject>,
    /// `__bases__` (owned references).
    pub bases: RefCell<Vec<Value>>,
    /// `__mro__` (starts with the type itself; kept alive by `bases`).
    pub mro: RefCell<Vec<*const TypeObject>>,
    /// The attribute dict (a dict object), set at init.
    pub dict: RefCell<Option<Value>>,
    pub version: Cell<u64>,
    pub layout: Cell<&'static Layout>,
    pub call: Cell<Option<CallFn>>,
    pub getattro: Cell<Option<GetattroFn>>,
    pub setattro: Cell<Option<SetattroFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    /// Set for data descriptors.
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub iternext: Cell<Option<IterNextFn>>,
    /// Weak list of direct subclasses (raw pointers; removed on dealloc).
    pub subclasses: RefCell<Vec<*const TypeObject>>,
    /// `__slots__` names of this class (for member descriptors), in slot order.
    pub slot_names: RefCell<Vec<Value>>,
    /// Total number of `__slots__` storage cells of instances (with bases').
    pub nslots: Cell<usize>,
    /// Shape root for instances (see `shape.rs`).
    pub shape_root: RefCell<Option<std::rc::Rc<crate::shape::Shape>>>,
    pub doc: Cell<Option<&'static str>>,
}

// SAFETY: single-threaded runtime; statics are only touched by the
// interpreter thread.
unsafe impl Sync for TypeObject {}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh version tag.
pub fn next_version() -> u64 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n + 1);
        n
    })
}

impl TypeObject {
    /// A static built-in type (filled in by `init_builtin_type`).
    pub const fn new_static(
        name: &'static str,
        base: *const TypeObject,
        flags: u32,
        layout: &'static Layout,
    ) -> TypeObject {
        TypeObject {
            head: ObjHeader::immortal(&crate::types::type_::TYPE_TYPE),
            name: RefCell::new(Cow::Borrowed(name)),
            qualname: RefCell::new(Cow::Borrowed(name)),
            flags: Cell::new(flags),
            base: Cell::new(base),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
            version: Cell::new(0),
            layout: Cell::new(layout),
            call: Cell::new(None),
            getattro: Cell::new(None),
            setattro: Cell::new(None),
            descr_get: Cell::new(None),
            descr_set: Cell::new(None),
            iternext: Cell::new(None),
            subclasses: RefCell::new(Vec::new()),
            slot_names: RefCell::new(Vec::new()),
            nslots: Cell::new(0),
            shape_root: RefCell::new(None),
            doc: Cell::new(None),
        }
    }

    /// `__name__`.
    pub fn name(&self) -> String {
        self.name.borrow().to_string()
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(flags::HEAPTYPE)
    }

    /// The type as a value (a new reference).
    pub fn as_value(&self) -> Value {
        // SAFETY: a type object is a live heap or static object.
        unsafe { Value::from_borrowed_ptr(&self.head) }
    }

    /// The type's dict value.
    pub fn dict_value(&self) -> Value {
        self.dict
            .borrow()
            .clone()
            .expect("type dict initialized at startup")
    }

    /// `issubclass(self, other)` by MRO.
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|&t| std::ptr::eq(t, other))
    }

    /// Looks `name` (a str) up along the MRO without descriptors.
    ///
    /// Results for interned names are remembered in a global cache keyed by
    /// the type's version tag (CPython's method cache): any change to the
    /// type, its dict or a base gives it a new version, so a hit is current.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        let version = self.version.get();
        let key = name.raw();
        let hit = METHOD_CACHE.with(|mc| {
            let e = &mc[method_cache_slot(version, key)];
            if e.version.get() == version && e.name.get() == key && version != 0 {
                let w = e.value.get();
                // SAFETY: the entry is current (same version), so the value
                // is still held by the type's dict; 0 records a miss.
                Some((w != 0).then(|| unsafe { Value::clone_from_raw(w) }))
            } else {
                None
            }
        });
        match hit {
            Some(r) => r,
            None => self.lookup_uncached(name),
        }
    }

    #[inline(never)]
    fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        let found = self.lookup_mro(name);
        let version = self.version.get();
        if version != 0 && crate::types::str::is_interned(name) {
            METHOD_CACHE.with(|mc| {
                let e = &mc[method_cache_slot(version, name.raw())];
                e.version.set(version);
                e.name.set(name.raw());
                e.value.set(found.as_ref().map_or(0, |v| v.raw()));
            });
        }
        found
    }

    /// The MRO walk behind `lookup`.
    fn lookup_mro(&self, name: &Value) -> Option<Value> {
        let mro = self.mro.borrow();
        for &t in mro.iter() {
            // SAFETY: MRO entries are kept alive by `bases`.
            let t = unsafe { &*t };
            if let Some(d) = t.dict.borrow().as_ref() {
                if let Some(v) = crate::types::dict::get_str(d, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Installs the type's attribute dict: later mutations of the dict
    /// (from anywhere) invalidate the type's caches.
    pub fn set_dict(&self, d: Value) {
        crate::types::dict::watch(&d, self);
        *self.dict.borrow_mut() = Some(d);
        self.modified();
    }

    /// Same as `lookup` with a Rust string name.
    pub fn lookup_str(&self, name: &'static str) -> Option<Value> {
        self.lookup(&crate::types::str::intern_static(name))
    }

    /// Same as `lookup` with a computed name.
    pub fn lookup_string(&self, name: &str) -> Option<Value> {
        self.lookup(&crate::types::str::intern(name))
    }

    /// Invalidates caches on this type and all its subclasses.
    pub fn modified(&self) {
        self.version.set(next_version());
        let subs = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves when freed.
            unsafe { (*s).modified() };
        }
    }

    /// Recomputes the per-class flags that depend on the dict (after creation
    /// or a `setattr` on the class).
    pub fn update_dunder_flags(&self) {
        let mut f = self.flags.get() & !(flags::CUSTOM_GETATTRIBUTE | flags::HAS_GETATTR);
        if let Some(ga) = self.lookup_str("__getattribute__") {
            if !crate::types::function::is_native_of(&ga, "__getattribute__") {
                f |= flags::CUSTOM_GETATTRIBUTE;
            }
        }
        if self.lookup_str("__getattr__").is_some() {
            f |= flags::HAS_GETATTR;
        }
        self.flags.set(f);
        let subs = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves when freed.
            unsafe { (*s).update_dunder_flags() };
        }
    }
}

/// A reference to a type as seen through a value known to be a type.
///
/// # Safety
/// `v` must be a type object.
pub unsafe fn as_type(v: &Value) -> &TypeObject {
    // SAFETY: caller contract.
    unsafe { v.payload_unchecked::<TypeObject>() }
}

/// The type if `v` is a type object.
pub fn downcast_type(v: &Value) -> Option<&TypeObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::TYPE_SUBCLASS) {
        // SAFETY: checked it is a type.
        Some(unsafe { as_type(v) })
    } else {
        None
    }
}
