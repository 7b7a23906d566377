//! Callables and descriptors: Python functions (layout here, call slot
//! installed by the interpreter), native functions and method descriptors,
//! bound methods, classmethod, staticmethod, property, getset and member
//! (`__slots__`) descriptors.

use crate::alloc::{alloc_gc, alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{attribute_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, none, str as pystr, tuple, GetSetDef, MethodDef, MethodKind};
use std::cell::{Cell, RefCell};

macro_rules! static_type {
    ($name:ident, $pyname:literal, $layout:ident, $T:ty, $gc:expr, $flags:expr) => {
        pub static $layout: Layout = layout_of::<$T>($gc, None, None);
        pub static $name: TypeObject =
            TypeObject::new_static($pyname, &OBJECT_TYPE, $flags, &$layout);
    };
}

// ---------------------------------------------------------------- native functions

/// Runs a native function. A Rust panic inside it (a Krait bug) becomes a
/// Python SystemError instead of taking the process down.
pub fn call_native(def: &'static MethodDef, a: &Args) -> PyResult<Value> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (def.func)(a))) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(crate::err::PyErr::new(
                &crate::types::exceptions::SYSTEM_ERROR,
                format!("internal error in {}(): {}", def.name, msg),
            ))
        }
    }
}

/// A native function, optionally bound to `self_` (builtin_function_or_method).
#[repr(C)]
pub struct NativeFunction {
    pub head: ObjHeader,
    pub def: &'static MethodDef,
    pub self_: Option<Value>,
    /// Qualifying name for reprs (`module` or type name).
    pub owner_name: &'static str,
    /// The type whose `__new__` this is (null otherwise).
    pub new_owner: *const TypeObject,
}
impl Payload for NativeFunction {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}
static_type!(
    BUILTIN_FUNCTION_TYPE,
    "builtin_function_or_method",
    BUILTIN_FUNCTION_LAYOUT,
    NativeFunction,
    true,
    0
);

/// A native module-level function.
pub fn new_native_function(def: &'static MethodDef, owner_name: &'static str) -> Value {
    alloc_gc(NativeFunction {
        head: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
        def,
        self_: None,
        owner_name,
        new_owner: std::ptr::null(),
    })
}

/// A native function bound to `self_`.
pub fn new_bound_native(def: &'static MethodDef, self_: Value, owner_name: &'static str) -> Value {
    alloc_gc(NativeFunction {
        head: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
        def,
        self_: Some(self_),
        owner_name,
        new_owner: std::ptr::null(),
    })
}

fn native_call(f: &Value, a: &Args) -> PyResult<Value> {
    // SAFETY: the call slot is only used for NativeFunction objects.
    let nf = unsafe { f.payload_unchecked::<NativeFunction>() };
    match &nf.self_ {
        None => {
            if !nf.new_owner.is_null() {
                // tp_new's checks: a class argument that is a subtype of the owner
                // (an instance laid out for another base would be unsound).
                // SAFETY: new_owner points at a static built-in type.
                let owner = unsafe { &*nf.new_owner };
                let Some(cls) = a.pos().first() else {
                    return Err(type_error(format!(
                        "{}.__new__(): not enough arguments",
                        nf.owner_name
                    )));
                };
                let Some(t) = downcast_type(cls) else {
                    return Err(type_error(format!(
                        "{}.__new__(X): X is not a type object ({})",
                        nf.owner_name,
                        cls.ty().name()
                    )));
                };
                if !t.is_subtype(owner) {
                    return Err(type_error(format!(
                        "{}.__new__({}): {} is not a subtype of {}",
                        nf.owner_name,
                        t.name(),
                        t.name(),
                        nf.owner_name
                    )));
                }
            }
            let prev = crate::args::set_self_counted(false);
            let r = call_native(nf.def, a);
            crate::args::set_self_counted(prev);
            r
        }
        Some(s) => {
            let mut all = Vec::with_capacity(a.all.len() + 1);
            all.push(s.clone());
            all.extend(a.all.iter().cloned());
            let prev = crate::args::set_self_counted(!crate::types::module::is_module(s));
            let r = call_native(
                nf.def,
                &Args {
                    all: &all,
                    kwnames: a.kwnames,
                },
            );
            crate::args::set_self_counted(prev);
            r
        }
    }
}

/// A method of a built-in type, as found in the type's dict.
#[repr(C)]
pub struct MethodDescr {
    pub head: ObjHeader,
    pub def: &'static MethodDef,
    pub owner: &'static TypeObject,
}
impl Payload for MethodDescr {}
static_type!(
    METHOD_DESCRIPTOR_TYPE,
    "method_descriptor",
    METHOD_DESCRIPTOR_LAYOUT,
    MethodDescr,
    false,
    0
);
static_type!(
    CLASSMETHOD_DESCRIPTOR_TYPE,
    "classmethod_descriptor",
    CLASSMETHOD_DESCRIPTOR_LAYOUT,
    MethodDescr,
    false,
    0
);

/// The dict entry for a native method of `owner`.
pub fn new_method_descriptor(def: &'static MethodDef, owner: &'static TypeObject) -> Value {
    match def.kind {
        MethodKind::Method => alloc_plain(MethodDescr {
            head: ObjHeader::new(&METHOD_DESCRIPTOR_TYPE),
            def,
            owner,
        }),
        MethodKind::Class => alloc_plain(MethodDescr {
            head: ObjHeader::new(&CLASSMETHOD_DESCRIPTOR_TYPE),
            def,
            owner,
        }),
        MethodKind::Static => {
            // Like CPython's `object.__new__`: a builtin bound to the type.
            if def.name == "__new__" {
                alloc_gc(NativeFunction {
                    head: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
                    def,
                    self_: None,
                    owner_name: leak_name(owner),
                    new_owner: owner,
                })
            } else {
                new_staticmethod(alloc_gc(NativeFunction {
                    head: ObjHeader::new(&BUILTIN_FUNCTION_TYPE),
                    def,
                    self_: None,
                    owner_name: leak_name(owner),
                    new_owner: std::ptr::null(),
                }))
            }
        }
    }
}

