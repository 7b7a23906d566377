//! Literals: numbers, string and bytes literals (escapes, `\N{...}`), and
//! f-strings with CPython 3.11's rules: an f-string is one STRING token whose
//! replacement fields are found by scanning (fstring_find_expr) and parsed
//! by a sub-parser over the same source text; adjacent literals are joined
//! as CPython's FstringParser joins them.

use super::{PResult, Parser};
use crate::ast::*;
use crate::error::CompileError;
use crate::lexer::{self, Tok, Token};
use num_bigint::BigInt;
use num_traits::Num;

/// CPython's default limit on decimal digits in an int literal.
const MAX_INT_DIGITS: usize = 4300;

/// Prefix flags of a string token and the byte range of its body.
struct StrTok {
    raw: bool,
    bytes: bool,
    fstr: bool,
    unicode: bool,
    body: (usize, usize),
}

fn split_string(text: &str, base: usize) -> StrTok {
    let b = text.as_bytes();
    let mut i = 0;
    let (mut raw, mut bytes, mut fstr, mut unicode) = (false, false, false, false);
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        match b[i] {
            b'r' | b'R' => raw = true,
            b'b' | b'B' => bytes = true,
            b'f' | b'F' => fstr = true,
            _ => unicode = true,
        }
        i += 1;
    }
    let q = b.get(i).copied().unwrap_or(b'\'');
    let triple = b.len() >= i + 6 && b[i + 1] == q && b[i + 2] == q;
    let ql = if triple { 3 } else { 1 };
    let start = (i + ql).min(b.len());
    let end = b.len().saturating_sub(ql).max(start);
    StrTok {
        raw,
        bytes,
        fstr,
        unicode,
        body: (base + start, base + end),
    }
}

/// Accumulates the parts of a (possibly implicitly concatenated) string.
struct Builder {
    last: String,
    values: Vec<Expr>,
    kind: Option<String>,
    loc: Loc,
}

impl Builder {
    fn flush(&mut self) {
        if !self.last.is_empty() {
            let s = std::mem::take(&mut self.last);
            self.values.push(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(s),
                    kind: self.kind.clone(),
                },
                loc: self.loc,
            });
        }
    }
}

/// CPython reads source with universal newlines: `\r\n` and a lone `\r`
/// inside string literals become `\n`.
fn normalize_newlines(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\r') {
        std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Looks up a Unicode character name (`\N{...}`), case-insensitively.
pub fn lookup_char_name(name: &str) -> Option<char> {
    let up = name.to_ascii_uppercase();
    if let Some(hex) = up.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if (4..=5).contains(&hex.len()) && hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            let cp = u32::from_str_radix(hex, 16).ok()?;
            if lexer::unicode_tables::CJK_RANGES
                .iter()
                .any(|&(a, b)| a <= cp && cp <= b)
            {
                return char::from_u32(cp);
            }
        }
        return None;
    }
    let names = lexer::unicode_tables::NAMES;
    names
        .binary_search_by(|(n, _)| (*n).cmp(up.as_str()))
        .ok()
        .and_then(|i| char::from_u32(names[i].1))
}

/// Errors from decoding escapes: (message, position of the problem).
type EscErr = String;

fn unicode_err(start: usize, end: usize, reason: &str) -> EscErr {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start, end, reason
    )
}

/// Decodes the escapes of a (non-raw) str literal body.
fn decode_str_escapes(s: &str) -> Result<String, EscErr> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[lit_start..i]);
        let esc = i;
        i += 1;
        if i >= b.len() {
            return Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position ".to_string()
                    + &format!("{}-{}: \\ at end of string", esc, esc),
            );
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for k in 0..n {
                    match b.get(i + k).and_then(|d| (*d as char).to_digit(16)) {
                        Some(d) => v = v * 16 + d,
                        None => return Err(unicode_err(esc, esc + 1 + k, what)),
                    }
                }
                i += n;
                if v > 0x10ffff {
                    return Err(unicode_err(esc, i - 1, "illegal Unicode character"));
                }
                // Lone surrogates cannot be held in a Rust string.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_err(esc, esc + 1, "malformed \\N character escape"));
                }
                let close = match s[i..].find('}') {
                    Some(k) => i + k,
                    None => {
                        return Err(unicode_err(
                            esc,
                            b.len() - 1,
                            "malformed \\N character escape",
                        ))
                    }
                };
                let name = &s[i + 1..close];
                match lookup_char_name(name) {
                    Some(ch) if !name.is_empty() => out.push(ch),
                    _ => return Err(unicode_err(esc, close, "unknown Unicode character name")),
                }
                i = close + 1;
            }
            _ => {
                // Unknown escape: kept as is (CPython warns).
                out.push('\\');
                i -= 1;
            }
        }
        lit_start = i;
    }
    out.push_str(&s[lit_start..]);
    Ok(out)
}

