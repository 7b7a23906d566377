//! `float`: an IEEE double in a heap object (the JIT unboxes it in traces).
//! Comparisons with ints are exact, as CPython's.

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::format::{self, PowResult};
use crate::numfmt::py;
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, BinOp, CompareOp};
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, int, none, str as pystr, tuple, GetSetDef, MethodDef};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;
use std::cmp::Ordering;

#[repr(C)]
pub struct FloatObject {
    pub head: ObjHeader,
    pub value: f64,
}
impl Payload for FloatObject {}

pub static FLOAT_SUB_LAYOUT: Layout = sub_layout_of::<FloatObject>(None);
pub static FLOAT_LAYOUT: Layout = Layout {
    dealloc: float_dealloc,
    ..layout_of::<FloatObject>(false, None, Some(&FLOAT_SUB_LAYOUT))
};

/// Freed float objects kept for reuse (floats are the most allocated
/// objects in numeric code; CPython keeps a free list for the same reason).
const FREE_LIST_MAX: usize = 256;

/// A fixed-size stack of freed floats (no destructor, so it stays usable
/// while other thread-locals are torn down).
struct FreeFloats {
    items: [Cell<*mut FloatObject>; FREE_LIST_MAX],
    len: Cell<usize>,
}

thread_local! {
    static FREE_FLOATS: FreeFloats = const {
        FreeFloats {
            items: [const { Cell::new(std::ptr::null_mut()) }; FREE_LIST_MAX],
            len: Cell::new(0),
        }
    };
}

/// Frees an exact float (to the free list when there is room).
///
/// # Safety
/// `p` must be an exact float with a zero count.
#[inline]
pub unsafe fn float_dealloc(p: *mut ObjHeader) {
    let kept = FREE_FLOATS.with(|f| {
        let n = f.len.get();
        if n < FREE_LIST_MAX {
            f.items[n].set(p as *mut FloatObject);
            f.len.set(n + 1);
            true
        } else {
            false
        }
    });
    if !kept {
        // SAFETY: p was allocated as a Box<FloatObject> by new_float.
        unsafe { crate::alloc::dealloc_plain::<FloatObject>(p) };
    }
}

pub static FLOAT_TYPE: TypeObject = TypeObject::new_static(
    "float",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::FLOAT_SUBCLASS,
    &FLOAT_LAYOUT,
);

/// A new float.
#[inline]
pub fn new_float(x: f64) -> Value {
    let recycled = FREE_FLOATS.with(|f| {
        let n = f.len.get();
        (n > 0).then(|| {
            f.len.set(n - 1);
            f.items[n - 1].get()
        })
    });
    if let Some(p) = recycled {
        // SAFETY: p is a freed FloatObject allocation from the free list;
        // re-initializing it in place makes it a fresh object with one reference.
        unsafe {
            std::ptr::write(
                p,
                FloatObject {
                    head: ObjHeader::new(&FLOAT_TYPE),
                    value: x,
                },
            );
            return Value::from_owned_ptr(p as *const ObjHeader);
        }
    }
    alloc_plain(FloatObject {
        head: ObjHeader::new(&FLOAT_TYPE),
        value: x,
    })
}

/// The value if `v` is exactly a float (not a subclass).
#[inline(always)]
pub fn exact_f64(v: &Value) -> Option<f64> {
    if !v.is_small_int() && v.is_exact(&FLOAT_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { v.payload_unchecked::<FloatObject>() }.value)
    } else {
        None
    }
}

/// The value if `v` is a float or subclass.
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    if !v.is_small_int() && v.ty().has_flag(flags::FLOAT_SUBCLASS) {
        // SAFETY: float subclasses start with a FloatObject.
        Some(unsafe { v.payload_unchecked::<FloatObject>() }.value)
    } else {
        None
    }
}

/// `x // y` with Python's sign rules.
pub fn floordiv(x: f64, y: f64) -> PyResult<f64> {
    py(format::float_floordiv(x, y))
}

/// `x % y` with Python's sign rules.
pub fn modulo(x: f64, y: f64) -> PyResult<f64> {
    py(format::float_mod(x, y))
}

/// `x ** y` for floats (CPython's special cases); a negative base with a
/// fractional exponent gives a complex result.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    match py(format::float_pow(x, y))? {
        PowResult::Float(r) => Ok(new_float(r)),
        PowResult::Complex => crate::types::complex::complex_pow_values(x, 0.0, y, 0.0),
    }
}

