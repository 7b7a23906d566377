//! The PEP 3101 format-spec mini-language (`format(x, spec)`), as implemented
//! by CPython 3.11's `Python/formatter_unicode.c`.
//!
//! A spec is parsed once into a [`FormatSpec`]; the type-specific functions
//! then validate it for their type and lay out the number as
//! `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`,
//! where at most one of the three paddings is non-empty. With `0` padding
//! (fill '0' and '=' alignment) the grouping itself produces the leading
//! zeros, so separators appear among them ("00,001,234").

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::dtoa::{double_to_string, DtoaFlags};
use super::numeric::bigint_to_f64;
use super::FormatError;
use crate::strlib::unicode::decimal_value;

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (' ' unless given, or '0' with the `0` flag and no explicit fill).
    pub fill: char,
    /// Explicit alignment: one of `< > ^ =`.
    pub align: Option<char>,
    /// The `0` flag was given without an explicit fill (turns default
    /// alignment into '=' for numbers).
    pub zero_pad: bool,
    /// Sign option: `+`, `-` or ' '.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to positive).
    pub no_neg_0: bool,
    /// The `#` option (alternate form).
    pub alternate: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Grouping option: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type, if given.
    pub ty: Option<char>,
    /// The spec text, for error messages.
    pub text: String,
    /// More than one character was left where the type goes ("Invalid format
    /// specifier", reported by the `format_*` functions that know the type name).
    pub invalid: bool,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            zero_pad: false,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            text: String::new(),
            invalid: false,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Read a decimal integer (any Unicode decimal digits, as CPython) at
/// `chars[*pos..]`; returns the value and how many digits were read.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    let mut value: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if value > (isize::MAX as usize - d as usize) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + d as usize;
        *pos += 1;
        n += 1;
    }
    Ok((value, n))
}

fn separator_type_error(sep: char, ty: char) -> FormatError {
    if ty as u32 > 32 && (ty as u32) < 128 {
        FormatError::value(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        FormatError::value(format!("Cannot specify '{sep}' with '\\x{:x}'.", ty as u32))
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    if ty as u32 > 32 && (ty as u32) < 128 {
        FormatError::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        FormatError::value(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        ))
    }
}

/// Parse a format spec. Checks that need the object's type (the "Invalid
/// format specifier" message, which names the type, and type-specific rules)
/// are done by the `format_*` functions, so a spec with trailing garbage
/// parses here and fails there.
pub fn parse_spec(spec: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut f = FormatSpec {
        text: spec.to_string(),
        ..FormatSpec::default()
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    let (w, n) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, n) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        // Reported by the format_* functions, which know the type name.
        f.invalid = true;
        return Ok(f);
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let (Some(sep), Some(ty)) = (f.grouping, f.ty) {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => {}
            _ => return Err(separator_type_error(sep, ty)),
        }
    }
    Ok(f)
}

impl FormatSpec {
    /// Error for a spec with more than one character left where the type goes.
    fn check_garbage(&self, type_name: &str) -> Result<(), FormatError> {
        if self.invalid {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{}' for object of type '{type_name}'",
                self.text
            )));
        }
        Ok(())
    }

    /// Alignment after applying the type's default and the `0` flag.
    fn resolved_align(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }
}

/// Digit grouping: the group size and separator.
#[derive(Clone, Copy)]
struct Grouping {
    size: usize,
    sep: Option<char>,
}

impl Grouping {
    fn new(sep: Option<char>, ty: char) -> Self {
        match sep {
            Some('_') if matches!(ty, 'b' | 'o' | 'x' | 'X') => Grouping {
                size: 4,
                sep: Some('_'),
            },
            Some(c) => Grouping {
                size: 3,
                sep: Some(c),
            },
            None => Grouping { size: 0, sep: None },
        }
    }

    /// Group the ASCII `digits`, padding with leading zeros up to `min_width`
    /// characters (CPython's `_PyUnicode_InsertThousandsGrouping`). The text
    /// is built back to front, one group at a time.
    fn apply(self, digits: &str, min_width: i64) -> Result<String, FormatError> {
        let digits = digits.as_bytes();
        let mut min_width = min_width.max(0);
        let mut remaining = digits.len() as i64;
        let mut rev: Vec<u8> = Vec::new();
        let total = remaining.max(min_width) as usize;
        let seps = total.checked_div(self.size).map_or(0, |q| q + 1);
        rev.try_reserve(total + seps).map_err(|_| out_of_memory())?;
        let mut end = digits.len();
        let mut group = |rev: &mut Vec<u8>, len: i64, remaining: i64, first: bool| -> i64 {
            if !first {
                if let Some(sep) = self.sep {
                    rev.push(sep as u8);
                }
            }
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            let start = end - n_chars as usize;
            rev.extend(digits[start..end].iter().rev());
            rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
            end = start;
            n_chars
        };
        let mut first = true;
        let mut broken = false;
        if self.sep.is_some() {
            let size = self.size as i64;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                remaining -= group(&mut rev, len, remaining, first);
                first = false;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    broken = true;
                    break;
                }
                min_width -= 1;
            }
        }
        if !broken {
            let len = remaining.max(min_width).max(1);
            group(&mut rev, len, remaining, first);
        }
        rev.reverse();
        Ok(rev.into_iter().map(char::from).collect())
    }
}

