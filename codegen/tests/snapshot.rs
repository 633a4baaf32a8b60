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
