//! Code objects as Python values. A `CodeData` is a compiled `CodeObject`
//! plus what the eval loop wants ready-made: constants as runtime values,
//! names interned, and where each cell lives.

use super::specialize::InlineCache;
use crate::ast::Constant;
use crate::bytecode::Instr;
use crate::code::{flags, CodeConst, CodeObject};
use krait_runtime::alloc::{alloc_gc, layout_of, Payload};
use krait_runtime::args::Args;
use krait_runtime::object::{ObjHeader, Value};
use krait_runtime::typeobj::{Layout, TypeObject};
use krait_runtime::types::object::OBJECT_TYPE;
use krait_runtime::types::{
    bool_, complex, float, int, none, str as pystr, tuple, GetSetDef, MethodDef,
};
use krait_runtime::{err::type_error, PyResult};
use std::cell::Cell;
use std::rc::Rc;

/// A code object ready to run.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// `co_names`, interned.
    pub names: Vec<Value>,
    /// Names of the frame slots (localsplus), interned.
    pub slot_names: Vec<Value>,
    pub nlocals: usize,
    pub nlocalsplus: usize,
    pub ncells: usize,
    pub nfrees: usize,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_async_generator: bool,
    /// The instructions as they run: quickened in place by the specializer.
    pub instrs: Box<[Cell<Instr>]>,
    /// One inline cache per instruction (see `specialize.rs`).
    pub caches: Box<[InlineCache]>,
}

impl CodeData {
    /// The inline cache of instruction `at`.
    #[inline(always)]
    pub fn cache(&self, at: usize) -> &InlineCache {
        debug_assert!(at < self.caches.len());
        // SAFETY: `at` is the index of an instruction being executed, and
        // there is one cache per instruction.
        unsafe { self.caches.get_unchecked(at) }
    }
}

/// The Python-visible code object.
#[repr(C)]
pub struct CodeValue {
    pub head: ObjHeader,
    pub data: Rc<CodeData>,
}
impl Payload for CodeValue {}

pub static CODE_LAYOUT: Layout = layout_of::<CodeValue>(true, None, None);
pub static CODE_TYPE: TypeObject = TypeObject::new_static("code", &OBJECT_TYPE, 0, &CODE_LAYOUT);

/// The code object as it runs now: its quickened instructions (specialized
/// names included), recursively for nested code (`krait dis --specialized`).
pub fn quickened_code(cd: &CodeData) -> CodeObject {
    let mut co = (*cd.code).clone();
    co.code = cd.instrs.iter().map(|i| i.get()).collect();
    for (i, c) in co.consts.iter_mut().enumerate() {
        if let CodeConst::Code(_) = c {
            if let Some(inner) = cd.consts.get(i).and_then(code_data) {
                *c = CodeConst::Code(Rc::new(quickened_code(inner)));
            }
        }
    }
    co
}

/// A runtime value for a compile-time constant.
pub fn const_value(c: &Constant) -> Value {
    match c {
        Constant::None => none::none(),
        Constant::Bool(b) => bool_::new_bool(*b),
        Constant::Ellipsis => none::ellipsis(),
        Constant::Int(i) => int::from_bigint(i.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { real, imag } => complex::new_complex(*real, *imag),
        Constant::Str(s) => {
            if s.len() < 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                pystr::intern(s)
            } else {
                pystr::new_str(s)
            }
        }
        Constant::Bytes(b) => krait_runtime::types::bytes::new_bytes(b.clone()),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(const_value).collect()),
        Constant::FrozenSet(items) => {
            krait_runtime::types::set::new_frozenset(items.iter().map(const_value).collect())
                .unwrap_or_else(|_| none::none())
        }
    }
}

/// Prepares a compiled code object for running (recursively for nested code).
pub fn make_code_value(code: &Rc<CodeObject>) -> Value {
    let consts = code
        .consts
        .iter()
        .map(|c| match c {
            CodeConst::Value(v) => const_value(v),
            CodeConst::Code(inner) => make_code_value(inner),
        })
        .collect();
    let names = code.names.iter().map(|n| pystr::intern(n)).collect();
    let slot_names: Vec<Value> = code
        .localsplus_names()
        .into_iter()
        .map(pystr::intern)
        .collect();
    let nlocals = code.varnames.len();
    let nfrees = code.freevars.len();
    let nlocalsplus = slot_names.len();
    let data = CodeData {
        consts,
        names,
        nlocals,
        nlocalsplus,
        ncells: nlocalsplus - nlocals - nfrees,
        nfrees,
        slot_names,
        name: pystr::intern(&code.name),
        qualname: pystr::new_str(&code.qualname),
        filename: pystr::new_str(&code.filename),
        is_generator: code.flags & flags::GENERATOR != 0,
        is_coroutine: code.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) != 0,
        is_async_generator: code.flags & flags::ASYNC_GENERATOR != 0,
        instrs: code.code.iter().map(|&i| Cell::new(i)).collect(),
        caches: code
            .code
            .iter()
            .map(|_| InlineCache {
                counter: Cell::new(super::specialize::WARMUP),
                ..InlineCache::default()
            })
            .collect(),
        code: code.clone(),
    };
    alloc_gc(CodeValue {
        head: ObjHeader::new(&CODE_TYPE),
        data: Rc::new(data),
    })
}

