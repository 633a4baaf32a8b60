//! The document is OpenAPI 3.0 (what progenitor reads) and fits the `openapiv3` model.

use serde_json::Value;

use super::{Context, Problem};

pub(super) fn check(ctx: &Context<'_>, problems: &mut Vec<Problem>) {
    match ctx.root.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.0.") => {}
        Some(version) => problems.push(Problem::new(
            "/openapi",
            format!(
                "version `{version}` is not 3.0.x: progenitor only reads OpenAPI 3.0 documents \
                 (write `openapi: 3.0.3`)"
            ),
        )),
        None => problems.push(Problem::new(
            "/openapi",
            "missing: the document must start with `openapi: 3.0.3`",
        )),
    }
    if let Err(err) = crate::document::to_model(ctx.root) {
        problems.push(Problem::new(
            "",
            format!("the document does not load into the openapiv3 model: {err}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use serde_json::json;

    #[test]
    fn fires_on_a_3_1_or_missing_version() {
        let mut doc = mini();
        *at(&mut doc, "/openapi") = json!("3.1.0");
        assert_fires(&doc, "/openapi", "not 3.0.x");
        doc.as_object_mut().unwrap().remove("openapi");
        assert_fires(&doc, "/openapi", "missing");
    }

    #[test]
    fn fires_when_the_model_refuses_the_document() {
        let mut doc = mini();
        *at(&mut doc, "/paths/~1v1~1pages/get/responses/200/description") = json!(7);
        assert_fires(&doc, "", "does not load into the openapiv3 model");
    }
}
