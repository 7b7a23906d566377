//! Code point indexing of UTF-8 text: lengths, index conversion, `s[i]`, `s[a:b:c]`.

use super::PyStr;

/// Number of code points in `s` (`len(s)`).
pub fn char_len(s: &str) -> usize {
    // Count the bytes that start a character (not 0b10xx_xxxx).
    char_len_bytes(s.as_bytes())
}

/// Whether `b` starts a UTF-8 sequence (is not `0b10xx_xxxx`).
#[inline]
fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// Byte offset of code point `idx` in `b`, or `Err(idx - char count)` if `idx`
/// is at or past the end.
fn seek(b: &[u8], idx: usize) -> Result<usize, usize> {
    // Skip whole chunks holding at most `remaining` character starts (this loop
    // vectorizes), then walk the last chunk byte by byte.
    const CHUNK: usize = 64;
    let mut remaining = idx;
    let mut pos = 0;
    while pos + CHUNK <= b.len() {
        let starts = char_len_bytes(&b[pos..pos + CHUNK]);
        if starts > remaining {
            break;
        }
        remaining -= starts;
        pos += CHUNK;
    }
    for (i, &x) in b[pos..].iter().enumerate() {
        if is_char_start(x) {
            if remaining == 0 {
                return Ok(pos + i);
            }
            remaining -= 1;
        }
    }
    Err(remaining)
}

/// Byte offset of code point `idx` in `s`; `s.len()` if `idx >= char_len(s)`.
pub fn char_to_byte(s: &str, idx: usize) -> usize {
    if idx >= s.len() {
        return s.len();
    }
    seek(s.as_bytes(), idx).unwrap_or(s.len())
}

/// Byte offset of code point `idx` in `s` if `idx <= char_len(s)` (`idx == len`
/// gives `s.len()`), else `None`.
pub fn char_to_byte_checked(s: &str, idx: usize) -> Option<usize> {
    if idx > s.len() {
        return None;
    }
    match seek(s.as_bytes(), idx) {
        Ok(off) => Some(off),
        Err(0) => Some(s.len()),
        Err(_) => None,
    }
}

/// Code point index of byte offset `off` in `s` (the number of characters that
/// start before `off`); `off` past the end counts the whole string.
pub fn byte_to_char(s: &str, off: usize) -> usize {
    let b = s.as_bytes();
    char_len_bytes(&b[..off.min(b.len())])
}

fn char_len_bytes(b: &[u8]) -> usize {
    b.iter().filter(|&&x| is_char_start(x)).count()
}

/// `s[i]` for an already-normalized index `0 <= i < len(s)`; `None` if out of range.
pub fn char_at(s: PyStr<'_>, i: usize) -> Option<char> {
    if s.ascii {
        s.text.as_bytes().get(i).map(|&b| b as char)
    } else {
        s.text.chars().nth(i)
    }
}

/// Adjusts Python `start`/`end` arguments against `len` exactly like CPython's
/// `ADJUST_INDICES`: `None` means `0` / `len`; negatives add `len` and clamp at 0;
/// `end` clamps at `len` but `start` may stay past it (callers check `end - start`).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Number of items in the slice `start:stop:step` with indices already adjusted by
/// `PySlice_AdjustIndices` (`step != 0`).
pub fn slice_len(start: isize, stop: isize, step: isize) -> usize {
    if step > 0 {
        if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else {
        0
    }
}

/// `s[start:stop:step]` with indices already normalized by `slice.indices(len(s))`
/// (for `step < 0`, `stop` may be `-1`). `step == 0` yields `""` (the caller raises).
pub fn slice_chars(s: PyStr<'_>, start: isize, stop: isize, step: isize) -> String {
    let n = slice_len(start, stop, step);
    if n == 0 {
        return String::new();
    }
    if step == 1 {
        let a = s.byte_offset(start.max(0) as usize);
        let b = s.byte_offset(stop.max(0) as usize);
        return s.text.get(a..b).unwrap_or("").to_string();
    }
    if s.ascii {
        let bytes = s.text.as_bytes();
        let mut out = String::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            if let Some(&b) = bytes.get(i as usize) {
                out.push(b as char);
            }
            i += step;
        }
        return out;
    }
    let chars: Vec<char> = s.text.chars().collect();
    let mut out = String::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(&c) = chars.get(i as usize) {
            out.push(c);
        }
        i += step;
    }
    out
}