fn leak_name(t: &'static TypeObject) -> &'static str {
    match &*t.name.borrow() {
        std::borrow::Cow::Borrowed(s) => s,
        std::borrow::Cow::Owned(s) => Box::leak(s.clone().into_boxed_str()),
    }
}

fn method_descr_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    // SAFETY: slot only installed on MethodDescr types.
    let md = unsafe { d.payload_unchecked::<MethodDescr>() };
    match obj {
        None => Ok(d.clone()),
        Some(o) if o.ty().is_subtype(md.owner) => {
            Ok(new_bound_native(md.def, o.clone(), leak_name(md.owner)))
        }
        Some(o) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            md.def.name,
            md.owner.name(),
            o.ty().name()
        ))),
    }
}

fn method_descr_call(d: &Value, a: &Args) -> PyResult<Value> {
    // SAFETY: slot only installed on MethodDescr types.
    let md = unsafe { d.payload_unchecked::<MethodDescr>() };
    match a.pos().first() {
        None => Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            md.owner.name(),
            md.def.name
        ))),
        Some(s) if !s.ty().is_subtype(md.owner) => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            md.def.name,
            md.owner.name(),
            s.ty().name()
        ))),
        Some(_) => {
            let prev = crate::args::set_self_counted(true);
            let r = call_native(md.def, a);
            crate::args::set_self_counted(prev);
            r
        }
    }
}

fn classmethod_descr_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    // SAFETY: slot only installed on MethodDescr types.
    let md = unsafe { d.payload_unchecked::<MethodDescr>() };
    let cls = if none::is_none(owner) {
        obj.map(|o| o.ty().as_value())
            .unwrap_or_else(|| md.owner.as_value())
    } else {
        owner.clone()
    };
    Ok(new_bound_native(md.def, cls, leak_name(md.owner)))
}

fn classmethod_descr_call(d: &Value, a: &Args) -> PyResult<Value> {
    // SAFETY: slot only installed on MethodDescr types.
    let md = unsafe { d.payload_unchecked::<MethodDescr>() };
    call_native(md.def, a)
}

/// The native method behind descriptor `m` when it applies to `slf`.
#[inline]
pub fn method_descr_def(m: &Value, slf: &Value) -> Option<&'static MethodDef> {
    if m.is_exact(&METHOD_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        let md = unsafe { m.payload_unchecked::<MethodDescr>() };
        if slf.ty().is_subtype(md.owner) {
            return Some(md.def);
        }
    }
    None
}

/// Whether `v` is a native method descriptor or native function named `name`.
pub fn is_native_of(v: &Value, name: &str) -> bool {
    if v.is_exact(&METHOD_DESCRIPTOR_TYPE) || v.is_exact(&CLASSMETHOD_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        return unsafe { v.payload_unchecked::<MethodDescr>() }.def.name == name;
    }
    if v.is_exact(&BUILTIN_FUNCTION_TYPE) {
        // SAFETY: checked type.
        return unsafe { v.payload_unchecked::<NativeFunction>() }.def.name == name;
    }
    false
}

/// Whether `v` is the native method descriptor of function `f`.
pub fn is_native_fn(v: &Value, f: crate::types::NativeFn) -> bool {
    if v.is_exact(&METHOD_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        return unsafe { v.payload_unchecked::<MethodDescr>() }.def.func as usize == f as usize;
    }
    false
}

/// Whether `v` is any native method object (not Python code).
pub fn is_native_method(v: &Value) -> bool {
    v.is_exact(&METHOD_DESCRIPTOR_TYPE)
        || v.is_exact(&CLASSMETHOD_DESCRIPTOR_TYPE)
        || v.is_exact(&BUILTIN_FUNCTION_TYPE)
        || v.is_exact(&GETSET_DESCRIPTOR_TYPE)
        || none::is_none(v)
}

// ---------------------------------------------------------------- getset and member descriptors

#[repr(C)]
pub struct GetSetDescr {
    pub head: ObjHeader,
    pub def: &'static GetSetDef,
    pub owner: &'static TypeObject,
}
impl Payload for GetSetDescr {}
static_type!(
    GETSET_DESCRIPTOR_TYPE,
    "getset_descriptor",
    GETSET_DESCRIPTOR_LAYOUT,
    GetSetDescr,
    false,
    0
);

/// The dict entry for a computed attribute of `owner`.
pub fn new_getset_descriptor(def: &'static GetSetDef, owner: &'static TypeObject) -> Value {
    alloc_plain(GetSetDescr {
        head: ObjHeader::new(&GETSET_DESCRIPTOR_TYPE),
        def,
        owner,
    })
}

fn getset_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    // SAFETY: slot only on GetSetDescr.
    let g = unsafe { d.payload_unchecked::<GetSetDescr>() };
    match obj {
        None => Ok(d.clone()),
        Some(o) => (g.def.get)(o),
    }
}

fn getset_set(d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    // SAFETY: slot only on GetSetDescr.
    let g = unsafe { d.payload_unchecked::<GetSetDescr>() };
    match g.def.set {
        Some(s) => s(obj, value),
        None => Err(attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            g.def.name,
            g.owner.name()
        ))),
    }
}

