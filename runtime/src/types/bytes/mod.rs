//! `bytes` and `bytearray`: immutable and mutable byte strings.
//!
//! The two types share one method table ([`methods`]) whose functions look
//! at `self` to decide whether results are `bytes` or `bytearray`; the
//! algorithms come from `strlib::bytes` and `strlib::search`. [`ops`] holds
//! the protocol dunders, [`bytearray`](mod@bytearray) the mutation methods.
//!
//! A bytearray's buffer is a `RefCell<Vec<u8>>`: no borrow is ever held
//! across a call back into Python (arguments are converted first).

mod bytearray;
mod methods;
mod ops;

use crate::alloc::{alloc_instance, alloc_plain, layout_of, sub_layout_of, Payload};
use crate::args::Args;
use crate::err::{type_error, value_error, PyResult};
use crate::object::{ObjHeader, Value};
use crate::protocol;
use crate::typeobj::{downcast_type, flags, Layout, TypeObject};
use crate::types::object::OBJECT_TYPE;
use crate::types::str::as_str;
use crate::types::str_methods::args::{kw, rest};
use crate::types::{int, none};
use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

/// A `bytes` object (or the base part of a subclass instance).
#[repr(C)]
pub struct BytesObject {
    pub head: ObjHeader,
    /// -1 until computed.
    pub hash: Cell<i64>,
    /// The bytes.
    pub data: Box<[u8]>,
}
impl Payload for BytesObject {}

/// A `bytearray` object (or the base part of a subclass instance).
#[repr(C)]
pub struct ByteArrayObject {
    pub head: ObjHeader,
    /// The bytes (never borrowed across a call into Python).
    pub data: RefCell<Vec<u8>>,
}
impl Payload for ByteArrayObject {}

/// Layout of instances of Python subclasses of `bytes`.
pub static BYTES_SUB_LAYOUT: Layout = sub_layout_of::<BytesObject>(None);
/// Layout of `bytes` objects.
pub static BYTES_LAYOUT: Layout = layout_of::<BytesObject>(false, None, Some(&BYTES_SUB_LAYOUT));
/// The `bytes` type.
pub static BYTES_TYPE: TypeObject = TypeObject::new_static(
    "bytes",
    &OBJECT_TYPE,
    flags::BASETYPE | flags::BYTES_SUBCLASS,
    &BYTES_LAYOUT,
);
/// Layout of instances of Python subclasses of `bytearray`.
pub static BYTEARRAY_SUB_LAYOUT: Layout = sub_layout_of::<ByteArrayObject>(None);
/// Layout of `bytearray` objects (no references held: not a GC container).
pub static BYTEARRAY_LAYOUT: Layout =
    layout_of::<ByteArrayObject>(false, None, Some(&BYTEARRAY_SUB_LAYOUT));
/// The `bytearray` type.
pub static BYTEARRAY_TYPE: TypeObject = TypeObject::new_static(
    "bytearray",
    &OBJECT_TYPE,
    flags::BASETYPE,
    &BYTEARRAY_LAYOUT,
);

/// A new bytes object.
pub fn new_bytes(data: Vec<u8>) -> Value {
    alloc_plain(BytesObject {
        head: ObjHeader::new(&BYTES_TYPE),
        hash: Cell::new(-1),
        data: data.into_boxed_slice(),
    })
}

/// A new bytearray.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    alloc_plain(ByteArrayObject {
        head: ObjHeader::new(&BYTEARRAY_TYPE),
        data: RefCell::new(data),
    })
}

/// The payload if `v` is a bytes (or subclass).
#[inline]
pub fn downcast_bytes(v: &Value) -> Option<&BytesObject> {
    if !v.is_small_int() && v.ty().has_flag(flags::BYTES_SUBCLASS) {
        // SAFETY: bytes and its subclasses start with a BytesObject.
        Some(unsafe { v.payload_unchecked::<BytesObject>() })
    } else {
        None
    }
}

/// The payload if `v` is a bytearray (or subclass).
#[inline]
pub fn downcast_bytearray(v: &Value) -> Option<&ByteArrayObject> {
    if !v.is_small_int() && v.ty().is_subtype(&BYTEARRAY_TYPE) {
        // SAFETY: bytearray and its subclasses start with a ByteArrayObject.
        Some(unsafe { v.payload_unchecked::<ByteArrayObject>() })
    } else {
        None
    }
}

