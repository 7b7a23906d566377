//! Text codecs as Python sees them: `bytes.decode` / `str.encode`, with
//! UnicodeDecodeError / UnicodeEncodeError built from the codec's report.

use crate::err::{PyErr, PyResult};
use crate::object::Value;
use crate::types::exceptions as exc;
use crate::types::{bytes, int, str as pystr};

fn normalize_encoding(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['-', ' '], "_")
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(data: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    let e = normalize_encoding(enc);
    match e.as_str() {
        "utf_8" | "utf8" | "u8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(pystr::new_str(s)),
            Err(err) => {
                if errors == "replace" {
                    return Ok(pystr::from_string(String::from_utf8_lossy(data).to_string()));
                }
                if errors == "ignore" {
                    let mut out = String::new();
                    let mut rest = data;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e2) => {
                                let (good, bad) = rest.split_at(e2.valid_up_to());
                                out.push_str(std::str::from_utf8(good).unwrap_or(""));
                                let skip = e2.error_len().unwrap_or(bad.len());
                                rest = &bad[skip..];
                            }
                        }
                    }
                    return Ok(pystr::from_string(out));
                }
                let pos = err.valid_up_to();
                let (end, reason) = match err.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(_) => {
                        let b = data[pos];
                        if (0x80..0xc2).contains(&b) || b > 0xf4 {
                            (pos + 1, "invalid start byte")
                        } else {
                            (pos + 1, "invalid continuation byte")
                        }
                    }
                };
                Err(unicode_decode_error("utf-8", data, pos, end, reason))
            }
        },
        "ascii" | "us_ascii" => {
            for (i, &b) in data.iter().enumerate() {
                if b >= 0x80 {
                    if errors == "strict" {
                        return Err(unicode_decode_error("ascii", data, i, i + 1, "ordinal not in range(128)"));
                    }
                    let s: String = data
                        .iter()
                        .filter_map(|&b| if b < 0x80 { Some(b as char) } else if errors == "replace" { Some('\u{fffd}') } else { None })
                        .collect();
                    return Ok(pystr::from_string(s));
                }
            }
            Ok(pystr::from_string(data.iter().map(|&b| b as char).collect()))
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            Ok(pystr::from_string(data.iter().map(|&b| b as char).collect()))
        }
        _ => Err(PyErr::new(&exc::LOOKUP_ERROR, format!("unknown encoding: {enc}"))),
    }
}

fn unicode_decode_error(enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        &exc::UNICODE_DECODE_ERROR,
        vec![
            pystr::new_str(enc),
            bytes::new_bytes(data.to_vec()),
            int::from_i64(start as i64),
            int::from_i64(end as i64),
            pystr::new_str(reason),
        ],
    )
}

/// `str.encode(encoding, errors)`.
pub fn encode_str(s: &str, enc: &str, errors: &str) -> PyResult<Value> {
    let e = normalize_encoding(enc);
    match e.as_str() {
        "utf_8" | "utf8" | "u8" => Ok(bytes::new_bytes(s.as_bytes().to_vec())),
        "ascii" | "us_ascii" | "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            let limit = if e.contains("ascii") { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let name = if limit == 128 { "ascii" } else { "latin-1" };
                            return Err(PyErr::with_args(
                                &exc::UNICODE_ENCODE_ERROR,
                                vec![
                                    pystr::new_str(name),
                                    pystr::new_str(s),
                                    int::from_i64(i as i64),
                                    int::from_i64(i as i64 + 1),
                                    pystr::new_str(&format!("ordinal not in range({limit})")),
                                ],
                            ));
                        }
                    }
                }
            }
            Ok(bytes::new_bytes(out))
        }
        _ => Err(PyErr::new(&exc::LOOKUP_ERROR, format!("unknown encoding: {enc}"))),
    }
}

