//! Krait tracing JIT (arrives in a later issue).
