//! `int`: small ints live in the value word (63-bit); larger ones are heap
//! objects holding a `BigInt`. Arithmetic overflows into big ints and
//! results that fit are normalized back to small ints, so a value's
//! representation never depends on how it was computed.

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{overflow_error, type_error, value_error, zero_division, PyErr, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, BinOp, CompareOp};
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, float, none, str as pystr, tuple, GetSetDef, MethodDef};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct IntObject {
    pub head: ObjHeader,
    pub value: BigInt,
}
impl Payload for IntObject {}

pub static INT_SUB_LAYOUT: Layout = sub_layout_of::<IntObject>(None);
pub static INT_LAYOUT: Layout = layout_of::<IntObject>(false, None, Some(&INT_SUB_LAYOUT));
pub static INT_TYPE: TypeObject = TypeObject::new_static(
    "int",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::INT_SUBCLASS,
    &INT_LAYOUT,
);

/// An int value from an i64.
#[inline]
pub fn from_i64(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::small_int_unchecked(i)
    } else {
        alloc_plain(IntObject {
            head: ObjHeader::new(&INT_TYPE),
            value: BigInt::from(i),
        })
    }
}

/// An int value from an i128.
#[inline]
pub fn from_i128(i: i128) -> Value {
    if i >= crate::object::SMALL_INT_MIN as i128 && i <= crate::object::SMALL_INT_MAX as i128 {
        Value::small_int_unchecked(i as i64)
    } else {
        alloc_plain(IntObject {
            head: ObjHeader::new(&INT_TYPE),
            value: BigInt::from(i),
        })
    }
}

/// An int value from a BigInt (small when it fits).
pub fn from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::small_int_unchecked(i);
        }
    }
    alloc_plain(IntObject {
        head: ObjHeader::new(&INT_TYPE),
        value: b,
    })
}

/// An int instance of (sub)type `ty`.
pub fn from_bigint_of_type(b: BigInt, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &INT_TYPE) {
        return from_bigint(b);
    }
    alloc_instance(
        IntObject {
            head: ObjHeader::new(ty),
            value: b,
        },
        ty,
    )
}

/// Whether `v` is an int (including bool and subclasses).
#[inline]
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.ty().has_flag(flags::INT_SUBCLASS)
}

/// The value of an int (or bool) as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if v.is_small_int() {
        return Some(BigInt::from(v.small_int()));
    }
    if let Some(b) = bool_::as_bool(v) {
        return Some(BigInt::from(b as i64));
    }
    if v.ty().has_flag(flags::INT_SUBCLASS) {
        // SAFETY: int subclasses (other than bool) start with an IntObject.
        return Some(unsafe { v.payload_unchecked::<IntObject>() }.value.clone());
    }
    None
}

/// The value of an int (or bool) as a BigInt, borrowed from the object when
/// it holds one (arithmetic on big ints reads its operands without copying
/// their digits).
pub fn bigint_cow(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    use std::borrow::Cow;
    if v.is_small_int() {
        return Some(Cow::Owned(BigInt::from(v.small_int())));
    }
    if let Some(b) = bool_::as_bool(v) {
        return Some(Cow::Owned(BigInt::from(b as i64)));
    }
    if v.ty().has_flag(flags::INT_SUBCLASS) {
        // SAFETY: int subclasses (other than bool) start with an IntObject.
        return Some(Cow::Borrowed(
            &unsafe { v.payload_unchecked::<IntObject>() }.value,
        ));
    }
    None
}

/// The value of an int as an i64 if it fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.small_int());
    }
    bigint_cow(v).and_then(|b| b.to_i64())
}

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int that fits an i64.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of any int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_i64(i);
    }
    crate::format::int_hash(b)
}

/// Correctly rounded int -> float ("int too large to convert to float").
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        if i.unsigned_abs() <= 1 << 53 {
            return Ok(i as f64);
        }
    }
    crate::numfmt::bigint_to_f64(b)
}

/// The 4300-digit limit of int <-> str conversion (sys.set_int_max_str_digits).
pub fn max_str_digits() -> usize {
    crate::builtins::int_max_str_digits()
}

/// `str(int)` with the digit limit.
pub fn to_decimal_string(b: &BigInt) -> PyResult<String> {
    crate::numfmt::py(crate::format::int_to_decimal_string(b, max_str_digits()))
}

