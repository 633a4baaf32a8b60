//! Operations, parameters, request bodies and responses: matched between BASE and HEAD, then
//! compared; their schemas are handed to [`super::schemas`].

use serde_json::Value;

use super::Changes;
use super::extensions;
use super::schemas::{Place, SchemaComparison, Side};
use crate::operations::{MediaType, Operation, Parameter, StatusKey};
use crate::pointer::join;
use crate::{ParameterLocation, Spec};

/// Matches operations by `operationId`, then the rest by method and path (a renamed id).
pub(super) fn compare(base: &Spec, head: &Spec, out: &mut Changes) {
    let mut unmatched_head: Vec<&Operation> = head
        .operations()
        .iter()
        .filter(|h| base.operation(&h.operation_id).is_none())
        .collect();
    for b in base.operations() {
        if let Some(h) = head.operation(&b.operation_id) {
            compare_operation(base, head, b, h, out);
            continue;
        }
        let renamed = unmatched_head
            .iter()
            .position(|h| h.method == b.method && h.path == b.path);
        match renamed {
            Some(i) => {
                let h = unmatched_head.remove(i);
                out.push(
                    "operation-id-renamed",
                    join(&h.pointer, "operationId"),
                    Some(&h.operation_id),
                    format!(
                        "`{} {}` was `{}`, is now `{}`",
                        h.method, h.path, b.operation_id, h.operation_id
                    ),
                );
                compare_operation(base, head, b, h, out);
            }
            None => out.push(
                "operation-removed",
                b.pointer.clone(),
                Some(&b.operation_id),
                format!("`{} {}` is gone", b.method, b.path),
            ),
        }
    }
    for h in unmatched_head {
        out.push(
            "operation-added",
            h.pointer.clone(),
            Some(&h.operation_id),
            format!("new operation `{} {}`", h.method, h.path),
        );
    }
}

fn text<'a>(root: &'a Value, pointer: &str, key: &str) -> Option<&'a Value> {
    root.pointer(pointer).and_then(|v| v.get(key))
}

/// Reports `description-changed` / `example-changed` for the documentation keys of an object.
pub(super) fn compare_docs(
    base_object: Option<&Value>,
    head_object: Option<&Value>,
    head_pointer: &str,
    op: &str,
    what: &str,
    out: &mut Changes,
) {
    let get = |o: Option<&Value>, k: &str| o.and_then(|o| o.get(k)).cloned();
    for key in ["summary", "description"] {
        if get(base_object, key) != get(head_object, key) {
            out.push(
                "description-changed",
                join(head_pointer, key),
                Some(op),
                format!("the {key} of {what} changed"),
            );
        }
    }
    for key in ["example", "examples"] {
        if get(base_object, key) != get(head_object, key) {
            out.push(
                "example-changed",
                join(head_pointer, key),
                Some(op),
                format!("the {key} of {what} changed"),
            );
        }
    }
}

fn compare_operation(base: &Spec, head: &Spec, b: &Operation, h: &Operation, out: &mut Changes) {
    let id = h.operation_id.as_str();
    if b.method != h.method || b.path != h.path {
        out.push(
            "operation-path-changed",
            h.pointer.clone(),
            Some(id),
            format!(
                "was `{} {}`, is now `{} {}`",
                b.method, b.path, h.method, h.path
            ),
        );
    }
    if h.deprecated && !b.deprecated {
        out.push(
            "operation-deprecated",
            join(&h.pointer, "deprecated"),
            Some(id),
            "the operation is now deprecated",
        );
    }
    let mut b_security = b.security.clone();
    let mut h_security = h.security.clone();
    b_security.iter_mut().for_each(|s| s.sort());
    h_security.iter_mut().for_each(|s| s.sort());
    b_security.sort();
    h_security.sort();
    if b_security != h_security {
        out.push(
            "operation-security-changed",
            join(&h.pointer, "security"),
            Some(id),
            format!("security was {b_security:?}, is now {h_security:?}"),
        );
    }
    compare_docs(
        base.raw().pointer(&b.pointer),
        head.raw().pointer(&h.pointer),
        &h.pointer,
        id,
        "the operation",
        out,
    );
    let mut cmp = SchemaComparison::new(base.raw(), head.raw(), id, out);
    compare_parameters(b, h, &mut cmp);
    compare_request_body(b, h, &mut cmp);
    compare_responses(b, h, &mut cmp);
    extensions::compare_operation(b, h, cmp.out);
}

