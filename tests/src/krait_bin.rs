//! Finding (and if needed building) the `krait` binary under test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The krait binary to test: `KRAIT_BIN` if set; otherwise `krait` in the
/// profile directory of the running test executable
/// (`<target>/<profile>/deps/<test>` -> `<target>/<profile>/krait`), built
/// with `cargo build -p krait-jit --bin krait` in the same target directory
/// when it does not exist or when `KRAIT_BUILD=1`. The answer is computed
/// once per process.
pub fn krait_bin() -> Result<PathBuf, String> {
    static BIN: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BIN.get_or_init(locate).clone()
}

fn locate() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("KRAIT_BIN").filter(|v| !v.is_empty()) {
        let bin = PathBuf::from(bin);
        return if bin.is_file() {
            Ok(bin)
        } else {
            Err(format!("KRAIT_BIN={} does not exist", bin.display()))
        };
    }
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the test executable: {e}"))?;
    let profile_dir = exe
        .parent()
        .filter(|d| d.file_name().is_some_and(|n| n == "deps"))
        .and_then(Path::parent)
        .ok_or_else(|| {
            format!(
                "test executable {} is not in <target>/<profile>/deps",
                exe.display()
            )
        })?;
    let bin = profile_dir.join(format!("krait{}", std::env::consts::EXE_SUFFIX));
    let force = matches!(std::env::var("KRAIT_BUILD"), Ok(v) if !v.is_empty() && v != "0");
    if bin.is_file() && !force {
        return Ok(bin);
    }
    let target_dir = profile_dir
        .parent()
        .ok_or("no target directory above the profile directory")?;
    build(target_dir)?;
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "cargo build succeeded but {} is missing",
            bin.display()
        ))
    }
}

fn build(target_dir: &Path) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "-p", "krait-jit", "--bin", "krait"])
        .current_dir(crate::repo_root())
        .env("CARGO_TARGET_DIR", target_dir);
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    eprintln!("krait-tests: building krait: {cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "`cargo build -p krait-jit --bin krait` failed ({status})"
        ))
    }
}
