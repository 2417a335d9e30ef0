//! `cargo xtask generate [--check] [-v]`: regenerates everything derived from the spec and
//! committed, so a spec change shows up in review as a diff of the code it produces:
//!
//! - `generated/client.rs`: the client, byte for byte what `build.rs` writes to
//!   `$OUT_DIR/client.rs` (`codegen::client_code`; `tests/it/snapshot.rs` holds the two equal);
//! - `cli/generated/cli.rs`: the CLI (`codegen::cli_code` with `codegen::CLI_API_PATH`), which
//!   `cli/src/generated.rs` includes as it is: the CLI has no build script, so that
//!   `cargo install ncloud-chat-cli` builds from its package without the spec or the generator
//!   (`cli/tests/it/snapshot.rs` holds it equal to a fresh generation);
//! - `spec/ncloud-chat.json`: the JSON copy of the spec ([`crate::json`]);
//! - the generated files of the TypeScript and Python packages under `bindings/`
//!   ([`crate::bindings`]), with the pinned generators under `tools/`.
//!
//! Both Rust files come from the root `codegen.rs`, the same source file `build.rs` includes,
//! so settings cannot differ. The snapshots carry no header comment: they must equal
//! the build output exactly. `generated/README.md` says what they are instead.
//!
//! `--check` generates in memory and fails naming each file that differs from its fresh copy.

use std::path::Path;
use std::process::ExitCode;

use crate::codegen;
use crate::snapshot::{self, Derived, Mode, SnapshotArgs};
use crate::{bindings, json, workspace};

/// The client snapshot, relative to the workspace root.
pub const CLIENT_PATH: &str = "generated/client.rs";
/// The CLI's generated code, relative to the workspace root.
pub const CLI_PATH: &str = "cli/generated/cli.rs";

/// The command that rewrites the files.
const REFRESH: &str = "cargo xtask generate";

/// Runs `cargo xtask generate`.
///
/// # Errors
///
/// Fails when the spec cannot be read or generated from, or a file cannot be read or written.
pub fn run(args: &SnapshotArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let files = derived_files(&root).map_err(anyhow::Error::msg)?;
    let mode = if args.check { Mode::Check } else { Mode::Write };
    let rust = snapshot::apply(&root, &files, mode, args.verbose, REFRESH)?;
    let packages = bindings::refresh(&root, args.check, args.verbose, REFRESH)?;
    Ok(if rust && packages {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The fresh contents of every file this command maintains, generated from the spec under
/// `root`.
///
/// # Errors
///
/// Returns a message naming the spec and, when progenitor fails, the operations at fault.
pub fn derived_files(root: &Path) -> Result<Vec<Derived>, String> {
    // From the YAML's fresh JSON rendering, which `build.rs` reads once committed: the code
    // here and the build's come from the same JSON when the committed copy is fresh.
    let json = json::derived(root)?;
    let spec = codegen::parse_spec(&json.contents, codegen::SOURCE_PATH)?;
    let client = codegen::client_code(&spec).map_err(|e| {
        format!(
            "cannot generate the client from {}:\n{e}",
            codegen::SOURCE_PATH
        )
    })?;
    let cli = codegen::cli_code(&spec, codegen::CLI_API_PATH).map_err(|e| {
        format!(
            "cannot generate the CLI from {}:\n{e}",
            codegen::SOURCE_PATH
        )
    })?;
    Ok(vec![
        Derived {
            path: CLIENT_PATH,
            contents: client,
        },
        Derived {
            path: CLI_PATH,
            contents: cli,
        },
        json,
    ])
}

#[cfg(test)]
mod tests {
    use crate::codegen::without_api_version_header;

    fn strip(code: &str) -> (String, usize) {
        let tokens = code.parse().expect("test code is valid Rust tokens");
        let (tokens, removed) = without_api_version_header(tokens);
        (tokens.to_string(), removed)
    }

    #[test]
    fn the_api_version_header_and_its_slot_go() {
        let (code, removed) = strip(
            r#"mod builder { fn send() { let url = 1;
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()));
                let request = client.post(url).headers(header_map).build()?; } }"#,
        );
        assert_eq!(removed, 1);
        assert!(!code.contains("api-version"), "{code}");
        assert!(!code.contains("mut header_map"), "{code}");
        assert!(code.contains("with_capacity (0usize)"), "{code}");
        assert!(code.contains(". headers (header_map)"), "{code}");
    }

    #[test]
    fn other_headers_keep_their_slots_and_mut() {
        let (code, removed) = strip(
            r#"fn send() {
                let mut header_map = HeaderMap::with_capacity(2usize);
                header_map.append(HeaderName::from_static("api-version"), v());
                header_map.append(HeaderName::from_static("x-trace"), t());
            }"#,
        );
        assert_eq!(removed, 1);
        assert!(code.contains("let mut header_map"), "{code}");
        assert!(code.contains("with_capacity (1usize)"), "{code}");
        assert!(code.contains("\"x-trace\""), "{code}");
    }

    #[test]
    fn code_of_another_shape_is_left_alone() {
        let code = r#"fn send() { let mut m = HeaderMap::with_capacity(1usize); m.append(a, b); }"#;
        let (out, removed) = strip(code);
        assert_eq!(removed, 0);
        assert_eq!(
            out,
            code.parse::<proc_macro2::TokenStream>()
                .unwrap()
                .to_string()
        );
    }

    #[test]
    fn every_generated_operation_loses_the_header() {
        let spec =
            crate::codegen::load_spec(&crate::workspace::root().join(crate::codegen::SPEC_PATH))
                .expect("the spec loads");
        let client = crate::codegen::client_code(&spec).expect("the client generates");
        assert!(!client.contains("api-version"));
        assert_eq!(client.matches("pub async fn send(").count(), 23);
        assert_eq!(
            client
                .matches("let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);")
                .count(),
            23
        );
    }
}
