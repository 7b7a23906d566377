//! Interpreter-wide state: the exception being handled (`sys.exc_info()`)
//! and a pending Ctrl-C.

use krait_runtime::err::PyErr;
use krait_runtime::object::Value;
use krait_runtime::types::exceptions as exc;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// The exception currently being handled, if any.
pub fn current_exception() -> Option<Value> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Replaces the exception being handled.
pub fn set_current_exception(v: Option<Value>) {
    let old = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), v));
    drop(old);
}

/// Records a Ctrl-C (called from the signal handler).
pub fn request_interrupt() {
    INTERRUPT.store(true, Ordering::Relaxed);
}

/// Whether a Ctrl-C is waiting.
#[inline]
pub fn interrupt_pending() -> bool {
    INTERRUPT.load(Ordering::Relaxed)
}

/// Consumes the pending Ctrl-C as a KeyboardInterrupt.
pub fn take_interrupt() -> PyErr {
    INTERRUPT.store(false, Ordering::Relaxed);
    PyErr::with_args(&exc::KEYBOARD_INTERRUPT, vec![])
}
