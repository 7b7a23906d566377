//! The `sys` module.

use krait_runtime::args::Args;
use krait_runtime::err::{type_error, value_error, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::types::{dict, int, list, module, none, str as pystr, tuple, MethodDef};

fn s_exit(a: &Args) -> PyResult<Value> {
    // sys.exit(None) and sys.exit() raise SystemExit() with no args.
    let p = a.check("exit", 0, 1)?;
    let args: Vec<Value> = p.iter().filter(|v| !none::is_none(v)).cloned().collect();
    Err(krait_runtime::err::PyErr::with_args(
        &krait_runtime::types::exceptions::SYSTEM_EXIT,
        args,
    ))
}
fn s_getrecursionlimit(a: &Args) -> PyResult<Value> {
    a.check("getrecursionlimit", 0, 0)?;
    Ok(int::from_i64(
        krait_runtime::builtins::recursion_limit() as i64
    ))
}
fn s_setrecursionlimit(a: &Args) -> PyResult<Value> {
    let p = a.check("setrecursionlimit", 1, 1)?;
    if krait_runtime::types::float::as_f64(&p[0]).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index_i64(&p[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    krait_runtime::builtins::set_recursion_limit(n.min(i32::MAX as i64) as usize);
    Ok(none::none())
}
fn s_getsizeof(a: &Args) -> PyResult<Value> {
    let p = a.check("getsizeof", 1, 2)?;
    match protocol::call_special(&p[0], "__sizeof__", &[]) {
        Some(r) => {
            let n = protocol::index_i64(&r?)?;
            Ok(int::from_i64(
                n + if krait_runtime::gc::is_tracked(&p[0]) {
                    16
                } else {
                    0
                },
            ))
        }
        None => Ok(p.get(1).cloned().unwrap_or_else(|| int::from_i64(16))),
    }
}
fn s_getrefcount(a: &Args) -> PyResult<Value> {
    let p = a.check("getrefcount", 1, 1)?;
    Ok(int::from_i64(p[0].refcount() as i64))
}
fn s_intern(a: &Args) -> PyResult<Value> {
    let p = a.check("intern", 1, 1)?;
    if !p[0].is_exact(&pystr::STR_TYPE) {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            p[0].ty().name()
        )));
    }
    Ok(pystr::intern_value(&p[0]))
}
fn s_exc_info(a: &Args) -> PyResult<Value> {
    a.check("exc_info", 0, 0)?;
    Ok(match super::state::current_exception() {
        Some(e) => {
            let tb = protocol::getattr_str(&e, "__traceback__").unwrap_or_else(|_| none::none());
            tuple::new_tuple(vec![e.ty().as_value(), e, tb])
        }
        None => tuple::new_tuple(vec![none::none(), none::none(), none::none()]),
    })
}
fn s_exception(a: &Args) -> PyResult<Value> {
    a.check("exception", 0, 0)?;
    Ok(super::state::current_exception().unwrap_or_else(none::none))
}
fn s_get_int_max_str_digits(a: &Args) -> PyResult<Value> {
    a.check("get_int_max_str_digits", 0, 0)?;
    Ok(int::from_i64(
        krait_runtime::builtins::int_max_str_digits() as i64
    ))
}
fn s_set_int_max_str_digits(a: &Args) -> PyResult<Value> {
    let [n] = a.bind("set_int_max_str_digits", ["maxdigits"], 1)?;
    let n = protocol::index_i64(&n.unwrap())?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    krait_runtime::builtins::set_int_max_str_digits(n as usize);
    Ok(none::none())
}
fn s_displayhook(a: &Args) -> PyResult<Value> {
    let p = a.check("displayhook", 1, 1)?;
    if none::is_none(&p[0]) {
        return Ok(none::none());
    }
    let b = krait_runtime::builtins::builtins_module();
    protocol::setattr(&b, &pystr::intern("_"), Some(none::none()))?;
    let s = protocol::repr_string(&p[0])?;
    if let Some(out) = krait_runtime::builtins::sys_attr("stdout") {
        krait_runtime::types::file::write_str(&out, &format!("{s}\n"))?;
    }
    protocol::setattr(&b, &pystr::intern("_"), Some(p[0].clone()))?;
    Ok(none::none())
}
fn s_excepthook(a: &Args) -> PyResult<Value> {
    let p = a.check("excepthook", 3, 3)?;
    super::traceback::print_exception(&p[1]);
    Ok(none::none())
}
fn s_getframe(_a: &Args) -> PyResult<Value> {
    Err(value_error("sys._getframe is not supported by Krait"))
}

static FUNCTIONS: &[MethodDef] = &[
    krait_runtime::types::method("exit", s_exit),
    krait_runtime::types::method("getrecursionlimit", s_getrecursionlimit),
    krait_runtime::types::method("setrecursionlimit", s_setrecursionlimit),
    krait_runtime::types::method("getsizeof", s_getsizeof),
    krait_runtime::types::method("getrefcount", s_getrefcount),
    krait_runtime::types::method("intern", s_intern),
    krait_runtime::types::method("exc_info", s_exc_info),
    krait_runtime::types::method("exception", s_exception),
    krait_runtime::types::method("get_int_max_str_digits", s_get_int_max_str_digits),
    krait_runtime::types::method("set_int_max_str_digits", s_set_int_max_str_digits),
    krait_runtime::types::method("displayhook", s_displayhook),
    krait_runtime::types::method("excepthook", s_excepthook),
    krait_runtime::types::method("_getframe", s_getframe),
];