/// Whether `v` supports the buffer protocol (bytes, bytearray).
pub fn is_bytes_like(v: &Value) -> bool {
    downcast_bytes(v).is_some() || downcast_bytearray(v).is_some()
}

/// Whether `v` is a bytearray (or subclass).
pub fn is_bytearray(v: &Value) -> bool {
    downcast_bytearray(v).is_some()
}

/// A borrowed view of a bytes-like object's contents. Never keep one across
/// a call back into Python.
pub enum Buf<'a> {
    /// The bytes of an immutable `bytes`.
    Bytes(&'a [u8]),
    /// A shared borrow of a bytearray's buffer.
    Array(Ref<'a, Vec<u8>>),
}

impl Deref for Buf<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Bytes(b) => b,
            Buf::Array(r) => r,
        }
    }
}

/// The contents of a bytes-like object, borrowed.
pub fn buffer(v: &Value) -> Option<Buf<'_>> {
    if let Some(b) = downcast_bytes(v) {
        return Some(Buf::Bytes(&b.data));
    }
    downcast_bytearray(v).map(|b| Buf::Array(b.data.borrow()))
}

/// The bytes of a bytes-like object.
pub fn bytes_from_object(v: &Value) -> PyResult<Vec<u8>> {
    buffer(v).map(|b| b.to_vec()).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub(crate) fn bytes_arg(v: &Value) -> PyResult<Buf<'_>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.ty().name()
        ))
    })
}

/// A byte value from an int-like: "byte must be in range(0, 256)".
pub(crate) fn byte_value(v: &Value) -> PyResult<u8> {
    let n = match int::as_i64(v) {
        Some(n) => n,
        None => {
            let b = protocol::index_of(v)?;
            num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1)
        }
    };
    u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// A result of the same kind as `slf`: bytearray for a bytearray (or
/// subclass), bytes otherwise.
pub(crate) fn same_kind(slf: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(slf) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// The bytes of `source` as `bytes(source)` / `bytearray(source)` read them
/// (no `encoding`): int size, buffer, or iterable of ints. `what` is the
/// type name for "cannot convert 'float' object to bytes"; `range_msg` the
/// out-of-range message.
fn bytes_of_source(source: &Value, what: &str, range_msg: &str) -> PyResult<Vec<u8>> {
    if as_str(source).is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if int::is_int(source) || protocol::lookup_special(source, "__index__").is_some() {
        let n = protocol::index_i64(source).map_err(|e| {
            if e.matches(&crate::types::exceptions::INDEX_ERROR) {
                crate::err::overflow_error("cannot fit 'int' into an index-sized integer")
            } else {
                e
            }
        })?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let mut v = Vec::new();
        v.try_reserve(n as usize)
            .map_err(|_| crate::err::memory_error())?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if let Some(b) = buffer(source) {
        return Ok(b.to_vec());
    }
    if protocol::lookup_special(source, "__iter__").is_none()
        && protocol::lookup_special(source, "__getitem__").is_none()
    {
        return Err(type_error(format!(
            "cannot convert '{}' object to {what}",
            source.ty().name()
        )));
    }
    let it = protocol::iter(source)?;
    let mut out = Vec::new();
    while let Some(x) = protocol::next(&it)? {
        let n = match int::as_i64(&x) {
            Some(n) => n,
            None => {
                let b = protocol::index_of(&x)?;
                num_traits::ToPrimitive::to_i64(&b).unwrap_or(-1)
            }
        };
        out.push(u8::try_from(n).map_err(|_| value_error(range_msg.to_string()))?);
    }
    Ok(out)
}

fn codec_args(a: &Args, fname: &str) -> PyResult<[Option<Value>; 3]> {
    let [source, encoding, errors] = kw(&rest(a), fname, ["source", "encoding", "errors"], 0)?;
    for (v, what) in [(&encoding, "encoding"), (&errors, "errors")] {
        if let Some(x) = v {
            if as_str(x).is_none() {
                return Err(type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    crate::types::str_methods::args::arg_type_name(x)
                )));
            }
        }
    }
    Ok([source, encoding, errors])
}

