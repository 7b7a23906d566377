//! Generators and coroutines. A generator owns its suspended frame; each
//! resumption runs it as the entry frame of a fresh `execute`, and a yield
//! hands the frame back.

use super::eval::{execute, Exit};
use super::frame::Frame;
use krait_runtime::alloc::{dealloc_gc, Payload};
use krait_runtime::args::Args;
use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::{ObjHeader, Value};
use krait_runtime::protocol;
use krait_runtime::typeobj::{Layout, TypeObject};
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::object::OBJECT_TYPE;
use krait_runtime::types::{bool_, none, str as pystr, GetSetDef, MethodDef};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[repr(C)]
pub struct GeneratorObject {
    pub head: ObjHeader,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub code: Value,
    pub kind: Kind,
}
impl Payload for GeneratorObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_ref() {
                // Slots above the stack top own nothing.
                for v in f.slots[..f.sp()].iter().flatten() {
                    visit(v);
                }
                visit(&f.globals);
                if let Some(func) = &f.func {
                    visit(func);
                }
                if let Some(l) = &f.locals {
                    visit(l);
                }
            }
        }
    }
    fn clear(&self) {
        let f = self.frame.borrow_mut().take();
        drop(f);
    }
}

unsafe fn traverse_gen(p: *const ObjHeader, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: p is a GeneratorObject.
    unsafe { (*(p as *const GeneratorObject)).traverse(visit) }
}
unsafe fn clear_gen(p: *const ObjHeader) {
    // SAFETY: p is a GeneratorObject.
    unsafe { (*(p as *const GeneratorObject)).clear() }
}

/// Frees a generator, first closing it if it is suspended (runs finally blocks).
unsafe fn dealloc_gen(p: *mut ObjHeader) {
    // SAFETY: p is a GeneratorObject with a zero count.
    unsafe {
        let g = &*(p as *const GeneratorObject);
        let suspended =
            g.started.get() && g.frame.try_borrow().map(|f| f.is_some()).unwrap_or(false);
        if suspended && g.kind == Kind::Generator {
            (*p).refcnt.set(1);
            let v = Value::from_owned_ptr(p);
            if let Err(e) = close(&v) {
                krait_runtime::builtins::write_unraisable(&e, Some(&v));
            }
            let _ = g.frame.borrow_mut().take();
            // Dropping `v` frees the object through this function again.
            drop(v);
            return;
        }
        dealloc_gc::<GeneratorObject>(p);
    }
}

pub static GENERATOR_LAYOUT: Layout = Layout {
    gc: true,
    dealloc: dealloc_gen,
    traverse: Some(traverse_gen),
    clear: Some(clear_gen),
    ext_offset: None,
    dict_offset: None,
    subclass: None,
};
pub static GENERATOR_TYPE: TypeObject =
    TypeObject::new_static("generator", &OBJECT_TYPE, 0, &GENERATOR_LAYOUT);
pub static COROUTINE_TYPE: TypeObject =
    TypeObject::new_static("coroutine", &OBJECT_TYPE, 0, &GENERATOR_LAYOUT);
pub static ASYNC_GENERATOR_TYPE: TypeObject =
    TypeObject::new_static("async_generator", &OBJECT_TYPE, 0, &GENERATOR_LAYOUT);

/// A generator (or coroutine) over a freshly bound frame.
pub fn new_generator(frame: Box<Frame>) -> Value {
    let (ty, kind) = if frame.code.is_coroutine {
        (&COROUTINE_TYPE, Kind::Coroutine)
    } else if frame.code.is_async_generator {
        (&ASYNC_GENERATOR_TYPE, Kind::AsyncGenerator)
    } else {
        (&GENERATOR_TYPE, Kind::Generator)
    };
    // The function's current names and code (read directly: this runs for
    // every generator created).
    let func = frame
        .func
        .as_ref()
        .and_then(krait_runtime::types::function::downcast_function);
    let name = func
        .map(|f| f.name.borrow().clone())
        .unwrap_or_else(|| frame.code.name.clone());
    let qualname = func
        .map(|f| f.qualname.borrow().clone())
        .unwrap_or_else(|| frame.code.qualname.clone());
    let code = func
        .map(|f| f.code.borrow().clone())
        .unwrap_or_else(none::none);
    krait_runtime::alloc::alloc_gc(GeneratorObject {
        head: ObjHeader::new(ty),
        frame: RefCell::new(Some(frame)),
        running: Cell::new(false),
        started: Cell::new(false),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        code,
        kind,
    })
}

