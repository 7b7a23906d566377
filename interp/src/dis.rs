//! Disassembler: code objects as text, laid out like CPython 3.11's
//! `dis.dis()` (line column, `>>` jump targets, offsets, opcode names,
//! arguments with their resolved values, nested code objects, exception
//! table). Offsets are instruction index × 2 so they read like CPython's
//! byte offsets; code object addresses are fake but stable (numbered in
//! order of appearance) so the output can be compared in tests.

use crate::ast::Constant;
use crate::bytecode::{ArgKind, Opcode, BINARY_OPS, COMPARE_OPS};
use crate::code::{CodeConst, CodeObject};
use std::collections::HashMap;
use std::fmt::Write;

/// Disassembles `code` and, recursively, every code object in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut d = Dis {
        addrs: HashMap::new(),
        out: String::new(),
    };
    d.recursive(code);
    d.out
}

/// One instruction as `dis.get_instructions()` describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct DisInstr {
    pub opname: &'static str,
    /// `None` for opcodes without an argument.
    pub arg: Option<u32>,
    pub argrepr: String,
    /// Instruction index × 2.
    pub offset: usize,
    pub position: crate::code::Position,
    pub is_jump_target: bool,
}

/// The instructions of one code object (not nested ones), with resolved
/// arguments; code objects in arguments are shown without an address.
pub fn instructions(code: &CodeObject) -> Vec<DisInstr> {
    let mut d = Dis {
        addrs: HashMap::new(),
        out: String::new(),
    };
    let locals = code.localsplus_names();
    let mut labels = std::collections::HashSet::new();
    for ins in &code.code {
        if ins.op().arg_kind() == ArgKind::Jump {
            labels.insert(ins.arg() as usize);
        }
    }
    for e in &code.exception_table {
        labels.insert(e.target as usize);
    }
    code.code
        .iter()
        .enumerate()
        .map(|(i, ins)| {
            let op = ins.op();
            let has_arg = op.arg_kind() != ArgKind::None;
            let mut argrepr = if has_arg {
                d.argrepr(code, &locals, op, ins.arg())
            } else {
                String::new()
            };
            if let Some(k) = argrepr.find(" at 0x") {
                if argrepr.starts_with("<code object") {
                    if let Some(comma) = argrepr[k..].find(',') {
                        argrepr.replace_range(k..k + comma, "");
                    }
                }
            }
            DisInstr {
                opname: op.name(),
                arg: has_arg.then(|| ins.arg()),
                argrepr,
                offset: i * 2,
                position: code.positions.get(i).copied().unwrap_or_default(),
                is_jump_target: labels.contains(&i),
            }
        })
        .collect()
}

struct Dis {
    addrs: HashMap<*const CodeObject, u64>,
    out: String,
}

impl Dis {
    fn addr(&mut self, c: &CodeObject) -> u64 {
        let n = self.addrs.len() as u64;
        *self
            .addrs
            .entry(c as *const CodeObject)
            .or_insert(0x7f00_0000_1000 + n * 0x100)
    }

