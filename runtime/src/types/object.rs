//! `object`: the root of every class, and the default behaviours it gives
//! (identity equality and hashing, generic attribute access, default repr).

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of};
use crate::args::Args;
use crate::err::{type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{as_type, downcast_type, flags, Layout, TypeObject};
use crate::types::{bool_, none, str as pystr, MethodDef};
use std::cell::RefCell;

pub static OBJECT_SUB_LAYOUT: Layout = sub_layout_of::<ObjHeader>(None);
pub static OBJECT_LAYOUT: Layout = layout_of::<ObjHeader>(false, None, Some(&OBJECT_SUB_LAYOUT));

pub static OBJECT_TYPE: TypeObject =
    TypeObject::new_static("object", std::ptr::null(), flags::BASETYPE, &OBJECT_LAYOUT);

/// The plain attribute dict of objects that keep one (functions, modules,
/// exceptions), per their layout's `dict_offset`.
pub fn object_dict(v: &Value) -> Option<Value> {
    if v.is_small_int() {
        return None;
    }
    let off = v.ty().layout.get().dict_offset?;
    // SAFETY: the layout says a RefCell<Option<Value>> lives at `off`.
    let cell = unsafe { &*((v.ptr() as *const u8).add(off) as *const RefCell<Option<Value>>) };
    let mut c = cell.borrow_mut();
    Some(c.get_or_insert_with(crate::types::dict::new_dict).clone())
}

/// A new instance of class `cls` whose solid base is `object`.
pub fn new_object_instance(cls: &TypeObject) -> Value {
    if std::ptr::eq(cls, &OBJECT_TYPE) {
        return alloc_plain(ObjHeader::new(&OBJECT_TYPE));
    }
    alloc_instance(ObjHeader::new(cls), cls)
}

fn object_new(a: &Args) -> PyResult<Value> {
    let pos = a.pos();
    let cls = pos
        .first()
        .ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    let t = downcast_type(cls).ok_or_else(|| {
        type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            cls.ty().name()
        ))
    })?;
    if pos.len() > 1 || a.has_kw() {
        let new_overridden = t
            .lookup_str("__new__")
            .map(|n| !is_object_slot(&n, "__new__"))
            .unwrap_or(false);
        let init_default = t
            .lookup_str("__init__")
            .map(|n| is_object_slot(&n, "__init__"))
            .unwrap_or(true);
        if new_overridden || init_default {
            return Err(type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(flags::IS_ABSTRACT) {
        return Err(type_error(format!(
            "Can't instantiate abstract class {}",
            t.name()
        )));
    }
    if !std::ptr::eq(t.layout.get(), &OBJECT_SUB_LAYOUT) && !std::ptr::eq(t, &OBJECT_TYPE) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            solid_base_name(t)
        )));
    }
    Ok(new_object_instance(t))
}

fn solid_base_name(t: &TypeObject) -> String {
    for &m in t.mro.borrow().iter() {
        // SAFETY: MRO entries are live.
        let m = unsafe { &*m };
        if !m.is_heap() {
            return m.name();
        }
    }
    "object".into()
}

fn is_object_slot(f: &Value, name: &str) -> bool {
    match OBJECT_TYPE.dict.borrow().as_ref() {
        Some(d) => crate::types::dict::get_str(d, &pystr::intern(name))
            .map(|o| o.is(f))
            .unwrap_or(false),
        None => false,
    }
}

