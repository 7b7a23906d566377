//! `complex`: a pair of doubles. Arithmetic, `**`, `abs`, hashing, parsing
//! and formatting follow CPython 3.11's `Objects/complexobject.c`: ints and
//! floats mix in on either side, division uses Smith's scaling, small
//! integral exponents use repeated squaring, and only `==`/`!=` compare.

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{overflow_error, type_error, value_error, zero_division, PyResult};
use crate::format::{self, py_isspace};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::strlib::unicode::decimal_value;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, float, int, none, str as pystr, tuple, GetSetDef, MethodDef};

/// Payload of a complex number.
#[repr(C)]
pub struct ComplexObject {
    pub head: ObjHeader,
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}
impl Payload for ComplexObject {}

/// Layout of Python subclasses of `complex`.
pub static COMPLEX_SUB_LAYOUT: Layout = sub_layout_of::<ComplexObject>(None);
/// Layout of `complex` instances.
pub static COMPLEX_LAYOUT: Layout =
    layout_of::<ComplexObject>(false, None, Some(&COMPLEX_SUB_LAYOUT));
/// The `complex` type.
pub static COMPLEX_TYPE: TypeObject =
    TypeObject::new_static("complex", &OBJECT_TYPE, flags::BASETYPE, &COMPLEX_LAYOUT);

/// A new complex.
pub fn new_complex(re: f64, im: f64) -> Value {
    alloc_plain(ComplexObject {
        head: ObjHeader::new(&COMPLEX_TYPE),
        re,
        im,
    })
}

/// A complex instance of (sub)type `ty`.
fn new_complex_of_type(re: f64, im: f64, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &COMPLEX_TYPE) {
        return new_complex(re, im);
    }
    alloc_instance(
        ComplexObject {
            head: ObjHeader::new(ty),
            re,
            im,
        },
        ty,
    )
}

/// `(real, imag)` if `v` is a complex (or subclass).
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if v.is_small_int() || !v.ty().is_subtype(&COMPLEX_TYPE) {
        return None;
    }
    // SAFETY: complex subclasses start with a ComplexObject.
    let c = unsafe { v.payload_unchecked::<ComplexObject>() };
    Some((c.re, c.im))
}

/// An operand of mixed arithmetic as a complex (CPython's `TO_COMPLEX`):
/// `None` when the type does not take part (the operator returns NotImplemented).
fn to_complex(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    if let Some(f) = float::as_f64(v) {
        return Some(Ok((f, 0.0)));
    }
    int::to_bigint(v).map(|b| int::bigint_to_f64(&b).map(|f| (f, 0.0)))
}

