//! `type`: calling a class (`__new__` then `__init__`), creating classes
//! (`type(name, bases, dict)`: C3 MRO, layout, `__slots__`, `__set_name__`,
//! `__init_subclass__`), and attribute access on classes.

use crate::alloc::{alloc_gc, Payload};
use crate::args::Args;
use crate::err::{attribute_error, type_error, PyErr, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{as_type, downcast_type, flags, Layout, TypeObject};
use crate::types::object::{OBJECT_SUB_LAYOUT, OBJECT_TYPE};
use crate::types::{dict, function, none, str as pystr, tuple, GetSetDef, MethodDef};
use std::borrow::Cow;

impl Payload for TypeObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if !self.is_heap() {
            return;
        }
        if let Ok(b) = self.bases.try_borrow() {
            for v in b.iter() {
                visit(v);
            }
        }
        if let Ok(d) = self.dict.try_borrow() {
            if let Some(d) = d.as_ref() {
                visit(d);
            }
        }
    }
    fn clear(&self) {
        if !self.is_heap() {
            return;
        }
        let d = self.dict.borrow_mut().take();
        if let Some(d) = &d {
            dict::unwatch(d);
        }
        self.modified();
        drop(d);
    }
}

unsafe fn dealloc_type(p: *mut ObjHeader) {
    // SAFETY: p is a heap TypeObject (static types are immortal).
    unsafe {
        let t = &*(p as *const TypeObject);
        for b in t.bases.borrow().iter() {
            if let Some(bt) = downcast_type(b) {
                bt.subclasses.borrow_mut().retain(|&s| !std::ptr::eq(s, t));
            }
        }
        if let Some(d) = t.dict.borrow().as_ref() {
            dict::unwatch(d);
        }
        crate::alloc::dealloc_gc::<TypeObject>(p);
    }
}

unsafe fn traverse_type(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a TypeObject.
    unsafe { (*(p as *const TypeObject)).traverse(visit) }
}
unsafe fn clear_type(p: *const ObjHeader) {
    // SAFETY: p is a TypeObject.
    unsafe { (*(p as *const TypeObject)).clear() }
}

pub static TYPE_LAYOUT: Layout = Layout {
    gc: true,
    dealloc: dealloc_type,
    traverse: Some(traverse_type),
    clear: Some(clear_type),
    ext_offset: None,
    dict_offset: None,
    subclass: Some(&TYPE_LAYOUT),
};

pub static TYPE_TYPE: TypeObject = TypeObject::new_static(
    "type",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::TYPE_SUBCLASS,
    &TYPE_LAYOUT,
);

/// `cls(*args, **kw)`.
pub fn type_call(cls: &Value, a: &Args) -> PyResult<Value> {
    // SAFETY: the call slot of `type` is only reached for type objects.
    let t = unsafe { as_type(cls) };
    if std::ptr::eq(t, &TYPE_TYPE) && a.npos() == 1 && !a.has_kw() {
        return Ok(a.pos()[0].ty().as_value());
    }
    let new = t
        .lookup_str("__new__")
        .ok_or_else(|| type_error(format!("cannot create '{}' instances", t.name())))?;
    let mut all = Vec::with_capacity(a.all.len() + 1);
    all.push(cls.clone());
    all.extend(a.all.iter().cloned());
    let new_fn = match new.ty().descr_get.get() {
        Some(g)
            if !function::is_staticmethod(&new) && !function::is_plain_function_type(new.ty()) =>
        {
            g(&new, None, cls)?
        }
        _ => function::unwrap_staticmethod(&new),
    };
    let obj = protocol::call(
        &new_fn,
        &Args {
            all: &all,
            kwnames: a.kwnames,
        },
    )?;
    if !obj.ty().is_subtype(t) {
        return Ok(obj);
    }
    if let Some(init) = obj.ty().lookup_str("__init__") {
        let r = if a.kwnames.is_empty() {
            // No bound method object for the common positional case.
            protocol::call_unbound(&init, &obj, a.all)?
        } else {
            protocol::call(&bind_for_call(&init, &obj)?, a)?
        };
        if !none::is_none(&r) {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                r.ty().name()
            )));
        }
    }
    Ok(obj)
}