/// Python code run once to build sys's structured values.
const BOOTSTRAP: &str = r#"
class _StructSeq(tuple):
    _fields = ()
    def __new__(cls, values):
        return tuple.__new__(cls, values)
    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None
    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(type(self)._fields, self))
        return f"{type(self)._name}({inner})"
    def __reduce__(self):
        return (type(self), (tuple(self),))

class version_info(_StructSeq):
    _name = "sys.version_info"
    _fields = ("major", "minor", "micro", "releaselevel", "serial")

class float_info(_StructSeq):
    _name = "sys.float_info"
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds")

class int_info(_StructSeq):
    _name = "sys.int_info"
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")

class hash_info(_StructSeq):
    _name = "sys.hash_info"
    _fields = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff")

class flags(_StructSeq):
    _name = "sys.flags"
    _fields = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
               "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
               "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits")

class _Namespace:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

_vi = version_info((3, 11, 7, "final", 0))
_fi = float_info((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                  2.220446049250313e-16, 2, 1))
_ii = int_info((30, 4, 4300, 640))
_hi = hash_info((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
_fl = flags((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
_impl = _Namespace(name="krait", cache_tag=None, version=_vi, hexversion=0x30b07f0, _multiarch="x86_64-linux-gnu")
"#;

/// Builds the `sys` module.
pub fn make_sys(argv: Vec<String>, path0: Option<String>, executable: &str) -> PyResult<Value> {
    let m = module::new_module("sys");
    let d = module::module_dict(&m).expect("dict");
    krait_runtime::builtins::add_functions(&d, FUNCTIONS, "sys");
    let (out, err, inp) = krait_runtime::types::file::std_streams();
    dict::set_str(&d, "stdout", out.clone());
    dict::set_str(&d, "stderr", err.clone());
    dict::set_str(&d, "stdin", inp.clone());
    dict::set_str(&d, "__stdout__", out);
    dict::set_str(&d, "__stderr__", err);
    dict::set_str(&d, "__stdin__", inp);
    dict::set_str(
        &d,
        "argv",
        list::new_list(argv.iter().map(|a| pystr::new_str(a)).collect()),
    );
    dict::set_str(
        &d,
        "orig_argv",
        list::new_list(std::env::args().map(|a| pystr::new_str(&a)).collect()),
    );
    let mut path = Vec::new();
    if let Some(p0) = path0 {
        path.push(pystr::new_str(&p0));
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(pystr::new_str(p));
        }
    }
    dict::set_str(&d, "path", list::new_list(path));
    dict::set_str(&d, "modules", dict::new_dict());
    dict::set_str(&d, "maxsize", int::from_i64(i64::MAX));
    dict::set_str(&d, "maxunicode", int::from_i64(0x10ffff));
    dict::set_str(
        &d,
        "byteorder",
        pystr::new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    dict::set_str(&d, "platform", pystr::new_str("linux"));
    dict::set_str(&d, "executable", pystr::new_str(executable));
    dict::set_str(&d, "_base_executable", pystr::new_str(executable));
    dict::set_str(&d, "prefix", pystr::new_str("/usr/local"));
    dict::set_str(&d, "exec_prefix", pystr::new_str("/usr/local"));
    dict::set_str(
        &d,
        "version",
        pystr::new_str(&format!(
            "3.11.7 (krait {}) [rustc]",
            env!("CARGO_PKG_VERSION")
        )),
    );
    dict::set_str(&d, "hexversion", int::from_i64(0x30b07f0));
    dict::set_str(&d, "api_version", int::from_i64(1013));
    dict::set_str(
        &d,
        "copyright",
        pystr::new_str("Krait is written here; Python is (c) the Python Software Foundation."),
    );
    dict::set_str(&d, "warnoptions", list::new_list(vec![]));
    dict::set_str(
        &d,
        "dont_write_bytecode",
        krait_runtime::types::bool_::true_(),
    );
    dict::set_str(
        &d,
        "builtin_module_names",
        tuple::new_tuple(vec![pystr::new_str("builtins"), pystr::new_str("sys")]),
    );
    dict::set_str(&d, "meta_path", list::new_list(vec![]));
    dict::set_str(&d, "path_hooks", list::new_list(vec![]));
    dict::set_str(&d, "path_importer_cache", dict::new_dict());
    for hook in ["displayhook", "excepthook"] {
        if let Some(f) = dict::get_str(&d, &pystr::intern(hook)) {
            dict::set_str(&d, &format!("__{hook}__"), f);
        }
    }
    krait_runtime::builtins::set_sys_module(m.clone());
    // Structured values from Python source.
    let ns = dict::new_dict();
    dict::set_str(&ns, "__name__", pystr::new_str("sys"));
    let code = crate::compiler::compile_source(BOOTSTRAP, "<sys bootstrap>", crate::Mode::Exec)
        .map_err(super::compile_error_to_py)?;
    let cv = super::codeval::make_code_value(&code);
    let cd = super::codeval::code_data(&cv).expect("code").clone();
    super::call::run_code_in(&cd, ns.clone(), None)?;
    for (src, dst) in [
        ("_vi", "version_info"),
        ("_fi", "float_info"),
        ("_ii", "int_info"),
        ("_hi", "hash_info"),
        ("_fl", "flags"),
        ("_impl", "implementation"),
    ] {
        if let Some(v) = dict::get_str(&ns, &pystr::intern(src)) {
            dict::set_str(&d, dst, v);
        }
    }
    let modules = dict::get_str(&d, &pystr::intern("modules")).expect("modules");
    dict::set_item(&modules, pystr::new_str("sys"), m.clone())?;
    dict::set_item(
        &modules,
        pystr::new_str("builtins"),
        krait_runtime::builtins::builtins_module(),
    )?;
    Ok(m)
}
