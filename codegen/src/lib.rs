//! Generates `pancake-client` from the spec that `pancake-openapi` embeds (`openapi/pancake.yaml`).
//!
//! [`generate`] returns two files, which `client/build.rs` writes to `$OUT_DIR` (included by the
//! client's `src/generated.rs` and `src/surface.rs`) and `cargo xtask` calls directly (the
//! public-API snapshot, `spec diff`):
//! - `codegen`: progenitor 0.15's client (builder interface, merged tags, hooks expected), its
//!   builders edited from the operation model (`builders`: setters documented and typed as the API
//!   takes them, `send()` crate-private);
//! - `surface`: what progenitor cannot derive, rendered with `quote!` from `pancake-openapi`'s
//!   operation model (the one model of an operation; nothing is re-read from the YAML here): the
//!   operation table, a constant per operation id, the `execute()` of every operation builder, the
//!   methods of `PageClient` / `UserClient`, a pagination stream for every list operation, and the
//!   answer decoder.
//!
//! The whole output is snapshotted (`client/tests/snapshots/generated/`, checked by this crate's
//! tests), so a change of the spec or of the generator is reviewed as a diff of the generated code,
//! bodies included.

mod builders;
mod docs;

use pancake_openapi::{
    Method, Operation, PaginationEnd, PaginationKind, ParameterLocation, Spec, TokenKind,
};
use proc_macro2::{Ident, TokenStream};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::{format_ident, quote};
use serde_json::Value;

/// Shown in every failure message: the file to look at.
pub(crate) const SPEC: &str = "openapi/pancake.yaml";

/// The two generated files, formatted: what `client/build.rs` writes to `$OUT_DIR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// progenitor's client.
    pub codegen: String,
    /// The operation table, handles, streams and decoder.
    pub surface: String,
}

/// Why the client could not be generated: a message naming the spec and the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("generating the client from {SPEC}: {0}")]
pub struct Error(String);

/// Generates both files from a loaded spec.
///
/// A spec the client cannot be generated from is an [`Error`], including the cases where
/// progenitor itself panics (two error schemas on one operation, for one).
pub fn generate(spec: &Spec) -> Result<Generated, Error> {
    let spec = spec.clone();
    std::panic::catch_unwind(move || generate_or_panic(&spec)).map_err(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_else(|| "(no message)".to_owned());
        Error(message)
    })
}

