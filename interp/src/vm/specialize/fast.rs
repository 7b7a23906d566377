//! The fast paths of specialized instructions: each checks its guards and
//! either does the work or reports a miss (`None`/`Err`), leaving the
//! operands for the generic path.

use super::InlineCache;
use crate::bytecode::Opcode;
use crate::vm::codeval::CodeData;
use crate::vm::frame::Frame;
use krait_runtime::err::PyResult;
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::shape::{InstanceExt, Shape};
use krait_runtime::typeobj::downcast_type;
use krait_runtime::types::float::{self, FloatObject};
use krait_runtime::types::function::{self, downcast_function, NativeFunction};
use krait_runtime::types::type_::TYPE_TYPE;
use krait_runtime::types::MethodDef;
use krait_runtime::types::{dict, int, iter, list, module, object, range, str as pystr, tuple};

/// The version of the dict of exact module `m` (0 if not an exact module).
#[inline(always)]
fn module_dict_version(m: &Value) -> u64 {
    if !m.is_exact(&module::MODULE_TYPE) {
        return 0;
    }
    // SAFETY: checked type.
    let mo = unsafe { m.payload_unchecked::<module::ModuleObject>() };
    // SAFETY: single-threaded; no borrow of the module's dict cell is live.
    match unsafe { &*mo.dict.as_ptr() } {
        Some(d) => dict::downcast(d).map_or(0, |d| d.version.get()),
        None => 0,
    }
}

/// The attribute storage of `obj` at byte offset `off` (from the cache).
///
/// # Safety
/// `obj`'s type version must have just matched the cached one, so its type
/// (versions are unique) has an `InstanceExt` at `off`.
#[inline(always)]
pub(super) unsafe fn ext_at(obj: &Value, off: u64) -> &InstanceExt {
    // SAFETY: caller contract.
    unsafe { &*((obj.ptr() as *const u8).add(off as usize) as *const InstanceExt) }
}

/// The second cache entry, if `obj` matches it: (version, word, storage).
#[inline(always)]
fn second<'a>(c: &InlineCache, obj: &'a Value) -> Option<(u64, u64, &'a InstanceExt)> {
    let ver = c.second[0].get();
    if ver == 0 || obj.ty().version.get() != ver {
        return None;
    }
    // SAFETY: the type version matched the second entry's.
    let ext = unsafe { ext_at(obj, c.second[3].get()) };
    (ext.shape_id() == c.second[1].get()).then(|| (ver, c.second[2].get(), ext))
}

/// A borrowed cached value (see the module docs of `specialize`).
///
/// # Safety
/// The guard protecting the cache entry must have just passed.
#[inline(always)]
unsafe fn cached(w: u64) -> Value {
    // SAFETY: caller contract.
    unsafe { Value::clone_from_raw(w) }
}

/// LOAD_ATTR_* on `obj`.
#[inline(always)]
pub fn load_attr(op: Opcode, c: &InlineCache, obj: &Value) -> Option<Value> {
    match op {
        Opcode::LOAD_ATTR_MODULE => {
            // SAFETY: the module dict's version matches.
            (module_dict_version(obj) == c.a.get()).then(|| unsafe { cached(c.c.get()) })
        }
        Opcode::LOAD_ATTR_TYPE => {
            let t = downcast_type(obj)?;
            // SAFETY: same class (versions are unique) in the same state.
            (t.version.get() == c.a.get() && std::ptr::eq(obj.ty(), &TYPE_TYPE))
                .then(|| unsafe { cached(c.c.get()) })
        }
        Opcode::LOAD_ATTR_INSTANCE_VALUE => {
            if obj.ty().version.get() == c.a.get() {
                // SAFETY: the type version matched.
                let ext = unsafe { ext_at(obj, c.d.get()) };
                if ext.shape_id() == c.b.get() {
                    // SAFETY: the shape has the attribute at `index`.
                    return Some(unsafe { ext.value_at(c.index.get() as usize) });
                }
            }
            // SAFETY: the second entry's shape has the attribute at `w`.
            second(c, obj).map(|(_, w, ext)| unsafe { ext.value_at(w as usize) })
        }
        _ => {
            if obj.ty().version.get() != c.a.get() {
                return None;
            }
            // SAFETY: the type version matched.
            let ext = unsafe { ext_at(obj, c.d.get()) };
            match op {
                Opcode::LOAD_ATTR_SLOT => ext.slot(c.index.get() as usize),
                _ if ext.shape_id() != c.b.get() => None,
                // SAFETY: the type is unchanged, so the class attribute is held.
                _ => Some(unsafe { cached(c.c.get()) }),
            }
        }
    }
}

