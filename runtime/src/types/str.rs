//! `str`: UTF-8 text with a cached length in code points, an is-ASCII flag
//! (O(1) indexing for ASCII) and a cached hash. Identifiers are interned so
//! attribute lookups can compare pointers first.
//!
//! The methods live in `str_methods.rs`; this file holds the object, its
//! construction and the helpers the rest of the runtime uses.

use crate::alloc::{alloc_instance, alloc_plain, dealloc_plain, SubInstance};
use crate::object::{ObjHeader, Value};
use crate::typeobj::{flags, Layout, TypeObject};
use std::cell::{Cell, OnceCell, RefCell};
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
    /// For long non-ASCII strings, built on first index: the byte offset of
    /// every [`INDEX_STRIDE`]th code point (O(1)-ish `s[i]`).
    pub index_cache: OnceCell<Box<[usize]>>,
}

/// Code points between two entries of [`StrObject::index_cache`].
pub const INDEX_STRIDE: usize = 64;

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
        char_len: crate::strlib::index::char_len(s),
        is_ascii: s.is_ascii(),
        interned: Cell::new(false),
        data: s.into(),
        index_cache: OnceCell::new(),
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
    let char_len = crate::strlib::index::char_len(&s);
    let is_ascii = char_len == s.len();
    alloc_plain(StrObject {
        head: ObjHeader::new(&STR_TYPE),
        hash: Cell::new(-1),
        char_len,
        is_ascii,
        interned: Cell::new(false),
        data: s.into_boxed_str(),
        index_cache: OnceCell::new(),
    })
}

/// A str instance of subclass `ty`.
pub fn new_str_of_type(s: &str, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &STR_TYPE) {
        return new_str(s);
    }
    alloc_instance(make(s, ty), ty)
}

/// FxHash (rustc's hasher): fast for the short keys of the intern table.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);
impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}
type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Value, FxBuild>> = RefCell::new(HashMap::default());
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
        unsafe { v.payload_unchecked::<StrObject>() }
            .interned
            .set(true);
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

/// Whether `v` is an interned str (alive for the whole run).
#[inline]
pub fn is_interned(v: &Value) -> bool {
    downcast(v).is_some_and(|o| o.interned.get())
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

/// CPython's byte hash with hash randomization off (PYTHONHASHSEED=0, what
/// the expected outputs are generated with): SipHash-1-3 with a zero key;
/// 0 for empty input, never -1. `bytes` and ASCII `str` hash alike.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (mut v0, mut v1, mut v2, mut v3): (u64, u64, u64, u64) = (
        0x736f6d6570736575,
        0x646f72616e646f6d,
        0x6c7967656e657261,
        0x7465646279746573,
    );
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    let h = ((v0 ^ v1) ^ (v2 ^ v3)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's str hash: the bytes of its internal representation (1, 2 or 4
/// bytes per code point, by the widest character) through `hash_bytes`.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u8));
    } else if max < 0x10000 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    hash_bytes(&buf)
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
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.data
    }

    /// The text with its ASCII flag, for `strlib`.
    pub fn py_str(&self) -> crate::strlib::PyStr<'_> {
        crate::strlib::PyStr::with_ascii(&self.data, self.is_ascii)
    }

    /// Byte offset of code point `i` (`data.len()` when `i >= char_len`).
    /// O(1) for ASCII; otherwise a walk of at most [`INDEX_STRIDE`] code
    /// points from a cached checkpoint.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii {
            return i.min(self.data.len());
        }
        if i >= self.char_len {
            return self.data.len();
        }
        if self.char_len <= INDEX_STRIDE {
            return crate::strlib::index::char_to_byte(&self.data, i);
        }
        let cache = self.index_cache.get_or_init(|| build_index(&self.data));
        let base = cache[i / INDEX_STRIDE];
        base + crate::strlib::index::char_to_byte(&self.data[base..], i % INDEX_STRIDE)
    }

    /// The code point at index `i < char_len`.
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii {
            return self
                .data
                .as_bytes()
                .get(i)
                .map(|&b| b as char)
                .unwrap_or('\0');
        }
        let off = self.byte_offset(i);
        self.data[off..].chars().next().unwrap_or('\0')
    }
}

fn build_index(s: &str) -> Box<[usize]> {
    let mut out = Vec::with_capacity(s.len() / INDEX_STRIDE + 1);
    for (n, (off, _)) in s.char_indices().enumerate() {
        if n % INDEX_STRIDE == 0 {
            out.push(off);
        }
    }
    out.into_boxed_slice()
}

/// Equality of two strs (pointer first).
#[inline]
pub fn eq_values(a: &StrObject, b: &StrObject) -> bool {
    std::ptr::eq(a, b)
        || (a.data.len() == b.data.len()
            && (a.hash.get() == -1 || b.hash.get() == -1 || a.hash.get() == b.hash.get())
            && a.data == b.data)
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
    crate::types::fill_dict(
        &STR_TYPE.dict_value(),
        &STR_TYPE,
        super::str_methods::TEXT_METHODS,
        &[],
    );
    super::str_methods::init_iter();
}

/// The interned str for a string literal, cached per use site:
/// `interned!("__add__")`.
#[macro_export]
macro_rules! interned {
    ($s:literal) => {{
        thread_local! {
            static V: $crate::object::Value = $crate::types::str::intern($s);
        }
        V.with(|v| v.clone())
    }};
}

thread_local! {
    static DUNDER_CACHE: RefCell<HashMap<usize, Value, FxBuild>> = RefCell::new(HashMap::default());
}

thread_local! {
    /// A direct-mapped front for `intern_static`: (address key, interned word).
    static STATIC_INTERN: [(Cell<usize>, Cell<u64>); 512] =
        const { [const { (Cell::new(0), Cell::new(0)) }; 512] };
}

/// The interned str for a `&'static str` (dunder tables), cached by address.
#[inline]
pub fn intern_static(s: &'static str) -> Value {
    let key = s.as_ptr() as usize ^ (s.len() << 48);
    let hit = STATIC_INTERN.with(|t| {
        let e = &t[(key >> 3) & 511];
        // SAFETY: interned strs live for the whole run.
        (e.0.get() == key).then(|| unsafe { Value::clone_from_raw(e.1.get()) })
    });
    if let Some(v) = hit {
        return v;
    }
    let v = DUNDER_CACHE.with(|c| {
        if let Some(v) = c.borrow().get(&key) {
            return v.clone();
        }
        let v = intern(s);
        c.borrow_mut().insert(key, v.clone());
        v
    });
    STATIC_INTERN.with(|t| {
        let e = &t[(key >> 3) & 511];
        e.0.set(key);
        e.1.set(v.raw());
    });
    v
}
