//! Source decoding: BOM and PEP 263 coding declarations (stub: being written).
