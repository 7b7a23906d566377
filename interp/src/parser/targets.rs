//! Assignment, deletion and loop targets: turning parsed expressions into
//! Store/Del context, with CPython's "cannot assign to ..." errors, and the
//! tree-depth check run after parsing.

use super::{PResult, Parser};
use crate::ast::*;
use crate::lexer::Tok;

/// CPython's name for an expression kind in error messages
/// (`_PyPegen_get_expr_name`).
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Whether CPython's `bitwise_or` rule could have produced `e` (so that
/// "here. Maybe you meant '=='" applies to it).
fn is_bitwise_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// The first sub-expression that cannot be a target, if any.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if del {
                Some(e)
            } else {
                invalid_target(value, del)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, del))
        }
        _ => Some(e),
    }
}

/// Sets the context of a valid target tree.
fn set_ctx(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_ctx(value, ctx);
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_ctx(x, ctx);
            }
        }
        _ => {}
    }
}

/// Store context on a target already known to be valid.
pub(super) fn set_store(e: &mut Expr) {
    set_ctx(e, ExprContext::Store);
}

impl<'a> Parser<'a> {
    /// Validates and converts one `=` target. `single` is true for `a = b`
    /// (one target), where CPython suggests `==`.
    pub(super) fn assign_target(
        &mut self,
        e: &mut Expr,
        single: bool,
        bare_yield: bool,
    ) -> PResult<()> {
        // `a, f() = 1` / `f(), x = 1`: CPython's invalid_named_expression
        // matches the last element of an unparenthesized tuple first.
        if let ExprKind::Tuple { elts, .. } = &e.kind {
            if let Some(last) = elts.last() {
                let bare = last.loc.end_lineno == e.loc.end_lineno
                    && last.loc.end_col_offset == e.loc.end_col_offset;
                if single && bare && invalid_target(e, false).is_some() {
                    if let ExprKind::Name { .. } = last.kind {
                        let v = self.prev();
                        let loc = Loc {
                            end_lineno: v.end_lineno,
                            end_col_offset: v.end_col,
                            ..last.loc
                        };
                        return Err(self.error_loc(
                            loc,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        ));
                    }
                    if std::ptr::eq(invalid_target(last, false).unwrap_or(e), last)
                        && is_bitwise_level(last)
                    {
                        let msg = format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(last)
                        );
                        return Err(self.error_loc(last.loc, msg));
                    }
                }
            }
        }
        if let Some(bad) = invalid_target(e, false) {
            let name = expr_name(bad);
            if bare_yield && std::ptr::eq(bad, e) {
                return Err(self.error_loc(bad.loc, "assignment to yield expression not possible"));
            }
            let top = std::ptr::eq(bad, e);
            let bitwise = is_bitwise_level(bad);
            let msg = if top && single && bitwise {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    name
                )
            } else {
                format!("cannot assign to {}", name)
            };
            return Err(self.error_loc(bad.loc, msg));
        }
        set_ctx(e, ExprContext::Store);
        Ok(())
    }

    /// A target list (`for` targets, comprehension targets) ending before
    /// `stop`: elements at `bitwise_or` level, so `in` is not consumed.
    pub(super) fn star_targets(&mut self, stop: Tok) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_target_elt()?;
        let mut e = if self.peek() == Tok::Comma {
            let mut elts = vec![first];
            while self.eat(Tok::Comma) {
                if self.peek() == stop || !self.starts_target() {
                    break;
                }
                elts.push(self.star_target_elt()?);
            }
            Expr {
                kind: ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Store,
                },
                loc: self.loc_from(start),
            }
        } else {
            first
        };
        if self.peek() != stop {
            // `for x y in z`, `for f() in x` ... : let the caller report.
            if let Some(bad) = invalid_target(&e, false) {
                if self.peek() == Tok::In || stop != Tok::In {
                    return Err(
                        self.error_loc(bad.loc, format!("cannot assign to {}", expr_name(bad)))
                    );
                }
            }
            return Err(self.invalid());
        }
        if let Some(bad) = invalid_target(&e, false) {
            return Err(self.error_loc(bad.loc, format!("cannot assign to {}", expr_name(bad))));
        }
        set_ctx(&mut e, ExprContext::Store);
        Ok(e)
    }

    fn starts_target(&mut self) -> bool {
        matches!(self.peek(), Tok::Name | Tok::LPar | Tok::LSqb | Tok::Star)
            || self.starts_atom()
            || matches!(self.peek(), Tok::Minus | Tok::Plus)
    }

    fn star_target_elt(&mut self) -> PResult<Expr> {
        if self.peek() == Tok::Star {
            let start = self.pos;
            self.bump();
            let value = self.star_target_elt()?;
            return Ok(Expr {
                kind: ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
                loc: self.loc_from(start),
            });
        }
        self.bitwise_or()
    }

    /// One target after `with ... as`.
    pub(super) fn star_target(&mut self) -> PResult<Expr> {
        let mut e = self.star_target_elt()?;
        if let Some(bad) = invalid_target(&e, false) {
            return Err(self.error_loc(bad.loc, format!("cannot assign to {}", expr_name(bad))));
        }
        set_ctx(&mut e, ExprContext::Store);
        Ok(e)
    }

    /// The targets of `del`.
    pub(super) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        loop {
            let mut e = self.star_target_elt()?;
            if !matches!(self.peek(), Tok::Comma | Tok::Newline | Tok::Semi) {
                return Err(self.invalid());
            }
            if let Some(bad) = invalid_target(&e, true) {
                return Err(self.error_loc(bad.loc, format!("cannot delete {}", expr_name(bad))));
            }
            set_ctx(&mut e, ExprContext::Del);
            out.push(e);
            if !self.eat(Tok::Comma) || matches!(self.peek(), Tok::Newline | Tok::Semi) {
                break;
            }
        }
        Ok(out)
    }
}

