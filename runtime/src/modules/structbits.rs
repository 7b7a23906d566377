//! The `_struct` module: the IEEE 754 conversions that the pure-Python
//! `struct` module (interp/pylib/struct.py) cannot do itself.
//!
//! `pack_float(x, size, little)` returns the 2-, 4- or 8-byte encoding of
//! float `x` (binary16, binary32 or binary64, rounded to nearest even);
//! `unpack_float(data, little)` decodes 2, 4 or 8 bytes back to a float.

use crate::args::Args;
use crate::builtins::add_functions;
use crate::err::{overflow_error, type_error, value_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::types::{bytes, float, method, module, MethodDef};

/// Rounds an f64 to binary16 bits, ties to even; None on overflow.
fn f64_to_f16_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The value in units of the smallest subnormal (2**-24), rounded.
    let scaled = a * 16777216.0;
    if scaled < 1024.0 {
        // Subnormal (or zero): round to an integer number of 2**-24 units.
        return Some(sign | round_half_even(scaled) as u16);
    }
    // Normal: a = (1 + f) * 2**exp with f in [0, 1); keep 10 fraction bits.
    let mut exp = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut m = round_half_even((a / 2f64.powi(exp) - 1.0) * 1024.0) as u32;
    if m == 1024 {
        m = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | m as u16)
}

fn round_half_even(v: f64) -> f64 {
    let r = v.round();
    if (r - v).abs() == 0.5 && r % 2.0 != 0.0 {
        r - v.signum()
    } else {
        r
    }
}

fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn s_pack_float(a: &Args) -> PyResult<Value> {
    let p = a.check("pack_float", 3, 3)?;
    let x = protocol::to_f64(&p[0])?;
    let size = protocol::index_i64(&p[1])?;
    let little = protocol::truthy(&p[2])?;
    let mut out = match size {
        8 => x.to_be_bytes().to_vec(),
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            f.to_be_bytes().to_vec()
        }
        2 => f64_to_f16_bits(x)
            .ok_or_else(|| overflow_error("float too large to pack with e format"))?
            .to_be_bytes()
            .to_vec(),
        _ => return Err(value_error("float size must be 2, 4 or 8")),
    };
    if little {
        out.reverse();
    }
    Ok(bytes::new_bytes(out))
}

fn s_unpack_float(a: &Args) -> PyResult<Value> {
    let p = a.check("unpack_float", 2, 2)?;
    let mut data = bytes::buffer(&p[0])
        .map(|b| b.to_vec())
        .ok_or_else(|| type_error("unpack_float() argument 1 must be bytes-like"))?;
    if protocol::truthy(&p[1])? {
        data.reverse();
    }
    let x = match data.len() {
        8 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&data);
            f64::from_be_bytes(b)
        }
        4 => {
            let mut b = [0u8; 4];
            b.copy_from_slice(&data);
            f32::from_be_bytes(b) as f64
        }
        2 => f16_bits_to_f64(u16::from_be_bytes([data[0], data[1]])),
        _ => return Err(value_error("float data must be 2, 4 or 8 bytes")),
    };
    Ok(float::new_float(x))
}

static FUNCTIONS: &[MethodDef] = &[
    method("pack_float", s_pack_float),
    method("unpack_float", s_unpack_float),
];

/// Builds the `_struct` module.
pub fn make() -> PyResult<Value> {
    let m = module::new_module("_struct");
    let d = module::module_dict(&m).ok_or_else(|| type_error("module without a dict"))?;
    add_functions(&d, FUNCTIONS, "_struct");
    Ok(m)
}