// ---------------------------------------------------------------- arithmetic kernels

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method; `None` for division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for a non-negative integer n by repeated squaring.
fn c_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// General `a ** b`; `None` for zero to a negative or complex power.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` with CPython's errors ("0.0 to a negative or complex power",
/// "complex exponentiation" on overflow).
fn complex_power(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            Some(c_powu(a, n as u64))
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs()))
        }
    } else {
        c_pow(a, b)
    };
    let Some(r) = r else {
        return Err(zero_division("0.0 to a negative or complex power"));
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `(a+bj) ** (c+dj)` as a complex value (also used by `float ** float`
/// for a negative base and a fractional exponent).
pub fn complex_pow_values(a: f64, b: f64, c: f64, d: f64) -> PyResult<Value> {
    let (re, im) = complex_power((a, b), (c, d))?;
    Ok(new_complex(re, im))
}

/// `abs(z)`: C99 hypot rules for infinities and NaNs.
fn complex_abs_value(re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() {
            return Ok(re.abs());
        }
        if im.is_infinite() {
            return Ok(im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if !r.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

// ---------------------------------------------------------------- operators

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn apply(op: Op, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let (re, im) = match op {
        Op::Add => (a.0 + b.0, a.1 + b.1),
        Op::Sub => (a.0 - b.0, a.1 - b.1),
        Op::Mul => c_prod(a, b),
        Op::Div => c_quot(a, b).ok_or_else(|| zero_division("complex division by zero"))?,
        Op::Pow => complex_power(a, b)?,
    };
    Ok(new_complex(re, im))
}

fn binop(a: &Args, op: Op, reflected: bool) -> PyResult<Value> {
    let p = a.pos();
    if p.len() < 2 {
        return Err(type_error("expected 1 argument"));
    }
    let (Some(x), Some(y)) = (to_complex(&p[0]), to_complex(&p[1])) else {
        return Ok(none::not_implemented());
    };
    let (x, y) = (x?, y?);
    if reflected {
        apply(op, y, x)
    } else {
        apply(op, x, y)
    }
}

macro_rules! complex_ops {
    ($( $fwd:ident, $rev:ident, $op:expr; )*) => {
        $(
            fn $fwd(a: &Args) -> PyResult<Value> { a.check("op", 2, 2)?; binop(a, $op, false) }
            fn $rev(a: &Args) -> PyResult<Value> { a.check("op", 2, 2)?; binop(a, $op, true) }
        )*
    };
}
complex_ops! {
    complex_add, complex_radd, Op::Add;
    complex_sub, complex_rsub, Op::Sub;
    complex_mul, complex_rmul, Op::Mul;
    complex_truediv, complex_rtruediv, Op::Div;
}

fn check_modulo(p: &[Value]) -> PyResult<()> {
    match p.get(2) {
        Some(m) if !none::is_none(m) => Err(value_error("complex modulo")),
        _ => Ok(()),
    }
}
fn complex_pow(a: &Args) -> PyResult<Value> {
    let p = a.check("__pow__", 2, 3)?;
    check_modulo(p)?;
    binop(&Args::pos_only(&p[..2]), Op::Pow, false)
}
fn complex_rpow(a: &Args) -> PyResult<Value> {
    let p = a.check("__rpow__", 2, 3)?;
    check_modulo(p)?;
    binop(&Args::pos_only(&p[..2]), Op::Pow, true)
}

fn this(a: &Args) -> PyResult<(f64, f64)> {
    a.pos()
        .first()
        .and_then(as_complex)
        .ok_or_else(|| type_error("descriptor requires a 'complex' object"))
}

fn complex_neg(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(new_complex(-re, -im))
}
fn complex_pos(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(new_complex(re, im))
}
fn complex_abs(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(float::new_float(complex_abs_value(re, im)?))
}
fn complex_bool(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(bool_::new_bool(re != 0.0 || im != 0.0))
}
fn complex_conjugate(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(new_complex(re, -im))
}
fn complex_complex(a: &Args) -> PyResult<Value> {
    let v = &a.check("__complex__", 1, 1)?[0];
    if v.is_exact(&COMPLEX_TYPE) {
        return Ok(v.clone());
    }
    let (re, im) = this(a)?;
    Ok(new_complex(re, im))
}
fn complex_getnewargs(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(tuple::new_tuple(vec![
        float::new_float(re),
        float::new_float(im),
    ]))
}

fn complex_hash(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    let nan_hash = crate::types::object::identity_hash(&a.pos()[0]);
    Ok(int::from_i64(format::complex_hash(re, im, nan_hash)))
}

fn complex_repr(a: &Args) -> PyResult<Value> {
    let (re, im) = this(a)?;
    Ok(pystr::from_string(format::complex_repr(re, im)))
}

fn complex_format(a: &Args) -> PyResult<Value> {
    let p = a.check("__format__", 2, 2)?;
    let spec = pystr::as_str(&p[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            p[1].ty().name()
        ))
    })?;
    if spec.is_empty() {
        return protocol::str_of(&p[0]);
    }
    let (re, im) = this(a)?;
    let s = crate::numfmt::format_complex_spec_as(re, im, spec, &p[0].ty().name())?;
    Ok(pystr::from_string(s))
}

/// `==` / `!=` (ordering comparisons are NotImplemented, so TypeError).
fn compare(a: &Args, negate: bool) -> PyResult<Value> {
    let p = a.check("op", 2, 2)?;
    let (re, im) = this(a)?;
    let w = &p[1];
    let equal = if int::is_int(w) {
        if im != 0.0 {
            false
        } else {
            let r = protocol::richcompare(&float::new_float(re), w, protocol::CompareOp::Eq)?;
            protocol::truthy(&r)?
        }
    } else if let Some(f) = float::as_f64(w) {
        re == f && im == 0.0
    } else if let Some((wr, wi)) = as_complex(w) {
        re == wr && im == wi
    } else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(equal != negate))
}
fn complex_eq(a: &Args) -> PyResult<Value> {
    compare(a, false)
}
fn complex_ne(a: &Args) -> PyResult<Value> {
    compare(a, true)
}

// ---------------------------------------------------------------- construction

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII spaces
/// become ' ', non-ASCII decimal digits their ASCII digit, anything else '?'.
fn to_ascii_number(s: &str) -> String {
    s.chars()
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
        .collect()
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The longest float literal at the start of `s` (as `PyOS_string_to_double`
/// with no overflow exception): its value and length, or `None`.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let starts =
        |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes());
    let end = if starts("infinity") {
        i + 8
    } else if starts("inf") || starts("nan") {
        i + 3
    } else {
        let mut j = i;
        let mut digits = 0;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
            digits += 1;
        }
        if j < s.len() && s[j] == b'.' {
            j += 1;
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
                digits += 1;
            }
        }
        if digits == 0 {
            return None;
        }
        if j < s.len() && matches!(s[j], b'e' | b'E') {
            let mut k = j + 1;
            if k < s.len() && matches!(s[k], b'+' | b'-') {
                k += 1;
            }
            if k < s.len() && s[k].is_ascii_digit() {
                while k < s.len() && s[k].is_ascii_digit() {
                    k += 1;
                }
                j = k;
            }
        }
        j
    };
    let text = std::str::from_utf8(&s[..end]).ok()?;
    format::parse_float(text).map(|x| (x, end))
}

