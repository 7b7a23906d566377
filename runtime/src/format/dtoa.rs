//! Decimal digit generation (the three modes of David Gay's `dtoa` that CPython
//! uses) and the float layout of CPython's `PyOS_double_to_string`.
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives the
//! shortest digits that round-trip (dtoa mode 0), `{:.Ne}` the correctly
//! rounded N+1 significant digits (mode 2) and `{:.N}` the correctly rounded
//! N digits after the point (mode 3); ties are broken half-even on the exact
//! binary value, as dtoa does. The layout code then follows CPython's rules
//! for where the decimal point, padding zeros and exponent go.

/// How many digits to generate.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DigitMode {
    /// Shortest string that round-trips (dtoa mode 0).
    Shortest,
    /// This many significant digits, at least 1 (dtoa mode 2).
    Significant(usize),
    /// This many digits after the decimal point (dtoa mode 3, `ndigits >= 0`).
    Fixed(usize),
}

/// Digits of a finite float: value = 0.DIGITS * 10**decpt. Trailing zeros are
/// stripped; zero is `"0"` with `decpt == 1`; a value that rounds to zero in
/// fixed mode has no digits and `decpt == -ndigits`.
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// More digits than any double's exact decimal expansion needs.
const MAX_EXACT_DIGITS: usize = 1100;

/// Generate the decimal digits of the finite value `|x|`.
pub(crate) fn digits(x: f64, mode: DigitMode) -> Digits {
    let a = x.abs();
    if a == 0.0 {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    match mode {
        DigitMode::Shortest => shortest_digits(a),
        // A double's exact decimal expansion has at most 767 significant
        // digits and 1074 digits after the point, so larger requests only add
        // zeros (which are stripped anyway); Rust's formatter rejects
        // precisions above 65535, so clamp.
        DigitMode::Significant(n) => {
            sci_digits(&format!("{:.*e}", n.clamp(1, MAX_EXACT_DIGITS) - 1, a))
        }
        DigitMode::Fixed(n) => {
            let s = format!("{a:.*}", n.min(MAX_EXACT_DIGITS));
            let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = int_part.len() as i64;
            let mut ds: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
            let lead = ds.iter().take_while(|&&c| c == b'0').count();
            ds.drain(..lead);
            decpt -= lead as i64;
            strip_trailing_zeros(&mut ds);
            if ds.is_empty() {
                decpt = -(n as i64);
            }
            Digits { digits: ds, decpt }
        }
    }
}

/// Shortest round-trip digits. Rust breaks an exact tie in the last digit
/// upwards while dtoa picks the closest candidate and breaks ties to even, so
/// when a tie is possible and the last digit is odd, prefer the correctly
/// rounded (half-even) string of the same length if it also round-trips.
fn shortest_digits(a: f64) -> Digits {
    let d = sci_digits(&format!("{a:e}"));
    let n = d.digits.len();
    if n >= 15 && d.digits.last().is_some_and(|&c| (c - b'0') % 2 == 1) && may_tie(a, n + 1) {
        let alt = format!("{:.*e}", n - 1, a);
        if alt.parse::<f64>() == Ok(a) {
            let alt_digits = sci_digits(&alt);
            if alt_digits.digits.len() == n {
                return alt_digits;
            }
        }
    }
    d
}

/// Whether the exact value of `a` (finite, > 0) could have at most `digits`
/// significant decimal digits; a tie between two shortest candidates needs
/// that. (Values with 15 or fewer digits always repr as themselves.)
fn may_tie(a: f64, digits: usize) -> bool {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    if e >= 0 {
        return true; // an integer: rare enough to check directly
    }
    // a = m * 5**k / 10**k: its significant digits are those of m * 5**k.
    let k = -e;
    if k > 27 {
        return false;
    }
    let limit = 10u128.pow(digits.min(38) as u32);
    (m as u128) * 5u128.pow(k as u32) < limit
}

/// Parse Rust's `d.ddde±x` output into digits and decimal point position.
fn sci_digits(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut ds: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    strip_trailing_zeros(&mut ds);
    if ds.is_empty() {
        ds.push(b'0');
    }
    Digits {
        digits: ds,
        decpt: exp + 1,
    }
}

fn strip_trailing_zeros(ds: &mut Vec<u8>) {
    while ds.last() == Some(&b'0') {
        ds.pop();
    }
}

/// Options of `PyOS_double_to_string` (its `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DtoaFlags {
    /// Always emit a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Append ".0" to integral values in non-exponent form (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep trailing zeros and the point (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is one
/// of `e E f F g G r`; uppercase codes give `E`, `INF`, `NAN`.
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        let negative = x.is_sign_negative() && !x.is_nan();
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let mut precision = precision as i64;
    let mode = match code {
        'e' => {
            precision += 1;
            DigitMode::Significant(precision as usize)
        }
        'f' => DigitMode::Fixed(precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            DigitMode::Significant(precision as usize)
        }
        _ => DigitMode::Shortest,
    };
    let Digits { digits, decpt } = digits(x, mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    layout_digits(&mut out, &digits, decpt, code, precision, flags, upper);
    out
}

/// Place the decimal point, padding zeros and exponent (the body of CPython's
/// `format_float_short`).
fn layout_digits(
    out: &mut String,
    digits: &[u8],
    mut decpt: i64,
    code: char,
    precision: i64,
    flags: DtoaFlags,
    upper: bool,
) {
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        out.extend(d.iter().map(|&c| c as char));
    };
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(out, &digits[decpt as usize..]);
    } else {
        push_digits(out, digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
}

/// `repr(x)` / `str(x)` of a Python float: shortest round-trip digits, exponent
/// form when the decimal exponent is < -4 or >= 16, always a ".0" on
/// integral values in positional form (`"1.0"`, `"1e+16"`, `"5e-324"`,
/// `"-0.0"`, `"inf"`, `"nan"`).
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `repr(complex(re, im))`: `"1j"`, `"(1+2j)"`, `"(-0-1j)"`, `"-0j"`,
/// `"(nan+infj)"`. Parentheses are omitted exactly when the real part is +0.0.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, DtoaFlags::default());
        s.push('j');
        s
    } else {
        let re_s = double_to_string(re, 'r', 0, DtoaFlags::default());
        let sign = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        let im_s = double_to_string(im, 'r', 0, sign);
        format!("({re_s}{im_s}j)")
    }
}
