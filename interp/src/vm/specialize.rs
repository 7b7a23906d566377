//! Adaptive specialization (PEP 659).
//!
//! Every code object carries a mutable copy of its instructions and one
//! [`InlineCache`] per instruction. A generic instruction (`LOAD_ATTR`,
//! `CALL`, ...) counts down its cache's counter; at zero it looks at the
//! operands it is about to work on and, if they are of a kind worth it,
//! rewrites itself in place into a specialized form (`LOAD_ATTR_INSTANCE_VALUE`,
//! `CALL_PY_EXACT_ARGS`, ...) whose cache holds what the fast path needs:
//! type versions, shape ids, dict versions, slot indexes, borrowed values.
//! If specializing fails, the counter restarts with an exponential backoff.
//!
//! A specialized instruction checks its guards; on a miss it runs the
//! generic code for this execution and spends one unit of a miss budget.
//! When the budget is gone the instruction reverts to its generic form,
//! which may specialize again later (with backoff). So specialization never
//! changes behaviour: every fast path is guarded by facts that, while they
//! hold, make it compute exactly what the generic path would.
//!
//! Borrowed values in caches (methods, globals, class attributes) are only
//! read while the guarding version matches, and a matching version means the
//! dict that holds them has not changed since, so they are alive.

pub mod fast;
pub mod mega;

use super::codeval::{code_data, CodeData};
use crate::bytecode::Opcode;
use crate::code::flags as co_flags;
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::shape::MAX_SHAPE_ATTRS;
use krait_runtime::typeobj::{downcast_type, flags};
use krait_runtime::types::function::{self, downcast_function, NativeFunction};
use krait_runtime::types::{dict, float, module, object, str as pystr};
use std::cell::Cell;

/// The per-instruction cache. The meaning of `index`, `a`, `b` and `c`
/// depends on the specialized instruction (see the `specialize_*` functions).
#[derive(Default)]
pub struct InlineCache {
    /// Generic instruction: executions left before the next specialization
    /// attempt. Specialized instruction: guard misses left before reverting.
    pub counter: Cell<u16>,
    /// Failed attempts so far (exponential backoff).
    pub backoff: Cell<u8>,
    pub index: Cell<u32>,
    pub a: Cell<u64>,
    pub b: Cell<u64>,
    pub c: Cell<u64>,
    pub d: Cell<u64>,
    /// A second (type version, shape id, index or value, storage offset)
    /// for instance attribute and method sites that see two classes (a
    /// base-class method called on two subclasses); version 0 = unused.
    pub second: [Cell<u64>; 4],
}

/// Generic executions before the first specialization attempt.
pub const WARMUP: u16 = 1;
/// Guard misses a specialized instruction tolerates before reverting.
const MISS_BUDGET: u16 = 32;
/// Largest backoff exponent (attempts every 4096 executions at worst).
const MAX_BACKOFF: u8 = 12;

/// Whether a generic instruction should try to specialize now.
#[inline(always)]
pub fn ready(c: &InlineCache) -> bool {
    let n = c.counter.get();
    if n == 0 {
        true
    } else {
        c.counter.set(n - 1);
        false
    }
}

fn set_op(code: &CodeData, at: usize, op: Opcode) {
    let cell = &code.instrs[at];
    let mut i = cell.get();
    i.set_op(op);
    cell.set(i);
}

fn specialized(code: &CodeData, at: usize, op: Opcode) {
    set_op(code, at, op);
    let c = code.cache(at);
    c.counter.set(MISS_BUDGET);
}

fn failed(code: &CodeData, at: usize) {
    let c = code.cache(at);
    let b = (c.backoff.get() + 1).min(MAX_BACKOFF);
    c.backoff.set(b);
    c.counter.set((1u16 << b) - 1);
}

