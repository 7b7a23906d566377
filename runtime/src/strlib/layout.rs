//! Padding and layout: `center/ljust/rjust/zfill/expandtabs`, plus `translate`.
//! Widths count code points; results that would not fit in memory are
//! `MemoryError`s rather than aborts.

use super::index::char_len;
use super::{try_reserve_str, StrError};

/// Checks a `fillchar` argument: `TypeError: The fill character must be exactly
/// one character long` unless `fill` is a single code point.
pub fn fillchar(fill: &str) -> Result<char, StrError> {
    let mut it = fill.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, StrError> {
    let mut out = String::new();
    let fill_bytes = left.saturating_add(right).saturating_mul(fill.len_utf8());
    try_reserve_str(&mut out, s.len().saturating_add(fill_bytes))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Width of the padding needed to reach `width`, or `None` if `s` is already wide
/// enough (the result is then `s` itself).
fn margin(s: &str, width: i64) -> Option<usize> {
    let width = usize::try_from(width).ok()?;
    let n = if s.is_ascii() { s.len() } else { char_len(s) };
    width.checked_sub(n).filter(|&m| m > 0)
}

/// `str.center(width, fillchar)`: the odd pad character goes left when `width` is
/// odd, right otherwise (CPython's `left = marg / 2 + (marg & width & 1)`).
pub fn center(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    let Some(marg) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `str.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    match margin(s, width) {
        None => Ok(s.to_string()),
        Some(m) => pad(s, 0, m, fill),
    }
}

/// `str.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    match margin(s, width) {
        None => Ok(s.to_string()),
        Some(m) => pad(s, m, 0, fill),
    }
}

/// `str.zfill(width)`: pads with `'0'` on the left, after a leading `+`/`-`.
pub fn zfill(s: &str, width: i64) -> Result<String, StrError> {
    let Some(m) = margin(s, width) else {
        return Ok(s.to_string());
    };
    let mut out = pad(s, m, 0, '0')?;
    if let Some(sign @ (b'+' | b'-')) = s.as_bytes().first().copied() {
        // Move the sign in front of the zeros (all ASCII, so byte edits are safe).
        out.replace_range(m..m + 1, "0");
        out.replace_range(0..1, if sign == b'+' { "+" } else { "-" });
    }
    Ok(out)
}

/// `str.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of
/// `tabsize` columns (columns reset after `\n` and `\r`; `tabsize <= 0` deletes
/// tabs). `OverflowError: new string is too long` past `isize::MAX`.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, StrError> {
    if !s.contains('\t') {
        return Ok(s.to_string());
    }
    let mut out = String::new();
    try_reserve_str(&mut out, s.len())?;
    let mut col: i64 = 0;
    let mut total: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                total = total
                    .checked_add(incr)
                    .filter(|&t| t <= isize::MAX as i64)
                    .ok_or_else(|| StrError::overflow("new string is too long"))?;
                col += incr;
                try_reserve_str(&mut out, incr as usize)?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            total += 1;
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// What `str.translate` does with one character, as decided by the caller's table
/// lookup (`LookupError` means [`Keep`](TranslateAction::Keep), `None` means
/// [`Delete`](TranslateAction::Delete)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslateAction {
    /// Keep the character unchanged.
    Keep,
    /// Drop the character.
    Delete,
    /// Replace it with one character.
    Char(char),
    /// Replace it with a string.
    Str(String),
}

/// `str.translate(table)`: applies `f` to every character; `f`'s errors (bad table
/// values, exceptions from `__getitem__`) propagate unchanged.
pub fn str_translate<E>(
    s: &str,
    mut f: impl FnMut(char) -> Result<TranslateAction, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match f(c)? {
            TranslateAction::Keep => out.push(c),
            TranslateAction::Delete => {}
            TranslateAction::Char(m) => out.push(m),
            TranslateAction::Str(m) => out.push_str(&m),
        }
    }
    Ok(out)
}
