//! Executed-instruction counts by opcode (the `opstats` feature): which
//! instructions a program spends its dispatches on, specialized or not.
//! `KRAIT_OPSTATS=1` prints the profile to stderr when the program ends.

use crate::bytecode::Opcode;
use std::cell::Cell;

thread_local! {
    static COUNTS: [Cell<u64>; 256] = const { [const { Cell::new(0) }; 256] };
    static PAIRS: Box<[Cell<u64>]> = (0..65536).map(|_| Cell::new(0)).collect();
    static PREV: Cell<u8> = const { Cell::new(0) };
}

/// Counts one execution of `op`.
#[inline(always)]
pub fn count(op: Opcode) {
    COUNTS.with(|c| {
        let e = &c[op as usize];
        e.set(e.get() + 1);
    });
    let prev = PREV.with(|p| p.replace(op as u8));
    PAIRS.with(|p| {
        let e = &p[(prev as usize) << 8 | op as usize];
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
    let mut pairs: Vec<(u64, Opcode, Opcode)> = PAIRS.with(|p| {
        let all = crate::bytecode::ALL_OPCODES;
        all.iter()
            .flat_map(|&a| all.iter().map(move |&b| (a, b)))
            .map(|(a, b)| (p[(a as usize) << 8 | b as usize].get(), a, b))
            .filter(|r| r.0 > 0)
            .collect()
    });
    pairs.sort_by(|a, b| b.0.cmp(&a.0));
    out.push_str("pairs (previous, this):\n");
    for (n, a, b) in pairs.into_iter().take(40) {
        out.push_str(&format!(
            "{:>32} {:<32} {:>12} {:>6.2}%\n",
            a.name(),
            b.name(),
            n,
            n as f64 * 100.0 / total as f64
        ));
    }
    out
}
