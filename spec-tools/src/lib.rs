//! Reading `spec/ncloud-chat.yaml` and what is generated from it, for `cargo xtask` and for the
//! workspace's tests that check against the spec (the emulator's conformance test, the CLI's
//! snapshot test), so that no product crate's tests depend on the maintainer tool:
//!
//! - [`codegen`]: the generation pipeline, the very file `build.rs` includes, with the one
//!   definition of each spec path ([`codegen::SPEC_YAML`], [`codegen::SPEC_JSON`]);
//! - [`fresh_spec`]: the YAML's JSON rendering ([`yaml_to_json`], what `spec/ncloud-chat.json`
//!   must hold) and the spec parsed from it, what every generated file is made from;
//! - [`load_document`]: the YAML as a JSON value, for checks that walk it;
//! - [`schema_dialect`]: the spec's OpenAPI 3.0 schemas as JSON Schema, to validate examples
//!   and responses against them.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The same source file `build.rs` includes, so the committed files are generated exactly as the
// build generates its code. Documented by its own `//!` (outer docs here would resolve its links
// from this crate's root).
#[path = "../../codegen.rs"]
pub mod codegen;
mod json;
pub mod schema_dialect;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

pub use json::yaml_to_json;

/// The CLI's generated code, relative to the workspace root: committed, since the CLI has no
/// build script, and held equal to a fresh generation.
pub const CLI_CODE: &str = "cli/generated/cli.rs";

/// The workspace root: the parent of this crate's manifest directory, so paths work from any
/// current directory.
pub fn root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `CARGO_MANIFEST_DIR` is absolute, so it has a parent; `parent()` (unlike `join("..")`)
    // keeps messages free of `spec-tools/..`.
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Reads a YAML (or JSON) spec into a JSON value.
///
/// # Errors
///
/// Returns a one-line message naming the file when it cannot be read or is not YAML.
pub fn load_document(path: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_yaml_ng::from_str(&text).map_err(|e| format!("{} is not valid YAML: {e}", path.display()))
}

/// The spec as every generated file is made from it.
#[derive(Debug)]
pub struct Spec {
    /// The YAML's JSON rendering: what `spec/ncloud-chat.json` must hold, byte for byte.
    pub json: String,
    /// The spec parsed from that rendering, as `build.rs` parses the committed JSON.
    pub openapi: openapiv3::OpenAPI,
}

/// Renders the handwritten spec under `root` as JSON and parses it, so that what is generated
/// here comes from the same JSON as what the build generates, once that JSON is committed.
///
/// # Errors
///
/// Returns a message naming the spec when it cannot be read, converted or parsed.
pub fn fresh_spec(root: &Path) -> Result<Spec, String> {
    use codegen::SPEC_YAML;
    let yaml = std::fs::read_to_string(root.join(SPEC_YAML))
        .map_err(|e| format!("cannot read {SPEC_YAML}: {e}"))?;
    let json = yaml_to_json(&yaml).map_err(|e| format!("{SPEC_YAML}: {e}"))?;
    let openapi = codegen::parse_spec(&json, SPEC_YAML)?;
    Ok(Spec { json, openapi })
}
