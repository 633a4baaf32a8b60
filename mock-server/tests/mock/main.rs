//! The binary as a user runs it, through the crate's public API only (the in-process handler
//! tests are in `src/tests/`). One test binary: one link, faster builds.

mod binary;
mod wrapper;
