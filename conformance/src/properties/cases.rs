//! Random cases for one list operation, drawn from its parameters in the spec.
//!
//! Every query parameter the spec gives an `enum` (or an array of an enum), every boolean, the
//! `since`/`until` pair (`x-pancake-unit: unix-seconds`), the comma-separated `tags` and the page
//! size become optional filters of a case; what each one means for the items served is its
//! [`Meaning`]. Nothing here names an operation: a parameter added to the spec is randomised the
//! next run.

use std::fmt;

use pancake_openapi::{Operation, ParameterLocation, Spec, TimeUnit};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use serde_json::Value;

/// What a filter promises about the items served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// Items that carry a field of the parameter's name carry this value (an enum filter such
    /// as `type`, or a path id such as `conversation_id`).
    Equals,
    /// Items carry every tag id of the comma-separated list (`tags`).
    AllTags,
    /// The items' time field is at or after this many Unix seconds (`since`).
    Since,
    /// The items' time field is at or before this many Unix seconds (`until`).
    Until,
    /// The item field the list is ordered by, newest first, and that `since`/`until` filter on
    /// (`order_by`).
    OrderBy,
    /// Unread items (`seen: false`) come first (`unread_first`).
    UnreadFirst,
    /// Nothing the properties can check.
    Opaque,
}

/// One parameter of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// The parameter's name.
    pub name: String,
    /// Its value as sent.
    pub value: String,
    /// What it promises.
    pub meaning: Meaning,
}

/// One random request of a property: its path ids, its filters and its page size. Fixed values
/// (tokens, the page) are not part of it, so printing a case never prints a token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Case {
    /// Path parameters other than the page (`conversation_id`).
    pub path: Vec<(String, String)>,
    /// Query filters, in the spec's parameter order.
    pub filters: Vec<Filter>,
    /// The page size asked, for operations with a size parameter.
    pub page_size: Option<u32>,
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = self.path.iter().map(|(n, v)| format!("{n}={v}")).collect();
        parts.extend(
            self.filters
                .iter()
                .map(|x| format!("{}={}", x.name, x.value)),
        );
        if let Some(size) = self.page_size {
            parts.push(format!("page size {size}"));
        }
        if parts.is_empty() {
            f.write_str("no filter")
        } else {
            f.write_str(&parts.join(" "))
        }
    }
}

/// Values learnt from the target before the properties run.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// The page's tag ids (`list_tags`).
    pub tag_ids: Vec<String>,
    /// Conversation ids of the page (the first page of `list_conversations`).
    pub conversation_ids: Vec<String>,
    /// Values for required parameters that only the target knows, by (operation, parameter).
    pub required: Vec<(String, String, String)>,
    /// The end of the target's "today", Unix seconds: time ranges are drawn before it.
    pub today_end: i64,
}

/// Days before the target's today that random time ranges may start.
pub const RANGE_DAYS: i64 = 730;

/// How one parameter is drawn.
#[derive(Debug, Clone)]
enum Draw {
    /// One of these values.
    OneOf(String, Vec<String>, Meaning, bool),
    /// `true` or `false`.
    Bool(String, Meaning, bool),
    /// One or two of the page's tag ids, comma-separated.
    Tags(String),
    /// `since` and `until` together.
    Range(bool),
}

/// What a property sends besides its random filters, and how it draws them.
#[derive(Debug, Clone)]
pub struct Plan {
    draws: Vec<Draw>,
    /// Query parameters sent as they are (required values the target knows).
    pub fixed_query: Vec<(String, String)>,
    /// Whether a conversation id is drawn for the path.
    pub conversation_path: bool,
    /// Page sizes to draw from, for operations with a size parameter.
    pub sizes: Option<(u32, u32)>,
    /// The field ordered and filtered on when `order_by` is not sent (its schema default), if
    /// the operation takes an `order_by`.
    pub default_order: Option<String>,
}

/// Why an operation gets no property.
pub type Unplanned = String;