/// Whether `v` is a generator or coroutine made here.
pub fn is_generator_or_coroutine(v: &Value) -> bool {
    v.is_exact(&GENERATOR_TYPE) || v.is_exact(&COROUTINE_TYPE)
}

fn gen(v: &Value) -> PyResult<&GeneratorObject> {
    if v.is_exact(&GENERATOR_TYPE)
        || v.is_exact(&COROUTINE_TYPE)
        || v.is_exact(&ASYNC_GENERATOR_TYPE)
    {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<GeneratorObject>() })
    } else {
        Err(type_error("generator expected"))
    }
}

/// What a resumption produced.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn kind_name(g: &GeneratorObject) -> &'static str {
    match g.kind {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async generator",
    }
}

/// The sub-iterator a suspended `yield from`/`await` delegates to, if any
/// (the frame sits at `RESUME 2|3` right after a YIELD_VALUE with the
/// receiver on top of its stack, as CPython's `_PyGen_yf`).
fn delegate_of(frame: &Frame) -> Option<Value> {
    let ins = frame.code.code.code.get(frame.pc)?;
    if ins.op() == crate::bytecode::Opcode::RESUME
        && ins.arg() >= 2
        && frame.sp() > frame.code.nlocalsplus
    {
        return frame.peek_opt(1).clone();
    }
    None
}

/// Runs a generator's frame until it yields, returns or raises.
fn run_gen(g: &GeneratorObject, frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<SendResult> {
    g.started.set(true);
    g.running.set(true);
    let saved_exc = super::state::current_exception();
    let (frame, r) = execute(frame, throw);
    super::state::set_current_exception(saved_exc);
    g.running.set(false);
    match r {
        Ok(Exit::Yield(y)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yielded(y))
        }
        Ok(Exit::Return(r)) => Ok(SendResult::Returned(r)),
        Err(e) => Err(escaped(g, e)),
    }
}

/// The error a generator's caller sees for `e` escaping the generator's
/// frame: a StopIteration (StopAsyncIteration) becomes a RuntimeError.
fn escaped(g: &GeneratorObject, e: PyErr) -> PyErr {
    if e.matches(&exc::STOP_ITERATION)
        || (g.kind == Kind::AsyncGenerator && e.matches(&exc::STOP_ASYNC_ITERATION))
    {
        let what = if e.matches(&exc::STOP_ITERATION) {
            "StopIteration"
        } else {
            "StopAsyncIteration"
        };
        let new = krait_runtime::err::runtime_error(format!("{} raised {}", kind_name(g), what));
        if let Some(x) = exc::downcast(&new.exc) {
            *x.cause.borrow_mut() = Some(e.exc.clone());
            *x.context.borrow_mut() = Some(e.exc.clone());
            x.suppress_context.set(true);
        }
        return new;
    }
    e
}

/// What FOR_ITER_GEN (or SEND) does with the generator it iterates.
pub enum LoopStep {
    /// Run this frame inside the caller's loop (it was taken out of the
    /// generator, which is now marked running).
    Enter(Box<Frame>),
    /// The generator is finished: the loop ends.
    Exhausted,
    /// Not a plain generator ready to step: take the generic path.
    Generic,
}

/// FOR_ITER_GEN: takes the suspended frame of plain generator `v` to run
/// one step inside the consumer's eval loop (no `execute` per item). The
/// frame comes back through `suspend_in_loop` (it yielded), or the eval
/// loop ends the step with `returned_in_loop` or `raised_in_loop`.
pub fn enter_in_loop(v: &Value) -> LoopStep {
    match enter_in_loop_sending(v, None) {
        Ok(step) => step,
        Err(_) => LoopStep::Generic,
    }
}

/// SEND (`yield from`) of `sent` (None for plain iteration) to `v`: as
/// `enter_in_loop`, the frame resuming with `sent` as the value of the
/// `yield` it is suspended at. Gives `sent` back where the generic path
/// must run: not a plain generator, a running or finished one, or a value
/// other than None for one not yet started (which raises there).
pub fn enter_in_loop_sending(v: &Value, sent: Option<Value>) -> Result<LoopStep, Option<Value>> {
    if !v.is_exact(&GENERATOR_TYPE) {
        return Err(sent);
    }
    // SAFETY: checked type.
    let g = unsafe { v.payload_unchecked::<GeneratorObject>() };
    if g.running.get() {
        return Err(sent);
    }
    if !g.started.get() && sent.as_ref().is_some_and(|s| !none::is_none(s)) {
        return Err(sent);
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        if sent.is_some() {
            return Err(sent);
        }
        return Ok(LoopStep::Exhausted);
    };
    if g.started.get() {
        // The value of the `yield` expression it is suspended at.
        frame.push(sent.unwrap_or_else(none::none));
    }
    g.started.set(true);
    g.running.set(true);
    frame.gen = Some(v.clone());
    frame.gen_saved_exc = super::state::current_exception();
    Ok(LoopStep::Enter(frame))
}

