//! The `builtins` module's functions that need no interpreter, runtime-wide
//! state (recursion depth, repr cycle guard, the int digit limit) and the
//! string helpers several types share (codecs, `%` and format specs).
//!
//! The interpreter adds the functions that need frames or the compiler
//! (`exec`, `eval`, `compile`, `__import__`, `__build_class__`, `globals`,
//! `locals`, zero-argument `vars` and `super`).

use crate::args::Args;
use crate::err::{type_error, value_error, PyErr, PyResult};
use crate::object::Value;
use crate::protocol::{self, CompareOp};
use crate::typeobj::downcast_type;
use crate::types::exceptions as exc;
use crate::types::{self, bool_, bytes, dict, int, list, none, str as pystr, MethodDef};
use std::cell::{Cell, RefCell};

// ---------------------------------------------------------------- runtime state

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static LIMIT: Cell<usize> = const { Cell::new(1000) };
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    static INT_MAX_DIGITS: Cell<usize> = const { Cell::new(4300) };
    static SYS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static BUILTINS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
    static STACK_SIZE: Cell<usize> = const { Cell::new(0) };
}

/// Records the interpreter thread's stack so deep Rust recursion can be
/// refused before it overflows.
pub fn set_stack_bounds(size: usize) {
    let here = 0u8;
    STACK_BASE.with(|b| b.set(&here as *const u8 as usize));
    STACK_SIZE.with(|s| s.set(size));
}

/// Whether less than `margin` bytes of stack remain.
pub fn stack_low(margin: usize) -> bool {
    let base = STACK_BASE.with(|b| b.get());
    let size = STACK_SIZE.with(|s| s.get());
    if base == 0 || size == 0 {
        return false;
    }
    let here = 0u8;
    let used = base.saturating_sub(&here as *const u8 as usize);
    used + margin > size
}

thread_local! {
    static CALLER_MODULE: Cell<Option<fn() -> Option<Value>>> = const { Cell::new(None) };
}

/// Installs the interpreter's "`__name__` of the running frame's globals".
pub fn set_caller_module_hook(f: fn() -> Option<Value>) {
    CALLER_MODULE.with(|c| c.set(Some(f)));
}

/// `__name__` in the globals of the running Python frame, if any.
pub fn caller_module_name() -> Option<Value> {
    CALLER_MODULE.with(|c| c.get()).and_then(|f| f())
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> usize {
    LIMIT.with(|l| l.get())
}
/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: usize) {
    LIMIT.with(|l| l.set(n));
}
/// The current Python call depth.
pub fn depth() -> usize {
    DEPTH.with(|d| d.get())
}
/// Adjusts the depth (the interpreter counts frames it pushes).
pub fn set_depth(n: usize) {
    DEPTH.with(|d| d.set(n));
}

/// A scope that counts one level of recursion.
pub struct RecursionGuard(());
impl Drop for RecursionGuard {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Enters one level of (Rust-side) recursion, raising RecursionError with
/// "maximum recursion depth exceeded{what}" past the limit.
pub fn recursion_guard(what: &str) -> PyResult<RecursionGuard> {
    let d = DEPTH.with(|d| d.get());
    if d >= recursion_limit() || stack_low(256 * 1024) {
        return Err(crate::err::recursion_error(format!(
            "maximum recursion depth exceeded{what}"
        )));
    }
    DEPTH.with(|x| x.set(d + 1));
    Ok(RecursionGuard(()))
}

/// Guard for reprs of containers that may contain themselves.
pub struct ReprGuard(u64);
impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|&x| x == self.0) {
                s.remove(i);
            }
        });
    }
}

/// Enters the repr of `v`; `None` if it is already being repr'd (a cycle).
pub fn repr_enter(v: &Value) -> Option<ReprGuard> {
    let id = v.raw();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&id) {
            return None;
        }
        s.push(id);
        Some(ReprGuard(id))
    })
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_DIGITS.with(|c| c.get())
}
/// `sys.set_int_max_str_digits(n)`.
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_DIGITS.with(|c| c.set(n));
}

