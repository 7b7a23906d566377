//! The `f64 -> f64` functions of `math`, with CPython's error rules.
//!
//! CPython wraps most libm functions in one of two ways, reproduced here:
//! - `unary` ("math_1"): a NaN result from a non-NaN argument is a domain
//!   error; an infinite result from a finite argument is a range error if the
//!   function can overflow (exp, cosh, ...) and a domain error (a
//!   singularity) otherwise;
//! - `binary` ("math_2"): a NaN result from non-NaN arguments is a domain
//!   error, an infinite result from finite arguments a range error.
//!
//! Every unary function returns `MathResult<f64>`, even the ones that cannot
//! fail, so the caller can wire them from one table.

use super::libm;
use super::{MathError, MathResult};

/// Applies CPython's "math_1" rules to the result `r` of `f(x)`.
pub(super) fn unary(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::range()
        } else {
            MathError::domain()
        });
    }
    Ok(r)
}

/// Applies CPython's "math_2" rules to the result `r` of `f(x, y)`.
fn binary(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    // An infinite result from finite inputs sets ERANGE, which CPython turns
    // into OverflowError (|r| >= 1.5 always holds for an infinity).
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::range());
    }
    Ok(r)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> MathResult<f64> {
    unary(x, x.acos(), false)
}

/// `math.acosh(x)`.
pub fn acosh(x: f64) -> MathResult<f64> {
    unary(x, libm::acosh(x), false)
}

/// `math.asin(x)`.
pub fn asin(x: f64) -> MathResult<f64> {
    unary(x, x.asin(), false)
}

/// `math.asinh(x)`.
pub fn asinh(x: f64) -> MathResult<f64> {
    unary(x, libm::asinh(x), false)
}

/// `math.atan(x)`.
pub fn atan(x: f64) -> MathResult<f64> {
    unary(x, x.atan(), false)
}

/// `math.atanh(x)`.
pub fn atanh(x: f64) -> MathResult<f64> {
    unary(x, libm::atanh(x), false)
}

/// `math.cbrt(x)`.
pub fn cbrt(x: f64) -> MathResult<f64> {
    unary(x, glibc_cbrt(x), false)
}

/// glibc's cube root (the algorithm of its generic `s_cbrt.c`, which
/// CPython calls on Linux): reduce to m * 2**e with m in [0.5, 1), take a
/// polynomial first guess at cbrt(m), refine it with one Halley step, then
/// scale by 2**(e/3) and cbrt(2)**(e%3). Not correctly rounded, hence the
/// need to reproduce it rather than use Rust's `f64::cbrt`.
#[allow(clippy::excessive_precision)] // constants as published
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = super::frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let signed = if x > 0.0 { ym } else { -ym };
    super::convert::scalbn(signed, xe / 3)
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> MathResult<f64> {
    unary(x, x.cos(), false)
}

/// `math.cosh(x)`.
pub fn cosh(x: f64) -> MathResult<f64> {
    unary(x, x.cosh(), true)
}

/// `math.erf(x)` (never fails).
pub fn erf(x: f64) -> MathResult<f64> {
    Ok(libm::erf(x))
}

/// `math.erfc(x)` (never fails: glibc only reports underflow, which CPython
/// ignores).
pub fn erfc(x: f64) -> MathResult<f64> {
    Ok(libm::erfc(x))
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> MathResult<f64> {
    unary(x, x.exp(), true)
}

/// `math.exp2(x)`.
pub fn exp2(x: f64) -> MathResult<f64> {
    unary(x, x.exp2(), true)
}

/// `math.expm1(x)`.
pub fn expm1(x: f64) -> MathResult<f64> {
    unary(x, x.exp_m1(), true)
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> MathResult<f64> {
    Ok(x.abs())
}

/// `math.log1p(x)`.
pub fn log1p(x: f64) -> MathResult<f64> {
    unary(x, x.ln_1p(), false)
}

/// `math.sin(x)`.
pub fn sin(x: f64) -> MathResult<f64> {
    unary(x, x.sin(), false)
}

/// `math.sinh(x)`.
pub fn sinh(x: f64) -> MathResult<f64> {
    unary(x, x.sinh(), true)
}

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> MathResult<f64> {
    unary(x, x.sqrt(), false)
}

/// `math.tan(x)`.
pub fn tan(x: f64) -> MathResult<f64> {
    unary(x, x.tan(), false)
}

/// `math.tanh(x)`.
pub fn tanh(x: f64) -> MathResult<f64> {
    unary(x, x.tanh(), false)
}

const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> MathResult<f64> {
    Ok(x * RAD_TO_DEG)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> MathResult<f64> {
    Ok(x * DEG_TO_RAD)
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.atan2(y, x)`, with the C99 special values handled before libm as
/// CPython does.
pub fn atan2(y: f64, x: f64) -> MathResult<f64> {
    use std::f64::consts::PI;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            }
        } else {
            (0.5 * PI).copysign(y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        }
    } else {
        y.atan2(x)
    };
    binary(y, x, r)
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> MathResult<f64> {
    binary(x, y, x.copysign(y))
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::domain());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder, exact, ties to even quotient.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    binary(x, y, ieee_remainder(x, y))
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with its complement c = absy - m rather than with
        // absy / 2, which may not be representable; the comparison is exact.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly half way: pick the even multiple. fmod of half the
            // (exact) difference tells whether the quotient is odd.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.pow(x, y)`, with IEEE special values handled before libm.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::domain());
    }
    if r.is_infinite() {
        // (+-0) ** negative is a singularity; anything else overflowed.
        return Err(if x == 0.0 {
            MathError::domain()
        } else {
            MathError::range()
        });
    }
    Ok(r)
}

/// `math.modf(x)`: (fractional part, integer part), both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// `math.nextafter(x, y)`: the next float after x towards y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude bits, towards decrements.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `math.ulp(x)`: the value of the least significant bit of x.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)`; CPython's defaults are
/// `rel_tol = 1e-09`, `abs_tol = 0.0`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}
