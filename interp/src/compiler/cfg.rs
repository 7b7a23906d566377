//! Control-flow graph of one code unit and its assembly into a code object.
//!
//! The code generator appends instructions to basic blocks; jumps name a
//! target block. Besides real opcodes a block may hold CPython's pseudo
//! instructions: `SETUP_FINALLY` / `SETUP_CLEANUP` / `SETUP_WITH` (push an
//! exception handler, whose target is the handler block), `POP_BLOCK` (pop
//! it), and `JUMP` / `JUMP_NO_INTERRUPT` (direction decided at layout).
//!
//! Assembly, in order (CPython 3.11's `assemble`):
//! 1. mark reachable blocks from the entry (fallthrough, jumps, handlers)
//!    and drop the rest; cut dead code after a block's terminator;
//! 2. give every instruction its handler by walking the CFG with a stack of
//!    active handlers (`label_exception_targets`); pseudo instructions then
//!    become NOPs;
//! 3. compute stack depths along every edge (a handler's entry depth is the
//!    depth at its SETUP plus 1, or plus 2 with `lasti`);
//! 4. propagate line numbers into artificial instructions, drop redundant
//!    NOPs and jumps to the next instruction;
//! 5. move conditional jumps that would go backward behind a trampoline, so
//!    the only backward jumps are `JUMP_BACKWARD[_NO_INTERRUPT]`;
//! 6. lay out, resolve jump targets to instruction indices, fix cell/free
//!    slot numbers, and build the non-overlapping exception table.

use crate::bytecode::{Instr, Opcode};
use crate::code::{ExceptionEntry, Position};

/// An instruction before assembly: a real opcode or a pseudo instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
    Jump,
    JumpNoInterrupt,
}

/// Marks the argument of a cell/free instruction as a cell or free index,
/// fixed up to a frame slot at assembly.
pub const DEREF_FLAG: u32 = 1 << 23;

/// One instruction of a block.
#[derive(Clone, Copy, Debug)]
pub struct Ins {
    pub op: Op,
    pub arg: u32,
    /// Target block of a jump or SETUP_*.
    pub target: usize,
    pub pos: Position,
}

impl Ins {
    fn is_jump(&self) -> bool {
        match self.op {
            Op::Jump
            | Op::JumpNoInterrupt
            | Op::SetupFinally
            | Op::SetupCleanup
            | Op::SetupWith => true,
            Op::Real(o) => is_real_jump(o),
            Op::PopBlock => false,
        }
    }
    /// Jumps and terminators end their basic block.
    pub fn ends_block(&self) -> bool {
        self.is_jump() || self.is_terminator()
    }
    fn is_setup(&self) -> bool {
        matches!(self.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }
    /// Ends the block with no fallthrough.
    fn is_terminator(&self) -> bool {
        match self.op {
            Op::Jump | Op::JumpNoInterrupt => true,
            Op::Real(o) => matches!(
                o,
                Opcode::RETURN_VALUE
                    | Opcode::RAISE_VARARGS
                    | Opcode::RERAISE
                    | Opcode::JUMP_FORWARD
            ),
            _ => false,
        }
    }
    fn stack_effect(&self, jump: bool) -> i32 {
        match self.op {
            Op::Real(o) => o.stack_effect(self.arg, jump),
            Op::SetupFinally | Op::SetupWith => i32::from(jump),
            Op::SetupCleanup => 2 * i32::from(jump),
            _ => 0,
        }
    }
}

fn is_real_jump(o: Opcode) -> bool {
    matches!(
        o,
        Opcode::FOR_ITER
            | Opcode::SEND
            | Opcode::JUMP_FORWARD
            | Opcode::JUMP_BACKWARD
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            | Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE
            | Opcode::POP_JUMP_IF_NONE
            | Opcode::POP_JUMP_IF_NOT_NONE
            | Opcode::JUMP_IF_FALSE_OR_POP
            | Opcode::JUMP_IF_TRUE_OR_POP
    )
}

/// A basic block.
#[derive(Clone, Debug, Default)]
pub struct BasicBlock {
    pub instrs: Vec<Ins>,
}

/// What the assembler needs besides the blocks.
pub struct AsmInput<'a> {
    pub blocks: Vec<BasicBlock>,
    /// Layout order (block ids).
    pub order: Vec<usize>,
    pub nlocals: usize,
    /// For each cellvar, whether it is also a parameter (then its varnames index).
    pub cell_param_slot: Vec<Option<usize>>,
    pub nfree: usize,
    pub firstlineno: u32,
    pub resume_line: u32,
    pub _p: std::marker::PhantomData<&'a ()>,
}

