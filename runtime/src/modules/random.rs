//! The `_random` module: the built-in type `_random.Random`, a Mersenne
//! Twister ([`Mt19937`]) with CPython's `random()`, `getrandbits(k)`,
//! `seed(n=None)`, `getstate()` and `setstate(state)`. The Python `random`
//! module (interp/pylib/random.py) subclasses it and builds every
//! distribution on these five methods.
//!
//! As in CPython, `__new__` accepts any arguments and leaves the generator
//! in an all-zero state; `__init__` seeds it (so a subclass's own
//! `__init__` decides how seeding happens). Unlike CPython's C type, `seed`
//! hashes str/bytes/bytearray seeds with SHA-512 itself (CPython's
//! random.py does that before calling down).

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::{arity_error, Args};
use crate::err::{overflow_error, type_error, value_error, PyResult};
use crate::modules::math::math_err;
use crate::mt19937::Mt19937;
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{
    bytes, dict, float, function, int, method, module, none, str as pystr, tuple, MethodDef,
    MethodKind,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::borrow::Cow;
use std::cell::RefCell;

/// Number of state words of the generator (the state tuple has one more:
/// the index of the next word).
const N: usize = 624;

/// A `_random.Random` instance.
#[repr(C)]
pub struct RandomObject {
    pub head: ObjHeader,
    pub mt: RefCell<Mt19937>,
}
impl Payload for RandomObject {}

static RANDOM_SUB_LAYOUT: Layout = sub_layout_of::<RandomObject>(None);
static RANDOM_LAYOUT: Layout = layout_of::<RandomObject>(false, None, Some(&RANDOM_SUB_LAYOUT));
/// `_random.Random`.
pub static RANDOM_TYPE: TypeObject = TypeObject::new_static(
    "_random.Random",
    &OBJECT_TYPE,
    flags::BASETYPE,
    &RANDOM_LAYOUT,
);

/// The generator of `self` (the method descriptors have checked its type).
fn this<'a>(a: &Args<'a>) -> PyResult<&'a RandomObject> {
    let v = &a.pos()[0];
    if v.is_small_int() || !v.ty().is_subtype(&RANDOM_TYPE) {
        return Err(type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            v.ty().name()
        )));
    }
    // SAFETY: Random and its subclasses start with a RandomObject.
    Ok(unsafe { v.payload_unchecked::<RandomObject>() })
}

/// A generator in the all-zero state CPython's generic allocation leaves.
fn zeroed() -> Mt19937 {
    let mut mt = Mt19937::new();
    // Cannot fail: the right number of words and an index in range.
    let _ = mt.setstate_with_index(&[0; N], 0);
    mt
}

/// The positional arguments after `self`, rejecting keywords.
fn method_args<'a>(a: &Args<'a>, fname: &str) -> PyResult<&'a [Value]> {
    a.no_kw(fname)?;
    Ok(&a.pos()[1..])
}

fn r_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls).ok_or_else(|| {
        type_error(format!(
            "_random.Random.__new__(X): X is not a type object ({})",
            cls.ty().name()
        ))
    })?;
    if !t.is_subtype(&RANDOM_TYPE) {
        let name = t.name();
        return Err(type_error(format!(
            "_random.Random.__new__({name}): {name} is not a subtype of _random.Random"
        )));
    }
    let obj = RandomObject {
        head: ObjHeader::new(t),
        mt: RefCell::new(zeroed()),
    };
    if std::ptr::eq(t, &RANDOM_TYPE) {
        Ok(alloc_plain(obj))
    } else {
        Ok(alloc_instance(obj, t))
    }
}

/// Whether `__init__` of `t` is this type's own (not overridden).
fn init_is_native(t: &TypeObject) -> bool {
    t.lookup_str("__init__").is_some_and(|f| {
        function::is_native_of(&f, "__init__") && f.is_exact(&function::METHOD_DESCRIPTOR_TYPE) && {
            // SAFETY: checked it is a method descriptor.
            let md = unsafe { f.payload_unchecked::<function::MethodDescr>() };
            std::ptr::eq(md.owner, &RANDOM_TYPE)
        }
    })
}

