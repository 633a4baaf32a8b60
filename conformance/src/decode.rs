//! Decoding raw bodies with the generated client's types.
//!
//! The body was already validated against the spec's JSON Schema; decoding it into the type
//! progenitor generated for the same response shows that generation kept the schema's meaning.

use serde_json::Value;

/// Decodes `body`, the `status` response of `operation_id`, into the generated type: the
/// operation's answer type for a 2xx, `ApiError` for a 4xx or 5xx.
///
/// `None` when the generated client has no type for that response (an operation it does not
/// generate, or a body-less status).
pub fn decode_response(
    operation_id: &str,
    status: u16,
    body: &Value,
) -> Option<Result<(), String>> {
    match status {
        200..=299 => {
            let bytes = serde_json::to_vec(body).ok()?;
            pancake_client::operations::decode_answer(operation_id, &bytes)
                .map(|decoded| decoded.map(drop).map_err(|e| e.to_string()))
        }
        400..=599 => Some(
            serde_json::from_value::<pancake_client::types::ApiError>(body.clone())
                .map(drop)
                .map_err(|e| e.to_string()),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_answers_and_errors_and_reports_what_does_not_fit() {
        let tags = json!({"success": true, "tags": [{"id": -99, "text": "Đánh dấu", "color": "#e9573f", "lighten_color": "#f8cdc5"}]});
        assert_eq!(decode_response("list_tags", 200, &tags), Some(Ok(())));
        let error = json!({"success": false, "error_code": 100, "message": "bad"});
        assert_eq!(decode_response("list_tags", 400, &error), Some(Ok(())));
        let not_an_error = json!({"success": false, "error_code": "x"});
        assert!(matches!(
            decode_response("list_tags", 429, &not_an_error),
            Some(Err(_))
        ));
        let bad_tags = json!({"tags": [{"id": "not a number"}]});
        assert!(matches!(
            decode_response("list_tags", 200, &bad_tags),
            Some(Err(_))
        ));
        assert_eq!(decode_response("no_such_operation", 200, &tags), None);
    }
}
