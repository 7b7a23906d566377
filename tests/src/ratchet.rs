//! `tests/known_failures.txt`: the ratchet of cases allowed to fail.
//!
//! One id per line (`<area>/<name>` or `cli/cmd/<case>`); blank lines and lines
//! starting with `#` are ignored. Several suites share the file, so each
//! rewrites only the entries it ran and keeps the others.

use std::collections::BTreeSet;
use std::path::Path;

const HEADER: &str = "\
# Krait differential tests expected to fail (the ratchet); see tests/README.md.
# One <area>/<name> or cli/cmd/<case> per line. Regenerate with
#   KRAIT_UPDATE_KNOWN_FAILURES=1 cargo test -p krait-tests
# and never add an entry for a program that used to pass.
";

/// The set of ids listed in the ratchet file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KnownFailures {
    /// Listed ids, sorted.
    pub ids: BTreeSet<String>,
}

impl KnownFailures {
    /// Parse the file's text.
    pub fn parse(text: &str) -> KnownFailures {
        let ids = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        KnownFailures { ids }
    }

    /// Load the file; a missing file lists nothing.
    pub fn load(path: &Path) -> KnownFailures {
        std::fs::read_to_string(path)
            .map(|t| KnownFailures::parse(&t))
            .unwrap_or_default()
    }

    /// Whether `id` is listed.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// The updated list after a run: entries for ids in `ran` are replaced by
    /// `failed`; entries for which `stale` returns true (e.g. programs that
    /// no longer exist) are dropped; all others are kept.
    pub fn updated(
        &self,
        ran: &BTreeSet<String>,
        failed: &BTreeSet<String>,
        stale: &dyn Fn(&str) -> bool,
    ) -> KnownFailures {
        let mut ids: BTreeSet<String> = self
            .ids
            .iter()
            .filter(|id| !ran.contains(*id) && !stale(id))
            .cloned()
            .collect();
        ids.extend(failed.iter().cloned());
        KnownFailures { ids }
    }

    /// The file text for this list.
    pub fn to_text(&self) -> String {
        let mut text = HEADER.to_string();
        for id in &self.ids {
            text.push_str(id);
            text.push('\n');
        }
        text
    }

    /// Write the list to `path`.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        std::fs::write(path, self.to_text())
    }
}
