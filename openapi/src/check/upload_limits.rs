//! `x-pancake-upload-limits` is well formed, and every operation that takes a file declares it
//! (the mock refuses oversized uploads from it, so a missing one would mean "no limit").

use super::{Context, Problem};
use crate::extensions::{self, UPLOAD_LIMITS_KEY, UploadLimits};
use crate::pointer::join;

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    for op in &ctx.operations {
        let at = join(&op.pointer(), UPLOAD_LIMITS_KEY);
        let takes_file = op
            .value
            .pointer("/requestBody/content")
            .and_then(|content| content.as_object())
            .is_some_and(|content| content.keys().any(|k| k.starts_with("multipart/")));
        match extensions::read::<UploadLimits>(op.value, UPLOAD_LIMITS_KEY) {
            Ok(Some(limits)) => {
                if limits.default_mb == 0 || limits.by_platform_mb.values().any(|&mb| mb == 0) {
                    problems.push(Problem::new(
                        at,
                        format!("{}: an upload limit of 0 MB refuses every file", op.label()),
                    ));
                }
            }
            Ok(None) if takes_file => problems.push(Problem::new(
                at,
                format!(
                    "{}: takes a multipart file but declares no `{UPLOAD_LIMITS_KEY}` \
                     (add `default_mb` and, where platforms differ, `by_platform_mb`)",
                    op.label()
                ),
            )),
            Ok(None) => {}
            Err(err) => problems.push(Problem::new(at, format!("{}: {err}", op.label()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check_document;
    use serde_json::json;

    fn upload_doc(extension: Option<serde_json::Value>) -> serde_json::Value {
        let mut op = json!({
            "operationId": "upload_content",
            "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
            "responses": {}
        });
        if let Some(ext) = extension {
            op["x-pancake-upload-limits"] = ext;
        }
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/up": {"post": op}}})
    }

    fn upload_problems(doc: &serde_json::Value) -> Vec<String> {
        check_document(doc)
            .problems
            .into_iter()
            .filter(|p| p.pointer.ends_with("x-pancake-upload-limits"))
            .map(|p| p.reason)
            .collect()
    }

    #[test]
    fn a_multipart_operation_without_limits_is_reported() {
        let problems = upload_problems(&upload_doc(None));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("declares no"), "{problems:?}");
    }

    #[test]
    fn malformed_and_zero_limits_are_reported() {
        assert_eq!(
            upload_problems(&upload_doc(Some(json!({"default": 15})))).len(),
            1
        );
        assert_eq!(
            upload_problems(&upload_doc(Some(json!({"default_mb": 0})))).len(),
            1
        );
        assert!(upload_problems(&upload_doc(Some(json!({"default_mb": 15})))).is_empty());
    }
}
