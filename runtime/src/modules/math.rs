//! The `math` module: CPython 3.11's functions and constants.
//!
//! The numbers come from `crate::mathlib` (plain `f64`/`BigInt` functions
//! with CPython's results and error wording); this file is the Python face:
//! argument counting and keywords as CPython's C functions do them, and
//! conversion of arguments the way CPython converts them:
//! - float arguments as `PyFloat_AsDouble`: a float (or subclass) as is, an
//!   exact int exactly rounded, else `__float__`, else `__index__`, else
//!   `TypeError("must be real number, not T")`;
//! - integer arguments (factorial, comb, perm, isqrt, gcd, lcm) with
//!   `__index__`, so floats are rejected and huge ints are exact;
//! - the logarithms take ints of any size exactly (`LogArg::Int`);
//! - floor/ceil/trunc call the object's `__floor__`/`__ceil__`/`__trunc__`.
//!
//! A [`MathError`] becomes the exception its kind names.

use crate::args::{arity_error, Args};
use crate::builtins::add_functions;
use crate::err::{overflow_error, type_error, value_error, zero_division, PyErr, PyResult};
use crate::mathlib::{self, LogArg, MathError, MathErrorKind};
use crate::object::Value;
use crate::protocol::{self, BinOp};
use crate::types::{bool_, dict, float, int, method, module, str as pystr, tuple, MethodDef};
use num_bigint::BigInt;

// ---------------------------------------------------------------- conversions

/// The Python exception for a math error.
pub fn math_err(e: MathError) -> PyErr {
    match e.kind {
        MathErrorKind::ValueError => value_error(e.msg),
        MathErrorKind::OverflowError => overflow_error(e.msg),
        MathErrorKind::TypeError => type_error(e.msg),
        MathErrorKind::ZeroDivisionError => zero_division(e.msg),
    }
}

/// Converts a float argument as CPython's `PyFloat_AsDouble` does.
pub fn arg_f64(v: &Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if v.is_small_int() {
        // Round to nearest, ties to even: the same as `float(n)`.
        return Ok(v.small_int() as f64);
    }
    if v.is_exact(&int::INT_TYPE) || v.is_exact(&bool_::BOOL_TYPE) {
        let n = int::to_bigint(v).unwrap_or_default();
        return mathlib::bigint_to_f64(&n).map_err(math_err);
    }
    if let Some(r) = protocol::call_special(v, "__float__", &[]) {
        let r = r?;
        return float::as_f64(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))
        });
    }
    if protocol::lookup_special(v, "__index__").is_some() {
        let n = protocol::index_of(v)?;
        return mathlib::bigint_to_f64(&n).map_err(math_err);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.ty().name()
    )))
}

/// An argument of the logarithms: ints exactly, anything else as a float.
enum LogValue {
    Int(BigInt),
    Float(f64),
}

impl LogValue {
    fn from_value(v: &Value) -> PyResult<LogValue> {
        match int::to_bigint(v) {
            Some(n) => Ok(LogValue::Int(n)),
            None => Ok(LogValue::Float(arg_f64(v)?)),
        }
    }

    fn as_arg(&self) -> LogArg<'_> {
        match self {
            LogValue::Int(n) => LogArg::Int(n),
            LogValue::Float(x) => LogArg::Float(*x),
        }
    }
}

fn new_int(n: BigInt) -> Value {
    int::from_bigint(n)
}

fn new_float(x: f64) -> Value {
    float::new_float(x)
}

// ---------------------------------------------------------------- argument counting

/// The single argument of a `METH_O` function (`fname` is `math.name`).
fn one_arg<'a>(a: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    Ok(&a.check(fname, 1, 1)?[0])
}

/// The two arguments of a positional-only clinic function: keywords are
/// rejected as `math.name() takes no keyword arguments`, a wrong count as
/// `name expected 2 arguments, got n`.
fn two_args<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    a.no_kw(&format!("math.{name}"))?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            p.len()
        )));
    }
    Ok((&p[0], &p[1]))
}