impl Plan {
    /// The plan for `operation`: a random GET list of the page (read-only), or why not.
    pub fn for_operation(
        spec: &Spec,
        operation: &Operation,
        known: &Known,
    ) -> Result<Plan, Unplanned> {
        let Some(p) = &operation.pagination else {
            return Err("not a list".into());
        };
        if operation.method.as_str() != "GET" {
            return Err("not a read".into());
        }
        let mut plan = Plan {
            draws: Vec::new(),
            fixed_query: Vec::new(),
            conversation_path: false,
            sizes: None,
            default_order: None,
        };
        let names: Vec<&str> = operation
            .parameters
            .iter()
            .map(|x| x.name.as_str())
            .collect();
        let has_range = names.contains(&"since") && names.contains(&"until");
        for param in &operation.parameters {
            let name = param.name.as_str();
            if param.location == ParameterLocation::Path {
                match name {
                    "page_id" => {}
                    "conversation_id" if !known.conversation_ids.is_empty() => {
                        plan.conversation_path = true
                    }
                    _ => return Err(format!("needs a value for the path parameter `{name}`")),
                }
                continue;
            }
            if param.location != ParameterLocation::Query
                || name == p.param
                || name == pancake_openapi::PAGE_TOKEN_PARAMETER
            {
                continue;
            }
            if name == pancake_openapi::USER_TOKEN_PARAMETER {
                return Err("takes the user token, not the page's".into());
            }
            if Some(name) == p.size_param.as_deref() {
                let max = p.max_page_size.unwrap_or(p.page_size).max(1);
                // Not below a quarter of the largest page, so a walk fits its share of the budget.
                plan.sizes = Some((max.div_ceil(4), max));
                continue;
            }
            if let Some((_, _, value)) = known
                .required
                .iter()
                .find(|(op, n, _)| op == &operation.operation_id && n == name)
            {
                plan.fixed_query.push((name.to_owned(), value.clone()));
                continue;
            }
            let schema = param.schema.clone().unwrap_or(Value::Null);
            let unix_seconds = param.unit == Some(TimeUnit::UnixSeconds);
            let draw = if (name == "since" || name == "until") && unix_seconds && has_range {
                (name == "since").then_some(Draw::Range(param.required))
            } else if name == "tags" && schema["type"] == "string" && !known.tag_ids.is_empty() {
                Some(Draw::Tags(name.to_owned()))
            } else if let Some(values) = enum_values(spec, &schema) {
                let meaning = if name == "order_by" {
                    plan.default_order = schema["default"].as_str().map(str::to_owned);
                    Meaning::OrderBy
                } else {
                    Meaning::Equals
                };
                Some(Draw::OneOf(
                    name.to_owned(),
                    values,
                    meaning,
                    param.required,
                ))
            } else if schema["type"] == "boolean" {
                let meaning = if name == "unread_first" {
                    Meaning::UnreadFirst
                } else {
                    Meaning::Opaque
                };
                Some(Draw::Bool(name.to_owned(), meaning, param.required))
            } else if param.required {
                return Err(format!("needs a value for the required parameter `{name}`"));
            } else {
                None
            };
            plan.draws.extend(draw);
        }
        Ok(plan)
    }

    /// The strategy of this plan's cases.
    pub fn strategy(&self, known: &Known) -> BoxedStrategy<Case> {
        let groups: Vec<BoxedStrategy<Vec<Filter>>> =
            self.draws.iter().map(|d| draw_strategy(d, known)).collect();
        let conversation: BoxedStrategy<Option<String>> = if self.conversation_path {
            proptest::sample::select(known.conversation_ids.clone())
                .prop_map(Some)
                .boxed()
        } else {
            Just(None).boxed()
        };
        let size: BoxedStrategy<Option<u32>> = match self.sizes {
            Some((lo, hi)) => (lo..=hi).prop_map(Some).boxed(),
            None => Just(None).boxed(),
        };
        (groups, conversation, size)
            .prop_map(|(groups, conversation, page_size)| Case {
                path: conversation
                    .map(|id| ("conversation_id".to_owned(), id))
                    .into_iter()
                    .collect(),
                filters: groups.into_iter().flatten().collect(),
                page_size,
            })
            .boxed()
    }
}

/// An optional parameter is left out half of the time (and shrinks to left out).
fn optional(required: bool, s: BoxedStrategy<Vec<Filter>>) -> BoxedStrategy<Vec<Filter>> {
    if required {
        s
    } else {
        proptest::option::weighted(0.5, s)
            .prop_map(Option::unwrap_or_default)
            .boxed()
    }
}

fn draw_strategy(draw: &Draw, known: &Known) -> BoxedStrategy<Vec<Filter>> {
    match draw.clone() {
        Draw::OneOf(name, values, meaning, required) => optional(
            required,
            proptest::sample::select(values)
                .prop_map(move |value| {
                    vec![Filter {
                        name: name.clone(),
                        value,
                        meaning,
                    }]
                })
                .boxed(),
        ),
        Draw::Bool(name, meaning, required) => optional(
            required,
            any::<bool>()
                .prop_map(move |b| {
                    vec![Filter {
                        name: name.clone(),
                        value: b.to_string(),
                        meaning,
                    }]
                })
                .boxed(),
        ),
        Draw::Tags(name) => optional(
            false,
            proptest::sample::subsequence(known.tag_ids.clone(), 1..=2.min(known.tag_ids.len()))
                .prop_map(move |ids| {
                    vec![Filter {
                        name: name.clone(),
                        value: ids.join(","),
                        meaning: Meaning::AllTags,
                    }]
                })
                .boxed(),
        ),
        Draw::Range(required) => {
            let end = known.today_end;
            optional(
                required,
                (0u16..=1000, 0u16..=1000)
                    .prop_map(move |(a, b)| {
                        let (since, until) = range_from(end - RANGE_DAYS * 86_400, end, a, b);
                        vec![
                            Filter {
                                name: "since".into(),
                                value: since.to_string(),
                                meaning: Meaning::Since,
                            },
                            Filter {
                                name: "until".into(),
                                value: until.to_string(),
                                meaning: Meaning::Until,
                            },
                        ]
                    })
                    .boxed(),
            )
        }
    }
}