/// The `sys` module (set by the interpreter at start-up).
pub fn sys_module() -> Option<Value> {
    SYS.with(|s| s.borrow().clone())
}
/// Installs the `sys` module.
pub fn set_sys_module(m: Value) {
    SYS.with(|s| *s.borrow_mut() = Some(m));
}
/// The `builtins` module.
pub fn builtins_module() -> Value {
    BUILTINS.with(|b| b.borrow_mut().get_or_insert_with(make_builtins).clone())
}

/// `sys.<name>`.
pub fn sys_attr(name: &str) -> Option<Value> {
    let m = sys_module()?;
    let d = types::module::module_dict(&m)?;
    dict::get_str(&d, &pystr::intern(name))
}

/// Prints "Exception ignored in: ..." and the exception to stderr.
pub fn write_unraisable(e: &PyErr, obj: Option<&Value>) {
    let mut s = String::new();
    if let Some(o) = obj {
        s.push_str(&format!(
            "Exception ignored in: {}\n",
            protocol::repr_string(o).unwrap_or_default()
        ));
    }
    s.push_str("Traceback (most recent call last):\n");
    let msg = exc::exc_str_string(&e.exc).unwrap_or_default();
    if msg.is_empty() {
        s.push_str(&format!("{}\n", e.exc.ty().name()));
    } else {
        s.push_str(&format!("{}: {}\n", e.exc.ty().name(), msg));
    }
    if let Some(err) = sys_attr("stderr") {
        let _ = types::file::write_str(&err, &s);
    } else {
        eprint!("{s}");
    }
}

// ---------------------------------------------------------------- codecs and string helpers

/// `bytes.decode(encoding, errors)` (see `codec.rs`).
pub fn decode_bytes(data: &[u8], enc: &str, errors: &str) -> PyResult<Value> {
    crate::codec::decode_bytes(data, enc, errors)
}

/// `str.encode(encoding, errors)` (see `codec.rs`).
pub fn encode_str(s: &str, enc: &str, errors: &str) -> PyResult<Value> {
    crate::codec::encode_str(s, enc, errors)
}

/// `format(str, spec)` for a non-empty spec (fill, align, width, precision).
pub fn format_str_spec(s: &str, spec: &str) -> PyResult<String> {
    crate::numfmt::format_str_spec(s, spec)
}

/// `fmt % args`.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<String> {
    crate::numfmt::percent_format(fmt, args)
}

// ---------------------------------------------------------------- builtin functions

fn b_abs(a: &Args) -> PyResult<Value> {
    let p = a.check("abs", 1, 1)?;
    if p[0].is_small_int() {
        return Ok(int::from_i128((p[0].small_int() as i128).abs()));
    }
    protocol::unary_op(&p[0], "__abs__", "abs()").map_err(|_| {
        type_error(format!(
            "bad operand type for abs(): '{}'",
            p[0].ty().name()
        ))
    })
}

fn b_all(a: &Args) -> PyResult<Value> {
    let p = a.check("all", 1, 1)?;
    let it = protocol::iter(&p[0])?;
    while let Some(x) = protocol::next(&it)? {
        if !protocol::truthy(&x)? {
            return Ok(bool_::false_());
        }
    }
    Ok(bool_::true_())
}

fn b_any(a: &Args) -> PyResult<Value> {
    let p = a.check("any", 1, 1)?;
    let it = protocol::iter(&p[0])?;
    while let Some(x) = protocol::next(&it)? {
        if protocol::truthy(&x)? {
            return Ok(bool_::true_());
        }
    }
    Ok(bool_::false_())
}

/// `ascii(v)`: repr with non-ASCII escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = protocol::repr_string(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(out)
}

fn b_ascii(a: &Args) -> PyResult<Value> {
    let p = a.check("ascii", 1, 1)?;
    Ok(pystr::from_string(ascii_of(&p[0])?))
}

