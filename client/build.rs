//! Generates the client from `openapi/pancake.yaml`.
//!
//! Writes two files to `$OUT_DIR`, included by `src/generated.rs` and `src/surface.rs`:
//! - `codegen.rs`: progenitor 0.15's client (builder interface, merged tags, hooks expected);
//! - `surface.rs`: what progenitor cannot derive, generated from the same document so it cannot
//!   fall out of step: the table of operations (tokens, parameters, units, maxima, pagination),
//!   the `execute()` of every operation builder, the methods of `PageClient` / `UserClient`, and a
//!   pagination stream for every list operation.
//!
//! Nothing generated is checked in: editing the spec and running `cargo build` regenerates both.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use openapiv3::OpenAPI;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use serde_json::Value;

/// Shown in every failure message: the file to look at.
const SPEC: &str = "openapi/pancake.yaml";

/// Operations written by hand in the crate: the avatar's documented answer is a bodiless 301 that
/// must be returned rather than followed. Operations with a `multipart/form-data` body
/// (`upload_content`) are found and left out automatically.
const HAND_WRITTEN: &[&str] = &["get_customer_avatar"];

/// Token parameters: removed from the generated operations and added by the client's hooks, so a
/// token is never a builder field (builders derive `Debug`).
const TOKEN_PARAMS: &[(&str, &str)] = &[("page_access_token", "Page"), ("access_token", "User")];

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn main() {
    let manifest_dir = PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo"),
    );
    let spec_path = manifest_dir.join("../openapi/pancake.yaml");
    println!("cargo:rerun-if-changed={}", spec_path.display());

    let loaded = pancake_openapi::Spec::from_path(&spec_path)
        .unwrap_or_else(|e| panic!("loading {SPEC}: {e}"));
    let generated = generate(&loaded);
    write("codegen.rs", &generated.codegen);
    write("surface.rs", &generated.surface);
}

/// The two generated files, formatted: what `build.rs` writes to `$OUT_DIR`.
///
/// `cargo xtask spec diff` includes this file to generate the client of another version of the
/// spec and compare its public API, so this is the one place the generation is written.
pub struct Generated {
    /// progenitor's client.
    pub codegen: String,
    /// The operation table, handles, streams and decoder.
    pub surface: String,
}

/// Generates both files from a loaded spec; panics with a message naming the problem.
pub fn generate(loaded: &pancake_openapi::Spec) -> Generated {
    let operations = collect_operations(loaded);
    let mut raw = loaded.raw().clone();
    strip_for_generation(&mut raw, &operations);
    let spec: OpenAPI = serde_json::from_value(raw.clone())
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
    let tokens = Generator::new(&settings)
        .generate_tokens(&spec)
        .unwrap_or_else(|e| panic!("generating the client from {SPEC}: {e}"));
    let codegen = format_code("codegen.rs", tokens.to_string());
    let limit = loaded
        .rate_limit()
        .unwrap_or_else(|| panic!("{SPEC} has no x-pancake-rate-limit at its root"));
    assert!(
        limit.requests > 0 && limit.per_seconds > 0,
        "{SPEC}: x-pancake-rate-limit needs requests > 0 and per_seconds > 0"
    );
    let mut surface = render_surface(&raw, &operations);
    let _ = write!(
        surface,
        "/// `x-pancake-rate-limit` of the spec: requests allowed per page ...\n\
         pub(crate) const SPEC_RATE_LIMIT_REQUESTS: u32 = {};\n\
         /// ... per this many seconds.\n\
         pub(crate) const SPEC_RATE_LIMIT_SECONDS: u64 = {};\n",
        limit.requests, limit.per_seconds
    );
    Generated {
        codegen,
        surface: format_code("surface.rs", surface),
    }
}

fn format_code(name: &str, code: String) -> String {
    let file = syn::parse_file(&code)
        .unwrap_or_else(|e| panic!("parsing the code generated into {name} from {SPEC}: {e}"));
    prettyplease::unparse(&file)
}