/// A specialized instruction's guard failed (the caller then runs the
/// generic code). Reverts the instruction when its miss budget is spent.
#[cold]
#[inline(never)]
pub fn miss(code: &CodeData, at: usize) {
    let c = code.cache(at);
    let n = c.counter.get();
    if n == 0 {
        let base = code.instrs[at].get().op().base();
        set_op(code, at, base);
        failed(code, at);
    } else {
        c.counter.set(n - 1);
    }
}

/// The shape of an instance of a Python class (None in dict mode or for
/// objects without attribute storage).
fn shape_of(obj: &Value) -> Option<std::rc::Rc<krait_runtime::shape::Shape>> {
    protocol::instance_ext(obj)?.shape.borrow().clone()
}

/// Where instances of `obj`'s type keep their attribute storage (the fast
/// paths read it from the cache instead of the type's layout).
fn ext_offset(obj: &Value) -> Option<u64> {
    obj.ty().layout.get().ext_offset.map(|o| o as u64)
}

/// The member descriptor's slot index if `d` is one.
fn member_index(d: &Value) -> Option<usize> {
    if d.is_exact(&function::MEMBER_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { d.payload_unchecked::<function::MemberDescr>() }.index)
    } else {
        None
    }
}

/// The module dict's version and the value of `name` in it, for an exact module.
fn module_attr(obj: &Value, name: &Value) -> Option<(u64, Value)> {
    if !obj.is_exact(&module::MODULE_TYPE) {
        return None;
    }
    let d = module::module_dict(obj)?;
    let v = dict::get_str(&d, name)?;
    Some((dict::version(&d), v))
}

/// LOAD_ATTR on `obj`.
pub fn specialize_load_attr(code: &CodeData, at: usize, obj: &Value, name: &Value) {
    let c = code.cache(at);
    if let Some((ver, v)) = module_attr(obj, name) {
        c.a.set(ver);
        c.c.set(v.raw());
        return specialized(code, at, Opcode::LOAD_ATTR_MODULE);
    }
    let ty = obj.ty();
    if ty.version.get() == 0 {
        return failed(code, at);
    }
    if let Some(t) = downcast_type(obj) {
        // `Class.attr` for a plain (non-descriptor) attribute, under `type`
        // itself as the metaclass (no metaclass attribute can interfere).
        if std::ptr::eq(ty, &krait_runtime::types::type_::TYPE_TYPE)
            && t.version.get() != 0
            && krait_runtime::types::type_::TYPE_TYPE
                .lookup(name)
                .is_none()
        {
            if let Some(v) = t.lookup(name) {
                if v.ty().descr_get.get().is_none() {
                    c.a.set(t.version.get());
                    c.c.set(v.raw());
                    return specialized(code, at, Opcode::LOAD_ATTR_TYPE);
                }
            }
        }
        return failed(code, at);
    }
    if ty.getattro.get().is_some() || ty.has_flag(flags::CUSTOM_GETATTRIBUTE) {
        return failed(code, at);
    }
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        if d.ty().descr_set.get().is_some() {
            if let (Some(i), Some(off)) = (member_index(d), ext_offset(obj)) {
                c.a.set(ty.version.get());
                c.index.set(i as u32);
                c.d.set(off);
                return specialized(code, at, Opcode::LOAD_ATTR_SLOT);
            }
            return failed(code, at);
        }
    }
    let (Some(shape), Some(off)) = (shape_of(obj), ext_offset(obj)) else {
        return failed(code, at);
    };
    c.d.set(off);
    match shape.find(name) {
        Some(i) => {
            c.a.set(ty.version.get());
            c.b.set(shape.id);
            c.index.set(i as u32);
            specialized(code, at, Opcode::LOAD_ATTR_INSTANCE_VALUE)
        }
        None => match descr {
            Some(d) if d.ty().descr_get.get().is_none() => {
                c.a.set(ty.version.get());
                c.b.set(shape.id);
                c.c.set(d.raw());
                specialized(code, at, Opcode::LOAD_ATTR_CLASS)
            }
            _ => failed(code, at),
        },
    }
}

