//! The runtime's entry points for number formatting and parsing, returning
//! Python exceptions. The algorithms live in `format.rs` (pure Rust); this
//! file adapts them to `PyResult`.

use crate::err::{overflow_error, PyResult};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Correctly rounded int -> float.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// Correctly rounded int / int.
pub fn int_true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if y.is_zero() {
        return Err(crate::err::zero_division("division by zero"));
    }
    // Exact when both fit in 53 bits; otherwise scale to keep 64+ bits.
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
            return Ok(a as f64 / b as f64);
        }
    }
    let neg = x.is_negative() != y.is_negative();
    let (xa, ya) = (x.abs(), y.abs());
    let shift = ya.bits() as i64 - xa.bits() as i64 + 55;
    let (num, den) = if shift >= 0 { (xa << shift as usize, ya) } else { (xa, ya << (-shift) as usize) };
    let (q, r) = num_integer::Integer::div_rem(&num, &den);
    // Sticky bit for correct rounding.
    let q = if r.is_zero() { q } else { (q << 1usize) | BigInt::from(1) };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let v = if exp < -1074 - 64 {
        0.0
    } else {
        let mut v = qf;
        let mut e = exp;
        while e > 0 {
            let step = e.min(1000);
            v *= 2f64.powi(step);
            e -= step;
        }
        while e < 0 {
            let step = (-e).min(1000);
            v /= 2f64.powi(step);
            e += step;
        }
        v
    };
    if v.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

/// `format(int, spec)` for a non-empty spec (wired to format.rs later).
pub fn format_int_spec(x: &BigInt, spec: &str) -> PyResult<String> {
    let _ = x;
    Err(crate::err::value_error(format!("Invalid format specifier '{spec}' for object of type 'int'")))
}