fn object_init(a: &Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() > 1 || a.has_kw() {
        let t = pos[0].ty();
        let init_overridden = t
            .lookup_str("__init__")
            .map(|n| !is_object_slot(&n, "__init__"))
            .unwrap_or(false);
        let new_default = t
            .lookup_str("__new__")
            .map(|n| is_object_slot(&n, "__new__"))
            .unwrap_or(true);
        if init_overridden || new_default {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(none::none())
}

/// `<module.Name object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let t = v.ty();
    let module = type_module(t);
    let q = t.qualname.borrow().to_string();
    if module == "builtins" {
        format!("<{} object at {:#x}>", q, v.raw())
    } else {
        format!("<{}.{} object at {:#x}>", module, q, v.raw())
    }
}

/// `__module__` of a type as a Rust string.
pub fn type_module(t: &TypeObject) -> String {
    if t.is_heap() {
        if let Some(d) = t.dict.borrow().as_ref() {
            if let Some(m) = crate::types::dict::get_str(d, &pystr::intern("__module__")) {
                if let Some(s) = pystr::as_str(&m) {
                    return s.to_string();
                }
            }
        }
        return "builtins".into();
    }
    let n = t.name.borrow();
    match n.rfind('.') {
        Some(i) => n[..i].to_string(),
        None => "builtins".into(),
    }
}

fn object_repr(a: &Args) -> PyResult<Value> {
    Ok(pystr::from_string(default_repr(&a.pos()[0])))
}

fn object_str(a: &Args) -> PyResult<Value> {
    protocol::repr(&a.pos()[0])
}

fn object_eq(a: &Args) -> PyResult<Value> {
    let p = a.check("__eq__", 2, 2)?;
    if p[0].is(&p[1]) {
        Ok(bool_::true_())
    } else {
        Ok(none::not_implemented())
    }
}

fn object_ne(a: &Args) -> PyResult<Value> {
    let p = a.check("__ne__", 2, 2)?;
    let r = match protocol::call_special(&p[0], "__eq__", &p[1..2]) {
        Some(r) => r?,
        None => return Ok(none::not_implemented()),
    };
    if none::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(bool_::new_bool(!protocol::truthy(&r)?))
}

fn object_not_implemented(_a: &Args) -> PyResult<Value> {
    Ok(none::not_implemented())
}

/// Identity hash (as CPython: the address rotated by 4 bits).
pub fn identity_hash(v: &Value) -> i64 {
    let x = v.raw();
    let h = x.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn object_hash(a: &Args) -> PyResult<Value> {
    Ok(crate::types::int::from_i64(identity_hash(&a.pos()[0])))
}

fn object_getattribute(a: &Args) -> PyResult<Value> {
    let p = a.check("__getattribute__", 2, 2)?;
    if !pystr::is_str(&p[1]) {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        )));
    }
    let name = pystr::intern_value(&p[1]);
    match protocol::generic_getattr(&p[0], &name)? {
        Some(v) => Ok(v),
        None => Err(protocol::no_attribute(&p[0], &name)),
    }
}

fn object_setattr(a: &Args) -> PyResult<Value> {
    let p = a.check("__setattr__", 3, 3)?;
    let name = pystr::intern_value(&p[1]);
    protocol::generic_setattr(&p[0], &name, Some(p[2].clone()))?;
    Ok(none::none())
}

fn object_delattr(a: &Args) -> PyResult<Value> {
    let p = a.check("__delattr__", 2, 2)?;
    let name = pystr::intern_value(&p[1]);
    protocol::generic_setattr(&p[0], &name, None)?;
    Ok(none::none())
}

fn object_format(a: &Args) -> PyResult<Value> {
    let p = a.check("__format__", 2, 2)?;
    let spec = pystr::as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].ty().name()
        ))
    })?;
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            p[0].ty().name()
        )));
    }
    protocol::str_of(&p[0])
}

fn object_init_subclass(_a: &Args) -> PyResult<Value> {
    Ok(none::none())
}

fn object_subclasshook(_a: &Args) -> PyResult<Value> {
    Ok(none::not_implemented())
}

fn object_sizeof(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let base = if v.is_small_int() { 28 } else { 16 };
    Ok(crate::types::int::from_i64(base))
}

fn object_dir(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let d = crate::types::dict::new_dict();
    if let Some(ext) = protocol::instance_ext(v) {
        let idict = ext.materialize_dict();
        crate::types::dict::update(&d, &idict)?;
    } else if let Some(od) = object_dict(v) {
        crate::types::dict::update(&d, &od)?;
    }
    let t = v.ty();
    for &m in t.mro.borrow().iter() {
        // SAFETY: MRO entries are live.
        let m = unsafe { &*m };
        if let Some(md) = m.dict.borrow().as_ref() {
            for (k, _) in crate::types::dict::items(md) {
                crate::types::dict::set_item(&d, k, none::none())?;
            }
        }
    }
    Ok(crate::types::list::new_list(
        crate::types::dict::downcast(&d).unwrap().keys(),
    ))
}

