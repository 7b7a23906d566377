//! `ast.dump`: the exact text CPython 3.11's `ast.dump(tree)` prints (no
//! indent, no attributes). Fields follow `Python.asdl` order; optional fields
//! that are absent are left out, lists are always shown.
//!
//! Also holds the small `repr` helpers the dump needs for constants (str,
//! bytes, float, complex), written to match CPython's `repr` exactly.

use crate::ast::*;

/// Returns `ast.dump(m)` as CPython 3.11 prints it.
pub fn dump(m: &Mod) -> String {
    dump_inner(m, false)
}

/// Returns `ast.dump(m, include_attributes=True)`: the same with every
/// node's `lineno`, `col_offset`, `end_lineno` and `end_col_offset`.
pub fn dump_with_locations(m: &Mod) -> String {
    dump_inner(m, true)
}

fn dump_inner(m: &Mod, attrs: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        attrs,
    };
    match m {
        Mod::Module { body, type_ignores } => {
            d.out.push_str("Module(body=");
            d.stmts(body);
            d.out.push_str(", type_ignores=[");
            for (i, t) in type_ignores.iter().enumerate() {
                if i > 0 {
                    d.out.push_str(", ");
                }
                d.out.push_str(&format!(
                    "TypeIgnore(lineno={}, tag={})",
                    t.lineno,
                    repr_str(&t.tag)
                ));
            }
            d.out.push_str("])");
        }
        Mod::Interactive { body } => {
            d.out.push_str("Interactive(body=");
            d.stmts(body);
            d.out.push(')');
        }
        Mod::Expression { body } => {
            d.out.push_str("Expression(body=");
            d.expr(body);
            d.out.push(')');
        }
    }
    d.out
}

/// Builds one node's text: `Name(field=value, ...)`.
struct Dumper {
    out: String,
    /// Also print locations (`include_attributes=True`).
    attrs: bool,
}

impl Dumper {
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    /// Starts a field: writes the separator (unless first) and `name=`.
    fn field(&mut self, name: &str) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    fn close(&mut self) {
        self.out.push(')');
    }

    /// Re-opens the node just closed to add its location attributes.
    fn locate(&mut self, loc: Loc) {
        if !self.attrs {
            return;
        }
        self.out.pop();
        for (name, v) in [
            ("lineno", loc.lineno),
            ("col_offset", loc.col_offset),
            ("end_lineno", loc.end_lineno),
            ("end_col_offset", loc.end_col_offset),
        ] {
            self.field(name);
            self.out.push_str(&v.to_string());
        }
        self.out.push(')');
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            f(self, it);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, v: &[Expr]) {
        self.list(v, |d, e| d.expr(e));
    }

    fn ident(&mut self, s: &str) {
        self.out.push_str(&repr_str(s));
    }

