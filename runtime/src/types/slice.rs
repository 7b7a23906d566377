//! `slice` objects and the index arithmetic every sequence shares.

use crate::alloc::{alloc_gc, layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol::{self, CompareOp};
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, int, none, str as pystr, tuple, GetSetDef, MethodDef};

#[repr(C)]
pub struct SliceObject {
    pub head: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Payload for SliceObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}
pub static SLICE_LAYOUT: Layout = layout_of::<SliceObject>(true, None, None);
pub static SLICE_TYPE: TypeObject = TypeObject::new_static("slice", &OBJECT_TYPE, 0, &SLICE_LAYOUT);

/// `slice(start, stop, step)`.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc_gc(SliceObject {
        head: ObjHeader::new(&SLICE_TYPE),
        start,
        stop,
        step,
    })
}

/// The payload if `v` is a slice.
pub fn downcast(v: &Value) -> Option<&SliceObject> {
    if !v.is_small_int() && v.is_exact(&SLICE_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { v.payload_unchecked::<SliceObject>() })
    } else {
        None
    }
}

fn clamp_index(v: &Value) -> PyResult<i64> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i);
    }
    if int::is_int(v) || protocol::lookup_special(v, "__index__").is_some() {
        let b = protocol::index_of(v)?;
        return Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
    }
    Err(type_error(
        "slice indices must be integers or None or have an __index__ method",
    ))
}

impl SliceObject {
    /// CPython's PySlice_GetIndicesEx: (start, stop, step) for a sequence of `len`.
    pub fn indices(&self, len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = if none::is_none(&self.step) {
            1
        } else {
            clamp_index(&self.step)?
        };
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adj = |v: &Value, default: i64| -> PyResult<i64> {
            if none::is_none(v) {
                return Ok(default);
            }
            let mut i = clamp_index(v)?;
            if i < 0 {
                i += len;
                if i < lower {
                    i = lower;
                }
            } else if i > upper {
                i = upper;
            }
            Ok(i)
        };
        let start = adj(&self.start, if step < 0 { upper } else { lower })?;
        let stop = adj(&self.stop, if step < 0 { lower } else { upper })?;
        Ok((start, stop, step))
    }
}

/// Number of items selected by (start, stop, step).
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// Positions selected by (start, stop, step).
pub fn positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let n = slice_len(start, stop, step);
    (0..n).map(|k| (start + k as i64 * step) as usize).collect()
}

/// The items selected by (start, stop, step).
pub fn collect(items: &[Value], start: i64, stop: i64, step: i64) -> Vec<Value> {
    if step == 1 {
        if stop <= start {
            return Vec::new();
        }
        return items[start as usize..stop as usize].to_vec();
    }
    positions(start, stop, step)
        .into_iter()
        .map(|i| items[i].clone())
        .collect()
}

/// The optional (start, stop) arguments of index()/count(), normalized.
pub fn start_stop_args(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            None => default,
            Some(v) if none::is_none(v) => default,
            Some(v) => clamp_index(v)?,
        };
        let j = if i < 0 {
            (i + len as i64).max(0)
        } else {
            i.min(len as i64)
        };
        Ok(j as usize)
    };
    Ok((norm(args.first(), 0)?, norm(args.get(1), len as i64)?))
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a SliceObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("slice expected"))
}

fn s_new(a: &Args) -> PyResult<Value> {
    a.no_kw("slice")?;
    let p = &a.pos()[1..];
    match p.len() {
        1 => Ok(new_slice(none::none(), p[0].clone(), none::none())),
        2 => Ok(new_slice(p[0].clone(), p[1].clone(), none::none())),
        3 => Ok(new_slice(p[0].clone(), p[1].clone(), p[2].clone())),
        0 => Err(type_error("slice expected at least 1 argument, got 0")),
        n => Err(type_error(format!(
            "slice expected at most 3 arguments, got {n}"
        ))),
    }
}
fn s_repr(a: &Args) -> PyResult<Value> {
    let s = this(a)?;
    Ok(pystr::from_string(format!(
        "slice({}, {}, {})",
        protocol::repr_string(&s.start)?,
        protocol::repr_string(&s.stop)?,
        protocol::repr_string(&s.step)?
    )))
}
fn s_indices(a: &Args) -> PyResult<Value> {
    let p = a.check("indices", 2, 2)?;
    let n = protocol::index_i64(&p[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (x, y, z) = this(a)?.indices(n as usize)?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(x),
        int::from_i64(y),
        int::from_i64(z),
    ]))
}
fn s_eq(a: &Args) -> PyResult<Value> {
    let p = a.check("__eq__", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(none::not_implemented());
    };
    let l = [x.start.clone(), x.stop.clone(), x.step.clone()];
    let r = [y.start.clone(), y.stop.clone(), y.step.clone()];
    Ok(bool_::new_bool(tuple::seq_compare(&l, &r, CompareOp::Eq)?))
}
fn get_start(v: &Value) -> PyResult<Value> {
    Ok(downcast(v).unwrap().start.clone())
}
fn get_stop(v: &Value) -> PyResult<Value> {
    Ok(downcast(v).unwrap().stop.clone())
}
fn get_step(v: &Value) -> PyResult<Value> {
    Ok(downcast(v).unwrap().step.clone())
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", s_new),
    crate::types::method("__repr__", s_repr),
    crate::types::method("indices", s_indices),
    crate::types::method("__eq__", s_eq),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "start",
        get: get_start,
        set: None,
    },
    GetSetDef {
        name: "stop",
        get: get_stop,
        set: None,
    },
    GetSetDef {
        name: "step",
        get: get_step,
        set: None,
    },
];

pub fn init() {
    crate::types::init_builtin_type(&SLICE_TYPE, METHODS, GETSETS);
    crate::types::dict::set_str(&SLICE_TYPE.dict_value(), "__hash__", none::none());
}
