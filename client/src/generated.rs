//! The progenitor-generated client, private to the crate.
#![allow(missing_docs, clippy::all, clippy::pedantic, unused_imports, dead_code)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