/// The error for an output too large to allocate.
pub(crate) fn out_of_memory() -> FormatError {
    FormatError {
        kind: super::FormatErrorKind::MemoryError,
        msg: String::new(),
    }
}

/// A string with room for `chars` characters of up to `width` bytes each, or MemoryError.
pub(crate) fn reserve_output(chars: usize, width: usize) -> Result<String, FormatError> {
    let mut s = String::new();
    let bytes = chars.checked_mul(width).ok_or_else(out_of_memory)?;
    s.try_reserve(bytes).map_err(|_| out_of_memory())?;
    Ok(s)
}

/// A number split into its parts, ready for padding (CPython's
/// `calc_number_widths` + `fill_number`).
struct NumberParts<'a> {
    sign_char: Option<char>,
    prefix: &'a str,
    /// ASCII digits (0-9, a-f).
    digits: &'a str,
    /// Decimal point present.
    decimal: bool,
    /// Everything after the point (or after the digits): fraction, exponent, '%'.
    remainder: &'a str,
}

/// Lay out a number with sign, padding and grouping per `spec`.
fn fill_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    fill: char,
    align: char,
    width: Option<usize>,
    grouping: Grouping,
    upper: bool,
) -> Result<String, FormatError> {
    let sign = match spec.sign {
        Some('+') => Some(if parts.sign_char == Some('-') {
            '-'
        } else {
            '+'
        }),
        Some(' ') => Some(if parts.sign_char == Some('-') {
            '-'
        } else {
            ' '
        }),
        _ => parts.sign_char.filter(|&c| c == '-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + parts.decimal as i64 + n_remainder;
    let width = width.map_or(-1, |w| w as i64);
    let min_width = if fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        grouping.apply(parts.digits, min_width)?
    };
    let grouped = if upper {
        grouped.to_ascii_uppercase()
    } else {
        grouped
    };
    let n_grouped = grouped.chars().count() as i64;
    let padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = reserve_output(
        (width.max(0) + n_grouped + non_digit) as usize,
        fill.len_utf8().max(2),
    )?;
    push_fill(&mut out, fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_fill(&mut out, fill, spad);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, rpad);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

/// Left/right padding for a piece of `nchars` characters (CPython's `calc_padding`).
fn calc_padding(nchars: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    (left, total - nchars - left)
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    format_str_as(s, spec, "str")
}

/// [`format_str`] for a str subclass named `type_name` (used in error messages).
pub fn format_str_as(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    spec.check_garbage(type_name)?;
    let ty = spec.ty.unwrap_or('s');
    if let Some(sep) = spec.grouping {
        if spec.ty.is_none() {
            return Err(separator_type_error(sep, 's'));
        }
    }
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.resolved_align('<');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let mut body = s;
    if let Some(p) = spec.precision {
        if len > p {
            len = p;
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            body = &s[..cut];
        }
    }
    let (l, r) = calc_padding(len, spec.width, align);
    let mut out = reserve_output(l + r + body.len(), spec.fill.len_utf8())?;
    push_fill(&mut out, spec.fill, l as i64);
    out.push_str(body);
    push_fill(&mut out, spec.fill, r as i64);
    Ok(out)
}

/// `format(n, spec)` for an `int`.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_as(n, spec, "int")
}

/// `format(n, spec)` for an `int` that fits in an `i64` (fast path for
/// the common cases; same results as [`format_int`]).
pub fn format_i64(n: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.ty.is_none_or(|t| t == 'd')
        && !spec.invalid
        && spec.width.is_none()
        && spec.grouping.is_none()
        && spec.precision.is_none()
        && !spec.no_neg_0
        && matches!(spec.sign, None | Some('-'))
    {
        return Ok(n.to_string());
    }
    format_int_as(&BigInt::from(n), spec, "int")
}

/// [`format_int`] for an int subclass named `type_name` (e.g. "bool").
pub fn format_int_as(
    n: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    spec.check_garbage(type_name)?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(n)?;
            return format_float_as(x, spec, type_name);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.resolved_align('>');
    let grouping = if ty == 'n' {
        Grouping::new(None, ty)
    } else {
        Grouping::new(spec.grouping, ty)
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(v) = n.to_i64() else {
            return Err(FormatError::overflow(
                "Python int too large to convert to C long",
            ));
        };
        let ch = code_point_char(v)?;
        let mut buf = [0u8; 4];
        let text: &str = ch.encode_utf8(&mut buf);
        let parts = NumberParts {
            sign_char: None,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: text,
        };
        return fill_number(&parts, spec, spec.fill, align, spec.width, grouping, false);
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x' | 'X') => "0x",
        _ => "",
    };
    let digits = n.magnitude().to_str_radix(radix);
    let parts = NumberParts {
        sign_char: (n.sign() == Sign::Minus).then_some('-'),
        prefix,
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    fill_number(
        &parts,
        spec,
        spec.fill,
        align,
        spec.width,
        grouping,
        ty == 'X',
    )
}

/// The character for code point `v`, or the `%c` range error. Surrogate code
/// points cannot be held in UTF-8 text and are reported as a ValueError.
pub(crate) fn code_point_char(v: i64) -> Result<char, FormatError> {
    if !(0..=0x10ffff).contains(&v) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(v as u32)
        .ok_or_else(|| FormatError::value("surrogate code points are not supported by %c"))
}

/// Split a formatted float ("-123.45e+06") into its parts (CPython's `parse_number`).
fn split_number(s: &str) -> NumberParts<'_> {
    let (sign_char, body) = match s.strip_prefix('-') {
        Some(rest) => (Some('-'), rest),
        None => (None, s),
    };
    let n_digits = body.bytes().take_while(|c| c.is_ascii_digit()).count();
    let rest = &body[n_digits..];
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        sign_char,
        prefix: "",
        digits: &body[..n_digits],
        decimal,
        remainder,
    }
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_float_as(x, spec, "float")
}