/// A `__slots__` member.
#[repr(C)]
pub struct MemberDescr {
    pub head: ObjHeader,
    pub name: Value,
    pub index: usize,
    pub owner: *const TypeObject,
}
impl Payload for MemberDescr {}
static_type!(
    MEMBER_DESCRIPTOR_TYPE,
    "member_descriptor",
    MEMBER_DESCRIPTOR_LAYOUT,
    MemberDescr,
    false,
    0
);

/// A descriptor for slot `index` named `name` of class `owner`.
pub fn new_member_descriptor(name: Value, index: usize, owner: &TypeObject) -> Value {
    alloc_plain(MemberDescr {
        head: ObjHeader::new(&MEMBER_DESCRIPTOR_TYPE),
        name,
        index,
        owner,
    })
}

fn member_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    // SAFETY: slot only on MemberDescr.
    let m = unsafe { d.payload_unchecked::<MemberDescr>() };
    let Some(o) = obj else { return Ok(d.clone()) };
    let ext = protocol::instance_ext(o)
        .ok_or_else(|| type_error("member descriptor on a non-instance"))?;
    let v = ext.slots.borrow().get(m.index).cloned().flatten();
    v.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{}'",
            o.ty().name(),
            pystr::as_str(&m.name).unwrap_or("?")
        ))
    })
}

fn member_set(d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    // SAFETY: slot only on MemberDescr.
    let m = unsafe { d.payload_unchecked::<MemberDescr>() };
    let ext = protocol::instance_ext(obj)
        .ok_or_else(|| type_error("member descriptor on a non-instance"))?;
    let deleting = value.is_none();
    let old = {
        let mut slots = ext.slots.borrow_mut();
        if m.index >= slots.len() {
            slots.resize(m.index + 1, None);
        }
        std::mem::replace(&mut slots[m.index], value)
    };
    if deleting && old.is_none() {
        return Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.ty().name(),
            pystr::as_str(&m.name).unwrap_or("?")
        )));
    }
    drop(old);
    Ok(())
}

// ---------------------------------------------------------------- bound methods

/// A function bound to an instance (`method`).
#[repr(C)]
pub struct BoundMethod {
    pub head: ObjHeader,
    pub func: Value,
    pub self_: Value,
}
impl Payload for BoundMethod {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}
static_type!(METHOD_TYPE, "method", METHOD_LAYOUT, BoundMethod, true, 0);

/// `types.MethodType(func, self_)`.
pub fn new_bound_method(func: Value, self_: Value) -> Value {
    alloc_gc(BoundMethod {
        head: ObjHeader::new(&METHOD_TYPE),
        func,
        self_,
    })
}

/// The function and self of a bound method.
pub fn bound_method_parts(v: &Value) -> Option<(&Value, &Value)> {
    if v.is_exact(&METHOD_TYPE) {
        // SAFETY: checked type.
        let m = unsafe { v.payload_unchecked::<BoundMethod>() };
        Some((&m.func, &m.self_))
    } else {
        None
    }
}

fn bound_call(f: &Value, a: &Args) -> PyResult<Value> {
    // SAFETY: slot only on BoundMethod.
    let m = unsafe { f.payload_unchecked::<BoundMethod>() };
    protocol::call_with_self(&m.func, &m.self_, a)
}

fn bm(v: &Value) -> PyResult<&BoundMethod> {
    if v.is_exact(&METHOD_TYPE) {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<BoundMethod>() })
    } else {
        Err(type_error("method expected"))
    }
}

fn bm_func(v: &Value) -> PyResult<Value> {
    Ok(bm(v)?.func.clone())
}
fn bm_self(v: &Value) -> PyResult<Value> {
    Ok(bm(v)?.self_.clone())
}
fn bm_name(v: &Value) -> PyResult<Value> {
    protocol::getattr_str(&bm(v)?.func, "__name__")
}
fn bm_qualname(v: &Value) -> PyResult<Value> {
    protocol::getattr_str(&bm(v)?.func, "__qualname__")
}
fn bm_doc(v: &Value) -> PyResult<Value> {
    protocol::getattr_str(&bm(v)?.func, "__doc__")
}
fn bm_repr(a: &Args) -> PyResult<Value> {
    let m = bm(&a.pos()[0])?;
    let name = protocol::getattr_opt(&m.func, "__qualname__")?
        .or(protocol::getattr_opt(&m.func, "__name__")?)
        .map(|n| pystr::as_str(&n).unwrap_or("?").to_string())
        .unwrap_or_else(|| "?".into());
    let r = protocol::repr_string(&m.self_)?;
    Ok(pystr::from_string(format!("<bound method {name} of {r}>")))
}
fn bm_eq(a: &Args) -> PyResult<Value> {
    let p = a.check("__eq__", 2, 2)?;
    let (Ok(x), Ok(y)) = (bm(&p[0]), bm(&p[1])) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(
        x.self_.is(&y.self_) && protocol::eq(&x.func, &y.func)?,
    ))
}
fn bm_hash(a: &Args) -> PyResult<Value> {
    let m = bm(&a.pos()[0])?;
    let h = crate::types::object::identity_hash(&m.self_) ^ protocol::hash(&m.func)?;
    Ok(crate::types::int::from_i64(if h == -1 { -2 } else { h }))
}
fn bm_getattr(v: &Value, name: &Value) -> PyResult<Value> {
    match protocol::generic_getattr(v, name)? {
        Some(x) => Ok(x),
        None => protocol::getattr(&bm(v)?.func, name),
    }
}
fn bm_new(a: &Args) -> PyResult<Value> {
    let p = a.check("method", 3, 3)?;
    if !protocol::callable(&p[1]) {
        return Err(type_error("first argument must be callable"));
    }
    Ok(new_bound_method(p[1].clone(), p[2].clone()))
}

// ---------------------------------------------------------------- classmethod / staticmethod