/// Parses the body of `complex(str)` (underscores already removed).
fn parse_complex_inner(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while *i < s.len() && is_c_space(s[*i]) {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, n)) = float_prefix(&s[i..]) {
        i += n;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            x = z;
            if let Some((w, m)) = float_prefix(&s[i..]) {
                y = w;
                i += m;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(s.get(i)) {
                return None;
            }
            i += 1;
        } else if is_j(s.get(i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if matches!(s.get(i), Some(b'+' | b'-')) {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    skip_space(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_space(&mut i);
    }
    (i == s.len()).then_some((x, y))
}

/// `complex(s)` for a str.
fn complex_from_str(orig: &Value, s: &str) -> PyResult<(f64, f64)> {
    let t = to_ascii_number(s);
    let b = t.as_bytes();
    let body: Vec<u8> = if b.contains(&b'_') {
        // Underscores only between digits (CPython's _Py_string_to_number_with_underscores).
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            let ok = if c == b'_' {
                prev.is_ascii_digit()
            } else {
                prev != b'_' || c.is_ascii_digit()
            };
            if !ok {
                return Err(bad_complex_string(orig));
            }
            if c != b'_' {
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(bad_complex_string(orig));
        }
        out
    } else {
        b.to_vec()
    };
    parse_complex_inner(&body).ok_or_else(|| value_error("complex() arg is a malformed string"))
}

fn bad_complex_string(orig: &Value) -> crate::PyErr {
    let r = protocol::repr_string(orig).unwrap_or_default();
    value_error(format!("could not convert string to complex: {r}"))
}

/// Whether `v` is a number for the constructor: a complex, or a type with
/// `__float__` or `__index__` (ints and floats have them).
fn is_number_arg(v: &Value) -> bool {
    as_complex(v).is_some()
        || int::is_int(v)
        || float::as_f64(v).is_some()
        || protocol::lookup_special(v, "__float__").is_some()
        || protocol::lookup_special(v, "__index__").is_some()
}

/// `complex(real, imag)` per CPython's `complex_new_impl`.
fn complex_from_args(real: Option<Value>, imag: Option<Value>) -> PyResult<(f64, f64)> {
    let r = real.unwrap_or_else(|| int::from_i64(0));
    if let Some(s) = pystr::as_str(&r) {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return complex_from_str(&r, s);
    }
    if let Some(i) = &imag {
        if pystr::is_str(i) {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    let r = match protocol::call_special(&r, "__complex__", &[]) {
        Some(res) => {
            let res = res?;
            if as_complex(&res).is_none() {
                return Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    res.ty().name()
                )));
            }
            res
        }
        None => r,
    };
    if !is_number_arg(&r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.ty().name()
        )));
    }
    if let Some(i) = &imag {
        if !is_number_arg(i) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.ty().name()
            )));
        }
    }
    let (cr, cr_is_complex) = match as_complex(&r) {
        Some(c) => (c, true),
        None => ((float::float_from_object(&r)?, 0.0), false),
    };
    let (ci, ci_is_complex) = match &imag {
        None => ((cr.1, 0.0), false),
        Some(i) => match as_complex(i) {
            Some(c) => (c, true),
            None => ((float::float_from_object(i)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && imag.is_some() {
        im += cr.1;
    }
    Ok((re, im))
}

fn complex_new(a: &Args) -> PyResult<Value> {
    let cls = a.pos()[0].clone();
    let t = downcast_type(&cls)
        .ok_or_else(|| type_error("complex.__new__(X): X is not a type object"))?;
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    for k in a.kwnames {
        let k = pystr::as_str(k).unwrap_or("");
        if k != "real" && k != "imag" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for complex()"
            )));
        }
    }
    let [real, imag] = rest.bind("complex", ["real", "imag"], 0)?;
    if let Some(r) = &real {
        if imag.is_none() && r.is_exact(&COMPLEX_TYPE) && std::ptr::eq(t, &COMPLEX_TYPE) {
            return Ok(r.clone());
        }
    }
    let (re, im) = complex_from_args(real, imag)?;
    Ok(new_complex_of_type(re, im, t))
}

