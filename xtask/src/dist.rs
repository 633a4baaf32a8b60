//! `cargo xtask dist`: the mock for Python and Node users, built for this machine into
//! `target/dist/`: the wheel `pancake_mock-VERSION-*.whl` (maturin, `bindings = "bin"`, from
//! `mock-server/python/`) and the npm tarballs `pancake-mock-VERSION.tgz` and
//! `pancake-mock-PLATFORM-VERSION.tgz` (`npm pack` of `mock-server/npm/pancake-mock/` and of the
//! platform package made here around the binary), all carrying the crate's version.
//!
//! xtask links no mock: maturin builds the binary through cargo, npm packs, both as processes.
//! `.github/workflows/release.yml` runs the same packaging for the other platforms.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use serde_json::{Value, json};

/// The maturin `cargo xtask dist` installs when none is given (pinned: the wheel's build backend
/// in `mock-server/python/pyproject.toml` accepts 1.x from 1.16).
const MATURIN: &str = "maturin==1.16.0";

/// Options of `cargo xtask dist`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Cargo profile of the binary: `release` (what users get), or a cheaper one for a check
    /// (`dev`: CI, which has just compiled the workspace's dependencies in that profile).
    #[arg(long, default_value = "release")]
    pub profile: String,
    /// Where the wheel and the tarballs go (default: TARGET/dist).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// The maturin to run; by default one installed from PyPI into TARGET/dist-tools/venv.
    #[arg(long, value_name = "PATH")]
    pub maturin: Option<PathBuf>,
}

/// The npm platform names (`process.platform`-`process.arch`) of the platforms the release
/// workflow builds; `mock-server/npm/pancake-mock/package.json` names each as an optional
/// dependency `@pancake-mock/NAME`, and a test checks the two lists agree.
pub const NPM_PLATFORMS: [&str; 5] = [
    "linux-x64",
    "linux-arm64",
    "darwin-x64",
    "darwin-arm64",
    "win32-x64",
];

/// This machine's npm platform name, as Node spells it.
pub fn npm_platform() -> anyhow::Result<String> {
    let os = match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        other => bail!("no npm package is made for {other}"),
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => bail!("no npm package is made for {other}"),
    };
    Ok(format!("{os}-{arch}"))
}

fn run(command: &mut Command) -> anyhow::Result<()> {
    tracing::info!("running {command:?}");
    let status = command
        .status()
        .with_context(|| format!("could not start {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed: {status}");
    }
    Ok(())
}

struct Workspace {
    root: PathBuf,
    target: PathBuf,
    version: String,
}

/// The workspace where the command runs (not where xtask was compiled) and the mock's version.
fn workspace(cargo: &str) -> anyhow::Result<Workspace> {
    let out = Command::new(cargo)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .context("running cargo metadata")?;
    if !out.status.success() {
        bail!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let metadata: Value = serde_json::from_slice(&out.stdout).context("cargo metadata's JSON")?;
    let version = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "pancake-mock"))
        .and_then(|p| p["version"].as_str())
        .context("cargo metadata lists no pancake-mock package")?;
    let path = |key: &str| -> anyhow::Result<PathBuf> {
        metadata[key]
            .as_str()
            .map(PathBuf::from)
            .with_context(|| format!("cargo metadata has no {key}"))
    };
    Ok(Workspace {
        root: path("workspace_root")?,
        target: path("target_directory")?,
        version: version.to_owned(),
    })
}

/// The maturin to run: the given one, or the pinned one in a venv under the target directory
/// (made on first use).
fn maturin(args: &Args, target: &Path) -> anyhow::Result<PathBuf> {
    if let Some(given) = &args.maturin {
        return Ok(given.clone());
    }
    let venv = target.join("dist-tools/venv");
    let bin = if cfg!(windows) { "Scripts" } else { "bin" };
    let maturin = venv.join(bin).join("maturin");
    let pinned = Command::new(&maturin)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == MATURIN.replace("==", " "));
    if !pinned {
        let python = if cfg!(windows) { "python" } else { "python3" };
        run(Command::new(python).args(["-m", "venv"]).arg(&venv))?;
        run(Command::new(venv.join(bin).join("pip")).args([
            "install",
            "--quiet",
            "--disable-pip-version-check",
            MATURIN,
        ]))?;
    }
    Ok(maturin)
}

/// The directory cargo writes a profile's binaries to.
fn profile_dir(profile: &str) -> &str {
    match profile {
        "dev" | "test" => "debug",
        "bench" => "release",
        other => other,
    }
}

