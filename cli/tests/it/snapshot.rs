//! The committed `cli/generated/cli.rs`, which the CLI compiles as it is, equals the CLI
//! generated afresh from the spec by the same pipeline (`cargo xtask generate`), so a spec change
//! cannot leave the CLI behind. `tests/it/snapshot.rs` of the library checks the client.

use std::path::Path;

#[test]
fn generated_cli_rs_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = xtask::generate::derived_files(&root).unwrap_or_else(|e| panic!("{e}"));
    let fresh = files
        .iter()
        .find(|file| file.path == xtask::generate::CLI_PATH)
        .expect("`cargo xtask generate` maintains the CLI's code");
    let committed_path = root.join(xtask::generate::CLI_PATH);
    let committed = std::fs::read_to_string(&committed_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", committed_path.display()));
    // Not `assert_eq!`: that would print both files in full.
    let first_difference = committed
        .lines()
        .zip(fresh.contents.lines())
        .position(|(a, b)| a != b);
    assert!(
        first_difference.is_none() && committed == fresh.contents,
        "{} is out of date relative to the spec (first difference at line {}); run \
         `cargo xtask generate`",
        xtask::generate::CLI_PATH,
        first_difference.map_or_else(|| "end".to_string(), |line| (line + 1).to_string())
    );
}
