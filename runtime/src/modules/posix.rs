//! The `posix` module: the operating-system calls under the pure-Python `os`.
//!
//! Only what `os` and `os.path` need for ordinary scripts: the working
//! directory, directory listings, stat, creating/removing/renaming files and
//! directories, the environment, process ids, `urandom`, `strerror` and
//! `uname`. Paths are str (bytes are decoded as UTF-8, os.PathLike objects
//! through `__fspath__`); errors are OSError subclasses with CPython's errno,
//! message and filename. `stat` returns a plain 13-tuple (mode, ino, dev,
//! nlink, uid, gid, size, three float times, three integer ns times) that
//! `os.stat_result` wraps.

use crate::args::Args;
use crate::builtins::add_functions;
use crate::err::{type_error, PyErr, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::types::file::io_error;
use crate::types::{bool_, bytes, dict, float, int, list, method, module, none, str as pystr};
use crate::types::{tuple, MethodDef};
use std::os::unix::fs::MetadataExt;

/// Converts a path argument as `os.fspath` does (str, bytes, os.PathLike).
fn path_arg(fname: &str, v: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    let b = bytes::buffer(v).map(|b| String::from_utf8_lossy(&b).into_owned());
    if let Some(s) = b {
        return Ok(s);
    }
    if protocol::has_attr(v, "__fspath__")? {
        let p = protocol::call_method(v, "__fspath__", &[])?;
        if let Some(s) = pystr::as_str(&p) {
            return Ok(s.to_string());
        }
        let b = bytes::buffer(&p).map(|b| String::from_utf8_lossy(&b).into_owned());
        if let Some(s) = b {
            return Ok(s);
        }
    }
    Err(type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        v.ty().name()
    )))
}

fn one_path(a: &Args, fname: &str) -> PyResult<(String, Value)> {
    let p = a.check(fname, 1, 1)?;
    Ok((path_arg(fname, &p[0])?, p[0].clone()))
}

fn os_err(e: std::io::Error, path: &Value) -> PyErr {
    io_error(e, Some(path))
}

fn p_getcwd(a: &Args) -> PyResult<Value> {
    a.check("getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| io_error(e, None))?;
    Ok(pystr::from_string(d.to_string_lossy().into_owned()))
}

fn p_chdir(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_err(e, &v))?;
    Ok(none::none())
}

fn p_listdir(a: &Args) -> PyResult<Value> {
    let p = a.check("listdir", 0, 1)?;
    let (path, v) = match p.first() {
        Some(v) if !none::is_none(v) => (path_arg("listdir", v)?, v.clone()),
        _ => (".".to_string(), pystr::new_str(".")),
    };
    let rd = std::fs::read_dir(&path).map_err(|e| os_err(e, &v))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_err(e, &v))?;
        out.push(pystr::from_string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(list::new_list(out))
}

fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let ns = |s: i64, n: i64| int::from_i128(s as i128 * 1_000_000_000 + n as i128);
    let f = |s: i64, n: i64| float::new_float(s as f64 + n as f64 * 1e-9);
    tuple::new_tuple(vec![
        int::from_i64(m.mode() as i64),
        int::from_i128(m.ino() as i128),
        int::from_i128(m.dev() as i128),
        int::from_i64(m.nlink() as i64),
        int::from_i64(m.uid() as i64),
        int::from_i64(m.gid() as i64),
        int::from_i128(m.size() as i128),
        f(m.atime(), m.atime_nsec()),
        f(m.mtime(), m.mtime_nsec()),
        f(m.ctime(), m.ctime_nsec()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
    ])
}

fn p_stat(a: &Args) -> PyResult<Value> {
    let [p, follow] = a.bind("stat", ["path", "follow_symlinks"], 1)?;
    let v = p.unwrap_or_else(none::none);
    let path = path_arg("stat", &v)?;
    let follow = match follow {
        Some(f) => protocol::truthy(&f)?,
        None => true,
    };
    let m = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    Ok(stat_tuple(&m.map_err(|e| os_err(e, &v))?))
}

fn p_lstat(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "lstat")?;
    let m = std::fs::symlink_metadata(&p).map_err(|e| os_err(e, &v))?;
    Ok(stat_tuple(&m))
}

fn p_mkdir(a: &Args) -> PyResult<Value> {
    let [p, _mode] = a.bind("mkdir", ["path", "mode"], 1)?;
    let v = p.unwrap_or_else(none::none);
    let path = path_arg("mkdir", &v)?;
    std::fs::create_dir(&path).map_err(|e| os_err(e, &v))?;
    Ok(none::none())
}

fn p_rmdir(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_err(e, &v))?;
    Ok(none::none())
}

fn p_remove(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_err(e, &v))?;
    Ok(none::none())
}

fn p_rename(a: &Args) -> PyResult<Value> {
    let p = a.check("rename", 2, 2)?;
    let src = path_arg("rename", &p[0])?;
    let dst = path_arg("rename", &p[1])?;
    std::fs::rename(&src, &dst).map_err(|e| os_err(e, &p[0]))?;
    Ok(none::none())
}