fn write(name: &str, code: &str) {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join(name);
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// One operation, as the hand-written layer needs it.
struct Op {
    id: String,
    method: String,
    path: String,
    summary: String,
    /// `Page`, `User` or `None`: which token the operation takes.
    token: &'static str,
    params: Vec<Param>,
    has_body: bool,
    /// Left out of progenitor's input (multipart or [`HAND_WRITTEN`]).
    hand_written: bool,
    /// `$ref` name of the JSON schema of the 200 answer.
    response: Option<String>,
    pagination: Option<pancake_openapi::Pagination>,
}

struct Param {
    name: String,
    location: String,
    required: bool,
    kind: String,
    unit: Option<String>,
    maximum: Option<u64>,
}

fn resolve<'a>(root: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let pointer = reference.strip_prefix('#').unwrap_or_else(|| {
                panic!("{SPEC}: only local $refs are supported, not {reference}")
            });
            root.pointer(pointer)
                .unwrap_or_else(|| panic!("{SPEC}: unresolved $ref {reference}"))
        }
        None => value,
    }
}

fn ref_name(value: &Value) -> Option<String> {
    value
        .get("$ref")?
        .as_str()?
        .rsplit('/')
        .next()
        .map(str::to_owned)
}

/// The operations, read through `pancake-openapi` (the crate that owns the spec's conventions and
/// its vendor extensions), in the shape the generated surface needs.
fn collect_operations(spec: &pancake_openapi::Spec) -> Vec<Op> {
    let root = spec.raw();
    let mut ops = Vec::new();
    for op in spec.operations() {
        let id = op.operation_id.clone();
        let is_query_named = |name: &str| {
            op.parameters
                .iter()
                .any(|p| p.name == name && p.location == pancake_openapi::ParameterLocation::Query)
        };
        let token = if is_query_named(pancake_openapi::PAGE_TOKEN_PARAMETER) {
            "Page"
        } else if is_query_named(pancake_openapi::USER_TOKEN_PARAMETER) {
            "User"
        } else {
            "None"
        };
        let params = op
            .parameters
            .iter()
            .filter(|p| !TOKEN_PARAMS.iter().any(|(name, _)| *name == p.name))
            .map(|p| {
                let schema = p.schema.as_ref();
                Param {
                    name: p.name.clone(),
                    location: match p.location {
                        pancake_openapi::ParameterLocation::Path => "path",
                        pancake_openapi::ParameterLocation::Query => "query",
                        pancake_openapi::ParameterLocation::Header => "header",
                        pancake_openapi::ParameterLocation::Cookie => "cookie",
                    }
                    .to_owned(),
                    required: p.required,
                    kind: schema
                        .and_then(|s| s.get("type"))
                        .and_then(Value::as_str)
                        .unwrap_or("string")
                        .to_owned(),
                    unit: p.unit.map(|u| {
                        serde_json::to_value(u)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .expect("a time unit serializes to its name")
                    }),
                    maximum: schema
                        .and_then(|s| s.get("maximum"))
                        .and_then(Value::as_u64),
                }
            })
            .collect();
        let multipart = op.request_body.as_ref().is_some_and(|b| {
            b.content
                .iter()
                .any(|m| m.media_type.starts_with("multipart/"))
        });
        // The 200 answer's schema must be a named component (its generated type's name).
        let response = op.response(200).and_then(|r| {
            root.pointer(&format!("{}/content/application~1json/schema", r.pointer))
                .and_then(ref_name)
        });
        ops.push(Op {
            summary: op.summary.clone().unwrap_or_default(),
            hand_written: multipart || HAND_WRITTEN.contains(&id.as_str()),
            has_body: op.request_body.is_some(),
            pagination: op.pagination.clone(),
            method: op.method.as_str().to_owned(),
            path: op.path.clone(),
            token,
            params,
            response,
            id,
        });
    }
    ops.sort_by(|a, b| a.id.cmp(&b.id));
    ops
}