fn location(l: ParameterLocation) -> &'static str {
    match l {
        ParameterLocation::Path => "path",
        ParameterLocation::Query => "query",
        ParameterLocation::Header => "header",
        ParameterLocation::Cookie => "cookie",
    }
}

fn compare_parameters(b: &Operation, h: &Operation, cmp: &mut SchemaComparison<'_, '_>) {
    let id = cmp.op.to_owned();
    let same = |x: &Parameter, y: &Parameter| x.name == y.name && x.location == y.location;
    for bp in &b.parameters {
        let Some(hp) = h.parameters.iter().find(|hp| same(bp, hp)) else {
            cmp.out.push(
                "request-parameter-removed",
                bp.pointer.clone(),
                Some(&id),
                format!("{} parameter `{}` is gone", location(bp.location), bp.name),
            );
            continue;
        };
        let what = format!("parameter `{}`", hp.name);
        match (bp.required, hp.required) {
            (false, true) => cmp.out.push(
                "request-parameter-became-required",
                join(&hp.pointer, "required"),
                Some(&id),
                format!("{what} is now required"),
            ),
            (true, false) => cmp.out.push(
                "request-parameter-became-optional",
                join(&hp.pointer, "required"),
                Some(&id),
                format!("{what} is now optional"),
            ),
            _ => {}
        }
        if bp.explode != hp.explode {
            cmp.out.push(
                "request-parameter-style-changed",
                join(&hp.pointer, "explode"),
                Some(&id),
                format!("{what}: explode was {}, is now {}", bp.explode, hp.explode),
            );
        }
        extensions::compare_unit(
            bp.unit,
            hp.unit,
            &join(&hp.pointer, "x-pancake-unit"),
            &id,
            &what,
            cmp.out,
        );
        let base_object = cmp.base.pointer(&bp.pointer);
        let head_object = cmp.head.pointer(&hp.pointer);
        compare_docs(base_object, head_object, &hp.pointer, &id, &what, cmp.out);
        if let (Some(bs), Some(hs)) = (&bp.schema_pointer, &hp.schema_pointer) {
            let (bv, hv) = (cmp.base.pointer(bs), cmp.head.pointer(hs));
            if let (Some(bv), Some(hv)) = (bv, hv) {
                cmp.schema(Side::Request, Place::Parameter, &what, bv, bs, hv, hs);
            }
        }
    }
    for hp in &h.parameters {
        if b.parameters.iter().any(|bp| same(bp, hp)) {
            continue;
        }
        let (kind, adjective) = if hp.required {
            ("new-required-request-parameter", "required")
        } else {
            ("new-optional-request-parameter", "optional")
        };
        cmp.out.push(
            kind,
            hp.pointer.clone(),
            Some(&id),
            format!(
                "new {adjective} {} parameter `{}`",
                location(hp.location),
                hp.name
            ),
        );
    }
}

fn compare_media(
    base: &[MediaType],
    head: &[MediaType],
    side: Side,
    owner: &str,
    base_owner_pointer: &str,
    head_owner_pointer: &str,
    cmp: &mut SchemaComparison<'_, '_>,
) {
    let id = cmp.op.to_owned();
    let removed = match side {
        Side::Request => "request-media-type-removed",
        Side::Response => "response-media-type-removed",
    };
    for bm in base {
        let Some(hm) = head.iter().find(|hm| hm.media_type == bm.media_type) else {
            cmp.out.push(
                removed,
                join(&join(base_owner_pointer, "content"), &bm.media_type),
                Some(&id),
                format!("{owner}: media type `{}` is gone", bm.media_type),
            );
            continue;
        };
        let head_media_pointer = join(&join(head_owner_pointer, "content"), &hm.media_type);
        let base_media_pointer = join(&join(base_owner_pointer, "content"), &bm.media_type);
        compare_docs(
            cmp.base.pointer(&base_media_pointer),
            cmp.head.pointer(&head_media_pointer),
            &head_media_pointer,
            &id,
            owner,
            cmp.out,
        );
        if let (Some(bs), Some(hs)) = (&bm.schema_pointer, &hm.schema_pointer)
            && let (Some(bv), Some(hv)) = (cmp.base.pointer(bs), cmp.head.pointer(hs))
        {
            cmp.schema(side, Place::Property, owner, bv, bs, hv, hs);
        }
    }
    if side == Side::Request {
        for hm in head {
            if !base.iter().any(|bm| bm.media_type == hm.media_type) {
                cmp.out.push(
                    "request-media-type-added",
                    join(&join(head_owner_pointer, "content"), &hm.media_type),
                    Some(&id),
                    format!("{owner}: new media type `{}`", hm.media_type),
                );
            }
        }
    }
}