/// The in-loop frame of a generator yielded: it goes back to its generator.
pub fn suspend_in_loop(mut frame: Box<Frame>) {
    let Some(v) = frame.gen.take() else {
        return;
    };
    super::state::set_current_exception(frame.gen_saved_exc.take());
    // SAFETY: only exact generators are entered in the loop.
    let g = unsafe { v.payload_unchecked::<GeneratorObject>() };
    g.running.set(false);
    *g.frame.borrow_mut() = Some(frame);
}

/// Ends a generator's step in the loop for good (it returned or raised):
/// restores the consumer's exception state. The generator, if `frame` was
/// one running in the loop.
fn end_in_loop(frame: &mut Frame) -> Option<Value> {
    let v = frame.gen.take()?;
    super::state::set_current_exception(frame.gen_saved_exc.take());
    // SAFETY: only exact generators are entered in the loop.
    let g = unsafe { v.payload_unchecked::<GeneratorObject>() };
    g.running.set(false);
    Some(v)
}

/// RETURN_VALUE in `frame`: whether it was a generator's frame running in
/// its consumer's loop (which then ends its `for`).
pub fn returned_in_loop(frame: &mut Frame) -> bool {
    end_in_loop(frame).is_some()
}

/// `e` escaped `frame`: the error its caller sees (a generator running in
/// the loop turns StopIteration into RuntimeError, as `run_gen`).
pub fn raised_in_loop(frame: &mut Frame, e: PyErr) -> PyErr {
    match end_in_loop(frame) {
        // SAFETY: only exact generators are entered in the loop.
        Some(v) => escaped(unsafe { v.payload_unchecked::<GeneratorObject>() }, e),
        None => e,
    }
}

/// Throws `e` into a suspended generator, delegating to the sub-iterator of
/// a `yield from` first, as CPython's `_gen_throw`.
fn throw_into(g: &GeneratorObject, e: PyErr) -> PyResult<SendResult> {
    let yf = g.frame.borrow().as_ref().and_then(|f| delegate_of(f));
    let Some(yf) = yf else {
        let frame = g.frame.borrow_mut().take().expect("suspended frame");
        return run_gen(g, frame, Some(e));
    };
    if e.matches(&exc::GENERATOR_EXIT) {
        // Close the sub-iterator, then raise GeneratorExit here.
        let closed = if gen(&yf).is_ok() {
            close(&yf).map(|_| ())
        } else {
            match protocol::getattr_opt(&yf, "close") {
                Ok(Some(c)) => protocol::call_pos(&c, &[]).map(|_| ()),
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            }
        };
        let e = match closed {
            Ok(()) => e,
            Err(err) => err,
        };
        let frame = g.frame.borrow_mut().take().expect("suspended frame");
        return run_gen(g, frame, Some(e));
    }
    let r = if gen(&yf).is_ok() {
        g.running.set(true);
        let r = resume(&yf, None, Some(e));
        g.running.set(false);
        r
    } else {
        match protocol::getattr_opt(&yf, "throw") {
            Ok(Some(t)) => {
                g.running.set(true);
                let r = match protocol::call_pos(&t, std::slice::from_ref(&e.exc)) {
                    Ok(y) => Ok(SendResult::Yielded(y)),
                    Err(err) if err.matches(&exc::STOP_ITERATION) => Ok(SendResult::Returned(
                        exc::get_attr(&err.exc, "value").unwrap_or_else(none::none),
                    )),
                    Err(err) => Err(err),
                };
                g.running.set(false);
                r
            }
            Ok(None) => {
                let frame = g.frame.borrow_mut().take().expect("suspended frame");
                return run_gen(g, frame, Some(e));
            }
            Err(err) => Err(err),
        }
    };
    match r {
        Ok(SendResult::Yielded(y)) => Ok(SendResult::Yielded(y)),
        Ok(SendResult::Returned(val)) => {
            // The sub-iterator finished: leave the SEND loop with its value.
            let mut frame = g.frame.borrow_mut().take().expect("suspended frame");
            frame.pop_opt();
            let send_pc = frame.pc.saturating_sub(2);
            let target = frame.code.code.code[send_pc].arg() as usize;
            frame.pc = target;
            frame.push(val);
            run_gen(g, frame, None)
        }
        Err(err) => {
            let frame = g.frame.borrow_mut().take().expect("suspended frame");
            run_gen(g, frame, Some(err))
        }
    }
}

