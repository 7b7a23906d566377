//! Parser: tokens to the AST of `crate::ast`, for Python 3.11's grammar.
//!
//! A hand-written recursive-descent parser over the token vector, one
//! function per grammar rule family (statements here, expressions in
//! `expr.rs`, patterns in `pattern.rs`, string literals in `strings.rs`).
//! It is deterministic except for a few bounded look-aheads (soft keyword
//! `match`, parenthesized `with` items), so it runs in linear time.
//!
//! Errors: specific CPython messages are raised where the parser detects
//! the mistake. Otherwise the error is CPython's generic "invalid syntax"
//! at the furthest token the parser looked at (as the PEG parser reports),
//! replaced by a tokenizer error found anywhere in the file, as CPython does.
//! Nesting is bounded (`MAX_DEPTH`, and a tree-depth check afterwards) so
//! hostile input cannot overflow the stack.

mod expr;
mod pattern;
mod strings;
mod targets;

use crate::ast::*;
use crate::error::{CompileError, CompileErrorKind, Mode};
use crate::lexer::{self, Tok, Token};

type PResult<T> = Result<T, CompileError>;

/// Maximum nesting the parser accepts, in CPython parser frames beyond
/// its base (its MAXSTACK of 6000 minus about 32): CPython raises
/// MemoryError past it. A unary operator, `not` or conditional expression
/// level costs one, a lambda or `**` level two.
pub(super) const MAX_DEPTH: u32 = 5968;
/// Maximum depth of the finished tree (CPython's compiler recursion limit).
const MAX_TREE_DEPTH: u32 = 2991;

/// Parses `source` (already decoded text) into a tree.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Mod, CompileError> {
    if source.contains('\0') {
        return Err(CompileError::syntax(
            "source code string cannot contain null bytes",
            filename,
            0,
            0,
        ));
    }
    let tokens = lexer::tokenize(source, filename);
    let mut p = Parser::new(source, filename, tokens.toks, tokens.error);
    p.unclosed_line = tokens.unclosed_line;
    let m = p.parse_mode(mode).map_err(|e| p.final_error(e))?;
    check_tree_depth(&m, filename)?;
    Ok(m)
}

impl<'a> Parser<'a> {
    fn parse_mode(&mut self, mode: Mode) -> PResult<Mod> {
        let p = self;
        Ok(match mode {
            Mode::Exec => {
                let body = p.file()?;
                Mod::Module {
                    body,
                    type_ignores: Vec::new(),
                }
            }
            Mode::Eval => {
                while p.peek() == Tok::Newline {
                    p.bump();
                }
                let body = p.expressions()?;
                while p.peek() == Tok::Newline {
                    p.bump();
                }
                if p.peek() != Tok::EndMarker {
                    return Err(p.invalid());
                }
                Mod::Expression {
                    body: Box::new(body),
                }
            }
            Mode::Single => {
                let mut body = Vec::new();
                while p.peek() == Tok::Newline {
                    p.bump();
                }
                if p.peek() != Tok::EndMarker {
                    p.statement(&mut body)?;
                }
                while p.peek() == Tok::Newline {
                    p.bump();
                }
                if p.peek() != Tok::EndMarker {
                    return Err(p.error_at_tok(
                        p.pos,
                        "multiple statements found while compiling a single statement",
                    ));
                }
                Mod::Interactive { body }
            }
        })
    }

    /// CPython's priority between parser and tokenizer errors: a tokenizer
    /// error met while parsing wins; otherwise the rest of the input is
    /// tokenized and a tokenizer error there replaces a syntax error, except
    /// that an unclosed bracket only does when the parser failed on a later
    /// line than the bracket's.
    fn final_error(&self, e: CompileError) -> CompileError {
        let Some(lex) = &self.lex_error else { return e };
        if *lex == e
            || !matches!(
                e.kind,
                CompileErrorKind::SyntaxError | CompileErrorKind::IndentationError
            )
        {
            return e;
        }
        let last = self.toks[self.furthest.min(self.toks.len() - 1)];
        if last.kind == Tok::Error {
            return lex.clone();
        }
        if e.msg == "unexpected indent" || e.msg == "unexpected unindent" {
            return e;
        }
        // Tokenizer errors CPython only reports when the parser reaches
        // them (they set no exception while the rest is re-tokenized).
        if matches!(
            lex.kind,
            CompileErrorKind::TabError | CompileErrorKind::IndentationError
        ) || lex.msg == "unexpected character after line continuation character"
            || lex.msg == "unexpected EOF while parsing"
        {
            return e;
        }
        if self.unclosed_line > 0 {
            if last.lineno > self.unclosed_line {
                return lex.clone();
            }
            return e;
        }
        lex.clone()
    }
}

