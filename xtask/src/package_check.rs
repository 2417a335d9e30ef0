//! `cargo xtask package-check`: the crates build as their users get them, and the README's
//! install block and examples compile as written.
//!
//! 1. `cargo package --no-verify` packs the three published crates (the library, the emulator,
//!    the CLI) into `target/package/*.crate`, exactly what `cargo publish` would upload.
//! 2. Each `.crate` is unpacked into `target/package-check/`, which becomes a scratch workspace
//!    whose `[patch.crates-io]` points the crates' names at the unpacked sources: the packages
//!    depend on each other by version, and none is on crates.io yet (or the one there is older).
//! 3. A scratch application `readme-app` is added to it, whose `[dependencies]` are the
//!    README's install block as written, and one binary per `rust` block of the README
//!    (hidden `# ` lines shown, wrapped in `fn main` as rustdoc does). Doctests cannot prove
//!    this: they compile with every dev-dependency of the crate.
//! 4. `cargo build --workspace --lib --bins --examples` builds all of it: the libraries, the
//!    CLI and emulator binaries, the shipped quickstart, and the README programs. The repository's
//!    `Cargo.lock` is used, so the versions are the tested ones and no network is needed once
//!    they are downloaded.
//! 5. The README application's dependency tree must stay light: at most
//!    [`build_weight::MAX_APP_CRATES`] crates, none of [`build_weight::FORBIDDEN_IN_APP`]; and
//!    the `idna-unicode-rs` feature must choose `idna_adapter` as documented, which one-line
//!    applications outside the scratch workspace show ([`build_weight::probe_idna`]).

use std::path::Path;
use std::process::{Command, ExitCode};

use anyhow::{Context as _, bail};

use crate::process::cargo;
use crate::{build_weight, process, workspace};

/// The crates published to crates.io, in publishing order (each depends only on earlier ones).
pub const PUBLISHED: [&str; 3] = ["ncloud-chat-emulator", "ncloud-chat", "ncloud-chat-cli"];

/// The scratch application's package name.
const APP: &str = "readme-app";

/// Arguments of `cargo xtask package-check` (none).
#[derive(Debug, clap::Args)]
pub struct PackageCheckArgs {}

/// Runs `cargo xtask package-check`.
///
/// # Errors
///
/// Fails naming the step: packaging, unpacking, a README without an install block, the build
/// of the unpacked crates or of the README programs, or an application's tree that is too heavy
/// (see [`build_weight`]).
pub fn run(_args: &PackageCheckArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let target = root.join("target");
    let scratch = target.join("package-check");

    let mut package = cargo(&root);
    package.args(["package", "--no-verify", "--allow-dirty", "--quiet"]);
    for name in PUBLISHED {
        package.args(["-p", name]);
    }
    process::run_shown(&mut package)?;

    if scratch.exists() {
        std::fs::remove_dir_all(&scratch)
            .with_context(|| format!("cannot empty {}", scratch.display()))?;
    }
    std::fs::create_dir_all(&scratch)
        .with_context(|| format!("cannot create {}", scratch.display()))?;
    let version = env!("CARGO_PKG_VERSION");
    let mut members = Vec::new();
    for name in PUBLISHED {
        let archive = target.join("package").join(format!("{name}-{version}.crate"));
        process::run_shown(Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(&scratch))?;
        members.push(format!("{name}-{version}"));
    }

    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path)
        .with_context(|| format!("cannot read {}", readme_path.display()))?;
    let readme = Readme::parse(&readme).map_err(anyhow::Error::msg)?;
    write_app(&scratch.join(APP), &readme)?;
    members.push(APP.to_owned());

    write(&scratch.join("Cargo.toml"), &scratch_manifest(&members, version))?;
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"))
        .context("cannot copy Cargo.lock")?;

    // The workspace's target directory: the dependencies are mostly built already.
    let manifest = scratch.join("Cargo.toml");
    process::run_shown(
        cargo(&scratch)
            .args(["build", "--workspace", "--lib", "--bins", "--examples"])
            .arg("--manifest-path")
            .arg(&manifest)
            .arg("--target-dir")
            .arg(&target),
    )?;

    let tree = process::capture(
        cargo(&scratch)
            .args(["tree", "--prefix", "none", "-e", "normal,build", "-p", APP])
            .arg("--manifest-path")
            .arg(&manifest),
    )?;
    if !tree.status.success() {
        bail!("`cargo tree -p {APP}` failed:\n{}", tree.tail());
    }
    let crates = build_weight::distinct_crates(&tree.stdout);
    build_weight::check_app(&crates).map_err(anyhow::Error::msg)?;

    let library = scratch.join(format!("ncloud-chat-{version}"));
    let lock = root.join("Cargo.lock");
    let default = build_weight::probe_idna(&scratch.join("idna-default"), &library, &lock, true)?;
    let opt_out = build_weight::probe_idna(&scratch.join("idna-opt-out"), &library, &lock, false)?;
    build_weight::check_idna(&default, &opt_out).map_err(anyhow::Error::msg)?;

    println!(
        "package-check: {} built from their .crate files; the README's install block and {} \
         example(s) compile; a new application compiles {} crates (at most {}). A one-line \
         application resolves idna_adapter {} with the default features ({} crates), {} without \
         them ({} crates).",
        PUBLISHED.join(", "),
        readme.programs.len(),
        crates.len(),
        build_weight::MAX_APP_CRATES,
        default.idna_adapter.as_deref().unwrap_or("none"),
        default.crates.len(),
        opt_out.idna_adapter.as_deref().unwrap_or("none"),
        opt_out.crates.len(),
    );
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, contents: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}

