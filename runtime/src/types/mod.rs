//! Built-in types, one module each, and their start-up registration.
//!
//! A built-in type is a static `TypeObject` plus tables of native methods
//! ([`MethodDef`]) and attribute getters/setters ([`GetSetDef`]);
//! `init_builtin_type` turns the tables into the type's dict at start-up.

pub mod bool_;
pub mod bytes;
pub mod cell;
pub mod complex;
pub mod dict;
pub mod dict_methods;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod none;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod traceback;
pub mod tuple;
pub mod type_;

use crate::args::Args;
use crate::object::Value;
use crate::typeobj::TypeObject;
use crate::PyResult;

/// A native function: positional args (self first for methods) and keywords.
pub type NativeFn = fn(&Args) -> PyResult<Value>;

/// How a native method binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// An instance method: `self` is the first argument.
    Method,
    /// A class method: the class is the first argument.
    Class,
    /// A static method: no implicit argument.
    Static,
}

/// One native method of a built-in type or module.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    pub doc: &'static str,
}

/// Shorthand for an instance method entry.
pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: MethodKind::Method,
        doc: "",
    }
}
/// Shorthand for a class method entry.
pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: MethodKind::Class,
        doc: "",
    }
}
/// Shorthand for a static method entry.
pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef {
        name,
        func,
        kind: MethodKind::Static,
        doc: "",
    }
}

/// Getter of a computed attribute.
pub type Getter = fn(&Value) -> PyResult<Value>;
/// Setter of a computed attribute (`None` deletes).
pub type Setter = fn(&Value, Option<Value>) -> PyResult<()>;

/// A computed attribute of a built-in type.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// Shorthand for a read-only attribute.
pub const fn getter(name: &'static str, get: Getter) -> GetSetDef {
    GetSetDef {
        name,
        get,
        set: None,
    }
}

/// Fills a static built-in type: MRO from its base chain, dict from the tables.
pub fn init_builtin_type(
    ty: &'static TypeObject,
    methods: &'static [MethodDef],
    getsets: &'static [GetSetDef],
) {
    let base = ty.base.get();
    let mut mro = vec![ty as *const TypeObject];
    let mut b = base;
    while !b.is_null() {
        mro.push(b);
        // SAFETY: static base chain.
        b = unsafe { (*b).base.get() };
    }
    *ty.mro.borrow_mut() = mro;
    if !base.is_null() {
        // SAFETY: static base.
        let bv = unsafe { (*base).as_value() };
        *ty.bases.borrow_mut() = vec![bv];
        // SAFETY: static base.
        unsafe { (*base).subclasses.borrow_mut().push(ty) };
    }
    let d = dict::new_dict();
    fill_dict(&d, ty, methods, getsets);
    // A `__doc__` getset (functions, properties...) wins over the type's own doc.
    if dict::get_str(&d, &str::intern("__doc__")).is_none() {
        let doc = match ty.doc.get() {
            Some(doc) => str::new_str(doc),
            None => none::none(),
        };
        let _ = dict::set_item(&d, str::intern("__doc__"), doc);
    }
    ty.set_dict(d);
}

/// Adds methods and getsets of `owner` to dict `d`.
pub fn fill_dict(
    d: &Value,
    owner: &'static TypeObject,
    methods: &'static [MethodDef],
    getsets: &'static [GetSetDef],
) {
    for m in methods {
        let f = function::new_method_descriptor(m, owner);
        let _ = dict::set_item(d, str::intern(m.name), f);
    }
    for g in getsets {
        let f = function::new_getset_descriptor(g, owner);
        let _ = dict::set_item(d, str::intern(g.name), f);
    }
}

/// Initializes every built-in type (start-up).
pub fn init_all() {
    object::init();
    type_::init();
    none::init();
    int::init();
    bool_::init();
    float::init();
    complex::init();
    str::init();
    bytes::init();
    tuple::init();
    list::init();
    dict::init();
    set::init();
    range::init();
    slice::init();
    iter::init();
    function::init();
    cell::init();
    module::init();
    exceptions::init();
    traceback::init();
    file::init();
}

/// A read-only view of a class dict (`cls.__dict__`). Krait returns the dict
/// itself for now; writes through it bypass the type's version tag.
pub fn mappingproxy(d: Value) -> Value {
    d
}

/// A traceback object for entries (outermost first).
pub fn new_traceback(entries: &[exceptions::TbEntry]) -> Value {
    traceback::new_traceback(entries.to_vec(), 0)
}

/// The entries behind a traceback object.
pub fn traceback_entries(v: &Value) -> Option<Vec<exceptions::TbEntry>> {
    traceback::entries(v)
}
