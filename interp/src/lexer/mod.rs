//! Tokenizer: Python 3.11 source text to a vector of tokens, following
//! CPython's C tokenizer (Parser/tokenizer.c) in what it accepts and in the
//! errors it raises.
//!
//! The whole source is tokenized up front (linear time, one pass). A
//! tokenizer error does not abort at once: it ends the token vector with a
//! `Tok::Error` token and the error is kept, so that the parser reports it
//! only when it reaches that point, or when it fails with a generic
//! "invalid syntax" (CPython re-tokenizes the rest of the file then).
//!
//! Indentation follows CPython: tabs advance to the next multiple of 8, and a
//! second column count with tabs as 1 detects inconsistent mixes (TabError).
//! String literals (including f-strings, which 3.11 tokenizes as one STRING)
//! are only delimited here; the parser decodes their contents.

mod dump;
#[rustfmt::skip]
#[allow(clippy::all)]
pub mod unicode_tables;

pub use dump::dump_tokens;

use crate::error::{CompileError, CompileErrorKind};

/// Maximum nesting of brackets (CPython's MAXLEVEL).
const MAX_PAREN_LEVEL: usize = 200;
/// Maximum indentation depth (CPython's MAXINDENT).
const MAX_INDENT: usize = 100;

macro_rules! tokens {
    ($($name:ident = $text:literal,)*) => {
        /// A token kind. Operators and keywords have their own kinds; soft
        /// keywords (`match`, `case`, `_`) are plain names.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Tok {
            Name,
            Number,
            String,
            Newline,
            Indent,
            Dedent,
            EndMarker,
            /// A comment (only produced for `dump_tokens`).
            Comment,
            /// A non-logical newline (only produced for `dump_tokens`).
            Nl,
            /// A character no token starts with (`$`, `?`, a lone `!`).
            ErrorToken,
            /// Stands where tokenizing failed; the error is in `Tokens::error`.
            Error,
            $($name,)*
        }

        impl Tok {
            /// The text of an operator or keyword token.
            pub fn text(self) -> &'static str {
                match self {
                    $(Tok::$name => $text,)*
                    _ => "",
                }
            }
        }
    };
}

tokens! {
    LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", Colon = ":", Comma = ",", Semi = ";",
    Plus = "+", Minus = "-", Star = "*", Slash = "/", VBar = "|", Amper = "&", Less = "<",
    Greater = ">", Equal = "=", Dot = ".", Percent = "%", LBrace = "{", RBrace = "}",
    EqEqual = "==", NotEqual = "!=", LessEqual = "<=", GreaterEqual = ">=", Tilde = "~",
    Circumflex = "^", LeftShift = "<<", RightShift = ">>", DoubleStar = "**", PlusEqual = "+=",
    MinEqual = "-=", StarEqual = "*=", SlashEqual = "/=", PercentEqual = "%=", AmperEqual = "&=",
    VBarEqual = "|=", CircumflexEqual = "^=", LeftShiftEqual = "<<=", RightShiftEqual = ">>=",
    DoubleStarEqual = "**=", DoubleSlash = "//", DoubleSlashEqual = "//=", At = "@", AtEqual = "@=",
    RArrow = "->", Ellipsis = "...", ColonEqual = ":=",
    False = "False", None = "None", True = "True", And = "and", As = "as", Assert = "assert",
    Async = "async", Await = "await", Break = "break", Class = "class", Continue = "continue",
    Def = "def", Del = "del", Elif = "elif", Else = "else", Except = "except", Finally = "finally",
    For = "for", From = "from", Global = "global", If = "if", Import = "import", In = "in", Is = "is",
    Lambda = "lambda", Nonlocal = "nonlocal", Not = "not", Or = "or", Pass = "pass", Raise = "raise",
    Return = "return", Try = "try", While = "while", With = "with", Yield = "yield",
}

impl Tok {
    /// Whether this is a hard keyword.
    pub fn is_keyword(self) -> bool {
        (self as u16) >= (Tok::False as u16)
    }

    /// Whether this is an operator or delimiter.
    pub fn is_op(self) -> bool {
        (self as u16) >= (Tok::LPar as u16) && (self as u16) < (Tok::False as u16)
    }
}

/// The keyword a name spells, if any.
fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

/// One token. Positions are 1-based lines and 0-based UTF-8 byte columns
/// (CPython's AST convention); `start..end` is its byte range in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

