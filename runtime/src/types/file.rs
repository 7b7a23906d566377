//! File objects: `sys.stdin`/`stdout`/`stderr` and what `open()` returns,
//! in text mode (`TextIOWrapper`: str, universal newlines on read) or binary
//! mode (`BufferedReader`/`BufferedWriter`: bytes).

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, value_error, PyErr, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{Layout, TypeObject};
use crate::types::exceptions as exc;
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, bytes, int, list, none, str as pystr, GetSetDef, MethodDef};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    Disk(std::fs::File),
}

pub struct FileState {
    pub stream: Stream,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    /// Bytes read ahead but not yet consumed.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub eof: bool,
    /// Bytes written but not yet flushed.
    pub wbuf: Vec<u8>,
    pub mode: String,
}

#[repr(C)]
pub struct FileObject {
    pub head: ObjHeader,
    pub state: RefCell<FileState>,
    pub name: Value,
}
impl Payload for FileObject {}

impl Drop for FileObject {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        let _ = flush_state(st);
    }
}

pub static FILE_LAYOUT: Layout = layout_of::<FileObject>(true, None, None);
pub static TEXT_IO_TYPE: TypeObject =
    TypeObject::new_static("_io.TextIOWrapper", &OBJECT_TYPE, 0, &FILE_LAYOUT);
pub static BUFFERED_READER_TYPE: TypeObject =
    TypeObject::new_static("_io.BufferedReader", &OBJECT_TYPE, 0, &FILE_LAYOUT);
pub static BUFFERED_WRITER_TYPE: TypeObject =
    TypeObject::new_static("_io.BufferedWriter", &OBJECT_TYPE, 0, &FILE_LAYOUT);

fn flush_state(st: &mut FileState) -> std::io::Result<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.wbuf);
    match &mut st.stream {
        Stream::Stdout => {
            let mut o = std::io::stdout().lock();
            o.write_all(&data)?;
            o.flush()
        }
        Stream::Stderr => {
            let mut o = std::io::stderr().lock();
            o.write_all(&data)?;
            o.flush()
        }
        Stream::Disk(f) => f.write_all(&data),
        Stream::Stdin => Ok(()),
    }
}

fn new_file(
    ty: &TypeObject,
    stream: Stream,
    name: Value,
    mode: &str,
    binary: bool,
    readable: bool,
    writable: bool,
) -> Value {
    alloc_gc(FileObject {
        head: ObjHeader::new(ty),
        state: RefCell::new(FileState {
            stream,
            binary,
            readable,
            writable,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            wbuf: Vec::new(),
            mode: mode.to_string(),
        }),
        name,
    })
}

/// `sys.stdout`, `sys.stderr`, `sys.stdin`.
pub fn std_streams() -> (Value, Value, Value) {
    (
        new_file(
            &TEXT_IO_TYPE,
            Stream::Stdout,
            pystr::new_str("<stdout>"),
            "w",
            false,
            false,
            true,
        ),
        new_file(
            &TEXT_IO_TYPE,
            Stream::Stderr,
            pystr::new_str("<stderr>"),
            "w",
            false,
            false,
            true,
        ),
        new_file(
            &TEXT_IO_TYPE,
            Stream::Stdin,
            pystr::new_str("<stdin>"),
            "r",
            false,
            true,
            false,
        ),
    )
}

fn file(v: &Value) -> PyResult<&FileObject> {
    if v.is_exact(&TEXT_IO_TYPE)
        || v.is_exact(&BUFFERED_READER_TYPE)
        || v.is_exact(&BUFFERED_WRITER_TYPE)
    {
        // SAFETY: checked type.
        Ok(unsafe { v.payload_unchecked::<FileObject>() })
    } else {
        Err(type_error("file object expected"))
    }
}

/// Whether `v` is one of our native file objects.
pub fn is_native_file(v: &Value) -> bool {
    file(v).is_ok()
}

