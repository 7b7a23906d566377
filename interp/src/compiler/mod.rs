//! Compiler from AST to code objects, following CPython 3.11's `compile.c`.
//!
//! One [`Unit`] per code object being built (module, class body, function,
//! lambda, comprehension), stacked as the tree nests. Each unit owns a CFG
//! of basic blocks ([`cfg`]) and a stack of "frame blocks" (loops, try,
//! with, handlers) that `return`/`break`/`continue` unwind. Statements live
//! in `stmt.rs`, expressions and calls in `expr.rs`, pattern matching in
//! `pattern.rs`, constant folding in `fold.rs`; `cfg.rs` assembles.
//!
//! Positions: every instruction carries the span of the innermost node
//! being compiled (`set_loc`); "artificial" instructions get line 0 and
//! inherit the previous line at assembly, as CPython's `UNSET_LOC`.

mod cfg;
mod expr;
mod fold;
mod pattern;
mod stmt;
mod verify;

pub use verify::verify;

use crate::ast::*;
use crate::bytecode::Opcode;
use crate::code::{flags, CodeConst, CodeObject, Position};
use crate::error::{CompileError, Mode};
use crate::symtable::{self, BlockId, BlockKind, Scope, SymbolTable};
use cfg::{BasicBlock, Ins, Op, DEREF_FLAG};
use std::collections::HashMap;
use std::rc::Rc;

/// Deepest nesting of loops/try/with blocks in one code unit (CPython's `CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

/// Compiles a tree to a code object.
pub fn compile(m: &Mod, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, CompileError> {
    let st = symtable::build(m, filename)?;
    let mut c = Compiler {
        st: &st,
        filename,
        units: Vec::new(),
        interactive: false,
        nest: 0,
        module_body: None,
        guard: symtable::StackGuard::new(),
    };
    c.compile_mod(m, mode)
}

/// Parses and compiles source text; errors carry the offending source line.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    let m = crate::parser::parse(source, filename, mode).map_err(|e| e.with_source(source))?;
    compile(&m, filename, mode).map_err(|e| e.with_source(source))
}

/// What kind of code a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Frame block kinds (CPython's `fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FbKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone)]
enum FbDatum<'a> {
    None,
    Body(&'a [Stmt]),
    Name(String),
    Loc(Loc),
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FbKind,
    block: usize,
    exit: usize,
    datum: FbDatum<'a>,
}

/// One code object under construction.
struct Unit<'a> {
    sym: BlockId,
    kind: UnitKind,
    name: String,
    qualname: String,
    private: Option<String>,
    consts: Vec<CodeConst>,
    const_index: HashMap<String, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    blocks: Vec<BasicBlock>,
    order: Vec<usize>,
    cur: usize,
    fblocks: Vec<FBlock<'a>>,
    loc: Position,
    firstlineno: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    docstring: Option<String>,
}

struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: &'a str,
    units: Vec<Unit<'a>>,
    interactive: bool,
    nest: usize,
    /// The module's statements (for `from __future__` placement checks).
    module_body: Option<&'a [Stmt]>,
    guard: symtable::StackGuard,
}

type CResult<T = ()> = Result<T, CompileError>;

/// A key telling constants apart the way CPython's const cache does
/// (type and value; -0.0 differs from 0.0; 1 differs from True).
fn const_key(c: &Constant) -> String {
    match c {
        Constant::None => "N".into(),
        Constant::Bool(b) => format!("B{b}"),
        Constant::Ellipsis => "E".into(),
        Constant::Int(i) => format!("I{i}"),
        Constant::Float(f) => format!("F{:x}", f.to_bits()),
        Constant::Complex { real, imag } => format!("C{:x},{:x}", real.to_bits(), imag.to_bits()),
        Constant::Str(s) => format!("S{s}"),
        Constant::Bytes(b) => format!("Y{b:?}"),
        Constant::Tuple(v) => format!(
            "T({})",
            v.iter().map(const_key).collect::<Vec<_>>().join(",")
        ),
        Constant::FrozenSet(v) => format!(
            "Z({})",
            v.iter().map(const_key).collect::<Vec<_>>().join(",")
        ),
    }
}

fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr { value }) => match &value.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn pos_of(loc: Loc) -> Position {
    Position {
        lineno: loc.lineno,
        end_lineno: loc.end_lineno,
        col: loc.col_offset,
        end_col: loc.end_col_offset,
    }
}

impl<'a> Compiler<'a> {
    // ----- errors -----

    fn error_at(&self, msg: impl Into<String>, loc: Loc) -> CompileError {
        let mut e = CompileError::syntax(msg, self.filename, loc.lineno, loc.col_offset + 1);
        e.end_lineno = loc.end_lineno;
        e.end_offset = loc.end_col_offset + 1;
        e
    }

    /// A SyntaxError at the current location.
    fn error(&self, msg: impl Into<String>) -> CompileError {
        let p = self.u_ref().loc;
        let mut e = CompileError::syntax(msg, self.filename, p.lineno, p.col + 1);
        e.end_lineno = p.end_lineno;
        e.end_offset = p.end_col + 1;
        e
    }

    // ----- units -----

    fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is active while compiling")
    }
    fn u_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is active while compiling")
    }
    fn ste(&self) -> &'a symtable::Block {
        &self.st.blocks[self.u_ref().sym]
    }

    fn enter_scope(&mut self, name: &str, kind: UnitKind, sym: BlockId, lineno: u32) {
        let ste = &self.st.blocks[sym];
        let mut cellvars = ste.sorted_names(Scope::Cell, 0);
        if ste.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = ste.sorted_names(Scope::Free, symtable::def::FREE_CLASS);
        let private = match kind {
            UnitKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let qualname = self.qualname_for(name, kind);
        let mut u = Unit {
            sym,
            kind,
            name: name.to_string(),
            qualname,
            private,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: ste.varnames.clone(),
            cellvars,
            freevars,
            blocks: vec![BasicBlock::default()],
            order: vec![0],
            cur: 0,
            fblocks: Vec::new(),
            loc: Position {
                lineno,
                end_lineno: lineno,
                col: 0,
                end_col: 0,
            },
            firstlineno: lineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            docstring: None,
        };
        if kind == UnitKind::Module {
            u.loc = Position {
                lineno: 0,
                end_lineno: 1,
                col: 0,
                end_col: 0,
            };
        }
        self.units.push(u);
        self.nest += 1;
        self.emit(Opcode::RESUME, 0);
        if kind == UnitKind::Module {
            self.u().loc = Position::default();
        }
    }

    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        // A name declared global in the parent function/class gets no prefix.
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            if self.st.blocks[parent.sym].scope_of(&mangled) == Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Finishes the current unit and returns its code object.
    fn exit_scope(&mut self) -> CResult<Rc<CodeObject>> {
        let u = self.units.pop().expect("exit_scope with an active unit");
        self.nest -= 1;
        let ste = &self.st.blocks[u.sym];
        let mut fl = 0;
        if ste.kind == BlockKind::Function {
            fl |= flags::NEWLOCALS | flags::OPTIMIZED;
            if ste.nested {
                fl |= flags::NESTED;
            }
            match (ste.is_generator, ste.is_coroutine) {
                (true, false) => fl |= flags::GENERATOR,
                (false, true) => fl |= flags::COROUTINE,
                (true, true) => fl |= flags::ASYNC_GENERATOR,
                _ => {}
            }
            if ste.varargs {
                fl |= flags::VARARGS;
            }
            if ste.varkeywords {
                fl |= flags::VARKEYWORDS;
            }
        }
        let nlocals = u.varnames.len();
        let cell_param_slot: Vec<Option<usize>> = u
            .cellvars
            .iter()
            .map(|c| u.varnames.iter().position(|v| v == c))
            .collect();
        let asm = cfg::assemble(cfg::AsmInput {
            blocks: u.blocks,
            order: u.order,
            nlocals,
            cell_param_slot,
            nfree: u.freevars.len(),
            firstlineno: u.firstlineno,
            resume_line: u.firstlineno,
            _p: std::marker::PhantomData,
        })
        .map_err(|m| {
            CompileError::syntax(
                format!("internal compiler error in {}: {m}", u.qualname),
                self.filename,
                u.firstlineno,
                0,
            )
        })?;
        Ok(Rc::new(CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.to_string(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            stacksize: asm.stacksize,
            code: asm.code,
            positions: asm.positions,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            exception_table: asm.exception_table,
            docstring: u.docstring,
        }))
    }

    // ----- blocks and emission -----

    fn new_block(&mut self) -> usize {
        let u = self.u();
        u.blocks.push(BasicBlock::default());
        u.blocks.len() - 1
    }

    /// Makes `b` the current block, placed after the current one.
    fn use_block(&mut self, b: usize) {
        let u = self.u();
        u.order.push(b);
        u.cur = b;
    }

    /// Starts a fresh block after the current one (after a terminator).
    fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    /// Appends an instruction; a jump or terminator ends the block.
    fn push_ins(&mut self, op: Op, arg: u32, target: usize) {
        let u = self.u();
        let pos = u.loc;
        let cur = u.cur;
        let ins = Ins {
            op,
            arg,
            target,
            pos,
        };
        let ends = ins.ends_block();
        u.blocks[cur].instrs.push(ins);
        if ends {
            self.next_block();
        }
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        if op == Opcode::BUILD_TUPLE && arg > 0 && self.fold_build_tuple(arg as usize) {
            return;
        }
        self.push_ins(Op::Real(op), arg, 0);
    }

    /// `LOAD_CONST a; ...; LOAD_CONST z; BUILD_TUPLE n` ==> `LOAD_CONST (a, ..., z)`
    /// (CPython's `fold_tuple_on_constants`).
    fn fold_build_tuple(&mut self, n: usize) -> bool {
        let u = self.u_ref();
        let ins = &u.blocks[u.cur].instrs;
        if ins.len() < n {
            return false;
        }
        let tail = &ins[ins.len() - n..];
        let mut items = Vec::with_capacity(n);
        for i in tail {
            if i.op != Op::Real(Opcode::LOAD_CONST) {
                return false;
            }
            match &u.consts[i.arg as usize] {
                CodeConst::Value(c) => items.push(c.clone()),
                CodeConst::Code(_) => return false,
            }
        }
        let u = self.u();
        let cur = u.cur;
        let len = u.blocks[cur].instrs.len();
        u.blocks[cur].instrs.truncate(len - n);
        self.load_const(Constant::Tuple(items));
        true
    }

    fn emit0(&mut self, op: Opcode) {
        self.push_ins(Op::Real(op), 0, 0);
    }

    fn emit_jump(&mut self, mut op: Opcode, target: usize) {
        // LOAD_CONST None; IS_OP k; POP_JUMP_IF_X  ==>  POP_JUMP_IF_[NOT_]NONE
        if matches!(op, Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) {
            let u = self.u();
            let cur = u.cur;
            let ins = &u.blocks[cur].instrs;
            let n = ins.len();
            if n >= 2
                && ins[n - 1].op == Op::Real(Opcode::IS_OP)
                && ins[n - 2].op == Op::Real(Opcode::LOAD_CONST)
                && matches!(
                    u.consts[ins[n - 2].arg as usize],
                    CodeConst::Value(Constant::None)
                )
            {
                let is_not = ins[n - 1].arg == 1;
                let jump_if_true = op == Opcode::POP_JUMP_IF_TRUE;
                op = if is_not == jump_if_true {
                    Opcode::POP_JUMP_IF_NOT_NONE
                } else {
                    Opcode::POP_JUMP_IF_NONE
                };
                u.blocks[cur].instrs.truncate(n - 2);
            }
        }
        self.push_ins(Op::Real(op), 0, target);
    }

    fn emit_pseudo(&mut self, op: Op, target: usize) {
        self.push_ins(op, 0, target);
    }

    /// An unconditional jump (forward or backward is decided at layout).
    fn jump(&mut self, target: usize) {
        self.push_ins(Op::Jump, 0, target);
    }

    /// Like `jump`, but with no line of its own.
    fn jump_noline(&mut self, target: usize) {
        let saved = self.u().loc;
        self.u().loc = Position::default();
        self.push_ins(Op::Jump, 0, target);
        self.u().loc = saved;
    }

    fn emit_noline(&mut self, op: Op) {
        let saved = self.u().loc;
        self.u().loc = Position::default();
        self.push_ins(op, 0, 0);
        self.u().loc = saved;
    }

    fn set_loc(&mut self, loc: Loc) -> Position {
        let u = self.u();
        std::mem::replace(&mut u.loc, pos_of(loc))
    }

    fn unset_loc(&mut self) {
        self.u().loc = Position::default();
    }

    fn restore_loc(&mut self, p: Position) {
        self.u().loc = p;
    }

    // ----- constants and names -----

    fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(CodeConst::Value(c));
        u.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    fn add_code_const(&mut self, code: Rc<CodeObject>) -> u32 {
        let u = self.u();
        u.consts.push(CodeConst::Code(code));
        (u.consts.len() - 1) as u32
    }

    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.u_ref().private.as_deref(), name)
    }

    fn add_name_raw(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// Adds a (mangled) name to co_names.
    fn add_name(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.add_name_raw(&m)
    }

    fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }

    /// The cell/free index (before slot fix-up) of a name.
    fn deref_index(&self, name: &str, free: bool) -> CResult<u32> {
        let u = self.u_ref();
        let idx = if free {
            u.freevars
                .iter()
                .position(|v| v == name)
                .map(|i| i + u.cellvars.len())
        } else {
            u.cellvars.iter().position(|v| v == name)
        };
        idx.map(|i| i as u32 | DEREF_FLAG)
            .ok_or_else(|| self.error(format!("internal compiler error: no cell for '{name}'")))
    }

    /// Loads, stores or deletes a name with the right opcode for its scope.
    fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        if name == "__debug__" && ctx != ExprContext::Load {
            let what = if ctx == ExprContext::Store {
                "assign to"
            } else {
                "delete"
            };
            return Err(self.error(format!("cannot {what} __debug__")));
        }
        let mangled = self.mangle(name);
        let ste = self.ste();
        let scope = ste.scope_of(&mangled);
        let is_func = ste.kind == BlockKind::Function;
        enum K {
            Deref(bool),
            Fast,
            Global,
            Name,
        }
        let k = match scope {
            Scope::Free => K::Deref(true),
            Scope::Cell => K::Deref(false),
            Scope::Local if is_func => K::Fast,
            Scope::GlobalImplicit if is_func => K::Global,
            Scope::GlobalExplicit => K::Global,
            _ => K::Name,
        };
        match k {
            K::Deref(free) => {
                let i = self.deref_index(&mangled, free)?;
                let op = match ctx {
                    ExprContext::Load if ste.kind == BlockKind::Class => Opcode::LOAD_CLASSDEREF,
                    ExprContext::Load => Opcode::LOAD_DEREF,
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            K::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            K::Global => {
                let i = self.add_name_raw(&mangled);
                match ctx {
                    ExprContext::Load => {
                        // PUSH_NULL; LOAD_GLOBAL x  ==>  LOAD_GLOBAL (NULL + x)
                        let u = self.u();
                        let cur = u.cur;
                        let b = &mut u.blocks[cur].instrs;
                        if b.last()
                            .is_some_and(|l| l.op == Op::Real(Opcode::PUSH_NULL))
                        {
                            b.pop();
                            self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
                        } else {
                            self.emit(Opcode::LOAD_GLOBAL, i << 1);
                        }
                    }
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, i),
                    ExprContext::Del => self.emit(Opcode::DELETE_GLOBAL, i),
                }
            }
            K::Name => {
                let i = self.add_name_raw(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    ExprContext::Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    // ----- frame blocks -----

    fn push_fblock(
        &mut self,
        kind: FbKind,
        block: usize,
        exit: usize,
        datum: FbDatum<'a>,
    ) -> CResult {
        if self.u_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ----- top level -----

    fn compile_mod(&mut self, m: &'a Mod, mode: Mode) -> CResult<Rc<CodeObject>> {
        self.enter_scope("<module>", UnitKind::Module, 0, 1);
        match m {
            Mod::Module { body, .. } => {
                self.module_body = Some(body);
                self.body(body, mode == Mode::Single)?;
            }
            Mod::Interactive { body } => {
                self.module_body = Some(body);
                self.interactive = true;
                if stmt::find_ann(body) {
                    self.emit0(Opcode::SETUP_ANNOTATIONS);
                }
                for s in body {
                    self.stmt(s)?;
                }
            }
            Mod::Expression { body } => {
                self.expr(body)?;
                self.emit0(Opcode::RETURN_VALUE);
                return self.exit_scope();
            }
        }
        self.unset_loc();
        self.load_const(Constant::None);
        self.emit0(Opcode::RETURN_VALUE);
        self.exit_scope()
    }

    /// Module or class body: annotations setup, docstring, statements.
    fn body(&mut self, stmts: &'a [Stmt], interactive: bool) -> CResult {
        if interactive {
            self.interactive = true;
        }
        if self.u_ref().kind == UnitKind::Module {
            if let Some(s) = stmts.first() {
                self.set_loc(s.loc);
            }
        }
        if stmt::find_ann(stmts) {
            self.emit0(Opcode::SETUP_ANNOTATIONS);
        }
        let mut rest = stmts;
        if !self.interactive {
            if let (Some(_), Some(first)) = (docstring_of(stmts), stmts.first()) {
                if let StmtKind::Expr { value } = &first.kind {
                    self.set_loc(first.loc);
                    self.expr(value)?;
                    self.nameop("__doc__", ExprContext::Store)?;
                    rest = &stmts[1..];
                }
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    // ----- functions, classes, lambdas -----

    /// Pushes the closure tuple (if any) and the code, then MAKE_FUNCTION.
    fn make_closure(&mut self, code: Rc<CodeObject>, mut fflags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let u = self.u_ref();
                let is_cell = (u.kind == UnitKind::Class && name == "__class__")
                    || self.ste().scope_of(&name) == Scope::Cell;
                let i = if is_cell && u.cellvars.contains(&name) {
                    self.deref_index(&name, false)?
                } else {
                    self.deref_index(&name, true)?
                };
                self.emit(Opcode::LOAD_CLOSURE, i);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            fflags |= 8;
        }
        let i = self.add_code_const(code);
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, fflags);
        Ok(())
    }

    /// Defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs);
        if all
            .chain(args.kwarg.as_deref())
            .any(|a| a.arg == "__debug__")
        {
            return Err(self.error("cannot assign to __debug__"));
        }
        let mut fl = 0;
        if !args.defaults.is_empty() {
            self.tuple_of(&args.defaults)?;
            fl |= 1;
        }
        let mut keys = Vec::new();
        for (arg, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Constant::Str(self.mangle(&arg.arg)));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            fl |= 2;
        }
        Ok(fl)
    }

    fn annotation_value(&mut self, ann: &'a Expr) -> CResult {
        if self.st.future_annotations {
            let s = crate::compiler::expr::unparse(ann);
            self.load_const(Constant::Str(s));
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.expr(ann)?;
        }
        Ok(())
    }

    /// Pushes the annotations tuple; returns whether one was pushed.
    fn function_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        let mut one = |c: &mut Self, name: &str, ann: &'a Option<Box<Expr>>| -> CResult {
            if let Some(a) = ann {
                let m = c.mangle(name);
                c.load_const(Constant::Str(m));
                c.annotation_value(a)?;
                n += 2;
            }
            Ok(())
        };
        for a in &args.args {
            one(self, &a.arg, &a.annotation)?;
        }
        for a in &args.posonlyargs {
            one(self, &a.arg, &a.annotation)?;
        }
        if let Some(v) = &args.vararg {
            one(self, &v.arg, &v.annotation)?;
        }
        for a in &args.kwonlyargs {
            one(self, &a.arg, &a.annotation)?;
        }
        if let Some(k) = &args.kwarg {
            one(self, &k.arg, &k.annotation)?;
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation_value(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n);
        }
        Ok(n > 0)
    }

    fn function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef, is_async: bool) -> CResult {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let mut fl = self.default_arguments(&f.args)?;
        if self.function_annotations(&f.args, f.returns.as_deref())? {
            fl |= 4;
        }
        let sym = self
            .st
            .block_of_stmt(s)
            .ok_or_else(|| self.error("internal compiler error: no symbol table for function"))?;
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, sym, firstlineno);
        let doc = docstring_of(&f.body);
        self.add_const(doc.map_or(Constant::None, |d| Constant::Str(d.to_string())));
        {
            let u = self.u();
            u.docstring = doc.map(str::to_string);
            u.argcount = (f.args.args.len() + f.args.posonlyargs.len()) as u32;
            u.posonlyargcount = f.args.posonlyargs.len() as u32;
            u.kwonlyargcount = f.args.kwonlyargs.len() as u32;
        }
        let start = usize::from(doc.is_some());
        for st in &f.body[start..] {
            self.stmt(st)?;
        }
        self.function_epilogue();
        let code = self.exit_scope()?;
        self.set_loc(s.loc);
        self.make_closure(code, fl)?;
        self.apply_decorators(&f.decorator_list);
        self.set_loc(s.loc);
        self.nameop(&f.name, ExprContext::Store)
    }

    /// Calls the decorators (innermost first), each at its own position.
    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            self.set_loc(d.loc);
            self.emit(Opcode::CALL, 0);
        }
    }

    /// Implicit `return None` at the end of a function body.
    fn function_epilogue(&mut self) {
        self.unset_loc();
        self.load_const(Constant::None);
        self.emit0(Opcode::RETURN_VALUE);
    }

    fn class_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            return Ok(());
        };
        for d in decorator_list {
            self.expr(d)?;
        }
        let firstlineno = decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        let sym = self
            .st
            .block_of_stmt(s)
            .ok_or_else(|| self.error("internal compiler error: no symbol table for class"))?;
        self.enter_scope(name, UnitKind::Class, sym, firstlineno);
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qn = self.u_ref().qualname.clone();
        self.load_const(Constant::Str(qn));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(body, false)?;
        if self.ste().needs_class_closure {
            let i = self.deref_index("__class__", false)?;
            self.unset_loc();
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.unset_loc();
            self.load_const(Constant::None);
        }
        self.emit0(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.set_loc(s.loc);
        self.emit0(Opcode::PUSH_NULL);
        self.emit0(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(name.clone()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorator_list);
        self.set_loc(s.loc);
        self.nameop(name, ExprContext::Store)
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let fl = self.default_arguments(args)?;
        let sym = self
            .st
            .block_of_expr(e)
            .ok_or_else(|| self.error("internal compiler error: no symbol table for lambda"))?;
        self.enter_scope("<lambda>", UnitKind::Lambda, sym, e.loc.lineno);
        self.add_const(Constant::None);
        {
            let u = self.u();
            u.argcount = (args.args.len() + args.posonlyargs.len()) as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        self.expr(body)?;
        if self.ste().is_generator {
            self.unset_loc();
        }
        self.emit0(Opcode::RETURN_VALUE);
        let code = self.exit_scope()?;
        self.make_closure(code, fl)
    }
}