/// Fast arithmetic on two small ints; `None` to take the general path.
#[inline]
pub fn small_binop(a: i64, b: i64, op: BinOp) -> Option<PyResult<Value>> {
    let (x, y) = (a as i128, b as i128);
    Some(Ok(match op {
        BinOp::Add => from_i128(x + y),
        BinOp::Sub => from_i128(x - y),
        BinOp::Mul => from_i128(x * y),
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(zero_division("integer division or modulo by zero")));
            }
            from_i128(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(zero_division("integer modulo by zero")));
            }
            from_i128(Integer::mod_floor(&x, &y))
        }
        BinOp::And => Value::small_int_unchecked(a & b),
        BinOp::Or => Value::small_int_unchecked(a | b),
        BinOp::Xor => Value::small_int_unchecked(a ^ b),
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            Value::small_int_unchecked(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b < 64 {
                let r = x << b;
                if r >> b == x && r.unsigned_abs() < (1u128 << 126) {
                    return Some(Ok(from_i128(r)));
                }
            }
            return None;
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(zero_division("division by zero")));
            }
            if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                float::new_float(a as f64 / b as f64)
            } else {
                return None;
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return None;
            }
            let mut acc: i128 = 1;
            let mut base = x;
            let mut e = b;
            while e > 0 {
                if e & 1 == 1 {
                    acc = acc.checked_mul(base)?;
                    if acc.unsigned_abs() > (1u128 << 100) {
                        return None;
                    }
                }
                e >>= 1;
                if e > 0 {
                    base = base.checked_mul(base)?;
                    if base.unsigned_abs() > (1u128 << 100) {
                        return None;
                    }
                }
            }
            from_i128(acc)
        }
        BinOp::MatMul => return None,
    }))
}

fn big_pow(base: &BigInt, exp: &BigInt) -> PyResult<Value> {
    if exp.is_negative() {
        // A negative exponent makes it a float power, as CPython's long_pow.
        let fb = bigint_to_f64(base)?;
        let fe = bigint_to_f64(exp)?;
        return float::float_pow(fb, fe);
    }
    if base.is_zero() {
        return Ok(from_i64(if exp.is_zero() { 1 } else { 0 }));
    }
    if base.is_one() {
        return Ok(from_i64(1));
    }
    if *base == BigInt::from(-1) {
        return Ok(from_i64(if exp.is_even() { 1 } else { -1 }));
    }
    let e = exp
        .to_u64()
        .ok_or_else(|| overflow_error("exponent too large"))?;
    if e > u32::MAX as u64 {
        return Err(crate::err::memory_error());
    }
    Ok(from_bigint(num_traits::pow::Pow::pow(base, e as u32)))
}

/// General int arithmetic (both operands ints or bools).
pub fn int_binop_values(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        if Value::fits_small(x) && Value::fits_small(y) {
            if let Some(r) = small_binop(x, y, op) {
                return r;
            }
        }
    }
    let (Some(x), Some(y)) = (bigint_cow(a), bigint_cow(b)) else {
        return Err(type_error("int expected"));
    };
    big_binop(&x, &y, op)
}

/// Quotient and remainder of `x >= 0` by a big `y > 0` when the quotient
/// is small (under 2**60), as in a spigot's digit extraction. The general
/// division normalizes, shifts and allocates several copies of the
/// operands; here the quotient comes from the operands' leading bits, off
/// by at most one either way, and one multiply-subtract gives the
/// remainder (None when the shortcut does not apply).
fn div_small_quotient(x: &BigInt, y: &BigInt) -> Option<(i64, BigInt)> {
    if x.is_negative() || !y.is_positive() {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb <= 128 || xb < yb || xb - yb > 60 {
        return None;
    }
    // With `y`'s top 64 bits (at least 2**63) as divisor and `x`'s bits
    // from the same position (at most 124 bits) as dividend, the quotient
    // is within one of the true one.
    let shift = yb - 64;
    let y_top = bits_from(y.magnitude(), shift) as u64;
    let x_top = bits_from(x.magnitude(), shift);
    let mut q = (x_top / y_top as u128) as i64;
    let mut r = x - y * q;
    while r.is_negative() {
        q -= 1;
        r += y;
    }
    while &r >= y {
        q += 1;
        r -= y;
    }
    Some((q, r))
}

/// The (at most 128) bits of `m` from bit `shift` up.
fn bits_from(m: &num_bigint::BigUint, shift: u64) -> u128 {
    let (limb, off) = ((shift / 64) as usize, (shift % 64) as u32);
    let mut digits = m.iter_u64_digits().skip(limb);
    let mut next = || digits.next().unwrap_or(0) as u128;
    let (l0, l1, l2) = (next(), next(), next());
    let low = (l0 | l1 << 64) >> off;
    if off == 0 {
        low
    } else {
        low | l2 << (128 - off)
    }
}

fn big_binop(x: &BigInt, y: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => from_bigint(x + y),
        BinOp::Sub => from_bigint(x - y),
        BinOp::Mul => from_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            match div_small_quotient(x, y) {
                Some((q, _)) => from_i64(q),
                None => from_bigint(x.div_floor(y)),
            }
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            match div_small_quotient(x, y) {
                Some((_, r)) => from_bigint(r),
                None => from_bigint(x.mod_floor(y)),
            }
        }
        BinOp::And => from_bigint(x & y),
        BinOp::Or => from_bigint(x | y),
        BinOp::Xor => from_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(from_i64(0));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            if s > 1 << 36 {
                return Err(overflow_error("too many digits in integer"));
            }
            from_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => {
                    // Floor semantics for negatives.
                    if x.is_negative() {
                        from_bigint(-((-x - BigInt::one()) >> s) - BigInt::one())
                    } else {
                        from_bigint(x >> s)
                    }
                }
                None => from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            float::new_float(crate::numfmt::int_true_divide(x, y)?)
        }
        BinOp::Pow => return big_pow(x, y),
        BinOp::MatMul => return Ok(none::not_implemented()),
    })
}