/// The OSError (subclass) for an I/O error, with errno, message and filename as CPython.
pub fn io_error(e: std::io::Error, filename: Option<&Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::AlreadyExists => "File exists".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    let msg = match errno {
        21 => "Is a directory".to_string(),
        20 => "Not a directory".to_string(),
        _ => msg,
    };
    let mut args = vec![int::from_i64(errno), pystr::from_string(msg)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match exc::instantiate(&exc::OS_ERROR.as_value(), &args) {
        Ok(v) => PyErr::from_value(v),
        Err(e) => e,
    }
}

fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// Writes text or bytes to a file object (print's fast path too).
pub fn write_to(f: &Value, data: &Value) -> PyResult<usize> {
    let fo = file(f)?;
    let mut st = fo.state.borrow_mut();
    if st.closed {
        return Err(closed_error());
    }
    if !st.writable {
        return Err(PyErr::new(&exc::OS_ERROR, "not writable"));
    }
    let (bytes_, n) = if st.binary {
        let b = bytes::bytes_from_object(data)?;
        let n = b.len();
        (b, n)
    } else {
        let s = pystr::as_str(data).ok_or_else(|| {
            type_error(format!(
                "write() argument must be str, not {}",
                data.ty().name()
            ))
        })?;
        (
            s.as_bytes().to_vec(),
            pystr::downcast(data).map(|o| o.char_len).unwrap_or(0),
        )
    };
    st.wbuf.extend_from_slice(&bytes_);
    let limit = if matches!(st.stream, Stream::Stderr) {
        0
    } else {
        1 << 16
    };
    if st.wbuf.len() > limit {
        flush_state(&mut st).map_err(|e| io_error(e, None))?;
    }
    Ok(n)
}

/// Writes a Rust string to a file object.
pub fn write_str(f: &Value, s: &str) -> PyResult<()> {
    if file(f).is_ok() {
        write_to(f, &pystr::new_str(s)).map(|_| ())
    } else {
        protocol::call_method(f, "write", &[pystr::new_str(s)]).map(|_| ())
    }
}

/// Flushes a file object.
pub fn flush(f: &Value) -> PyResult<()> {
    if let Ok(fo) = file(f) {
        let mut st = fo.state.borrow_mut();
        return flush_state(&mut st).map_err(|e| io_error(e, None));
    }
    protocol::call_method(f, "flush", &[]).map(|_| ())
}

fn fill(st: &mut FileState) -> std::io::Result<bool> {
    if st.eof {
        return Ok(false);
    }
    let mut chunk = vec![0u8; 1 << 16];
    let n = match &mut st.stream {
        Stream::Stdin => std::io::stdin().lock().read(&mut chunk)?,
        Stream::Disk(f) => f.read(&mut chunk)?,
        _ => 0,
    };
    if n == 0 {
        st.eof = true;
        return Ok(false);
    }
    if st.rpos > 0 {
        st.rbuf.drain(..st.rpos);
        st.rpos = 0;
    }
    st.rbuf.extend_from_slice(&chunk[..n]);
    Ok(true)
}

fn read_all(st: &mut FileState) -> std::io::Result<Vec<u8>> {
    while fill(st)? {}
    let out = st.rbuf[st.rpos..].to_vec();
    st.rbuf.clear();
    st.rpos = 0;
    Ok(out)
}

fn read_line_bytes(st: &mut FileState, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
    loop {
        let avail = &st.rbuf[st.rpos..];
        let nl = if st.binary {
            avail.iter().position(|&b| b == b'\n').map(|i| i + 1)
        } else {
            avail
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .and_then(|i| {
                    if avail[i] == b'\r' {
                        if i + 1 < avail.len() {
                            Some(i + if avail[i + 1] == b'\n' { 2 } else { 1 })
                        } else if st.eof {
                            Some(i + 1)
                        } else {
                            None
                        }
                    } else {
                        Some(i + 1)
                    }
                })
        };
        let cut = match (nl, limit) {
            (Some(i), Some(l)) => Some(i.min(l)),
            (Some(i), None) => Some(i),
            (None, Some(l)) if avail.len() >= l => Some(l),
            _ => None,
        };
        if let Some(i) = cut {
            let line = avail[..i].to_vec();
            st.rpos += i;
            return Ok(line);
        }
        if !fill(st)? {
            let line = st.rbuf[st.rpos..].to_vec();
            st.rbuf.clear();
            st.rpos = 0;
            return Ok(line);
        }
    }
}

fn decode_text(data: Vec<u8>) -> PyResult<Value> {
    let s = match String::from_utf8(data) {
        Ok(s) => s,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bad = e.as_bytes()[pos];
            return Err(PyErr::new(
                &exc::UNICODE_DECODE_ERROR,
                format!("'utf-8' codec can't decode byte 0x{bad:02x} in position {pos}: invalid start byte"),
            ));
        }
    };
    let s = if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    };
    Ok(pystr::from_string(s))
}