/// Removes the hand-written operations and the token parameters from what progenitor sees. The
/// spec on disk stays complete for the docs, the mock and the tests.
fn strip_for_generation(root: &mut Value, ops: &[Op]) {
    let components = root.get("components").cloned().unwrap_or(Value::Null);
    let resolve_in = |p: &Value| -> Value {
        match p
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/"))
        {
            Some(rest) => components
                .pointer(&format!("/{rest}"))
                .cloned()
                .unwrap_or(Value::Null),
            None => p.clone(),
        }
    };
    let is_token = |p: &Value| {
        let p = resolve_in(p);
        TOKEN_PARAMS.iter().any(|(n, _)| p["name"] == *n) && p["in"] == "query"
    };
    let paths = root["paths"].as_object_mut().expect("paths checked before");
    for item in paths.values_mut() {
        let item = item.as_object_mut().expect("a path item is an object");
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let id = op["operationId"].as_str().unwrap_or_default();
            if ops.iter().any(|o| o.id == id && o.hand_written) {
                item.remove(*method);
                continue;
            }
            if let Some(list) = item
                .get_mut(*method)
                .and_then(|o| o.get_mut("parameters"))
                .and_then(Value::as_array_mut)
            {
                list.retain(|p| !is_token(p));
            }
        }
        if let Some(list) = item.get_mut("parameters").and_then(Value::as_array_mut) {
            list.retain(|p| !is_token(p));
        }
    }
    paths.retain(|_, item| METHODS.iter().any(|m| item.get(*m).is_some()));
}

