//! Discovering test programs under `tests/programs/`.

use std::path::{Path, PathBuf};

/// One differential test program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// `<area>/<name>`: the id used in reports, filters and the ratchet file.
    pub id: String,
    /// Path relative to the repository root, as passed to krait:
    /// `tests/programs/<area>/<name>.py`.
    pub rel_path: String,
    /// Absolute path of `<name>.expected`.
    pub expected: PathBuf,
    /// Absolute path of `<name>.stdin`, if the program has one.
    pub stdin: Option<PathBuf>,
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

/// Every program under `<root>/tests/programs`, sorted by id: files
/// `<area>/<name>.py` directly in an area directory, skipping names that
/// start with `_` (support modules) and everything deeper. With `filter`,
/// only ids containing that substring.
pub fn discover_programs(root: &Path, filter: Option<&str>) -> Vec<Program> {
    let mut programs = Vec::new();
    for area_dir in sorted_entries(&root.join("tests").join("programs")) {
        let Some(area) = area_dir
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if !area_dir.is_dir() || area.starts_with('_') || area.starts_with('.') {
            continue;
        }
        for file in sorted_entries(&area_dir) {
            let Some(file_name) = file.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(name) = file_name.strip_suffix(".py") else {
                continue;
            };
            if name.starts_with('_') || !file.is_file() {
                continue;
            }
            let id = format!("{area}/{name}");
            if filter.is_some_and(|f| !id.contains(f)) {
                continue;
            }
            let stdin = area_dir.join(format!("{name}.stdin"));
            programs.push(Program {
                rel_path: format!("tests/programs/{id}.py"),
                expected: area_dir.join(format!("{name}.expected")),
                stdin: stdin.is_file().then_some(stdin),
                id,
            });
        }
    }
    programs
}
