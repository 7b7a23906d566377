//! Built-in modules the interpreter registers with the import system.

use super::import::register_builtin;
use krait_runtime::args::Args;
use krait_runtime::err::PyResult;
use krait_runtime::object::Value;
use krait_runtime::types::{dict, float, int, module, none, tuple, MethodDef};

fn gc_collect(a: &Args) -> PyResult<Value> {
    let [g] = a.bind("collect", ["generation"], 0)?;
    let g = match g.as_ref() {
        Some(v) => krait_runtime::protocol::index_i64(v)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(krait_runtime::err::value_error("invalid generation"));
    }
    Ok(int::from_i64(krait_runtime::gc::collect(g as usize) as i64))
}
fn gc_enable(a: &Args) -> PyResult<Value> {
    a.check("gc.enable", 0, 0)?;
    krait_runtime::gc::set_enabled(true);
    Ok(none::none())
}
fn gc_disable(a: &Args) -> PyResult<Value> {
    a.check("gc.disable", 0, 0)?;
    krait_runtime::gc::set_enabled(false);
    Ok(none::none())
}
fn gc_isenabled(a: &Args) -> PyResult<Value> {
    a.check("gc.isenabled", 0, 0)?;
    Ok(krait_runtime::types::bool_::new_bool(
        krait_runtime::gc::is_enabled(),
    ))
}
fn gc_get_threshold(_a: &Args) -> PyResult<Value> {
    let (a, b, c) = krait_runtime::gc::thresholds();
    Ok(tuple::new_tuple(vec![
        int::from_i64(a as i64),
        int::from_i64(b as i64),
        int::from_i64(c as i64),
    ]))
}
fn gc_set_threshold(a: &Args) -> PyResult<Value> {
    a.no_kw("set_threshold")?;
    let p = a.pos();
    if p.is_empty() {
        return Err(krait_runtime::err::type_error(format!(
            "set_threshold() takes at least 1 argument ({} given)",
            p.len()
        )));
    }
    if p.len() > 3 {
        return Err(krait_runtime::err::type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    let v: Vec<isize> = p
        .iter()
        .map(|x| krait_runtime::protocol::index_i64(x).map(|i| i as isize))
        .collect::<PyResult<_>>()?;
    krait_runtime::gc::set_thresholds(&v);
    Ok(none::none())
}
fn gc_get_count(_a: &Args) -> PyResult<Value> {
    let (a, b, c) = krait_runtime::gc::counts();
    Ok(tuple::new_tuple(vec![
        int::from_i64(a as i64),
        int::from_i64(b as i64),
        int::from_i64(c as i64),
    ]))
}
fn gc_is_tracked(a: &Args) -> PyResult<Value> {
    let p = a.check("is_tracked", 1, 1)?;
    Ok(krait_runtime::types::bool_::new_bool(
        krait_runtime::gc::is_tracked(&p[0]),
    ))
}

static GC_FUNCTIONS: &[MethodDef] = &[
    krait_runtime::types::method("collect", gc_collect),
    krait_runtime::types::method("enable", gc_enable),
    krait_runtime::types::method("disable", gc_disable),
    krait_runtime::types::method("isenabled", gc_isenabled),
    krait_runtime::types::method("get_threshold", gc_get_threshold),
    krait_runtime::types::method("set_threshold", gc_set_threshold),
    krait_runtime::types::method("get_count", gc_get_count),
    krait_runtime::types::method("is_tracked", gc_is_tracked),
];

fn make_gc() -> PyResult<Value> {
    let m = module::new_module("gc");
    let d = module::module_dict(&m).expect("dict");
    krait_runtime::builtins::add_functions(&d, GC_FUNCTIONS, "gc");
    dict::set_str(&d, "garbage", krait_runtime::types::list::new_list(vec![]));
    Ok(m)
}

fn now() -> std::time::Duration {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
}
thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}
fn mono() -> std::time::Duration {
    START.with(|s| s.elapsed())
}
fn t_time(_a: &Args) -> PyResult<Value> {
    Ok(float::new_float(now().as_secs_f64()))
}
fn t_time_ns(_a: &Args) -> PyResult<Value> {
    Ok(int::from_i128(now().as_nanos() as i128))
}
fn t_perf_counter(_a: &Args) -> PyResult<Value> {
    Ok(float::new_float(mono().as_secs_f64()))
}
fn t_perf_counter_ns(_a: &Args) -> PyResult<Value> {
    Ok(int::from_i128(mono().as_nanos() as i128))
}
fn cpu_time() -> std::time::Duration {
    let mut ts = [0i64; 2];
    // SAFETY: clock_gettime writes a timespec (two longs) into `ts`.
    unsafe {
        extern "C" {
            fn clock_gettime(clk: i32, ts: *mut i64) -> i32;
        }
        clock_gettime(2, ts.as_mut_ptr());
    }
    std::time::Duration::new(ts[0] as u64, ts[1] as u32)
}
fn t_process_time(_a: &Args) -> PyResult<Value> {
    Ok(float::new_float(cpu_time().as_secs_f64()))
}
fn t_process_time_ns(_a: &Args) -> PyResult<Value> {
    Ok(int::from_i128(cpu_time().as_nanos() as i128))
}
fn t_sleep(a: &Args) -> PyResult<Value> {
    let p = a.check("sleep", 1, 1)?;
    let s = if let Some(x) = krait_runtime::types::float::as_f64(&p[0]) {
        x
    } else {
        krait_runtime::protocol::index_i64(&p[0])? as f64
    };
    if s < 0.0 {
        return Err(krait_runtime::err::value_error(
            "sleep length must be non-negative",
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(none::none())
}

/// The C library's `struct tm` (glibc, 64-bit Linux layout).
#[repr(C)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const std::ffi::c_char,
}

/// `_localzone(t)`: the local UTC offset in seconds, the zone name and the
/// DST flag in effect at POSIX time `t` (from the C library's `localtime_r`).
fn t_localzone(a: &Args) -> PyResult<Value> {
    let p = a.check("_localzone", 1, 1)?;
    let t = krait_runtime::protocol::to_f64(&p[0])?.floor();
    if !t.is_finite() || t.abs() > 1e15 {
        return Err(krait_runtime::err::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    let secs = t as i64;
    let mut tm = Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    };
    extern "C" {
        fn tzset();
        fn localtime_r(t: *const i64, tm: *mut Tm) -> *mut Tm;
    }
    // SAFETY: `secs` and `tm` are valid for the call; localtime_r fills `tm`
    // and returns null on failure; tm_zone, when set, points to a
    // NUL-terminated string owned by the C library that outlives this call.
    let (ok, zone) = unsafe {
        tzset();
        let ok = !localtime_r(&secs, &mut tm).is_null();
        let zone = if ok && !tm.tm_zone.is_null() {
            std::ffi::CStr::from_ptr(tm.tm_zone)
                .to_string_lossy()
                .into_owned()
        } else {
            "UTC".to_string()
        };
        (ok, zone)
    };
    if !ok {
        return Err(krait_runtime::err::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tuple::new_tuple(vec![
        int::from_i64(tm.tm_gmtoff),
        krait_runtime::types::str::from_string(zone),
        int::from_i64(tm.tm_isdst as i64),
    ]))
}

/// Python half of `time`: struct_time and the calendar functions.
const TIME_BOOTSTRAP: &str = include_str!("../../pylib/_time_bootstrap.py");

static TIME_FUNCTIONS: &[MethodDef] = &[
    krait_runtime::types::method("_localzone", t_localzone),
    krait_runtime::types::method("time", t_time),
    krait_runtime::types::method("time_ns", t_time_ns),
    krait_runtime::types::method("perf_counter", t_perf_counter),
    krait_runtime::types::method("perf_counter_ns", t_perf_counter_ns),
    krait_runtime::types::method("monotonic", t_perf_counter),
    krait_runtime::types::method("monotonic_ns", t_perf_counter_ns),
    krait_runtime::types::method("process_time", t_process_time),
    krait_runtime::types::method("process_time_ns", t_process_time_ns),
    krait_runtime::types::method("sleep", t_sleep),
];

fn make_time() -> PyResult<Value> {
    let m = module::new_module("time");
    let d = module::module_dict(&m).expect("dict");
    krait_runtime::builtins::add_functions(&d, TIME_FUNCTIONS, "time");
    dict::set_str(&d, "__name__", krait_runtime::types::str::new_str("time"));
    let code =
        crate::compiler::compile_source(TIME_BOOTSTRAP, "<time bootstrap>", crate::Mode::Exec)
            .map_err(super::compile_error_to_py)?;
    let cv = super::codeval::make_code_value(&code);
    let cd = super::codeval::code_data(&cv).expect("code").clone();
    super::call::run_code_in(&cd, d.clone(), None)?;
    Ok(m)
}

/// Registers every built-in module.
pub fn register_all() {
    register_builtin("gc", make_gc);
    register_builtin("time", make_time);
    register_builtin("math", krait_runtime::modules::math::make);
    register_builtin("_random", krait_runtime::modules::random::make);
    register_builtin("_operator", krait_runtime::modules::operator::make);
    register_builtin("posix", krait_runtime::modules::posix::make);
    register_builtin("_struct", krait_runtime::modules::structbits::make);
}
