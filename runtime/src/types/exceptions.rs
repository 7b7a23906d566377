//! The built-in exception hierarchy (CPython 3.11's), one shared layout.
//!
//! An exception keeps `args`, its chaining links, a dict for extra
//! attributes (`StopIteration.value`, `OSError.errno`, ...) and the
//! traceback entries the interpreter appends while it unwinds.

use crate::alloc::{alloc_gc, alloc_instance, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, PyErr, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, dict, int, list, none, str as pystr, tuple, GetSetDef, MethodDef};
use std::cell::{Cell, RefCell};

/// One traceback entry (innermost last), appended as an exception unwinds.
#[derive(Clone)]
pub struct TbEntry {
    pub filename: Value,
    pub name: Value,
    pub lineno: u32,
    pub end_lineno: u32,
    pub col: u32,
    pub end_col: u32,
    /// The frame's code object (for tb_frame.f_code), if the interpreter gives one.
    pub code: Option<Value>,
}

#[repr(C)]
pub struct ExceptionObject {
    pub head: ObjHeader,
    pub args: RefCell<Value>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub dict: RefCell<Option<Value>>,
    /// Traceback entries, innermost first: unwinding appends each frame it
    /// leaves, so a deep traceback costs O(depth). Printing reverses them.
    pub tb: RefCell<Vec<TbEntry>>,
    /// Set when user code assigned `__traceback__ = None`.
    pub tb_cleared: Cell<bool>,
}
impl Payload for ExceptionObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        for c in [&self.cause, &self.context, &self.dict] {
            if let Ok(v) = c.try_borrow() {
                if let Some(v) = v.as_ref() {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [&self.cause, &self.context, &self.dict] {
            let old = c.borrow_mut().take();
            drop(old);
        }
        let old = std::mem::replace(&mut *self.args.borrow_mut(), tuple::new_tuple(vec![]));
        drop(old);
    }
}

const DICT_OFF: usize = std::mem::offset_of!(ExceptionObject, dict);
pub static EXC_SUB_LAYOUT: Layout = sub_layout_of::<ExceptionObject>(Some(DICT_OFF));
pub static EXC_LAYOUT: Layout =
    layout_of::<ExceptionObject>(true, Some(DICT_OFF), Some(&EXC_SUB_LAYOUT));

macro_rules! exc_types {
    ($( $id:ident = $name:literal : $base:expr; )*) => {
        $(
            pub static $id: TypeObject = TypeObject::new_static(
                $name, $base, flags::BASETYPE | flags::BASE_EXC_SUBCLASS, &EXC_LAYOUT);
        )*
        /// Every built-in exception type, in definition order.
        pub fn all_types() -> Vec<&'static TypeObject> { vec![$( &$id, )*] }
    };
}

exc_types! {
    BASE_EXCEPTION = "BaseException": &OBJECT_TYPE;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    BUFFER_ERROR = "BufferError": &EXCEPTION;
    EOF_ERROR = "EOFError": &EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP;
    IMPORT_ERROR = "ImportError": &EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    OS_ERROR = "OSError": &EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR;
    TAB_ERROR = "TabError": &INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR;
    WARNING = "Warning": &EXCEPTION;
    BYTES_WARNING = "BytesWarning": &WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING;
    ENCODING_WARNING = "EncodingWarning": &WARNING;
    FUTURE_WARNING = "FutureWarning": &WARNING;
    IMPORT_WARNING = "ImportWarning": &WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING;
    RESOURCE_WARNING = "ResourceWarning": &WARNING;
    RUNTIME_WARNING = "RuntimeWarning": &WARNING;
    SYNTAX_WARNING = "SyntaxWarning": &WARNING;
    UNICODE_WARNING = "UnicodeWarning": &WARNING;
    USER_WARNING = "UserWarning": &WARNING;
}

fn make(ty: &TypeObject, args: Value) -> ExceptionObject {
    ExceptionObject {
        head: ObjHeader::new(ty),
        args: RefCell::new(args),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: Cell::new(false),
        dict: RefCell::new(None),
        tb: RefCell::new(Vec::new()),
        tb_cleared: Cell::new(false),
    }
}

/// Allocates an exception of `ty` with `args`, without running `__init__`.
fn alloc_exception(ty: &TypeObject, args: Value) -> Value {
    if ty.is_heap() {
        alloc_instance(make(ty, args), ty)
    } else {
        alloc_gc(make(ty, args))
    }
}

/// A new exception instance of built-in type `ty` with `args`, initialized
/// as `ty(*args)` would be (special attributes included).
pub fn new_exception(ty: &TypeObject, args: Vec<Value>) -> Value {
    let v = alloc_exception(ty, tuple::new_tuple(args.clone()));
    let _ = init_special(&v, &args, &[]);
    v
}

/// The payload if `v` is an exception instance.
pub fn downcast(v: &Value) -> Option<&ExceptionObject> {
    if !v.is_small_int()
        && v.ty().has_flag(flags::BASE_EXC_SUBCLASS)
        && !v.ty().has_flag(flags::TYPE_SUBCLASS)
    {
        // SAFETY: exception instances start with an ExceptionObject.
        Some(unsafe { v.payload_unchecked::<ExceptionObject>() })
    } else {
        None
    }
}

/// Whether `v` is an exception class.
pub fn is_exception_class(v: &Value) -> bool {
    downcast_type(v)
        .map(|t| t.is_subtype(&BASE_EXCEPTION))
        .unwrap_or(false)
}

/// Sets an attribute in an exception's dict.
pub fn set_attr(exc: &Value, name: &str, v: Value) -> PyResult<()> {
    if let Some(d) = crate::types::object::object_dict(exc) {
        dict::set_item(&d, pystr::intern(name), v)?;
    }
    Ok(())
}

/// Reads an attribute from an exception's dict.
pub fn get_attr(exc: &Value, name: &str) -> Option<Value> {
    let d = crate::types::object::object_dict(exc)?;
    dict::get_str(&d, &pystr::intern(name))
}

/// The `args` tuple of an exception.
pub fn args_of(exc: &Value) -> Vec<Value> {
    downcast(exc)
        .map(|e| tuple::items(&e.args.borrow()).to_vec())
        .unwrap_or_default()
}

/// Type-specific attributes set from the constructor arguments.
fn init_special(v: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    let t = v.ty();
    let arg0 = || args.first().cloned().unwrap_or_else(none::none);
    if t.is_subtype(&STOP_ITERATION) {
        set_attr(v, "value", arg0())?;
    } else if t.is_subtype(&SYSTEM_EXIT) {
        let code = match args.len() {
            0 => none::none(),
            1 => args[0].clone(),
            _ => tuple::new_tuple(args.to_vec()),
        };
        set_attr(v, "code", code)?;
    } else if t.is_subtype(&IMPORT_ERROR) {
        set_attr(v, "msg", arg0())?;
        set_attr(v, "name", none::none())?;
        set_attr(v, "path", none::none())?;
        for (k, val) in kw {
            match pystr::as_str(k) {
                Some(n @ ("name" | "path")) => set_attr(v, n, val.clone())?,
                Some(n) => {
                    return Err(type_error(format!(
                        "'{n}' is an invalid keyword argument for {}()",
                        t.name()
                    )))
                }
                None => {}
            }
        }
    } else if t.is_subtype(&NAME_ERROR) || t.is_subtype(&ATTRIBUTE_ERROR) {
        if get_attr(v, "name").is_none() {
            set_attr(v, "name", none::none())?;
        }
        if t.is_subtype(&ATTRIBUTE_ERROR) && get_attr(v, "obj").is_none() {
            set_attr(v, "obj", none::none())?;
        }
        for (k, val) in kw {
            match pystr::as_str(k) {
                Some(n @ ("name" | "obj")) => set_attr(v, n, val.clone())?,
                Some(n) => {
                    return Err(type_error(format!(
                        "'{n}' is an invalid keyword argument for {}()",
                        t.name()
                    )))
                }
                None => {}
            }
        }
    } else if t.is_subtype(&OS_ERROR) {
        let (errno, strerror, filename) = if (2..=5).contains(&args.len()) {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or_else(none::none),
            )
        } else {
            (none::none(), none::none(), none::none())
        };
        set_attr(v, "errno", errno)?;
        set_attr(v, "strerror", strerror)?;
        set_attr(v, "filename", filename)?;
        set_attr(
            v,
            "filename2",
            args.get(4).cloned().unwrap_or_else(none::none),
        )?;
        if (3..=5).contains(&args.len()) {
            // CPython keeps only (errno, strerror) in args when a filename is given.
            if let Some(e) = downcast(v) {
                *e.args.borrow_mut() = tuple::new_tuple(args[..2].to_vec());
            }
        }
    } else if t.is_subtype(&SYNTAX_ERROR) {
        set_attr(v, "msg", arg0())?;
        let mut fields = [
            none::none(),
            none::none(),
            none::none(),
            none::none(),
            none::none(),
            none::none(),
        ];
        if let Some(info) = args
            .get(1)
            .and_then(|a| tuple::downcast(a).map(|t| t.items.to_vec()))
        {
            for (i, x) in info.into_iter().enumerate().take(6) {
                fields[i] = x;
            }
        }
        for (name, val) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .zip(fields)
        {
            set_attr(v, name, val)?;
        }
        set_attr(v, "print_file_and_line", none::none())?;
    } else if t.is_subtype(&UNICODE_DECODE_ERROR) || t.is_subtype(&UNICODE_ENCODE_ERROR) {
        if args.len() == 5 {
            for (name, val) in ["encoding", "object", "start", "end", "reason"]
                .iter()
                .zip(args.iter())
            {
                set_attr(v, name, val.clone())?;
            }
        }
    } else if t.is_subtype(&BASE_EXCEPTION_GROUP) && args.len() == 2 {
        set_attr(v, "message", args[0].clone())?;
        let excs = tuple::new_tuple(protocol::iterate(&args[1])?);
        set_attr(v, "exceptions", excs)?;
    }
    Ok(())
}

