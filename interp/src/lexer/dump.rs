//! `krait tokens FILE`: the token listing `python3 -m tokenize FILE` prints.
//!
//! Uses the tokenizer in trivia mode (COMMENT and NL tokens kept) and
//! prints each token as tokenize.py does: `row,col-row,col:` padded to 20,
//! the token type name padded to 15 (all operators are `OP`), then the
//! repr of the token text padded to 15. Columns count characters.

use super::{Tok, Token};
use crate::ast_dump::repr_str;
use crate::error::CompileError;

/// Returns the text `python3 -m tokenize` prints for `source` (already
/// decoded text of the file).
pub fn dump_tokens(source: &str, filename: &str) -> Result<String, CompileError> {
    let toks = super::tokenize_inner(source, filename, true);
    if let Some(e) = toks.error {
        return Err(e);
    }
    let line_starts = super::line_starts(source);
    let char_col = |line: u32, byte_col: u32| -> usize {
        let start = line_starts
            .get(line as usize - 1)
            .copied()
            .unwrap_or(source.len());
        let end = (start + byte_col as usize).min(source.len());
        match source.get(start..end) {
            Some(s) if s.is_ascii() => s.len(),
            Some(s) => s.chars().count(),
            None => byte_col as usize,
        }
    };
    // tokenize.py puts the end-of-input tokens on the line after the last.
    let nlines =
        source.matches('\n').count() + usize::from(!source.is_empty() && !source.ends_with('\n'));
    let eof_row = nlines + 1;
    let mut out = String::with_capacity(source.len() * 4);
    push_line(
        &mut out,
        (0, 0, 0, 0),
        "ENCODING",
        &repr_str(&cookie_encoding(source)),
    );
    let mut at_eof = false;
    for (i, t) in toks.toks.iter().enumerate() {
        let Token {
            kind,
            start,
            end,
            lineno,
            col,
            end_lineno,
            end_col,
        } = *t;
        let name = match kind {
            Tok::Name => "NAME",
            Tok::Number => "NUMBER",
            Tok::String => "STRING",
            Tok::Newline => "NEWLINE",
            Tok::Nl => "NL",
            Tok::Comment => "COMMENT",
            Tok::Indent => "INDENT",
            Tok::Dedent => "DEDENT",
            Tok::EndMarker => "ENDMARKER",
            Tok::ErrorToken | Tok::Error => "ERRORTOKEN",
            k if k.is_keyword() => "NAME",
            _ => "OP",
        };
        if kind == Tok::Dedent
            && toks.toks[i..]
                .iter()
                .all(|x| matches!(x.kind, Tok::Dedent | Tok::EndMarker))
        {
            at_eof = true;
        }
        let text = &source[start as usize..end as usize];
        let pos = if at_eof || kind == Tok::EndMarker {
            (eof_row, 0, eof_row, 0)
        } else {
            (
                lineno as usize,
                char_col(lineno, col),
                end_lineno as usize,
                char_col(end_lineno, end_col),
            )
        };
        let pos = if kind == Tok::Newline && start == end {
            // The implicit NEWLINE at the end of a last line without one.
            (pos.0, pos.1, pos.0, pos.1 + 1)
        } else {
            pos
        };
        let text = if matches!(kind, Tok::Dedent | Tok::EndMarker) {
            ""
        } else {
            text
        };
        push_line(&mut out, pos, name, &repr_str(text));
    }
    Ok(out)
}

fn push_line(out: &mut String, pos: (usize, usize, usize, usize), name: &str, repr: &str) {
    let range = format!("{},{}-{},{}:", pos.0, pos.1, pos.2, pos.3);
    out.push_str(&format!("{:<20}{:<15}{:<15}\n", range, name, repr));
}

/// The encoding tokenize.py reports: a coding cookie's normalized name on
/// line 1 or 2, else utf-8.
fn cookie_encoding(source: &str) -> String {
    for (k, line) in source.split('\n').take(2).enumerate() {
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            if k == 0 && !trimmed.trim().is_empty() {
                break;
            }
            continue;
        }
        if let Some(at) = trimmed.find("coding") {
            let rest = &trimmed[at + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    let n = name.to_ascii_lowercase().replace('_', "-");
                    let starts = |p: &str| n == p || n.starts_with(&format!("{}-", p));
                    if starts("utf-8") {
                        return "utf-8".into();
                    }
                    if starts("latin-1") || starts("iso-8859-1") || starts("iso-latin-1") {
                        return "iso-8859-1".into();
                    }
                    return name;
                }
            }
        }
    }
    "utf-8".into()
}
