//! Statistics agree with the data the other operations serve.

use serde_json::Value;

use super::common::{Mock, enc};

fn series(body: &Value, name: &str) -> Vec<i64> {
    body["data"]["series"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("series {name}"))["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn engagement_and_new_customer_figures_count_the_listed_data() {
    let m = Mock::new();
    let range = enc("16/12/2025 00:00:00 - 14/01/2026 23:59:59");
    let (from, to) = ("2025-12-16T00:00:00", "2026-01-14T23:59:59");
    let all = m.walk(0, "").await.concat();
    let in_range = |t: &Value| {
        let t = t.as_str().unwrap();
        t >= from && t <= to
    };
    let inbox = all
        .iter()
        .filter(|c| c["type"] == "INBOX" && in_range(&c["updated_at"]))
        .count() as i64;
    let comment = all
        .iter()
        .filter(|c| c["type"] != "INBOX" && in_range(&c["updated_at"]))
        .count() as i64;
    let e = m
        .get(&m.v1(
            0,
            "statistics/customer_engagements",
            &format!("date_range={range}"),
        ))
        .await;
    let body = e.ok();
    assert_eq!(body["data"]["categories"].as_array().unwrap().len(), 30);
    assert_eq!(body["data"]["categories"][0], "14/1");
    assert_eq!(series(body, "inbox").iter().sum::<i64>(), inbox);
    assert_eq!(series(body, "comment").iter().sum::<i64>(), comment);
    assert!(inbox > 0);

    let customers = m
        .get(&m.v1(
            0,
            "page_customers",
            "since=1765843200&until=1768435199&page_number=1&page_size=100",
        ))
        .await;
    let listed = customers.ok()["total"].as_i64().unwrap();
    let stats = m
        .get(&m.v1(
            0,
            "statistics/page_customers",
            &format!("date_range={range}"),
        ))
        .await;
    let counted: i64 = stats.ok()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["new_customer_count"].as_i64().unwrap())
        .sum();
    assert_eq!(counted, listed);
}

#[tokio::test]
async fn tag_statistics_follow_tag_writes() {
    let m = Mock::new();
    let count = |body: &Value| -> i64 {
        body["data_today"]["series"]["Trả hàng"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .sum()
    };
    let url = m.v1(0, "statistics/tags", "since=1768348800&until=1768435199");
    let before = count(m.get(&url).await.ok());
    let id = m.first_of("INBOX").await["id"].as_str().unwrap().to_owned();
    let conv = m
        .walk(0, "")
        .await
        .concat()
        .into_iter()
        .find(|c| c["id"] == id.as_str())
        .unwrap();
    if conv["tags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["id"] == 5)
    {
        m.post(
            &m.v1(0, &format!("conversations/{id}/tags"), ""),
            serde_json::json!({"action": "remove", "tag_id": 5}),
        )
        .await
        .ok();
    }
    m.post(
        &m.v1(0, &format!("conversations/{id}/tags"), ""),
        serde_json::json!({"action": "add", "tag_id": 5}),
    )
    .await
    .ok();
    assert_eq!(count(m.get(&url).await.ok()), before + 1);
}

#[tokio::test]
async fn engagement_carries_the_promised_parts_and_user_ids_restrict_them() {
    // The official document's `users_engagements` and order series, and its `user_ids` filter.
    let m = Mock::new();
    let range = enc("16/12/2025 00:00:00 - 14/01/2026 23:59:59");
    let url = |extra: &str| {
        m.v1(
            0,
            "statistics/customer_engagements",
            &format!("date_range={range}{extra}"),
        )
    };
    let all = m.get(&url("")).await.ok().clone();
    let days = all["data"]["categories"].as_array().unwrap().len();
    for name in ["order_count", "old_order_count"] {
        assert_eq!(series(&all, name), vec![0; days], "{name}");
    }
    let engagements = all["users_engagements"].as_array().unwrap().clone();
    assert!(!engagements.is_empty());
    let busiest = engagements
        .iter()
        .max_by_key(|u| u["total_engagement"].as_i64().unwrap())
        .unwrap();
    let total = busiest["total_engagement"].as_i64().unwrap();
    assert!(total > 0, "someone answered: {engagements:?}");
    let everyone = series(&all, "total").iter().sum::<i64>();

    let one = busiest["user_id"].as_str().unwrap();
    let only = m.get(&url(&format!("&user_ids={one}"))).await.ok().clone();
    let only_engagements = only["users_engagements"].as_array().unwrap();
    assert_eq!(only_engagements.len(), 1);
    assert_eq!(only_engagements[0]["user_id"], one);
    assert_eq!(series(&only, "total").iter().sum::<i64>(), total);
    assert!(total < everyone, "the filter narrows the chart too");
}

#[tokio::test]
async fn ads_rows_carry_the_official_fields_per_ad_and_per_day() {
    let m = Mock::new();
    let url = |kind: &str| {
        m.v1(
            0,
            "statistics/ads",
            &format!("since=1735689600&until=1768435199&type={kind}"),
        )
    };
    let fields = [
        "ad_id",
        "name",
        "status",
        "currency",
        "reach",
        "impressions",
        "spend",
    ];
    let by_id = m.get(&url("by_id")).await.ok().clone();
    let by_id = by_id.as_array().unwrap();
    assert!(!by_id.is_empty());
    for row in by_id {
        for f in fields {
            assert!(row.get(f).is_some(), "{f} in {row}");
        }
        assert!(row.get("conversations").is_none(), "{row}");
    }
    let by_time = m.get(&url("by_time")).await.ok().clone();
    let by_time = by_time.as_array().unwrap();
    assert!(!by_time.is_empty());
    let dates: Vec<&str> = by_time
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest day first: {dates:?}"
    );
    for row in by_time {
        for f in fields {
            assert!(row.get(f).is_some(), "{f} in {row}");
        }
    }
    // An ad's days add up to its whole-range row (integer shares, so at most one short a day).
    let impressions = |rows: &[Value], ad: &Value| -> i64 {
        rows.iter()
            .filter(|r| r["ad_id"] == *ad)
            .map(|r| r["impressions"].as_str().unwrap().parse::<i64>().unwrap())
            .sum()
    };
    for row in by_id {
        let days = by_time
            .iter()
            .filter(|r| r["ad_id"] == row["ad_id"])
            .count() as i64;
        let whole = impressions(by_id, &row["ad_id"]);
        let split = impressions(by_time, &row["ad_id"]);
        assert!(
            split <= whole && whole - split <= days,
            "{whole} vs {split}"
        );
    }
}
