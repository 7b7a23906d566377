//! The eval loop.
//!
//! `execute` runs an entry frame until it returns, yields, or raises out.
//! Python-to-Python calls push a frame on this invocation's frame stack and
//! continue in the same loop, so Python recursion never grows the Rust
//! stack; native code calling back into Python starts a new `execute`.
//!
//! Errors unwind with CPython 3.11's exception table: the handler covering
//! the failing instruction gets the stack cut to its depth (plus the
//! instruction index when `lasti`), the exception pushed, and control.
//! Each frame an error arrives in (except through RERAISE) adds a traceback
//! entry.

use super::call::{call_generic, prepare_call, CallTarget};
use super::codeval::CodeData;
use super::errors::{add_traceback, chain_context, load_global, name_error, unbound_local};
use super::frame::Frame;
use super::ops::{
    binary_op_generic, builtin_lookup, check_except_type, compare_op, do_raise, format_value,
    get_yield_from_iter, import_from, is_mapping, is_sequence, load_method_generic, locals_get,
    make_function, unpack,
};
use super::specialize::{self, fast, mega};
use super::{call, generator, import, state};
use crate::bytecode::{Instr, Opcode};
use krait_runtime::err::{type_error, PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::function::downcast_function;
use krait_runtime::types::{bool_, cell, dict, int, list, none, set, slice, str as pystr, tuple};
use std::cell::Cell;
use std::rc::Rc;

/// How an entry frame stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Runs `entry` (and everything it calls) to completion, a yield, or an
/// uncaught exception. `throw` starts by raising at the current instruction
/// (generator.throw()). Returns the entry frame back with the outcome.
pub fn execute(entry: Box<Frame>, throw: Option<PyErr>) -> (Box<Frame>, PyResult<Exit>) {
    let guard = match krait_runtime::builtins::recursion_guard(" while calling a Python object") {
        Ok(g) => g,
        Err(e) => return (entry, Err(e)),
    };
    // Frame stacks are reused: generators enter `execute` once per step.
    let mut frames = FRAME_STACKS
        .with(|p| p.borrow_mut().pop())
        .unwrap_or_default();
    frames.push(entry);
    let prev = super::builtins_interp::set_current_frame(std::ptr::null());
    let r = run(&mut frames, throw);
    super::builtins_interp::set_current_frame(prev);
    drop(guard);
    let entry = frames.pop().expect("entry frame");
    debug_assert!(frames.is_empty());
    FRAME_STACKS.with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < 32 {
            p.push(frames);
        }
    });
    (entry, r)
}

thread_local! {
    #[allow(clippy::vec_box)]
    static FRAME_STACKS: std::cell::RefCell<Vec<Vec<Box<Frame>>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

macro_rules! tri {
    ($e:expr, $err:ident) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $err = Some((e, true));
                break;
            }
        }
    };
}

