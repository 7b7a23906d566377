//! `ast.dump` (stub: being written).
