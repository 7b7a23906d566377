//! `bytes`/`bytearray` method families on `&[u8]`: ASCII-only predicates and case,
//! whitespace = `b" \t\n\r\x0b\x0c"`, byte indices. Search, `replace`, `partition`
//! and prefix helpers live in [`search`](super::search) (`bytes_*`) and are
//! re-exported here under their method names (`bytes::find`, ...).

use super::{try_reserve, StrError};

pub use super::search::{
    bytes_count as count, bytes_endswith as endswith, bytes_find as find,
    bytes_not_found as not_found, bytes_partition as partition, bytes_removeprefix as removeprefix,
    bytes_removesuffix as removesuffix, bytes_replace as replace, bytes_rfind as rfind,
    bytes_rpartition as rpartition, bytes_startswith as startswith,
};

/// CPython's `Py_ISSPACE`: the ASCII whitespace bytes.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn all_nonempty(s: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(|&b| f(b))
}

/// `bytes.isalnum()`.
pub fn isalnum(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphanumeric())
}

/// `bytes.isalpha()`.
pub fn isalpha(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphabetic())
}

/// `bytes.isdigit()`.
pub fn isdigit(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit())
}

/// `bytes.isspace()`.
pub fn isspace(s: &[u8]) -> bool {
    all_nonempty(s, is_space)
}

/// `bytes.isascii()` (true for `b""`).
pub fn isascii(s: &[u8]) -> bool {
    s.is_ascii()
}

/// `bytes.islower()`: some lowercase letter and no uppercase one.
pub fn islower(s: &[u8]) -> bool {
    !s.iter().any(u8::is_ascii_uppercase) && s.iter().any(u8::is_ascii_lowercase)
}

/// `bytes.isupper()`: some uppercase letter and no lowercase one.
pub fn isupper(s: &[u8]) -> bool {
    !s.iter().any(u8::is_ascii_lowercase) && s.iter().any(u8::is_ascii_uppercase)
}

/// `bytes.istitle()`: uppercase only after uncased bytes, lowercase only after
/// cased ones, and at least one cased byte.
pub fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `bytes.lower()`.
pub fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

/// `bytes.upper()`.
pub fn upper(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

/// `bytes.swapcase()`.
pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

/// `bytes.title()`: letters after a letter lowercased, other letters uppercased.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let m = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            m
        })
        .collect()
}

/// `bytes.capitalize()`: first byte uppercased, the rest lowercased.
pub fn capitalize(s: &[u8]) -> Vec<u8> {
    s.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `bytes.split(sep, maxsplit)`: `None` splits on runs of ASCII whitespace;
/// `ValueError: empty separator` for `b""`.
pub fn split<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut i = 0;
        let n = s.len();
        while max > 0 {
            while i < n && is_space(s[i]) {
                i += 1;
            }
            if i == n {
                return Ok(out);
            }
            let j = i;
            while i < n && !is_space(s[i]) {
                i += 1;
            }
            out.push(&s[j..i]);
            max -= 1;
        }
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i < n {
            out.push(&s[i..]);
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    let mut rest = s;
    while max > 0 {
        let Some(p) = memchr::memmem::find(rest, sep) else {
            break;
        };
        out.push(&rest[..p]);
        rest = &rest[p + sep.len()..];
        max -= 1;
    }
    out.push(rest);
    Ok(out)
}

/// `bytes.rsplit(sep, maxsplit)`: like [`split`] but from the right.
pub fn rsplit<'a>(
    s: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: i64,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut i = s.len();
        while max > 0 {
            while i > 0 && is_space(s[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                out.reverse();
                return Ok(out);
            }
            let j = i;
            while i > 0 && !is_space(s[i - 1]) {
                i -= 1;
            }
            out.push(&s[i..j]);
            max -= 1;
        }
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(&s[..i]);
        }
        out.reverse();
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    let mut rest = s;
    while max > 0 {
        let Some(p) = memchr::memmem::rfind(rest, sep) else {
            break;
        };
        out.push(&rest[p + sep.len()..]);
        rest = &rest[..p];
        max -= 1;
    }
    out.push(rest);
    out.reverse();
    Ok(out)
}

/// `bytes.splitlines(keepends)`: splits at `\n`, `\r` and `\r\n` only.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let j = i;
        while i < s.len() && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            i += if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        out.push(&s[j..eol]);
    }
    out
}

fn strip_by<'a>(s: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let drop = |b: u8| match chars {
        None => is_space(b),
        Some(set) => set.contains(&b),
    };
    let mut a = 0;
    let mut z = s.len();
    if left {
        while a < z && drop(s[a]) {
            a += 1;
        }
    }
    if right {
        while z > a && drop(s[z - 1]) {
            z -= 1;
        }
    }
    &s[a..z]
}

/// `bytes.strip(chars)`: `None` strips ASCII whitespace.
pub fn strip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    strip_by(s, chars, true, true)
}

/// `bytes.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    strip_by(s, chars, true, false)
}

/// `bytes.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    strip_by(s, chars, false, true)
}