/// The main loop over `frames` (the last one runs). Frames are boxed so
/// their addresses stay put as the stack grows (raw current-frame pointer).
/// (The operand chain tests a cache hit that has side effects, such as
/// `binary_op_on_top` writing the result, inside an arm rather than in a
/// match guard.)
#[allow(clippy::vec_box, clippy::collapsible_match)]
fn run(frames: &mut Vec<Box<Frame>>, throw: Option<PyErr>) -> PyResult<Exit> {
    // (error, add a traceback entry)
    let mut pending: Option<(PyErr, bool)> = throw.map(|e| (e, true));
    let mut pending_is_throw = pending.is_some();
    loop {
        // The running frame and its code, as raw pointers: Python calls and
        // returns switch frames inside the instruction loop (frames are
        // boxed, so they stay put while `frames` grows).
        let mut fp: *mut Frame = &mut **frames.last_mut().expect("a frame");
        super::builtins_interp::set_current_frame(fp);
        // SAFETY: the frame holds its code alive; `code` is rebound before
        // the frame it came from is recycled.
        let mut code: &CodeData = unsafe { &*Rc::as_ptr(&(*fp).code) };
        // `code`'s instructions, kept beside it (one load less per dispatch).
        let mut instrs: *const Cell<Instr> = code.instrs.as_ptr();
        let mut err: Option<(PyErr, bool)> = pending.take();
        if err.is_some() && pending_is_throw {
            // A throw() into a suspended generator raises at the yield.
            pending_is_throw = false;
        }
        let mut returned: Option<Value> = None;
        let mut yielded: Option<Value> = None;
        // SAFETY: fp is the live running frame.
        let mut pc = unsafe { (*fp).pc };
        // A generator resumes at the RESUME after its yield, which does
        // nothing here: skip its dispatch.
        if err.is_none()
            && code
                .instrs
                .get(pc)
                .is_some_and(|i| i.get().op() == Opcode::RESUME)
        {
            pc += 1;
        }
        // The instruction at index `$i` of the running code. Every index
        // read is in bounds: the current instruction's (see the loop), and
        // the one after it (no code object's last instruction falls
        // through, so an instruction that may be fused has a successor).
        macro_rules! instr_at {
            ($i:expr) => {{
                let i: usize = $i;
                debug_assert!(i < code.instrs.len());
                // SAFETY: see above.
                unsafe { (*instrs.add(i)).get() }
            }};
        }
        // Whether entering one more frame passes the recursion limit.
        macro_rules! too_deep {
            () => {
                frames.len() >= krait_runtime::builtins::recursion_limit() + 50
                    || krait_runtime::builtins::depth() + frames.len()
                        > krait_runtime::builtins::recursion_limit()
            };
        }
        // Enters callee frame `$fr` (from a CALL of the running frame) at
        // its first instruction, or a generator's frame at its `f.pc`.
        macro_rules! enter_frame {
            ($fr:expr) => {{
                let fr: Box<Frame> = $fr;
                if too_deep!() {
                    // The error belongs to the CALL in the caller.
                    err = Some((
                        krait_runtime::err::recursion_error("maximum recursion depth exceeded"),
                        true,
                    ));
                    break;
                }
                enter_frame!(@switch fr, 0)
            }};
            (@switch $fr:expr, $pc:expr) => {{
                // SAFETY: fp is the caller, still running.
                unsafe { (*fp).pc = pc };
                frames.push($fr);
                fp = &mut **frames.last_mut().expect("callee");
                super::builtins_interp::set_current_frame(fp);
                // SAFETY: as above; the callee holds its code.
                code = unsafe { &*Rc::as_ptr(&(*fp).code) };
                instrs = code.instrs.as_ptr();
                // A function's leading RESUME (a generator's after its
                // yield) does nothing here: skip its dispatch.
                pc = $pc;
                if instr_at!(pc).op() == Opcode::RESUME {
                    pc += 1;
                }
                continue;
            }};
        }
        // Pushes the outcome `$r` of a test, or, when a conditional jump
        // follows, takes that jump directly (no bool object, one dispatch).
        macro_rules! push_or_branch {
            ($f:expr, $r:expr) => {{
                let r: bool = $r;
                let next = instr_at!(pc);
                match next.op() {
                    Opcode::POP_JUMP_IF_FALSE => {
                        pc = if r { pc + 1 } else { next.arg() as usize };
                    }
                    Opcode::POP_JUMP_IF_TRUE => {
                        pc = if r { next.arg() as usize } else { pc + 1 };
                    }
                    _ => $f.push(bool_::new_bool(r)),
                }
            }};
        }
        // Pops the running frame (returned) and makes its caller the
        // running frame again, at its saved `pc`.
        macro_rules! back_to_caller {
            () => {{
                let done = frames.pop().expect("frame");
                fp = &mut **frames.last_mut().expect("caller");
                super::builtins_interp::set_current_frame(fp);
                // SAFETY: the caller holds its code.
                code = unsafe { &*Rc::as_ptr(&(*fp).code) };
                instrs = code.instrs.as_ptr();
                // SAFETY: fp is the caller, now running.
                pc = unsafe { (*fp).pc };
                done
            }};
        }
        // Returns `$v` from the running frame (RETURN_VALUE, or a load
        // fused with it), then continues or leaves the dispatch loop `$l`.
        macro_rules! return_value {
            ($l:lifetime, $v:expr) => {{
                let v: Value = $v;
                if frames.len() == 1 {
                    returned = Some(v);
                    break $l;
                }
                // Back to the caller inside the loop: rebind to it first,
                // then recycle the finished frame (which may hold the last
                // reference to `code`).
                let done = back_to_caller!();
                let v = if done.gen.is_none() && done.init_self.is_none() {
                    done.recycle();
                    v
                } else {
                    match call::returned_specially(done, v) {
                        Ok(call::Returned::Value(v)) => v,
                        Ok(call::Returned::GeneratorEnded(v)) => {
                            // A generator run by the caller's FOR_ITER_GEN
                            // or SEND (the instruction before `pc`)
                            // returned: the loop ends (the return value
                            // unseen) or the delegation does (the value is
                            // the `yield from`'s).
                            let fi = instr_at!(pc - 1);
                            // SAFETY: as above.
                            unsafe { (*fp).pop() };
                            pc = fi.arg() as usize;
                            if fi.op() == Opcode::SEND {
                                // SAFETY: as above.
                                unsafe { (*fp).push(v) };
                            }
                            continue $l;
                        }
                        Err(e) => {
                            // The error belongs to the CALL in the caller.
                            err = Some((e, true));
                            break $l;
                        }
                    }
                };
                // A result the caller discards (a call statement) is
                // dropped here, its POP_TOP taken along.
                if instr_at!(pc).op() == Opcode::POP_TOP {
                    pc += 1;
                    drop(v);
                } else {
                    // SAFETY: as above.
                    unsafe { (*fp).push(v) };
                }
                continue $l;
            }};
        }
        // The operand chain. `$v` is an operand just loaded (a bound local
        // or a constant) for the LOAD_FAST or LOAD_CONST that ended at `pc`,
        // not yet pushed. Loads are a third of all instructions run and
        // what follows them is predictable, so the chain runs the next
        // instructions without a dispatch while they hit: further loads
        // (locals, constants, cached globals), and an attribute, method,
        // attribute store, int or float operation, int comparison, list
        // index, local store or return that uses the pending operand in
        // place (`self.x`, `i + 1`, `a[i]`, `n < 2`, `y = x`, `return x`):
        // no push, pop or count change for it. After an instruction that
        // consumed the operand, a following load starts a new one. Anything
        // else, a cache miss and an unbound local included, is left to its
        // own dispatch in the loop `$l`, which (for a miss) runs the
        // instruction's generic path with the operand pushed.
        //
        // Only an instruction's last step may run Python code (dropping an
        // overwritten attribute or local can run `__del__`): the borrowed
        // operand is not used after it.
        macro_rules! push_operand {
            ($l:lifetime, $f:expr, $v:expr) => {{
                // SAFETY: a local's slot stays put while the stack above the
                // variables changes (pushes and pops write other slots), the
                // code object holds its constants, and the globals dicts a
                // cached global (unchanged while no code runs).
                let mut v: &Value = unsafe { &*($v as *const Value) };
                // Continues the chain with the load at `pc`, if it is one,
                // as the new pending operand; else back to the loop.
                macro_rules! next_operand {
                    ($chain:lifetime) => {{
                        let n = instr_at!(pc);
                        match n.op() {
                            Opcode::LOAD_FAST => {
                                if let Some(w) = $f.local_ref(n.arg()) {
                                    pc += 1;
                                    // SAFETY: as above.
                                    v = unsafe { &*(w as *const Value) };
                                    continue $chain;
                                }
                            }
                            Opcode::LOAD_CONST => {
                                pc += 1;
                                v = &code.consts[n.arg() as usize];
                                continue $chain;
                            }
                            _ => {}
                        }
                        continue $l;
                    }};
                }
                'chain: loop {
                    let next = instr_at!(pc);
                    let nc = code.cache(pc);
                    match next.op() {
                        Opcode::LOAD_FAST => {
                            if let Some(w) = $f.local_ref(next.arg()) {
                                // SAFETY: as above.
                                let w = unsafe { &*(w as *const Value) };
                                $f.push(v.clone());
                                pc += 1;
                                v = w;
                                continue 'chain;
                            }
                        }
                        Opcode::LOAD_CONST => {
                            $f.push(v.clone());
                            pc += 1;
                            v = &code.consts[next.arg() as usize];
                            continue 'chain;
                        }
                        Opcode::LOAD_GLOBAL_MODULE | Opcode::LOAD_GLOBAL_BUILTIN
                            if next.arg() & 1 == 0 =>
                        {
                            if let Some(w) = fast::global_ref(next.op(), nc, &$f.globals, &$f.builtins) {
                                // SAFETY: as above.
                                let w = unsafe { &*(w as *const Value) };
                                $f.push(v.clone());
                                pc += 1;
                                v = w;
                                continue 'chain;
                            }
                        }
                        Opcode::LOAD_ATTR_INSTANCE_VALUE | Opcode::LOAD_ATTR_SLOT => {
                            if let Some(a) = fast::load_attr(next.op(), nc, v) {
                                pc += 1;
                                $f.push(a);
                                next_operand!('chain);
                            }
                        }
                        Opcode::LOAD_METHOD_WITH_VALUES | Opcode::LOAD_METHOD_NO_DICT => {
                            if let Some(m) = fast::load_method(next.op(), nc, v) {
                                pc += 1;
                                $f.push(m);
                                $f.push(v.clone());
                                continue $l;
                            }
                        }
                        Opcode::STORE_ATTR_INSTANCE_VALUE | Opcode::STORE_ATTR_SLOT => {
                            let x = $f.pop();
                            match fast::store_attr(next.op(), nc, v, x) {
                                Ok(()) => {
                                    pc += 1;
                                    next_operand!('chain);
                                }
                                Err(x) => {
                                    $f.push(x);
                                    $f.push(v.clone());
                                    continue $l;
                                }
                            }
                        }
                        Opcode::STORE_FAST => {
                            pc += 1;
                            $f.set_local(next.arg(), v.clone());
                            next_operand!('chain);
                        }
                        Opcode::BINARY_OP_ADD_INT
                        | Opcode::BINARY_OP_SUBTRACT_INT
                        | Opcode::BINARY_OP_MULTIPLY_INT
                        | Opcode::BINARY_OP_ADD_FLOAT
                        | Opcode::BINARY_OP_SUBTRACT_FLOAT
                        | Opcode::BINARY_OP_MULTIPLY_FLOAT
                        | Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT => {
                            if fast::binary_op_on_top(next.op(), $f.top_mut(), v) {
                                pc += 1;
                                next_operand!('chain);
                            }
                        }
                        Opcode::COMPARE_OP_INT => {
                            if let Some(r) = fast::compare_op(next.op(), $f.peek(1), v, next.arg()) {
                                pc += 1;
                                $f.pop_opt();
                                push_or_branch!($f, r);
                                next_operand!('chain);
                            }
                        }
                        Opcode::BINARY_SUBSCR_LIST_INT => {
                            if let Some(x) = fast::list_item($f.peek(1), v) {
                                pc += 1;
                                $f.set_top(x);
                                next_operand!('chain);
                            }
                        }
                        Opcode::RETURN_VALUE => return_value!($l, v.clone()),
                        _ => {}
                    }
                    $f.push(v.clone());
                    continue $l;
                }
            }};
        }
        if err.is_none() {
            'dispatch: loop {
                // SAFETY: fp is the live running frame, and nothing else
                // refers to it mutably while an instruction runs.
                let f: &mut Frame = unsafe { &mut *fp };
                let at = pc;
                // `pc` is always a valid index: it starts at 0 or at a
                // resumption point, jump arguments are instruction indexes,
                // and no code object's last instruction falls through.
                let ins = instr_at!(at);
                pc = at + 1;
                // `f.pc` is written back only where something may look at
                // it: leaving this loop, entering a callee, and before calls
                // (a native callee may read the caller's line number).
                let arg = ins.arg();
                #[cfg(feature = "opstats")]
                super::opstats::count(ins.op());
                match ins.op() {
                    Opcode::NOP | Opcode::RESUME => {}
                    Opcode::POP_TOP => {
                        f.pop_opt();
                    }
                    Opcode::PUSH_NULL => f.push_opt(None),
                    Opcode::COPY => {
                        let v = f.peek_opt(arg as usize).clone();
                        f.push_opt(v);
                    }
                    Opcode::SWAP => {
                        f.swap_top(arg as usize);
                    }
                    // LOAD_FAST, LOAD_CONST and STORE_FAST are a third to a
                    // half of all instructions run. Each takes a following
                    // LOAD_FAST/LOAD_CONST (or STORE_FAST after a store)
                    // along without another dispatch, as CPython 3.11's
                    // superinstructions do; an unbound local is left to
                    // its own dispatch, which raises.
                    Opcode::LOAD_CONST => {
                        push_operand!('dispatch, f, &code.consts[arg as usize]);
                    }
                    Opcode::LOAD_FAST => {
                        let Some(v) = f.local_ref(arg) else {
                            err = Some((unbound_local(&code.slot_names[arg as usize]), true));
                            break;
                        };
                        push_operand!('dispatch, f, v);
                    }
                    Opcode::STORE_FAST => {
                        let v = f.pop();
                        f.set_local(arg, v);
                        let next = instr_at!(pc);
                        match next.op() {
                            Opcode::LOAD_FAST => {
                                if let Some(v) = f.local_ref(next.arg()) {
                                    pc += 1;
                                    push_operand!('dispatch, f, v);
                                }
                            }
                            Opcode::STORE_FAST => {
                                pc += 1;
                                let v = f.pop();
                                f.set_local(next.arg(), v);
                            }
                            _ => {}
                        }
                    }
                    Opcode::DELETE_FAST => {
                        if f.slots[arg as usize].take().is_none() {
                            err = Some((unbound_local(&code.slot_names[arg as usize]), true));
                            break;
                        }
                    }
                    Opcode::LOAD_GLOBAL => {
                        let name = &code.names[(arg >> 1) as usize];
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_load_global(
                                code,
                                at,
                                &f.globals,
                                &f.builtins,
                                name,
                            );
                        }
                        let v = tri!(load_global(f, name), err);
                        if arg & 1 != 0 {
                            f.push_opt(None);
                        }
                        f.push(v);
                    }
                    Opcode::LOAD_GLOBAL_MODULE | Opcode::LOAD_GLOBAL_BUILTIN => {
                        let hit =
                            fast::global_ref(ins.op(), code.cache(at), &f.globals, &f.builtins)
                                .cloned();
                        let v = match hit {
                            Some(v) => v,
                            None => {
                                specialize::miss(code, at);
                                tri!(load_global(f, &code.names[(arg >> 1) as usize]), err)
                            }
                        };
                        if arg & 1 != 0 {
                            f.push_opt(None);
                        }
                        f.push(v);
                    }
                    Opcode::STORE_GLOBAL => {
                        let v = f.pop();
                        tri!(
                            dict::set_item(&f.globals, code.names[arg as usize].clone(), v),
                            err
                        );
                    }
                    Opcode::DELETE_GLOBAL => {
                        let name = &code.names[arg as usize];
                        if !tri!(dict::del_item_if_present(&f.globals, name), err) {
                            err = Some((name_error(name), true));
                            break;
                        }
                    }
                    Opcode::LOAD_NAME => {
                        let name = &code.names[arg as usize];
                        let found = match &f.locals {
                            Some(l) => tri!(locals_get(l, name), err),
                            None => None,
                        };
                        let v = match found {
                            Some(v) => v,
                            None => tri!(load_global(f, name), err),
                        };
                        f.push(v);
                    }
                    Opcode::STORE_NAME => {
                        let v = f.pop();
                        let name = code.names[arg as usize].clone();
                        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        if l.is_exact(&dict::DICT_TYPE) {
                            tri!(dict::set_item(&l, name, v), err);
                        } else {
                            tri!(protocol::setitem(&l, &name, v), err);
                        }
                    }
                    Opcode::DELETE_NAME => {
                        let name = &code.names[arg as usize];
                        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        let r = if l.is_exact(&dict::DICT_TYPE) {
                            dict::del_item_if_present(&l, name)
                        } else {
                            protocol::delitem(&l, name).map(|_| true)
                        };
                        if !tri!(r, err) {
                            err = Some((name_error(name), true));
                            break;
                        }
                    }
                    Opcode::LOAD_ATTR => {
                        let name = &code.names[arg as usize];
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_load_attr(code, at, f.peek(1), name);
                        }
                        let obj = f.pop();
                        match mega::load(&obj, name) {
                            Some(v) => f.push(v),
                            None => {
                                f.push(tri!(protocol::getattr(&obj, name), err));
                                mega::fill(mega::Kind::Load, &obj, name);
                            }
                        }
                    }
                    Opcode::LOAD_ATTR_INSTANCE_VALUE
                    | Opcode::LOAD_ATTR_SLOT
                    | Opcode::LOAD_ATTR_MODULE
                    | Opcode::LOAD_ATTR_CLASS
                    | Opcode::LOAD_ATTR_TYPE => {
                        match fast::load_attr(ins.op(), code.cache(at), f.peek(1)) {
                            Some(v) => f.set_top(v),
                            None => {
                                let name = &code.names[arg as usize];
                                if !(ins.op() == Opcode::LOAD_ATTR_INSTANCE_VALUE
                                    && specialize::fill_second(code, at, f.peek(1), name, false))
                                {
                                    specialize::miss(code, at);
                                }
                                let obj = f.pop();
                                f.push(tri!(protocol::getattr(&obj, name), err));
                            }
                        }
                    }
                    Opcode::STORE_ATTR => {
                        let name = &code.names[arg as usize];
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_store_attr(code, at, f.peek(1), name);
                        }
                        let obj = f.pop();
                        let v = f.pop();
                        if let Err(v) = mega::store(&obj, name, v) {
                            tri!(protocol::setattr(&obj, name, Some(v)), err);
                            mega::fill(mega::Kind::Store, &obj, name);
                        }
                    }
                    Opcode::STORE_ATTR_INSTANCE_VALUE
                    | Opcode::STORE_ATTR_ADD_VALUE
                    | Opcode::STORE_ATTR_SLOT => {
                        let obj = f.pop();
                        let v = f.pop();
                        if let Err(v) = fast::store_attr(ins.op(), code.cache(at), &obj, v) {
                            let name = &code.names[arg as usize];
                            if !(ins.op() == Opcode::STORE_ATTR_INSTANCE_VALUE
                                && specialize::fill_second_store(code, at, &obj, name))
                            {
                                specialize::miss(code, at);
                            }
                            tri!(protocol::setattr(&obj, name, Some(v)), err);
                        }
                    }
                    Opcode::DELETE_ATTR => {
                        let obj = f.pop();
                        tri!(
                            protocol::setattr(&obj, &code.names[arg as usize], None),
                            err
                        );
                    }
                    Opcode::LOAD_METHOD => {
                        let name = &code.names[arg as usize];
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_load_method(code, at, f.peek(1), name);
                        }
                        let obj = f.pop();
                        match mega::method(&obj, name) {
                            Some(m) => {
                                f.push(m);
                                f.push(obj);
                            }
                            None => {
                                mega::fill(mega::Kind::Method, &obj, name);
                                tri!(load_method_generic(f, obj, name), err);
                            }
                        }
                    }
                    Opcode::LOAD_METHOD_WITH_VALUES
                    | Opcode::LOAD_METHOD_NO_DICT
                    | Opcode::LOAD_METHOD_MODULE => {
                        let obj = f.pop();
                        match fast::load_method(ins.op(), code.cache(at), &obj) {
                            Some(m) if ins.op() == Opcode::LOAD_METHOD_MODULE => {
                                f.push_opt(None);
                                f.push(m);
                            }
                            Some(m) => {
                                f.push(m);
                                f.push(obj);
                            }
                            None => {
                                let name = &code.names[arg as usize];
                                if !(ins.op() == Opcode::LOAD_METHOD_WITH_VALUES
                                    && specialize::fill_second(code, at, &obj, name, true))
                                {
                                    specialize::miss(code, at);
                                }
                                tri!(load_method_generic(f, obj, name), err);
                            }
                        }
                    }
                    Opcode::MAKE_CELL => {
                        let v = f.slots[arg as usize].take();
                        f.slots[arg as usize] = Some(cell::new_cell(v));
                    }
                    Opcode::COPY_FREE_VARS => {
                        let func = f.func.clone().expect("closure needs a function");
                        let fo = downcast_function(&func).expect("function");
                        let clo = fo.closure.clone().expect("closure tuple");
                        let items = tuple::items(&clo);
                        let start = code.nlocalsplus - arg as usize;
                        for (i, c) in items.iter().enumerate().take(arg as usize) {
                            f.slots[start + i] = Some(c.clone());
                        }
                    }
                    Opcode::LOAD_CLOSURE => {
                        let c = f.slots[arg as usize].clone().expect("cell");
                        f.push(c);
                    }
                    Opcode::LOAD_DEREF => {
                        let c = f.slots[arg as usize].as_ref().expect("cell");
                        match cell::get(c) {
                            Some(v) => f.push(v),
                            None => {
                                err = Some((super::attr::unbound_deref(code, arg as usize), true));
                                break;
                            }
                        }
                    }
                    Opcode::LOAD_CLASSDEREF => {
                        let name = &code.slot_names[arg as usize];
                        let found = match &f.locals {
                            Some(l) => tri!(locals_get(l, name), err),
                            None => None,
                        };
                        match found {
                            Some(v) => f.push(v),
                            None => {
                                let c = f.slots[arg as usize].as_ref().expect("cell");
                                match cell::get(c) {
                                    Some(v) => f.push(v),
                                    None => {
                                        err = Some((
                                            super::attr::unbound_deref(code, arg as usize),
                                            true,
                                        ));
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    Opcode::STORE_DEREF => {
                        let v = f.pop();
                        let c = f.slots[arg as usize].as_ref().expect("cell");
                        cell::set(c, Some(v));
                    }
                    Opcode::DELETE_DEREF => {
                        let c = f.slots[arg as usize].clone().expect("cell");
                        if cell::get(&c).is_none() {
                            err = Some((super::attr::unbound_deref(code, arg as usize), true));
                            break;
                        }
                        cell::set(&c, None);
                    }
                    Opcode::UNARY_POSITIVE => {
                        let v = f.pop();
                        f.push(tri!(protocol::pos(&v), err));
                    }
                    Opcode::UNARY_NEGATIVE => {
                        let v = f.pop();
                        f.push(tri!(protocol::neg(&v), err));
                    }
                    Opcode::UNARY_NOT => {
                        let v = f.pop();
                        let b = tri!(protocol::truthy(&v), err);
                        f.push(bool_::new_bool(!b));
                    }
                    Opcode::UNARY_INVERT => {
                        let v = f.pop();
                        f.push(tri!(protocol::invert(&v), err));
                    }
                    Opcode::BINARY_OP => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_binary_op(code, at, f.peek(2), f.peek(1), arg);
                        }
                        let b = f.pop();
                        let a = f.pop();
                        f.push(tri!(binary_op_generic(&a, &b, arg), err));
                    }
                    Opcode::BINARY_OP_ADD_INT
                    | Opcode::BINARY_OP_SUBTRACT_INT
                    | Opcode::BINARY_OP_MULTIPLY_INT
                    | Opcode::BINARY_OP_ADD_FLOAT
                    | Opcode::BINARY_OP_SUBTRACT_FLOAT
                    | Opcode::BINARY_OP_MULTIPLY_FLOAT
                    | Opcode::BINARY_OP_TRUE_DIVIDE_FLOAT
                    | Opcode::BINARY_OP_ADD_UNICODE => {
                        let b = f.pop();
                        let a = f.pop();
                        let r = match fast::binary_op(ins.op(), a, b) {
                            Ok(v) => v,
                            Err((a, b, is_miss)) => {
                                if is_miss {
                                    specialize::miss(code, at);
                                }
                                tri!(binary_op_generic(&a, &b, arg), err)
                            }
                        };
                        f.push(r);
                    }
                    Opcode::BINARY_SUBSCR => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_binary_subscr(code, at, f.peek(2), f.peek(1));
                        }
                        let k = f.pop();
                        let c = f.pop();
                        f.push(tri!(protocol::getitem(&c, &k), err));
                    }
                    Opcode::BINARY_SUBSCR_LIST_INT
                    | Opcode::BINARY_SUBSCR_TUPLE_INT
                    | Opcode::BINARY_SUBSCR_DICT => {
                        let k = f.pop();
                        let c = f.pop();
                        let r = match fast::binary_subscr(ins.op(), &c, &k) {
                            Some(r) => r,
                            None => {
                                specialize::miss(code, at);
                                protocol::getitem(&c, &k)
                            }
                        };
                        f.push(tri!(r, err));
                    }
                    Opcode::STORE_SUBSCR => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_store_subscr(code, at, f.peek(2), f.peek(1));
                        }
                        let k = f.pop();
                        let c = f.pop();
                        let v = f.pop();
                        tri!(protocol::setitem(&c, &k, v), err);
                    }
                    Opcode::STORE_SUBSCR_LIST_INT | Opcode::STORE_SUBSCR_DICT => {
                        let k = f.pop();
                        let c = f.pop();
                        let v = f.pop();
                        match fast::store_subscr(ins.op(), &c, &k, v) {
                            Ok(r) => tri!(r, err),
                            Err(v) => {
                                if !(ins.op() == Opcode::STORE_SUBSCR_LIST_INT
                                    && c.is_exact(&list::LIST_TYPE)
                                    && k.is_small_int())
                                {
                                    specialize::miss(code, at);
                                }
                                tri!(protocol::setitem(&c, &k, v), err);
                            }
                        }
                    }
                    Opcode::DELETE_SUBSCR => {
                        let k = f.pop();
                        let c = f.pop();
                        tri!(protocol::delitem(&c, &k), err);
                    }
                    Opcode::BUILD_SLICE => {
                        let step = if arg == 3 { f.pop() } else { none::none() };
                        let stop = f.pop();
                        let start = f.pop();
                        f.push(slice::new_slice(start, stop, step));
                    }
                    Opcode::COMPARE_OP => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_compare_op(code, at, f.peek(2), f.peek(1));
                        }
                        let b = f.pop();
                        let a = f.pop();
                        f.push(tri!(compare_op(&a, &b, arg), err));
                    }
                    Opcode::COMPARE_OP_INT | Opcode::COMPARE_OP_FLOAT | Opcode::COMPARE_OP_STR => {
                        let b = f.pop();
                        let a = f.pop();
                        match fast::compare_op(ins.op(), &a, &b, arg) {
                            Some(r) => push_or_branch!(f, r),
                            None => {
                                specialize::miss(code, at);
                                f.push(tri!(compare_op(&a, &b, arg), err));
                            }
                        }
                    }
                    Opcode::IS_OP => {
                        let b = f.pop();
                        let a = f.pop();
                        push_or_branch!(f, a.is(&b) != (arg == 1));
                    }
                    Opcode::CONTAINS_OP => {
                        let c = f.pop();
                        let x = f.pop();
                        let r = tri!(protocol::contains(&c, &x), err);
                        push_or_branch!(f, r != (arg == 1));
                    }
                    Opcode::GET_ITER => {
                        let v = f.pop();
                        f.push(tri!(protocol::iter(&v), err));
                    }
                    Opcode::GET_YIELD_FROM_ITER => {
                        let v = f.pop();
                        f.push(tri!(get_yield_from_iter(&v), err));
                    }
                    Opcode::FOR_ITER => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_for_iter(code, at, f.peek(1));
                        }
                        let next = tri!(protocol::next(f.peek(1)), err);
                        match next {
                            Some(v) => f.push(v),
                            None => {
                                f.pop();
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::FOR_ITER_GEN => {
                        if too_deep!() {
                            err = Some((
                                krait_runtime::err::recursion_error(
                                    "maximum recursion depth exceeded",
                                ),
                                true,
                            ));
                            break;
                        }
                        match generator::enter_in_loop(f.peek(1)) {
                            generator::LoopStep::Enter(fr) => {
                                let at_pc = fr.pc;
                                enter_frame!(@switch fr, at_pc)
                            }
                            generator::LoopStep::Exhausted => {
                                f.pop();
                                pc = arg as usize;
                            }
                            generator::LoopStep::Generic => {
                                specialize::miss(code, at);
                                f.pc = pc;
                                match tri!(protocol::next(f.peek(1)), err) {
                                    Some(v) => f.push(v),
                                    None => {
                                        f.pop();
                                        pc = arg as usize;
                                    }
                                }
                            }
                        }
                    }
                    Opcode::FOR_ITER_RANGE | Opcode::FOR_ITER_LIST | Opcode::FOR_ITER_TUPLE => {
                        let next = match fast::for_iter(ins.op(), f.peek(1)) {
                            Some(r) => r,
                            None => {
                                specialize::miss(code, at);
                                protocol::next(f.peek(1))
                            }
                        };
                        match tri!(next, err) {
                            // The loop variable's store is taken along.
                            Some(v) => match instr_at!(pc) {
                                n if n.op() == Opcode::STORE_FAST => {
                                    pc += 1;
                                    f.set_local(n.arg(), v);
                                }
                                _ => f.push(v),
                            },
                            None => {
                                f.pop();
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => pc = arg as usize,
                    Opcode::JUMP_BACKWARD => {
                        if state::interrupt_pending() {
                            err = Some((state::take_interrupt(), true));
                            break;
                        }
                        pc = arg as usize;
                        krait_runtime::gc::maybe_collect();
                    }
                    Opcode::POP_JUMP_IF_FALSE => {
                        let v = f.pop();
                        let t = match bool_::as_bool(&v) {
                            Some(b) => b,
                            None => tri!(protocol::truthy(&v), err),
                        };
                        if !t {
                            pc = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_TRUE => {
                        let v = f.pop();
                        let t = match bool_::as_bool(&v) {
                            Some(b) => b,
                            None => tri!(protocol::truthy(&v), err),
                        };
                        if t {
                            pc = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_NONE => {
                        if none::is_none(&f.pop()) {
                            pc = arg as usize;
                        }
                    }
                    Opcode::POP_JUMP_IF_NOT_NONE => {
                        if !none::is_none(&f.pop()) {
                            pc = arg as usize;
                        }
                    }
                    Opcode::JUMP_IF_FALSE_OR_POP => {
                        let t = tri!(protocol::truthy(f.peek(1)), err);
                        if !t {
                            pc = arg as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Opcode::JUMP_IF_TRUE_OR_POP => {
                        let t = tri!(protocol::truthy(f.peek(1)), err);
                        if t {
                            pc = arg as usize;
                        } else {
                            f.pop();
                        }
                    }
                    Opcode::BUILD_TUPLE => {
                        let t = f.pop_tuple(arg as usize);
                        f.push(t);
                    }
                    Opcode::BUILD_LIST => {
                        let items = f.top_n(arg as usize).to_vec();
                        f.truncate_stack(f.sp() - code.nlocalsplus - arg as usize);
                        f.push(list::new_list(items));
                    }
                    Opcode::BUILD_SET => {
                        let items = f.top_n(arg as usize).to_vec();
                        f.truncate_stack(f.sp() - code.nlocalsplus - arg as usize);
                        f.push(tri!(set::new_set(items), err));
                    }
                    Opcode::BUILD_MAP => {
                        let items = f.top_n(2 * arg as usize).to_vec();
                        f.truncate_stack(f.sp() - code.nlocalsplus - 2 * arg as usize);
                        let d = dict::new_dict();
                        let r: PyResult<()> = items
                            .chunks(2)
                            .try_for_each(|kv| dict::set_item(&d, kv[0].clone(), kv[1].clone()));
                        tri!(r, err);
                        f.push(d);
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        let keys = f.pop();
                        let values = f.top_n(arg as usize).to_vec();
                        f.truncate_stack(f.sp() - code.nlocalsplus - arg as usize);
                        let d = dict::new_dict();
                        let r: PyResult<()> = tuple::items(&keys)
                            .iter()
                            .zip(values)
                            .try_for_each(|(k, v)| dict::set_item(&d, k.clone(), v));
                        tri!(r, err);
                        f.push(d);
                    }
                    Opcode::BUILD_STRING => {
                        let mut s = String::new();
                        for v in f.top_n(arg as usize) {
                            s.push_str(pystr::as_str(v).unwrap_or(""));
                        }
                        f.truncate_stack(f.sp() - code.nlocalsplus - arg as usize);
                        f.push(pystr::from_string(s));
                    }
                    Opcode::LIST_APPEND => {
                        let v = f.pop();
                        list::append(f.peek(arg as usize), v);
                    }
                    Opcode::SET_ADD => {
                        let v = f.pop();
                        tri!(set::add(f.peek(arg as usize), v), err);
                    }
                    Opcode::MAP_ADD => {
                        let v = f.pop();
                        let k = f.pop();
                        tri!(dict::set_item(f.peek(arg as usize), k, v), err);
                    }
                    Opcode::LIST_EXTEND => {
                        let v = f.pop();
                        let items = match protocol::iterate(&v) {
                            Ok(i) => i,
                            Err(e) => {
                                let e = if e.matches(&exc::TYPE_ERROR)
                                    && protocol::lookup_special(&v, "__iter__").is_none()
                                    && protocol::lookup_special(&v, "__getitem__").is_none()
                                {
                                    type_error(format!(
                                        "Value after * must be an iterable, not {}",
                                        v.ty().name()
                                    ))
                                } else {
                                    e
                                };
                                err = Some((e, true));
                                break;
                            }
                        };
                        let l = list::downcast(f.peek(arg as usize)).expect("list");
                        l.items.borrow_mut().extend(items);
                    }
                    Opcode::SET_UPDATE => {
                        let v = f.pop();
                        let s = f.peek(arg as usize).clone();
                        tri!(set::update(&s, &v), err);
                    }
                    Opcode::DICT_UPDATE => {
                        let v = f.pop();
                        let d = f.peek(arg as usize).clone();
                        if dict::downcast(&v).is_none()
                            && protocol::lookup_special(&v, "keys").is_none()
                        {
                            err = Some((
                                type_error(format!("'{}' object is not a mapping", v.ty().name())),
                                true,
                            ));
                            break;
                        }
                        tri!(dict::update(&d, &v), err);
                    }
                    Opcode::DICT_MERGE => {
                        let v = f.pop();
                        let d = f.peek(arg as usize).clone();
                        tri!(
                            super::attr::dict_merge(&d, &v, f.peek(arg as usize + 2)),
                            err
                        );
                    }
                    Opcode::LIST_TO_TUPLE => {
                        let l = f.pop();
                        let items = list::downcast(&l).expect("list").items.borrow().clone();
                        f.push(tuple::new_tuple(items));
                    }
                    Opcode::UNPACK_SEQUENCE => {
                        if specialize::ready(code.cache(at)) {
                            specialize::specialize_unpack_sequence(
                                code,
                                at,
                                f.peek(1),
                                arg as usize,
                            );
                        }
                        let seq = f.pop();
                        tri!(unpack(f, seq, arg as usize, None), err);
                    }
                    Opcode::UNPACK_SEQUENCE_TWO_TUPLE
                    | Opcode::UNPACK_SEQUENCE_TUPLE
                    | Opcode::UNPACK_SEQUENCE_LIST => {
                        let seq = f.pop();
                        if !fast::unpack_sequence(ins.op(), f, &seq, arg as usize) {
                            specialize::miss(code, at);
                            tri!(unpack(f, seq, arg as usize, None), err);
                        }
                    }
                    Opcode::UNPACK_EX => {
                        let seq = f.pop();
                        tri!(
                            unpack(f, seq, (arg & 0xff) as usize, Some((arg >> 8) as usize)),
                            err
                        );
                    }
                    Opcode::MAKE_FUNCTION => {
                        let func = tri!(make_function(f, arg), err);
                        f.push(func);
                    }
                    Opcode::KW_NAMES => f.kwnames = Some(code.consts[arg as usize].clone()),
                    Opcode::CALL => {
                        f.pc = pc;
                        let n = arg as usize;
                        if specialize::ready(code.cache(at)) {
                            let is_meth = f.peek_opt(n + 2).is_some();
                            let callable = f.peek(n + 1 + is_meth as usize);
                            specialize::specialize_call(
                                code,
                                at,
                                callable,
                                is_meth,
                                n + is_meth as usize,
                                f.kwnames.is_some(),
                            );
                        }
                        if let Some(fr) = tri!(call_generic(f, n), err) {
                            enter_frame!(fr);
                        }
                    }
                    Opcode::CALL_PY_EXACT_ARGS
                    | Opcode::CALL_PY_WITH_DEFAULTS
                    | Opcode::CALL_BOUND_METHOD_EXACT_ARGS
                    | Opcode::CALL_ALLOC_AND_ENTER_INIT => {
                        f.pc = pc;
                        let n = arg as usize;
                        match fast::call_py(ins.op(), code.cache(at), f, n) {
                            Some(fr) => enter_frame!(fr),
                            None => {
                                specialize::miss(code, at);
                                if let Some(fr) = tri!(call_generic(f, n), err) {
                                    enter_frame!(fr);
                                }
                            }
                        }
                    }
                    Opcode::CALL_BUILTIN_LEN
                    | Opcode::CALL_BUILTIN_ISINSTANCE
                    | Opcode::CALL_BUILTIN_FAST
                    | Opcode::CALL_BUILTIN_CLASS
                    | Opcode::CALL_BUILTIN_BOUND
                    | Opcode::CALL_METHOD_DESCRIPTOR_FAST => {
                        f.pc = pc;
                        let n = arg as usize;
                        match fast::call_native(ins.op(), code.cache(at), f, n) {
                            Some(r) => {
                                let v = tri!(r, err);
                                f.push(v);
                            }
                            None => {
                                specialize::miss(code, at);
                                if let Some(fr) = tri!(call_generic(f, n), err) {
                                    enter_frame!(fr);
                                }
                            }
                        }
                    }
                    Opcode::CALL_FUNCTION_EX => {
                        f.pc = pc;
                        let kwargs = if arg & 1 != 0 { Some(f.pop()) } else { None };
                        let callargs = f.pop();
                        let func = f.pop();
                        f.pop_opt();
                        let mut all = tri!(super::attr::star_args(&func, &callargs), err);
                        let mut names = Vec::new();
                        if let Some(kw) = kwargs {
                            tri!(
                                super::attr::star_kwargs(&func, &kw, &mut all, &mut names),
                                err
                            );
                        }
                        match tri!(prepare_call(&func, &all, &names), err) {
                            CallTarget::Value(v) => f.push(v),
                            CallTarget::Frame(fr) => enter_frame!(fr),
                        }
                    }
                    Opcode::RETURN_VALUE => {
                        let v = f.pop();
                        return_value!('dispatch, v);
                    }
                    Opcode::YIELD_VALUE => {
                        let v = f.pop();
                        if f.gen.is_some() {
                            // Entered by the caller's FOR_ITER_GEN: back to
                            // it with the item, the frame back to its
                            // generator.
                            f.pc = pc;
                            let done = back_to_caller!();
                            generator::suspend_in_loop(done);
                            // SAFETY: as above.
                            unsafe { (*fp).push(v) };
                            continue;
                        }
                        yielded = Some(v);
                        break;
                    }
                    Opcode::RAISE_VARARGS => {
                        let e = do_raise(f, arg);
                        err = Some((e, true));
                        break;
                    }
                    Opcode::RERAISE => {
                        // The `lasti` operand only matters for f_lasti; the
                        // handler lookup uses this instruction, as CPython's.
                        let v = f.pop();
                        err = Some((PyErr::from_value(v), false));
                        break;
                    }
                    Opcode::PUSH_EXC_INFO => {
                        let v = f.pop();
                        let prev = state::current_exception().unwrap_or_else(none::none);
                        f.push(prev);
                        state::set_current_exception(Some(v.clone()));
                        f.push(v);
                    }
                    Opcode::POP_EXCEPT => {
                        let v = f.pop();
                        state::set_current_exception(if none::is_none(&v) {
                            None
                        } else {
                            Some(v)
                        });
                    }
                    Opcode::CHECK_EXC_MATCH => {
                        let t = f.pop();
                        tri!(check_except_type(&t), err);
                        let m = tri!(protocol::isinstance(f.peek(1), &t), err);
                        f.push(bool_::new_bool(m));
                    }
                    Opcode::CHECK_EG_MATCH => {
                        let t = f.pop();
                        let e = f.pop();
                        tri!(check_except_type(&t), err);
                        let (m, rest) = tri!(super::patterns::exception_group_match(&e, &t), err);
                        f.push(rest);
                        f.push(m);
                    }
                    Opcode::PREP_RERAISE_STAR => {
                        let excs = f.pop();
                        let orig = f.pop();
                        f.push(tri!(super::patterns::prep_reraise_star(&orig, &excs), err));
                    }
                    Opcode::WITH_EXCEPT_START => {
                        let val = f.peek(1).clone();
                        let exit = f.peek(4).clone();
                        let tb = protocol::getattr_str(&val, "__traceback__")
                            .unwrap_or_else(|_| none::none());
                        let r = tri!(
                            protocol::call_pos(&exit, &[val.ty().as_value(), val.clone(), tb]),
                            err
                        );
                        f.push(r);
                    }
                    Opcode::BEFORE_WITH => {
                        let mgr = f.pop();
                        let (exit, res) = tri!(super::attr::before_with(&mgr, false), err);
                        f.push(exit);
                        f.push(res);
                    }
                    Opcode::BEFORE_ASYNC_WITH => {
                        let mgr = f.pop();
                        let (exit, res) = tri!(super::attr::before_with(&mgr, true), err);
                        f.push(exit);
                        f.push(res);
                    }
                    Opcode::LOAD_BUILD_CLASS => {
                        let v = tri!(
                            builtin_lookup(&f.builtins, &pystr::intern("__build_class__"))
                                .and_then(|o| o.ok_or_else(|| PyErr::new(
                                    &exc::NAME_ERROR,
                                    "__build_class__ not found"
                                ))),
                            err
                        );
                        f.push(v);
                    }
                    Opcode::LOAD_ASSERTION_ERROR => f.push(exc::ASSERTION_ERROR.as_value()),
                    Opcode::SETUP_ANNOTATIONS => {
                        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        let key = pystr::intern("__annotations__");
                        if tri!(locals_get(&l, &key), err).is_none() {
                            tri!(protocol::setitem(&l, &key, dict::new_dict()), err);
                        }
                    }
                    Opcode::PRINT_EXPR => {
                        let v = f.pop();
                        tri!(super::attr::display_hook(&v), err);
                    }
                    Opcode::IMPORT_NAME => {
                        let fromlist = f.pop();
                        let level = f.pop();
                        let m = tri!(
                            import::import_name(f, &code.names[arg as usize], &fromlist, &level),
                            err
                        );
                        f.push(m);
                    }
                    Opcode::IMPORT_FROM => {
                        let m = f.peek(1).clone();
                        f.push(tri!(import_from(&m, &code.names[arg as usize]), err));
                    }
                    Opcode::IMPORT_STAR => {
                        let m = f.pop();
                        let l = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                        tri!(import::import_star(&m, &l), err);
                    }
                    Opcode::FORMAT_VALUE => {
                        let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
                        let v = f.pop();
                        f.push(tri!(format_value(v, arg & 3, spec), err));
                    }
                    Opcode::GET_LEN => {
                        let n = tri!(protocol::len(f.peek(1)), err);
                        f.push(int::from_i64(n as i64));
                    }
                    Opcode::MATCH_MAPPING => {
                        let b = is_mapping(f.peek(1));
                        f.push(bool_::new_bool(b));
                    }
                    Opcode::MATCH_SEQUENCE => {
                        let b = is_sequence(f.peek(1));
                        f.push(bool_::new_bool(b));
                    }
                    Opcode::MATCH_KEYS => {
                        let keys = f.peek(1).clone();
                        let subject = f.peek(2).clone();
                        f.push(tri!(super::patterns::match_keys(&subject, &keys), err));
                    }
                    Opcode::MATCH_CLASS => {
                        let names = f.pop();
                        let cls = f.pop();
                        let subject = f.pop();
                        f.push(tri!(
                            super::patterns::match_class(&subject, &cls, arg as usize, &names),
                            err
                        ));
                    }
                    Opcode::SEND => {
                        // A plain generator's step runs in this loop (its
                        // YIELD_VALUE comes back here with the item, its
                        // return ends the delegation: see return_value).
                        if too_deep!() && f.peek(2).is_exact(&generator::GENERATOR_TYPE) {
                            err = Some((
                                krait_runtime::err::recursion_error(
                                    "maximum recursion depth exceeded",
                                ),
                                true,
                            ));
                            break;
                        }
                        let mut v = f.pop();
                        match generator::enter_in_loop_sending(f.peek(1), Some(v)) {
                            Ok(generator::LoopStep::Enter(fr)) => {
                                let at_pc = fr.pc;
                                enter_frame!(@switch fr, at_pc)
                            }
                            Ok(_) => unreachable!("SEND sends a value"),
                            Err(back) => v = back.expect("the sent value"),
                        }
                        let recv = f.peek(1).clone();
                        match tri!(generator::send_to(&recv, v), err) {
                            generator::SendResult::Yielded(y) => f.push(y),
                            generator::SendResult::Returned(r) => {
                                f.pop();
                                f.push(r);
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::ASYNC_GEN_WRAP => {}
                    Opcode::GET_AWAITABLE => {
                        let v = f.pop();
                        f.push(tri!(generator::get_awaitable(&v), err));
                    }
                    Opcode::GET_AITER => {
                        let v = f.pop();
                        f.push(tri!(generator::get_aiter(&v), err));
                    }
                    Opcode::GET_ANEXT => {
                        let v = f.peek(1).clone();
                        f.push(tri!(generator::get_anext(&v), err));
                    }
                    Opcode::END_ASYNC_FOR => {
                        let e = f.pop();
                        f.pop();
                        if !e.ty().is_subtype(&exc::STOP_ASYNC_ITERATION) {
                            err = Some((PyErr::from_value(e), false));
                            break;
                        }
                        state::set_current_exception(None);
                    }
                }
            }
        }
        // SAFETY: fp is the running frame (the one an error belongs to).
        unsafe { (*fp).pc = pc };
        if let Some(v) = returned {
            // Only the entry frame returns out of the loop.
            debug_assert_eq!(frames.len(), 1);
            return Ok(Exit::Return(v));
        }
        if let Some(v) = yielded {
            return Ok(Exit::Yield(v));
        }
        // Unwind.
        let (e, add_tb) = err.expect("an error");
        if add_tb {
            chain_context(&e);
        }
        let f: &mut Frame = frames.last_mut().expect("a frame");
        let at = f.pc.saturating_sub(1);
        if add_tb {
            add_traceback(&e, f, at);
        }
        match f.code.code.handler_for(at as u32).copied() {
            Some(h) => {
                f.truncate_stack(h.depth as usize);
                if h.lasti {
                    f.push(int::from_i64(at as i64));
                }
                f.push(e.exc);
                f.pc = h.target as usize;
                f.kwnames = None;
            }
            None => {
                if frames.len() == 1 {
                    return Err(e);
                }
                let mut done = frames.pop().expect("frame");
                let e = generator::raised_in_loop(&mut done, e);
                // The caller's CALL (or FOR_ITER_GEN) raised: it gets its
                // own traceback entry.
                pending = Some((e, true));
            }
        }
    }
}
