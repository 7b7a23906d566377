//! Text and Markdown tables of a run's results.

use crate::interpreters::CPYTHON;
use crate::results::{Cell, Results, Status};

/// What a table cell shows: median time, and the ratio to CPython for other interpreters.
fn cell_text(cell: &Cell, markdown: bool) -> String {
    match (cell.status, cell.median, cell.ratio) {
        (Status::Ok, Some(median), _) if cell.interpreter == CPYTHON => format!("{median:.3}s"),
        (Status::Ok, Some(median), Some(ratio)) if markdown => {
            format!("{median:.3}s ({ratio:.2}x)")
        }
        (Status::Ok, Some(median), Some(ratio)) => format!("{median:.3}s {ratio:>6.2}x"),
        (Status::Ok, Some(median), None) => format!("{median:.3}s"),
        (status, _, _) => status.tag().to_string(),
    }
}

fn geomean_text(results: &Results, id: &str) -> String {
    match results.geomean(id) {
        Some(g) => match g.ratio {
            Some(r) => format!("{r:.2}x ({} programs)", g.programs),
            None => "-".to_string(),
        },
        None => "-".to_string(),
    }
}

/// The first line of the explanation printed above each table.
pub fn header_note(results: &Results) -> String {
    format!(
        "Median wall time of {} runs ({} sizes, {} warmup discarded). \
         Ratio = CPython time / interpreter time: >1 means faster than CPython. \
         Geometric means are over the programs that ran correctly.",
        results.reps, results.size, results.warmup
    )
}

/// Rows of cells: a header row, one row per program, and the geomean row.
fn rows(results: &Results, markdown: bool) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut header = vec!["program".to_string()];
    header.extend(results.interpreters.iter().map(|i| i.label.clone()));
    rows.push(header);
    for program in &results.programs {
        let mut row = vec![program.name.clone()];
        for interp in &results.interpreters {
            row.push(
                program
                    .cell(&interp.id)
                    .map_or_else(|| "-".to_string(), |c| cell_text(c, markdown)),
            );
        }
        rows.push(row);
    }
    let mut last = vec!["geomean".to_string()];
    last.extend(
        results
            .interpreters
            .iter()
            .map(|i| geomean_text(results, &i.id)),
    );
    rows.push(last);
    rows
}

/// Failures, mismatches and timeouts, one line each.
pub fn problems(results: &Results) -> Vec<String> {
    let mut lines = Vec::new();
    for program in &results.programs {
        for cell in &program.cells {
            if cell.status != Status::Ok {
                let detail = cell.detail.as_deref().unwrap_or("");
                lines.push(format!(
                    "{} under {}: {} {}",
                    program.name,
                    results.label(&cell.interpreter),
                    cell.status.tag(),
                    detail
                ));
            }
        }
    }
    lines
}

/// A plain-text table for the terminal.
pub fn text_table(results: &Results) -> String {
    let rows = rows(results, false);
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = header_note(results) + "\n\n";
    for (i, row) in rows.iter().enumerate() {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, text)| {
                if c == 0 {
                    format!("{text:<w$}", w = widths[c])
                } else {
                    format!("{text:>w$}", w = widths[c])
                }
            })
            .collect();
        out += line.join("  ").trim_end();
        out.push('\n');
        if i == 0 || i + 2 == rows.len() {
            out += &"-".repeat(widths.iter().sum::<usize>() + 2 * (columns - 1));
            out.push('\n');
        }
    }
    let problems = problems(results);
    if !problems.is_empty() {
        out += "\nProblems:\n";
        for p in problems {
            out += &format!("  {p}\n");
        }
    }
    out
}

/// The Markdown report (results.md).
pub fn markdown(results: &Results) -> String {
    let rows = rows(results, true);
    let mut out = String::from("# Krait benchmark results\n\n");
    out += &header_note(results);
    out += "\n\n";
    for interp in &results.interpreters {
        let args: String = interp.args.iter().map(|a| format!(" {a}")).collect();
        let version = if interp.version.is_empty() {
            String::new()
        } else {
            format!(" ({})", interp.version)
        };
        out += &format!(
            "- {}: `{}{args}`{version}\n",
            interp.label,
            interp.path.display()
        );
    }
    out.push('\n');
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, t)| {
                if i + 1 == rows.len() && c == 0 {
                    format!("**{t}**")
                } else {
                    t.replace('|', "\\|")
                }
            })
            .collect();
        out += &format!("| {} |\n", cells.join(" | "));
        if i == 0 {
            let align: Vec<&str> = (0..row.len())
                .map(|c| if c == 0 { ":--" } else { "--:" })
                .collect();
            out += &format!("| {} |\n", align.join(" | "));
        }
    }
    let problems = problems(results);
    if !problems.is_empty() {
        out += "\n## Problems\n\n";
        for p in problems {
            out += &format!("- {}\n", p.replace('|', "\\|"));
        }
    }
    out
}
