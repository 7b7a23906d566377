//! The object protocols: attribute access, calls, operators, comparison,
//! hashing, truth, iteration, subscription, repr/str — Python's data model
//! as the interpreter and the built-in types use it.
//!
//! Dispatch follows CPython: special methods are looked up on the type (never
//! the instance), binary operators try the reflected method of a right
//! operand whose type is a subclass first, comparisons fall back to identity
//! for `==`/`!=`. Exact built-in types take fast paths before any lookup.

use crate::args::Args;
use crate::err::{attribute_error, type_error, PyErr, PyResult};
use crate::object::Value;
use crate::typeobj::{downcast_type, flags, TypeObject};
use crate::types::exceptions as exc;
use crate::types::{bool_, dict, float, int, none, str as pystr, tuple};

// ---------------------------------------------------------------- calls

/// `f(*args, **kw)` in vectorcall form.
pub fn call(f: &Value, args: &Args) -> PyResult<Value> {
    let ty = f.ty();
    if let Some(c) = ty.call.get() {
        return c(f, args);
    }
    if let Some(m) = ty.lookup(&crate::interned!("__call__")) {
        return call_with_self(&m, f, args);
    }
    Err(type_error(format!(
        "'{}' object is not callable",
        ty.name()
    )))
}

/// `f(*args)`.
pub fn call_pos(f: &Value, args: &[Value]) -> PyResult<Value> {
    call(f, &Args::pos_only(args))
}

/// Calls an unbound function `m` with `slf` prepended to `args`.
pub fn call_with_self(m: &Value, slf: &Value, args: &Args) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.all.len() + 1);
    all.push(slf.clone());
    all.extend(args.all.iter().cloned());
    call(
        m,
        &Args {
            all: &all,
            kwnames: args.kwnames,
        },
    )
}

/// Whether `v` is callable.
pub fn callable(v: &Value) -> bool {
    v.ty().call.get().is_some() || v.ty().lookup(&crate::interned!("__call__")).is_some()
}

/// Looks up special method `name` on the type of `v` (no instance dict).
pub fn lookup_special(v: &Value, name: &'static str) -> Option<Value> {
    v.ty().lookup(&pystr::intern_static(name))
}

/// Calls special method `name` of `v` with `args` if the type has it.
pub fn call_special(v: &Value, name: &'static str, args: &[Value]) -> Option<PyResult<Value>> {
    let m = lookup_special(v, name)?;
    Some(call_unbound(&m, v, args))
}

/// Calls a method found on a type with `slf` bound, via its descriptor if
/// it is not a plain function.
pub fn call_unbound(m: &Value, slf: &Value, args: &[Value]) -> PyResult<Value> {
    let mty = m.ty();
    if let Some(def) = crate::types::function::method_descr_def(m, slf) {
        // A native method of the object's type: call it directly, no binding
        // (and no allocation for the common arities).
        let prev = crate::args::set_self_counted(true);
        let call = |all: &[Value]| crate::types::function::call_native(def, &Args::pos_only(all));
        let r = match args {
            [] => call(std::slice::from_ref(slf)),
            [a] => call(&[slf.clone(), a.clone()]),
            [a, b] => call(&[slf.clone(), a.clone(), b.clone()]),
            _ => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(slf.clone());
                all.extend_from_slice(args);
                call(&all)
            }
        };
        crate::args::set_self_counted(prev);
        return r;
    }
    if crate::types::function::is_plain_function_type(mty) {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(slf.clone());
        all.extend_from_slice(args);
        return call_pos(m, &all);
    }
    let bound = match mty.descr_get.get() {
        Some(g) => g(m, Some(slf), &slf.ty().as_value())?,
        None => m.clone(),
    };
    call_pos(&bound, args)
}

/// `obj.name(*args)`.
pub fn call_method(obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = getattr(obj, &pystr::intern(name))?;
    call_pos(&f, args)
}

// ---------------------------------------------------------------- attributes

/// The attribute storage of an instance of a Python class, if any.
pub fn instance_ext(v: &Value) -> Option<&crate::shape::InstanceExt> {
    if v.is_small_int() {
        return None;
    }
    let off = v.ty().layout.get().ext_offset?;
    // SAFETY: the layout says an InstanceExt lives at `off`.
    Some(unsafe { &*((v.ptr() as *const u8).add(off) as *const crate::shape::InstanceExt) })
}