fn bind_for_call(f: &Value, obj: &Value) -> PyResult<Value> {
    match f.ty().descr_get.get() {
        Some(g) => g(f, Some(obj), &obj.ty().as_value()),
        None => Ok(f.clone()),
    }
}

/// Attribute lookup on a class (type.__getattribute__).
pub fn type_getattro(cls: &Value, name: &Value) -> PyResult<Value> {
    // SAFETY: getattro of type is only used for type objects.
    let t = unsafe { as_type(cls) };
    let meta = cls.ty();
    let meta_attr = meta.lookup(name);
    if let Some(ma) = &meta_attr {
        let mty = ma.ty();
        if mty.descr_set.get().is_some() {
            if let Some(g) = mty.descr_get.get() {
                return g(ma, Some(cls), &meta.as_value());
            }
        }
    }
    if let Some(attr) = t.lookup(name) {
        if let Some(g) = attr.ty().descr_get.get() {
            return g(&attr, None, cls);
        }
        return Ok(attr);
    }
    if let Some(ma) = meta_attr {
        if let Some(g) = ma.ty().descr_get.get() {
            return g(&ma, Some(cls), &meta.as_value());
        }
        return Ok(ma);
    }
    if meta.is_heap() && meta.has_flag(flags::HAS_GETATTR) {
        let ga = meta.lookup_str("__getattr__").expect("flagged");
        return protocol::call_unbound(&ga, cls, std::slice::from_ref(name));
    }
    let e = attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        t.name(),
        pystr::as_str(name).unwrap_or("?")
    ));
    let _ = crate::types::exceptions::set_attr(&e.exc, "name", name.clone());
    let _ = crate::types::exceptions::set_attr(&e.exc, "obj", cls.clone());
    Err(e)
}

/// Attribute store on a class (type.__setattr__).
pub fn type_setattro(cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    // SAFETY: only used for type objects.
    let t = unsafe { as_type(cls) };
    let meta = cls.ty();
    if let Some(ma) = meta.lookup(name) {
        if let Some(s) = ma.ty().descr_set.get() {
            return s(&ma, cls, value);
        }
    }
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            pystr::as_str(name).unwrap_or("?"),
            t.name()
        )));
    }
    let d = t.dict_value();
    let name = pystr::intern_value(name);
    match value {
        Some(v) => dict::set_item(&d, name.clone(), v)?,
        None => {
            if !dict::del_item_if_present(&d, &name)? {
                return Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    t.name(),
                    pystr::as_str(&name).unwrap_or("?")
                )));
            }
        }
    }
    t.modified();
    if pystr::as_str(&name)
        .map(|s| s.starts_with("__"))
        .unwrap_or(false)
    {
        update_slots(t);
        t.update_dunder_flags();
    }
    Ok(())
}

// ---------------------------------------------------------------- slot wrappers for heap types

fn slot_call(f: &Value, a: &Args) -> PyResult<Value> {
    match f.ty().lookup_str("__call__") {
        Some(m) => protocol::call(&bind_for_call(&m, f)?, a),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            f.ty().name()
        ))),
    }
}

fn slot_descr_get(d: &Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    let m = d
        .ty()
        .lookup_str("__get__")
        .expect("slot installed with __get__");
    let o = obj.cloned().unwrap_or_else(none::none);
    protocol::call_unbound(&m, d, &[o, owner.clone()])
}

fn slot_descr_set(d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => match d.ty().lookup_str("__set__") {
            Some(m) => protocol::call_unbound(&m, d, &[obj.clone(), v]).map(|_| ()),
            None => Err(attribute_error("__set__")),
        },
        None => match d.ty().lookup_str("__delete__") {
            Some(m) => protocol::call_unbound(&m, d, std::slice::from_ref(obj)).map(|_| ()),
            None => Err(attribute_error("__delete__")),
        },
    }
}

