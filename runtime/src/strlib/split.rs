//! `split/rsplit/splitlines`, `strip/lstrip/rstrip` and `join` for `str`, following
//! CPython's algorithms (`maxsplit < 0` means no limit).

use super::unicode;
use super::StrError;

/// `str.split(sep, maxsplit)`. `sep == None` splits on runs of whitespace and
/// drops empty pieces; an explicit `""` is `ValueError: empty separator`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut rest = s;
        while max > 0 {
            rest = rest.trim_start_matches(unicode::is_space);
            if rest.is_empty() {
                return Ok(out);
            }
            let end = rest.find(unicode::is_space).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
            max -= 1;
        }
        let rest = rest.trim_start_matches(unicode::is_space);
        if !rest.is_empty() {
            out.push(rest);
        }
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    let mut rest = s;
    while max > 0 {
        let Some(p) = memchr::memmem::find(rest.as_bytes(), sep.as_bytes()) else {
            break;
        };
        out.push(&rest[..p]);
        rest = &rest[p + sep.len()..];
        max -= 1;
    }
    out.push(rest);
    Ok(out)
}

/// `str.rsplit(sep, maxsplit)`: like [`split`] but splitting from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let mut max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    let Some(sep) = sep else {
        let mut rest = s;
        while max > 0 {
            rest = rest.trim_end_matches(unicode::is_space);
            if rest.is_empty() {
                out.reverse();
                return Ok(out);
            }
            let start = rest
                .rfind(unicode::is_space)
                .map_or(0, |p| p + char_width(rest, p));
            out.push(&rest[start..]);
            rest = &rest[..start];
            max -= 1;
        }
        let rest = rest.trim_end_matches(unicode::is_space);
        if !rest.is_empty() {
            out.push(rest);
        }
        out.reverse();
        return Ok(out);
    };
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    let mut rest = s;
    while max > 0 {
        let Some(p) = memchr::memmem::rfind(rest.as_bytes(), sep.as_bytes()) else {
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

/// Byte width of the character starting at byte `p` of `s`.
fn char_width(s: &str, p: usize) -> usize {
    s[p..].chars().next().map_or(1, char::len_utf8)
}

/// `str.splitlines(keepends)`: splits at `\n \r \r\n \v \f \x1c \x1d \x1e \x85
/// \u2028 \u2029`; a trailing line break does not start an empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        let j = i;
        let brk = s[i..].find(unicode::is_linebreak);
        let Some(p) = brk else {
            out.push(&s[j..]);
            break;
        };
        i += p;
        let mut eol = i;
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            i += 2;
        } else {
            i += char_width(s, i);
        }
        if keepends {
            eol = i;
        }
        out.push(&s[j..eol]);
    }
    out
}

/// `str.strip(chars)`: `None` strips whitespace, otherwise any character in `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(unicode::is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(unicode::is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(unicode::is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `sep.join(items)` once the caller has checked every item is a `str`
/// (`TypeError: sequence item N: expected str instance, X found` is the caller's).
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> Result<String, StrError> {
    let total = items
        .iter()
        .map(|x| x.as_ref().len())
        .chain(std::iter::once(
            sep.len().saturating_mul(items.len().saturating_sub(1)),
        ))
        .fold(0usize, usize::saturating_add);
    let mut out = String::new();
    super::try_reserve_str(&mut out, total)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    Ok(out)
}