/// STORE_ATTR_* of `v` on `obj`; gives `v` back on a miss.
#[inline(always)]
pub fn store_attr(op: Opcode, c: &InlineCache, obj: &Value, v: Value) -> Result<(), Value> {
    if op == Opcode::STORE_ATTR_INSTANCE_VALUE {
        let hit = if obj.ty().version.get() == c.a.get() {
            // SAFETY: the type version matched.
            let ext = unsafe { ext_at(obj, c.d.get()) };
            (ext.shape_id() == c.b.get()).then(|| (c.index.get() as u64, ext))
        } else {
            None
        };
        let Some((i, ext)) = hit.or_else(|| second(c, obj).map(|(_, i, ext)| (i, ext))) else {
            return Err(v);
        };
        // SAFETY: the matching entry's shape has the attribute at `i`.
        let old = unsafe { ext.replace_at(i as usize, v) };
        drop(old);
        return Ok(());
    }
    if obj.ty().version.get() != c.a.get() {
        return Err(v);
    }
    // SAFETY: the type version matched.
    let ext = unsafe { ext_at(obj, c.d.get()) };
    match op {
        Opcode::STORE_ATTR_SLOT => {
            let old = {
                let mut slots = ext.slots.borrow_mut();
                match slots.get_mut(c.index.get() as usize) {
                    Some(s) => s.replace(v),
                    None => return Err(v),
                }
            };
            drop(old);
            Ok(())
        }
        _ if ext.shape_id() != c.b.get() => Err(v),
        _ => {
            // SAFETY: the cached shape is the transition of the current one
            // by this attribute (same shape id as when cached).
            unsafe { ext.add_with_shape(c.c.get() as *const Shape, v) };
            Ok(())
        }
    }
}

/// LOAD_METHOD_* on `obj`: the method (or module attribute).
#[inline(always)]
pub fn load_method(op: Opcode, c: &InlineCache, obj: &Value) -> Option<Value> {
    let hit = match op {
        Opcode::LOAD_METHOD_MODULE => module_dict_version(obj) == c.a.get(),
        Opcode::LOAD_METHOD_NO_DICT => obj.ty().version.get() == c.a.get(),
        _ => {
            // SAFETY: ext_at only after the type version matched.
            let first = obj.ty().version.get() == c.a.get()
                && unsafe { ext_at(obj, c.d.get()) }.shape_id() == c.b.get();
            if !first {
                // SAFETY: the second entry's guard passed: its method is held.
                return second(c, obj).map(|(_, w, _)| unsafe { cached(w) });
            }
            true
        }
    };
    // SAFETY: the guard passed, so the cached method is still held.
    hit.then(|| unsafe { cached(c.c.get()) })
}

/// LOAD_GLOBAL_MODULE/BUILTIN's hit: the cached value, borrowed from the
/// cache (the dicts, unchanged since it was cached, hold it).
#[inline(always)]
pub fn global_ref<'c>(
    op: Opcode,
    c: &'c InlineCache,
    globals: &Value,
    builtins: &Value,
) -> Option<&'c Value> {
    let version = |d: &Value| dict::downcast(d).map_or(0, |d| d.version.get());
    let hit = version(globals) == c.a.get()
        && (op == Opcode::LOAD_GLOBAL_MODULE || version(builtins) == c.b.get());
    // SAFETY: on a hit `c.c` holds the raw word of a live value, and a
    // `Cell<u64>` has a `Value`'s layout (both one transparent word).
    hit.then(|| unsafe { &*(c.c.as_ptr() as *const Value) })
}

/// A float result, reusing an operand's object when nobody else holds it.
#[inline(always)]
fn float_result(a: Value, b: Value, r: f64) -> Value {
    // SAFETY (both arms): the operand is an exact float (checked by the
    // caller) that only this instruction references, so updating it in
    // place is invisible.
    if a.refcount() == 1 {
        unsafe { (*(a.ptr() as *mut FloatObject)).value = r };
        a
    } else if b.refcount() == 1 {
        unsafe { (*(b.ptr() as *mut FloatObject)).value = r };
        b
    } else {
        float::new_float(r)
    }
}

