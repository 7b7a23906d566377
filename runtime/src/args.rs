//! Call arguments in vectorcall form: positional values followed by keyword
//! values, with the keyword names alongside. Built from the interpreter's
//! value stack without copying.

use crate::err::{type_error, PyResult};
use crate::object::Value;
use crate::types::str::str_eq;

/// Arguments of a call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values, then one value per keyword name.
    pub all: &'a [Value],
    /// Names (str) of the trailing keyword values.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn pos_only(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    /// Number of positional arguments.
    #[inline]
    pub fn npos(&self) -> usize {
        self.all.len() - self.kwnames.len()
    }
    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.npos()]
    }
    /// The keyword values, parallel to `kwnames`.
    pub fn kwvalues(&self) -> &'a [Value] {
        &self.all[self.npos()..]
    }
    /// Whether there are keyword arguments.
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// The keyword argument called `name`.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        let vals = self.kwvalues();
        self.kwnames
            .iter()
            .position(|n| str_eq(n, name))
            .map(|i| &vals[i])
    }
    /// Rejects keyword arguments: "f() takes no keyword arguments".
    pub fn no_kw(&self, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }
    /// Checks the positional count (and no keywords), with CPython's messages.
    pub fn check(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kw(fname)?;
        let n = self.npos();
        if n < min || n > max {
            return Err(arity_error(fname, min, max, n));
        }
        Ok(self.pos())
    }
    /// Binds positional-or-keyword parameters `names` (first `required` are
    /// mandatory) with CPython's error messages. Unknown keywords are errors.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        const NONE: Option<Value> = None;
        let mut out = [NONE; N];
        let pos = self.pos();
        if pos.len() > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                pos.len() + self.kwnames.len()
            )));
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kwnames.iter().zip(self.kwvalues()) {
            let ks = crate::types::str::as_str(k).unwrap_or("");
            match names.iter().position(|n| *n == ks) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(type_error(format!(
                            "argument for {fname}() given by name ('{ks}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{ks}'"
                    )));
                }
            }
        }
        for (i, o) in out.iter().enumerate().take(required) {
            if o.is_none() {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

thread_local! {
    static SELF_COUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks that the native function about to run is a method whose `self` is
/// in its arguments (arity messages then count without it). Returns the
/// previous setting.
pub fn set_self_counted(on: bool) -> bool {
    SELF_COUNTED.with(|c| c.replace(on))
}

/// CPython's arity messages for native functions.
pub fn arity_error(fname: &str, min: usize, max: usize, n: usize) -> crate::PyErr {
    let (min, max, n) = if SELF_COUNTED.with(|c| c.get()) && min > 0 {
        (min - 1, max.saturating_sub(1), n.saturating_sub(1))
    } else {
        (min, max, n)
    };
    let msg = if min == max && min > 1 {
        format!("{fname} expected {min} arguments, got {n}")
    } else if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    type_error(msg)
}