    fn code_repr(&mut self, c: &CodeObject) -> String {
        let a = self.addr(c);
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name, a, c.filename, c.firstlineno
        )
    }

    fn recursive(&mut self, code: &CodeObject) {
        self.one(code);
        for c in &code.consts {
            if let CodeConst::Code(inner) = c {
                let r = self.code_repr(inner);
                let _ = write!(self.out, "\nDisassembly of {r}:\n");
                self.recursive(inner);
            }
        }
    }

    fn one(&mut self, code: &CodeObject) {
        let n = code.code.len();
        let maxline = code.positions.iter().map(|p| p.lineno).max().unwrap_or(0);
        let lineno_width = if maxline >= 1000 {
            maxline.to_string().len()
        } else {
            3
        };
        let maxoffset = n.saturating_sub(1) * 2;
        let offset_width = if maxoffset >= 10000 {
            maxoffset.to_string().len()
        } else {
            4
        };
        let mut labels = std::collections::HashSet::new();
        for ins in &code.code {
            if ins.op().arg_kind() == ArgKind::Jump {
                labels.insert(ins.arg() as usize);
            }
        }
        for e in &code.exception_table {
            labels.insert(e.target as usize);
        }
        let locals = code.localsplus_names();
        let mut lastline = 0;
        for (i, ins) in code.code.iter().enumerate() {
            let line = code.line_of(i);
            let starts = line != 0 && line != lastline;
            if starts {
                lastline = line;
                if i > 0 {
                    self.out.push('\n');
                }
            }
            let mut fields: Vec<String> = Vec::new();
            if starts {
                fields.push(format!("{:>w$}", line, w = lineno_width));
            } else {
                fields.push(" ".repeat(lineno_width));
            }
            fields.push("   ".into());
            fields.push(if labels.contains(&i) {
                ">>".into()
            } else {
                "  ".into()
            });
            fields.push(format!("{:>w$}", i * 2, w = offset_width));
            let op = ins.op();
            fields.push(format!("{:<20}", op.name()));
            if op.arg_kind() != ArgKind::None {
                let arg = ins.arg();
                fields.push(format!("{arg:>5}"));
                let rep = self.argrepr(code, &locals, op, arg);
                if !rep.is_empty() {
                    fields.push(format!("({rep})"));
                }
            }
            let line_text = fields.join(" ");
            self.out.push_str(line_text.trim_end());
            self.out.push('\n');
        }
        if !code.exception_table.is_empty() {
            self.out.push_str("ExceptionTable:\n");
            for e in &code.exception_table {
                let _ = writeln!(
                    self.out,
                    "  {} to {} -> {} [{}]{}",
                    e.start * 2,
                    (e.end.saturating_sub(1)) * 2,
                    e.target * 2,
                    e.depth,
                    if e.lasti { " lasti" } else { "" }
                );
            }
        }
    }

    fn argrepr(&mut self, code: &CodeObject, locals: &[&str], op: Opcode, arg: u32) -> String {
        let name = |i: u32| {
            code.names
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| format!("<{i}>"))
        };
        match op.arg_kind() {
            ArgKind::None | ArgKind::Num => match op {
                Opcode::MAKE_FUNCTION => {
                    let names = ["defaults", "kwdefaults", "annotations", "closure"];
                    let v: Vec<&str> = (0..4)
                        .filter(|b| arg & (1 << b) != 0)
                        .map(|b| names[b])
                        .collect();
                    v.join(", ")
                }
                Opcode::FORMAT_VALUE => {
                    let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                    if arg & 4 != 0 {
                        if conv.is_empty() {
                            "with format".into()
                        } else {
                            format!("{conv}, with format")
                        }
                    } else {
                        conv.into()
                    }
                }
                _ => String::new(),
            },
            ArgKind::Const => {
                if op == Opcode::KW_NAMES {
                    return String::new();
                }
                match code.consts.get(arg as usize) {
                    Some(CodeConst::Value(c)) => const_repr(c),
                    Some(CodeConst::Code(c)) => self.code_repr(c),
                    None => format!("<{arg}>"),
                }
            }
            ArgKind::Name => name(arg),
            ArgKind::GlobalName => {
                if arg & 1 != 0 {
                    format!("NULL + {}", name(arg >> 1))
                } else {
                    name(arg >> 1)
                }
            }
            ArgKind::Local => locals
                .get(arg as usize)
                .map_or_else(|| format!("<{arg}>"), |s| s.to_string()),
            ArgKind::Jump => format!("to {}", arg * 2),
            ArgKind::Compare => COMPARE_OPS
                .get(arg as usize)
                .map_or_else(String::new, |s| s.to_string()),
            ArgKind::BinaryOp => BINARY_OPS
                .get(arg as usize)
                .map_or_else(String::new, |s| s.to_string()),
        }
    }
}
/// `repr(float)` (shortest round-trip digits).
pub fn float_repr(f: f64) -> String {
    krait_runtime::format::float_repr(f)
}

fn str_repr(s: &str) -> String {
    krait_runtime::strlib::str_repr(s)
}

fn bytes_repr(b: &[u8]) -> String {
    krait_runtime::strlib::bytes_repr(b)
}

/// Python's `repr()` of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => krait_runtime::format::complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(v) => match v.len() {
            0 => "()".into(),
            1 => format!("({},)", const_repr(&v[0])),
            _ => format!(
                "({})",
                v.iter().map(const_repr).collect::<Vec<_>>().join(", ")
            ),
        },
        Constant::FrozenSet(v) => {
            if v.is_empty() {
                "frozenset()".into()
            } else {
                format!(
                    "frozenset({{{}}})",
                    v.iter().map(const_repr).collect::<Vec<_>>().join(", ")
                )
            }
        }
    }
}
