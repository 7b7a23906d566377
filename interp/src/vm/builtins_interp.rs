//! Builtins that need the interpreter: `__build_class__`, `exec`, `eval`,
//! `compile`, `globals`, `locals`, `vars()`, `__import__`, and the
//! zero-argument form of `super()`.

use super::frame::Frame;
use super::state;
use krait_runtime::args::Args;
use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::typeobj::downcast_type;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::function::downcast_function;
use krait_runtime::types::{cell, dict, int, none, str as pystr, tuple, type_, MethodDef};
use std::cell::Cell;

thread_local! {
    static CURRENT_FRAME: Cell<*const Frame> = const { Cell::new(std::ptr::null()) };
}

/// Records the running frame (for globals(), locals(), super()).
#[inline]
pub fn set_current_frame(f: *const Frame) -> *const Frame {
    CURRENT_FRAME.with(|c| c.replace(f))
}

fn with_frame<T>(what: &str, g: impl FnOnce(&Frame) -> PyResult<T>) -> PyResult<T> {
    let p = CURRENT_FRAME.with(|c| c.get());
    if p.is_null() {
        return Err(krait_runtime::err::runtime_error(format!(
            "{what}: no current frame"
        )));
    }
    // SAFETY: the pointer is set by the eval loop to a boxed frame that
    // stays alive while native code it called runs.
    g(unsafe { &*p })
}

/// The locals of a frame as a mapping (a fresh dict for function frames).
pub fn frame_locals(f: &Frame) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    // Module-level code keeps its names in the globals.
    if f.code.code.flags & crate::code::flags::OPTIMIZED == 0 {
        return Ok(f.globals.clone());
    }
    let d = dict::new_dict();
    for (i, name) in f.code.slot_names.iter().enumerate() {
        let v = match &f.slots[i] {
            Some(v) if i >= f.code.nlocals => cell::get(v),
            other => other.clone(),
        };
        if let Some(v) = v {
            dict::set_item(&d, name.clone(), v)?;
        }
    }
    Ok(d)
}

fn b_globals(a: &Args) -> PyResult<Value> {
    a.check("globals", 0, 0)?;
    with_frame("globals()", |f| Ok(f.globals.clone()))
}

fn b_locals(a: &Args) -> PyResult<Value> {
    a.check("locals", 0, 0)?;
    with_frame("locals()", frame_locals)
}

