//! The integer functions of `math`: factorial, comb, perm, isqrt, gcd, lcm.
//!
//! Results are exact integers, so only speed depends on the algorithm.
//! factorial and isqrt use CPython's: n! as (odd part) << (two-valuation)
//! with the odd part a divide-and-conquer product of odd ranges; isqrt by
//! adaptive-precision Newton iteration, exact with one final correction.
//! perm is a balanced product of the falling range and comb is perm // k!
//! (one exact division; faster than CPython's recursion with num-bigint).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{MathError, MathResult};

/// `math.gcd(*integers)`: 0 for no arguments, always non-negative.
pub fn gcd(args: &[BigInt]) -> BigInt {
    let mut res = BigInt::zero();
    for a in args {
        if res.is_one() {
            break;
        }
        res = res.gcd(a);
    }
    res
}

/// `math.lcm(*integers)`: 1 for no arguments, always non-negative.
pub fn lcm(args: &[BigInt]) -> BigInt {
    let Some((first, rest)) = args.split_first() else {
        return BigInt::one();
    };
    let mut res = first.abs();
    for b in rest {
        if res.is_zero() {
            break;
        }
        if b.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(b);
        res = (&res / &g * b).abs();
    }
    res
}

/// Approximate square root of `n`, `2**62 <= n < 2**64`: returns `a` with
/// `(a - 1)**2 < n < (a + 1)**2` (four Newton steps at growing precision).
fn approximate_isqrt(n: u64) -> u64 {
    let mut u: u32 = 1 + (n >> 62) as u32;
    u = (u << 1) + ((n >> 59) / u as u64) as u32;
    u = (u << 3) + ((n >> 53) / u as u64) as u32;
    u = (u << 7) + ((n >> 41) / u as u64) as u32;
    ((u as u64) << 15) + (n >> 17) / u as u64
}

/// `math.isqrt(n)`: the largest a with a*a <= n.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.sign() == Sign::Minus {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    if n.is_zero() {
        return Ok(BigInt::zero());
    }
    // c = (n.bit_length() - 1) // 2; the answer has c + 1 bits.
    let c = (n.bits() - 1) / 2;
    if c <= 31 {
        let m = n.to_u64().unwrap_or(0);
        let mut u = approximate_isqrt(m << (62 - 2 * c)) >> (31 - c);
        // u*u - 1 >= m, computed so that u == 2**32 wraps to u64::MAX.
        if u.wrapping_mul(u).wrapping_sub(1) >= m {
            u -= 1;
        }
        return Ok(BigInt::from(u));
    }
    // Invariant: a approximates the square root of n >> 2*(c - d) within 1.
    let c_bit_length = 64 - c.leading_zeros() as u64;
    let mut d = c >> (c_bit_length - 5);
    let top = (n >> (2 * c - 62)).to_u64().unwrap_or(0);
    let mut a = BigInt::from(approximate_isqrt(top) >> (31 - d));
    for s in (0..=(c_bit_length - 6)).rev() {
        let e = d;
        d = c >> s;
        let q = (n >> (2 * c - d - e + 1)) / &a;
        a = (a << (d - 1 - e)) + q;
    }
    if n < &(&a * &a) {
        a -= 1;
    }
    Ok(a)
}

/// Product of the odd numbers in `start..stop` (both odd, start < stop),
/// splitting the range until the product fits a machine word.
/// `max_bits` bounds the bit length of `stop - 2`.
fn odd_range_product(start: u64, stop: u64, max_bits: u32) -> BigInt {
    let operands = (stop - start) / 2;
    if operands <= 64 && operands * max_bits as u64 <= 64 {
        let mut total = start;
        let mut j = start + 2;
        while j < stop {
            total *= j;
            j += 2;
        }
        return BigInt::from(total);
    }
    let mid = (start + operands) | 1;
    let left = odd_range_product(start, mid, bit_length(mid - 2));
    let right = odd_range_product(mid, stop, max_bits);
    left * right
}

fn bit_length(x: u64) -> u32 {
    64 - x.leading_zeros()
}

/// The odd part of n!: the product over i of the odd numbers up to n >> i.
fn factorial_odd_part(n: u64) -> BigInt {
    let mut inner = BigInt::one();
    let mut outer = BigInt::one();
    let mut upper = 3u64;
    for i in (0..bit_length(n).saturating_sub(1)).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        upper = (v + 1) | 1;
        inner *= odd_range_product(lower, upper, bit_length(upper - 2));
        outer *= &inner;
    }
    outer
}

/// `math.factorial(n)`.
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.sign() == Sign::Minus {
        return Err(MathError::value(
            "factorial() not defined for negative values",
        ));
    }
    let Some(x) = n.to_i64() else {
        return Err(MathError::overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(factorial_u64(x as u64))
}

fn factorial_u64(x: u64) -> BigInt {
    if x < 21 {
        return BigInt::from((1..=x).product::<u64>());
    }
    let two_valuation = x - x.count_ones() as u64;
    factorial_odd_part(x) << two_valuation
}

/// `perm(n, k)`: the product n * (n-1) * ... * (n-k+1), for n >= k >= 0,
/// computed by splitting k in halves so the multiplications stay balanced:
/// P(n, k) = P(n, j) * P(n-j, k-j) with j = k // 2.
fn falling_product(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 16 {
        let mut r = n.clone();
        for i in 1..k {
            r *= n - i;
        }
        return r;
    }
    let j = k / 2;
    falling_product(n, j) * falling_product(&(n - j), k - j)
}

/// `comb(n, k)` for n >= k >= 0 with k already reduced to min(k, n - k):
/// a running binomial for small k, else P(n, k) // k! (one exact division,
/// cheaper than dividing at every level of a recursion).
fn binomial(n: &BigInt, k: u64) -> BigInt {
    if k <= 16 {
        let mut r = BigInt::one();
        for i in 0..k {
            r *= n - i;
            r /= i + 1;
        }
        return r;
    }
    falling_product(n, k) / factorial_u64(k)
}

fn check_non_negative(n: &BigInt, k: &BigInt) -> MathResult<()> {
    if n.sign() == Sign::Minus {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.perm(n, k=None)`; `None` means `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(ki) = k.to_i64() else {
        return Err(MathError::overflow(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    Ok(falling_product(n, ki as u64))
}

/// `math.comb(n, k)`.
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    check_non_negative(n, k)?;
    if n < k {
        return Ok(BigInt::zero());
    }
    let rest = n - k;
    let small = if &rest < k { &rest } else { k };
    let Some(ki) = small.to_i64() else {
        return Err(MathError::overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    Ok(binomial(n, ki as u64))
}