fn r_init(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let t = a.pos()[0].ty();
    if a.has_kw() && (std::ptr::eq(t, &RANDOM_TYPE) || init_is_native(t)) {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let p = &a.pos()[1..];
    if p.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(slf, p.first())?;
    Ok(none::none())
}

/// Seeds from `arg` as CPython's `random_seed` (plus SHA-512 for text and
/// bytes): None from the OS, an int by its absolute value, str by its UTF-8
/// bytes, bytes/bytearray by content, anything else by `hash(arg)` read as
/// an unsigned 64-bit word.
fn seed_with(slf: &RandomObject, arg: Option<&Value>) -> PyResult<()> {
    let arg = match arg {
        Some(v) if !none::is_none(v) => v,
        _ => {
            slf.mt.borrow_mut().seed_from_entropy();
            return Ok(());
        }
    };
    if let Some(n) = int::to_bigint(arg) {
        slf.mt.borrow_mut().seed_from_int(&n.abs());
        return Ok(());
    }
    if let Some(s) = pystr::as_str(arg) {
        let data = s.as_bytes().to_vec();
        slf.mt.borrow_mut().seed_from_bytes(&data);
        return Ok(());
    }
    if bytes::is_bytes_like(arg) {
        let data = bytes::bytes_from_object(arg)?;
        slf.mt.borrow_mut().seed_from_bytes(&data);
        return Ok(());
    }
    let h = protocol::hash(arg)?;
    slf.mt.borrow_mut().seed_from_int(&BigInt::from(h as u64));
    Ok(())
}

fn r_seed(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let p = method_args(a, "Random.seed")?;
    if p.len() > 1 {
        return Err(arity_error("seed", 0, 1, p.len()));
    }
    seed_with(slf, p.first())?;
    Ok(none::none())
}

fn r_random(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let p = method_args(a, "Random.random")?;
    if !p.is_empty() {
        return Err(arity_error("Random.random", 0, 0, p.len()));
    }
    let x = slf.mt.borrow_mut().random();
    Ok(float::new_float(x))
}

fn r_getrandbits(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let p = method_args(a, "Random.getrandbits")?;
    if p.len() != 1 {
        return Err(arity_error("Random.getrandbits", 1, 1, p.len()));
    }
    let k = protocol::index_of(&p[0])?;
    // A C int first (as `_PyLong_AsInt`), then the sign check.
    if k.to_i32().is_none() {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    let r = slf
        .mt
        .borrow_mut()
        .getrandbits_checked(&k)
        .map_err(math_err)?;
    Ok(int::from_bigint(r))
}

fn r_getstate(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let p = method_args(a, "Random.getstate")?;
    if !p.is_empty() {
        return Err(arity_error("Random.getstate", 0, 0, p.len()));
    }
    let words = slf.mt.borrow().getstate();
    Ok(tuple::new_tuple(
        words.into_iter().map(|w| int::from_i64(w as i64)).collect(),
    ))
}

/// One state word as `PyLong_AsUnsignedLong` reads it, truncated to 32 bits.
fn state_word(v: &Value) -> PyResult<u32> {
    let n = int::to_bigint(v).ok_or_else(|| type_error("an integer is required"))?;
    if n.is_negative() {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    let w = n
        .to_u64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))?;
    Ok(w as u32)
}

fn r_setstate(a: &Args) -> PyResult<Value> {
    let slf = this(a)?;
    let p = method_args(a, "Random.setstate")?;
    if p.len() != 1 {
        return Err(arity_error("Random.setstate", 1, 1, p.len()));
    }
    let state = tuple::downcast(&p[0]).ok_or_else(|| type_error("state vector must be a tuple"))?;
    let items = state.items.to_vec();
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let words = items[..N]
        .iter()
        .map(state_word)
        .collect::<PyResult<Vec<u32>>>()?;
    let index = protocol::index_of(&items[N])?
        .to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    slf.mt
        .borrow_mut()
        .setstate_with_index(&words, index)
        .map_err(math_err)?;
    Ok(none::none())
}

static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__new__",
        func: r_new,
        kind: MethodKind::Static,
        doc: "",
    },
    method("__init__", r_init),
    method("random", r_random),
    method("seed", r_seed),
    method("getstate", r_getstate),
    method("setstate", r_setstate),
    method("getrandbits", r_getrandbits),
];

/// Fills `_random.Random` (once; later calls do nothing).
pub fn init() {
    if RANDOM_TYPE.dict.borrow().is_some() {
        return;
    }
    *RANDOM_TYPE.qualname.borrow_mut() = Cow::Borrowed("Random");
    RANDOM_TYPE.doc.set(Some(
        "Random() -> create a random number generator with its own internal state.",
    ));
    crate::types::init_builtin_type(&RANDOM_TYPE, METHODS, &[]);
}

/// Builds the module.
pub fn make() -> PyResult<Value> {
    init();
    let m = module::new_module("_random");
    let d = module::module_dict(&m).ok_or_else(|| type_error("module without a dict"))?;
    dict::set_str(
        &d,
        "__doc__",
        pystr::new_str("Module implements the Mersenne Twister random number generator."),
    );
    dict::set_str(&d, "Random", RANDOM_TYPE.as_value());
    Ok(m)
}