fn slot_iternext(it: &Value) -> PyResult<Option<Value>> {
    let m = it
        .ty()
        .lookup_str("__next__")
        .expect("slot installed with __next__");
    match protocol::call_unbound(&m, it, &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}

fn defines(t: &TypeObject, name: &str) -> Option<bool> {
    let found = t.lookup_string(name)?;
    Some(!found.ty().is_heap() && function::is_native_method(&found))
}

/// Recomputes the native slots of a heap type from its dunders.
pub fn update_slots(t: &TypeObject) {
    let base = t.base.get();
    // SAFETY: a heap type always has a live base.
    let base = unsafe { &*base };
    let (call, dget, dset, inext) = (
        base.call.get(),
        base.descr_get.get(),
        base.descr_set.get(),
        base.iternext.get(),
    );
    t.call.set(match defines(t, "__call__") {
        Some(false) => Some(slot_call),
        _ => call,
    });
    t.descr_get.set(match defines(t, "__get__") {
        Some(false) => Some(slot_descr_get),
        _ => dget,
    });
    let has_set = matches!(defines(t, "__set__"), Some(false))
        || matches!(defines(t, "__delete__"), Some(false));
    t.descr_set
        .set(if has_set { Some(slot_descr_set) } else { dset });
    t.iternext.set(match defines(t, "__next__") {
        Some(false) => Some(slot_iternext),
        _ => inext,
    });
    t.getattro.set(base.getattro.get());
    t.setattro.set(base.setattro.get());
    let subs = t.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: registered subclasses are live.
        update_slots(unsafe { &*s });
    }
}

// ---------------------------------------------------------------- class creation