fn check_readable(st: &FileState) -> PyResult<()> {
    if st.closed {
        return Err(closed_error());
    }
    if !st.readable {
        return Err(PyErr::new(&exc::OS_ERROR, "not readable"));
    }
    Ok(())
}

/// `f.readline()` on a native file (input() uses it).
pub fn readline(f: &Value) -> PyResult<Value> {
    let fo = file(f)?;
    let mut st = fo.state.borrow_mut();
    check_readable(&st)?;
    let line = read_line_bytes(&mut st, None).map_err(|e| io_error(e, None))?;
    if st.binary {
        Ok(bytes::new_bytes(line))
    } else {
        drop(st);
        decode_text(line)
    }
}

fn f_write(a: &Args) -> PyResult<Value> {
    let p = a.check("write", 2, 2)?;
    Ok(int::from_i64(write_to(&p[0], &p[1])? as i64))
}
fn f_writelines(a: &Args) -> PyResult<Value> {
    let p = a.check("writelines", 2, 2)?;
    for line in protocol::iterate(&p[1])? {
        write_to(&p[0], &line)?;
    }
    Ok(none::none())
}
fn f_flush(a: &Args) -> PyResult<Value> {
    flush(&a.pos()[0])?;
    Ok(none::none())
}
fn f_read(a: &Args) -> PyResult<Value> {
    let p = a.check("read", 1, 2)?;
    let fo = file(&p[0])?;
    let mut st = fo.state.borrow_mut();
    check_readable(&st)?;
    let size = match p.get(1) {
        Some(v) if !none::is_none(v) => protocol::index_i64(v)?,
        _ => -1,
    };
    let data = if size < 0 {
        read_all(&mut st).map_err(|e| io_error(e, None))?
    } else {
        let want = size as usize;
        while st.rbuf.len() - st.rpos < want && fill(&mut st).map_err(|e| io_error(e, None))? {}
        let avail = &st.rbuf[st.rpos..];
        let mut n = want.min(avail.len());
        if !st.binary {
            // Count characters, not bytes.
            let text = String::from_utf8_lossy(avail);
            n = text
                .char_indices()
                .nth(want)
                .map(|(b, _)| b)
                .unwrap_or(avail.len());
        }
        let out = avail[..n].to_vec();
        st.rpos += n;
        out
    };
    if st.binary {
        Ok(bytes::new_bytes(data))
    } else {
        drop(st);
        decode_text(data)
    }
}
fn f_readline(a: &Args) -> PyResult<Value> {
    let p = a.check("readline", 1, 2)?;
    if let Some(lim) = p.get(1).filter(|v| !none::is_none(v)) {
        let l = protocol::index_i64(lim)?;
        if l >= 0 {
            let fo = file(&p[0])?;
            let mut st = fo.state.borrow_mut();
            check_readable(&st)?;
            let line = read_line_bytes(&mut st, Some(l as usize)).map_err(|e| io_error(e, None))?;
            return if st.binary {
                Ok(bytes::new_bytes(line))
            } else {
                drop(st);
                decode_text(line)
            };
        }
    }
    readline(&p[0])
}
fn f_readlines(a: &Args) -> PyResult<Value> {
    let f = &a.pos()[0];
    let mut out = Vec::new();
    loop {
        let line = readline(f)?;
        if protocol::len(&line)? == 0 {
            break;
        }
        out.push(line);
    }
    Ok(list::new_list(out))
}
fn f_next(it: &Value) -> PyResult<Option<Value>> {
    let line = readline(it)?;
    if protocol::len(&line)? == 0 {
        Ok(None)
    } else {
        Ok(Some(line))
    }
}
fn f_close(a: &Args) -> PyResult<Value> {
    let fo = file(&a.pos()[0])?;
    let mut st = fo.state.borrow_mut();
    if !st.closed {
        flush_state(&mut st).map_err(|e| io_error(e, None))?;
        if matches!(st.stream, Stream::Disk(_)) {
            st.stream = Stream::Stdin;
        }
        st.closed = true;
    }
    Ok(none::none())
}
fn f_enter(a: &Args) -> PyResult<Value> {
    let fo = file(&a.pos()[0])?;
    if fo.state.borrow().closed {
        return Err(closed_error());
    }
    Ok(a.pos()[0].clone())
}
fn f_exit(a: &Args) -> PyResult<Value> {
    f_close(&Args::pos_only(&a.pos()[..1]))?;
    Ok(none::none())
}
fn f_seek(a: &Args) -> PyResult<Value> {
    let p = a.check("seek", 2, 3)?;
    let fo = file(&p[0])?;
    let mut st = fo.state.borrow_mut();
    flush_state(&mut st).map_err(|e| io_error(e, None))?;
    let off = protocol::index_i64(&p[1])?;
    let whence = p.get(2).map(protocol::index_i64).transpose()?.unwrap_or(0);
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!(
            "invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    let buffered = (st.rbuf.len() - st.rpos) as i64;
    st.rbuf.clear();
    st.rpos = 0;
    st.eof = false;
    let pos = match &mut st.stream {
        Stream::Disk(f) => {
            let sf = match whence {
                0 => SeekFrom::Start(off.max(0) as u64),
                1 => SeekFrom::Current(off - buffered),
                _ => SeekFrom::End(off),
            };
            f.seek(sf).map_err(|e| io_error(e, None))?
        }
        _ => {
            return Err(PyErr::new(
                &exc::OS_ERROR,
                "underlying stream is not seekable",
            ))
        }
    };
    Ok(int::from_i64(pos as i64))
}
fn f_tell(a: &Args) -> PyResult<Value> {
    let fo = file(&a.pos()[0])?;
    let mut st = fo.state.borrow_mut();
    flush_state(&mut st).map_err(|e| io_error(e, None))?;
    let buffered = (st.rbuf.len() - st.rpos) as i64;
    match &mut st.stream {
        Stream::Disk(f) => {
            let p = f.stream_position().map_err(|e| io_error(e, None))? as i64;
            Ok(int::from_i64(p - buffered))
        }
        _ => Err(PyErr::new(
            &exc::OS_ERROR,
            "underlying stream is not seekable",
        )),
    }
}
fn f_isatty(a: &Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fo = file(&a.pos()[0])?;
    let st = fo.state.borrow();
    Ok(bool_::new_bool(match st.stream {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
        Stream::Disk(_) => false,
    }))
}
fn f_fileno(a: &Args) -> PyResult<Value> {
    let fo = file(&a.pos()[0])?;
    let st = fo.state.borrow();
    Ok(int::from_i64(match &st.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::Disk(f) => {
            use std::os::fd::AsRawFd;
            f.as_raw_fd() as i64
        }
    }))
}
fn f_readable(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(file(&a.pos()[0])?.state.borrow().readable))
}
fn f_seekable(a: &Args) -> PyResult<Value> {
    let fo = file(&a.pos()[0])?;
    let st = fo.state.borrow();
    if st.closed {
        return Err(closed_error());
    }
    Ok(bool_::new_bool(matches!(st.stream, Stream::Disk(_))))
}
fn f_writable(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(file(&a.pos()[0])?.state.borrow().writable))
}
fn f_repr(a: &Args) -> PyResult<Value> {
    let v = &a.pos()[0];
    let fo = file(v)?;
    let st = fo.state.borrow();
    let name = protocol::repr_string(&fo.name)?;
    Ok(pystr::from_string(if st.binary {
        format!("<{} name={}>", v.ty().name(), name)
    } else {
        format!(
            "<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>",
            name, st.mode
        )
    }))
}
fn get_closed(v: &Value) -> PyResult<Value> {
    Ok(bool_::new_bool(file(v)?.state.borrow().closed))
}
fn get_name(v: &Value) -> PyResult<Value> {
    Ok(file(v)?.name.clone())
}
fn get_mode(v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(&file(v)?.state.borrow().mode))
}
fn get_encoding(_v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str("utf-8"))
}