/// Binds arguments the way Argument Clinic's keyword parser does
/// (`_PyArg_UnpackKeywords`), with its error messages. `names` lists every
/// parameter in order; the first `posonly` are positional-only; the first
/// `minpos` are required; at most `maxpos` may be given by position; the
/// rest are keyword-only and optional.
fn clinic_bind(
    a: &Args,
    fname: &str,
    names: &[&str],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nargs = a.npos();
    let mut nkw = a.kwnames.len();
    let maxargs = names.len();
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    if nargs + nkw > maxargs {
        return Err(type_error(format!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if maxargs == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
                if minpos < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                if maxpos == 1 { "" } else { "s" }
            )
        }));
    }
    let minposonly = posonly.min(minpos);
    if nargs < minposonly {
        return Err(type_error(format!(
            "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            if minposonly == 1 { "" } else { "s" }
        )));
    }
    for (slot, v) in out.iter_mut().zip(a.pos()) {
        *slot = Some(v.clone());
    }
    let find = |name: &str| -> Option<Value> {
        a.kwnames
            .iter()
            .position(|k| pystr::as_str(k) == Some(name))
            .map(|i| a.kwvalues()[i].clone())
    };
    for i in nargs.max(posonly)..maxargs {
        let current = if nkw > 0 {
            find(names[i])
        } else if i >= minpos {
            break;
        } else {
            None
        };
        match current {
            Some(v) => {
                nkw -= 1;
                out[i] = Some(v);
            }
            None if i < minpos => {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if nkw > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if find(name).is_some() {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in a.kwnames {
            let ks = pystr::as_str(k).unwrap_or("");
            if !names[posonly..].contains(&ks) {
                return Err(type_error(format!(
                    "'{ks}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- float functions

/// Defines `math.name(x)` functions from `f64 -> MathResult<f64>` ones.
macro_rules! unary_float_fns {
    ($($fn_name:ident = $py:literal => $f:path;)*) => {
        $(
            fn $fn_name(a: &Args) -> PyResult<Value> {
                let x = arg_f64(one_arg(a, concat!("math.", $py))?)?;
                Ok(new_float($f(x).map_err(math_err)?))
            }
        )*
    };
}

unary_float_fns! {
    m_acos = "acos" => mathlib::acos;
    m_acosh = "acosh" => mathlib::acosh;
    m_asin = "asin" => mathlib::asin;
    m_asinh = "asinh" => mathlib::asinh;
    m_atan = "atan" => mathlib::atan;
    m_atanh = "atanh" => mathlib::atanh;
    m_cbrt = "cbrt" => mathlib::cbrt;
    m_cos = "cos" => mathlib::cos;
    m_cosh = "cosh" => mathlib::cosh;
    m_degrees = "degrees" => mathlib::degrees;
    m_erf = "erf" => mathlib::erf;
    m_erfc = "erfc" => mathlib::erfc;
    m_exp = "exp" => mathlib::exp;
    m_exp2 = "exp2" => mathlib::exp2;
    m_expm1 = "expm1" => mathlib::expm1;
    m_fabs = "fabs" => mathlib::fabs;
    m_gamma = "gamma" => mathlib::gamma;
    m_lgamma = "lgamma" => mathlib::lgamma;
    m_log1p = "log1p" => mathlib::log1p;
    m_radians = "radians" => mathlib::radians;
    m_sin = "sin" => mathlib::sin;
    m_sinh = "sinh" => mathlib::sinh;
    m_sqrt = "sqrt" => mathlib::sqrt;
    m_tan = "tan" => mathlib::tan;
    m_tanh = "tanh" => mathlib::tanh;
}

/// Defines `math.name(x, y)` functions from `(f64, f64) -> MathResult<f64>`.
macro_rules! binary_float_fns {
    ($($fn_name:ident = $py:literal => $f:path;)*) => {
        $(
            fn $fn_name(a: &Args) -> PyResult<Value> {
                let (x, y) = two_args(a, $py)?;
                let x = arg_f64(x)?;
                let y = arg_f64(y)?;
                Ok(new_float($f(x, y).map_err(math_err)?))
            }
        )*
    };
}

binary_float_fns! {
    m_atan2 = "atan2" => mathlib::atan2;
    m_copysign = "copysign" => mathlib::copysign;
    m_fmod = "fmod" => mathlib::fmod;
    m_pow = "pow" => mathlib::pow;
    m_remainder = "remainder" => mathlib::remainder;
}

fn m_nextafter(a: &Args) -> PyResult<Value> {
    let (x, y) = two_args(a, "nextafter")?;
    let x = arg_f64(x)?;
    let y = arg_f64(y)?;
    Ok(new_float(mathlib::nextafter(x, y)))
}

fn m_ulp(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.ulp")?)?;
    Ok(new_float(mathlib::ulp(x)))
}

fn m_isfinite(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.isfinite")?)?;
    Ok(bool_::new_bool(mathlib::isfinite(x)))
}

fn m_isinf(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.isinf")?)?;
    Ok(bool_::new_bool(mathlib::isinf(x)))
}

fn m_isnan(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.isnan")?)?;
    Ok(bool_::new_bool(mathlib::isnan(x)))
}

fn m_frexp(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.frexp")?)?;
    let (m, e) = mathlib::frexp(x);
    Ok(tuple::new_tuple(vec![
        new_float(m),
        int::from_i64(e as i64),
    ]))
}

fn m_modf(a: &Args) -> PyResult<Value> {
    let x = arg_f64(one_arg(a, "math.modf")?)?;
    let (frac, whole) = mathlib::modf(x);
    Ok(tuple::new_tuple(vec![new_float(frac), new_float(whole)]))
}

fn m_ldexp(a: &Args) -> PyResult<Value> {
    let (x, i) = two_args(a, "ldexp")?;
    let x = arg_f64(x)?;
    let i = int::to_bigint(i)
        .ok_or_else(|| type_error("Expected an int as second argument to ldexp."))?;
    Ok(new_float(mathlib::ldexp(x, &i).map_err(math_err)?))
}

fn m_isclose(a: &Args) -> PyResult<Value> {
    let bound = clinic_bind(a, "isclose", &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let mut vals = [0.0, 0.0, 1e-9, 0.0];
    for (slot, v) in vals.iter_mut().zip(&bound) {
        if let Some(v) = v {
            *slot = arg_f64(v)?;
        }
    }
    let r = mathlib::isclose(vals[0], vals[1], vals[2], vals[3]).map_err(math_err)?;
    Ok(bool_::new_bool(r))
}

// ---------------------------------------------------------------- rounding

/// floor/ceil: an exact float is rounded here; anything else is asked for
/// its `dunder` method first and converted to a float only without one.
fn round_with(
    a: &Args,
    fname: &str,
    dunder: &'static str,
    f: fn(f64) -> mathlib::MathResult<BigInt>,
) -> PyResult<Value> {
    let v = one_arg(a, fname)?;
    let x = match float::exact_f64(v) {
        Some(x) => x,
        None => {
            if let Some(r) = protocol::call_special(v, dunder, &[]) {
                return r;
            }
            arg_f64(v)?
        }
    };
    Ok(new_int(f(x).map_err(math_err)?))
}

fn m_floor(a: &Args) -> PyResult<Value> {
    round_with(a, "math.floor", "__floor__", mathlib::floor)
}

fn m_ceil(a: &Args) -> PyResult<Value> {
    round_with(a, "math.ceil", "__ceil__", mathlib::ceil)
}

fn m_trunc(a: &Args) -> PyResult<Value> {
    let v = one_arg(a, "math.trunc")?;
    if let Some(x) = float::exact_f64(v) {
        return Ok(new_int(mathlib::trunc(x).map_err(math_err)?));
    }
    match protocol::call_special(v, "__trunc__", &[]) {
        Some(r) => r,
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.ty().name()
        ))),
    }
}

// ---------------------------------------------------------------- logarithms

fn m_log(a: &Args) -> PyResult<Value> {
    a.no_kw("log")?;
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let x = LogValue::from_value(&p[0])?;
    let base = match p.get(1) {
        Some(b) => Some(LogValue::from_value(b)?),
        None => None,
    };
    let r = mathlib::log(x.as_arg(), base.as_ref().map(LogValue::as_arg)).map_err(math_err)?;
    Ok(new_float(r))
}

fn m_log2(a: &Args) -> PyResult<Value> {
    let x = LogValue::from_value(one_arg(a, "math.log2")?)?;
    Ok(new_float(mathlib::log2(x.as_arg()).map_err(math_err)?))
}

fn m_log10(a: &Args) -> PyResult<Value> {
    let x = LogValue::from_value(one_arg(a, "math.log10")?)?;
    Ok(new_float(mathlib::log10(x.as_arg()).map_err(math_err)?))
}

// ---------------------------------------------------------------- integer functions

fn m_factorial(a: &Args) -> PyResult<Value> {
    let n = protocol::index_of(one_arg(a, "math.factorial")?)?;
    Ok(new_int(mathlib::factorial(&n).map_err(math_err)?))
}

fn m_isqrt(a: &Args) -> PyResult<Value> {
    let n = protocol::index_of(one_arg(a, "math.isqrt")?)?;
    Ok(new_int(mathlib::isqrt(&n).map_err(math_err)?))
}

fn m_comb(a: &Args) -> PyResult<Value> {
    let (n, k) = two_args(a, "comb")?;
    let n = protocol::index_of(n)?;
    let k = protocol::index_of(k)?;
    Ok(new_int(mathlib::comb(&n, &k).map_err(math_err)?))
}

fn m_perm(a: &Args) -> PyResult<Value> {
    a.no_kw("math.perm")?;
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(arity_error("perm", 1, 2, p.len()));
    }
    let k = match p.get(1) {
        Some(k) if !crate::types::none::is_none(k) => Some(k),
        _ => None,
    };
    let n = protocol::index_of(&p[0])?;
    let k = match k {
        Some(k) => Some(protocol::index_of(k)?),
        None => None,
    };
    Ok(new_int(mathlib::perm(&n, k.as_ref()).map_err(math_err)?))
}

/// The arguments of gcd/lcm as ints (`__index__`).
fn int_args(a: &Args, fname: &str) -> PyResult<Vec<BigInt>> {
    a.no_kw(fname)?;
    a.pos().iter().map(protocol::index_of).collect()
}

fn m_gcd(a: &Args) -> PyResult<Value> {
    let args = int_args(a, "math.gcd")?;
    Ok(new_int(mathlib::gcd(&args)))
}

fn m_lcm(a: &Args) -> PyResult<Value> {
    let args = int_args(a, "math.lcm")?;
    Ok(new_int(mathlib::lcm(&args)))
}

// ---------------------------------------------------------------- sums and norms

fn m_fsum(a: &Args) -> PyResult<Value> {
    let it = protocol::iter(one_arg(a, "math.fsum")?)?;
    let mut acc = mathlib::Fsum::new();
    while let Some(item) = protocol::next(&it)? {
        acc.add(arg_f64(&item)?).map_err(math_err)?;
    }
    Ok(new_float(acc.finish().map_err(math_err)?))
}

fn m_hypot(a: &Args) -> PyResult<Value> {
    a.no_kw("math.hypot")?;
    let coords = a
        .pos()
        .iter()
        .map(arg_f64)
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(new_float(mathlib::hypot(&coords)))
}

fn m_dist(a: &Args) -> PyResult<Value> {
    let (p, q) = two_args(a, "dist")?;
    let p = protocol::iterate(p)?;
    let q = protocol::iterate(q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    // Converted pairwise, as CPython does, so the first bad coordinate wins.
    let mut px = Vec::with_capacity(p.len());
    let mut qx = Vec::with_capacity(q.len());
    for (x, y) in p.iter().zip(&q) {
        px.push(arg_f64(x)?);
        qx.push(arg_f64(y)?);
    }
    Ok(new_float(mathlib::dist(&px, &qx).map_err(math_err)?))
}

/// `math.prod(iterable, /, *, start=1)`: `start * item * item ...` with the
/// `*` operator (small ints multiplied natively while they fit).
fn m_prod(a: &Args) -> PyResult<Value> {
    let bound = clinic_bind(a, "prod", &["iterable", "start"], 1, 1, 1)?;
    let iterable = bound[0].clone().unwrap_or_else(crate::types::none::none);
    let mut acc = bound[1].clone().unwrap_or_else(|| int::from_i64(1));
    let it = protocol::iter(&iterable)?;
    while let Some(item) = protocol::next(&it)? {
        if acc.is_small_int() && item.is_small_int() {
            if let Some(r) = acc.small_int().checked_mul(item.small_int()) {
                acc = int::from_i64(r);
                continue;
            }
        }
        acc = protocol::binary_op(&acc, &item, BinOp::Mul)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------- the module

static FUNCTIONS: &[MethodDef] = &[
    method("acos", m_acos),
    method("acosh", m_acosh),
    method("asin", m_asin),
    method("asinh", m_asinh),
    method("atan", m_atan),
    method("atan2", m_atan2),
    method("atanh", m_atanh),
    method("cbrt", m_cbrt),
    method("ceil", m_ceil),
    method("comb", m_comb),
    method("copysign", m_copysign),
    method("cos", m_cos),
    method("cosh", m_cosh),
    method("degrees", m_degrees),
    method("dist", m_dist),
    method("erf", m_erf),
    method("erfc", m_erfc),
    method("exp", m_exp),
    method("exp2", m_exp2),
    method("expm1", m_expm1),
    method("fabs", m_fabs),
    method("factorial", m_factorial),
    method("floor", m_floor),
    method("fmod", m_fmod),
    method("frexp", m_frexp),
    method("fsum", m_fsum),
    method("gamma", m_gamma),
    method("gcd", m_gcd),
    method("hypot", m_hypot),
    method("isclose", m_isclose),
    method("isfinite", m_isfinite),
    method("isinf", m_isinf),
    method("isnan", m_isnan),
    method("isqrt", m_isqrt),
    method("lcm", m_lcm),
    method("ldexp", m_ldexp),
    method("lgamma", m_lgamma),
    method("log", m_log),
    method("log10", m_log10),
    method("log1p", m_log1p),
    method("log2", m_log2),
    method("modf", m_modf),
    method("nextafter", m_nextafter),
    method("perm", m_perm),
    method("pow", m_pow),
    method("prod", m_prod),
    method("radians", m_radians),
    method("remainder", m_remainder),
    method("sin", m_sin),
    method("sinh", m_sinh),
    method("sqrt", m_sqrt),
    method("tan", m_tan),
    method("tanh", m_tanh),
    method("trunc", m_trunc),
    method("ulp", m_ulp),
];

const DOC: &str = "This module provides access to the mathematical functions\n\
defined by the C standard.";

/// Builds the module.
pub fn make() -> PyResult<Value> {
    let m = module::new_module("math");
    let d = module::module_dict(&m).ok_or_else(|| type_error("module without a dict"))?;
    dict::set_str(&d, "__doc__", pystr::new_str(DOC));
    add_functions(&d, FUNCTIONS, "math");
    for (name, x) in [
        ("pi", mathlib::PI),
        ("e", mathlib::E),
        ("tau", mathlib::TAU),
        ("inf", mathlib::INF),
        ("nan", mathlib::NAN),
    ] {
        dict::set_str(&d, name, new_float(x));
    }
    Ok(m)
}
