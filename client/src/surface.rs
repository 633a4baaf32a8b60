//! Code generated from the spec by `build.rs` beside progenitor's: the operation table, the
//! `execute()` of each operation builder, the methods of the two handles and the list streams.
#![allow(clippy::all)]

use crate::generated::{builder, types};
use crate::operations::{
    CallKind, Method, OperationMeta, PaginationEnd, PaginationKind, PaginationMeta, ParamMeta,
    ParameterLocation, TimeUnit, TokenKind, ValueType,
};

include!(concat!(env!("OUT_DIR"), "/surface.rs"));
