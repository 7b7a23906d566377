//! printf-style `%` formatting (`str % args`), as CPython 3.11's
//! `PyUnicode_Format`.
//!
//! The format string is parsed into pieces up front; because CPython parses
//! lazily while consuming arguments, a parse error is returned as a final
//! [`PercentPiece::Error`] piece so the caller can raise it only after the
//! preceding conversions have consumed their arguments (and so report "not
//! enough arguments" first where CPython does). Likewise an unknown
//! conversion character is reported by [`PercentSpec::validate`], which the
//! caller calls after fetching the argument.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DtoaFlags};
use super::spec::{code_point_char, reserve_output};
use super::FormatError;

/// One piece of a `%` format string.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentPiece {
    /// Literal text (with "%%" already turned into "%").
    Literal(String),
    /// A conversion specifier.
    Spec(PercentSpec),
    /// The format is invalid from here on; raise this error when reached.
    Error(FormatError),
    /// A `%(` mapping key that is never closed. When reached, raise
    /// TypeError "format requires a mapping" if the argument is not a
    /// mapping, else this "incomplete format key" error.
    BadKey(FormatError),
}

/// A `%` conversion specifier: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PercentSpec {
    /// Mapping key of `%(key)s`.
    pub key: Option<String>,
    /// `-` flag: left-justify.
    pub ljust: bool,
    /// `+` flag: always a sign.
    pub sign: bool,
    /// ' ' flag: a space for non-negative numbers.
    pub blank: bool,
    /// `#` flag: alternate form.
    pub alt: bool,
    /// `0` flag: zero padding for numbers.
    pub zero: bool,
    /// Minimum width (after `*` resolution).
    pub width: Option<usize>,
    /// The width is `*`: take it from the arguments, then call [`PercentSpec::set_star_width`].
    pub width_star: bool,
    /// Precision (after `*` resolution).
    pub precision: Option<usize>,
    /// The precision is `*`: take it from the arguments, then call
    /// [`PercentSpec::set_star_precision`].
    pub precision_star: bool,
    /// The conversion character.
    pub conversion: char,
    /// Index (in characters) of the conversion character in the format string.
    pub index: usize,
}

impl PercentSpec {
    /// Apply a `*` width taken from the arguments (a negative width means
    /// left-justify, as in C).
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.ljust = true;
        }
        self.width = Some(w.unsigned_abs() as usize);
    }

    /// Apply a `*` precision taken from the arguments (negative means 0).
    pub fn set_star_precision(&mut self, p: i64) {
        self.precision = Some(p.max(0) as usize);
    }

    /// Check the conversion character; CPython does this after fetching the
    /// argument: "unsupported format character 'y' (0x79) at index 3".
    pub fn validate(&self) -> Result<(), FormatError> {
        if "sraiduoxXeEfFgGc".contains(self.conversion) {
            return Ok(());
        }
        let c = self.conversion as u32;
        let shown = if (31..=126).contains(&c) {
            self.conversion
        } else {
            '?'
        };
        Err(FormatError::value(format!(
            "unsupported format character '{shown}' (0x{c:x}) at index {}",
            self.index
        )))
    }
}

