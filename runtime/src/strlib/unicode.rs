//! Character properties and full case mappings, looked up in the generated
//! [`unicode_tables`](super::unicode_tables) (CPython 3.11, Unicode 14.0.0).
//!
//! Property lookups binary-search `FLAG_RUNS`, except that ASCII goes through a
//! 128-entry table computed at compile time and the rest of the BMP through a
//! 64K-entry table expanded from the runs on first use. Case mappings are only
//! looked up for CASED characters (the generator asserts no other character has
//! one).

use super::unicode_tables as t;

pub use super::unicode_tables::{
    ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, LINEBREAK, LOWER, NUMERIC, PRINTABLE, SPACE,
    TITLE, UPPER, XID_CONTINUE, XID_START,
};

const fn lookup_flags(cp: u32) -> u16 {
    // Last run whose start is <= cp (the first run starts at 0).
    let runs = &t::FLAG_RUNS;
    let (mut lo, mut hi) = (0usize, runs.len());
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if runs[mid].0 <= cp {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    runs[lo].1
}

static ASCII_FLAGS: [u16; 128] = {
    let mut a = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        a[i] = lookup_flags(i as u32);
        i += 1;
    }
    a
};

/// Flags of every BMP code point, expanded from `FLAG_RUNS` on first use (128 KiB).
fn bmp_flags() -> &'static [u16] {
    static BMP: std::sync::OnceLock<Box<[u16]>> = std::sync::OnceLock::new();
    BMP.get_or_init(|| {
        let mut table = vec![0u16; 0x10000];
        for (i, &(start, f)) in t::FLAG_RUNS.iter().enumerate() {
            let end = t::FLAG_RUNS
                .get(i + 1)
                .map_or(0x10000, |r| r.0)
                .min(0x10000);
            if start >= 0x10000 {
                break;
            }
            table[start as usize..end as usize].fill(f);
        }
        table.into_boxed_slice()
    })
}

/// All property flags of `c` (bit set of the constants re-exported here).
#[inline]
pub fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        ASCII_FLAGS[cp as usize]
    } else if cp < 0x10000 {
        bmp_flags()[cp as usize]
    } else {
        lookup_flags(cp)
    }
}

/// Whether `c` has any of the property bits in `mask`.
#[inline]
pub fn has(c: char, mask: u16) -> bool {
    flags(c) & mask != 0
}

/// `str.isspace` for one character (also `split()`/`strip()` whitespace).
#[inline]
pub fn is_space(c: char) -> bool {
    has(c, SPACE)
}

/// Whether `c` ends a line for `str.splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    has(c, LINEBREAK)
}

/// `str.isprintable` for one character (used by `repr`).
#[inline]
pub fn is_printable(c: char) -> bool {
    has(c, PRINTABLE)
}

/// `str.isalnum` for one character: alpha, decimal, digit or numeric.
#[inline]
pub fn is_alnum(c: char) -> bool {
    has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// Numeric value of `c` (`unicodedata.numeric`), if it has one.
pub fn numeric_value(c: char) -> Option<f64> {
    let cp = c as u32;
    let i = t::NUMERIC_RUNS.partition_point(|r| r.0 <= cp);
    let &(lo, hi, first, inc) = t::NUMERIC_RUNS.get(i.checked_sub(1)?)?;
    if cp > hi {
        return None;
    }
    Some(first + inc * f64::from(cp - lo))
}

/// Decimal digit value of `c` (`unicodedata.decimal`; what `int()` accepts).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !has(c, DECIMAL) {
        return None;
    }
    numeric_value(c).map(|v| v as u32)
}

/// Digit value of `c` (`unicodedata.digit`: decimals plus e.g. superscripts).
pub fn digit_value(c: char) -> Option<u32> {
    if !has(c, DIGIT) {
        return None;
    }
    numeric_value(c).map(|v| v as u32)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of
/// `int()`/`float()`/`complex()` on a `str`: non-ASCII whitespace becomes `' '`,
/// non-ASCII decimal digits their ASCII digit, and any other non-ASCII character
/// `'?'` (so it fails to parse). ASCII input is returned unchanged.
pub fn transform_decimal_and_space_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let out = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if is_space(c) {
                ' '
            } else {
                decimal_value(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or('?')
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// Which full case mapping to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMap {
    /// `str.lower` (without the final-sigma context rule).
    Lower,
    /// `str.upper`
    Upper,
    /// Title case of one character (as `str.title` on a word start).
    Title,
    /// `str.casefold`
    Fold,
}

fn tables(
    map: CaseMap,
) -> (
    &'static [(u32, u32, i32, u8)],
    &'static [(u32, &'static str)],
) {
    match map {
        CaseMap::Lower => (&t::LOWER_DELTAS, &t::LOWER_SPECIAL),
        CaseMap::Upper => (&t::UPPER_DELTAS, &t::UPPER_SPECIAL),
        CaseMap::Title => (&t::TITLE_DELTAS, &t::TITLE_SPECIAL),
        CaseMap::Fold => (&t::FOLD_DELTAS, &t::FOLD_SPECIAL),
    }
}

/// One-character mapping of `c`, or `None` if it maps to itself or to several
/// characters.
fn simple_map(deltas: &[(u32, u32, i32, u8)], cp: u32) -> Option<char> {
    let i = deltas.partition_point(|r| r.0 <= cp);
    let &(lo, hi, delta, step) = deltas.get(i.checked_sub(1)?)?;
    if cp > hi || !(cp - lo).is_multiple_of(u32::from(step)) {
        return None;
    }
    char::from_u32(cp.wrapping_add_signed(delta))
}

/// Appends the full case mapping `map` of `c` to `out`.
pub fn push_case(map: CaseMap, c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(match map {
            CaseMap::Upper | CaseMap::Title => c.to_ascii_uppercase(),
            CaseMap::Lower | CaseMap::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    if !has(c, CASED) {
        out.push(c);
        return;
    }
    let (deltas, special) = tables(map);
    let cp = c as u32;
    if let Some(m) = simple_map(deltas, cp) {
        out.push(m);
    } else if let Ok(i) = special.binary_search_by_key(&cp, |e| e.0) {
        out.push_str(special[i].1);
    } else {
        out.push(c);
    }
}

/// The full case mapping `map` of `c` as a new string.
pub fn case_string(map: CaseMap, c: char) -> String {
    let mut s = String::new();
    push_case(map, c, &mut s);
    s
}
