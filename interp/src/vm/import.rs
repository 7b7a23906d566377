//! The import system: `sys.modules` caching, built-in and embedded modules,
//! source modules and packages found on `sys.path` (the script's directory
//! first), relative imports, and CPython's ImportError messages.

use super::frame::Frame;
use krait_runtime::err::{PyErr, PyResult};
use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::types::exceptions as exc;
use krait_runtime::types::{dict, list, module, none, str as pystr};
use std::path::{Path, PathBuf};

/// A module implemented in Rust: its name and constructor.
pub type BuiltinInit = fn() -> PyResult<Value>;

thread_local! {
    static BUILTIN_MODULES: std::cell::RefCell<Vec<(&'static str, BuiltinInit)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Registers a built-in module.
pub fn register_builtin(name: &'static str, init: BuiltinInit) {
    BUILTIN_MODULES.with(|m| m.borrow_mut().push((name, init)));
}

/// Python modules shipped inside the binary.
fn embedded_source(name: &str) -> Option<&'static str> {
    match name {
        "random" => Some(include_str!("../../pylib/random.py")),
        "__future__" => Some(include_str!("../../pylib/__future__.py")),
        "_collections_abc" => Some(include_str!("../../pylib/_collections_abc.py")),
        "abc" => Some(include_str!("../../pylib/abc.py")),
        "argparse" => Some(include_str!("../../pylib/argparse.py")),
        "array" => Some(include_str!("../../pylib/array.py")),
        "base64" => Some(include_str!("../../pylib/base64.py")),
        "binascii" => Some(include_str!("../../pylib/binascii.py")),
        "bisect" => Some(include_str!("../../pylib/bisect.py")),
        "cmath" => Some(include_str!("../../pylib/cmath.py")),
        "collections" => Some(include_str!("../../pylib/collections.py")),
        "copy" => Some(include_str!("../../pylib/copy.py")),
        "dataclasses" => Some(include_str!("../../pylib/dataclasses.py")),
        "datetime" => Some(include_str!("../../pylib/datetime.py")),
        "doctest" => Some(include_str!("../../pylib/doctest.py")),
        "enum" => Some(include_str!("../../pylib/enum.py")),
        "fnmatch" => Some(include_str!("../../pylib/fnmatch.py")),
        "fractions" => Some(include_str!("../../pylib/fractions.py")),
        "functools" => Some(include_str!("../../pylib/functools.py")),
        "heapq" => Some(include_str!("../../pylib/heapq.py")),
        "html" => Some(include_str!("../../pylib/html.py")),
        "io" => Some(include_str!("../../pylib/io.py")),
        "itertools" => Some(include_str!("../../pylib/itertools.py")),
        "json" => Some(include_str!("../../pylib/json.py")),
        "logging" => Some(include_str!("../../pylib/logging.py")),
        "numbers" => Some(include_str!("../../pylib/numbers.py")),
        "operator" => Some(include_str!("../../pylib/operator.py")),
        "os" => Some(include_str!("../../pylib/os.py")),
        "pathlib" => Some(include_str!("../../pylib/pathlib.py")),
        "platform" => Some(include_str!("../../pylib/platform.py")),
        "posixpath" => Some(include_str!("../../pylib/posixpath.py")),
        "pprint" => Some(include_str!("../../pylib/pprint.py")),
        "queue" => Some(include_str!("../../pylib/queue.py")),
        "re" => Some(include_str!("../../pylib/re.py")),
        "shutil" => Some(include_str!("../../pylib/shutil.py")),
        "statistics" => Some(include_str!("../../pylib/statistics.py")),
        "string" => Some(include_str!("../../pylib/string.py")),
        "struct" => Some(include_str!("../../pylib/struct.py")),
        "textwrap" => Some(include_str!("../../pylib/textwrap.py")),
        "timeit" => Some(include_str!("../../pylib/timeit.py")),
        "traceback" => Some(include_str!("../../pylib/traceback.py")),
        "types" => Some(include_str!("../../pylib/types.py")),
        "typing" => Some(include_str!("../../pylib/typing.py")),
        "unittest" => Some(include_str!("../../pylib/unittest.py")),
        _ => None,
    }
}

fn sys_modules() -> Value {
    krait_runtime::builtins::sys_attr("modules").expect("sys.modules")
}

fn module_not_found(name: &str, msg: String) -> PyErr {
    let e = PyErr::new(&exc::MODULE_NOT_FOUND_ERROR, msg);
    let _ = exc::set_attr(&e.exc, "name", pystr::new_str(name));
    e
}

/// Resolves a relative import to an absolute module name.
fn resolve_name(name: &str, globals: &Value, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package =
        match dict::get_str(globals, &pystr::intern("__package__")).filter(|p| !none::is_none(p)) {
            Some(p) => pystr::as_str(&p).unwrap_or("").to_string(),
            None => {
                let modname = dict::get_str(globals, &pystr::intern("__name__"))
                    .and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))
                    .unwrap_or_default();
                if dict::get_str(globals, &pystr::intern("__path__")).is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
    if package.is_empty() {
        return Err(PyErr::new(
            &exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    if level > 1 && level > parts.len() {
        {
            return Err(PyErr::new(
                &exc::IMPORT_ERROR,
                "attempted relative import beyond top-level package",
            ));
        }
    }
    for _ in 1..level {
        parts.pop();
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// IMPORT_NAME.
pub fn import_name(f: &Frame, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let level = krait_runtime::types::int::as_i64(level).unwrap_or(0).max(0) as usize;
    // A user-replaced __import__ takes over.
    if let Some(imp) = dict::get_str(&f.builtins, &pystr::intern("__import__")) {
        if !krait_runtime::types::function::is_native_of(&imp, "__import__") {
            let locals = f.locals.clone().unwrap_or_else(none::none);
            return protocol::call_pos(
                &imp,
                &[
                    name.clone(),
                    f.globals.clone(),
                    locals,
                    fromlist.clone(),
                    krait_runtime::types::int::from_i64(level as i64),
                ],
            );
        }
    }
    import_module_level(
        pystr::as_str(name).unwrap_or(""),
        &f.globals,
        fromlist,
        level,
    )
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(
    name: &str,
    globals: &Value,
    fromlist: &Value,
    level: usize,
) -> PyResult<Value> {
    if name.is_empty() && level == 0 {
        return Err(krait_runtime::err::value_error("Empty module name"));
    }
    let full = resolve_name(name, globals, level)?;
    let leaf = import_dotted(&full)?;
    let has_fromlist = !none::is_none(fromlist) && protocol::truthy(fromlist)?;
    if has_fromlist {
        if module::module_dict(&leaf)
            .map(|d| dict::get_str(&d, &pystr::intern("__path__")).is_some())
            .unwrap_or(false)
        {
            for item in protocol::iterate(fromlist)? {
                let s = pystr::as_str(&item).unwrap_or("").to_string();
                if s == "*" {
                    continue;
                }
                if protocol::getattr_opt(&leaf, &s)?.is_none() {
                    let sub = format!("{full}.{s}");
                    match import_dotted(&sub) {
                        Ok(_) => {}
                        Err(e) if e.matches(&exc::MODULE_NOT_FOUND_ERROR) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(leaf);
    }
    if level == 0 {
        let top = full.split('.').next().unwrap_or(&full);
        return dict::get_item(&sys_modules(), &pystr::new_str(top))?
            .ok_or_else(|| module_not_found(top, format!("No module named '{top}'")));
    }
    // `from . import x` handled above; `import .a` is a syntax error.
    let top_len = name.split('.').next().map(|s| s.len()).unwrap_or(0);
    let base_len = full.len() - name.len();
    let head = &full[..base_len + top_len];
    dict::get_item(&sys_modules(), &pystr::new_str(head))?
        .ok_or_else(|| module_not_found(head, format!("No module named '{head}'")))
}

/// Imports `a.b.c` (each package in turn) and returns the leaf module.
pub fn import_dotted(full: &str) -> PyResult<Value> {
    let modules = sys_modules();
    if let Some(m) = dict::get_item(&modules, &pystr::new_str(full))? {
        if none::is_none(&m) {
            return Err(module_not_found(
                full,
                format!("import of {full} halted; None in sys.modules"),
            ));
        }
        return Ok(m);
    }
    let (parent, leaf) = match full.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, full),
    };
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let pm = import_dotted(p)?;
            // Importing the parent may have imported us.
            if let Some(m) = dict::get_item(&modules, &pystr::new_str(full))? {
                return Ok(m);
            }
            let path = module::module_dict(&pm)
                .and_then(|d| dict::get_str(&d, &pystr::intern("__path__")));
            match path {
                Some(p) => protocol::iterate(&p)?
                    .iter()
                    .filter_map(|x| pystr::as_str(x).map(PathBuf::from))
                    .collect(),
                None => {
                    return Err(module_not_found(
                        full,
                        format!("No module named '{full}'; '{p}' is not a package"),
                    ));
                }
            }
        }
        None => {
            if let Some(init) = BUILTIN_MODULES
                .with(|m| m.borrow().iter().find(|(n, _)| *n == full).map(|(_, i)| *i))
            {
                let m = init()?;
                dict::set_item(&modules, pystr::new_str(full), m.clone())?;
                return Ok(m);
            }
            if let Some(src) = embedded_source(full) {
                return load_source(full, &format!("<frozen {full}>"), src, None);
            }
            let path =
                krait_runtime::builtins::sys_attr("path").unwrap_or_else(|| list::new_list(vec![]));
            protocol::iterate(&path)?
                .iter()
                .filter_map(|x| pystr::as_str(x).map(PathBuf::from))
                .collect()
        }
    };
    for dir in search {
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        let pkg = dir.join(leaf);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return load_file(full, &init, Some(&pkg));
        }
        let file = dir.join(format!("{leaf}.py"));
        if file.is_file() {
            return load_file(full, &file, None);
        }
        if pkg.is_dir() && !leaf.is_empty() {
            // A namespace package.
            let m = module::new_module(full);
            let d = module::module_dict(&m).expect("dict");
            dict::set_str(
                &d,
                "__path__",
                list::new_list(vec![pystr::new_str(&pkg.to_string_lossy())]),
            );
            dict::set_str(&d, "__package__", pystr::new_str(full));
            dict::set_item(&modules, pystr::new_str(full), m.clone())?;
            bind_in_parent(full, &m)?;
            return Ok(m);
        }
    }
    Err(module_not_found(full, format!("No module named '{full}'")))
}

fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().to_string();
    s.strip_prefix("./").map(|x| x.to_string()).unwrap_or(s)
}

fn load_file(full: &str, path: &Path, pkg_dir: Option<&Path>) -> PyResult<Value> {
    let bytes = std::fs::read(path).map_err(|e| PyErr::new(&exc::IMPORT_ERROR, format!("{e}")))?;
    let fname = display_path(path);
    let src = crate::source::decode_source(&bytes, &fname).map_err(super::compile_error_to_py)?;
    load_source(full, &fname, &src, pkg_dir)
}

fn bind_in_parent(full: &str, m: &Value) -> PyResult<()> {
    if let Some((parent, leaf)) = full.rsplit_once('.') {
        if let Some(p) = dict::get_item(&sys_modules(), &pystr::new_str(parent))? {
            protocol::setattr(&p, &pystr::intern(leaf), Some(m.clone()))?;
        }
    }
    Ok(())
}

/// Executes module source as module `full` and registers it.
pub fn load_source(
    full: &str,
    filename: &str,
    src: &str,
    pkg_dir: Option<&Path>,
) -> PyResult<Value> {
    let code = crate::compiler::compile_source(src, filename, crate::Mode::Exec)
        .map_err(super::compile_error_to_py)?;
    let m = module::new_module(full);
    let d = module::module_dict(&m).expect("dict");
    if !filename.starts_with('<') {
        dict::set_str(&d, "__file__", pystr::new_str(filename));
    }
    dict::set_str(
        &d,
        "__builtins__",
        krait_runtime::builtins::builtins_module(),
    );
    match pkg_dir {
        Some(p) => {
            dict::set_str(
                &d,
                "__path__",
                list::new_list(vec![pystr::new_str(&display_path(p))]),
            );
            dict::set_str(&d, "__package__", pystr::new_str(full));
        }
        None => {
            let pkg = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            dict::set_str(&d, "__package__", pystr::new_str(pkg));
        }
    }
    let modules = sys_modules();
    dict::set_item(&modules, pystr::new_str(full), m.clone())?;
    let cv = super::codeval::make_code_value(&code);
    let cd = super::codeval::code_data(&cv).expect("code").clone();
    if let Err(e) = super::call::run_code_in(&cd, d, None) {
        let _ = dict::del_item_if_present(&modules, &pystr::new_str(full));
        return Err(e);
    }
    let m = dict::get_item(&modules, &pystr::new_str(full))?.unwrap_or(m);
    bind_in_parent(full, &m)?;
    Ok(m)
}

/// IMPORT_FROM when the attribute is missing: a submodule, or ImportError.
pub fn import_from_fallback(m: &Value, name: &Value) -> PyResult<Value> {
    let modname = protocol::getattr_opt(m, "__name__")?
        .and_then(|n| pystr::as_str(&n).map(|s| s.to_string()));
    let n = pystr::as_str(name).unwrap_or("?");
    if let Some(mn) = &modname {
        if let Some(sub) = dict::get_item(&sys_modules(), &pystr::new_str(&format!("{mn}.{n}")))? {
            return Ok(sub);
        }
    }
    let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
    let file = protocol::getattr_opt(m, "__file__")?
        .and_then(|f| pystr::as_str(&f).map(|s| s.to_string()));
    let loc = match &file {
        Some(f) => f.clone(),
        None => "unknown location".into(),
    };
    let initializing = module::module_dict(m)
        .map(|d| dict::get_str(&d, &pystr::intern("__initializing__")).is_some())
        .unwrap_or(false);
    let msg = if initializing {
        format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({loc})")
    } else {
        format!("cannot import name '{n}' from '{mn}' ({loc})")
    };
    let e = PyErr::new(&exc::IMPORT_ERROR, msg);
    let _ = exc::set_attr(&e.exc, "name", pystr::new_str(&mn));
    let _ = exc::set_attr(
        &e.exc,
        "path",
        file.map(|f| pystr::new_str(&f)).unwrap_or_else(none::none),
    );
    Err(e)
}

/// IMPORT_STAR.
pub fn import_star(m: &Value, locals: &Value) -> PyResult<()> {
    let all = protocol::getattr_opt(m, "__all__")?;
    let names: Vec<Value> = match all {
        Some(a) => protocol::iterate(&a)?,
        None => {
            let d = module::module_dict(m)
                .ok_or_else(|| krait_runtime::err::type_error("import * needs a module"))?;
            dict::downcast(&d)
                .expect("dict")
                .keys()
                .into_iter()
                .filter(|k| !pystr::as_str(k).unwrap_or("_").starts_with('_'))
                .collect()
        }
    };
    for n in names {
        let v = protocol::getattr(m, &pystr::intern_value(&n))?;
        protocol::setitem(locals, &n, v)?;
    }
    Ok(())
}
