//! Frames: the state of one running code object. Locals, cells, free
//! variables and the value stack share one slot array (`slots`): the first
//! `nlocalsplus` slots are the variables, the stack grows above them.
//! `None` in a slot is CPython's NULL (an unbound local, or the marker
//! PUSH_NULL leaves before a callable).

use super::codeval::CodeData;
use krait_runtime::object::Value;
use krait_runtime::types::tuple;
use std::cell::Cell;
use std::rc::Rc;

pub struct Frame {
    pub code: Rc<CodeData>,
    /// The function being run (None for module and class bodies, exec/eval).
    pub func: Option<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace of module/class bodies and exec (LOAD_NAME and friends).
    pub locals: Option<Value>,
    pub slots: Vec<Option<Value>>,
    /// The first free stack slot, a pointer into `slots` (see `sp`): a
    /// push or pop is one load and one store of it, with no index scaling
    /// and no load of the slot vector's base.
    top: *mut Option<Value>,
    /// Next instruction.
    pub pc: usize,
    /// Keyword names set by KW_NAMES for the next CALL.
    pub kwnames: Option<Value>,
    /// Set on an `__init__` frame entered by CALL_ALLOC_AND_ENTER_INIT: the
    /// new instance, which the call returns instead of `__init__`'s None.
    pub init_self: Option<Value>,
    /// Set on a generator's frame while it runs inside its consumer's loop
    /// (entered by FOR_ITER_GEN): the generator, which gets the frame back
    /// when it yields.
    pub gen: Option<Value>,
    /// The exception being handled when that step began, restored when it
    /// ends (as `generator::run_gen` does around `execute`).
    pub gen_saved_exc: Option<Value>,
    /// The next frame in the pool of recycled frames (null otherwise).
    pool_next: *mut Frame,
}

#[cold]
#[inline(never)]
fn null_popped() -> ! {
    panic!("NULL popped where a value was expected")
}

// Frames are boxed so their addresses stay put while the frame stack grows
// (the eval loop and generators keep raw pointers to the running frame).

thread_local! {
    /// Recycled frames, a list linked through `Frame::pool_next`, and its
    /// length. Plain `Cell`s without a destructor, so each access is a
    /// thread-local load (frames left at thread exit go with the process).
    static POOL: Cell<(*mut Frame, usize)> = const { Cell::new((std::ptr::null_mut(), 0)) };
}

/// Frames kept for reuse (calls are the hottest allocation).
const POOL_SIZE: usize = 256;

impl Drop for Frame {
    fn drop(&mut self) {
        // The stale slots above the stack top must not be dropped.
        self.forget_above_sp();
    }
}

impl Frame {
    /// A recycled frame from the pool, if any. Its slots are empty and its
    /// `func`, `locals`, `kwnames`, `init_self` and `gen` fields are None
    /// (see `recycle`); `code`, `globals` and `builtins` are still those of
    /// its last use.
    #[inline(always)]
    fn from_pool() -> Option<Box<Frame>> {
        let (head, len) = POOL.with(|p| p.get());
        if head.is_null() {
            return None;
        }
        // SAFETY: pooled frames come from Box::into_raw in `recycle` and are
        // owned by the pool alone.
        let f = unsafe { Box::from_raw(head) };
        POOL.with(|p| p.set((f.pool_next, len - 1)));
        debug_assert!(f.func.is_none() && f.locals.is_none() && f.gen.is_none());
        Some(f)
    }

    /// Sizes a recycled frame's slots for `code` and resets its counters.
    #[inline(always)]
    fn reset_for(f: &mut Frame, code: &CodeData) {
        let n = code.nlocalsplus + code.code.stacksize as usize + 1;
        f.pc = 0;
        // Every slot of a recycled frame is empty (see `recycle`).
        if f.slots.len() >= n {
            // SAFETY: shrinking over empty slots (None owns nothing).
            unsafe { f.slots.set_len(n) };
        } else {
            f.slots.resize(n, None);
        }
        f.set_sp(code.nlocalsplus);
    }

    /// A boxed frame, reusing a recycled one when possible.
    pub fn alloc(
        code: Rc<CodeData>,
        func: Option<Value>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
    ) -> Box<Frame> {
        match Frame::from_pool() {
            Some(mut f) => {
                Frame::reset_for(&mut f, &code);
                f.code = code;
                f.func = func;
                f.globals = globals;
                f.builtins = builtins;
                f.locals = locals;
                f
            }
            None => Box::new(Frame::new(code, func, globals, builtins, locals)),
        }
    }

