//! `cargo xtask spec diff BASE [HEAD]`: every change between two versions of the spec, with its
//! verdict (`pancake_openapi::diff`), and the changes to the client's public API it causes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use pancake_openapi::{Spec, diff};

use super::public_api;

/// The spec's path inside the repository, used with a bare git revision.
const SPEC_IN_REPO: &str = "openapi/pancake.yaml";

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables grouped by verdict, then the client API changes.
    Markdown,
    /// A list of `{kind, verdict, pointer, operation_id, message}`.
    Json,
}

/// Arguments of `cargo xtask spec diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The base: a file, a git revision (`main`, `HEAD~1`: its openapi/pancake.yaml) or `REV:PATH`.
    #[arg(required_unless_present = "rules")]
    pub base: Option<String>,
    /// The head, read the same way (default: openapi/pancake.yaml of the working tree).
    pub head: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: Format,
    /// Exit 0 even when a change breaks clients.
    #[arg(long)]
    pub allow_breaking: bool,
    /// Fail only on client-breaking changes that the top entry of this changelog does not name
    /// (each by its kind and operation id in backticks); CI passes openapi/CHANGELOG.md.
    #[arg(long, value_name = "FILE", conflicts_with = "allow_breaking")]
    pub changelog: Option<PathBuf>,
    /// Skip generating the client for both sides (no API diff; faster).
    #[arg(long)]
    pub no_api: bool,
    /// Print the rule table (as in openapi/README.md) and exit.
    #[arg(long)]
    pub rules: bool,
}

/// A spec read from a file or from git, with the label it is shown under.
pub struct Loaded {
    /// What the user passed (or "working tree").
    pub label: String,
    /// The spec.
    pub spec: Spec,
}