/// C3 linearization of `t` with `bases`.
fn compute_mro(t: *const TypeObject, bases: &[Value]) -> PyResult<Vec<*const TypeObject>> {
    let mut seqs: Vec<Vec<*const TypeObject>> = Vec::new();
    for b in bases {
        let bt = downcast_type(b).expect("bases are types");
        seqs.push(bt.mro.borrow().clone());
    }
    seqs.push(
        bases
            .iter()
            .map(|b| downcast_type(b).unwrap() as *const TypeObject)
            .collect(),
    );
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                chosen = Some(cand);
                break;
            }
        }
        match chosen {
            Some(c) => {
                out.push(c);
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for b in bases {
                    let n = downcast_type(b).unwrap().name();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

fn solid_layout(t: &TypeObject) -> &'static Layout {
    t.layout.get()
}

/// Picks the base whose layout instances will use ("best base").
fn best_base(bases: &[Value]) -> PyResult<&TypeObject> {
    let mut winner: Option<&TypeObject> = None;
    for b in bases {
        let bt = downcast_type(b).ok_or_else(|| type_error("bases must be types"))?;
        if !bt.has_flag(flags::BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
        match winner {
            None => winner = Some(bt),
            Some(w) => {
                let (lw, lb) = (solid_layout(w), solid_layout(bt));
                if std::ptr::eq(lw, lb)
                    || std::ptr::eq(lb, &OBJECT_SUB_LAYOUT)
                    || std::ptr::eq(lb, &crate::types::object::OBJECT_LAYOUT)
                {
                    continue;
                }
                if std::ptr::eq(lw, &OBJECT_SUB_LAYOUT)
                    || std::ptr::eq(lw, &crate::types::object::OBJECT_LAYOUT)
                    || bt.is_subtype(w)
                {
                    winner = Some(bt);
                } else if !w.is_subtype(bt) {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok(winner.unwrap_or(&OBJECT_TYPE))
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
pub fn calculate_metaclass(meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.ty().as_value();
        let wt = downcast_type(&winner).ok_or_else(|| type_error("metaclass must be a type"))?;
        let bt = downcast_type(&bm).unwrap();
        if wt.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(wt) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn type_new(a: &Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() == 2
        && downcast_type(&pos[0])
            .map(|t| std::ptr::eq(t, &TYPE_TYPE))
            .unwrap_or(false)
    {
        return Ok(pos[1].ty().as_value());
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let meta = &pos[0];
    let name = pystr::as_str(&pos[1]).ok_or_else(|| {
        type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[1].ty().name()
        ))
    })?;
    let bases = tuple::downcast(&pos[2]).ok_or_else(|| {
        type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[2].ty().name()
        ))
    })?;
    let ns = dict::downcast(&pos[3]).ok_or_else(|| {
        type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[3].ty().name()
        ))
    })?;
    let _ = ns;
    let kwargs: Vec<(Value, Value)> = a
        .kwnames
        .iter()
        .cloned()
        .zip(a.kwvalues().iter().cloned())
        .collect();
    new_class(meta, name, bases.items.to_vec(), &pos[3], &kwargs)
}

/// Creates a class: `type.__new__(meta, name, bases, ns, **kwargs)`.
pub fn new_class(
    meta: &Value,
    name: &str,
    bases: Vec<Value>,
    ns: &Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let meta = calculate_metaclass(meta, &bases)?;
    let bases = if bases.is_empty() {
        vec![OBJECT_TYPE.as_value()]
    } else {
        bases
    };
    let base = best_base(&bases)?;
    let d = dict::new_dict();
    dict::update(&d, ns)?;
    let qualname = match dict::get_item(&d, &pystr::intern("__qualname__"))? {
        Some(q) => {
            let s = pystr::as_str(&q)
                .ok_or_else(|| {
                    type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        q.ty().name()
                    ))
                })?
                .to_string();
            dict::del_item(&d, &pystr::intern("__qualname__"))?;
            s
        }
        None => name.to_string(),
    };
    if dict::get_item(&d, &pystr::intern("__module__"))?.is_none() {
        // type(name, bases, dict) outside a class body: the caller's module.
        if let Some(m) = crate::builtins::caller_module_name() {
            dict::set_str(&d, "__module__", m);
        }
    }
    if dict::get_item(&d, &pystr::intern("__doc__"))?.is_none() {
        dict::set_str(&d, "__doc__", none::none());
    }
    // __new__ is an implicit staticmethod; __init_subclass__ and
    // __class_getitem__ implicit classmethods.
    if let Some(n) = dict::get_item(&d, &pystr::intern("__new__"))? {
        if function::is_plain_function_type(n.ty()) {
            dict::set_str(&d, "__new__", function::new_staticmethod(n));
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_item(&d, &pystr::intern(cm))? {
            if function::is_plain_function_type(f.ty()) {
                dict::set_str(&d, cm, function::new_classmethod(f));
            }
        }
    }
    // SAFETY: meta is a type (calculate_metaclass checked).
    let meta_t = unsafe { as_type(&meta) };
    let mut fl = flags::HEAPTYPE | flags::BASETYPE;
    for b in &bases {
        let bt = downcast_type(b).unwrap();
        fl |= bt.flags.get()
            & (flags::INT_SUBCLASS
                | flags::LIST_SUBCLASS
                | flags::TUPLE_SUBCLASS
                | flags::BYTES_SUBCLASS
                | flags::STR_SUBCLASS
                | flags::DICT_SUBCLASS
                | flags::BASE_EXC_SUBCLASS
                | flags::TYPE_SUBCLASS
                | flags::FLOAT_SUBCLASS);
    }
    // Layout: subclasses of a built-in use its subclass layout; subclasses
    // of a Python class share its layout.
    let layout: &'static Layout = if base.is_heap() {
        base.layout.get()
    } else {
        base.layout.get().subclass.ok_or_else(|| {
            type_error(format!(
                "type '{}' is not an acceptable base type",
                base.name()
            ))
        })?
    };
    // __slots__
    let mut slot_names = Vec::new();
    let mut base_slots = base.nslots.get();
    for b in &bases {
        base_slots = base_slots.max(downcast_type(b).unwrap().nslots.get());
    }
    let mut has_dict_slot = false;
    let slots_val = dict::get_item(&d, &pystr::intern("__slots__"))?;
    if let Some(sv) = &slots_val {
        let names = if pystr::is_str(sv) {
            vec![sv.clone()]
        } else {
            protocol::iterate(sv)?
        };
        for n in names {
            let s = pystr::as_str(&n).ok_or_else(|| {
                type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    n.ty().name()
                ))
            })?;
            if s == "__dict__" {
                has_dict_slot = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            if dict::get_item(&d, &n)?.is_some() {
                return Err(crate::err::value_error(format!(
                    "'{s}' in __slots__ conflicts with class variable"
                )));
            }
            slot_names.push(pystr::intern(s));
        }
    }
    let base_has_dict = bases.iter().any(|b| {
        let bt = downcast_type(b).unwrap();
        bt.is_heap() && !bt.has_flag(flags::NO_DICT)
    });
    if slots_val.is_some() && !has_dict_slot && !base_has_dict {
        fl |= flags::NO_DICT;
    }
    let t = TypeObject {
        head: ObjHeader::new(meta_t),
        name: std::cell::RefCell::new(Cow::Owned(name.to_string())),
        qualname: std::cell::RefCell::new(Cow::Owned(qualname)),
        ..TypeObject::new_static("", &OBJECT_TYPE, fl, layout)
    };
    t.base.set(base);
    t.head.ty.set(meta_t);
    let tv = alloc_gc(t);
    if meta_t.is_heap() {
        std::mem::forget(meta.clone());
    }
    // SAFETY: just created a type.
    let t = unsafe { as_type(&tv) };
    t.nslots.set(base_slots + slot_names.len());
    for (i, n) in slot_names.iter().enumerate() {
        let m = function::new_member_descriptor(n.clone(), base_slots + i, t);
        dict::set_item(&d, n.clone(), m)?;
    }
    *t.slot_names.borrow_mut() = slot_names;
    let mro = compute_mro(t, &bases)?;
    *t.mro.borrow_mut() = mro;
    for b in &bases {
        downcast_type(b).unwrap().subclasses.borrow_mut().push(t);
    }
    *t.bases.borrow_mut() = bases;
    if !t.has_flag(flags::NO_DICT) && t.lookup_str("__dict__").is_none() {
        dict::set_item(
            &d,
            pystr::intern("__dict__"),
            function::new_getset_descriptor(&crate::types::object::DICT_GETSET, &OBJECT_TYPE),
        )?;
    }
    // Plain-function __eq__ without __hash__ makes instances unhashable.
    if dict::get_item(&d, &pystr::intern("__eq__"))?.is_some()
        && dict::get_item(&d, &pystr::intern("__hash__"))?.is_none()
    {
        dict::set_str(&d, "__hash__", none::none());
    }
    t.set_dict(d.clone());
    update_slots(t);
    t.update_dunder_flags();
    // __set_name__ on attributes.
    for (k, v) in dict::items(&d) {
        if let Some(sn) = protocol::lookup_special(&v, "__set_name__") {
            protocol::call_unbound(&sn, &v, &[tv.clone(), k.clone()]).map_err(|e| {
                crate::types::exceptions::add_note_or_wrap(
                    e,
                    format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        v.ty().name(),
                        pystr::as_str(&k).unwrap_or("?"),
                        name
                    ),
                )
            })?;
        }
    }
    // super(cls).__init_subclass__(**kwargs)
    let mro = t.mro.borrow().clone();
    if mro.len() > 1 {
        for &m in &mro[1..] {
            // SAFETY: MRO entries are live.
            let mt = unsafe { &*m };
            if let Some(f) = mt
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| dict::get_str(d, &pystr::intern("__init_subclass__")))
            {
                let bound = match f.ty().descr_get.get() {
                    Some(g) => g(&f, None, &tv)?,
                    None => f,
                };
                let mut all = Vec::new();
                let mut names = Vec::new();
                for (k, v) in kwargs {
                    names.push(k.clone());
                    all.push(v.clone());
                }
                protocol::call(
                    &bound,
                    &Args {
                        all: &all,
                        kwnames: &names,
                    },
                )?;
                break;
            }
        }
    }
    Ok(tv)
}

