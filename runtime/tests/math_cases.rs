//! Checks `krait_runtime::mathlib` against CPython's `math` module, case by
//! case, from runtime/tests/data/math_cases.txt (written by
//! tests/scripts/gen_math_expected.py). Floats must match bit for bit.

use krait_runtime::mathlib::{self as m, LogArg, MathError, MathResult};
use num_bigint::BigInt;

/// A decoded argument or result value.
#[derive(Debug, Clone)]
enum V {
    F(f64),
    I(BigInt),
    B(bool),
    None,
    List(Vec<V>),
    Tuple(Vec<V>),
    Err(String, String),
}

/// Parses Python's `float.hex` output (and inf/nan) exactly.
fn parse_hex_float(s: &str) -> f64 {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let v = match body {
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let body = body.strip_prefix("0x").expect("hex float");
            let (mant, exp) = body.split_once('p').expect("exponent");
            let exp: i32 = exp.parse().expect("exponent value");
            let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
            let mut frac_bits: u64 = 0;
            for (i, c) in frac.chars().enumerate() {
                frac_bits |= (c.to_digit(16).expect("hex digit") as u64) << (48 - 4 * i as u32);
            }
            if int_part == "1" {
                f64::from_bits((((exp + 1023) as u64) << 52) | frac_bits)
            } else if frac_bits == 0 {
                0.0
            } else {
                // 0x0.<frac>p-1022: a subnormal.
                f64::from_bits(frac_bits)
            }
        }
    };
    if neg {
        -v
    } else {
        v
    }
}

fn parse_item(s: &str) -> V {
    let (tag, rest) = s.split_at(1);
    match tag {
        "f" => V::F(parse_hex_float(rest)),
        "i" => V::I(rest.parse().expect("int")),
        "b" => V::B(rest == "True"),
        _ => panic!("bad item {s}"),
    }
}

fn parse_value(s: &str) -> V {
    if let Some(rest) = s.strip_prefix("E:") {
        let (kind, msg) = rest.split_once(':').expect("error kind");
        return V::Err(kind.to_string(), msg.to_string());
    }
    let (tag, rest) = s.split_once(':').expect("tagged value");
    let items = |r: &str| -> Vec<V> {
        if r.is_empty() {
            vec![]
        } else {
            r.split(',').map(parse_item).collect()
        }
    };
    match tag {
        "f" => V::F(parse_hex_float(rest)),
        "i" => V::I(rest.parse().expect("int")),
        "b" => V::B(rest == "True"),
        "n" => V::None,
        "l" => V::List(items(rest)),
        "t" => V::Tuple(items(rest)),
        _ => panic!("bad value {s}"),
    }
}

fn same(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::F(x), V::F(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (V::I(x), V::I(y)) => x == y,
        (V::B(x), V::B(y)) => x == y,
        (V::Tuple(x), V::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (V::Err(k1, m1), V::Err(k2, m2)) => k1 == k2 && m1 == m2,
        _ => false,
    }
}

fn f(v: &V) -> f64 {
    match v {
        V::F(x) => *x,
        V::I(n) => m::bigint_to_f64(n).expect("int argument fits a float"),
        _ => panic!("not a number: {v:?}"),
    }
}

fn int(v: &V) -> BigInt {
    match v {
        V::I(n) => n.clone(),
        _ => panic!("not an int: {v:?}"),
    }
}

fn floats(v: &V) -> Vec<f64> {
    match v {
        V::List(items) => items.iter().map(f).collect(),
        _ => panic!("not a list: {v:?}"),
    }
}

fn ints(v: &V) -> Vec<BigInt> {
    match v {
        V::List(items) => items.iter().map(int).collect(),
        _ => panic!("not a list: {v:?}"),
    }
}

fn log_arg(v: &V) -> LogArg<'_> {
    match v {
        V::I(n) => LogArg::Int(n),
        V::F(x) => LogArg::Float(*x),
        _ => panic!("bad log argument"),
    }
}

fn wrap<T>(r: MathResult<T>, conv: impl Fn(T) -> V) -> V {
    match r {
        Ok(x) => conv(x),
        Err(MathError { kind, msg }) => V::Err(kind.name().to_string(), msg),
    }
}

fn fl(r: MathResult<f64>) -> V {
    wrap(r, V::F)
}

