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
                one_value: false,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "action",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "offset",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "psid",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "by_hour",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "user_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "group_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "group_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "date_range",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "offset",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "last_conversation_id",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
                one_value: true,
            },
            ParamMeta {
                name: "tags",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "post_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "unread_first",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
                one_value: true,
            },
            ParamMeta {
                name: "tags",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "post_ids",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Array,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "unread_first",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Boolean,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "current_count",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(100u64),
                one_value: false,
            },
            ParamMeta {
                name: "order_by",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(30u64),
                one_value: false,
            },
            ParamMeta {
                name: "type",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "id",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_number",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "page_size",
                location: ParameterLocation::Query,
                required: true,
                kind: ValueType::Integer,
                unit: None,
                maximum: Some(30u64),
                one_value: false,
            },
            ParamMeta {
                name: "since",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
            },
            ParamMeta {
                name: "until",
                location: ParameterLocation::Query,
                required: false,
                kind: ValueType::Integer,
                unit: Some(TimeUnit::UnixSeconds),
                maximum: None,
                one_value: false,
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
                one_value: false,
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
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "conversation_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
            },
            ParamMeta {
                name: "page_customer_id",
                location: ParameterLocation::Path,
                required: true,
                kind: ValueType::String,
                unit: None,
                maximum: None,
                one_value: false,
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
                one_value: false,
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
                one_value: false,
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
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("add_customer_note", self.send()).await
    }
}
impl builder::AssignConversation<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::Conversation> {
        crate::call::finish("assign_conversation", self.send()).await
    }
}
impl builder::DeleteCustomerNote<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("delete_customer_note", self.send()).await
    }
}
impl builder::ExportConversationsFromAds<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ExportDataResponse> {
        crate::call::finish("export_conversations_from_ads", self.send()).await
    }
}
impl builder::GeneratePageAccessToken<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::GeneratePageAccessTokenResponse> {
        crate::call::finish("generate_page_access_token", self.send()).await
    }
}
impl builder::GetAdsCampaignStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::AdsCampaignStatisticsResponse> {
        crate::call::finish("get_ads_campaign_statistics", self.send()).await
    }
}
impl builder::GetAdsStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::AdsStatisticsResponse> {
        crate::call::finish("get_ads_statistics", self.send()).await
    }
}
impl builder::GetEngagementStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::EngagementStatisticsResponse> {
        crate::call::finish("get_engagement_statistics", self.send()).await
    }
}
impl builder::GetMultiPageUserStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::UserStatistics> {
        crate::call::finish("get_multi_page_user_statistics", self.send()).await
    }
}
impl builder::GetNewCustomerStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::NewCustomerStatisticsResponse> {
        crate::call::finish("get_new_customer_statistics", self.send()).await
    }
}
impl builder::GetNewCustomerStatisticsLegacy<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::NewCustomerStatisticsResponse> {
        crate::call::finish("get_new_customer_statistics_legacy", self.send()).await
    }
}
impl builder::GetPageStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::PageStatisticsResponse> {
        crate::call::finish("get_page_statistics", self.send()).await
    }
}
impl builder::GetTagStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::TagStatisticsResponse> {
        crate::call::finish("get_tag_statistics", self.send()).await
    }
}
impl builder::GetUserStatistics<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::UserStatisticsResponse> {
        crate::call::finish("get_user_statistics", self.send()).await
    }
}
impl builder::ListChatPluginMessages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListChatPluginMessagesResponse> {
        crate::call::finish("list_chat_plugin_messages", self.send()).await
    }
}
impl builder::ListConversations<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListConversationsResponse> {
        crate::call::finish("list_conversations", self.send()).await
    }
}
impl builder::ListConversationsV1<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListConversationsV1Response> {
        crate::call::finish("list_conversations_v1", self.send()).await
    }
}
impl builder::ListMessages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListMessagesResponse> {
        crate::call::finish("list_messages", self.send()).await
    }
}
impl builder::ListPageCustomers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListPageCustomersResponse> {
        crate::call::finish("list_page_customers", self.send()).await
    }
}
impl builder::ListPages<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListPagesResponse> {
        crate::call::finish("list_pages", self.send()).await
    }
}
impl builder::ListPosts<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListPostsResponse> {
        crate::call::finish("list_posts", self.send()).await
    }
}
impl builder::ListSipCallLogs<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListSipCallLogsResponse> {
        crate::call::finish("list_sip_call_logs", self.send()).await
    }
}
impl builder::ListTags<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListTagsResponse> {
        crate::call::finish("list_tags", self.send()).await
    }
}
impl builder::ListUsers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::ListUsersResponse> {
        crate::call::finish("list_users", self.send()).await
    }
}
impl builder::MarkConversationRead<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("mark_conversation_read", self.send()).await
    }
}
impl builder::MarkConversationUnread<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("mark_conversation_unread", self.send()).await
    }
}
impl builder::SendChatPluginMessage<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SendChatPluginMessageResponse> {
        crate::call::finish("send_chat_plugin_message", self.send()).await
    }
}
impl builder::SendMessage<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SendMessageResponse> {
        crate::call::finish("send_message", self.send()).await
    }
}
impl builder::UpdateConversationTags<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::UpdateConversationTagsResponse> {
        crate::call::finish("update_conversation_tags", self.send()).await
    }
}
impl builder::UpdateCustomerNote<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::CustomerNoteResponse> {
        crate::call::finish("update_customer_note", self.send()).await
    }
}
impl builder::UpdatePageCustomer<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("update_page_customer", self.send()).await
    }
}
impl builder::UpdateRoundRobinUsers<'_> {
    /// Sends the request and returns the decoded answer, or this crate's [`Error`](crate::Error):
    /// the one way to send (every limiter, retry, guard rail and in-band error applies).
    pub async fn execute(self) -> crate::Result<types::SuccessResponse> {
        crate::call::finish("update_round_robin_users", self.send()).await
    }
}
impl crate::PageClient {
    /// Add a note to a customer.
    ///
    /// Adds a text note and answers its id and the customer's notes after the change.
    ///
    /// `POST /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`add_customer_note`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_customer_id` (required): The page customer's `id` (from `list_page_customers`).
    ///
    /// Body: [`types::AddCustomerNoteRequest`](crate::types::AddCustomerNoteRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::CustomerNoteResponse`](crate::types::CustomerNoteResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::AddCustomerNoteRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .add_customer_note()
    ///         .page_customer_id("PAGE_CUSTOMER_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn add_customer_note(&self) -> builder::AddCustomerNote<'_> {
        self.raw.add_customer_note().page_id(self.page_id.as_str())
    }
    /// Assign staff to a conversation.
    ///
    /// Replaces the conversation's assignees with `assignee_ids` (user ids from `list_users`) and
    /// answers the updated conversation. The change is recorded in `assignee_histories`. That the
    /// list replaces rather than adds is an assumption: no source says (RECONCILIATION Q9).
    ///
    /// `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/assign` (`assign_conversation`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    ///
    /// Body: [`types::AssignConversationRequest`](crate::types::AssignConversationRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::Conversation`](crate::types::Conversation), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::AssignConversationRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .assign_conversation()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn assign_conversation(&self) -> builder::AssignConversation<'_> {
        self.raw.assign_conversation().page_id(self.page_id.as_str())
    }
    /// Delete a customer's note.
    ///
    /// Removes the note `note_id` (named in the JSON body of the DELETE). That it is removed rather
    /// than marked with `removed_at` is an assumption (RECONCILIATION Q18).
    ///
    /// `DELETE /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`delete_customer_note`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_customer_id` (required): The page customer's `id` (from `list_page_customers`).
    ///
    /// Body: [`types::DeleteCustomerNoteRequest`](crate::types::DeleteCustomerNoteRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::CustomerNoteResponse`](crate::types::CustomerNoteResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::DeleteCustomerNoteRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .delete_customer_note()
    ///         .page_customer_id("PAGE_CUSTOMER_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn delete_customer_note(&self) -> builder::DeleteCustomerNote<'_> {
        self.raw.delete_customer_note().page_id(self.page_id.as_str())
    }
    /// Export conversations that came from ads.
    ///
    /// Conversations started from an ad between `since` and `until`, 60 per call from `offset`; a
    /// call that answers fewer than 60 is the last.
    ///
    /// `GET /public_api/v1/pages/{page_id}/export_data` (`export_conversations_from_ads`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `action` (required, `conversations_from_ads`): What to export; only `conversations_from_ads` exists.
    /// - `offset` (optional, at least 0, the walk's position): How many conversations were already exported.
    ///
    /// A list operation (at most 60 per page); `offset` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ExportDataResponse`](crate::types::ExportDataResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .export_conversations_from_ads()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .action("conversations_from_ads")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn export_conversations_from_ads(
        &self,
    ) -> builder::ExportConversationsFromAds<'_> {
        self.raw.export_conversations_from_ads().page_id(self.page_id.as_str())
    }
    /// Ads campaign statistics.
    ///
    /// One row per ad of the page's campaigns. The token's owner must be logged in to Facebook with
    /// permission to read the ad account's reports. Budgets and metrics come as strings or `null`.
    /// The answer is a bare JSON array (or the in-band error object).
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/pages_campaigns` (`get_ads_campaign_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    ///
    /// Finish with `.execute().await`: the answer is [`types::AdsCampaignStatisticsResponse`](crate::types::AdsCampaignStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_ads_campaign_statistics()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_ads_campaign_statistics(&self) -> builder::GetAdsCampaignStatistics<'_> {
        self.raw.get_ads_campaign_statistics().page_id(self.page_id.as_str())
    }
    /// Ads statistics by ad or by time.
    ///
    /// Ad-level rows, aggregated per ad (`type=by_id`) or per day (`type=by_time`).
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/ads` (`get_ads_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `type_` (required, `by_id`, `by_time`): How rows are aggregated.
    ///
    /// Finish with `.execute().await`: the answer is [`types::AdsStatisticsResponse`](crate::types::AdsStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_ads_statistics()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .type_("by_id")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_ads_statistics(&self) -> builder::GetAdsStatistics<'_> {
        self.raw.get_ads_statistics().page_id(self.page_id.as_str())
    }
    /// Customer engagement statistics.
    ///
    /// Two shapes, chosen by `by_hour`: without it, chart data per day in `data` (`categories` are the
    /// days, newest first; each `series` entry is one metric aligned with them); with `by_hour=true`,
    /// one row per hour in `statistics`.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/customer_engagements` (`get_engagement_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `date_range` (required): The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out: `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6). The dates must exist and the range must not end before it starts; the mock also refuses a range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
    /// - `by_hour` (optional): Answer one row per hour in `statistics` instead of daily chart data.
    /// - `user_ids` (optional, a list of values, sent comma-separated): Comma-separated staff user ids to restrict the report to.
    ///
    /// Finish with `.execute().await`: the answer is [`types::EngagementStatisticsResponse`](crate::types::EngagementStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_engagement_statistics()
    ///         .date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_engagement_statistics(&self) -> builder::GetEngagementStatistics<'_> {
        self.raw.get_engagement_statistics().page_id(self.page_id.as_str())
    }
    /// New-customer statistics.
    ///
    /// New customers, new inbox conversations and phone numbers over time. `group_by` changes the
    /// shape of `data`: a list of rows per day (default) or per hour, or an object of such lists keyed
    /// by page id.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/page_customers` (`get_new_customer_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `date_range` (required): The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out: `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6). The dates must exist and the range must not end before it starts; the mock also refuses a range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
    /// - `group_by` (optional, `day`, `hour`, `page_id`): `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed by page id.
    ///
    /// Finish with `.execute().await`: the answer is [`types::NewCustomerStatisticsResponse`](crate::types::NewCustomerStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_new_customer_statistics()
    ///         .date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_new_customer_statistics(&self) -> builder::GetNewCustomerStatistics<'_> {
        self.raw.get_new_customer_statistics().page_id(self.page_id.as_str())
    }
    /// New-customer statistics (older path).
    ///
    /// The path under which the original reference published the new-customer report. Same
    /// parameters and answer as `get_new_customer_statistics` (`statistics/page_customers`), the
    /// path of the current official reference; prefer that one.
    ///
    /// **Deprecated** by the spec.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/customers` (`get_new_customer_statistics_legacy`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `date_range` (required): The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out: `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6). The dates must exist and the range must not end before it starts; the mock also refuses a range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
    /// - `group_by` (optional, `day`, `hour`, `page_id`): `day` (default) and `hour` answer a list of rows; `page_id` answers an object of such lists keyed by page id.
    ///
    /// Finish with `.execute().await`: the answer is [`types::NewCustomerStatisticsResponse`](crate::types::NewCustomerStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_new_customer_statistics_legacy()
    ///         .date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_new_customer_statistics_legacy(
        &self,
    ) -> builder::GetNewCustomerStatisticsLegacy<'_> {
        self.raw.get_new_customer_statistics_legacy().page_id(self.page_id.as_str())
    }
    /// Page statistics per hour.
    ///
    /// Activity counters of the page, one row per hour.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/pages` (`get_page_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    ///
    /// Finish with `.execute().await`: the answer is [`types::PageStatisticsResponse`](crate::types::PageStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_page_statistics()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_page_statistics(&self) -> builder::GetPageStatistics<'_> {
        self.raw.get_page_statistics().page_id(self.page_id.as_str())
    }
    /// Tag statistics.
    ///
    /// How often each tag was applied, per day over the range and for today.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/tags` (`get_tag_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    ///
    /// Finish with `.execute().await`: the answer is [`types::TagStatisticsResponse`](crate::types::TagStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_tag_statistics()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_tag_statistics(&self) -> builder::GetTagStatistics<'_> {
        self.raw.get_tag_statistics().page_id(self.page_id.as_str())
    }
    /// Staff statistics of a page.
    ///
    /// Work done by each staff member: hourly rows in `data.statistics` and totals in `data.users`,
    /// both keyed by user id. `average_response_time` is in milliseconds.
    ///
    /// `GET /public_api/v1/pages/{page_id}/statistics/users` (`get_user_statistics`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `date_range` (required): The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out: `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6). The dates must exist and the range must not end before it starts; the mock also refuses a range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
    ///
    /// Finish with `.execute().await`: the answer is [`types::UserStatisticsResponse`](crate::types::UserStatisticsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .get_user_statistics()
    ///         .date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_user_statistics(&self) -> builder::GetUserStatistics<'_> {
        self.raw.get_user_statistics().page_id(self.page_id.as_str())
    }
    /// List conversations (v2, cursor).
    ///
    /// At most 60 conversations per call, newest first by `order_by`. Walk with
    /// `last_conversation_id` = the `id` of the last conversation of the previous page, until a page
    /// comes back empty. All filters combine (AND).
    ///
    /// `GET /public_api/v2/pages/{page_id}/conversations` (`list_conversations`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `last_conversation_id` (optional, the walk's position): The `id` of the last conversation of the previous page; absent for the first page.
    /// - `type_` (optional, one value): Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of the live API show that two or more values give an empty result (with `success: true`): send one.
    /// - `tags` (optional, a list of integers, sent comma-separated): Comma-separated tag ids (`1,4`); a conversation must carry all of them.
    /// - `post_ids` (optional): Only comment conversations on these posts. Sent as a repeated parameter (`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.
    /// - `since` (optional, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (optional, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `unread_first` (optional): Put unread conversations first.
    /// - `order_by` (optional, `updated_at`, `inserted_at`): The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter on.
    ///
    /// A list operation (at most 60 per page); `last_conversation_id` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListConversationsResponse`](crate::types::ListConversationsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_conversations()
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_conversations(&self) -> builder::ListConversations<'_> {
        self.raw.list_conversations().page_id(self.page_id.as_str())
    }
    /// List conversations (v1, deprecated).
    ///
    /// The original conversation list. Deprecated by Pancake in favour of `list_conversations` (v2),
    /// which may be the only one left at any time. Same conversation shape and the same filters as v2
    /// (E3: moving to v2 changes the path and the paging, nothing else); pages carry a `total`. How
    /// v1 pages is not documented anywhere: `page_number` and 60 per page are assumptions
    /// (RECONCILIATION Q1).
    ///
    /// **Deprecated** by the spec.
    ///
    /// `GET /public_api/v1/pages/{page_id}/conversations` (`list_conversations_v1`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `type_` (optional, one value): Only conversations of this type. Sent as a repeated parameter (`type=INBOX`). Field tests of the live API show that two or more values give an empty result (with `success: true`): send one.
    /// - `tags` (optional, a list of integers, sent comma-separated): Comma-separated tag ids (`1,4`); a conversation must carry all of them.
    /// - `post_ids` (optional): Only comment conversations on these posts. Sent as a repeated parameter (`post_ids=a&post_ids=b`); a comma-separated value (`post_ids=a,b`) is read the same way.
    /// - `since` (optional, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (optional, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `unread_first` (optional): Put unread conversations first.
    /// - `order_by` (optional, `updated_at`, `inserted_at`): The timestamp the conversations are sorted by (newest first) and that `since`/`until` filter on.
    /// - `page_number` (optional, at least 1, the walk's position): Page to fetch, from 1 (an assumption, RECONCILIATION Q1).
    ///
    /// A list operation (at most 60 per page); `page_number` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListConversationsV1Response`](crate::types::ListConversationsV1Response), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_conversations_v1()
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_conversations_v1(&self) -> builder::ListConversationsV1<'_> {
        self.raw.list_conversations_v1().page_id(self.page_id.as_str())
    }
    /// List the messages of a conversation.
    ///
    /// At most 30 messages per call, newest first, with the conversation's context (customers, notes,
    /// post, read watermarks). Walk with `current_count` = how many messages were already fetched; a
    /// page of fewer than 30 messages is the last.
    ///
    /// `GET /public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages` (`list_messages`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    /// - `current_count` (optional, at least 0, the walk's position): How many messages were already fetched (0 or absent for the newest 30).
    ///
    /// A list operation (at most 30 per page); `current_count` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListMessagesResponse`](crate::types::ListMessagesResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_messages()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_messages(&self) -> builder::ListMessages<'_> {
        self.raw.list_messages().page_id(self.page_id.as_str())
    }
    /// List the page's customers.
    ///
    /// Customers created (or updated, with `order_by=updated_at`) between `since` and `until`, newest
    /// first, in numbered pages of up to 100, with their notes. `total` counts all matching customers.
    ///
    /// `GET /public_api/v1/pages/{page_id}/page_customers` (`list_page_customers`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `page_number` (required, at least 1, the walk's position): The page to fetch, from 1.
    /// - `page_size` (optional, at most 100, at least 1, 100 when not set): Customers per page, at most 100. The default of 100 is an assumption: no source gives one (RECONCILIATION Q12).
    /// - `order_by` (optional, `inserted_at`, `updated_at`): The timestamp customers are sorted by (newest first) and filtered on.
    ///
    /// A list operation (100 per page unless `page_size` says otherwise, at most 100); `page_number` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListPageCustomersResponse`](crate::types::ListPageCustomersResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_page_customers()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .page_number(1)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_page_customers(&self) -> builder::ListPageCustomers<'_> {
        self.raw.list_page_customers().page_id(self.page_id.as_str())
    }
    /// List the page's posts.
    ///
    /// Posts published between `since` and `until`, newest first, in numbered pages of up to 30.
    ///
    /// `GET /public_api/v1/pages/{page_id}/posts` (`list_posts`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `since` (required, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (required, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    /// - `page_number` (required, at least 1, the walk's position): The page to fetch, from 1.
    /// - `page_size` (required, at most 30, at least 1, 30 when not set): Posts per page, at most 30.
    /// - `type_` (optional, `video`, `photo`, `text`, `livestream`): Only posts of this kind.
    ///
    /// A list operation (30 per page unless `page_size` says otherwise, at most 30); `page_number` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListPostsResponse`](crate::types::ListPostsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    ///
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_posts()
    ///         .since(SystemTime::now() - Duration::from_secs(7 * 86_400))
    ///         .until(SystemTime::now())
    ///         .page_number(1)
    ///         .page_size(1)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_posts(&self) -> builder::ListPosts<'_> {
        self.raw.list_posts().page_id(self.page_id.as_str())
    }
    /// List SIP call logs.
    ///
    /// Calls made and received through one SIP package of the page, newest first, in numbered pages of up to 30.
    ///
    /// `GET /public_api/v1/pages/{page_id}/sip_call_logs` (`list_sip_call_logs`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `id` (required): The SIP package id.
    /// - `page_number` (required, at least 1, the walk's position): The page to fetch, from 1.
    /// - `page_size` (required, at most 30, at least 1, 30 when not set): Calls per page, at most 30.
    /// - `since` (optional, a time, sent as Unix seconds): Start of the time range, Unix time in **seconds** (UTC).
    /// - `until` (optional, a time, sent as Unix seconds): End of the time range, Unix time in **seconds** (UTC).
    ///
    /// A list operation (30 per page unless `page_size` says otherwise, at most 30); `page_number` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListSipCallLogsResponse`](crate::types::ListSipCallLogsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_sip_call_logs()
    ///         .id("ID")
    ///         .page_number(1)
    ///         .page_size(1)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_sip_call_logs(&self) -> builder::ListSipCallLogs<'_> {
        self.raw.list_sip_call_logs().page_id(self.page_id.as_str())
    }
    /// List the page's tags.
    ///
    /// The tags conversations can carry, with their ids (used by the tag write and the `tags` filter).
    ///
    /// `GET /public_api/v1/pages/{page_id}/tags` (`list_tags`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListTagsResponse`](crate::types::ListTagsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_tags()
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_tags(&self) -> builder::ListTags<'_> {
        self.raw.list_tags().page_id(self.page_id.as_str())
    }
    /// List the page's staff.
    ///
    /// Active staff, disabled staff and the current round-robin assignment lists.
    ///
    /// `GET /public_api/v1/pages/{page_id}/users` (`list_users`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListUsersResponse`](crate::types::ListUsersResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .list_users()
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        self.raw.list_users().page_id(self.page_id.as_str())
    }
    /// Mark a conversation as read.
    ///
    /// Sets `seen` and clears `unread_count`. The effect is an assumption read from the field names:
    /// no source states it (RECONCILIATION G3).
    ///
    /// `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/read` (`mark_conversation_read`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    ///
    /// Finish with `.execute().await`: the answer is [`types::SuccessResponse`](crate::types::SuccessResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .mark_conversation_read()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn mark_conversation_read(&self) -> builder::MarkConversationRead<'_> {
        self.raw.mark_conversation_read().page_id(self.page_id.as_str())
    }
    /// Mark a conversation as unread.
    ///
    /// Clears `seen`, so the conversation shows as unread in the inbox.
    ///
    /// `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/unread` (`mark_conversation_unread`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    ///
    /// Finish with `.execute().await`: the answer is [`types::SuccessResponse`](crate::types::SuccessResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::PageClient;
    ///
    /// async fn example(page: &PageClient) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .mark_conversation_unread()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn mark_conversation_unread(&self) -> builder::MarkConversationUnread<'_> {
        self.raw.mark_conversation_unread().page_id(self.page_id.as_str())
    }
    /// Send a message, reply to a comment, or reply privately.
    ///
    /// The body's `action` selects what is sent:
    /// - `reply_inbox`: a message in an inbox conversation; exactly one of `message` (text),
    ///   `content_ids` (uploaded media) or `template_id` (WhatsApp Business template).
    /// - `reply_comment`: a public reply to the comment `message_id`; needs `message` or media
    ///   (`content_ids`, or the legacy `content_url`), or both.
    /// - `private_replies`: a private message to the author of a comment. Facebook allows one
    ///   private reply per comment, within 7 days of the comment; otherwise the answer is
    ///   `success: false`. Its `error_code`, 10900 (already replied) or 10901 (too late), is an
    ///   assumption: they are the Facebook Send API's codes, and no source shows Pancake relaying
    ///   them (RECONCILIATION H8).
    /// Sending is not idempotent: a client must not repeat it blindly after a timeout or a 5xx.
    /// `sender_id` (any action) names a user who needs the required subscription plan and
    /// permissions on the page.
    ///
    /// `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/messages` (`send_message`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    ///
    /// Body: [`types::SendMessageRequest`](crate::types::SendMessageRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::SendMessageResponse`](crate::types::SendMessageResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::SendMessageRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .send_message()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        self.raw.send_message().page_id(self.page_id.as_str())
    }
    /// Add a tag to a conversation, or remove one.
    ///
    /// Adds or removes one tag and answers the conversation's tag ids after the change. Adding a tag
    /// the conversation already has, or removing one it does not have, changes nothing and succeeds.
    ///
    /// `POST /public_api/v1/pages/{page_id}/conversations/{conversation_id}/tags` (`update_conversation_tags`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `conversation_id` (required): The conversation id: `{page_id}_{psid}` for an inbox conversation, `{post_id}_{comment_id}` for a comment conversation.
    ///
    /// Body: [`types::UpdateConversationTagsRequest`](crate::types::UpdateConversationTagsRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::UpdateConversationTagsResponse`](crate::types::UpdateConversationTagsResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::UpdateConversationTagsRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .update_conversation_tags()
    ///         .conversation_id("CONVERSATION_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_conversation_tags(&self) -> builder::UpdateConversationTags<'_> {
        self.raw.update_conversation_tags().page_id(self.page_id.as_str())
    }
    /// Edit a customer's note.
    ///
    /// Replaces the text of the note `note_id`; the previous text goes to its `edit_history`.
    ///
    /// `PUT /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}/notes` (`update_customer_note`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_customer_id` (required): The page customer's `id` (from `list_page_customers`).
    ///
    /// Body: [`types::UpdateCustomerNoteRequest`](crate::types::UpdateCustomerNoteRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::CustomerNoteResponse`](crate::types::CustomerNoteResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::UpdateCustomerNoteRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .update_customer_note()
    ///         .page_customer_id("PAGE_CUSTOMER_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_customer_note(&self) -> builder::UpdateCustomerNote<'_> {
        self.raw.update_customer_note().page_id(self.page_id.as_str())
    }
    /// Update a customer.
    ///
    /// Changes the fields given in `changes`; the others keep their values.
    ///
    /// `PUT /public_api/v1/pages/{page_id}/page_customers/{page_customer_id}` (`update_page_customer`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_customer_id` (required): The page customer's `id` (from `list_page_customers`).
    ///
    /// Body: [`types::UpdatePageCustomerRequest`](crate::types::UpdatePageCustomerRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::SuccessResponse`](crate::types::SuccessResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::UpdatePageCustomerRequest) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .update_page_customer()
    ///         .page_customer_id("PAGE_CUSTOMER_ID")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_page_customer(&self) -> builder::UpdatePageCustomer<'_> {
        self.raw.update_page_customer().page_id(self.page_id.as_str())
    }
    /// Set the round-robin assignment lists.
    ///
    /// Sets which staff receive new inbox conversations and new comments in turn. A list that is
    /// omitted keeps its value, an assumption: no source says (RECONCILIATION Q9). `list_users`
    /// answers the current lists in `round_robin_users`.
    ///
    /// `POST /public_api/v1/pages/{page_id}/round_robin_users` (`update_round_robin_users`), with the page's `page_access_token`; this handle adds it and fills in `page_id`.
    ///
    /// Body: [`types::RoundRobinUsers`](crate::types::RoundRobinUsers), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::SuccessResponse`](crate::types::SuccessResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{PageClient, types};
    ///
    /// async fn example(page: &PageClient, body: types::RoundRobinUsers) -> pancake_client::Result<()> {
    ///     let answer = page
    ///         .update_round_robin_users()
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn update_round_robin_users(&self) -> builder::UpdateRoundRobinUsers<'_> {
        self.raw.update_round_robin_users().page_id(self.page_id.as_str())
    }
}
impl crate::UserClient {
    /// Generate or renew a page access token.
    ///
    /// Creates the page's `page_access_token`, or replaces it. The previous token stops working at
    /// once: calls made with it answer `success: false` with `error_code` 105. Needs a user token with
    /// admin rights on the page.
    ///
    /// `POST /v1/pages/{page_id}/generate_page_access_token` (`generate_page_access_token`), with the user's `access_token`, which this handle adds.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_id` (required): The page id: numeric for Facebook (`256469571178082`), prefixed for other channels (`igo_` Instagram, `zl_` Zalo, `tt_` TikTok, `wa_`/`waba_` WhatsApp, ...).
    ///
    /// Finish with `.execute().await`: the answer is [`types::GeneratePageAccessTokenResponse`](crate::types::GeneratePageAccessTokenResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::UserClient;
    ///
    /// async fn example(user: &UserClient) -> pancake_client::Result<()> {
    ///     let answer = user
    ///         .generate_page_access_token()
    ///         .page_id("PAGE_ID")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn generate_page_access_token(&self) -> builder::GeneratePageAccessToken<'_> {
        self.raw.generate_page_access_token()
    }
    /// Staff statistics across several pages.
    ///
    /// The staff statistics of `get_user_statistics`, merged over several pages ("combined mode").
    /// Unlike the per-page report, the answer is not wrapped in `data`. The parameters are an
    /// assumption: the only source lists none (RECONCILIATION Q4).
    ///
    /// `GET /v1/statistics/user` (`get_multi_page_user_statistics`), with the user's `access_token`, which this handle adds.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_ids` (required, a list of values, sent comma-separated): Comma-separated ids of the pages to combine.
    /// - `date_range` (required): The report's range as `DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS` (the times may be left out: `20/07/2020 - 20/08/2020`). The official document shows the date-only form on the new-customer report alone; that every report takes it is an assumption (RECONCILIATION Q6). The dates must exist and the range must not end before it starts; the mock also refuses a range of more than 3,660 days, a bound of its own (RECONCILIATION Q6).
    ///
    /// Finish with `.execute().await`: the answer is [`types::UserStatistics`](crate::types::UserStatistics), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::UserClient;
    ///
    /// async fn example(user: &UserClient) -> pancake_client::Result<()> {
    ///     let answer = user
    ///         .get_multi_page_user_statistics()
    ///         .page_ids(["256469571178082", "110699180573884"])
    ///         .date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn get_multi_page_user_statistics(
        &self,
    ) -> builder::GetMultiPageUserStatistics<'_> {
        self.raw.get_multi_page_user_statistics()
    }
    /// Messages of a chat-plugin conversation.
    ///
    /// The history of one conversation of the website chat plugin, newest first, 30 per call, the
    /// walk ending on a short page. The order and the page size are assumptions: the only source
    /// gives neither (RECONCILIATION Q3). Public: the plugin calls it from the visitor's browser,
    /// so no token is taken.
    ///
    /// `GET /v1/pke_chat_plugin/messages` (`list_chat_plugin_messages`), a public endpoint: no token.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_id` (required): The chat plugin's page id (`web_...`).
    /// - `conversation_id` (required): The chat-plugin conversation (`web_{page}_web_{visitor}`).
    /// - `offset` (optional, at least 0, the walk's position): How many messages were already fetched.
    ///
    /// A list operation (at most 30 per page); `offset` is the walk's position (`x-pancake-pagination`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListChatPluginMessagesResponse`](crate::types::ListChatPluginMessagesResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::UserClient;
    ///
    /// async fn example(user: &UserClient) -> pancake_client::Result<()> {
    ///     let answer = user
    ///         .list_chat_plugin_messages()
    ///         .page_id("web_1664524051101747")
    ///         .conversation_id("web_1664524051101747_web_5f1c2a")
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_chat_plugin_messages(&self) -> builder::ListChatPluginMessages<'_> {
        self.raw.list_chat_plugin_messages()
    }
    /// List the pages of the user.
    ///
    /// Lists every page the owner of the user access token manages, on every platform.
    ///
    /// `GET /v1/pages` (`list_pages`), with the user's `access_token`, which this handle adds.
    ///
    /// Finish with `.execute().await`: the answer is [`types::ListPagesResponse`](crate::types::ListPagesResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::UserClient;
    ///
    /// async fn example(user: &UserClient) -> pancake_client::Result<()> {
    ///     let answer = user
    ///         .list_pages()
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
    pub fn list_pages(&self) -> builder::ListPages<'_> {
        self.raw.list_pages()
    }
    /// Send a chat-plugin message, or start a conversation.
    ///
    /// Sends a visitor's message through the website chat plugin. With `conversation_id` null or absent
    /// a new conversation is created. Public, no token.
    ///
    /// `POST /v1/pke_chat_plugin/messages` (`send_chat_plugin_message`), a public endpoint: no token.
    ///
    /// Parameters, each a setter of the builder:
    /// - `page_id` (required): The chat plugin's page id (`web_...`).
    ///
    /// Body: [`types::SendChatPluginMessageRequest`](crate::types::SendChatPluginMessageRequest), set with `.body(..)` (or built field by field with `.body_map(..)`).
    ///
    /// Finish with `.execute().await`: the answer is [`types::SendChatPluginMessageResponse`](crate::types::SendChatPluginMessageResponse), or an [`Error`](crate::Error) (see [`Error::is_retryable`](crate::Error::is_retryable) and [`Error::is_outcome_unknown`](crate::Error::is_outcome_unknown)).
    ///
    /// ```no_run
    /// use pancake_client::{UserClient, types};
    ///
    /// async fn example(user: &UserClient, body: types::SendChatPluginMessageRequest) -> pancake_client::Result<()> {
    ///     let answer = user
    ///         .send_chat_plugin_message()
    ///         .page_id("web_1664524051101747")
    ///         .body(body)
    ///         .execute()
    ///         .await?;
    ///     println!("{answer:?}");
    ///     Ok(())
    /// }
    /// ```
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
