//! Symbol-table classification (CPython 3.11's scoping rules) and the code
//! object metadata derived from it.

use krait_interp::code::{flags, CodeConst, CodeObject};
use krait_interp::symtable::{self, def, Block, BlockKind, Scope, SymbolTable};
use krait_interp::{parser, Mode};
use std::rc::Rc;

fn table(src: &str) -> SymbolTable {
    let m = parser::parse(src, "<test>", Mode::Exec).expect("parse");
    symtable::build(&m, "<test>").expect("symtable")
}

fn block<'a>(t: &'a SymbolTable, name: &str) -> &'a Block {
    t.blocks
        .iter()
        .find(|b| b.name == name)
        .unwrap_or_else(|| panic!("no block {name}"))
}

fn scope(t: &SymbolTable, blk: &str, name: &str) -> Scope {
    block(t, blk).scope_of(name)
}

#[test]
fn module_and_function_scopes() {
    let t = table("x = 1\ndef f(a):\n    b = a\n    return x + b + c\n");
    assert_eq!(scope(&t, "top", "x"), Scope::Local);
    assert_eq!(scope(&t, "top", "f"), Scope::Local);
    assert_eq!(scope(&t, "f", "a"), Scope::Local);
    assert_eq!(scope(&t, "f", "b"), Scope::Local);
    assert_eq!(scope(&t, "f", "x"), Scope::GlobalImplicit);
    assert_eq!(scope(&t, "f", "c"), Scope::GlobalImplicit);
    assert_eq!(block(&t, "f").varnames, vec!["a"]);
    assert_eq!(block(&t, "f").kind, BlockKind::Function);
}

#[test]
fn closures_cells_and_frees() {
    let t = table("def f(a):\n    x = 1\n    def g():\n        return x + a\n    return g\n");
    assert_eq!(scope(&t, "f", "x"), Scope::Cell);
    assert_eq!(scope(&t, "f", "a"), Scope::Cell);
    assert_eq!(scope(&t, "g", "x"), Scope::Free);
    assert_eq!(scope(&t, "g", "a"), Scope::Free);
    assert!(block(&t, "g").has_free);
    assert!(block(&t, "f").child_free);
}

#[test]
fn global_and_nonlocal() {
    let t = table(
        "def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n        def h():\n            return x\n",
    );
    assert_eq!(scope(&t, "f", "x"), Scope::GlobalExplicit);
    assert_eq!(scope(&t, "f", "y"), Scope::Cell);
    assert_eq!(scope(&t, "g", "y"), Scope::Free);
    assert_eq!(scope(&t, "h", "x"), Scope::GlobalImplicit);
    assert_eq!(scope(&t, "top", "x"), Scope::GlobalExplicit);
}

#[test]
fn global_in_middle_function_hides_outer_binding() {
    let t = table("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n");
    assert_eq!(scope(&t, "f", "x"), Scope::Local);
    assert_eq!(scope(&t, "g", "x"), Scope::GlobalExplicit);
    assert_eq!(scope(&t, "h", "x"), Scope::GlobalImplicit);
}

#[test]
fn class_scope_not_visible_to_methods() {
    let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    assert_eq!(scope(&t, "f", "x"), Scope::Cell);
    assert_eq!(scope(&t, "C", "x"), Scope::Local);
    assert_ne!(block(&t, "C").flags_of("x") & def::FREE_CLASS, 0);
    assert_eq!(scope(&t, "m", "x"), Scope::Free);
    assert_eq!(block(&t, "C").kind, BlockKind::Class);
}

#[test]
fn class_free_variable_uses_classderef() {
    let t = table("def f():\n    class C:\n        y = x\n    x = 1\n");
    assert_eq!(scope(&t, "C", "x"), Scope::Free);
    assert_eq!(scope(&t, "f", "x"), Scope::Cell);
}

#[test]
fn super_creates_class_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
    assert!(block(&t, "C").needs_class_closure);
    assert_eq!(scope(&t, "m", "__class__"), Scope::Free);
    assert_eq!(scope(&t, "n", "__class__"), Scope::Unknown);
    let t = table("class C:\n    def m(self):\n        return __class__\n");
    assert!(block(&t, "C").needs_class_closure);
}