/// Fast float arithmetic; `None` when not handled here.
#[inline]
pub fn float_binop(x: f64, y: f64, op: BinOp) -> Option<PyResult<Value>> {
    Some(match op {
        BinOp::Add => Ok(new_float(x + y)),
        BinOp::Sub => Ok(new_float(x - y)),
        BinOp::Mul => Ok(new_float(x * y)),
        BinOp::TrueDiv => {
            if y == 0.0 {
                Err(zero_division("float division by zero"))
            } else {
                Ok(new_float(x / y))
            }
        }
        BinOp::FloorDiv => floordiv(x, y).map(new_float),
        BinOp::Mod => modulo(x, y).map(new_float),
        BinOp::Pow => float_pow(x, y),
        _ => return None,
    })
}

/// The operand as a float for mixed arithmetic: float, int or bool.
fn coerce(v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(v) {
        return Some(Ok(f));
    }
    int::to_bigint(v).map(|b| int::bigint_to_f64(&b))
}

fn binop(a: &Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let x = match coerce(&p[0]) {
        Some(r) => r?,
        None => return Ok(none::not_implemented()),
    };
    let y = match coerce(&p[1]) {
        Some(r) => r?,
        None => return Ok(none::not_implemented()),
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    float_binop(x, y, op).unwrap_or_else(|| Ok(none::not_implemented()))
}

macro_rules! float_ops {
    ($( $fwd:ident, $rev:ident, $op:expr; )*) => {
        $(
            fn $fwd(a: &Args) -> PyResult<Value> { binop(a, $op, false) }
            fn $rev(a: &Args) -> PyResult<Value> { binop(a, $op, true) }
        )*
    };
}
float_ops! {
    float_add, float_radd, BinOp::Add;
    float_sub, float_rsub, BinOp::Sub;
    float_mul, float_rmul, BinOp::Mul;
    float_truediv, float_rtruediv, BinOp::TrueDiv;
    float_floordiv, float_rfloordiv, BinOp::FloorDiv;
    float_mod, float_rmod, BinOp::Mod;
}

fn float_pow_m(a: &Args) -> PyResult<Value> {
    let p = a.check("__pow__", 2, 3)?;
    if p.len() == 3 && !none::is_none(&p[2]) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    binop(&Args::pos_only(&p[..2]), BinOp::Pow, false)
}
fn float_rpow(a: &Args) -> PyResult<Value> {
    let p = a.check("__rpow__", 2, 3)?;
    binop(&Args::pos_only(&p[..2]), BinOp::Pow, true)
}

fn float_divmod(a: &Args) -> PyResult<Value> {
    let p = a.check("__divmod__", 2, 2)?;
    let (Some(x), Some(y)) = (coerce(&p[0]), coerce(&p[1])) else {
        return Ok(none::not_implemented());
    };
    let (q, r) = py(format::float_divmod(x?, y?))?;
    Ok(tuple::new_tuple(vec![new_float(q), new_float(r)]))
}
fn float_rdivmod(a: &Args) -> PyResult<Value> {
    let p = a.check("__rdivmod__", 2, 2)?;
    float_divmod(&Args::pos_only(&[p[1].clone(), p[0].clone()]))
}

fn this(a: &Args) -> PyResult<f64> {
    as_f64(&a.pos()[0]).ok_or_else(|| type_error("float expected"))
}

fn float_neg(a: &Args) -> PyResult<Value> {
    Ok(new_float(-this(a)?))
}
fn float_pos(a: &Args) -> PyResult<Value> {
    Ok(new_float(this(a)?))
}
fn float_abs(a: &Args) -> PyResult<Value> {
    Ok(new_float(this(a)?.abs()))
}
fn float_bool(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(this(a)? != 0.0))
}
fn float_float(a: &Args) -> PyResult<Value> {
    Ok(new_float(this(a)?))
}

/// `int(x)` for a float (truncates).
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(int::from_i64(t as i64));
    }
    Ok(int::from_bigint(f64_to_bigint(t)))
}

/// An integral finite float as a BigInt.
pub fn f64_to_bigint(t: f64) -> BigInt {
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let v = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if t < 0.0 {
        -v
    } else {
        v
    }
}

fn float_int(a: &Args) -> PyResult<Value> {
    float_to_int(this(a)?)
}
fn float_floor(a: &Args) -> PyResult<Value> {
    float_to_int(this(a)?.floor())
}
fn float_ceil(a: &Args) -> PyResult<Value> {
    float_to_int(this(a)?.ceil())
}