/// Decodes the escapes of a (non-raw) bytes literal body.
fn decode_bytes_escapes(s: &[u8]) -> Result<Vec<u8>, EscErr> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let esc = i - 1;
        if i >= s.len() {
            return Err("(value error) Trailing \\ in string".into());
        }
        let c = s[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if s.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < s.len() && (b'0'..=b'7').contains(&s[i]) {
                    v = v * 8 + (s[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = s.get(i).and_then(|d| (*d as char).to_digit(16));
                let l = s.get(i + 1).and_then(|d| (*d as char).to_digit(16));
                match (h, l) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            esc
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

impl<'a> Parser<'a> {
    /// A NUMBER token's value.
    pub(super) fn number(&self, t: Token) -> PResult<Constant> {
        let text = self.text(t);
        let clean: String = text.chars().filter(|&c| c != '_').collect();
        let bad = || self.error_loc(self.loc_tok(t), "invalid number literal");
        if let Some(imag) = clean.strip_suffix(['j', 'J']) {
            let v: f64 = imag.parse().map_err(|_| bad())?;
            return Ok(Constant::Complex { real: 0.0, imag: v });
        }
        let lower = clean.to_ascii_lowercase();
        let radix = if lower.starts_with("0x") {
            16
        } else if lower.starts_with("0o") {
            8
        } else if lower.starts_with("0b") {
            2
        } else {
            10
        };
        if radix != 10 {
            let v = BigInt::from_str_radix(&clean[2..], radix).map_err(|_| bad())?;
            return Ok(Constant::Int(v));
        }
        if lower.contains(['.', 'e']) {
            let v: f64 = clean.parse().map_err(|_| bad())?;
            return Ok(Constant::Float(v));
        }
        if clean.len() > MAX_INT_DIGITS {
            let mut e = self.error_loc(self.loc_tok(t), format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                MAX_INT_DIGITS,
                clean.len()
            ));
            e.offset = 0;
            return Err(e);
        }
        let v = BigInt::from_str_radix(&clean, 10).map_err(|_| bad())?;
        Ok(Constant::Int(v))
    }

    /// One or more adjacent STRING tokens.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut toks = Vec::new();
        while self.peek() == Tok::String {
            toks.push(self.bump());
        }
        let loc = self.loc_from(start);
        let parts: Vec<(Token, StrTok)> = toks
            .iter()
            .map(|&t| (t, split_string(self.text(t), t.start as usize)))
            .collect();
        let bytes = parts[0].1.bytes;
        if parts.iter().any(|(_, p)| p.bytes != bytes) {
            return Err(self.error_at_tok(self.pos, "cannot mix bytes and nonbytes literals"));
        }
        if bytes {
            let mut out = Vec::new();
            for (t, p) in &parts {
                let body = &*normalize_newlines(&self.src[p.body.0..p.body.1]);
                if !body.is_ascii() {
                    return Err(self.error_loc(
                        self.loc_tok(*t),
                        "bytes can only contain ASCII literal characters",
                    ));
                }
                if p.raw || !body.contains('\\') {
                    out.extend_from_slice(body.as_bytes());
                } else {
                    let v = decode_bytes_escapes(body.as_bytes())
                        .map_err(|m| self.fstring_error(*t, m))?;
                    out.extend_from_slice(&v);
                }
            }
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(out),
                    kind: None,
                },
                loc,
            });
        }
        let kind = if parts[0].1.unicode {
            Some("u".to_string())
        } else {
            None
        };
        let mut b = Builder {
            last: String::new(),
            values: Vec::new(),
            kind,
            loc,
        };
        let mut fmode = false;
        for (t, p) in &parts {
            if p.fstr {
                fmode = true;
                let end = self.fstring_parts(p.body.0, p.body.1, p.raw, 0, &mut b, *t)?;
                let _ = end;
            } else {
                let body = &*normalize_newlines(&self.src[p.body.0..p.body.1]);
                if p.raw || !body.contains('\\') {
                    b.last.push_str(body);
                } else {
                    let s = decode_str_escapes(body).map_err(|m| self.fstring_error(*t, m))?;
                    b.last.push_str(&s);
                }
            }
        }
        if !fmode {
            let s = std::mem::take(&mut b.last);
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(s),
                    kind: b.kind,
                },
                loc,
            });
        }
        b.flush();
        Ok(Expr {
            kind: ExprKind::JoinedStr { values: b.values },
            loc,
        })
    }

    /// Errors found while decoding string literals are reported, as
    /// CPython does, at the token after the last string.
    fn fstring_error(&self, t: Token, msg: impl Into<String>) -> CompileError {
        let _ = t;
        self.error_at_tok(self.pos, msg)
    }

    /// Parses f-string text `src[i..end]` into `b`. At `lvl` 0 it runs to
    /// `end`; inside a format spec (`lvl` > 0) it stops at the closing `}`,
    /// whose index it returns.
    fn fstring_parts(
        &mut self,
        mut i: usize,
        end: usize,
        raw: bool,
        lvl: u32,
        b: &mut Builder,
        t: Token,
    ) -> PResult<usize> {
        let src = self.src;
        let s = src.as_bytes();
        loop {
            // Literal text up to a brace.
            let lit_start = i;
            let lit_end;
            let mut doubled = false;
            loop {
                if i >= end {
                    lit_end = i;
                    break;
                }
                let mut ch = s[i];
                i += 1;
                if !raw && ch == b'\\' && i < end {
                    ch = s[i];
                    i += 1;
                    if ch == b'N' {
                        if i < end && s[i] == b'{' {
                            i += 1;
                            while i < end {
                                i += 1;
                                if s[i - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                }
                if ch == b'{' || ch == b'}' {
                    if lvl == 0 {
                        if i < end && s[i] == ch {
                            lit_end = i;
                            i += 1;
                            doubled = true;
                            break;
                        }
                        if ch == b'}' {
                            return Err(
                                self.fstring_error(t, "f-string: single '}' is not allowed")
                            );
                        }
                    }
                    i -= 1;
                    lit_end = i;
                    break;
                }
            }
            if lit_end > lit_start {
                let text = &*normalize_newlines(&src[lit_start..lit_end]);
                if raw || !text.contains('\\') {
                    b.last.push_str(text);
                } else {
                    let d = decode_str_escapes(text).map_err(|m| self.fstring_error(t, m))?;
                    b.last.push_str(&d);
                }
            }
            if doubled {
                continue;
            }
            if i >= end || s[i] == b'}' {
                if lvl == 0 && i < end {
                    return Err(self.fstring_error(t, "f-string: single '}' is not allowed"));
                }
                if lvl > 0 && i >= end {
                    return Err(self.fstring_error(t, "f-string: expecting '}'"));
                }
                return Ok(i);
            }
            // s[i] == '{': a replacement field.
            i = self.fstring_field(i, end, raw, lvl, b, t)?;
        }
    }

    /// One `{expr[=][!c][:spec]}` starting at `src[i] == '{'`; returns the
    /// index after its `}`.
    fn fstring_field(
        &mut self,
        mut i: usize,
        end: usize,
        raw: bool,
        lvl: u32,
        b: &mut Builder,
        t: Token,
    ) -> PResult<usize> {
        let src = self.src;
        let s = src.as_bytes();
        if lvl >= 2 {
            return Err(self.fstring_error(t, "f-string: expressions nested too deeply"));
        }
        i += 1;
        let expr_start = i;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while i < end {
            let ch = s[i];
            if ch == b'\\' {
                return Err(
                    self.fstring_error(t, "f-string expression part cannot include a backslash")
                );
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if i + 2 < end && s[i + 1] == ch && s[i + 2] == ch {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if i + 2 < end && s[i + 1] == ch && s[i + 2] == ch {
                        triple = true;
                        i += 2;
                    } else {
                        triple = false;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= 200 {
                        return Err(self.fstring_error(t, "f-string: too many nested parenthesis"));
                    }
                    stack.push(ch);
                }
                b'#' => {
                    return Err(self.fstring_error(t, "f-string expression part cannot include '#'"))
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if i + 1 < end {
                        let next = s[i + 1];
                        if (ch == b'!' || ch == b'=' || ch == b'<' || ch == b'>') && next == b'=' {
                            i += 2;
                            continue;
                        }
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let open = match stack.pop() {
                        Some(o) => o,
                        None => {
                            return Err(self
                                .fstring_error(t, format!("f-string: unmatched '{}'", ch as char)))
                        }
                    };
                    let ok = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !ok {
                        return Err(self.fstring_error(
                            t,
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                ch as char, open as char
                            ),
                        ));
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = i.min(end);
        if quote != 0 {
            return Err(self.fstring_error(t, "f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.fstring_error(t, format!("f-string: unmatched '{}'", open as char)));
        }
        if i >= end {
            return Err(self.fstring_error(t, "f-string: expecting '}'"));
        }
        let value = self.fstring_expr(expr_start, expr_end, t)?;
        let mut expr_text = None;
        if s[i] == b'=' {
            i += 1;
            while i < end && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                i += 1;
            }
            if i >= end {
                return Err(self.fstring_error(t, "f-string: expecting '}'"));
            }
            expr_text = Some(&src[expr_start..i]);
        }
        let mut conversion = -1;
        if s[i] == b'!' {
            i += 1;
            if i >= end {
                return Err(self.fstring_error(t, "f-string: expecting '}'"));
            }
            let c = src[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.fstring_error(
                    t,
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
            conversion = c as i32;
        }
        let mut format_spec = None;
        if i < end && s[i] == b':' {
            i += 1;
            if i >= end {
                return Err(self.fstring_error(t, "f-string: expecting '}'"));
            }
            // CPython gives a format spec the location of its own token.
            let tloc = self.loc_tok(t);
            let mut sb = Builder {
                last: String::new(),
                values: Vec::new(),
                kind: b.kind.clone(),
                loc: tloc,
            };
            i = self.fstring_parts(i, end, raw, lvl + 1, &mut sb, t)?;
            sb.flush();
            format_spec = Some(Box::new(Expr {
                kind: ExprKind::JoinedStr { values: sb.values },
                loc: tloc,
            }));
        }
        if i >= end || s[i] != b'}' {
            return Err(self.fstring_error(t, "f-string: expecting '}'"));
        }
        i += 1;
        if let Some(text) = expr_text {
            b.last.push_str(&normalize_newlines(text));
            if format_spec.is_none() && conversion == -1 {
                conversion = 'r' as i32;
            }
        }
        b.flush();
        b.values.push(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            loc: b.loc,
        });
        Ok(i)
    }

    /// Parses the expression of a replacement field, `src[start..end]`, as
    /// CPython does: as if written `(expr)`.
    fn fstring_expr(&mut self, start: usize, end: usize, t: Token) -> PResult<Expr> {
        let text = &self.src[start..end];
        if text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
        {
            return Err(self.fstring_error(t, "f-string: empty expression not allowed"));
        }
        // Line and line start of the expression's first character.
        let before = &self.src[t.start as usize..start];
        let nl = before.bytes().filter(|&c| c == b'\n').count() as u32;
        let lineno = t.lineno + nl;
        let line_start = match before.rfind('\n') {
            Some(k) => t.start as usize + k + 1,
            None => t.start as usize - t.col as usize,
        };
        let toks =
            lexer::tokenize_fragment(self.src, self.filename, start, end, lineno, line_start);
        let mut list = Vec::with_capacity(toks.toks.len() + 2);
        let lp = Token {
            kind: Tok::LPar,
            start: start as u32 - 1,
            end: start as u32,
            lineno,
            col: (start - line_start) as u32 - 1,
            end_lineno: lineno,
            end_col: (start - line_start) as u32,
        };
        list.push(lp);
        let n = toks.toks.len();
        for (k, tk) in toks.toks.into_iter().enumerate() {
            if k + 1 == n && tk.kind == Tok::EndMarker {
                list.push(Token {
                    kind: Tok::RPar,
                    end_col: tk.col + 1,
                    ..tk
                });
            }
            list.push(tk);
        }
        let mut sub = Parser::new(self.src, self.filename, list, toks.error);
        sub.depth = self.depth;
        let r = sub.enter().and_then(|_| sub.paren_atom());
        let r = r.and_then(|e| {
            if sub.peek() == Tok::EndMarker {
                Ok(e)
            } else {
                Err(sub.invalid())
            }
        });
        let r = r.map_err(|e| sub.final_error(e));
        let frag_offset = lexer::char_offset(self.src, line_start, start - line_start);
        r.map_err(|mut e| {
            if e.kind == crate::error::CompileErrorKind::SyntaxError
                && !e.msg.starts_with("f-string")
            {
                e.msg = format!("f-string: {}", e.msg);
                // CPython reports the position within the text `(expr)`.
                if e.lineno == lineno && e.offset >= frag_offset {
                    e.offset = e.offset - frag_offset + 2;
                    e.lineno = 1;
                }
            }
            e
        })
    }
}