/// `classmethod(f)` / `staticmethod(f)` payload.
#[repr(C)]
pub struct FuncWrapper {
    pub head: ObjHeader,
    pub func: RefCell<Value>,
    pub dict: RefCell<Option<Value>>,
}
impl Payload for FuncWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.func.try_borrow() {
            visit(&f);
        }
        if let Ok(d) = self.dict.try_borrow() {
            if let Some(d) = d.as_ref() {
                visit(d);
            }
        }
    }
    fn clear(&self) {
        let d = self.dict.borrow_mut().take();
        drop(d);
        let f = std::mem::replace(&mut *self.func.borrow_mut(), none::none());
        drop(f);
    }
}
pub static FUNC_WRAPPER_SUB_LAYOUT: Layout =
    sub_layout_of::<FuncWrapper>(Some(std::mem::offset_of!(FuncWrapper, dict)));
pub static FUNC_WRAPPER_LAYOUT: Layout = layout_of::<FuncWrapper>(
    true,
    Some(std::mem::offset_of!(FuncWrapper, dict)),
    Some(&FUNC_WRAPPER_SUB_LAYOUT),
);
pub static CLASSMETHOD_TYPE: TypeObject = TypeObject::new_static(
    "classmethod",
    &OBJECT_TYPE,
    flags::BASETYPE,
    &FUNC_WRAPPER_LAYOUT,
);
pub static STATICMETHOD_TYPE: TypeObject = TypeObject::new_static(
    "staticmethod",
    &OBJECT_TYPE,
    flags::BASETYPE,
    &FUNC_WRAPPER_LAYOUT,
);

fn new_wrapper(ty: &TypeObject, f: Value) -> Value {
    let w = FuncWrapper {
        head: ObjHeader::new(ty),
        func: RefCell::new(f),
        dict: RefCell::new(None),
    };
    if ty.is_heap() {
        alloc_instance(w, ty)
    } else {
        alloc_gc(w)
    }
}

/// `classmethod(f)`.
pub fn new_classmethod(f: Value) -> Value {
    new_wrapper(&CLASSMETHOD_TYPE, f)
}
/// `staticmethod(f)`.
pub fn new_staticmethod(f: Value) -> Value {
    new_wrapper(&STATICMETHOD_TYPE, f)
}
/// Whether `v` is a staticmethod object.
pub fn is_staticmethod(v: &Value) -> bool {
    v.ty().is_subtype(&STATICMETHOD_TYPE)
}
/// The function inside a staticmethod (or `v` itself).
pub fn unwrap_staticmethod(v: &Value) -> Value {
    if is_staticmethod(v) {
        // SAFETY: checked type.
        unsafe { v.payload_unchecked::<FuncWrapper>() }
            .func
            .borrow()
            .clone()
    } else {
        v.clone()
    }
}

fn wrapper_func(v: &Value) -> PyResult<Value> {
    if v.ty().is_subtype(&CLASSMETHOD_TYPE) || v.ty().is_subtype(&STATICMETHOD_TYPE) {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<FuncWrapper>() }
            .func
            .borrow()
            .clone())
    } else {
        Err(type_error("classmethod or staticmethod expected"))
    }
}

fn classmethod_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let f = wrapper_func(d)?;
    let cls = if none::is_none(owner) {
        obj.map(|o| o.ty().as_value()).unwrap_or_else(none::none)
    } else {
        owner.clone()
    };
    if let Some(g) = f.ty().descr_get.get() {
        if !is_plain_function_type(f.ty()) && !f.is_exact(&BUILTIN_FUNCTION_TYPE) {
            return g(&f, Some(&cls), &cls.ty().as_value());
        }
    }
    Ok(new_bound_method(f, cls))
}

fn staticmethod_get(d: &Value, _obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    wrapper_func(d)
}

fn staticmethod_call(d: &Value, a: &Args) -> PyResult<Value> {
    protocol::call(&wrapper_func(d)?, a)
}

fn wrapper_init(a: &Args) -> PyResult<Value> {
    let p = a.check("classmethod", 2, 2)?;
    let w = &p[0];
    if w.ty().is_subtype(&CLASSMETHOD_TYPE) || w.ty().is_subtype(&STATICMETHOD_TYPE) {
        // SAFETY: checked type.
        *unsafe { w.payload_unchecked::<FuncWrapper>() }
            .func
            .borrow_mut() = p[1].clone();
    }
    Ok(none::none())
}

fn classmethod_new(a: &Args) -> PyResult<Value> {
    let p = a.pos();
    let t = downcast_type(&p[0]).ok_or_else(|| type_error("classmethod.__new__: not a type"))?;
    let f = p
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("classmethod expected 1 argument, got 0"))?;
    Ok(new_wrapper(t, f))
}

fn wrapper_getattr_func_attr(v: &Value, name: &str) -> PyResult<Value> {
    protocol::getattr_str(&wrapper_func(v)?, name)
}
fn wrapper_isabstract(v: &Value) -> PyResult<Value> {
    match protocol::getattr_opt(&wrapper_func(v)?, "__isabstractmethod__")? {
        Some(x) => Ok(x),
        None => Ok(bool_::false_()),
    }
}

// ---------------------------------------------------------------- property

#[repr(C)]
pub struct PropertyObject {
    pub head: ObjHeader,
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}
impl Payload for PropertyObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            if let Ok(v) = c.try_borrow() {
                visit(&v);
            }
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            let old = std::mem::replace(&mut *c.borrow_mut(), none::none());
            drop(old);
        }
    }
}
pub static PROPERTY_SUB_LAYOUT: Layout = sub_layout_of::<PropertyObject>(None);
pub static PROPERTY_LAYOUT: Layout =
    layout_of::<PropertyObject>(true, None, Some(&PROPERTY_SUB_LAYOUT));