/// For a LOAD_ATTR_INSTANCE_VALUE (`method` false) or
/// LOAD_METHOD_WITH_VALUES site whose guard just failed on `obj`: records
/// `obj`'s class and shape as the site's second entry if it is free and
/// `obj` qualifies. True if the entry now covers `obj`.
pub fn fill_second(code: &CodeData, at: usize, obj: &Value, name: &Value, method: bool) -> bool {
    let c = code.cache(at);
    if c.second[0].get() != 0 {
        return false;
    }
    let ty = obj.ty();
    if ty.version.get() == 0
        || ty.getattro.get().is_some()
        || ty.has_flag(flags::CUSTOM_GETATTRIBUTE)
        || ty.has_flag(flags::NO_DICT)
    {
        return false;
    }
    let (Some(shape), Some(off)) = (shape_of(obj), ext_offset(obj)) else {
        return false;
    };
    let descr = ty.lookup(name);
    let word = if method {
        let Some(m) = descr else {
            return false;
        };
        let is_method = function::is_plain_function_type(m.ty())
            || m.is_exact(&function::METHOD_DESCRIPTOR_TYPE);
        if !is_method || shape.find(name).is_some() {
            return false;
        }
        m.raw()
    } else {
        if descr.is_some_and(|d| d.ty().descr_set.get().is_some()) {
            return false;
        }
        match shape.find(name) {
            Some(i) => i as u64,
            None => return false,
        }
    };
    c.second[0].set(ty.version.get());
    c.second[1].set(shape.id);
    c.second[2].set(word);
    c.second[3].set(off);
    true
}

/// STORE_ATTR_INSTANCE_VALUE's miss on `obj`: when the site has no second
/// entry yet, caches `obj`'s class and shape as one if they hold `name` as
/// an instance value (a base-class method setting an attribute on two
/// subclasses' instances). Whether it did.
pub fn fill_second_store(code: &CodeData, at: usize, obj: &Value, name: &Value) -> bool {
    let c = code.cache(at);
    let ty = obj.ty();
    if c.second[0].get() != 0
        || ty.version.get() == 0
        || !ty.is_heap()
        || ty.has_flag(flags::NO_DICT)
        || !plain_setattr(ty)
        || ty
            .lookup(name)
            .is_some_and(|d| d.ty().descr_set.get().is_some())
    {
        return false;
    }
    let (Some(shape), Some(off)) = (shape_of(obj), ext_offset(obj)) else {
        return false;
    };
    let Some(i) = shape.find(name) else {
        return false;
    };
    c.second[0].set(ty.version.get());
    c.second[1].set(shape.id);
    c.second[2].set(i as u64);
    c.second[3].set(off);
    true
}

/// Whether `ty` uses `object.__setattr__` (no Python-level override).
fn plain_setattr(ty: &krait_runtime::typeobj::TypeObject) -> bool {
    ty.setattro.get().is_none()
        && ty
            .lookup_str("__setattr__")
            .is_some_and(|m| function::is_native_of(&m, "__setattr__"))
}

/// STORE_ATTR on `obj`.
pub fn specialize_store_attr(code: &CodeData, at: usize, obj: &Value, name: &Value) {
    let c = code.cache(at);
    let ty = obj.ty();
    if ty.version.get() == 0 || !ty.is_heap() || !plain_setattr(ty) {
        return failed(code, at);
    }
    if let Some(d) = ty.lookup(name) {
        if d.ty().descr_set.get().is_some() {
            if let (Some(i), Some(off)) = (member_index(&d), ext_offset(obj)) {
                c.a.set(ty.version.get());
                c.index.set(i as u32);
                c.d.set(off);
                return specialized(code, at, Opcode::STORE_ATTR_SLOT);
            }
            return failed(code, at);
        }
    }
    if ty.has_flag(flags::NO_DICT) {
        return failed(code, at);
    }
    let (Some(shape), Some(off)) = (shape_of(obj), ext_offset(obj)) else {
        return failed(code, at);
    };
    c.d.set(off);
    match shape.find(name) {
        Some(i) => {
            c.a.set(ty.version.get());
            c.b.set(shape.id);
            c.index.set(i as u32);
            specialized(code, at, Opcode::STORE_ATTR_INSTANCE_VALUE)
        }
        None if shape.names.len() < MAX_SHAPE_ATTRS => {
            let next = shape.with_attr(name);
            c.a.set(ty.version.get());
            c.b.set(shape.id);
            // The transition table of `shape` keeps `next` alive.
            c.c.set(std::rc::Rc::as_ptr(&next) as u64);
            specialized(code, at, Opcode::STORE_ATTR_ADD_VALUE)
        }
        None => failed(code, at),
    }
}

