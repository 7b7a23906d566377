//! Command-line parsing and the run modes, with CPython's usage errors and
//! exit statuses (2 for a usage error, 1 for an uncaught exception).

use krait_interp::vm;
use std::io::{IsTerminal, Read};

const USAGE: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
       krait tokens FILE | krait ast FILE | krait dis [--specialized] FILE
Options and arguments:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
-u     : unbuffered binary stdout and stderr (accepted)
-B, -E, -I, -O, -s, -S : accepted for compatibility
--jit off|on|PARAMS : the tracing JIT (PARAMS: threshold=N,trace_limit=N,...)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Inspection:
krait tokens FILE : the token stream, as `python -m tokenize`
krait ast FILE    : the syntax tree, as `ast.dump(ast.parse(source))`
krait dis FILE    : the bytecode of every code object, as `dis.dis`
";

/// JIT settings from `--jit` (the JIT itself arrives later; the flag is
/// validated now so scripts and benchmarks can pass it).
#[derive(Debug, Clone, Default)]
#[allow(dead_code)] // read by the JIT once it lands
pub struct JitOptions {
    pub enabled: bool,
    pub params: Vec<(String, String)>,
}

fn parse_jit(v: &str) -> Result<JitOptions, String> {
    match v {
        "off" => Ok(JitOptions {
            enabled: false,
            params: vec![],
        }),
        "on" => Ok(JitOptions {
            enabled: true,
            params: vec![],
        }),
        _ => {
            let mut params = Vec::new();
            for kv in v.split(',') {
                let (k, val) = kv
                    .split_once('=')
                    .ok_or_else(|| format!("--jit: expected off, on or key=value, got '{kv}'"))?;
                match k {
                    "threshold" | "trace_limit" | "function_threshold" | "trace_eagerness"
                    | "max_retrace_guards" | "loop_longevity" | "retrace_limit"
                    | "max_unroll_loops" | "enable_opts" => {}
                    _ => return Err(format!("--jit: unknown parameter '{k}'")),
                }
                params.push((k.to_string(), val.to_string()));
            }
            Ok(JitOptions {
                enabled: true,
                params,
            })
        }
    }
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}");
    eprintln!("{USAGE}");
    eprintln!("Try `krait -h' for more information.");
    2
}

fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| "krait".into())
}

fn read_file(path: &str) -> Result<Vec<u8>, i32> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) => {
            let (errno, what) = match e.kind() {
                std::io::ErrorKind::NotFound => (2, "No such file or directory".to_string()),
                std::io::ErrorKind::PermissionDenied => (13, "Permission denied".to_string()),
                _ => (e.raw_os_error().unwrap_or(5), e.to_string()),
            };
            let exe = executable();
            let errno = if std::path::Path::new(path).is_dir() {
                21
            } else {
                errno
            };
            let what = if errno == 21 {
                "Is a directory".to_string()
            } else {
                what
            };
            eprintln!(
                "{exe}: can't open file '{}': [Errno {errno}] {what}",
                abs(path)
            );
            Err(2)
        }
    }
}

fn abs(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    std::env::current_dir()
        .map(|d| d.join(p).to_string_lossy().to_string())
        .unwrap_or_else(|_| path.to_string())
}

/// Runs source as `__main__` and returns the exit status.
fn run_main_source(src: &str, filename: &str, file_attr: Option<&str>) -> i32 {
    let globals = vm::main_namespace(file_attr);
    let code = match vm::run_source(src, filename, globals) {
        Ok(_) => 0,
        Err(e) => vm::handle_uncaught(e),
    };
    vm::report_opstats();
    vm::flush_std();
    code
}

fn decode(bytes: &[u8], filename: &str) -> Result<String, i32> {
    match krait_interp::source::decode_source(bytes, filename) {
        Ok(s) => Ok(s),
        Err(e) => {
            let pe = vm::compile_error_to_py(e);
            let code = vm::handle_uncaught(pe);
            vm::flush_std();
            Err(code)
        }
    }
}

fn init(argv: Vec<String>, path0: Option<String>) -> Result<(), i32> {
    if let Err(e) = vm::init(argv, path0, &executable()) {
        eprintln!("krait: failed to initialize: {:?}", e);
        return Err(1);
    }
    Ok(())
}

fn inspect(cmd: &str, rest: &[String]) -> i32 {
    let mut specialized = false;
    let mut file = None;
    for a in rest {
        match a.as_str() {
            "--specialized" if cmd == "dis" => specialized = true,
            _ if file.is_none() => file = Some(a.clone()),
            _ => return usage_error(&format!("krait {cmd}: unexpected argument '{a}'")),
        }
    }
    let Some(file) = file else {
        return usage_error(&format!("krait {cmd}: missing FILE"));
    };
    let bytes = match read_file(&file) {
        Ok(b) => b,
        Err(c) => return c,
    };
    if let Err(c) = init(vec![file.clone()], parent_dir(&file)) {
        return c;
    }
    let src = match decode(&bytes, &file) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let result = match cmd {
        "tokens" => krait_interp::lexer::dump_tokens(&src, &file),
        "ast" => krait_interp::parser::parse(&src, &file, krait_interp::Mode::Exec)
            .map(|m| krait_interp::ast_dump::dump(&m) + "\n"),
        _ if specialized => {
            // Run the program, then show its code as it ran: instructions
            // the specializer rewrote appear under their specialized names.
            let globals = vm::main_namespace(Some(&file));
            let (r, code) = vm::run_source_quickened(&src, &file, globals);
            if let Err(e) = r {
                vm::handle_uncaught(e);
            }
            vm::flush_std();
            match code {
                Some(c) => Ok(krait_interp::dis::disassemble(&c)),
                None => {
                    krait_interp::compiler::compile_source(&src, &file, krait_interp::Mode::Exec)
                        .map(|c| krait_interp::dis::disassemble(&c))
                }
            }
        }
        _ => krait_interp::compiler::compile_source(&src, &file, krait_interp::Mode::Exec)
            .map(|c| krait_interp::dis::disassemble(&c)),
    };
    match result {
        Ok(out) => {
            use std::io::Write;
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(out.as_bytes());
            let _ = o.flush();
            0
        }
        Err(e) => {
            let code = vm::handle_uncaught(vm::compile_error_to_py(e.with_source(&src)));
            vm::flush_std();
            code
        }
    }
}

