//! Running a child process with a time limit, capturing its output and wall time.

use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How a child process ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Exit status 0.
    Success,
    /// A non-zero exit status, or killed by a signal (`None`).
    Failed(Option<i32>),
    /// Killed after running past the time limit.
    TimedOut,
    /// The process could not be started.
    SpawnError(String),
}

/// The result of [`run_timed`].
#[derive(Clone, Debug)]
pub struct Outcome {
    /// How the process ended.
    pub exit: Exit,
    /// Captured standard output (lossily decoded as UTF-8).
    pub stdout: String,
    /// Captured standard error (lossily decoded as UTF-8).
    pub stderr: String,
    /// Wall time from just before spawning until the process was reaped.
    pub wall: Duration,
}

impl Outcome {
    /// A one-line description of a failure, for reports (empty on success).
    pub fn describe_failure(&self) -> String {
        let last_err = self
            .stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        match &self.exit {
            Exit::Success => String::new(),
            Exit::Failed(Some(code)) => format!("exit status {code}: {last_err}"),
            Exit::Failed(None) => format!("killed by a signal: {last_err}"),
            Exit::TimedOut => format!("timed out after {:.1}s", self.wall.as_secs_f64()),
            Exit::SpawnError(e) => format!("could not start: {e}"),
        }
    }
}

fn read_all(stream: Option<impl Read>) -> String {
    let mut bytes = Vec::new();
    if let Some(mut s) = stream {
        // A read error just truncates the captured output; the exit status still tells.
        let _ = s.read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Kill a child that has not been reaped yet (so its pid cannot have been reused).
fn kill_pid(pid: u32) {
    let _ = Command::new("kill")
        .arg("-KILL")
        .arg(pid.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Run `program args...` in `cwd` with stdin closed, capturing stdout and stderr, and
/// kill it if it runs longer than `timeout`.
pub fn run_timed(program: &Path, args: &[OsString], cwd: &Path, timeout: Duration) -> Outcome {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                exit: Exit::SpawnError(format!("{}: {e}", program.display())),
                stdout: String::new(),
                stderr: String::new(),
                wall: start.elapsed(),
            }
        }
    };
    let pid = child.id();
    let out = child.stdout.take();
    let err = child.stderr.take();
    let out_reader = thread::spawn(move || read_all(out));
    let err_reader = thread::spawn(move || read_all(err));
    let (tx, rx) = mpsc::channel::<(std::io::Result<ExitStatus>, Instant)>();
    let waiter = thread::spawn(move || {
        let status = child.wait();
        let _ = tx.send((status, Instant::now()));
    });
    let (waited, timed_out) = match rx.recv_timeout(timeout) {
        Ok(done) => (Some(done), false),
        Err(_) => {
            kill_pid(pid);
            (rx.recv().ok(), true)
        }
    };
    let _ = waiter.join();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let (exit, wall) = match waited {
        Some((status, end)) => {
            let wall = end.duration_since(start);
            let exit = match status {
                _ if timed_out => Exit::TimedOut,
                Ok(s) if s.success() => Exit::Success,
                Ok(s) => Exit::Failed(s.code()),
                Err(e) => Exit::SpawnError(format!("wait failed: {e}")),
            };
            (exit, wall)
        }
        None => (
            Exit::SpawnError("lost track of the child process".to_string()),
            start.elapsed(),
        ),
    };
    Outcome {
        exit,
        stdout,
        stderr,
        wall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captures_output_and_status() {
        let out = run_timed(
            Path::new("sh"),
            &["-c".into(), "echo hi; echo oops >&2; exit 3".into()],
            Path::new("."),
            Duration::from_secs(10),
        );
        assert_eq!(out.exit, Exit::Failed(Some(3)));
        assert_eq!(out.stdout, "hi\n");
        assert_eq!(out.describe_failure(), "exit status 3: oops");
    }

    #[test]
    fn kills_on_timeout() {
        let out = run_timed(
            Path::new("sleep"),
            &["5".into()],
            Path::new("."),
            Duration::from_millis(100),
        );
        assert_eq!(out.exit, Exit::TimedOut);
        assert!(out.wall < Duration::from_secs(4));
    }

    #[test]
    fn missing_program_is_a_spawn_error() {
        let out = run_timed(
            Path::new("/nonexistent/krait"),
            &[],
            Path::new("."),
            Duration::from_secs(1),
        );
        assert!(matches!(out.exit, Exit::SpawnError(_)));
    }
}
