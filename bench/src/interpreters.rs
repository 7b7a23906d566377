//! Locating the interpreters to compare: krait (twice: JIT off and on), CPython, PyPy.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

/// Identifier of the CPython reference interpreter in results.
pub const CPYTHON: &str = "cpython";

/// One way of running a program: an executable plus leading arguments.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Interpreter {
    /// Stable identifier used in result files: `krait-nojit`, `krait`, `cpython`, `pypy`.
    pub id: String,
    /// Human-readable column title, e.g. `krait --jit off`.
    pub label: String,
    /// Absolute path of the executable.
    pub path: PathBuf,
    /// Arguments placed before the program path.
    pub args: Vec<String>,
    /// Version string (for Python implementations), or empty.
    pub version: String,
}

/// The krait binary: `explicit` if given, else `krait` next to the running executable
/// (target/<profile>/krait when run through cargo).
pub fn find_krait(explicit: Option<&Path>) -> Result<PathBuf, String> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let exe = std::env::current_exe()
                .map_err(|e| format!("cannot locate the running executable: {e}"))?;
            let dir = exe
                .parent()
                .ok_or("the running executable has no parent directory")?;
            dir.join(format!("krait{}", std::env::consts::EXE_SUFFIX))
        }
    };
    if path.is_file() {
        Ok(path.canonicalize().unwrap_or(path))
    } else if explicit.is_some() {
        Err(format!("krait binary {} does not exist", path.display()))
    } else {
        Err(format!(
            "krait binary not found at {}; build it first with `cargo build --release -p krait-jit` \
             (or pass --krait PATH)",
            path.display()
        ))
    }
}

/// Resolve a Python command on PATH to its real executable and version by asking the
/// interpreter itself (`sys.executable`), so that wrapper scripts such as pyenv shims
/// are never what gets timed. `None` when the command is not installed or misbehaves.
pub fn resolve_python(command: &str) -> Option<(PathBuf, String)> {
    let output = Command::new(command)
        .args([
            "-c",
            "import sys; print(sys.executable); print(sys.version.split()[0])",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut lines = text.lines();
    let exe = PathBuf::from(lines.next()?.trim());
    let version = lines.next().unwrap_or("").trim().to_string();
    if exe.as_os_str().is_empty() || !exe.is_file() {
        return None;
    }
    Some((exe, version))
}

/// The interpreters for a run, in column order: krait --jit off, krait, python3, pypy3.
/// Fails when krait or python3 cannot be found; PyPy is optional.
pub fn discover(krait: Option<&Path>) -> Result<(Vec<Interpreter>, Vec<String>), String> {
    let krait = find_krait(krait)?;
    let mut notes = Vec::new();
    let (python, py_version) = resolve_python("python3")
        .ok_or("python3 not found (it is the reference: every output is checked against it)")?;
    let mut list = vec![
        Interpreter {
            id: "krait-nojit".into(),
            label: "krait --jit off".into(),
            path: krait.clone(),
            args: vec!["--jit".into(), "off".into()],
            version: String::new(),
        },
        Interpreter {
            id: "krait".into(),
            label: "krait".into(),
            path: krait,
            args: Vec::new(),
            version: String::new(),
        },
        Interpreter {
            id: CPYTHON.into(),
            label: "python3".into(),
            path: python,
            args: Vec::new(),
            version: py_version,
        },
    ];
    match resolve_python("pypy3") {
        Some((path, version)) => list.push(Interpreter {
            id: "pypy".into(),
            label: "pypy3".into(),
            path,
            args: Vec::new(),
            version,
        }),
        None => notes.push("pypy3 not installed: skipping it (apt-get install pypy3)".to_string()),
    }
    Ok((list, notes))
}