/// `getattr(v, name)`.
pub fn getattr(v: &Value, name: &Value) -> PyResult<Value> {
    let ty = v.ty();
    if let Some(g) = ty.getattro.get() {
        return g(v, name);
    }
    if ty.has_flag(flags::CUSTOM_GETATTRIBUTE) {
        let ga = ty
            .lookup(&crate::interned!("__getattribute__"))
            .expect("flagged");
        let r = call_unbound(&ga, v, std::slice::from_ref(name));
        return match r {
            Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) && ty.has_flag(flags::HAS_GETATTR) => {
                getattr_hook(v, name)
            }
            r => r,
        };
    }
    match generic_getattr(v, name)? {
        Some(x) => Ok(x),
        None => {
            if ty.has_flag(flags::HAS_GETATTR) {
                return getattr_hook(v, name);
            }
            Err(no_attribute(v, name))
        }
    }
}

fn getattr_hook(v: &Value, name: &Value) -> PyResult<Value> {
    let ga = v
        .ty()
        .lookup(&crate::interned!("__getattr__"))
        .expect("flagged");
    call_unbound(&ga, v, std::slice::from_ref(name))
}

/// The AttributeError for a missing attribute (with `name` and `obj` set).
pub fn no_attribute(v: &Value, name: &Value) -> PyErr {
    let e = attribute_error(format!(
        "'{}' object has no attribute '{}'",
        v.ty().name(),
        name.as_str_lossy_()
    ));
    let _ = crate::types::exceptions::set_attr(&e.exc, "name", name.clone());
    let _ = crate::types::exceptions::set_attr(&e.exc, "obj", v.clone());
    e
}

trait Lossy {
    fn as_str_lossy_(&self) -> &str;
}
impl Lossy for Value {
    fn as_str_lossy_(&self) -> &str {
        pystr::as_str(self).unwrap_or("?")
    }
}

/// `getattr(v, "name")`.
pub fn getattr_str(v: &Value, name: &str) -> PyResult<Value> {
    getattr(v, &pystr::intern(name))
}

/// `getattr(v, name, None)`-like: AttributeError becomes `None`.
pub fn getattr_opt(v: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(v, &pystr::intern(name)) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `hasattr(v, name)`.
pub fn has_attr(v: &Value, name: &str) -> PyResult<bool> {
    Ok(getattr_opt(v, name)?.is_some())
}

/// `object.__getattribute__`: data descriptors on the type, then the
/// instance's attributes, then other class attributes (bound via `__get__`).
/// `Ok(None)` when not found.
pub fn generic_getattr(v: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = v.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        let dty = d.ty();
        if dty.descr_set.get().is_some() {
            if let Some(g) = dty.descr_get.get() {
                return g(d, Some(v), &ty.as_value()).map(Some);
            }
        }
    }
    if let Some(ext) = instance_ext(v) {
        if let Some(x) = ext.get(name) {
            return Ok(Some(x));
        }
    } else if let Some(d) = crate::types::object::object_dict(v) {
        if let Some(x) = dict::get_item(&d, name)? {
            return Ok(Some(x));
        }
    }
    if let Some(d) = descr {
        if let Some(g) = d.ty().descr_get.get() {
            return g(&d, Some(v), &ty.as_value()).map(Some);
        }
        return Ok(Some(d));
    }
    Ok(None)
}

/// `setattr(v, name, value)`; `value == None` deletes.
pub fn setattr(v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = v.ty();
    if let Some(s) = ty.setattro.get() {
        return s(v, name, value);
    }
    if ty.is_heap() {
        let hook = if value.is_some() {
            "__setattr__"
        } else {
            "__delattr__"
        };
        if let Some(m) = ty.lookup(&pystr::intern_static(hook)) {
            if !crate::types::function::is_native_of(&m, hook) {
                let mut args = vec![name.clone()];
                args.extend(value);
                return call_unbound(&m, v, &args).map(|_| ());
            }
        }
    }
    generic_setattr(v, name, value)
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(v: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = v.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(s) = d.ty().descr_set.get() {
            return s(&d, v, value);
        }
    }
    if let Some(ext) = instance_ext(v) {
        if !ty.has_flag(flags::NO_DICT) {
            return match value {
                Some(x) => ext.set(name, x),
                None => {
                    if ext.delete(name)? {
                        Ok(())
                    } else {
                        Err(no_attribute(v, name))
                    }
                }
            };
        }
    } else if let Some(d) = crate::types::object::object_dict(v) {
        return match value {
            Some(x) => dict::set_item(&d, name.clone(), x),
            None => {
                if dict::del_item_if_present(&d, name)? {
                    Ok(())
                } else {
                    Err(no_attribute(v, name))
                }
            }
        };
    }
    if ty.lookup(name).is_some() {
        return Err(attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            ty.name(),
            name.as_str_lossy_()
        )));
    }
    Err(attribute_error(format!(
        "'{}' object has no attribute '{}'",
        ty.name(),
        name.as_str_lossy_()
    )))
}

