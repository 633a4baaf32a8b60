//! Statistics, computed from the same conversations, customers and ads the other operations
//! serve (never random), so a client can cross-check them.

use std::collections::BTreeMap;

use axum::extract::RawQuery;
use axum::response::Response;
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use serde_json::{Value, json};

use super::{OperationId, S, ok, required_range};
use crate::auth::{PageRequest, user_request};
use crate::error::{ApiError, ApiResult};
use crate::model::Conversation;
use crate::query::QueryParams;
use crate::store::PageState;
use crate::time::{MICROS_PER_SEC, Ts};

const DAY: i64 = 86_400 * MICROS_PER_SEC;
const HOUR: i64 = 3_600 * MICROS_PER_SEC;
/// Longest `date_range` (and `since`..`until` of the tag report) the mock accepts: its own bound,
/// not the live API's (no source states one; RECONCILIATION.md Q6). It only keeps a mistaken
/// request (a year typo, milliseconds) from building millions of empty buckets, so it sits far
/// beyond any real report: ten years of daily or hourly statistics are answered.
const MAX_RANGE_DAYS: i64 = 3_660;

/// Parses `27/07/2021 00:00:00 - 26/08/2021 23:59:59` (or dates only) into an inclusive
/// microsecond range.
pub fn parse_date_range(text: &str) -> ApiResult<(i64, i64)> {
    let bad = || {
        ApiError::invalid(
            "date_range",
            format!(
                "DD/MM/YYYY HH:MM:SS - DD/MM/YYYY HH:MM:SS (or DD/MM/YYYY - DD/MM/YYYY), got {text:?}"
            ),
        )
    };
    let (a, b) = text.split_once(" - ").ok_or_else(bad)?;
    let parse = |s: &str, end: bool| -> Option<i64> {
        let s = s.trim();
        let dt = NaiveDateTime::parse_from_str(s, "%d/%m/%Y %H:%M:%S")
            .ok()
            .or_else(|| {
                let d = NaiveDate::parse_from_str(s, "%d/%m/%Y").ok()?;
                if end {
                    d.and_hms_opt(23, 59, 59)
                } else {
                    d.and_hms_opt(0, 0, 0)
                }
            })?;
        Some(dt.and_utc().timestamp_micros())
    };
    let start = parse(a, false).ok_or_else(bad)?;
    let end = parse(b, true).ok_or_else(bad)? + MICROS_PER_SEC - 1;
    if end < start {
        return Err(ApiError::invalid(
            "date_range",
            format!("a start before the end, got {text:?}"),
        ));
    }
    if end - start > MAX_RANGE_DAYS * DAY {
        return Err(ApiError::invalid(
            "date_range",
            format!("at most {MAX_RANGE_DAYS} days (this mock's own bound), got {text:?}"),
        ));
    }
    Ok((start, end))
}

fn day_start(t: i64) -> i64 {
    t.div_euclid(DAY) * DAY
}

/// Day starts from the newest to the oldest day of the range.
fn days_newest_first(start: i64, end: i64) -> Vec<i64> {
    let mut days = Vec::new();
    let mut d = day_start(end);
    while d >= day_start(start) {
        days.push(d);
        d -= DAY;
    }
    days
}

fn label(day: i64) -> String {
    let n = Ts(day).naive();
    format!("{}/{}", n.format("%-d"), n.format("%-m"))
}

fn hour_label(t: i64) -> String {
    let n = Ts(t.div_euclid(HOUR) * HOUR).naive();
    n.with_second(0)
        .unwrap_or(n)
        .format("%Y-%m-%dT%H:00:00")
        .to_string()
}

fn page_answered(c: &Conversation) -> bool {
    c.last_sent_by.admin_id.is_some()
}

/// `GET .../statistics/pages_campaigns?since&until`: one row per ad running in the range,
/// with the conversations it started.
pub async fn get_ads_campaign_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (_, until) = required_range(&req.query)?;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    let rows: Vec<Value> = p
        .ads
        .iter()
        .filter(|a| a.start_time.0 <= until)
        .map(|a| {
            let started = p
                .conversations
                .iter()
                .filter(|c| c.ad_ids.contains(&a.ad_id))
                .count();
            json!({
                "account_id": a.account_id, "ad_id": a.ad_id, "adset_id": a.adset_id,
                "budget_remaining": a.budget_remaining, "currency": a.currency,
                "daily_budget": a.daily_budget, "lifetime_budget": "0", "name": a.name,
                "status": a.status, "impressions": a.impressions.to_string(),
                "reach": a.reach.to_string(), "spend": a.spend,
                "messaging_conversation_started_7d": started.to_string(),
                "cpc": null, "cpm": null, "ctr": null, "link_click": null,
                "messaging_first_reply": null, "post_comments": null, "purchase_roas": null,
                "purchases": null, "purchases_conversion_value": null,
            })
        })
        .collect();
    Ok(ok(&rows))
}

