//! The `pancake` binary against the in-process mock: JSON out, tokens never printed.

use std::process::Output;

use serde_json::Value;

async fn pancake(base_url: &str, args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_pancake"));
    command
        .args(args)
        .env("PANCAKE_BASE_URL", base_url)
        .env_remove("RUST_LOG");
    for var in [
        "PANCAKE_ACCESS_TOKEN",
        "PANCAKE_PAGE_ACCESS_TOKEN",
        "PANCAKE_PAGE_ID",
    ] {
        command.env_remove(var);
    }
    command.envs(envs.iter().copied());
    command.output().await.expect("the pancake binary runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_operations_by_name_and_never_prints_tokens() {
    let server = pancake_mock::start(pancake_mock::MockConfig::default())
        .await
        .unwrap();
    let base = server.base_url();
    let summary = server.fixtures();
    let page = &summary.pages[0];
    let env = [
        ("PANCAKE_ACCESS_TOKEN", summary.access_token.as_str()),
        ("PANCAKE_PAGE_ACCESS_TOKEN", page.page_access_token.as_str()),
    ];

    // An operation as a command, its page from a flag, a stream with a limit.
    let out = pancake(
        &base,
        &[
            "list-conversations",
            "--page-id",
            &page.id,
            "--all",
            "--limit",
            "70",
            "-v",
        ],
        &env,
    )
    .await;
    assert!(out.status.success(), "{}", text(&out));
    let items: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 70);
    assert!(
        !text(&out).contains(&page.page_access_token),
        "the page token was printed"
    );

    // `call` form, user token, checked against the spec's types.
    let out = pancake(&base, &["call", "list_pages", "--check"], &env).await;
    assert!(out.status.success(), "{}", text(&out));
    let pages: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        pages["pages"].as_array().unwrap().len(),
        summary.pages.len()
    );

    // The new token of generate_page_access_token is redacted unless asked for.
    let out = pancake(
        &base,
        &["generate-page-access-token", "--page-id", &page.id],
        &env,
    )
    .await;
    assert!(out.status.success(), "{}", text(&out));
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["page_access_token"], "***");

    // The old page token is now refused: a clear error, exit code 1, no token.
    let out = pancake(&base, &["list-tags", "--page-id", &page.id], &env).await;
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out);
    assert!(
        shown.contains("error_code 105") && shown.contains("page_access_token=***"),
        "{shown}"
    );
    assert!(
        !shown.contains(&page.page_access_token) && !shown.contains(&summary.access_token),
        "{shown}"
    );

    // Guard rails and usage errors name what is wrong.
    let out = pancake(
        &base,
        &[
            "list-conversations",
            "--page-id",
            &page.id,
            "-p",
            "since=1748390400000",
        ],
        &env,
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("divide it by 1000"), "{}", text(&out));
    let out = pancake(&base, &["list-tags"], &env).await;
    assert!(text(&out).contains("--page-id"), "{}", text(&out));
    let out = pancake(&base, &["list-nothing"], &env).await;
    assert!(text(&out).contains("pancake operations"), "{}", text(&out));
}

#[tokio::test]
async fn help_and_operations_list() {
    let out = pancake("http://127.0.0.1:9/api", &["--help"], &[]).await;
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("PANCAKE_BASE_URL"));
    let out = pancake("http://127.0.0.1:9/api", &["operations"], &[]).await;
    let listed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(listed.lines().count(), 34, "{listed}");
    assert!(listed.contains("upload_content"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_a_file_and_resolves_an_avatar() {
    let config = pancake_mock::MockConfig::default();
    let psid = config.build_fixtures().pages[0].customers[0].psid.clone();
    let server = pancake_mock::start(config).await.unwrap();
    let base = server.base_url();
    let summary = server.fixtures();
    let page = &summary.pages[0];
    let env = [
        ("PANCAKE_PAGE_ACCESS_TOKEN", page.page_access_token.as_str()),
        ("PANCAKE_PAGE_ID", page.id.as_str()),
    ];

    let file = std::env::temp_dir().join(format!("pancake-cli-{}.png", std::process::id()));
    std::fs::write(&file, b"\x89PNG\r\n\x1a\n not really").unwrap();
    let out = pancake(
        &base,
        &["upload-content", "--file", file.to_str().unwrap()],
        &env,
    )
    .await;
    std::fs::remove_file(&file).ok();
    assert!(out.status.success(), "{}", text(&out));
    let uploaded: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        uploaded["id"].as_str().is_some_and(|id| !id.is_empty()),
        "{uploaded}"
    );

    let out = pancake(
        &base,
        &["get-customer-avatar", "-p", &format!("psid={psid}")],
        &env,
    )
    .await;
    assert!(out.status.success(), "{}", text(&out));
    let avatar: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        avatar["location"]
            .as_str()
            .is_some_and(|l| l.starts_with("http://127.0.0.1")),
        "{avatar}"
    );
}
