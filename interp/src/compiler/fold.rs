//! Constant folding, where CPython 3.11's AST optimizer folds: unary and
//! binary operators on constants (with its size limits so that folding
//! never builds huge objects), tuples of constants, and `__debug__`.
//! Anything that would raise (division by zero, overflow, bad types) is
//! left for run time. Also the unparser used for postponed annotations.

use crate::ast::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// Python truthiness of a constant.
pub(super) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(v) | Constant::FrozenSet(v) => !v.is_empty(),
    }
}

/// A tuple constant of the elements, if all of them fold.
pub(super) fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    let v: Option<Vec<Constant>> = elts.iter().map(fold).collect();
    v.map(Constant::Tuple)
}

/// Folding gives up below this depth (keeps folding linear and shallow).
const MAX_FOLD_DEPTH: u32 = 200;

/// The constant value of an expression, if CPython would fold it.
pub(super) fn fold(e: &Expr) -> Option<Constant> {
    fold_at(e, 0)
}

fn fold_at(e: &Expr, depth: u32) -> Option<Constant> {
    if depth > MAX_FOLD_DEPTH {
        return None;
    }
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value.clone()),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Constant::Bool(true)),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return None;
            }
            let v: Option<Vec<Constant>> = elts.iter().map(|x| fold_at(x, depth + 1)).collect();
            v.map(Constant::Tuple)
        }
        ExprKind::UnaryOp { op, operand } => {
            let v = fold_at(operand, depth + 1)?;
            unary(*op, &v)
        }
        ExprKind::BinOp { left, op, right } => {
            let l = fold_at(left, depth + 1)?;
            let r = fold_at(right, depth + 1)?;
            binary(&l, *op, &r)
        }
        _ => None,
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(u8::from(*b))),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => as_int(c).and_then(|i| i.to_f64()).filter(|f| f.is_finite()),
    }
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v))),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => as_int(v).map(|i| Constant::Int(-i)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => as_int(v).map(Constant::Int),
        },
        UnaryOp::Invert => as_int(v).map(|i| Constant::Int(-i - 1)),
    }
}

fn divmod_floor(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut q = a / b;
    let mut r = a % b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    (q, r)
}

fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    divmod_floor(a, b).0
}

fn floor_mod(a: &BigInt, b: &BigInt) -> BigInt {
    divmod_floor(a, b).1
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(v) => Some(v.len()),
        _ => None,
    }
}

fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let n = n.to_i64()?.max(0) as usize;
    let len = seq_len(seq)?;
    let limit = match seq {
        Constant::Tuple(_) => MAX_COLLECTION_SIZE,
        _ => MAX_STR_SIZE,
    };
    if len > 0 && n > limit / len {
        return None;
    }
    if let Constant::Tuple(v) = seq {
        if n * v.len() > MAX_TOTAL_ITEMS {
            return None;
        }
    }
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(v) => {
            Constant::Tuple(v.iter().cloned().cycle().take(v.len() * n).collect())
        }
        _ => return None,
    })
}

fn binary(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    // Sequences.
    match (l, op, r) {
        (Constant::Str(a), Operator::Add, Constant::Str(b)) => {
            return (a.len() + b.len() <= MAX_STR_SIZE).then(|| Constant::Str(format!("{a}{b}")));
        }
        (Constant::Bytes(a), Operator::Add, Constant::Bytes(b)) => {
            return (a.len() + b.len() <= MAX_STR_SIZE)
                .then(|| Constant::Bytes([a.as_slice(), b].concat()));
        }
        (Constant::Tuple(a), Operator::Add, Constant::Tuple(b)) => {
            return Some(Constant::Tuple(a.iter().chain(b).cloned().collect()));
        }
        (Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), Operator::Mult, _) => {
            return repeat(l, &as_int(r)?);
        }
        (_, Operator::Mult, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) => {
            return repeat(r, &as_int(l)?);
        }
        _ => {}
    }
    if seq_len(l).is_some() || seq_len(r).is_some() {
        return None;
    }
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*a & *b)),
            Operator::BitOr => return Some(Constant::Bool(*a | *b)),
            Operator::BitXor => return Some(Constant::Bool(*a ^ *b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return int_binary(&a, op, &b);
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let (ar, ai) = as_complex(l)?;
        let (br, bi) = as_complex(r)?;
        return match op {
            Operator::Add => Some(Constant::Complex {
                real: ar + br,
                imag: ai + bi,
            }),
            Operator::Sub => Some(Constant::Complex {
                real: ar - br,
                imag: ai - bi,
            }),
            _ => None,
        };
    }
    let a = as_float(l)?;
    let b = as_float(r)?;
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        _ => return None,
    };
    v.is_finite().then_some(Constant::Float(v))
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => as_float(c).map(|f| (f, 0.0)),
    }
}