    /// A frame for a call of a function running `code` (which the function
    /// holds alive) with the function's `globals` and `builtins`; the
    /// caller sets `func`. A recycled frame last used for the same code
    /// (recursion, a loop calling one function) keeps its references to
    /// them: no count changes.
    ///
    /// # Safety
    /// `code` must point to the live `CodeData` of a function's code object.
    #[inline(always)]
    pub unsafe fn alloc_for_call(
        code: *const CodeData,
        globals: &Value,
        builtins: &Value,
    ) -> Box<Frame> {
        // SAFETY (both): `code` is held alive by `func` (caller contract).
        let new_code = || unsafe {
            Rc::increment_strong_count(code);
            Rc::from_raw(code)
        };
        match Frame::from_pool() {
            Some(mut f) => {
                // SAFETY: as above.
                Frame::reset_for(&mut f, unsafe { &*code });
                if !std::ptr::eq(Rc::as_ptr(&f.code), code) {
                    f.code = new_code();
                }
                if !f.globals.is(globals) {
                    f.globals = globals.clone();
                }
                if !f.builtins.is(builtins) {
                    f.builtins = builtins.clone();
                }
                f
            }
            None => Box::new(Frame::new(
                new_code(),
                None,
                globals.clone(),
                builtins.clone(),
                None,
            )),
        }
    }

    /// Returns a finished frame to the pool, dropping what it holds.
    pub fn recycle(mut self: Box<Frame>) {
        // Slots at and above `sp` are already empty: only the variables and
        // what is left on the stack hold values.
        let used = self.sp().min(self.slots.len());
        for s in &mut self.slots[..used] {
            *s = None;
        }
        self.forget_above_sp();
        self.func = None;
        self.locals = None;
        self.kwnames = None;
        self.init_self = None;
        self.gen = None;
        self.gen_saved_exc = None;
        let (head, len) = POOL.with(|p| p.get());
        if len < POOL_SIZE {
            self.pool_next = head;
            POOL.with(|p| p.set((Box::into_raw(self), len + 1)));
        }
    }

