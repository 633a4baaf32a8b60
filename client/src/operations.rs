//! The operations of the spec as data, generated at build time from `openapi/pancake.yaml`.
//!
//! The hooks read it (which token to add, which parameters are Unix seconds, documented maxima),
//! the streams read their `x-pancake-pagination` from it, and the `pancake` binary calls any
//! operation from it.

pub use crate::surface::{OPERATIONS, decode_answer};

/// Which token an operation takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// `page_access_token` (the page APIs).
    Page,
    /// `access_token` (the user API).
    User,
    /// None (public endpoints).
    None,
}

/// One parameter of an operation (token parameters excluded: see [`OperationMeta::token`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParamMeta {
    /// The parameter's name.
    pub name: &'static str,
    /// `path` or `query`.
    pub location: &'static str,
    /// Whether it must be given.
    pub required: bool,
    /// The schema type (`string`, `integer`, `boolean`, `array`).
    pub kind: &'static str,
    /// `x-pancake-unit` (`unix-seconds`, ...).
    pub unit: Option<&'static str>,
    /// The documented maximum of an integer.
    pub maximum: Option<u64>,
}

/// How a list operation moves from page to page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaginationKind {
    /// By the last item's cursor field.
    Cursor,
    /// By the number of items fetched.
    Offset,
    /// By page number.
    PageNumber,
}

/// When a walk ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaginationEnd {
    /// On an empty page.
    EmptyPage,
    /// On a page shorter than the page size.
    ShortPage,
    /// Once the total was fetched.
    Total,
}

/// The spec's `x-pancake-pagination` of one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaginationMeta {
    /// How the walk moves.
    pub kind: PaginationKind,
    /// Response property with the items.
    pub items: &'static str,
    /// Request parameter that moves the walk.
    pub param: &'static str,
    /// Cursor walks: the item field that is the next cursor.
    pub cursor_field: Option<&'static str>,
    /// Items per page (the default, when `size_param` is set).
    pub page_size: u64,
    /// Parameter that sets the page size, if any.
    pub size_param: Option<&'static str>,
    /// The documented maximum page size, with `size_param`.
    pub max_page_size: Option<u64>,
    /// Number of the first page (page-number walks).
    pub first_page: u64,
    /// When the walk ends.
    pub end: PaginationEnd,
    /// `end: total`: the response property with the total.
    pub total_field: Option<&'static str>,
}

/// One operation of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationMeta {
    /// The `operationId`.
    pub id: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
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
    /// Written by hand in this crate rather than generated (multipart upload, avatar redirect).
    pub hand_written: bool,
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

    /// Whether requests count against the per-page rate limit (page token + `page_id` in the path).
    pub fn is_page_limited(&self) -> bool {
        self.token == TokenKind::Page
            && self
                .params
                .iter()
                .any(|p| p.name == "page_id" && p.location == "path")
    }
}

/// The operation with this `operationId`.
pub fn operation(id: &str) -> Option<&'static OperationMeta> {
    OPERATIONS.iter().find(|op| op.id == id)
}

impl PaginationMeta {
    /// The walker's settings for this operation. Walks with a size parameter use the documented
    /// maximum, so a full sync takes as few requests (and as little of the rate limit) as possible.
    pub fn to_pagination(&self, operation: &str) -> crate::paginate::Pagination {
        use crate::paginate::{PageEnd, PageKind, Pagination};
        Pagination {
            operation: operation.to_owned(),
            kind: match self.kind {
                PaginationKind::Cursor => PageKind::Cursor {
                    cursor_field: self.cursor_field.unwrap_or("id").to_owned(),
                },
                PaginationKind::Offset => PageKind::Offset,
                PaginationKind::PageNumber => PageKind::PageNumber {
                    first_page: self.first_page,
                },
            },
            page_size: match (self.size_param, self.max_page_size) {
                (Some(_), Some(max)) => max,
                _ => self.page_size,
            },
            end: match self.end {
                PaginationEnd::EmptyPage => PageEnd::EmptyPage,
                PaginationEnd::ShortPage => PageEnd::ShortPage,
                PaginationEnd::Total => PageEnd::Total,
            },
        }
    }
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
        let hand: Vec<&str> = OPERATIONS
            .iter()
            .filter(|op| op.hand_written)
            .map(|op| op.id)
            .collect();
        assert_eq!(hand, ["get_customer_avatar", "upload_content"]);
    }

    #[test]
    fn tokens_units_and_maxima_come_from_the_spec() {
        let list = operation("list_conversations").unwrap();
        assert_eq!(list.token, TokenKind::Page);
        assert!(list.is_page_limited());
        assert_eq!(list.param("since").unwrap().unit, Some("unix-seconds"));
        assert!(
            list.param("page_access_token").is_none(),
            "tokens are not parameters"
        );
        assert_eq!(operation("list_pages").unwrap().token, TokenKind::User);
        assert!(
            !operation("generate_page_access_token")
                .unwrap()
                .is_page_limited()
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
        use crate::paginate::{PageEnd, PageKind};
        let p = |id: &str| operation(id).unwrap().pagination.unwrap().to_pagination(id);
        let v2 = p("list_conversations");
        assert_eq!(
            v2.kind,
            PageKind::Cursor {
                cursor_field: "id".into()
            }
        );
        assert_eq!((v2.page_size, v2.end), (60, PageEnd::EmptyPage));
        assert_eq!(
            (p("list_messages").page_size, p("list_messages").end),
            (30, PageEnd::ShortPage)
        );
        assert_eq!(p("list_page_customers").page_size, 100);
        assert_eq!(p("list_posts").end, PageEnd::Total);
        assert_eq!(p("export_conversations_from_ads").kind, PageKind::Offset);
        assert_eq!(
            p("list_conversations_v1").kind,
            PageKind::PageNumber { first_page: 1 }
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
