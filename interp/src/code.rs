//! Code objects: what the compiler produces and the interpreter runs.
//!
//! A `CodeObject` is plain Rust data (constants are [`crate::ast::Constant`],
//! nested code objects are `Rc<CodeObject>` inside [`CodeConst::Code`]); the
//! interpreter turns constants into runtime values when it first loads a code
//! object.
//!
//! Frame slot layout ("localsplus", as CPython 3.11): `varnames` first, then
//! every name of `cellvars` that is not also a parameter, then `freevars`. A
//! parameter that is also a cell keeps its varnames slot (`MAKE_CELL` turns
//! the value in place into a cell). `localsplus_names()` lists the slots and
//! `LOAD_DEREF`/`STORE_DEREF`/`LOAD_CLOSURE`/`MAKE_CELL` take slot indices.

use crate::ast::Constant;
use crate::bytecode::Instr;
use std::rc::Rc;

/// Code flags, as CPython's `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum CodeConst {
    Value(Constant),
    Code(Rc<CodeObject>),
}

/// Source position of one instruction (CPython's `co_positions()` entry).
/// `lineno == 0` means "no line" (artificial instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub lineno: u32,
    pub end_lineno: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One entry of the exception table: an exception raised by an instruction
/// in `start..end` pops the value stack down to `depth` items, pushes the
/// offending instruction index if `lasti`, pushes the exception and jumps to
/// `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    pub code: Vec<Instr>,
    /// One per instruction.
    pub positions: Vec<Position>,
    pub consts: Vec<CodeConst>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Sorted by `start`; innermost handler first where ranges nest.
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring, if the body starts with one (also `consts[0]`).
    pub docstring: Option<String>,
}

impl CodeObject {
    /// Names of the frame slots, in slot order (see module docs).
    pub fn localsplus_names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.varnames.iter().map(|s| s.as_str()).collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                v.push(c);
            }
        }
        v.extend(self.freevars.iter().map(|s| s.as_str()));
        v
    }

    /// Number of frame slots for locals, cells and frees.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len()
            + self
                .cellvars
                .iter()
                .filter(|c| !self.varnames.contains(c))
                .count()
            + self.freevars.len()
    }

    /// The source line of instruction `i` (0 when it has none).
    pub fn line_of(&self, i: usize) -> u32 {
        self.positions.get(i).map_or(0, |p| p.lineno)
    }

    /// The exception-table entry covering instruction `i`, if any.
    pub fn handler_for(&self, i: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
    }
}
