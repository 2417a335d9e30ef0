//! `cargo xtask generate [--check] [-v]`: regenerates everything derived from the spec and
//! committed, so a spec change shows up in review as a diff of what it produces. [`ARTEFACTS`]
//! lists them; adding one is adding an entry there.
//!
//! Every artefact is made from [`spec_tools::fresh_spec`]: the YAML's JSON rendering, which is
//! itself an artefact (`spec/ncloud-chat.json`, what `build.rs` reads), and the spec parsed
//! from it, so the code generated here and the build's come from the same JSON once the
//! rendering is committed. The Rust files come from the root `codegen.rs`, the same source file
//! `build.rs` includes, so settings cannot differ; they carry no header comment, since they
//! must equal the build output exactly (`generated/README.md` says what they are instead).
//! The generated files of the TypeScript and Python packages under `bindings/` come from the
//! pinned generators under `tools/` ([`crate::bindings`]): their folders also hold handwritten
//! files, so they are refreshed by [`bindings::refresh`] rather than owned as a whole.
//!
//! `--check` generates in memory and fails naming each file that differs from its fresh copy;
//! `-v` adds a short diff of each.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use spec_tools::{Spec, codegen};

use crate::snapshot::{self, Derived, Mode};
use crate::{bindings, workspace};

/// A committed artefact: where it lives and how its fresh content is made.
#[derive(Debug, Clone, Copy)]
pub struct Artefact {
    /// Relative to the workspace root, `/`-separated: a file, or a folder for a
    /// [`Content::Tree`], every file of which the artefact owns.
    pub path: &'static str,
    /// Makes the fresh content from the spec; `root` is the workspace root.
    pub make: fn(root: &Path, spec: &Spec) -> anyhow::Result<Content>,
}

/// The fresh content of an artefact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// One file.
    File(String),
    /// A folder: each file's contents by its `/`-separated path inside the folder. A committed
    /// file in the folder that is not listed here is stale too.
    Tree(BTreeMap<String, String>),
}

/// Every committed artefact.
pub const ARTEFACTS: &[Artefact] = &[
    // The JSON rendering `build.rs` reads.
    Artefact { path: codegen::SPEC_JSON, make: |_, spec| Ok(Content::File(spec.json.clone())) },
    // Byte for byte what `build.rs` writes to `$OUT_DIR/client.rs` (`tests/it/snapshot.rs`
    // holds the two equal), committed to be read and diffed.
    Artefact {
        path: "generated/client.rs",
        make: |_, spec| rust(codegen::client_code(&spec.openapi)),
    },
    // The operation and request constraint tables, byte for byte what `build.rs` writes
    // beside the client (same test).
    Artefact {
        path: "generated/operations.rs",
        make: |_, spec| rust(codegen::operations_code(&spec.openapi)),
    },
    Artefact {
        path: "generated/constraints.rs",
        make: |_, spec| rust(codegen::constraints_code(&spec.openapi)),
    },
    // What the CLI compiles as it is: it has no build script, so that `cargo install
    // ncloud-chat-cli` needs neither the spec nor the generator (`cli/tests/it/snapshot.rs`
    // holds it equal to a fresh generation).
    Artefact {
        path: spec_tools::CLI_CODE,
        make: |_, spec| rust(codegen::cli_code(&spec.openapi, codegen::CLI_API_PATH)),
    },
];

/// The flags of `cargo xtask generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Write nothing; fail naming each committed file that differs from a fresh copy.
    #[arg(long)]
    pub check: bool,
    /// Print a short diff of each changed file.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Runs `cargo xtask generate`.
