//! Symbol table: which scope every name of every block lives in.
//!
//! Algorithm (CPython 3.11's `symtable.c`): a first walk over the tree
//! records, per block (module, class, function, lambda, comprehension), the
//! ways each name is used (`DEF_*` flags: bound, parameter, `global`,
//! `nonlocal`, used, imported, annotated, comprehension iteration variable).
//! A second pass (`analyze`) resolves each name to a [`Scope`]: names bound
//! in a function are local, names bound in an enclosing function and used
//! here are free (and become cells there), other names are global (explicit
//! when declared). Class bodies do not make their names visible to nested
//! functions; a method that uses `super` or `__class__` makes the class body
//! create a `__class__` cell. Each comprehension is a function scope whose
//! first iterable is evaluated in the enclosing scope (3.11); a walrus
//! inside a comprehension binds in the nearest enclosing function (or
//! module) scope.
//!
//! Blocks are found again by the compiler through the address of their
//! defining node (`Stmt` for def/class, `Expr` for lambda/comprehension),
//! so the tree must not move between `build` and compilation.

use crate::ast::*;
use crate::error::CompileError;
use std::collections::{HashMap, HashSet};

/// Symbol usage flags (CPython's `DEF_*`).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    /// Any binding.
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Not yet resolved (only during the build).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// The kind of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    Function,
}

/// Which comprehension a function block implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comprehension {
    No,
    List,
    Set,
    Dict,
    Generator,
}

/// One name of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

/// Identifies a block in a [`SymbolTable`].
pub type BlockId = usize;

/// One block (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub name: String,
    pub lineno: u32,
    /// Names in first-seen order.
    pub names: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    /// Parameters in order (plus `.0` for comprehensions).
    pub varnames: Vec<String>,
    pub children: Vec<BlockId>,
    pub parent: Option<BlockId>,
    pub comprehension: Comprehension,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub nested: bool,
    pub has_free: bool,
    pub child_free: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    /// Location of the `global`/`nonlocal` declaration of a name.
    directives: HashMap<String, Loc>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Block {
    /// The resolved scope of `name` (`Unknown` when the block never mentions it).
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols.get(name).map_or(Scope::Unknown, |s| s.scope)
    }
    /// The usage flags of `name`.
    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }
    /// Names with the given scope or flag, sorted (CPython's `dictbytype`).
    pub fn sorted_names(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || (flag != 0 && s.flags & flag != 0))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// The symbol table of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub blocks: Vec<Block>,
    by_node: HashMap<usize, BlockId>,
    /// Whether `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    /// The top-level block.
    pub fn top(&self) -> &Block {
        &self.blocks[0]
    }
    /// The block defined by the statement (def/class) at this address.
    pub fn block_of_stmt(&self, s: &Stmt) -> Option<BlockId> {
        self.by_node.get(&(s as *const Stmt as usize)).copied()
    }
    /// The block defined by the expression (lambda/comprehension) at this address.
    pub fn block_of_expr(&self, e: &Expr) -> Option<BlockId> {
        self.by_node.get(&(e as *const Expr as usize)).copied()
    }
}

/// Bounds the native stack the front end may use, so that deeply nested
/// trees end in CPython's RecursionError instead of overflowing the stack
/// of the calling thread (which may be a 2 MiB thread).
#[derive(Clone, Copy, Debug)]
pub(crate) struct StackGuard {
    base: usize,
}

/// Stack budget of one front-end pass, in bytes.
const STACK_BUDGET: usize = 1 << 20;

impl StackGuard {
    /// A guard measuring from the caller's stack position.
    pub(crate) fn new() -> StackGuard {
        let marker = 0u8;
        StackGuard {
            base: std::ptr::addr_of!(marker) as usize,
        }
    }

    /// RecursionError when the stack has grown beyond the budget.
    pub(crate) fn check(&self, filename: &str, lineno: u32) -> Result<(), CompileError> {
        let marker = 0u8;
        let here = std::ptr::addr_of!(marker) as usize;
        if self.base.abs_diff(here) > STACK_BUDGET {
            let mut e = CompileError::syntax(
                "maximum recursion depth exceeded during compilation",
                filename,
                lineno,
                0,
            );
            e.kind = crate::error::CompileErrorKind::RecursionError;
            return Err(e);
        }
        Ok(())
    }
}

