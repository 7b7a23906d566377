//! The runtime's entry points for number formatting and parsing, returning
//! Python exceptions. The algorithms live in the pure `format` module; this
//! file adapts them to `PyResult` and to Python objects: format specs for
//! `format()`, number parsing for `int()`/`float()`, and the printf-style
//! `%` operator of `str` and `bytes` (CPython's `PyUnicode_Format` and
//! `_PyBytes_FormatEx`, including their argument-fetching order).

use crate::err::{
    memory_error, overflow_error, type_error, value_error, zero_division, PyErr, PyResult,
};
use crate::format::{self, FormatError, FormatErrorKind, PercentPiece, PercentSpec};
use crate::object::Value;
use crate::protocol;
use crate::types::{bytes, float, int, str as pystr, tuple};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The Python exception for a formatting-library error.
pub fn to_pyerr(e: FormatError) -> PyErr {
    match e.kind {
        FormatErrorKind::ValueError => value_error(e.msg),
        FormatErrorKind::OverflowError => overflow_error(e.msg),
        FormatErrorKind::TypeError => type_error(e.msg),
        FormatErrorKind::ZeroDivisionError => zero_division(e.msg),
        FormatErrorKind::MemoryError => memory_error(),
    }
}

/// Converts a formatting-library result into a `PyResult`.
pub fn py<T>(r: Result<T, FormatError>) -> PyResult<T> {
    r.map_err(to_pyerr)
}

/// Correctly rounded int -> float ("int too large to convert to float").
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    py(format::bigint_to_f64(b))
}

/// Correctly rounded int / int.
pub fn int_true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    py(format::int_true_divide(x, y))
}

/// `format(int, spec)` for a non-empty spec.
pub fn format_int_spec(x: &BigInt, spec: &str) -> PyResult<String> {
    format_int_spec_as(x, spec, "int")
}

/// `format(n, spec)` for an int whose type is named `type_name` (bool, a subclass).
pub fn format_int_spec_as(x: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let s = py(format::parse_spec(spec))?;
    if matches!(s.ty, None | Some('d' | 'n')) {
        check_decimal_limit(x)?;
    }
    py(format::format_int_as(x, &s, type_name))
}

/// The int <-> str digit limit applies to every decimal rendering of an int
/// (`format(n, 'd')`, `'%d' % n`), not only `str(n)`.
fn check_decimal_limit(x: &BigInt) -> PyResult<()> {
    let limit = int::max_str_digits();
    // Numbers this small cannot reach the limit (bits * log10(2) digits).
    if limit == 0 || (x.bits() as f64) * std::f64::consts::LOG10_2 < limit as f64 - 2.0 {
        return Ok(());
    }
    py(format::int_to_decimal_string(x, limit)).map(|_| ())
}

/// `int(s, base)` for a str: `Ok(None)` for an invalid literal; the digit
/// limit and a bad base are errors.
pub fn parse_int_str(s: &str, base: u32) -> PyResult<Option<BigInt>> {
    py(format::parse_int(s, base, int::max_str_digits()))
}

/// `float(s)` for a str; `None` for an invalid literal.
pub fn parse_float_str(s: &str) -> Option<f64> {
    format::parse_float(s)
}

/// `repr(float)`: shortest round-trip digits, CPython's layout.
pub fn float_repr(x: f64) -> String {
    format::float_repr(x)
}

/// `format(float, spec)` for a non-empty spec.
pub fn format_float_spec(x: f64, spec: &str) -> PyResult<String> {
    format_float_spec_as(x, spec, "float")
}

/// `format(x, spec)` for a float whose type is named `type_name`.
pub fn format_float_spec_as(x: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let s = py(format::parse_spec(spec))?;
    py(format::format_float_as(x, &s, type_name))
}

/// `format(complex, spec)` for a non-empty spec.
pub fn format_complex_spec_as(re: f64, im: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let s = py(format::parse_spec(spec))?;
    py(format::format_complex_as(re, im, &s, type_name))
}

/// `format(str, spec)`.
pub fn format_str_spec(s: &str, spec: &str) -> PyResult<String> {
    format_str_spec_as(s, spec, "str")
}

/// `format(s, spec)` for a str whose type is named `type_name`.
pub fn format_str_spec_as(s: &str, spec: &str, type_name: &str) -> PyResult<String> {
    let p = py(format::parse_spec(spec))?;
    py(format::format_str_as(s, &p, type_name))
}

// ---------------------------------------------------------------- printf-style `%`

/// Where `%` conversions take their arguments from (CPython's `argidx` /
/// `arglen` pair): a tuple's items, or one non-tuple argument (`len` = -1),
/// which a `%(key)` lookup replaces.
struct ArgCursor {
    single: Value,
    items: Vec<Value>,
    idx: isize,
    len: isize,
    dict: Option<Value>,
}

