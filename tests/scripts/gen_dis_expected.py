#!/usr/bin/env python3
"""For each tests/dis_corpus/*.py (compiled in 'eval' mode when the name
starts with mode_eval, 'single' mode for mode_single, else 'exec'), writes NAME.cpython.txt: CPython 3.11's
instructions of every code object (compiled with filename 'f'), normalized
so they can be compared with Krait's (see interp/tests/compile_dis.rs):

* CPython-only instructions are dropped: CACHE, PRECALL, EXTENDED_ARG,
  RETURN_GENERATOR and the POP_TOP after it, and NOP (line markers);
* jump directions are erased: JUMP_FORWARD/JUMP_BACKWARD -> JUMP,
  POP_JUMP_FORWARD_IF_X/POP_JUMP_BACKWARD_IF_X -> POP_JUMP_IF_X; jump
  targets are not compared;
* code objects are listed once per (name, first line), in dis order, and
  shown without their address.

Each instruction line is `OPNAME|argrepr|line,end_line,col,end_col`.
"""
import dis, glob, os, re

def code_objects(co, seen, out):
    key = (co.co_name, co.co_firstlineno)
    if key not in seen:
        seen.add(key)
        out.append(co)
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            code_objects(c, seen, out)

def normalize(co):
    lines, prev = [], None
    for ins in dis.get_instructions(co):
        op = ins.opname
        if op in ('CACHE', 'PRECALL', 'EXTENDED_ARG', 'NOP'):
            continue
        if op == 'RETURN_GENERATOR':
            prev = 'RG'
            continue
        if op == 'POP_TOP' and prev == 'RG':
            prev = None
            continue
        prev = None
        op = re.sub(r'POP_JUMP_(FORWARD|BACKWARD)_IF', 'POP_JUMP_IF', op)
        if op in ('JUMP_FORWARD', 'JUMP_BACKWARD'):
            op = 'JUMP'
        argrepr = ins.argrepr
        if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            argrepr = ''
        argrepr = re.sub(r' at 0x[0-9a-f]+', '', argrepr)
        p = ins.positions
        pos = ','.join(str(x if x is not None else 0) for x in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset))
        lines.append(f'{op}|{argrepr}|{pos}')
    return lines

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.normpath(os.path.join(here, '..', 'dis_corpus'))
for path in sorted(glob.glob(os.path.join(corpus, '*.py'))):
    src = open(path).read()
    objs = []
    base = os.path.basename(path)
    mode = 'eval' if base.startswith('mode_eval') else 'single' if base.startswith('mode_single') else 'exec'
    code_objects(compile(src, 'f', mode), set(), objs)
    out = []
    for co in objs:
        out.append(f'== {co.co_name}@{co.co_firstlineno}')
        out.extend(normalize(co))
    with open(path[:-3] + '.cpython.txt', 'w') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote', os.path.basename(path)[:-3] + '.cpython.txt')