    fn opt_expr(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field(name);
            self.expr(e);
        }
    }

    fn opt_ident(&mut self, name: &str, s: &Option<String>) {
        if let Some(s) = s {
            self.field(name);
            self.ident(s);
        }
    }

    fn simple(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }

    fn func(&mut self, name: &str, f: &FunctionDef) {
        self.open(name);
        self.field("name");
        self.ident(&f.name);
        self.field("args");
        self.arguments(&f.args);
        self.field("body");
        self.stmts(&f.body);
        self.field("decorator_list");
        self.exprs(&f.decorator_list);
        self.opt_expr("returns", &f.returns);
        self.opt_ident("type_comment", &f.type_comment);
        self.close();
    }

    fn stmt(&mut self, s: &Stmt) {
        self.stmt_fields(s);
        self.locate(s.loc);
    }

    fn stmt_fields(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.func("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.func("AsyncFunctionDef", f),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.open("ClassDef");
                self.field("name");
                self.ident(name);
                self.field("bases");
                self.exprs(bases);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
                self.field("body");
                self.stmts(body);
                self.field("decorator_list");
                self.exprs(decorator_list);
                self.close();
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.opt_expr("value", value);
                self.close();
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.field("targets");
                self.exprs(targets);
                self.close();
            }
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => {
                self.open("Assign");
                self.field("targets");
                self.exprs(targets);
                self.field("value");
                self.expr(value);
                self.opt_ident("type_comment", type_comment);
                self.close();
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field("target");
                self.expr(target);
                self.field("op");
                self.simple(operator_name(*op));
                self.field("value");
                self.expr(value);
                self.close();
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field("target");
                self.expr(target);
                self.field("annotation");
                self.expr(annotation);
                self.opt_expr("value", value);
                self.field("simple");
                self.out.push_str(if *simple { "1" } else { "0" });
                self.close();
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            } => {
                let is_async = matches!(s.kind, StmtKind::AsyncFor { .. });
                self.open(if is_async { "AsyncFor" } else { "For" });
                self.field("target");
                self.expr(target);
                self.field("iter");
                self.expr(iter);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
                self.opt_ident("type_comment", type_comment);
                self.close();
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                let is_if = matches!(s.kind, StmtKind::If { .. });
                self.open(if is_if { "If" } else { "While" });
                self.field("test");
                self.expr(test);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
                self.close();
            }
            StmtKind::With {
                items,
                body,
                type_comment,
            }
            | StmtKind::AsyncWith {
                items,
                body,
                type_comment,
            } => {
                let is_async = matches!(s.kind, StmtKind::AsyncWith { .. });
                self.open(if is_async { "AsyncWith" } else { "With" });
                self.field("items");
                self.list(items, |d, it| {
                    d.open("withitem");
                    d.field("context_expr");
                    d.expr(&it.context_expr);
                    d.opt_expr("optional_vars", &it.optional_vars);
                    d.close();
                });
                self.field("body");
                self.stmts(body);
                self.opt_ident("type_comment", type_comment);
                self.close();
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.field("subject");
                self.expr(subject);
                self.field("cases");
                self.list(cases, |d, c| {
                    d.open("match_case");
                    d.field("pattern");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", &c.guard);
                    d.field("body");
                    d.stmts(&c.body);
                    d.close();
                });
                self.close();
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc);
                self.opt_expr("cause", cause);
                self.close();
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let star = matches!(s.kind, StmtKind::TryStar { .. });
                self.open(if star { "TryStar" } else { "Try" });
                self.field("body");
                self.stmts(body);
                self.field("handlers");
                self.list(handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr("type", &h.type_);
                    d.opt_ident("name", &h.name);
                    d.field("body");
                    d.stmts(&h.body);
                    d.close();
                    d.locate(h.loc);
                });
                self.field("orelse");
                self.stmts(orelse);
                self.field("finalbody");
                self.stmts(finalbody);
                self.close();
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.field("test");
                self.expr(test);
                self.opt_expr("msg", msg);
                self.close();
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.field("names");
                self.list(names, |d, a| d.alias(a));
                self.close();
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident("module", module);
                self.field("names");
                self.list(names, |d, a| d.alias(a));
                self.field("level");
                self.out.push_str(&level.to_string());
                self.close();
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                self.open(if global { "Global" } else { "Nonlocal" });
                self.field("names");
                self.list(names, |d, n| d.ident(n));
                self.close();
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.field("value");
                self.expr(value);
                self.close();
            }
            StmtKind::Pass => self.simple("Pass"),
            StmtKind::Break => self.simple("Break"),
            StmtKind::Continue => self.simple("Continue"),
        }
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.field("name");
        self.ident(&a.name);
        self.opt_ident("asname", &a.asname);
        self.close();
        self.locate(a.loc);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", &k.arg);
        self.field("value");
        self.expr(&k.value);
        self.close();
        self.locate(k.loc);
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.field("arg");
        self.ident(&a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.opt_ident("type_comment", &a.type_comment);
        self.close();
        self.locate(a.loc);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.field("posonlyargs");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.field("args");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.field("kwonlyargs");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.field("kw_defaults");
        self.list(&a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
        if let Some(v) = &a.kwarg {
            self.field("kwarg");
            self.arg(v);
        }
        self.field("defaults");
        self.exprs(&a.defaults);
        self.close();
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, c| {
            d.open("comprehension");
            d.field("target");
            d.expr(&c.target);
            d.field("iter");
            d.expr(&c.iter);
            d.field("ifs");
            d.exprs(&c.ifs);
            d.field("is_async");
            d.out.push_str(if c.is_async { "1" } else { "0" });
            d.close();
        });
    }

    fn ctx(&mut self, c: ExprContext) {
        self.field("ctx");
        self.simple(match c {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        });
    }

    fn expr(&mut self, e: &Expr) {
        self.expr_fields(e);
        self.locate(e.loc);
    }

    fn expr_fields(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.field("op");
                self.simple(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                self.field("values");
                self.exprs(values);
                self.close();
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field("target");
                self.expr(target);
                self.field("value");
                self.expr(value);
                self.close();
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field("left");
                self.expr(left);
                self.field("op");
                self.simple(operator_name(*op));
                self.field("right");
                self.expr(right);
                self.close();
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.field("op");
                self.simple(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                });
                self.field("operand");
                self.expr(operand);
                self.close();
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args");
                self.arguments(args);
                self.field("body");
                self.expr(body);
                self.close();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field("test");
                self.expr(test);
                self.field("body");
                self.expr(body);
                self.field("orelse");
                self.expr(orelse);
                self.close();
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.field("keys");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.out.push_str("None"),
                });
                self.field("values");
                self.exprs(values);
                self.close();
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.field("elts");
                self.exprs(elts);
                self.close();
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.open(match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                });
                self.field("elt");
                self.expr(elt);
                self.field("generators");
                self.comprehensions(generators);
                self.close();
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field("key");
                self.expr(key);
                self.field("value");
                self.expr(value);
                self.field("generators");
                self.comprehensions(generators);
                self.close();
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                let aw = matches!(e.kind, ExprKind::Await { .. });
                self.open(if aw { "Await" } else { "YieldFrom" });
                self.field("value");
                self.expr(value);
                self.close();
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.opt_expr("value", value);
                self.close();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field("left");
                self.expr(left);
                self.field("ops");
                self.list(ops, |d, op| d.simple(cmpop_name(*op)));
                self.field("comparators");
                self.exprs(comparators);
                self.close();
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field("func");
                self.expr(func);
                self.field("args");
                self.exprs(args);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
                self.close();
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field("value");
                self.expr(value);
                self.field("conversion");
                self.out.push_str(&conversion.to_string());
                self.opt_expr("format_spec", format_spec);
                self.close();
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.field("values");
                self.exprs(values);
                self.close();
            }
            ExprKind::Constant { value, kind } => {
                self.open("Constant");
                self.field("value");
                self.out.push_str(&repr_constant(value));
                self.opt_ident("kind", kind);
                self.close();
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field("value");
                self.expr(value);
                self.field("attr");
                self.ident(attr);
                self.ctx(*ctx);
                self.close();
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field("value");
                self.expr(value);
                self.field("slice");
                self.expr(slice);
                self.ctx(*ctx);
                self.close();
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.field("value");
                self.expr(value);
                self.ctx(*ctx);
                self.close();
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.field("id");
                self.ident(id);
                self.ctx(*ctx);
                self.close();
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                let list = matches!(e.kind, ExprKind::List { .. });
                self.open(if list { "List" } else { "Tuple" });
                self.field("elts");
                self.exprs(elts);
                self.ctx(*ctx);
                self.close();
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower);
                self.opt_expr("upper", upper);
                self.opt_expr("step", step);
                self.close();
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        self.pattern_fields(p);
        self.locate(p.loc);
    }

    fn pattern_fields(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.open("MatchValue");
                self.field("value");
                self.expr(value);
                self.close();
            }
            PatternKind::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.field("value");
                self.out.push_str(&repr_constant(value));
                self.close();
            }
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                let seq = matches!(p.kind, PatternKind::MatchSequence { .. });
                self.open(if seq { "MatchSequence" } else { "MatchOr" });
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
                self.close();
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.field("keys");
                self.exprs(keys);
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
                self.opt_ident("rest", rest);
                self.close();
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.field("cls");
                self.expr(cls);
                self.field("patterns");
                self.list(patterns, |d, x| d.pattern(x));
                self.field("kwd_attrs");
                self.list(kwd_attrs, |d, x| d.ident(x));
                self.field("kwd_patterns");
                self.list(kwd_patterns, |d, x| d.pattern(x));
                self.close();
            }
            PatternKind::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_ident("name", name);
                self.close();
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(pt) = pattern {
                    self.field("pattern");
                    self.pattern(pt);
                }
                self.opt_ident("name", name);
                self.close();
            }
        }
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// `repr()` of a constant, as CPython prints it.
pub fn repr_constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => repr_complex(*real, *imag),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(repr_constant).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(repr_constant).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
    }
}