/// CPython's hash of a float (equal to the hash of an equal int); NaN
/// hashes by identity, which the caller handles.
pub fn hash_f64(x: f64) -> i64 {
    if x.fract() == 0.0 && x.abs() < 9.0e18 {
        return int::hash_i64(x as i64);
    }
    format::float_hash(x)
}

/// `math.frexp`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_hash(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let x = this(a)?;
    if x.is_nan() {
        return Ok(int::from_i64(crate::types::object::identity_hash(v)));
    }
    Ok(int::from_i64(hash_f64(x)))
}

fn float_repr(a: &Args) -> PyResult<Value> {
    Ok(pystr::from_string(format::float_repr(this(a)?)))
}

fn float_format(a: &Args) -> PyResult<Value> {
    let p = a.check("__format__", 2, 2)?;
    let spec = pystr::as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].ty().name()
        ))
    })?;
    let x = this(a)?;
    if spec.is_empty() {
        if p[0].is_exact(&FLOAT_TYPE) {
            return Ok(pystr::from_string(format::float_repr(x)));
        }
        return protocol::str_of(&p[0]);
    }
    Ok(pystr::from_string(crate::numfmt::format_float_spec_as(
        x,
        spec,
        &p[0].ty().name(),
    )?))
}

/// Exact comparison of a float with an int.
pub fn compare_float_int(x: f64, b: &BigInt) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(i) = b.to_i64() {
        if i.unsigned_abs() < 1 << 53 {
            return x.partial_cmp(&(i as f64));
        }
    }
    let fl = x.floor();
    let fb = f64_to_bigint(fl);
    match fb.cmp(b) {
        Ordering::Equal => Some(if x > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn compare(a: &Args, op: CompareOp) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let x = this(a)?;
    let ord = if let Some(y) = as_f64(&p[1]) {
        x.partial_cmp(&y)
    } else if let Some(b) = int::to_bigint(&p[1]) {
        compare_float_int(x, &b)
    } else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(op.test_partial(ord)))
}
fn float_lt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Lt)
}
fn float_le(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Le)
}
fn float_eq(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Eq)
}
fn float_ne(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ne)
}
fn float_gt(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Gt)
}
fn float_ge(a: &Args) -> PyResult<Value> {
    compare(a, CompareOp::Ge)
}

fn float_is_integer(a: &Args) -> PyResult<Value> {
    let x = this(a)?;
    Ok(bool_::new_bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(a: &Args) -> PyResult<Value> {
    let (n, d) = py(format::float_as_integer_ratio(this(a)?))?;
    Ok(tuple::new_tuple(vec![
        int::from_bigint(n),
        int::from_bigint(d),
    ]))
}

fn float_round(a: &Args) -> PyResult<Value> {
    let p = a.check("__round__", 1, 2)?;
    let x = this(a)?;
    match p.get(1) {
        Some(n) if !none::is_none(n) => {
            // ndigits is clipped to the i64 range, as PyNumber_AsSsize_t(.., NULL).
            let nd = protocol::index_of(n)?;
            let nd = nd
                .to_i64()
                .unwrap_or(if nd.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                });
            Ok(new_float(round_ndigits(x, nd)?))
        }
        _ => Ok(int::from_bigint(py(format::float_round_to_int(x))?)),
    }
}

/// `round(x, n)`: correctly rounded through the exact decimal expansion.
pub fn round_ndigits(x: f64, nd: i64) -> PyResult<f64> {
    py(format::float_round(x, nd))
}

fn float_trunc(a: &Args) -> PyResult<Value> {
    float_to_int(this(a)?)
}
fn float_conjugate(a: &Args) -> PyResult<Value> {
    Ok(new_float(this(a)?))
}
fn float_hex(a: &Args) -> PyResult<Value> {
    let x = this(a)?;
    Ok(pystr::from_string(float_hex_string(x)))
}

/// `float.hex()`.
pub fn float_hex_string(x: f64) -> String {
    format::float_to_hex(x)
}

fn float_new(a: &Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let t = downcast_type(&cls)
        .ok_or_else(|| type_error("float.__new__(X): X is not a type object"))?;
    a.no_kw("float")?;
    let p = &a.pos()[1..];
    if p.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            p.len()
        )));
    }
    let x = match p.first() {
        None => 0.0,
        Some(v) => float_from_object(v)?,
    };
    if std::ptr::eq(t, &FLOAT_TYPE) {
        Ok(new_float(x))
    } else {
        Ok(alloc_instance(
            FloatObject {
                head: ObjHeader::new(t),
                value: x,
            },
            t,
        ))
    }
}

