//! The benchmark programs: `bench/sizes.txt`, `bench/programs/`, `bench/expected/`
//! and the checksum test's ratchet file `bench/known_failures.txt`.

use std::fs;
use std::path::{Path, PathBuf};

/// Which of a program's two sizes to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeKind {
    /// Tens of milliseconds on CPython: the checksum test's size.
    Test,
    /// Roughly 1-3 s on CPython: the size for timing.
    Bench,
}

impl SizeKind {
    /// Parse `test` or `bench`.
    pub fn parse(text: &str) -> Option<SizeKind> {
        match text {
            "test" => Some(SizeKind::Test),
            "bench" => Some(SizeKind::Bench),
            _ => None,
        }
    }

    /// The name used on the command line and in result files.
    pub fn name(self) -> &'static str {
        match self {
            SizeKind::Test => "test",
            SizeKind::Bench => "bench",
        }
    }
}

/// One benchmark program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Short name, e.g. `nbody`.
    pub name: String,
    /// Absolute path of `programs/NAME.py`.
    pub path: PathBuf,
    /// Command-line size argument for the checksum test.
    pub test_size: String,
    /// Command-line size argument for timing runs.
    pub bench_size: String,
}

impl Program {
    /// The size argument for `kind`.
    pub fn size(&self, kind: SizeKind) -> &str {
        match kind {
            SizeKind::Test => &self.test_size,
            SizeKind::Bench => &self.bench_size,
        }
    }

    /// Path of the expected stdout at the test size (`expected/NAME.txt`).
    pub fn expected_path(&self, bench_dir: &Path) -> PathBuf {
        bench_dir
            .join("expected")
            .join(format!("{}.txt", self.name))
    }
}

/// Strip a `#` comment and surrounding blanks from a line of a table file.
fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim()
}

/// Read `sizes.txt` (lines `NAME TEST_SIZE BENCH_SIZE`, `#` comments) and check that
/// each program file exists. Programs come back in file order.
pub fn load_suite(bench_dir: &Path) -> Result<Vec<Program>, String> {
    let table = bench_dir.join("sizes.txt");
    let text =
        fs::read_to_string(&table).map_err(|e| format!("cannot read {}: {e}", table.display()))?;
    let mut programs = Vec::new();
    for (lineno, line) in text.lines().enumerate() {
        let line = strip_comment(line);
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [name, test_size, bench_size] = fields[..] else {
            return Err(format!(
                "{}:{}: expected `NAME TEST_SIZE BENCH_SIZE`, found `{line}`",
                table.display(),
                lineno + 1
            ));
        };
        let path = bench_dir.join("programs").join(format!("{name}.py"));
        if !path.is_file() {
            return Err(format!(
                "{}:{}: no program {}",
                table.display(),
                lineno + 1,
                path.display()
            ));
        }
        programs.push(Program {
            name: name.to_string(),
            path,
            test_size: test_size.to_string(),
            bench_size: bench_size.to_string(),
        });
    }
    Ok(programs)
}

/// Read `known_failures.txt`: one program name per line, `#` comments. A missing file
/// means no known failures.
pub fn load_known_failures(bench_dir: &Path) -> Result<Vec<String>, String> {
    let path = bench_dir.join("known_failures.txt");
    match fs::read_to_string(&path) {
        Ok(text) => Ok(text
            .lines()
            .map(strip_comment)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// The first line where `actual` differs from `expected`, described for a failure report.
pub fn first_difference(expected: &str, actual: &str) -> String {
    let mut exp = expected.lines();
    let mut act = actual.lines();
    let mut line = 1;
    loop {
        match (exp.next(), act.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (Some(e), Some(a)) => return format!("line {line}: expected `{e}`, got `{a}`"),
            (Some(e), None) => return format!("line {line}: expected `{e}`, got end of output"),
            (None, Some(a)) => return format!("line {line}: expected end of output, got `{a}`"),
            (None, None) => {
                return "outputs differ only in line endings or a trailing newline".to_string()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suite_loads_and_every_program_has_expected_output() {
        let dir = crate::bench_dir();
        let programs = load_suite(&dir).expect("sizes.txt");
        assert!(programs.len() >= 17);
        for p in &programs {
            assert!(
                p.expected_path(&dir).is_file(),
                "missing expected output for {}",
                p.name
            );
        }
    }

    #[test]
    fn first_difference_names_the_line() {
        assert_eq!(
            first_difference("a\nb\n", "a\nc\n"),
            "line 2: expected `b`, got `c`"
        );
        assert_eq!(
            first_difference("a\n", "a\nx\n"),
            "line 2: expected end of output, got `x`"
        );
    }
}
