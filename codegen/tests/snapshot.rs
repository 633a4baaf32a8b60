//! The whole generated client, bodies included, against its reviewed snapshot
//! (`client/tests/snapshots/generated/`), as progenitor's own tests snapshot whole outputs. After a
//! change of the spec or of the generator, review the diff and bless it with
//! `EXPECTORATE=overwrite cargo test -p pancake-codegen`.

use std::path::Path;

#[test]
fn the_generated_client_matches_its_snapshot() {
    let spec = pancake_openapi::Spec::bundled().expect("the bundled spec loads");
    let generated = pancake_codegen::generate(&spec).expect("the client generates");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../client/tests/snapshots/generated");
    expectorate::assert_contents(dir.join("codegen.rs"), &generated.codegen);
    expectorate::assert_contents(dir.join("surface.rs"), &generated.surface);
}

#[test]
fn a_spec_the_generator_refuses_is_an_error_not_a_panic() {
    // Two operations with one id: progenitor refuses the document. (The operation's own
    // `operationId`, at its indentation: links name operation ids too.)
    let text = pancake_openapi::SPEC_YAML.replacen(
        "\n      operationId: list_tags\n",
        "\n      operationId: list_pages\n",
        1,
    );
    assert_ne!(
        text,
        pancake_openapi::SPEC_YAML,
        "the spec still defines list_tags"
    );
    let spec = pancake_openapi::Spec::from_yaml_str(&text).expect("the loader is lenient");
    let err = pancake_codegen::generate(&spec).expect_err("a duplicate operation id is refused");
    assert!(err.to_string().contains("openapi/pancake.yaml"), "{err}");
}

#[test]
fn every_public_builder_function_is_documented_and_execute_is_the_one_way_to_send() {
    let spec = pancake_openapi::Spec::bundled().expect("the bundled spec loads");
    let generated = pancake_codegen::generate(&spec).expect("the client generates");
    let builders = generated
        .codegen
        .split("\npub mod builder {")
        .nth(1)
        .expect("progenitor writes mod builder");
    let lines: Vec<&str> = builders.lines().collect();
    let mut undocumented = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let line = line.trim_start();
        assert!(
            !line.starts_with("pub async fn send"),
            "a public send() beside execute(): {line}"
        );
        let public_fn = line.starts_with("pub fn ") && !line.starts_with("pub fn new(");
        if public_fn && !lines[at - 1].trim_start().starts_with("///") {
            undocumented.push(line.to_owned());
        }
    }
    assert!(
        undocumented.is_empty(),
        "setters without a doc: {undocumented:#?}"
    );
    // The handle methods carry the operation's description and an example that compiles.
    let method = generated
        .surface
        .split("pub fn list_conversations(&self)")
        .next()
        .expect("the handle method");
    let doc = &method[method
        .rfind("/// List conversations (v2, cursor).")
        .expect("summary")..];
    for wanted in [
        "At most 60 conversations per call",
        "- `since` (optional, a time, sent as Unix seconds)",
        "- `type_` (optional, one value)",
        "- `tags` (optional, a list of integers, sent comma-separated)",
        "page_access_token",
        "/// ```no_run",
    ] {
        assert!(doc.contains(wanted), "{wanted:?} missing from:\n{doc}");
    }
}
