//! The operations of the spec as data, generated at build time from `openapi/pancake.yaml`.
//!
//! The table is rendered by `build.rs` from `pancake-openapi`'s operation model and written in its
//! types (method, parameter location, token, value type, unit, pagination), so no fact of an
//! operation is a string to compare here. The hooks read it (which token to add, which parameters
//! are Unix seconds, documented maxima, whether a retry may repeat the request), looking up
//! progenitor's operation id once per call; each generated stream holds its own entry; the
//! `pancake` binary calls any operation from it.

pub use crate::surface::{OPERATIONS, decode_answer, id};

pub use pancake_openapi::{
    CallKind, Method, PaginationEnd, PaginationKind, ParameterLocation, TimeUnit, TokenKind,
    ValueType,
};

/// The spec's `x-pancake-pagination` of one operation, as the generated table holds it
/// (`pancake_openapi::Pagination`, with static names).
pub type PaginationMeta = pancake_openapi::Pagination<&'static str>;

/// One parameter of an operation (token parameters excluded: see [`OperationMeta::token`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamMeta {
    /// The parameter's name.
    pub name: &'static str,
    /// Where it travels.
    pub location: ParameterLocation,
    /// Whether it must be given.
    pub required: bool,
    /// The schema type.
    pub kind: ValueType,
    /// `x-pancake-unit`, for an integer time value.
    pub unit: Option<TimeUnit>,
    /// The documented maximum of an integer.
    pub maximum: Option<u64>,
    /// `x-pancake-one-value`: the API filters on one value of this array only.
    pub one_value: bool,
}

/// One operation of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationMeta {
    /// The `operationId`.
    pub id: &'static str,
    /// Its HTTP method.
    pub method: Method,
    /// Path template, relative to the base URL (`/public_api/v2/pages/{page_id}/conversations`).
    pub path: &'static str,
    /// The spec's summary.
    pub summary: &'static str,
    /// Which token it takes.
    pub token: TokenKind,
    /// Its parameters, tokens excluded.
    pub params: &'static [ParamMeta],
    /// Whether it takes a request body.
    pub has_body: bool,
    /// How it travels. Not a JSON call (a multipart upload, the avatar's redirect): progenitor
    /// cannot generate it, so it has its own method in `non_json.rs`, and [`crate::raw`] does not
    /// send it.
    pub call: CallKind,
    /// Whether repeating it is harmless (`x-pancake-idempotent`; always for GET, PUT, DELETE), so
    /// that a retry after a 5xx or a timeout may repeat it (see [`crate::retry`]).
    pub idempotent: bool,
    /// Whether the per-page rate limit (`x-pancake-rate-limit`) covers it.
    pub rate_limited: bool,
    /// Component schema of the 200 answer.
    pub response: Option<&'static str>,
    /// `x-pancake-pagination`, for list operations.
    pub pagination: Option<PaginationMeta>,
}

impl OperationMeta {
    /// The parameter with this name.
    pub fn param(&self, name: &str) -> Option<&'static ParamMeta> {
        self.params.iter().find(|p| p.name == name)
    }
}

/// The operation with this `operationId` (a binary search of the sorted table).
pub fn operation(id: &str) -> Option<&'static OperationMeta> {
    OPERATIONS
        .binary_search_by(|op| op.id.cmp(id))
        .ok()
        .map(|i| &OPERATIONS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_operation_of_the_spec() {
        assert_eq!(OPERATIONS.len(), 34);
        let ids: Vec<&str> = OPERATIONS.iter().map(|op| op.id).collect();
        let mut sorted = ids.clone();
        sorted.dedup();
        assert_eq!(ids.len(), sorted.len(), "ids are unique");
        let non_json: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| !op.call.is_json())
            .map(|op| op.id)
            .collect();
        assert_eq!(non_json, ["get_customer_avatar", "upload_content"]);
    }

    #[test]
    fn every_operation_is_found_by_its_id() {
        for op in OPERATIONS {
            assert_eq!(operation(op.id), Some(op));
        }
        assert_eq!(operation("no_such_operation"), None);
    }

    #[test]
    fn retry_safety_comes_from_the_spec() {
        let idempotent = |id: &str| operation(id).unwrap().idempotent;
        assert!(idempotent("update_conversation_tags"));
        assert!(idempotent("mark_conversation_read"));
        assert!(idempotent("list_conversations"), "a GET");
        assert!(!idempotent("send_message"));
        assert!(!idempotent("generate_page_access_token"));
        assert!(!idempotent("upload_content"));
    }

    #[test]
    fn tokens_units_and_maxima_come_from_the_spec() {
        let list = operation("list_conversations").unwrap();
        assert_eq!(list.token, TokenKind::Page);
        assert!(list.rate_limited);
        assert_eq!(
            list.param("since").unwrap().unit,
            Some(TimeUnit::UnixSeconds)
        );
        assert!(!list.idempotent || list.method == Method::Get);
        assert!(
            list.param("page_access_token").is_none(),
            "tokens are not parameters"
        );
        assert_eq!(operation("list_pages").unwrap().token, TokenKind::User);
        assert!(
            !operation("generate_page_access_token")
                .unwrap()
                .rate_limited
        );
        assert_eq!(
            operation("send_chat_plugin_message").unwrap().token,
            TokenKind::None
        );
        assert_eq!(
            operation("list_posts")
                .unwrap()
                .param("page_size")
                .unwrap()
                .maximum,
            Some(30)
        );
    }

    #[test]
    fn pagination_records_match_the_readme() {
        use crate::paginate::{WalkEnd, WalkKind};
        let p = |id: &str| crate::paginate::Pagination::of(operation(id).unwrap()).unwrap();
        let v2 = p("list_conversations");
        assert_eq!(
            v2.kind,
            WalkKind::Cursor {
                cursor_field: "id".into()
            }
        );
        assert_eq!((v2.page_size, v2.end), (60, WalkEnd::EmptyPage));
        assert_eq!(
            (p("list_messages").page_size, p("list_messages").end),
            (30, WalkEnd::ShortPage)
        );
        assert_eq!(p("list_page_customers").page_size, 100);
        assert_eq!(p("list_posts").end, WalkEnd::Total);
        assert_eq!(p("export_conversations_from_ads").kind, WalkKind::Offset);
        assert_eq!(
            p("list_conversations_v1").kind,
            WalkKind::PageNumber { first_page: 1 }
        );
        let listed: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| op.pagination.is_some())
            .map(|op| op.id)
            .collect();
        assert_eq!(
            listed,
            [
                "export_conversations_from_ads",
                "list_chat_plugin_messages",
                "list_conversations",
                "list_conversations_v1",
                "list_messages",
                "list_page_customers",
                "list_posts",
                "list_sip_call_logs"
            ]
        );
    }
}