fn exc_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls)
        .ok_or_else(|| type_error("BaseException.__new__(X): X is not a type object"))?;
    if !t.is_subtype(&BASE_EXCEPTION) {
        return Err(type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            t.name(),
            t.name()
        )));
    }
    let args = a.pos()[1..].to_vec();
    // OSError(errno, ...) picks the subclass matching errno.
    let mut target = t;
    if std::ptr::eq(t, &OS_ERROR) && args.len() >= 2 {
        if let Some(e) = int::as_i64(&args[0]) {
            if let Some(sub) = os_error_subclass(e) {
                target = sub;
            }
        }
    }
    if t.is_subtype(&BASE_EXCEPTION_GROUP) {
        check_group_args(t, &args)?;
        if std::ptr::eq(t, &BASE_EXCEPTION_GROUP) {
            let all_exc = protocol::iterate(&args[1])?
                .iter()
                .all(|e| e.ty().is_subtype(&EXCEPTION));
            if all_exc {
                target = &EXCEPTION_GROUP;
            }
        }
    }
    let v = alloc_exception(target, tuple::new_tuple(args.clone()));
    let kw: Vec<(Value, Value)> = a
        .kwnames
        .iter()
        .cloned()
        .zip(a.kwvalues().iter().cloned())
        .collect();
    init_special(&v, &args, &kw)?;
    Ok(v)
}

