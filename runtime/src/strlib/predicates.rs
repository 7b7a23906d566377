//! The `str.is*()` predicates, as CPython 3.11 defines them on code points.

use super::unicode::{self, flags, ALPHA, DECIMAL, DIGIT, LOWER, NUMERIC, SPACE, TITLE, UPPER};

fn all_nonempty(s: &str, ascii: impl Fn(u8) -> bool, mask: u16) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.is_ascii() {
        return s.bytes().all(ascii);
    }
    s.chars().all(|c| flags(c) & mask != 0)
}

/// `str.isalpha()`: non-empty and every character is alphabetic (categories L*).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphabetic(), ALPHA)
}

/// `str.isalnum()`: non-empty and every character is alpha, decimal, digit or numeric.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(
        s,
        |b| b.is_ascii_alphanumeric(),
        ALPHA | DECIMAL | DIGIT | NUMERIC,
    )
}

/// `str.isdecimal()`: non-empty and every character is a decimal digit (Nd).
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), DECIMAL)
}

/// `str.isdigit()`: non-empty and every character has a digit value.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), DIGIT)
}

/// `str.isnumeric()`: non-empty and every character has a numeric value.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit(), NUMERIC)
}

/// `str.isspace()`: non-empty and every character is whitespace.
pub fn isspace(s: &str) -> bool {
    all_nonempty(
        s,
        |b| matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f),
        SPACE,
    )
}

/// `str.isprintable()`: every character is printable (true for `""`).
pub fn isprintable(s: &str) -> bool {
    if s.is_ascii() {
        return s.bytes().all(|b| (0x20..0x7f).contains(&b));
    }
    s.chars().all(unicode::is_printable)
}

/// `str.isascii()`: every character is below U+0080 (true for `""`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `str.isidentifier()`: a non-empty XID_Start-or-`_` character followed by
/// XID_Continue characters (no NFKC normalization, exactly as CPython's method;
/// the tokenizer's NFKC step is the lexer's business).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if unicode::has(c, unicode::XID_START) => {}
        _ => return false,
    }
    it.all(|c| unicode::has(c, unicode::XID_CONTINUE))
}

/// `str.islower()`: has a cased lowercase character and no uppercase/titlecase one.
pub fn islower(s: &str) -> bool {
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        return unicode::has(c, LOWER);
    }
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            return false;
        }
        if f & LOWER != 0 {
            cased = true;
        }
    }
    cased
}

/// `str.isupper()`: has an uppercase character and no lowercase/titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        return unicode::has(c, UPPER);
    }
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (LOWER | TITLE) != 0 {
            return false;
        }
        if f & UPPER != 0 {
            cased = true;
        }
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase characters only follow uncased ones and
/// lowercase ones only follow cased ones, with at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut it = s.chars();
    if let (Some(c), None) = (it.next(), it.next()) {
        return unicode::has(c, UPPER | TITLE);
    }
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}
