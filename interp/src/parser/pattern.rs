//! `match` statement patterns (PEP 634): the pattern grammar of
//! `case` clauses, building `Pattern` nodes.

use super::expr::span;
use super::{PResult, Parser};
use crate::ast::*;
use crate::lexer::Tok;

impl<'a> Parser<'a> {
    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    pub(super) fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.maybe_star_pattern()?;
        if self.peek() != Tok::Comma {
            if let PatternKind::MatchStar { .. } = first.kind {
                // A lone `*x` needs a comma to be a sequence.
                return Err(self.invalid());
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::Comma) {
            if matches!(self.peek(), Tok::Colon | Tok::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::MatchSequence { patterns },
            loc: self.loc_from(start),
        })
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.peek() == Tok::Star {
            let start = self.pos;
            self.bump();
            let (name, _) = self.expect_name()?;
            let name = if name == "_" { None } else { Some(name) };
            return Ok(Pattern {
                kind: PatternKind::MatchStar { name },
                loc: self.loc_from(start),
            });
        }
        self.pattern()
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        let mut p = if self.peek() == Tok::VBar {
            let mut patterns = vec![first];
            while self.eat(Tok::VBar) {
                patterns.push(self.closed_pattern()?);
            }
            Pattern {
                kind: PatternKind::MatchOr { patterns },
                loc: self.loc_from(start),
            }
        } else {
            first
        };
        if self.eat(Tok::As) {
            let t = self.tok();
            if self.peek() != Tok::Name {
                return Err(self.invalid());
            }
            let (name, _) = self.expect_name()?;
            if name == "_" {
                return Err(self.error_loc(self.loc_tok(t), "cannot use '_' as a target"));
            }
            p = Pattern {
                kind: PatternKind::MatchAs {
                    pattern: Some(Box::new(p)),
                    name: Some(name),
                },
                loc: self.loc_from(start),
            };
        }
        Ok(p)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let kind = match self.peek() {
            Tok::None | Tok::True | Tok::False => {
                let t = self.bump();
                let value = match t.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                PatternKind::MatchSingleton { value }
            }
            Tok::Number | Tok::Minus => PatternKind::MatchValue {
                value: Box::new(self.signed_number_expr()?),
            },
            Tok::String => {
                let e = self.strings()?;
                if let ExprKind::JoinedStr { .. } = e.kind {
                    return Err(self.error_loc(
                        e.loc,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                PatternKind::MatchValue { value: Box::new(e) }
            }
            Tok::Name => {
                let t = self.bump();
                let name = self.ident(t);
                if self.peek() != Tok::Dot && self.peek() != Tok::LPar {
                    if name == "_" {
                        PatternKind::MatchAs {
                            pattern: None,
                            name: None,
                        }
                    } else {
                        PatternKind::MatchAs {
                            pattern: None,
                            name: Some(name),
                        }
                    }
                } else {
                    let mut e = Expr {
                        kind: ExprKind::Name {
                            id: name,
                            ctx: ExprContext::Load,
                        },
                        loc: self.loc_tok(t),
                    };
                    while self.eat(Tok::Dot) {
                        let (attr, _) = self.expect_name()?;
                        e = Expr {
                            kind: ExprKind::Attribute {
                                value: Box::new(e),
                                attr,
                                ctx: ExprContext::Load,
                            },
                            loc: self.loc_from(start),
                        };
                    }
                    if self.peek() == Tok::LPar {
                        return self.class_pattern(start, e);
                    }
                    PatternKind::MatchValue { value: Box::new(e) }
                }
            }
            Tok::LPar => {
                self.bump();
                if self.eat(Tok::RPar) {
                    PatternKind::MatchSequence {
                        patterns: Vec::new(),
                    }
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat(Tok::RPar) {
                        if let PatternKind::MatchStar { .. } = first.kind {
                            PatternKind::MatchSequence {
                                patterns: vec![first],
                            }
                        } else {
                            // A group pattern: the inner pattern itself.
                            return Ok(first);
                        }
                    } else {
                        let mut patterns = vec![first];
                        while self.eat(Tok::Comma) {
                            if self.peek() == Tok::RPar {
                                break;
                            }
                            patterns.push(self.maybe_star_pattern()?);
                        }
                        self.expect(Tok::RPar)?;
                        PatternKind::MatchSequence { patterns }
                    }
                }
            }
            Tok::LSqb => {
                self.bump();
                let mut patterns = Vec::new();
                while self.peek() != Tok::RSqb {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RSqb)?;
                PatternKind::MatchSequence { patterns }
            }
            Tok::LBrace => return self.mapping_pattern(),
            _ => return Err(self.invalid()),
        };
        Ok(Pattern {
            kind,
            loc: self.loc_from(start),
        })
    }

    /// `-1`, `1.5`, `1 + 2j`, `-1 - 2j` as a value expression.
    fn signed_number_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let neg = self.eat(Tok::Minus);
        let t = self.expect(Tok::Number)?;
        let value = self.number(t)?;
        let mut e = Expr {
            kind: ExprKind::Constant { value, kind: None },
            loc: self.loc_tok(t),
        };
        if neg {
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                loc: self.loc_from(start),
            };
        }
        if matches!(self.peek(), Tok::Plus | Tok::Minus) {
            let op = if self.bump().kind == Tok::Plus {
                Operator::Add
            } else {
                Operator::Sub
            };
            let t = self.expect(Tok::Number)?;
            let value = self.number(t)?;
            if !matches!(value, Constant::Complex { .. }) {
                let loc = self.loc_tok(t);
                return Err(self.error_loc(loc, "imaginary number required in complex literal"));
            }
            if matches!(
                e.kind,
                ExprKind::Constant {
                    value: Constant::Complex { .. },
                    ..
                }
            ) || matches!(&e.kind, ExprKind::UnaryOp { operand, .. } if matches!(operand.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }))
            {
                return Err(self.error_loc(e.loc, "real number required in complex literal"));
            }
            let right = Expr {
                kind: ExprKind::Constant { value, kind: None },
                loc: self.loc_tok(t),
            };
            let loc = span(e.loc, right.loc);
            e = Expr {
                kind: ExprKind::BinOp {
                    left: Box::new(e),
                    op,
                    right: Box::new(right),
                },
                loc,
            };
        }
        Ok(e)
    }

