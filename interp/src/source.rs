//! Source decoding: turns the bytes of a module into text the way CPython's
//! tokenizer does: a UTF-8 byte-order mark, a PEP 263 coding declaration on
//! line 1 or 2, UTF-8 by default; null bytes are refused.

use crate::error::CompileError;
use crate::lexer::unicode_tables::CODECS;

/// The encodings Krait can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte codec from `lexer::unicode_tables::CODECS`.
    Table(usize),
}

/// Decodes module source bytes to text, as CPython does when it reads a file.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let (has_bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    if let Some(pos) = body.iter().position(|&b| b == 0) {
        let lineno = 1 + body[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
        return Err(CompileError::syntax(
            "source code cannot contain null bytes",
            filename,
            lineno,
            0,
        ));
    }
    let mut encoding = Encoding::Utf8;
    if let Some((name, _lineno)) = find_cookie(body) {
        let enc = match normalize_encoding(&name) {
            Some(e) => e,
            None => {
                return Err(CompileError::syntax(
                    format!("unknown encoding: {}", name),
                    filename,
                    0,
                    0,
                ));
            }
        };
        let normal = normal_name(&name);
        if has_bom && normal != "utf-8" {
            return Err(CompileError::syntax(
                format!("encoding problem: {} with BOM", normal),
                filename,
                0,
                0,
            ));
        }
        encoding = enc;
    }
    match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let pos = e.valid_up_to();
                let lineno = 1 + body[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
                Err(CompileError::syntax(
                    format!(
                        "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        body[pos], filename, lineno
                    ),
                    filename,
                    lineno,
                    0,
                ))
            }
        },
        Encoding::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => {
            if let Some(pos) = body.iter().position(|&b| b >= 0x80) {
                let lineno = 1 + body[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
                return Err(CompileError::syntax(
                    format!(
                        "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        body[pos], pos
                    ),
                    filename,
                    lineno,
                    0,
                ));
            }
            Ok(body.iter().map(|&b| b as char).collect())
        }
        Encoding::Table(k) => {
            let table = &CODECS[k].1;
            let mut out = String::with_capacity(body.len());
            for (pos, &b) in body.iter().enumerate() {
                let c = if b < 0x80 {
                    Some(b as char)
                } else {
                    char::from_u32(table[(b - 0x80) as usize] as u32)
                };
                match c {
                    Some(c) if c != '\u{ffff}' => out.push(c),
                    _ => {
                        let lineno = 1 + body[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
                        return Err(CompileError::syntax(
                            format!(
                                "(unicode error) 'charmap' codec can't decode byte 0x{:02x} in position {}: character maps to <undefined>",
                                b, pos
                            ),
                            filename,
                            lineno,
                            0,
                        ));
                    }
                }
            }
            Ok(out)
        }
    }
}

/// CPython's `get_normal_name`: the spelling used in error messages.
fn normal_name(name: &str) -> String {
    let n = name.to_ascii_lowercase().replace('_', "-");
    let starts = |p: &str| n == p || n.starts_with(&format!("{}-", p));
    if starts("utf-8") {
        "utf-8".into()
    } else if starts("latin-1") || starts("iso-8859-1") || starts("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Finds a coding declaration on line 1, or on line 2 when line 1 is only a
/// comment or blank. Returns the encoding name and its line.
fn find_cookie(body: &[u8]) -> Option<(String, u32)> {
    let mut lines = body.split(|&b| b == b'\n');
    for lineno in 1..=2u32 {
        let line = lines.next()?;
        if let Some(name) = cookie_in_line(line) {
            return Some((name, lineno));
        }
        // Line 2 is only looked at when line 1 is a comment or blank.
        let trimmed: Vec<u8> = line
            .iter()
            .copied()
            .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
            .collect();
        if !(trimmed.is_empty() || trimmed[0] == b'#') {
            return None;
        }
    }
    None
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let rest = &line[i..];
    let mut k = 0;
    while k + 7 <= rest.len() {
        if &rest[k..k + 6] == b"coding" && matches!(rest[k + 6], b':' | b'=') {
            let mut j = k + 7;
            while j < rest.len() && matches!(rest[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < rest.len()
                && (rest[j].is_ascii_alphanumeric() || matches!(rest[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&rest[start..j]).into_owned());
            }
        }
        k += 1;
    }
    None
}

/// Maps a declared encoding name to one Krait decodes, following CPython's
/// normalization (case-insensitive, `_` same as `-`).
fn normalize_encoding(name: &str) -> Option<Encoding> {
    let n: String = name.to_ascii_lowercase().replace('_', "-");
    let starts = |p: &str| n == p || n.starts_with(&format!("{}-", p));
    if starts("utf-8") || n == "utf8" {
        return Some(Encoding::Utf8);
    }
    if starts("latin-1")
        || starts("iso-8859-1")
        || starts("iso-latin-1")
        || n == "latin1"
        || n == "l1"
    {
        return Some(Encoding::Latin1);
    }
    if matches!(n.as_str(), "ascii" | "us-ascii" | "646") {
        return Some(Encoding::Ascii);
    }
    let key: String = n
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    CODECS
        .iter()
        .position(|(names, _)| names.contains(&key.as_str()))
        .map(Encoding::Table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(
            decode_source(b"# coding: latin-1\nx = '\xe9'\n", "f").unwrap(),
            "# coding: latin-1\nx = '\u{e9}'\n"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "f").unwrap(),
            "x = 1\n"
        );
        assert_eq!(
            decode_source(b"# -*- coding: cp1252 -*-\nx = '\x80'\n", "f").unwrap(),
            "# -*- coding: cp1252 -*-\nx = '\u{20ac}'\n"
        );
        assert_eq!(
            decode_source(b"# vim: set fileencoding=koi8-r :\n\xc1\n", "f").unwrap(),
            "# vim: set fileencoding=koi8-r :\n\u{430}\n"
        );
        let e = decode_source(b"#!/bin/sh\n# -*- coding: bogus -*-\n", "f").unwrap_err();
        assert_eq!(e.msg, "unknown encoding: bogus");
        assert_eq!(
            decode_source(b"x = 1\n# coding: bogus\n", "f").unwrap(),
            "x = 1\n# coding: bogus\n"
        );
        let e = decode_source(b"x = 1\ny = '\xff'\n", "f.py").unwrap_err();
        assert!(e
            .msg
            .starts_with("Non-UTF-8 code starting with '\\xff' in file f.py on line 2"));
        let e = decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "f").unwrap_err();
        assert_eq!(e.msg, "encoding problem: iso-8859-1 with BOM");
        assert_eq!(
            decode_source(b"x\0", "f").unwrap_err().msg,
            "source code cannot contain null bytes"
        );
    }
}