/// The parser state.
pub(crate) struct Parser<'a> {
    src: &'a str,
    filename: &'a str,
    toks: Vec<Token>,
    lex_error: Option<CompileError>,
    pos: usize,
    /// The furthest token looked at: where "invalid syntax" is reported.
    furthest: usize,
    depth: u32,
    /// See `Tokens::unclosed_line`.
    unclosed_line: u32,
}

impl<'a> Parser<'a> {
    fn new(
        src: &'a str,
        filename: &'a str,
        toks: Vec<Token>,
        lex_error: Option<CompileError>,
    ) -> Parser<'a> {
        Parser {
            src,
            filename,
            toks,
            lex_error,
            pos: 0,
            furthest: 0,
            depth: 0,
            unclosed_line: 0,
        }
    }

    // ---- token access ----

    fn peek(&mut self) -> Tok {
        self.at(0)
    }

    fn at(&mut self, k: usize) -> Tok {
        let i = (self.pos + k).min(self.toks.len() - 1);
        if i > self.furthest {
            self.furthest = i;
        }
        self.toks[i].kind
    }

    fn tok(&self) -> Token {
        self.toks[self.pos]
    }

    fn prev(&self) -> Token {
        self.toks[self.pos.saturating_sub(1)]
    }

    fn bump(&mut self) -> Token {
        let t = self.toks[self.pos];
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        if self.pos > self.furthest {
            self.furthest = self.pos;
        }
        t
    }

    fn eat(&mut self, k: Tok) -> bool {
        if self.peek() == k {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, k: Tok) -> PResult<Token> {
        if self.peek() == k {
            Ok(self.bump())
        } else {
            Err(self.invalid())
        }
    }

    fn text(&self, t: Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// Whether the current token is the soft keyword / name `s`.
    fn is_name(&mut self, s: &str) -> bool {
        self.peek() == Tok::Name && self.text(self.tok()) == s
    }

    /// A NAME token's identifier, NFKC-normalized when not ASCII.
    fn ident(&self, t: Token) -> String {
        let s = self.text(t);
        if s.is_ascii() {
            s.to_string()
        } else {
            use unicode_normalization::UnicodeNormalization;
            s.nfkc().collect()
        }
    }

    fn expect_name(&mut self) -> PResult<(String, Token)> {
        let t = self.expect(Tok::Name)?;
        Ok((self.ident(t), t))
    }

    // ---- locations ----

    /// The span from token `start` to the last consumed token.
    fn loc_from(&self, start: usize) -> Loc {
        let a = self.toks[start];
        // A compound statement ends with its last statement, not with the
        // NEWLINE/DEDENT tokens after it.
        let mut j = self.pos.saturating_sub(1);
        while j > start && matches!(self.toks[j].kind, Tok::Newline | Tok::Dedent | Tok::Indent) {
            j -= 1;
        }
        let b = self.toks[j];
        Loc {
            lineno: a.lineno,
            col_offset: a.col,
            end_lineno: b.end_lineno,
            end_col_offset: b.end_col,
        }
    }

    fn loc_tok(&self, t: Token) -> Loc {
        Loc {
            lineno: t.lineno,
            col_offset: t.col,
            end_lineno: t.end_lineno,
            end_col_offset: t.end_col,
        }
    }

    // ---- errors ----

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// CPython's MemoryError for a parser stack overflow.
    fn memory_error(&self) -> CompileError {
        let mut e = CompileError::syntax("", self.filename, 0, 0);
        e.kind = CompileErrorKind::MemoryError;
        e
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// An error of `kind` spanning from (line, byte col) to (end line, byte col).
    fn error_range(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        a: (u32, u32),
        b: (u32, u32),
    ) -> CompileError {
        let mut e = lexer::error_at(kind, msg, self.src, self.filename, a.0, a.1 as usize);
        let end = lexer::error_at(kind, "", self.src, self.filename, b.0, b.1 as usize);
        e.end_lineno = b.0;
        e.end_offset = end.offset;
        e
    }

    fn error_loc(&self, loc: Loc, msg: impl Into<String>) -> CompileError {
        self.error_range(
            CompileErrorKind::SyntaxError,
            msg,
            (loc.lineno, loc.col_offset),
            (loc.end_lineno, loc.end_col_offset),
        )
    }

    fn error_at_tok(&self, i: usize, msg: impl Into<String>) -> CompileError {
        let t = self.toks[i.min(self.toks.len() - 1)];
        self.error_loc(self.loc_tok(t), msg)
    }

    /// The error for the token just looked at when no rule matched.
    fn invalid(&self) -> CompileError {
        let i = self.furthest.min(self.toks.len() - 1);
        let t = self.toks[i];
        match t.kind {
            Tok::Error => {
                if let Some(e) = &self.lex_error {
                    return e.clone();
                }
            }
            Tok::Indent => {
                let mut e = self.error_at_tok(i, "unexpected indent");
                e.offset = t.end_col;
                e.kind = CompileErrorKind::IndentationError;
                return e;
            }
            Tok::Dedent => {
                let mut e = self.error_at_tok(i, "unexpected unindent");
                e.kind = CompileErrorKind::IndentationError;
                return e;
            }
            _ => {}
        }
        if t.kind == Tok::EndMarker
            || (t.kind == Tok::Newline && t.start == t.end && i + 1 < self.toks.len())
        {
            // Unexpected end of input.
            if t.kind == Tok::EndMarker && self.src.ends_with('\\') {
                return self.error_at_tok(i, "unexpected EOF while parsing");
            }
        }
        self.error_at_tok(i, "invalid syntax")
    }

    fn indentation_error(&self, i: usize, msg: String) -> CompileError {
        let mut e = self.error_at_tok(i, msg);
        e.kind = CompileErrorKind::IndentationError;
        e
    }

    // ---- statements ----

    fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.peek() != Tok::EndMarker {
            if self.peek() == Tok::Newline {
                self.bump();
                continue;
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// One statement (compound, or a line of simple statements) into `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.peek() {
            Tok::Def => self.funcdef(Vec::new(), None)?,
            Tok::If => self.if_stmt()?,
            Tok::Class => self.classdef(Vec::new())?,
            Tok::With => self.with_stmt(None)?,
            Tok::For => self.for_stmt(None)?,
            Tok::Try => self.try_stmt()?,
            Tok::While => self.while_stmt()?,
            Tok::At => self.decorated()?,
            Tok::Async => {
                let start = self.pos;
                match self.at(1) {
                    Tok::Def => {
                        self.bump();
                        self.funcdef(Vec::new(), Some(start))?
                    }
                    Tok::With => {
                        self.bump();
                        self.with_stmt(Some(start))?
                    }
                    Tok::For => {
                        self.bump();
                        self.for_stmt(Some(start))?
                    }
                    _ => return self.simple_stmts(out),
                }
            }
            Tok::Name if self.is_name("match") => match self.match_stmt()? {
                Some(s) => s,
                None => return self.simple_stmts(out),
            },
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(Tok::Semi) {
                if self.peek() == Tok::Newline {
                    self.bump();
                    return Ok(());
                }
                continue;
            }
            if self.peek() == Tok::Newline {
                self.bump();
                return Ok(());
            }
            return Err(self.invalid());
        }
    }

    /// A block after `:`; `what` names the statement for the error message.
    fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if self.peek() == Tok::Newline {
            self.bump();
            if self.peek() != Tok::Indent {
                return Err(self.indentation_error(
                    self.pos,
                    format!("expected an indented block after {} on line {}", what, line),
                ));
            }
            self.bump();
            self.enter()?;
            let mut body = Vec::new();
            while self.peek() != Tok::Dedent && self.peek() != Tok::EndMarker {
                if self.peek() == Tok::Error {
                    return Err(self.invalid());
                }
                self.statement(&mut body)?;
            }
            self.eat(Tok::Dedent);
            self.leave();
            Ok(body)
        } else {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            Ok(body)
        }
    }

    /// A forced `:` (`&&':'` in CPython's grammar): "expected ':'" at
    /// whatever token stands there instead.
    fn forced_colon(&mut self) -> PResult<()> {
        if self.eat(Tok::Colon) {
            return Ok(());
        }
        if self.peek() == Tok::Error {
            return Err(self.invalid());
        }
        Err(self.error_at_tok(self.pos, "expected ':'"))
    }

    /// `:` before a block; "expected ':'" when the line ends instead.
    fn colon(&mut self) -> PResult<()> {
        if self.eat(Tok::Colon) {
            return Ok(());
        }
        if self.peek() == Tok::Newline {
            return Err(self.error_at_tok(self.pos, "expected ':'"));
        }
        Err(self.invalid())
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            let e = self.named_expression()?;
            decorators.push(e);
            self.expect(Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.funcdef(decorators, None),
            Tok::Class => self.classdef(decorators),
            Tok::Async if self.at(1) == Tok::Def => {
                let start = self.pos;
                self.bump();
                self.funcdef(decorators, Some(start))
            }
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>, async_start: Option<usize>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.pos);
        let def = self.expect(Tok::Def)?;
        let (name, _) = self.expect_name()?;
        if self.peek() != Tok::LPar {
            if self.peek() == Tok::Error {
                return Err(self.invalid());
            }
            return Err(self.error_at_tok(self.pos, "expected '('"));
        }
        self.bump();
        let args = self.parameters(Tok::RPar, true)?;
        self.expect(Tok::RPar)?;
        let returns = if self.peek() == Tok::RArrow {
            let (arrow, save_depth) = (self.pos, self.depth);
            self.bump();
            match self.expression() {
                Ok(e) => Some(Box::new(e)),
                Err(e) if e.kind == CompileErrorKind::MemoryError => return Err(e),
                Err(_) => {
                    // `&&':'` after an optional `-> expr` that does not parse.
                    self.depth = save_depth;
                    return Err(self.error_at_tok(arrow, "expected ':'"));
                }
            }
        } else {
            None
        };
        self.forced_colon()?;
        let body = self.block("function definition", def.lineno)?;
        let f = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
        };
        let kind = if async_start.is_some() {
            StmtKind::AsyncFunctionDef(f)
        } else {
            StmtKind::FunctionDef(f)
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.pos;
        let class = self.expect(Tok::Class)?;
        let (name, _) = self.expect_name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.eat(Tok::LPar) {
            let (b, k) = self.call_args(start)?;
            bases = b;
            keywords = k;
            self.expect(Tok::RPar)?;
        }
        self.colon()?;
        let body = self.block("class definition", class.lineno)?;
        Ok(Stmt {
            kind: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            loc: self.loc_from(start),
        })
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kw = self.bump(); // 'if' or 'elif'
        let what = if kw.kind == Tok::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.named_expression()?;
        self.check_eq_in_test(&test)?;
        self.colon()?;
        let body = self.block(what, kw.lineno)?;
        let orelse = match self.peek() {
            Tok::Elif => vec![self.if_stmt()?],
            Tok::Else => self.else_block()?,
            _ => Vec::new(),
        };
        Ok(Stmt {
            kind: StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            loc: self.loc_from(start),
        })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let kw = self.bump();
        self.forced_colon()?;
        self.block("'else' statement", kw.lineno)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kw = self.bump();
        let test = self.named_expression()?;
        self.check_eq_in_test(&test)?;
        self.colon()?;
        let body = self.block("'while' statement", kw.lineno)?;
        let orelse = if self.peek() == Tok::Else {
            self.else_block()?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            loc: self.loc_from(start),
        })
    }

    fn for_stmt(&mut self, async_start: Option<usize>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.pos);
        let kw = self.expect(Tok::For)?;
        let target = self.star_targets(Tok::In)?;
        if self.peek() != Tok::In {
            return Err(self.invalid());
        }
        self.bump();
        let iter = self.star_expressions()?;
        self.colon()?;
        let body = self.block("'for' statement", kw.lineno)?;
        let orelse = if self.peek() == Tok::Else {
            self.else_block()?
        } else {
            Vec::new()
        };
        let (target, iter) = (Box::new(target), Box::new(iter));
        let kind = if async_start.is_some() {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
            }
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    fn with_stmt(&mut self, async_start: Option<usize>) -> PResult<Stmt> {
        let start = async_start.unwrap_or(self.pos);
        let kw = self.expect(Tok::With)?;
        let mut items = None;
        if self.peek() == Tok::LPar {
            // Try the parenthesized form `with (a as b, c):`.
            let (save, save_furthest, save_depth) = (self.pos, self.furthest, self.depth);
            match self.paren_with_items() {
                Ok(v) if self.peek() == Tok::Colon => items = Some(v),
                _ => {
                    self.pos = save;
                    self.furthest = save_furthest;
                    self.depth = save_depth;
                }
            }
        }
        let items = match items {
            Some(v) => v,
            None => {
                let mut v = vec![self.with_item()?];
                while self.eat(Tok::Comma) {
                    v.push(self.with_item()?);
                }
                v
            }
        };
        self.colon()?;
        let body = self.block("'with' statement", kw.lineno)?;
        let kind = if async_start.is_some() {
            StmtKind::AsyncWith {
                items,
                body,
                type_comment: None,
            }
        } else {
            StmtKind::With {
                items,
                body,
                type_comment: None,
            }
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    fn paren_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect(Tok::LPar)?;
        let mut v = vec![self.with_item()?];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RPar {
                break;
            }
            v.push(self.with_item()?);
        }
        self.expect(Tok::RPar)?;
        Ok(v)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(Tok::As) {
            let t = self.star_target()?;
            if !matches!(self.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
                return Err(self.invalid());
            }
            Some(Box::new(t))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kw = self.bump();
        self.forced_colon()?;
        let body = self.block("'try' statement", kw.lineno)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.peek() == Tok::Except {
            let hstart = self.pos;
            let ekw = self.bump();
            let is_star = self.eat(Tok::Star);
            match star {
                Some(s) if s != is_star => {
                    return Err(self.error_at_tok(
                        hstart,
                        "cannot have both 'except' and 'except*' on the same 'try'",
                    ));
                }
                _ => star = Some(is_star),
            }
            let (mut type_, mut name) = (None, None);
            if self.peek() != Tok::Colon || is_star {
                if is_star && self.peek() == Tok::Colon {
                    return Err(self.error_at_tok(self.pos, "expected one or more exception types"));
                }
                let e = self.expression()?;
                if self.peek() == Tok::Comma {
                    let mut elts = vec![e];
                    let estart = elts[0].loc;
                    while self.eat(Tok::Comma) {
                        if matches!(self.peek(), Tok::Colon | Tok::As) {
                            break;
                        }
                        elts.push(self.expression()?);
                    }
                    let end = elts.last().map_or(estart, |x| x.loc);
                    let loc = Loc {
                        end_lineno: end.end_lineno,
                        end_col_offset: end.end_col_offset,
                        ..estart
                    };
                    return Err(
                        self.error_loc(loc, "multiple exception types must be parenthesized")
                    );
                }
                type_ = Some(Box::new(e));
                if self.eat(Tok::As) {
                    name = Some(self.expect_name()?.0);
                }
            }
            self.colon()?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, ekw.lineno)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body: hbody,
                loc: self.loc_from(hstart),
            });
        }
        let orelse = if !handlers.is_empty() && self.peek() == Tok::Else {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.peek() == Tok::Finally {
            let fkw = self.bump();
            self.colon()?;
            self.block("'finally' statement", fkw.lineno)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_at_tok(self.pos, "expected 'except' or 'finally' block"));
        }
        let kind = if star == Some(true) {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    /// `match` statement, or None when the line is not one (then it is an
    /// ordinary statement using the name `match`).
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        // Cheap filter: `match` followed by a token that can start an expression.
        match self.at(1) {
            Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis => {}
            _ => return Ok(None),
        }
        let (save, save_furthest, save_depth) = (self.pos, self.furthest, self.depth);
        let start = self.pos;
        let kw = self.bump();
        let subject = match self.match_subject() {
            Ok(s) if self.peek() == Tok::Colon => s,
            Err(e) if e.kind == CompileErrorKind::MemoryError => return Err(e),
            _ => {
                self.pos = save;
                self.furthest = save_furthest;
                self.depth = save_depth;
                return Ok(None);
            }
        };
        self.bump(); // ':'
        self.expect(Tok::Newline)?;
        if self.peek() != Tok::Indent {
            return Err(self.indentation_error(
                self.pos,
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    kw.lineno
                ),
            ));
        }
        self.bump();
        let mut cases = Vec::new();
        while self.peek() != Tok::Dedent && self.peek() != Tok::EndMarker {
            if !self.is_name("case") {
                return Err(self.invalid());
            }
            let ckw = self.bump();
            let pattern = self.patterns()?;
            let guard = if self.eat(Tok::If) {
                Some(Box::new(self.named_expression()?))
            } else {
                None
            };
            self.colon()?;
            let body = self.block("'case' statement", ckw.lineno)?;
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        self.eat(Tok::Dedent);
        Ok(Some(Stmt {
            kind: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            loc: self.loc_from(start),
        }))
    }

    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_named_expression()?;
        if self.peek() != Tok::Comma {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::Colon {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kind = match self.peek() {
            Tok::Pass => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Break => {
                self.bump();
                StmtKind::Break
            }
            Tok::Continue => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Return => {
                self.bump();
                let value = if self.at_simple_end() {
                    None
                } else {
                    Some(Box::new(self.star_expressions()?))
                };
                StmtKind::Return { value }
            }
            Tok::Raise => {
                self.bump();
                let (mut exc, mut cause) = (None, None);
                if !self.at_simple_end() {
                    exc = Some(Box::new(self.expression()?));
                    if self.eat(Tok::From) {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Global | Tok::Nonlocal => {
                let kw = self.bump();
                let mut names = vec![self.expect_name()?.0];
                while self.eat(Tok::Comma) {
                    names.push(self.expect_name()?.0);
                }
                if kw.kind == Tok::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Tok::Del => {
                self.bump();
                let targets = self.del_targets()?;
                StmtKind::Delete { targets }
            }
            Tok::Assert => {
                self.bump();
                let test = Box::new(self.expression()?);
                let msg = if self.eat(Tok::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Import => self.import_name()?,
            Tok::From => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    fn at_simple_end(&mut self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Semi)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut s = self.expect_name()?.0;
        while self.peek() == Tok::Dot {
            self.bump();
            s.push('.');
            s.push_str(&self.expect_name()?.0);
        }
        Ok(s)
    }

    fn import_name(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.pos;
            let name = self.dotted_name()?;
            let asname = if self.eat(Tok::As) {
                Some(self.expect_name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                loc: self.loc_from(start),
            });
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.peek() != Tok::Import {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.peek() == Tok::Star {
            let t = self.bump();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                loc: self.loc_tok(t),
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let paren = self.eat(Tok::LPar);
        loop {
            let start = self.pos;
            let (name, _) = self.expect_name()?;
            let asname = if self.eat(Tok::As) {
                Some(self.expect_name()?.0)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                loc: self.loc_from(start),
            });
            if !self.eat(Tok::Comma) {
                break;
            }
            if paren && self.peek() == Tok::RPar {
                break;
            }
            if !paren && matches!(self.peek(), Tok::Newline | Tok::Semi) {
                return Err(self.error_at_tok(
                    self.pos,
                    "trailing comma not allowed without surrounding parentheses",
                ));
            }
        }
        if paren {
            self.expect(Tok::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }
}

/// CPython's compiler recursion limit, checked over the finished tree
/// without deep recursion of its own beyond the limit.
fn check_tree_depth(m: &Mod, filename: &str) -> PResult<()> {
    let ok = match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => body
            .iter()
            .all(|s| targets::stmt_depth_ok(s, 1, MAX_TREE_DEPTH)),
        Mod::Expression { body } => targets::expr_depth_ok(body, 1, MAX_TREE_DEPTH),
    };
    if ok {
        Ok(())
    } else {
        let mut e = CompileError::syntax(
            "maximum recursion depth exceeded during compilation",
            filename,
            0,
            0,
        );
        e.kind = CompileErrorKind::RecursionError;
        Err(e)
    }
}