/// The result of tokenizing: the tokens, ending with `EndMarker` or `Error`.
pub struct Tokens {
    pub toks: Vec<Token>,
    /// The tokenizer error that the final `Error` token stands for.
    pub error: Option<CompileError>,
    /// When the error is "'(' was never closed": the line of that bracket
    /// (CPython lets it override a parser error only on a later line).
    pub unclosed_line: u32,
}

/// Converts a 0-based byte column on a line into CPython's 1-based
/// character offset.
pub fn char_offset(source: &str, line_start: usize, byte_col: usize) -> u32 {
    let end = (line_start + byte_col).min(source.len());
    let mut end = end;
    while end > line_start && !source.is_char_boundary(end) {
        end -= 1;
    }
    source.get(line_start..end).map_or(0, |s| s.chars().count()) as u32 + 1
}

/// The byte offsets where each line starts (index 0 is line 1).
pub fn line_starts(source: &str) -> Vec<usize> {
    let mut v = vec![0];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            v.push(i + 1);
        }
    }
    v
}

/// Builds a CompileError at a 1-based line and 0-based byte column, filling
/// the offset (characters) and the line text from the source.
pub fn error_at(
    kind: CompileErrorKind,
    msg: impl Into<String>,
    source: &str,
    filename: &str,
    lineno: u32,
    byte_col: usize,
) -> CompileError {
    let starts = line_start_of(source, lineno);
    let offset = starts.map_or(byte_col as u32 + 1, |s| char_offset(source, s, byte_col));
    let mut e = CompileError::syntax(msg, filename, lineno, offset);
    e.kind = kind;
    e.with_source(source)
}

fn line_start_of(source: &str, lineno: u32) -> Option<usize> {
    if lineno == 0 {
        return None;
    }
    if lineno == 1 {
        return Some(0);
    }
    let mut n = 1;
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            n += 1;
            if n == lineno {
                return Some(i + 1);
            }
        }
    }
    None
}

/// The tokenizer state.
struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    filename: &'a str,
    pos: usize,
    lineno: u32,
    line_start: usize,
    toks: Vec<Token>,
    /// Open brackets: (char, line, byte column).
    parens: Vec<(u8, u32, usize)>,
    indents: Vec<usize>,
    alt_indents: Vec<usize>,
    /// Produce COMMENT and NL tokens (for `dump_tokens`).
    trivia: bool,
    at_line_start: bool,
    /// Tokenizing an f-string replacement field (see `tokenize_fragment`).
    fragment: bool,
    /// Set when input ended inside brackets: the line of the innermost open one.
    unclosed_line: u32,
}

/// Tokenizes `source` for the parser (no comments, no NL tokens).
pub fn tokenize(source: &str, filename: &str) -> Tokens {
    tokenize_inner(source, filename, false)
}

/// Tokenizes `source[start..end]` (an f-string replacement field) as if it
/// were inside brackets, at its real position (`lineno`, and `line_start`
/// the byte offset where that line begins). Ends with `EndMarker`, no NEWLINE.
pub fn tokenize_fragment(
    source: &str,
    filename: &str,
    start: usize,
    end: usize,
    lineno: u32,
    line_start: usize,
) -> Tokens {
    let mut lx = Lexer::new(&source[..end], filename, false);
    lx.pos = start;
    lx.lineno = lineno;
    lx.line_start = line_start;
    lx.at_line_start = false;
    lx.fragment = true;
    lx.parens.push((b'(', lineno, start - line_start));
    lx.toks = Vec::with_capacity(8);
    let error = lx.run().err();
    lx.into_tokens(error)
}

fn tokenize_inner(source: &str, filename: &str, trivia: bool) -> Tokens {
    let mut lx = Lexer::new(source, filename, trivia);
    let error = lx.run().err();
    lx.into_tokens(error)
}

