//! Expressions: operators, displays, calls (LOAD_METHOD / KW_NAMES /
//! CALL_FUNCTION_EX), conditional jumps, comprehensions, yield/await, and
//! assignment targets.

use super::cfg::Op;
use super::{CResult, Compiler, FbDatum, FbKind, UnitKind};
use crate::ast::*;
use crate::bytecode::Opcode;
use crate::symtable::{self, BlockKind, Comprehension as CompKind};

/// CPython's `STACK_USE_GUIDELINE`: beyond this many items, displays and
/// calls are built incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// The `BINARY_OP` argument for an operator (`NB_*`, in-place when `inplace`).
pub(super) fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    };
    if inplace {
        base + 13
    } else {
        base
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    /// Compiles an expression, with its location as the current one.
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.guard.check(self.filename, e.loc.lineno)?;
        let saved = self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        r
    }

    /// Rejects malformed trees the parser never builds (CPython's AST
    /// validator), so that no tree can make the compiler index out of range.
    fn validate(&self, e: &Expr) -> CResult {
        let bad = match &e.kind {
            ExprKind::BoolOp { values, .. } => values.len() < 2,
            ExprKind::Compare {
                ops, comparators, ..
            } => ops.is_empty() || ops.len() != comparators.len(),
            ExprKind::Dict { keys, values } => keys.len() != values.len(),
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => generators.is_empty(),
            _ => false,
        };
        if bad {
            let mut err = self.error("malformed expression node");
            err.kind = crate::error::CompileErrorKind::ValueError;
            return Err(err);
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        self.validate(e)?;
        if let Some(c) = super::fold::fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::COPY, 1);
                self.expr(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jumpi = if *op == BoolOp::And {
                    Opcode::JUMP_IF_FALSE_OR_POP
                } else {
                    Opcode::JUMP_IF_TRUE_OR_POP
                };
                let end = self.new_block();
                let n = values.len();
                for v in &values[..n - 1] {
                    self.expr(v)?;
                    self.emit_jump(jumpi, end);
                    self.next_block();
                }
                self.expr(&values[n - 1])?;
                self.use_block(end);
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == Operator::Mod && self.percent_format(left, right)? {
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BINARY_OP, binop_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::Not {
                    if let ExprKind::Compare {
                        left,
                        ops,
                        comparators,
                    } = &operand.kind
                    {
                        if ops.len() == 1 {
                            let inv = match ops[0] {
                                CmpOp::Is => Some(CmpOp::IsNot),
                                CmpOp::IsNot => Some(CmpOp::Is),
                                CmpOp::In => Some(CmpOp::NotIn),
                                CmpOp::NotIn => Some(CmpOp::In),
                                _ => None,
                            };
                            if let Some(inv) = inv {
                                self.set_loc(operand.loc);
                                self.expr(left)?;
                                self.compare_operand(&comparators[0], inv)?;
                                self.compare_op(inv);
                                return Ok(());
                            }
                        }
                    }
                }
                self.expr(operand)?;
                self.emit0(match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump_noline(end);
                self.use_block(next);
                self.expr(orelse)?;
                self.use_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(
                elts,
                0,
                Opcode::BUILD_SET,
                Opcode::SET_ADD,
                Opcode::SET_UPDATE,
                false,
            )?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, elt, None)?
            }
            ExprKind::Await { value } => {
                if self.ste().kind != BlockKind::Function {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.u_ref().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.expr(value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
            ExprKind::Yield { value } => {
                if self.ste().kind != BlockKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                if self.ste().kind != BlockKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.u_ref().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(value)?;
                self.emit0(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match *conversion {
                    -1 => 0,
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    c => return Err(self.error(format!("Unrecognized conversion character {c}"))),
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, arg);
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str(String::new()));
                    self.emit_name(Opcode::LOAD_METHOD, "join");
                    self.emit(Opcode::BUILD_LIST, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit(Opcode::LIST_APPEND, 1);
                    }
                    self.emit(Opcode::CALL, 1);
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Opcode::BUILD_STRING, values.len() as u32);
                    }
                }
            }
            ExprKind::Constant { value, .. } => self.load_const(value.clone()),
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx != ExprContext::Load && attr == "__debug__" {
                    let what = if *ctx == ExprContext::Store {
                        "assign to"
                    } else {
                        "delete"
                    };
                    return Err(self.error(format!("cannot {what} __debug__")));
                }
                self.expr(value)?;
                self.loc_to_attr(e, attr);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_ATTR,
                    ExprContext::Store => Opcode::STORE_ATTR,
                    ExprContext::Del => Opcode::DELETE_ATTR,
                };
                self.emit_name(op, attr);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                });
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                }));
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for x in [lower, upper] {
                    match x {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx)?,
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let tuple = matches!(e.kind, ExprKind::Tuple { .. });
                match ctx {
                    ExprContext::Load => self.starunpack(
                        elts,
                        0,
                        Opcode::BUILD_LIST,
                        Opcode::LIST_APPEND,
                        Opcode::LIST_EXTEND,
                        tuple,
                    )?,
                    ExprContext::Store => self.assignment_helper(elts)?,
                    ExprContext::Del => {
                        for x in elts {
                            self.expr(x)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// `'...' % (a, b)` with simple `%s`/`%r`/`%a` conversions is compiled
    /// as the f-string it is equivalent to (CPython 3.11's AST optimizer);
    /// returns false (emitting nothing) when the rewrite does not apply.
    fn percent_format(&mut self, left: &'a Expr, right: &'a Expr) -> CResult<bool> {
        let ExprKind::Constant {
            value: Constant::Str(fmt),
            ..
        } = &left.kind
        else {
            return Ok(false);
        };
        let ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } = &right.kind
        else {
            return Ok(false);
        };
        if elts.iter().any(is_starred) {
            return Ok(false);
        }
        let Some(parts) = super::fold::percent_format(fmt, elts.len()) else {
            return Ok(false);
        };
        let n = parts.len();
        for part in parts {
            match part {
                super::fold::FormatPart::Literal(s) => {
                    let saved = self.u().loc;
                    self.unset_loc();
                    self.load_const(Constant::Str(s));
                    self.restore_loc(saved);
                }
                super::fold::FormatPart::Value(i, conv, spec) => {
                    let saved = self.set_loc(elts[i].loc);
                    self.expr(&elts[i])?;
                    let mut arg = conv;
                    if let Some(spec) = spec {
                        let p = self.u().loc;
                        self.unset_loc();
                        self.load_const(Constant::Str(spec));
                        self.restore_loc(p);
                        arg |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, arg);
                    self.restore_loc(saved);
                }
            }
        }
        if n != 1 {
            self.emit(Opcode::BUILD_STRING, n as u32);
        }
        Ok(true)
    }

    /// Start position of an attribute access that spans lines: the attribute name.
    pub(super) fn loc_to_attr(&mut self, e: &Expr, attr: &str) {
        if e.loc.lineno != e.loc.end_lineno {
            let u = self.u();
            u.loc.lineno = e.loc.end_lineno;
            u.loc.col = e.loc.end_col_offset.saturating_sub(attr.len() as u32);
        }
    }

    pub(super) fn emit_yield(&mut self) {
        let ste = self.ste();
        if ste.is_generator && ste.is_coroutine {
            self.emit0(Opcode::ASYNC_GEN_WRAP);
        }
        self.emit0(Opcode::YIELD_VALUE);
        self.emit(Opcode::RESUME, 1);
    }

    /// The SEND / YIELD_VALUE / RESUME loop of `yield from` and `await`.
    pub(super) fn yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.emit_jump(Opcode::SEND, exit);
        self.use_block(resume);
        self.emit0(Opcode::YIELD_VALUE);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.push_ins(Op::JumpNoInterrupt, 0, start);
        self.use_block(exit);
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, 3),
            CmpOp::Lt => self.emit(Opcode::COMPARE_OP, 0),
            CmpOp::LtE => self.emit(Opcode::COMPARE_OP, 1),
            CmpOp::Gt => self.emit(Opcode::COMPARE_OP, 4),
            CmpOp::GtE => self.emit(Opcode::COMPARE_OP, 5),
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// The right operand of a comparison; `in [..]`/`in {..}` of constants become constants.
    fn compare_operand(&mut self, e: &'a Expr, op: CmpOp) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.iter_expr(e)
        } else {
            self.expr(e)
        }
    }

    /// An iterable in `for`/`in` position (CPython's `fold_iter`): a list
    /// display is built as a tuple, a set of constants becomes a frozenset.
    pub(super) fn iter_expr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } => {
                let saved = self.set_loc(e.loc);
                if let Some(c) = super::fold::const_tuple(elts) {
                    self.load_const(c);
                } else {
                    self.starunpack(
                        elts,
                        0,
                        Opcode::BUILD_LIST,
                        Opcode::LIST_APPEND,
                        Opcode::LIST_EXTEND,
                        true,
                    )?;
                }
                self.restore_loc(saved);
                Ok(())
            }
            ExprKind::Set { elts } => {
                if let Some(Constant::Tuple(v)) = super::fold::const_tuple(elts) {
                    let saved = self.set_loc(e.loc);
                    self.load_const(Constant::FrozenSet(v));
                    self.restore_loc(saved);
                    Ok(())
                } else {
                    self.expr(e)
                }
            }
            _ => self.expr(e),
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.compare_operand(&comparators[0], ops[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            self.next_block();
        }
        self.compare_operand(&comparators[n], ops[n])?;
        self.compare_op(ops[n]);
        let end = self.new_block();
        self.jump_noline(end);
        self.use_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit0(Opcode::POP_TOP);
        self.use_block(end);
        Ok(())
    }

    /// Jumps to `next` if the truth of `e` equals `cond` (CPython's `compiler_jump_if`).
    pub(super) fn jump_if(&mut self, e: &'a Expr, next: usize, cond: bool) -> CResult {
        self.guard.check(self.filename, e.loc.lineno)?;
        self.validate(e)?;
        if let Some(c) = super::fold::fold(e) {
            if super::fold::truthy(&c) == cond {
                let saved = self.set_loc(e.loc);
                self.jump(next);
                self.restore_loc(saved);
                self.next_block();
            } else {
                let saved = self.set_loc(e.loc);
                self.emit0(Opcode::NOP);
                self.restore_loc(saved);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump_noline(end);
                self.use_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let n = ops.len() - 1;
                let saved = self.set_loc(e.loc);
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.compare_operand(&comparators[n], ops[n])?;
                self.compare_op(ops[n]);
                self.emit_jump(
                    if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    },
                    next,
                );
                let end = self.new_block();
                self.jump_noline(end);
                self.use_block(cleanup);
                self.emit0(Opcode::POP_TOP);
                if !cond {
                    self.jump_noline(next);
                }
                self.use_block(end);
                self.restore_loc(saved);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && matches!(
                    comparators[0].kind,
                    ExprKind::Constant {
                        value: Constant::None,
                        ..
                    }
                ) =>
            {
                let saved = self.set_loc(e.loc);
                self.expr(left)?;
                let jump_on_none = (ops[0] == CmpOp::Is) == cond;
                self.emit_jump(
                    if jump_on_none {
                        Opcode::POP_JUMP_IF_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    },
                    next,
                );
                self.restore_loc(saved);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        // After a comparison, the jump and what follows carry the
        // comparison's position (as CPython 3.11 does).
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.loc);
        }
        self.emit_jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            next,
        );
        Ok(())
    }

    /// Pushes a tuple of the given expressions (a constant when they all are).
    pub(super) fn tuple_of(&mut self, elts: &'a [Expr]) -> CResult {
        if let Some(c) = super::fold::const_tuple(elts) {
            self.load_const(c);
            return Ok(());
        }
        self.starunpack(
            elts,
            0,
            Opcode::BUILD_LIST,
            Opcode::LIST_APPEND,
            Opcode::LIST_EXTEND,
            true,
        )
    }

    /// Builds a list/set/tuple display (CPython's `starunpack_helper`).
    fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            if let Some(Constant::Tuple(v)) = super::fold::const_tuple(elts) {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(v));
                } else {
                    let c = if add == Opcode::SET_ADD {
                        Constant::FrozenSet(v)
                    } else {
                        Constant::Tuple(v)
                    };
                    self.emit(build, pushed);
                    self.load_const(c);
                    self.emit(extend, 1);
                    if tuple {
                        self.emit0(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        if tuple && pushed == 0 {
            if let Some(c) = super::fold::const_tuple(elts) {
                self.load_const(c);
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple { Opcode::BUILD_TUPLE } else { build }, total);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(x)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit0(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if is_starred(x) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(x)?,
            }
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(super::fold::fold))
                .collect();
            if let Some(ks) = consts {
                for v in &values[begin..end] {
                    self.expr(v)?;
                }
                self.load_const(Constant::Tuple(ks));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_ref() == Some(name) {
                    return Err(
                        self.error_at(format!("keyword argument repeated: {name}"), other.loc)
                    );
                }
            }
        }
        Ok(())
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self.st.top().flags_of(id) & symtable::def::IMPORT != 0,
            _ => false,
        }
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        // Method call: obj.meth(args) with no star arguments.
        if let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        {
            let nargs = args.len();
            let nkw = keywords.len();
            if !self.is_import_originated(value)
                && nargs + nkw + usize::from(nkw != 0) < STACK_USE_GUIDELINE
                && !args.iter().any(is_starred)
                && keywords.iter().all(|k| k.arg.is_some())
            {
                self.expr(value)?;
                let saved = self.u().loc;
                self.u().loc.lineno = func.loc.end_lineno;
                self.emit_name(Opcode::LOAD_METHOD, attr);
                for a in args {
                    self.expr(a)?;
                }
                if nkw > 0 {
                    for k in keywords {
                        self.expr(&k.value)?;
                    }
                    self.kw_names(keywords);
                }
                self.u().loc.lineno = func.loc.end_lineno;
                self.emit(Opcode::CALL, (nargs + nkw) as u32);
                self.restore_loc(saved);
                return Ok(());
            }
        }
        let saved = self.set_loc(func.loc);
        self.emit0(Opcode::PUSH_NULL);
        self.set_loc(e.loc);
        self.expr(func)?;
        self.restore_loc(saved);
        self.call_helper(0, args, keywords)
    }

    fn kw_names(&mut self, keywords: &'a [Keyword]) {
        let names = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.add_const(Constant::Tuple(names));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// Pushes arguments and calls; `n` arguments are already on the stack.
    pub(super) fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit(Opcode::CALL, n + (nelts + nkw) as u32);
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(
                    args,
                    n,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack(
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(nkw > 0));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.expr(&k.value)?;
            }
            let names = kws
                .iter()
                .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Constant::Tuple(names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.expr(&k.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ----- comprehensions -----

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [crate::ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let outer_kind = self.u_ref().kind;
        let sym = self.st.block_of_expr(e).ok_or_else(|| {
            self.error("internal compiler error: no symbol table for comprehension")
        })?;
        let comp = self.st.blocks[sym].comprehension;
        self.enter_scope(name, UnitKind::Comprehension, sym, e.loc.lineno);
        self.set_loc(e.loc);
        let is_async_generator = self.ste().is_coroutine;
        if is_async_generator
            && comp != CompKind::Generator
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match comp {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            _ => {}
        }
        self.u().argcount = 1;
        self.comprehension_generator(generators, 0, 0, elt, val, comp)?;
        if comp != CompKind::Generator {
            self.emit0(Opcode::RETURN_VALUE);
        } else {
            self.unset_loc();
            self.load_const(Constant::None);
            self.emit0(Opcode::RETURN_VALUE);
        }
        let code = self.exit_scope()?;
        self.make_closure(code, 0)?;
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        self.emit0(if outermost.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        });
        self.emit(Opcode::CALL, 0);
        if is_async_generator && comp != CompKind::Generator {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        comp: CompKind,
        depth: u32,
    ) -> CResult {
        match comp {
            CompKind::Generator | CompKind::No => {
                self.expr(elt)?;
                self.emit_yield();
                self.emit0(Opcode::POP_TOP);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Opcode::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Opcode::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [crate::ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        comp: CompKind,
    ) -> CResult {
        let gen = &generators[index];
        if gen.is_async {
            return self.async_comprehension_generator(generators, index, depth, elt, val, comp);
        }
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            let elts = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts.filter(|v| v.len() == 1 && !is_starred(&v[0])) {
                self.expr(&elts[0])?;
                start = None;
            } else {
                self.expr(&gen.iter)?;
                self.emit0(Opcode::GET_ITER);
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_block(s);
            self.emit_jump(Opcode::FOR_ITER, anchor);
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, comp)?;
        } else {
            self.comprehension_element(elt, val, comp, depth)?;
        }
        self.use_block(if_cleanup);
        if let Some(s) = start {
            self.jump(s);
            self.use_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        generators: &'a [crate::ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        comp: CompKind,
    ) -> CResult {
        let gen = &generators[index];
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        if index == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&gen.iter)?;
            self.emit0(Opcode::GET_AITER);
        }
        self.use_block(start);
        self.push_fblock(FbKind::AsyncComprehensionGenerator, start, 0, FbDatum::None)?;
        self.emit_pseudo(Op::SetupFinally, except);
        self.emit0(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit_pseudo(Op::PopBlock, 0);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, comp)?;
        } else {
            self.comprehension_element(elt, val, comp, depth)?;
        }
        self.use_block(if_cleanup);
        self.jump(start);
        self.pop_fblock();
        self.use_block(except);
        self.emit0(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}

/// Source text of an annotation (for `from __future__ import annotations`).
pub(super) fn unparse(e: &Expr) -> String {
    super::fold::unparse(e)
}
