//! Disassembler (stub: being written).
