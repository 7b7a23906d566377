//! `repr()` and `ascii()` of `str`, and the `b'...'` form of `bytes`/`bytearray`.

use super::unicode;
use std::fmt::Write;

fn push_hex_escape(out: &mut String, cp: u32) {
    // CPython uses \xNN, \uNNNN or \UNNNNNNNN with lowercase hex digits.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_hex_escape(&mut out, c as u32),
            c if c.is_ascii() => out.push(c),
            c if !ascii_only && unicode::is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` exactly as CPython: single quotes unless `s` contains `'` and no `"`;
/// escapes `\\`, the quote, `\t \n \r`, other controls and 0x7f as `\xNN`, and
/// non-printable characters as `\xNN`/`\uNNNN`/`\UNNNNNNNN`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: like [`str_repr`] but every non-ASCII character is escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true)
}

fn push_byte_escaped(out: &mut String, b: u8) {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'\t' => out.push_str("\\t"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        0x20..=0x7e => out.push(b as char),
        _ => {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
}

/// `repr(b)` of a `bytes` object: `b'...'` (or `b"..."` if `b` contains `'` and
/// no `"`), escaping `\\`, the quote, `\t \n \r` and other non-printables as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &x in b {
        if x == quote {
            out.push('\\');
            out.push(x as char);
        } else {
            push_byte_escaped(&mut out, x);
        }
    }
    out.push(quote as char);
    out
}

/// `repr()` of a `bytearray` (or subclass) named `type_name`:
/// `bytearray(b'...')`. Unlike `bytes`, `'` is always escaped, even inside `"`.
pub fn bytearray_repr(type_name: &str, b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + type_name.len() + 5);
    out.push_str(type_name);
    out.push_str("(b");
    out.push(quote);
    for &x in b {
        if x == b'\'' {
            out.push_str("\\'");
        } else {
            push_byte_escaped(&mut out, x);
        }
    }
    out.push(quote);
    out.push(')');
    out
}