/// The code data of a code value.
pub fn code_data(v: &Value) -> Option<&Rc<CodeData>> {
    if !v.is_small_int() && v.is_exact(&CODE_TYPE) {
        // SAFETY: checked type.
        Some(&unsafe { v.payload_unchecked::<CodeValue>() }.data)
    } else {
        None
    }
}

fn cd(v: &Value) -> PyResult<&Rc<CodeData>> {
    code_data(v).ok_or_else(|| type_error("code object expected"))
}
fn strs(v: &[String]) -> Value {
    tuple::new_tuple(v.iter().map(|s| pystr::new_str(s)).collect())
}
fn co_name(v: &Value) -> PyResult<Value> {
    Ok(cd(v)?.name.clone())
}
fn co_qualname(v: &Value) -> PyResult<Value> {
    Ok(cd(v)?.qualname.clone())
}
fn co_filename(v: &Value) -> PyResult<Value> {
    Ok(cd(v)?.filename.clone())
}
fn co_firstlineno(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.firstlineno as i64))
}
fn co_argcount(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.argcount as i64))
}
fn co_posonlyargcount(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.posonlyargcount as i64))
}
fn co_kwonlyargcount(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.kwonlyargcount as i64))
}
fn co_nlocals(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.varnames.len() as i64))
}
fn co_flags(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.flags as i64))
}
fn co_varnames(v: &Value) -> PyResult<Value> {
    Ok(strs(&cd(v)?.code.varnames))
}
fn co_cellvars(v: &Value) -> PyResult<Value> {
    Ok(strs(&cd(v)?.code.cellvars))
}
fn co_freevars(v: &Value) -> PyResult<Value> {
    Ok(strs(&cd(v)?.code.freevars))
}
fn co_names(v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(cd(v)?.names.clone()))
}
fn co_consts(v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(cd(v)?.consts.clone()))
}
fn co_stacksize(v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(cd(v)?.code.stacksize as i64))
}
fn co_code(v: &Value) -> PyResult<Value> {
    let mut out = Vec::new();
    for i in &cd(v)?.code.code {
        out.extend_from_slice(&i.0.to_le_bytes());
    }
    Ok(krait_runtime::types::bytes::new_bytes(out))
}
fn code_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let d = cd(v)?;
    Ok(pystr::from_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        d.code.name,
        v.raw(),
        d.code.filename,
        d.code.firstlineno
    )))
}

static METHODS: &[MethodDef] = &[krait_runtime::types::method("__repr__", code_repr)];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "co_name",
        get: co_name,
        set: None,
    },
    GetSetDef {
        name: "co_qualname",
        get: co_qualname,
        set: None,
    },
    GetSetDef {
        name: "co_filename",
        get: co_filename,
        set: None,
    },
    GetSetDef {
        name: "co_firstlineno",
        get: co_firstlineno,
        set: None,
    },
    GetSetDef {
        name: "co_argcount",
        get: co_argcount,
        set: None,
    },
    GetSetDef {
        name: "co_posonlyargcount",
        get: co_posonlyargcount,
        set: None,
    },
    GetSetDef {
        name: "co_kwonlyargcount",
        get: co_kwonlyargcount,
        set: None,
    },
    GetSetDef {
        name: "co_nlocals",
        get: co_nlocals,
        set: None,
    },
    GetSetDef {
        name: "co_flags",
        get: co_flags,
        set: None,
    },
    GetSetDef {
        name: "co_varnames",
        get: co_varnames,
        set: None,
    },
    GetSetDef {
        name: "co_cellvars",
        get: co_cellvars,
        set: None,
    },
    GetSetDef {
        name: "co_freevars",
        get: co_freevars,
        set: None,
    },
    GetSetDef {
        name: "co_names",
        get: co_names,
        set: None,
    },
    GetSetDef {
        name: "co_consts",
        get: co_consts,
        set: None,
    },
    GetSetDef {
        name: "co_stacksize",
        get: co_stacksize,
        set: None,
    },
    GetSetDef {
        name: "co_code",
        get: co_code,
        set: None,
    },
];

pub fn init() {
    krait_runtime::types::init_builtin_type(&CODE_TYPE, METHODS, GETSETS);
}