/// Reads `source` as a file if one exists there, else as a git revision (`REV` means
/// `REV:openapi/pancake.yaml`, `REV:PATH` is taken as is).
pub fn load(root: &Path, source: &str) -> anyhow::Result<Loaded> {
    let as_file = Path::new(source);
    let text = if as_file.is_file() {
        std::fs::read_to_string(as_file).with_context(|| format!("reading {source}"))?
    } else {
        let object = if source.contains(':') {
            source.to_owned()
        } else {
            format!("{source}:{SPEC_IN_REPO}")
        };
        let output = Command::new("git")
            .args(["show", &object])
            .current_dir(root)
            .output()
            .context("running git (needed to read a spec at a revision)")?;
        if !output.status.success() {
            bail!(
                "`{source}` is neither a file nor a git revision holding {SPEC_IN_REPO}: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        String::from_utf8(output.stdout).with_context(|| format!("{object} is not UTF-8"))?
    };
    let spec = Spec::from_yaml_str(&text).with_context(|| format!("loading the spec {source}"))?;
    Ok(Loaded {
        label: source.to_owned(),
        spec,
    })
}

/// Runs the diff; prints the report to `out`.
pub fn run(args: &Args, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    if args.rules {
        write!(out, "{}", diff::rules_markdown())?;
        return Ok(ExitCode::SUCCESS);
    }
    let root = crate::project_root();
    let base = load(&root, args.base.as_deref().unwrap_or("HEAD"))?;
    let head = match &args.head {
        Some(source) => load(&root, source)?,
        None => Loaded {
            label: "working tree".to_owned(),
            spec: Spec::from_path(&root.join(SPEC_IN_REPO))?,
        },
    };
    let changes = diff::diff(&base.spec, &head.spec);
    match args.format {
        Format::Json => writeln!(out, "{}", diff::to_json(&changes))?,
        Format::Markdown => {
            write!(
                out,
                "{}",
                diff::to_markdown(&changes, &base.label, &head.label)
            )?;
            if !args.no_api && !changes.is_empty() {
                write!(out, "{}", api_changes(&root, &base.spec, &head.spec)?)?;
            }
        }
    }
    let breaking = diff::breaks_clients(&changes);
    // With `--format json`, stdout is the JSON alone (a script pipes it to `jq`); the verdict's
    // human lines go to stderr.
    let mut stderr = std::io::stderr().lock();
    let human: &mut dyn Write = match args.format {
        Format::Json => &mut stderr,
        Format::Markdown => out,
    };
    if let Some(path) = &args.changelog {
        let changelog = std::fs::read_to_string(path)
            .with_context(|| format!("reading the changelog {}", path.display()))?;
        let unnamed = diff::unnamed_in_changelog(&changes, &changelog);
        if unnamed.is_empty() {
            if breaking {
                writeln!(
                    human,
                    "\nEvery change that breaks clients is named by the top entry of {}.",
                    path.display()
                )?;
            }
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(
            human,
            "\nFAILED: {} change(s) break clients and the top entry of {} does not name them. \
             Add an entry naming each by its kind and operation id (or pointer), in backticks:",
            unnamed.len(),
            path.display()
        )?;
        for c in unnamed {
            let subject = c.operation_id.as_deref().unwrap_or(&c.pointer);
            writeln!(human, "- `{}` `{subject}`: {}", c.kind, c.message)?;
        }
        return Ok(ExitCode::FAILURE);
    }
    if breaking && !args.allow_breaking {
        writeln!(
            human,
            "\nFAILED: the change breaks clients of `{}` (pass --allow-breaking to accept it).",
            base.label
        )?;
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The lines of the client's public API that the spec change removes and adds.
fn api_changes(root: &Path, base: &Spec, head: &Spec) -> anyhow::Result<String> {
    let api = |spec: &Spec| -> anyhow::Result<String> {
        let (codegen, surface) = public_api::generate(spec)?;
        public_api::client_api(root, &codegen, &surface)
    };
    let (before, after) = (api(base)?, api(head)?);
    let (removed, added) = public_api::line_diff(&before, &after);
    let mut out = String::from("\n### Client API changes (pancake-client, regenerated)\n\n");
    if removed.is_empty() && added.is_empty() {
        out.push_str("None: the generated client's public API is unchanged.\n");
        return Ok(out);
    }
    out.push_str(&format!(
        "{} line(s) removed, {} added.\n\n```diff\n",
        removed.len(),
        added.len()
    ));
    for line in removed {
        out.push_str(&format!("- {line}\n"));
    }
    for line in added {
        out.push_str(&format!("+ {line}\n"));
    }
    out.push_str("```\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("xtask-spec-diff-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn args(base: &Path, head: &Path) -> Args {
        Args {
            base: Some(base.display().to_string()),
            head: Some(head.display().to_string()),
            format: Format::Markdown,
            allow_breaking: false,
            changelog: None,
            no_api: true,
            rules: false,
        }
    }

    /// BASE = the diff rules' fixture; HEAD = the same with the `kind` filter made required.
    fn breaking_pair(dir: &Path) -> (PathBuf, PathBuf) {
        let base_text = std::fs::read_to_string(
            crate::project_root().join("openapi/tests/data/diff/base.yaml"),
        )
        .unwrap();
        let head_text = base_text.replace(
            "{name: kind, in: query, required: false,",
            "{name: kind, in: query, required: true,",
        );
        assert_ne!(
            base_text, head_text,
            "the fixture changed; update this test"
        );
        let (base, head) = (dir.join("base.yaml"), dir.join("head.yaml"));
        std::fs::write(&base, base_text).unwrap();
        std::fs::write(&head, head_text).unwrap();
        (base, head)
    }

    #[test]
    fn a_client_breaking_change_fails_unless_allowed_or_named_in_the_changelog() {
        let dir = temp_dir("breaking");
        let (base, head) = breaking_pair(&dir);
        let mut out = Vec::new();
        let code = run(&args(&base, &head), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(code, ExitCode::FAILURE, "{text}");
        assert!(
            text.contains("| `request-parameter-became-required` | `list_things` |"),
            "{text}"
        );

        let mut allowed = args(&base, &head);
        allowed.allow_breaking = true;
        assert_eq!(run(&allowed, &mut Vec::new()).unwrap(), ExitCode::SUCCESS);

        let changelog = dir.join("CHANGELOG.md");
        let mut with_log = args(&base, &head);
        with_log.changelog = Some(changelog.clone());
        std::fs::write(&changelog, "# Changes\n\n## Next\n\nNothing yet.\n").unwrap();
        let mut out = Vec::new();
        assert_eq!(run(&with_log, &mut out).unwrap(), ExitCode::FAILURE);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("- `request-parameter-became-required` `list_things`:"),
            "{text}"
        );
        std::fs::write(&changelog, "# Changes\n\n## Next\n\n- `request-parameter-became-required` `list_things`: decided.\n").unwrap();
        assert_eq!(run(&with_log, &mut Vec::new()).unwrap(), ExitCode::SUCCESS);

        // JSON alone on stdout, also when the change fails the run (the verdict goes to stderr).
        let mut json = args(&base, &head);
        json.format = Format::Json;
        let mut out = Vec::new();
        assert_eq!(run(&json, &mut out).unwrap(), ExitCode::FAILURE);
        let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(list[0]["kind"], "request-parameter-became-required");
        assert_eq!(list[0]["verdict"], "breaking_for_clients");
        assert_eq!(list[0]["operation_id"], "list_things");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn revisions_are_read_from_git_and_bad_ones_are_named() {
        let root = crate::project_root();
        // Skipped where the checkout has no git history (a source tarball).
        if !root.join(".git").exists() {
            return;
        }
        let head = load(&root, "HEAD").unwrap();
        assert!(!head.spec.operations().is_empty());
        let err = load(&root, "no-such-revision-xyz")
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("`no-such-revision-xyz` is neither a file nor a git revision"),
            "{err}"
        );
    }

    #[test]
    fn the_api_diff_shows_the_fields_a_spec_change_adds() {
        let root = crate::project_root();
        let base = Spec::bundled().unwrap();
        let mut raw = base.raw().clone();
        raw.pointer_mut("/components/schemas/Tag/properties")
            .and_then(serde_json::Value::as_object_mut)
            .expect("the spec has a Tag schema with properties")
            .insert("shade".to_owned(), serde_json::json!({"type": "string"}));
        let head = Spec::from_document(raw).unwrap();
        let text = api_changes(&root, &base, &head).unwrap();
        assert!(
            text.contains("+ types::Tag: pub shade: ::std::option::Option<::std::string::String>"),
            "{text}"
        );
        assert!(text.contains("0 line(s) removed"), "{text}");
    }
}