impl ArgCursor {
    fn new(args: &Value, dict: bool) -> ArgCursor {
        match tuple::downcast(args) {
            Some(t) => ArgCursor {
                single: args.clone(),
                items: t.items.to_vec(),
                idx: 0,
                len: t.items.len() as isize,
                dict: None,
            },
            None => ArgCursor {
                single: args.clone(),
                items: Vec::new(),
                idx: -2,
                len: -1,
                dict: dict.then(|| args.clone()),
            },
        }
    }

    fn next(&mut self) -> PyResult<Value> {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.single.clone());
            }
            return Ok(self.items[(self.idx - 1) as usize].clone());
        }
        Err(type_error("not enough arguments for format string"))
    }

    /// `%(key)`: the argument becomes `mapping[key]`.
    fn select_key(&mut self, key: Value) -> PyResult<()> {
        let Some(d) = &self.dict else {
            return Err(type_error("format requires a mapping"));
        };
        self.single = protocol::getitem(d, &key)?;
        self.items.clear();
        self.idx = -2;
        self.len = -1;
        Ok(())
    }

    fn unused(&self) -> bool {
        self.idx < self.len && self.dict.is_none()
    }
}

/// Which `%` operator is running: they differ in argument conversions and messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PercentMode {
    Str,
    Bytes,
}

/// Python's `PyNumber_Check`: int, float, complex or a type with
/// `__index__`, `__int__` or `__float__`.
fn number_check(v: &Value) -> bool {
    int::is_int(v)
        || float::as_f64(v).is_some()
        || crate::types::complex::as_complex(v).is_some()
        || ["__index__", "__int__", "__float__"]
            .iter()
            .any(|n| protocol::lookup_special(v, n).is_some())
}

/// `*` width or precision: an int argument ("* wants int").
fn star_arg(v: &Value, ctype: &str) -> PyResult<i64> {
    let Some(n) = int::to_bigint(v) else {
        return Err(type_error("* wants int"));
    };
    n.to_i64()
        .filter(|&x| ctype != "int" || i32::try_from(x).is_ok())
        .ok_or_else(|| overflow_error(format!("Python int too large to convert to C {ctype}")))
}

/// The int for `%d %i %u %o %x %X` (CPython's `mainformatlong` / `formatlong`).
fn percent_int_arg(v: &Value, conv: char, mode: PercentMode) -> PyResult<BigInt> {
    if let Some(n) = int::to_bigint(v) {
        return Ok(n);
    }
    let shown = if mode == PercentMode::Bytes && conv == 'i' {
        'd'
    } else {
        conv
    };
    let hex_like = matches!(conv, 'o' | 'x' | 'X');
    let wrong = || {
        let what = if hex_like {
            "an integer"
        } else {
            "a real number"
        };
        type_error(format!(
            "%{shown} format: {what} is required, not {}",
            v.ty().name()
        ))
    };
    if !number_check(v) {
        return Err(wrong());
    }
    let r = if hex_like {
        protocol::index_of(v)
    } else {
        int::int_from_object(v).map(|i| int::to_bigint(&i).unwrap_or_default())
    };
    r.map_err(|e| {
        if e.matches(&crate::types::exceptions::TYPE_ERROR) {
            wrong()
        } else {
            e
        }
    })
}

/// The float for `%e %f %g` and friends.
fn percent_float_arg(v: &Value, mode: PercentMode) -> PyResult<f64> {
    match mode {
        PercentMode::Str => protocol::to_f64(v),
        PercentMode::Bytes => protocol::to_f64(v)
            .map_err(|_| type_error(format!("float argument required, not {}", v.ty().name()))),
    }
}

/// The int value of an `__index__`-able `%c` argument; `Err(None)` for a
/// TypeError (the caller reports its own message).
fn percent_char_code(v: &Value) -> Result<BigInt, Option<PyErr>> {
    match protocol::index_of(v) {
        Ok(n) => Ok(n),
        Err(e) if e.matches(&crate::types::exceptions::TYPE_ERROR) => Err(None),
        Err(e) => Err(Some(e)),
    }
}

/// Latin-1 text of a byte string (one char per byte), so the str-based
/// padding code can lay out bytes.
fn latin1_decode(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// Inverse of [`latin1_decode`] (every char is below U+0100).
fn latin1_encode(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// The bytes for `%b` / `%s` of `bytes % args`.
fn percent_bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    if bytes::is_bytes_like(v) {
        return bytes::bytes_from_object(v);
    }
    if let Some(r) = protocol::call_special(v, "__bytes__", &[]) {
        let r = r?;
        if !r.is_small_int() && r.ty().has_flag(crate::typeobj::flags::BYTES_SUBCLASS) {
            return bytes::bytes_from_object(&r);
        }
        return Err(type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            r.ty().name()
        )));
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name()
    )))
}