fn int_binary(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if a.bits() + b.bits() > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            floor_div(a, b)
        }
        Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            floor_mod(a, b)
        }
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            let (x, y) = (a.to_i64()?, b.to_i64()?);
            const LIM: i64 = 1 << 53;
            if x.abs() > LIM || y.abs() > LIM {
                return None;
            }
            return Some(Constant::Float(x as f64 / y as f64));
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if a.bits() > 0 && e > 0 && a.bits() * e > MAX_INT_SIZE {
                return None;
            }
            num_traits::pow::Pow::pow(a, e as u32)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if s > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - s {
                return None;
            }
            a << s as usize
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            a >> s as usize
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(Constant::Int(v))
}

// ----- printf-style formatting as an f-string (CPython 3.11's optimize_format) -----

/// One piece of `'...' % (a, b)` rewritten as an f-string.
pub(super) enum FormatPart {
    Literal(String),
    /// Index of the tuple element, conversion (1 str, 2 repr, 3 ascii), format spec.
    Value(usize, u32, Option<String>),
}

/// Splits a `%` format with only simple `%s`/`%r`/`%a` conversions (width
/// and precision of at most two digits) into f-string parts, when it takes
/// exactly `nargs` arguments.
pub(super) fn percent_format(fmt: &str, nargs: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut parts = Vec::new();
    let mut cnt = 0;
    loop {
        let start = pos;
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= nargs {
            return None;
        }
        pos += 1;
        let (conv, spec) = simple_format_arg(&chars, &mut pos)?;
        parts.push(FormatPart::Value(cnt, conv, spec));
        cnt += 1;
    }
    (cnt == nargs).then_some(parts)
}

fn simple_format_arg(chars: &[char], pos: &mut usize) -> Option<(u32, Option<String>)> {
    let mut next = || -> Option<char> {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next()?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    let mut prec: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            width = width * 10 + d as i32;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
    }
    if ch == '.' {
        ch = next()?;
        prec = 0;
        let mut digits = 0;
        while let Some(d) = ch.to_digit(10) {
            prec = prec * 10 + d as i32;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
    }
    let conv = match ch {
        's' => 1,
        'r' => 2,
        'a' => 3,
        _ => return None,
    };
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    Some((conv, (!spec.is_empty()).then_some(spec)))
}

// ----- unparsing (postponed annotations) -----

fn prec_of(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::NamedExpr { .. } => 1,
        ExprKind::Lambda { .. } => 2,
        ExprKind::IfExp { .. } => 3,
        ExprKind::BoolOp { op: BoolOp::Or, .. } => 4,
        ExprKind::BoolOp {
            op: BoolOp::And, ..
        } => 5,
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => 6,
        ExprKind::Compare { .. } => 7,
        ExprKind::BinOp { op, .. } => binop_prec(*op),
        ExprKind::UnaryOp { .. } => 14,
        ExprKind::Await { .. } => 16,
        _ => 17,
    }
}

fn binop_prec(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 8,
        Operator::BitXor => 9,
        Operator::BitAnd => 10,
        Operator::LShift | Operator::RShift => 11,
        Operator::Add | Operator::Sub => 12,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::Mod | Operator::FloorDiv => {
            13
        }
        Operator::Pow => 15,
    }
}

fn binop_str(op: Operator) -> &'static str {
    match op {
        Operator::Add => "+",
        Operator::Sub => "-",
        Operator::Mult => "*",
        Operator::MatMult => "@",
        Operator::Div => "/",
        Operator::Mod => "%",
        Operator::Pow => "**",
        Operator::LShift => "<<",
        Operator::RShift => ">>",
        Operator::BitOr => "|",
        Operator::BitXor => "^",
        Operator::BitAnd => "&",
        Operator::FloorDiv => "//",
    }
}

