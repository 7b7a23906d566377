//! Numeric helpers with CPython 3.11 semantics: `round`, `float.hex` /
//! `float.fromhex`, `as_integer_ratio`, int->float conversion, int true
//! division, float floor division / modulo / power, and the numeric hash.
//!
//! Every int->float conversion goes through [`round_to_f64`], which rounds
//! `m * 2**e` (plus an optional "sticky" nonzero tail below it) half-even to
//! the nearest double, including subnormals, so results are correctly
//! rounded exactly as CPython's `_PyLong_Frexp`, `long_true_divide` and
//! `float.fromhex`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::dtoa::{digits, DigitMode};
use super::FormatError;

/// `m * 2**e` for a `mant` below 2**53 whose result is representable (exact).
fn ldexp(mant: f64, mut e: i64) -> f64 {
    let mut x = mant;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// Round `m * 2**e` (`m > 0`; `sticky` = the exact value is slightly larger
/// than that) half-even to a double. `None` on overflow.
fn round_to_f64(m: &BigUint, e: i64, sticky: bool) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let nbits = m.bits() as i64;
    let top = e.saturating_add(nbits);
    if top > 1024 {
        return None;
    }
    if top < -1080 {
        return Some(0.0);
    }
    let lsb = top.max(-1021) - 53;
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        // Exact: fewer than 54 bits.
        (m << (-shift) as usize).to_u64().unwrap_or(0)
    } else {
        let shift = shift as u64;
        let mut q = (m >> shift).to_u64().unwrap_or(0);
        let half = m.bit(shift - 1);
        let rest = sticky || m.trailing_zeros().unwrap_or(0) < shift - 1;
        if half && (rest || q & 1 == 1) {
            q += 1;
        }
        q
    };
    if lsb + (64 - q.leading_zeros() as i64) > 1024 {
        return None;
    }
    Some(ldexp(q as f64, lsb))
}

/// `float(n)` for an int: correctly rounded (half-even); OverflowError "int
/// too large to convert to float".
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, FormatError> {
    if let Some(v) = n.to_i64() {
        if v.unsigned_abs() < 1 << 53 {
            return Ok(v as f64);
        }
    }
    let x = round_to_f64(n.magnitude(), 0, false)
        .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
    Ok(if n.is_negative() { -x } else { x })
}

/// `a / b` for ints: the correctly rounded quotient. ZeroDivisionError
/// "division by zero"; OverflowError "integer division result too large for
/// a float".
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FormatError> {
    if b.is_zero() {
        return Err(FormatError::zero_division("division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let sign = |x: f64| if negative { -x } else { x };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    let diff = am.bits() as i64 - bm.bits() as i64;
    let overflow = || FormatError::overflow("integer division result too large for a float");
    if diff > 1026 {
        return Err(overflow());
    }
    if diff < -1080 {
        return Ok(sign(0.0));
    }
    let s = 55 - diff;
    let (q, r) = if s >= 0 {
        (am << s as usize).div_rem(bm)
    } else {
        am.div_rem(&(bm << (-s) as usize))
    };
    let x = round_to_f64(&q, -s, !r.is_zero()).ok_or_else(overflow)?;
    Ok(sign(x))
}

/// The exact integer value of an integral finite float.
fn integral_f64_to_bigint(x: f64) -> BigInt {
    let (mant, exp) = decompose(x);
    let m = BigInt::from(mant);
    let v = if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    };
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// `|x| = mant * 2**exp` for finite x (mant < 2**53).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// `round(x)` (no ndigits): nearest integer, ties to even. ValueError
/// "cannot convert float NaN to integer", OverflowError "cannot convert float
/// infinity to integer".
pub fn float_round_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(integral_f64_to_bigint(x.round_ties_even()))
}

/// `round(x, ndigits)`: round to a multiple of 10**-ndigits, half-even on the
/// exact binary value (CPython's dtoa-based `double_round`). Infinities and
/// NaN round to themselves; OverflowError "rounded value too large to
/// represent" when the result overflows.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        let d = digits(x, DigitMode::Fixed(ndigits as usize));
        let ds: String = d.digits.iter().map(|&c| c as char).collect();
        format!("0{ds}e{}", d.decpt - ds.len() as i64)
    } else {
        // Round the integer part to a multiple of 10**k; the fraction only
        // matters to break ties.
        let k = (-ndigits) as u32;
        let ipart = integral_f64_to_bigint(x.trunc()).abs();
        let frac_nonzero = x.fract() != 0.0;
        let q = BigInt::from(10u32).pow(k);
        let (mut t, r) = ipart.div_rem(&q);
        let twice = &r * 2;
        if twice > q || (twice == q && (frac_nonzero || t.is_odd())) {
            t += 1;
        }
        format!("{t}e{k}")
    };
    let v: f64 = text.parse().unwrap_or(f64::INFINITY);
    if v.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(if x.is_sign_negative() { -v } else { v })
}