/// `cargo xtask dist`.
pub fn dist(args: &Args) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let ws = workspace(&cargo)?;
    let out = args.out.clone().unwrap_or_else(|| ws.target.join("dist"));
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    for entry in std::fs::read_dir(&out)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ours = (name.starts_with("pancake_mock-") && name.ends_with(".whl"))
            || (name.starts_with("pancake-mock-") && name.ends_with(".tgz"));
        if ours {
            std::fs::remove_file(&path)?;
        }
    }
    let platform = npm_platform()?;
    if !NPM_PLATFORMS.contains(&platform.as_str()) {
        bail!(
            "the pancake-mock npm package names no @pancake-mock/{platform}: add it to NPM_PLATFORMS, mock-server/npm/pancake-mock/package.json and .github/workflows/release.yml"
        );
    }

    // The wheel; maturin builds the binary (with the profile asked for) on the way.
    let maturin = maturin(args, &ws.target)?;
    run(Command::new(&maturin)
        .current_dir(ws.root.join("mock-server/python"))
        .args(["build", "--profile", &args.profile, "--out"])
        .arg(&out)
        .env("CARGO", &cargo))?;
    let exe = if cfg!(windows) {
        "pancake-mock.exe"
    } else {
        "pancake-mock"
    };
    let binary = ws.target.join(profile_dir(&args.profile)).join(exe);
    if !binary.is_file() {
        bail!("maturin built no {}", binary.display());
    }

    // The npm packages, staged under the target directory and packed from there.
    let staging = ws.target.join("dist-tools/npm");
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    let main = staging.join("pancake-mock");
    copy_dir(&ws.root.join("mock-server/npm/pancake-mock"), &main)?;
    let manifest_path = main.join("package.json");
    let mut manifest: Value = serde_json::from_str(&std::fs::read_to_string(&manifest_path)?)
        .context("mock-server/npm/pancake-mock/package.json")?;
    manifest["version"] = json!(ws.version);
    if let Some(optional) = manifest["optionalDependencies"].as_object_mut() {
        for version in optional.values_mut() {
            *version = json!(ws.version);
        }
    }
    write_json(&manifest_path, &manifest)?;

    let package = staging.join(&platform);
    std::fs::create_dir_all(package.join("bin"))?;
    std::fs::copy(&binary, package.join("bin").join(exe))
        .with_context(|| format!("copying {}", binary.display()))?;
    let (os, cpu) = platform.split_once('-').expect("OS-ARCH");
    write_json(
        &package.join("package.json"),
        &json!({
            "name": format!("@pancake-mock/{platform}"),
            "version": ws.version,
            "description": format!("The pancake-mock binary for {platform} (installed by the pancake-mock package)"),
            "license": manifest["license"],
            "repository": manifest["repository"],
            "os": [os],
            "cpu": [cpu],
            "files": ["bin/"],
            "preferUnplugged": true,
        }),
    )?;
    std::fs::write(
        package.join("README.md"),
        format!(
            "The `pancake-mock` binary for {platform}. Install `pancake-mock`, which depends on this package on {platform}.\n"
        ),
    )?;
    for dir in [&main, &package] {
        run(Command::new(if cfg!(windows) { "npm.cmd" } else { "npm" })
            .current_dir(dir)
            .args(["pack", "--silent", "--pack-destination"])
            .arg(&out))?;
    }

    let mut made: Vec<_> = std::fs::read_dir(&out)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("pancake_mock-") || name.starts_with("pancake-mock-")
        })
        .collect();
    made.sort();
    println!(
        "pancake-mock {} for {platform} (profile {}):",
        ws.version, args.profile
    );
    for path in made {
        let bytes = std::fs::metadata(&path)?.len() as f64;
        let size = if bytes >= 1e6 {
            format!("{:.1} MB", bytes / 1e6)
        } else {
            format!("{:.1} kB", bytes / 1e3)
        };
        println!("  {} ({size})", path.display());
    }
    Ok(())
}

fn write_json(path: &Path, value: &Value) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(value)? + "\n";
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The main npm package names every platform the release workflow builds, and only those.
    #[test]
    fn the_npm_package_names_every_platform_package() {
        // xtask's own directory (not testkit's `project_root`): this crate is always compiled
        // from the checkout under test.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let text = std::fs::read_to_string(root.join("mock-server/npm/pancake-mock/package.json"))
            .unwrap();
        let manifest: Value = serde_json::from_str(&text).unwrap();
        let mut named: Vec<&str> = manifest["optionalDependencies"]
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.strip_prefix("@pancake-mock/").unwrap())
            .collect();
        named.sort();
        let mut built = NPM_PLATFORMS.to_vec();
        built.sort();
        assert_eq!(named, built);
        let workflow = std::fs::read_to_string(root.join(".github/workflows/release.yml")).unwrap();
        for platform in NPM_PLATFORMS {
            assert!(
                workflow.contains(&format!("npm: {platform}")),
                "release.yml builds no {platform}"
            );
        }
        assert!(NPM_PLATFORMS.contains(&npm_platform().unwrap().as_str()));
    }
}