fn get_real(v: &Value) -> PyResult<Value> {
    Ok(float::new_float(as_complex(v).map_or(0.0, |c| c.0)))
}
fn get_imag(v: &Value) -> PyResult<Value> {
    Ok(float::new_float(as_complex(v).map_or(0.0, |c| c.1)))
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", complex_new),
    crate::types::method("__add__", complex_add),
    crate::types::method("__radd__", complex_radd),
    crate::types::method("__sub__", complex_sub),
    crate::types::method("__rsub__", complex_rsub),
    crate::types::method("__mul__", complex_mul),
    crate::types::method("__rmul__", complex_rmul),
    crate::types::method("__truediv__", complex_truediv),
    crate::types::method("__rtruediv__", complex_rtruediv),
    crate::types::method("__pow__", complex_pow),
    crate::types::method("__rpow__", complex_rpow),
    crate::types::method("__neg__", complex_neg),
    crate::types::method("__pos__", complex_pos),
    crate::types::method("__abs__", complex_abs),
    crate::types::method("__bool__", complex_bool),
    crate::types::method("__hash__", complex_hash),
    crate::types::method("__repr__", complex_repr),
    crate::types::method("__format__", complex_format),
    crate::types::method("__eq__", complex_eq),
    crate::types::method("__ne__", complex_ne),
    crate::types::method("__complex__", complex_complex),
    crate::types::method("__getnewargs__", complex_getnewargs),
    crate::types::method("conjugate", complex_conjugate),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "real",
        get: get_real,
        set: None,
    },
    GetSetDef {
        name: "imag",
        get: get_imag,
        set: None,
    },
];

/// Registers the `complex` type's methods.
pub fn init() {
    COMPLEX_TYPE.doc.set(Some(
        "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
    ));
    crate::types::init_builtin_type(&COMPLEX_TYPE, METHODS, GETSETS);
}