/// `open(file, mode='r', ...)`.
pub fn open(a: &Args) -> PyResult<Value> {
    let [file_, mode, buffering, encoding, errors, newline, closefd] = a.bind(
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
        ],
        1,
    )?;
    let _ = (buffering, errors, newline, closefd);
    // `bind` requires `file`; no panic if that ever changes.
    let Some(mut name) = file_ else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    if pystr::as_str(&name).is_none()
        && !bytes::is_bytes_like(&name)
        && crate::protocol::has_attr(&name, "__fspath__")?
    {
        let p = crate::protocol::call_method(&name, "__fspath__", &[])?;
        if pystr::as_str(&p).is_none() && !bytes::is_bytes_like(&p) {
            return Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                name.ty().name(),
                p.ty().name()
            )));
        }
        name = p;
    }
    let path = match pystr::as_str(&name) {
        Some(s) => s.to_string(),
        None if bytes::is_bytes_like(&name) => {
            String::from_utf8_lossy(&bytes::bytes_from_object(&name)?).to_string()
        }
        None => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                name.ty().name()
            )))
        }
    };
    let mode_s = match &mode {
        Some(m) => pystr::as_str(m)
            .ok_or_else(|| type_error("open() argument 'mode' must be str"))?
            .to_string(),
        None => "r".to_string(),
    };
    let mut kind = None;
    let (mut binary, mut text, mut plus) = (false, false, false);
    for c in mode_s.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(value_error(
                        "must have exactly one of create/read/write/append mode",
                    ));
                }
                kind = Some(c);
            }
            'b' => binary = true,
            't' => text = true,
            '+' => plus = true,
            _ => return Err(value_error(format!("invalid mode: '{mode_s}'"))),
        }
    }
    if binary && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if binary
        && encoding
            .as_ref()
            .map(|e| !none::is_none(e))
            .unwrap_or(false)
    {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    let kind = kind.ok_or_else(|| {
        value_error("Must have exactly one of create/read/write/append mode and at most one plus")
    })?;
    let mut oo = std::fs::OpenOptions::new();
    match kind {
        'r' => {
            oo.read(true);
            if plus {
                oo.write(true);
            }
        }
        'w' => {
            oo.write(true).create(true).truncate(true);
            if plus {
                oo.read(true);
            }
        }
        'a' => {
            oo.append(true).create(true);
            if plus {
                oo.read(true);
            }
        }
        _ => {
            oo.write(true).create_new(true);
            if plus {
                oo.read(true);
            }
        }
    }
    let f = oo.open(&path).map_err(|e| io_error(e, Some(&name)))?;
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(io_error(std::io::Error::from_raw_os_error(21), Some(&name)));
    }
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let ty = if !binary {
        &TEXT_IO_TYPE
    } else if readable && !writable {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    let shown_mode = if binary {
        mode_s.clone()
    } else {
        mode_s.replace('t', "")
    };
    Ok(new_file(
        ty,
        Stream::Disk(f),
        name,
        &shown_mode,
        binary,
        readable,
        writable,
    ))
}