// ---------------------------------------------------------------- methods and attributes

fn type_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let t = downcast_type(v)
        .ok_or_else(|| type_error("descriptor '__repr__' requires a 'type' object"))?;
    let module = crate::types::object::type_module(t);
    let q = t.qualname.borrow().to_string();
    Ok(pystr::from_string(if module == "builtins" {
        format!("<class '{q}'>")
    } else {
        format!("<class '{module}.{q}'>")
    }))
}

fn type_mro(a: &Args) -> PyResult<Value> {
    let t = downcast_type(&a.pos()[0]).ok_or_else(|| type_error("mro() needs a type"))?;
    let items: Vec<Value> = t
        .mro
        .borrow()
        .iter()
        .map(|&m| unsafe { &*m }.as_value())
        .collect();
    Ok(crate::types::list::new_list(items))
}

fn type_subclasses(a: &Args) -> PyResult<Value> {
    let t =
        downcast_type(&a.pos()[0]).ok_or_else(|| type_error("__subclasses__() needs a type"))?;
    let items: Vec<Value> = t
        .subclasses
        .borrow()
        .iter()
        .map(|&m| unsafe { &*m }.as_value())
        .collect();
    Ok(crate::types::list::new_list(items))
}

fn type_instancecheck(a: &Args) -> PyResult<Value> {
    let p = a.check("__instancecheck__", 2, 2)?;
    let t = downcast_type(&p[0]).ok_or_else(|| type_error("__instancecheck__ needs a type"))?;
    Ok(crate::types::bool_::new_bool(p[1].ty().is_subtype(t)))
}

