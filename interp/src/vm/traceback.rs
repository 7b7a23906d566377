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
        l.borrow_mut().insert(
            filename.to_string(),
            Some(source.lines().map(|s| s.to_string()).collect()),
        );
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
        entry
            .as_ref()
            .and_then(|lines| lines.get(lineno as usize - 1).cloned())
    })
}

fn char_col(line: &str, byte_col: usize) -> usize {
    let b = byte_col.min(line.len());
    line.get(..b).map(|s| s.chars().count()).unwrap_or(b)
}

fn format_entry(out: &mut String, e: &TbEntry) {
    let filename = pystr::as_str(&e.filename).unwrap_or("?");
    let name = pystr::as_str(&e.name).unwrap_or("?");
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        filename, e.lineno, name
    ));
    if let Some(line) = source_line(filename, e.lineno) {
        let stripped = line.trim_start();
        let indent = line.len() - stripped.len();
        let shown = stripped.trim_end();
        out.push_str(&format!("    {}\n", shown));
        // Carets when the failing range is a proper part of the line.
        if e.end_lineno == e.lineno && e.end_col > e.col {
            let (c0, c1) = (e.col as usize, e.end_col as usize);
            if c0 >= indent
                && c1 <= indent + shown.len()
                && !(c0 == indent && c1 == indent + shown.len())
            {
                let a = char_col(&line, c0) - char_col(&line, indent);
                let b = char_col(&line, c1) - char_col(&line, indent);
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(a),
                    "^".repeat(b.saturating_sub(a).max(1))
                ));
            }
        }
    }
}

/// The exception line: `Type: message` (module-qualified outside builtins/__main__).
pub fn exception_line(v: &Value) -> String {
    let t = v.ty();
    let module = krait_runtime::types::object::type_module(t);
    let q = t.qualname.borrow().to_string();
    let tname = if module == "builtins" || module == "__main__" {
        q
    } else {
        format!("{module}.{q}")
    };
    let msg = match protocol::str_of(v) {
        Ok(s) => pystr::as_str(&s).unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let msg = match suggestion_for(v) {
        Some(s) => format!("{msg}. Did you mean: '{s}'?"),
        None => msg,
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
            let end = get("end_offset")
                .and_then(|o| int::as_i64(&o))
                .unwrap_or(off);
            let same_line = get("end_lineno")
                .and_then(|o| int::as_i64(&o))
                .map(|el| Some(el) == lineno)
                .unwrap_or(true);
            let start = (off - 1 - lead as i64).max(0) as usize;
            let mut width = if same_line && end > off {
                (end - off) as usize
            } else {
                1
            };
            let len = shown.chars().count();
            if start >= len {
                width = 1;
            } else if start + width > len + 1 {
                width = len + 1 - start;
            }
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(start),
                "^".repeat(width.max(1))
            ));
        }
    }
    let msg = get("msg")
        .map(|m| protocol::str_string(&m).unwrap_or_default())
        .unwrap_or_default();
    let t = v.ty();
    let module = krait_runtime::types::object::type_module(t);
    let q = t.qualname.borrow().to_string();
    let tname = if module == "builtins" || module == "__main__" {
        q
    } else {
        format!("{module}.{q}")
    };
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
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context {
            if !x.suppress_context.get() && !seen.contains(&c.raw()) {
                format_one(out, &c, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
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

// ---------------------------------------------------------------- "Did you mean" (3.11's suggestions)

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's bounded Levenshtein distance (case changes are cheaper).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (0..a.len()).map(|i| (i + 1) * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, as CPython's `calculate_suggestions`.
pub fn suggest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.map(|(_, bd)| d < bd).unwrap_or(true) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

thread_local! {
    static NAME_SUGGESTIONS: RefCell<Vec<(Value, Option<String>)>> = const { RefCell::new(Vec::new()) };
}

/// Records the names visible where a NameError was raised (locals, then
/// globals, then builtins), for the "Did you mean" hint when it is printed.
pub fn note_name_error(e: &Value, name: &str, scopes: &[Vec<String>]) {
    let mut s = None;
    for names in scopes {
        if let Some(x) = suggest(names, name) {
            s = Some(x);
            break;
        }
    }
    NAME_SUGGESTIONS.with(|n| {
        let mut n = n.borrow_mut();
        if n.len() >= 8 {
            n.remove(0);
        }
        n.push((e.clone(), s));
    });
}

/// The hint appended to the exception line, if any.
pub fn suggestion_for(v: &Value) -> Option<String> {
    let t = v.ty();
    let name = exc::get_attr(v, "name").and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))?;
    if t.is_subtype(&exc::NAME_ERROR) {
        return NAME_SUGGESTIONS.with(|n| {
            n.borrow()
                .iter()
                .find(|(e, _)| e.is(v))
                .and_then(|(_, s)| s.clone())
        });
    }
    if t.is_subtype(&exc::ATTRIBUTE_ERROR) {
        let obj = exc::get_attr(v, "obj").filter(|o| !none::is_none(o))?;
        let d = protocol::call_special(&obj, "__dir__", &[])?.ok()?;
        let mut names: Vec<String> = protocol::iterate(&d)
            .ok()?
            .iter()
            .filter_map(|x| pystr::as_str(x).map(|s| s.to_string()))
            .collect();
        names.sort();
        return suggest(&names, &name);
    }
    None
}
