//! Where the workspace and the files the commands work on are.

use std::path::{Path, PathBuf};

/// The spec, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/ncloud-chat.yaml";

/// The workspace root: the parent of this crate's manifest directory, so commands work from any
/// current directory.
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `CARGO_MANIFEST_DIR` is absolute, so it has a parent; `parent()` (unlike `join("..")`)
    // keeps messages free of `xtask/..`.
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// `path` relative to the workspace root when it is inside it, for shorter messages.
pub fn display_path(path: &Path) -> String {
    let root = root();
    let relative = match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(path)) => path.strip_prefix(&root).map(Path::to_path_buf).ok(),
        _ => None,
    };
    relative
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}
