//! Printing uncaught exceptions exactly as CPython 3.11 does: the chain of
//! causes and contexts, each traceback entry with its source line, the
//! exception line, and SyntaxError's caret display.

use krait_runtime::object::Value;
use krait_runtime::protocol;
use krait_runtime::types::exceptions::{self as exc, TbEntry};
use krait_runtime::types::{int, none, str as pystr};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static LINES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Registers the source of a file that is not on disk (e.g. read from stdin).
pub fn register_source(filename: &str, source: &str) {
    LINES.with(|l| {
        l.borrow_mut().insert(filename.to_string(), Some(source.lines().map(|s| s.to_string()).collect()));
    });
}

/// Line `lineno` (1-based) of `filename`, if it can be read.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    LINES.with(|l| {
        let mut l = l.borrow_mut();
        let entry = l.entry(filename.to_string()).or_insert_with(|| {
            if filename.starts_with('<') {
                return None;
            }
            let bytes = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&bytes).to_string();
            Some(text.lines().map(|s| s.to_string()).collect())
        });
        entry.as_ref().and_then(|lines| lines.get(lineno as usize - 1).cloned())
    })
}

fn char_col(line: &str, byte_col: usize) -> usize {
    let b = byte_col.min(line.len());
    line.get(..b).map(|s| s.chars().count()).unwrap_or(b)
}

fn format_entry(out: &mut String, e: &TbEntry) {
    let filename = pystr::as_str(&e.filename).unwrap_or("?");
    let name = pystr::as_str(&e.name).unwrap_or("?");
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", filename, e.lineno, name));
    if let Some(line) = source_line(filename, e.lineno) {
        let stripped = line.trim_start();
        let indent = line.len() - stripped.len();
        let shown = stripped.trim_end();
        out.push_str(&format!("    {}\n", shown));
        // Carets when the failing range is a proper part of the line.
        if e.end_lineno == e.lineno && e.end_col > e.col {
            let (c0, c1) = (e.col as usize, e.end_col as usize);
            if c0 >= indent && c1 <= indent + shown.len() && !(c0 == indent && c1 == indent + shown.len()) {
                let a = char_col(&line, c0) - char_col(&line, indent);
                let b = char_col(&line, c1) - char_col(&line, indent);
                out.push_str(&format!("    {}{}\n", " ".repeat(a), "^".repeat(b.saturating_sub(a).max(1))));
            }
        }
    }
}

/// The exception line: `Type: message` (module-qualified outside builtins/__main__).
pub fn exception_line(v: &Value) -> String {
    let t = v.ty();
    let module = krait_runtime::types::object::type_module(t);
    let q = t.qualname.borrow().to_string();
    let tname = if module == "builtins" || module == "__main__" { q } else { format!("{module}.{q}") };
    let msg = match protocol::str_of(v) {
        Ok(s) => pystr::as_str(&s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        tname
    } else {
        format!("{tname}: {msg}")
    }
}

fn format_syntax_error(out: &mut String, v: &Value) {
    let get = |n: &str| exc::get_attr(v, n).filter(|x| !none::is_none(x));
    let filename = get("filename").and_then(|f| pystr::as_str(&f).map(|s| s.to_string()));
    let lineno = get("lineno").and_then(|l| int::as_i64(&l));
    if let (Some(f), Some(l)) = (&filename, lineno) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    let text = get("text").and_then(|t| pystr::as_str(&t).map(|s| s.to_string()));
    if let Some(text) = text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let lead = line.chars().count() - stripped.chars().count();
        let shown = stripped.trim_end();
        out.push_str(&format!("    {shown}\n"));
        if let Some(off) = get("offset").and_then(|o| int::as_i64(&o)) {
            let end = get("end_offset").and_then(|o| int::as_i64(&o)).unwrap_or(off);
            let same_line = get("end_lineno").and_then(|o| int::as_i64(&o)).map(|el| Some(el) == lineno).unwrap_or(true);
            let start = (off - 1 - lead as i64).max(0) as usize;
            let mut width = if same_line && end > off { (end - off) as usize } else { 1 };
            let len = shown.chars().count();
            if start >= len {
                width = 1;
            } else if start + width > len + 1 {
                width = len + 1 - start;
            }
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width.max(1))));
        }
    }
    let msg = get("msg").map(|m| protocol::str_string(&m).unwrap_or_default()).unwrap_or_default();
    let t = v.ty();
    let module = krait_runtime::types::object::type_module(t);
    let q = t.qualname.borrow().to_string();
    let tname = if module == "builtins" || module == "__main__" { q } else { format!("{module}.{q}") };
    if msg.is_empty() {
        out.push_str(&format!("{tname}\n"));
    } else {
        out.push_str(&format!("{tname}: {msg}\n"));
    }
}

fn format_one(out: &mut String, v: &Value, seen: &mut Vec<u64>) {
    seen.push(v.raw());
    if let Some(x) = exc::downcast(v) {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&c.raw()) {
                format_one(out, &c, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Some(c) = context {
            if !x.suppress_context.get() && !seen.contains(&c.raw()) {
                format_one(out, &c, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let tb = x.tb.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // Runs of the same line are cut after three, as CPython does.
            let mut last: Option<(String, String, u32)> = None;
            let mut count = 0usize;
            let flush = |out: &mut String, count: usize| {
                if count > 3 {
                    let n = count - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n == 1 { "" } else { "s" }
                    ));
                }
            };
            for e in tb.iter().rev() {
                let key = (
                    pystr::as_str(&e.filename).unwrap_or("").to_string(),
                    pystr::as_str(&e.name).unwrap_or("").to_string(),
                    e.lineno,
                );
                let same = last.as_ref() == Some(&key);
                if same {
                    count += 1;
                } else {
                    flush(out, count);
                    count = 1;
                    last = Some(key);
                }
                if count <= 3 {
                    format_entry(out, e);
                }
            }
            flush(out, count);
        }
    }
    if v.ty().is_subtype(&exc::SYNTAX_ERROR) {
        format_syntax_error(out, v);
    } else {
        out.push_str(&exception_line(v));
        out.push('\n');
    }
    if let Some(notes) = exc::get_attr(v, "__notes__") {
        if let Ok(items) = protocol::iterate(&notes) {
            for n in items {
                let s = protocol::str_string(&n).unwrap_or_default();
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
}

/// The full CPython-style report of an uncaught exception.
pub fn format_exception(v: &Value) -> String {
    let mut out = String::new();
    format_one(&mut out, v, &mut Vec::new());
    out
}

/// Prints an uncaught exception to sys.stderr.
pub fn print_exception(v: &Value) {
    let s = format_exception(v);
    if let Some(o) = krait_runtime::builtins::sys_attr("stdout") {
        let _ = krait_runtime::types::file::flush(&o);
    }
    match krait_runtime::builtins::sys_attr("stderr") {
        Some(err) if !none::is_none(&err) => {
            if krait_runtime::types::file::write_str(&err, &s).is_err() {
                eprint!("{s}");
            }
            let _ = krait_runtime::types::file::flush(&err);
        }
        _ => eprint!("{s}"),
    }
}