fn both(a: &Args) -> PyResult<(Value, Value)> {
    let p = a.check("op", 2, 2)?;
    Ok((p[0].clone(), p[1].clone()))
}

macro_rules! int_ops {
    ($( $fwd:ident, $rev:ident, $op:expr; )*) => {
        $(
            fn $fwd(a: &Args) -> PyResult<Value> {
                let (x, y) = both(a)?;
                if !is_int(&y) { return Ok(none::not_implemented()); }
                int_binop_values(&x, &y, $op)
            }
            fn $rev(a: &Args) -> PyResult<Value> {
                let (x, y) = both(a)?;
                if !is_int(&y) { return Ok(none::not_implemented()); }
                int_binop_values(&y, &x, $op)
            }
        )*
    };
}

int_ops! {
    int_add, int_radd, BinOp::Add;
    int_sub, int_rsub, BinOp::Sub;
    int_mul, int_rmul, BinOp::Mul;
    int_floordiv, int_rfloordiv, BinOp::FloorDiv;
    int_truediv, int_rtruediv, BinOp::TrueDiv;
    int_mod, int_rmod, BinOp::Mod;
    int_lshift, int_rlshift, BinOp::LShift;
    int_rshift, int_rrshift, BinOp::RShift;
    int_and, int_rand, BinOp::And;
    int_or, int_ror, BinOp::Or;
    int_xor, int_rxor, BinOp::Xor;
}

fn divmod_values(x: &Value, y: &Value) -> PyResult<Value> {
    let q = int_binop_values(x, y, BinOp::FloorDiv)?;
    let r = int_binop_values(x, y, BinOp::Mod)?;
    Ok(tuple::new_tuple(vec![q, r]))
}
fn int_divmod(a: &Args) -> PyResult<Value> {
    let (x, y) = both(a)?;
    if !is_int(&y) {
        return Ok(none::not_implemented());
    }
    divmod_values(&x, &y)
}
fn int_rdivmod(a: &Args) -> PyResult<Value> {
    let (x, y) = both(a)?;
    if !is_int(&y) {
        return Ok(none::not_implemented());
    }
    divmod_values(&y, &x)
}

