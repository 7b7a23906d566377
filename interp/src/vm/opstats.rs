//! Executed-instruction counts by opcode (the `opstats` feature): which
//! instructions a program spends its dispatches on, specialized or not.
//! `KRAIT_OPSTATS=1` prints the profile to stderr when the program ends.

use crate::bytecode::Opcode;
use std::cell::Cell;

thread_local! {
    static COUNTS: [Cell<u64>; 256] = const { [const { Cell::new(0) }; 256] };
}

/// Counts one execution of `op`.
#[inline(always)]
pub fn count(op: Opcode) {
    COUNTS.with(|c| {
        let e = &c[op as usize];
        e.set(e.get() + 1);
    });
}

/// The profile as text: opcodes by share of executions, most first.
pub fn report() -> String {
    let mut rows: Vec<(u64, Opcode)> = COUNTS.with(|c| {
        crate::bytecode::ALL_OPCODES
            .iter()
            .map(|&op| (c[op as usize].get(), op))
            .filter(|r| r.0 > 0)
            .collect()
    });
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.name().cmp(b.1.name())));
    let total: u64 = rows.iter().map(|r| r.0).sum();
    let mut out = format!("{total} instructions executed\n");
    for (n, op) in rows {
        out.push_str(&format!(
            "{:>32} {:>12} {:>6.2}%\n",
            op.name(),
            n,
            n as f64 * 100.0 / total as f64
        ));
    }
    out
}