// ---------------------------------------------------------------- repr / str / hash

/// `repr(v)` as a str value.
pub fn repr(v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(pystr::from_string(v.small_int().to_string()));
    }
    let r = match call_special(v, "__repr__", &[]) {
        Some(r) => r?,
        None => return Ok(pystr::from_string(format!("<{} object>", v.ty().name()))),
    };
    if !pystr::is_str(&r) {
        return Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            r.ty().name()
        )));
    }
    Ok(r)
}

/// `repr(v)` as a Rust String.
pub fn repr_string(v: &Value) -> PyResult<String> {
    Ok(pystr::as_str(&repr(v)?).unwrap_or("").to_string())
}

/// `str(v)` as a str value.
pub fn str_of(v: &Value) -> PyResult<Value> {
    if v.is_exact(&pystr::STR_TYPE) {
        return Ok(v.clone());
    }
    if v.is_small_int() {
        return Ok(pystr::from_string(v.small_int().to_string()));
    }
    let r = match call_special(v, "__str__", &[]) {
        Some(r) => r?,
        None => return repr(v),
    };
    if !pystr::is_str(&r) {
        return Err(type_error(format!(
            "__str__ returned non-string (type {})",
            r.ty().name()
        )));
    }
    Ok(r)
}

/// `str(v)` as a Rust String.
pub fn str_string(v: &Value) -> PyResult<String> {
    Ok(pystr::as_str(&str_of(v)?).unwrap_or("").to_string())
}

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(int::hash_i64(v.small_int()));
    }
    if let Some(s) = pystr::downcast(v) {
        if !v.ty().is_heap() {
            return Ok(s.hash());
        }
    }
    // The other common keys' own hashes, without the `__hash__` lookup,
    // call and boxed result.
    if let Some(t) = tuple::downcast(v).filter(|_| v.is_exact(&tuple::TUPLE_TYPE)) {
        return tuple::hash_items(&t.items);
    }
    if let Some(x) = float::exact_f64(v) {
        return Ok(float::hash_f64(x));
    }
    let ty = v.ty();
    match ty.lookup(&crate::interned!("__hash__")) {
        Some(h) if !h.is(&none::none()) => {
            let r = call_unbound(&h, v, &[])?;
            // An int that fits a machine word is the hash itself (as
            // CPython's slot_tp_hash); only larger ones are reduced.
            if let Some(x) = int::as_i64(&r) {
                return Ok(if x == -1 { -2 } else { x });
            }
            match int::to_bigint(&r) {
                Some(b) => Ok(int::hash_bigint(&b)),
                None => Err(type_error("__hash__ method should return an integer")),
            }
        }
        _ => Err(type_error(format!("unhashable type: '{}'", ty.name()))),
    }
}

// ---------------------------------------------------------------- comparison

/// A rich comparison operator (COMPARE_OP order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// The outcome for a partial order: unordered operands (a NaN) compare
    /// true only for `!=`.
    #[inline]
    pub fn test_partial(self, o: Option<std::cmp::Ordering>) -> bool {
        match o {
            Some(o) => self.test(o),
            None => self == CompareOp::Ne,
        }
    }

    pub fn from_arg(a: u32) -> CompareOp {
        match a {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            _ => CompareOp::Ge,
        }
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    pub fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// Applies the operator to an ordering.
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        }
    }
}