/// Resumes `v` with a sent value or a thrown exception.
pub fn resume(v: &Value, send: Option<Value>, throw: Option<PyErr>) -> PyResult<SendResult> {
    let g = gen(v)?;
    if g.running.get() {
        return Err(PyErr::new(
            &exc::VALUE_ERROR,
            format!("{} already executing", kind_name(g)),
        ));
    }
    if g.frame.borrow().is_none() {
        if let Some(e) = throw {
            return Err(e);
        }
        if g.kind == Kind::Coroutine {
            return Err(krait_runtime::err::runtime_error(
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(SendResult::Returned(none::none()));
    }
    if let Some(e) = throw {
        if g.started.get() {
            return throw_into(g, e);
        }
        let frame = g.frame.borrow_mut().take().expect("frame");
        return run_gen(g, frame, Some(e));
    }
    let mut frame = g.frame.borrow_mut().take().expect("frame");
    if g.started.get() {
        frame.push(send.unwrap_or_else(none::none));
    } else if let Some(s) = &send {
        if !none::is_none(s) {
            *g.frame.borrow_mut() = Some(frame);
            return Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                kind_name(g)
            )));
        }
    }
    run_gen(g, frame, None)
}

/// SEND / yield from: one step of delegation to `recv`.
pub fn send_to(recv: &Value, v: Value) -> PyResult<SendResult> {
    if is_generator_or_coroutine(recv) {
        return resume(recv, Some(v), None);
    }
    let r = if none::is_none(&v) {
        match protocol::next(recv) {
            Ok(Some(y)) => return Ok(SendResult::Yielded(y)),
            Ok(None) => return Ok(SendResult::Returned(none::none())),
            Err(e) => Err(e),
        }
    } else {
        protocol::call_method(recv, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) if e.matches(&exc::STOP_ITERATION) => Ok(SendResult::Returned(
            exc::get_attr(&e.exc, "value").unwrap_or_else(none::none),
        )),
        Err(e) => Err(e),
    }
}

fn stop_with(r: Value) -> PyErr {
    if none::is_none(&r) {
        krait_runtime::err::stop_iteration(None)
    } else {
        krait_runtime::err::stop_iteration(Some(r))
    }
}

fn gen_iternext(v: &Value) -> PyResult<Option<Value>> {
    match resume(v, None, None)? {
        SendResult::Yielded(y) => Ok(Some(y)),
        // Exhaustion: a return value is only visible through __next__/SEND.
        SendResult::Returned(_) => Ok(None),
    }
}