fn b_vars(a: &Args) -> PyResult<Value> {
    let p = a.check("vars", 0, 1)?;
    if p.is_empty() {
        return with_frame("vars()", frame_locals);
    }
    protocol::getattr_str(&p[0], "__dict__").map_err(|e| {
        if e.matches(&exc::ATTRIBUTE_ERROR) {
            type_error("vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}

/// Zero-argument `super()`: `super(__class__, <first argument>)`.
pub fn zero_arg_super(f: &Frame) -> PyResult<Value> {
    let co = &f.code;
    if co.code.argcount == 0 && co.code.flags & crate::code::flags::VARARGS == 0 {
        return Err(krait_runtime::err::runtime_error("super(): no arguments"));
    }
    let first = match &f.slots[0] {
        Some(v) => {
            if co
                .code
                .cellvars
                .iter()
                .any(|c| Some(c) == co.code.varnames.first())
            {
                cell::get(v)
            } else {
                Some(v.clone())
            }
        }
        None => None,
    };
    let first =
        first.ok_or_else(|| krait_runtime::err::runtime_error("super(): arg[0] deleted"))?;
    let idx = co
        .slot_names
        .iter()
        .position(|n| pystr::as_str(n) == Some("__class__"));
    let cls = idx
        .filter(|&i| i >= co.nlocals)
        .and_then(|i| f.slots[i].as_ref().and_then(cell::get))
        .ok_or_else(|| krait_runtime::err::runtime_error("super(): __class__ cell not found"))?;
    if downcast_type(&cls).is_none() {
        return Err(krait_runtime::err::runtime_error(
            "super(): __class__ is not a type",
        ));
    }
    krait_runtime::builtins::super_::new_super(cls, first)
}

fn caller_module() -> Option<Value> {
    with_frame("type()", |f| {
        Ok(dict::get_str(&f.globals, &pystr::intern("__name__")))
    })
    .ok()
    .flatten()
}

fn super_hook() -> PyResult<Value> {
    with_frame("super()", zero_arg_super)
}

fn b_build_class(a: &Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let fo = downcast_function(func)
        .ok_or_else(|| type_error("__build_class__: func must be a function"))?;
    let name = pos[1].clone();
    if !pystr::is_str(&name) {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if downcast_type(b).is_none() {
            if let Some(me) = protocol::getattr_opt(b, "__mro_entries__")? {
                let r = protocol::call_pos(&me, &[tuple::new_tuple(orig_bases.clone())])?;
                bases.extend(protocol::iterate(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        if pystr::as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .map(|m| downcast_type(m).is_some())
        .unwrap_or(true);
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.ty().as_value(),
            None => type_::TYPE_TYPE.as_value(),
        },
    };
    let meta = if is_class {
        type_::calculate_metaclass(&meta, &bases)?
    } else {
        meta
    };
    let bases_t = tuple::new_tuple(bases.clone());
    let ns = match protocol::getattr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut all = vec![name.clone(), bases_t.clone()];
            all.extend(kwvalues.iter().cloned());
            protocol::call(
                &p,
                &Args {
                    all: &all,
                    kwnames: &kwnames,
                },
            )?
        }
        None => dict::new_dict(),
    };
    let mut frame = super::call::bind(func, fo, &[], &[])?;
    frame.locals = Some(ns.clone());
    let (_, r) = super::eval::execute(frame, None);
    let cell_v = match r? {
        super::eval::Exit::Return(v) => v,
        super::eval::Exit::Yield(_) => none::none(),
    };
    if changed {
        protocol::setitem(
            &ns,
            &pystr::intern("__orig_bases__"),
            tuple::new_tuple(orig_bases),
        )?;
    }
    let mut all = vec![name, bases_t, ns.clone()];
    all.extend(kwvalues);
    let cls = protocol::call(
        &meta,
        &Args {
            all: &all,
            kwnames: &kwnames,
        },
    )?;
    let classcell = if cell::downcast(&cell_v).is_some() {
        Some(cell_v)
    } else {
        None
    };
    if let Some(c) = classcell {
        cell::set(&c, Some(cls.clone()));
    }
    if let Some(t) = downcast_type(&cls) {
        if t.is_heap() {
            let d = t.dict_value();
            let _ = dict::del_item_if_present(&d, &pystr::intern("__classcell__"));
        }
    }
    Ok(cls)
}

fn source_arg(v: &Value, what: &str) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    if krait_runtime::types::bytes::is_bytes_like(v) {
        let b = krait_runtime::types::bytes::bytes_from_object(v)?;
        return crate::source::decode_source(&b, "<string>").map_err(super::compile_error_to_py);
    }
    Err(type_error(format!(
        "{what}() arg 1 must be a string, bytes or code object"
    )))
}

fn compile_to_code(src: &str, filename: &str, mode: crate::Mode) -> PyResult<Value> {
    if src.contains('\0') {
        return Err(PyErr::new(
            &exc::SYNTAX_ERROR,
            "source code string cannot contain null bytes",
        ));
    }
    let code =
        crate::compiler::compile_source(src, filename, mode).map_err(super::compile_error_to_py)?;
    Ok(super::codeval::make_code_value(&code))
}

fn exec_or_eval(a: &Args, what: &str, mode: crate::Mode) -> PyResult<Value> {
    let [src, globals, locals] = a.bind(what, ["source", "globals", "locals"], 1)?;
    let src = src.unwrap();
    let globals = globals.filter(|g| !none::is_none(g));
    let locals = locals.filter(|l| !none::is_none(l));
    if let Some(g) = &globals {
        if dict::downcast(g).is_none() {
            return Err(type_error(format!(
                "{}() globals must be a dict, not {}",
                what,
                g.ty().name()
            )));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), l) => {
            let l = l.unwrap_or_else(|| g.clone());
            (g, l)
        }
        (None, l) => with_frame(what, |f| {
            let loc = match l {
                Some(l) => l,
                None => frame_locals(f)?,
            };
            Ok((f.globals.clone(), loc))
        })?,
    };
    if dict::get_str(&globals, &pystr::intern("__builtins__")).is_none() {
        dict::set_str(
            &globals,
            "__builtins__",
            krait_runtime::builtins::builtins_module(),
        );
    }
    let code_v = if super::codeval::code_data(&src).is_some() {
        src
    } else {
        let mut s = source_arg(&src, what)?;
        if mode == crate::Mode::Eval {
            s = s.trim_start_matches([' ', '\t']).to_string();
        }
        compile_to_code(&s, "<string>", mode)?
    };
    let cd = super::codeval::code_data(&code_v).expect("code").clone();
    let r = super::call::run_code_in(&cd, globals, Some(locals))?;
    Ok(if mode == crate::Mode::Eval {
        r
    } else {
        none::none()
    })
}

fn b_exec(a: &Args) -> PyResult<Value> {
    exec_or_eval(a, "exec", crate::Mode::Exec)
}
fn b_eval(a: &Args) -> PyResult<Value> {
    exec_or_eval(a, "eval", crate::Mode::Eval)
}

fn b_compile(a: &Args) -> PyResult<Value> {
    let [src, filename, mode, _flags, _dont_inherit, _optimize] = a.bind(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let src = source_arg(&src.unwrap(), "compile")?;
    let filename = protocol::str_string(&filename.unwrap())?;
    let mode_v = mode.unwrap();
    let mode = match pystr::as_str(&mode_v) {
        Some("exec") => crate::Mode::Exec,
        Some("eval") => crate::Mode::Eval,
        Some("single") => crate::Mode::Single,
        _ => {
            return Err(krait_runtime::err::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    compile_to_code(&src, &filename, mode)
}

fn b_import(a: &Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = a.bind(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = name.unwrap();
    let n = pystr::as_str(&name)
        .ok_or_else(|| type_error("__import__() argument 1 must be str"))?
        .to_string();
    let globals = globals
        .filter(|g| dict::downcast(g).is_some())
        .unwrap_or_else(dict::new_dict);
    let fromlist = fromlist.unwrap_or_else(none::none);
    let level = level.and_then(|l| int::as_i64(&l)).unwrap_or(0).max(0) as usize;
    super::import::import_module_level(&n, &globals, &fromlist, level)
}

fn b_dir(a: &Args) -> PyResult<Value> {
    let p = a.check("dir", 0, 1)?;
    let names = match p.first() {
        None => {
            let l = with_frame("dir()", frame_locals)?;
            protocol::iterate(&protocol::call_method(&l, "keys", &[])?)?
        }
        Some(o) => {
            let r = match protocol::call_special(o, "__dir__", &[]) {
                Some(r) => r?,
                None => return Err(type_error("object does not provide __dir__")),
            };
            protocol::iterate(&r)?
        }
    };
    let mut names = names;
    krait_runtime::types::list::sort_values(&mut names, None, false)?;
    Ok(krait_runtime::types::list::new_list(names))
}

static FUNCTIONS: &[MethodDef] = &[
    krait_runtime::types::method("dir", b_dir),
    krait_runtime::types::method("__build_class__", b_build_class),
    krait_runtime::types::method("globals", b_globals),
    krait_runtime::types::method("locals", b_locals),
    krait_runtime::types::method("vars", b_vars),
    krait_runtime::types::method("exec", b_exec),
    krait_runtime::types::method("eval", b_eval),
    krait_runtime::types::method("compile", b_compile),
    krait_runtime::types::method("__import__", b_import),
];

/// Installs the interpreter's builtins.
pub fn install() {
    let b = krait_runtime::builtins::builtins_module();
    let d = krait_runtime::types::module::module_dict(&b).expect("builtins dict");
    krait_runtime::builtins::add_functions(&d, FUNCTIONS, "builtins");
    krait_runtime::builtins::super_::set_zero_arg_hook(super_hook);
    krait_runtime::builtins::set_caller_module_hook(caller_module);
    let _ = state::current_exception;
}
