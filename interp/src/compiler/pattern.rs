//! `match` statements (CPython 3.11's pattern compiler).
//!
//! Invariants: a pattern consumes its subject (TOS) on success; captured
//! values are kept on the stack under any items still needed (`on_top`) and
//! stored only when the whole case matched. On failure, `jump_to_fail_pop`
//! jumps to the block that pops exactly `on_top + stores` items; those
//! blocks are emitted as a chain of POP_TOPs after the case.

use super::{CResult, Compiler};
use crate::ast::*;
use crate::bytecode::Opcode;

#[derive(Default)]
struct PatternCtx {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<usize>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        _s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult {
        self.expr(subject)?;
        let end = self.new_block();
        let ncases = cases.len();
        if ncases == 0 {
            self.emit0(Opcode::POP_TOP);
            self.use_block(end);
            return Ok(());
        }
        let has_default = is_wildcard(&cases[ncases - 1].pattern) && ncases > 1;
        let mut pc = PatternCtx::default();
        for (i, m) in cases[..ncases - usize::from(has_default)]
            .iter()
            .enumerate()
        {
            self.set_loc(m.pattern.loc);
            let last = i == ncases - usize::from(has_default) - 1;
            if !last {
                self.emit(Opcode::COPY, 1);
            }
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i == ncases - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if !last {
                self.emit0(Opcode::POP_TOP);
            }
            self.stmts(&m.body)?;
            self.jump(end);
            self.set_loc(m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[ncases - 1];
            self.set_loc(m.pattern.loc);
            if ncases == 1 {
                self.emit0(Opcode::POP_TOP);
            } else {
                self.emit0(Opcode::NOP);
            }
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&m.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Option<Opcode>) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        match op {
            Some(o) => self.emit_jump(o, pc.fail_pop[pops]),
            None => {
                self.jump(pc.fail_pop[pops]);
                self.next_block();
            }
        }
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_block(pc.fail_pop[k]);
            self.emit0(Opcode::POP_TOP);
        }
        self.use_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn pattern_store_name(&mut self, name: Option<&String>, pc: &mut PatternCtx) -> CResult {
        let Some(n) = name else {
            self.emit0(Opcode::POP_TOP);
            return Ok(());
        };
        if n == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.contains(n) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.clone());
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.guard.check(self.filename, p.loc.lineno)?;
        self.set_loc(p.loc);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if super::fold::fold(value).is_none()
                    && !matches!(value.kind, ExprKind::Attribute { .. })
                {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(value)?;
                self.emit(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(value.clone());
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_ref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.pattern_store_name(name.as_ref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        }));
                    }
                    self.pattern_store_name(name.as_ref(), pc)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_ref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.emit0(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.emit0(Opcode::GET_LEN);
                self.load_const(Constant::Int(size.into()));
                self.emit(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.emit0(Opcode::GET_LEN);
                self.load_const(Constant::Int((size - 1).into()));
                self.emit(Opcode::COMPARE_OP, 5);
                self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Opcode::POP_TOP);
        } else if star_wildcard {
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_const(Constant::Int(i.into()));
                } else {
                    self.emit0(Opcode::GET_LEN);
                    self.load_const(Constant::Int((size - i).into()));
                    self.emit(Opcode::BINARY_OP, 10);
                }
                self.emit0(Opcode::BINARY_SUBSCR);
                self.pattern_subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.emit0(Opcode::POP_TOP);
        } else {
            match star {
                Some(i) => {
                    if i >= 256 {
                        return Err(
                            self.error("too many expressions in star-unpacking sequence pattern")
                        );
                    }
                    self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32);
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size;
            for q in patterns {
                pc.on_top -= 1;
                self.pattern_subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&String>,
        pc: &mut PatternCtx,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.emit0(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit0(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Opcode::GET_LEN);
            self.load_const(Constant::Int(size.into()));
            self.emit(Opcode::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        }
        let mut seen: Vec<String> = Vec::new();
        for k in keys {
            if let Some(c) = super::fold::fold(k) {
                let key = super::const_key(&c);
                if seen.contains(&key) {
                    return Err(self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        crate::dis::const_repr(&c)
                    )));
                }
                seen.push(key);
            } else if !matches!(k.kind, ExprKind::Attribute { .. }) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.expr(k)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit0(Opcode::MATCH_KEYS);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        if let Some(r) = rest {
            self.emit(Opcode::BUILD_MAP, 0);
            self.emit(Opcode::SWAP, 3);
            self.emit(Opcode::DICT_UPDATE, 2);
            self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut n = size;
            while n > 0 {
                self.emit(Opcode::COPY, 1 + n as u32);
                n -= 1;
                self.emit(Opcode::SWAP, 2);
                self.emit0(Opcode::DELETE_SUBSCR);
            }
            self.pattern_store_name(Some(r), pc)?;
        } else {
            self.emit0(Opcode::POP_TOP);
            self.emit0(Opcode::POP_TOP);
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            )));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if attr == "__debug__" {
                return Err(self.error_at("cannot assign to __debug__", kwd_patterns[i].loc));
            }
            for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                if other == attr {
                    return Err(self.error_at(
                        format!("attribute name repeated in class pattern: {attr}"),
                        kwd_patterns[j].loc,
                    ));
                }
            }
        }
        self.set_loc(p.loc);
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Some(Opcode::POP_JUMP_IF_FALSE));
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.emit0(Opcode::POP_TOP);
                continue;
            }
            self.pattern_subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let end = self.new_block();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.emit0(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, None);
        self.use_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit0(Opcode::POP_TOP);
        Ok(())
    }
}
