//! `str.format` and `str.format_map` (PEP 3101), following CPython 3.11's
//! `Objects/stringlib/unicode_format.h`.
//!
//! The format string is scanned once, left to right: literal text (with
//! `{{` and `}}` escapes) alternates with replacement fields
//! `{field_name!conversion:format_spec}`. A field name is a positional
//! index (explicit, or automatic when empty — never mixed) or a keyword,
//! followed by any number of `.attr` and `[key]` lookups. A format spec that
//! itself contains `{...}` fields is expanded recursively first (at most two
//! levels, as CPython: "Max string recursion exceeded"). Every error is
//! raised at the point CPython raises it, so partially valid strings fail
//! with the same message.

use crate::args::Args;
use crate::err::{index_error, key_error, type_error, value_error, PyResult};
use crate::object::Value;
use crate::protocol;
use crate::strlib::unicode::decimal_value;
use crate::types::{dict, int, str as pystr};

/// Automatic (`{}`) versus manual (`{0}`) positional numbering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// The arguments of one `format` call and the numbering state shared by
/// the nested expansions of its format specs.
struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    /// Keyword arguments (a dict), or `format_map`'s mapping.
    kwargs: Option<Value>,
    numbering: Numbering,
    next_auto: usize,
}

/// A parsed replacement field: char ranges into the format string.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_has_fields: bool,
}

fn text(s: &[char], r: (usize, usize)) -> String {
    s[r.0..r.1].iter().collect()
}

/// A decimal index (any Unicode decimal digits); `Ok(None)` when `s` is
/// empty or not all digits.
fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
    }
    Ok(Some(acc))
}

/// Parses a replacement field starting just after its `{`; leaves `*pos`
/// after the closing `}`.
fn parse_field(s: &[char], pos: &mut usize) -> PyResult<Field> {
    let start = *pos;
    let mut c = '\0';
    let mut stopped = false;
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                stopped = true;
                break;
            }
            _ => {}
        }
    }
    if !stopped {
        return Err(value_error("expected '}' before end of string"));
    }
    let name = (start, *pos - 1);
    let mut field = Field {
        name,
        conversion: None,
        spec: (*pos, *pos),
        spec_has_fields: false,
    };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        if *pos >= s.len() {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        }
        field.conversion = Some(s[*pos]);
        *pos += 1;
        if *pos < s.len() {
            let c2 = s[*pos];
            *pos += 1;
            if c2 == '}' {
                field.spec = (*pos, *pos);
                return Ok(field);
            }
            if c2 != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = (spec_start, *pos - 1);
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// `!r`, `!s`, `!a`.
fn convert(v: Value, conversion: char) -> PyResult<Value> {
    match conversion {
        'r' => protocol::repr(&v),
        's' => protocol::str_of(&v),
        'a' => Ok(pystr::from_string(crate::builtins::ascii_of(&v)?)),
        c if (c as u32) > 32 && (c as u32) < 127 => {
            Err(value_error(format!("Unknown conversion specifier {c}")))
        }
        c => Err(value_error(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

impl Formatter<'_> {
    /// Expands `s` (a whole format string or a nested spec).
    fn build(&mut self, s: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(s.len() + 16);
        let mut pos = 0;
        while pos < s.len() {
            let start = pos;
            let mut c = '\0';
            let mut markup = false;
            while pos < s.len() {
                c = s[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= s.len();
            let mut len = pos - start;
            if c == '}' && markup && (at_end || s[pos] != '}') {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if at_end && markup && c == '{' {
                return Err(value_error("Single '{' encountered in format string"));
            }
            if !at_end && markup {
                if s[pos] == c {
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.extend(&s[start..start + len]);
            if markup {
                let field = parse_field(s, &mut pos)?;
                self.render(s, &field, depth, &mut out)?;
            }
        }
        Ok(out)
    }

    /// Formats one field into `out`.
    fn render(&mut self, s: &[char], field: &Field, depth: i32, out: &mut String) -> PyResult<()> {
        let mut obj = self.field_object(s, field.name)?;
        if let Some(c) = field.conversion {
            obj = convert(obj, c)?;
        }
        let spec = if field.spec_has_fields {
            self.build(&s[field.spec.0..field.spec.1], depth - 1)?
        } else {
            text(s, field.spec)
        };
        let r = protocol::format(&obj, &pystr::from_string(spec))?;
        out.push_str(pystr::as_str(&r).unwrap_or(""));
        Ok(())
    }

    /// Resolves a field name: the argument, then its `.attr` / `[key]` chain.
    fn field_object(&mut self, s: &[char], name: (usize, usize)) -> PyResult<Value> {
        let (start, end) = name;
        let first_end = (start..end)
            .find(|&i| s[i] == '.' || s[i] == '[')
            .unwrap_or(end);
        let first = &s[start..first_end];
        let mut index = get_integer(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key = pystr::from_string(first.iter().collect());
                match &self.kwargs {
                    None => return Err(key_error(key)),
                    Some(kw) => protocol::getitem(kw, &key)?,
                }
            }
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(value_error("Format string contains positional fields"));
                };
                args.get(i).cloned().ok_or_else(|| {
                    index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    ))
                })?
            }
        };
        let mut pos = first_end;
        while pos < end {
            let c = s[pos];
            pos += 1;
            let (is_attr, nstart, nend) = match c {
                '.' => {
                    let nstart = pos;
                    while pos < end && s[pos] != '.' && s[pos] != '[' {
                        pos += 1;
                    }
                    (true, nstart, pos)
                }
                '[' => {
                    let nstart = pos;
                    while pos < end && s[pos] != ']' {
                        pos += 1;
                    }
                    if pos >= end {
                        return Err(value_error("Missing ']' in format string"));
                    }
                    pos += 1;
                    (false, nstart, pos - 1)
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            };
            let item_index = if is_attr {
                None
            } else {
                get_integer(&s[nstart..nend])?
            };
            if nstart == nend {
                return Err(value_error("Empty attribute in format string"));
            }
            let name = pystr::from_string(text(s, (nstart, nend)));
            obj = if is_attr {
                protocol::getattr(&obj, &name)?
            } else if let Some(i) = item_index {
                protocol::getitem(&obj, &int::from_i64(i as i64))?
            } else {
                protocol::getitem(&obj, &name)?
            };
        }
        Ok(obj)
    }
}

/// The format string of a `format`/`format_map` call (`self`).
fn self_chars(a: &Args, method: &str) -> PyResult<Vec<char>> {
    let v = a
        .pos()
        .first()
        .ok_or_else(|| type_error(format!("unbound method str.{method}() needs an argument")))?;
    let s = pystr::as_str(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'str' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))
    })?;
    Ok(s.chars().collect())
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(a: &Args) -> PyResult<Value> {
    let s = self_chars(a, "format")?;
    let kwargs = if a.has_kw() {
        let d = dict::new_dict();
        for (k, v) in a.kwnames.iter().zip(a.kwvalues()) {
            dict::set_item(&d, k.clone(), v.clone())?;
        }
        Some(d)
    } else {
        None
    };
    let mut f = Formatter {
        args: Some(&a.pos()[1..]),
        kwargs,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(pystr::from_string(f.build(&s, 2)?))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(a: &Args) -> PyResult<Value> {
    a.no_kw("str.format_map")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let s = self_chars(a, "format_map")?;
    let mut f = Formatter {
        args: None,
        kwargs: Some(p[1].clone()),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(pystr::from_string(f.build(&s, 2)?))
}
