//! `krait dis --specialized` runs a program, then shows its code with the
//! instructions the specializer rewrote under their specialized names
//! (as CPython's `dis(adaptive=True)`). The program below exercises one
//! site per family; each must have specialized after its loop ran.

use krait_tests::{krait_bin, repo_root};

const PROGRAM: &str = "\
class P:
    __slots__ = ('s',)
class V:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
import math
def add(a, b):
    return a + b
def f(n):
    t = 0
    xs = [1.5, 2.5]
    d = {'k': 1}
    p = P()
    seen = []
    keep = seen.append
    for i in range(n):
        keep(str(i))
        v = V(i)
        t = add(t, v.x * 2 + v.get())
        y = xs[i & 1] * 2.0 + math.pi
        d['k'] = d['k'] + len(xs)
        p.s = i
        pair = (i, y)
        a, b = pair
        if i < 3:
            t -= 1
    for z in xs:
        t += z
    for z in gen(3):
        t += z
    return t
def gen(n):
    for i in range(n):
        yield i
print(f(100))
";

const EXPECTED: &[&str] = &[
    "CALL_ALLOC_AND_ENTER_INIT",
    "STORE_ATTR_ADD_VALUE",
    "LOAD_ATTR_INSTANCE_VALUE",
    "LOAD_METHOD_WITH_VALUES",
    "CALL_PY_EXACT_ARGS",
    "LOAD_GLOBAL_MODULE",
    "LOAD_GLOBAL_BUILTIN",
    "CALL_BUILTIN_LEN",
    "CALL_BUILTIN_CLASS",
    "CALL_BUILTIN_BOUND",
    "BINARY_OP_MULTIPLY_INT",
    "BINARY_OP_ADD_INT",
    "BINARY_OP_MULTIPLY_FLOAT",
    "BINARY_OP_ADD_FLOAT",
    "BINARY_SUBSCR_LIST_INT",
    "BINARY_SUBSCR_DICT",
    "STORE_SUBSCR_DICT",
    "STORE_ATTR_SLOT",
    "LOAD_ATTR_MODULE",
    "UNPACK_SEQUENCE_TWO_TUPLE",
    "COMPARE_OP_INT",
    "FOR_ITER_RANGE",
    "FOR_ITER_LIST",
    "FOR_ITER_GEN",
];

#[test]
fn dis_specialized_shows_quickened_instructions() {
    let bin = krait_bin().expect("krait binary");
    let dir = std::env::temp_dir().join(format!("krait-spec-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("spec.py");
    std::fs::write(&file, PROGRAM).expect("write program");
    let run = |args: &[&str]| {
        std::process::Command::new(&bin)
            .args(args)
            .arg(&file)
            .current_dir(repo_root())
            .output()
            .expect("run krait")
    };
    let out = run(&["dis", "--specialized"]);
    let plain = run(&["dis"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "krait failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    // The program ran first (its output, as CPython prints it, precedes the listing).
    assert!(
        text.starts_with("14854.0\n"),
        "program output missing:\n{text}"
    );
    let has = |text: &str, name: &str| {
        text.lines()
            .any(|l| l.split_whitespace().any(|w| w == name))
    };
    let missing: Vec<&str> = EXPECTED
        .iter()
        .copied()
        .filter(|name| !has(&text, name))
        .collect();
    assert!(missing.is_empty(), "not specialized: {missing:?}\n{text}");
    // Plain `dis` compiles without running: generic instructions only.
    let plain = String::from_utf8_lossy(&plain.stdout);
    assert!(!plain.starts_with("14851.0"));
    let shown: Vec<&str> = EXPECTED
        .iter()
        .copied()
        .filter(|name| has(&plain, name))
        .collect();
    assert!(shown.is_empty(), "plain dis shows {shown:?}");
}
