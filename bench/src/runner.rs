//! The `run` command: time every program under every interpreter, interleaved.
//!
//! For each repetition (warmups first, then measured ones), for each program, each
//! interpreter runs the program in turn, so slow drifts of the machine's speed affect
//! all interpreters alike. The turn order is shuffled (with a fixed seed, so runs
//! are repeatable) for every repetition and program: an interpreter that always ran
//! right after the same neighbour would inherit that neighbour's effects on the
//! machine, such as the memory it just freed (a program that follows a 100 MB run
//! finds huge pages ready; one that follows PyPy may have to wait for the kernel to
//! compact memory). Each run's stdout is checked against CPython's stdout from
//! the same repetition. A program that fails, mismatches or times out under an
//! interpreter is marked so and not run again under it; the runner itself never stops
//! because of a misbehaving interpreter.

use std::ffi::OsString;
use std::time::{SystemTime, UNIX_EPOCH};

use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::RunOptions;
use crate::interpreters::{discover, Interpreter, CPYTHON};
use crate::process::{run_timed, Exit, Outcome};
use crate::results::{Cell, ProgramResult, Results, Status, FORMAT};
use crate::suite::{first_difference, load_suite, Program};

/// Running state of one program under one interpreter.
struct Track {
    status: Status,
    times: Vec<f64>,
    detail: Option<String>,
}

/// Judge one run: `None` if it is fine, else the failing status and why.
fn judge(
    outcome: &Outcome,
    reference: Option<&Outcome>,
    is_reference: bool,
) -> Option<(Status, String)> {
    match outcome.exit {
        Exit::Success => {}
        Exit::TimedOut => return Some((Status::Timeout, outcome.describe_failure())),
        _ => return Some((Status::Fail, outcome.describe_failure())),
    }
    if is_reference {
        return None;
    }
    match reference {
        Some(r) if r.exit == Exit::Success => {
            if r.stdout == outcome.stdout {
                None
            } else {
                Some((
                    Status::Mismatch,
                    first_difference(&r.stdout, &outcome.stdout),
                ))
            }
        }
        _ => Some((
            Status::NoReference,
            "python3 failed on this program".to_string(),
        )),
    }
}

/// The order in which `n` interpreters take their turns at repetition `rep` of
/// program `pi`: a Fisher-Yates shuffle driven by a xorshift generator seeded
/// from both.
fn turn_order(n: usize, rep: usize, pi: usize) -> Vec<usize> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64 ^ ((rep as u64) << 32 | pi as u64);
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

fn command_args(interp: &Interpreter, program: &Program, options: &RunOptions) -> Vec<OsString> {
    let mut args: Vec<OsString> = interp.args.iter().map(OsString::from).collect();
    args.push(program.path.clone().into_os_string());
    args.push(program.size(options.size).into());
    args
}

fn progress_bar(len: usize) -> ProgressBar {
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{elapsed_precise} [{bar:40.cyan/blue}] {pos}/{len} {msg}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Run the suite as `options` says and return the raw results (statistics computed).
pub fn run(options: &RunOptions) -> Result<Results, String> {
    let bench_dir = crate::bench_dir();
    let programs: Vec<Program> = load_suite(&bench_dir)?
        .into_iter()
        .filter(|p| options.selects(&p.name))
        .collect();
    if programs.is_empty() {
        return Err(format!(
            "no program matches --filter {}",
            options.filters.join(",")
        ));
    }
    let (interpreters, notes) = discover(options.krait.as_deref())?;
    for note in &notes {
        eprintln!("note: {note}");
    }
    for interp in &interpreters {
        let version = if interp.version.is_empty() {
            String::new()
        } else {
            format!(" ({})", interp.version)
        };
        eprintln!(
            "{:>16}: {}{}{version}",
            interp.label,
            interp.path.display(),
            interp
                .args
                .iter()
                .map(|a| format!(" {a}"))
                .collect::<String>()
        );
    }
    let reference = interpreters
        .iter()
        .position(|i| i.id == CPYTHON)
        .ok_or("no CPython reference")?;
    let workdir = bench_dir.join("programs");
    let mut tracks: Vec<Vec<Track>> = programs
        .iter()
        .map(|_| {
            interpreters
                .iter()
                .map(|_| Track {
                    status: Status::Ok,
                    times: Vec::new(),
                    detail: None,
                })
                .collect()
        })
        .collect();

    let total = options.warmup + options.reps;
    let bar = progress_bar(total * programs.len() * interpreters.len());
    for rep in 0..total {
        let warmup = rep < options.warmup;
        let phase = if warmup {
            format!("warmup {}/{}", rep + 1, options.warmup)
        } else {
            format!("rep {}/{}", rep + 1 - options.warmup, options.reps)
        };
        for (pi, program) in programs.iter().enumerate() {
            let mut outcomes: Vec<Option<Outcome>> = vec![None; interpreters.len()];
            for ii in turn_order(interpreters.len(), rep, pi) {
                let interp = &interpreters[ii];
                bar.set_message(format!("{phase}: {} under {}", program.name, interp.label));
                if tracks[pi][ii].status == Status::Ok {
                    let args = command_args(interp, program, options);
                    outcomes[ii] = Some(run_timed(&interp.path, &args, &workdir, options.timeout));
                }
                bar.inc(1);
            }
            for (ii, outcome) in outcomes.iter().enumerate() {
                let Some(outcome) = outcome else { continue };
                let track = &mut tracks[pi][ii];
                match judge(outcome, outcomes[reference].as_ref(), ii == reference) {
                    None if !warmup => track.times.push(outcome.wall.as_secs_f64()),
                    None => {}
                    Some((status, detail)) => {
                        bar.println(format!(
                            "{}: {} under {}: {detail}",
                            program.name,
                            status.tag(),
                            interpreters[ii].label
                        ));
                        track.status = status;
                        track.detail = Some(detail);
                    }
                }
            }
        }
    }
    bar.finish_and_clear();

    let programs = programs
        .iter()
        .zip(tracks)
        .map(|(program, row)| ProgramResult {
            name: program.name.clone(),
            size: program.size(options.size).to_string(),
            cells: interpreters
                .iter()
                .zip(row)
                .map(|(interp, track)| Cell {
                    interpreter: interp.id.clone(),
                    status: track.status,
                    times: track.times,
                    median: None,
                    ratio: None,
                    detail: track.detail,
                })
                .collect(),
        })
        .collect();
    let mut results = Results {
        format: FORMAT,
        created_unix: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        size: options.size.name().to_string(),
        reps: options.reps,
        warmup: options.warmup,
        interpreters,
        programs,
        geomeans: Vec::new(),
    };
    results.compute_statistics();
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::turn_order;

    #[test]
    fn turn_orders_are_permutations_that_vary_neighbours() {
        let mut followers = std::collections::HashSet::new();
        for rep in 0..4 {
            for pi in 0..19 {
                let mut order = turn_order(4, rep, pi);
                for w in order.windows(2) {
                    followers.insert((w[0], w[1]));
                }
                order.sort();
                assert_eq!(order, vec![0, 1, 2, 3]);
            }
        }
        // Every interpreter runs right after every other one somewhere.
        assert_eq!(followers.len(), 12);
        assert_eq!(turn_order(1, 3, 5), vec![0]);
    }
}