/// Mangles a private name (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds the symbol table of a module.
pub fn build(m: &Mod, filename: &str) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        blocks: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
        private: None,
        filename,
        future_annotations: false,
        guard: StackGuard::new(),
    };
    b.enter(BlockKind::Module, "top", 0, 0);
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => {
            b.future_annotations = has_future_annotations(body);
            for s in body {
                b.stmt(s)?;
            }
        }
        Mod::Expression { body } => b.expr(body)?,
    }
    b.stack.pop();
    let mut t = SymbolTable {
        blocks: b.blocks,
        by_node: b.by_node,
        future_annotations: b.future_annotations,
    };
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyze_block(&mut t, 0, None, &mut free, &mut global, filename)?;
    Ok(t)
}

fn has_future_annotations(body: &[Stmt]) -> bool {
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
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

struct Builder<'a> {
    blocks: Vec<Block>,
    by_node: HashMap<usize, BlockId>,
    stack: Vec<BlockId>,
    private: Option<String>,
    filename: &'a str,
    future_annotations: bool,
    guard: StackGuard,
}

fn err_at(msg: String, filename: &str, loc: Loc) -> CompileError {
    let mut e = CompileError::syntax(msg, filename, loc.lineno, loc.col_offset + 1);
    e.end_lineno = loc.end_lineno;
    e.end_offset = loc.end_col_offset + 1;
    e
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Block {
        let id = *self
            .stack
            .last()
            .expect("block stack is never empty while visiting");
        &mut self.blocks[id]
    }
    fn cur_id(&self) -> BlockId {
        *self
            .stack
            .last()
            .expect("block stack is never empty while visiting")
    }

    fn enter(&mut self, kind: BlockKind, name: &str, lineno: u32, key: usize) {
        let parent = self.stack.last().copied();
        let nested = parent.is_some_and(|p| {
            let pb = &self.blocks[p];
            pb.nested || pb.kind == BlockKind::Function
        });
        let id = self.blocks.len();
        self.blocks.push(Block {
            kind,
            name: name.to_string(),
            lineno,
            names: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            parent,
            comprehension: Comprehension::No,
            is_generator: false,
            is_coroutine: false,
            nested,
            has_free: false,
            child_free: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        });
        if let Some(p) = parent {
            self.blocks[p].children.push(id);
        }
        if key != 0 {
            self.by_node.insert(key, id);
        }
        self.stack.push(id);
    }

    fn add_def_in(
        &mut self,
        id: BlockId,
        name: &str,
        flag: u32,
        loc: Loc,
    ) -> Result<(), CompileError> {
        let mangled = mangle(self.private.as_deref(), name);
        let filename = self.filename;
        let blk = &mut self.blocks[id];
        let old = blk.symbols.get(&mangled).map_or(0, |s| s.flags);
        if flag & def::PARAM != 0 && old & def::PARAM != 0 {
            return Err(err_at(
                format!("duplicate argument '{name}' in function definition"),
                filename,
                loc,
            ));
        }
        let mut val = old | flag;
        if blk.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(err_at(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    filename,
                    loc,
                ));
            }
            val |= def::COMP_ITER;
        }
        if !blk.symbols.contains_key(&mangled) {
            blk.names.push(mangled.clone());
        }
        blk.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: Scope::Unknown,
            },
        );
        if flag & def::PARAM != 0 {
            blk.varnames.push(mangled.clone());
        } else if flag & def::GLOBAL != 0 {
            let top = &mut self.blocks[0];
            let g = top.symbols.get(&mangled).map_or(0, |s| s.flags);
            if !top.symbols.contains_key(&mangled) {
                top.names.push(mangled.clone());
            }
            top.symbols.insert(
                mangled,
                Symbol {
                    flags: g | flag,
                    scope: Scope::Unknown,
                },
            );
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Result<(), CompileError> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, loc)
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.blocks[self.cur_id()].flags_of(&mangled)
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), CompileError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        if self.future_annotations {
            // Annotations become strings; names in them are not used.
            return Ok(());
        }
        self.expr(e)
    }

    fn arguments_defaults(&mut self, a: &Arguments) -> Result<(), CompileError> {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn arguments_annotations(
        &mut self,
        a: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            if let Some(ann) = &arg.annotation {
                self.annotation(ann)?;
            }
        }
        for arg in a.vararg.iter().chain(&a.kwarg) {
            if let Some(ann) = &arg.annotation {
                self.annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> Result<(), CompileError> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, def::PARAM, arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, def::PARAM, v.loc)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, def::PARAM, k.loc)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.guard.check(self.filename, s.loc.lineno)?;
        let key = s as *const Stmt as usize;
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, def::LOCAL, s.loc)?;
                self.arguments_defaults(&f.args)?;
                self.arguments_annotations(&f.args, f.returns.as_deref())?;
                self.exprs(&f.decorator_list)?;
                let lineno = f
                    .decorator_list
                    .first()
                    .map_or(s.loc.lineno, |d| d.loc.lineno)
                    .min(s.loc.lineno);
                self.enter(BlockKind::Function, &f.name, lineno, key);
                if matches!(s.kind, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().is_coroutine = true;
                }
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, def::LOCAL, s.loc)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                let lineno = decorator_list
                    .first()
                    .map_or(s.loc.lineno, |d| d.loc.lineno)
                    .min(s.loc.lineno);
                self.enter(BlockKind::Class, name, lineno, key);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.stack.pop();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && self.cur_id() != 0 && *simple {
                        let what = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err_at(
                            format!("annotated name '{id}' can't be {what}"),
                            self.filename,
                            s.loc,
                        ));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
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
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur_id() != 0
                            && self.blocks[self.cur_id()].kind != BlockKind::Module
                        {
                            return Err(err_at(
                                "import * only allowed at module level".into(),
                                self.filename,
                                a.loc,
                            ));
                        }
                        continue;
                    }
                    let store = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(store, def::IMPORT, a.loc)?;
                }
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let is_global = matches!(s.kind, StmtKind::Global { .. });
                let what = if is_global { "global" } else { "nonlocal" };
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and {what}")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to {what} declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be {what}")
                        } else {
                            format!("name '{name}' is assigned to before {what} declaration")
                        };
                        return Err(err_at(msg, self.filename, s.loc));
                    }
                    self.add_def(
                        name,
                        if is_global {
                            def::GLOBAL
                        } else {
                            def::NONLOCAL
                        },
                        s.loc,
                    )?;
                    let mangled = mangle(self.private.as_deref(), name);
                    self.cur().directives.entry(mangled).or_insert(s.loc);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        self.guard.check(self.filename, p.loc.lineno)?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.loc)?;
                }
            }
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<(), CompileError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let loc = target.loc;
        for &bid in self.stack.clone().iter().rev() {
            let blk = &self.blocks[bid];
            if blk.comprehension != Comprehension::No {
                let mangled = mangle(self.private.as_deref(), id);
                if blk.flags_of(&mangled) & def::COMP_ITER != 0 {
                    return Err(err_at(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        self.filename,
                        loc,
                    ));
                }
                continue;
            }
            match blk.kind {
                BlockKind::Function => {
                    let mangled = mangle(self.private.as_deref(), id);
                    let flag = if blk.flags_of(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, loc)?;
                    self.cur().directives.entry(mangled).or_insert(loc);
                    return self.add_def_in(bid, id, def::LOCAL, loc);
                }
                BlockKind::Module => {
                    let mangled = mangle(self.private.as_deref(), id);
                    self.add_def(id, def::GLOBAL, loc)?;
                    self.cur().directives.entry(mangled).or_insert(loc);
                    return self.add_def_in(bid, id, def::GLOBAL, loc);
                }
                BlockKind::Class => {
                    return Err(err_at(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        self.filename,
                        loc,
                    ));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comprehension,
        generators: &[crate::ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(
            BlockKind::Function,
            name,
            e.loc.lineno,
            e as *const Expr as usize,
        );
        self.cur().comprehension = kind;
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", def::PARAM, e.loc)?;
        self.cur().comp_iter_target = true;
        self.expr(&first.target)?;
        self.cur().comp_iter_target = false;
        self.exprs(&first.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.cur().is_generator = is_generator;
        let is_async = self.cur().is_coroutine && !is_generator;
        self.stack.pop();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }

    fn yield_check(&mut self, e: &Expr) -> Result<(), CompileError> {
        let blk = &self.blocks[self.cur_id()];
        let what = match blk.comprehension {
            Comprehension::No => return Ok(()),
            Comprehension::List => "list comprehension",
            Comprehension::Set => "set comprehension",
            Comprehension::Dict => "dict comprehension",
            Comprehension::Generator => "generator expression",
        };
        Err(err_at(
            format!("'yield' inside {what}"),
            self.filename,
            e.loc,
        ))
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.guard.check(self.filename, e.loc.lineno)?;
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.blocks[self.cur_id()].comp_iter_expr > 0 {
                    return Err(err_at(
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        self.filename,
                        e.loc,
                    ));
                }
                if self.blocks[self.cur_id()].comprehension != Comprehension::No {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arguments_defaults(args)?;
                self.enter(
                    BlockKind::Function,
                    "lambda",
                    e.loc.lineno,
                    e as *const Expr as usize,
                );
                self.params(args)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                Comprehension::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                Comprehension::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.yield_check(e)?;
                self.cur().is_generator = true;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.yield_check(e)?;
                self.cur().is_generator = true;
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    def::USE
                } else {
                    def::LOCAL
                };
                self.add_def(id, flag, e.loc)?;
                if *ctx == ExprContext::Load
                    && id == "super"
                    && self.blocks[self.cur_id()].kind == BlockKind::Function
                {
                    self.add_def("__class__", def::USE, e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }
}

fn analyze_name(
    blk: &mut Block,
    scopes: &mut HashMap<String, Scope>,
    name: &str,
    flags: u32,
    bound: &mut Option<HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    filename: &str,
) -> Result<(), CompileError> {
    let directive_err = |blk: &Block, msg: String| {
        let loc = blk.directives.get(name).copied().unwrap_or_default();
        err_at(msg, filename, loc)
    };
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(directive_err(
                blk,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        scopes.insert(name.to_string(), Scope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound.as_mut() {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & def::NONLOCAL != 0 {
        let Some(bound) = bound.as_ref() else {
            return Err(directive_err(
                blk,
                "nonlocal declaration not allowed at module level".into(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_err(
                blk,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        scopes.insert(name.to_string(), Scope::Free);
        blk.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & def::BOUND != 0 {
        scopes.insert(name.to_string(), Scope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        scopes.insert(name.to_string(), Scope::Free);
        blk.has_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if global.contains(name) {
        scopes.insert(name.to_string(), Scope::GlobalImplicit);
        return Ok(());
    }
    if blk.nested {
        blk.has_free = true;
    }
    scopes.insert(name.to_string(), Scope::GlobalImplicit);
    Ok(())
}

fn analyze_block(
    t: &mut SymbolTable,
    id: BlockId,
    mut bound: Option<HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    filename: &str,
) -> Result<(), CompileError> {
    let mut local = HashSet::new();
    let mut scopes = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let kind = t.blocks[id].kind;
    if kind == BlockKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let names = t.blocks[id].names.clone();
    for name in &names {
        let flags = t.blocks[id].flags_of(name);
        analyze_name(
            &mut t.blocks[id],
            &mut scopes,
            name,
            flags,
            &mut bound,
            &mut local,
            free,
            global,
            filename,
        )?;
    }
    if kind != BlockKind::Class {
        if kind == BlockKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = HashSet::new();
    for c in t.blocks[id].children.clone() {
        let tb = newbound.clone();
        let mut tg = newglobal.clone();
        let mut tf = HashSet::new();
        analyze_block(t, c, Some(tb), &mut tf, &mut tg, filename)?;
        if t.blocks[c].has_free || t.blocks[c].child_free {
            t.blocks[id].child_free = true;
        }
        allfree.extend(tf);
    }
    newfree.extend(allfree);
    if kind == BlockKind::Function {
        for (name, sc) in scopes.iter_mut() {
            if *sc == Scope::Local && newfree.remove(name) {
                *sc = Scope::Cell;
            }
        }
    } else if kind == BlockKind::Class && newfree.remove("__class__") {
        t.blocks[id].needs_class_closure = true;
    }
    // Record the results.
    let blk = &mut t.blocks[id];
    for name in &names {
        if let Some(s) = blk.symbols.get_mut(name) {
            s.scope = scopes.get(name).copied().unwrap_or(Scope::GlobalImplicit);
        }
    }
    let mut nf: Vec<&String> = newfree.iter().collect();
    nf.sort();
    for name in nf {
        if let Some(s) = blk.symbols.get_mut(name) {
            if kind == BlockKind::Class && s.flags & (def::BOUND | def::GLOBAL) != 0 {
                s.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if bound.as_ref().is_some_and(|b| !b.contains(name)) {
            continue;
        }
        blk.names.push(name.clone());
        blk.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: Scope::Free,
            },
        );
    }
    free.extend(newfree);
    Ok(())
}