/// Resolve the presentation type and precision of a float format into
/// `PyOS_double_to_string` arguments; returns (code, precision, flags).
fn float_conversion(
    spec: &FormatSpec,
    ty: char,
    none_adds_dot_0: bool,
) -> Result<(char, usize, DtoaFlags), FormatError> {
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut code = ty;
    let mut default_precision = 6;
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(FormatError::value("precision too big"));
        }
    }
    if ty == '\0' {
        flags.add_dot_0 = none_adds_dot_0;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    if code == '%' {
        code = 'f';
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    Ok((code, precision, flags))
}

/// [`format_float`] for a float subclass (or an int formatted with a float
/// type) named `type_name`.
pub fn format_float_as(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    spec.check_garbage(type_name)?;
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty, type_name));
    }
    let (code, precision, flags) = float_conversion(spec, ty, true)?;
    let val = if ty == '%' { x * 100.0 } else { x };
    let mut text = double_to_string(val, code, precision, flags);
    if ty == '%' {
        text.push('%');
    }
    let parts = split_number(&text);
    let grouping = if ty == 'n' {
        Grouping::new(None, ty)
    } else {
        Grouping::new(spec.grouping, ty)
    };
    let align = spec.resolved_align('>');
    fill_number(&parts, spec, spec.fill, align, spec.width, grouping, false)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_complex_as(re, im, spec, "complex")
}

/// [`format_complex`] for a complex subclass named `type_name`.
pub fn format_complex_as(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    spec.check_garbage(type_name)?;
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(ty, type_name));
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    let align = spec.resolved_align('>');
    if align == '=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, flags) = float_conversion(spec, ty, false)?;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let re_text = double_to_string(re, code, precision, flags);
    let im_text = double_to_string(im, code, precision, flags);
    let grouping = if ty == 'n' {
        Grouping::new(None, ty)
    } else {
        Grouping::new(spec.grouping, ty)
    };
    let re_s = fill_number(
        &split_number(&re_text),
        spec,
        '\0',
        '<',
        None,
        grouping,
        false,
    )?;
    let mut im_spec = spec.clone();
    if !skip_re {
        im_spec.sign = Some('+');
    }
    let im_s = fill_number(
        &split_number(&im_text),
        &im_spec,
        '\0',
        '<',
        None,
        grouping,
        false,
    )?;
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_s);
    }
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let (l, r) = calc_padding(body.chars().count(), spec.width, align);
    let mut out = reserve_output(l + r + body.len(), spec.fill.len_utf8())?;
    push_fill(&mut out, spec.fill, l as i64);
    out.push_str(&body);
    push_fill(&mut out, spec.fill, r as i64);
    Ok(out)
}