/// LOAD_METHOD on `obj`.
pub fn specialize_load_method(code: &CodeData, at: usize, obj: &Value, name: &Value) {
    let c = code.cache(at);
    if let Some((ver, v)) = module_attr(obj, name) {
        c.a.set(ver);
        c.c.set(v.raw());
        return specialized(code, at, Opcode::LOAD_METHOD_MODULE);
    }
    let ty = obj.ty();
    if ty.version.get() == 0
        || ty.getattro.get().is_some()
        || ty.has_flag(flags::CUSTOM_GETATTRIBUTE)
    {
        return failed(code, at);
    }
    let Some(m) = ty.lookup(name) else {
        return failed(code, at);
    };
    let is_method =
        function::is_plain_function_type(m.ty()) || m.is_exact(&function::METHOD_DESCRIPTOR_TYPE);
    if !is_method {
        return failed(code, at);
    }
    c.a.set(ty.version.get());
    c.c.set(m.raw());
    match protocol::instance_ext(obj) {
        Some(_) if ty.has_flag(flags::NO_DICT) => {
            specialized(code, at, Opcode::LOAD_METHOD_NO_DICT)
        }
        Some(_) => match shape_of(obj) {
            Some(shape) if shape.find(name).is_none() => {
                c.b.set(shape.id);
                c.d.set(ext_offset(obj).unwrap_or(0));
                specialized(code, at, Opcode::LOAD_METHOD_WITH_VALUES)
            }
            _ => failed(code, at),
        },
        None if ty.layout.get().dict_offset.is_none() => {
            specialized(code, at, Opcode::LOAD_METHOD_NO_DICT)
        }
        None => failed(code, at),
    }
}

/// LOAD_GLOBAL of `name`.
pub fn specialize_load_global(
    code: &CodeData,
    at: usize,
    globals: &Value,
    builtins: &Value,
    name: &Value,
) {
    let c = code.cache(at);
    if !globals.is_exact(&dict::DICT_TYPE) || !builtins.is_exact(&dict::DICT_TYPE) {
        return failed(code, at);
    }
    if let Some(v) = dict::get_str(globals, name) {
        c.a.set(dict::version(globals));
        c.c.set(v.raw());
        return specialized(code, at, Opcode::LOAD_GLOBAL_MODULE);
    }
    if let Some(v) = dict::get_str(builtins, name) {
        c.a.set(dict::version(globals));
        c.b.set(dict::version(builtins));
        c.c.set(v.raw());
        return specialized(code, at, Opcode::LOAD_GLOBAL_BUILTIN);
    }
    failed(code, at)
}

/// BINARY_OP `arg` on `a` and `b`.
pub fn specialize_binary_op(code: &CodeData, at: usize, a: &Value, b: &Value, arg: u32) {
    let ints = a.is_small_int() && b.is_small_int();
    let floats = float::exact_f64(a).is_some() && float::exact_f64(b).is_some();
    let strs = a.is_exact(&pystr::STR_TYPE) && b.is_exact(&pystr::STR_TYPE);
    let op = match arg {
        0 | 13 if ints => Opcode::BINARY_OP_ADD_INT,
        0 | 13 if floats => Opcode::BINARY_OP_ADD_FLOAT,
        0 | 13 if strs => Opcode::BINARY_OP_ADD_UNICODE,
        10 | 23 if ints => Opcode::BINARY_OP_SUBTRACT_INT,
        10 | 23 if floats => Opcode::BINARY_OP_SUBTRACT_FLOAT,
        5 | 18 if ints => Opcode::BINARY_OP_MULTIPLY_INT,
        5 | 18 if floats => Opcode::BINARY_OP_MULTIPLY_FLOAT,
        11 | 24 if floats => Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT,
        _ => return failed(code, at),
    };
    specialized(code, at, op)
}