fn parent_dir(file: &str) -> Option<String> {
    let p = std::path::Path::new(file)
        .parent()?
        .to_string_lossy()
        .to_string();
    Some(p)
}

/// Entry point (on the interpreter thread); returns the exit status.
pub fn main(args: Vec<String>) -> i32 {
    let mut i = 1;
    let mut _jit = JitOptions {
        enabled: true,
        params: vec![],
    };
    if let Some(cmd) = args.get(1) {
        if matches!(cmd.as_str(), "tokens" | "ast" | "dis")
            && args.len() >= 3
            && !std::path::Path::new(cmd).exists()
        {
            return inspect(cmd, &args[2..]);
        }
    }
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{HELP}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (krait {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--jit" => {
                let Some(v) = args.get(i + 1) else {
                    return usage_error("Argument expected for the --jit option");
                };
                match parse_jit(v) {
                    Ok(j) => _jit = j,
                    Err(m) => return usage_error(&m),
                }
                i += 2;
                continue;
            }
            s if s.starts_with("--jit=") => {
                match parse_jit(&s[6..]) {
                    Ok(j) => _jit = j,
                    Err(m) => return usage_error(&m),
                }
                i += 1;
                continue;
            }
            "-c" => {
                let Some(cmd) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                if let Err(c) = init(argv, Some(String::new())) {
                    return c;
                }
                return run_main_source(cmd, "<string>", None);
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -m option");
                };
                return run_module(m, &args[i + 2..]);
            }
            "-" => break,
            s if s.starts_with("-c") && s.len() > 2 => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                if let Err(c) = init(argv, Some(String::new())) {
                    return c;
                }
                return run_main_source(&s[2..], "<string>", None);
            }
            "-u" | "-B" | "-E" | "-I" | "-O" | "-OO" | "-s" | "-S" | "-b" | "-q" | "-R" | "-d"
            | "-v" => {
                i += 1;
                continue;
            }
            "-X" | "-W" => {
                i += 2;
                continue;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                let opt = if s.starts_with("--") {
                    s.to_string()
                } else {
                    s[..2].to_string()
                };
                let msg = if s.starts_with("--") {
                    format!("unknown option {opt}")
                } else {
                    format!("Unknown option: {opt}")
                };
                return usage_error(&msg);
            }
            _ => {
                let file = a.clone();
                let bytes = match read_file(&file) {
                    Ok(b) => b,
                    Err(c) => return c,
                };
                let argv: Vec<String> = args[i..].to_vec();
                // CPython 3.11 runs the script under its absolute path.
                let full = abs(&file);
                if let Err(c) = init(argv, parent_dir(&full).or(Some(String::new()))) {
                    return c;
                }
                let src = match decode(&bytes, &full) {
                    Ok(s) => s,
                    Err(c) => return c,
                };
                return run_main_source(&src, &full, Some(&full));
            }
        }
    }
    // Program from stdin, or the REPL.
    let rest: Vec<String> = if i < args.len() {
        args[i + 1..].to_vec()
    } else {
        vec![]
    };
    let mut argv = vec![if i < args.len() {
        "-".to_string()
    } else {
        String::new()
    }];
    argv.extend(rest);
    if let Err(c) = init(argv, Some(String::new())) {
        return c;
    }
    if std::io::stdin().is_terminal() && i >= args.len() {
        return crate::repl::run();
    }
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        eprintln!("krait: cannot read stdin");
        return 1;
    }
    let src = match decode(&bytes, "<stdin>") {
        Ok(s) => s,
        Err(c) => return c,
    };
    run_main_source(&src, "<stdin>", None)
}

fn run_module(name: &str, rest: &[String]) -> i32 {
    let mut argv = vec![name.to_string()];
    argv.extend(rest.iter().cloned());
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    if let Err(c) = init(argv, Some(cwd.clone())) {
        return c;
    }
    // Find the module's file on sys.path without importing it as itself.
    let parts: Vec<&str> = name.split('.').collect();
    let mut dirs: Vec<std::path::PathBuf> = vec![std::path::PathBuf::from(&cwd)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        dirs.extend(
            pp.split(':')
                .filter(|p| !p.is_empty())
                .map(std::path::PathBuf::from),
        );
    }
    for d in dirs {
        let base = parts.iter().fold(d.clone(), |p, s| p.join(s));
        let candidates = [base.with_extension("py"), base.join("__main__.py")];
        for c in candidates {
            if c.is_file() {
                let file = c.to_string_lossy().to_string();
                let bytes = match read_file(&file) {
                    Ok(b) => b,
                    Err(code) => return code,
                };
                if let Some(argv0) = krait_runtime::builtins::sys_attr("argv") {
                    let _ = krait_runtime::protocol::setitem(
                        &argv0,
                        &krait_runtime::types::int::from_i64(0),
                        krait_runtime::types::str::new_str(&file),
                    );
                }
                let src = match decode(&bytes, &file) {
                    Ok(s) => s,
                    Err(code) => return code,
                };
                return run_main_source(&src, &file, Some(&file));
            }
        }
    }
    let exe = executable();
    eprintln!("{exe}: No module named {name}");
    1
}
