//! Module objects: a namespace dict with attribute access through it.

use crate::alloc::{alloc_gc, alloc_instance, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{attribute_error, type_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{dict, none, str as pystr, GetSetDef, MethodDef};
use std::cell::RefCell;

#[repr(C)]
pub struct ModuleObject {
    pub head: ObjHeader,
    pub dict: RefCell<Option<Value>>,
}
impl Payload for ModuleObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.dict.try_borrow() {
            if let Some(d) = d.as_ref() {
                visit(d);
            }
        }
    }
    fn clear(&self) {
        let d = self.dict.borrow_mut().take();
        drop(d);
    }
}
const DICT_OFF: usize = std::mem::offset_of!(ModuleObject, dict);
pub static MODULE_SUB_LAYOUT: Layout = sub_layout_of::<ModuleObject>(Some(DICT_OFF));
pub static MODULE_LAYOUT: Layout =
    layout_of::<ModuleObject>(true, Some(DICT_OFF), Some(&MODULE_SUB_LAYOUT));
pub static MODULE_TYPE: TypeObject =
    TypeObject::new_static("module", &OBJECT_TYPE, flags::BASETYPE, &MODULE_LAYOUT);

/// A new module named `name` with a fresh dict.
pub fn new_module(name: &str) -> Value {
    let d = dict::new_dict();
    dict::set_str(&d, "__name__", pystr::new_str(name));
    dict::set_str(&d, "__doc__", none::none());
    dict::set_str(&d, "__package__", none::none());
    dict::set_str(&d, "__loader__", none::none());
    dict::set_str(&d, "__spec__", none::none());
    new_module_with_dict(d)
}

/// A module over an existing namespace dict.
pub fn new_module_with_dict(d: Value) -> Value {
    alloc_gc(ModuleObject {
        head: ObjHeader::new(&MODULE_TYPE),
        dict: RefCell::new(Some(d)),
    })
}

/// Whether `v` is a module.
pub fn is_module(v: &Value) -> bool {
    !v.is_small_int() && v.ty().is_subtype(&MODULE_TYPE)
}

/// The namespace dict of a module.
pub fn module_dict(v: &Value) -> Option<Value> {
    if is_module(v) {
        // SAFETY: modules start with a ModuleObject.
        unsafe { v.payload_unchecked::<ModuleObject>() }
            .dict
            .borrow()
            .clone()
    } else {
        None
    }
}

fn module_name(v: &Value) -> String {
    module_dict(v)
        .and_then(|d| dict::get_str(&d, &pystr::intern("__name__")))
        .and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into())
}

fn module_getattro(v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(x) = protocol::generic_getattr(v, name)? {
        return Ok(x);
    }
    if let Some(d) = module_dict(v) {
        if let Some(ga) = dict::get_str(&d, &pystr::intern("__getattr__")) {
            return protocol::call_pos(&ga, std::slice::from_ref(name));
        }
    }
    let e = attribute_error(format!(
        "module '{}' has no attribute '{}'",
        module_name(v),
        pystr::as_str(name).unwrap_or("?")
    ));
    let _ = crate::types::exceptions::set_attr(&e.exc, "name", name.clone());
    let _ = crate::types::exceptions::set_attr(&e.exc, "obj", v.clone());
    Err(e)
}

fn module_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let d = module_dict(v);
    let file = d
        .as_ref()
        .and_then(|d| dict::get_str(d, &pystr::intern("__file__")));
    let name = module_name(v);
    Ok(pystr::from_string(match file {
        Some(f) if pystr::is_str(&f) => {
            format!("<module '{}' from '{}'>", name, pystr::as_str(&f).unwrap())
        }
        _ => format!("<module '{name}' (built-in)>"),
    }))
}

fn module_new(a: &Args) -> PyResult<Value> {
    let t = downcast_type(&a.pos()[0]).ok_or_else(|| type_error("module.__new__: not a type"))?;
    let m = ModuleObject {
        head: ObjHeader::new(t),
        dict: RefCell::new(Some(dict::new_dict())),
    };
    if t.is_heap() {
        Ok(alloc_instance(m, t))
    } else {
        Ok(alloc_gc(m))
    }
}

fn module_init(a: &Args) -> PyResult<Value> {
    let v = a.pos()[0].clone();
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [name, doc] = rest.bind("module", ["name", "doc"], 1)?;
    let d = module_dict(&v).ok_or_else(|| type_error("module expected"))?;
    dict::set_str(&d, "__name__", name.unwrap());
    dict::set_str(&d, "__doc__", doc.unwrap_or_else(none::none));
    dict::set_str(&d, "__package__", none::none());
    dict::set_str(&d, "__loader__", none::none());
    dict::set_str(&d, "__spec__", none::none());
    Ok(none::none())
}

fn module_dir(a: &Args) -> PyResult<Value> {
    let d = module_dict(&a.pos()[0]).ok_or_else(|| type_error("module expected"))?;
    Ok(crate::types::list::new_list(
        dict::downcast(&d).unwrap().keys(),
    ))
}

fn get_dict(v: &Value) -> PyResult<Value> {
    module_dict(v).ok_or_else(|| type_error("module expected"))
}

static METHODS: &[MethodDef] = &[
    crate::types::method("__repr__", module_repr),
    crate::types::staticmethod("__new__", module_new),
    crate::types::method("__init__", module_init),
    crate::types::method("__dir__", module_dir),
];
static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__dict__",
    get: get_dict,
    set: None,
}];

pub fn init() {
    MODULE_TYPE.getattro.set(Some(module_getattro));
    crate::types::init_builtin_type(&MODULE_TYPE, METHODS, GETSETS);
}

/// A stand-in for a frame object seen through a traceback: a module-like
/// namespace with `f_code` (with co_name and co_filename) and `f_lineno`.
pub fn new_frame_summary(e: &crate::types::exceptions::TbEntry) -> Value {
    let code = new_module("code");
    let cd = module_dict(&code).expect("module dict");
    dict::set_str(&cd, "co_name", e.name.clone());
    dict::set_str(&cd, "co_filename", e.filename.clone());
    let f = new_module("frame");
    let fd = module_dict(&f).expect("module dict");
    dict::set_str(&fd, "f_code", e.code.clone().unwrap_or(code));
    dict::set_str(
        &fd,
        "f_lineno",
        crate::types::int::from_i64(e.lineno as i64),
    );
    f
}