fn int_radix(v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let b = protocol::index_of(v)?;
    let neg = b.sign() == num_bigint::Sign::Minus;
    let digits = (if neg { -b } else { b }).to_str_radix(radix);
    Ok(pystr::from_string(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits
    )))
}
fn b_bin(a: &Args) -> PyResult<Value> {
    int_radix(&a.check("bin", 1, 1)?[0], 2, "0b")
}
fn b_oct(a: &Args) -> PyResult<Value> {
    int_radix(&a.check("oct", 1, 1)?[0], 8, "0o")
}
fn b_hex(a: &Args) -> PyResult<Value> {
    int_radix(&a.check("hex", 1, 1)?[0], 16, "0x")
}

fn b_callable(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(protocol::callable(
        &a.check("callable", 1, 1)?[0],
    )))
}

fn b_chr(a: &Args) -> PyResult<Value> {
    let p = a.check("chr", 1, 1)?;
    let i = protocol::index_i64(&p[0]).map_err(|e| {
        if e.matches(&exc::INDEX_ERROR) {
            crate::err::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if !(0..=0x10ffff).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(pystr::new_str(c.encode_utf8(&mut [0u8; 4]))),
        None => Err(value_error(
            "chr() arg is a surrogate, which Krait's UTF-8 strings cannot hold",
        )),
    }
}

fn b_ord(a: &Args) -> PyResult<Value> {
    let p = a.check("ord", 1, 1)?;
    if let Some(s) = pystr::downcast(&p[0]) {
        if s.char_len != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len
            )));
        }
        return Ok(int::from_i64(s.as_str().chars().next().unwrap() as i64));
    }
    if bytes::is_bytes_like(&p[0]) {
        let b = bytes::bytes_from_object(&p[0])?;
        if b.len() != 1 {
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(int::from_i64(b[0] as i64));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        p[0].ty().name()
    )))
}

fn attr_name(v: &Value, what: &str) -> PyResult<Value> {
    if !pystr::is_str(v) {
        return Err(type_error(format!(
            "{what}: attribute name must be string, not '{}'",
            v.ty().name()
        )));
    }
    Ok(pystr::intern_value(v))
}

fn b_getattr(a: &Args) -> PyResult<Value> {
    let p = a.check("getattr", 2, 3)?;
    let name = if pystr::is_str(&p[1]) {
        pystr::intern_value(&p[1])
    } else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        )));
    };
    match protocol::getattr(&p[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if p.len() == 3 && e.matches(&exc::ATTRIBUTE_ERROR) => Ok(p[2].clone()),
        Err(e) => Err(e),
    }
}
fn b_setattr(a: &Args) -> PyResult<Value> {
    let p = a.check("setattr", 3, 3)?;
    let name = attr_name(&p[1], "setattr()").map_err(|_| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        ))
    })?;
    protocol::setattr(&p[0], &name, Some(p[2].clone()))?;
    Ok(none::none())
}
fn b_delattr(a: &Args) -> PyResult<Value> {
    let p = a.check("delattr", 2, 2)?;
    let name = attr_name(&p[1], "delattr()").map_err(|_| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        ))
    })?;
    protocol::setattr(&p[0], &name, None)?;
    Ok(none::none())
}
fn b_hasattr(a: &Args) -> PyResult<Value> {
    let p = a.check("hasattr", 2, 2)?;
    let name = attr_name(&p[1], "hasattr()").map_err(|_| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            p[1].ty().name()
        ))
    })?;
    match protocol::getattr(&p[0], &name) {
        Ok(_) => Ok(bool_::true_()),
        Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) => Ok(bool_::false_()),
        Err(e) => Err(e),
    }
}

fn b_divmod(a: &Args) -> PyResult<Value> {
    let p = a.check("divmod", 2, 2)?;
    if let Some(r) = protocol::call_special(&p[0], "__divmod__", &p[1..2]) {
        let r = r?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = protocol::call_special(&p[1], "__rdivmod__", &p[0..1]) {
        let r = r?;
        if !none::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        p[0].ty().name(),
        p[1].ty().name()
    )))
}