fn type_subclasscheck(a: &Args) -> PyResult<Value> {
    let p = a.check("__subclasscheck__", 2, 2)?;
    let t = downcast_type(&p[0]).ok_or_else(|| type_error("__subclasscheck__ needs a type"))?;
    let c = downcast_type(&p[1]).ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    Ok(crate::types::bool_::new_bool(c.is_subtype(t)))
}

fn type_prepare(_a: &Args) -> PyResult<Value> {
    Ok(dict::new_dict())
}

fn type_init(_a: &Args) -> PyResult<Value> {
    Ok(none::none())
}

fn type_dir(a: &Args) -> PyResult<Value> {
    let t = downcast_type(&a.pos()[0]).ok_or_else(|| type_error("__dir__ needs a type"))?;
    let d = dict::new_dict();
    for &m in t.mro.borrow().iter() {
        // SAFETY: MRO entries are live.
        if let Some(md) = unsafe { &*m }.dict.borrow().as_ref() {
            for (k, _) in dict::items(md) {
                dict::set_item(&d, k, none::none())?;
            }
        }
    }
    Ok(crate::types::list::new_list(
        dict::downcast(&d).unwrap().keys(),
    ))
}

fn type_or(a: &Args) -> PyResult<Value> {
    let p = a.check("__or__", 2, 2)?;
    Ok(tuple::new_tuple(vec![p[0].clone(), p[1].clone()]))
}

fn as_t(v: &Value) -> PyResult<&TypeObject> {
    downcast_type(v).ok_or_else(|| type_error("descriptor requires a 'type' object"))
}