/// `pow(base, exp, mod)` on ints.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = base.clone();
    let mut exp = exp.clone();
    if exp.is_negative() {
        base = mod_inverse(&base, m)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mabs = m.abs();
    let r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    // Result takes the sign of the modulus (floor semantics).
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn int_pow(a: &Args) -> PyResult<Value> {
    let p = a.check("__pow__", 2, 3)?;
    if !is_int(&p[1]) {
        return Ok(none::not_implemented());
    }
    match p.get(2) {
        Some(m) if !none::is_none(m) => {
            if !is_int(m) {
                return Ok(none::not_implemented());
            }
            int_pow_mod(
                &to_bigint(&p[0]).unwrap(),
                &to_bigint(&p[1]).unwrap(),
                &to_bigint(m).unwrap(),
            )
        }
        _ => int_binop_values(&p[0], &p[1], BinOp::Pow),
    }
}
fn int_rpow(a: &Args) -> PyResult<Value> {
    let p = a.check("__rpow__", 2, 3)?;
    if !is_int(&p[1]) {
        return Ok(none::not_implemented());
    }
    int_binop_values(&p[1], &p[0], BinOp::Pow)
}

fn unary(a: &Args) -> PyResult<BigInt> {
    to_bigint(&a.check("op", 1, 1)?[0]).ok_or_else(|| type_error("int expected"))
}
fn int_neg(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(-unary(a)?))
}
fn int_pos(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(unary(a)?))
}
fn int_abs(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(unary(a)?.abs()))
}
fn int_invert(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(-unary(a)? - 1))
}
fn int_bool(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(!unary(a)?.is_zero()))
}
fn int_int(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(unary(a)?))
}
fn int_float(a: &Args) -> PyResult<Value> {
    Ok(float::new_float(bigint_to_f64(&unary(a)?)?))
}
fn int_hash(a: &Args) -> PyResult<Value> {
    Ok(from_i64(hash_bigint(&unary(a)?)))
}
fn int_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    if v.is_small_int() {
        return Ok(pystr::from_string(v.small_int().to_string()));
    }
    Ok(pystr::from_string(to_decimal_string(&unary(a)?)?))
}

fn compare_int(a: &Args, op: CompareOp) -> PyResult<Value> {
    let (x, y) = both(a)?;
    if !is_int(&y) {
        return Ok(none::not_implemented());
    }
    if let (Some(i), Some(j)) = (as_i64(&x), as_i64(&y)) {
        return Ok(bool_::new_bool(op.test(i.cmp(&j))));
    }
    Ok(bool_::new_bool(
        op.test(bigint_cow(&x).cmp(&bigint_cow(&y))),
    ))
}
fn int_lt(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Lt)
}
fn int_le(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Le)
}
fn int_eq(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Eq)
}
fn int_ne(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Ne)
}
fn int_gt(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Gt)
}
fn int_ge(a: &Args) -> PyResult<Value> {
    compare_int(a, CompareOp::Ge)
}

fn int_round(a: &Args) -> PyResult<Value> {
    let p = a.check("__round__", 1, 2)?;
    let x = to_bigint(&p[0]).unwrap();
    match p.get(1) {
        None => Ok(from_bigint(x)),
        Some(n) if none::is_none(n) => Ok(from_bigint(x)),
        Some(n) => {
            let n = protocol::index_of(n)?;
            if !n.is_negative() {
                return Ok(from_bigint(x));
            }
            let k = (-n)
                .to_u32()
                .ok_or_else(|| overflow_error("ndigits too large"))?;
            let pow10 = num_traits::pow::Pow::pow(&BigInt::from(10), k);
            // Round half to even.
            let (q, r) = x.div_mod_floor(&pow10);
            let twice: BigInt = &r * 2;
            let q = match twice.cmp(&pow10) {
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal if q.is_odd() => q + 1,
                _ => q,
            };
            Ok(from_bigint(q * pow10))
        }
    }
}

fn int_bit_length(a: &Args) -> PyResult<Value> {
    Ok(from_i64(unary(a)?.bits() as i64))
}
fn int_bit_count(a: &Args) -> PyResult<Value> {
    let b = unary(a)?.abs();
    let (_, digits) = b.to_u64_digits();
    Ok(from_i64(digits.iter().map(|d| d.count_ones() as i64).sum()))
}
fn int_conjugate(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(unary(a)?))
}
fn int_as_integer_ratio(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![from_bigint(unary(a)?), from_i64(1)]))
}
fn int_index(a: &Args) -> PyResult<Value> {
    Ok(from_bigint(unary(a)?))
}
fn int_getnewargs(a: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![from_bigint(unary(a)?)]))
}
fn int_sizeof(a: &Args) -> PyResult<Value> {
    let b = unary(a)?;
    Ok(from_i64(24 + 4 * ((b.bits() as i64 + 29) / 30).max(1)))
}

fn byteorder_arg(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(b) => match pystr::as_str(b) {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                b.ty().name()
            ))),
        },
    }
}

