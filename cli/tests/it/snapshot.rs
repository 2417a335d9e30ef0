//! The committed snapshot `generated/cli.rs` is byte for byte the CLI `cli/build.rs` generated
//! for this build (`$OUT_DIR/cli.rs`); `tests/it/snapshot.rs` of the library checks the client.

use std::path::Path;

#[test]
fn generated_cli_rs_is_what_build_rs_generates() {
    let built_path = Path::new(env!("OUT_DIR")).join("cli.rs");
    let built = std::fs::read_to_string(&built_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", built_path.display()));
    let snapshot_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/cli.rs");
    let snapshot = std::fs::read_to_string(&snapshot_path).unwrap_or_else(|e| {
        panic!("cannot read generated/cli.rs ({e}); run `cargo xtask generate`")
    });
    // Not `assert_eq!`: that would print both files in full.
    if let Some(line) = snapshot
        .lines()
        .zip(built.lines())
        .position(|(a, b)| a != b)
    {
        panic!(
            "generated/cli.rs differs from {} at line {}; run `cargo xtask generate`",
            built_path.display(),
            line + 1
        );
    }
    assert!(
        snapshot == built,
        "generated/cli.rs differs from {} (length or line endings); run `cargo xtask generate`",
        built_path.display()
    );
}