fn check_group_args(t: &TypeObject, args: &[Value]) -> PyResult<()> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !pystr::is_str(&args[0]) {
        return Err(type_error(format!(
            "argument 1 must be str, not {}",
            args[0].ty().name()
        )));
    }
    let excs = protocol::iterate(&args[1])
        .map_err(|_| type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(crate::err::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    for (i, e) in excs.iter().enumerate() {
        if downcast(e).is_none() {
            return Err(crate::err::value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if t.is_subtype(&EXCEPTION) && !e.ty().is_subtype(&EXCEPTION) {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    }
    Ok(())
}

/// The OSError subclass for an errno value.
pub fn os_error_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        2 => &FILE_NOT_FOUND_ERROR,
        17 => &FILE_EXISTS_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        32 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

fn exc_init(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    if let Some(e) = downcast(v) {
        let args = a.pos()[1..].to_vec();
        if !v.ty().is_subtype(&OS_ERROR) || args.len() < 3 {
            *e.args.borrow_mut() = tuple::new_tuple(args.clone());
        }
        let kw: Vec<(Value, Value)> = a
            .kwnames
            .iter()
            .cloned()
            .zip(a.kwvalues().iter().cloned())
            .collect();
        if !kw.is_empty()
            && !v.ty().is_subtype(&IMPORT_ERROR)
            && !v.ty().is_subtype(&NAME_ERROR)
            && !v.ty().is_subtype(&ATTRIBUTE_ERROR)
        {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                v.ty().name()
            )));
        }
        init_special(v, &args, &kw)?;
    }
    Ok(none::none())
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a ExceptionObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("exception expected"))
}

