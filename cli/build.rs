//! Generates the command-line interface from `../spec/ncloud-chat.yaml` with progenitor's
//! `Generator::cli` (settings in `../codegen.rs`, shared with the library's build and xtask) into
//! `$OUT_DIR/cli.rs`, included by `src/generated.rs`.

#[path = "../codegen.rs"]
#[allow(dead_code)] // `client_code` is the library's, not ours.
mod codegen;

use std::path::{Path, PathBuf};

/// The spec, relative to this crate.
const SPEC: &str = "../spec/ncloud-chat.yaml";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=../codegen.rs");
    println!("cargo:rerun-if-changed=build.rs");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target = out.join("cli.rs");
    let result = codegen::load_spec(Path::new(SPEC))
        .and_then(|spec| codegen::cli_code(&spec, codegen::CLI_API_PATH))
        .and_then(|code| {
            std::fs::write(&target, code)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))
        });
    if let Err(message) = result {
        // One readable report instead of a panic backtrace.
        for line in message.lines() {
            println!("cargo:warning={line}");
        }
        eprintln!("error: cannot generate the CLI from {SPEC}:\n{message}");
        std::process::exit(1);
    }
}