///
/// # Errors
///
/// Fails when the spec cannot be read or generated from, or a file cannot be read or written.
pub fn run(args: &GenerateArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let files = derived_files(&root, ARTEFACTS)?;
    let mode = if args.check { Mode::Check } else { Mode::Write };
    let rust = snapshot::apply(&root, &files, mode, args.verbose)?;
    let packages = bindings::refresh(&root, args.check, args.verbose, "cargo xtask generate")?;
    Ok(if rust && packages { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Every file of `artefacts` under `root` with its fresh contents, made from the spec there.
///
/// # Errors
///
/// Fails naming the artefact that cannot be made, or a folder that cannot be listed.
pub fn derived_files(root: &Path, artefacts: &[Artefact]) -> anyhow::Result<Vec<Derived>> {
    let spec = spec_tools::fresh_spec(root).map_err(anyhow::Error::msg)?;
    let mut files = Vec::new();
    for artefact in artefacts {
        let content = (artefact.make)(root, &spec).with_context(|| {
            format!("cannot generate {} from {}", artefact.path, codegen::SPEC_YAML)
        })?;
        files.extend(files_of(root, artefact.path, content)?);
    }
    Ok(files)
}

/// The files of an artefact at `path` with this fresh `content`; for a folder, its committed
/// files that `content` lacks are leftovers (`contents: None`).
fn files_of(root: &Path, path: &str, content: Content) -> anyhow::Result<Vec<Derived>> {
    let fresh = match content {
        Content::File(contents) => return Ok(vec![Derived::new(path, Some(contents))]),
        Content::Tree(fresh) => fresh,
    };
    let leftovers: Vec<String> = files_under(&root.join(path))?
        .into_iter()
        .filter(|inside| !fresh.contains_key(inside))
        .collect();
    let fresh = fresh.into_iter().map(|(inside, c)| (inside, Some(c)));
    let leftovers = leftovers.into_iter().map(|inside| (inside, None));
    Ok(fresh
        .chain(leftovers)
        .map(|(inside, contents)| Derived::new(format!("{path}/{inside}"), contents))
        .collect())
}

fn rust(code: Result<String, String>) -> anyhow::Result<Content> {
    code.map(Content::File).map_err(anyhow::Error::msg)
}

/// Every file under `folder` (none if it does not exist), `/`-separated, relative to it and
/// sorted. Python's `__pycache__` folders are caches, never artefacts, and are passed over.
pub(crate) fn files_under(folder: &Path) -> anyhow::Result<Vec<String>> {
    let mut files = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            entries => entries.with_context(|| format!("cannot list {}", dir.display()))?,
        };
        for entry in entries {
            let path = entry.with_context(|| format!("cannot list {}", dir.display()))?.path();
            if path.is_dir() {
                if path.file_name() != Some("__pycache__".as_ref()) {
                    pending.push(path);
                }
            } else if let Ok(inside) = path.strip_prefix(folder) {
                let parts: Vec<_> = inside.iter().map(|p| p.to_string_lossy()).collect();
                files.push(parts.join("/"));
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_owns_its_folder_and_nested_files() {
        let root = std::env::temp_dir().join(format!("xtask-tree-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("pkg/old")).expect("a temporary folder");
        std::fs::write(root.join("pkg/a.txt"), "a, before").expect("written");
        std::fs::write(root.join("pkg/old/gone.txt"), "gone").expect("written");
        let fresh = || {
            Content::Tree(BTreeMap::from([
                ("a.txt".to_owned(), "a".to_owned()),
                ("sub/b.txt".to_owned(), "b".to_owned()),
            ]))
        };

        let mut files = files_of(&root, "pkg", fresh()).expect("listed");
        files.sort_by(|x, y| x.path.cmp(&y.path));
        assert_eq!(
            files,
            [
                Derived::new("pkg/a.txt", Some("a".to_owned())),
                Derived::new("pkg/old/gone.txt", None),
                Derived::new("pkg/sub/b.txt", Some("b".to_owned())),
            ]
        );
        assert!(!snapshot::apply(&root, &files, Mode::Check, false).expect("ok"));
        assert!(snapshot::apply(&root, &files, Mode::Write, false).expect("ok"));
        let files = files_of(&root, "pkg", fresh()).expect("listed");
        assert_eq!(files.len(), 2);
        assert!(snapshot::apply(&root, &files, Mode::Check, false).expect("ok"));
        assert_eq!(std::fs::read_to_string(root.join("pkg/sub/b.txt")).ok().as_deref(), Some("b"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_file_is_itself() {
        let files = files_of(Path::new("/nowhere"), "a.rs", Content::File("x".to_owned()));
        assert_eq!(files.expect("no folder read"), [Derived::new("a.rs", Some("x".to_owned()))]);
    }
}
