//! Case conversion with full (possibly multi-character) mappings and the
//! final-sigma rule, as CPython 3.11's `lower/upper/casefold/title/capitalize/
//! swapcase`.

use super::unicode::{self, flags, push_case, CaseMap, CASED, CASE_IGNORABLE, LOWER, UPPER};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at byte offset `at` of `s` is in the Final_Sigma
/// context: `\p{cased} \p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`.
fn is_final_sigma(s: &str, at: usize) -> bool {
    let before = s[..at]
        .chars()
        .rev()
        .find(|&c| !unicode::has(c, CASE_IGNORABLE));
    if !before.is_some_and(|c| unicode::has(c, CASED)) {
        return false;
    }
    let after = s[at + CAPITAL_SIGMA.len_utf8()..]
        .chars()
        .find(|&c| !unicode::has(c, CASE_IGNORABLE));
    !after.is_some_and(|c| unicode::has(c, CASED))
}

/// Lowercases the character `c` found at byte offset `at` of `s` (CPython's
/// `lower_ucs4`: the full mapping plus the final-sigma rule).
fn push_lower_at(s: &str, at: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, at) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_case(CaseMap::Lower, c, out);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower_at(s, at, c, &mut out);
    }
    out
}

/// `str.upper()` (e.g. `'ß'` becomes `'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case(CaseMap::Upper, c, &mut out);
    }
    out
}

/// `str.casefold()` (full case folding, e.g. `'ß'` becomes `'ss'`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case(CaseMap::Fold, c, &mut out);
    }
    out
}

/// `str.title()`: characters following a cased character are lowercased, others
/// title-cased.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        let mut prev_cased = false;
        for b in s.bytes() {
            out.push(if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            } as char);
            prev_cased = b.is_ascii_alphabetic();
        }
        return out;
    }
    let mut prev_cased = false;
    for (at, c) in s.char_indices() {
        if prev_cased {
            push_lower_at(s, at, c, &mut out);
        } else {
            push_case(CaseMap::Title, c, &mut out);
        }
        prev_cased = unicode::has(c, CASED);
    }
    out
}

/// `str.capitalize()` (3.8+): the first character title-cased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        push_case(CaseMap::Title, c, &mut out);
    }
    for (at, c) in it {
        push_lower_at(s, at, c, &mut out);
    }
    out
}

/// `str.swapcase()`: uppercase characters lowercased (with final sigma),
/// lowercase ones uppercased.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        for b in s.bytes() {
            out.push(if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            } as char);
        }
        return out;
    }
    for (at, c) in s.char_indices() {
        let f = flags(c);
        if f & UPPER != 0 {
            push_lower_at(s, at, c, &mut out);
        } else if f & LOWER != 0 {
            push_case(CaseMap::Upper, c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}
