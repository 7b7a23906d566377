//! `float(str)`, `int(str, base)` and `str(int)` with CPython 3.11's syntax
//! rules and its integer string-conversion digit limit.
//!
//! Long decimal strings are converted by divide and conquer (value =
//! high * 10**k + low with cached powers of ten), which is sub-quadratic
//! because num-bigint multiplies large numbers with Karatsuba/Toom-3.

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

use super::FormatError;
use crate::strlib::unicode::decimal_value;

/// Python's `str.isspace()` for one character (Unicode White_Space plus the
/// information separators U+001C..U+001F).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Whitespace that `float()` and `int()` strip, after [`to_ascii_number`] has
/// mapped non-ASCII whitespace to ' ': ASCII " \t\n\v\f\r" only (not the
/// separators U+001C..U+001F, which `str.isspace()` accepts).
fn number_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes ' ', non-ASCII decimal digits their ASCII digit, and
/// any other non-ASCII character '?' (which no parser accepts).
fn to_ascii_number(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if py_isspace(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

/// `float(s)` for a str: optional surrounding whitespace, optional sign, then
/// a decimal literal (underscores allowed only between digits) or
/// `inf`/`infinity`/`nan` in any case. Correctly rounded. `None` means
/// "could not convert string to float" (the caller builds the message).
/// Non-ASCII decimal digits count as their ASCII equivalents.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = to_ascii_number(s);
    let t = s.trim_matches(number_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut i = 0;
    let digits = |i: &mut usize, clean: &mut String| -> Option<usize> {
        // Digits with single underscores between them; returns the digit count.
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
            } else if c == b'_' {
                if n == 0 || !b.get(*i + 1).is_some_and(u8::is_ascii_digit) {
                    return None;
                }
            } else {
                break;
            }
            *i += 1;
        }
        Some(n)
    };
    let int_digits = digits(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        clean.push('.');
        i += 1;
        frac_digits = digits(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        clean.push('e');
        i += 1;
        if let Some(&c @ (b'+' | b'-')) = b.get(i) {
            clean.push(c as char);
            i += 1;
        }
        if digits(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 99,
    }
}

fn limit_error(max_digits: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({max_digits} digits) for integer string conversion: value has \
         {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)` for a str (`base` 0 or 2..=36; the caller rejects other
/// bases). Accepts surrounding whitespace, a sign, a `0x`/`0o`/`0b` prefix
/// matching the base (or any with base 0), single underscores between digits
/// and after the prefix; base 0 rejects leading zeros ("010"). Returns
/// `Ok(None)` for an invalid literal (the caller builds "invalid literal for
/// int() with base 10: ..."), the ValueError "int() base must be >= 2 and
/// <= 36, or 0" for a bad base, and the digit-limit ValueError when a
/// non-power-of-two base has more than `max_digits` digits (0 = unlimited).
/// Non-ASCII decimal digits count as their ASCII equivalents.
pub fn parse_int(s: &str, base: u32, max_digits: usize) -> Result<Option<BigInt>, FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let s = to_ascii_number(s);
    let t = s.trim_start_matches(number_space);
    let b = t.as_bytes();
    let mut i = 0;
    let mut negative = false;
    match b.first() {
        Some(b'+') => i = 1,
        Some(b'-') => {
            negative = true;
            i = 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let at = |k: usize| b.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Ok(None);
    }
    // Scan digits and underscores.
    let start = i;
    let mut n_digits = 0usize;
    let mut prev_underscore = false;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev_underscore {
                return Ok(None);
            }
            prev_underscore = true;
        } else if digit_value(c) < base {
            n_digits += 1;
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore {
        return Ok(None);
    }
    if !base.is_power_of_two() && max_digits > 0 && n_digits > 640 && n_digits > max_digits {
        return Err(limit_error(max_digits, n_digits));
    }
    if n_digits == 0 {
        return Ok(None);
    }
    let digits_end = i;
    if !t[digits_end..].chars().all(number_space) {
        return Ok(None);
    }
    let mut ds: Vec<u8> = Vec::with_capacity(n_digits);
    for &c in &b[start..digits_end] {
        if c != b'_' {
            ds.push(digit_value(c) as u8);
        }
    }
    if error_if_nonzero && ds.iter().any(|&d| d != 0) {
        return Ok(None);
    }
    let mag = digits_to_biguint(&ds, base);
    let v = BigInt::from(mag);
    Ok(Some(if negative { -v } else { v }))
}

/// Convert digit values (most significant first) in `base` to a BigUint.
fn digits_to_biguint(ds: &[u8], base: u32) -> BigUint {
    const SMALL: usize = 2000;
    if ds.len() <= SMALL || base.is_power_of_two() {
        return BigUint::from_radix_be(ds, base).unwrap_or_default();
    }
    // Divide and conquer with powers base**(SMALL * 2**k).
    let mut powers: Vec<BigUint> = vec![BigUint::from(base).pow(SMALL as u32)];
    while SMALL << powers.len() < ds.len() {
        let last = &powers[powers.len() - 1];
        let next = last * last;
        powers.push(next);
    }
    convert_dc(ds, base, &powers, SMALL)
}

fn convert_dc(ds: &[u8], base: u32, powers: &[BigUint], small: usize) -> BigUint {
    if ds.len() <= small {
        return BigUint::from_radix_be(ds, base).unwrap_or_default();
    }
    // Largest k with small * 2**k < len: the low part has small * 2**k digits.
    let mut k = 0;
    while small << (k + 1) < ds.len() {
        k += 1;
    }
    let low_len = small << k;
    let (hi, lo) = ds.split_at(ds.len() - low_len);
    let high = convert_dc(hi, base, powers, small);
    let low = convert_dc(lo, base, powers, small);
    if high.is_zero() {
        low
    } else {
        high * &powers[k] + low
    }
}

/// `str(n)` for an int, with the digit limit: a number with more than
/// `max_digits` decimal digits (sign excluded; 0 = unlimited) raises
/// ValueError "Exceeds the limit (4300 digits) for integer string conversion;
/// use sys.set_int_max_str_digits() to increase the limit".
pub fn int_to_decimal_string(n: &BigInt, max_digits: usize) -> Result<String, FormatError> {
    if max_digits > 0 {
        // bits * log10(2) bounds the digit count to within one.
        let bits = n.bits();
        let approx = (bits as f64 * std::f64::consts::LOG10_2) as u64;
        let err = || {
            FormatError::value(format!(
                "Exceeds the limit ({max_digits} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ))
        };
        if approx > max_digits as u64 + 1 {
            return Err(err());
        }
        let s = n.to_string();
        let digits = s.len() - s.starts_with('-') as usize;
        if digits > 640 && digits > max_digits {
            return Err(err());
        }
        return Ok(s);
    }
    Ok(n.to_string())
}