/// The generation itself; a problem is a panic with a message, which [`generate`] turns into an
/// [`Error`] (progenitor reports some problems only by panicking).
fn generate_or_panic(spec: &Spec) -> Generated {
    let mut ops: Vec<&Operation> = spec.operations().iter().collect();
    ops.sort_by(|a, b| a.operation_id.cmp(&b.operation_id));
    let limit = spec
        .rate_limit()
        .unwrap_or_else(|| panic!("{SPEC} has no x-pancake-rate-limit at its root"));
    assert!(
        limit.requests > 0 && limit.per_seconds > 0,
        "{SPEC}: x-pancake-rate-limit needs requests > 0 and per_seconds > 0"
    );
    let (requests, seconds) = (limit.requests, u64::from(limit.per_seconds));
    let table = ops.iter().map(|op| operation_meta(spec, op));
    let ids = ops.iter().map(|op| {
        let id = &op.operation_id;
        let name = format_ident!("{}", id.to_ascii_uppercase());
        let doc = format!(" `{id}`: {}", op.summary.as_deref().unwrap_or_default());
        quote! { #[doc = #doc] pub const #name: &str = #id; }
    });
    let generated: Vec<&Operation> = ops.iter().copied().filter(|op| !non_json(op)).collect();
    let executes = generated.iter().map(|op| execute(op));
    let (page, user): (Vec<_>, Vec<_>) = generated.iter().copied().partition(|op| on_page(op));
    let page_methods = page.iter().map(|op| handle_method(op, true));
    let user_methods = user.iter().map(|op| handle_method(op, false));
    let walks = generated.iter().filter_map(|op| streams(spec, &ops, op));
    let decoder_arms = ops.iter().filter_map(|op| {
        let (id, response) = (&op.operation_id, format_ident!("{}", op.success_component()?));
        Some(quote! {
            #id => Some(serde_json::from_slice::<types::#response>(body).and_then(|v| serde_json::to_value(&v))),
        })
    });
    let surface = quote! {
        /// Every operation of the spec, sorted by id (what [`operation`](crate::operations::operation) searches).
        pub static OPERATIONS: &[OperationMeta] = &[#(#table),*];
        /// Every operation id of the spec, as a constant: code that must name an operation names it
        /// here, so a renamed operation is a compile error rather than a string that no longer matches.
        pub mod id { #(#ids)* }
        #(#executes)*
        impl crate::PageClient { #(#page_methods)* }
        impl crate::UserClient { #(#user_methods)* }
        #(#walks)*
        /// Decodes a 200 body of `operation_id` with the generated types and gives it back as JSON;
        /// `None` for an operation without a JSON answer.
        pub fn decode_answer(operation_id: &str, body: &[u8]) -> Option<Result<serde_json::Value, serde_json::Error>> {
            match operation_id { #(#decoder_arms)* _ => None }
        }
        /// `x-pancake-rate-limit` of the spec: requests allowed per page ...
        pub(crate) const SPEC_RATE_LIMIT_REQUESTS: u32 = #requests;
        /// ... per this many seconds.
        pub(crate) const SPEC_RATE_LIMIT_SECONDS: u64 = #seconds;
    };
    Generated {
        codegen: format_code(
            "codegen.rs",
            builders::edit(
                progenitor_client(spec, &ops),
                &generated,
                ops.iter().filter_map(|op| walk_accessors(op)),
            ),
        ),
        surface: format_code("surface.rs", surface),
    }
}

/// The spec's null branch `{type: string, nullable: true, enum: [null]}` (typed so that every
/// generator reads it, openapi/README.md) becomes `{enum: [null]}`, which typify makes `Option<T>`
/// of the `oneOf`; typed, it makes an untagged enum whose unit variant is the `null`.
fn untype_null_branches(value: &mut Value) {
    match value {
        Value::Object(object) => {
            let null_only = object.get("enum") == Some(&Value::Array(vec![Value::Null]))
                && object.get("nullable") == Some(&Value::Bool(true))
                && object.len() == 3
                && object.contains_key("type");
            if null_only {
                object.retain(|key, _| key == "enum");
            }
            object.values_mut().for_each(untype_null_branches);
        }
        Value::Array(items) => items.iter_mut().for_each(untype_null_branches),
        _ => {}
    }
}

/// progenitor's client, from the document without the non-JSON operations and without the
/// token parameters (the hooks add the tokens, so a token is never a builder field, and builders
/// derive `Debug`). The spec itself stays complete for the docs, the mock and the tests.
fn progenitor_client(spec: &Spec, ops: &[&Operation]) -> TokenStream {
    let root = spec.raw();
    let is_token = |entry: &Value| {
        pancake_openapi::pointer::resolve(root, entry, "").is_ok_and(|(p, _)| {
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            let location = p.get("in").and_then(Value::as_str);
            let location = location.and_then(ParameterLocation::from_key);
            location
                .and_then(|l| TokenKind::of_parameter(name, l))
                .is_some()
        })
    };
    let non_json_ids: Vec<&str> = ops
        .iter()
        .filter(|op| non_json(op))
        .map(|op| op.operation_id.as_str())
        .collect();
    let mut raw = root.clone();
    let paths = raw["paths"]
        .as_object_mut()
        .expect("a loaded spec has paths");
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        item.retain(|key, op| {
            let id = op.get("operationId").and_then(Value::as_str);
            Method::from_key(key).is_none() || !id.is_some_and(|id| non_json_ids.contains(&id))
        });
        let owners = item
            .iter_mut()
            .filter(|(key, _)| Method::from_key(key).is_some());
        let lists = owners.filter_map(|(_, op)| op.get_mut("parameters"));
        for list in lists.filter_map(Value::as_array_mut) {
            list.retain(|p| !is_token(p));
        }
        if let Some(list) = item.get_mut("parameters").and_then(Value::as_array_mut) {
            list.retain(|p| !is_token(p));
        }
    }
    paths.retain(|_, item| {
        item.as_object()
            .is_some_and(|i| i.keys().any(|k| Method::from_key(k).is_some()))
    });
    untype_null_branches(&mut raw);
    let document: openapiv3::OpenAPI = serde_json::from_value(raw)
        .unwrap_or_else(|e| panic!("reading {SPEC} as an OpenAPI 3.0 document: {e}"));
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type("crate::hooks::Inner".parse().expect("a Rust path"))
        .with_derive("PartialEq")
        // A conversation type the spec does not list yet must not make a whole page undecodable.
        .with_replacement(
            "ConversationType",
            "crate::model::ConversationType",
            [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
        );
    Generator::new(&settings)
        .generate_tokens(&document)
        .unwrap_or_else(|e| panic!("generating the client from {SPEC}: {e}"))
}

/// Not a JSON call (a multipart body or a redirect answer, as the operation model classifies it):
/// progenitor cannot generate it.
fn non_json(op: &Operation) -> bool {
    !op.call_kind().is_json()
}

/// The `page_id` path parameter, which `PageClient` fills in.
fn on_page_param(p: &pancake_openapi::Parameter) -> bool {
    p.name == "page_id" && p.location == ParameterLocation::Path
}

/// Page-token operations are methods of `PageClient`, which fills in `page_id`; the others of
/// `UserClient`.
fn on_page(op: &Operation) -> bool {
    if op.token != TokenKind::Page {
        return false;
    }
    assert!(
        op.parameters.iter().any(on_page_param),
        "{SPEC}: {}: a page-token operation must have a page_id path parameter",
        op.operation_id
    );
    true
}

fn operation_meta(spec: &Spec, op: &Operation) -> TokenStream {
    let (id, path) = (&op.operation_id, &op.path);
    let summary = op.summary.as_deref().unwrap_or_default();
    let method = variant(op.method.as_str());
    let token = debug_ident(op.token);
    let params = op.parameters.iter().filter(|p| p.token().is_none()).map(|p| {
        let (name, required, one_value) = (&p.name, p.required, p.one_value);
        let location = debug_ident(p.location);
        let kind = debug_ident(p.value_type());
        let unit = option(p.unit.map(|u| {
            let unit = debug_ident(u);
            quote!(TimeUnit::#unit)
        }));
        let maximum = option(p.maximum().map(|m| quote!(#m)));
        quote! {
            ParamMeta { name: #name, location: ParameterLocation::#location, required: #required,
                        kind: ValueType::#kind, unit: #unit, maximum: #maximum, one_value: #one_value }
        }
    });
    let has_body = op.request_body.is_some();
    let (call, idempotent) = (debug_ident(op.call_kind()), op.idempotent);
    let rate_limited = spec.rate_limit_for(op).is_some();
    let response = option(op.success_component().map(|r| quote!(#r)));
    let pagination = option(op.pagination.as_ref().map(|p| {
        let kind = debug_ident(p.kind);
        let end = debug_ident(p.end);
        let (items, param, page_size) = (&p.items, &p.param, p.page_size);
        let cursor_field = option(p.cursor_field.as_ref().map(|s| quote!(#s)));
        let size_param = option(p.size_param.as_ref().map(|s| quote!(#s)));
        let max_page_size = option(p.max_page_size.map(|m| quote!(#m)));
        let first_page = option(p.first_page.map(|m| quote!(#m)));
        let total_field = option(p.total_field.as_ref().map(|s| quote!(#s)));
        let items_alias = option(p.items_alias.as_ref().map(|s| quote!(#s)));
        quote! {
            PaginationMeta { kind: PaginationKind::#kind, items: #items, items_alias: #items_alias, param: #param,
                cursor_field: #cursor_field, page_size: #page_size, size_param: #size_param,
                max_page_size: #max_page_size, first_page: #first_page, end: PaginationEnd::#end,
                total_field: #total_field }
        }
    }));
    quote! {
        OperationMeta { id: #id, method: Method::#method, path: #path, summary: #summary,
            token: TokenKind::#token, params: &[#(#params),*], has_body: #has_body,
            call: CallKind::#call, idempotent: #idempotent, rate_limited: #rate_limited,
            response: #response, pagination: #pagination }
    }
}

fn execute(op: &Operation) -> TokenStream {
    let id = &op.operation_id;
    let response = op.success_component().unwrap_or_else(|| {
        panic!("{SPEC}: {id}: the 200 answer must be a $ref to a component schema")
    });
    let (builder, response) = (builder(op), format_ident!("{response}"));
    quote! {
        impl builder::#builder<'_> {
            /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
            /// the one way to send (every limiter, retry, guard rail and in-band error applies).
            pub async fn execute(self) -> crate::Result<types::#response> {
                crate::call::finish(#id, self.send()).await
            }
        }
    }
}

fn handle_method(op: &Operation, on_page: bool) -> TokenStream {
    let docs = docs::attrs(&docs::handle_method(op, on_page));
    let (method, builder, start) = (method(op), builder(op), start(op, on_page));
    quote! {
        #(#docs)*
        pub fn #method(&self) -> builder::#builder<'_> { #start }
    }
}

/// The walk of a list operation, ending the chain on its request builder: `.stream()` and
/// `.pages(from)`, and the walk's view of the builder (`paginate::ListRequest`); `None` for other
/// operations.
fn streams(spec: &Spec, ops: &[&Operation], op: &Operation) -> Option<TokenStream> {
    let p = op.pagination.as_ref()?;
    let id = &op.operation_id;
    let item = spec.pagination_item_component(op).unwrap_or_else(|| {
        panic!("{SPEC}: {id}: x-pancake-pagination `items` must name an array of a $ref'd schema in the 200 answer")
    });
    let index = ops
        .iter()
        .position(|o| o.operation_id == *id)
        .expect("op is one of ops");
    let (item, builder) = (format_ident!("{item}"), builder(op));
    let param = ident(&p.param);
    let set_position = match p.kind {
        PaginationKind::Cursor => {
            quote!(match position { Position::Cursor(c) => b.#param(c.as_str()), _ => b })
        }
        PaginationKind::Offset => {
            quote!(match position { Position::Offset(n) => b.#param(*n), _ => b })
        }
        PaginationKind::PageNumber => {
            quote!(match position { Position::PageNumber(n) => b.#param(*n), _ => b })
        }
    };
    let (set_size, page_size) = match p.size_param.as_deref() {
        Some(size) => {
            let size = ident(size);
            (quote!(b.#size(page_size)), quote!(self.walk_page_size()))
        }
        None => (
            quote!({
                let _ = page_size;
                b
            }),
            quote!(Ok(None)),
        ),
    };
    let total = match p.total_field.as_deref() {
        Some(field) => {
            let field = ident(field);
            quote!(crate::call::IntoTotal::into_total(answer.#field))
        }
        None => quote!(None),
    };
    let items = ident(&p.items);
    // Where the sources disagree on the key (`items_alias`): the items are wherever the answer has them.
    let items = match p.items_alias.as_deref() {
        Some(alias) => {
            let alias = ident(alias);
            quote!({
                let items = crate::call::IntoItems::into_items(answer.#items);
                if items.is_empty() { crate::call::IntoItems::into_items(answer.#alias) } else { items }
            })
        }
        None => quote!(crate::call::IntoItems::into_items(answer.#items)),
    };
    let kind = match p.kind {
        PaginationKind::Cursor => "cursor",
        PaginationKind::Offset => "offset",
        PaginationKind::PageNumber => "page-number",
    };
    let size = match (p.size_param.as_deref(), p.max_page_size) {
        (Some(s), Some(max)) => format!(
            " It keeps the `{s}` set on this request (at most {max}, checked before sending) and asks for {} when none is set.",
            p.walk_page_size()
        ),
        (Some(s), None) => format!(
            " It keeps the `{s}` set on this request, and asks for {} when none is set.",
            p.walk_page_size()
        ),
        (None, _) => format!(" Pages hold {} items.", p.page_size),
    };
    let end = match p.end {
        PaginationEnd::EmptyPage => "an empty page",
        PaginationEnd::ShortPage => "a short page",
        PaginationEnd::Total => "the total",
    };
    let stream_docs = format!(
        " Every item of `{id}` with this request's filters, page after page ({kind} pagination, as the spec's\n \
         `x-pancake-pagination` says): the walk sets `{}` itself.{size}\n\n \
         The stream is `Unpin`; it ends after the last page ({end}), or after the first error (yielded as its\n \
         last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.",
        p.param
    );
    let pages_docs = format!(
        " The result pages of `{id}` with this request's filters, each with its place in the walk and the\n \
         [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).\n\n \
         `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on\n \
         another operation, with other filters or another page size is refused: the stream's only item is\n \
         [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream)."
    );
    Some(quote! {
        impl<'a> builder::#builder<'a> {
            #[doc = #stream_docs]
            pub fn stream(self) -> crate::paginate::Items<'a, types::#item> {
                self.pages(None).items()
            }
            #[doc = #pages_docs]
            pub fn pages(self, from: Option<crate::paginate::Checkpoint>) -> crate::paginate::Pages<'a, types::#item> {
                crate::paginate::walk(self, from)
            }
        }
        impl crate::paginate::ListRequest for builder::#builder<'_> {
            type Item = types::#item;
            fn operation(&self) -> &'static OperationMeta {
                &OPERATIONS[#index]
            }
            fn page_size(&self) -> Result<Option<u64>, String> {
                #page_size
            }
            fn filters(&self) -> String {
                self.walk_filters()
            }
            fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
                use crate::paginate::Position;
                let b = self;
                let b = #set_position;
                #set_size
            }
            async fn fetch(self) -> crate::Result<crate::paginate::FetchedResultPage<types::#item>> {
                let answer = self.execute().await?;
                Ok(crate::paginate::FetchedResultPage { total: #total, items: #items })
            }
        }
    })
}

/// What the walk reads of a list operation's builder, whose fields progenitor keeps private to
/// its `builder` module: these methods go into that module (`builders::edit` puts them there).
fn walk_accessors(op: &Operation) -> Option<TokenStream> {
    let p = op.pagination.as_ref()?;
    let builder = builder(op);
    let own = |name: &str| name == p.param || Some(name) == p.size_param.as_deref();
    let filters = op
        .parameters
        .iter()
        .filter(|param| param.token().is_none() && !own(&param.name))
        .map(|param| {
            let (name, field) = (&param.name, ident(&param.name));
            quote!((#name, &self.#field as &dyn std::fmt::Debug))
        });
    let page_size = p.size_param.as_deref().map(|size| {
        let field = ident(size);
        let required = op.parameter(size).is_some_and(|s| s.required);
        // A required field not set holds the error `builders::edit` words with `NOT_SET`.
        let not_set = builders::NOT_SET;
        let read = if required {
            quote! {
                match &self.#field {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.contains(#not_set) => Ok(None),
                    Err(e) => Err(e.clone()),
                }
            }
        } else {
            quote!(self.#field.as_ref().map(Option::as_ref).map_err(Clone::clone))
        };
        quote! {
            /// The page size set on this request (`Ok(None)`: none), for the walk.
            pub(crate) fn walk_page_size(&self) -> Result<Option<u64>, String> {
                let set: Result<Option<_>, String> = #read;
                set.map(|v| v.and_then(|v| serde_json::to_value(v).ok()?.as_u64()))
            }
        }
    });
    Some(quote! {
        impl #builder<'_> {
            /// Every parameter but the walk's own, as text the walk fingerprints into checkpoints.
            pub(crate) fn walk_filters(&self) -> String {
                let fields: &[(&str, &dyn std::fmt::Debug)] = &[#(#filters),*];
                format!("{fields:?}")
            }
            #page_size
        }
    })
}

/// The generated builder of an operation, as the handle starts it (`page_id` filled in on a page).
fn start(op: &Operation, on_page: bool) -> TokenStream {
    let method = method(op);
    if on_page {
        quote!(self.raw.#method().page_id(self.page_id.as_str()))
    } else {
        quote!(self.raw.#method())
    }
}

fn method(op: &Operation) -> Ident {
    format_ident!("{}", op.operation_id)
}

/// progenitor's builder type of an operation: its id in PascalCase.
fn builder(op: &Operation) -> Ident {
    format_ident!("{}", variant(&op.operation_id))
}

/// `list_tags` -> `ListTags`, `GET` -> `Get`: progenitor's builder type names.
fn variant(name: &str) -> Ident {
    format_ident!("{}", sanitize(&name.to_heck_pascal()))
}

/// progenitor's name for a parameter or property (`type` -> `type_`).
pub(crate) fn ident(name: &str) -> Ident {
    format_ident!("{}", sanitize(&name.to_heck_snake()))
}

/// A name made a Rust identifier the way progenitor does (`progenitor-impl`'s `util::sanitize`,
/// which is private): with the same functions, `heck`'s case conversion (by the caller) and
/// typify's `accept_as_ident` (a keyword gets a trailing `_`).
fn sanitize(name: &str) -> String {
    if typify_impl::accept_as_ident(name) {
        name.to_owned()
    } else {
        format!("{name}_")
    }
}

/// `heck`'s conversions, under names that say what they are for.
trait HeckCase {
    fn to_heck_pascal(&self) -> String;
    fn to_heck_snake(&self) -> String;
}

impl HeckCase for str {
    fn to_heck_pascal(&self) -> String {
        heck::ToPascalCase::to_pascal_case(self)
    }
    fn to_heck_snake(&self) -> String {
        heck::ToSnakeCase::to_snake_case(self)
    }
}

/// The variant of one of `pancake-openapi`'s enums, named as its `Debug` prints it.
fn debug_ident(value: impl std::fmt::Debug) -> Ident {
    format_ident!("{}", format!("{value:?}"))
}

fn option(value: Option<TokenStream>) -> TokenStream {
    value.map_or_else(|| quote!(None), |v| quote!(Some(#v)))
}

fn format_code(name: &str, code: TokenStream) -> String {
    let file = syn::parse2(code)
        .unwrap_or_else(|e| panic!("parsing the code generated into {name} from {SPEC}: {e}"));
    prettyplease::unparse(&file)
}
