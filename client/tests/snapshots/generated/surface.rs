/// Every operation of the spec, sorted by id (what [`operation`](crate::operations::operation) searches).
pub static OPERATIONS: &[OperationMeta] = &[
    OperationMeta {
        id: "add_customer_note",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes",
        summary: "Add a note to a customer",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: false,
        rate_limited: true,
        response: Some("CustomerNoteResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "assign_conversation",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/assign",
        summary: "Assign staff to a conversation",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("Conversation"),
        pagination: None,
    },
    OperationMeta {
        id: "delete_customer_note",
        method: Method::Delete,
        path: "/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes",
        summary: "Delete a customer's note",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("CustomerNoteResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "export_conversations_from_ads",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/export_data",
        summary: "Export conversations that came from ads",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "action",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "offset",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ExportDataResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::Offset,
            items: "data",
            items_alias: None,
            param: "offset",
            cursor_field: None,
            page_size: 60u32,
            size_param: None,
            max_page_size: None,
            first_page: None,
            end: PaginationEnd::ShortPage,
            total_field: None,
        }),
    },
    OperationMeta {
        id: "generate_page_access_token",
        method: Method::Post,
        path: "/v1/pages/{page_id}/generate_page_access_token",
        summary: "Generate or renew a page access token",
        token: TokenKind::User,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: false,
        rate_limited: false,
        response: Some("GeneratePageAccessTokenResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_ads_campaign_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/pages_campaigns",
        summary: "Ads campaign statistics",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("AdsCampaignStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_ads_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/ads",
        summary: "Ads statistics by ad or by time",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("AdsStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_customer_avatar",
        method: Method::Get,
        path: "/v1/pages/{page_id}/avatar/{psid}",
        summary: "Redirect to a customer's avatar",
        token: TokenKind::None,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "psid",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Redirect,
        idempotent: true,
        rate_limited: false,
        response: None,
        pagination: None,
    },
    OperationMeta {
        id: "get_engagement_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/customer_engagements",
        summary: "Customer engagement statistics",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "by_hour",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "user_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("EngagementStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_multi_page_user_statistics",
        method: Method::Get,
        path: "/v1/statistics/user",
        summary: "Staff statistics across several pages",
        token: TokenKind::User,
        params: &[
            ParamMeta {
                name: "page_ids",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: false,
        response: Some("UserStatistics"),
        pagination: None,
    },
    OperationMeta {
        id: "get_new_customer_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/page_customers",
        summary: "New-customer statistics",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "group_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("NewCustomerStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_new_customer_statistics_legacy",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/customers",
        summary: "New-customer statistics (older path)",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "group_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("NewCustomerStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_page_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/pages",
        summary: "Page statistics per hour",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("PageStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_tag_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/tags",
        summary: "Tag statistics",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("TagStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "get_user_statistics",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/statistics/users",
        summary: "Staff statistics of a page",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("UserStatisticsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "list_chat_plugin_messages",
        method: Method::Get,
        path: "/v1/pke_chat_plugin/messages",
        summary: "Messages of a chat-plugin conversation",
        token: TokenKind::None,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "offset",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: false,
        response: Some("ListChatPluginMessagesResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::Offset,
            items: "messages",
            items_alias: None,
            param: "offset",
            cursor_field: None,
            page_size: 30u32,
            size_param: None,
            max_page_size: None,
            first_page: None,
            end: PaginationEnd::ShortPage,
            total_field: None,
        }),
    },
    OperationMeta {
        id: "list_conversations",
        method: Method::Get,
        path: "/public_api/v2/pages/{page_id}/conversations",
        summary: "List conversations (v2, cursor)",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "last_conversation_id",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "tags",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "post_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "unread_first",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListConversationsResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::Cursor,
            items: "conversations",
            items_alias: None,
            param: "last_conversation_id",
            cursor_field: Some("id"),
            page_size: 60u32,
            size_param: None,
            max_page_size: None,
            first_page: None,
            end: PaginationEnd::EmptyPage,
            total_field: None,
        }),
    },
    OperationMeta {
        id: "list_conversations_v1",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/conversations",
        summary: "List conversations (v1, deprecated)",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "tags",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "post_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "unread_first",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListConversationsV1Response"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::PageNumber,
            items: "conversations",
            items_alias: None,
            param: "page_number",
            cursor_field: None,
            page_size: 60u32,
            size_param: None,
            max_page_size: None,
            first_page: Some(1u32),
            end: PaginationEnd::Total,
            total_field: Some("total"),
        }),
    },
    OperationMeta {
        id: "list_messages",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages",
        summary: "List the messages of a conversation",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "current_count",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListMessagesResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::Offset,
            items: "messages",
            items_alias: None,
            param: "current_count",
            cursor_field: None,
            page_size: 30u32,
            size_param: None,
            max_page_size: None,
            first_page: None,
            end: PaginationEnd::ShortPage,
            total_field: None,
        }),
    },
    OperationMeta {
        id: "list_page_customers",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/page_customers",
        summary: "List the page's customers",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(100u64),
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListPageCustomersResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::PageNumber,
            items: "customers",
            items_alias: None,
            param: "page_number",
            cursor_field: None,
            page_size: 100u32,
            size_param: Some("page_size"),
            max_page_size: Some(100u32),
            first_page: Some(1u32),
            end: PaginationEnd::Total,
            total_field: Some("total"),
        }),
    },
    OperationMeta {
        id: "list_pages",
        method: Method::Get,
        path: "/v1/pages",
        summary: "List the pages of the user",
        token: TokenKind::User,
        params: &[],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: false,
        response: Some("ListPagesResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "list_posts",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/posts",
        summary: "List the page's posts",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(30u64),
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListPostsResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::PageNumber,
            items: "posts",
            items_alias: None,
            param: "page_number",
            cursor_field: None,
            page_size: 30u32,
            size_param: Some("page_size"),
            max_page_size: Some(30u32),
            first_page: Some(1u32),
            end: PaginationEnd::Total,
            total_field: Some("total"),
        }),
    },
    OperationMeta {
        id: "list_sip_call_logs",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/sip_call_logs",
        summary: "List SIP call logs",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(30u64),
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListSipCallLogsResponse"),
        pagination: Some(PaginationMeta {
            kind: PaginationKind::PageNumber,
            items: "call_logs",
            items_alias: Some("data"),
            param: "page_number",
            cursor_field: None,
            page_size: 30u32,
            size_param: Some("page_size"),
            max_page_size: Some(30u32),
            first_page: Some(1u32),
            end: PaginationEnd::ShortPage,
            total_field: None,
        }),
    },
    OperationMeta {
        id: "list_tags",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/tags",
        summary: "List the page's tags",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListTagsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "list_users",
        method: Method::Get,
        path: "/public_api/v1/pages/{page_id}/users",
        summary: "List the page's staff",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("ListUsersResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "mark_conversation_read",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/read",
        summary: "Mark a conversation as read",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("SuccessResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "mark_conversation_unread",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/unread",
        summary: "Mark a conversation as unread",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: false,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("SuccessResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "send_chat_plugin_message",
        method: Method::Post,
        path: "/v1/pke_chat_plugin/messages",
        summary: "Send a chat-plugin message, or start a conversation",
        token: TokenKind::None,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: false,
        rate_limited: false,
        response: Some("SendChatPluginMessageResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "send_message",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages",
        summary: "Send a message, reply to a comment, or reply privately",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: false,
        rate_limited: true,
        response: Some("SendMessageResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "update_conversation_tags",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/conversations/{conversation_id}/tags",
        summary: "Add a tag to a conversation, or remove one",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("UpdateConversationTagsResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "update_customer_note",
        method: Method::Put,
        path: "/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes",
        summary: "Edit a customer's note",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("CustomerNoteResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "update_page_customer",
        method: Method::Put,
        path: "/public_api/v1/pages/{page_id}/page_customers/{page_customer_id}",
        summary: "Update a customer",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("SuccessResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "update_round_robin_users",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/round_robin_users",
        summary: "Set the round-robin assignment lists",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::Json,
        idempotent: true,
        rate_limited: true,
        response: Some("SuccessResponse"),
        pagination: None,
    },
    OperationMeta {
        id: "upload_content",
        method: Method::Post,
        path: "/public_api/v1/pages/{page_id}/upload_contents",
        summary: "Upload a media file",
        token: TokenKind::Page,
        params: &[
            ParamMeta {
                name: "page_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
            },
        ],
        has_body: true,
        call: CallKind::MultipartUpload,
        idempotent: false,
        rate_limited: true,
        response: Some("UploadContentResponse"),
        pagination: None,
    },
];
/// Every operation id of the spec, as a constant: code that must name an operation names it
/// here, so a renamed operation is a compile error rather than a string that no longer matches.
pub mod id {
    /// `add_customer_note`: Add a note to a customer
    pub const ADD_CUSTOMER_NOTE: &str = "add_customer_note";
    /// `assign_conversation`: Assign staff to a conversation
    pub const ASSIGN_CONVERSATION: &str = "assign_conversation";
    /// `delete_customer_note`: Delete a customer's note
    pub const DELETE_CUSTOMER_NOTE: &str = "delete_customer_note";
    /// `export_conversations_from_ads`: Export conversations that came from ads
    pub const EXPORT_CONVERSATIONS_FROM_ADS: &str = "export_conversations_from_ads";
    /// `generate_page_access_token`: Generate or renew a page access token
    pub const GENERATE_PAGE_ACCESS_TOKEN: &str = "generate_page_access_token";
    /// `get_ads_campaign_statistics`: Ads campaign statistics
    pub const GET_ADS_CAMPAIGN_STATISTICS: &str = "get_ads_campaign_statistics";
    /// `get_ads_statistics`: Ads statistics by ad or by time
    pub const GET_ADS_STATISTICS: &str = "get_ads_statistics";
    /// `get_customer_avatar`: Redirect to a customer's avatar
    pub const GET_CUSTOMER_AVATAR: &str = "get_customer_avatar";
    /// `get_engagement_statistics`: Customer engagement statistics
    pub const GET_ENGAGEMENT_STATISTICS: &str = "get_engagement_statistics";
    /// `get_multi_page_user_statistics`: Staff statistics across several pages
    pub const GET_MULTI_PAGE_USER_STATISTICS: &str = "get_multi_page_user_statistics";
    /// `get_new_customer_statistics`: New-customer statistics
    pub const GET_NEW_CUSTOMER_STATISTICS: &str = "get_new_customer_statistics";
    /// `get_new_customer_statistics_legacy`: New-customer statistics (older path)
    pub const GET_NEW_CUSTOMER_STATISTICS_LEGACY: &str = "get_new_customer_statistics_legacy";
    /// `get_page_statistics`: Page statistics per hour
    pub const GET_PAGE_STATISTICS: &str = "get_page_statistics";
    /// `get_tag_statistics`: Tag statistics
    pub const GET_TAG_STATISTICS: &str = "get_tag_statistics";
    /// `get_user_statistics`: Staff statistics of a page
    pub const GET_USER_STATISTICS: &str = "get_user_statistics";
    /// `list_chat_plugin_messages`: Messages of a chat-plugin conversation
    pub const LIST_CHAT_PLUGIN_MESSAGES: &str = "list_chat_plugin_messages";
    /// `list_conversations`: List conversations (v2, cursor)
    pub const LIST_CONVERSATIONS: &str = "list_conversations";
    /// `list_conversations_v1`: List conversations (v1, deprecated)
    pub const LIST_CONVERSATIONS_V1: &str = "list_conversations_v1";
    /// `list_messages`: List the messages of a conversation
    pub const LIST_MESSAGES: &str = "list_messages";
    /// `list_page_customers`: List the page's customers
    pub const LIST_PAGE_CUSTOMERS: &str = "list_page_customers";
    /// `list_pages`: List the pages of the user
    pub const LIST_PAGES: &str = "list_pages";
    /// `list_posts`: List the page's posts
    pub const LIST_POSTS: &str = "list_posts";
    /// `list_sip_call_logs`: List SIP call logs
    pub const LIST_SIP_CALL_LOGS: &str = "list_sip_call_logs";
    /// `list_tags`: List the page's tags
    pub const LIST_TAGS: &str = "list_tags";
    /// `list_users`: List the page's staff
    pub const LIST_USERS: &str = "list_users";
    /// `mark_conversation_read`: Mark a conversation as read
    pub const MARK_CONVERSATION_READ: &str = "mark_conversation_read";
    /// `mark_conversation_unread`: Mark a conversation as unread
    pub const MARK_CONVERSATION_UNREAD: &str = "mark_conversation_unread";
    /// `send_chat_plugin_message`: Send a chat-plugin message, or start a conversation
    pub const SEND_CHAT_PLUGIN_MESSAGE: &str = "send_chat_plugin_message";
    /// `send_message`: Send a message, reply to a comment, or reply privately
    pub const SEND_MESSAGE: &str = "send_message";
    /// `update_conversation_tags`: Add a tag to a conversation, or remove one
    pub const UPDATE_CONVERSATION_TAGS: &str = "update_conversation_tags";
    /// `update_customer_note`: Edit a customer's note
    pub const UPDATE_CUSTOMER_NOTE: &str = "update_customer_note";
    /// `update_page_customer`: Update a customer
    pub const UPDATE_PAGE_CUSTOMER: &str = "update_page_customer";
    /// `update_round_robin_users`: Set the round-robin assignment lists
    pub const UPDATE_ROUND_ROBIN_USERS: &str = "update_round_robin_users";
    /// `upload_content`: Upload a media file
    pub const UPLOAD_CONTENT: &str = "upload_content";
}
impl builder::AddCustomerNote<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("add_customer_note", self.send()).await
    }
}
impl builder::AssignConversation<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::Conversation> {
        crate::call::finish("assign_conversation", self.send()).await
    }
}
impl builder::DeleteCustomerNote<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("delete_customer_note", self.send()).await
    }
}
impl builder::ExportConversationsFromAds<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ExportDataResponse> {
        crate::call::finish("export_conversations_from_ads", self.send()).await
    }
}
impl builder::GeneratePageAccessToken<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::GeneratePageAccessTokenResponse> {
        crate::call::finish("generate_page_access_token", self.send()).await
    }
}
impl builder::GetAdsCampaignStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::AdsCampaignStatisticsResponse> {
        crate::call::finish("get_ads_campaign_statistics", self.send()).await
    }
}
impl builder::GetAdsStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::AdsStatisticsResponse> {
        crate::call::finish("get_ads_statistics", self.send()).await
    }
}
impl builder::GetEngagementStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::EngagementStatisticsResponse> {
        crate::call::finish("get_engagement_statistics", self.send()).await
    }
}
impl builder::GetMultiPageUserStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::UserStatistics> {
        crate::call::finish("get_multi_page_user_statistics", self.send()).await
    }
}
impl builder::GetNewCustomerStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::NewCustomerStatisticsResponse> {
        crate::call::finish("get_new_customer_statistics", self.send()).await
    }
}
impl builder::GetNewCustomerStatisticsLegacy<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::NewCustomerStatisticsResponse> {
        crate::call::finish("get_new_customer_statistics_legacy", self.send()).await
    }
}
impl builder::GetPageStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::PageStatisticsResponse> {
        crate::call::finish("get_page_statistics", self.send()).await
    }
}
impl builder::GetTagStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::TagStatisticsResponse> {
        crate::call::finish("get_tag_statistics", self.send()).await
    }
}
impl builder::GetUserStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::UserStatisticsResponse> {
        crate::call::finish("get_user_statistics", self.send()).await
    }
}
impl builder::ListChatPluginMessages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListChatPluginMessagesResponse> {
        crate::call::finish("list_chat_plugin_messages", self.send()).await
    }
}
impl builder::ListConversations<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListConversationsResponse> {
        crate::call::finish("list_conversations", self.send()).await
    }
}
impl builder::ListConversationsV1<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListConversationsV1Response> {
        crate::call::finish("list_conversations_v1", self.send()).await
    }
}
impl builder::ListMessages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListMessagesResponse> {
        crate::call::finish("list_messages", self.send()).await
    }
}
impl builder::ListPageCustomers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListPageCustomersResponse> {
        crate::call::finish("list_page_customers", self.send()).await
    }
}
impl builder::ListPages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListPagesResponse> {
        crate::call::finish("list_pages", self.send()).await
    }
}
impl builder::ListPosts<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListPostsResponse> {
        crate::call::finish("list_posts", self.send()).await
    }
}
impl builder::ListSipCallLogs<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListSipCallLogsResponse> {
        crate::call::finish("list_sip_call_logs", self.send()).await
    }
}
impl builder::ListTags<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListTagsResponse> {
        crate::call::finish("list_tags", self.send()).await
    }
}
impl builder::ListUsers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::ListUsersResponse> {
        crate::call::finish("list_users", self.send()).await
    }
}
impl builder::MarkConversationRead<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("mark_conversation_read", self.send()).await
    }
}
impl builder::MarkConversationUnread<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("mark_conversation_unread", self.send()).await
    }
}
impl builder::SendChatPluginMessage<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SendChatPluginMessageResponse> {
        crate::call::finish("send_chat_plugin_message", self.send()).await
    }
}
impl builder::SendMessage<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SendMessageResponse> {
        crate::call::finish("send_message", self.send()).await
    }
}
impl builder::UpdateConversationTags<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::UpdateConversationTagsResponse> {
        crate::call::finish("update_conversation_tags", self.send()).await
    }
}
impl builder::UpdateCustomerNote<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("update_customer_note", self.send()).await
    }
}
impl builder::UpdatePageCustomer<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("update_page_customer", self.send()).await
    }
}
impl builder::UpdateRoundRobinUsers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error).
    ///
    /// (`send()` is progenitor's own call, with progenitor's error type.)
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("update_round_robin_users", self.send()).await
    }
}
impl crate::PageClient {
    /** Add a note to a customer.

 `POST /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`add_customer_note`); finish with `.execute().await`.*/
    pub fn add_customer_note(&self) -> builder::AddCustomerNote<'_> {
        self.raw.add_customer_note().page_id(self.page_id.as_str())
    }
    /** Assign staff to a conversation.

 `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/assign` (`assign_conversation`); finish with `.execute().await`.*/
    pub fn assign_conversation(&self) -> builder::AssignConversation<'_> {
        self.raw.assign_conversation().page_id(self.page_id.as_str())
    }
    /** Delete a customer's note.

 `DELETE /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`delete_customer_note`); finish with `.execute().await`.*/
    pub fn delete_customer_note(&self) -> builder::DeleteCustomerNote<'_> {
        self.raw.delete_customer_note().page_id(self.page_id.as_str())
    }
    /** Export conversations that came from ads.

 `GET /public_api/v1/pages/{page_id}/export_data` (`export_conversations_from_ads`); finish with `.execute().await`.*/
    pub fn export_conversations_from_ads(
        &self,
    ) -> builder::ExportConversationsFromAds<'_> {
        self.raw.export_conversations_from_ads().page_id(self.page_id.as_str())
    }
    /** Ads campaign statistics.

 `GET /public_api/v1/pages/{page_id}/statistics/pages_campaigns` (`get_ads_campaign_statistics`); finish with `.execute().await`.*/
    pub fn get_ads_campaign_statistics(&self) -> builder::GetAdsCampaignStatistics<'_> {
        self.raw.get_ads_campaign_statistics().page_id(self.page_id.as_str())
    }
    /** Ads statistics by ad or by time.

 `GET /public_api/v1/pages/{page_id}/statistics/ads` (`get_ads_statistics`); finish with `.execute().await`.*/
    pub fn get_ads_statistics(&self) -> builder::GetAdsStatistics<'_> {
        self.raw.get_ads_statistics().page_id(self.page_id.as_str())
    }
    /** Customer engagement statistics.

 `GET /public_api/v1/pages/{page_id}/statistics/customer_engagements` (`get_engagement_statistics`); finish with `.execute().await`.*/
    pub fn get_engagement_statistics(&self) -> builder::GetEngagementStatistics<'_> {
        self.raw.get_engagement_statistics().page_id(self.page_id.as_str())
    }
    /** New-customer statistics.

 `GET /public_api/v1/pages/{page_id}/statistics/page_customers` (`get_new_customer_statistics`); finish with `.execute().await`.*/
    pub fn get_new_customer_statistics(&self) -> builder::GetNewCustomerStatistics<'_> {
        self.raw.get_new_customer_statistics().page_id(self.page_id.as_str())
    }
    /** New-customer statistics (older path).

 `GET /public_api/v1/pages/{page_id}/statistics/customers` (`get_new_customer_statistics_legacy`); finish with `.execute().await`.*/
    pub fn get_new_customer_statistics_legacy(
        &self,
    ) -> builder::GetNewCustomerStatisticsLegacy<'_> {
        self.raw.get_new_customer_statistics_legacy().page_id(self.page_id.as_str())
    }
    /** Page statistics per hour.

 `GET /public_api/v1/pages/{page_id}/statistics/pages` (`get_page_statistics`); finish with `.execute().await`.*/
    pub fn get_page_statistics(&self) -> builder::GetPageStatistics<'_> {
        self.raw.get_page_statistics().page_id(self.page_id.as_str())
    }
    /** Tag statistics.

 `GET /public_api/v1/pages/{page_id}/statistics/tags` (`get_tag_statistics`); finish with `.execute().await`.*/
    pub fn get_tag_statistics(&self) -> builder::GetTagStatistics<'_> {
        self.raw.get_tag_statistics().page_id(self.page_id.as_str())
    }
    /** Staff statistics of a page.

 `GET /public_api/v1/pages/{page_id}/statistics/users` (`get_user_statistics`); finish with `.execute().await`.*/
    pub fn get_user_statistics(&self) -> builder::GetUserStatistics<'_> {
        self.raw.get_user_statistics().page_id(self.page_id.as_str())
    }
    /** List conversations (v2, cursor).

 `GET /public_api/v2/pages/{page_id}/conversations` (`list_conversations`); finish with `.execute().await`.*/
    pub fn list_conversations(&self) -> builder::ListConversations<'_> {
        self.raw.list_conversations().page_id(self.page_id.as_str())
    }
    /** List conversations (v1, deprecated).

 `GET /public_api/v1/pages/{page_id}/conversations` (`list_conversations_v1`); finish with `.execute().await`.*/
    pub fn list_conversations_v1(&self) -> builder::ListConversationsV1<'_> {
        self.raw.list_conversations_v1().page_id(self.page_id.as_str())
    }
    /** List the messages of a conversation.

 `GET /public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages` (`list_messages`); finish with `.execute().await`.*/
    pub fn list_messages(&self) -> builder::ListMessages<'_> {
        self.raw.list_messages().page_id(self.page_id.as_str())
    }
    /** List the page's customers.

 `GET /public_api/v1/pages/{page_id}/page_customers` (`list_page_customers`); finish with `.execute().await`.*/
    pub fn list_page_customers(&self) -> builder::ListPageCustomers<'_> {
        self.raw.list_page_customers().page_id(self.page_id.as_str())
    }
    /** List the page's posts.

 `GET /public_api/v1/pages/{page_id}/posts` (`list_posts`); finish with `.execute().await`.*/
    pub fn list_posts(&self) -> builder::ListPosts<'_> {
        self.raw.list_posts().page_id(self.page_id.as_str())
    }
    /** List SIP call logs.

 `GET /public_api/v1/pages/{page_id}/sip_call_logs` (`list_sip_call_logs`); finish with `.execute().await`.*/
    pub fn list_sip_call_logs(&self) -> builder::ListSipCallLogs<'_> {
        self.raw.list_sip_call_logs().page_id(self.page_id.as_str())
    }
    /** List the page's tags.

 `GET /public_api/v1/pages/{page_id}/tags` (`list_tags`); finish with `.execute().await`.*/
    pub fn list_tags(&self) -> builder::ListTags<'_> {
        self.raw.list_tags().page_id(self.page_id.as_str())
    }
    /** List the page's staff.

 `GET /public_api/v1/pages/{page_id}/users` (`list_users`); finish with `.execute().await`.*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        self.raw.list_users().page_id(self.page_id.as_str())
    }
    /** Mark a conversation as read.

 `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/read` (`mark_conversation_read`); finish with `.execute().await`.*/
    pub fn mark_conversation_read(&self) -> builder::MarkConversationRead<'_> {
        self.raw.mark_conversation_read().page_id(self.page_id.as_str())
    }
    /** Mark a conversation as unread.

 `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/unread` (`mark_conversation_unread`); finish with `.execute().await`.*/
    pub fn mark_conversation_unread(&self) -> builder::MarkConversationUnread<'_> {
        self.raw.mark_conversation_unread().page_id(self.page_id.as_str())
    }
    /** Send a message, reply to a comment, or reply privately.

 `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages` (`send_message`); finish with `.execute().await`.*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        self.raw.send_message().page_id(self.page_id.as_str())
    }
    /** Add a tag to a conversation, or remove one.

 `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/tags` (`update_conversation_tags`); finish with `.execute().await`.*/
    pub fn update_conversation_tags(&self) -> builder::UpdateConversationTags<'_> {
        self.raw.update_conversation_tags().page_id(self.page_id.as_str())
    }
    /** Edit a customer's note.

 `PUT /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`update_customer_note`); finish with `.execute().await`.*/
    pub fn update_customer_note(&self) -> builder::UpdateCustomerNote<'_> {
        self.raw.update_customer_note().page_id(self.page_id.as_str())
    }
    /** Update a customer.

 `PUT /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}` (`update_page_customer`); finish with `.execute().await`.*/
    pub fn update_page_customer(&self) -> builder::UpdatePageCustomer<'_> {
        self.raw.update_page_customer().page_id(self.page_id.as_str())
    }
    /** Set the round-robin assignment lists.

 `POST /public_api/v1/pages/{page_id}/round_robin_users` (`update_round_robin_users`); finish with `.execute().await`.*/
    pub fn update_round_robin_users(&self) -> builder::UpdateRoundRobinUsers<'_> {
        self.raw.update_round_robin_users().page_id(self.page_id.as_str())
    }
}
impl crate::UserClient {
    /** Generate or renew a page access token.

 `POST /v1/pages/{page_id}/generate_page_access_token` (`generate_page_access_token`); finish with `.execute().await`.*/
    pub fn generate_page_access_token(&self) -> builder::GeneratePageAccessToken<'_> {
        self.raw.generate_page_access_token()
    }
    /** Staff statistics across several pages.

 `GET /v1/statistics/user` (`get_multi_page_user_statistics`); finish with `.execute().await`.*/
    pub fn get_multi_page_user_statistics(
        &self,
    ) -> builder::GetMultiPageUserStatistics<'_> {
        self.raw.get_multi_page_user_statistics()
    }
    /** Messages of a chat-plugin conversation.

 `GET /v1/pke_chat_plugin/messages` (`list_chat_plugin_messages`); finish with `.execute().await`.*/
    pub fn list_chat_plugin_messages(&self) -> builder::ListChatPluginMessages<'_> {
        self.raw.list_chat_plugin_messages()
    }
    /** List the pages of the user.

 `GET /v1/pages` (`list_pages`); finish with `.execute().await`.*/
    pub fn list_pages(&self) -> builder::ListPages<'_> {
        self.raw.list_pages()
    }
    /** Send a chat-plugin message, or start a conversation.

 `POST /v1/pke_chat_plugin/messages` (`send_chat_plugin_message`); finish with `.execute().await`.*/
    pub fn send_chat_plugin_message(&self) -> builder::SendChatPluginMessage<'_> {
        self.raw.send_chat_plugin_message()
    }
}
impl<'a> builder::ExportConversationsFromAds<'a> {
    /** Every item of `export_conversations_from_ads` with this request's filters, page after page (offset pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `offset` itself. Pages hold 60 items.

 The stream is `Unpin`; it ends after the last page (a short page), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::ExportedConversation> {
        self.pages(None).items()
    }
    /** The result pages of `export_conversations_from_ads` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::ExportedConversation> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ExportConversationsFromAds<'_> {
    type Item = types::ExportedConversation;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[3usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        Ok(None)
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::Offset(n) => b.offset(*n),
            _ => b,
        };
        {
            let _ = page_size;
            b
        }
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::ExportedConversation>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: None,
            items: crate::call::IntoItems::into_items(answer.data),
        })
    }
}
impl<'a> builder::ListChatPluginMessages<'a> {
    /** Every item of `list_chat_plugin_messages` with this request's filters, page after page (offset pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `offset` itself. Pages hold 30 items.

 The stream is `Unpin`; it ends after the last page (a short page), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::ChatPluginMessage> {
        self.pages(None).items()
    }
    /** The result pages of `list_chat_plugin_messages` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::ChatPluginMessage> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListChatPluginMessages<'_> {
    type Item = types::ChatPluginMessage;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[15usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        Ok(None)
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::Offset(n) => b.offset(*n),
            _ => b,
        };
        {
            let _ = page_size;
            b
        }
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::ChatPluginMessage>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: None,
            items: crate::call::IntoItems::into_items(answer.messages),
        })
    }
}
impl<'a> builder::ListConversations<'a> {
    /** Every item of `list_conversations` with this request's filters, page after page (cursor pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `last_conversation_id` itself. Pages hold 60 items.

 The stream is `Unpin`; it ends after the last page (an empty page), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::Conversation> {
        self.pages(None).items()
    }
    /** The result pages of `list_conversations` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::Conversation> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListConversations<'_> {
    type Item = types::Conversation;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[16usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        Ok(None)
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::Cursor(c) => b.last_conversation_id(c.as_str()),
            _ => b,
        };
        {
            let _ = page_size;
            b
        }
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::Conversation>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: None,
            items: crate::call::IntoItems::into_items(answer.conversations),
        })
    }
}
impl<'a> builder::ListConversationsV1<'a> {
    /** Every item of `list_conversations_v1` with this request's filters, page after page (page-number pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `page_number` itself. Pages hold 60 items.

 The stream is `Unpin`; it ends after the last page (the total), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::Conversation> {
        self.pages(None).items()
    }
    /** The result pages of `list_conversations_v1` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::Conversation> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListConversationsV1<'_> {
    type Item = types::Conversation;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[17usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        Ok(None)
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::PageNumber(n) => b.page_number(*n),
            _ => b,
        };
        {
            let _ = page_size;
            b
        }
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::Conversation>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: crate::call::IntoTotal::into_total(answer.total),
            items: crate::call::IntoItems::into_items(answer.conversations),
        })
    }
}
impl<'a> builder::ListMessages<'a> {
    /** Every item of `list_messages` with this request's filters, page after page (offset pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `current_count` itself. Pages hold 30 items.

 The stream is `Unpin`; it ends after the last page (a short page), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::Message> {
        self.pages(None).items()
    }
    /** The result pages of `list_messages` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::Message> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListMessages<'_> {
    type Item = types::Message;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[18usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        Ok(None)
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::Offset(n) => b.current_count(*n),
            _ => b,
        };
        {
            let _ = page_size;
            b
        }
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::Message>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: None,
            items: crate::call::IntoItems::into_items(answer.messages),
        })
    }
}
impl<'a> builder::ListPageCustomers<'a> {
    /** Every item of `list_page_customers` with this request's filters, page after page (page-number pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `page_number` itself. It keeps the `page_size` set on this request (at most 100, checked before sending) and asks for 100 when none is set.

 The stream is `Unpin`; it ends after the last page (the total), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::PageCustomer> {
        self.pages(None).items()
    }
    /** The result pages of `list_page_customers` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::PageCustomer> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListPageCustomers<'_> {
    type Item = types::PageCustomer;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[19usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        self.walk_page_size()
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::PageNumber(n) => b.page_number(*n),
            _ => b,
        };
        b.page_size(page_size)
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::PageCustomer>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: crate::call::IntoTotal::into_total(answer.total),
            items: crate::call::IntoItems::into_items(answer.customers),
        })
    }
}
impl<'a> builder::ListPosts<'a> {
    /** Every item of `list_posts` with this request's filters, page after page (page-number pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `page_number` itself. It keeps the `page_size` set on this request (at most 30, checked before sending) and asks for 30 when none is set.

 The stream is `Unpin`; it ends after the last page (the total), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::Post> {
        self.pages(None).items()
    }
    /** The result pages of `list_posts` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::Post> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListPosts<'_> {
    type Item = types::Post;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[21usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        self.walk_page_size()
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::PageNumber(n) => b.page_number(*n),
            _ => b,
        };
        b.page_size(page_size)
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::Post>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: crate::call::IntoTotal::into_total(answer.total),
            items: crate::call::IntoItems::into_items(answer.posts),
        })
    }
}
impl<'a> builder::ListSipCallLogs<'a> {
    /** Every item of `list_sip_call_logs` with this request's filters, page after page (page-number pagination, as the spec's
 `x-pancake-pagination` says): the walk sets `page_number` itself. It keeps the `page_size` set on this request (at most 30, checked before sending) and asks for 30 when none is set.

 The stream is `Unpin`; it ends after the last page (a short page), or after the first error (yielded as its
 last item). `StreamExt::take(n)` stops it without fetching past the `n`th item.*/
    pub fn stream(self) -> crate::paginate::Items<'a, types::CallLog> {
        self.pages(None).items()
    }
    /** The result pages of `list_sip_call_logs` with this request's filters, each with its place in the walk and the
 [`Checkpoint`](crate::paginate::Checkpoint) to resume after it (`next`, `None` after the last page).

 `from` resumes where a stored `next` left off (`None`: from the start). A checkpoint taken on
 another operation, with other filters or another page size is refused: the stream's only item is
 [`Error::CheckpointMismatch`](crate::Error::CheckpointMismatch). Paging as for [`stream`](Self::stream).*/
    pub fn pages(
        self,
        from: Option<crate::paginate::Checkpoint>,
    ) -> crate::paginate::Pages<'a, types::CallLog> {
        crate::paginate::walk(self, from)
    }
}
impl crate::paginate::ListRequest for builder::ListSipCallLogs<'_> {
    type Item = types::CallLog;
    fn operation(&self) -> &'static OperationMeta {
        &OPERATIONS[22usize]
    }
    fn page_size(&self) -> Result<Option<u64>, String> {
        self.walk_page_size()
    }
    fn filters(&self) -> String {
        self.walk_filters()
    }
    fn at(self, position: &crate::paginate::Position, page_size: u64) -> Self {
        use crate::paginate::Position;
        let b = self;
        let b = match position {
            Position::PageNumber(n) => b.page_number(*n),
            _ => b,
        };
        b.page_size(page_size)
    }
    async fn fetch(
        self,
    ) -> crate::Result<crate::paginate::FetchedResultPage<types::CallLog>> {
        let answer = self.execute().await?;
        Ok(crate::paginate::FetchedResultPage {
            total: None,
            items: {
                let items = crate::call::IntoItems::into_items(answer.call_logs);
                if items.is_empty() {
                    crate::call::IntoItems::into_items(answer.data)
                } else {
                    items
                }
            },
        })
    }
}
/// Decodes a 200 body of `operation_id` with the generated types and gives it back as JSON;
/// `None` for an operation without a JSON answer.
pub fn decode_answer(
    operation_id: &str,
    body: &[u8],
) -> Option<Result<serde_json::Value, serde_json::Error>> {
    match operation_id {
        "add_customer_note" => {
            Some(
                serde_json::from_slice::<types::CustomerNoteResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "assign_conversation" => {
            Some(
                serde_json::from_slice::<types::Conversation>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "delete_customer_note" => {
            Some(
                serde_json::from_slice::<types::CustomerNoteResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "export_conversations_from_ads" => {
            Some(
                serde_json::from_slice::<types::ExportDataResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "generate_page_access_token" => {
            Some(
                serde_json::from_slice::<types::GeneratePageAccessTokenResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_ads_campaign_statistics" => {
            Some(
                serde_json::from_slice::<types::AdsCampaignStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_ads_statistics" => {
            Some(
                serde_json::from_slice::<types::AdsStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_engagement_statistics" => {
            Some(
                serde_json::from_slice::<types::EngagementStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_multi_page_user_statistics" => {
            Some(
                serde_json::from_slice::<types::UserStatistics>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_new_customer_statistics" => {
            Some(
                serde_json::from_slice::<types::NewCustomerStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_new_customer_statistics_legacy" => {
            Some(
                serde_json::from_slice::<types::NewCustomerStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_page_statistics" => {
            Some(
                serde_json::from_slice::<types::PageStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_tag_statistics" => {
            Some(
                serde_json::from_slice::<types::TagStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "get_user_statistics" => {
            Some(
                serde_json::from_slice::<types::UserStatisticsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_chat_plugin_messages" => {
            Some(
                serde_json::from_slice::<types::ListChatPluginMessagesResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_conversations" => {
            Some(
                serde_json::from_slice::<types::ListConversationsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_conversations_v1" => {
            Some(
                serde_json::from_slice::<types::ListConversationsV1Response>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_messages" => {
            Some(
                serde_json::from_slice::<types::ListMessagesResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_page_customers" => {
            Some(
                serde_json::from_slice::<types::ListPageCustomersResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_pages" => {
            Some(
                serde_json::from_slice::<types::ListPagesResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_posts" => {
            Some(
                serde_json::from_slice::<types::ListPostsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_sip_call_logs" => {
            Some(
                serde_json::from_slice::<types::ListSipCallLogsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_tags" => {
            Some(
                serde_json::from_slice::<types::ListTagsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "list_users" => {
            Some(
                serde_json::from_slice::<types::ListUsersResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "mark_conversation_read" => {
            Some(
                serde_json::from_slice::<types::SuccessResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "mark_conversation_unread" => {
            Some(
                serde_json::from_slice::<types::SuccessResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "send_chat_plugin_message" => {
            Some(
                serde_json::from_slice::<types::SendChatPluginMessageResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "send_message" => {
            Some(
                serde_json::from_slice::<types::SendMessageResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "update_conversation_tags" => {
            Some(
                serde_json::from_slice::<types::UpdateConversationTagsResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "update_customer_note" => {
            Some(
                serde_json::from_slice::<types::CustomerNoteResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "update_page_customer" => {
            Some(
                serde_json::from_slice::<types::SuccessResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "update_round_robin_users" => {
            Some(
                serde_json::from_slice::<types::SuccessResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        "upload_content" => {
            Some(
                serde_json::from_slice::<types::UploadContentResponse>(body)
                    .and_then(|v| serde_json::to_value(&v)),
            )
        }
        _ => None,
    }
}
/// `x-pancake-rate-limit` of the spec: requests allowed per page ...
pub(crate) const SPEC_RATE_LIMIT_REQUESTS: u32 = 5u32;
/// ... per this many seconds.
pub(crate) const SPEC_RATE_LIMIT_SECONDS: u64 = 1u64;
