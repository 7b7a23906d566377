//! Parser for `.expected` files (format documented in
//! `tests/scripts/gen_expected.py` and `tests/README.md`).
//!
//! A file is a list of `key: value` header lines and sections (`stdout:`,
//! `stderr:`, `stdin:`) whose content lines start with `|`; the marker line
//! `\ no newline at end` says the section's last line had no newline. CLI
//! case files add `arg:`, `cwd:` and `env:` lines and a `stdin:` section.

/// A recorded CPython run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    /// Hash of the program source the file was generated from.
    pub source_hash: String,
    /// Exit status (negative: killed by that signal).
    pub exit: i32,
    /// Exact standard output bytes.
    pub stdout: Vec<u8>,
    /// Exact standard error bytes (caret lines included).
    pub stderr: Vec<u8>,
    /// How to run the case; only CLI case files carry one.
    pub invocation: Invocation,
}

/// The command line of a CLI case: arguments after the program name, working
/// directory relative to the repository root, extra environment, stdin.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Invocation {
    /// Arguments after `krait`.
    pub args: Vec<String>,
    /// Working directory relative to the repository root (empty = root).
    pub cwd: String,
    /// Extra environment variables.
    pub env: Vec<(String, String)>,
    /// Bytes fed to standard input (`None` = /dev/null).
    pub stdin: Option<Vec<u8>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Stdout,
    Stderr,
    Stdin,
}

/// Placeholder the generator scripts write for the repository's absolute path.
pub const ROOT_PLACEHOLDER: &str = "{ROOT}";

impl Expected {
    /// Replace [`ROOT_PLACEHOLDER`] in stdout and stderr by `root`.
    pub fn with_root(mut self, root: &std::path::Path) -> Expected {
        let root = root.to_string_lossy();
        for buf in [&mut self.stdout, &mut self.stderr] {
            *buf = replace_bytes(buf, ROOT_PLACEHOLDER.as_bytes(), root.as_bytes());
        }
        self
    }
}

fn replace_bytes(data: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// Undo the escaping of `arg:`/`cwd:`/`env:` values: `\\` and `\n`.
fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Parse the bytes of an `.expected` file.
pub fn parse_expected(data: &[u8]) -> Result<Expected, String> {
    let mut exp = Expected::default();
    let mut saw_exit = false;
    let mut section = Section::None;
    let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if lines.last() == Some(&&b""[..]) {
        lines.pop();
    }
    for (index, line) in lines.into_iter().enumerate() {
        let lineno = index + 1;
        if let Some(content) = line.strip_prefix(b"|") {
            let buf = match section {
                Section::Stdout => &mut exp.stdout,
                Section::Stderr => &mut exp.stderr,
                Section::Stdin => exp.invocation.stdin.get_or_insert_with(Vec::new),
                Section::None => {
                    return Err(format!("line {lineno}: output line outside a section"))
                }
            };
            buf.extend_from_slice(content);
            buf.push(b'\n');
            continue;
        }
        if line == b"\\ no newline at end" {
            let buf = match section {
                Section::Stdout => &mut exp.stdout,
                Section::Stderr => &mut exp.stderr,
                Section::Stdin => exp.invocation.stdin.get_or_insert_with(Vec::new),
                Section::None => return Err(format!("line {lineno}: marker outside a section")),
            };
            if buf.pop() != Some(b'\n') {
                return Err(format!("line {lineno}: no-newline marker without a line"));
            }
            continue;
        }
        if line.starts_with(b"#") {
            continue;
        }
        let text =
            std::str::from_utf8(line).map_err(|_| format!("line {lineno}: header is not UTF-8"))?;
        let (key, value) = match text.split_once(':') {
            Some((k, v)) => (k, v.strip_prefix(' ').unwrap_or(v)),
            None => {
                return Err(format!(
                    "line {lineno}: expected `key: value`, got {text:?}"
                ))
            }
        };
        section = Section::None;
        match key {
            "source-sha256" => exp.source_hash = value.to_string(),
            "exit" => {
                exp.exit = value
                    .trim()
                    .parse()
                    .map_err(|_| format!("line {lineno}: bad exit status {value:?}"))?;
                saw_exit = true;
            }
            "stdout" => section = Section::Stdout,
            "stderr" => section = Section::Stderr,
            "stdin" => {
                section = Section::Stdin;
                exp.invocation.stdin.get_or_insert_with(Vec::new);
            }
            "arg" => exp.invocation.args.push(unescape(value)),
            "cwd" => exp.invocation.cwd = unescape(value),
            "env" => {
                let v = unescape(value);
                let (name, val) = v
                    .split_once('=')
                    .ok_or_else(|| format!("line {lineno}: env line needs NAME=value"))?;
                exp.invocation.env.push((name.to_string(), val.to_string()));
            }
            _ => return Err(format!("line {lineno}: unknown key {key:?}")),
        }
    }
    if !saw_exit {
        return Err("missing `exit:` line".to_string());
    }
    Ok(exp)
}