/// Result of assembly.
pub struct Assembled {
    pub code: Vec<Instr>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
}

/// Handler info attached to an instruction: (handler block, lasti).
type Handler = Option<(usize, bool)>;

fn is_op(i: &Ins, o: Opcode) -> bool {
    i.op == Op::Real(o)
}

/// Peephole rewrites inside one block (CPython's `optimize_basic_block`,
/// the stack-shuffling part): `BUILD_TUPLE n; UNPACK_SEQUENCE n` for n <= 3,
/// runs of SWAPs reduced to an optimal sequence (`swaptimize`), and SWAPs
/// applied statically by reordering the STORE_FAST/POP_TOP they feed.
fn optimize_block(b: &mut [Ins]) {
    let mut i = 0;
    while i < b.len() {
        if is_op(&b[i], Opcode::BUILD_TUPLE)
            && i + 1 < b.len()
            && is_op(&b[i + 1], Opcode::UNPACK_SEQUENCE)
            && b[i].arg == b[i + 1].arg
        {
            match b[i].arg {
                1 => {
                    b[i].op = Op::Real(Opcode::NOP);
                    b[i + 1].op = Op::Real(Opcode::NOP);
                }
                2 | 3 => {
                    b[i].op = Op::Real(Opcode::NOP);
                    b[i + 1].op = Op::Real(Opcode::SWAP);
                }
                _ => {}
            }
        }
        if is_op(&b[i], Opcode::SWAP) {
            if b[i].arg == 1 {
                b[i].op = Op::Real(Opcode::NOP);
            } else {
                i = swaptimize(b, i);
                apply_static_swaps(b, i);
            }
        }
        i += 1;
    }
}

fn swaptimize(b: &mut [Ins], ix: usize) -> usize {
    let mut depth = b[ix].arg as usize;
    let mut len = 1;
    let mut more = false;
    while ix + len < b.len() {
        let ins = &b[ix + len];
        if is_op(ins, Opcode::SWAP) {
            depth = depth.max(ins.arg as usize);
            more = true;
        } else if !is_op(ins, Opcode::NOP) {
            break;
        }
        len += 1;
    }
    if !more {
        return ix;
    }
    const VISITED: usize = usize::MAX;
    let mut stack: Vec<usize> = (0..depth).collect();
    for k in 0..len {
        if is_op(&b[ix + k], Opcode::SWAP) {
            let a = b[ix + k].arg as usize - 1;
            stack.swap(0, a);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let ins = &mut b[ix + current as usize];
                ins.op = Op::Real(Opcode::SWAP);
                ins.arg = j as u32 + 1;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next = stack[j];
            stack[j] = VISITED;
            j = next;
        }
    }
    while current >= 0 {
        b[ix + current as usize].op = Op::Real(Opcode::NOP);
        current -= 1;
    }
    ix + len - 1
}

fn next_swappable(b: &[Ins], mut i: usize, line: Option<u32>) -> Option<usize> {
    loop {
        i += 1;
        let ins = b.get(i)?;
        if line.is_some_and(|l| ins.pos.lineno != l) {
            return None;
        }
        if is_op(ins, Opcode::NOP) {
            continue;
        }
        if is_op(ins, Opcode::STORE_FAST) || is_op(ins, Opcode::POP_TOP) {
            return Some(i);
        }
        return None;
    }
}

