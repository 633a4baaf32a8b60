//! The progenitor-generated client, private to the crate.
#![allow(
    missing_docs,
    clippy::all,
    clippy::pedantic,
    unused_imports,
    dead_code,
    rustdoc::private_intra_doc_links,
    rustdoc::broken_intra_doc_links
)]

include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
