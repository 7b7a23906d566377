//! Text codecs as Python sees them: `bytes.decode` / `str.encode` over
//! `strlib::codecs`, and the conversion of every `strlib::StrError` into the
//! Python exception it names (UnicodeDecodeError / UnicodeEncodeError get
//! CPython's five constructor arguments: encoding, object, start, end, reason).

use crate::err::{PyErr, PyResult};
use crate::object::Value;
use crate::strlib::{ErrorKind, StrError};
use crate::typeobj::TypeObject;
use crate::types::exceptions as exc;
use crate::types::{bytes, int, str as pystr};

fn kind_type(kind: ErrorKind) -> &'static TypeObject {
    match kind {
        ErrorKind::ValueError => &exc::VALUE_ERROR,
        ErrorKind::TypeError => &exc::TYPE_ERROR,
        ErrorKind::OverflowError => &exc::OVERFLOW_ERROR,
        ErrorKind::MemoryError => &exc::MEMORY_ERROR,
        ErrorKind::LookupError => &exc::LOOKUP_ERROR,
        ErrorKind::UnicodeDecodeError => &exc::UNICODE_DECODE_ERROR,
        ErrorKind::UnicodeEncodeError => &exc::UNICODE_ENCODE_ERROR,
    }
}

/// The Python exception for a strlib error. `input` supplies the object a
/// UnicodeDecodeError / UnicodeEncodeError reports (the bytes decoded or the
/// str encoded); it is only called for those.
pub fn strlib_error(e: StrError, input: impl FnOnce() -> Value) -> PyErr {
    let ty = kind_type(e.kind);
    match e.codec {
        Some(info) => PyErr::with_args(
            ty,
            vec![
                pystr::new_str(info.encoding),
                input(),
                int::from_i64(info.start as i64),
                int::from_i64(info.end as i64),
                pystr::from_string(info.reason),
            ],
        ),
        None if e.kind == ErrorKind::MemoryError => crate::err::memory_error(),
        None => PyErr::new(ty, e.msg),
    }
}

/// The Python exception for a strlib error that is never a codec error.
pub fn str_error(e: StrError) -> PyErr {
    strlib_error(e, pystr::empty)
}

/// Codecs Krait handles here rather than in `strlib`.
enum Special {
    /// `utf-8-sig`: UTF-8 with a byte order mark.
    Utf8Sig,
    /// A bytes-to-bytes or str-to-str codec (`rot13`, `base64`, ...).
    NotText,
}

fn special_codec(enc: &str) -> Option<Special> {
    let n: String = enc
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match n.as_str() {
        "utf_8_sig" | "utf8_sig" => Some(Special::Utf8Sig),
        "rot13" | "rot_13" | "base64" | "base_64" | "base64_codec" | "hex" | "hex_codec"
        | "zlib" | "zip" | "zlib_codec" | "bz2" | "bz2_codec" | "quopri" | "quotedprintable"
        | "quoted_printable" | "quopri_codec" | "uu" | "uu_codec" => Some(Special::NotText),
        _ => None,
    }
}

fn not_text(enc: &str, op: &str) -> PyErr {
    PyErr::new(
        &exc::LOOKUP_ERROR,
        format!("'{enc}' is not a text encoding; use codecs.{op}() to handle arbitrary codecs"),
    )
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(data: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    match special_codec(enc) {
        Some(Special::NotText) => return Err(not_text(enc, "decode")),
        Some(Special::Utf8Sig) => {
            let body = data
                .strip_prefix(b"\xef\xbb\xbf".as_slice())
                .unwrap_or(data);
            return decode_bytes(body, "utf-8", errors);
        }
        None => {}
    }
    match crate::strlib::codecs::decode(data, enc, errors) {
        Ok(s) => Ok(pystr::from_string(s)),
        Err(e) => Err(strlib_error(e, || bytes::new_bytes(data.to_vec()))),
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode_str(s: &str, enc: &str, errors: &str) -> PyResult<Value> {
    Ok(bytes::new_bytes(encode_to_vec(s, enc, errors)?))
}

/// `str.encode` returning the raw bytes (for `bytes(s, enc)` / `bytearray(s, enc)`).
pub fn encode_to_vec(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    match special_codec(enc) {
        Some(Special::NotText) => return Err(not_text(enc, "encode")),
        Some(Special::Utf8Sig) => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        None => {}
    }
    crate::strlib::codecs::encode(s, enc, errors).map_err(|e| strlib_error(e, || pystr::new_str(s)))
}