fn get_name(v: &Value) -> PyResult<Value> {
    let t = as_t(v)?;
    let n = t.name.borrow();
    Ok(pystr::new_str(n.rsplit('.').next().unwrap_or(&n)))
}
fn set_name(v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = as_t(v)?;
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let val = val.ok_or_else(|| type_error("cannot delete '__name__' attribute"))?;
    let s = pystr::as_str(&val).ok_or_else(|| {
        type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            val.ty().name()
        ))
    })?;
    *t.name.borrow_mut() = Cow::Owned(s.to_string());
    Ok(())
}
fn get_qualname(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&as_t(v)?.qualname.borrow()))
}
fn set_qualname(v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = as_t(v)?;
    let val = val.ok_or_else(|| type_error("cannot delete '__qualname__' attribute"))?;
    let s =
        pystr::as_str(&val).ok_or_else(|| type_error("can only assign string to __qualname__"))?;
    *t.qualname.borrow_mut() = Cow::Owned(s.to_string());
    Ok(())
}
fn get_mro(v: &Value) -> PyResult<Value> {
    let t = as_t(v)?;
    let items: Vec<Value> = t
        .mro
        .borrow()
        .iter()
        .map(|&m| unsafe { &*m }.as_value())
        .collect();
    Ok(tuple::new_tuple(items))
}
fn get_bases(v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(as_t(v)?.bases.borrow().clone()))
}
fn get_base(v: &Value) -> PyResult<Value> {
    let b = as_t(v)?.base.get();
    if b.is_null() {
        Ok(none::none())
    } else {
        // SAFETY: base is live.
        Ok(unsafe { &*b }.as_value())
    }
}
fn get_dict(v: &Value) -> PyResult<Value> {
    Ok(crate::types::mappingproxy(as_t(v)?.dict_value()))
}
fn get_module(v: &Value) -> PyResult<Value> {
    let t = as_t(v)?;
    if t.is_heap() {
        if let Some(m) = dict::get_str(&t.dict_value(), &pystr::intern("__module__")) {
            return Ok(m);
        }
    }
    Ok(pystr::new_str(&crate::types::object::type_module(t)))
}
fn set_module(v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = as_t(v)?;
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    let d = t.dict_value();
    match val {
        Some(x) => dict::set_item(&d, pystr::intern("__module__"), x),
        None => dict::del_item(&d, &pystr::intern("__module__")),
    }
}
fn get_doc(v: &Value) -> PyResult<Value> {
    let t = as_t(v)?;
    let d = t.dict_value();
    match dict::get_str(&d, &pystr::intern("__doc__")) {
        Some(doc) => match doc.ty().descr_get.get() {
            Some(g) if t.is_heap() => g(&doc, None, v),
            _ => Ok(doc),
        },
        None => Ok(none::none()),
    }
}
fn set_doc(v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = as_t(v)?;
    if !t.is_heap() {
        return Err(type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            t.name()
        )));
    }
    dict::set_item(
        &t.dict_value(),
        pystr::intern("__doc__"),
        val.unwrap_or_else(none::none),
    )
}
fn get_abstractmethods(v: &Value) -> PyResult<Value> {
    let t = as_t(v)?;
    match dict::get_str(&t.dict_value(), &pystr::intern("__abstractmethods__")) {
        Some(x) if t.is_heap() => Ok(x),
        _ => Err(attribute_error("__abstractmethods__")),
    }
}
fn set_abstractmethods(v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = as_t(v)?;
    let d = t.dict_value();
    match val {
        Some(x) => {
            let abstract_ = protocol::truthy(&x)?;
            dict::set_item(&d, pystr::intern("__abstractmethods__"), x)?;
            let f = t.flags.get();
            t.flags.set(if abstract_ {
                f | flags::IS_ABSTRACT
            } else {
                f & !flags::IS_ABSTRACT
            });
            Ok(())
        }
        None => dict::del_item(&d, &pystr::intern("__abstractmethods__")),
    }
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", type_new),
    crate::types::method("__init__", type_init),
    crate::types::method("__repr__", type_repr),
    crate::types::method("mro", type_mro),
    crate::types::method("__subclasses__", type_subclasses),
    crate::types::method("__instancecheck__", type_instancecheck),
    crate::types::method("__subclasscheck__", type_subclasscheck),
    crate::types::classmethod("__prepare__", type_prepare),
    crate::types::method("__dir__", type_dir),
    crate::types::method("__or__", type_or),
    crate::types::method("__ror__", type_or),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: get_name,
        set: Some(set_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: get_qualname,
        set: Some(set_qualname),
    },
    GetSetDef {
        name: "__mro__",
        get: get_mro,
        set: None,
    },
    GetSetDef {
        name: "__bases__",
        get: get_bases,
        set: None,
    },
    GetSetDef {
        name: "__base__",
        get: get_base,
        set: None,
    },
    GetSetDef {
        name: "__dict__",
        get: get_dict,
        set: None,
    },
    GetSetDef {
        name: "__module__",
        get: get_module,
        set: Some(set_module),
    },
    GetSetDef {
        name: "__doc__",
        get: get_doc,
        set: Some(set_doc),
    },
    GetSetDef {
        name: "__abstractmethods__",
        get: get_abstractmethods,
        set: Some(set_abstractmethods),
    },
];

pub fn init() {
    TYPE_TYPE.call.set(Some(type_call));
    TYPE_TYPE.getattro.set(Some(type_getattro));
    TYPE_TYPE.setattro.set(Some(type_setattro));
    crate::types::init_builtin_type(&TYPE_TYPE, METHODS, GETSETS);
}

/// `TypeError` raised by class creation helpers, re-exported for the interpreter.
pub fn class_error(msg: &str) -> PyErr {
    type_error(msg.to_string())
}