pub static PROPERTY_TYPE: TypeObject =
    TypeObject::new_static("property", &OBJECT_TYPE, flags::BASETYPE, &PROPERTY_LAYOUT);

fn prop(v: &Value) -> PyResult<&PropertyObject> {
    if v.ty().is_subtype(&PROPERTY_TYPE) {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<PropertyObject>() })
    } else {
        Err(type_error("property expected"))
    }
}

fn new_property_of(ty: &TypeObject, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    let p = PropertyObject {
        head: ObjHeader::new(ty),
        fget: RefCell::new(fget),
        fset: RefCell::new(fset),
        fdel: RefCell::new(fdel),
        doc: RefCell::new(doc),
        name: RefCell::new(none::none()),
    };
    if ty.is_heap() {
        alloc_instance(p, ty)
    } else {
        alloc_gc(p)
    }
}

fn property_new(a: &Args) -> PyResult<Value> {
    let t = downcast_type(&a.pos()[0]).ok_or_else(|| type_error("property.__new__: not a type"))?;
    Ok(new_property_of(
        t,
        none::none(),
        none::none(),
        none::none(),
        none::none(),
    ))
}

fn property_init(a: &Args) -> PyResult<Value> {
    let slf = a.pos()[0].clone();
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [fget, fset, fdel, doc] = rest.bind("property", ["fget", "fset", "fdel", "doc"], 0)?;
    let p = prop(&slf)?;
    let fget = fget.unwrap_or_else(none::none);
    let mut doc = doc.unwrap_or_else(none::none);
    if none::is_none(&doc) && !none::is_none(&fget) {
        if let Some(d) = protocol::getattr_opt(&fget, "__doc__")? {
            doc = d;
        }
    }
    *p.fget.borrow_mut() = fget;
    *p.fset.borrow_mut() = fset.unwrap_or_else(none::none);
    *p.fdel.borrow_mut() = fdel.unwrap_or_else(none::none);
    *p.doc.borrow_mut() = doc;
    Ok(none::none())
}

fn property_get(d: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    let Some(o) = obj else { return Ok(d.clone()) };
    let p = prop(d)?;
    let f = p.fget.borrow().clone();
    if none::is_none(&f) {
        return Err(attribute_error(property_err(p, o, "getter")));
    }
    protocol::call_pos(&f, std::slice::from_ref(o))
}

fn property_err(p: &PropertyObject, o: &Value, what: &str) -> String {
    let n = p.name.borrow().clone();
    match pystr::as_str(&n) {
        Some(name) => format!(
            "property '{}' of '{}' object has no {}",
            name,
            o.ty().name(),
            what
        ),
        None => format!("property of '{}' object has no {}", o.ty().name(), what),
    }
}

fn property_set(d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = prop(d)?;
    match value {
        Some(v) => {
            let f = p.fset.borrow().clone();
            if none::is_none(&f) {
                return Err(attribute_error(property_err(p, obj, "setter")));
            }
            protocol::call_pos(&f, &[obj.clone(), v]).map(|_| ())
        }
        None => {
            let f = p.fdel.borrow().clone();
            if none::is_none(&f) {
                return Err(attribute_error(property_err(p, obj, "deleter")));
            }
            protocol::call_pos(&f, std::slice::from_ref(obj)).map(|_| ())
        }
    }
}

fn property_copy_with(a: &Args, which: usize) -> PyResult<Value> {
    let p0 = a.check("property", 2, 2)?;
    let p = prop(&p0[0])?;
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = p0[1].clone();
    let [g, s, d] = parts;
    let mut doc = p.doc.borrow().clone();
    if which == 0 {
        if let Some(dd) = protocol::getattr_opt(&g, "__doc__")? {
            if !none::is_none(&dd) {
                doc = dd;
            }
        }
    }
    let np = new_property_of(p0[0].ty(), g, s, d, doc);
    *prop(&np)?.name.borrow_mut() = p.name.borrow().clone();
    Ok(np)
}
fn property_getter(a: &Args) -> PyResult<Value> {
    property_copy_with(a, 0)
}
fn property_setter(a: &Args) -> PyResult<Value> {
    property_copy_with(a, 1)
}
fn property_deleter(a: &Args) -> PyResult<Value> {
    property_copy_with(a, 2)
}
fn property_set_name(a: &Args) -> PyResult<Value> {
    let p = a.check("__set_name__", 3, 3)?;
    *prop(&p[0])?.name.borrow_mut() = p[2].clone();
    Ok(none::none())
}
fn prop_fget(v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fget.borrow().clone())
}
fn prop_fset(v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fset.borrow().clone())
}
fn prop_fdel(v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.fdel.borrow().clone())
}
fn prop_doc(v: &Value) -> PyResult<Value> {
    Ok(prop(v)?.doc.borrow().clone())
}
fn prop_set_doc(v: &Value, val: Option<Value>) -> PyResult<()> {
    *prop(v)?.doc.borrow_mut() = val.unwrap_or_else(none::none);
    Ok(())
}
fn prop_isabstract(v: &Value) -> PyResult<Value> {
    let p = prop(v)?;
    for f in [&p.fget, &p.fset, &p.fdel] {
        let f = f.borrow().clone();
        if let Some(x) = protocol::getattr_opt(&f, "__isabstractmethod__")? {
            if protocol::truthy(&x)? {
                return Ok(bool_::true_());
            }
        }
    }
    Ok(bool_::false_())
}

// ---------------------------------------------------------------- Python functions