fn b_format(a: &Args) -> PyResult<Value> {
    let p = a.check("format", 1, 2)?;
    let spec = p.get(1).cloned().unwrap_or_else(|| pystr::new_str(""));
    if !pystr::is_str(&spec) {
        return Err(type_error(format!(
            "format() argument 2 must be str, not {}",
            spec.ty().name()
        )));
    }
    protocol::format(&p[0], &spec)
}

fn b_hash(a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(protocol::hash(&a.check("hash", 1, 1)?[0])?))
}

fn b_id(a: &Args) -> PyResult<Value> {
    let p = a.check("id", 1, 1)?;
    // The same number the default reprs show after "at 0x".
    Ok(int::from_i128(p[0].raw() as i128))
}

fn b_isinstance(a: &Args) -> PyResult<Value> {
    let p = a.check("isinstance", 2, 2)?;
    Ok(bool_::new_bool(protocol::isinstance(&p[0], &p[1])?))
}
fn b_issubclass(a: &Args) -> PyResult<Value> {
    let p = a.check("issubclass", 2, 2)?;
    Ok(bool_::new_bool(protocol::issubclass(&p[0], &p[1])?))
}

fn b_iter(a: &Args) -> PyResult<Value> {
    let p = a.check("iter", 1, 2)?;
    if p.len() == 2 {
        if !protocol::callable(&p[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(types::iter::new_callable_iter(p[0].clone(), p[1].clone()));
    }
    protocol::iter(&p[0])
}

fn b_next(a: &Args) -> PyResult<Value> {
    let p = a.check("next", 1, 2)?;
    let it = &p[0];
    if it.ty().iternext.get().is_none() && protocol::lookup_special(it, "__next__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            it.ty().name()
        )));
    }
    // The native slot is exact for iterators whose __next__ is the generic
    // one; others (generators: StopIteration carries a value) use __next__.
    let generic_next = it
        .ty()
        .lookup_str("__next__")
        .map(|m| types::function::is_native_fn(&m, types::iter::iter_next_method))
        .unwrap_or(false);
    if let Some(n) = it.ty().iternext.get() {
        if !it.ty().is_heap() && generic_next {
            return match n(it)? {
                Some(v) => Ok(v),
                None => match p.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(crate::err::stop_iteration(None)),
                },
            };
        }
    }
    match protocol::call_special(it, "__next__", &[]).expect("checked") {
        Ok(v) => Ok(v),
        Err(e) if e.matches(&exc::STOP_ITERATION) && p.len() == 2 => Ok(p[1].clone()),
        Err(e) => Err(e),
    }
}

fn b_len(a: &Args) -> PyResult<Value> {
    let p = a.check("len", 1, 1)?;
    Ok(int::from_i64(protocol::len(&p[0])? as i64))
}