/// `GET .../statistics/ads?since&until&type=by_id|by_time`: OFF's row `{name, status, currency,
/// reach, impressions, spend}` with the `ad_id`, per ad (`by_id`), or per day and ad (`by_time`,
/// newest day first, with the `date`; the spec's reading, RECONCILIATION Q8). The mock keeps one
/// figure per ad over its life, so a day's row carries the ad's figures split by the share of
/// the ad's conversations in the range that started that day (its own model, not a source's).
pub async fn get_ads_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (since, until) = required_range(&req.query)?;
    req.query.required("type")?;
    let by_time = req.query.get("type") == Some("by_time");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    let from_ads: Vec<&Conversation> = p
        .conversations
        .iter()
        .filter(|c| !c.ad_ids.is_empty() && (since..=until).contains(&c.inserted_at.0))
        .collect();
    let row = |a: &crate::model::Ad, share: (i64, i64)| {
        let part = |n: i64| n.saturating_mul(share.0) / share.1.max(1);
        let spend = a.spend.parse::<i64>().map(|s| part(s).to_string());
        json!({
            "ad_id": a.ad_id, "name": a.name, "status": a.status, "currency": a.currency,
            "reach": part(a.reach).to_string(), "impressions": part(a.impressions).to_string(),
            "spend": spend.unwrap_or_else(|_| a.spend.to_string()),
        })
    };
    let rows: Vec<Value> = if by_time {
        let mut rows = Vec::new();
        for a in &p.ads {
            let started: Vec<i64> = from_ads
                .iter()
                .filter(|c| c.ad_ids.contains(&a.ad_id))
                .map(|c| day_start(c.inserted_at.0))
                .collect();
            let mut per_day: BTreeMap<i64, i64> = BTreeMap::new();
            for d in &started {
                *per_day.entry(*d).or_default() += 1;
            }
            for (d, n) in per_day {
                let mut r = row(a, (n, started.len() as i64));
                r["date"] = json!(Ts(d).naive().format("%Y-%m-%d").to_string());
                rows.push((d, r));
            }
        }
        // Newest day first; within a day, in the order of the page's ads.
        rows.sort_by_key(|(d, _)| std::cmp::Reverse(*d));
        rows.into_iter().map(|(_, r)| r).collect()
    } else {
        p.ads.iter().map(|a| row(a, (1, 1))).collect()
    };
    Ok(ok(&rows))
}

