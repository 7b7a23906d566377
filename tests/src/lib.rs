//! Krait differential test harness support.
