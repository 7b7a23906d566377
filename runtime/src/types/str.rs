//! `str`: UTF-8 text with a cached length in code points, an is-ASCII flag
//! (O(1) indexing for ASCII) and a cached hash. Identifiers are interned so
//! attribute lookups can compare pointers first.
//!
//! The methods live in `str_methods.rs`; this file holds the object, its
//! construction and the helpers the rest of the runtime uses.

use crate::alloc::{alloc_instance, alloc_plain, dealloc_plain, SubInstance};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{flags, Layout, TypeObject};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[repr(C)]
pub struct StrObject {
    pub head: ObjHeader,
    /// -1 until computed.
    pub hash: Cell<i64>,
    pub char_len: usize,
    pub is_ascii: bool,
    pub interned: Cell<bool>,
    pub data: Box<str>,
}

unsafe fn traverse_sub(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a SubInstance<StrObject>.
    unsafe { (*(p as *const SubInstance<StrObject>)).ext.traverse(visit) }
}
unsafe fn clear_sub(p: *const ObjHeader) {
    // SAFETY: p is a SubInstance<StrObject>.
    unsafe { (*(p as *const SubInstance<StrObject>)).ext.clear() }
}

pub static STR_SUB_LAYOUT: Layout = Layout {
    gc: true,
    dealloc: crate::alloc::dealloc_gc::<SubInstance<StrObject>>,
    traverse: Some(traverse_sub),
    clear: Some(clear_sub),
    dict_offset: None,
    ext_offset: Some(std::mem::offset_of!(SubInstance<StrObject>, ext)),
    subclass: None,
};
pub static STR_LAYOUT: Layout = Layout {
    gc: false,
    dealloc: dealloc_plain::<StrObject>,
    traverse: None,
    clear: None,
    ext_offset: None,
    dict_offset: None,
    subclass: Some(&STR_SUB_LAYOUT),
};

pub static STR_TYPE: TypeObject = TypeObject::new_static(
    "str",
    &crate::types::object::OBJECT_TYPE,
    flags::BASETYPE | flags::STR_SUBCLASS,
    &STR_LAYOUT,
);

fn make(s: &str, ty: &TypeObject) -> StrObject {
    StrObject {
        head: ObjHeader::new(ty),
        hash: Cell::new(-1),
        char_len: s.chars().count(),
        is_ascii: s.is_ascii(),
        interned: Cell::new(false),
        data: s.into(),
    }
}

/// A new str.
pub fn new_str(s: &str) -> Value {
    if s.is_empty() {
        return empty();
    }
    if s.len() == 1 {
        return ascii_char(s.as_bytes()[0]).unwrap_or_else(|| alloc_plain(make(s, &STR_TYPE)));
    }
    alloc_plain(make(s, &STR_TYPE))
}

/// A new str from an owned String (no copy of the bytes beyond boxing).
pub fn from_string(s: String) -> Value {
    if s.len() <= 1 {
        return new_str(&s);
    }
    let char_len = s.chars().count();
    let is_ascii = char_len == s.len();
    alloc_plain(StrObject {
        head: ObjHeader::new(&STR_TYPE),
        hash: Cell::new(-1),
        char_len,
        is_ascii,
        interned: Cell::new(false),
        data: s.into_boxed_str(),
    })
}

/// A str instance of subclass `ty`.
pub fn new_str_of_type(s: &str, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &STR_TYPE) {
        return new_str(s);
    }
    alloc_instance(make(s, ty), ty)
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
    static ASCII_CHARS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static EMPTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The empty string singleton.
pub fn empty() -> Value {
    EMPTY.with(|e| {
        e.borrow_mut()
            .get_or_insert_with(|| {
                let v = alloc_plain(make("", &STR_TYPE));
                v.clone()
            })
            .clone()
    })
}

fn ascii_char(b: u8) -> Option<Value> {
    if b >= 128 {
        return None;
    }
    Some(ASCII_CHARS.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_empty() {
            for c in 0u8..128 {
                let s = (c as char).to_string();
                t.push(intern_new(&s));
            }
        }
        t[b as usize].clone()
    }))
}

fn intern_new(s: &str) -> Value {
    INTERNED.with(|m| {
        if let Some(v) = m.borrow().get(s) {
            return v.clone();
        }
        let v = alloc_plain(make(s, &STR_TYPE));
        // SAFETY: freshly made str.
        unsafe { v.payload_unchecked::<StrObject>() }.interned.set(true);
        m.borrow_mut().insert(s.into(), v.clone());
        v
    })
}

/// The interned str for `s` (identifiers, attribute names).
pub fn intern(s: &str) -> Value {
    if s.len() == 1 {
        if let Some(v) = ascii_char(s.as_bytes()[0]) {
            return v;
        }
    }
    intern_new(s)
}

/// Interns an existing str value (returns the canonical object).
pub fn intern_value(v: &Value) -> Value {
    match downcast(v) {
        Some(o) if o.interned.get() => v.clone(),
        Some(o) if v.is_exact(&STR_TYPE) => intern(&o.data),
        _ => v.clone(),
    }
}

/// The str payload if `v` is a str (or subclass).
#[inline]
pub fn downcast(v: &Value) -> Option<&StrObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::STR_SUBCLASS) {
        // SAFETY: str and its subclasses start with a StrObject.
        Some(unsafe { v.payload_unchecked::<StrObject>() })
    } else {
        None
    }
}

/// Whether `v` is a str (or subclass).
#[inline]
pub fn is_str(v: &Value) -> bool {
    downcast(v).is_some()
}

/// The text of a str value.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    downcast(v).map(|o| &*o.data)
}

/// Whether `v` is a str equal to `s`.
pub fn str_eq(v: &Value, s: &str) -> bool {
    as_str(v) == Some(s)
}

/// String hash (deterministic FNV-1a variant over the bytes; never -1).
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl StrObject {
    /// The cached hash.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.data);
        self.hash.set(h);
        h
    }
    pub fn as_str(&self) -> &str {
        &self.data
    }
}

/// Equality of two strs (pointer first).
#[inline]
pub fn eq_values(a: &StrObject, b: &StrObject) -> bool {
    std::ptr::eq(a, b) || (a.data.len() == b.data.len() && (a.hash.get() == -1 || b.hash.get() == -1 || a.hash.get() == b.hash.get()) && a.data == b.data)
}

/// A Value holding text, for Debug output and messages.
pub trait StrLossy {
    fn as_str_lossy(&self) -> &str;
}
impl StrLossy for Value {
    fn as_str_lossy(&self) -> &str {
        as_str(self).unwrap_or("<?>")
    }
}

pub fn init() {
    crate::types::init_builtin_type(&STR_TYPE, super::str_methods::methods(), &[]);
    super::str_methods::init_iter();
}