/// `float(v)`.
pub fn float_from_object(v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        if v.is_exact(&FLOAT_TYPE) {
            return Ok(f);
        }
    }
    let bad = || {
        value_error(format!(
            "could not convert string to float: {}",
            protocol::repr_string(v).unwrap_or_default()
        ))
    };
    if let Some(s) = pystr::as_str(v) {
        return format::parse_float(s).ok_or_else(bad);
    }
    if crate::types::bytes::is_bytes_like(v) {
        let b = crate::types::bytes::bytes_from_object(v)?;
        // Non-UTF-8 bytes can never form a float literal.
        let s = std::str::from_utf8(&b).map_err(|_| bad())?;
        return format::parse_float(s).ok_or_else(bad);
    }
    if let Some(r) = protocol::call_special(v, "__float__", &[]) {
        let r = r?;
        return as_f64(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if let Some(f) = as_f64(v) {
        return Ok(f);
    }
    if let Some(r) = protocol::call_special(v, "__index__", &[]) {
        let r = r?;
        if let Some(b) = int::to_bigint(&r) {
            return int::bigint_to_f64(&b);
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        v.ty().name()
    )))
}

fn float_fromhex(a: &Args) -> PyResult<Value> {
    let p = a.check("fromhex", 2, 2)?;
    let s = pystr::as_str(&p[1])
        .ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let x = py(format::float_from_hex(s))?;
    if downcast_type(&p[0])
        .map(|t| std::ptr::eq(t, &FLOAT_TYPE))
        .unwrap_or(false)
    {
        Ok(new_float(x))
    } else {
        protocol::call_pos(&p[0], &[new_float(x)])
    }
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(new_float(as_f64(v).unwrap_or(0.0)))
}
fn get_imag(_v: &Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}
fn float_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![new_float(this(a)?)]))
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", float_new),
    crate::types::method("__add__", float_add),
    crate::types::method("__radd__", float_radd),
    crate::types::method("__sub__", float_sub),
    crate::types::method("__rsub__", float_rsub),
    crate::types::method("__mul__", float_mul),
    crate::types::method("__rmul__", float_rmul),
    crate::types::method("__truediv__", float_truediv),
    crate::types::method("__rtruediv__", float_rtruediv),
    crate::types::method("__floordiv__", float_floordiv),
    crate::types::method("__rfloordiv__", float_rfloordiv),
    crate::types::method("__mod__", float_mod),
    crate::types::method("__rmod__", float_rmod),
    crate::types::method("__divmod__", float_divmod),
    crate::types::method("__rdivmod__", float_rdivmod),
    crate::types::method("__pow__", float_pow_m),
    crate::types::method("__rpow__", float_rpow),
    crate::types::method("__neg__", float_neg),
    crate::types::method("__pos__", float_pos),
    crate::types::method("__abs__", float_abs),
    crate::types::method("__bool__", float_bool),
    crate::types::method("__int__", float_int),
    crate::types::method("__float__", float_float),
    crate::types::method("__trunc__", float_trunc),
    crate::types::method("__floor__", float_floor),
    crate::types::method("__ceil__", float_ceil),
    crate::types::method("__round__", float_round),
    crate::types::method("__hash__", float_hash),
    crate::types::method("__repr__", float_repr),
    crate::types::method("__format__", float_format),
    crate::types::method("__lt__", float_lt),
    crate::types::method("__le__", float_le),
    crate::types::method("__eq__", float_eq),
    crate::types::method("__ne__", float_ne),
    crate::types::method("__gt__", float_gt),
    crate::types::method("__ge__", float_ge),
    crate::types::method("is_integer", float_is_integer),
    crate::types::method("as_integer_ratio", float_as_integer_ratio),
    crate::types::method("conjugate", float_conjugate),
    crate::types::method("hex", float_hex),
    crate::types::classmethod("fromhex", float_fromhex),
    crate::types::method("__getnewargs__", float_getnewargs),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        get: get_imag,
        set: None,
    },
];

pub fn init() {
    crate::types::init_builtin_type(&FLOAT_TYPE, METHODS, GETSETS);
}