fn int_to_bytes(a: &Args) -> PyResult<Value> {
    let slf = a.pos()[0].clone();
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [length, byteorder, signed] =
        rest.bind("to_bytes", ["length", "byteorder", "signed"], 0)?;
    let x = to_bigint(&slf).unwrap();
    let length = match length {
        Some(l) => protocol::index_i64(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(byteorder.as_ref())?;
    let signed = match signed {
        Some(s) => protocol::truthy(&s)?,
        None => false,
    };
    if x.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    // Trim redundant sign bytes for signed values.
    if signed {
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
        if bytes.len() == 1 && bytes[0] == 0 && x.is_zero() {
            bytes.clear();
        }
    }
    if bytes.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::types::bytes::new_bytes(bytes))
}

fn int_from_bytes(a: &Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [bytes, byteorder, signed] =
        rest.bind("from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let obj = bytes.unwrap_or_else(none::none);
    // Anything bytes() accepts (a list of ints, __bytes__, ...), as PyObject_Bytes.
    let data = if crate::types::bytes::is_bytes_like(&obj) {
        crate::types::bytes::bytes_from_object(&obj)?
    } else {
        if pystr::is_str(&obj) || is_int(&obj) {
            return Err(type_error(format!(
                "cannot convert '{}' object to bytes",
                obj.ty().name()
            )));
        }
        let b = protocol::call_pos(&crate::types::bytes::BYTES_TYPE.as_value(), &[obj])?;
        crate::types::bytes::bytes_from_object(&b)?
    };
    let little = byteorder_arg(byteorder.as_ref())?;
    let signed = match signed {
        Some(s) => protocol::truthy(&s)?,
        None => false,
    };
    let v = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let t = downcast_type(&cls).ok_or_else(|| type_error("from_bytes needs a class"))?;
    if std::ptr::eq(t, &INT_TYPE) {
        Ok(from_bigint(v))
    } else {
        protocol::call_pos(&cls, &[from_bigint(v)])
    }
}

/// `int.__format__` (also bool's: `format(True, 'd')` formats the int,
/// and errors name the actual type).
fn int_format(a: &Args) -> PyResult<Value> {
    let p = a.check("__format__", 2, 2)?;
    let spec = pystr::as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].ty().name()
        ))
    })?;
    if spec.is_empty() {
        return protocol::str_of(&p[0]);
    }
    let x = to_bigint(&p[0])
        .ok_or_else(|| type_error("descriptor '__format__' requires a 'int' object"))?;
    let s = crate::numfmt::format_int_spec_as(&x, spec, &p[0].ty().name())?;
    Ok(pystr::from_string(s))
}

/// Parses `s` as int() does with `base` (0 or 2..=36); `Ok(None)` for an
/// invalid literal, Err for the digit limit.
pub fn parse_int_literal(s: &str, base: u32) -> PyResult<Option<BigInt>> {
    crate::numfmt::parse_int_str(s, base)
}

/// `int(x)` conversion for a non-str argument.
pub fn int_from_object(v: &Value) -> PyResult<Value> {
    if let Some(b) = to_bigint(v) {
        return Ok(from_bigint(b));
    }
    if let Some(f) = float::as_f64(v) {
        return float::float_to_int(f);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = protocol::call_special(v, name, &[]) {
            let r = r?;
            return match to_bigint(&r) {
                Some(b) => Ok(from_bigint(b)),
                None => Err(type_error(format!(
                    "{name} returned non-int (type {})",
                    r.ty().name()
                ))),
            };
        }
    }
    if let Some(r) = protocol::call_special(v, "__trunc__", &[]) {
        let r = r?;
        if is_int(&r) {
            return Ok(from_bigint(to_bigint(&r).unwrap()));
        }
        return protocol::call_special(&r, "__index__", &[]).unwrap_or_else(|| {
            Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                r.ty().name()
            )))
        });
    }
    if let Some(s) = pystr::as_str(v) {
        return parse_str_to_int(s, 10, v);
    }
    if let Ok(b) = crate::types::bytes::bytes_from_object(v) {
        if crate::types::bytes::is_bytes_like(v) {
            let s = String::from_utf8_lossy(&b).to_string();
            return parse_str_to_int(&s, 10, v);
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        v.ty().name()
    )))
}