fn p_readlink(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "readlink")?;
    let t = std::fs::read_link(&p).map_err(|e| os_err(e, &v))?;
    Ok(pystr::from_string(t.to_string_lossy().into_owned()))
}

fn p_realpath(a: &Args) -> PyResult<Value> {
    let (p, v) = one_path(a, "realpath")?;
    let t = std::fs::canonicalize(&p).map_err(|e| os_err(e, &v))?;
    Ok(pystr::from_string(t.to_string_lossy().into_owned()))
}

fn p_access(a: &Args) -> PyResult<Value> {
    let p = a.check("access", 2, 2)?;
    let path = path_arg("access", &p[0])?;
    let mode = protocol::index_i64(&p[1])?;
    let ok = match std::fs::metadata(&path) {
        Err(_) => false,
        Ok(m) => {
            let bits = m.mode();
            // Owner/group/other bits all count: a script's own files are the usual case.
            let any = |mask: u32| bits & (mask << 6 | mask << 3 | mask) != 0;
            (mode & 4 == 0 || any(4)) && (mode & 2 == 0 || any(2)) && (mode & 1 == 0 || any(1))
        }
    };
    Ok(bool_::new_bool(ok))
}

fn p_getpid(_a: &Args) -> PyResult<Value> {
    Ok(int::from_i64(std::process::id() as i64))
}

fn p_urandom(a: &Args) -> PyResult<Value> {
    let p = a.check("urandom", 1, 1)?;
    let n = protocol::index_i64(&p[0])?;
    if n < 0 {
        return Err(crate::err::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut f = std::fs::File::open("/dev/urandom").map_err(|e| io_error(e, None))?;
    std::io::Read::read_exact(&mut f, &mut buf).map_err(|e| io_error(e, None))?;
    Ok(bytes::new_bytes(buf))
}

fn p_strerror(a: &Args) -> PyResult<Value> {
    let p = a.check("strerror", 1, 1)?;
    let code = protocol::index_i64(&p[0])?;
    let e = std::io::Error::from_raw_os_error(code as i32).to_string();
    let msg = e.split(" (os error").next().unwrap_or(&e).to_string();
    Ok(pystr::from_string(msg))
}

fn p_cpu_count(_a: &Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int::from_i64(n.get() as i64),
        Err(_) => none::none(),
    })
}

fn p_isatty(a: &Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let p = a.check("isatty", 1, 1)?;
    let fd = protocol::index_i64(&p[0])?;
    let t = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(bool_::new_bool(t))
}

fn p_uname(_a: &Args) -> PyResult<Value> {
    let read = |f: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{f}"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let sys = match read("ostype") {
        s if s.is_empty() => "Linux".to_string(),
        s => s,
    };
    Ok(tuple::new_tuple(vec![
        pystr::from_string(sys),
        pystr::from_string(read("hostname")),
        pystr::from_string(read("osrelease")),
        pystr::from_string(read("version")),
        pystr::new_str(std::env::consts::ARCH),
    ]))
}

fn p_putenv(a: &Args) -> PyResult<Value> {
    let p = a.check("putenv", 2, 2)?;
    let k = path_arg("putenv", &p[0])?;
    let v = path_arg("putenv", &p[1])?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(crate::err::value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(none::none())
}

fn p_unsetenv(a: &Args) -> PyResult<Value> {
    let p = a.check("unsetenv", 1, 1)?;
    let k = path_arg("unsetenv", &p[0])?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(crate::err::value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(none::none())
}

fn p_exit(a: &Args) -> PyResult<Value> {
    let p = a.check("_exit", 1, 1)?;
    let code = protocol::index_i64(&p[0])?;
    std::process::exit(code as i32)
}

static FUNCTIONS: &[MethodDef] = &[
    method("getcwd", p_getcwd),
    method("chdir", p_chdir),
    method("listdir", p_listdir),
    method("stat", p_stat),
    method("lstat", p_lstat),
    method("mkdir", p_mkdir),
    method("rmdir", p_rmdir),
    method("remove", p_remove),
    method("unlink", p_remove),
    method("rename", p_rename),
    method("replace", p_rename),
    method("readlink", p_readlink),
    method("_realpath", p_realpath),
    method("access", p_access),
    method("getpid", p_getpid),
    method("urandom", p_urandom),
    method("strerror", p_strerror),
    method("cpu_count", p_cpu_count),
    method("isatty", p_isatty),
    method("uname", p_uname),
    method("putenv", p_putenv),
    method("unsetenv", p_unsetenv),
    method("_exit", p_exit),
];

/// Builds the `posix` module.
pub fn make() -> PyResult<Value> {
    let m = module::new_module("posix");
    let d = module::module_dict(&m).ok_or_else(|| type_error("module without a dict"))?;
    add_functions(&d, FUNCTIONS, "posix");
    let env = dict::new_dict();
    for (k, v) in std::env::vars_os() {
        dict::set_item(
            &env,
            pystr::from_string(k.to_string_lossy().into_owned()),
            pystr::from_string(v.to_string_lossy().into_owned()),
        )?;
    }
    dict::set_str(&d, "environ", env);
    Ok(m)
}