/// A Python function. The interpreter installs the call slot and owns the
/// meaning of `code`; this layout is fixed (the JIT reads it).
#[repr(C)]
pub struct FunctionObject {
    pub head: ObjHeader,
    pub code: RefCell<Value>,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: Option<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub dict: RefCell<Option<Value>>,
    /// Bumped when code or defaults change (call caches guard on it).
    pub version: Cell<u64>,
}
impl Payload for FunctionObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.dict,
        ] {
            if let Ok(v) = c.try_borrow() {
                if let Some(v) = v.as_ref() {
                    visit(v);
                }
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        for c in [
            &self.code,
            &self.doc,
            &self.module,
            &self.name,
            &self.qualname,
        ] {
            if let Ok(v) = c.try_borrow() {
                visit(&v);
            }
        }
    }
    fn clear(&self) {
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.dict,
        ] {
            let old = c.borrow_mut().take();
            drop(old);
        }
        let old = std::mem::replace(&mut *self.doc.borrow_mut(), none::none());
        drop(old);
    }
}
pub static FUNCTION_LAYOUT: Layout =
    layout_of::<FunctionObject>(true, Some(std::mem::offset_of!(FunctionObject, dict)), None);
pub static FUNCTION_TYPE: TypeObject =
    TypeObject::new_static("function", &OBJECT_TYPE, 0, &FUNCTION_LAYOUT);

/// Whether `t` is the Python function type.
#[inline]
pub fn is_plain_function_type(t: &TypeObject) -> bool {
    std::ptr::eq(t, &FUNCTION_TYPE)
}

/// The payload if `v` is a Python function.
#[inline]
pub fn downcast_function(v: &Value) -> Option<&FunctionObject> {
    if v.is_exact(&FUNCTION_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { v.payload_unchecked::<FunctionObject>() })
    } else {
        None
    }
}

/// A new Python function object.
pub fn new_function(
    code: Value,
    globals: Value,
    builtins: Value,
    name: Value,
    qualname: Value,
    closure: Option<Value>,
    doc: Value,
    module: Value,
) -> Value {
    alloc_gc(FunctionObject {
        head: ObjHeader::new(&FUNCTION_TYPE),
        code: RefCell::new(code),
        globals,
        builtins,
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(None),
        kwdefaults: RefCell::new(None),
        closure,
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(None),
        dict: RefCell::new(None),
        version: Cell::new(crate::typeobj::next_version()),
    })
}

fn function_get(f: &Value, obj: Option<&Value>, _owner: &Value) -> PyResult<Value> {
    match obj {
        None => Ok(f.clone()),
        Some(o) if none::is_none(o) => Ok(f.clone()),
        Some(o) => Ok(new_bound_method(f.clone(), o.clone())),
    }
}

fn func(v: &Value) -> PyResult<&FunctionObject> {
    downcast_function(v).ok_or_else(|| type_error("function expected"))
}
fn f_name(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.name.borrow().clone())
}
fn f_set_name(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val
        .filter(pystr::is_str)
        .ok_or_else(|| type_error("__name__ must be set to a string object"))?;
    *func(v)?.name.borrow_mut() = val;
    Ok(())
}
fn f_qualname(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.qualname.borrow().clone())
}
fn f_set_qualname(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val
        .filter(pystr::is_str)
        .ok_or_else(|| type_error("__qualname__ must be set to a string object"))?;
    *func(v)?.qualname.borrow_mut() = val;
    Ok(())
}
fn f_doc(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.doc.borrow().clone())
}
fn f_set_doc(v: &Value, val: Option<Value>) -> PyResult<()> {
    *func(v)?.doc.borrow_mut() = val.unwrap_or_else(none::none);
    Ok(())
}
fn f_module(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.module.borrow().clone())
}
fn f_set_module(v: &Value, val: Option<Value>) -> PyResult<()> {
    *func(v)?.module.borrow_mut() = val.unwrap_or_else(none::none);
    Ok(())
}
fn f_defaults(v: &Value) -> PyResult<Value> {
    Ok(func(v)?
        .defaults
        .borrow()
        .clone()
        .unwrap_or_else(none::none))
}
fn f_set_defaults(v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = func(v)?;
    let val = val.filter(|x| !none::is_none(x));
    if let Some(x) = &val {
        if tuple::downcast(x).is_none() {
            return Err(type_error("__defaults__ must be set to a tuple object"));
        }
    }
    *f.defaults.borrow_mut() = val;
    f.version.set(crate::typeobj::next_version());
    Ok(())
}
fn f_kwdefaults(v: &Value) -> PyResult<Value> {
    Ok(func(v)?
        .kwdefaults
        .borrow()
        .clone()
        .unwrap_or_else(none::none))
}
fn f_set_kwdefaults(v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = func(v)?;
    *f.kwdefaults.borrow_mut() = val.filter(|x| !none::is_none(x));
    f.version.set(crate::typeobj::next_version());
    Ok(())
}
fn f_code(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.code.borrow().clone())
}
fn f_set_code(v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = func(v)?;
    let val = val.ok_or_else(|| type_error("__code__ must be set to a code object"))?;
    if !val.ty().is_subtype(f.code.borrow().ty()) {
        return Err(type_error("__code__ must be set to a code object"));
    }
    *f.code.borrow_mut() = val;
    f.version.set(crate::typeobj::next_version());
    Ok(())
}
fn f_globals(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.globals.clone())
}
fn f_builtins(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.builtins.clone())
}
fn f_closure(v: &Value) -> PyResult<Value> {
    Ok(func(v)?.closure.clone().unwrap_or_else(none::none))
}
fn f_annotations(v: &Value) -> PyResult<Value> {
    let f = func(v)?;
    let mut a = f.annotations.borrow_mut();
    Ok(a.get_or_insert_with(crate::types::dict::new_dict).clone())
}
fn f_set_annotations(v: &Value, val: Option<Value>) -> PyResult<()> {
    *func(v)?.annotations.borrow_mut() = val;
    Ok(())
}
fn f_repr(a: &Args) -> PyResult<Value> {
    let f = func(&a.pos()[0])?;
    let q = f.qualname.borrow().clone();
    Ok(pystr::from_string(format!(
        "<function {} at {:#x}>",
        pystr::as_str(&q).unwrap_or("?"),
        a.pos()[0].raw()
    )))
}
fn f_dunder_get(a: &Args) -> PyResult<Value> {
    let p = a.check("__get__", 2, 3)?;
    let owner = p.get(2).cloned().unwrap_or_else(none::none);
    function_get(&p[0], Some(&p[1]), &owner)
}