fn parse_str_to_int(s: &str, base: u32, orig: &Value) -> PyResult<Value> {
    match parse_int_literal(s, base)? {
        Some(b) => Ok(from_bigint(b)),
        None => {
            let r = protocol::repr_string(orig)?;
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

fn int_new(a: &Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let t =
        downcast_type(&cls).ok_or_else(|| type_error("int.__new__(X): X is not a type object"))?;
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    if rest.npos() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.all.len()
        )));
    }
    let [x, base] = rest.bind("int", ["x", "base"], 0)?;
    let v = match (x, base) {
        (None, None) => from_i64(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => int_from_object(&x)?,
        (Some(x), Some(b)) => {
            let base = protocol::index_i64(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = if let Some(s) = pystr::as_str(&x) {
                s.to_string()
            } else if crate::types::bytes::is_bytes_like(&x) {
                String::from_utf8_lossy(&crate::types::bytes::bytes_from_object(&x)?).to_string()
            } else {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            parse_str_to_int(&s, base as u32, &x)?
        }
    };
    if std::ptr::eq(t, &INT_TYPE) {
        Ok(v)
    } else {
        Ok(from_bigint_of_type(to_bigint(&v).unwrap(), t))
    }
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(from_bigint(
        to_bigint(v).ok_or_else(|| type_error("int expected"))?,
    ))
}
fn get_zero(_v: &Value) -> PyResult<Value> {
    Ok(from_i64(0))
}
fn get_one(_v: &Value) -> PyResult<Value> {
    Ok(from_i64(1))
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", int_new),
    crate::types::method("__add__", int_add),
    crate::types::method("__radd__", int_radd),
    crate::types::method("__sub__", int_sub),
    crate::types::method("__rsub__", int_rsub),
    crate::types::method("__mul__", int_mul),
    crate::types::method("__rmul__", int_rmul),
    crate::types::method("__floordiv__", int_floordiv),
    crate::types::method("__rfloordiv__", int_rfloordiv),
    crate::types::method("__truediv__", int_truediv),
    crate::types::method("__rtruediv__", int_rtruediv),
    crate::types::method("__mod__", int_mod),
    crate::types::method("__rmod__", int_rmod),
    crate::types::method("__divmod__", int_divmod),
    crate::types::method("__rdivmod__", int_rdivmod),
    crate::types::method("__pow__", int_pow),
    crate::types::method("__rpow__", int_rpow),
    crate::types::method("__lshift__", int_lshift),
    crate::types::method("__rlshift__", int_rlshift),
    crate::types::method("__rshift__", int_rshift),
    crate::types::method("__rrshift__", int_rrshift),
    crate::types::method("__and__", int_and),
    crate::types::method("__rand__", int_rand),
    crate::types::method("__or__", int_or),
    crate::types::method("__ror__", int_ror),
    crate::types::method("__xor__", int_xor),
    crate::types::method("__rxor__", int_rxor),
    crate::types::method("__neg__", int_neg),
    crate::types::method("__pos__", int_pos),
    crate::types::method("__abs__", int_abs),
    crate::types::method("__invert__", int_invert),
    crate::types::method("__bool__", int_bool),
    crate::types::method("__int__", int_int),
    crate::types::method("__index__", int_index),
    crate::types::method("__float__", int_float),
    crate::types::method("__trunc__", int_int),
    crate::types::method("__floor__", int_int),
    crate::types::method("__ceil__", int_int),
    crate::types::method("__round__", int_round),
    crate::types::method("__hash__", int_hash),
    crate::types::method("__repr__", int_repr),
    crate::types::method("__format__", int_format),
    crate::types::method("__lt__", int_lt),
    crate::types::method("__le__", int_le),
    crate::types::method("__eq__", int_eq),
    crate::types::method("__ne__", int_ne),
    crate::types::method("__gt__", int_gt),
    crate::types::method("__ge__", int_ge),
    crate::types::method("bit_length", int_bit_length),
    crate::types::method("bit_count", int_bit_count),
    crate::types::method("conjugate", int_conjugate),
    crate::types::method("as_integer_ratio", int_as_integer_ratio),
    crate::types::method("to_bytes", int_to_bytes),
    crate::types::classmethod("from_bytes", int_from_bytes),
    crate::types::method("__getnewargs__", int_getnewargs),
    crate::types::method("__sizeof__", int_sizeof),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        get: get_zero,
        set: None,
    },
    GetSetDef {
        name: "numerator",
        get: get_real,
        set: None,
    },
    GetSetDef {
        name: "denominator",
        get: get_one,
        set: None,
    },
];

pub fn init() {
    INT_TYPE.doc.set(Some("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"));
    crate::types::init_builtin_type(&INT_TYPE, METHODS, GETSETS);
}

/// Converts a Python int to usize for sizes ("cannot fit 'int' into an index-sized integer").
pub fn to_usize(v: &Value) -> PyResult<usize> {
    let i = protocol::index_i64(v)?;
    usize::try_from(i).map_err(|_| value_error("negative count"))
}

/// An OverflowError for a value that does not fit a C long.
pub fn c_long_overflow() -> PyErr {
    overflow_error("Python int too large to convert to C long")
}
