//! Static checks of a finished code object (used by tests and tools).
//!
//! Simulates the value-stack depth along every path, including exception
//! edges from the exception table (a handler starts at the entry's depth,
//! plus one for `lasti`, plus one for the exception), and checks that the
//! depth never goes negative, agrees wherever paths merge, never exceeds
//! `stacksize`, and that the stack holds at least `depth` items wherever an
//! exception can be raised. Also checks argument ranges, jump targets, the
//! exception table's order, and that the only backward jumps are
//! `JUMP_BACKWARD[_NO_INTERRUPT]`. Recurses into nested code objects.

use crate::bytecode::{ArgKind, Opcode};
use crate::code::{CodeConst, CodeObject};

/// Checks `code` and every nested code object.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map_err(|e| {
        format!(
            "{} ({}:{}): {e}",
            code.qualname, code.filename, code.firstlineno
        )
    })?;
    for c in &code.consts {
        if let CodeConst::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn unconditional(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::JUMP_FORWARD
            | Opcode::JUMP_BACKWARD
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            | Opcode::RETURN_VALUE
            | Opcode::RAISE_VARARGS
            | Opcode::RERAISE
    )
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let n = code.code.len();
    if n == 0 {
        return Err("empty code".into());
    }
    if code.positions.len() != n {
        return Err("positions length differs from code length".into());
    }
    let nlocals = code.nlocalsplus();
    let mut prev_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.start < prev_end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception table entry {e:?}"));
        }
        prev_end = e.end;
    }
    // Argument ranges.
    for (i, ins) in code.code.iter().enumerate() {
        let a = ins.arg() as usize;
        let ok = match ins.op().arg_kind() {
            ArgKind::Const => a < code.consts.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::GlobalName => (a >> 1) < code.names.len(),
            ArgKind::Local => a < nlocals,
            ArgKind::Jump => {
                let backward = a <= i;
                let may_go_back = matches!(
                    ins.op(),
                    Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT
                );
                a < n && backward == may_go_back
            }
            ArgKind::Compare => a < 6,
            ArgKind::BinaryOp => a < 26,
            ArgKind::None | ArgKind::Num => true,
        };
        if !ok {
            return Err(format!("bad argument at {i}: {:?}", ins));
        }
    }
    // Depth simulation.
    let mut depth: Vec<i64> = vec![-1; n];
    let mut work = vec![(0usize, 0i64)];
    let mut maxd = 0i64;
    let set = |depth: &mut Vec<i64>,
               work: &mut Vec<(usize, i64)>,
               at: usize,
               d: i64|
     -> Result<(), String> {
        if at >= n {
            return Err(format!("control falls off the end at {at}"));
        }
        if d < 0 {
            return Err(format!("negative stack depth entering {at}"));
        }
        if depth[at] < 0 {
            depth[at] = d;
            work.push((at, d));
        } else if depth[at] != d {
            return Err(format!(
                "stack depth mismatch at {at}: {} vs {d}",
                depth[at]
            ));
        }
        Ok(())
    };
    set(&mut depth, &mut work, 0, 0)?;
    work.clear();
    work.push((0, 0));
    while let Some((i, d)) = work.pop() {
        let ins = code.code[i];
        let op = ins.op();
        maxd = maxd.max(d);
        if let Some(h) = code.handler_for(i as u32) {
            if d < i64::from(h.depth) {
                return Err(format!(
                    "stack depth {d} at {i} below handler depth {}",
                    h.depth
                ));
            }
            let hd = i64::from(h.depth) + i64::from(h.lasti) + 1;
            set(&mut depth, &mut work, h.target as usize, hd)?;
        }
        if op.arg_kind() == ArgKind::Jump {
            let td = d + i64::from(op.stack_effect(ins.arg(), true));
            set(&mut depth, &mut work, ins.arg() as usize, td)?;
            maxd = maxd.max(td);
        }
        let nd = d + i64::from(op.stack_effect(ins.arg(), false));
        if nd < 0 {
            return Err(format!("stack underflow at {i} ({op:?})"));
        }
        maxd = maxd.max(nd);
        if !unconditional(op) {
            set(&mut depth, &mut work, i + 1, nd)?;
        }
    }
    if maxd > i64::from(code.stacksize) {
        return Err(format!(
            "stack depth {maxd} exceeds stacksize {}",
            code.stacksize
        ));
    }
    Ok(())
}