    /// A frame for `code` with empty slots.
    pub fn new(
        code: Rc<CodeData>,
        func: Option<Value>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
    ) -> Frame {
        let n = code.nlocalsplus + code.code.stacksize as usize + 1;
        let mut slots = Vec::with_capacity(n);
        slots.resize(n, None);
        let sp = code.nlocalsplus;
        let mut f = Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            slots,
            top: std::ptr::null_mut(),
            pc: 0,
            kwnames: None,
            init_self: None,
            gen: None,
            gen_saved_exc: None,
            pool_next: std::ptr::null_mut(),
        };
        f.set_sp(sp);
        f
    }

    /// Index of the first free stack slot.
    #[inline(always)]
    pub fn sp(&self) -> usize {
        // SAFETY: `top` points into `slots` (at most one past the end).
        unsafe { self.top.offset_from(self.slots.as_ptr()) as usize }
    }

    /// Sets the stack top to slot index `sp`.
    #[inline(always)]
    pub fn set_sp(&mut self, sp: usize) {
        debug_assert!(sp <= self.slots.len());
        // SAFETY: in bounds (or one past the end) of `slots`.
        self.top = unsafe { self.slots.as_mut_ptr().add(sp) };
    }

    // The stack discipline (depth never above `stacksize`, never below the
    // variables) is checked for every code object by the compiler's stack
    // verifier, so push and pop skip bounds checks. Slots at and above `sp`
    // own nothing: a pop moves its value out and leaves the old bits behind
    // (no store), a push overwrites without dropping. Before the slot vector
    // is reused or dropped, `forget_above_sp` blanks them.

    /// Overwrites the slots at and above `sp` (stale copies of popped
    /// values, owned by nobody) with None, without dropping them.
    fn forget_above_sp(&mut self) {
        let from = self.sp().min(self.slots.len());
        for s in &mut self.slots[from..] {
            // SAFETY: the slot owns nothing (see above).
            unsafe { std::ptr::write(s, None) };
        }
    }

    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.push_opt(Some(v));
    }

    #[inline(always)]
    pub fn push_opt(&mut self, v: Option<Value>) {
        debug_assert!(self.sp() < self.slots.len());
        // SAFETY: verified stack depth (see above); the slot owns nothing.
        unsafe {
            std::ptr::write(self.top, v);
            self.top = self.top.add(1);
        }
    }

    /// Pops a value that cannot be NULL.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        match self.pop_opt() {
            Some(v) => v,
            None => null_popped(),
        }
    }

    #[inline(always)]
    pub fn pop_opt(&mut self) -> Option<Value> {
        debug_assert!(self.sp() > self.code.nlocalsplus);
        // SAFETY: verified stack depth; the value moves out and the slot,
        // now above `sp`, owns nothing.
        unsafe {
            self.top = self.top.sub(1);
            std::ptr::read(self.top)
        }
    }

    /// The value of local slot `i` (None if unbound).
    #[inline(always)]
    pub fn local(&self, i: u32) -> Option<Value> {
        self.local_ref(i).clone()
    }

    /// Local slot `i`, borrowed.
    #[inline(always)]
    pub fn local_ref(&self, i: u32) -> &Option<Value> {
        let i = i as usize;
        debug_assert!(i < self.code.nlocalsplus);
        // SAFETY: local-slot arguments are below nlocalsplus (the compiler
        // only emits such), and slots has nlocalsplus + stacksize + 1 items.
        unsafe { self.slots.get_unchecked(i) }
    }

    /// Stores `v` in local slot `i`.
    #[inline(always)]
    pub fn set_local(&mut self, i: u32, v: Value) {
        let i = i as usize;
        debug_assert!(i < self.code.nlocalsplus);
        // SAFETY: as `local`.
        let old = unsafe { self.slots.get_unchecked_mut(i) }.replace(v);
        drop(old);
    }

    /// The n-th item from the top (1 = TOS).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        self.peek_opt(n)
            .as_ref()
            .expect("NULL where a value was expected")
    }

    #[inline(always)]
    pub fn peek_opt(&self, n: usize) -> &Option<Value> {
        debug_assert!(n >= 1 && self.sp() - n >= self.code.nlocalsplus);
        // SAFETY: the compiler's stack-depth analysis guarantees n items
        // above the variables.
        unsafe { &*self.top.sub(n) }
    }

    /// The top of the stack (a value, not NULL).
    #[inline(always)]
    pub fn top_mut(&mut self) -> &mut Option<Value> {
        debug_assert!(self.sp() > self.code.nlocalsplus);
        // SAFETY: as `peek_opt`.
        unsafe { &mut *self.top.sub(1) }
    }

    #[inline(always)]
    pub fn set_top(&mut self, v: Value) {
        debug_assert!(self.sp() > self.code.nlocalsplus);
        // SAFETY: as `peek_opt`.
        *unsafe { &mut *self.top.sub(1) } = Some(v);
    }

    /// Swaps the top of the stack with the n-th item from the top.
    #[inline(always)]
    pub fn swap_top(&mut self, n: usize) {
        debug_assert!(n >= 1 && self.sp() - n >= self.code.nlocalsplus);
        // SAFETY: as `peek_opt`.
        unsafe { std::ptr::swap(self.top.sub(1), self.top.sub(n)) }
    }

    /// Drops stack items down to `depth` (above the variables).
    pub fn truncate_stack(&mut self, depth: usize) {
        let target = self.code.nlocalsplus + depth;
        debug_assert!(target <= self.sp());
        while self.sp() > target {
            drop(self.pop_opt());
        }
    }

    /// Pops the top `n` stack items (none of them NULL) into a new tuple,
    /// moving them (no count changes).
    #[inline(always)]
    pub fn pop_tuple(&mut self, n: usize) -> Value {
        debug_assert!(self.sp() - n >= self.code.nlocalsplus);
        // `top_n` checks, in debug builds, that none of the n is NULL.
        #[cfg(debug_assertions)]
        let _ = self.top_n(n);
        // SAFETY: n items above the variables (verified depth), all Some,
        // and Option<Value> has Value's layout; they move into the tuple and
        // their slots, now above the top, own nothing.
        unsafe {
            let src = self.top.sub(n) as *const Value;
            let t = tuple::new_tuple_filled(n, |dst| std::ptr::copy_nonoverlapping(src, dst, n));
            self.top = self.top.sub(n);
            t
        }
    }

    /// The stack items `[sp-n, sp)` as values (none of them NULL).
    #[inline(always)]
    pub fn top_n(&self, n: usize) -> &[Value] {
        let sp = self.sp();
        let s = &self.slots[sp - n..sp];
        debug_assert!(s.iter().all(|x| x.is_some()));
        // SAFETY: Option<Value> has Value's layout (Value is a
        // repr(transparent) NonZeroU64), and every item here is Some.
        unsafe { &*(s as *const [Option<Value>] as *const [Value]) }
    }

    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.code.code.line_of(pc)
    }
}