fn pad(s: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, StrError> {
    let mut out = Vec::new();
    try_reserve(&mut out, s.len().saturating_add(left).saturating_add(right))?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(out.len() + right, fill);
    Ok(out)
}

fn margin(s: &[u8], width: i64) -> Option<usize> {
    usize::try_from(width)
        .ok()?
        .checked_sub(s.len())
        .filter(|&m| m > 0)
}

/// `bytes.center(width, fillbyte)` (same split of the padding as `str.center`).
pub fn center(s: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, StrError> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_vec());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `bytes.ljust(width, fillbyte)`.
pub fn ljust(s: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, StrError> {
    match margin(s, width) {
        None => Ok(s.to_vec()),
        Some(m) => pad(s, 0, m, fill),
    }
}

/// `bytes.rjust(width, fillbyte)`.
pub fn rjust(s: &[u8], width: i64, fill: u8) -> Result<Vec<u8>, StrError> {
    match margin(s, width) {
        None => Ok(s.to_vec()),
        Some(m) => pad(s, m, 0, fill),
    }
}

/// `bytes.zfill(width)`: zeros on the left, after a leading `+`/`-`.
pub fn zfill(s: &[u8], width: i64) -> Result<Vec<u8>, StrError> {
    let Some(m) = margin(s, width) else {
        return Ok(s.to_vec());
    };
    let mut out = pad(s, m, 0, b'0')?;
    if let Some(&sign @ (b'+' | b'-')) = s.first() {
        out[0] = sign;
        out[m] = b'0';
    }
    Ok(out)
}

/// `bytes.expandtabs(tabsize)`: columns reset after `\n`/`\r`.
pub fn expandtabs(s: &[u8], tabsize: i64) -> Result<Vec<u8>, StrError> {
    let mut out = Vec::new();
    try_reserve(&mut out, s.len())?;
    let mut col: i64 = 0;
    for &b in s {
        if b == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                if (out.len() as i64)
                    .checked_add(incr)
                    .is_none_or(|t| t > isize::MAX as i64)
                {
                    return Err(StrError::overflow("result too long"));
                }
                col += incr;
                try_reserve(&mut out, incr as usize)?;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            out.push(b);
            if b == b'\n' || b == b'\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `sep.join(items)` once the caller has checked the items are bytes-like
/// (`TypeError: sequence item N: expected a bytes-like object, X found` is theirs).
pub fn join<S: AsRef<[u8]>>(sep: &[u8], items: &[S]) -> Result<Vec<u8>, StrError> {
    let total = items
        .iter()
        .map(|x| x.as_ref().len())
        .chain(std::iter::once(
            sep.len().saturating_mul(items.len().saturating_sub(1)),
        ))
        .fold(0usize, usize::saturating_add);
    let mut out = Vec::new();
    try_reserve(&mut out, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(item.as_ref());
    }
    Ok(out)
}

/// `bytes.translate(table, delete)`: `table` (if given) must have 256 entries
/// (`ValueError: translation table must be 256 characters long`); bytes in
/// `delete` are dropped first.
pub fn translate(s: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Result<Vec<u8>, StrError> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(StrError::value(
            "translation table must be 256 characters long",
        ));
    }
    let mut del = [false; 256];
    for &d in delete {
        del[d as usize] = true;
    }
    Ok(s.iter()
        .filter(|&&b| !del[b as usize])
        .map(|&b| table.map_or(b, |t| t[b as usize]))
        .collect())
}

/// `bytes.maketrans(from, to)`: a 256-byte table; `ValueError: maketrans arguments
/// must have same length` otherwise.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<Vec<u8>, StrError> {
    if from.len() != to.len() {
        return Err(StrError::value("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (&f, &x) in from.iter().zip(to) {
        t[f as usize] = x;
    }
    Ok(t)
}

/// `bytes.hex(sep, bytes_per_sep)`: lowercase hex; with `sep`, a separator every
/// `|bytes_per_sep|` bytes counted from the right (positive) or left (negative).
/// `sep` is the one character the caller extracted from the `str`/`bytes` argument
/// (`ValueError: sep must be length 1.` is the caller's); non-ASCII gives
/// `ValueError: sep must be ASCII.`.
pub fn hex(b: &[u8], sep: Option<char>, bytes_per_sep: i64) -> Result<String, StrError> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        Some(c) if !c.is_ascii() => return Err(StrError::value("sep must be ASCII.")),
        Some(c) if bytes_per_sep != 0 => Some(c),
        _ => None,
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::new();
    super::try_reserve_str(&mut out, b.len().saturating_mul(3))?;
    for (i, &x) in b.iter().enumerate() {
        if let Some(c) = sep {
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(c);
            }
        }
        out.push(DIGITS[(x >> 4) as usize] as char);
        out.push(DIGITS[(x & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs;
/// `ValueError: non-hexadecimal number found in fromhex() arg at position N`
/// (`N` a code point index; a non-ASCII string reports its first non-ASCII char).
pub fn fromhex(s: &str) -> Result<Vec<u8>, StrError> {
    let err = |pos: usize| {
        StrError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(err(pos));
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16).ok_or_else(|| err(i))?;
        let lo = b
            .get(i + 1)
            .and_then(|&x| (x as char).to_digit(16))
            .ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}
