//! One valid call for every operation of the spec: the one per-operation table of valid calls
//! (the mock's own tests run it in-process, `tests/conformance/contract.rs`).
//!
//! Each [`OperationCheck`] knows how to build a valid call from what the suite has discovered so
//! far, and what to learn from the answer; its [`Variant`]s are further valid calls that reach
//! the branches of the answer the first call does not (another `type`, `group_by`, a comment
//! conversation). The error-contract checks reuse the same builders, so an invalid call differs
//! from a valid one in exactly one respect.

use serde_json::{Value, json};

use super::{Check, Group, check_fn, date_range, window};
use crate::http::{Body, Call, RawResponse};
use crate::suite::{CheckError, CheckResult, Suite, id_text};
use crate::verify::Expect;

/// How to exercise one operation with a valid call.
#[derive(Clone, Copy)]
pub struct OperationCheck {
    /// The operation.
    pub operation_id: &'static str,
    /// Whether the call changes data (skipped on a non-mock target without `--allow-writes`).
    pub writes: bool,
    /// Runs after every other check (it invalidates what the others use).
    pub last: bool,
    /// The status a valid call answers (200, or 301 for the avatar redirect).
    pub status: u16,
    /// Builds the valid call.
    pub build: fn(&Suite) -> CheckResult<Call>,
    /// Learns ids from the answer, and checks what the schema cannot.
    pub after: fn(&mut Suite, &RawResponse) -> CheckResult,
    /// Further valid calls, each its own check run right after this one.
    pub variants: &'static [Variant],
}

/// Another valid call of an operation, answered with another shape or branch of its schema.
#[derive(Clone, Copy)]
pub struct Variant {
    /// What differs from the first call (`by_time`); the check is `operations::ID::NAME`.
    pub name: &'static str,
    /// Builds the call.
    pub build: fn(&Suite) -> CheckResult<Call>,
}

impl std::fmt::Debug for OperationCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OperationCheck")
            .field("operation_id", &self.operation_id)
            .field("writes", &self.writes)
            .finish_non_exhaustive()
    }
}

impl OperationCheck {
    const fn read(operation_id: &'static str, build: fn(&Suite) -> CheckResult<Call>) -> Self {
        OperationCheck {
            operation_id,
            writes: false,
            last: false,
            status: 200,
            build,
            after: nothing,
            variants: &[],
        }
    }

    const fn write(operation_id: &'static str, build: fn(&Suite) -> CheckResult<Call>) -> Self {
        OperationCheck {
            writes: true,
            ..OperationCheck::read(operation_id, build)
        }
    }

    const fn then(self, after: fn(&mut Suite, &RawResponse) -> CheckResult) -> Self {
        OperationCheck { after, ..self }
    }

    const fn variants(self, variants: &'static [Variant]) -> Self {
        OperationCheck { variants, ..self }
    }

    /// The expectation of a valid call.
    pub fn expect(&self) -> Expect {
        if self.status == 200 {
            Expect::ok()
        } else {
            Expect::status(self.status)
        }
    }

    /// Builds the valid call, skipping when the operation writes and writes are not allowed.
    pub fn valid_call(&self, suite: &Suite) -> CheckResult<Call> {
        if self.writes {
            suite.require_writes()?;
        }
        (self.build)(suite)
    }

    /// The checks that make the valid call, then each variant.
    pub fn checks(&self) -> Vec<Check> {
        let op = *self;
        let first = Check {
            name: format!("operations::{}", op.operation_id),
            operation_id: Some(op.operation_id.to_owned()),
            group: Group::Operations,
            run: check_fn(move |suite| {
                Box::pin(async move {
                    let call = op.valid_call(suite)?;
                    let response = suite.expect(op.operation_id, &call, op.expect()).await?;
                    (op.after)(suite, &response)
                })
            }),
        };
        let variants = op.variants.iter().map(move |variant| {
            let variant = *variant;
            Check {
                name: format!("operations::{}::{}", op.operation_id, variant.name),
                operation_id: Some(op.operation_id.to_owned()),
                group: Group::Operations,
                run: check_fn(move |suite| {
                    Box::pin(async move {
                        if op.writes {
                            suite.require_writes()?;
                        }
                        let call = (variant.build)(suite)?;
                        suite.expect(op.operation_id, &call, op.expect()).await?;
                        Ok(())
                    })
                }),
            }
        });
        std::iter::once(first).chain(variants).collect()
    }
}

fn nothing(_: &mut Suite, _: &RawResponse) -> CheckResult {
    Ok(())
}

fn body(response: &RawResponse) -> &Value {
    response.json.as_ref().unwrap_or(&Value::Null)
}

fn skip(what: &str) -> CheckError {
    CheckError::Skipped(format!("the target has no {what} to act on"))
}