/// COMPARE_OP on `a` and `b`.
pub fn specialize_compare_op(code: &CodeData, at: usize, a: &Value, b: &Value) {
    let op = if a.is_small_int() && b.is_small_int() {
        Opcode::COMPARE_OP_INT
    } else if float::exact_f64(a).is_some() && float::exact_f64(b).is_some() {
        Opcode::COMPARE_OP_FLOAT
    } else if a.is_exact(&pystr::STR_TYPE) && b.is_exact(&pystr::STR_TYPE) {
        Opcode::COMPARE_OP_STR
    } else {
        return failed(code, at);
    };
    specialized(code, at, op)
}

/// Whether a function with code `cd` and `ndefaults` defaults can be
/// called with `n` positional arguments by moving them into its first
/// slots (and the last defaults after them): positional parameters only,
/// and a plain function (not a generator).
fn simple_code(cd: &CodeData, n: usize, ndefaults: usize) -> bool {
    let co = &cd.code;
    let argcount = co.argcount as usize;
    argcount >= n
        && argcount - n <= ndefaults
        && co.kwonlyargcount == 0
        && co.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
        && !cd.is_generator
        && !cd.is_coroutine
        && !cd.is_async_generator
}

/// The code of Python function `f` if a call with `n` positional arguments
/// (missing ones from the defaults) can enter it directly.
pub fn exact_code(f: &Value, n: usize) -> Option<*const CodeData> {
    let func = downcast_function(f)?;
    let ndefaults = func
        .defaults
        .borrow()
        .as_ref()
        .and_then(|d| krait_runtime::types::tuple::downcast(d).map(|t| t.items.len()))
        .unwrap_or(0);
    let code_v = func.code.borrow().clone();
    let cd = code_data(&code_v)?;
    simple_code(cd, n, ndefaults).then_some(std::rc::Rc::as_ptr(cd))
}