/// BINARY_OP_*: the result, or the operands back with whether the guard
/// missed (false when the types matched but the fast path cannot finish,
/// e.g. an overflowing product or a zero divisor).
#[inline(always)]
pub fn binary_op(op: Opcode, a: Value, b: Value) -> Result<Value, (Value, Value, bool)> {
    match op {
        Opcode::BINARY_OP_ADD_INT
        | Opcode::BINARY_OP_SUBTRACT_INT
        | Opcode::BINARY_OP_MULTIPLY_INT => {
            if !(a.is_small_int() && b.is_small_int()) {
                return Err((a, b, true));
            }
            match small_int_op(op, &a, &b) {
                Some(r) => Ok(r),
                None => Err((a, b, false)),
            }
        }
        Opcode::BINARY_OP_ADD_UNICODE => match (pystr::downcast(&a), pystr::downcast(&b)) {
            (Some(x), Some(y)) if a.is_exact(&pystr::STR_TYPE) && b.is_exact(&pystr::STR_TYPE) => {
                if y.data.is_empty() {
                    return Ok(a);
                }
                if x.data.is_empty() {
                    return Ok(b);
                }
                let mut s = String::with_capacity(x.data.len() + y.data.len());
                s.push_str(&x.data);
                s.push_str(&y.data);
                Ok(pystr::from_string(s))
            }
            _ => Err((a, b, true)),
        },
        _ => {
            let (Some(x), Some(y)) = (float::exact_f64(&a), float::exact_f64(&b)) else {
                return Err((a, b, true));
            };
            match float_op(op, x, y) {
                Some(r) => Ok(float_result(a, b, r)),
                None => Err((a, b, false)),
            }
        }
    }
}

/// BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_INT of two small ints (None if either
/// is not one, or on a product overflow).
#[inline(always)]
fn small_int_op(op: Opcode, a: &Value, b: &Value) -> Option<Value> {
    if !(a.is_small_int() && b.is_small_int()) {
        return None;
    }
    let (x, y) = (a.small_int(), b.small_int());
    // Small ints have 63 bits: sums and differences fit an i64.
    let r = match op {
        Opcode::BINARY_OP_ADD_INT => x + y,
        Opcode::BINARY_OP_SUBTRACT_INT => x - y,
        _ => x.checked_mul(y)?,
    };
    Some(int::from_i64(r))
}

/// BINARY_OP_*_FLOAT on the operands' values (None for a zero divisor).
#[inline(always)]
fn float_op(op: Opcode, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        Opcode::BINARY_OP_ADD_FLOAT => x + y,
        Opcode::BINARY_OP_SUBTRACT_FLOAT => x - y,
        Opcode::BINARY_OP_MULTIPLY_FLOAT => x * y,
        _ if y == 0.0 => return None,
        _ => x / y,
    })
}

/// An int or float BINARY_OP_* whose right operand `b` is a local read in
/// place (the LOAD_FAST before it fused): replaces the left operand `top`
/// with the result. False, with nothing changed, when the instruction must
/// run as its own dispatch (a guard miss, an overflow, a zero divisor).
#[inline(always)]
pub fn binary_op_on_top(op: Opcode, top: &mut Option<Value>, b: &Value) -> bool {
    let Some(a) = top.as_ref() else {
        return false;
    };
    match op {
        Opcode::BINARY_OP_ADD_INT
        | Opcode::BINARY_OP_SUBTRACT_INT
        | Opcode::BINARY_OP_MULTIPLY_INT => match small_int_op(op, a, b) {
            Some(r) => {
                *top = Some(r);
                true
            }
            None => false,
        },
        _ => {
            let (Some(x), Some(y)) = (float::exact_f64(a), float::exact_f64(b)) else {
                return false;
            };
            let Some(r) = float_op(op, x, y) else {
                return false;
            };
            if a.refcount() == 1 {
                // SAFETY: an exact float only the stack holds: updating it
                // in place is invisible.
                unsafe { (*(a.ptr() as *mut FloatObject)).value = r };
            } else {
                *top = Some(float::new_float(r));
            }
            true
        }
    }
}

/// BINARY_SUBSCR_LIST_INT's hit: item `k` of list `c` when both are exact
/// and the index is in range (None otherwise: the instruction's own
/// dispatch deals with it, IndexError included).
#[inline(always)]
pub fn list_item(c: &Value, k: &Value) -> Option<Value> {
    if !(c.is_exact(&list::LIST_TYPE) && k.is_small_int()) {
        return None;
    }
    list::get_fast(list::downcast(c)?, k.small_int())
}