/// `a op b` (rich comparison) returning any object.
pub fn richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(bool_::new_bool(op.test(a.small_int().cmp(&b.small_int()))));
    }
    if let (Some(x), Some(y)) = (float::exact_f64(a), float::exact_f64(b)) {
        return Ok(bool_::new_bool(op.test_partial(x.partial_cmp(&y))));
    }
    let (ta, tb) = (a.ty(), b.ty());
    if std::ptr::eq(ta, &pystr::STR_TYPE) && std::ptr::eq(tb, &pystr::STR_TYPE) {
        if let (Some(x), Some(y)) = (pystr::as_str(a), pystr::as_str(b)) {
            // UTF-8 byte order is code point order.
            return Ok(bool_::new_bool(op.test(x.cmp(y))));
        }
    }
    let _guard = crate::builtins::recursion_guard(" in comparison")?;
    if std::ptr::eq(ta, &tuple::TUPLE_TYPE) && std::ptr::eq(tb, &tuple::TUPLE_TYPE) {
        // Tuples are immutable: compare their items in place (what
        // tuple.__lt__ and friends do, without the method call).
        let (x, y) = (tuple::items(a), tuple::items(b));
        return Ok(bool_::new_bool(tuple::seq_compare(x, y, op)?));
    }
    let mut checked_reflected = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(m) = tb.lookup(&pystr::intern_static(op.reflected().dunder())) {
            checked_reflected = true;
            let r = call_unbound(&m, b, std::slice::from_ref(a))?;
            if !none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(m) = ta.lookup(&pystr::intern_static(op.dunder())) {
        let r = call_unbound(&m, a, std::slice::from_ref(b))?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reflected {
        if let Some(m) = tb.lookup(&pystr::intern_static(op.reflected().dunder())) {
            let r = call_unbound(&m, b, std::slice::from_ref(a))?;
            if !none::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(bool_::new_bool(a.is(b))),
        CompareOp::Ne => Ok(bool_::new_bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// `a op b` as a Rust bool.
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(op.test(a.small_int().cmp(&b.small_int())));
    }
    let r = richcompare(a, b, op)?;
    truthy(&r)
}

/// `a == b` (identity implies equality, as in containers).
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (pystr::downcast(a), pystr::downcast(b)) {
        if !a.ty().is_heap() && !b.ty().is_heap() {
            return Ok(pystr::eq_values(x, y));
        }
    }
    compare(a, b, CompareOp::Eq)
}

// ---------------------------------------------------------------- truth, len

/// `bool(v)`.
pub fn truthy(v: &Value) -> PyResult<bool> {
    if v.is_small_int() {
        return Ok(v.small_int() != 0);
    }
    if let Some(b) = bool_::as_bool(v) {
        return Ok(b);
    }
    if none::is_none(v) {
        return Ok(false);
    }
    if let Some(n) = builtin_len(v) {
        return Ok(n != 0);
    }
    if let Some(x) = float::exact_f64(v) {
        return Ok(x != 0.0);
    }
    let ty = v.ty();
    if let Some(m) = ty.lookup(&crate::interned!("__bool__")) {
        let r = call_unbound(&m, v, &[])?;
        return match bool_::as_bool(&r) {
            Some(b) => Ok(b),
            None => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                r.ty().name()
            ))),
        };
    }
    if ty.lookup(&crate::interned!("__len__")).is_some() {
        return Ok(len(v)? != 0);
    }
    Ok(true)
}

/// The length of an exact built-in container or str (no `__len__` call).
#[inline]
fn builtin_len(v: &Value) -> Option<usize> {
    use crate::types::{list, set};
    if v.is_small_int() {
        return None;
    }
    let ty = v.ty();
    if std::ptr::eq(ty, &pystr::STR_TYPE) {
        return pystr::downcast(v).map(|s| s.char_len);
    }
    if std::ptr::eq(ty, &list::LIST_TYPE) {
        return list::downcast(v).map(|l| l.items.borrow().len());
    }
    if std::ptr::eq(ty, &tuple::TUPLE_TYPE) {
        return tuple::downcast(v).map(|t| t.items.len());
    }
    if std::ptr::eq(ty, &dict::DICT_TYPE) {
        return dict::downcast(v).map(|d| d.len());
    }
    if std::ptr::eq(ty, &set::SET_TYPE) || std::ptr::eq(ty, &set::FROZENSET_TYPE) {
        return Some(set::len(v));
    }
    None
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    if let Some(n) = builtin_len(v) {
        return Ok(n);
    }
    match call_special(v, "__len__", &[]) {
        Some(r) => {
            let r = r?;
            let n = index_of(&r).map_err(|_| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    r.ty().name()
                ))
            })?;
            match n.to_i64() {
                Some(n) if n >= 0 => Ok(n as usize),
                Some(_) => Err(crate::err::value_error("__len__() should return >= 0")),
                None => Err(crate::err::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                )),
            }
        }
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            v.ty().name()
        ))),
    }
}

use num_traits::ToPrimitive;

/// `operator.index(v)` as a big int.
pub fn index_of(v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    match call_special(v, "__index__", &[]) {
        Some(r) => {
            let r = r?;
            int::to_bigint(&r).ok_or_else(|| {
                type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.ty().name()
                ))
            })
        }
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// `operator.index(v)` as an i64 (OverflowError when it does not fit).
pub fn index_i64(v: &Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.small_int());
    }
    index_of(v)?.to_i64().ok_or_else(|| {
        PyErr::new(
            &exc::INDEX_ERROR,
            format!("cannot fit '{}' into an index-sized integer", v.ty().name()),
        )
    })
}

