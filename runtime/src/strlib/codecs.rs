//! `bytes.decode` / `str.encode` for the codecs scripts use: utf-8, ascii,
//! latin-1, cp1252, utf-16 and utf-32 (with or without BOM, either byte order), with the
//! error handlers strict, replace, ignore, backslashreplace and (encode only)
//! xmlcharrefreplace. Error messages and positions match CPython 3.11.
//!
//! Krait strings are Rust strings, so lone surrogates cannot exist: encoding to a
//! UTF codec never fails, and the surrogate-producing handlers (`surrogateescape`,
//! `surrogatepass`) are not supported (they behave like `strict`), nor is
//! `namereplace` (strict too).

use super::{CodecErrorInfo, ErrorKind, StrError};
use std::fmt::Write;

/// A codec known to strlib.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8`
    Utf8,
    /// `ascii`
    Ascii,
    /// `latin-1` (`iso8859-1`)
    Latin1,
    /// `utf-16` with BOM (little-endian when encoding or when no BOM is present)
    Utf16,
    /// `utf-16-le`
    Utf16Le,
    /// `utf-16-be`
    Utf16Be,
    /// `utf-32` with BOM
    Utf32,
    /// `utf-32-le`
    Utf32Le,
    /// `utf-32-be`
    Utf32Be,
    /// `cp1252` (Windows Western European; errors name the `charmap` codec)
    Cp1252,
}

/// cp1252 bytes 0x80..=0x9f (others are Latin-1); 0 marks an undefined byte.
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
    0x203a, 0x153, 0, 0x17e, 0x178,
];

fn cp1252_decode_byte(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => match CP1252_HIGH[usize::from(b - 0x80)] {
            0 => None,
            u => char::from_u32(u32::from(u)),
        },
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode_char(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xa0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&u| u != 0 && u32::from(u) == cp)
        .map(|i| 0x80 + i as u8)
}

/// Normalizes an encoding name the way `encodings.search_function` does:
/// lowercase, runs of other characters than alphanumerics and `.` become one `_`,
/// then `.` becomes `_` for the alias lookup.
fn normalize(name: &str) -> String {
    normalize_keep_dots(name).replace('.', "_")
}