/// Parse a `%` format string into literal and specifier pieces. Never fails
/// outright: an invalid tail ("incomplete format", "width too big",
/// "precision too big") becomes a final [`PercentPiece::Error`] (or
/// [`PercentPiece::BadKey`] for an unclosed "%(key").
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            lit.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            lit.push('%');
            pos += 1;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        match parse_one(&chars, &mut pos) {
            Ok(spec) => pieces.push(PercentPiece::Spec(spec)),
            Err(e) => {
                if e.msg == "incomplete format key" {
                    pieces.push(PercentPiece::BadKey(e));
                } else {
                    pieces.push(PercentPiece::Error(e));
                }
                return pieces;
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    pieces
}

/// Parse one specifier starting just after its '%'.
fn parse_one(chars: &[char], pos: &mut usize) -> Result<PercentSpec, FormatError> {
    let incomplete = || FormatError::value("incomplete format");
    let mut spec = PercentSpec::default();
    let next = |pos: &mut usize| -> Option<char> {
        let c = chars.get(*pos).copied();
        if c.is_some() {
            *pos += 1;
        }
        c
    };
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match next(pos) {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(FormatError::value("incomplete format key")),
            }
        }
        spec.key = Some(chars[start..*pos - 1].iter().collect());
    }
    let mut ch = loop {
        let c = next(pos).ok_or_else(incomplete)?;
        match c {
            '-' => spec.ljust = true,
            '+' => spec.sign = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break c,
        }
    };
    if ch == '*' {
        spec.width_star = true;
        ch = next(pos).ok_or_else(incomplete)?;
    } else if let Some(d) = ch.to_digit(10) {
        let mut w = d as usize;
        loop {
            ch = next(pos).ok_or_else(incomplete)?;
            let Some(d) = ch.to_digit(10) else { break };
            if w > (isize::MAX as usize - d as usize) / 10 {
                return Err(FormatError::value("width too big"));
            }
            w = w * 10 + d as usize;
        }
        spec.width = Some(w);
    }
    if ch == '.' {
        spec.precision = Some(0);
        ch = next(pos).ok_or_else(incomplete)?;
        if ch == '*' {
            spec.precision_star = true;
            ch = next(pos).ok_or_else(incomplete)?;
        } else if let Some(d) = ch.to_digit(10) {
            let mut p = d as usize;
            loop {
                ch = next(pos).ok_or_else(incomplete)?;
                let Some(d) = ch.to_digit(10) else { break };
                if p > (i32::MAX as usize - d as usize) / 10 {
                    return Err(FormatError::value("precision too big"));
                }
                p = p * 10 + d as usize;
            }
            spec.precision = Some(p);
        }
    }
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next(pos).ok_or_else(incomplete)?;
    }
    spec.conversion = ch;
    spec.index = *pos - 1;
    Ok(spec)
}

/// Format an int for `%d %i %u %o %x %X` (the caller converts non-int
/// arguments first, as `int()` / `__index__`), including padding.
pub fn format_percent_int(n: &BigInt, spec: &PercentSpec) -> Result<String, FormatError> {
    let ty = spec.conversion;
    let (radix, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize - 3 {
            return Err(FormatError::overflow("precision too large"));
        }
        if p > digits.len() {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let mut body = String::new();
    if n.sign() == Sign::Minus {
        body.push('-');
    }
    if spec.alt {
        body.push_str(prefix);
    }
    body.push_str(&digits);
    output(&body, spec, true)
}

/// Format a float for `%e %E %f %F %g %G`, including padding.
pub fn format_percent_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    let precision = spec.precision.unwrap_or(6);
    let flags = DtoaFlags {
        alt: spec.alt,
        ..DtoaFlags::default()
    };
    let body = double_to_string(x, spec.conversion, precision, flags);
    output(&body, spec, true)
}

/// Pad (and for `%s %r %a`, truncate to the precision) an already converted
/// string: the result of `str()`, `repr()`, `ascii()` or the `%c` character.
/// MemoryError if the width cannot be allocated.
pub fn pad_percent_str(s: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    output(s, spec, false)
}

/// The character for `%c` of an int (CPython's `formatchar`):
/// OverflowError "%c arg not in range(0x110000)" outside the range.
pub fn percent_char(n: &BigInt) -> Result<char, FormatError> {
    code_point_char(n.to_i64().unwrap_or(-1))
}

/// Padding, sign and prefix placement (CPython's `unicode_format_arg_output`).
/// `numeric` is true for number conversions (the `+`, ' ' and `0` flags apply).
fn output(s: &str, spec: &PercentSpec, numeric: bool) -> Result<String, FormatError> {
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    let mut width = spec.width.unwrap_or(0);
    if !numeric && matches!(spec.conversion, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let mut pindex = 0;
    let mut signchar = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if spec.sign => signchar = Some('+'),
            _ if spec.blank => signchar = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    let mut out = reserve_output(width + 1, 4)?;
    if let Some(sc) = signchar {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = numeric
        && spec.alt
        && matches!(spec.conversion, 'x' | 'X' | 'o')
        && chars.get(pindex) == Some(&'0')
        && chars.get(pindex + 1) == Some(&spec.conversion)
        && len >= 2;
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(sc) = signchar {
            out.push(sc);
        }
        if has_prefix {
            out.extend(&chars[pindex..pindex + 2]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
}