/// `GET .../statistics/customer_engagements?date_range[&by_hour][&user_ids]`: per day (newest
/// first) the conversations active that day, by type, the order series (zero: the mock has no
/// orders) and `users_engagements` per staff member; `by_hour=true` lists the active hours.
/// `user_ids` keeps the conversations those staff members answered last, and only them in
/// `users_engagements`.
pub async fn get_engagement_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (start, end) = parse_date_range(req.query.required("date_range")?)?;
    let by_hour = req.query.bool("by_hour")?.unwrap_or(false);
    let staff = req.query.list("user_ids");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    // The staff member who handled a conversation: the one who answered it last.
    let handler = |c: &Conversation| {
        let admin = c.last_sent_by.admin_id.as_ref()?;
        p.users.iter().find(|u| &u.fb_id == admin)
    };
    // `user_ids` restricts the report to what those staff members handled.
    let active: Vec<&Conversation> = p
        .conversations
        .iter()
        .filter(|c| (start..=end).contains(&c.updated_at.0))
        .filter(|c| {
            staff.is_empty()
                || handler(c).is_some_and(|u| staff.iter().any(|s| s.as_str() == &*u.id))
        })
        .collect();
    if by_hour {
        let mut hours: BTreeMap<i64, [i64; 4]> = BTreeMap::new();
        for c in &active {
            let e = hours.entry(c.updated_at.0.div_euclid(HOUR)).or_default();
            if c.kind == "INBOX" {
                e[0] += 1
            } else {
                e[1] += 1
            }
            if (start..=end).contains(&c.inserted_at.0) {
                e[2] += 1;
                if c.kind == "INBOX" {
                    e[3] += 1;
                }
            }
        }
        let statistics: Vec<Value> = hours
            .into_iter()
            .rev()
            .map(|(h, [inbox, comment, new, new_inbox])| {
                json!({ "hour": hour_label(h * HOUR), "inbox": inbox, "comment": comment, "total": inbox + comment,
                        "new_customer": new, "new_customer_from_inbox": new_inbox })
            })
            .collect();
        return Ok(ok(&json!({ "statistics": statistics, "success": true })));
    }
    let days = days_newest_first(start, end);
    let count = |f: &dyn Fn(&Conversation, i64) -> bool| -> Vec<i64> {
        days.iter()
            .map(|&d| active.iter().filter(|c| f(c, d)).count() as i64)
            .collect()
    };
    let on = |t: Ts, d: i64| day_start(t.0) == d;
    let inbox = count(&|c, d| c.kind == "INBOX" && on(c.updated_at, d));
    let comment = count(&|c, d| c.kind != "INBOX" && on(c.updated_at, d));
    let total: Vec<i64> = inbox.iter().zip(&comment).map(|(a, b)| a + b).collect();
    let replied = count(&|c, d| page_answered(c) && on(c.inserted_at, d));
    let new_inbox = count(&|c, d| c.kind == "INBOX" && on(c.inserted_at, d));
    // The mock has no orders: the order series and counts are zero.
    let no_orders = vec![0i64; days.len()];
    let users_engagements: Vec<Value> = p
        .users
        .iter()
        .filter(|u| staff.is_empty() || staff.iter().any(|s| s.as_str() == &*u.id))
        .map(|u| {
            let handled = || {
                active
                    .iter()
                    .filter(|c| handler(c).is_some_and(|h| h.id == u.id))
            };
            json!({
                "user_id": u.id, "name": u.name,
                "inbox_count": handled().filter(|c| c.kind == "INBOX").count(),
                "order_count": 0, "old_order_count": 0,
                "total_engagement": handled().count(),
            })
        })
        .collect();
    Ok(ok(&json!({
        "data": {
            "categories": days.iter().map(|&d| label(d)).collect::<Vec<_>>(),
            "series": [
                { "name": "inbox", "data": inbox },
                { "name": "comment", "data": comment },
                { "name": "total", "data": total },
                { "name": "new_customer_replied", "data": replied },
                { "name": "customer_engagement_new_inbox", "data": new_inbox },
                { "name": "order_count", "data": no_orders },
                { "name": "old_order_count", "data": no_orders },
            ],
        },
        "users_engagements": users_engagements,
        "success": true,
    })))
}

/// `GET .../statistics/pages?since&until`: one row per active hour.
pub async fn get_page_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (since, until) = required_range(&req.query)?;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    let mut hours: BTreeMap<i64, [i64; 7]> = BTreeMap::new();
    for c in p
        .conversations
        .iter()
        .filter(|c| (since..=until).contains(&c.updated_at.0))
    {
        let e = hours.entry(c.updated_at.0.div_euclid(HOUR)).or_default();
        let inbox = c.kind == "INBOX";
        match (inbox, page_answered(c)) {
            (true, true) => e[0] += 1,
            (true, false) => e[1] += 1,
            (false, true) => e[2] += 1,
            (false, false) => e[3] += 1,
        }
        if c.has_phone {
            e[4] += 1;
        }
        if (since..=until).contains(&c.inserted_at.0) {
            e[5] += 1;
            if inbox {
                e[6] += 1;
            }
        }
    }
    let data: Vec<Value> = hours
        .into_iter()
        .map(|(h, [page_inbox, customer_inbox, page_comment, customer_comment, phones, new_customers, new_inbox])| {
            json!({
                "hour": hour_label(h * HOUR), "page_inbox_count": page_inbox,
                "customer_inbox_count": customer_inbox, "page_comment_count": page_comment,
                "customer_comment_count": customer_comment, "inbox_interactive_count": page_inbox + customer_inbox,
                "phone_number_count": phones, "uniq_phone_number_count": phones,
                "new_customer_count": new_customers, "new_inbox_count": new_inbox,
                "today_uniq_website_referral": 0, "today_website_guest_referral": 0,
            })
        })
        .collect();
    Ok(ok(&json!({ "data": data, "success": true })))
}