/// `str(exc)` per type.
pub fn exc_str_string(v: &Value) -> PyResult<String> {
    let t = v.ty();
    let args = args_of(v);
    if t.is_subtype(&KEY_ERROR) && args.len() == 1 {
        return protocol::repr_string(&args[0]);
    }
    if t.is_subtype(&OS_ERROR) {
        if let (Some(errno), Some(strerror)) = (get_attr(v, "errno"), get_attr(v, "strerror")) {
            if !none::is_none(&errno) && !none::is_none(&strerror) {
                let fname = get_attr(v, "filename").unwrap_or_else(none::none);
                let s = protocol::str_string(&strerror)?;
                let e = protocol::str_string(&errno)?;
                return Ok(if none::is_none(&fname) {
                    format!("[Errno {e}] {s}")
                } else {
                    format!("[Errno {e}] {s}: {}", protocol::repr_string(&fname)?)
                });
            }
        }
    }
    if t.is_subtype(&SYNTAX_ERROR) {
        let msg = get_attr(v, "msg").unwrap_or_else(none::none);
        let msg_s = if none::is_none(&msg) {
            String::new()
        } else {
            protocol::str_string(&msg)?
        };
        let fname = get_attr(v, "filename").filter(|f| !none::is_none(f));
        let lineno = get_attr(v, "lineno").filter(|f| !none::is_none(f));
        return Ok(match (fname, lineno) {
            (Some(f), Some(l)) => {
                let fs = protocol::str_string(&f)?;
                let base = fs.rsplit('/').next().unwrap_or(&fs).to_string();
                format!("{msg_s} ({base}, line {})", protocol::str_string(&l)?)
            }
            (Some(f), None) => format!("{msg_s} ({})", protocol::str_string(&f)?),
            (None, Some(l)) => format!("{msg_s} (line {})", protocol::str_string(&l)?),
            (None, None) => msg_s,
        });
    }
    if t.is_subtype(&IMPORT_ERROR) {
        if let Some(m) = get_attr(v, "msg") {
            if !none::is_none(&m) {
                return protocol::str_string(&m);
            }
        }
    }
    if (t.is_subtype(&UNICODE_DECODE_ERROR) || t.is_subtype(&UNICODE_ENCODE_ERROR))
        && args.len() == 5
    {
        let enc = protocol::str_string(&args[0])?;
        let start = int::as_i64(&args[2]).unwrap_or(0);
        let end = int::as_i64(&args[3]).unwrap_or(0);
        let reason = protocol::str_string(&args[4])?;
        if t.is_subtype(&UNICODE_DECODE_ERROR) {
            let data = crate::types::bytes::bytes_from_object(&args[1]).unwrap_or_default();
            if end == start + 1 {
                let b = data.get(start as usize).copied().unwrap_or(0);
                return Ok(format!(
                    "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                ));
            }
            return Ok(format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ));
        }
        let s = pystr::as_str(&args[1]).unwrap_or("");
        if end == start + 1 {
            let c = s.chars().nth(start as usize).unwrap_or('\0') as u32;
            let cs = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Ok(format!(
                "'{enc}' codec can't encode character '{cs}' in position {start}: {reason}"
            ));
        }
        return Ok(format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ));
    }
    if t.is_subtype(&BASE_EXCEPTION_GROUP) {
        if let (Some(m), Some(e)) = (get_attr(v, "message"), get_attr(v, "exceptions")) {
            let n = tuple::items(&e).len();
            return Ok(format!(
                "{} ({} sub-exception{})",
                protocol::str_string(&m)?,
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => protocol::str_string(&args[0]),
        _ => protocol::str_string(&tuple::new_tuple(args)),
    }
}

fn exc_str(a: &Args) -> PyResult<Value> {
    Ok(pystr::from_string(exc_str_string(&a.pos()[0])?))
}

fn exc_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let args = args_of(v);
    let name = v.ty().name();
    if v.ty().is_subtype(&BASE_EXCEPTION_GROUP) {
        if let (Some(m), Some(e)) = (get_attr(v, "message"), get_attr(v, "exceptions")) {
            let l = list::new_list(tuple::items(&e).to_vec());
            return Ok(pystr::from_string(format!(
                "{name}({}, {})",
                protocol::repr_string(&m)?,
                protocol::repr_string(&l)?
            )));
        }
    }
    let s = match args.len() {
        1 => format!("{name}({})", protocol::repr_string(&args[0])?),
        _ => format!("{name}{}", protocol::repr_string(&tuple::new_tuple(args))?),
    };
    Ok(pystr::from_string(s))
}

fn exc_with_traceback(a: &Args) -> PyResult<Value> {
    let p = a.check("with_traceback", 2, 2)?;
    let e = this(a)?;
    if none::is_none(&p[1]) {
        e.tb.borrow_mut().clear();
    } else if let Some(mut entries) = crate::types::traceback_entries(&p[1]) {
        entries.reverse();
        *e.tb.borrow_mut() = entries;
    }
    Ok(p[0].clone())
}

fn exc_add_note(a: &Args) -> PyResult<Value> {
    let p = a.check("add_note", 2, 2)?;
    if !pystr::is_str(&p[1]) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            p[1].ty().name()
        )));
    }
    let notes = match get_attr(&p[0], "__notes__") {
        Some(n) => n,
        None => {
            let l = list::new_list(vec![]);
            set_attr(&p[0], "__notes__", l.clone())?;
            l
        }
    };
    protocol::call_method(&notes, "append", &[p[1].clone()])?;
    Ok(none::none())
}