fn minmax(a: &Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let pos = a.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match pystr::as_str(k) {
            Some("key") => key = Some(v.clone()).filter(|x| !none::is_none(x)),
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
            None => {}
        }
    }
    let items: Vec<Value> = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => protocol::iterate(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => protocol::call_pos(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                if protocol::compare(&k, bk, op)? {
                    best = Some((k, x));
                }
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}
fn b_max(a: &Args) -> PyResult<Value> {
    minmax(a, "max", CompareOp::Gt)
}
fn b_min(a: &Args) -> PyResult<Value> {
    minmax(a, "min", CompareOp::Lt)
}

fn b_pow(a: &Args) -> PyResult<Value> {
    let [base, exp, m] = a.bind("pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.unwrap(), exp.unwrap());
    match m {
        Some(m) if !none::is_none(&m) => protocol::ternary_pow(&base, &exp, &m),
        _ => protocol::binary_op(&base, &exp, protocol::BinOp::Pow),
    }
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`.
fn b_print(a: &Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
        match pystr::as_str(k) {
            Some("sep") => sep = Some(v.clone()).filter(|x| !none::is_none(x)),
            Some("end") => end = Some(v.clone()).filter(|x| !none::is_none(x)),
            Some("file") => file = Some(v.clone()).filter(|x| !none::is_none(x)),
            Some("flush") => flush = protocol::truthy(v)?,
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
            None => {}
        }
    }
    for (v, what) in [(&sep, "sep"), (&end, "end")] {
        if let Some(x) = v {
            if !pystr::is_str(x) {
                return Err(type_error(format!(
                    "{what} must be None or a string, not {}",
                    x.ty().name()
                )));
            }
        }
    }
    let file = match file {
        Some(f) => f,
        None => match sys_attr("stdout") {
            Some(f) if !none::is_none(&f) => f,
            _ => return Ok(none::none()),
        },
    };
    let sep_s = sep
        .as_ref()
        .and_then(pystr::as_str)
        .unwrap_or(" ")
        .to_string();
    let end_s = end
        .as_ref()
        .and_then(pystr::as_str)
        .unwrap_or("\n")
        .to_string();
    let mut out = String::new();
    for (i, x) in a.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep_s);
        }
        let s = protocol::str_of(x)?;
        out.push_str(pystr::as_str(&s).unwrap_or(""));
    }
    out.push_str(&end_s);
    types::file::write_str(&file, &out)?;
    if flush {
        types::file::flush(&file)?;
    }
    Ok(none::none())
}

fn b_repr(a: &Args) -> PyResult<Value> {
    protocol::repr(&a.check("repr", 1, 1)?[0])
}

fn b_round(a: &Args) -> PyResult<Value> {
    let [number, ndigits] = a.bind("round", ["number", "ndigits"], 1)?;
    let number = number.unwrap();
    let args: Vec<Value> = ndigits.into_iter().filter(|n| !none::is_none(n)).collect();
    match protocol::call_special(&number, "__round__", &args) {
        Some(r) => r,
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            number.ty().name()
        ))),
    }
}

fn b_sorted(a: &Args) -> PyResult<Value> {
    if a.npos() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            a.npos()
        )));
    }
    let mut items = protocol::iterate(&a.pos()[0])?;
    let rest = Args {
        all: &a.all[1..],
        kwnames: a.kwnames,
    };
    let [key, reverse] = rest.bind("sort", ["key", "reverse"], 0)?;
    let reverse = match reverse {
        Some(r) => protocol::truthy(&r)?,
        None => false,
    };
    list::sort_values(&mut items, key.as_ref(), reverse)?;
    Ok(list::new_list(items))
}

fn b_sum(a: &Args) -> PyResult<Value> {
    let [iterable, start] = a.bind("sum", ["iterable", "start"], 1)?;
    let mut acc = start.unwrap_or_else(|| int::from_i64(0));
    if pystr::is_str(&acc) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if bytes::is_bytes_like(&acc) {
        let what = if bytes::downcast_bytearray(&acc).is_some() {
            "bytearray"
        } else {
            "bytes"
        };
        return Err(type_error(format!(
            "sum() can't sum {what} [use b''.join(seq) instead]"
        )));
    }
    let it = protocol::iter(&iterable.unwrap())?;
    // Float accumulation uses CPython's compensated-free plain addition.
    while let Some(x) = protocol::next(&it)? {
        acc = protocol::binary_op(&acc, &x, protocol::BinOp::Add)?;
    }
    Ok(acc)
}

fn b_input(a: &Args) -> PyResult<Value> {
    let p = a.check("input", 0, 1)?;
    let out = sys_attr("stdout");
    if let Some(prompt) = p.first() {
        if let Some(o) = &out {
            types::file::write_str(o, pystr::as_str(&protocol::str_of(prompt)?).unwrap_or(""))?;
        }
    }
    if let Some(o) = &out {
        types::file::flush(o)?;
    }
    let stdin = sys_attr("stdin")
        .ok_or_else(|| PyErr::new(&exc::RUNTIME_ERROR, "input(): lost sys.stdin"))?;
    let line = if types::file::is_native_file(&stdin) {
        types::file::readline(&stdin)?
    } else {
        protocol::call_method(&stdin, "readline", &[])?
    };
    let s = pystr::as_str(&line).unwrap_or("").to_string();
    if s.is_empty() {
        return Err(PyErr::new(&exc::EOF_ERROR, "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(&s).to_string();
    Ok(pystr::from_string(s))
}

fn b_vars(a: &Args) -> PyResult<Value> {
    let p = a.check("vars", 1, 1)?;
    protocol::getattr_str(&p[0], "__dict__").map_err(|e| {
        if e.matches(&exc::ATTRIBUTE_ERROR) {
            type_error("vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}

fn b_dir(a: &Args) -> PyResult<Value> {
    let p = a.check("dir", 1, 1)?;
    let r = match protocol::call_special(&p[0], "__dir__", &[]) {
        Some(r) => r?,
        None => list::new_list(vec![]),
    };
    let mut items = protocol::iterate(&r)?;
    list::sort_values(&mut items, None, false)?;
    Ok(list::new_list(items))
}

fn b_exit(a: &Args) -> PyResult<Value> {
    // site's Quitter: `raise SystemExit(code)` with code defaulting to None.
    let p = a.check("exit", 0, 1)?;
    Err(PyErr::with_args(
        &exc::SYSTEM_EXIT,
        vec![p.first().cloned().unwrap_or_else(none::none)],
    ))
}

fn b_open(a: &Args) -> PyResult<Value> {
    types::file::open(a)
}

// ---------------------------------------------------------------- super

/// `super(type, obj)` objects.
pub mod super_ {
    use super::*;
    use crate::alloc::{alloc_gc, layout_of, Payload};
    use crate::object::ObjHeader;
    use crate::typeobj::{Layout, TypeObject};
    use crate::types::object::OBJECT_TYPE;

    #[repr(C)]
    pub struct SuperObject {
        pub head: ObjHeader,
        pub this_type: Value,
        pub obj: Value,
        pub obj_type: Value,
    }
    impl Payload for SuperObject {
        fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
            visit(&self.this_type);
            visit(&self.obj);
            visit(&self.obj_type);
        }
    }
    pub static SUPER_LAYOUT: Layout = layout_of::<SuperObject>(true, None, None);
    pub static SUPER_TYPE: TypeObject = TypeObject::new_static(
        "super",
        &OBJECT_TYPE,
        crate::typeobj::flags::BASETYPE,
        &SUPER_LAYOUT,
    );

    /// `super(this_type, obj)`.
    pub fn new_super(this_type: Value, obj: Value) -> PyResult<Value> {
        let t = downcast_type(&this_type).ok_or_else(|| {
            type_error(format!(
                "super() argument 1 must be a type, not {}",
                this_type.ty().name()
            ))
        })?;
        let obj_type = if none::is_none(&obj) {
            none::none()
        } else if let Some(ot) = downcast_type(&obj).filter(|ot| ot.is_subtype(t)) {
            ot.as_value()
        } else if obj.ty().is_subtype(t) {
            obj.ty().as_value()
        } else {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        };
        Ok(alloc_gc(SuperObject {
            head: ObjHeader::new(&SUPER_TYPE),
            this_type,
            obj,
            obj_type,
        }))
    }

    fn sup(v: &Value) -> &SuperObject {
        // SAFETY: only called on super objects.
        unsafe { v.payload_unchecked::<SuperObject>() }
    }

    fn super_getattro(v: &Value, name: &Value) -> PyResult<Value> {
        let s = sup(v);
        let skip = pystr::as_str(name) == Some("__class__");
        if !skip && !none::is_none(&s.obj_type) {
            let start = downcast_type(&s.obj_type).expect("type");
            let this = downcast_type(&s.this_type).expect("type");
            let mro = start.mro.borrow().clone();
            if let Some(i) = mro.iter().position(|&m| std::ptr::eq(m, this)) {
                for &m in &mro[i + 1..] {
                    // SAFETY: MRO entries are live.
                    let mt = unsafe { &*m };
                    let d = mt.dict_value();
                    if let Some(attr) = dict::get_str(&d, name) {
                        if let Some(g) = attr.ty().descr_get.get() {
                            let obj = if s.obj.is(&s.obj_type) {
                                None
                            } else {
                                Some(&s.obj)
                            };
                            return g(&attr, obj, &s.obj_type);
                        }
                        return Ok(attr);
                    }
                }
            }
        }
        match protocol::generic_getattr(v, name)? {
            Some(x) => Ok(x),
            None => Err(crate::err::attribute_error(format!(
                "'super' object has no attribute '{}'",
                pystr::as_str(name).unwrap_or("?")
            ))),
        }
    }

    thread_local! {
        static ZERO_ARG: std::cell::Cell<Option<fn() -> PyResult<Value>>> = const { std::cell::Cell::new(None) };
    }

    /// Installs the interpreter's zero-argument `super()` (it needs the frame).
    pub fn set_zero_arg_hook(f: fn() -> PyResult<Value>) {
        ZERO_ARG.with(|z| z.set(Some(f)));
    }

    fn super_new(a: &Args) -> PyResult<Value> {
        let p = &a.pos()[1..];
        if p.is_empty() {
            if let Some(h) = ZERO_ARG.with(|z| z.get()) {
                return h();
            }
        }
        match p.len() {
            1 => new_super(p[0].clone(), none::none()),
            2 => new_super(p[0].clone(), p[1].clone()),
            0 => Err(crate::err::runtime_error("super(): no arguments")),
            n => Err(type_error(format!(
                "super() takes at most 2 arguments ({n} given)"
            ))),
        }
    }
    fn super_repr(a: &Args) -> PyResult<Value> {
        let s = sup(&a.pos()[0]);
        let tn = downcast_type(&s.this_type)
            .map(|t| t.name())
            .unwrap_or_default();
        Ok(pystr::from_string(if none::is_none(&s.obj_type) {
            format!("<super: <class '{tn}'>, NULL>")
        } else {
            let on = downcast_type(&s.obj_type)
                .map(|t| t.name())
                .unwrap_or_default();
            format!("<super: <class '{tn}'>, <{on} object>>")
        }))
    }
    fn get_thisclass(v: &Value) -> PyResult<Value> {
        Ok(sup(v).this_type.clone())
    }
    fn get_self(v: &Value) -> PyResult<Value> {
        Ok(sup(v).obj.clone())
    }
    fn get_self_class(v: &Value) -> PyResult<Value> {
        Ok(sup(v).obj_type.clone())
    }
    static METHODS: &[MethodDef] = &[
        crate::types::staticmethod("__new__", super_new),
        crate::types::method("__repr__", super_repr),
    ];
    static GETSETS: &[crate::types::GetSetDef] = &[
        crate::types::GetSetDef {
            name: "__thisclass__",
            get: get_thisclass,
            set: None,
        },
        crate::types::GetSetDef {
            name: "__self__",
            get: get_self,
            set: None,
        },
        crate::types::GetSetDef {
            name: "__self_class__",
            get: get_self_class,
            set: None,
        },
    ];
    pub fn init() {
        SUPER_TYPE.getattro.set(Some(super_getattro));
        crate::types::init_builtin_type(&SUPER_TYPE, METHODS, GETSETS);
    }
}

static FUNCTIONS: &[MethodDef] = &[
    crate::types::method("abs", b_abs),
    crate::types::method("all", b_all),
    crate::types::method("any", b_any),
    crate::types::method("ascii", b_ascii),
    crate::types::method("bin", b_bin),
    crate::types::method("callable", b_callable),
    crate::types::method("chr", b_chr),
    crate::types::method("delattr", b_delattr),
    crate::types::method("dir", b_dir),
    crate::types::method("divmod", b_divmod),
    crate::types::method("format", b_format),
    crate::types::method("getattr", b_getattr),
    crate::types::method("hasattr", b_hasattr),
    crate::types::method("hash", b_hash),
    crate::types::method("hex", b_hex),
    crate::types::method("id", b_id),
    crate::types::method("input", b_input),
    crate::types::method("isinstance", b_isinstance),
    crate::types::method("issubclass", b_issubclass),
    crate::types::method("iter", b_iter),
    crate::types::method("len", b_len),
    crate::types::method("max", b_max),
    crate::types::method("min", b_min),
    crate::types::method("next", b_next),
    crate::types::method("oct", b_oct),
    crate::types::method("open", b_open),
    crate::types::method("ord", b_ord),
    crate::types::method("pow", b_pow),
    crate::types::method("print", b_print),
    crate::types::method("repr", b_repr),
    crate::types::method("round", b_round),
    crate::types::method("setattr", b_setattr),
    crate::types::method("sorted", b_sorted),
    crate::types::method("sum", b_sum),
    crate::types::method("vars", b_vars),
    crate::types::method("exit", b_exit),
    crate::types::method("quit", b_exit),
];

/// Adds native functions to a module dict.
pub fn add_functions(d: &Value, fns: &'static [MethodDef], owner: &'static str) {
    for f in fns {
        dict::set_str(d, f.name, types::function::new_native_function(f, owner));
    }
}

fn make_builtins() -> Value {
    super_::init();
    let m = types::module::new_module("builtins");
    let d = types::module::module_dict(&m).expect("module dict");
    add_functions(&d, FUNCTIONS, "builtins");
    use crate::types::*;
    let type_list: Vec<(&str, &'static crate::typeobj::TypeObject)> = vec![
        ("bool", &bool_::BOOL_TYPE),
        ("bytearray", &bytes::BYTEARRAY_TYPE),
        ("bytes", &bytes::BYTES_TYPE),
        ("classmethod", &function::CLASSMETHOD_TYPE),
        ("complex", &complex::COMPLEX_TYPE),
        ("dict", &dict::DICT_TYPE),
        ("enumerate", &iter::ENUMERATE_TYPE),
        ("filter", &iter::FILTER_TYPE),
        ("float", &float::FLOAT_TYPE),
        ("frozenset", &set::FROZENSET_TYPE),
        ("int", &int::INT_TYPE),
        ("list", &list::LIST_TYPE),
        ("map", &iter::MAP_TYPE),
        ("object", &object::OBJECT_TYPE),
        ("property", &function::PROPERTY_TYPE),
        ("range", &range::RANGE_TYPE),
        ("reversed", &iter::REVERSED_TYPE),
        ("set", &set::SET_TYPE),
        ("slice", &slice::SLICE_TYPE),
        ("staticmethod", &function::STATICMETHOD_TYPE),
        ("str", &str::STR_TYPE),
        ("super", &super_::SUPER_TYPE),
        ("tuple", &tuple::TUPLE_TYPE),
        ("type", &type_::TYPE_TYPE),
        ("zip", &iter::ZIP_TYPE),
    ];
    for (n, t) in type_list {
        dict::set_str(&d, n, t.as_value());
    }
    for t in exc::all_types() {
        dict::set_str(&d, &t.name(), t.as_value());
    }
    dict::set_str(&d, "EnvironmentError", exc::OS_ERROR.as_value());
    dict::set_str(&d, "IOError", exc::OS_ERROR.as_value());
    dict::set_str(&d, "None", none::none());
    dict::set_str(&d, "True", bool_::true_());
    dict::set_str(&d, "False", bool_::false_());
    dict::set_str(&d, "Ellipsis", none::ellipsis());
    dict::set_str(&d, "NotImplemented", none::not_implemented());
    dict::set_str(&d, "__debug__", bool_::true_());
    m
}
