//! Generates the client from the spec `pancake-openapi` embeds: `pancake-codegen` does the work
//! (as progenitor's `example-build` calls progenitor), this writes its two files to `$OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let spec = pancake_openapi::Spec::bundled()
        .unwrap_or_else(|e| panic!("loading openapi/pancake.yaml: {e}"));
    let generated = pancake_codegen::generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, code) in [
        ("codegen.rs", generated.codegen),
        ("surface.rs", generated.surface),
    ] {
        let path = out.join(name);
        std::fs::write(&path, code).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
}
