//! Generates the typed client from `spec/ncloud-chat.json` (the JSON rendering of the
//! handwritten `spec/ncloud-chat.yaml`, so that users build no YAML parser) with progenitor
//! (settings in `codegen.rs`, shared with xtask) into `$OUT_DIR/client.rs`, included by
//! `src/generated.rs`, plus the operation table `$OUT_DIR/operations.rs` and the request
//! constraint table `$OUT_DIR/constraints.rs` that `src/validate.rs` includes. `cargo xtask
//! generate` commits the same three files in `generated/`.

#[path = "codegen.rs"]
mod codegen;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed={}", codegen::SPEC_JSON);
    println!("cargo:rerun-if-changed=codegen.rs");
    println!("cargo:rerun-if-changed=codegen");
    println!("cargo:rerun-if-changed=build.rs");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let result = codegen::load_spec(Path::new(codegen::SPEC_JSON)).and_then(|spec| {
        write(&out.join("client.rs"), codegen::client_code(&spec)?)?;
        // The path templates of the path check and the tracing spans (see `src/validate.rs`).
        write(&out.join("operations.rs"), codegen::operations_code(&spec)?)?;
        // The request constraints checked before sending (see `src/validate.rs`).
        write(&out.join("constraints.rs"), codegen::constraints_code(&spec)?)
    });
    if let Err(message) = result {
        // One readable report instead of a panic backtrace.
        for line in message.lines() {
            println!("cargo:warning={line}");
        }
        eprintln!("error: cannot generate the client from {}:\n{message}", codegen::SPEC_JSON);
        std::process::exit(1);
    }
}

fn write(path: &Path, contents: String) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