/// The bytes for `bytes(...)` / `bytearray(...)` arguments other than
/// `__bytes__`.
fn constructor_data(
    source: Option<Value>,
    encoding: Option<Value>,
    errors: Option<Value>,
    what: &str,
    range_msg: &str,
) -> PyResult<Vec<u8>> {
    let enc = encoding.as_ref().and_then(|e| as_str(e));
    let err = errors.as_ref().and_then(|e| as_str(e));
    let Some(source) = source else {
        if enc.is_some() || err.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(enc) = enc {
        let Some(s) = as_str(&source) else {
            return Err(type_error("encoding without a string argument"));
        };
        return crate::codec::encode_to_vec(s, enc, err.unwrap_or("strict"));
    }
    if err.is_some() {
        if as_str(&source).is_some() {
            return Err(type_error("string argument without an encoding"));
        }
        return Err(type_error("errors without a string argument"));
    }
    bytes_of_source(&source, what, range_msg)
}

fn b_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t =
        downcast_type(cls).ok_or_else(|| type_error("bytes.__new__(X): X is not a type object"))?;
    let [source, encoding, errors] = codec_args(a, "bytes")?;
    let data = match &source {
        Some(s)
            if encoding.is_none()
                && errors.is_none()
                && protocol::lookup_special(s, "__bytes__").is_some() =>
        {
            let r =
                protocol::call_special(s, "__bytes__", &[]).unwrap_or_else(|| Ok(none::none()))?;
            let Some(b) = downcast_bytes(&r) else {
                return Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    r.ty().name()
                )));
            };
            if std::ptr::eq(t, &BYTES_TYPE) {
                return Ok(r);
            }
            b.data.to_vec()
        }
        Some(s)
            if std::ptr::eq(t, &BYTES_TYPE)
                && s.is_exact(&BYTES_TYPE)
                && encoding.is_none()
                && errors.is_none() =>
        {
            return Ok(s.clone());
        }
        _ => constructor_data(
            source,
            encoding,
            errors,
            "bytes",
            "bytes must be in range(0, 256)",
        )?,
    };
    Ok(new_bytes_of_type(data, t))
}

/// A bytes instance of `ty` (bytes or a subclass).
pub fn new_bytes_of_type(data: Vec<u8>, ty: &TypeObject) -> Value {
    if std::ptr::eq(ty, &BYTES_TYPE) {
        return new_bytes(data);
    }
    alloc_instance(
        BytesObject {
            head: ObjHeader::new(ty),
            hash: Cell::new(-1),
            data: data.into_boxed_slice(),
        },
        ty,
    )
}

fn ba_new(a: &Args) -> PyResult<Value> {
    let cls = &a.pos()[0];
    let t = downcast_type(cls)
        .ok_or_else(|| type_error("bytearray.__new__(X): X is not a type object"))?;
    let obj = ByteArrayObject {
        head: ObjHeader::new(t),
        data: RefCell::new(Vec::new()),
    };
    if std::ptr::eq(t, &BYTEARRAY_TYPE) {
        Ok(alloc_plain(obj))
    } else {
        Ok(alloc_instance(obj, t))
    }
}

fn ba_init(a: &Args) -> PyResult<Value> {
    let [source, encoding, errors] = codec_args(a, "bytearray")?;
    let data = constructor_data(
        source,
        encoding,
        errors,
        "bytearray",
        "byte must be in range(0, 256)",
    )?;
    let ba = downcast_bytearray(&a.pos()[0]).ok_or_else(|| type_error("bytearray expected"))?;
    *ba.data.borrow_mut() = data;
    Ok(none::none())
}

static BYTES_METHODS: &[crate::types::MethodDef] = &[
    crate::types::staticmethod("__new__", b_new),
    crate::types::method("__hash__", ops::b_hash),
    crate::types::method("__bytes__", ops::b_bytes),
    crate::types::method("__getnewargs__", ops::b_getnewargs),
];

static BYTEARRAY_METHODS: &[crate::types::MethodDef] = &[
    crate::types::staticmethod("__new__", ba_new),
    crate::types::method("__init__", ba_init),
];

/// Registers `bytes`, `bytearray` and their iterator types.
pub fn init() {
    crate::types::init_builtin_type(&BYTES_TYPE, BYTES_METHODS, &[]);
    crate::types::init_builtin_type(&BYTEARRAY_TYPE, BYTEARRAY_METHODS, &[]);
    for t in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        let d = t.dict_value();
        crate::types::fill_dict(&d, t, ops::METHODS, &[]);
        crate::types::fill_dict(&d, t, methods::METHODS, &[]);
    }
    crate::types::fill_dict(
        &BYTEARRAY_TYPE.dict_value(),
        &BYTEARRAY_TYPE,
        bytearray::METHODS,
        &[],
    );
    crate::types::dict::set_str(&BYTEARRAY_TYPE.dict_value(), "__hash__", none::none());
    ops::init_iter();
}
