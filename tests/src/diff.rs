//! Comparing a krait run with a recorded CPython run, and the compact
//! line diff printed on mismatch.

use crate::{Expected, RunOutput};

/// How many differing lines per side a diff shows before eliding.
const DIFF_MAX_LINES: usize = 8;
/// Lines of context shown before the first difference.
const DIFF_CONTEXT: usize = 3;

/// True for CPython 3.11's caret lines under traceback source lines: only
/// spaces, `^` and `~`, with at least one `^` or `~`.
fn is_caret_line(line: &[u8]) -> bool {
    line.iter().all(|&b| b == b' ' || b == b'^' || b == b'~')
        && line.iter().any(|&b| b == b'^' || b == b'~')
}

/// Drop caret lines from a stderr capture, keeping everything else byte for byte.
pub fn filter_carets(stderr: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(stderr.len());
    for piece in stderr.split_inclusive(|&b| b == b'\n') {
        let line = piece.strip_suffix(b"\n").unwrap_or(piece);
        if !is_caret_line(line) {
            out.extend_from_slice(piece);
        }
    }
    out
}

fn lines_of(data: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(data);
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    match lines.last() {
        Some(last) if last.is_empty() => {
            lines.pop();
        }
        _ => {
            if let Some(last) = lines.last_mut() {
                last.push_str("\\ (no newline at end)");
            }
        }
    }
    lines
}

/// A compact unified-style diff of the first differing region of two texts:
/// a few context lines, then `-expected` / `+actual` lines, each side
/// elided after [`DIFF_MAX_LINES`]. Returns an empty string if they are equal.
pub fn unified_diff(label: &str, expected: &[u8], actual: &[u8]) -> String {
    if expected == actual {
        return String::new();
    }
    let exp = lines_of(expected);
    let act = lines_of(actual);
    let first = exp
        .iter()
        .zip(act.iter())
        .take_while(|(a, b)| a == b)
        .count();
    // Longest common suffix after the first difference, to resync.
    let common_tail = exp[first..]
        .iter()
        .rev()
        .zip(act[first..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let exp_end = exp.len() - common_tail;
    let act_end = act.len() - common_tail;
    let start = first.saturating_sub(DIFF_CONTEXT);
    let mut out = format!("--- {label} (expected)\n+++ {label} (actual)\n");
    out.push_str(&format!(
        "@@ -{},{} +{},{} @@\n",
        start + 1,
        exp_end - start,
        start + 1,
        act_end - start
    ));
    for line in &exp[start..first] {
        out.push_str(&format!(" {line}\n"));
    }
    let removed = &exp[first..exp_end];
    let added = &act[first..act_end];
    for (sign, side) in [('-', removed), ('+', added)] {
        for line in side.iter().take(DIFF_MAX_LINES) {
            out.push_str(&format!("{sign}{line}\n"));
        }
        if side.len() > DIFF_MAX_LINES {
            out.push_str(&format!(
                "{sign}... ({} more lines)\n",
                side.len() - DIFF_MAX_LINES
            ));
        }
    }
    out
}

/// Compare an actual run with the expected one; `None` if they match, else
/// a human-readable explanation with diffs.
pub fn compare(expected: &Expected, actual: &RunOutput) -> Option<String> {
    let mut problems = String::new();
    if actual.timed_out {
        problems.push_str(&format!(
            "timed out after {:.1} s (killed)\n",
            actual.elapsed.as_secs_f64()
        ));
    }
    match actual.exit {
        Some(code) if code == expected.exit => {}
        Some(code) => problems.push_str(&format!(
            "exit status: expected {}, got {code}\n",
            expected.exit
        )),
        None if !actual.timed_out => problems.push_str(&format!(
            "exit status: expected {}, killed by a signal\n",
            expected.exit
        )),
        None => {}
    }
    problems.push_str(&unified_diff("stdout", &expected.stdout, &actual.stdout));
    problems.push_str(&unified_diff(
        "stderr",
        &filter_carets(&expected.stderr),
        &filter_carets(&actual.stderr),
    ));
    if problems.is_empty() {
        None
    } else {
        Some(problems)
    }
}