/// CPython's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    let mut buf = [0u8; 4];
    krait_runtime::strlib::isprintable(c.encode_utf8(&mut buf))
}

/// `repr(str)` (CPython's quoting and escapes).
pub fn repr_str(s: &str) -> String {
    krait_runtime::strlib::str_repr(s)
}

/// `repr(bytes)`.
pub fn repr_bytes(b: &[u8]) -> String {
    krait_runtime::strlib::bytes_repr(b)
}

/// `repr(float)`: shortest round-trip digits.
pub fn repr_float(f: f64) -> String {
    krait_runtime::format::float_repr(f)
}

/// `repr(complex)`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    krait_runtime::format::complex_repr(real, imag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(0.00001), "1e-05");
        assert_eq!(repr_float(1.5), "1.5");
        assert_eq!(repr_float(f64::INFINITY), "inf");
        assert_eq!(repr_float(1.2345e100), "1.2345e+100");
        assert_eq!(repr_complex(0.0, 2.0), "2j");
        assert_eq!(repr_complex(0.0, 1e16), "1e+16j");
        assert_eq!(repr_float(99.99880981445312), "99.99880981445312");
        assert_eq!(repr_float(1429035198630573.2), "1429035198630573.2");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'\"b"), "'a\\'\"b'");
        assert_eq!(repr_str("\u{7}\u{85}é\u{200b}"), "'\\x07\\x85é\\u200b'");
        assert_eq!(repr_bytes(b"\x00a'"), "b\"\\x00a'\"");
    }
}
