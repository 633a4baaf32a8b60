//! The public API of `pancake-client`, generated and hand-written alike, one item per line with
//! its complete signature (generics, `where` clauses, field types, derives).
//!
//! rustdoc's JSON (what `cargo public-api` and `cargo-semver-checks` read) needs a nightly
//! toolchain; this reads the source instead: `client/src/*.rs` for the hand-written layer, and
//! for the generated part the code `pancake-codegen` generates, run here on any version of the
//! spec. A `pub` item counts when its module is public, or when a public module re-exports its
//! name (`pub use client::PageClient`); an `impl` counts when its self type does.
//!
//! The snapshot is `client/tests/snapshots/public-api.txt`; `cargo xtask spec diff` prints the
//! lines that a spec change adds and removes.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use anyhow::Context;
use syn::{Attribute, Fields, ImplItem, Item, TraitItem, UseTree, Visibility};

/// Where the snapshot is kept, relative to the workspace root.
pub const SNAPSHOT: &str = "client/tests/snapshots/public-api.txt";

/// The client's generated code for a spec, as `client/build.rs` writes it (`pancake-codegen`).
pub fn generate(spec: &pancake_openapi::Spec) -> anyhow::Result<(String, String)> {
    let generated = pancake_codegen::generate(spec)?;
    Ok((generated.codegen, generated.surface))
}

/// The full public API of the client: `client/src` under `root`, with the generated files
/// (`codegen`, `surface`) in place of their `include!`s.
pub fn client_api(root: &Path, codegen: &str, surface: &str) -> anyhow::Result<String> {
    crate_api(
        root,
        "client",
        "pancake-client",
        SNAPSHOT,
        &|module| match module {
            "generated" => Some(codegen.to_owned()),
            "surface" => Some(surface.to_owned()),
            _ => None,
        },
    )
}