fn run(name: &str, a: &[V]) -> V {
    let unary: Option<fn(f64) -> MathResult<f64>> = match name {
        "acos" => Some(m::acos),
        "acosh" => Some(m::acosh),
        "asin" => Some(m::asin),
        "asinh" => Some(m::asinh),
        "atan" => Some(m::atan),
        "atanh" => Some(m::atanh),
        "cbrt" => Some(m::cbrt),
        "cos" => Some(m::cos),
        "cosh" => Some(m::cosh),
        "erf" => Some(m::erf),
        "erfc" => Some(m::erfc),
        "exp" => Some(m::exp),
        "exp2" => Some(m::exp2),
        "expm1" => Some(m::expm1),
        "fabs" => Some(m::fabs),
        "log1p" => Some(m::log1p),
        "sin" => Some(m::sin),
        "sinh" => Some(m::sinh),
        "sqrt" => Some(m::sqrt),
        "tan" => Some(m::tan),
        "tanh" => Some(m::tanh),
        "degrees" => Some(m::degrees),
        "radians" => Some(m::radians),
        "gamma" => Some(m::gamma),
        "lgamma" => Some(m::lgamma),
        _ => None,
    };
    if let Some(func) = unary {
        return fl(func(f(&a[0])));
    }
    let binary: Option<fn(f64, f64) -> MathResult<f64>> = match name {
        "atan2" => Some(m::atan2),
        "copysign" => Some(m::copysign),
        "fmod" => Some(m::fmod),
        "remainder" => Some(m::remainder),
        "pow" => Some(m::pow),
        _ => None,
    };
    if let Some(func) = binary {
        return fl(func(f(&a[0]), f(&a[1])));
    }
    match name {
        "isfinite" => V::B(m::isfinite(f(&a[0]))),
        "isinf" => V::B(m::isinf(f(&a[0]))),
        "isnan" => V::B(m::isnan(f(&a[0]))),
        "frexp" => {
            let (x, e) = m::frexp(f(&a[0]));
            V::Tuple(vec![V::F(x), V::I(e.into())])
        }
        "modf" => {
            let (x, y) = m::modf(f(&a[0]));
            V::Tuple(vec![V::F(x), V::F(y)])
        }
        "ulp" => V::F(m::ulp(f(&a[0]))),
        "float" => fl(m::bigint_to_f64(&int(&a[0]))),
        "nextafter" => V::F(m::nextafter(f(&a[0]), f(&a[1]))),
        "ceil" | "floor" | "trunc" => {
            // Ints go through __ceil__ etc. and come back unchanged.
            if let V::I(n) = &a[0] {
                return V::I(n.clone());
            }
            let func = match name {
                "ceil" => m::ceil,
                "floor" => m::floor,
                _ => m::trunc,
            };
            wrap(func(f(&a[0])), V::I)
        }
        "log" => {
            let base = a.get(1).map(log_arg);
            fl(m::log(log_arg(&a[0]), base))
        }
        "log2" => fl(m::log2(log_arg(&a[0]))),
        "log10" => fl(m::log10(log_arg(&a[0]))),
        "ldexp" => fl(m::ldexp(f(&a[0]), &int(&a[1]))),
        "isclose" => wrap(m::isclose(f(&a[0]), f(&a[1]), f(&a[2]), f(&a[3])), V::B),
        "hypot" => V::F(m::hypot(&floats(&a[0]))),
        "dist" => fl(m::dist(&floats(&a[0]), &floats(&a[1]))),
        "fsum" => fl(m::fsum(&floats(&a[0]))),
        "factorial" => wrap(m::factorial(&int(&a[0])), V::I),
        "isqrt" => wrap(m::isqrt(&int(&a[0])), V::I),
        "comb" => wrap(m::comb(&int(&a[0]), &int(&a[1])), V::I),
        "perm" => {
            let k = match &a[1] {
                V::None => None,
                v => Some(int(v)),
            };
            wrap(m::perm(&int(&a[0]), k.as_ref()), V::I)
        }
        "gcd" => V::I(m::gcd(&ints(&a[0]))),
        "lcm" => V::I(m::lcm(&ints(&a[0]))),
        _ => panic!("unknown function {name}"),
    }
}

fn show(v: &V) -> String {
    match v {
        V::F(x) => format!("{x:e} ({:#x})", x.to_bits()),
        V::I(n) if n.bits() > 200 => format!("<int of {} bits>", n.bits()),
        V::I(n) => n.to_string(),
        V::Tuple(items) => format!(
            "({})",
            items.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        other => format!("{other:?}"),
    }
}

#[test]
fn math_matches_cpython() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/math_cases.txt");
    let text = std::fs::read_to_string(path).expect("run tests/scripts/gen_math_expected.py");
    let mut total = 0;
    let mut failures = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut parts = line.splitn(3, '|');
        let (name, args, expected) = match (parts.next(), parts.next(), parts.next()) {
            (Some(n), Some(a), Some(e)) => (n, a, e),
            _ => panic!("bad line {line}"),
        };
        let args: Vec<V> = if args.is_empty() {
            vec![]
        } else {
            args.split(';').map(parse_value).collect()
        };
        let expected = parse_value(expected);
        let got = run(name, &args);
        total += 1;
        if !same(&got, &expected) {
            let shown: Vec<String> = args.iter().map(show).collect();
            failures.push(format!(
                "{name}({}): got {}, expected {}",
                shown.join(", "),
                show(&got),
                show(&expected)
            ));
        }
    }
    println!(
        "math cases: {} passed, {} failed, {} total",
        total - failures.len(),
        failures.len(),
        total
    );
    for fail in failures.iter().take(400) {
        println!("  {fail}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} math cases differ from CPython",
        failures.len(),
        total
    );
}