/// int() parsing; `None` for an invalid literal.
pub fn parse_int_str(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && !t.bytes().all(|c| c == b'0' || c == b'_') {
                return None;
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let digits = digits.strip_prefix('_').filter(|_| t.len() > digits.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// float() parsing; `None` for an invalid literal.
pub fn parse_float_str(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let low = body.to_ascii_lowercase();
    let v = match low.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
                return None;
            }
            let b = body.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                if c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit()) {
                    return None;
                }
                if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_')) {
                    return None;
                }
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `repr(float)`: shortest round-trip digits, CPython's layout.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let e = format!("{:e}", x);
    let (mant, exp) = e.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp >= 0 {
            if n > exp + 1 {
                format!("{}.{}", &digits[..(exp + 1) as usize], &digits[(exp + 1) as usize..])
            } else {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits };
        format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// `format(float, spec)` for a non-empty spec (wired to format.rs later).
pub fn format_float_spec(x: f64, spec: &str) -> PyResult<String> {
    let _ = x;
    Err(crate::err::value_error(format!("Invalid format specifier '{spec}' for object of type 'float'")))
}

/// `format(str, spec)`: fill, align, width and precision (temporary subset).
pub fn format_str_spec(s: &str, spec: &str) -> PyResult<String> {
    let mut chars: Vec<char> = spec.chars().collect();
    if chars.last() == Some(&'s') {
        chars.pop();
    }
    let mut i = 0;
    let mut fill = ' ';
    let mut align = '<';
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
        fill = chars[0];
        align = chars[1];
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
        align = chars[0];
        i = 1;
    }
    if align == '=' {
        return Err(crate::err::value_error("'=' alignment not allowed in string format specifier"));
    }
    let rest: String = chars[i..].iter().collect();
    let (w, p) = match rest.split_once('.') {
        Some((w, p)) => (w.to_string(), Some(p.to_string())),
        None => (rest.clone(), None),
    };
    let width: usize = if w.is_empty() { 0 } else { w.parse().map_err(|_| crate::err::value_error("Invalid format specifier"))? };
    let mut text: String = s.to_string();
    if let Some(p) = p {
        let n: usize = p.parse().map_err(|_| crate::err::value_error("Format specifier missing precision"))?;
        text = text.chars().take(n).collect();
    }
    let len = text.chars().count();
    if len >= width {
        return Ok(text);
    }
    let pad = width - len;
    let f = |n: usize| fill.to_string().repeat(n);
    Ok(match align {
        '>' => format!("{}{}", f(pad), text),
        '^' => format!("{}{}{}", f(pad / 2), text, f(pad - pad / 2)),
        _ => format!("{}{}", text, f(pad)),
    })
}

/// `fmt % args` (temporary subset: s r a d i f x o c %).
pub fn percent_format(fmt: &str, args: &crate::Value) -> PyResult<String> {
    use crate::protocol;
    use crate::types::{dict, str as pystr, tuple};
    let items: Vec<crate::Value> = match tuple::downcast(args) {
        Some(t) => t.items.to_vec(),
        None => vec![args.clone()],
    };
    let mapping = dict::downcast(args).is_some();
    let mut out = String::new();
    let mut idx = 0;
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            return Err(crate::err::value_error("incomplete format"));
        }
        let mut key = None;
        if cs[i] == '(' {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < cs.len() && depth > 0 {
                if cs[j] == '(' {
                    depth += 1;
                } else if cs[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            key = Some(cs[start..j - 1].iter().collect::<String>());
            i = j;
        }
        let mut flags = String::new();
        while i < cs.len() && "-+ #0".contains(cs[i]) {
            flags.push(cs[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '*') {
            width.push(cs[i]);
            i += 1;
        }
        let mut prec = None;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '*') {
                p.push(cs[i]);
                i += 1;
            }
            prec = Some(p);
        }
        while i < cs.len() && "hlL".contains(cs[i]) {
            i += 1;
        }
        if i >= cs.len() {
            return Err(crate::err::value_error("incomplete format"));
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let mut next_arg = || -> PyResult<crate::Value> {
            if let Some(k) = &key {
                return crate::protocol::getitem(args, &pystr::new_str(k));
            }
            let v = items.get(idx).cloned();
            idx += 1;
            v.ok_or_else(|| crate::err::type_error("not enough arguments for format string"))
        };
        let width_n: usize = if width == "*" {
            protocol::index_i64(&next_arg()?)?.max(0) as usize
        } else {
            width.parse().unwrap_or(0)
        };
        let prec_n: Option<usize> = match &prec {
            Some(p) if p == "*" => Some(protocol::index_i64(&next_arg()?)?.max(0) as usize),
            Some(p) => Some(p.parse().unwrap_or(0)),
            None => None,
        };
        let v = next_arg()?;
        let body = match conv {
            's' => {
                let s = protocol::str_string(&v)?;
                match prec_n {
                    Some(n) => s.chars().take(n).collect(),
                    None => s,
                }
            }
            'r' => protocol::repr_string(&v)?,
            'a' => crate::builtins::ascii_of(&v)?,
            'd' | 'i' | 'u' => {
                let n = crate::types::int::int_from_object(&v).map_err(|_| {
                    crate::err::type_error(format!("%{conv} format: a real number is required, not {}", v.ty().name()))
                })?;
                let b = crate::types::int::to_bigint(&n).unwrap();
                let mut s = b.to_string();
                if flags.contains('+') && b.sign() != num_bigint::Sign::Minus {
                    s.insert(0, '+');
                } else if flags.contains(' ') && b.sign() != num_bigint::Sign::Minus {
                    s.insert(0, ' ');
                }
                s
            }
            'x' | 'X' | 'o' => {
                let b = protocol::index_of(&v)?;
                let neg = b.sign() == num_bigint::Sign::Minus;
                let mag = if neg { -b } else { b };
                let mut s = mag.to_str_radix(if conv == 'o' { 8 } else { 16 });
                if conv == 'X' {
                    s = s.to_uppercase();
                }
                if flags.contains('#') {
                    s.insert_str(0, match conv { 'x' => "0x", 'X' => "0X", _ => "0o" });
                }
                if neg {
                    s.insert(0, '-');
                }
                s
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = crate::protocol::to_f64(&v).map_err(|_| {
                    crate::err::type_error(format!("must be real number, not {}", v.ty().name()))
                })?;
                let p = prec_n.unwrap_or(6);
                let mut s = match conv {
                    'f' | 'F' => format!("{:.*}", p, x),
                    'e' | 'E' => {
                        let s = format!("{:.*e}", p, x);
                        let (m, e) = s.split_once('e').unwrap();
                        let e: i32 = e.parse().unwrap();
                        format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
                    }
                    _ => {
                        let p = p.max(1);
                        let exp = if x == 0.0 { 0 } else { x.abs().log10().floor() as i32 };
                        if exp < -4 || exp >= p as i32 {
                            let s = format!("{:.*e}", p - 1, x);
                            let (m, e) = s.split_once('e').unwrap();
                            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
                            let e: i32 = e.parse().unwrap();
                            format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
                        } else {
                            let s = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x);
                            if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s }
                        }
                    }
                };
                if conv.is_uppercase() {
                    s = s.to_uppercase();
                }
                if flags.contains('+') && x >= 0.0 {
                    s.insert(0, '+');
                } else if flags.contains(' ') && x >= 0.0 {
                    s.insert(0, ' ');
                }
                s
            }
            'c' => {
                if let Some(s) = pystr::as_str(&v) {
                    s.to_string()
                } else {
                    let n = protocol::index_i64(&v)?;
                    char::from_u32(n as u32).map(|c| c.to_string()).unwrap_or_default()
                }
            }
            other => {
                return Err(crate::err::value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )))
            }
        };
        let len = body.chars().count();
        if len < width_n {
            let pad = width_n - len;
            if flags.contains('-') {
                out.push_str(&body);
                out.push_str(&" ".repeat(pad));
            } else if flags.contains('0') && "diuxXofFeEgG".contains(conv) {
                let (sign, digits) = if body.starts_with(['-', '+', ' ']) { body.split_at(1) } else { ("", body.as_str()) };
                out.push_str(sign);
                out.push_str(&"0".repeat(pad));
                out.push_str(digits);
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if !mapping && idx < items.len() && tuple::downcast(args).is_some() {
        return Err(crate::err::type_error("not all arguments converted during string formatting"));
    }
    if !mapping && idx == 0 && items.len() == 1 && tuple::downcast(args).is_none() && !fmt.is_empty() {
        return Err(crate::err::type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
