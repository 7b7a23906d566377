#!/usr/bin/env python3
"""Compares Krait's disassembly of a Python file with CPython 3.11's.

Usage: compare_dis.py KRAIT_DIS_BINARY FILE...

Both disassemblies are normalized before comparison: CPython-only
instructions (PRECALL, CACHE, RETURN_GENERATOR and its POP_TOP, NOP,
EXTENDED_ARG) are dropped, jump directions are erased (JUMP_FORWARD /
JUMP_BACKWARD -> JUMP, POP_JUMP_FORWARD_IF_X -> POP_JUMP_IF_X), jump
targets and code addresses are dropped. What remains is the opcode
sequence with resolved arguments of each code object, compared with a diff.
Differences are expected where CPython's CFG optimizer rewrites code
(bottom-tested while loops, duplicated exit blocks, jump threading).
"""
import dis, difflib, io, re, subprocess, sys

LINE = re.compile(r'^\s*(\d+)?\s+(?:-->)?\s*(>>)?\s+(\d+) (\S+)\s*(-?\d+)?\s*(?:\((.*)\))?$')

def normalize(text):
    """Returns {code name: [normalized instruction]} in order of appearance."""
    out, cur, seen = [], None, set()
    for line in text.splitlines():
        m = re.match(r'Disassembly of <code object (\S+) at \S+ file "[^"]*", line (\d+)>', line)
        if m:
            key = (m.group(1), m.group(2))
            cur = (f'{key[0]}@{key[1]}', [])
            if key not in seen:
                out.append(cur)
            seen.add(key)
            continue
        if cur is None:
            cur = ('<module>', [])
            out.append(cur)
        if line.startswith('ExceptionTable') or line.startswith('  ') and ' to ' in line and '->' in line:
            continue
        m = LINE.match(line)
        if not m:
            continue
        op, argrepr = m.group(4), m.group(6) or ''
        if op in ('PRECALL', 'CACHE', 'NOP', 'EXTENDED_ARG'):
            continue
        if op == 'RETURN_GENERATOR':
            cur[1].append('#RG')
            continue
        if op == 'POP_TOP' and cur[1] and cur[1][-1] == '#RG':
            cur[1].pop()
            continue
        op = re.sub(r'POP_JUMP_(FORWARD|BACKWARD)_IF', 'POP_JUMP_IF', op)
        if op in ('JUMP_FORWARD', 'JUMP_BACKWARD'):
            op = 'JUMP'
        if argrepr.startswith('to '):
            argrepr = ''
        argrepr = re.sub(r' at 0x[0-9a-f]+', '', argrepr)
        cur[1].append(f'{op} {argrepr}'.strip())
    return out

def main():
    krait = sys.argv[1]
    total_diff = 0
    for path in sys.argv[2:]:
        src = open(path).read()
        buf = io.StringIO()
        dis.dis(compile(src, 'f', 'exec'), file=buf)
        ours = subprocess.run([krait, path], capture_output=True, text=True).stdout
        a, b = normalize(buf.getvalue()), normalize(ours)
        for (na, ia), (nb, ib) in zip(a, b):
            if ia != ib:
                total_diff += 1
                print(f'=== {path}: {na} / {nb}')
                for l in difflib.unified_diff(ia, ib, 'cpython', 'krait', lineterm='', n=2):
                    print(l)
        if len(a) != len(b):
            print(f'=== {path}: {len(a)} code objects in CPython, {len(b)} in Krait')
            total_diff += 1
    print(f'{total_diff} differing code objects')

if __name__ == '__main__':
    main()