fn tag_series(p: &PageState, days: &[i64], start: i64, end: i64) -> Value {
    let mut series = serde_json::Map::new();
    for tag in &p.tags {
        let counts: Vec<i64> = days
            .iter()
            .map(|&d| {
                p.conversations
                    .iter()
                    .flat_map(|c| &c.tag_histories)
                    .filter(|h| h.payload.action == "add" && h.payload.tag.id == Some(tag.id))
                    .filter(|h| {
                        (start..=end).contains(&h.inserted_at.0) && day_start(h.inserted_at.0) == d
                    })
                    .count() as i64
            })
            .collect();
        series.insert(tag.text.to_string(), json!(counts));
    }
    json!({ "categories": days.iter().map(|&d| label(d)).collect::<Vec<_>>(), "series": series })
}

/// `GET .../statistics/tags?since&until`: tags added per day (newest first) and today.
pub async fn get_tag_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (since, until) = required_range(&req.query)?;
    if until.saturating_sub(since) > MAX_RANGE_DAYS * DAY {
        return Err(ApiError::invalid(
            "until",
            format!("at most {MAX_RANGE_DAYS} days after since (this mock's own bound)"),
        ));
    }
    let now = state.clock.now().0;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    let data = if until < since {
        json!({ "categories": [], "series": {} })
    } else {
        tag_series(p, &days_newest_first(since, until), since, until)
    };
    let today = day_start(now);
    let data_today = tag_series(p, &[today], today, today + DAY - 1);
    let tags: Vec<Value> = p
        .tags
        .iter()
        .map(|t| json!({ "id": t.id.to_string(), "text": t.text, "color": t.color, "lighten_color": t.lighten_color, "description": null }))
        .collect();
    Ok(ok(
        &json!({ "success": true, "data": data, "data_today": data_today, "tags": tags }),
    ))
}

/// Per-user figures over `start..=end`, from the conversations each user answered last.
fn user_statistics(pages: &[&PageState], start: i64, end: i64) -> (Value, Value) {
    let mut per_hour: BTreeMap<String, BTreeMap<i64, [i64; 4]>> = BTreeMap::new();
    let mut names: BTreeMap<String, (String, String)> = BTreeMap::new();
    for p in pages {
        for u in &p.users {
            names.insert(u.id.to_string(), (u.name.to_string(), u.fb_id.to_string()));
        }
        for c in p
            .conversations
            .iter()
            .filter(|c| (start..=end).contains(&c.updated_at.0))
        {
            let Some(admin) = &c.last_sent_by.admin_id else {
                continue;
            };
            let Some(user) = p.users.iter().find(|u| &u.fb_id == admin) else {
                continue;
            };
            let e = per_hour
                .entry(user.id.to_string())
                .or_default()
                .entry(c.updated_at.0.div_euclid(HOUR))
                .or_default();
            if c.kind == "INBOX" {
                e[0] += 1
            } else {
                e[1] += 1
            }
            if c.has_phone {
                e[2] += 1;
            }
            e[3] = (c.updated_at.0 - c.inserted_at.0).min(86_400 * MICROS_PER_SEC) / 1000;
        }
    }
    let row = |h: i64, [inbox, comment, phones, response]: [i64; 4]| {
        json!({
            "hour": hour_label(h * HOUR), "inbox_count": inbox, "comment_count": comment,
            "unique_inbox_count": inbox, "unique_comment_count": comment,
            "phone_number_count": phones, "private_reply_count": 0, "order_count": 0,
            "average_response_time": response,
        })
    };
    let mut statistics = serde_json::Map::new();
    let mut users = serde_json::Map::new();
    for (user, hours) in per_hour {
        let rows: Vec<Value> = hours.iter().map(|(h, v)| row(*h, *v)).collect();
        let mut total = [0i64; 4];
        let mut last_hour = 0;
        for (h, v) in &hours {
            for k in 0..3 {
                total[k] += v[k];
            }
            total[3] += v[3];
            last_hour = *h;
        }
        total[3] /= hours.len().max(1) as i64;
        let mut summary = row(last_hour, total);
        if let Some((name, fb_id)) = names.get(&user) {
            summary["user_name"] = json!(name);
            summary["user_fb_id"] = json!(fb_id);
        }
        statistics.insert(user.clone(), json!(rows));
        users.insert(user, summary);
    }
    (Value::Object(statistics), Value::Object(users))
}

/// `GET .../statistics/users?date_range`: per staff member, per hour and in total.
pub async fn get_user_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    let (start, end) = parse_date_range(req.query.required("date_range")?)?;
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let (statistics, users) = user_statistics(&[&store.pages[page_ix]], start, end);
    Ok(ok(
        &json!({ "data": { "statistics": statistics, "users": users }, "success": true }),
    ))
}

