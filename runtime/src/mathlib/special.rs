//! CPython's own algorithms for gamma, lgamma, fsum and hypot/dist, so that
//! results match it bit for bit (none of these is delegated to libm).
//!
//! - gamma/lgamma: Lanczos approximation (N = 13, g = 6.024680040776729583740234375,
//!   the rational form with the published Boost/MPFR coefficients), reflection
//!   for negative x, and a first-order correction for the rounding error in
//!   x + g - 0.5.
//! - fsum: Shewchuk's exact partial sums, then a correctly rounded total with
//!   a half-even fix-up across partials.
//! - hypot/dist: power-of-two scaling, Veltkamp-Dekker squaring, compensated
//!   summation, and one Newton-style correction of the square root.

#![allow(clippy::excessive_precision)] // coefficient tables as published

use super::{MathError, MathResult};
use std::f64::consts::PI;

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM_COEFFS: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator x*(x+1)*...*(x+11) as a polynomial, lowest degree first.
const LANCZOS_DEN_COEFFS: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum as a rational function, for x > 0. Evaluated in 1/x for
/// x >= 5 to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers, for finite x.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// CPython turns ERANGE into OverflowError only for results of magnitude
/// at least 1.5 (smaller ones are underflows, silently accepted).
fn range_check(r: f64) -> MathResult<f64> {
    if r.is_infinite() {
        Err(MathError::range())
    } else {
        Ok(r)
    }
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::domain());
    }
    if x == 0.0 {
        return Err(MathError::domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::domain());
        }
        if x <= 23.0 {
            // Exact small factorials: (x - 1)!.
            let n = x as u128;
            return Ok((1..n).product::<u128>() as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return range_check(1.0 / x);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(MathError::range());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z: the rounding error in computing y, scaled for the correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    range_check(r)
}

/// `math.lgamma(x)`: log of the absolute value of gamma(x).
pub fn lgamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathError::domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    range_check(r)
}

/// Incremental `math.fsum`: feed the items with [`Fsum::add`] (which fails
/// on intermediate overflow as soon as CPython would) and take the result
/// with [`Fsum::finish`].
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-overlapping partial sums, increasing in magnitude.
    partials: Vec<f64>,
    /// Sum of the infinities and NaNs seen.
    special_sum: f64,
    /// Sum of the infinities seen (NaN iff both signs were seen).
    inf_sum: f64,
}

impl Fsum {
    /// An empty sum.
    pub fn new() -> Fsum {
        Fsum::default()
    }

    /// Adds one item.
    pub fn add(&mut self, item: f64) -> MathResult<()> {
        let mut x = item;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either a special value was added, or the sum overflowed.
                if item.is_finite() {
                    return Err(MathError::overflow("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum of everything added.
    pub fn finish(&self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::value("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top down until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: if the remaining partials push
        // the tie the same way as lo, round hi away.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum` over a slice of already converted floats.
pub fn fsum(items: &[f64]) -> MathResult<f64> {
    let mut acc = Fsum::new();
    for &x in items {
        acc.add(x)?;
    }
    acc.finish()
}

/// 2**k for -1074 <= k <= 1023, exactly.
fn pow2(k: i32) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// The Euclidean norm of `vec` (all entries non-negative), given its
/// maximum and whether a NaN occurs: CPython's `vector_norm`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, the Veltkamp splitter
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::frexp(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    if max_e >= -1023 {
        let scale = pow2(-max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;

            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

        // Correct h by the first-order term of sqrt(h*h + residual).
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;

        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny max: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coords: &[f64]) -> f64 {
    let mut max = 0.0;
    let mut found_nan = false;
    let abs: Vec<f64> = coords
        .iter()
        .map(|&x| {
            let x = x.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&abs, max, found_nan)
}

/// `math.dist(p, q)`. CPython checks the dimensions before converting any
/// coordinate, so a caller converting first should compare lengths first.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut max = 0.0;
    let mut found_nan = false;
    let diffs: Vec<f64> = p
        .iter()
        .zip(q)
        .map(|(&a, &b)| {
            let x = (a - b).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    Ok(vector_norm(&diffs, max, found_nan))
}