/// Whether statement `s` nests at most `limit` levels below `depth`.
pub(super) fn stmt_depth_ok(s: &Stmt, depth: u32, limit: u32) -> bool {
    if depth > limit {
        return false;
    }
    let d = depth + 1;
    let ex = |e: &Expr| expr_depth_ok(e, d, limit);
    let body = |b: &[Stmt]| b.iter().all(|s| stmt_depth_ok(s, d, limit));
    let args_ok = |a: &Arguments| {
        a.defaults.iter().all(ex)
            && a.kw_defaults.iter().flatten().all(ex)
            && a.posonlyargs
                .iter()
                .chain(&a.args)
                .chain(&a.kwonlyargs)
                .all(|x| x.annotation.as_deref().is_none_or(ex))
    };
    match &s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            body(&f.body)
                && f.decorator_list.iter().all(ex)
                && args_ok(&f.args)
                && f.returns.as_deref().is_none_or(ex)
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body: b,
            decorator_list,
            ..
        } => {
            bases.iter().all(ex)
                && keywords.iter().all(|k| ex(&k.value))
                && body(b)
                && decorator_list.iter().all(ex)
        }
        StmtKind::Return { value } => value.as_deref().is_none_or(ex),
        StmtKind::Delete { targets } => targets.iter().all(ex),
        StmtKind::Assign { targets, value, .. } => targets.iter().all(ex) && ex(value),
        StmtKind::AugAssign { target, value, .. } => ex(target) && ex(value),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => ex(target) && ex(annotation) && value.as_deref().is_none_or(ex),
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        }
        | StmtKind::AsyncFor {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => ex(target) && ex(iter) && body(b) && body(orelse),
        StmtKind::While {
            test,
            body: b,
            orelse,
        }
        | StmtKind::If {
            test,
            body: b,
            orelse,
        } => ex(test) && body(b) && body(orelse),
        StmtKind::With { items, body: b, .. } | StmtKind::AsyncWith { items, body: b, .. } => {
            items
                .iter()
                .all(|i| ex(&i.context_expr) && i.optional_vars.as_deref().is_none_or(ex))
                && body(b)
        }
        StmtKind::Match { subject, cases } => {
            ex(subject)
                && cases
                    .iter()
                    .all(|c| c.guard.as_deref().is_none_or(ex) && body(&c.body))
        }
        StmtKind::Raise { exc, cause } => {
            exc.as_deref().is_none_or(ex) && cause.as_deref().is_none_or(ex)
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b)
                && handlers
                    .iter()
                    .all(|h| h.type_.as_deref().is_none_or(ex) && body(&h.body))
                && body(orelse)
                && body(finalbody)
        }
        StmtKind::Assert { test, msg } => ex(test) && msg.as_deref().is_none_or(ex),
        StmtKind::Expr { value } => ex(value),
        _ => true,
    }
}

/// Whether expression `e` nests at most `limit` levels below `depth`.
pub(super) fn expr_depth_ok(e: &Expr, depth: u32, limit: u32) -> bool {
    if depth > limit {
        return false;
    }
    let d = depth + 1;
    let ex = |e: &Expr| expr_depth_ok(e, d, limit);
    let gens = |g: &[Comprehension]| {
        g.iter()
            .all(|c| ex(&c.target) && ex(&c.iter) && c.ifs.iter().all(ex))
    };
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().all(ex),
        ExprKind::NamedExpr { target, value } => ex(target) && ex(value),
        ExprKind::BinOp { left, right, .. } => ex(left) && ex(right),
        ExprKind::UnaryOp { operand, .. } => ex(operand),
        ExprKind::Lambda { args, body } => {
            ex(body) && args.defaults.iter().all(ex) && args.kw_defaults.iter().flatten().all(ex)
        }
        ExprKind::IfExp { test, body, orelse } => ex(test) && ex(body) && ex(orelse),
        ExprKind::Dict { keys, values } => keys.iter().flatten().all(ex) && values.iter().all(ex),
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().all(ex)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => ex(elt) && gens(generators),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => ex(key) && ex(value) && gens(generators),
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => ex(value),
        ExprKind::Yield { value } => value.as_deref().is_none_or(ex),
        ExprKind::Compare {
            left, comparators, ..
        } => ex(left) && comparators.iter().all(ex),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => ex(func) && args.iter().all(ex) && keywords.iter().all(|k| ex(&k.value)),
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => ex(value) && format_spec.as_deref().is_none_or(ex),
        ExprKind::JoinedStr { values } => values.iter().all(ex),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => ex(value),
        ExprKind::Subscript { value, slice, .. } => ex(value) && ex(slice),
        ExprKind::Slice { lower, upper, step } => {
            lower.as_deref().is_none_or(ex)
                && upper.as_deref().is_none_or(ex)
                && step.as_deref().is_none_or(ex)
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => true,
    }
}