fn g_next(a: &Args) -> PyResult<Value> {
    match resume(&a.pos()[0], None, None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

fn g_send(a: &Args) -> PyResult<Value> {
    let p = a.check("send", 2, 2)?;
    match resume(&p[0], Some(p[1].clone()), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

/// `gen.throw(typ[, val[, tb]])`.
fn g_throw(a: &Args) -> PyResult<Value> {
    let p = a.check("throw", 2, 4)?;
    let e = if let Some(v) = p.get(2).filter(|v| !none::is_none(v)) {
        if exc::downcast(v).is_some() {
            v.clone()
        } else {
            exc::instantiate(&p[1], std::slice::from_ref(v))?
        }
    } else {
        super::ops::make_exception(&p[1])?
    };
    match resume(&p[0], None, Some(PyErr::from_value(e)))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(stop_with(r)),
    }
}

/// `gen.close()`.
pub fn close(v: &Value) -> PyResult<Value> {
    let g = gen(v)?;
    if g.frame.borrow().is_none() {
        return Ok(none::none());
    }
    if !g.started.get() {
        *g.frame.borrow_mut() = None;
        return Ok(none::none());
    }
    let e = PyErr::with_args(&exc::GENERATOR_EXIT, vec![]);
    match resume(v, None, Some(e)) {
        Ok(SendResult::Yielded(_)) => Err(krait_runtime::err::runtime_error(format!(
            "{} ignored GeneratorExit",
            kind_name(g)
        ))),
        Ok(SendResult::Returned(_)) => Ok(none::none()),
        Err(e) if e.matches(&exc::GENERATOR_EXIT) || e.matches(&exc::STOP_ITERATION) => {
            Ok(none::none())
        }
        Err(e) => Err(e),
    }
}

fn g_close(a: &Args) -> PyResult<Value> {
    close(&a.pos()[0])
}
fn g_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let g = gen(v)?;
    let q = g.qualname.borrow().clone();
    Ok(pystr::from_string(format!(
        "<{} object {} at {:#x}>",
        kind_name(g),
        pystr::as_str(&q).unwrap_or("?"),
        v.raw()
    )))
}
fn g_name(v: &Value) -> PyResult<Value> {
    Ok(gen(v)?.name.borrow().clone())
}
fn g_set_name(v: &Value, val: Option<Value>) -> PyResult<()> {
    *gen(v)?.name.borrow_mut() = val.unwrap_or_else(none::none);
    Ok(())
}
fn g_qualname(v: &Value) -> PyResult<Value> {
    Ok(gen(v)?.qualname.borrow().clone())
}
fn g_running(v: &Value) -> PyResult<Value> {
    Ok(bool_::new_bool(gen(v)?.running.get()))
}
fn g_code(v: &Value) -> PyResult<Value> {
    Ok(gen(v)?.code.clone())
}
fn g_frame(v: &Value) -> PyResult<Value> {
    let g = gen(v)?;
    if g.frame.borrow().is_none() {
        return Ok(none::none());
    }
    Ok(bool_::true_())
}
fn g_suspended(v: &Value) -> PyResult<Value> {
    let g = gen(v)?;
    Ok(bool_::new_bool(
        g.started.get() && !g.running.get() && g.frame.borrow().is_some(),
    ))
}
fn c_await(a: &Args) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

/// GET_AWAITABLE.
pub fn get_awaitable(v: &Value) -> PyResult<Value> {
    if v.is_exact(&COROUTINE_TYPE) {
        return Ok(v.clone());
    }
    match protocol::call_special(v, "__await__", &[]) {
        Some(r) => {
            let it = r?;
            if it.is_exact(&COROUTINE_TYPE) {
                return Err(type_error("__await__() returned a coroutine"));
            }
            Ok(it)
        }
        None => Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            v.ty().name()
        ))),
    }
}

/// GET_AITER.
pub fn get_aiter(v: &Value) -> PyResult<Value> {
    match protocol::call_special(v, "__aiter__", &[]) {
        Some(r) => r,
        None => Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.ty().name()
        ))),
    }
}

/// GET_ANEXT.
pub fn get_anext(v: &Value) -> PyResult<Value> {
    match protocol::call_special(v, "__anext__", &[]) {
        Some(r) => get_awaitable(&r?),
        None => Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            v.ty().name()
        ))),
    }
}

static METHODS: &[MethodDef] = &[
    krait_runtime::types::method("__iter__", krait_runtime::types::iter::iter_self),
    krait_runtime::types::method("__next__", g_next),
    krait_runtime::types::method("send", g_send),
    krait_runtime::types::method("throw", g_throw),
    krait_runtime::types::method("close", g_close),
    krait_runtime::types::method("__repr__", g_repr),
];
static CORO_METHODS: &[MethodDef] = &[
    krait_runtime::types::method("send", g_send),
    krait_runtime::types::method("throw", g_throw),
    krait_runtime::types::method("close", g_close),
    krait_runtime::types::method("__repr__", g_repr),
    krait_runtime::types::method("__await__", c_await),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__name__",
        get: g_name,
        set: Some(g_set_name),
    },
    GetSetDef {
        name: "__qualname__",
        get: g_qualname,
        set: None,
    },
    GetSetDef {
        name: "gi_running",
        get: g_running,
        set: None,
    },
    GetSetDef {
        name: "gi_code",
        get: g_code,
        set: None,
    },
    GetSetDef {
        name: "gi_frame",
        get: g_frame,
        set: None,
    },
    GetSetDef {
        name: "gi_suspended",
        get: g_suspended,
        set: None,
    },
    GetSetDef {
        name: "cr_running",
        get: g_running,
        set: None,
    },
    GetSetDef {
        name: "cr_code",
        get: g_code,
        set: None,
    },
];

pub fn init() {
    GENERATOR_TYPE.iternext.set(Some(gen_iternext));
    krait_runtime::types::init_builtin_type(&GENERATOR_TYPE, METHODS, GETSETS);
    krait_runtime::types::init_builtin_type(&COROUTINE_TYPE, CORO_METHODS, GETSETS);
    krait_runtime::types::init_builtin_type(&ASYNC_GENERATOR_TYPE, CORO_METHODS, GETSETS);
}