static METHODS: &[MethodDef] = &[
    crate::types::method("write", f_write),
    crate::types::method("writelines", f_writelines),
    crate::types::method("flush", f_flush),
    crate::types::method("read", f_read),
    crate::types::method("readline", f_readline),
    crate::types::method("readlines", f_readlines),
    crate::types::method("close", f_close),
    crate::types::method("__enter__", f_enter),
    crate::types::method("__exit__", f_exit),
    crate::types::method("__iter__", f_enter),
    crate::types::method("__next__", crate::types::iter::iter_next_method),
    crate::types::method("seek", f_seek),
    crate::types::method("tell", f_tell),
    crate::types::method("isatty", f_isatty),
    crate::types::method("fileno", f_fileno),
    crate::types::method("readable", f_readable),
    crate::types::method("seekable", f_seekable),
    crate::types::method("writable", f_writable),
    crate::types::method("__repr__", f_repr),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "closed",
        get: get_closed,
        set: None,
    },
    GetSetDef {
        name: "name",
        get: get_name,
        set: None,
    },
    GetSetDef {
        name: "mode",
        get: get_mode,
        set: None,
    },
    GetSetDef {
        name: "encoding",
        get: get_encoding,
        set: None,
    },
];

pub fn init() {
    for t in [&TEXT_IO_TYPE, &BUFFERED_READER_TYPE, &BUFFERED_WRITER_TYPE] {
        t.iternext.set(Some(f_next));
        crate::types::init_builtin_type(t, METHODS, GETSETS);
    }
}
