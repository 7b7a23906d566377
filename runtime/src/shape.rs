//! Shapes (hidden classes, PyPy's "maps") for instance attributes.
//!
//! An instance of a Python class stores its attributes as a shape plus a
//! vector of values. A shape is an ordered list of attribute names; adding
//! an attribute follows (or creates) a transition to a child shape, so
//! instances built the same way share shapes and an attribute's position is
//! a property of the shape: inline caches and traces guard on the shape and
//! load a fixed slot. Deleting an attribute or asking for `__dict__` moves
//! the instance to "dict mode" for good: a real dict object holds the
//! attributes from then on.
//!
//! `__slots__` storage is separate: `slots` has one cell per declared slot.

use crate::object::Value;
use crate::typeobj::TypeObject;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// An ordered set of attribute names with transitions to extended shapes.
pub struct Shape {
    /// Interned attribute names, in slot order.
    pub names: Vec<Value>,
    /// The names' raw words, scanned linearly (shapes are small and names
    /// interned, so a pointer compare per entry beats hashing).
    keys: Vec<u64>,
    transitions: RefCell<HashMap<u64, Rc<Shape>>>,
    /// Unique id (guards compare it).
    pub id: u64,
}

thread_local! {
    static NEXT_SHAPE_ID: Cell<u64> = const { Cell::new(1) };
}

/// Shapes wider than this send the instance to dict mode.
pub const MAX_SHAPE_ATTRS: usize = 64;

impl Shape {
    /// The empty root shape.
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape::make(Vec::new()))
    }

    fn make(names: Vec<Value>) -> Shape {
        let keys = names.iter().map(|n| n.raw()).collect();
        let id = NEXT_SHAPE_ID.with(|c| {
            let v = c.get();
            c.set(v + 1);
            v
        });
        Shape {
            names,
            keys,
            transitions: RefCell::new(HashMap::new()),
            id,
        }
    }

    /// Position of attribute `name` (an interned str).
    #[inline]
    pub fn find(&self, name: &Value) -> Option<usize> {
        let k = name.raw();
        self.keys.iter().position(|&x| x == k)
    }

    /// The shape with `name` appended.
    pub fn with_attr(&self, name: &Value) -> Rc<Shape> {
        if let Some(s) = self.transitions.borrow().get(&name.raw()) {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let s = Rc::new(Shape::make(names));
        self.transitions.borrow_mut().insert(name.raw(), s.clone());
        s
    }
}

/// Attribute storage of an instance of a Python class.
pub struct InstanceExt {
    /// `None` in dict mode.
    pub shape: RefCell<Option<Rc<Shape>>>,
    /// The id of `shape` (0 in dict mode), kept beside it so inline caches
    /// check it with one load.
    shape_id: Cell<u64>,
    pub values: RefCell<Vec<Value>>,
    /// The attribute dict, in dict mode.
    pub dict: RefCell<Option<Value>>,
    /// `__slots__` cells.
    pub slots: RefCell<Vec<Option<Value>>>,
}

impl InstanceExt {
    /// Empty storage for a new instance of `ty`.
    pub fn new(ty: &TypeObject) -> InstanceExt {
        let root = {
            let mut r = ty.shape_root.borrow_mut();
            r.get_or_insert_with(Shape::root).clone()
        };
        InstanceExt {
            shape_id: Cell::new(root.id),
            shape: RefCell::new(Some(root)),
            values: RefCell::new(Vec::new()),
            dict: RefCell::new(None),
            slots: RefCell::new(vec![None; ty.nslots.get()]),
        }
    }

    /// The id of the current shape (0 in dict mode): what inline caches guard.
    #[inline(always)]
    pub fn shape_id(&self) -> u64 {
        self.shape_id.get()
    }

    /// The value at shape position `i`.
    ///
    /// # Safety
    /// The instance's shape (checked by the caller via `shape_id`) has more
    /// than `i` attributes.
    #[inline(always)]
    pub unsafe fn value_at(&self, i: usize) -> Value {
        // SAFETY: caller contract; borrows of `values` are never held across
        // calls out of this module, so none is live here.
        unsafe { (&*self.values.as_ptr()).get_unchecked(i).clone() }
    }

