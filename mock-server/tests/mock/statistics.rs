//! Statistics agree with the data the other operations serve.

use serde_json::Value;

use crate::common::{Mock, enc};

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