/// COMPARE_OP_*: the outcome, or None on a guard miss.
#[inline(always)]
pub fn compare_op(op: Opcode, a: &Value, b: &Value, arg: u32) -> Option<bool> {
    let cmp = protocol::CompareOp::from_arg(arg);
    match op {
        Opcode::COMPARE_OP_INT => (a.is_small_int() && b.is_small_int())
            .then(|| cmp.test(a.small_int().cmp(&b.small_int()))),
        Opcode::COMPARE_OP_FLOAT => {
            let (x, y) = (float::exact_f64(a)?, float::exact_f64(b)?);
            Some(cmp.test_partial(x.partial_cmp(&y)))
        }
        _ => {
            if !(a.is_exact(&pystr::STR_TYPE) && b.is_exact(&pystr::STR_TYPE)) {
                return None;
            }
            // UTF-8 byte order is code point order.
            let (x, y) = (pystr::as_str(a)?, pystr::as_str(b)?);
            Some(cmp.test(x.cmp(y)))
        }
    }
}

/// FOR_ITER_*: the next item (None when exhausted), or None on a miss.
#[inline(always)]
pub fn for_iter(op: Opcode, it: &Value) -> Option<PyResult<Option<Value>>> {
    match op {
        Opcode::FOR_ITER_RANGE => range::range_iter_next_fast(it).map(|r| Ok(r.map(int::from_i64))),
        Opcode::FOR_ITER_LIST if it.is_exact(&iter::LIST_ITER_TYPE) => {
            match iter::list_iter_next_fast(it) {
                Some(x) => Some(Ok(Some(x))),
                None => Some((iter::LIST_ITER_TYPE.iternext.get()?)(it)),
            }
        }
        Opcode::FOR_ITER_TUPLE if it.is_exact(&iter::TUPLE_ITER_TYPE) => {
            Some((iter::TUPLE_ITER_TYPE.iternext.get()?)(it))
        }
        _ => None,
    }
}

/// BINARY_SUBSCR_*: the item, or None on a miss.
#[inline(always)]
pub fn binary_subscr(op: Opcode, c: &Value, k: &Value) -> Option<PyResult<Value>> {
    match op {
        Opcode::BINARY_SUBSCR_LIST_INT if c.is_exact(&list::LIST_TYPE) && k.is_small_int() => {
            let l = list::downcast(c)?;
            match list::get_fast(l, k.small_int()) {
                Some(x) => Some(Ok(x)),
                None => Some(list::get_index(l, k.small_int())),
            }
        }
        Opcode::BINARY_SUBSCR_TUPLE_INT if c.is_exact(&tuple::TUPLE_TYPE) && k.is_small_int() => {
            let items = &tuple::downcast(c)?.items;
            let i = k.small_int();
            let i = if i < 0 { i + items.len() as i64 } else { i };
            // Out of range: the generic path raises the IndexError.
            (0..items.len() as i64)
                .contains(&i)
                .then(|| Ok(items[i as usize].clone()))
        }
        Opcode::BINARY_SUBSCR_DICT if c.is_exact(&dict::DICT_TYPE) => {
            Some(crate::vm::attr::dict_getitem(c, k))
        }
        _ => None,
    }
}

/// STORE_SUBSCR_*: gives `v` back when the fast path does not apply.
#[inline(always)]
pub fn store_subscr(op: Opcode, c: &Value, k: &Value, v: Value) -> Result<PyResult<()>, Value> {
    match op {
        Opcode::STORE_SUBSCR_LIST_INT => list_store(c, k, v).map(Ok),
        Opcode::STORE_SUBSCR_DICT if c.is_exact(&dict::DICT_TYPE) => {
            Ok(dict::set_item(c, k.clone(), v))
        }
        _ => Err(v),
    }
}

/// STORE_SUBSCR_LIST_INT's hit: `c[k] = v` when `c` is an exact list and
/// `k` an int in range; gives `v` back otherwise (the generic path then
/// raises or calls what it must).
#[inline(always)]
pub fn list_store(c: &Value, k: &Value, v: Value) -> Result<(), Value> {
    if !(c.is_exact(&list::LIST_TYPE) && k.is_small_int()) {
        return Err(v);
    }
    let Some(l) = list::downcast(c) else {
        return Err(v);
    };
    let old = {
        let mut items = l.items.borrow_mut();
        let i = k.small_int();
        let i = if i < 0 { i + items.len() as i64 } else { i };
        if !(0..items.len() as i64).contains(&i) {
            return Err(v);
        }
        std::mem::replace(&mut items[i as usize], v)
    };
    drop(old);
    Ok(())
}