    fn class_pattern(&mut self, start: usize, cls: Expr) -> PResult<Pattern> {
        self.bump(); // '('
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while self.peek() != Tok::RPar {
            if self.peek() == Tok::Name && self.at(1) == Tok::Equal {
                let (name, _) = self.expect_name()?;
                self.bump();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(
                        self.error_loc(p.loc, "positional patterns follow keyword patterns")
                    );
                }
                patterns.push(p);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok(Pattern {
            kind: PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            loc: self.loc_from(start),
        })
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        self.bump(); // '{'
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while self.peek() != Tok::RBrace {
            if self.eat(Tok::DoubleStar) {
                let (name, _) = self.expect_name()?;
                rest = Some(name);
                self.eat(Tok::Comma);
                break;
            }
            let key = match self.peek() {
                Tok::None | Tok::True | Tok::False => {
                    let t = self.bump();
                    let v = match t.kind {
                        Tok::None => Constant::None,
                        Tok::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    Expr {
                        kind: ExprKind::Constant {
                            value: v,
                            kind: None,
                        },
                        loc: self.loc_tok(t),
                    }
                }
                Tok::Number | Tok::Minus => self.signed_number_expr()?,
                Tok::String => self.strings()?,
                Tok::Name => {
                    let kstart = self.pos;
                    let t = self.bump();
                    let mut e = Expr {
                        kind: ExprKind::Name {
                            id: self.ident(t),
                            ctx: ExprContext::Load,
                        },
                        loc: self.loc_tok(t),
                    };
                    if self.peek() != Tok::Dot {
                        return Err(self.invalid());
                    }
                    while self.eat(Tok::Dot) {
                        let (attr, _) = self.expect_name()?;
                        e = Expr {
                            kind: ExprKind::Attribute {
                                value: Box::new(e),
                                attr,
                                ctx: ExprContext::Load,
                            },
                            loc: self.loc_from(kstart),
                        };
                    }
                    e
                }
                _ => return Err(self.invalid()),
            };
            self.expect(Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(Pattern {
            kind: PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            loc: self.loc_from(start),
        })
    }
}