// ---------------------------------------------------------------- tables

static BM_METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", bm_repr),
    crate::types::method("__eq__", bm_eq),
    crate::types::method("__hash__", bm_hash),
    crate::types::staticmethod("__new__", bm_new),
];
static BM_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__func__",
        get: bm_func,
        set: None,
    },
    GetSetDef {
        name: "__self__",
        get: bm_self,
        set: None,
    },
    GetSetDef {
        name: "__name__",
        get: bm_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: bm_qualname,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: bm_doc,
        set: None,
    },
];

fn wrapper_wrapped(v: &Value) -> PyResult<Value> {
    wrapper_func(v)
}
fn wrapper_name(v: &Value) -> PyResult<Value> {
    wrapper_getattr_func_attr(v, "__name__")
}
fn wrapper_qualname(v: &Value) -> PyResult<Value> {
    wrapper_getattr_func_attr(v, "__qualname__")
}
fn wrapper_doc(v: &Value) -> PyResult<Value> {
    wrapper_getattr_func_attr(v, "__doc__")
}
static WRAPPER_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", classmethod_new),
    crate::types::method("__init__", wrapper_init),
];
static WRAPPER_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__func__",
        get: wrapper_wrapped,
        set: None,
    },
    GetSetDef {
        name: "__wrapped__",
        get: wrapper_wrapped,
        set: None,
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: wrapper_isabstract,
        set: None,
    },
    GetSetDef {
        name: "__name__",
        get: wrapper_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: wrapper_qualname,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: wrapper_doc,
        set: None,
    },
    crate::types::object::DICT_GETSET_REF,
];

static PROPERTY_METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", property_new),
    crate::types::method("__init__", property_init),
    crate::types::method("getter", property_getter),
    crate::types::method("setter", property_setter),
    crate::types::method("deleter", property_deleter),
    crate::types::method("__set_name__", property_set_name),
];
static PROPERTY_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "fget",
        get: prop_fget,
        set: None,
    },
    GetSetDef {
        name: "fset",
        get: prop_fset,
        set: None,
    },
    GetSetDef {
        name: "fdel",
        get: prop_fdel,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: prop_doc,
        set: Some(prop_set_doc),
    },
    GetSetDef {
        name: "__isabstractmethod__",
        get: prop_isabstract,
        set: None,
    },
];

static FUNCTION_METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", f_repr),
    crate::types::method("__get__", f_dunder_get),
];
static FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: f_name,
        set: Some(f_set_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: f_qualname,
        set: Some(f_set_qualname),
    },
    GetSetDef {
        name: "__doc__",
        get: f_doc,
        set: Some(f_set_doc),
    },
    GetSetDef {
        name: "__module__",
        get: f_module,
        set: Some(f_set_module),
    },
    GetSetDef {
        name: "__defaults__",
        get: f_defaults,
        set: Some(f_set_defaults),
    },
    GetSetDef {
        name: "__kwdefaults__",
        get: f_kwdefaults,
        set: Some(f_set_kwdefaults),
    },
    GetSetDef {
        name: "__code__",
        get: f_code,
        set: Some(f_set_code),
    },
    GetSetDef {
        name: "__globals__",
        get: f_globals,
        set: None,
    },
    GetSetDef {
        name: "__builtins__",
        get: f_builtins,
        set: None,
    },
    GetSetDef {
        name: "__closure__",
        get: f_closure,
        set: None,
    },
    GetSetDef {
        name: "__annotations__",
        get: f_annotations,
        set: Some(f_set_annotations),
    },
    crate::types::object::DICT_GETSET_REF,
];

fn native_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    // SAFETY: method only installed on NativeFunction.
    let nf = unsafe { v.payload_unchecked::<NativeFunction>() };
    Ok(pystr::from_string(match &nf.self_ {
        None => format!("<built-in function {}>", nf.def.name),
        Some(s) if crate::types::module::is_module(s) => {
            format!("<built-in function {}>", nf.def.name)
        }
        Some(s) => format!(
            "<built-in method {} of {} object at {:#x}>",
            nf.def.name,
            s.ty().name(),
            s.raw()
        ),
    }))
}
fn native_name(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on NativeFunction.
    Ok(pystr::new_str(
        unsafe { v.payload_unchecked::<NativeFunction>() }.def.name,
    ))
}
fn native_qualname(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on NativeFunction.
    let nf = unsafe { v.payload_unchecked::<NativeFunction>() };
    match &nf.self_ {
        Some(s) if !crate::types::module::is_module(s) => {
            let tn = match downcast_type(s) {
                Some(t) => t.name(),
                None => s.ty().name(),
            };
            Ok(pystr::from_string(format!("{}.{}", tn, nf.def.name)))
        }
        _ => Ok(pystr::new_str(nf.def.name)),
    }
}
fn native_self(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on NativeFunction.
    Ok(unsafe { v.payload_unchecked::<NativeFunction>() }
        .self_
        .clone()
        .unwrap_or_else(none::none))
}
fn native_doc(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on NativeFunction.
    let d = unsafe { v.payload_unchecked::<NativeFunction>() }.def.doc;
    Ok(if d.is_empty() {
        none::none()
    } else {
        pystr::new_str(d)
    })
}
static NATIVE_METHODS: &[MethodDef] = &[crate::types::method("__repr__", native_repr)];
static NATIVE_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: native_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: native_qualname,
        set: None,
    },
    GetSetDef {
        name: "__self__",
        get: native_self,
        set: None,
    },
    GetSetDef {
        name: "__doc__",
        get: native_doc,
        set: None,
    },
];