impl<'a> Lexer<'a> {
    fn new(source: &'a str, filename: &'a str, trivia: bool) -> Lexer<'a> {
        Lexer {
            src: source,
            b: source.as_bytes(),
            filename,
            pos: 0,
            lineno: 1,
            line_start: 0,
            toks: Vec::with_capacity(source.len() / 4 + 8),
            parens: Vec::new(),
            indents: vec![0],
            alt_indents: vec![0],
            trivia,
            at_line_start: true,
            fragment: false,
            unclosed_line: 0,
        }
    }

    fn into_tokens(mut self, error: Option<CompileError>) -> Tokens {
        if error.is_some() {
            let (line, col) = (self.lineno, (self.pos - self.line_start) as u32);
            self.toks.push(Token {
                kind: Tok::Error,
                start: self.pos as u32,
                end: self.pos as u32,
                lineno: line,
                col,
                end_lineno: line,
                end_col: col,
            });
        }
        Tokens {
            toks: self.toks,
            error,
            unclosed_line: self.unclosed_line,
        }
    }
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl<'a> Lexer<'a> {
    fn peek(&self, off: usize) -> u8 {
        *self.b.get(self.pos + off).unwrap_or(&0)
    }

    fn err(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        byte_col: usize,
    ) -> CompileError {
        let ls = if lineno == self.lineno {
            Some(self.line_start)
        } else {
            line_start_of(self.src, lineno)
        };
        let offset = ls.map_or(byte_col as u32 + 1, |s| char_offset(self.src, s, byte_col));
        let mut e = CompileError::syntax(msg, self.filename, lineno, offset);
        e.kind = kind;
        e.with_source(self.src)
    }

    fn syntax_err(&self, msg: impl Into<String>, byte_col: usize) -> CompileError {
        self.err(CompileErrorKind::SyntaxError, msg, self.lineno, byte_col)
    }

    fn col(&self) -> usize {
        self.pos - self.line_start
    }

    fn push(&mut self, kind: Tok, start: usize, start_line: u32, start_col: usize) {
        self.toks.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            lineno: start_line,
            col: start_col as u32,
            end_lineno: self.lineno,
            end_col: (self.pos - self.line_start) as u32,
        });
    }

    fn newline(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Result<(), CompileError> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if self.indentation()? {
                    continue;
                }
            }
            // Skip blanks.
            while matches!(self.peek(0), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            let col = self.col();
            let line = self.lineno;
            if self.pos >= self.b.len() {
                return self.finish();
            }
            let c = self.b[self.pos];
            match c {
                b'#' => {
                    while self.pos < self.b.len() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    if self.trivia {
                        self.push(Tok::Comment, start, line, col);
                    }
                }
                b'\n' | b'\r' => {
                    self.pos += if c == b'\r' && self.peek(1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    let kind = if self.parens.is_empty() {
                        Tok::Newline
                    } else {
                        Tok::Nl
                    };
                    if kind == Tok::Newline || self.trivia {
                        self.toks.push(Token {
                            kind,
                            start: start as u32,
                            end: self.pos as u32,
                            lineno: line,
                            col: col as u32,
                            end_lineno: line,
                            end_col: (col + self.pos - start) as u32,
                        });
                    }
                    self.newline();
                    if self.parens.is_empty() {
                        self.at_line_start = true;
                    }
                }
                b'\\' => {
                    self.pos += 1;
                    match self.peek(0) {
                        b'\n' => self.pos += 1,
                        b'\r' if self.peek(1) == b'\n' => self.pos += 2,
                        b'\r' => self.pos += 1,
                        _ => {
                            return Err(self.syntax_err(
                                "unexpected character after line continuation character",
                                col + 1,
                            ))
                        }
                    }
                    if self.pos >= self.b.len() {
                        return Err(self.err(
                            CompileErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                            self.lineno,
                            col + 1,
                        ));
                    }
                    self.newline();
                }
                b'0'..=b'9' => self.number(start, line, col)?,
                b'.' if self.peek(1).is_ascii_digit() => self.number(start, line, col)?,
                b'"' | b'\'' => self.string(start, line, col, 0)?,
                c if is_ident_start(c) => self.name_or_string(start, line, col)?,
                _ => self.operator(start, line, col)?,
            }
        }
    }

    /// Measures the indentation at the start of a line and emits
    /// INDENT/DEDENT. Returns true when the line is blank (it was consumed).
    fn indentation(&mut self) -> Result<bool, CompileError> {
        let (mut col, mut alt) = (0usize, 0usize);
        let start = self.pos;
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek(0);
        let at_eof = self.pos >= self.b.len();
        if c == b'#' || c == b'\n' || c == b'\r' || at_eof {
            // Blank line: no indentation processing.
            if at_eof {
                return Ok(false);
            }
            if c == b'#' {
                let cstart = self.pos;
                let ccol = self.col();
                while self.pos < self.b.len() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                    self.pos += 1;
                }
                if self.trivia {
                    self.push(Tok::Comment, cstart, self.lineno, ccol);
                }
            }
            if self.pos < self.b.len() {
                let nstart = self.pos;
                let ncol = self.col();
                self.pos += if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                    2
                } else {
                    1
                };
                if self.trivia {
                    self.toks.push(Token {
                        kind: Tok::Nl,
                        start: nstart as u32,
                        end: self.pos as u32,
                        lineno: self.lineno,
                        col: ncol as u32,
                        end_lineno: self.lineno,
                        end_col: (ncol + self.pos - nstart) as u32,
                    });
                }
                self.newline();
            }
            self.at_line_start = true;
            return Ok(true);
        }
        let _ = start;
        let top = *self.indents.last().unwrap_or(&0);
        let alt_top = *self.alt_indents.last().unwrap_or(&0);
        let line = self.lineno;
        let here = self.col();
        if col == top {
            if alt != alt_top {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.err(
                    CompileErrorKind::IndentationError,
                    "too many levels of indentation",
                    line,
                    0,
                ));
            }
            if alt <= alt_top {
                return Err(self.tab_error());
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            self.toks.push(Token {
                kind: Tok::Indent,
                start: self.line_start as u32,
                end: self.pos as u32,
                lineno: line,
                col: 0,
                end_lineno: line,
                end_col: here as u32,
            });
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.alt_indents.pop();
                self.toks.push(Token {
                    kind: Tok::Dedent,
                    start: self.pos as u32,
                    end: self.pos as u32,
                    lineno: line,
                    col: here as u32,
                    end_lineno: line,
                    end_col: here as u32,
                });
            }
            if col != *self.indents.last().unwrap_or(&0) {
                let eol = self.src[self.pos..]
                    .find(['\n', '\r'])
                    .map_or(self.b.len(), |k| self.pos + k);
                let mut e = self.err(
                    CompileErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    eol - self.line_start,
                );
                e.end_offset = 0;
                return Err(e);
            }
            if alt != *self.alt_indents.last().unwrap_or(&0) {
                return Err(self.tab_error());
            }
        }
        Ok(false)
    }

    fn tab_error(&self) -> CompileError {
        let mut e = self.err(
            CompileErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.lineno,
            0,
        );
        e.end_offset = 0;
        e
    }

    /// End of input: NEWLINE if needed, DEDENTs, ENDMARKER.
    fn finish(&mut self) -> Result<(), CompileError> {
        if self.fragment {
            let (line, col) = (self.lineno, self.col() as u32);
            self.toks.push(Token {
                kind: Tok::EndMarker,
                start: self.pos as u32,
                end: self.pos as u32,
                lineno: line,
                col,
                end_lineno: line,
                end_col: col,
            });
            return Ok(());
        }
        if let Some(&(c, line, col)) = self.parens.last() {
            self.unclosed_line = line;
            return Err(self.err(
                CompileErrorKind::SyntaxError,
                format!("'{}' was never closed", c as char),
                line,
                col,
            ));
        }
        let (line, col) = (self.lineno, self.col());
        let need_newline = self
            .toks
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, Tok::Comment | Tok::Nl))
            .is_some_and(|t| !matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent));
        if need_newline {
            // CPython's implicit NEWLINE at EOF (an empty token).
            self.toks.push(Token {
                kind: Tok::Newline,
                start: self.pos as u32,
                end: self.pos as u32,
                lineno: line,
                col: col as u32,
                end_lineno: line,
                end_col: col as u32 + 1,
            });
        }
        // CPython places the end-of-input tokens at the end of the last line.
        let (dl, dc) = if col == 0 && line > 1 && self.b.last() == Some(&b'\n') {
            let prev_start = self.src[..self.pos - 1].rfind('\n').map_or(0, |k| k + 1);
            let mut end = self.pos - 1;
            if end > prev_start && self.b[end - 1] == b'\r' {
                end -= 1;
            }
            (line - 1, (end - prev_start) as u32)
        } else {
            (line, col as u32)
        };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.toks.push(Token {
                kind: Tok::Dedent,
                start: self.pos as u32,
                end: self.pos as u32,
                lineno: dl,
                col: dc,
                end_lineno: dl,
                end_col: dc,
            });
        }
        self.toks.push(Token {
            kind: Tok::EndMarker,
            start: self.pos as u32,
            end: self.pos as u32,
            lineno: dl,
            col: dc,
            end_lineno: dl,
            end_col: dc,
        });
        Ok(())
    }

    fn name_or_string(&mut self, start: usize, line: u32, col: usize) -> Result<(), CompileError> {
        // String prefixes: any case mix of r, u, b, f in the allowed sets.
        let mut i = 0;
        let mut flags = 0u8;
        while i < 3 {
            let f = match self.peek(i) {
                b'r' | b'R' => 1,
                b'b' | b'B' => 2,
                b'u' | b'U' => 4,
                b'f' | b'F' => 8,
                _ => break,
            };
            if flags & f != 0 {
                break;
            }
            flags |= f;
            i += 1;
        }
        if i > 0 && matches!(self.peek(i), b'"' | b'\'') {
            let ok = matches!(flags, 1 | 2 | 4 | 8 | 3 | 9);
            if ok {
                self.pos += i;
                return self.string(start, line, col, flags);
            }
        }
        while self.pos < self.b.len() && is_ident_char(self.b[self.pos]) {
            self.pos += 1;
        }
        let text = &self.src[start..self.pos];
        if !text.is_ascii() {
            self.check_identifier(text, col)?;
        }
        let kind = keyword(text).unwrap_or(Tok::Name);
        self.push(kind, start, line, col);
        Ok(())
    }

    /// Verifies a non-ASCII identifier, as CPython's `verify_identifier`.
    fn check_identifier(&self, text: &str, col: usize) -> Result<(), CompileError> {
        use unicode_normalization::UnicodeNormalization;
        let norm: String = text.nfkc().collect();
        let mut bad: Option<usize> = None;
        for (k, c) in norm.chars().enumerate() {
            let ok = if k == 0 {
                c == '_' || unicode_ident::is_xid_start(c)
            } else {
                unicode_ident::is_xid_continue(c)
            };
            if !ok {
                bad = Some(k);
                break;
            }
        }
        let Some(_) = bad else { return Ok(()) };
        // Report the first character of the original text that is invalid on its own.
        for (i, c) in text.char_indices() {
            let s: String = std::iter::once(c).nfkc().collect();
            let ok = s.chars().enumerate().all(|(k, ch)| {
                if i == 0 && k == 0 {
                    ch == '_' || unicode_ident::is_xid_start(ch)
                } else {
                    unicode_ident::is_xid_continue(ch)
                }
            });
            if !ok {
                let msg = if crate::ast_dump::is_printable(c) {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.syntax_err(msg, col + i));
            }
        }
        Err(self.syntax_err("invalid syntax", col))
    }

    fn digits(
        &mut self,
        valid: impl Fn(u8) -> bool,
        kind: &str,
        col: usize,
    ) -> Result<(), CompileError> {
        // Digits with single underscores between them.
        loop {
            while valid(self.peek(0)) {
                self.pos += 1;
            }
            if self.peek(0) == b'_' {
                self.pos += 1;
                if !valid(self.peek(0)) {
                    let _ = col;
                    return Err(
                        self.syntax_err(format!("invalid {} literal", kind), self.col() - 1)
                    );
                }
            } else {
                return Ok(());
            }
        }
    }

    /// After a number: a letter directly following is an error unless it
    /// starts a keyword CPython allows there.
    fn end_of_number(&mut self, kind: &str, col: usize) -> Result<(), CompileError> {
        let c = self.peek(0);
        if !is_ident_char(c) {
            return Ok(());
        }
        if c >= 0x80 {
            if let Some(ch) = self.src[self.pos..].chars().next() {
                if !crate::ast_dump::is_printable(ch) {
                    let msg = format!("invalid non-printable character U+{:04X}", ch as u32);
                    return Err(self.syntax_err(msg, self.col()));
                }
            }
        }
        let rest = &self.b[self.pos..];
        for kw in [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"not",
            b"or",
        ] {
            if rest.starts_with(kw) {
                return Ok(());
            }
        }
        let at = match kind {
            "decimal" => col,
            "imaginary" => self.col() - 1,
            _ => self.col(),
        };
        Err(self.syntax_err(format!("invalid {} literal", kind), at))
    }

    fn number(&mut self, start: usize, line: u32, col: usize) -> Result<(), CompileError> {
        let c = self.peek(0);
        if c == b'0' && matches!(self.peek(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (kind, valid): (&str, fn(u8) -> bool) = match self.peek(1) {
                b'x' | b'X' => ("hexadecimal", |c: u8| c.is_ascii_hexdigit()),
                b'o' | b'O' => ("octal", |c: u8| (b'0'..=b'7').contains(&c)),
                _ => ("binary", |c: u8| c == b'0' || c == b'1'),
            };
            self.pos += 2;
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            if !valid(self.peek(0)) {
                let d = self.peek(0);
                if d.is_ascii_digit() && kind != "hexadecimal" {
                    return Err(self.syntax_err(
                        format!("invalid digit '{}' in {} literal", d as char, kind),
                        self.col(),
                    ));
                }
                return Err(self.syntax_err(format!("invalid {} literal", kind), self.col() - 1));
            }
            self.digits(valid, kind, col)?;
            let d = self.peek(0);
            if d.is_ascii_digit() && kind != "hexadecimal" {
                return Err(self.syntax_err(
                    format!("invalid digit '{}' in {} literal", d as char, kind),
                    self.col(),
                ));
            }
            self.end_of_number(kind, col)?;
            self.push(Tok::Number, start, line, col);
            return Ok(());
        }
        let mut is_float = false;
        if c == b'.' {
            is_float = true;
            self.pos += 1;
            self.digits(|c| c.is_ascii_digit(), "decimal", col)?;
        } else {
            self.digits(|c| c.is_ascii_digit(), "decimal", col)?;
            if self.peek(0) == b'.' {
                is_float = true;
                self.pos += 1;
                if self.peek(0).is_ascii_digit() {
                    self.digits(|c| c.is_ascii_digit(), "decimal", col)?;
                }
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
                if !self.peek(0).is_ascii_digit() {
                    return Err(self.syntax_err("invalid decimal literal", self.col()));
                }
            }
            if self.peek(0).is_ascii_digit() {
                is_float = true;
                self.digits(|c| c.is_ascii_digit(), "decimal", col)?;
            } else {
                self.pos = save;
                // `1else` is allowed; anything else is an error.
                self.end_of_number("decimal", col)?;
            }
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            if is_ident_char(self.peek(0)) {
                self.end_of_number("imaginary", col)?;
            }
            is_float = true;
        }
        if !is_float {
            let text = &self.b[start..self.pos];
            if text.len() > 1 && text[0] == b'0' && text.iter().any(|&d| d != b'0' && d != b'_') {
                return Err(self.syntax_err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    col,
                ));
            }
        }
        self.end_of_number("decimal", col)?;
        self.push(Tok::Number, start, line, col);
        Ok(())
    }

    /// Delimits a string literal; `self.pos` is at the opening quote.
    fn string(
        &mut self,
        start: usize,
        line: u32,
        col: usize,
        _flags: u8,
    ) -> Result<(), CompileError> {
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        let (start_line_start, start_line) = (self.line_start, self.lineno);
        self.pos += if triple { 3 } else { 1 };
        loop {
            if self.pos >= self.b.len() {
                // CPython's line count at EOF does not include an empty last line.
                let at = if self.b.last() == Some(&b'\n') && self.lineno > 1 {
                    self.lineno - 1
                } else {
                    self.lineno
                };
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        at
                    )
                } else {
                    format!("unterminated string literal (detected at line {})", at)
                };
                let off = char_offset(self.src, start_line_start, col);
                let mut e = CompileError::syntax(msg, self.filename, start_line, off);
                e = e.with_source(self.src);
                // Point the error token at the string start.
                self.pos = start;
                self.lineno = start_line;
                self.line_start = start_line_start;
                return Err(e);
            }
            let c = self.b[self.pos];
            if c == q {
                if !triple {
                    self.pos += 1;
                    break;
                }
                if self.peek(1) == q && self.peek(2) == q {
                    self.pos += 3;
                    break;
                }
                self.pos += 1;
            } else if c == b'\\' {
                self.pos += 1;
                match self.peek(0) {
                    b'\r' if self.peek(1) == b'\n' => {
                        self.pos += 2;
                        self.newline();
                    }
                    b'\n' | b'\r' => {
                        self.pos += 1;
                        self.newline();
                    }
                    _ if self.pos < self.b.len() => self.pos += 1,
                    _ => {}
                }
            } else if c == b'\n' || c == b'\r' {
                if !triple {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.lineno
                    );
                    let off = char_offset(self.src, start_line_start, col);
                    let e = CompileError::syntax(msg, self.filename, start_line, off)
                        .with_source(self.src);
                    // Point the error token at the string start (a `\`
                    // continuation may have moved to a later line).
                    self.pos = start;
                    self.lineno = start_line;
                    self.line_start = start_line_start;
                    return Err(e);
                }
                self.pos += if c == b'\r' && self.peek(1) == b'\n' {
                    2
                } else {
                    1
                };
                self.newline();
            } else {
                self.pos += 1;
            }
        }
        self.push(Tok::String, start, line, col);
        Ok(())
    }

    fn operator(&mut self, start: usize, line: u32, col: usize) -> Result<(), CompileError> {
        let (c0, c1, c2) = (self.peek(0), self.peek(1), self.peek(2));
        let (kind, len) = match (c0, c1, c2) {
            (b'*', b'*', b'=') => (Tok::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (Tok::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (Tok::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (Tok::RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Tok::Ellipsis, 3),
            (b'!', b'=', _) => (Tok::NotEqual, 2),
            (b'%', b'=', _) => (Tok::PercentEqual, 2),
            (b'&', b'=', _) => (Tok::AmperEqual, 2),
            (b'*', b'*', _) => (Tok::DoubleStar, 2),
            (b'*', b'=', _) => (Tok::StarEqual, 2),
            (b'+', b'=', _) => (Tok::PlusEqual, 2),
            (b'-', b'=', _) => (Tok::MinEqual, 2),
            (b'-', b'>', _) => (Tok::RArrow, 2),
            (b'/', b'/', _) => (Tok::DoubleSlash, 2),
            (b'/', b'=', _) => (Tok::SlashEqual, 2),
            (b':', b'=', _) => (Tok::ColonEqual, 2),
            (b'<', b'<', _) => (Tok::LeftShift, 2),
            (b'<', b'=', _) => (Tok::LessEqual, 2),
            (b'<', b'>', _) => (Tok::ErrorToken, 2),
            (b'=', b'=', _) => (Tok::EqEqual, 2),
            (b'>', b'=', _) => (Tok::GreaterEqual, 2),
            (b'>', b'>', _) => (Tok::RightShift, 2),
            (b'@', b'=', _) => (Tok::AtEqual, 2),
            (b'^', b'=', _) => (Tok::CircumflexEqual, 2),
            (b'|', b'=', _) => (Tok::VBarEqual, 2),
            (b'(', _, _) => (Tok::LPar, 1),
            (b')', _, _) => (Tok::RPar, 1),
            (b'[', _, _) => (Tok::LSqb, 1),
            (b']', _, _) => (Tok::RSqb, 1),
            (b'{', _, _) => (Tok::LBrace, 1),
            (b'}', _, _) => (Tok::RBrace, 1),
            (b':', _, _) => (Tok::Colon, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b';', _, _) => (Tok::Semi, 1),
            (b'+', _, _) => (Tok::Plus, 1),
            (b'-', _, _) => (Tok::Minus, 1),
            (b'*', _, _) => (Tok::Star, 1),
            (b'/', _, _) => (Tok::Slash, 1),
            (b'|', _, _) => (Tok::VBar, 1),
            (b'&', _, _) => (Tok::Amper, 1),
            (b'<', _, _) => (Tok::Less, 1),
            (b'>', _, _) => (Tok::Greater, 1),
            (b'=', _, _) => (Tok::Equal, 1),
            (b'.', _, _) => (Tok::Dot, 1),
            (b'%', _, _) => (Tok::Percent, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (b'^', _, _) => (Tok::Circumflex, 1),
            (b'@', _, _) => (Tok::At, 1),
            _ => {
                if c0 < 0x80 && !(0x20..0x7f).contains(&c0) && c0 != b'\t' {
                    let ch = c0 as char;
                    return Err(self.syntax_err(
                        format!("invalid non-printable character U+{:04X}", ch as u32),
                        col,
                    ));
                }
                (Tok::ErrorToken, 1)
            }
        };
        match kind {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    return Err(self.syntax_err("too many nested parentheses", col));
                }
                self.parens.push((c0, line, col));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => match self.parens.pop() {
                None => return Err(self.syntax_err(format!("unmatched '{}'", c0 as char), col)),
                Some((open, oline, _)) => {
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if expected != c0 {
                        let msg = if oline != line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c0 as char, open as char, oline
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c0 as char, open as char
                            )
                        };
                        return Err(self.syntax_err(msg, col));
                    }
                }
            },
            _ => {}
        }
        // A lone non-ASCII character that is not an identifier start.
        self.pos += len;
        self.push(kind, start, line, col);
        Ok(())
    }
}
