//! Command-line parsing for `krait-bench` (a small hand-written parser).

use std::path::PathBuf;
use std::time::Duration;

use crate::suite::SizeKind;

/// Usage text, also reproduced in bench/README.md.
pub const USAGE: &str = "\
usage: krait-bench [run] [--reps N] [--warmup N] [--filter SUBSTR] [--size test|bench]
                   [--out DIR] [--krait PATH] [--timeout SECS]
       krait-bench compare OLD.json NEW.json

run      time every benchmark under krait --jit off, krait, python3 and pypy3 (if
         installed), interleaved; check outputs against python3; print a table and
         write results.json, results.md and results.svg into --out
         --reps N        measured repetitions (default 3)
         --warmup N      discarded warmup repetitions (default 1)
         --filter SUBSTR only programs whose name contains SUBSTR (comma-separated
                         alternatives allowed)
         --size test|bench  program sizes from bench/sizes.txt (default bench)
         --out DIR       output directory (default bench/results)
         --krait PATH    krait binary (default: krait next to krait-bench)
         --timeout SECS  per-run time limit (default 300)
compare  per-program speedup or regression between two results.json files, and the
         change of the geometric mean";

/// Options of the `run` command.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Measured repetitions.
    pub reps: usize,
    /// Discarded warmup repetitions.
    pub warmup: usize,
    /// Substrings selecting programs by name (any may match); empty means all.
    pub filters: Vec<String>,
    /// Which size column of sizes.txt to use.
    pub size: SizeKind,
    /// Output directory.
    pub out: PathBuf,
    /// Explicit krait binary.
    pub krait: Option<PathBuf>,
    /// Per-run time limit.
    pub timeout: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            reps: 3,
            warmup: 1,
            filters: Vec::new(),
            size: SizeKind::Bench,
            out: crate::bench_dir().join("results"),
            krait: None,
            timeout: Duration::from_secs(300),
        }
    }
}

impl RunOptions {
    /// Whether program `name` is selected by the filters.
    pub fn selects(&self, name: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| name.contains(f.as_str()))
    }
}

/// A parsed command line.
#[derive(Clone, Debug)]
pub enum Command {
    /// Time the suite.
    Run(RunOptions),
    /// Compare two result files.
    Compare {
        /// The baseline.
        old: PathBuf,
        /// The candidate.
        new: PathBuf,
    },
    /// Print usage.
    Help,
}

fn value<'a>(
    flag: &str,
    iter: &mut impl Iterator<Item = &'a String>,
) -> Result<&'a String, String> {
    iter.next().ok_or_else(|| format!("{flag} needs a value"))
}

fn count(flag: &str, text: &str) -> Result<usize, String> {
    text.parse()
        .map_err(|_| format!("{flag} needs a non-negative integer, not `{text}`"))
}

/// Parse the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let mut rest = args;
    match rest.first().map(String::as_str) {
        Some("compare") => {
            return match &rest[1..] {
                [old, new] => Ok(Command::Compare {
                    old: old.into(),
                    new: new.into(),
                }),
                _ => Err("compare needs exactly two files: OLD.json NEW.json".to_string()),
            }
        }
        Some("run") => rest = &rest[1..],
        Some("help" | "-h" | "--help") => return Ok(Command::Help),
        _ => {}
    }
    let mut options = RunOptions::default();
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut take = || -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => value(flag, &mut iter).cloned(),
            }
        };
        match flag {
            "--reps" => {
                options.reps = count(flag, &take()?)?;
                if options.reps == 0 {
                    return Err("--reps must be at least 1".to_string());
                }
            }
            "--warmup" => options.warmup = count(flag, &take()?)?,
            "--filter" => {
                options.filters.extend(
                    take()?
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string),
                );
            }
            "--size" => {
                let text = take()?;
                options.size = SizeKind::parse(&text)
                    .ok_or(format!("--size must be test or bench, not `{text}`"))?;
            }
            "--out" => options.out = PathBuf::from(take()?),
            "--krait" => options.krait = Some(PathBuf::from(take()?)),
            "--timeout" => {
                let text = take()?;
                let secs: f64 = text
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .ok_or(format!(
                        "--timeout needs a positive number of seconds, not `{text}`"
                    ))?;
                options.timeout = Duration::from_secs_f64(secs);
            }
            "-h" | "--help" => return Ok(Command::Help),
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    Ok(Command::Run(options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_run_options() {
        let Ok(Command::Run(o)) = parse(&args(&[
            "run",
            "--reps",
            "5",
            "--warmup=0",
            "--filter",
            "nbody,fib",
            "--size",
            "test",
        ])) else {
            panic!("expected run");
        };
        assert_eq!((o.reps, o.warmup, o.size), (5, 0, SizeKind::Test));
        assert!(o.selects("nbody") && o.selects("fib") && !o.selects("go"));
    }

    #[test]
    fn parses_compare_and_rejects_junk() {
        assert!(matches!(
            parse(&args(&["compare", "a.json", "b.json"])),
            Ok(Command::Compare { .. })
        ));
        assert!(parse(&args(&["compare", "a.json"])).is_err());
        assert!(parse(&args(&["--reps"])).is_err());
        assert!(parse(&args(&["--size", "huge"])).is_err());
        assert!(parse(&args(&["--bogus"])).is_err());
    }
}
