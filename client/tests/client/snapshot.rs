//! Snapshot of the generated code's public surface, so that a progenitor upgrade or a spec change
//! shows up as a reviewable diff in `client/tests/snapshots/`.
//!
//! After a deliberate change, bless the new surface with
//! `EXPECTORATE=overwrite cargo test -p pancake-client`.

/// The `pub` items and fields of generated code, one per line, with the module they are in.
fn surface(code: &str) -> String {
    let mut out = String::new();
    let mut modules: Vec<(usize, String)> = Vec::new();
    let mut current_impl = String::new();
    for line in code.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        while modules
            .last()
            .is_some_and(|(depth, _)| indent <= *depth && trimmed.starts_with('}'))
        {
            modules.pop();
        }
        if let Some(name) = trimmed
            .strip_prefix("pub mod ")
            .and_then(|r| r.strip_suffix(" {"))
        {
            modules.push((indent, name.to_owned()));
            continue;
        }
        if trimmed.starts_with("impl") && trimmed.ends_with('{') {
            current_impl = trimmed.trim_end_matches('{').trim().to_owned();
        } else if trimmed.starts_with("pub struct") || trimmed.starts_with("pub enum") {
            current_impl.clear();
        }
        if trimmed.starts_with("pub ") && !trimmed.starts_with("pub use") {
            let signature = trimmed
                .trim_end_matches('{')
                .trim_end_matches(" where")
                .trim();
            let path: Vec<&str> = modules.iter().map(|(_, m)| m.as_str()).collect();
            let module = if path.is_empty() {
                "crate".to_owned()
            } else {
                path.join("::")
            };
            let owner = if signature.starts_with("pub fn") || signature.starts_with("pub async fn")
            {
                format!(" [{current_impl}]")
            } else {
                String::new()
            };
            out.push_str(&format!("{module}{owner}: {signature}\n"));
        }
    }
    out
}

#[test]
fn generated_public_surface_matches_the_snapshot() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/codegen.rs"));
    let handles = include_str!(concat!(env!("OUT_DIR"), "/surface.rs"));
    let text = format!(
        "# progenitor client (codegen.rs)\n{}\n# handles, streams and operation table (surface.rs)\n{}",
        surface(generated),
        surface(handles)
    );
    expectorate::assert_contents("tests/snapshots/generated-surface.txt", &text);
}
