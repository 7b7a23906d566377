//! The result model written to results.json, and its statistics (medians, ratios,
//! geometric means).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::interpreters::{Interpreter, CPYTHON};

/// Version of the results.json layout.
pub const FORMAT: u32 = 1;

/// Outcome of one program under one interpreter over all repetitions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every run succeeded and matched CPython's output.
    Ok,
    /// A run exited with an error (or could not start).
    Fail,
    /// A run's output differed from CPython's.
    Mismatch,
    /// A run exceeded the time limit.
    Timeout,
    /// CPython itself failed, so nothing can be checked.
    NoReference,
}

impl Status {
    /// Short upper-case tag for tables.
    pub fn tag(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Fail => "FAIL",
            Status::Mismatch => "MISMATCH",
            Status::Timeout => "TIMEOUT",
            Status::NoReference => "NO-REF",
        }
    }
}

/// One program under one interpreter.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cell {
    /// Interpreter id (see [`Interpreter::id`]).
    pub interpreter: String,
    /// Overall status.
    pub status: Status,
    /// Wall times in seconds of the measured (non-warmup) runs.
    pub times: Vec<f64>,
    /// Median of `times`, when the status is ok.
    pub median: Option<f64>,
    /// CPython median / this median (> 1 means faster than CPython), when both are ok.
    pub ratio: Option<f64>,
    /// What went wrong, for non-ok statuses.
    pub detail: Option<String>,
}

/// One program's results, one cell per interpreter in column order.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProgramResult {
    /// Program name.
    pub name: String,
    /// The size argument it ran with.
    pub size: String,
    /// One cell per interpreter.
    pub cells: Vec<Cell>,
}

impl ProgramResult {
    /// The cell for interpreter `id`.
    pub fn cell(&self, id: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.interpreter == id)
    }
}

/// Geometric mean of one interpreter's ratios to CPython.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Geomean {
    /// Interpreter id.
    pub interpreter: String,
    /// Geometric mean of the ratios, when any program ran correctly.
    pub ratio: Option<f64>,
    /// How many programs the mean is over.
    pub programs: usize,
}

/// A whole run: what ran, how, and the figures.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Results {
    /// Layout version ([`FORMAT`]).
    pub format: u32,
    /// Seconds since the Unix epoch when the run finished.
    pub created_unix: u64,
    /// `test` or `bench`.
    pub size: String,
    /// Measured repetitions per program and interpreter.
    pub reps: usize,
    /// Discarded warmup repetitions.
    pub warmup: usize,
    /// Interpreters in column order.
    pub interpreters: Vec<Interpreter>,
    /// Per-program results.
    pub programs: Vec<ProgramResult>,
    /// Per-interpreter geometric means, in column order.
    pub geomeans: Vec<Geomean>,
}

impl Results {
    /// Fill in medians, ratios and geometric means from the raw times and statuses.
    pub fn compute_statistics(&mut self) {
        for program in &mut self.programs {
            for cell in &mut program.cells {
                cell.median = if cell.status == Status::Ok {
                    median(&cell.times)
                } else {
                    None
                };
            }
            let reference = program.cell(CPYTHON).and_then(|c| c.median);
            for cell in &mut program.cells {
                cell.ratio = match (reference, cell.median) {
                    (Some(r), Some(m)) if m > 0.0 => Some(r / m),
                    _ => None,
                };
            }
        }
        self.geomeans = self
            .interpreters
            .iter()
            .map(|interp| {
                let ratios: Vec<f64> = self
                    .programs
                    .iter()
                    .filter_map(|p| p.cell(&interp.id).and_then(|c| c.ratio))
                    .collect();
                Geomean {
                    interpreter: interp.id.clone(),
                    ratio: geomean(&ratios),
                    programs: ratios.len(),
                }
            })
            .collect();
    }

    /// The geometric mean entry for interpreter `id`.
    pub fn geomean(&self, id: &str) -> Option<&Geomean> {
        self.geomeans.iter().find(|g| g.interpreter == id)
    }

    /// The display label of interpreter `id` (the id itself if unknown).
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.interpreters
            .iter()
            .find(|i| i.id == id)
            .map_or(id, |i| i.label.as_str())
    }

    /// Write as pretty JSON.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| format!("cannot encode results: {e}"))?;
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Read a results.json file.
    pub fn load(path: &Path) -> Result<Results, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let results: Results = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a results file: {e}", path.display()))?;
        if results.format != FORMAT {
            return Err(format!(
                "{}: results format {} (expected {FORMAT})",
                path.display(),
                results.format
            ));
        }
        Ok(results)
    }
}

/// Median of a sample (mean of the middle two for even sizes); `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    })
}

/// Geometric mean of positive values; `None` when empty.
pub fn geomean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_geomean() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        let g = geomean(&[2.0, 8.0]).unwrap_or(0.0);
        assert!((g - 4.0).abs() < 1e-12);
    }
}