// ---------------------------------------------------------------- iteration

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    if v.is_exact(&crate::types::list::LIST_TYPE) || v.is_exact(&tuple::TUPLE_TYPE) {
        return Ok(crate::types::iter::new_seq_iter_fast(v.clone()));
    }
    match call_special(v, "__iter__", &[]) {
        Some(r) => {
            let it = r?;
            if it.ty().iternext.get().is_none() && lookup_special(&it, "__next__").is_none() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.ty().name()
                )));
            }
            Ok(it)
        }
        None => {
            if lookup_special(v, "__getitem__").is_some() {
                return Ok(crate::types::iter::new_seq_iter(v.clone()));
            }
            Err(type_error(format!(
                "'{}' object is not iterable",
                v.ty().name()
            )))
        }
    }
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    let ty = it.ty();
    if let Some(n) = ty.iternext.get() {
        return n(it);
    }
    match call_special(it, "__next__", &[]) {
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(e)) if e.matches(&exc::STOP_ITERATION) => Ok(None),
        Some(Err(e)) => Err(e),
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            ty.name()
        ))),
    }
}

/// Collects an iterable into a vector.
pub fn iterate(v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = tuple::downcast(v) {
        return Ok(t.items.to_vec());
    }
    if let Some(l) = crate::types::list::downcast(v) {
        if !v.ty().is_heap() {
            return Ok(l.items.borrow().clone());
        }
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Calls `f` on each item of an iterable (stops early on error).
pub fn for_each(v: &Value, mut f: impl FnMut(Value) -> PyResult<()>) -> PyResult<()> {
    let it = iter(v)?;
    while let Some(x) = next(&it)? {
        f(x)?;
    }
    Ok(())
}

// ---------------------------------------------------------------- subscription

/// `v[k]`.
pub fn getitem(v: &Value, k: &Value) -> PyResult<Value> {
    match call_special(v, "__getitem__", std::slice::from_ref(k)) {
        Some(r) => r,
        None => {
            if let Some(t) = downcast_type(v) {
                if let Some(cg) = t.lookup_str("__class_getitem__") {
                    let f = match cg.ty().descr_get.get() {
                        Some(g) => g(&cg, None, v)?,
                        None => cg,
                    };
                    return call_pos(&f, std::slice::from_ref(k));
                }
                return Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    t.name()
                )));
            }
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                v.ty().name()
            )))
        }
    }
}

/// `v[k] = x`.
pub fn setitem(v: &Value, k: &Value, x: Value) -> PyResult<()> {
    match call_special(v, "__setitem__", &[k.clone(), x]) {
        Some(r) => r.map(|_| ()),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            v.ty().name()
        ))),
    }
}

/// `del v[k]`.
pub fn delitem(v: &Value, k: &Value) -> PyResult<()> {
    match call_special(v, "__delitem__", std::slice::from_ref(k)) {
        Some(r) => r.map(|_| ()),
        None => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            v.ty().name()
        ))),
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(r) = builtin_contains(container, item) {
        return r;
    }
    if let Some(r) = call_special(container, "__contains__", std::slice::from_ref(item)) {
        return truthy(&r?);
    }
    if lookup_special(container, "__iter__").is_none()
        && lookup_special(container, "__getitem__").is_none()
    {
        return Err(type_error(format!(
            "argument of type '{}' is not iterable",
            container.ty().name()
        )));
    }
    let it = iter(container)?;
    while let Some(x) = next(&it)? {
        if x.is(item) || eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------- operators

/// `item in container` for exact built-in containers, without the method
/// call (same semantics as their `__contains__`).
fn builtin_contains(container: &Value, item: &Value) -> Option<PyResult<bool>> {
    use crate::types::{list, set};
    if container.is_small_int() {
        return None;
    }
    let ty = container.ty();
    if std::ptr::eq(ty, &dict::DICT_TYPE) {
        return Some(dict::get_item(container, item).map(|v| v.is_some()));
    }
    if std::ptr::eq(ty, &set::SET_TYPE) || std::ptr::eq(ty, &set::FROZENSET_TYPE) {
        return Some(set::contains(container, item));
    }
    if std::ptr::eq(ty, &pystr::STR_TYPE) && item.is_exact(&pystr::STR_TYPE) {
        let (a, b) = (pystr::as_str(container)?, pystr::as_str(item)?);
        return Some(Ok(a.contains(b)));
    }
    if std::ptr::eq(ty, &list::LIST_TYPE) {
        let l = list::downcast(container)?;
        // Index by index: `__eq__` may mutate the list.
        let mut i = 0;
        loop {
            let x = match l.items.borrow().get(i) {
                Some(x) => x.clone(),
                None => return Some(Ok(false)),
            };
            if x.is(item) {
                return Some(Ok(true));
            }
            match eq(&x, item) {
                Ok(true) => return Some(Ok(true)),
                Ok(false) => {}
                Err(e) => return Some(Err(e)),
            }
            i += 1;
        }
    }
    if std::ptr::eq(ty, &tuple::TUPLE_TYPE) {
        let t = tuple::downcast(container)?;
        for x in t.items.iter() {
            if x.is(item) {
                return Some(Ok(true));
            }
            match eq(x, item) {
                Ok(true) => return Some(Ok(true)),
                Ok(false) => {}
                Err(e) => return Some(Err(e)),
            }
        }
        return Some(Ok(false));
    }
    None
}

/// A binary operator, in `BINARY_OP`'s order (NB_ADD = 0 ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDiv = 2,
    LShift = 3,
    MatMul = 4,
    Mul = 5,
    Mod = 6,
    Or = 7,
    Pow = 8,
    RShift = 9,
    Sub = 10,
    TrueDiv = 11,
    Xor = 12,
}

