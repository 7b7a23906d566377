//! The `compare` command: per-program change between two result files.
//!
//! Absolute times drift between runs on a shared machine, so the figure compared is
//! each interpreter's ratio to CPython measured within the same run. A change above 1
//! (shown as a positive percentage) means the new run is faster relative to CPython.

use std::path::Path;

use crate::interpreters::CPYTHON;
use crate::results::{geomean, Results, Status};

/// Changes smaller than this fraction are reported as noise.
const NOISE: f64 = 0.03;

fn percent(change: f64) -> String {
    format!("{:+.1}%", (change - 1.0) * 100.0)
}

fn verdict(change: f64) -> &'static str {
    if change > 1.0 + NOISE {
        "faster"
    } else if change < 1.0 - NOISE {
        "SLOWER"
    } else {
        ""
    }
}

fn ratio_text(ratio: Option<f64>, status: Option<Status>) -> String {
    match (ratio, status) {
        (Some(r), _) => format!("{r:.2}x"),
        (None, Some(s)) => s.tag().to_string(),
        (None, None) => "-".to_string(),
    }
}

/// Build the comparison report of `old` against `new`.
pub fn compare_results(old: &Results, new: &Results) -> String {
    let mut out = format!(
        "Ratio to CPython in each run (CPython time / interpreter time); change = new / old, \
         positive means faster in NEW. Changes under {:.0}% are treated as noise.\n",
        NOISE * 100.0
    );
    let ids: Vec<&str> = new
        .interpreters
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| *id != CPYTHON && old.interpreters.iter().any(|o| o.id == *id))
        .collect();
    let width = new
        .programs
        .iter()
        .map(|p| p.name.len())
        .max()
        .unwrap_or(7)
        .max(7);
    for id in ids {
        out += &format!("\n{}\n", new.label(id));
        out += &format!(
            "{:<width$}  {:>9}  {:>9}  {:>8}\n",
            "program", "old", "new", "change"
        );
        let mut changes = Vec::new();
        for program in &new.programs {
            let Some(new_cell) = program.cell(id) else {
                continue;
            };
            let old_cell = old
                .programs
                .iter()
                .find(|p| p.name == program.name)
                .and_then(|p| p.cell(id));
            let old_ratio = old_cell.and_then(|c| c.ratio);
            let (change, note) = match (old_ratio, new_cell.ratio) {
                (Some(o), Some(n)) => {
                    changes.push(n / o);
                    (percent(n / o), verdict(n / o).to_string())
                }
                (None, Some(_)) if old_cell.is_some() => (String::new(), "now passes".to_string()),
                (Some(_), None) => (String::new(), format!("now {}", new_cell.status.tag())),
                _ => (String::new(), String::new()),
            };
            let mismatched_size = old
                .programs
                .iter()
                .find(|p| p.name == program.name)
                .is_some_and(|p| p.size != program.size);
            let size_note = if mismatched_size {
                "(sizes differ)"
            } else {
                ""
            };
            let line = format!(
                "{:<width$}  {:>9}  {:>9}  {:>8}  {}",
                program.name,
                ratio_text(old_ratio, old_cell.map(|c| c.status)),
                ratio_text(new_cell.ratio, Some(new_cell.status)),
                change,
                [note.as_str(), size_note]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            out += line.trim_end();
            out.push('\n');
        }
        let old_mean = old.geomean(id).and_then(|g| g.ratio);
        let new_mean = new.geomean(id).and_then(|g| g.ratio);
        out += &format!(
            "{:<width$}  {:>9}  {:>9}\n",
            "geomean",
            ratio_text(old_mean, None),
            ratio_text(new_mean, None)
        );
        match geomean(&changes) {
            Some(g) => {
                let line = format!(
                    "geomean change over the {} programs ok in both: {} {}",
                    changes.len(),
                    percent(g),
                    verdict(g)
                );
                out += line.trim_end();
                out.push('\n');
            }
            None => out += "no program ran correctly in both files\n",
        }
    }
    out
}

/// Load two result files and print their comparison.
pub fn compare_files(old: &Path, new: &Path) -> Result<String, String> {
    let old_results = Results::load(old)?;
    let new_results = Results::load(new)?;
    if old_results.size != new_results.size {
        eprintln!(
            "warning: comparing {} sizes against {} sizes",
            old_results.size, new_results.size
        );
    }
    Ok(format!(
        "{} -> {}\n{}",
        old.display(),
        new.display(),
        compare_results(&old_results, &new_results)
    ))
}