fn cmp_str(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn wrap(e: &Expr, min: u8) -> String {
    let s = unparse(e);
    if prec_of(e) < min {
        format!("({s})")
    } else {
        s
    }
}

fn join(es: &[Expr]) -> String {
    es.iter().map(|x| wrap(x, 3)).collect::<Vec<_>>().join(", ")
}

/// Python source for an expression, close to `ast.unparse`.
pub(super) fn unparse(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Constant {
            value: Constant::Ellipsis,
            ..
        } => "...".into(),
        ExprKind::Constant { value, .. } => crate::dis::const_repr(value),
        ExprKind::Name { id, .. } => id.clone(),
        ExprKind::Attribute { value, attr, .. } => {
            let base = wrap(value, 17);
            if matches!(
                value.kind,
                ExprKind::Constant {
                    value: Constant::Int(_),
                    ..
                }
            ) {
                format!("{base} .{attr}")
            } else {
                format!("{base}.{attr}")
            }
        }
        ExprKind::Subscript { value, slice, .. } => {
            let inner = match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    let s = join(elts);
                    if elts.len() == 1 {
                        format!("{s},")
                    } else {
                        s
                    }
                }
                _ => unparse(slice),
            };
            format!("{}[{}]", wrap(value, 17), inner)
        }
        ExprKind::Slice { lower, upper, step } => {
            let mut s = format!(
                "{}:{}",
                lower.as_deref().map(unparse).unwrap_or_default(),
                upper.as_deref().map(unparse).unwrap_or_default()
            );
            if let Some(st) = step {
                s.push(':');
                s.push_str(&unparse(st));
            }
            s
        }
        ExprKind::Tuple { elts, .. } => match elts.len() {
            0 => "()".into(),
            1 => format!("({},)", join(elts)),
            _ => format!("({})", join(elts)),
        },
        ExprKind::List { elts, .. } => format!("[{}]", join(elts)),
        ExprKind::Set { elts } => format!("{{{}}}", join(elts)),
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", wrap(k, 3), wrap(v, 3)),
                    None => format!("**{}", wrap(v, 8)),
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        ExprKind::BinOp { left, op, right } => {
            let p = binop_prec(*op);
            let (lp, rp) = if *op == Operator::Pow {
                (p + 1, p)
            } else {
                (p, p + 1)
            };
            format!("{} {} {}", wrap(left, lp), binop_str(*op), wrap(right, rp))
        }
        ExprKind::UnaryOp { op, operand } => match op {
            UnaryOp::Not => format!("not {}", wrap(operand, 6)),
            UnaryOp::Invert => format!("~{}", wrap(operand, 14)),
            UnaryOp::UAdd => format!("+{}", wrap(operand, 14)),
            UnaryOp::USub => format!("-{}", wrap(operand, 14)),
        },
        ExprKind::BoolOp { op, values } => {
            let (s, p) = if *op == BoolOp::And {
                (" and ", 5)
            } else {
                (" or ", 4)
            };
            values
                .iter()
                .map(|v| wrap(v, p + 1))
                .collect::<Vec<_>>()
                .join(s)
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = wrap(left, 8);
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {} {}", cmp_str(*o), wrap(c, 8)));
            }
            s
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(|a| wrap(a, 3)).collect();
            for k in keywords {
                match &k.arg {
                    Some(n) => parts.push(format!("{n}={}", wrap(&k.value, 3))),
                    None => parts.push(format!("**{}", wrap(&k.value, 3))),
                }
            }
            format!("{}({})", wrap(func, 17), parts.join(", "))
        }
        ExprKind::Starred { value, .. } => format!("*{}", wrap(value, 8)),
        ExprKind::IfExp { test, body, orelse } => {
            format!(
                "{} if {} else {}",
                wrap(body, 4),
                wrap(test, 4),
                wrap(orelse, 3)
            )
        }
        ExprKind::Lambda { body, .. } => format!("lambda: {}", unparse(body)),
        ExprKind::Await { value } => format!("await {}", wrap(value, 16)),
        _ => "...".into(),
    }
}