fn pascal(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn rust_ident(name: &str) -> String {
    match name {
        "type" | "use" | "ref" | "self" | "mod" | "move" => format!("{name}_"),
        other => other.to_owned(),
    }
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_lit(s: Option<&str>) -> String {
    s.map(|s| format!("Some({s:?})"))
        .unwrap_or_else(|| "None".to_owned())
}

fn doc(s: &str) -> String {
    s.lines().map(|l| format!("/// {l}\n")).collect()
}

fn render_surface(root: &Value, ops: &[Op]) -> String {
    let mut out = String::new();
    render_table(&mut out, ops);
    for op in ops.iter().filter(|o| !o.hand_written) {
        render_execute(&mut out, op);
    }
    render_handles(&mut out, ops);
    render_streams(&mut out, root, ops);
    render_decoder(&mut out, ops);
    out
}

/// `decode_answer`: decodes a 200 body into the operation's generated type and back to JSON, so a
/// raw answer (the `pancake` binary, the seed tests) is checked against the spec's types.
fn render_decoder(out: &mut String, ops: &[Op]) {
    let arms: String = ops
        .iter()
        .filter_map(|op| {
            let response = op.response.as_ref()?;
            Some(format!(
                "{id:?} => Some(serde_json::from_slice::<types::{response}>(body).and_then(|v| serde_json::to_value(&v))),\n",
                id = op.id
            ))
        })
        .collect();
    let _ = write!(
        out,
        "/// Decodes a 200 body of `operation_id` with the generated types and gives it back as JSON;\n\
         /// `None` for an operation without a JSON answer.\n\
         pub fn decode_answer(operation_id: &str, body: &[u8]) -> Option<Result<serde_json::Value, serde_json::Error>> {{\n\
         match operation_id {{\n{arms}_ => None,\n}}\n}}\n"
    );
}

fn render_table(out: &mut String, ops: &[Op]) {
    out.push_str("/// Every operation of the spec, sorted by id.\npub static OPERATIONS: &[OperationMeta] = &[\n");
    for op in ops {
        let params: String = op
            .params
            .iter()
            .map(|p| {
                format!(
                    "ParamMeta {{ name: {}, location: {}, required: {}, kind: {}, unit: {}, maximum: {} }},",
                    lit(&p.name),
                    lit(&p.location),
                    p.required,
                    lit(&p.kind),
                    opt_lit(p.unit.as_deref()),
                    p.maximum.map(|m| format!("Some({m})")).unwrap_or_else(|| "None".into()),
                )
            })
            .collect();
        let pagination = match &op.pagination {
            None => "None".to_owned(),
            Some(p) => format!(
                "Some(PaginationMeta {{ kind: PaginationKind::{:?}, items: {}, param: {}, cursor_field: {}, page_size: {}, size_param: {}, max_page_size: {}, first_page: {}, end: PaginationEnd::{:?}, total_field: {} }})",
                p.kind,
                lit(&p.items),
                lit(&p.param),
                opt_lit(p.cursor_field.as_deref()),
                p.page_size,
                opt_lit(p.size_param.as_deref()),
                p.max_page_size
                    .map(|m| format!("Some({m})"))
                    .unwrap_or_else(|| "None".into()),
                p.first_page.unwrap_or(1),
                p.end,
                opt_lit(p.total_field.as_deref()),
            ),
        };
        let _ = writeln!(
            out,
            "OperationMeta {{ id: {}, method: {}, path: {}, summary: {}, token: TokenKind::{}, params: &[{params}], has_body: {}, hand_written: {}, response: {}, pagination: {pagination} }},",
            lit(&op.id),
            lit(&op.method),
            lit(&op.path),
            lit(&op.summary),
            op.token,
            op.has_body,
            op.hand_written,
            opt_lit(op.response.as_deref()),
        );
    }
    out.push_str("];\n");
}

fn render_execute(out: &mut String, op: &Op) {
    let Some(response) = &op.response else {
        panic!(
            "{SPEC}: {}: the 200 answer must be a $ref to a component schema",
            op.id
        )
    };
    let _ = write!(
        out,
        "impl builder::{b}<'_> {{\n\
         /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).\n\
         ///\n\
         /// (`send()` is progenitor's own call, with progenitor's error type.)\n\
         pub async fn execute(self) -> crate::Result<types::{response}> {{ crate::call::finish({id:?}, self.send()).await }}\n\
         }}\n",
        b = pascal(&op.id),
        id = op.id,
    );
}

fn has_path_param(op: &Op, name: &str) -> bool {
    op.params
        .iter()
        .any(|p| p.name == name && p.location == "path")
}

fn render_handles(out: &mut String, ops: &[Op]) {
    let mut page = String::new();
    let mut user = String::new();
    for op in ops.iter().filter(|o| !o.hand_written) {
        let summary = doc(&format!(
            "{}.\n\n`{} {}` (`{}`); finish with `.execute().await`.",
            op.summary, op.method, op.path, op.id
        ));
        if op.token == "Page" && has_path_param(op, "page_id") {
            let _ = writeln!(
                page,
                "{summary}pub fn {id}(&self) -> builder::{b}<'_> {{ self.raw.{id}().page_id(self.page_id.as_str()) }}",
                id = op.id,
                b = pascal(&op.id),
            );
        } else if op.token != "Page" {
            let _ = writeln!(
                user,
                "{summary}pub fn {id}(&self) -> builder::{b}<'_> {{ self.raw.{id}() }}",
                id = op.id,
                b = pascal(&op.id),
            );
        } else {
            panic!(
                "{SPEC}: {}: a page-token operation must have a page_id path parameter",
                op.id
            );
        }
    }
    let _ = write!(
        out,
        "impl crate::PageClient {{\n{page}}}\nimpl crate::UserClient {{\n{user}}}\n"
    );
}

/// The element type of `response.items`, from the schema: `array` of a `$ref`.
fn item_type(root: &Value, op: &Op, items: &str) -> String {
    let response = op
        .response
        .as_ref()
        .expect("list operations have a response schema");
    let schema = root
        .pointer(&format!("/components/schemas/{response}"))
        .unwrap_or_else(|| panic!("{SPEC}: schema {response} is missing"));
    let property = schema
        .pointer(&format!("/properties/{items}"))
        .unwrap_or_else(|| {
            panic!(
                "{SPEC}: {}: x-pancake-pagination items `{items}` is not a property of {response}",
                op.id
            )
        });
    let property = resolve(root, property);
    property.get("items").and_then(ref_name).unwrap_or_else(|| {
        panic!(
            "{SPEC}: {}: {response}.{items} must be an array of a $ref'd schema",
            op.id
        )
    })
}

fn render_streams(out: &mut String, root: &Value, ops: &[Op]) {
    let mut by_handle: BTreeMap<&str, String> = BTreeMap::new();
    for op in ops.iter().filter(|o| !o.hand_written) {
        let Some(p) = &op.pagination else { continue };
        let (items, param) = (p.items.as_str(), p.param.as_str());
        let item = item_type(root, op, items);
        let b = pascal(&op.id);
        let set_position = match p.kind {
            pancake_openapi::PaginationKind::Cursor => format!(
                "match &request.position {{ Position::Cursor(c) => b.{}(c.as_str()), _ => b }}",
                rust_ident(param)
            ),
            pancake_openapi::PaginationKind::Offset => format!(
                "match request.position {{ Position::Offset(n) => b.{}(n), _ => b }}",
                rust_ident(param)
            ),
            pancake_openapi::PaginationKind::PageNumber => format!(
                "match request.position {{ Position::PageNumber(n) => b.{}(n), _ => b }}",
                rust_ident(param)
            ),
        };
        let set_size = match p.size_param.as_deref() {
            Some(size) => format!("let b = b.{}(request.page_size);", rust_ident(size)),
            None => String::new(),
        };
        let total = match p.total_field.as_deref() {
            Some(field) => format!(
                "crate::call::IntoTotal::into_total(answer.{})",
                rust_ident(field)
            ),
            None => "None".to_owned(),
        };
        let (handle, start) = if op.token == "Page" {
            (
                "PageClient",
                format!("self.raw.{}().page_id(self.page_id.as_str())", op.id),
            )
        } else {
            ("UserClient", format!("self.raw.{}()", op.id))
        };
        let docs = doc(&format!(
            "Every item of `{id}`, page after page ({kind} pagination, as the spec's `x-pancake-pagination` says).\n\n\
             `configure` sets the filters on each page's request; the walk sets `{param}` itself{size}. The stream\n\
             ends after the last page, after `limit` items, or after the first error (yielded as its last item).",
            id = op.id,
            kind = match p.kind {
                pancake_openapi::PaginationKind::Cursor => "cursor",
                pancake_openapi::PaginationKind::Offset => "offset",
                pancake_openapi::PaginationKind::PageNumber => "page-number",
            },
            size = p
                .size_param
                .as_deref()
                .map(|s| format!(" and `{s}`"))
                .unwrap_or_default(),
        ));
        let page_docs = doc(&format!(
            "The pages of `{id}`, each with its place in the walk and the [`Checkpoint`](crate::paginate::Checkpoint) to resume after it.\n\n\
             `from` resumes where a stored `next` left off (`None`: from the start); `configure` sets the filters, as for\n\
             [`{id}_stream`](Self::{id}_stream). The stream ends after the last page, or after the first error.",
            id = op.id,
        ));
        let _ = write!(
            by_handle.entry(handle).or_default(),
            "{docs}pub fn {id}_stream<F>(&self, limit: Option<u64>, configure: F) -> impl futures::Stream<Item = crate::Result<types::{item}>> + '_\n\
             where F: Fn(builder::{b}<'_>) -> builder::{b}<'_> + 'static {{\n\
                 crate::paginate::items(self.{id}_pages(None, configure), limit)\n\
             }}\n\
             {page_docs}pub fn {id}_pages<F>(&self, from: Option<crate::paginate::Checkpoint>, configure: F) -> impl futures::Stream<Item = crate::Result<crate::paginate::ResultPage<types::{item}>>> + '_\n\
             where F: Fn(builder::{b}<'_>) -> builder::{b}<'_> + 'static {{\n\
                 let pagination = crate::call::pagination_of({id:?});\n\
                 crate::paginate::paginate_pages(pagination, from, move |request: crate::paginate::PageRequest| {{\n\
                     use crate::paginate::Position;\n\
                     let b = configure({start});\n\
                     let b = {set_position};\n\
                     {set_size}\n\
                     async move {{\n\
                         let answer = b.execute().await?;\n\
                         Ok(crate::paginate::Page {{ total: {total}, items: crate::call::IntoItems::into_items(answer.{items_field}) }})\n\
                     }}\n\
                 }})\n\
             }}\n",
            id = op.id,
            items_field = rust_ident(items),
        );
    }
    for (handle, methods) in by_handle {
        let _ = write!(out, "impl crate::{handle} {{\n{methods}}}\n");
    }
}