/// `GET /v1/statistics/user?access_token&page_ids&date_range`: the same over several pages.
pub async fn get_multi_page_user_statistics(
    state: S,
    op: OperationId,
    RawQuery(raw): RawQuery,
) -> ApiResult<Response> {
    let q = user_request(&state, &op, raw.as_deref())?;
    let ids = q.list("page_ids");
    if ids.is_empty() {
        return Err(ApiError::missing("page_ids"));
    }
    let (start, end) = parse_date_range(q.required("date_range")?)?;
    let store = state.read();
    let pages = ids
        .iter()
        .map(|id| store.page(id))
        .collect::<ApiResult<Vec<_>>>()?;
    let (statistics, users) = user_statistics(&pages, start, end);
    Ok(ok(
        &json!({ "statistics": statistics, "users": users, "success": true }),
    ))
}

fn new_customer_rows(p: &PageState, start: i64, end: i64, bucket: i64, hourly: bool) -> Vec<Value> {
    let mut rows: BTreeMap<i64, [i64; 3]> = BTreeMap::new();
    for c in p
        .customers
        .iter()
        .filter(|c| (start..=end).contains(&c.inserted_at.0))
    {
        let e = rows.entry(c.inserted_at.0.div_euclid(bucket)).or_default();
        e[0] += 1;
        if !c.phone_numbers.is_empty() {
            e[2] += 1;
        }
    }
    for c in p
        .conversations
        .iter()
        .filter(|c| c.kind == "INBOX" && (start..=end).contains(&c.inserted_at.0))
    {
        rows.entry(c.inserted_at.0.div_euclid(bucket)).or_default()[1] += 1;
    }
    rows.into_iter()
        .rev()
        .map(|(b, [customers, inbox, phones])| {
            let at = Ts(b * bucket).naive();
            let date = if hourly {
                at.format("%Y-%m-%dT%H:00:00").to_string()
            } else {
                at.format("%Y-%m-%d").to_string()
            };
            json!({ "date": date, "new_customer_count": customers, "new_page_inbox_count": inbox,
                    "new_phone_number_count": phones, "phone_number_count": phones })
        })
        .collect()
}

/// `GET .../statistics/page_customers` (and the legacy `.../statistics/customers`):
/// new customers per day, per hour, or per page.
pub async fn get_new_customer_statistics(state: S, req: PageRequest) -> ApiResult<Response> {
    new_customers_of(&state, req)
}

/// The deprecated path of [`get_new_customer_statistics`].
pub async fn get_new_customer_statistics_legacy(state: S, req: PageRequest) -> ApiResult<Response> {
    new_customers_of(&state, req)
}

fn new_customers_of(state: &S, req: PageRequest) -> ApiResult<Response> {
    let q: &QueryParams = &req.query;
    let (start, end) = parse_date_range(q.required("date_range")?)?;
    let group_by = q.get("group_by").unwrap_or("day");
    let store = state.read();
    let page_ix = req.page_in(&store)?;
    let p = &store.pages[page_ix];
    let data = match group_by {
        "hour" => json!(new_customer_rows(p, start, end, HOUR, true)),
        "page_id" => json!({ p.page.id.clone(): new_customer_rows(p, start, end, DAY, false) }),
        _ => json!(new_customer_rows(p, start, end, DAY, false)),
    };
    Ok(ok(&json!({ "data": data, "success": true })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_ranges_of_the_seeds_parse_and_bad_ones_name_the_format() {
        let (s, e) = parse_date_range("27/07/2021 00:00:00 - 26/08/2021 23:59:59").unwrap();
        assert_eq!(s, Ts::parse("2021-07-27T00:00:00").unwrap().0);
        assert_eq!(
            e,
            Ts::parse("2021-08-26T23:59:59").unwrap().0 + MICROS_PER_SEC - 1
        );
        assert_eq!(days_newest_first(s, e).len(), 31);
        assert_eq!(label(days_newest_first(s, e)[0]), "26/8");
        assert!(parse_date_range("20/07/2020 - 20/08/2020").is_ok());
        let err = parse_date_range("2021-07-27").unwrap_err();
        assert!(err.message.contains("DD/MM/YYYY"), "{}", err.message);
        // A year is an ordinary report; only the mock's own ten-year bound refuses.
        assert!(parse_date_range("01/01/2020 - 01/01/2021").is_ok());
        let err = parse_date_range("01/01/2000 - 01/01/2021").unwrap_err();
        assert!(
            err.message.contains("this mock's own bound"),
            "{}",
            err.message
        );
    }
}
