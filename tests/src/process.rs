//! Running a child process with a timeout, capturing its output.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) process produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunOutput {
    /// Exit status; `None` when killed by a signal (including our timeout).
    pub exit: Option<i32>,
    /// Captured standard output.
    pub stdout: Vec<u8>,
    /// Captured standard error.
    pub stderr: Vec<u8>,
    /// True when the run exceeded its time limit and was killed.
    pub timed_out: bool,
    /// Wall-clock time taken.
    pub elapsed: Duration,
}

fn read_all<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            // A read error just truncates the capture; the comparison reports it.
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Run `cmd` with `stdin` as its standard input (`None` = /dev/null),
/// capturing stdout and stderr; kill it after `timeout`.
pub fn run_command(
    cmd: &mut Command,
    stdin: Option<&[u8]>,
    timeout: Duration,
) -> std::io::Result<RunOutput> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    // Own process group, so a timeout kills any grandchildren holding our pipes.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(cmd, 0);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let writer = match (stdin, child.stdin.take()) {
        (Some(data), Some(mut pipe)) => {
            let data = data.to_vec();
            Some(thread::spawn(move || {
                // The child may exit without reading everything (EPIPE): fine.
                let _ = pipe.write_all(&data);
            }))
        }
        _ => None,
    };
    let out = read_all(child.stdout.take());
    let err = read_all(child.stderr.take());
    let mut timed_out = false;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() >= timeout {
            timed_out = true;
            kill_group(child.id());
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    if let Some(w) = writer {
        let _ = w.join();
    }
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Ok(RunOutput {
        exit: if timed_out { None } else { status.code() },
        stdout,
        stderr,
        timed_out,
        elapsed,
    })
}

/// Kill the whole process group led by `pid` (best effort).
fn kill_group(pid: u32) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = pid;
}