    /// Replaces the value at shape position `i`, returning the old one.
    ///
    /// # Safety
    /// As `value_at`.
    #[inline(always)]
    pub unsafe fn replace_at(&self, i: usize, v: Value) -> Value {
        // SAFETY: caller contract.
        unsafe { std::mem::replace((&mut *self.values.as_ptr()).get_unchecked_mut(i), v) }
    }

    /// Appends attribute value `v`, moving to shape `next`.
    ///
    /// # Safety
    /// `next` must be a live shape that extends the current one by exactly
    /// one attribute (a transition of it, which keeps it alive).
    #[inline(always)]
    pub unsafe fn add_with_shape(&self, next: *const Shape, v: Value) {
        // SAFETY: caller contract: `next` is alive (held by the current
        // shape's transitions), so another strong count may be taken.
        let next = unsafe {
            Rc::increment_strong_count(next);
            Rc::from_raw(next)
        };
        self.shape_id.set(next.id);
        let old = self.shape.replace(Some(next));
        self.values.borrow_mut().push(v);
        drop(old);
    }

    /// The `__slots__` cell `i` (None when unset or out of range).
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<Value> {
        self.slots.borrow().get(i).cloned().flatten()
    }

    /// Reads attribute `name` (interned str).
    pub fn get(&self, name: &Value) -> Option<Value> {
        if let Some(shape) = self.shape.borrow().as_ref() {
            return shape.find(name).map(|i| self.values.borrow()[i].clone());
        }
        let d = self.dict.borrow().clone()?;
        crate::types::dict::get_str(&d, name)
    }

    /// Writes attribute `name` (interned str).
    pub fn set(&self, name: &Value, v: Value) -> crate::PyResult<()> {
        let mut sh = self.shape.borrow_mut();
        if let Some(shape) = sh.as_ref() {
            if let Some(i) = shape.find(name) {
                let old = std::mem::replace(&mut self.values.borrow_mut()[i], v);
                drop(sh);
                drop(old);
                return Ok(());
            }
            if shape.names.len() < MAX_SHAPE_ATTRS {
                let next = shape.with_attr(name);
                self.shape_id.set(next.id);
                *sh = Some(next);
                self.values.borrow_mut().push(v);
                return Ok(());
            }
        }
        drop(sh);
        let d = self.materialize_dict();
        crate::types::dict::set_item(&d, name.clone(), v)
    }

    /// Deletes attribute `name`; false if it was not set.
    pub fn delete(&self, name: &Value) -> crate::PyResult<bool> {
        let d = self.materialize_dict();
        crate::types::dict::del_item_if_present(&d, name)
    }

    /// Switches to dict mode (if needed) and returns the dict.
    pub fn materialize_dict(&self) -> Value {
        if let Some(d) = self.dict.borrow().as_ref() {
            return d.clone();
        }
        let d = crate::types::dict::new_dict();
        let shape = self.shape.borrow_mut().take();
        self.shape_id.set(0);
        let values = std::mem::take(&mut *self.values.borrow_mut());
        if let Some(shape) = shape {
            for (n, v) in shape.names.iter().zip(values) {
                // Keys are interned strs: cannot fail.
                let _ = crate::types::dict::set_item(&d, n.clone(), v);
            }
        }
        *self.dict.borrow_mut() = Some(d.clone());
        d
    }

    /// Replaces the attribute dict (`obj.__dict__ = d`).
    pub fn set_dict(&self, d: Value) {
        *self.shape.borrow_mut() = None;
        self.shape_id.set(0);
        self.values.borrow_mut().clear();
        *self.dict.borrow_mut() = Some(d);
    }

    /// Visits held references (cycle collector).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(vals) = self.values.try_borrow() {
            for v in vals.iter() {
                visit(v);
            }
        }
        if let Ok(d) = self.dict.try_borrow() {
            if let Some(d) = d.as_ref() {
                visit(d);
            }
        }
        if let Ok(s) = self.slots.try_borrow() {
            for v in s.iter().flatten() {
                visit(v);
            }
        }
    }

    /// Drops held references (cycle collector).
    pub fn clear(&self) {
        let vals = std::mem::take(&mut *self.values.borrow_mut());
        *self.shape.borrow_mut() = None;
        self.shape_id.set(0);
        let d = self.dict.borrow_mut().take();
        let slots = std::mem::take(&mut *self.slots.borrow_mut());
        drop(vals);
        drop(d);
        drop(slots);
    }
}