fn exc_reduce(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(tuple::new_tuple(vec![
        v.ty().as_value(),
        tuple::new_tuple(args_of(v)),
    ]))
}

fn eg_derive(a: &Args) -> PyResult<Value> {
    let p = a.check("derive", 2, 2)?;
    let m = get_attr(&p[0], "message").unwrap_or_else(|| pystr::new_str(""));
    protocol::call_pos(&BASE_EXCEPTION_GROUP.as_value(), &[m, p[1].clone()])
}

fn eg_split_impl(v: &Value, pred: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let matches_pred = |e: &Value| -> PyResult<bool> {
        if downcast_type(pred).is_some() || tuple::downcast(pred).is_some() {
            protocol::isinstance(e, pred)
        } else {
            protocol::truthy(&protocol::call_pos(pred, std::slice::from_ref(e))?)
        }
    };
    if matches_pred(v)? {
        return Ok((Some(v.clone()), None));
    }
    let Some(excs) = get_attr(v, "exceptions") else {
        return Ok((None, Some(v.clone())));
    };
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for e in tuple::items(&excs).to_vec() {
        if e.ty().is_subtype(&BASE_EXCEPTION_GROUP) {
            let (m, r) = eg_split_impl(&e, pred)?;
            yes.extend(m);
            no.extend(r);
        } else if matches_pred(&e)? {
            yes.push(e);
        } else {
            no.push(e);
        }
    }
    let derive = |items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let g = protocol::call_method(v, "derive", &[list::new_list(items)])?;
        if let (Some(src), Some(dst)) = (downcast(v), downcast(&g)) {
            *dst.cause.borrow_mut() = src.cause.borrow().clone();
            *dst.context.borrow_mut() = src.context.borrow().clone();
            *dst.tb.borrow_mut() = src.tb.borrow().clone();
        }
        if let Some(n) = get_attr(v, "__notes__") {
            set_attr(&g, "__notes__", n)?;
        }
        Ok(Some(g))
    };
    Ok((derive(yes)?, derive(no)?))
}