#[test]
fn comprehensions_are_function_scopes() {
    let t = table("def f(y):\n    return [x for x in y if z]\n");
    let lc = block(&t, "listcomp");
    assert_eq!(lc.kind, BlockKind::Function);
    assert_eq!(lc.varnames, vec![".0"]);
    assert_eq!(lc.scope_of("x"), Scope::Local);
    assert_eq!(lc.scope_of("z"), Scope::GlobalImplicit);
    // The outermost iterable is evaluated in f.
    assert_eq!(lc.scope_of("y"), Scope::Unknown);
    assert_eq!(scope(&t, "f", "y"), Scope::Local);
    let t = table("g = (a for a in b)\n");
    assert!(block(&t, "genexpr").is_generator);
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let t = table("def f(z):\n    [y := 1 for x in z]\n    return y\n");
    assert_eq!(scope(&t, "listcomp", "y"), Scope::Free);
    assert_eq!(scope(&t, "f", "y"), Scope::Cell);
    let t = table("[y := 1 for x in z]\n");
    assert_eq!(scope(&t, "listcomp", "y"), Scope::GlobalExplicit);
    assert_eq!(scope(&t, "top", "y"), Scope::GlobalExplicit);
}

#[test]
fn lambda_and_mangling() {
    let t = table("f = lambda a, *b, **c: a + d\nclass C:\n    __y = 1\n    def m(self):\n        return self.__x + __z\n");
    let l = block(&t, "lambda");
    assert_eq!(l.scope_of("a"), Scope::Local);
    assert_eq!(l.scope_of("d"), Scope::GlobalImplicit);
    assert!(l.varargs && l.varkeywords);
    assert_eq!(scope(&t, "C", "_C__y"), Scope::Local);
    assert_eq!(scope(&t, "m", "_C__z"), Scope::GlobalImplicit);
    assert_eq!(symtable::mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(symtable::mangle(Some("__"), "__x"), "__x");
    assert_eq!(symtable::mangle(Some("C"), "__x__"), "__x__");
}

#[test]
fn generator_and_coroutine_flags() {
    let t =
        table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n");
    assert!(block(&t, "g").is_generator);
    assert!(block(&t, "c").is_coroutine && !block(&t, "c").is_generator);
    assert!(block(&t, "ag").is_coroutine && block(&t, "ag").is_generator);
}

fn compile(src: &str) -> Rc<CodeObject> {
    let c = krait_interp::compiler::compile_source(src, "<test>", Mode::Exec).expect("compile");
    krait_interp::compiler::verify(&c).expect("verify");
    c
}

fn nested<'a>(c: &'a CodeObject, name: &str) -> Option<&'a CodeObject> {
    for k in &c.consts {
        if let CodeConst::Code(inner) = k {
            if inner.name == name {
                return Some(inner);
            }
            if let Some(f) = nested(inner, name) {
                return Some(f);
            }
        }
    }
    None
}

#[test]
fn code_object_metadata() {
    let m = compile(
        "def f(a, /, b, *c, d, **e):\n    'doc'\n    x = 1\n    def g():\n        return x + a\n    return g\n\
         class K:\n    def m(self):\n        yield super()\n    async def n(self):\n        await q\n    async def o(self):\n        yield 1\n",
    );
    let f = nested(&m, "f").unwrap();
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert_eq!(f.varnames, vec!["a", "b", "d", "c", "e", "g"]);
    assert_eq!(f.cellvars, vec!["a", "x"]);
    assert_eq!(
        f.localsplus_names(),
        vec!["a", "b", "d", "c", "e", "g", "x"]
    );
    assert_eq!(
        f.flags,
        flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS
    );
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    let g = nested(&m, "g").unwrap();
    assert_eq!(g.freevars, vec!["a", "x"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_ne!(g.flags & flags::NESTED, 0);
    let k = nested(&m, "K").unwrap();
    assert_eq!(k.cellvars, vec!["__class__"]);
    let mm = nested(&m, "m").unwrap();
    assert_eq!(mm.qualname, "K.m");
    assert_ne!(mm.flags & flags::GENERATOR, 0);
    assert_eq!(mm.freevars, vec!["__class__"]);
    assert_ne!(nested(&m, "n").unwrap().flags & flags::COROUTINE, 0);
    assert_ne!(nested(&m, "o").unwrap().flags & flags::ASYNC_GENERATOR, 0);
}

#[test]
fn qualnames() {
    let m = compile("def f():\n    class C:\n        def m(self):\n            return [lambda: 0 for _ in ()]\n");
    assert_eq!(nested(&m, "C").unwrap().qualname, "f.<locals>.C");
    assert_eq!(nested(&m, "m").unwrap().qualname, "f.<locals>.C.m");
    assert_eq!(
        nested(&m, "<listcomp>").unwrap().qualname,
        "f.<locals>.C.m.<locals>.<listcomp>"
    );
    assert_eq!(
        nested(&m, "<lambda>").unwrap().qualname,
        "f.<locals>.C.m.<locals>.<listcomp>.<lambda>"
    );
    let m = compile("def f():\n    global g\n    def g():\n        pass\n");
    assert_eq!(nested(&m, "g").unwrap().qualname, "g");
}