/// The scratch workspace: the unpacked crates and the app, the crates' names patched to them.
fn scratch_manifest(members: &[String], version: &str) -> String {
    let members: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    let patches: String = PUBLISHED
        .iter()
        .map(|name| format!("{name} = {{ path = \"{name}-{version}\" }}\n"))
        .collect();
    format!(
        "# Written by `cargo xtask package-check`.\n\
         [workspace]\nmembers = [{}]\nresolver = \"3\"\n\n[patch.crates-io]\n{patches}",
        members.join(", ")
    )
}

/// Writes the README application: its manifest and one binary per README program.
fn write_app(dir: &Path, readme: &Readme) -> anyhow::Result<()> {
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{APP}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\n{}",
            readme.dependencies
        ),
    )?;
    for (index, program) in readme.programs.iter().enumerate() {
        write(&dir.join("src/bin").join(format!("readme_{}.rs", index + 1)), program)?;
    }
    Ok(())
}

/// What the README promises a user: the install block and the programs.
#[derive(Debug, PartialEq)]
pub struct Readme {
    /// The lines of the install block after `[dependencies]`.
    pub dependencies: String,
    /// Each `rust` block, as rustdoc compiles it.
    pub programs: Vec<String>,
}

impl Readme {
    /// Finds the first `toml` block that has a `[dependencies]` table, and every `rust` block
    /// (not `text`, `sh`, or a `rust,ignore` one).
    ///
    /// # Errors
    ///
    /// A message when there is no install block or no Rust block.
    pub fn parse(readme: &str) -> Result<Self, String> {
        let mut dependencies = None;
        let mut programs = Vec::new();
        for (info, body) in fenced_blocks(readme) {
            let mut words = info.split(',').map(str::trim);
            match words.next() {
                Some("toml") if dependencies.is_none() => {
                    if let Some((_, after)) = body.split_once("[dependencies]\n") {
                        dependencies = Some(after.to_owned());
                    }
                }
                Some("rust") if !words.any(|w| w == "ignore") => programs.push(as_program(&body)),
                _ => {}
            }
        }
        let dependencies =
            dependencies.ok_or("README.md has no ```toml block with [dependencies]")?;
        if programs.is_empty() {
            return Err("README.md has no ```rust block".into());
        }
        Ok(Self { dependencies, programs })
    }
}

/// The fenced code blocks of a Markdown text: (info string, body).
fn fenced_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in markdown.lines() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => open = Some((info.trim().to_owned(), String::new())),
            (Some(_), Some(rest)) if rest.trim().is_empty() => {
                blocks.extend(open.take());
            }
            (Some((_, body)), _) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

/// A doctest as rustdoc compiles it: hidden `# ` lines shown, and the whole wrapped in
/// `fn main() { ... }` unless it has its own `main`. Unused items are allowed, as in doctests.
fn as_program(doctest: &str) -> String {
    let code: String = doctest
        .lines()
        .map(|line| match line.strip_prefix('#') {
            // `#[attr]` and `#!` are code; `# code` and a lone `#` are hidden lines.
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                format!("{}\n", rest.strip_prefix(' ').unwrap_or(rest))
            }
            _ => format!("{line}\n"),
        })
        .collect();
    let header = "#![allow(unused)]\n";
    if code.contains("fn main(") {
        format!("{header}{code}")
    } else {
        format!("{header}fn main() {{\n{code}}}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const README: &str = "# x\n\n```toml\n[dependencies]\nncloud-chat = \"0.1\"\n```\n\n\
        ```rust,no_run\nuse a::b;\n\n#[tokio::main]\nasync fn main() {}\n```\n\n\
        ```sh\ncargo test\n```\n\n```rust\n# fn run() {\nlet x = 1;\n#\n# }\n```\n\n\
        ```rust,ignore\nnot code\n```\n";

    #[test]
    fn readme_parts() {
        let readme = Readme::parse(README).expect("a README with both parts");
        assert_eq!(readme.dependencies, "ncloud-chat = \"0.1\"\n");
        assert_eq!(
            readme.programs,
            [
                "#![allow(unused)]\nuse a::b;\n\n#[tokio::main]\nasync fn main() {}\n",
                "#![allow(unused)]\nfn main() {\nfn run() {\nlet x = 1;\n\n}\n}\n",
            ]
        );
    }

    #[test]
    fn readme_without_install_block_is_an_error() {
        let error = Readme::parse("```rust\nfn main() {}\n```\n").expect_err("no toml");
        assert!(error.contains("[dependencies]"), "{error}");
        let error =
            Readme::parse("```toml\n[dependencies]\nx = \"1\"\n```\n").expect_err("no rust");
        assert!(error.contains("rust"), "{error}");
    }
}