/// `(since, until)` in seconds from two per-mille positions in `[lo, hi]` (seconds).
pub fn range_from(lo: i64, hi: i64, a: u16, b: u16) -> (i64, i64) {
    let at = |p: u16| lo + (hi - lo) * i64::from(p.min(1000)) / 1000;
    let (x, y) = (at(a), at(b));
    (x.min(y), x.max(y))
}

/// The values of a string enum schema, or of the items of an array of one (`$ref`s followed).
fn enum_values(spec: &Spec, schema: &Value) -> Option<Vec<String>> {
    let resolve = |s: &Value| -> Value {
        pancake_openapi::pointer::resolve(spec.raw(), s, "")
            .map(|(v, _)| v.clone())
            .unwrap_or(Value::Null)
    };
    let schema = resolve(schema);
    let target = if schema["type"] == "array" {
        resolve(&schema["items"])
    } else {
        schema
    };
    // An open enum may be written as `anyOf`/`oneOf` of an enum and a plain string, at any depth
    // (`ConversationType` is `anyOf: [$ref KnownConversationType, string]`): its known values are
    // still the ones to draw.
    fn collect(schema: &Value, resolve: &dyn Fn(&Value) -> Value, values: &mut Vec<String>) {
        for v in schema["enum"].as_array().into_iter().flatten() {
            if let Some(v) = v.as_str()
                && !values.iter().any(|x| x == v)
            {
                values.push(v.to_owned());
            }
        }
        for key in ["anyOf", "oneOf"] {
            for branch in schema[key].as_array().into_iter().flatten() {
                collect(&resolve(branch), resolve, values);
            }
        }
    }
    let mut values: Vec<String> = Vec::new();
    collect(&target, &resolve, &mut values);
    (!values.is_empty()).then_some(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    fn known() -> Known {
        Known {
            tag_ids: vec!["1".into(), "2".into(), "3".into()],
            conversation_ids: vec!["c1".into(), "c2".into()],
            required: vec![("list_sip_call_logs".into(), "id".into(), "pkg".into())],
            today_end: 1_768_435_200,
        }
    }

    #[test]
    fn v2_conversation_filters_come_from_the_spec() {
        let spec = Spec::bundled().unwrap();
        let op = spec.operation("list_conversations").unwrap();
        let plan = Plan::for_operation(&spec, op, &known()).unwrap();
        assert_eq!(plan.default_order.as_deref(), Some("updated_at"));
        let strategy = plan.strategy(&known());
        let mut runner = TestRunner::deterministic();
        let mut names = std::collections::BTreeSet::new();
        for _ in 0..64 {
            let case = strategy.new_tree(&mut runner).unwrap().current();
            names.extend(case.filters.iter().map(|f| f.name.clone()));
            for f in &case.filters {
                if f.name == "type" {
                    let values = enum_values(
                        &spec,
                        &serde_json::json!({"$ref": "#/components/schemas/ConversationType"}),
                    )
                    .unwrap();
                    assert!(values.contains(&f.value), "{f:?}");
                }
            }
        }
        for name in ["type", "tags", "order_by", "unread_first", "since", "until"] {
            assert!(names.contains(name), "{name} never drawn: {names:?}");
        }
        assert!(!names.contains("last_conversation_id"));
    }

    #[test]
    fn open_enums_still_give_their_known_values() {
        let spec = Spec::bundled().unwrap();
        let open = serde_json::json!({"type": "array", "items": {"anyOf": [
            {"$ref": "#/components/schemas/ConversationType"},
            {"type": "string", "enum": ["POST"]},
            {"type": "string"}
        ]}});
        let values = enum_values(&spec, &open).unwrap();
        assert!(values.contains(&"INBOX".to_owned()), "{values:?}");
        assert!(values.contains(&"POST".to_owned()), "{values:?}");
        assert_eq!(
            enum_values(&spec, &serde_json::json!({"type": "string"})),
            None
        );
    }

    #[test]
    fn required_values_and_sizes_follow_the_spec() {
        let spec = Spec::bundled().unwrap();
        let op = spec.operation("list_sip_call_logs").unwrap();
        let plan = Plan::for_operation(&spec, op, &known()).unwrap();
        assert_eq!(plan.fixed_query, vec![("id".to_owned(), "pkg".to_owned())]);
        let max = op.pagination.as_ref().unwrap().max_page_size.unwrap();
        assert_eq!(plan.sizes, Some((max.div_ceil(4), max)));
        let no_package = Known {
            required: vec![],
            ..known()
        };
        let err = Plan::for_operation(&spec, op, &no_package).unwrap_err();
        assert!(err.contains("`id`"), "{err}");
        let messages = spec.operation("list_messages").unwrap();
        assert!(
            Plan::for_operation(&spec, messages, &known())
                .unwrap()
                .conversation_path
        );
    }
}