fn descr_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    // SAFETY: method only installed on MethodDescr types.
    let md = unsafe { v.payload_unchecked::<MethodDescr>() };
    Ok(pystr::from_string(format!(
        "<method '{}' of '{}' objects>",
        md.def.name,
        md.owner.name()
    )))
}
fn descr_name(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on MethodDescr types.
    Ok(pystr::new_str(
        unsafe { v.payload_unchecked::<MethodDescr>() }.def.name,
    ))
}
fn descr_qualname(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on MethodDescr types.
    let md = unsafe { v.payload_unchecked::<MethodDescr>() };
    Ok(pystr::from_string(format!(
        "{}.{}",
        md.owner.name(),
        md.def.name
    )))
}
fn descr_objclass(v: &Value) -> PyResult<Value> {
    // SAFETY: getset only installed on MethodDescr types.
    Ok(unsafe { v.payload_unchecked::<MethodDescr>() }
        .owner
        .as_value())
}
static DESCR_METHODS: &[MethodDef] = &[crate::types::method("__repr__", descr_repr)];
static DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: descr_name,
        set: None,
    },
    GetSetDef {
        name: "__qualname__",
        get: descr_qualname,
        set: None,
    },
    GetSetDef {
        name: "__objclass__",
        get: descr_objclass,
        set: None,
    },
];

fn getset_repr(a: &Args) -> PyResult<Value> {
    // SAFETY: method only installed on GetSetDescr.
    let g = unsafe { a.pos()[0].payload_unchecked::<GetSetDescr>() };
    Ok(pystr::from_string(format!(
        "<attribute '{}' of '{}' objects>",
        g.def.name,
        g.owner.name()
    )))
}
fn member_repr(a: &Args) -> PyResult<Value> {
    // SAFETY: method only installed on MemberDescr.
    let m = unsafe { a.pos()[0].payload_unchecked::<MemberDescr>() };
    // SAFETY: owner outlives its members.
    let owner = unsafe { &*m.owner };
    Ok(pystr::from_string(format!(
        "<member '{}' of '{}' objects>",
        pystr::as_str(&m.name).unwrap_or("?"),
        owner.name()
    )))
}

pub fn init() {
    BUILTIN_FUNCTION_TYPE.call.set(Some(native_call));
    crate::types::init_builtin_type(&BUILTIN_FUNCTION_TYPE, NATIVE_METHODS, NATIVE_GETSETS);
    METHOD_DESCRIPTOR_TYPE.call.set(Some(method_descr_call));
    METHOD_DESCRIPTOR_TYPE.descr_get.set(Some(method_descr_get));
    crate::types::init_builtin_type(&METHOD_DESCRIPTOR_TYPE, DESCR_METHODS, DESCR_GETSETS);
    CLASSMETHOD_DESCRIPTOR_TYPE
        .call
        .set(Some(classmethod_descr_call));
    CLASSMETHOD_DESCRIPTOR_TYPE
        .descr_get
        .set(Some(classmethod_descr_get));
    crate::types::init_builtin_type(&CLASSMETHOD_DESCRIPTOR_TYPE, DESCR_METHODS, DESCR_GETSETS);
    GETSET_DESCRIPTOR_TYPE.descr_get.set(Some(getset_get));
    GETSET_DESCRIPTOR_TYPE.descr_set.set(Some(getset_set));
    static GS_M: &[MethodDef] = &[crate::types::method("__repr__", getset_repr)];
    crate::types::init_builtin_type(&GETSET_DESCRIPTOR_TYPE, GS_M, &[]);
    MEMBER_DESCRIPTOR_TYPE.descr_get.set(Some(member_get));
    MEMBER_DESCRIPTOR_TYPE.descr_set.set(Some(member_set));
    static MD_M: &[MethodDef] = &[crate::types::method("__repr__", member_repr)];
    crate::types::init_builtin_type(&MEMBER_DESCRIPTOR_TYPE, MD_M, &[]);
    METHOD_TYPE.call.set(Some(bound_call));
    METHOD_TYPE.getattro.set(Some(bm_getattr));
    crate::types::init_builtin_type(&METHOD_TYPE, BM_METHODS, BM_GETSETS);
    CLASSMETHOD_TYPE.descr_get.set(Some(classmethod_get));
    crate::types::init_builtin_type(&CLASSMETHOD_TYPE, WRAPPER_METHODS, WRAPPER_GETSETS);
    STATICMETHOD_TYPE.descr_get.set(Some(staticmethod_get));
    STATICMETHOD_TYPE.call.set(Some(staticmethod_call));
    crate::types::init_builtin_type(&STATICMETHOD_TYPE, WRAPPER_METHODS, WRAPPER_GETSETS);
    PROPERTY_TYPE.descr_get.set(Some(property_get));
    PROPERTY_TYPE.descr_set.set(Some(property_set));
    crate::types::init_builtin_type(&PROPERTY_TYPE, PROPERTY_METHODS, PROPERTY_GETSETS);
    FUNCTION_TYPE.descr_get.set(Some(function_get));
    crate::types::init_builtin_type(&FUNCTION_TYPE, FUNCTION_METHODS, FUNCTION_GETSETS);
}
