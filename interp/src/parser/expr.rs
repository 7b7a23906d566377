//! Expressions: the precedence ladder from `star_expressions` down to
//! atoms, plus calls, subscripts, comprehensions, parameter lists and
//! expression statements (assignments).

use super::{PResult, Parser};
use crate::ast::*;
use crate::lexer::Tok;

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// The span from the start of `a` to the end of `b`.
pub(super) fn span(a: Loc, b: Loc) -> Loc {
    Loc {
        lineno: a.lineno,
        col_offset: a.col_offset,
        end_lineno: b.end_lineno,
        end_col_offset: b.end_col_offset,
    }
}

fn aug_op(t: Tok) -> Option<Operator> {
    Some(match t {
        Tok::PlusEqual => Operator::Add,
        Tok::MinEqual => Operator::Sub,
        Tok::StarEqual => Operator::Mult,
        Tok::AtEqual => Operator::MatMult,
        Tok::SlashEqual => Operator::Div,
        Tok::PercentEqual => Operator::Mod,
        Tok::AmperEqual => Operator::BitAnd,
        Tok::VBarEqual => Operator::BitOr,
        Tok::CircumflexEqual => Operator::BitXor,
        Tok::LeftShiftEqual => Operator::LShift,
        Tok::RightShiftEqual => Operator::RShift,
        Tok::DoubleStarEqual => Operator::Pow,
        Tok::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

/// Binary operator levels, loosest first (after comparisons).
const LEVELS: [&[(Tok, Operator)]; 6] = [
    &[(Tok::VBar, Operator::BitOr)],
    &[(Tok::Circumflex, Operator::BitXor)],
    &[(Tok::Amper, Operator::BitAnd)],
    &[
        (Tok::LeftShift, Operator::LShift),
        (Tok::RightShift, Operator::RShift),
    ],
    &[(Tok::Plus, Operator::Add), (Tok::Minus, Operator::Sub)],
    &[
        (Tok::Star, Operator::Mult),
        (Tok::Slash, Operator::Div),
        (Tok::DoubleSlash, Operator::FloorDiv),
        (Tok::Percent, Operator::Mod),
        (Tok::At, Operator::MatMult),
    ],
];

impl<'a> Parser<'a> {
    /// Whether the current token can start an expression operand (an atom,
    /// or a prefix operator that cannot also be binary).
    pub(super) fn starts_atom(&mut self) -> bool {
        matches!(
            self.peek(),
            Tok::Name
                | Tok::Number
                | Tok::String
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    fn starts_expression(&mut self) -> bool {
        self.starts_atom() || matches!(self.peek(), Tok::Minus | Tok::Plus | Tok::Star)
    }

    // ---- statements made of expressions ----

    pub(super) fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let first = if self.peek() == Tok::Yield {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let kind = match self.peek() {
            Tok::Equal => {
                let mut bare_yield = vec![self.toks[start].kind == Tok::Yield];
                let mut targets = vec![first];
                let value = loop {
                    self.bump();
                    let is_yield = self.peek() == Tok::Yield;
                    let v = if is_yield {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    };
                    if self.peek() == Tok::Equal {
                        targets.push(v);
                        bare_yield.push(is_yield);
                    } else {
                        break v;
                    }
                };
                let single = targets.len() == 1;
                for (t, bare) in targets.iter_mut().zip(bare_yield) {
                    self.assign_target(t, single, bare)?;
                }
                StmtKind::Assign {
                    targets,
                    value: boxed(value),
                    type_comment: None,
                }
            }
            Tok::Colon => {
                let mut target = first;
                // CPython checks the target only once an annotation parsed.
                self.bump();
                let annotation = self.expression()?;
                let simple = match &target.kind {
                    ExprKind::Name { .. } => self.toks[start].kind != Tok::LPar,
                    ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
                    ExprKind::Tuple { .. } => {
                        return Err(self.error_loc(
                            target.loc,
                            "only single target (not tuple) can be annotated",
                        ))
                    }
                    ExprKind::List { .. } => {
                        return Err(self.error_loc(
                            target.loc,
                            "only single target (not list) can be annotated",
                        ))
                    }
                    _ => return Err(self.error_loc(target.loc, "illegal target for annotation")),
                };
                super::targets::set_store(&mut target);
                let value = if self.eat(Tok::Equal) {
                    Some(boxed(if self.peek() == Tok::Yield {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    }))
                } else {
                    None
                };
                StmtKind::AnnAssign {
                    target: boxed(target),
                    annotation: boxed(annotation),
                    value,
                    simple,
                }
            }
            t if aug_op(t).is_some() => {
                let op = aug_op(t).unwrap_or(Operator::Add);
                let mut target = first;
                match target.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => {}
                    _ => {
                        let name = super::targets::expr_name(&target);
                        return Err(self.error_loc(
                            target.loc,
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                name
                            ),
                        ));
                    }
                }
                super::targets::set_store(&mut target);
                self.bump();
                let value = if self.peek() == Tok::Yield {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                StmtKind::AugAssign {
                    target: boxed(target),
                    op,
                    value: boxed(value),
                }
            }
            _ => {
                if let ExprKind::Name { id, .. } = &first.kind {
                    if (id == "print" || id == "exec")
                        && self.pos == start + 1
                        && self.starts_atom()
                    {
                        let id = id.clone();
                        if let Ok(rest) = self.star_expressions() {
                            let loc = span(first.loc, rest.loc);
                            return Err(self.error_loc(
                                loc,
                                format!(
                                    "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                                    id, id
                                ),
                            ));
                        }
                    }
                }
                if !matches!(self.peek(), Tok::Newline | Tok::Semi) {
                    self.check_forgot_comma(&first, false)?;
                }
                StmtKind::Expr {
                    value: boxed(first),
                }
            }
        };
        Ok(Stmt {
            kind,
            loc: self.loc_from(start),
        })
    }

    /// `if x = 1:` and the like: CPython's invalid_named_expression.
    pub(super) fn check_eq_in_test(&mut self, e: &Expr) -> PResult<()> {
        if self.peek() != Tok::Equal {
            return Ok(());
        }
        if let ExprKind::Name { .. } = e.kind {
            let save = (self.pos, self.furthest, self.depth);
            self.bump();
            if let Ok(value) = self.bitwise_or() {
                if !matches!(self.peek(), Tok::Equal | Tok::ColonEqual) {
                    return Err(self.error_loc(
                        span(e.loc, value.loc),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    ));
                }
            }
            (self.pos, self.furthest, self.depth) = save;
            return Ok(());
        }
        let bitwise = !matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::List { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::Constant {
                    value: Constant::None | Constant::Bool(_),
                    ..
                }
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        if bitwise {
            let name = super::targets::expr_name(e);
            return Err(self.error_loc(
                e.loc,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    name
                ),
            ));
        }
        Ok(())
    }

    /// "invalid syntax. Perhaps you forgot a comma?": `prev` is followed
    /// directly by another expression inside brackets.
    pub(super) fn check_forgot_comma(&mut self, prev: &Expr, in_brackets: bool) -> PResult<()> {
        if !in_brackets || !self.starts_atom() || matches!(self.peek(), Tok::Not) {
            return Ok(());
        }
        if let ExprKind::Name { id, .. } = &prev.kind {
            if self.peek() == Tok::String || matches!(id.as_str(), "match" | "case" | "_") {
                return Ok(());
            }
        }
        if matches!(
            prev.kind,
            ExprKind::Lambda { .. } | ExprKind::IfExp { .. } | ExprKind::NamedExpr { .. }
        ) {
            return Ok(());
        }
        let save = (self.pos, self.furthest);
        let depth = self.depth;
        if let Ok(next) = self.expression() {
            return Err(self.error_loc(
                span(prev.loc, next.loc),
                "invalid syntax. Perhaps you forgot a comma?",
            ));
        }
        self.depth = depth;
        self.pos = save.0;
        self.furthest = save.1;
        Ok(())
    }

    // ---- the expression ladder ----

    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    /// `expressions` (eval input): like `star_expressions` without `*`.
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.expression()?;
        if self.peek() != Tok::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !self.starts_expression() || self.peek() == Tok::Star {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Star {
            let start = self.pos;
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(Expr {
                kind: ExprKind::Starred {
                    value: boxed(value),
                    ctx: ExprContext::Load,
                },
                loc: self.loc_from(start),
            });
        }
        self.expression()
    }

    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Star {
            let start = self.pos;
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(Expr {
                kind: ExprKind::Starred {
                    value: boxed(value),
                    ctx: ExprContext::Load,
                },
                loc: self.loc_from(start),
            });
        }
        self.named_expression()
    }

    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Name && self.at(1) == Tok::ColonEqual {
            let start = self.pos;
            let t = self.bump();
            let target = Expr {
                kind: ExprKind::Name {
                    id: self.ident(t),
                    ctx: ExprContext::Store,
                },
                loc: self.loc_tok(t),
            };
            self.bump();
            let value = self.expression()?;
            return Ok(Expr {
                kind: ExprKind::NamedExpr {
                    target: boxed(target),
                    value: boxed(value),
                },
                loc: self.loc_from(start),
            });
        }
        let e = self.expression()?;
        if self.peek() == Tok::ColonEqual {
            let name = super::targets::expr_name(&e);
            return Err(self.error_loc(
                e.loc,
                format!("cannot use assignment expressions with {}", name),
            ));
        }
        Ok(e)
    }

    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Lambda {
            return self.lambdef();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if self.peek() != Tok::If {
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if self.peek() != Tok::Else {
            if matches!(
                self.peek(),
                Tok::Newline | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::Comma | Tok::Colon
            ) {
                let loc = span(body.loc, test.loc);
                return Err(self.error_loc(loc, "expected 'else' after 'if' expression"));
            }
            return Err(self.invalid());
        }
        self.bump();
        let orelse = self.expression()?;
        Ok(Expr {
            kind: ExprKind::IfExp {
                test: boxed(test),
                body: boxed(body),
                orelse: boxed(orelse),
            },
            loc: self.loc_from(start),
        })
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        let args = self.parameters(Tok::Colon, false)?;
        self.expect(Tok::Colon)?;
        self.enter()?;
        let body = self.expression();
        self.leave();
        let body = body?;
        Ok(Expr {
            kind: ExprKind::Lambda {
                args: Box::new(args),
                body: boxed(body),
            },
            loc: self.loc_from(start),
        })
    }

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.conjunction()?;
        if self.peek() != Tok::Or {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::Or) {
            values.push(self.conjunction()?);
        }
        Ok(Expr {
            kind: ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            loc: self.loc_from(start),
        })
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.inversion()?;
        if self.peek() != Tok::And {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::And) {
            values.push(self.inversion()?);
        }
        Ok(Expr {
            kind: ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            loc: self.loc_from(start),
        })
    }

    fn inversion(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.peek() == Tok::Not {
            nots.push(self.bump());
        }
        if self.depth + nots.len() as u32 > super::MAX_DEPTH {
            return Err(self.memory_error());
        }
        let mut e = self.comparison()?;
        let end = self.prev();
        for t in nots.into_iter().rev() {
            let loc = span(self.loc_tok(t), self.loc_tok(end));
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: boxed(e),
                },
                loc,
            };
        }
        Ok(e)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => CmpOp::NotEq,
                Tok::Less => CmpOp::Lt,
                Tok::LessEqual => CmpOp::LtE,
                Tok::Greater => CmpOp::Gt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::In => CmpOp::In,
                Tok::Not if self.at(1) == Tok::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                Tok::Is if self.at(1) == Tok::Not => {
                    self.bump();
                    CmpOp::IsNot
                }
                Tok::Is => CmpOp::Is,
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr {
            kind: ExprKind::Compare {
                left: boxed(left),
                ops,
                comparators,
            },
            loc: self.loc_from(start),
        })
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: usize) -> PResult<Expr> {
        if level == LEVELS.len() {
            return self.factor();
        }
        let start = self.pos;
        let mut left = self.binary(level + 1)?;
        'outer: loop {
            let t = self.peek();
            for &(tok, op) in LEVELS[level] {
                if t == tok {
                    self.bump();
                    let right = self.binary(level + 1)?;
                    let loc = self.loc_from(start);
                    left = Expr {
                        kind: ExprKind::BinOp {
                            left: boxed(left),
                            op,
                            right: boxed(right),
                        },
                        loc,
                    };
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    fn factor(&mut self) -> PResult<Expr> {
        let mut prefix = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::Minus => UnaryOp::USub,
                Tok::Plus => UnaryOp::UAdd,
                Tok::Tilde => UnaryOp::Invert,
                _ => break,
            };
            prefix.push((op, self.bump()));
        }
        if self.depth + prefix.len() as u32 > super::MAX_DEPTH {
            return Err(self.memory_error());
        }
        let mut e = self.power()?;
        let end = self.prev();
        for (op, t) in prefix.into_iter().rev() {
            let loc = span(self.loc_tok(t), self.loc_tok(end));
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op,
                    operand: boxed(e),
                },
                loc,
            };
        }
        Ok(e)
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let base = self.await_primary()?;
        if self.peek() != Tok::DoubleStar {
            return Ok(base);
        }
        self.bump();
        self.enter()?;
        self.enter()?;
        let exp = self.factor();
        self.leave();
        self.leave();
        let exp = exp?;
        let loc = self.loc_from(start);
        Ok(Expr {
            kind: ExprKind::BinOp {
                left: boxed(base),
                op: Operator::Pow,
                right: boxed(exp),
            },
            loc,
        })
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Await {
            let start = self.pos;
            self.bump();
            let value = self.primary()?;
            return Ok(Expr {
                kind: ExprKind::Await {
                    value: boxed(value),
                },
                loc: self.loc_from(start),
            });
        }
        self.primary()
    }

    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut e = self.atom()?;
        loop {
            match self.peek() {
                Tok::Dot => {
                    self.bump();
                    let (attr, _) = self.expect_name()?;
                    e = Expr {
                        kind: ExprKind::Attribute {
                            value: boxed(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        loc: self.loc_from(start),
                    };
                }
                Tok::LPar => {
                    let lpar = self.pos;
                    self.bump();
                    let (args, keywords) = self.call_args(lpar)?;
                    self.expect(Tok::RPar)?;
                    e = Expr {
                        kind: ExprKind::Call {
                            func: boxed(e),
                            args,
                            keywords,
                        },
                        loc: self.loc_from(start),
                    };
                }
                Tok::LSqb => {
                    self.bump();
                    let slice = self.slices()?;
                    self.expect(Tok::RSqb)?;
                    e = Expr {
                        kind: ExprKind::Subscript {
                            value: boxed(e),
                            slice: boxed(slice),
                            ctx: ExprContext::Load,
                        },
                        loc: self.loc_from(start),
                    };
                }
                _ => return Ok(e),
            }
        }
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.slice_item()?;
        if self.peek() != Tok::Comma {
            if let ExprKind::Starred { .. } = first.kind {
                // `a[*b]` is a one-element tuple.
                return Ok(Expr {
                    kind: ExprKind::Tuple {
                        elts: vec![first],
                        ctx: ExprContext::Load,
                    },
                    loc: self.loc_from(start),
                });
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RSqb {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.peek() == Tok::Star {
            return self.star_named_expression();
        }
        let lower = if self.peek() == Tok::Colon {
            None
        } else {
            Some(self.named_expression()?)
        };
        if self.peek() != Tok::Colon {
            let e = lower.ok_or_else(|| self.invalid())?;
            self.check_forgot_comma(&e, true)?;
            return Ok(e);
        }
        if self.toks[start].kind == Tok::Name && self.toks[start + 1].kind == Tok::ColonEqual {
            // An unparenthesized `:=` cannot be a slice bound.
            return Err(self.invalid());
        }
        self.bump();
        let upper = if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) {
            None
        } else {
            Some(self.expression()?)
        };
        let mut step = None;
        if self.eat(Tok::Colon) && !matches!(self.peek(), Tok::Comma | Tok::RSqb) {
            step = Some(self.expression()?);
        }
        Ok(Expr {
            kind: ExprKind::Slice {
                lower: lower.map(boxed),
                upper: upper.map(boxed),
                step: step.map(boxed),
            },
            loc: self.loc_from(start),
        })
    }

    /// Arguments of a call or class definition, up to (not including) `)`.
    /// `lpar` is the index of the `(` token (a lone generator expression
    /// argument spans the parentheses).
    pub(super) fn call_args(&mut self, lpar: usize) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        while self.peek() != Tok::RPar {
            let start = self.pos;
            match self.peek() {
                Tok::Star => {
                    self.bump();
                    let value = self.expression()?;
                    if self.peek() == Tok::For
                        || (self.peek() == Tok::Async && self.at(1) == Tok::For)
                    {
                        let loc = self.loc_from(start);
                        return Err(self
                            .error_loc(loc, "iterable unpacking cannot be used in comprehension"));
                    }
                    if seen_dstar {
                        return Err(self.error_loc(
                            self.loc_from(start),
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    args.push(Expr {
                        kind: ExprKind::Starred {
                            value: boxed(value),
                            ctx: ExprContext::Load,
                        },
                        loc: self.loc_from(start),
                    });
                }
                Tok::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    seen_dstar = true;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        loc: self.loc_from(start),
                    });
                }
                Tok::Name if self.at(1) == Tok::Equal => {
                    let t = self.bump();
                    self.bump();
                    let value = self.expression()?;
                    seen_kw = true;
                    keywords.push(Keyword {
                        arg: Some(self.ident(t)),
                        value,
                        loc: self.loc_from(start),
                    });
                }
                Tok::True | Tok::False | Tok::None if self.at(1) == Tok::Equal => {
                    let t = self.tok();
                    return Err(self.error_loc(
                        self.loc_tok(t),
                        format!("cannot assign to {}", t.kind.text()),
                    ));
                }
                _ => {
                    let mut e = self.named_expression()?;
                    if matches!(self.peek(), Tok::For)
                        || (self.peek() == Tok::Async && self.at(1) == Tok::For)
                    {
                        let generators = self.for_if_clauses()?;
                        let alone =
                            args.is_empty() && keywords.is_empty() && self.peek() == Tok::RPar;
                        if !alone {
                            let loc = self.loc_from(start);
                            return Err(
                                self.error_loc(loc, "Generator expression must be parenthesized")
                            );
                        }
                        let loc = if self.peek() == Tok::RPar {
                            let r = self.tok();
                            let l = self.toks[lpar];
                            Loc {
                                lineno: l.lineno,
                                col_offset: l.col,
                                end_lineno: r.end_lineno,
                                end_col_offset: r.end_col,
                            }
                        } else {
                            self.loc_from(start)
                        };
                        e = Expr {
                            kind: ExprKind::GeneratorExp {
                                elt: boxed(e),
                                generators,
                            },
                            loc,
                        };
                    } else if self.peek() == Tok::Equal {
                        let eq = self.tok();
                        let loc = span(e.loc, self.loc_tok(eq));
                        return Err(self.error_loc(
                            loc,
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                        ));
                    }
                    if seen_dstar {
                        return Err(self.error_at_tok(
                            self.pos,
                            "positional argument follows keyword argument unpacking",
                        ));
                    }
                    if seen_kw {
                        return Err(self.error_at_tok(
                            self.pos,
                            "positional argument follows keyword argument",
                        ));
                    }
                    self.check_forgot_comma(&e, true)?;
                    args.push(e);
                }
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok((args, keywords))
    }

    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.peek() == Tok::Async && self.at(1) == Tok::For {
                self.bump();
                true
            } else if self.peek() == Tok::For {
                false
            } else {
                break;
            };
            self.bump();
            let target = self.star_targets(Tok::In)?;
            if self.peek() != Tok::In {
                return Err(self.invalid());
            }
            self.bump();
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.expect(Tok::Yield)?;
        if self.eat(Tok::From) {
            let value = self.expression()?;
            return Ok(Expr {
                kind: ExprKind::YieldFrom {
                    value: boxed(value),
                },
                loc: self.loc_from(start),
            });
        }
        let value = if self.starts_expression() {
            Some(boxed(self.star_expressions()?))
        } else {
            None
        };
        Ok(Expr {
            kind: ExprKind::Yield { value },
            loc: self.loc_from(start),
        })
    }

    // ---- atoms ----

    fn atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let t = self.tok();
        let constant = |v: Constant| ExprKind::Constant {
            value: v,
            kind: None,
        };
        let kind = match self.peek() {
            Tok::Name => {
                self.bump();
                ExprKind::Name {
                    id: self.ident(t),
                    ctx: ExprContext::Load,
                }
            }
            Tok::True => {
                self.bump();
                constant(Constant::Bool(true))
            }
            Tok::False => {
                self.bump();
                constant(Constant::Bool(false))
            }
            Tok::None => {
                self.bump();
                constant(Constant::None)
            }
            Tok::Ellipsis => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            Tok::Number => {
                self.bump();
                constant(self.number(t)?)
            }
            Tok::String => return self.strings(),
            Tok::LPar => return self.paren_atom(),
            Tok::LSqb => return self.list_atom(),
            Tok::LBrace => return self.brace_atom(),
            _ => return Err(self.invalid()),
        };
        Ok(Expr {
            kind,
            loc: self.loc_from(start),
        })
    }

    pub(super) fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        if self.eat(Tok::RPar) {
            return Ok(Expr {
                kind: ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                loc: self.loc_from(start),
            });
        }
        if self.peek() == Tok::Yield {
            let e = self.yield_expr()?;
            self.expect(Tok::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        self.check_eq_in_test(&first)?;
        if matches!(self.peek(), Tok::For) || (self.peek() == Tok::Async && self.at(1) == Tok::For)
        {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_loc(
                    first.loc,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RPar)?;
            return Ok(Expr {
                kind: ExprKind::GeneratorExp {
                    elt: boxed(first),
                    generators,
                },
                loc: self.loc_from(start),
            });
        }
        if self.peek() == Tok::RPar {
            self.bump();
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_loc(first.loc, "cannot use starred expression here"));
            }
            return Ok(first);
        }
        if self.peek() != Tok::Comma {
            self.check_forgot_comma(&first, true)?;
            return Err(self.invalid());
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.peek() == Tok::RPar {
                break;
            }
            let e = self.star_named_expression()?;
            self.check_eq_in_test(&e)?;
            if !matches!(self.peek(), Tok::Comma | Tok::RPar) {
                self.check_forgot_comma(&e, true)?;
            }
            elts.push(e);
        }
        self.expect(Tok::RPar)?;
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        if self.eat(Tok::RSqb) {
            return Ok(Expr {
                kind: ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                loc: self.loc_from(start),
            });
        }
        let first = self.star_named_expression()?;
        self.check_eq_in_test(&first)?;
        if matches!(self.peek(), Tok::For) || (self.peek() == Tok::Async && self.at(1) == Tok::For)
        {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_loc(
                    first.loc,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RSqb)?;
            return Ok(Expr {
                kind: ExprKind::ListComp {
                    elt: boxed(first),
                    generators,
                },
                loc: self.loc_from(start),
            });
        }
        let mut elts = vec![first];
        loop {
            if !matches!(self.peek(), Tok::Comma | Tok::RSqb) {
                if let Some(e) = elts.last().cloned() {
                    self.check_forgot_comma(&e, true)?;
                }
            }
            if !self.eat(Tok::Comma) || self.peek() == Tok::RSqb {
                break;
            }
            let e = self.star_named_expression()?;
            self.check_eq_in_test(&e)?;
            elts.push(e);
        }
        self.expect(Tok::RSqb)?;
        Ok(Expr {
            kind: ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            loc: self.loc_from(start),
        })
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        if self.eat(Tok::RBrace) {
            return Ok(Expr {
                kind: ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                loc: self.loc_from(start),
            });
        }
        // Dict display or comprehension?
        let first_key = if self.peek() == Tok::DoubleStar {
            self.bump();
            None
        } else {
            if self.peek() == Tok::Star
                || (self.peek() == Tok::Name && self.at(1) == Tok::ColonEqual)
            {
                let k = self.star_named_expression()?;
                return self.set_rest(start, k);
            }
            let k = self.expression()?;
            if self.peek() != Tok::Colon {
                return self.set_rest(start, k);
            }
            self.bump();
            if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                let t = self.prev();
                return Err(self.error_loc(
                    self.loc_tok(t),
                    "expression expected after dictionary key and ':'",
                ));
            }
            Some(k)
        };
        let first_value = if first_key.is_none() {
            self.bitwise_or()?
        } else {
            self.expression()?
        };
        if let Some(k) = &first_key {
            if matches!(self.peek(), Tok::For)
                || (self.peek() == Tok::Async && self.at(1) == Tok::For)
            {
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RBrace)?;
                return Ok(Expr {
                    kind: ExprKind::DictComp {
                        key: boxed(k.clone()),
                        value: boxed(first_value),
                        generators,
                    },
                    loc: self.loc_from(start),
                });
            }
        }
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        loop {
            if !matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                if let Some(v) = values.last().cloned() {
                    self.check_forgot_comma(&v, true)?;
                }
            }
            if !self.eat(Tok::Comma) || self.peek() == Tok::RBrace {
                break;
            }
            if self.eat(Tok::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if self.peek() != Tok::Colon {
                    if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                        return Err(self.error_loc(k.loc, "':' expected after dictionary key"));
                    }
                    return Err(self.invalid());
                }
                self.bump();
                if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                    let t = self.prev();
                    return Err(self.error_loc(
                        self.loc_tok(t),
                        "expression expected after dictionary key and ':'",
                    ));
                }
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(Expr {
            kind: ExprKind::Dict { keys, values },
            loc: self.loc_from(start),
        })
    }

    fn set_rest(&mut self, start: usize, first: Expr) -> PResult<Expr> {
        self.check_eq_in_test(&first)?;
        if matches!(self.peek(), Tok::For) || (self.peek() == Tok::Async && self.at(1) == Tok::For)
        {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_loc(
                    first.loc,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RBrace)?;
            return Ok(Expr {
                kind: ExprKind::SetComp {
                    elt: boxed(first),
                    generators,
                },
                loc: self.loc_from(start),
            });
        }
        let mut elts = vec![first];
        loop {
            if !matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                if let Some(e) = elts.last().cloned() {
                    self.check_forgot_comma(&e, true)?;
                }
            }
            if !self.eat(Tok::Comma) || self.peek() == Tok::RBrace {
                break;
            }
            let e = self.star_named_expression()?;
            self.check_eq_in_test(&e)?;
            elts.push(e);
        }
        self.expect(Tok::RBrace)?;
        Ok(Expr {
            kind: ExprKind::Set { elts },
            loc: self.loc_from(start),
        })
    }

    // ---- parameters ----

    /// A parameter list up to `close` (`)` for def, `:` for lambda).
    pub(super) fn parameters(&mut self, close: Tok, annotations: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut positional: Vec<Arg> = Vec::new();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut star_tok = 0usize;
        while self.peek() != close {
            let start = self.pos;
            match self.peek() {
                Tok::Slash => {
                    if seen_star {
                        return Err(self.error_at_tok(start, "/ must be ahead of *"));
                    }
                    if seen_slash {
                        return Err(self.error_at_tok(start, "/ may appear only once"));
                    }
                    if positional.is_empty() {
                        return Err(
                            self.error_at_tok(start, "at least one argument must precede /")
                        );
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs.append(&mut positional);
                }
                Tok::Star => {
                    if seen_star {
                        return Err(self.error_at_tok(start, "* argument may appear only once"));
                    }
                    seen_star = true;
                    star_tok = start;
                    self.bump();
                    if self.peek() == Tok::Name {
                        let arg = self.param(annotations, true)?;
                        a.vararg = Some(Box::new(arg));
                        if self.peek() == Tok::Equal {
                            return Err(self.error_at_tok(
                                self.pos,
                                "var-positional argument cannot have default value",
                            ));
                        }
                    } else if self.peek() == close
                        || (self.peek() == Tok::Comma
                            && (self.at(1) == close || self.at(1) == Tok::DoubleStar))
                    {
                        return Err(self.error_at_tok(start, "named arguments must follow bare *"));
                    } else if self.peek() != Tok::Comma {
                        return Err(self.invalid());
                    }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let arg = self.param(annotations, false)?;
                    if self.peek() == Tok::Equal {
                        return Err(self.error_at_tok(
                            self.pos,
                            "var-keyword argument cannot have default value",
                        ));
                    }
                    a.kwarg = Some(Box::new(arg));
                    self.eat(Tok::Comma);
                    if self.peek() != close {
                        return Err(self.error_at_tok(
                            self.pos,
                            "arguments cannot follow var-keyword argument",
                        ));
                    }
                    break;
                }
                Tok::Name => {
                    let arg = self.param(annotations, false)?;
                    let default = if self.eat(Tok::Equal) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => a.defaults.push(d),
                            None if !a.defaults.is_empty() => {
                                return Err(self.error_loc(
                                    arg.loc,
                                    "non-default argument follows default argument",
                                ));
                            }
                            None => {}
                        }
                        positional.push(arg);
                    }
                }
                _ => return Err(self.invalid()),
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        let _ = star_tok;
        a.args = positional;
        Ok(a)
    }

    fn param(&mut self, annotations: bool, star: bool) -> PResult<Arg> {
        let start = self.pos;
        let (name, _) = self.expect_name()?;
        let annotation = if annotations && self.eat(Tok::Colon) {
            Some(boxed(if star {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            arg: name,
            annotation,
            type_comment: None,
            loc: self.loc_from(start),
        })
    }
}