/// CALL of `callable` with `nargs` positional values (self included).
pub fn specialize_call(
    code: &CodeData,
    at: usize,
    callable: &Value,
    is_meth: bool,
    nargs: usize,
    has_kw: bool,
) {
    let c = code.cache(at);
    if has_kw {
        return failed(code, at);
    }
    if let Some(func) = downcast_function(callable) {
        if let Some(cd) = exact_code(callable, nargs) {
            c.a.set(func.version.get());
            c.c.set(cd as u64);
            // SAFETY: just obtained from the live function.
            let data: &CodeData = unsafe { &*cd };
            let exact = data.code.argcount as usize == nargs;
            let op = if exact {
                Opcode::CALL_PY_EXACT_ARGS
            } else {
                Opcode::CALL_PY_WITH_DEFAULTS
            };
            return specialized(code, at, op);
        }
        return failed(code, at);
    }
    if !is_meth {
        if let Some((f, _)) = function::bound_method_parts(callable) {
            if let (Some(func), Some(cd)) = (downcast_function(f), exact_code(f, nargs + 1)) {
                c.a.set(func.version.get());
                c.c.set(cd as u64);
                return specialized(code, at, Opcode::CALL_BOUND_METHOD_EXACT_ARGS);
            }
            return failed(code, at);
        }
    }
    if callable.is_exact(&function::BUILTIN_FUNCTION_TYPE) {
        // SAFETY: checked type.
        let nf = unsafe { callable.payload_unchecked::<NativeFunction>() };
        if !nf.new_owner.is_null() || (is_meth && nf.self_.is_some()) {
            return failed(code, at);
        }
        if let Some(s) = &nf.self_ {
            c.a.set(nf.def as *const _ as u64);
            c.b.set(!module::is_module(s) as u64);
            return specialized(code, at, Opcode::CALL_BUILTIN_BOUND);
        }
        c.a.set(nf.def as *const _ as u64);
        let op = match (nf.def.name, nargs) {
            ("len", 1) if is_builtin(callable, "len") => Opcode::CALL_BUILTIN_LEN,
            ("isinstance", 2) if is_builtin(callable, "isinstance") => {
                Opcode::CALL_BUILTIN_ISINSTANCE
            }
            _ => Opcode::CALL_BUILTIN_FAST,
        };
        return specialized(code, at, op);
    }
    if is_meth && callable.is_exact(&function::METHOD_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        let md = unsafe { callable.payload_unchecked::<function::MethodDescr>() };
        c.a.set(md.def as *const _ as u64);
        return specialized(code, at, Opcode::CALL_METHOD_DESCRIPTOR_FAST);
    }
    if !is_meth {
        if let Some(t) = downcast_type(callable) {
            if let Some((new, init)) = builtin_class_target(t, nargs) {
                c.a.set(callable.raw());
                c.b.set(new);
                c.c.set(init);
                c.d.set(t as *const _ as u64);
                return specialized(code, at, Opcode::CALL_BUILTIN_CLASS);
            }
            if let Some((init, cd)) = init_target(t, callable, nargs) {
                let Some(f) = downcast_function(&init) else {
                    return failed(code, at);
                };
                c.a.set(t.version.get());
                c.b.set(f.version.get());
                c.c.set(init.raw());
                c.d.set(cd as u64);
                return specialized(code, at, Opcode::CALL_ALLOC_AND_ENTER_INIT);
            }
        }
    }
    failed(code, at)
}

/// For a call of built-in class `t` with `nargs` positional arguments: its
/// native `__new__` and its native `__init__` (0 when it is
/// `object.__init__`, which does nothing for a class with its own
/// `__new__`), as MethodDef addresses. `type(x)` is marked by a `__new__` of
/// 0. Built-in classes are immutable, so the class's identity is the guard.
fn builtin_class_target(
    t: &krait_runtime::typeobj::TypeObject,
    nargs: usize,
) -> Option<(u64, u64)> {
    use krait_runtime::types::object::OBJECT_TYPE;
    if t.is_heap() {
        return None;
    }
    if std::ptr::eq(t, &krait_runtime::types::type_::TYPE_TYPE) {
        return (nargs == 1).then_some((0, 0));
    }
    let new = function::unwrap_staticmethod(&t.lookup_str("__new__")?);
    if !new.is_exact(&function::BUILTIN_FUNCTION_TYPE) {
        return None;
    }
    // SAFETY: checked type.
    let nf = unsafe { new.payload_unchecked::<NativeFunction>() };
    if nf.self_.is_some() || std::ptr::eq(t, &OBJECT_TYPE) {
        return None;
    }
    let object_new = function::unwrap_staticmethod(&OBJECT_TYPE.lookup_str("__new__")?);
    if new.is(&object_new) {
        // object.__new__ leaves the argument checks to __init__.
        return None;
    }
    let init = t.lookup_str("__init__")?;
    let init_def = if OBJECT_TYPE
        .lookup_str("__init__")
        .is_some_and(|o| o.is(&init))
    {
        0
    } else if init.is_exact(&function::METHOD_DESCRIPTOR_TYPE) {
        // SAFETY: checked type.
        let md = unsafe { init.payload_unchecked::<function::MethodDescr>() };
        md.def as *const _ as u64
    } else {
        return None;
    };
    Some((nf.def as *const _ as u64, init_def))
}

/// Whether `f` is the builtins module's function `name`.
fn is_builtin(f: &Value, name: &'static str) -> bool {
    let b = krait_runtime::builtins::builtins_module();
    match module::module_dict(&b).and_then(|d| dict::get_str(&d, &pystr::intern_static(name))) {
        Some(x) => x.is(f),
        None => false,
    }
}

