//! Krait benchmark runner.