/// UNPACK_SEQUENCE_*: pushes the items (last first); false on a miss.
#[inline(always)]
pub fn unpack_sequence(op: Opcode, f: &mut Frame, seq: &Value, n: usize) -> bool {
    match op {
        Opcode::UNPACK_SEQUENCE_TWO_TUPLE | Opcode::UNPACK_SEQUENCE_TUPLE => {
            if !seq.is_exact(&tuple::TUPLE_TYPE) {
                return false;
            }
            let Some(t) = tuple::downcast(seq) else {
                return false;
            };
            if t.items.len() != n {
                return false;
            }
            for x in t.items.iter().rev() {
                f.push(x.clone());
            }
            true
        }
        _ => {
            if !seq.is_exact(&list::LIST_TYPE) {
                return false;
            }
            let Some(l) = list::downcast(seq) else {
                return false;
            };
            let items = l.items.borrow();
            if items.len() != n {
                return false;
            }
            for x in items.iter().rev() {
                f.push(x.clone());
            }
            true
        }
    }
}

/// Moves the `nargs` values on top of `f`'s stack into the first slots of
/// `callee` (starting at slot `first`), then drops the call's remaining
/// stack items (callable and NULL/self) below them.
#[inline(always)]
fn move_args(f: &mut Frame, callee: &mut Frame, first: usize, nargs: usize, n: usize) {
    move_top(f, callee, first, nargs);
    let depth = f.sp() - f.code.nlocalsplus - (n + 2 - nargs);
    f.truncate_stack(depth);
}

/// Moves the `nargs` values on top of `f`'s stack into `callee`'s slots
/// `first..first + nargs` and pops them.
#[inline(always)]
fn move_top(f: &mut Frame, callee: &mut Frame, first: usize, nargs: usize) {
    let base = f.sp() - nargs;
    assert!(first + nargs <= callee.slots.len() && base >= f.code.nlocalsplus);
    // SAFETY: in bounds (checked above); the callee's slots are empty (a
    // fresh frame's) so overwriting drops nothing, and the caller's, now
    // above its `sp`, own nothing after the move.
    unsafe {
        std::ptr::copy_nonoverlapping(
            f.slots.as_ptr().add(base),
            callee.slots.as_mut_ptr().add(first),
            nargs,
        );
    }
    f.set_sp(base);
}

/// A call of a plain Python function whose parameters take the `nargs`
/// values on top of `f`'s stack (below them the function, and NULL unless
/// the function came from LOAD_METHOD with `self` as the first value): the
/// callee frame running `code`, with the arguments, the missing ones'
/// defaults, and the function itself moved in (no count changes).
#[inline(always)]
fn enter_exact(f: &mut Frame, code: u64, n: usize, is_meth: bool) -> Box<Frame> {
    let nargs = n + is_meth as usize;
    let fv = f.peek(nargs + 1);
    let func = downcast_function(fv).expect("checked by the caller");
    // SAFETY: the caller checked that the function's code is `code`, which
    // the function holds alive.
    let mut callee =
        unsafe { Frame::alloc_for_call(code as *const CodeData, &func.globals, &func.builtins) };
    fill_defaults(&mut callee, func, nargs);
    move_top(f, &mut callee, 0, nargs);
    callee.func = f.pop_opt();
    if !is_meth {
        f.pop_opt();
    }
    callee
}

/// CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS and
/// CALL_ALLOC_AND_ENTER_INIT: the callee frame, or None on a miss.
#[inline(always)]
pub fn call_py(op: Opcode, c: &InlineCache, f: &mut Frame, n: usize) -> Option<Box<Frame>> {
    if f.kwnames.is_some() {
        return None;
    }
    let is_meth = f.peek_opt(n + 2).is_some();
    match op {
        Opcode::CALL_PY_EXACT_ARGS | Opcode::CALL_PY_WITH_DEFAULTS => {
            let func = downcast_function(f.peek(n + 1 + is_meth as usize))?;
            if func.version.get() != c.a.get() {
                return None;
            }
            Some(enter_exact(f, c.c.get(), n, is_meth))
        }
        Opcode::CALL_BOUND_METHOD_EXACT_ARGS => {
            if is_meth {
                return None;
            }
            let (fv, slf) = function::bound_method_parts(f.peek(n + 1))?;
            let func = downcast_function(fv)?;
            if func.version.get() != c.a.get() {
                return None;
            }
            let (fv, slf) = (fv.clone(), slf.clone());
            let func = downcast_function(&fv)?;
            let mut callee = enter(c.c.get(), &fv, func);
            callee.slots[0] = Some(slf);
            move_args(f, &mut callee, 1, n, n);
            fill_defaults(&mut callee, func, n + 1);
            Some(callee)
        }
        _ => {
            if is_meth {
                return None;
            }
            let cls = f.peek(n + 1);
            let t = downcast_type(cls)?;
            if t.version.get() != c.a.get() || !std::ptr::eq(cls.ty(), &TYPE_TYPE) {
                return None;
            }
            // SAFETY: the class is unchanged, so its dict still holds __init__.
            let init = unsafe { cached(c.c.get()) };
            let func = downcast_function(&init)?;
            if func.version.get() != c.b.get() {
                return None;
            }
            let obj = object::new_object_instance(t);
            let mut callee = enter(c.d.get(), &init, func);
            callee.slots[0] = Some(obj.clone());
            callee.init_self = Some(obj);
            move_args(f, &mut callee, 1, n, n);
            fill_defaults(&mut callee, func, n + 1);
            Some(callee)
        }
    }
}

/// The generic CALL's first try, for sites that see many functions (a
/// method call on many classes): a plain Python function, or a bound method
/// of one, whose parameters take the positional arguments directly (missing
/// ones from its defaults). The callee frame, with the arguments moved in;
/// None when the arguments need the general binding.
pub fn call_py_any(f: &mut Frame, n: usize) -> Option<Box<Frame>> {
    if f.kwnames.is_some() {
        return None;
    }
    let is_meth = f.peek_opt(n + 2).is_some();
    let callable = f.peek(n + 1 + is_meth as usize);
    if downcast_function(callable).is_some() {
        let cd = super::exact_code(callable, n + is_meth as usize)?;
        return Some(enter_exact(f, cd as u64, n, is_meth));
    }
    let callable = callable.clone();
    if is_meth {
        return None;
    }
    let (fv, slf) = function::bound_method_parts(&callable)?;
    let cd = super::exact_code(fv, n + 1)?;
    let (fv, slf) = (fv.clone(), slf.clone());
    let func = downcast_function(&fv)?;
    let mut callee = enter(cd as u64, &fv, func);
    callee.slots[0] = Some(slf);
    move_args(f, &mut callee, 1, n, n);
    fill_defaults(&mut callee, func, n + 1);
    Some(callee)
}

/// Fills the parameters after the `given` positional arguments from the
/// function's defaults (the specializer checked that they cover them; the
/// function's version, which changes with `__defaults__`, still matches).
#[inline(always)]
fn fill_defaults(callee: &mut Frame, func: &function::FunctionObject, given: usize) {
    let argcount = callee.code.code.argcount as usize;
    if given >= argcount {
        return;
    }
    let defaults = func.defaults.borrow();
    let Some(items) = defaults.as_ref().and_then(tuple::downcast) else {
        return;
    };
    let items = &items.items;
    let start = items.len() + given - argcount;
    for (i, v) in items[start..].iter().enumerate() {
        callee.slots[given + i] = Some(v.clone());
    }
}

/// A frame for Python function `fv` whose code is the cached `code`.
#[inline(always)]
fn enter(code: u64, fv: &Value, func: &function::FunctionObject) -> Box<Frame> {
    // The function's version matched, so its code object (which holds this
    // CodeData) is the one cached and is alive.
    // SAFETY: see above.
    let mut callee =
        unsafe { Frame::alloc_for_call(code as *const CodeData, &func.globals, &func.builtins) };
    callee.func = Some(fv.clone());
    callee
}