/// The full public API of the library in `dir` (its `src/lib.rs` and every module file it
/// declares, at any depth), one item per line. `generated` gives the text of a top-level module
/// whose file is generated (`None`: read the file).
pub fn crate_api(
    root: &Path,
    dir: &str,
    package: &str,
    snapshot: &str,
    generated: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<String> {
    let src = root.join(dir).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs"))
        .with_context(|| format!("reading {dir}/src/lib.rs"))?;
    let mut lib_file =
        syn::parse_file(&lib).with_context(|| format!("parsing {dir}/src/lib.rs"))?;
    inline_modules(&mut lib_file.items, &src, Some(generated))?;
    let mut visitor = ApiVisitor::default();
    // Names re-exported by public modules make items of private modules public.
    visitor.collect_reexports(&lib_file.items);
    visitor.items(&lib_file.items, "", true);
    visitor.impls();
    let mut out = format!(
        "# The public API of {package}, one item per line, sorted. {snapshot} is checked by\n\
         # `cargo test -p xtask public_api`; bless a deliberate change with\n\
         # `EXPECTORATE=overwrite cargo test -p xtask public_api`.\n",
    );
    for line in &visitor.lines {
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

/// Replaces each `mod name;` of `items` (a file of directory `dir`) by the items of its file,
/// `dir/name.rs` or `dir/name/mod.rs`, recursively; test-only modules are left out.
/// The text of a generated top-level module, by name (`None`: read its file).
type GeneratedText<'a> = &'a dyn Fn(&str) -> Option<String>;

fn inline_modules(
    items: &mut Vec<Item>,
    dir: &Path,
    generated: Option<GeneratedText<'_>>,
) -> anyhow::Result<()> {
    items.retain(|item| !matches!(item, Item::Mod(m) if is_test_only(&m.attrs)));
    for item in items.iter_mut() {
        let Item::Mod(m) = item else { continue };
        let name = m.ident.to_string();
        if let Some((_, inner)) = &mut m.content {
            inline_modules(inner, &dir.join(&name), None)?;
            continue;
        }
        let (text, module_dir) = match generated.and_then(|g| g(&name)) {
            Some(text) => (text, dir.join(&name)),
            None => {
                let flat = dir.join(format!("{name}.rs"));
                let nested = dir.join(&name).join("mod.rs");
                let path = if flat.exists() { flat } else { nested };
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {}", path.display()))?;
                (text, dir.join(&name))
            }
        };
        let mut file = syn::parse_file(&text).with_context(|| format!("parsing module {name}"))?;
        inline_modules(&mut file.items, &module_dir, None)?;
        m.content = Some((Default::default(), file.items));
        m.semi = None;
    }
    Ok(())
}

/// `#[cfg(test)]` (or `doctest`): not part of the library users get.
fn is_test_only(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Ident>()
                .is_ok_and(|i| i == "test" || i == "doctest")
    })
}

/// Lines only in `old` (removed) and only in `new` (added).
pub fn line_diff<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let (o, n): (BTreeSet<&str>, BTreeSet<&str>) = (old.lines().collect(), new.lines().collect());
    (
        o.difference(&n).copied().collect(),
        n.difference(&o).copied().collect(),
    )
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn join(module: &str, name: &str) -> String {
    if module.is_empty() {
        name.to_owned()
    } else {
        format!("{module}::{name}")
    }
}

/// Attributes that are part of an item's API; docs and the rest are dropped.
fn api_attrs(attrs: &mut Vec<Attribute>) {
    attrs.retain(|a| {
        ["derive", "non_exhaustive", "deprecated", "repr"]
            .iter()
            .any(|name| a.path().is_ident(name))
    });
}

/// One item, printed by prettyplease and folded onto one line.
fn one_line(item: Item) -> String {
    let file = syn::File {
        shebang: None,
        frontmatter: None,
        attrs: Vec::new(),
        items: vec![item],
    };
    let text = prettyplease::unparse(&file);
    let folded = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    // `mut` on a parameter binding is the body's business, not the signature's.
    folded
        .replace("(mut ", "(")
        .replace(", mut ", ", ")
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(" )", ")")
        .replace("< ", "<")
        .replace(", >", ">")
        .replace(",)", ")")
        .trim_end_matches(';')
        .trim_end_matches(" {}")
        .trim()
        .to_owned()
}

fn type_string(ty: &syn::Type) -> String {
    let item: Item = syn::parse_quote!(type T = #ty;);
    let line = one_line(item);
    line.trim_start_matches("type T = ").to_owned()
}

fn last_segment(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The path before a self type's last segment (`types` of `types::Conversation`), if any.
fn qualifier(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let segments: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let qualifier = segments[..segments.len().saturating_sub(1)].join("::");
    let qualifier = qualifier.strip_prefix("crate::").unwrap_or(&qualifier);
    (!qualifier.is_empty() && qualifier != "crate").then(|| qualifier.to_owned())
}

fn empty_block() -> syn::Block {
    syn::parse_quote!({})
}

#[derive(Default)]
struct ApiVisitor {
    lines: BTreeSet<String>,
    reexported: HashSet<String>,
    /// Public type name -> the paths it is public at.
    types: HashMap<String, Vec<String>>,
    /// (module of the impl, impl) to print once every public type is known.
    pending: Vec<(String, syn::ItemImpl)>,
}

impl ApiVisitor {
    fn collect_reexports(&mut self, items: &[Item]) {
        fn leaves(tree: &UseTree, out: &mut HashSet<String>) {
            match tree {
                UseTree::Path(p) => leaves(&p.tree, out),
                UseTree::Name(n) => {
                    out.insert(n.ident.to_string());
                }
                UseTree::Rename(r) => {
                    out.insert(r.ident.to_string());
                }
                UseTree::Group(g) => g.items.iter().for_each(|t| leaves(t, out)),
                _ => {}
            }
        }
        for item in items {
            match item {
                Item::Use(u) if is_pub(&u.vis) => leaves(&u.tree, &mut self.reexported),
                Item::Mod(m) if is_pub(&m.vis) => {
                    if let Some((_, inner)) = &m.content {
                        self.collect_reexports(inner);
                    }
                }
                _ => {}
            }
        }
    }

    fn line(&mut self, owner: &str, text: String) {
        let owner = if owner.is_empty() { "crate" } else { owner };
        self.lines.insert(format!("{owner}: {text}"));
    }

    fn items(&mut self, items: &[Item], module: &str, public: bool) {
        for item in items {
            let visible = |vis: &Visibility, name: &str| {
                is_pub(vis) && (public || self.reexported.contains(name))
            };
            // Items of a private module are reached through a re-export in the nearest public
            // module above it (`module` is that module's path then).
            let path = module.to_owned();
            match item {
                Item::Use(u) if public && is_pub(&u.vis) => {
                    let mut u = u.clone();
                    u.attrs.clear();
                    self.line(&path, one_line(Item::Use(u)));
                }
                Item::Mod(m) => {
                    let name = m.ident.to_string();
                    if let Some((_, inner)) = &m.content {
                        if visible(&m.vis, &name) {
                            self.items(inner, &join(&path, &name), true);
                        } else {
                            // A private module may still hold re-exported items and impls of
                            // public types.
                            self.items(inner, &path, false);
                        }
                    }
                }
                Item::Struct(s) if visible(&s.vis, &s.ident.to_string()) => {
                    let name = s.ident.to_string();
                    let owner = join(&path, &name);
                    self.types.entry(name).or_default().push(path.clone());
                    let mut header = s.clone();
                    api_attrs(&mut header.attrs);
                    let fields = std::mem::replace(&mut header.fields, Fields::Unit);
                    let shape = match &fields {
                        Fields::Named(_) => " { .. }",
                        Fields::Unnamed(_) => "( .. )",
                        Fields::Unit => "",
                    };
                    self.line(&path, format!("{}{shape}", one_line(Item::Struct(header))));
                    for (i, field) in fields.iter().enumerate() {
                        if !is_pub(&field.vis) {
                            continue;
                        }
                        let name = field
                            .ident
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_else(|| i.to_string());
                        self.line(&owner, format!("pub {name}: {}", type_string(&field.ty)));
                    }
                }
                Item::Enum(e) if visible(&e.vis, &e.ident.to_string()) => {
                    let name = e.ident.to_string();
                    let owner = join(&path, &name);
                    self.types.entry(name).or_default().push(path.clone());
                    let mut header = e.clone();
                    api_attrs(&mut header.attrs);
                    let variants = std::mem::take(&mut header.variants);
                    self.line(&path, format!("{} {{ .. }}", one_line(Item::Enum(header))));
                    for variant in variants {
                        let mut variant = variant.clone();
                        api_attrs(&mut variant.attrs);
                        variant
                            .fields
                            .iter_mut()
                            .for_each(|f| api_attrs(&mut f.attrs));
                        let item: Item = syn::parse_quote!(enum E { #variant });
                        let text = one_line(item);
                        let text = text
                            .trim_start_matches("enum E {")
                            .trim_end_matches('}')
                            .trim();
                        self.line(&owner, format!("variant {}", text.trim_end_matches(',')));
                    }
                }
                Item::Fn(f) if visible(&f.vis, &f.sig.ident.to_string()) => {
                    let mut f = f.clone();
                    api_attrs(&mut f.attrs);
                    f.block = Box::new(empty_block());
                    self.line(&path, one_line(Item::Fn(f)));
                }
                Item::Const(c) if visible(&c.vis, &c.ident.to_string()) => {
                    self.line(
                        &path,
                        format!("pub const {}: {}", c.ident, type_string(&c.ty)),
                    );
                }
                Item::Static(s) if visible(&s.vis, &s.ident.to_string()) => {
                    self.line(
                        &path,
                        format!("pub static {}: {}", s.ident, type_string(&s.ty)),
                    );
                }
                Item::Type(t) if visible(&t.vis, &t.ident.to_string()) => {
                    let mut t = t.clone();
                    api_attrs(&mut t.attrs);
                    self.types
                        .entry(t.ident.to_string())
                        .or_default()
                        .push(path.clone());
                    self.line(&path, one_line(Item::Type(t)));
                }
                Item::Trait(t) if visible(&t.vis, &t.ident.to_string()) => {
                    let name = t.ident.to_string();
                    let owner = join(&path, &name);
                    self.types.entry(name).or_default().push(path.clone());
                    let mut header = t.clone();
                    api_attrs(&mut header.attrs);
                    let members = std::mem::take(&mut header.items);
                    self.line(&path, format!("{} {{ .. }}", one_line(Item::Trait(header))));
                    for member in members {
                        if let TraitItem::Fn(mut f) = member {
                            api_attrs(&mut f.attrs);
                            f.default = None;
                            let item: Item = syn::parse_quote!(trait T { #f });
                            let text = one_line(item);
                            self.line(
                                &owner,
                                text.trim_start_matches("trait T {")
                                    .trim_end_matches('}')
                                    .trim()
                                    .to_owned(),
                            );
                        }
                    }
                }
                Item::Impl(i) => self.pending.push((path.clone(), i.clone())),
                _ => {}
            }
        }
    }

    /// Prints the impls whose self type is public: trait impls as one line, inherent impls as
    /// one line per `pub` method or constant.
    fn impls(&mut self) {
        for (module, imp) in std::mem::take(&mut self.pending) {
            let Some(name) = last_segment(&imp.self_ty) else {
                continue;
            };
            let Some(paths) = self.types.get(&name) else {
                continue;
            };
            // A qualified self type (`impl types::Conversation` in a hand-written module) names
            // the module its type lives in.
            let qualifier = qualifier(&imp.self_ty);
            let type_path = if paths.contains(&module) {
                module.clone()
            } else if paths.len() == 1 {
                paths[0].clone()
            } else if let Some(found) = qualifier.as_deref().and_then(|q| {
                let mut matching = paths
                    .iter()
                    .filter(|p| *p == q || p.ends_with(&format!("::{q}")));
                match (matching.next(), matching.next()) {
                    (Some(one), None) => Some(one.clone()),
                    _ => None,
                }
            }) {
                found
            } else {
                continue;
            };
            let owner = join(&type_path, &name);
            let mut header = imp.clone();
            header.attrs.clear();
            let members = std::mem::take(&mut header.items);
            if imp.trait_.is_some() {
                self.line(&owner, one_line(Item::Impl(header)));
                continue;
            }
            let generics = one_line(Item::Impl(header));
            for member in members {
                match member {
                    ImplItem::Fn(f) if is_pub(&f.vis) => {
                        let mut f = f.clone();
                        api_attrs(&mut f.attrs);
                        f.block = empty_block();
                        let item: Item = syn::parse_quote!(impl X { #f });
                        let text = one_line(item);
                        let text = text
                            .trim_start_matches("impl X {")
                            .trim_end_matches('}')
                            .trim()
                            .trim_end_matches(" {}")
                            .trim_end_matches(" {")
                            .to_owned();
                        // The impl's own generics matter when it has any (`impl<'a> Foo<'a>`).
                        let context = if generics.starts_with("impl<") || generics.contains('<') {
                            format!(" [{generics}]")
                        } else {
                            String::new()
                        };
                        self.line(&format!("{owner}{context}"), text);
                    }
                    ImplItem::Const(c) if is_pub(&c.vis) => {
                        self.line(
                            &owner,
                            format!("pub const {}: {}", c.ident, type_string(&c.ty)),
                        );
                    }
                    _ => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The client's full public API, generated and hand-written, against the checked-in snapshot.
    /// Bless a deliberate change with `EXPECTORATE=overwrite cargo test -p xtask public_api`.
    #[test]
    fn public_api_matches_the_snapshot() {
        let root = crate::project_root();
        let spec = pancake_openapi::Spec::from_path(&root.join("openapi/pancake.yaml")).unwrap();
        let (codegen, surface) = generate(&spec).unwrap();
        let api = client_api(&root, &codegen, &surface).unwrap();
        expectorate::assert_contents(root.join(SNAPSHOT), &api);
    }

    /// The crates whose public API is snapshotted besides the client (whose generated part needs the
    /// spec): (directory, package name). Each snapshot is `DIR/tests/snapshots/public-api.txt`.
    const HAND_WRITTEN: &[(&str, &str)] =
        &[("mock-server", "pancake-mock"), ("sync", "pancake-sync")];

    /// The snapshot of a crate of [`HAND_WRITTEN`], relative to the workspace root.
    fn snapshot_of(dir: &str) -> String {
        format!("{dir}/tests/snapshots/public-api.txt")
    }

    /// The hand-written crates' public API against their checked-in snapshots. Bless a deliberate
    /// change with `EXPECTORATE=overwrite cargo test -p xtask public_api`.
    #[test]
    fn hand_written_public_apis_match_their_snapshots() {
        let root = crate::project_root();
        for (dir, package) in HAND_WRITTEN {
            let snapshot = snapshot_of(dir);
            let api = crate_api(&root, dir, package, &snapshot, &|_| None).unwrap();
            expectorate::assert_contents(root.join(&snapshot), &api);
        }
    }

    #[test]
    fn signatures_are_complete_and_only_public_items_count() {
        let dir = std::env::temp_dir().join(format!("xtask-public-api-{}", std::process::id()));
        let src = dir.join("client/src");
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(
            src.join("lib.rs"),
            "mod client;\nmod generated;\nmod surface;\npub mod model;\n\
             pub use client::Handle;\npub use generated::types;\n",
        )
        .unwrap();
        std::fs::write(
            src.join("client.rs"),
            "/// Docs are dropped.\n#[derive(Clone, Debug)]\npub struct Handle { pub name: String, secret: u8 }\n\
             pub struct Hidden;\nimpl Handle { pub fn get<T>(&self, key: T) -> Option<T> where T: Clone { None } fn private(&self) {} }\n",
        )
        .unwrap();
        std::fs::write(
            src.join("model.rs"),
            "pub enum Kind { A, B(u8) }\npub(crate) fn internal() {}\n\
             impl types::Thing { pub fn label(&self) -> &str { \"\" } }\n",
        )
        .unwrap();
        let codegen = "pub mod types { pub mod builder { pub struct Thing; } pub struct Thing { pub id: Option<i64> } impl std::fmt::Display for Thing { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) } } }\n\
                       pub struct Client;\n";
        let surface = "impl crate::Handle { pub fn list(&self) -> Vec<u8> { vec![] } }\n";
        let api = client_api(&dir, codegen, surface).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let lines: Vec<&str> = api.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines,
            [
                "Handle: pub fn get<T>(&self, key: T) -> Option<T> where T: Clone,",
                "Handle: pub fn list(&self) -> Vec<u8>",
                "Handle: pub name: String",
                "crate: #[derive(Clone, Debug)] pub struct Handle { .. }",
                "crate: pub use client::Handle",
                "crate: pub use generated::types",
                "model: pub enum Kind { .. }",
                "model::Kind: variant A",
                "model::Kind: variant B(u8)",
                "types: pub struct Thing { .. }",
                "types::Thing: impl std::fmt::Display for Thing",
                "types::Thing: pub fn label(&self) -> &str",
                "types::Thing: pub id: Option<i64>",
                "types::builder: pub struct Thing",
            ],
            "{api}"
        );
    }
}