/// Every operation's valid call, in running order.
pub fn operation_checks() -> Vec<OperationCheck> {
    use OperationCheck as C;
    vec![
        // Reads first: they discover the ids the writes act on.
        C::read("list_pages", |s| s.user_call()).then(|s, r| {
            let pages = body(r)["pages"].as_array().cloned().unwrap_or_default();
            let listed = pages
                .iter()
                .any(|p| id_text(&p["id"]).as_deref() == Some(s.target.page.id.as_str()));
            if s.target.is_mock() && !listed {
                return Err(CheckError::Failed(format!(
                    "list_pages does not list the page under test {}",
                    s.target.page.id
                )));
            }
            Ok(())
        }),
        C::read("list_tags", |s| Ok(s.page_call())).then(|s, r| {
            s.found.tag_ids = body(r)["tags"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t["id"].as_i64())
                .collect();
            Ok(())
        }),
        C::read("list_users", |s| Ok(s.page_call())).then(|s, r| {
            s.found.user_ids = body(r)["users"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|u| id_text(&u["id"]))
                .collect();
            Ok(())
        }),
        C::read("list_conversations", |s| Ok(s.page_call())).then(|s, r| {
            let conversations = body(r)["conversations"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let most = page_size(s, "list_conversations");
            if conversations.len() > most {
                return Err(CheckError::Failed(format!(
                    "list_conversations answered {} conversations; at most {most} per page",
                    conversations.len()
                )));
            }
            let of_type = |t: &str| conversations.iter().find(|c| c["type"] == t).cloned();
            s.found.inbox_conversation = of_type("INBOX");
            s.found.comment_conversation = of_type("COMMENT");
            s.found.seen_inbox_conversation = conversations
                .iter()
                .find(|c| c["type"] == "INBOX" && c["seen"] == true)
                .cloned();
            Ok(())
        }),
        C::read("list_conversations_v1", |s| {
            Ok(s.page_call().query("page_number", 1))
        }),
        C::read("list_messages", |s| {
            Ok(s.page_call()
                .path("conversation_id", inbox_id(s)?)
                .query("current_count", 0))
        })
        .variants(
            const {
                &[
                    Variant {
                        // Comments carry fields inbox messages lack (`like_count`, `is_parent`).
                        name: "comment_conversation",
                        build: |s| {
                            let comment = s
                                .found
                                .comment_conversation
                                .as_ref()
                                .and_then(|c| id_text(&c["id"]))
                                .ok_or_else(|| skip("comment conversation"))?;
                            Ok(s.page_call()
                                .path("conversation_id", comment)
                                .query("current_count", 1))
                        },
                    },
                    Variant {
                        // A read conversation's answer carries `read_watermarks` (a time in seconds).
                        name: "seen_conversation",
                        build: |s| {
                            let seen = s
                                .found
                                .seen_inbox_conversation
                                .as_ref()
                                .and_then(|c| id_text(&c["id"]))
                                .ok_or_else(|| skip("inbox conversation the page has read"))?;
                            Ok(s.page_call()
                                .path("conversation_id", seen)
                                .query("current_count", 0))
                        },
                    },
                ]
            },
        ),
        C::read("list_page_customers", |s| {
            let (since, until) = window(s);
            Ok(s.page_call()
                .query("since", since)
                .query("until", until)
                .query("page_number", 1)
                .query("page_size", page_size(s, "list_page_customers")))
        })
        .then(|s, r| {
            s.found.customer_id = body(r)["customers"]
                .as_array()
                .and_then(|c| c.first())
                .and_then(|c| id_text(&c["id"]));
            Ok(())
        }),
        C::read("list_posts", |s| {
            let (since, until) = window(s);
            Ok(s.page_call()
                .query("since", since)
                .query("until", until)
                .query("page_number", 1)
                .query("page_size", page_size(s, "list_posts")))
        })
        .then(|s, r| {
            s.found.post_id = body(r)["posts"]
                .as_array()
                .and_then(|p| p.first())
                .and_then(|p| id_text(&p["id"]));
            Ok(())
        }),
        C::read("list_sip_call_logs", |s| {
            Ok(s.page_call()
                .query("id", sip_package_id(s)?)
                .query("page_number", 1)
                .query("page_size", page_size(s, "list_sip_call_logs")))
        }),
        C::read("export_conversations_from_ads", |s| {
            let (since, until) = window(s);
            Ok(s.page_call()
                .query("action", "conversations_from_ads")
                .query("since", since)
                .query("until", until)
                .query("offset", 0))
        }),
        C::read("get_ads_campaign_statistics", since_until),
        C::read("get_ads_statistics", |s| {
            Ok(since_until(s)?.query("type", "by_id"))
        })
        .variants(
            const {
                &[Variant {
                    name: "by_time",
                    build: |s| Ok(since_until(s)?.query("type", "by_time")),
                }]
            },
        ),
        C::read("get_engagement_statistics", with_date_range).variants(
            const {
                &[Variant {
                    name: "by_hour",
                    build: |s| Ok(with_date_range(s)?.query("by_hour", true)),
                }]
            },
        ),
        C::read("get_page_statistics", since_until),
        C::read("get_tag_statistics", since_until),
        C::read("get_user_statistics", with_date_range),
        C::read("get_new_customer_statistics", with_date_range).variants(
            const {
                &[
                    Variant {
                        name: "group_by_hour",
                        build: |s| Ok(with_date_range(s)?.query("group_by", "hour")),
                    },
                    Variant {
                        name: "group_by_page_id",
                        build: |s| Ok(with_date_range(s)?.query("group_by", "page_id")),
                    },
                ]
            },
        ),
        C::read("get_new_customer_statistics_legacy", with_date_range),
        C::read("get_multi_page_user_statistics", |s| {
            Ok(s.user_call()?
                .query("page_ids", s.target.page.id.clone())
                .query("date_range", date_range(s)))
        })
        .variants(
            const {
                &[Variant {
                    name: "two_pages",
                    build: |s| {
                        let other = s
                            .target
                            .other_page
                            .as_ref()
                            .ok_or_else(|| skip("second page"))?;
                        Ok(s.user_call()?
                            .query("page_ids", format!("{},{}", s.target.page.id, other.id))
                            .query("date_range", date_range(s)))
                    },
                }]
            },
        ),
        OperationCheck {
            status: 301,
            ..C::read("get_customer_avatar", |s| {
                let psid = inbox_psid(s)?;
                Ok(Call::new()
                    .path("page_id", s.target.page.id.clone())
                    .path("psid", psid))
            })
            .then(|_, r| match r.header("location") {
                Some(l) if !l.is_empty() => Ok(()),
                _ => Err(CheckError::Failed(
                    "get_customer_avatar: the 301 has no Location header".into(),
                )),
            })
        },
        // The chat plugin is public: starting a conversation is the only way to get one to read.
        C::write("send_chat_plugin_message", |s| {
            let now_ms = chrono::Utc::now().timestamp_millis();
            Ok(Call::new().query("page_id", chat_page_id(s)?).json(json!({
                "conversation_id": null,
                "from_id": "web_conformance",
                "name": "Conformance suite",
                "message": "Xin chào từ bộ kiểm thử",
                "dummy_id": 1,
                "inserted_at": now_ms,
            })))
        })
        .then(|s, r| {
            s.found.chat_conversation_id = body(r)["conversation_id"].as_str().map(str::to_owned);
            Ok(())
        }),
        C::read("list_chat_plugin_messages", |s| {
            let conversation = s
                .found
                .chat_conversation_id
                .clone()
                .ok_or_else(|| skip("chat-plugin conversation"))?;
            Ok(Call::new()
                .query("page_id", chat_page_id(s)?)
                .query("conversation_id", conversation)
                .query("offset", 0))
        }),
        // Writes.
        C::write("update_conversation_tags", |s| {
            let tag = *s.found.tag_ids.first().ok_or_else(|| skip("tag"))?;
            Ok(conversation_call(s)?.json(json!({"action": "add", "tag_id": tag})))
        })
        .then(|s, r| {
            let tag = s.found.tag_ids.first().copied();
            let data = &body(r)["data"];
            let has = data
                .as_array()
                .is_some_and(|ids| ids.iter().any(|i| i.as_i64() == tag));
            if has {
                Ok(())
            } else {
                Err(CheckError::Failed(format!(
                    "update_conversation_tags added tag {tag:?} but `data` is {data}"
                )))
            }
        }),
        C::write("assign_conversation", |s| {
            let user = s
                .found
                .user_ids
                .first()
                .cloned()
                .ok_or_else(|| skip("user"))?;
            Ok(conversation_call(s)?.json(json!({"assignee_ids": [user]})))
        }),
        C::write("mark_conversation_read", conversation_call),
        C::write("mark_conversation_unread", conversation_call),
        C::write("send_message", |s| {
            Ok(conversation_call(s)?.json(json!({
                "action": "reply_inbox",
                "message": "Cảm ơn bạn đã liên hệ!",
            })))
        }),
        C::write("update_page_customer", |s| {
            Ok(customer_call(s)?.json(json!({"changes": {"gender": "female"}})))
        })
        .variants(
            const {
                &[Variant {
                    // The answer then carries a birthday, which the first call leaves as it was.
                    name: "birthday",
                    build: |s| {
                        Ok(customer_call(s)?.json(json!({"changes": {"birthday": "1990-02-03"}})))
                    },
                }]
            },
        ),
        C::write("add_customer_note", |s| {
            Ok(customer_call(s)?.json(json!({"message": "Khách thích màu đỏ"})))
        })
        .then(|s, r| {
            s.found.note_id = body(r)["note_id"].as_str().map(str::to_owned);
            Ok(())
        }),
        C::write("update_customer_note", |s| {
            let note = s.found.note_id.clone().ok_or_else(|| skip("note"))?;
            Ok(customer_call(s)?.json(json!({"note_id": note, "message": "Khách thích màu xanh"})))
        }),
        C::write("delete_customer_note", |s| {
            let note = s.found.note_id.clone().ok_or_else(|| skip("note"))?;
            Ok(customer_call(s)?.json(json!({"note_id": note})))
        }),
        C::write("update_round_robin_users", |s| {
            let user = s
                .found
                .user_ids
                .first()
                .cloned()
                .ok_or_else(|| skip("user"))?;
            Ok(s.page_call().json(json!({"inbox": [user], "comment": []})))
        }),
        C::write("upload_content", |s| {
            Ok(s.page_call().body(Body::File {
                field: "file".into(),
                file_name: "pixel.png".into(),
                mime: "image/png".into(),
                bytes: PIXEL_PNG.to_vec(),
            }))
        }),
        // Last: the new token replaces the one every other check uses.
        OperationCheck {
            last: true,
            ..C::write("generate_page_access_token", |s| {
                if !s.target.is_mock() {
                    // The new token is never printed, so on a real page the caller would be
                    // left without a working token.
                    return Err(CheckError::Skipped(
                        "renews the page token (the old one stops working); only run against a mock"
                            .into(),
                    ));
                }
                Ok(s.user_call()?.path("page_id", s.target.page.id.clone()))
            })
            .then(|s, r| {
                let token = body(r)["page_access_token"]
                    .as_str()
                    .filter(|t| !t.is_empty())
                    .ok_or_else(|| {
                        CheckError::Failed(
                            "generate_page_access_token answered no page_access_token".into(),
                        )
                    })?;
                let old =
                    std::mem::replace(&mut s.target.page.token, pancake_client::Secret::new(token));
                s.renewed_from = Some(old);
                Ok(())
            })
        },
    ]
}

/// A 1x1 transparent PNG.
pub const PIXEL_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

/// A full result page of a list operation, as the spec's `x-pancake-pagination` says (its
/// `page_size`): the one place page sizes are written is the spec.
fn page_size(s: &Suite, operation_id: &str) -> usize {
    s.spec
        .operation(operation_id)
        .and_then(|op| op.pagination.as_ref())
        .map_or(1, |p| p.page_size as usize)
}

fn since_until(s: &Suite) -> CheckResult<Call> {
    let (since, until) = window(s);
    Ok(s.page_call().query("since", since).query("until", until))
}

fn with_date_range(s: &Suite) -> CheckResult<Call> {
    Ok(s.page_call().query("date_range", date_range(s)))
}

/// The id of the inbox conversation `list_conversations` found.
pub fn inbox_id(s: &Suite) -> CheckResult<String> {
    s.found
        .inbox_conversation
        .as_ref()
        .and_then(|c| id_text(&c["id"]))
        .ok_or_else(|| skip("inbox conversation"))
}

fn inbox_psid(s: &Suite) -> CheckResult<String> {
    let conversation = s
        .found
        .inbox_conversation
        .as_ref()
        .ok_or_else(|| skip("inbox conversation"))?;
    conversation["customers"]
        .get(0)
        .and_then(|c| id_text(&c["fb_id"]))
        .or_else(|| id_text(&conversation["from"]["id"]))
        .ok_or_else(|| skip("customer psid"))
}

/// A call on the inbox conversation.
pub fn conversation_call(s: &Suite) -> CheckResult<Call> {
    Ok(s.page_call().path("conversation_id", inbox_id(s)?))
}

fn customer_call(s: &Suite) -> CheckResult<Call> {
    let customer = s
        .found
        .customer_id
        .clone()
        .ok_or_else(|| skip("page customer"))?;
    Ok(s.page_call().path("page_customer_id", customer))
}

fn sip_package_id(s: &Suite) -> CheckResult<String> {
    s.target
        .sip_package_id
        .clone()
        .ok_or_else(|| CheckError::Skipped("no SIP package id: pass --sip-package-id".into()))
}

fn chat_page_id(s: &Suite) -> CheckResult<String> {
    s.target
        .chat_page_id
        .clone()
        .ok_or_else(|| CheckError::Skipped("no chat-plugin page id: pass --chat-page-id".into()))
}