fn compare_request_body(b: &Operation, h: &Operation, cmp: &mut SchemaComparison<'_, '_>) {
    let id = cmp.op.to_owned();
    match (&b.request_body, &h.request_body) {
        (None, None) => {}
        (Some(bb), None) => cmp.out.push(
            "request-body-removed",
            bb.pointer.clone(),
            Some(&id),
            "the request body is gone",
        ),
        (None, Some(hb)) => cmp.out.push(
            if hb.required {
                "new-required-request-body"
            } else {
                "new-optional-request-body"
            },
            hb.pointer.clone(),
            Some(&id),
            format!(
                "new {} request body",
                if hb.required { "required" } else { "optional" }
            ),
        ),
        (Some(bb), Some(hb)) => {
            match (bb.required, hb.required) {
                (false, true) => cmp.out.push(
                    "request-body-became-required",
                    join(&hb.pointer, "required"),
                    Some(&id),
                    "the request body is now required",
                ),
                (true, false) => cmp.out.push(
                    "request-body-became-optional",
                    join(&hb.pointer, "required"),
                    Some(&id),
                    "the request body is now optional",
                ),
                _ => {}
            }
            compare_media(
                &bb.content,
                &hb.content,
                Side::Request,
                "request body",
                &bb.pointer,
                &hb.pointer,
                cmp,
            );
        }
    }
}

fn is_success(status: StatusKey) -> bool {
    !status.is_error()
}

fn compare_responses(b: &Operation, h: &Operation, cmp: &mut SchemaComparison<'_, '_>) {
    let id = cmp.op.to_owned();
    for br in &b.responses {
        let Some(hr) = h.responses.iter().find(|hr| hr.status == br.status) else {
            let kind = if is_success(br.status) {
                "response-success-status-removed"
            } else {
                "response-error-status-removed"
            };
            cmp.out.push(
                kind,
                join(&join(&b.pointer, "responses"), &br.status.to_string()),
                Some(&id),
                format!("response {} is gone", br.status),
            );
            continue;
        };
        let owner = format!("response {}", hr.status);
        for bh in br.headers.iter().filter(|bh| bh.required) {
            if hr.header(&bh.name).is_none_or(|hh| !hh.required) {
                cmp.out.push(
                    "response-required-header-removed",
                    join(&join(&br.pointer, "headers"), &bh.name),
                    Some(&id),
                    format!(
                        "{owner}: required header `{}` is gone (or optional)",
                        bh.name
                    ),
                );
            }
        }
        if text(cmp.base, &br.pointer, "description") != text(cmp.head, &hr.pointer, "description")
        {
            cmp.out.push(
                "description-changed",
                join(&hr.pointer, "description"),
                Some(&id),
                format!("the description of {owner} changed"),
            );
        }
        compare_media(
            &br.content,
            &hr.content,
            Side::Response,
            &owner,
            &br.pointer,
            &hr.pointer,
            cmp,
        );
    }
    for hr in &h.responses {
        if !b.responses.iter().any(|br| br.status == hr.status) {
            cmp.out.push(
                "response-status-added",
                join(&join(&h.pointer, "responses"), &hr.status.to_string()),
                Some(&id),
                format!("new response {}", hr.status),
            );
        }
    }
}
