//! The committed `cli/generated/cli.rs`, which the CLI compiles as it is, equals the CLI
//! generated afresh from the spec by the same pipeline (`cargo xtask generate`), so a spec change
//! cannot leave the CLI behind. `tests/it/snapshot.rs` of the library checks the client.

use spec_tools::{CLI_CODE, codegen};

#[test]
fn generated_cli_rs_is_fresh() {
    let root = spec_tools::root();
    let spec = spec_tools::fresh_spec(&root).unwrap_or_else(|e| panic!("{e}"));
    let fresh = codegen::cli_code(&spec.openapi, codegen::CLI_API_PATH)
        .unwrap_or_else(|e| panic!("cannot generate the CLI: {e}"));
    let committed = std::fs::read_to_string(root.join(CLI_CODE))
        .unwrap_or_else(|e| panic!("cannot read {CLI_CODE}: {e}"));
    // Not `assert_eq!`: that would print both files in full.
    let first_difference = committed.lines().zip(fresh.lines()).position(|(a, b)| a != b);
    assert!(
        first_difference.is_none() && committed == fresh,
        "{CLI_CODE} is out of date relative to the spec (first difference at line {}); run \
         `cargo xtask generate`",
        first_difference.map_or_else(|| "end".to_string(), |line| (line + 1).to_string())
    );
}