fn apply_static_swaps(b: &mut [Ins], i: usize) {
    let mut i = i as isize;
    while i >= 0 {
        let swap = b[i as usize];
        if !is_op(&swap, Opcode::SWAP) {
            if is_op(&swap, Opcode::NOP)
                || is_op(&swap, Opcode::STORE_FAST)
                || is_op(&swap, Opcode::POP_TOP)
            {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(b, i as usize, None) else {
            return;
        };
        let line = b[j].pos.lineno;
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(b, k, Some(line)) {
                Some(n) => k = n,
                None => return,
            }
        }
        // Two stores to the same slot must keep their order.
        if is_op(&b[j], Opcode::STORE_FAST)
            && is_op(&b[k], Opcode::STORE_FAST)
            && b[j].arg == b[k].arg
        {
            return;
        }
        b[i as usize].op = Op::Real(Opcode::NOP);
        b.swap(j, k);
        i -= 1;
    }
}

/// Assembles the CFG. Errors are internal inconsistencies (stack underflow).
pub fn assemble(mut inp: AsmInput) -> Result<Assembled, String> {
    let nblocks = inp.blocks.len();
    // Prefix: COPY_FREE_VARS, then MAKE_CELLs in slot order (no line).
    {
        let entry = inp.order[0];
        let mut prefix = Vec::new();
        if inp.nfree > 0 {
            prefix.push(Ins {
                op: Op::Real(Opcode::COPY_FREE_VARS),
                arg: inp.nfree as u32,
                target: 0,
                pos: Position::default(),
            });
        }
        let ncells = inp.cell_param_slot.len();
        let mut cell_slots: Vec<usize> = Vec::new();
        let mut k = 0;
        for p in &inp.cell_param_slot {
            match p {
                Some(s) => cell_slots.push(*s),
                None => {
                    cell_slots.push(inp.nlocals + k);
                    k += 1;
                }
            }
        }
        cell_slots.sort();
        for s in cell_slots {
            prefix.push(Ins {
                op: Op::Real(Opcode::MAKE_CELL),
                arg: s as u32,
                target: 0,
                pos: Position::default(),
            });
        }
        let _ = ncells;
        let b = &mut inp.blocks[entry].instrs;
        prefix.append(b);
        *b = prefix;
    }

    // Cut dead code after terminators; peephole.
    for b in inp.blocks.iter_mut() {
        if let Some(i) = b.instrs.iter().position(|x| x.is_terminator()) {
            b.instrs.truncate(i + 1);
        }
        optimize_block(&mut b.instrs);
    }
    // Successor (fallthrough) map in layout order.
    let mut next_of = vec![usize::MAX; nblocks];
    for w in inp.order.windows(2) {
        next_of[w[0]] = w[1];
    }
    // Jump threading: a jump to a block that is just an unconditional jump
    // goes straight to that jump's target (CPython's `jump_thread`), when
    // no line event is lost and a conditional jump stays forward.
    {
        let mut pos = vec![usize::MAX; nblocks];
        for (k, &b) in inp.order.iter().enumerate() {
            pos[b] = k;
        }
        let first_real = |blocks: &Vec<BasicBlock>, mut t: usize| -> usize {
            while blocks[t].instrs.is_empty() && next_of[t] != usize::MAX {
                t = next_of[t];
            }
            t
        };
        for bid in 0..nblocks {
            for k in 0..inp.blocks[bid].instrs.len() {
                let ins = inp.blocks[bid].instrs[k];
                let threadable = match ins.op {
                    Op::Jump => true,
                    Op::Real(o) => matches!(
                        o,
                        Opcode::POP_JUMP_IF_FALSE
                            | Opcode::POP_JUMP_IF_TRUE
                            | Opcode::POP_JUMP_IF_NONE
                            | Opcode::POP_JUMP_IF_NOT_NONE
                    ),
                    _ => false,
                };
                if !threadable {
                    continue;
                }
                let mut target = ins.target;
                for _ in 0..8 {
                    let t = first_real(&inp.blocks, target);
                    let Some(j) = inp.blocks[t].instrs.first().copied() else {
                        break;
                    };
                    if j.op != Op::Jump || (j.pos.lineno != 0 && j.pos.lineno != ins.pos.lineno) {
                        break;
                    }
                    let nt = first_real(&inp.blocks, j.target);
                    if nt == t || (ins.op != Op::Jump && pos[nt] <= pos[bid]) {
                        break;
                    }
                    target = j.target;
                }
                inp.blocks[bid].instrs[k].target = target;
            }
        }
    }
    // Inline small exit blocks (`LOAD_CONST; RETURN_VALUE`) at unconditional
    // jumps to them (CPython's `extend_block`); only instructions that cannot
    // raise are copied, so exception handling is unaffected.
    for bid in 0..nblocks {
        let Some(last) = inp.blocks[bid].instrs.last().copied() else {
            continue;
        };
        if !matches!(last.op, Op::Jump | Op::Real(Opcode::JUMP_FORWARD)) {
            continue;
        }
        let mut t = last.target;
        while inp.blocks[t].instrs.is_empty() && next_of[t] != usize::MAX {
            t = next_of[t];
        }
        let tb = &inp.blocks[t].instrs;
        let small_exit = !tb.is_empty()
            && tb.len() <= 4
            && tb
                .last()
                .is_some_and(|i| i.op == Op::Real(Opcode::RETURN_VALUE))
            && tb.iter().all(|i| {
                matches!(
                    i.op,
                    Op::Real(Opcode::LOAD_CONST | Opcode::RETURN_VALUE | Opcode::NOP)
                )
            });
        if small_exit {
            let copy = tb.clone();
            let b = &mut inp.blocks[bid].instrs;
            let k = b.len() - 1;
            b[k].op = Op::Real(Opcode::NOP);
            b.extend(copy);
        }
    }
    let falls_through =
        |b: &BasicBlock| -> bool { b.instrs.last().is_none_or(|i| !i.is_terminator()) };

    // 2+3. Exception stacks and stack depth, walking reachable blocks.
    let mut except_stack: Vec<Option<Vec<(usize, bool)>>> = vec![None; nblocks];
    let mut depth: Vec<i32> = vec![-1; nblocks];
    let mut lasti_block = vec![false; nblocks];
    for b in &inp.blocks {
        for i in &b.instrs {
            if matches!(i.op, Op::SetupCleanup | Op::SetupWith) {
                lasti_block[i.target] = true;
            }
        }
    }
    let mut handlers: Vec<Vec<Handler>> = inp
        .blocks
        .iter()
        .map(|b| vec![None; b.instrs.len()])
        .collect();
    let entry = inp.order[0];
    except_stack[entry] = Some(Vec::new());
    depth[entry] = 0;
    let mut work = vec![entry];
    let mut maxdepth = 0i32;
    while let Some(bid) = work.pop() {
        let mut stack = except_stack[bid].clone().unwrap_or_default();
        let mut d = depth[bid];
        let mut fall = true;
        for (k, &ins) in inp.blocks[bid].instrs.iter().enumerate() {
            handlers[bid][k] = stack.last().copied();
            if ins.is_jump() {
                let tgt = ins.target;
                let td = d + ins.stack_effect(true);
                if td < 0 {
                    return Err(format!("stack underflow at jump in block {bid}"));
                }
                maxdepth = maxdepth.max(td);
                let tstack = stack.clone();
                if depth[tgt] < 0 {
                    depth[tgt] = td;
                    except_stack[tgt] = Some(tstack);
                    work.push(tgt);
                } else if depth[tgt] != td {
                    return Err(format!(
                        "inconsistent stack depth at block {tgt}: {} vs {td}",
                        depth[tgt]
                    ));
                }
                if ins.is_setup() {
                    stack.push((tgt, lasti_block[tgt]));
                }
            } else if ins.op == Op::PopBlock {
                stack.pop();
            }
            d += ins.stack_effect(false);
            if d < 0 {
                return Err(format!(
                    "stack underflow in block {bid} at {k} ({:?})",
                    ins.op
                ));
            }
            maxdepth = maxdepth.max(d);
            if ins.is_terminator() {
                fall = false;
                break;
            }
        }
        if fall && falls_through(&inp.blocks[bid]) {
            let nx = next_of[bid];
            if nx == usize::MAX {
                // Falling off the end: only possible for empty trailing blocks.
                continue;
            }
            if depth[nx] < 0 {
                depth[nx] = d;
                except_stack[nx] = Some(stack);
                work.push(nx);
            } else if depth[nx] != d {
                return Err(format!(
                    "inconsistent stack depth at block {nx}: {} vs {d}",
                    depth[nx]
                ));
            }
        }
    }
    let reachable: Vec<bool> = depth.iter().map(|&d| d >= 0).collect();

    // Pseudo instructions become NOPs (no line), SETUP/POP_BLOCK vanish.
    let mut layout: Vec<usize> = inp
        .order
        .iter()
        .copied()
        .filter(|&b| reachable[b])
        .collect();
    for &bid in &layout {
        let b = &mut inp.blocks[bid];
        for (k, ins) in b.instrs.iter_mut().enumerate() {
            if ins.is_setup() || ins.op == Op::PopBlock {
                ins.op = Op::Real(Opcode::NOP);
                if ins.pos.lineno == 0 {
                    ins.pos.lineno = u32::MAX; // marker: removable
                }
                let _ = k;
            }
        }
    }
    // Drop empty blocks: jumps to them go to the next non-empty block.
    {
        let mut resolved = vec![usize::MAX; nblocks];
        let mut next_nonempty = usize::MAX;
        for &bid in layout.iter().rev() {
            if !inp.blocks[bid].instrs.is_empty() {
                next_nonempty = bid;
            }
            resolved[bid] = next_nonempty;
        }
        for &bid in &layout {
            for ins in inp.blocks[bid].instrs.iter_mut() {
                if ins.is_jump() && resolved[ins.target] != usize::MAX {
                    ins.target = resolved[ins.target];
                }
            }
            for h in handlers[bid].iter_mut().flatten() {
                if resolved[h.0] != usize::MAX {
                    h.0 = resolved[h.0];
                }
            }
        }
        for b in 0..nblocks {
            if resolved[b] != usize::MAX
                && resolved[b] != b
                && depth[b] >= 0
                && depth[resolved[b]] < 0
            {
                depth[resolved[b]] = depth[b];
            }
        }
        layout.retain(|&b| !inp.blocks[b].instrs.is_empty());
    }

    // 4. Line propagation (artificial instructions take the previous line).
    let mut preds = vec![0usize; nblocks];
    for (li, &bid) in layout.iter().enumerate() {
        let b = &inp.blocks[bid];
        if falls_through(b) {
            if let Some(&nx) = layout.get(li + 1) {
                preds[nx] += 1;
            }
        }
        for i in &b.instrs {
            if i.is_jump() && !matches!(i.op, Op::Real(Opcode::NOP)) {
                preds[i.target] += 1;
            }
        }
    }
    for li in 0..layout.len() {
        let bid = layout[li];
        let mut prev: Option<Position> = None;
        for ins in inp.blocks[bid].instrs.iter_mut() {
            if ins.pos.lineno == u32::MAX {
                continue;
            }
            if ins.pos.lineno == 0 {
                if let Some(p) = prev {
                    ins.pos = p;
                }
            } else {
                prev = Some(ins.pos);
            }
        }
        let last = inp.blocks[bid]
            .instrs
            .iter()
            .rev()
            .find(|i| i.pos.lineno != u32::MAX)
            .copied();
        if let Some(p) = prev {
            if falls_through(&inp.blocks[bid]) {
                if let Some(&nx) = layout.get(li + 1) {
                    if preds[nx] == 1 {
                        if let Some(first) = inp.blocks[nx]
                            .instrs
                            .iter_mut()
                            .find(|i| i.pos.lineno != u32::MAX)
                        {
                            if first.pos.lineno == 0 {
                                first.pos = p;
                            }
                        }
                    }
                }
            }
        }
        if let Some(l) = last {
            if l.is_jump() && l.pos.lineno != 0 && preds[l.target] == 1 {
                if let Some(first) = inp.blocks[l.target]
                    .instrs
                    .iter_mut()
                    .find(|i| i.pos.lineno != u32::MAX)
                {
                    if first.pos.lineno == 0 {
                        first.pos = l.pos;
                    }
                }
            }
        }
    }

    // Flatten: instruction list with block markers.
    struct Flat {
        ins: Ins,
        handler: Handler,
    }
    // Trampolines for backward conditional jumps.
    let mut pos_of_block = vec![usize::MAX; nblocks];
    let mut flat_order: Vec<usize> = Vec::new();
    for &bid in &layout {
        pos_of_block[bid] = flat_order.len();
        flat_order.push(bid);
    }
    let mut extra_blocks: Vec<(usize, Ins, Handler)> = Vec::new();
    for &bid in &layout {
        let n = inp.blocks[bid].instrs.len();
        for k in 0..n {
            let ins = inp.blocks[bid].instrs[k];
            if let Op::Real(o) = ins.op {
                if is_real_jump(o)
                    && !matches!(
                        o,
                        Opcode::JUMP_FORWARD
                            | Opcode::JUMP_BACKWARD
                            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
                    )
                    && pos_of_block[ins.target] <= pos_of_block[bid]
                {
                    let nb = inp.blocks.len();
                    inp.blocks.push(BasicBlock {
                        instrs: vec![Ins {
                            op: Op::Jump,
                            arg: 0,
                            target: ins.target,
                            pos: ins.pos,
                        }],
                    });
                    handlers.push(vec![handlers[bid][k]]);
                    inp.blocks[bid].instrs[k].target = nb;
                    extra_blocks.push((nb, ins, handlers[bid][k]));
                }
            }
        }
    }
    for (nb, _, _) in &extra_blocks {
        layout.push(*nb);
    }
    let total_blocks = inp.blocks.len();

    // Remove removable NOPs and redundant line NOPs; iterate because removing
    // jumps-to-next can expose more.
    let mut flat: Vec<(usize, Flat)> = Vec::new(); // (block id, instr)
    for &bid in &layout {
        for (k, ins) in inp.blocks[bid].instrs.iter().enumerate() {
            flat.push((
                bid,
                Flat {
                    ins: *ins,
                    handler: handlers[bid][k],
                },
            ));
        }
    }
    let mut block_start = vec![usize::MAX; total_blocks];
    loop {
        // Compute block starts.
        for s in block_start.iter_mut() {
            *s = usize::MAX;
        }
        let mut starts: Vec<(usize, usize)> = Vec::new();
        {
            let mut idx = 0;
            let mut fi = 0;
            for &bid in &layout {
                starts.push((bid, idx));
                while fi < flat.len() && flat[fi].0 == bid {
                    fi += 1;
                    idx += 1;
                }
            }
        }
        for (bid, s) in &starts {
            block_start[*bid] = *s;
        }
        let mut remove = vec![false; flat.len()];
        let mut changed = false;
        for i in 0..flat.len() {
            let f = &flat[i].1;
            if f.ins.op != Op::Real(Opcode::NOP) {
                continue;
            }
            let line = f.ins.pos.lineno;
            if line == u32::MAX || line == 0 {
                remove[i] = true;
            } else {
                let prev_same = i > 0 && !remove[i - 1] && flat[i - 1].1.ins.pos.lineno == line;
                let next_same = i + 1 < flat.len()
                    && flat[i + 1].0 == flat[i].0
                    && flat[i + 1].1.ins.pos.lineno == line;
                remove[i] = prev_same || next_same;
            }
            changed |= remove[i];
        }
        for i in 0..flat.len() {
            let f = &flat[i].1;
            if !matches!(f.ins.op, Op::Jump | Op::JumpNoInterrupt) {
                continue;
            }
            let tgt = block_start[f.ins.target];
            if tgt > i && (i + 1..tgt).all(|j| remove[j]) {
                let line = f.ins.pos.lineno;
                let prev_same = i > 0 && flat[i - 1].1.ins.pos.lineno == line;
                if line == 0 || prev_same {
                    remove[i] = true;
                } else {
                    flat[i].1.ins.op = Op::Real(Opcode::NOP);
                }
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let mut k = 0;
        flat.retain(|_| {
            let keep = !remove[k];
            k += 1;
            keep
        });
    }
    // Final block starts (a block that became empty starts at the next instruction).
    {
        let mut fi = 0;
        for &bid in &layout {
            block_start[bid] = fi;
            while fi < flat.len() && flat[fi].0 == bid {
                fi += 1;
            }
        }
    }

    // 6. Encode.
    let nlocals = inp.nlocals;
    let ncells = inp.cell_param_slot.len();
    let mut cell_slot = Vec::with_capacity(ncells);
    {
        let mut k = 0;
        for p in &inp.cell_param_slot {
            match p {
                Some(s) => cell_slot.push(*s),
                None => {
                    cell_slot.push(nlocals + k);
                    k += 1;
                }
            }
        }
    }
    let ncells_extra = cell_slot.iter().filter(|&&s| s >= nlocals).count();
    let mut code = Vec::with_capacity(flat.len());
    let mut positions = Vec::with_capacity(flat.len());
    for (i, (_, f)) in flat.iter().enumerate() {
        let ins = f.ins;
        let (op, arg) = match ins.op {
            Op::Real(o) => {
                if is_real_jump(o) {
                    (o, block_start[ins.target] as u32)
                } else if ins.arg & DEREF_FLAG != 0 {
                    let a = (ins.arg & !DEREF_FLAG) as usize;
                    let slot = if a < ncells {
                        cell_slot[a]
                    } else {
                        nlocals + ncells_extra + (a - ncells)
                    };
                    (o, slot as u32)
                } else {
                    (o, ins.arg)
                }
            }
            Op::Jump | Op::JumpNoInterrupt => {
                let t = block_start[ins.target];
                if t > i {
                    (Opcode::JUMP_FORWARD, t as u32)
                } else if ins.op == Op::Jump {
                    (Opcode::JUMP_BACKWARD, t as u32)
                } else {
                    (Opcode::JUMP_BACKWARD_NO_INTERRUPT, t as u32)
                }
            }
            _ => (Opcode::NOP, 0),
        };
        if arg > crate::bytecode::MAX_ARG {
            return Err("instruction argument too large".into());
        }
        code.push(Instr::new(op, arg));
        let mut p = ins.pos;
        if p.lineno == u32::MAX {
            p = Position::default();
        }
        positions.push(p);
    }
    let _ = inp.firstlineno;
    let _ = inp.resume_line;

    // Exception table.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, (_, f)) in flat.iter().enumerate() {
        let Some((hb, lasti)) = f.handler else {
            continue;
        };
        let target = block_start[hb] as u32;
        let hdepth = depth[hb] - 1 - i32::from(lasti);
        let entry_depth = hdepth.max(0) as u32;
        if let Some(last) = table.last_mut() {
            if last.end == i as u32
                && last.target == target
                && last.depth == entry_depth
                && last.lasti == lasti
            {
                last.end += 1;
                continue;
            }
        }
        table.push(ExceptionEntry {
            start: i as u32,
            end: i as u32 + 1,
            target,
            depth: entry_depth,
            lasti,
        });
    }
    Ok(Assembled {
        code,
        positions,
        exception_table: table,
        stacksize: maxdepth.max(0) as u32,
    })
}