impl BinOp {
    /// Decodes a `BINARY_OP` argument: (operator, in-place?).
    pub fn from_arg(a: u32) -> (BinOp, bool) {
        let inplace = a >= 13;
        let n = if inplace { a - 13 } else { a };
        let op = match n {
            0 => BinOp::Add,
            1 => BinOp::And,
            2 => BinOp::FloorDiv,
            3 => BinOp::LShift,
            4 => BinOp::MatMul,
            5 => BinOp::Mul,
            6 => BinOp::Mod,
            7 => BinOp::Or,
            8 => BinOp::Pow,
            9 => BinOp::RShift,
            10 => BinOp::Sub,
            11 => BinOp::TrueDiv,
            _ => BinOp::Xor,
        };
        (op, inplace)
    }
    pub fn symbol(self) -> &'static str {
        [
            "+",
            "&",
            "//",
            "<<",
            "@",
            "*",
            "%",
            "|",
            "** or pow()",
            ">>",
            "-",
            "/",
            "^",
        ][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        [
            "__add__",
            "__and__",
            "__floordiv__",
            "__lshift__",
            "__matmul__",
            "__mul__",
            "__mod__",
            "__or__",
            "__pow__",
            "__rshift__",
            "__sub__",
            "__truediv__",
            "__xor__",
        ][self as usize]
    }
    pub fn rdunder(self) -> &'static str {
        [
            "__radd__",
            "__rand__",
            "__rfloordiv__",
            "__rlshift__",
            "__rmatmul__",
            "__rmul__",
            "__rmod__",
            "__ror__",
            "__rpow__",
            "__rrshift__",
            "__rsub__",
            "__rtruediv__",
            "__rxor__",
        ][self as usize]
    }
    pub fn idunder(self) -> &'static str {
        [
            "__iadd__",
            "__iand__",
            "__ifloordiv__",
            "__ilshift__",
            "__imatmul__",
            "__imul__",
            "__imod__",
            "__ior__",
            "__ipow__",
            "__irshift__",
            "__isub__",
            "__itruediv__",
            "__ixor__",
        ][self as usize]
    }
}

/// `a op b`.
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    binary_op_of(a, b, op, false)
}

/// The operator's symbol in a TypeError: `+`, or `+=` for the in-place form.
fn op_symbol(op: BinOp, inplace: bool) -> String {
    if inplace {
        format!("{}=", op.symbol().trim_end_matches(" or pow()"))
    } else {
        op.symbol().to_string()
    }
}

/// `a op b`; `inplace` only names the operator in the TypeError (an
/// in-place operation on an operand with no in-place method).
fn binary_op_of(a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(r) = int::small_binop(a.small_int(), b.small_int(), op) {
            return r;
        }
    }
    if let (Some(x), Some(y)) = (float::exact_f64(a), float::exact_f64(b)) {
        if let Some(r) = float::float_binop(x, y, op) {
            return r;
        }
    }
    // Mixed small int / float: the int converts exactly when below 2**53.
    let small_f = |v: &Value| {
        if v.is_small_int() && v.small_int().unsigned_abs() <= 1 << 53 {
            Some(v.small_int() as f64)
        } else {
            float::exact_f64(v)
        }
    };
    if a.is_small_int() != b.is_small_int() {
        if let (Some(x), Some(y)) = (small_f(a), small_f(b)) {
            if let Some(r) = float::float_binop(x, y, op) {
                return r;
            }
        }
    }
    // Exact built-in sequences and sets: what their methods compute,
    // without looking them up and calling them.
    if let Some(r) = builtin_binop(a, b, op) {
        return r;
    }
    match binary_op1(a, b, op)? {
        Some(r) => Ok(r),
        None => Err(binop_type_error(a, b, &op_symbol(op, inplace))),
    }
}