/// `float.hex(x)`: `"0x1.8000000000000p+1"`, `"-0x0.0p+0"`,
/// `"0x0.0000000000001p-1022"` (subnormals), `"inf"`, `"nan"`.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(s)`: `[ws][sign]( inf | infinity | nan | [0x]hex[.hex][p[sign]dec] )[ws]`,
/// correctly rounded half-even. ValueError "invalid hexadecimal
/// floating-point string"; OverflowError "hexadecimal value too large to
/// represent as a float".
pub fn float_from_hex(s: &str) -> Result<f64, FormatError> {
    let invalid = || FormatError::value("invalid hexadecimal floating-point string");
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r');
    let t = s.trim_matches(is_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let apply_sign = |x: f64| if negative { -x } else { x };
    if lower == "inf" || lower == "infinity" {
        return Ok(apply_sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(apply_sign(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.starts_with(b"0x") {
        i = 2;
    }
    let mut mant = Vec::new();
    let mut fdigits: i64 = 0;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        mant.push(b[i]);
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            mant.push(b[i]);
            fdigits += 1;
            i += 1;
        }
    }
    if mant.is_empty() {
        // "0x" alone: the '0' is the coefficient and 'x' is trailing junk.
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if b.get(i) == Some(&b'p') {
        i += 1;
        let start = i;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            return Err(invalid());
        }
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let text = std::str::from_utf8(&b[start..i]).unwrap_or("0");
        exp = text.parse().unwrap_or(if text.starts_with('-') {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    if i != b.len() {
        return Err(invalid());
    }
    let m = BigUint::parse_bytes(&mant, 16).unwrap_or_default();
    if m.is_zero() || exp < i64::MIN / 2 {
        return Ok(apply_sign(0.0));
    }
    let overflow = || FormatError::overflow("hexadecimal value too large to represent as a float");
    if exp > i64::MAX / 2 {
        return Err(overflow());
    }
    let e = exp.saturating_sub(fdigits.saturating_mul(4));
    let x = round_to_f64(&m, e, false).ok_or_else(overflow)?;
    Ok(apply_sign(x))
}

/// `x.as_integer_ratio()`: the exact value as a reduced fraction with a
/// positive denominator. ValueError "cannot convert NaN to integer ratio",
/// OverflowError "cannot convert Infinity to integer ratio".
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (mut mant, mut exp) = decompose(x);
    if mant == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let mut num = BigInt::from(mant);
    if x < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        Ok((num << exp as usize, BigInt::one()))
    } else {
        Ok((num, BigInt::one() << (-exp) as usize))
    }
}

/// Floor division and modulo together (CPython's `_float_div_mod`), no zero check.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats; ZeroDivisionError "float floor division by zero".
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, FormatError> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `x % y` for floats (result has the sign of `y`); ZeroDivisionError "float modulo".
pub fn float_mod(x: f64, y: f64) -> Result<f64, FormatError> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)` for floats; ZeroDivisionError "float divmod()".
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), FormatError> {
    if y == 0.0 {
        return Err(FormatError::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

/// Result of [`float_pow`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PowResult {
    /// The float result.
    Float(f64),
    /// A negative base with a non-integral exponent: Python computes a
    /// complex power instead; the caller does that.
    Complex,
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y.fract() == 0.0 && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats, with CPython's special cases. ZeroDivisionError
/// "0.0 cannot be raised to a negative power"; OverflowError
/// "(34, 'Numerical result out of range')" on overflow.
pub fn float_pow(x: f64, y: f64) -> Result<PowResult, FormatError> {
    use PowResult::Float;
    if y == 0.0 {
        return Ok(Float(1.0));
    }
    if x.is_nan() {
        return Ok(Float(x));
    }
    if y.is_nan() {
        return Ok(Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Float(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(FormatError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Ok(PowResult::Complex);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(FormatError::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// The modulus of Python's numeric hash, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

fn finish_hash(x: u64, negative: bool) -> i64 {
    let h = if negative { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `2**e mod (2**61 - 1)` for any e (2**61 == 1 modulo the modulus).
fn pow2_mod(e: i64) -> u64 {
    1u64 << e.rem_euclid(61)
}

/// `hash(x)` for a float: equal to the hash of an equal int, `±314159` for
/// infinities. NaN hashes by object identity in Python, so the caller must
/// handle NaN itself (this returns 0 for it).
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mant, exp) = decompose(x);
    let r = (mant as u128 % HASH_MODULUS as u128) * pow2_mod(exp) as u128 % HASH_MODULUS as u128;
    finish_hash(r as u64, x < 0.0)
}

/// `hash(n)` for an int: `|n| mod (2**61 - 1)` with the sign of n, -1 mapped to -2.
pub fn int_hash(n: &BigInt) -> i64 {
    let m = BigUint::from(HASH_MODULUS);
    let r = (n.magnitude() % m).to_u64().unwrap_or(0);
    finish_hash(r, n.sign() == Sign::Minus)
}

/// `hash(complex(re, im))`; `nan_hash` is the identity hash the caller uses
/// for a NaN component.
pub fn complex_hash(re: f64, im: f64, nan_hash: i64) -> i64 {
    let part = |v: f64| if v.is_nan() { nan_hash } else { float_hash(v) };
    let combined = (part(re) as u64).wrapping_add(1_000_003u64.wrapping_mul(part(im) as u64));
    let h = combined as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