/// For `cls(*args)` on a plain class: the Python `__init__` (taking self
/// and `nargs` arguments) to enter after allocating the instance with
/// `object.__new__`.
fn init_target(
    t: &krait_runtime::typeobj::TypeObject,
    cls: &Value,
    nargs: usize,
) -> Option<(Value, *const CodeData)> {
    if !std::ptr::eq(cls.ty(), &krait_runtime::types::type_::TYPE_TYPE)
        || !t.is_heap()
        || t.version.get() == 0
        || t.has_flag(flags::IS_ABSTRACT)
        || !std::ptr::eq(t.layout.get(), &object::OBJECT_SUB_LAYOUT)
    {
        return None;
    }
    let new = t.lookup_str("__new__")?;
    let object_new = object::OBJECT_TYPE.lookup_str("__new__")?;
    if !new.is(&object_new) {
        return None;
    }
    let init = t.lookup_str("__init__")?;
    let cd = exact_code(&init, nargs + 1)?;
    Some((init, cd))
}

/// FOR_ITER on iterator `it`.
pub fn specialize_for_iter(code: &CodeData, at: usize, it: &Value) {
    use krait_runtime::types::{iter, range};
    let op = if it.is_exact(&range::RANGE_ITER_TYPE) {
        Opcode::FOR_ITER_RANGE
    } else if it.is_exact(&iter::LIST_ITER_TYPE) {
        Opcode::FOR_ITER_LIST
    } else if it.is_exact(&iter::TUPLE_ITER_TYPE) {
        Opcode::FOR_ITER_TUPLE
    } else if it.is_exact(&super::generator::GENERATOR_TYPE) {
        Opcode::FOR_ITER_GEN
    } else {
        return failed(code, at);
    };
    specialized(code, at, op)
}

/// BINARY_SUBSCR of `container[key]`.
pub fn specialize_binary_subscr(code: &CodeData, at: usize, container: &Value, key: &Value) {
    use krait_runtime::types::{list, tuple};
    let op = if container.is_exact(&list::LIST_TYPE) && key.is_small_int() {
        Opcode::BINARY_SUBSCR_LIST_INT
    } else if container.is_exact(&tuple::TUPLE_TYPE) && key.is_small_int() {
        Opcode::BINARY_SUBSCR_TUPLE_INT
    } else if container.is_exact(&dict::DICT_TYPE) {
        Opcode::BINARY_SUBSCR_DICT
    } else {
        return failed(code, at);
    };
    specialized(code, at, op)
}

/// STORE_SUBSCR of `container[key]`.
pub fn specialize_store_subscr(code: &CodeData, at: usize, container: &Value, key: &Value) {
    use krait_runtime::types::list;
    let op = if container.is_exact(&list::LIST_TYPE) && key.is_small_int() {
        Opcode::STORE_SUBSCR_LIST_INT
    } else if container.is_exact(&dict::DICT_TYPE) {
        Opcode::STORE_SUBSCR_DICT
    } else {
        return failed(code, at);
    };
    specialized(code, at, op)
}

/// UNPACK_SEQUENCE of `seq` into `n` values.
pub fn specialize_unpack_sequence(code: &CodeData, at: usize, seq: &Value, n: usize) {
    use krait_runtime::types::{list, tuple};
    let op = if let Some(t) = tuple::downcast(seq).filter(|_| seq.is_exact(&tuple::TUPLE_TYPE)) {
        if t.items.len() != n {
            return failed(code, at);
        }
        if n == 2 {
            Opcode::UNPACK_SEQUENCE_TWO_TUPLE
        } else {
            Opcode::UNPACK_SEQUENCE_TUPLE
        }
    } else if seq.is_exact(&list::LIST_TYPE) {
        Opcode::UNPACK_SEQUENCE_LIST
    } else {
        return failed(code, at);
    };
    specialized(code, at, op)
}