/// CALL_BUILTIN_* and CALL_METHOD_DESCRIPTOR_FAST: the call's outcome
/// (the stack already cleaned up), or None on a miss.
#[inline(always)]
pub fn call_native(
    op: Opcode,
    c: &InlineCache,
    f: &mut Frame,
    n: usize,
) -> Option<PyResult<Value>> {
    if f.kwnames.is_some() {
        return None;
    }
    let is_meth = f.peek_opt(n + 2).is_some();
    let callable = f.peek(n + 1 + is_meth as usize);
    let nargs = n + is_meth as usize;
    let r = match op {
        Opcode::CALL_BUILTIN_CLASS => {
            if is_meth || callable.raw() != c.a.get() {
                return None;
            }
            let new = c.b.get();
            if new == 0 {
                // type(x)
                let t = f.peek(1).ty().as_value();
                Ok(t)
            } else {
                // SAFETY: the cached MethodDefs are 'static (the class, a
                // built-in one, matched).
                let new: &MethodDef = unsafe { &*(new as *const MethodDef) };
                // [cls, args...] is already on the stack.
                let prev = krait_runtime::args::set_self_counted(false);
                let r = function::call_native(
                    new,
                    &krait_runtime::args::Args::pos_only(f.top_n(nargs + 1)),
                );
                krait_runtime::args::set_self_counted(prev);
                match (r, c.c.get()) {
                    (Ok(obj), init) if init != 0 && obj.ty() as *const _ as u64 == c.d.get() => {
                        // SAFETY: as above.
                        let init: &MethodDef = unsafe { &*(init as *const MethodDef) };
                        // The class (immortal) gives its slot to the
                        // instance: [obj, args...] for __init__.
                        let at = f.sp() - nargs - 1;
                        f.slots[at] = Some(obj.clone());
                        let prev = krait_runtime::args::set_self_counted(true);
                        let r = function::call_native(
                            init,
                            &krait_runtime::args::Args::pos_only(f.top_n(nargs + 1)),
                        );
                        krait_runtime::args::set_self_counted(prev);
                        r.map(|_| obj)
                    }
                    (r, _) => r,
                }
            }
        }
        Opcode::CALL_BUILTIN_BOUND => {
            if is_meth || !callable.is_exact(&function::BUILTIN_FUNCTION_TYPE) {
                return None;
            }
            // SAFETY: checked type.
            let nf = unsafe { callable.payload_unchecked::<NativeFunction>() };
            if nf.def as *const MethodDef as u64 != c.a.get() {
                return None;
            }
            let def = nf.def;
            let slf = nf.self_.clone()?;
            // The bound function gives its slot to its self: [self, args...].
            let at = f.sp() - nargs - 1;
            f.slots[at] = Some(slf);
            let prev = krait_runtime::args::set_self_counted(c.b.get() != 0);
            let r = function::call_native(
                def,
                &krait_runtime::args::Args::pos_only(f.top_n(nargs + 1)),
            );
            krait_runtime::args::set_self_counted(prev);
            r
        }
        Opcode::CALL_METHOD_DESCRIPTOR_FAST => {
            if !is_meth {
                return None;
            }
            let def = function::method_descr_def(callable, f.peek(n + 1))?;
            if def as *const MethodDef as u64 != c.a.get() {
                return None;
            }
            let prev = krait_runtime::args::set_self_counted(true);
            let r =
                function::call_native(def, &krait_runtime::args::Args::pos_only(f.top_n(nargs)));
            krait_runtime::args::set_self_counted(prev);
            r
        }
        _ => {
            if !callable.is_exact(&function::BUILTIN_FUNCTION_TYPE) {
                return None;
            }
            // SAFETY: checked type.
            let nf = unsafe { callable.payload_unchecked::<NativeFunction>() };
            if nf.def as *const MethodDef as u64 != c.a.get() || nf.self_.is_some() {
                return None;
            }
            let args = f.top_n(nargs);
            match op {
                Opcode::CALL_BUILTIN_LEN if nargs == 1 => {
                    protocol::len(&args[0]).map(|l| int::from_i64(l as i64))
                }
                Opcode::CALL_BUILTIN_ISINSTANCE if nargs == 2 => {
                    protocol::isinstance(&args[0], &args[1])
                        .map(krait_runtime::types::bool_::new_bool)
                }
                _ => {
                    let prev = krait_runtime::args::set_self_counted(false);
                    let r =
                        function::call_native(nf.def, &krait_runtime::args::Args::pos_only(args));
                    krait_runtime::args::set_self_counted(prev);
                    r
                }
            }
        }
    };
    let depth = f.sp() - f.code.nlocalsplus - n - 2;
    f.truncate_stack(depth);
    Some(r)
}
