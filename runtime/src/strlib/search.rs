//! Substring search family: `find/rfind/index/rindex/count/startswith/endswith`,
//! `replace`, `partition/rpartition`, `removeprefix/removesuffix`.
//!
//! The cores work on bytes (`bytes_*`), with `start`/`end` adjusted like CPython's
//! `ADJUST_INDICES`. The `str` versions convert code point indices to byte offsets
//! and back; a UTF-8 needle can only match a UTF-8 haystack at character
//! boundaries, so byte search is exact for `str` too.

use super::index::{adjust_indices, byte_to_char, char_len, char_to_byte, char_to_byte_checked};
use super::{try_reserve, try_reserve_str, PyStr, StrError};
use memchr::memmem;

/// `bytes.find(sub, start, end)` on byte offsets; `None` for -1.
pub fn bytes_find(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    if sub.is_empty() {
        return Some(start);
    }
    memmem::find(&hay[start..end], sub).map(|p| p + start)
}

/// `bytes.rfind(sub, start, end)`; `None` for -1.
pub fn bytes_rfind(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> Option<usize> {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    if sub.is_empty() {
        return Some(end);
    }
    memmem::rfind(&hay[start..end], sub).map(|p| p + start)
}

/// `bytes.count(sub, start, end)`: non-overlapping occurrences (`len + 1` for `b''`).
pub fn bytes_count(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (start, end) = adjust_indices(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return 0;
    }
    if sub.is_empty() {
        return (end - start + 1) as usize;
    }
    memmem::find_iter(&hay[start as usize..end as usize], sub).count()
}

/// Where a prefix/suffix test must compare, per CPython's `tailmatch`.
enum Tail {
    /// The window is too short: false.
    Never,
    /// Empty affix fitting in the window: true.
    Always,
    /// Compare the affix at this index (in the caller's units).
    At(usize),
}

fn tailmatch(
    len: usize,
    sub_len: usize,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> Tail {
    let (start, end) = adjust_indices(start, end, len);
    let end = end - sub_len as i64;
    if end < start {
        Tail::Never
    } else if sub_len == 0 {
        Tail::Always
    } else {
        Tail::At(if at_end { end as usize } else { start as usize })
    }
}

/// `bytes.startswith(prefix, start, end)` for one prefix (tuples are the caller's loop).
pub fn bytes_startswith(hay: &[u8], prefix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    match tailmatch(hay.len(), prefix.len(), start, end, false) {
        Tail::Never => false,
        Tail::Always => true,
        Tail::At(at) => hay[at..].starts_with(prefix),
    }
}

/// `bytes.endswith(suffix, start, end)` for one suffix.
pub fn bytes_endswith(hay: &[u8], suffix: &[u8], start: Option<i64>, end: Option<i64>) -> bool {
    match tailmatch(hay.len(), suffix.len(), start, end, true) {
        Tail::Never => false,
        Tail::Always => true,
        Tail::At(at) => hay[at..].starts_with(suffix),
    }
}

/// A `start`/`end` window of non-ASCII text: its first code point index and
/// its byte range.
struct Window {
    start: usize,
    a: usize,
    b: usize,
}

/// Resolves `start`/`end` over non-ASCII `s` as CPython's `ADJUST_INDICES`;
/// `None` when `end - start < sub_len` (CPython's early exit). With `end` omitted
/// and `start` non-negative the length of `s` is never computed: a window too
/// short for a non-empty `sub` simply fails to match.
fn resolve(s: &str, start: Option<i64>, end: Option<i64>, sub_len: usize) -> Option<Window> {
    if end.is_none() && start.is_none_or(|x| x >= 0) {
        let first = usize::try_from(start.unwrap_or(0)).ok()?;
        let a = char_to_byte_checked(s, first)?;
        return Some(Window {
            start: first,
            a,
            b: s.len(),
        });
    }
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < sub_len as i64 {
        return None;
    }
    let a = char_to_byte(s, start as usize);
    let b = a + char_to_byte(&s[a..], (end - start) as usize);
    Some(Window {
        start: start as usize,
        a,
        b,
    })
}

/// `str.find(sub, start, end)` with code point indices; `None` for -1.
pub fn find(s: PyStr<'_>, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    if s.ascii {
        return bytes_find(s.text.as_bytes(), sub.as_bytes(), start, end);
    }
    let w = resolve(s.text, start, end, char_len(sub))?;
    if sub.is_empty() {
        return Some(w.start);
    }
    let hay = &s.text[w.a..w.b];
    memmem::find(hay.as_bytes(), sub.as_bytes()).map(|p| w.start + byte_to_char(hay, p))
}

/// `str.rfind(sub, start, end)` with code point indices; `None` for -1.
pub fn rfind(s: PyStr<'_>, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    if s.ascii {
        return bytes_rfind(s.text.as_bytes(), sub.as_bytes(), start, end);
    }
    let w = resolve(s.text, start, end, char_len(sub))?;
    let hay = &s.text[w.a..w.b];
    if sub.is_empty() {
        return Some(w.start + char_len(hay));
    }
    memmem::rfind(hay.as_bytes(), sub.as_bytes()).map(|p| w.start + byte_to_char(hay, p))
}