fn eg_split(a: &Args) -> PyResult<Value> {
    let p = a.check("split", 2, 2)?;
    let (m, r) = eg_split_impl(&p[0], &p[1])?;
    Ok(tuple::new_tuple(vec![
        m.unwrap_or_else(none::none),
        r.unwrap_or_else(none::none),
    ]))
}

fn eg_subgroup(a: &Args) -> PyResult<Value> {
    let p = a.check("subgroup", 2, 2)?;
    Ok(eg_split_impl(&p[0], &p[1])?.0.unwrap_or_else(none::none))
}

fn get_args(v: &Value) -> PyResult<Value> {
    Ok(downcast(v)
        .ok_or_else(|| type_error("exception expected"))?
        .args
        .borrow()
        .clone())
}
fn set_args(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val.ok_or_else(|| type_error("args may not be deleted"))?;
    let t = tuple::new_tuple(protocol::iterate(&val)?);
    *downcast(v)
        .ok_or_else(|| type_error("exception expected"))?
        .args
        .borrow_mut() = t;
    Ok(())
}
fn get_cause(v: &Value) -> PyResult<Value> {
    Ok(downcast(v)
        .unwrap()
        .cause
        .borrow()
        .clone()
        .unwrap_or_else(none::none))
}
fn set_cause(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val.ok_or_else(|| type_error("__cause__ may not be deleted"))?;
    if !none::is_none(&val) && downcast(&val).is_none() {
        return Err(type_error(
            "exception cause must be None or derive from BaseException",
        ));
    }
    let e = downcast(v).unwrap();
    e.suppress_context.set(true);
    *e.cause.borrow_mut() = if none::is_none(&val) { None } else { Some(val) };
    Ok(())
}
fn get_context(v: &Value) -> PyResult<Value> {
    Ok(downcast(v)
        .unwrap()
        .context
        .borrow()
        .clone()
        .unwrap_or_else(none::none))
}
fn set_context(v: &Value, val: Option<Value>) -> PyResult<()> {
    let val = val.ok_or_else(|| type_error("__context__ may not be deleted"))?;
    if !none::is_none(&val) && downcast(&val).is_none() {
        return Err(type_error(
            "exception context must be None or derive from BaseException",
        ));
    }
    *downcast(v).unwrap().context.borrow_mut() = if none::is_none(&val) { None } else { Some(val) };
    Ok(())
}
fn get_suppress(v: &Value) -> PyResult<Value> {
    Ok(bool_::new_bool(downcast(v).unwrap().suppress_context.get()))
}
fn set_suppress(v: &Value, val: Option<Value>) -> PyResult<()> {
    let b = protocol::truthy(&val.unwrap_or_else(bool_::false_))?;
    downcast(v).unwrap().suppress_context.set(b);
    Ok(())
}
fn get_traceback(v: &Value) -> PyResult<Value> {
    let e = downcast(v).unwrap();
    let mut entries = e.tb.borrow().clone();
    entries.reverse();
    if entries.is_empty() {
        return Ok(none::none());
    }
    Ok(crate::types::new_traceback(&entries))
}
fn set_traceback(v: &Value, val: Option<Value>) -> PyResult<()> {
    let e = downcast(v).unwrap();
    match val {
        Some(t) if none::is_none(&t) => {
            e.tb.borrow_mut().clear();
            e.tb_cleared.set(true);
        }
        Some(t) => match crate::types::traceback_entries(&t) {
            Some(mut entries) => {
                entries.reverse();
                *e.tb.borrow_mut() = entries
            }
            None => return Err(type_error("__traceback__ must be a traceback or None")),
        },
        None => return Err(type_error("__traceback__ may not be deleted")),
    }
    Ok(())
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", exc_new),
    crate::types::method("__init__", exc_init),
    crate::types::method("__str__", exc_str),
    crate::types::method("__repr__", exc_repr),
    crate::types::method("with_traceback", exc_with_traceback),
    crate::types::method("add_note", exc_add_note),
    crate::types::method("__reduce__", exc_reduce),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(set_args),
    },
    GetSetDef {
        name: "__cause__",
        get: get_cause,
        set: Some(set_cause),
    },
    GetSetDef {
        name: "__context__",
        get: get_context,
        set: Some(set_context),
    },
    GetSetDef {
        name: "__suppress_context__",
        get: get_suppress,
        set: Some(set_suppress),
    },
    GetSetDef {
        name: "__traceback__",
        get: get_traceback,
        set: Some(set_traceback),
    },
    crate::types::object::DICT_GETSET_REF,
];
static GROUP_METHODS: &[MethodDef] = &[
    crate::types::method("derive", eg_derive),
    crate::types::method("split", eg_split),
    crate::types::method("subgroup", eg_subgroup),
];

