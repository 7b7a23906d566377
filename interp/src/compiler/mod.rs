//! Compiler from AST to code objects (stub: being written).