/// `a op b` for list + list, tuple + tuple and set operators on exact
/// built-in operands (None otherwise).
fn builtin_binop(a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    use crate::types::{list, set};
    if op == BinOp::Add {
        if a.is_exact(&list::LIST_TYPE) && b.is_exact(&list::LIST_TYPE) {
            return Some(Ok(list::concat(list::downcast(a)?, list::downcast(b)?)));
        }
        if a.is_exact(&tuple::TUPLE_TYPE) && b.is_exact(&tuple::TUPLE_TYPE) {
            return Some(Ok(tuple::concat(a, b)));
        }
        return None;
    }
    set::exact_binop(a, b, op)
}

/// The TypeError for unsupported operand types.
pub fn binop_type_error(a: &Value, b: &Value, sym: &str) -> PyErr {
    if sym == "*" || sym == "*=" {
        let is_seq = |v: &Value| {
            pystr::is_str(v)
                || crate::types::list::downcast(v).is_some()
                || tuple::downcast(v).is_some()
                || crate::types::bytes::is_bytes_like(v)
        };
        if is_seq(a) {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                b.ty().name()
            ));
        }
        if is_seq(b) {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                a.ty().name()
            ));
        }
    }
    if sym == "+" && pystr::is_str(a) {
        return type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.ty().name()
        ));
    }
    if sym == "+"
        && crate::types::list::downcast(a).is_some()
        && crate::types::list::downcast(b).is_none()
    {
        return type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.ty().name()
        ));
    }
    if sym == "+" && tuple::downcast(a).is_some() && tuple::downcast(b).is_none() {
        return type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.ty().name()
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        a.ty().name(),
        b.ty().name()
    ))
}

/// Tries `a.__op__(b)` and `b.__rop__(a)`; `None` when both are NotImplemented.
pub fn binary_op1(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (ta, tb) = (a.ty(), b.ty());
    let fa = ta.lookup(&pystr::intern_static(op.dunder()));
    let fb = if std::ptr::eq(ta, tb) {
        None
    } else {
        tb.lookup(&pystr::intern_static(op.rdunder()))
    };
    let mut fb_done = false;
    if let Some(fbv) = &fb {
        if tb.is_subtype(ta) {
            let overrides = match ta.lookup(&pystr::intern_static(op.rdunder())) {
                Some(x) => !x.is(fbv),
                None => true,
            };
            if overrides {
                fb_done = true;
                let r = call_unbound(fbv, b, std::slice::from_ref(a))?;
                if !none::is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
    }
    if let Some(f) = fa {
        let r = call_unbound(&f, a, std::slice::from_ref(b))?;
        if !none::is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if !fb_done {
        if let Some(f) = fb {
            let r = call_unbound(&f, b, std::slice::from_ref(a))?;
            if !none::is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// `a op= b`.
pub fn inplace_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if a.is_small_int() || float::exact_f64(a).is_some() || pystr::is_str(a) && !a.ty().is_heap() {
        return binary_op_of(a, b, op, true);
    }
    if let Some(f) = a.ty().lookup(&pystr::intern_static(op.idunder())) {
        let r = call_unbound(&f, a, std::slice::from_ref(b))?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = builtin_binop(a, b, op) {
        return r;
    }
    match binary_op1(a, b, op)? {
        Some(r) => Ok(r),
        None => Err(binop_type_error(a, b, &op_symbol(op, true))),
    }
}

/// `pow(a, b, m)` with a modulus.
pub fn ternary_pow(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if none::is_none(m) {
        return binary_op(a, b, BinOp::Pow);
    }
    if let Some(f) = a.ty().lookup(&crate::interned!("__pow__")) {
        let r = call_unbound(&f, a, &[b.clone(), m.clone()])?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        a.ty().name(),
        b.ty().name(),
        m.ty().name()
    )))
}

/// A unary operator applied via its special method.
pub fn unary_op(v: &Value, dunder: &'static str, sym: &str) -> PyResult<Value> {
    match call_special(v, dunder, &[]) {
        Some(r) => r,
        None => Err(type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            v.ty().name()
        ))),
    }
}

/// `-v`.
pub fn neg(v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(int::from_i128(-(v.small_int() as i128)));
    }
    unary_op(v, "__neg__", "-")
}

/// `+v`.
pub fn pos(v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(v.clone());
    }
    unary_op(v, "__pos__", "+")
}

