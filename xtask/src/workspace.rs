//! Where the workspace and the files the commands work on are.

use std::path::Path;

pub use spec_tools::root;

/// `path` relative to the workspace root when it is inside it, for shorter messages.
pub fn display_path(path: &Path) -> String {
    let root = root();
    let relative = match (root.canonicalize(), path.canonicalize()) {
        (Ok(root), Ok(path)) => path.strip_prefix(&root).map(Path::to_path_buf).ok(),
        _ => None,
    };
    relative.unwrap_or_else(|| path.to_path_buf()).display().to_string()
}