fn get_class(v: &Value) -> PyResult<Value> {
    Ok(v.ty().as_value())
}

fn set_class(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
    let new_t = downcast_type(&val).ok_or_else(|| {
        type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            val.ty().name()
        ))
    })?;
    let old_t = v.ty();
    if !new_t.is_heap() || !old_t.is_heap() {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !std::ptr::eq(new_t.layout.get(), old_t.layout.get()) {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_t.name(),
            old_t.name()
        )));
    }
    // The instance holds a reference to its class.
    std::mem::forget(new_t.as_value());
    // SAFETY: v is a live heap object; the old class's reference is dropped.
    unsafe {
        (*v.ptr()).ty.set(new_t as *const TypeObject);
        drop(Value::from_owned_ptr(&old_t.head));
    }
    Ok(())
}

fn get_dict(v: &Value) -> PyResult<Value> {
    if let Some(ext) = protocol::instance_ext(v) {
        if !v.ty().has_flag(flags::NO_DICT) {
            return Ok(ext.materialize_dict());
        }
    }
    if let Some(d) = object_dict(v) {
        return Ok(d);
    }
    Err(crate::err::attribute_error(format!(
        "'{}' object has no attribute '__dict__'",
        v.ty().name()
    )))
}

fn set_dict(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val.ok_or_else(|| type_error("cannot delete __dict__"))?;
    if crate::types::dict::downcast(&val).is_none() {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            val.ty().name()
        )));
    }
    match protocol::instance_ext(v) {
        Some(ext) => {
            ext.set_dict(val);
            Ok(())
        }
        None => Err(crate::err::attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            v.ty().name()
        ))),
    }
}

/// The `__dict__` getset installed on classes whose instances have a dict.
pub const DICT_GETSET_REF: crate::types::GetSetDef = crate::types::GetSetDef {
    name: "__dict__",
    get: get_dict,
    set: Some(set_dict),
};
/// The same, as a static (for dict entries made at class creation).
pub static DICT_GETSET: crate::types::GetSetDef = DICT_GETSET_REF;

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", object_new),
    crate::types::method("__init__", object_init),
    crate::types::method("__repr__", object_repr),
    crate::types::method("__str__", object_str),
    crate::types::method("__eq__", object_eq),
    crate::types::method("__ne__", object_ne),
    crate::types::method("__lt__", object_not_implemented),
    crate::types::method("__le__", object_not_implemented),
    crate::types::method("__gt__", object_not_implemented),
    crate::types::method("__ge__", object_not_implemented),
    crate::types::method("__hash__", object_hash),
    crate::types::method("__getattribute__", object_getattribute),
    crate::types::method("__setattr__", object_setattr),
    crate::types::method("__delattr__", object_delattr),
    crate::types::method("__format__", object_format),
    crate::types::classmethod("__init_subclass__", object_init_subclass),
    crate::types::classmethod("__subclasshook__", object_subclasshook),
    crate::types::method("__sizeof__", object_sizeof),
    crate::types::method("__dir__", object_dir),
];

static GETSETS: &[crate::types::GetSetDef] = &[crate::types::GetSetDef {
    name: "__class__",
    get: get_class,
    set: Some(set_class),
}];

pub fn init() {
    OBJECT_TYPE.doc.set(Some("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    crate::types::init_builtin_type(&OBJECT_TYPE, METHODS, GETSETS);
}

/// Whether `t` is `object` itself.
pub fn is_object_type(t: &Value) -> bool {
    // SAFETY: only called on type values.
    downcast_type(t)
        .map(|t| std::ptr::eq(t, &OBJECT_TYPE))
        .unwrap_or(false)
        && unsafe { as_type(t) }.mro.borrow().len() == 1
}