/// `~v`.
pub fn invert(v: &Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(Value::small_int_unchecked(!v.small_int()));
    }
    unary_op(v, "__invert__", "~")
}

// ---------------------------------------------------------------- misc

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &Value) -> PyResult<Value> {
    if pystr::as_str(spec) == Some("") {
        if v.is_exact(&pystr::STR_TYPE) {
            return Ok(v.clone());
        }
        if v.is_small_int() {
            return str_of(v);
        }
    }
    match call_special(v, "__format__", std::slice::from_ref(spec)) {
        Some(r) => {
            let r = r?;
            if !pystr::is_str(&r) {
                return Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    r.ty().name()
                )));
            }
            Ok(r)
        }
        None => Err(type_error(format!(
            "Type {} doesn't define __format__",
            v.ty().name()
        ))),
    }
}

/// `isinstance(v, cls)` for a single class or a tuple of classes.
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = downcast_type(cls) {
        if v.ty().is_subtype(t) {
            return Ok(true);
        }
        if !std::ptr::eq(cls.ty(), &crate::types::type_::TYPE_TYPE) {
            if let Some(r) = call_special(cls, "__instancecheck__", std::slice::from_ref(v)) {
                return truthy(&r?);
            }
        }
        // A class that fakes __class__ (rare) is honoured like CPython;
        // the usual `object.__class__` needs no lookup through the instance.
        let plain_class = match (
            v.ty().lookup_str("__class__"),
            crate::types::object::OBJECT_TYPE.lookup_str("__class__"),
        ) {
            (Some(a), Some(b)) => {
                a.is(&b)
                    && v.ty().getattro.get().is_none()
                    && !v.ty().has_flag(flags::CUSTOM_GETATTRIBUTE)
            }
            _ => false,
        };
        if plain_class {
            return Ok(false);
        }
        if let Ok(Some(c)) = getattr_opt(v, "__class__") {
            if let Some(ct) = downcast_type(&c) {
                return Ok(ct.is_subtype(t));
            }
        }
        return Ok(false);
    }
    if let Some(tup) = tuple::downcast(cls) {
        for c in tup.items.iter() {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = call_special(cls, "__instancecheck__", std::slice::from_ref(v)) {
        return truthy(&r?);
    }
    Err(type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// `issubclass(c, cls)`.
pub fn issubclass(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(tup) = tuple::downcast(cls) {
        for x in tup.items.iter() {
            if issubclass(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let ct = downcast_type(c).ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    match downcast_type(cls) {
        Some(t) => {
            if !std::ptr::eq(cls.ty(), &crate::types::type_::TYPE_TYPE) {
                if let Some(r) = call_special(cls, "__subclasscheck__", std::slice::from_ref(c)) {
                    return truthy(&r?);
                }
            }
            Ok(ct.is_subtype(t))
        }
        None => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// Runs `__del__` of an object about to be collected (errors are reported
/// as "Exception ignored in").
pub fn call_finalizer(v: &Value) {
    if !v.ty().is_heap() {
        return;
    }
    if let Some(d) = v.ty().lookup_str("__del__") {
        if let Err(e) = call_unbound(&d, v, &[]) {
            crate::builtins::write_unraisable(&e, Some(&d));
        }
    }
}

/// The type of a value as a type object reference.
pub fn type_of(v: &Value) -> &TypeObject {
    v.ty()
}

/// Whether `v` is an instance of the exception type `t`.
pub fn is_instance_of(v: &Value, t: &TypeObject) -> bool {
    v.ty().is_subtype(t)
}

/// A float from an int or float value (for math functions): `__float__` too.
pub fn to_f64(v: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(v) {
        return Ok(f);
    }
    if let Some(b) = int::to_bigint(v) {
        return int::bigint_to_f64(&b);
    }
    if let Some(r) = call_special(v, "__float__", &[]) {
        let r = r?;
        return float::as_f64(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if let Some(r) = call_special(v, "__index__", &[]) {
        let r = r?;
        if let Some(b) = int::to_bigint(&r) {
            return int::bigint_to_f64(&b);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.ty().name()
    )))
}

/// Returns the value (used to keep `Value`-returning helpers terse).
pub fn ok<T>(v: T) -> PyResult<T> {
    Ok(v)
}

/// The `bool` value for a Rust bool.
pub fn py_bool(b: bool) -> Value {
    bool_::new_bool(b)
}