/// `str.index(sub, start, end)`: like [`find`] but `ValueError: substring not found`.
pub fn index(
    s: PyStr<'_>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    find(s, sub, start, end).ok_or_else(|| StrError::value("substring not found"))
}

/// `str.rindex(sub, start, end)`: like [`rfind`] but `ValueError: substring not found`.
pub fn rindex(
    s: PyStr<'_>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, StrError> {
    rfind(s, sub, start, end).ok_or_else(|| StrError::value("substring not found"))
}

/// `bytes.index` / `bytes.rindex` error: `ValueError: subsection not found`.
pub fn bytes_not_found() -> StrError {
    StrError::value("subsection not found")
}

/// `str.count(sub, start, end)`: non-overlapping occurrences in the code point
/// window (`len + 1` for `''`).
pub fn count(s: PyStr<'_>, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    if s.ascii {
        return bytes_count(s.text.as_bytes(), sub.as_bytes(), start, end);
    }
    let Some(w) = resolve(s.text, start, end, char_len(sub)) else {
        return 0;
    };
    let hay = &s.text[w.a..w.b];
    if sub.is_empty() {
        return char_len(hay) + 1;
    }
    memmem::find_iter(hay.as_bytes(), sub.as_bytes()).count()
}

fn str_tailmatch(
    s: PyStr<'_>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    if s.ascii {
        return if at_end {
            bytes_endswith(s.text.as_bytes(), sub.as_bytes(), start, end)
        } else {
            bytes_startswith(s.text.as_bytes(), sub.as_bytes(), start, end)
        };
    }
    let Some(w) = resolve(s.text, start, end, char_len(sub)) else {
        return false;
    };
    let hay = &s.text[w.a..w.b];
    if at_end {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}

/// `str.startswith(prefix, start, end)` for one prefix (tuples are the caller's loop).
pub fn startswith(s: PyStr<'_>, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    str_tailmatch(s, prefix, start, end, false)
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: PyStr<'_>, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    str_tailmatch(s, suffix, start, end, true)
}

/// `bytes.replace(old, new, count)`; `count < 0` replaces all. An empty `old`
/// inserts `new` before every byte and at the end (at most `count` times).
pub fn bytes_replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Result<Vec<u8>, StrError> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::new();
    if max == 0 {
        try_reserve(&mut out, s.len())?;
        out.extend_from_slice(s);
        return Ok(out);
    }
    if old.is_empty() {
        let n = max.min(s.len() + 1);
        try_reserve(
            &mut out,
            s.len().saturating_add(new.len().saturating_mul(n)),
        )?;
        for (i, &b) in s.iter().enumerate() {
            if i < n {
                out.extend_from_slice(new);
            }
            out.push(b);
        }
        if n > s.len() {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let mut last = 0;
    for (done, p) in memmem::find_iter(s, old).enumerate() {
        if done == max {
            break;
        }
        try_reserve(&mut out, p - last + new.len())?;
        out.extend_from_slice(&s[last..p]);
        out.extend_from_slice(new);
        last = p + old.len();
    }
    try_reserve(&mut out, s.len() - last)?;
    out.extend_from_slice(&s[last..]);
    Ok(out)
}

/// `str.replace(old, new, count)`; `count < 0` replaces all. An empty `old`
/// inserts `new` before every character and at the end (at most `count` times).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, StrError> {
    if !old.is_empty() || s.is_ascii() {
        let v = bytes_replace(s.as_bytes(), old.as_bytes(), new.as_bytes(), count)?;
        // Replacing whole UTF-8 sequences by UTF-8 keeps the text valid.
        return String::from_utf8(v).map_err(|_| StrError::value("invalid UTF-8 in replace"));
    }
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = String::new();
    try_reserve_str(&mut out, s.len())?;
    let mut done = 0;
    for c in s.chars() {
        if done < max {
            try_reserve_str(&mut out, new.len() + 4)?;
            out.push_str(new);
            done += 1;
        }
        out.push(c);
    }
    if done < max {
        out.push_str(new);
    }
    Ok(out)
}

fn empty_separator() -> StrError {
    StrError::value("empty separator")
}

/// `bytes.partition(sep)`: `(head, sep, tail)`, or `(s, b"", b"")` if absent.
pub fn bytes_partition<'a>(
    s: &'a [u8],
    sep: &[u8],
) -> Result<(&'a [u8], &'a [u8], &'a [u8]), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::find(s, sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, &s[s.len()..], &s[s.len()..]),
    })
}

/// `bytes.rpartition(sep)`: `(head, sep, tail)`, or `(b"", b"", s)` if absent.
pub fn bytes_rpartition<'a>(
    s: &'a [u8],
    sep: &[u8],
) -> Result<(&'a [u8], &'a [u8], &'a [u8]), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match memmem::rfind(s, sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (&s[..0], &s[..0], s),
    })
}

/// `str.partition(sep)`: `(head, sep, tail)`, or `(s, "", "")` if absent;
/// `ValueError: empty separator` for `''`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: `(head, sep, tail)`, or `("", "", s)` if absent.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(p) => (&s[..p], &s[p..p + sep.len()], &s[p + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `bytes.removeprefix(prefix)`.
pub fn bytes_removeprefix<'a>(s: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `bytes.removesuffix(suffix)`.
pub fn bytes_removesuffix<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    s.strip_suffix(suffix).unwrap_or(s)
}
