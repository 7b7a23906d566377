//! Statements: assignment forms, control flow, loops, try/except/finally,
//! with, imports, and the unwinding of frame blocks for
//! `return`/`break`/`continue` (CPython 3.11's `compiler_unwind_fblock`).

use super::cfg::Op;
use super::{CResult, Compiler, FbDatum, FbKind, UnitKind};
use crate::ast::*;
use crate::bytecode::Opcode;
use crate::symtable::BlockKind;

/// Whether a body (not descending into defs/classes) has an annotated assignment.
pub(super) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|st| match &st.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(body)
                || find_ann(finalbody)
                || find_ann(orelse)
        }
        _ => false,
    })
}

const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.guard.check(self.filename, s.loc.lineno)?;
        self.set_loc(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true),
            StmtKind::ClassDef { .. } => self.class_def(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.async_for(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump_noline(end);
                    self.use_block(next);
                    self.stmts(orelse)?;
                }
                self.use_block(end);
                Ok(())
            }
            StmtKind::With { items, body, .. } => self.with_stmt(s, items, body, 0, false),
            StmtKind::AsyncWith { items, body, .. } => {
                if self.u_ref().kind != UnitKind::AsyncFunction {
                    return Err(self.error("'async with' outside async function"));
                }
                self.with_stmt(s, items, body, 0, true)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            StmtKind::Try { finalbody, .. } => {
                if finalbody.is_empty() {
                    self.try_except(s)
                } else {
                    self.try_finally(s)
                }
            }
            StmtKind::TryStar { finalbody, .. } => {
                if finalbody.is_empty() {
                    self.try_star_except(s)
                } else {
                    self.try_finally(s)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.emit0(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Opcode::CALL, 0);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.use_block(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.nest <= 1 {
                    self.expr(value)?;
                    self.emit0(Opcode::PRINT_EXPR);
                    return Ok(());
                }
                if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.emit0(Opcode::NOP);
                    return Ok(());
                }
                self.expr(value)?;
                self.unset_loc();
                self.emit0(Opcode::POP_TOP);
                Ok(())
            }
            StmtKind::Pass => {
                self.emit0(Opcode::NOP);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if self.ste().kind != BlockKind::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.ste().is_coroutine && self.ste().is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.expr(value.expect("checked above"))?;
        } else if let Some(v) = value {
            self.set_loc(v.loc);
            self.emit0(Opcode::NOP);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(s.loc);
            self.emit0(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value: c, .. } = &v.kind {
                    self.load_const(c.clone());
                }
            }
            _ => {}
        }
        self.emit0(Opcode::RETURN_VALUE);
        self.next_block();
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        self.emit0(Opcode::NOP);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        self.jump(lp.exit);
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        self.emit0(Opcode::NOP);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        self.jump(lp.block);
        self.next_block();
        Ok(())
    }

    /// Emits the cleanup of one frame block on the way out of it.
    fn unwind_fblock(&mut self, fb: &super::FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb.kind {
            FbKind::WhileLoop
            | FbKind::ExceptionHandler
            | FbKind::ExceptionGroupHandler
            | FbKind::AsyncComprehensionGenerator => {}
            FbKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit0(Opcode::POP_TOP);
            }
            FbKind::TryExcept => self.emit_pseudo(Op::PopBlock, 0),
            FbKind::FinallyTry => {
                self.emit_pseudo(Op::PopBlock, 0);
                if preserve_tos {
                    self.push_fblock(FbKind::PopValue, 0, 0, FbDatum::None)?;
                }
                if let FbDatum::Body(b) = fb.datum {
                    self.stmts(b)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FbKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit0(Opcode::POP_TOP);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pseudo(Op::PopBlock, 0);
                self.emit0(Opcode::POP_EXCEPT);
            }
            FbKind::With | FbKind::AsyncWith => {
                if let FbDatum::Loc(l) = fb.datum {
                    self.set_loc(l);
                }
                self.emit_pseudo(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if fb.kind == FbKind::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.yield_from(true);
                }
                self.emit0(Opcode::POP_TOP);
                self.unset_loc();
            }
            FbKind::HandlerCleanup => {
                let name = match &fb.datum {
                    FbDatum::Name(n) => Some(n.clone()),
                    _ => None,
                };
                if name.is_some() {
                    self.emit_pseudo(Op::PopBlock, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pseudo(Op::PopBlock, 0);
                self.emit0(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(&n, ExprContext::Store)?;
                    self.nameop(&n, ExprContext::Del)?;
                }
            }
            FbKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit0(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks up to (not including) the innermost loop when
    /// `find_loop`, or all of them; returns the loop block found.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        find_loop: bool,
    ) -> CResult<Option<super::FBlock<'a>>> {
        let Some(top) = self.u_ref().fblocks.last().cloned() else {
            return Ok(None);
        };
        if top.kind == FbKind::ExceptionGroupHandler {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if find_loop && matches!(top.kind, FbKind::WhileLoop | FbKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = (|| {
            self.unwind_fblock(&top, preserve_tos)?;
            self.unwind_fblock_stack(preserve_tos, find_loop)
        })();
        self.u().fblocks.push(top);
        r
    }

    pub(super) fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 2);
    }

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        let saved = self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Opcode::COPY, 1);
                self.loc_to_attr(target, attr);
                self.emit_name(Opcode::LOAD_ATTR, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit0(Opcode::BINARY_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => return Err(self.error_at("invalid node type for augmented assignment", s.loc)),
        }
        self.restore_loc(saved);
        self.expr(value)?;
        self.emit(Opcode::BINARY_OP, super::expr::binop_arg(op, true));
        self.set_loc(target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.loc_to_attr(target, attr);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit0(Opcode::STORE_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.expr(e)?;
        self.emit0(Opcode::POP_TOP);
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let module_or_class = matches!(self.u_ref().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if simple && module_or_class {
                    self.annotation_value(annotation)?;
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let m = self.mangle(id);
                    self.load_const(Constant::Str(m));
                    self.emit0(Opcode::STORE_SUBSCR);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                if attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && !self.st.future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_block();
        let body_b = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FbKind::ForLoop, start, end, FbDatum::None)?;
        self.iter_expr(iter)?;
        self.emit0(Opcode::GET_ITER);
        self.use_block(start);
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.use_block(body_b);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.use_block(cleanup);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if self.u_ref().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter)?;
        self.emit0(Opcode::GET_AITER);
        self.use_block(start);
        self.push_fblock(FbKind::ForLoop, start, end, FbDatum::None)?;
        self.emit_pseudo(Op::SetupFinally, except);
        self.emit0(Opcode::GET_ANEXT);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit_pseudo(Op::PopBlock, 0);
        self.expr(target)?;
        self.stmts(body)?;
        self.unset_loc();
        self.jump(start);
        self.pop_fblock();
        self.use_block(except);
        self.set_loc(iter.loc);
        self.emit0(Opcode::END_ASYNC_FOR);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(lp);
        self.push_fblock(FbKind::WhileLoop, lp, end, FbDatum::None)?;
        self.jump_if(test, anchor, false)?;
        self.use_block(body_b);
        self.stmts(body)?;
        self.set_loc(s.loc);
        self.jump(lp);
        self.pop_fblock();
        self.use_block(anchor);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit0(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_parts(s: &'a Stmt) -> (&'a [Stmt], &'a [ExceptHandler], &'a [Stmt], &'a [Stmt]) {
        match &s.kind {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => (body, handlers, orelse, finalbody),
            _ => (&[], &[], &[], &[]),
        }
    }

    fn try_finally(&mut self, s: &'a Stmt) -> CResult {
        let (body, handlers, _, finalbody) = Self::try_parts(s);
        let body_b = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_pseudo(Op::SetupFinally, end);
        self.use_block(body_b);
        self.push_fblock(FbKind::FinallyTry, body_b, end, FbDatum::Body(finalbody))?;
        if !handlers.is_empty() {
            if matches!(s.kind, StmtKind::TryStar { .. }) {
                self.try_star_except(s)?;
            } else {
                self.try_except(s)?;
            }
        } else {
            self.stmts(body)?;
        }
        self.emit_noline(Op::PopBlock);
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.jump_noline(exit);
        self.use_block(end);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FbKind::FinallyEnd, end, 0, FbDatum::None)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    fn try_except(&mut self, s: &'a Stmt) -> CResult {
        let (body, handlers, orelse, _) = Self::try_parts(s);
        let body_b = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_pseudo(Op::SetupFinally, except);
        self.use_block(body_b);
        self.push_fblock(FbKind::TryExcept, body_b, 0, FbDatum::None)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_noline(Op::PopBlock);
        self.stmts(orelse)?;
        self.jump_noline(end);
        self.use_block(except);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FbKind::ExceptionHandler, 0, 0, FbDatum::None)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit0(Opcode::CHECK_EXC_MATCH);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store)?;
                self.emit_pseudo(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.push_fblock(
                    FbKind::HandlerCleanup,
                    cleanup_body,
                    0,
                    FbDatum::Name(name.clone()),
                )?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock, 0);
                self.emit_pseudo(Op::PopBlock, 0);
                self.emit0(Opcode::POP_EXCEPT);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.jump(end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit0(Opcode::POP_TOP);
                self.use_block(cleanup_body);
                self.push_fblock(FbKind::HandlerCleanup, cleanup_body, 0, FbDatum::None)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock, 0);
                self.emit0(Opcode::POP_EXCEPT);
                self.jump(end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    fn try_star_except(&mut self, s: &'a Stmt) -> CResult {
        let (body, handlers, orelse, _) = Self::try_parts(s);
        let body_b = self.new_block();
        let mut except = self.new_block();
        let orelse_b = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_pseudo(Op::SetupFinally, except);
        self.use_block(body_b);
        self.push_fblock(FbKind::TryExcept, body_b, 0, FbDatum::None)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_noline(Op::PopBlock);
        self.jump_noline(orelse_b);
        self.use_block(except);
        self.unset_loc();
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FbKind::ExceptionGroupHandler, 0, 0, FbDatum::None)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit0(Opcode::CHECK_EG_MATCH);
                self.emit(Opcode::COPY, 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.emit0(Opcode::POP_TOP),
            }
            self.emit_pseudo(Op::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            let datum = h.name.clone().map_or(FbDatum::None, FbDatum::Name);
            self.push_fblock(FbKind::HandlerCleanup, cleanup_body, 0, datum)?;
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.emit_pseudo(Op::PopBlock, 0);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.jump(except);
            self.use_block(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit0(Opcode::POP_TOP);
            self.jump(except_with_error);
            self.use_block(except);
            self.emit0(Opcode::NOP);
            self.jump(except_with_error);
            self.use_block(no_match);
            self.emit0(Opcode::POP_TOP);
            self.use_block(except_with_error);
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.emit0(Opcode::PREP_RERAISE_STAR);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit0(Opcode::POP_TOP);
        self.emit_pseudo(Op::PopBlock, 0);
        self.emit0(Opcode::POP_EXCEPT);
        self.jump(end);
        self.use_block(reraise);
        self.emit_pseudo(Op::PopBlock, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit0(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse_b);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
        is_async: bool,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return Err(self.error("empty items on With"));
        };
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit0(Opcode::BEFORE_ASYNC_WITH);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Constant::None);
            self.yield_from(true);
        } else {
            self.emit0(Opcode::BEFORE_WITH);
        }
        self.emit_pseudo(Op::SetupWith, fin);
        self.use_block(block);
        let kind = if is_async {
            FbKind::AsyncWith
        } else {
            FbKind::With
        };
        self.push_fblock(kind, block, fin, FbDatum::Loc(s.loc))?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit0(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, body, pos + 1, is_async)?;
        }
        self.unset_loc();
        self.emit_pseudo(Op::PopBlock, 0);
        self.pop_fblock();
        self.set_loc(s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.emit0(Opcode::POP_TOP);
        self.jump(exit);
        self.use_block(fin);
        self.emit_pseudo(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PUSH_EXC_INFO);
        self.emit0(Opcode::WITH_EXCEPT_START);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: usize) {
        self.unset_loc();
        let exit = self.new_block();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, exit);
        self.emit(Opcode::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        self.emit0(Opcode::POP_TOP);
        self.emit_pseudo(Op::PopBlock, 0);
        self.emit0(Opcode::POP_EXCEPT);
        self.emit0(Opcode::POP_TOP);
        self.emit0(Opcode::POP_TOP);
    }

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for a in names {
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, &a.name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    if parts.len() > 1 {
                        for (k, attr) in parts[1..].iter().enumerate() {
                            let i = self.add_name_raw(attr);
                            self.emit(Opcode::IMPORT_FROM, i);
                            if k + 2 < parts.len() {
                                self.emit(Opcode::SWAP, 2);
                                self.emit0(Opcode::POP_TOP);
                            }
                        }
                        self.nameop(asname, ExprContext::Store)?;
                        self.emit0(Opcode::POP_TOP);
                    } else {
                        self.nameop(asname, ExprContext::Store)?;
                    }
                }
                None => {
                    let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                    self.nameop(&first, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        if module == Some("__future__") {
            self.check_future(s, names)?;
        }
        self.load_const(Constant::Int(level.into()));
        let tuple = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(tuple));
        self.emit_name(Opcode::IMPORT_NAME, module.unwrap_or(""));
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name.starts_with('*') {
                self.emit0(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &a.name);
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit0(Opcode::POP_TOP);
        Ok(())
    }

    /// `from __future__ import ...`: only at the start of a module, only known features.
    fn check_future(&mut self, s: &'a Stmt, names: &'a [Alias]) -> CResult {
        let ok_position = self.u_ref().kind == UnitKind::Module && self.future_ok(s);
        if !ok_position {
            return Err(self.error_at(
                "from __future__ imports must occur at the beginning of the file",
                s.loc,
            ));
        }
        for a in names {
            if a.name == "braces" {
                return Err(self.error_at("not a chance", s.loc));
            }
            if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                return Err(
                    self.error_at(format!("future feature {} is not defined", a.name), s.loc)
                );
            }
        }
        Ok(())
    }

    fn future_ok(&self, s: &Stmt) -> bool {
        let Some(body) = self.module_body else {
            return false;
        };
        for (i, st) in body.iter().enumerate() {
            if std::ptr::eq(st, s) {
                return true;
            }
            match &st.kind {
                StmtKind::ImportFrom {
                    module: Some(m), ..
                } if m == "__future__" => {}
                StmtKind::Expr { value }
                    if i == 0
                        && matches!(
                            value.kind,
                            ExprKind::Constant {
                                value: Constant::Str(_),
                                ..
                            }
                        ) => {}
                _ => return false,
            }
        }
        false
    }
}
