//! Exact conversions between big integers and floats, frexp/ldexp, rounding
//! to integers, and the logarithms (which take ints of any size: CPython
//! computes log(n) for an n beyond the float range as
//! log(m) + log(2) * e where n ~= m * 2**e).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float::unary;
use super::{MathError, MathErrorKind, MathResult};

/// Splits a nonzero big integer into `(m, e)` with `|n| ~= m * 2**e`,
/// `0.5 <= m < 1` and m correctly rounded (half to even) to 53 bits, as
/// CPython's `_PyLong_Frexp`. The sign of n is carried by m. Zero gives
/// `(0.0, 0)`.
pub fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let mag: &BigUint = n.magnitude();
    let bits = mag.bits();
    if bits == 0 {
        return (0.0, 0);
    }
    let (top, exp) = if bits <= 53 {
        // Exact: the whole value fits in the significand.
        (mag.to_u64().unwrap_or(0), bits)
    } else {
        let shift = bits - 53;
        let mut top = (mag >> shift).to_u64().unwrap_or(0);
        let half_bit = mag.bit(shift - 1);
        let below_half = mag.trailing_zeros().unwrap_or(0) < shift - 1;
        if half_bit && (below_half || top & 1 == 1) {
            top += 1;
        }
        if top == 1 << 53 {
            (1u64 << 52, bits + 1)
        } else {
            (top, bits)
        }
    };
    // top < 2**53 converts exactly; dividing by a power of two is exact.
    let top_bits = if bits <= 53 { bits } else { 53 };
    let m = top as f64 / (1u64 << top_bits) as f64;
    let m = if n.sign() == Sign::Minus { -m } else { m };
    (m, exp)
}

/// Converts an int to the nearest float (ties to even), as `float(n)`.
/// Errors with `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(n: &BigInt) -> MathResult<f64> {
    let (m, e) = bigint_frexp(n);
    if e > 1024 {
        return Err(MathError::overflow("int too large to convert to float"));
    }
    Ok(scalbn(m, e as i32))
}

/// Converts a float to the int it equals after truncation toward zero
/// (`int(x)`), with CPython's errors for infinities and NaNs.
pub fn float_to_bigint(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(MathError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    let bits = t.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    if exp_field == 0 {
        return Ok(BigInt::zero());
    }
    let significand = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let e = exp_field - 1075;
    let mag = if e >= 0 {
        BigInt::from(significand) << (e as usize)
    } else {
        BigInt::from(significand >> (-e) as u32)
    };
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `math.ceil(x)` for a float x.
pub fn ceil(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x.ceil())
}

/// `math.floor(x)` for a float x.
pub fn floor(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x.floor())
}

/// `math.trunc(x)` for a float x.
pub fn trunc(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1`;
/// zeros, infinities and NaNs give `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (y, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 18014398509481984.0, -54) // 2**54: make a subnormal normal
    } else {
        (x, 0)
    };
    let bits = y.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp_field - 1022 + adjust)
}

/// `x * 2**n`, correctly rounded (C's `scalbn`), for any n.
pub(super) fn scalbn(x: f64, n: i32) -> f64 {
    let two_1023 = f64::from_bits(0x7fe << 52);
    // 2**-1022 * 2**53: keeps the intermediate result normal so that only
    // the final multiplication rounds.
    let down = f64::from_bits(0x001 << 52) * f64::from_bits((0x3ff + 53) << 52);
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= two_1023;
        n -= 1023;
        if n > 1023 {
            y *= two_1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `math.ldexp(x, i)`: `x * 2**i`, exact unless it under- or overflows.
pub fn ldexp(x: f64, i: &BigInt) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let exp = match i.to_i64() {
        Some(e) => e,
        None if i.sign() == Sign::Minus => i64::MIN,
        None => i64::MAX,
    };
    if exp > i32::MAX as i64 {
        return Err(MathError::range());
    }
    if exp < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let r = scalbn(x, exp as i32);
    if r.is_infinite() {
        return Err(MathError::range());
    }
    Ok(r)
}

/// An argument of the logarithms: Python ints are handled exactly, however
/// large; everything else has been converted to a float by the caller.
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    /// A Python int (or bool).
    Int(&'a BigInt),
    /// A float (or anything converted with `__float__`).
    Float(f64),
}

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log2()
    } else {
        m_log(x)
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log10()
    } else {
        m_log(x)
    }
}

fn loghelper(arg: LogArg<'_>, func: fn(f64) -> f64) -> MathResult<f64> {
    match arg {
        LogArg::Int(n) => {
            if n.sign() != Sign::Plus {
                return Err(MathError::domain());
            }
            match bigint_to_f64(n) {
                Ok(x) => Ok(func(x)),
                Err(_) => {
                    let (m, e) = bigint_frexp(n);
                    Ok(func(m) + func(2.0) * e as f64)
                }
            }
        }
        LogArg::Float(x) => unary(x, func(x), false),
    }
}

/// `math.log(x[, base])`.
pub fn log(x: LogArg<'_>, base: Option<LogArg<'_>>) -> MathResult<f64> {
    let num = loghelper(x, m_log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = loghelper(base, m_log)?;
    if den == 0.0 {
        return Err(MathError {
            kind: MathErrorKind::ZeroDivisionError,
            msg: "float division by zero".to_string(),
        });
    }
    Ok(num / den)
}

/// `math.log2(x)`.
pub fn log2(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log2)
}

/// `math.log10(x)`.
pub fn log10(x: LogArg<'_>) -> MathResult<f64> {
    loghelper(x, m_log10)
}
