//! `range` and its iterator. Bounds are arbitrary ints; the iterator has an
//! i64 fast path (what FOR_ITER_RANGE specializes on).

use crate::alloc::{alloc_gc, alloc_plain, layout_of, Payload};
use crate::args::Args;
use crate::err::{index_error, type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::{bool_, int, none, slice, str as pystr, tuple, GetSetDef, MethodDef};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::Cell;

#[repr(C)]
pub struct RangeObject {
    pub head: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
impl Payload for RangeObject {}
pub static RANGE_LAYOUT: Layout = layout_of::<RangeObject>(false, None, None);
pub static RANGE_TYPE: TypeObject = TypeObject::new_static("range", &OBJECT_TYPE, 0, &RANGE_LAYOUT);

/// Iterator over a range that fits i64.
#[repr(C)]
pub struct RangeIter {
    pub head: ObjHeader,
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}
impl Payload for RangeIter {}
pub static RANGE_ITER_LAYOUT: Layout = layout_of::<RangeIter>(false, None, None);
pub static RANGE_ITER_TYPE: TypeObject =
    TypeObject::new_static("range_iterator", &OBJECT_TYPE, 0, &RANGE_ITER_LAYOUT);

/// Iterator over a range with big bounds.
#[repr(C)]
pub struct LongRangeIter {
    pub head: ObjHeader,
    pub next: std::cell::RefCell<BigInt>,
    pub step: BigInt,
    pub remaining: std::cell::RefCell<BigInt>,
}
impl Payload for LongRangeIter {}
pub static LONGRANGE_ITER_LAYOUT: Layout = layout_of::<LongRangeIter>(false, None, None);
pub static LONGRANGE_ITER_TYPE: TypeObject = TypeObject::new_static(
    "longrange_iterator",
    &OBJECT_TYPE,
    0,
    &LONGRANGE_ITER_LAYOUT,
);

/// The payload if `v` is a range.
pub fn downcast(v: &Value) -> Option<&RangeObject> {
    if !v.is_small_int() && v.is_exact(&RANGE_TYPE) {
        // SAFETY: checked type.
        Some(unsafe { v.payload_unchecked::<RangeObject>() })
    } else {
        None
    }
}

fn big(v: &Value) -> BigInt {
    int::to_bigint(v).expect("range bounds are ints")
}

impl RangeObject {
    /// Number of items (as a BigInt).
    pub fn len_big(&self) -> BigInt {
        let (lo, hi, st) = (big(&self.start), big(&self.stop), big(&self.step));
        if st.is_positive() {
            if lo < hi {
                (hi - lo - 1) / &st + 1
            } else {
                BigInt::zero()
            }
        } else if lo > hi {
            (lo - hi - 1) / (-st) + 1
        } else {
            BigInt::zero()
        }
    }
    /// (start, step, len) when all fit i64.
    pub fn small(&self) -> Option<(i64, i64, u64)> {
        let s = int::as_i64(&self.start)?;
        let st = int::as_i64(&self.step)?;
        let e = int::as_i64(&self.stop)?;
        // The length in i128 (no big-int arithmetic for machine-size ranges).
        let (lo, hi, step) = (s as i128, e as i128, st as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        Some((s, st, u64::try_from(n).ok()?))
    }
    fn item(&self, i: &BigInt) -> BigInt {
        big(&self.start) + i * big(&self.step)
    }
}

fn to_index_value(v: &Value) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(int::from_bigint(int::to_bigint(v).unwrap()));
    }
    Ok(int::from_bigint(protocol::index_of(v)?))
}

fn range_new(a: &Args) -> PyResult<Value> {
    a.no_kw("range")?;
    let p = &a.pos()[1..];
    let (start, stop, step) = match p.len() {
        1 => (int::from_i64(0), to_index_value(&p[0])?, int::from_i64(1)),
        2 => (
            to_index_value(&p[0])?,
            to_index_value(&p[1])?,
            int::from_i64(1),
        ),
        3 => (
            to_index_value(&p[0])?,
            to_index_value(&p[1])?,
            to_index_value(&p[2])?,
        ),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if int::to_bigint(&step).map(|s| s.is_zero()).unwrap_or(false) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

/// `range(start, stop, step)` from int values.
pub fn new_range(start: Value, stop: Value, step: Value) -> Value {
    alloc_plain(RangeObject {
        head: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a RangeObject> {
    downcast(&a.pos()[0]).ok_or_else(|| type_error("range expected"))
}

fn range_len(a: &Args) -> PyResult<Value> {
    let r = this(a)?;
    if let Some((_, _, n)) = r.small() {
        if let Ok(n) = i64::try_from(n) {
            return Ok(int::from_i64(n));
        }
    }
    let n = r.len_big();
    if n.to_i64().is_none() {
        return Err(crate::err::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(int::from_bigint(n))
}

/// `iter(range)`.
pub fn range_iter_value(r: &RangeObject) -> Value {
    match r.small() {
        Some((s, st, n)) => alloc_plain(RangeIter {
            head: ObjHeader::new(&RANGE_ITER_TYPE),
            next: Cell::new(s),
            step: st,
            remaining: Cell::new(n),
        }),
        None => alloc_plain(LongRangeIter {
            head: ObjHeader::new(&LONGRANGE_ITER_TYPE),
            next: std::cell::RefCell::new(big(&r.start)),
            step: big(&r.step),
            remaining: std::cell::RefCell::new(r.len_big()),
        }),
    }
}

fn range_iter(a: &Args) -> PyResult<Value> {
    Ok(range_iter_value(this(a)?))
}

fn range_reversed(a: &Args) -> PyResult<Value> {
    let r = this(a)?;
    let n = r.len_big();
    let last = r.item(&(&n - 1));
    let step = -big(&r.step);
    let stop = &last + &step * &n;
    let rev = RangeObject {
        head: ObjHeader::new(&RANGE_TYPE),
        start: int::from_bigint(last),
        stop: int::from_bigint(stop),
        step: int::from_bigint(step),
    };
    Ok(range_iter_value(&rev))
}

/// FOR_ITER fast path: next item of a small range iterator.
#[inline]
pub fn range_iter_next_fast(it: &Value) -> Option<Option<i64>> {
    if !it.is_exact(&RANGE_ITER_TYPE) {
        return None;
    }
    // SAFETY: checked type.
    let r = unsafe { it.payload_unchecked::<RangeIter>() };
    let rem = r.remaining.get();
    if rem == 0 {
        return Some(None);
    }
    let v = r.next.get();
    r.remaining.set(rem - 1);
    r.next.set(v.wrapping_add(r.step));
    Some(Some(v))
}

fn range_iter_next(it: &Value) -> PyResult<Option<Value>> {
    Ok(range_iter_next_fast(it).flatten().map(int::from_i64))
}

fn longrange_iter_next(it: &Value) -> PyResult<Option<Value>> {
    // SAFETY: slot only on LongRangeIter.
    let r = unsafe { it.payload_unchecked::<LongRangeIter>() };
    if r.remaining.borrow().is_zero() {
        return Ok(None);
    }
    let v = r.next.borrow().clone();
    *r.remaining.borrow_mut() -= 1;
    *r.next.borrow_mut() += &r.step;
    Ok(Some(int::from_bigint(v)))
}

fn range_getitem(a: &Args) -> PyResult<Value> {
    let p = a.check("__getitem__", 2, 2)?;
    let r = this(a)?;
    if let Some(s) = slice::downcast(&p[1]) {
        let n = r
            .len_big()
            .to_usize()
            .ok_or_else(|| crate::err::overflow_error("range too large"))?;
        let (start, stop, step) = s.indices(n)?;
        let rs = big(&r.step);
        let new_start = r.item(&BigInt::from(start));
        let new_stop = r.item(&BigInt::from(stop));
        return Ok(new_range(
            int::from_bigint(new_start),
            int::from_bigint(new_stop),
            int::from_bigint(rs * step),
        ));
    }
    let i = protocol::index_of(&p[1]).map_err(|_| {
        type_error(format!(
            "range indices must be integers or slices, not {}",
            p[1].ty().name()
        ))
    })?;
    let n = r.len_big();
    let j = if i.is_negative() { &i + &n } else { i };
    if j.is_negative() || j >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(int::from_bigint(r.item(&j)))
}

fn contains_int(r: &RangeObject, x: &BigInt) -> bool {
    let (lo, hi, st) = (big(&r.start), big(&r.stop), big(&r.step));
    let inside = if st.is_positive() {
        lo <= *x && *x < hi
    } else {
        hi < *x && *x <= lo
    };
    inside && (x - &lo).mod_floor(&st.abs()).is_zero()
}

fn range_contains(a: &Args) -> PyResult<Value> {
    let p = a.check("__contains__", 2, 2)?;
    let r = this(a)?;
    if int::is_int(&p[1]) && (p[1].is_small_int() || !p[1].ty().is_heap()) {
        return Ok(bool_::new_bool(contains_int(
            r,
            &int::to_bigint(&p[1]).unwrap(),
        )));
    }
    let it = range_iter_value(r);
    while let Some(x) = protocol::next(&it)? {
        if protocol::eq(&x, &p[1])? {
            return Ok(bool_::true_());
        }
    }
    Ok(bool_::false_())
}

fn range_index(a: &Args) -> PyResult<Value> {
    let p = a.check("index", 2, 2)?;
    let r = this(a)?;
    if int::is_int(&p[1]) {
        let x = int::to_bigint(&p[1]).unwrap();
        if contains_int(r, &x) {
            return Ok(int::from_bigint((x - big(&r.start)) / big(&r.step)));
        }
    }
    Err(value_error(format!(
        "{} is not in range",
        protocol::repr_string(&p[1])?
    )))
}

fn range_count(a: &Args) -> PyResult<Value> {
    let p = a.check("count", 2, 2)?;
    let r = this(a)?;
    if int::is_int(&p[1]) {
        return Ok(int::from_i64(
            contains_int(r, &int::to_bigint(&p[1]).unwrap()) as i64,
        ));
    }
    Ok(int::from_i64(0))
}

fn range_repr(a: &Args) -> PyResult<Value> {
    let r = this(a)?;
    let s = if int::as_i64(&r.step) == Some(1) {
        format!(
            "range({}, {})",
            protocol::repr_string(&r.start)?,
            protocol::repr_string(&r.stop)?
        )
    } else {
        format!(
            "range({}, {}, {})",
            protocol::repr_string(&r.start)?,
            protocol::repr_string(&r.stop)?,
            protocol::repr_string(&r.step)?
        )
    };
    Ok(pystr::from_string(s))
}

fn key(r: &RangeObject) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    let n = r.len_big();
    if n.is_zero() {
        (n, None, None)
    } else if n == BigInt::from(1) {
        (n, Some(big(&r.start)), None)
    } else {
        (n, Some(big(&r.start)), Some(big(&r.step)))
    }
}

fn range_eq(a: &Args) -> PyResult<Value> {
    let p = a.check("__eq__", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(key(x) == key(y)))
}
fn range_ne(a: &Args) -> PyResult<Value> {
    let p = a.check("__ne__", 2, 2)?;
    let (Some(x), Some(y)) = (downcast(&p[0]), downcast(&p[1])) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(key(x) != key(y)))
}
fn range_hash(a: &Args) -> PyResult<Value> {
    let (n, s, st) = key(this(a)?);
    let items = vec![
        int::from_bigint(n),
        s.map(int::from_bigint).unwrap_or_else(none::none),
        st.map(int::from_bigint).unwrap_or_else(none::none),
    ];
    Ok(int::from_i64(tuple::hash_items(&items)?))
}
fn range_bool(a: &Args) -> PyResult<Value> {
    Ok(bool_::new_bool(!this(a)?.len_big().is_zero()))
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
fn ri_len(a: &Args) -> PyResult<Value> {
    let it = &a.pos()[0];
    if it.is_exact(&RANGE_ITER_TYPE) {
        // SAFETY: checked type.
        return Ok(int::from_i64(
            unsafe { it.payload_unchecked::<RangeIter>() }
                .remaining
                .get() as i64,
        ));
    }
    // SAFETY: method only on the two range iterator types.
    Ok(int::from_bigint(
        unsafe { it.payload_unchecked::<LongRangeIter>() }
            .remaining
            .borrow()
            .clone(),
    ))
}

static METHODS: &[MethodDef] = &[
    crate::types::staticmethod("__new__", range_new),
    crate::types::method("__len__", range_len),
    crate::types::method("__iter__", range_iter),
    crate::types::method("__reversed__", range_reversed),
    crate::types::method("__getitem__", range_getitem),
    crate::types::method("__contains__", range_contains),
    crate::types::method("__repr__", range_repr),
    crate::types::method("__eq__", range_eq),
    crate::types::method("__ne__", range_ne),
    crate::types::method("__hash__", range_hash),
    crate::types::method("__bool__", range_bool),
    crate::types::method("index", range_index),
    crate::types::method("count", range_count),
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
static ITER_METHODS: &[MethodDef] = &[
    crate::types::method("__iter__", crate::types::iter::iter_self),
    crate::types::method("__next__", crate::types::iter::iter_next_method),
    crate::types::method("__length_hint__", ri_len),
];

pub fn init() {
    crate::types::init_builtin_type(&RANGE_TYPE, METHODS, GETSETS);
    RANGE_ITER_TYPE.iternext.set(Some(range_iter_next));
    crate::types::init_builtin_type(&RANGE_ITER_TYPE, ITER_METHODS, &[]);
    LONGRANGE_ITER_TYPE.iternext.set(Some(longrange_iter_next));
    crate::types::init_builtin_type(&LONGRANGE_ITER_TYPE, ITER_METHODS, &[]);
    let _ = alloc_gc::<RangeObject>;
}
