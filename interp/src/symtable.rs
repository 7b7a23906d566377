//! Symbol table (stub: being written).