pub fn init() {
    BASE_EXCEPTION
        .doc
        .set(Some("Common base class for all exceptions"));
    EXCEPTION
        .doc
        .set(Some("Common base class for all non-exit exceptions."));
    for t in all_types() {
        if std::ptr::eq(t, &BASE_EXCEPTION) {
            crate::types::init_builtin_type(t, METHODS, GETSETS);
        } else if std::ptr::eq(t, &BASE_EXCEPTION_GROUP) {
            crate::types::init_builtin_type(t, GROUP_METHODS, &[]);
        } else {
            crate::types::init_builtin_type(t, &[], &[]);
        }
    }
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = &EXCEPTION_GROUP;
    *eg.bases.borrow_mut() = vec![BASE_EXCEPTION_GROUP.as_value(), EXCEPTION.as_value()];
    *eg.mro.borrow_mut() = vec![
        eg as *const TypeObject,
        &BASE_EXCEPTION_GROUP as *const TypeObject,
        &EXCEPTION as *const TypeObject,
        &BASE_EXCEPTION as *const TypeObject,
        &OBJECT_TYPE as *const TypeObject,
    ];
    EXCEPTION.subclasses.borrow_mut().push(eg);
}

/// Adds a note to an exception raised while doing `what` (3.11 add_note style).
pub fn add_note_or_wrap(e: PyErr, note: String) -> PyErr {
    let _ = protocol::call_method(&e.exc, "add_note", &[pystr::from_string(note)]);
    e
}

/// A new instance of an exception class via a Python call (runs __init__).
pub fn instantiate(cls: &Value, args: &[Value]) -> PyResult<Value> {
    let v = protocol::call_pos(cls, args)?;
    if downcast(&v).is_none() {
        return Err(type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            protocol::repr_string(cls)?,
            v.ty().name()
        )));
    }
    Ok(v)
}
