//! Calling from the eval loop: binding arguments to parameters with
//! CPython's rules and error messages, building the callee's frame, the
//! generic CALL (a frame to enter, a generator to make, or a native call),
//! and what a returning frame with a special role hands its caller. Also
//! the entries from native code: a Python function's call slot and running
//! a module, class or exec body.

use super::codeval::{code_data, CodeData};
use super::eval::{execute, Exit};
use super::frame::Frame;
use super::generator;
use super::specialize::fast;
use crate::code::flags;
use krait_runtime::args::Args;
use krait_runtime::err::type_error;
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::types::function::FunctionObject;
use krait_runtime::types::function::{self, downcast_function};
use krait_runtime::types::{dict, none, str as pystr, tuple};
use krait_runtime::PyResult;
use std::rc::Rc;

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A function's `__qualname__`, formatted only when an error message needs it.
struct QualName<'a>(&'a FunctionObject);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(pystr::as_str(&self.0.qualname.borrow()).unwrap_or("?"))
    }
}

/// Binds `args` (positional then keyword values, names in `kwnames`) to the
/// parameters of `func`, returning a ready frame.
pub fn bind(
    func_v: &Value,
    func: &FunctionObject,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Box<Frame>> {
    let code_v = func.code.borrow().clone();
    let cd: &Rc<CodeData> = code_data(&code_v).expect("function code");
    let co = &cd.code;
    // `code_v`, a new reference to the function's code, keeps `cd` alive.
    // SAFETY: `cd` is the CodeData of the function's code.
    let mut frame = unsafe { Frame::alloc_for_call(Rc::as_ptr(cd), &func.globals, &func.builtins) };
    frame.func = Some(func_v.clone());
    let nkw = kwnames.len();
    let npos = args.len() - nkw;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;
    let varargs_slot = total;
    let varkw_slot = total + has_varargs as usize;

    // Fast path: exact positional call, no defaults needed.
    if nkw == 0 && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (i, a) in args.iter().enumerate() {
            frame.slots[i] = Some(a.clone());
        }
        return Ok(frame);
    }

    // Only error messages need the name: computed on demand.
    let qualname = QualName(func);
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        frame.slots[i] = Some(a.clone());
    }
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        frame.slots[varargs_slot] = Some(tuple::new_tuple(extra));
    } else if npos > argcount {
        let ndefaults = func
            .defaults
            .borrow()
            .as_ref()
            .map(|d| tuple::items(d).len())
            .unwrap_or(0);
        let given_kwonly = kwnames
            .iter()
            .filter(|k| {
                let ks = pystr::as_str(k).unwrap_or("");
                co.varnames[argcount..total].iter().any(|v| v == ks)
            })
            .count();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = if given_kwonly > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!(
            "{qualname}() takes {takes} but {given}"
        )));
    }
    let kwdict = if has_varkw {
        let d = dict::new_dict();
        frame.slots[varkw_slot] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        let ks = pystr::as_str(k)
            .ok_or_else(|| type_error(format!("{qualname}() keywords must be strings")))?;
        // Keyword names and parameter names are usually the same interned
        // strs: try identity before comparing text.
        let params = &cd.slot_names[posonly..total];
        let idx = params
            .iter()
            .position(|p| p.is(k))
            .or_else(|| co.varnames[posonly..total].iter().position(|p| p == ks))
            .map(|i| i + posonly);
        match idx {
            Some(i) => {
                if frame.slots[i].is_some() {
                    return Err(type_error(format!(
                        "{qualname}() got multiple values for argument '{ks}'"
                    )));
                }
                frame.slots[i] = Some(v.clone());
            }
            None => match &kwdict {
                Some(d) => {
                    if dict::get_item(d, k)?.is_some() {
                        return Err(type_error(format!(
                            "{qualname}() got multiple values for keyword argument '{ks}'"
                        )));
                    }
                    dict::set_item(d, k.clone(), v.clone())?;
                }
                None => {
                    if co.varnames[..posonly].iter().any(|p| p == ks) {
                        posonly_as_kw.push(ks.to_string());
                        continue;
                    }
                    return Err(type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{ks}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults_ref = func.defaults.borrow();
        let defaults: &[Value] = defaults_ref.as_ref().map_or(&[], |d| tuple::items(d));
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if frame.slots[i].is_none() {
                if i >= first_default {
                    frame.slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if frame.slots[i].is_none() {
                let d = match &kwdefaults {
                    Some(kd) => dict::get_item(kd, &cd.slot_names[i])?,
                    None => None,
                };
                match d {
                    Some(v) => frame.slots[i] = Some(v),
                    None => missing.push(co.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
    }
    Ok(frame)
}

/// What a CALL resolved to.
pub enum CallTarget {
    /// A Python frame to push.
    Frame(Box<Frame>),
    /// A finished result.
    Value(Value),
}

/// A bound frame as a call's target: a generator (coroutine) function's
/// frame becomes its generator object instead of being entered.
pub fn frame_or_generator(frame: Box<Frame>) -> CallTarget {
    if frame.code.is_generator || frame.code.is_coroutine || frame.code.is_async_generator {
        CallTarget::Value(super::generator::new_generator(frame))
    } else {
        CallTarget::Frame(frame)
    }
}

/// Calls `callable` with `args`: Python functions become a frame to push
/// (no Rust recursion); everything else is called natively.
pub fn prepare_call(callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<CallTarget> {
    if let Some(func) = downcast_function(callable) {
        return Ok(frame_or_generator(bind(callable, func, args, kwnames)?));
    }
    if let Some((func, slf)) = function::bound_method_parts(callable) {
        if let Some(pf) = downcast_function(func) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(slf.clone());
            all.extend_from_slice(args);
            return Ok(frame_or_generator(bind(func, pf, &all, kwnames)?));
        }
    }
    protocol::call(callable, &Args { all: args, kwnames }).map(CallTarget::Value)
}

/// CALL, generic form: a frame to enter, or the result pushed.
pub fn call_generic(f: &mut Frame, n: usize) -> PyResult<Option<Box<Frame>>> {
    if let Some(fr) = fast::call_py_any(f, n) {
        return Ok(Some(fr));
    }
    let kwnames = f.kwnames.take();
    let is_meth = f.peek_opt(n + 2).is_some();
    let callable = if is_meth {
        f.peek(n + 2).clone()
    } else {
        f.peek(n + 1).clone()
    };
    let nargs = n + is_meth as usize;
    let kwn: &[Value] = match &kwnames {
        Some(k) => tuple::items(k),
        None => &[],
    };
    let r = prepare_call(&callable, f.top_n(nargs), kwn);
    let depth = f.sp() - f.code.nlocalsplus - n - 2;
    f.truncate_stack(depth);
    match r? {
        CallTarget::Value(v) => {
            f.push(v);
            Ok(None)
        }
        CallTarget::Frame(fr) => Ok(Some(fr)),
    }
}

/// The call slot of Python functions (native code calling Python).
pub fn function_call(f: &Value, a: &Args) -> PyResult<Value> {
    let func = downcast_function(f).expect("function call slot");
    let frame = match frame_or_generator(bind(f, func, a.all, a.kwnames)?) {
        CallTarget::Value(g) => return Ok(g),
        CallTarget::Frame(frame) => frame,
    };
    let (frame, r) = execute(frame, None);
    frame.recycle();
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(krait_runtime::err::runtime_error(
            "yield outside a generator frame",
        )),
    }
}

/// Runs a module/class/exec body with a namespace dict.
pub fn run_code_in(code: &Rc<CodeData>, globals: Value, locals: Option<Value>) -> PyResult<Value> {
    let builtins = match dict::get_str(&globals, &pystr::intern("__builtins__")) {
        Some(b) => match krait_runtime::types::module::module_dict(&b) {
            Some(d) => d,
            None => b,
        },
        None => {
            let b = krait_runtime::builtins::builtins_module();
            dict::set_str(&globals, "__builtins__", b.clone());
            krait_runtime::types::module::module_dict(&b).expect("builtins dict")
        }
    };
    let frame = Box::new(Frame::new(code.clone(), None, globals, builtins, locals));
    match execute(frame, None).1? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(krait_runtime::err::runtime_error(
            "yield outside a generator frame",
        )),
    }
}

/// What a frame with a special role gives its caller in the loop.
pub enum Returned {
    /// The call's result.
    Value(Value),
    /// A generator's return value, for the caller's FOR_ITER_GEN or SEND.
    GeneratorEnded(Value),
}

/// A frame that returned `v` to its caller in the loop was a generator's
/// (run by the caller's FOR_ITER_GEN or SEND) or an `__init__` entered by
/// CALL_ALLOC_AND_ENTER_INIT (the new instance, or the TypeError for a
/// result other than None).
#[cold]
#[inline(never)]
pub fn returned_specially(mut done: Box<Frame>, v: Value) -> PyResult<Returned> {
    if generator::returned_in_loop(&mut done) {
        return Ok(Returned::GeneratorEnded(v));
    }
    let init_self = done.init_self.take();
    done.recycle();
    match init_self {
        None => Ok(Returned::Value(v)),
        Some(obj) if none::is_none(&v) => Ok(Returned::Value(obj)),
        Some(_) => Err(type_error(format!(
            "__init__() should return None, not '{}'",
            v.ty().name()
        ))),
    }
}
