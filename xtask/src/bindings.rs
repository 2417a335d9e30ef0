//! The generated half of the TypeScript and Python packages (`bindings/typescript`,
//! `bindings/python`), which `cargo xtask generate` writes (or, with `--check`, compares) next to
//! the Rust snapshots. The generators are the tools those ecosystems use, at the versions pinned
//! under `tools/` (see [`crate::tools`]):
//!
//! - TypeScript: `openapi-typescript` writes `bindings/typescript/src/schema.ts` (types only:
//!   `paths`, `components`, `operations`); the rest of `src/` is handwritten.
//! - Python: `openapi-python-client` (configured by `tools/openapi-python-client.yaml`) writes a
//!   whole project; only its package `ncloud_chat_client/` is kept, and there every file but
//!   the handwritten [`PYTHON_HANDWRITTEN`] is generated. Its `pyproject.toml` and `README.md`
//!   are dropped: the committed ones are handwritten.
//! - Both packages carry copies of the root licence files.
//!
//! Both generators must run cleanly: their output is captured, and any line that is not one of
//! their progress lines (a warning about the spec, a skipped operation) fails, even when the
//! generator itself exits successfully. Running them is `generator`'s concern; this module
//! collects their output into the committed files and refreshes or compares those.

mod generator;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context as _;

use crate::generate::files_under;
use crate::{snapshot, tools};

pub use generator::{Language, generate};

/// The TypeScript package, relative to the workspace root.
pub const TYPESCRIPT_DIR: &str = "bindings/typescript";
/// The Python project, relative to the workspace root.
pub const PYTHON_DIR: &str = "bindings/python";
/// The generated TypeScript types, inside [`TYPESCRIPT_DIR`].
const TYPESCRIPT_SCHEMA: &str = "src/schema.ts";
/// The Python import package, inside [`PYTHON_DIR`].
const PYTHON_PACKAGE: &str = "ncloud_chat_client";
/// The handwritten files inside the generated Python package, kept across regeneration.
pub const PYTHON_HANDWRITTEN: &[&str] = &["chat.py"];
/// The licence files copied into both packages.
const LICENCES: [&str; 2] = ["LICENSE-MIT", "LICENSE-APACHE"];

/// The generated files of both packages, fresh.
#[derive(Debug, Default)]
pub struct Artefacts {
    /// Repository path (`/`-separated) → contents.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Folders whose every file is generated but the handwritten ones listed: a committed file
    /// there that is neither is stale (a schema or operation that is gone).
    pub owned: Vec<(String, &'static [&'static str])>,
}

/// Renders both packages' generated files with the pinned generators, in `scratch` (a new or
/// empty folder outside the repository, left for the caller to remove).
///
/// # Errors
///
/// Fails when a tool cannot be installed, a generator fails or warns, or a file cannot be read.
pub fn bindings_artefacts(root: &Path, scratch: &Path) -> anyhow::Result<Artefacts> {
    let mut artefacts = Artefacts::default();
    let schema = generate(root, Language::Typescript, scratch)?;
    artefacts.files.insert(format!("{TYPESCRIPT_DIR}/{TYPESCRIPT_SCHEMA}"), read(&schema)?);
    let package = generate(root, Language::Python, &scratch.join("python"))?;
    let owned = format!("{PYTHON_DIR}/{PYTHON_PACKAGE}");
    for relative in files_under(&package)? {
        let path = package.join(&relative);
        anyhow::ensure!(
            !PYTHON_HANDWRITTEN.contains(&relative.as_str()),
            "openapi-python-client now generates {owned}/{relative}, a handwritten file: rename it"
        );
        artefacts.files.insert(format!("{owned}/{relative}"), read(&path)?);
    }
    artefacts.owned.push((owned, PYTHON_HANDWRITTEN));
    for dir in [TYPESCRIPT_DIR, PYTHON_DIR] {
        for licence in LICENCES {
            let contents = read(&root.join(licence))?;
            artefacts.files.insert(format!("{dir}/{licence}"), contents);
        }
    }
    Ok(artefacts)
}

/// `cargo xtask generate`'s part for the packages: writes the generated files (deleting stale
/// ones), or with `check` compares them; returns whether everything was (check) or now is up to
/// date. Without `check`, missing pinned tools skip the packages with a message instead of
/// installing them.
///
/// # Errors
///
/// As [`bindings_artefacts`], and when a file cannot be written or deleted.
pub fn refresh(root: &Path, check: bool, verbose: bool, refresh: &str) -> anyhow::Result<bool> {
    let generators = [
        tools::npm_bin(root, "openapi-typescript"),
        tools::python_bin(root, "openapi-python-client"),
    ];
    if !check && !generators.iter().all(|g| g.exists()) {
        println!(
            "{TYPESCRIPT_DIR} and {PYTHON_DIR} skipped: the pinned generators are not installed; \
             run `cargo xtask tools`, then `{refresh}`"
        );
        return Ok(true);
    }
    let scratch = std::env::temp_dir().join(format!("ncloud-chat-generate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let artefacts = bindings_artefacts(root, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    let artefacts = artefacts?;
    let mut up_to_date = true;
    for (path, fresh) in &artefacts.files {
        let committed = std::fs::read(root.join(path)).ok();
        if committed.as_deref() == Some(fresh.as_slice()) {
            continue;
        }
        up_to_date = false;
        if check {
            println!(
                "{path} is out of date relative to {}; run `{refresh}`",
                spec_tools::codegen::SPEC_YAML
            );
        } else {
            let target = root.join(path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            std::fs::write(&target, fresh).with_context(|| format!("cannot write {path}"))?;
            println!("{path} written");
        }
        if verbose {
            let committed = String::from_utf8_lossy(committed.as_deref().unwrap_or_default());
            print!("{}", snapshot::short_diff(&committed, &String::from_utf8_lossy(fresh), path));
        }
    }
    for (dir, handwritten) in &artefacts.owned {
        for relative in files_under(&root.join(dir))? {
            let repository_path = format!("{dir}/{relative}");
            if handwritten.contains(&relative.as_str())
                || artefacts.files.contains_key(&repository_path)
            {
                continue;
            }
            up_to_date = false;
            if check {
                println!("{repository_path} is no longer generated; run `{refresh}`");
            } else {
                std::fs::remove_file(root.join(&repository_path))
                    .with_context(|| format!("cannot delete {repository_path}"))?;
                println!("{repository_path} deleted: no longer generated");
            }
        }
    }
    if up_to_date {
        println!("{TYPESCRIPT_DIR} and {PYTHON_DIR}: the generated files are up to date");
    }
    Ok(up_to_date || !check)
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_packages_carry_the_crate_version() {
        let root = crate::workspace::root();
        let read = |path: &str| std::fs::read_to_string(root.join(path)).expect("readable");
        let cargo = read("Cargo.toml");
        let version = cargo
            .lines()
            .find_map(|line| line.strip_prefix("version = \""))
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("the workspace version");
        let npm: serde_json::Value =
            serde_json::from_str(&read(&format!("{TYPESCRIPT_DIR}/package.json"))).expect("JSON");
        assert_eq!(npm["version"], version);
        let pyproject = read(&format!("{PYTHON_DIR}/pyproject.toml"));
        assert!(pyproject.contains(&format!("\nversion = \"{version}\"\n")), "{pyproject}");
    }
}
