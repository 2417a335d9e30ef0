//! Generates the typed client from `spec/ncloud-chat.yaml` with progenitor (settings in
//! `codegen.rs`, shared with xtask) into `$OUT_DIR/client.rs`, included by `src/generated.rs`.

#[path = "codegen.rs"]
mod codegen;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed={}", codegen::SPEC_PATH);
    println!("cargo:rerun-if-changed=codegen.rs");
    println!("cargo:rerun-if-changed=build.rs");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let result = codegen::load_spec(Path::new(codegen::SPEC_PATH))
        .and_then(|spec| codegen::client_code(&spec))
        .and_then(|code| {
            std::fs::write(out.join("client.rs"), code)
                .map_err(|e| format!("cannot write {}: {e}", out.join("client.rs").display()))
        });
    if let Err(message) = result {
        // One readable report instead of a panic backtrace.
        for line in message.lines() {
            println!("cargo:warning={line}");
        }
        eprintln!("error: cannot generate the client from {}:\n{message}", codegen::SPEC_PATH);
        std::process::exit(1);
    }
}