/// One conversion: the text for `spec` applied to `v` (for bytes mode, the
/// text is Latin-1: one char per output byte).
fn percent_convert(v: &Value, spec: &PercentSpec, mode: PercentMode) -> PyResult<String> {
    let conv = spec.conversion;
    Ok(match conv {
        's' | 'b' if mode == PercentMode::Bytes => py(format::pad_percent_str(
            &latin1_decode(&percent_bytes_arg(v)?),
            spec,
        ))?,
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => protocol::str_string(v)?,
                'r' if mode == PercentMode::Str => protocol::repr_string(v)?,
                _ => crate::builtins::ascii_of(v)?,
            };
            py(format::pad_percent_str(&s, spec))?
        }
        // The common `%d` of a small int with no flags, width or precision.
        'd' | 'i' | 'u'
            if v.is_small_int()
                && !(spec.sign || spec.blank || spec.ljust || spec.zero || spec.alt)
                && spec.width.is_none()
                && spec.precision.is_none() =>
        {
            v.small_int().to_string()
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = percent_int_arg(v, conv, mode)?;
            if matches!(conv, 'd' | 'i' | 'u') {
                check_decimal_limit(&n)?;
            }
            py(format::format_percent_int(&n, spec))?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = percent_float_arg(v, mode)?;
            py(format::format_percent_float(x, spec))?
        }
        'c' if mode == PercentMode::Str => {
            let c = if let Some(s) = pystr::as_str(v) {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(type_error("%c requires int or char")),
                }
            } else {
                match percent_char_code(v) {
                    Ok(n) => py(format::percent_char(&n))?,
                    Err(Some(e)) => return Err(e),
                    Err(None) => return Err(type_error("%c requires int or char")),
                }
            };
            py(format::pad_percent_str(c.encode_utf8(&mut [0; 4]), spec))?
        }
        'c' => {
            let data = if bytes::is_bytes_like(v) {
                bytes::bytes_from_object(v)?
            } else {
                Vec::new()
            };
            let byte = if data.len() == 1 {
                data[0]
            } else {
                let bad = || type_error("%c requires an integer in range(256) or a single byte");
                if bytes::is_bytes_like(v) {
                    return Err(bad());
                }
                match percent_char_code(v) {
                    Ok(n) => n
                        .to_u8()
                        .ok_or_else(|| overflow_error("%c arg not in range(256)"))?,
                    Err(Some(e)) => return Err(e),
                    Err(None) => return Err(bad()),
                }
            };
            py(format::pad_percent_str(&latin1_decode(&[byte]), spec))?
        }
        _ => {
            // validate() rejects everything else; bytes add only 'b'.
            return Err(value_error(format!(
                "unsupported format character '{conv}' (0x{:x}) at index {}",
                conv as u32, spec.index
            )));
        }
    })
}

/// The shared `%` driver over parsed pieces; `key_of` turns a `%(key)` name
/// into the mapping key (str or bytes).
fn percent_drive(
    pieces: Vec<PercentPiece>,
    args: &Value,
    dict: bool,
    mode: PercentMode,
    key_of: impl Fn(&str) -> Value,
) -> PyResult<String> {
    let mut cur = ArgCursor::new(args, dict);
    let mut out = String::new();
    for piece in pieces {
        let mut spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Error(e) => return Err(to_pyerr(e)),
            PercentPiece::BadKey(e) => {
                if cur.dict.is_none() {
                    return Err(type_error("format requires a mapping"));
                }
                return Err(to_pyerr(e));
            }
            PercentPiece::Spec(s) => s,
        };
        if let Some(k) = &spec.key {
            cur.select_key(key_of(k))?;
        }
        if spec.width_star {
            let w = star_arg(&cur.next()?, "ssize_t")?;
            spec.set_star_width(w);
        }
        if spec.precision_star {
            let p = star_arg(&cur.next()?, "int")?;
            spec.set_star_precision(p);
        }
        let v = cur.next()?;
        if !(mode == PercentMode::Bytes && spec.conversion == 'b') {
            py(spec.validate())?;
        }
        out.push_str(&percent_convert(&v, &spec, mode)?);
    }
    if cur.unused() {
        let what = if mode == PercentMode::Str {
            "string"
        } else {
            "bytes"
        };
        return Err(type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// `fmt % args` for str.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<String> {
    let dict = tuple::downcast(args).is_none()
        && !pystr::is_str(args)
        && protocol::lookup_special(args, "__getitem__").is_some();
    percent_drive(
        format::parse_percent(fmt),
        args,
        dict,
        PercentMode::Str,
        pystr::new_str,
    )
}

/// `fmt % args` for bytes and bytearray: `%b`/`%s` take bytes-like objects
/// (or `__bytes__`), `%r`/`%a` give the ASCII repr, `%c` takes an int in
/// range(256) or a single byte.
pub fn percent_format_bytes(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let dict = tuple::downcast(args).is_none()
        && !pystr::is_str(args)
        && !bytes::is_bytes_like(args)
        && protocol::lookup_special(args, "__getitem__").is_some();
    let text = latin1_decode(fmt);
    let out = percent_drive(
        format::parse_percent(&text),
        args,
        dict,
        PercentMode::Bytes,
        |k| bytes::new_bytes(latin1_encode(k)),
    )?;
    Ok(latin1_encode(&out))
}