/// CPython's `_Py_normalize_encoding` (dots kept).
fn normalize_keep_dots(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Whether CPython encodes/decodes `name` through its C fast path; errors from
/// other spellings pass through the codec registry, which wraps a `LookupError`
/// for an unknown error handler as "decoding with 'NAME' codec failed (...)".
fn is_fast_path(name: &str) -> bool {
    matches!(
        normalize_keep_dots(name).as_str(),
        "utf8"
            | "utf_8"
            | "utf16"
            | "utf_16"
            | "utf32"
            | "utf_32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    )
}

fn wrap_registry_error(e: StrError, op: &str, name: &str) -> StrError {
    if e.kind != ErrorKind::LookupError || is_fast_path(name) {
        return e;
    }
    StrError::new(
        ErrorKind::LookupError,
        format!("{op} with '{name}' codec failed (LookupError: {})", e.msg),
    )
}

/// Looks up an encoding by any of its CPython aliases; `LookupError: unknown
/// encoding: NAME` otherwise (also for real CPython codecs strlib lacks).
pub fn lookup(name: &str) -> Result<Codec, StrError> {
    Ok(match normalize(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "u16" | "utf16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "u32" | "utf32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        _ => {
            return Err(StrError::new(
                ErrorKind::LookupError,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Resolves an error handler when an error actually happens (as CPython does).
fn handler(errors: &str, encoding: bool) -> Result<Handler, StrError> {
    Ok(match errors {
        // Unsupported (no lone surrogates in Rust strings; no name table): strict.
        "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
        _ => {
            return Err(StrError::new(
                ErrorKind::LookupError,
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

/// Builds a `UnicodeDecodeError` for bytes `input[start..end]`.
pub fn decode_error(
    encoding: &'static str,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> StrError {
    let msg = if end == start + 1 {
        format!(
            "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            input.get(start).copied().unwrap_or(0)
        )
    } else {
        format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    };
    StrError {
        kind: ErrorKind::UnicodeDecodeError,
        msg,
        codec: Some(Box::new(CodecErrorInfo {
            encoding,
            start,
            end,
            reason: reason.to_string(),
        })),
    }
}

/// Builds a `UnicodeEncodeError` for code points `start..end`, `first` being the
/// character at `start`.
pub fn encode_error(
    encoding: &'static str,
    first: char,
    start: usize,
    end: usize,
    reason: &str,
) -> StrError {
    let msg = if end == start + 1 {
        let cp = first as u32;
        let esc = if cp <= 0xff {
            format!("\\x{cp:02x}")
        } else if cp <= 0xffff {
            format!("\\u{cp:04x}")
        } else {
            format!("\\U{cp:08x}")
        };
        format!("'{encoding}' codec can't encode character '{esc}' in position {start}: {reason}")
    } else {
        format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    StrError {
        kind: ErrorKind::UnicodeEncodeError,
        msg,
        codec: Some(Box::new(CodecErrorInfo {
            encoding,
            start,
            end,
            reason: reason.to_string(),
        })),
    }
}

/// Decoder state shared by the codecs: output plus the error-handler policy.
struct Decoder<'a> {
    input: &'a [u8],
    errors: &'a str,
    encoding: &'static str,
    out: String,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `start..end` per the error handler.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> Result<(), StrError> {
        match handler(self.errors, false)? {
            Handler::Strict | Handler::XmlCharRefReplace => {
                Err(decode_error(self.encoding, self.input, start, end, reason))
            }
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::Ignore => Ok(()),
            Handler::BackslashReplace => {
                for &b in &self.input[start..end] {
                    let _ = write!(self.out, "\\x{b:02x}");
                }
                Ok(())
            }
        }
    }
}

fn is_invalid_start(b: u8) -> bool {
    matches!(b, 0x80..=0xc1 | 0xf5..=0xff)
}

fn decode_utf8(d: &mut Decoder<'_>) -> Result<(), StrError> {
    let input = d.input;
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&input[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                return Ok(());
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&input[pos..good]).unwrap_or_default());
                match e.error_len() {
                    None => {
                        d.error(good, input.len(), "unexpected end of data")?;
                        return Ok(());
                    }
                    Some(n) => {
                        let reason = if n == 1 && is_invalid_start(input[good]) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        d.error(good, good + n, reason)?;
                        pos = good + n;
                    }
                }
            }
        }
    }
}

/// Decodes a one-byte-per-character codec given its byte -> char map.
fn decode_8bit(
    d: &mut Decoder<'_>,
    map: fn(u8) -> Option<char>,
    reason: &str,
) -> Result<(), StrError> {
    for (i, &b) in d.input.iter().enumerate() {
        match map(b) {
            Some(c) => d.out.push(c),
            None => d.error(i, i + 1, reason)?,
        }
    }
    Ok(())
}

fn decode_utf16(d: &mut Decoder<'_>, start: usize, big: bool) -> Result<(), StrError> {
    let b = d.input;
    let unit = |i: usize| {
        if big {
            u16::from_be_bytes([b[i], b[i + 1]])
        } else {
            u16::from_le_bytes([b[i], b[i + 1]])
        }
    };
    let mut q = start;
    while q < b.len() {
        if b.len() - q < 2 {
            d.error(q, b.len(), "truncated data")?;
            break;
        }
        let u = unit(q);
        if !(0xd800..0xe000).contains(&u) {
            d.out
                .push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
            q += 2;
        } else if u >= 0xdc00 {
            d.error(q, q + 2, "illegal encoding")?;
            q += 2;
        } else if b.len() - q < 4 {
            d.error(q, b.len(), "unexpected end of data")?;
            break;
        } else {
            let lo = unit(q + 2);
            if (0xdc00..0xe000).contains(&lo) {
                let cp = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
                d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                q += 4;
            } else {
                d.error(q, q + 2, "illegal UTF-16 surrogate")?;
                q += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(d: &mut Decoder<'_>, start: usize, big: bool) -> Result<(), StrError> {
    let b = d.input;
    let mut q = start;
    while q < b.len() {
        if b.len() - q < 4 {
            d.error(q, b.len(), "truncated data")?;
            break;
        }
        let w = [b[q], b[q + 1], b[q + 2], b[q + 3]];
        let cp = if big {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        };
        if cp > 0x10ffff {
            d.error(q, q + 4, "code point not in range(0x110000)")?;
        } else if (0xd800..0xe000).contains(&cp) {
            d.error(
                q,
                q + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?;
        } else {
            d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        }
        q += 4;
    }
    Ok(())
}

/// `bytes.decode(encoding, errors)`. Like CPython, empty input decodes to `""`
/// without looking the codec up.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, StrError> {
    if b.is_empty() {
        return Ok(String::new());
    }
    decode_with(b, lookup(encoding)?, errors)
        .map_err(|e| wrap_registry_error(e, "decoding", encoding))
}

/// Decodes with an already looked-up codec (errors are those of the C fast path:
/// an unknown error handler is reported unwrapped).
pub fn decode_with(b: &[u8], codec: Codec, errors: &str) -> Result<String, StrError> {
    let name = match codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16 | Codec::Utf16Le => "utf-16-le",
        Codec::Utf16Be => "utf-16-be",
        Codec::Utf32 | Codec::Utf32Le => "utf-32-le",
        Codec::Utf32Be => "utf-32-be",
        Codec::Cp1252 => "charmap",
    };
    let mut d = Decoder {
        input: b,
        errors,
        encoding: name,
        out: String::with_capacity(b.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(&mut d)?,
        Codec::Ascii => decode_8bit(
            &mut d,
            |b| b.is_ascii().then_some(char::from(b)),
            "ordinal not in range(128)",
        )?,
        Codec::Latin1 => decode_8bit(&mut d, |b| Some(char::from(b)), "")?,
        Codec::Cp1252 => decode_8bit(&mut d, cp1252_decode_byte, "character maps to <undefined>")?,
        Codec::Utf16Le => decode_utf16(&mut d, 0, false)?,
        Codec::Utf16Be => decode_utf16(&mut d, 0, true)?,
        Codec::Utf16 => match b {
            [0xfe, 0xff, ..] => {
                d.encoding = "utf-16-be";
                decode_utf16(&mut d, 2, true)?
            }
            [0xff, 0xfe, ..] => decode_utf16(&mut d, 2, false)?,
            _ => decode_utf16(&mut d, 0, false)?,
        },
        Codec::Utf32Le => decode_utf32(&mut d, 0, false)?,
        Codec::Utf32Be => decode_utf32(&mut d, 0, true)?,
        Codec::Utf32 => match b {
            [0, 0, 0xfe, 0xff, ..] => {
                d.encoding = "utf-32-be";
                decode_utf32(&mut d, 4, true)?
            }
            [0xff, 0xfe, 0, 0, ..] => decode_utf32(&mut d, 4, false)?,
            _ => decode_utf32(&mut d, 0, false)?,
        },
    }
    Ok(d.out)
}

/// Encodes to a one-byte-per-character codec given its char -> byte map.
fn encode_8bit(
    s: &str,
    map: fn(char) -> Option<u8>,
    name: &'static str,
    reason: &str,
    errors: &str,
) -> Result<Vec<u8>, StrError> {
    let mut out = Vec::with_capacity(s.len());
    let mut it = s.chars().enumerate().peekable();
    while let Some((i, c)) = it.next() {
        if let Some(b) = map(c) {
            out.push(b);
            continue;
        }
        // The failing run: consecutive unencodable characters (as CPython reports).
        let mut run = vec![c];
        while let Some(&(_, n)) = it.peek() {
            if map(n).is_some() {
                break;
            }
            run.push(n);
            it.next();
        }
        match handler(errors, true)? {
            Handler::Strict => return Err(encode_error(name, c, i, i + run.len(), reason)),
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for r in run {
                    let cp = r as u32;
                    let esc = if cp <= 0xff {
                        format!("\\x{cp:02x}")
                    } else if cp <= 0xffff {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for r in run {
                    out.extend_from_slice(format!("&#{};", r as u32).as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, StrError> {
    encode_with(s, lookup(encoding)?, errors)
        .map_err(|e| wrap_registry_error(e, "encoding", encoding))
}

/// Encodes with an already looked-up codec.
pub fn encode_with(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, StrError> {
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Ascii => {
            if s.is_ascii() {
                s.as_bytes().to_vec()
            } else {
                let map = |c: char| c.is_ascii().then_some(c as u8);
                encode_8bit(s, map, "ascii", "ordinal not in range(128)", errors)?
            }
        }
        Codec::Latin1 => {
            let map = |c: char| u8::try_from(c as u32).ok();
            encode_8bit(s, map, "latin-1", "ordinal not in range(256)", errors)?
        }
        Codec::Cp1252 => encode_8bit(
            s,
            cp1252_encode_char,
            "charmap",
            "character maps to <undefined>",
            errors,
        )?,
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = if codec == Codec::Utf16 {
                vec![0xff, 0xfe]
            } else {
                Vec::new()
            };
            for u in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = if codec == Codec::Utf32 {
                vec![0xff, 0xfe, 0, 0]
            } else {
                Vec::new()
            };
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
    })
}
