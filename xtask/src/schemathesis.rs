//! `cargo xtask schemathesis`: the spec and the emulator agree, checked by schemathesis.
//!
//! Starts the emulator ([`crate::emulator`]) and runs the pinned `schemathesis run
//! spec/ncloud-chat.yaml --checks all` against it (from `tools/.venv`): schema-valid requests
//! must succeed, schema-violating ones must be refused, and every response must match the
//! spec. Any failure fails the command. The seed is fixed and the budget (`--max-examples`
//! per operation) sized for CI; raise it for a longer hunt.
//!
//! `tools/schemathesis_hooks.py` turns the JSON-in-query parameters (`filter`, `sort`,
//! `option`, declared `type: string` for progenitor) into `content: application/json` with
//! their `x-json-schema` shapes, so schemathesis sends JSON of the documented shape. The
//! `examples` phase is left out: schemathesis fills the other parameters of an example with
//! placeholder strings that are not JSON, and the spec's request examples are already sent to
//! the emulator by its conformance test (`emulator/tests/conformance.rs`).

use std::process::{Command, ExitCode};

use anyhow::Context as _;

use spec_tools::codegen::SPEC_YAML;

use crate::emulator::{self, ErrorTransport};
use crate::{process, tools, workspace};

/// The hooks module, relative to the workspace root.
const HOOKS: &str = "tools/schemathesis_hooks.py";
/// Where schemathesis runs (its Hypothesis database and the JUnit report), relative to the
/// workspace root.
const OUT_DIR: &str = "target/schemathesis";

/// Arguments of `cargo xtask schemathesis`.
#[derive(Debug, clap::Args)]
pub struct SchemathesisArgs {
    /// Test cases per operation and phase.
    #[arg(long, default_value_t = 100)]
    pub max_examples: u32,
    /// Random seed, fixed so that a run is reproducible.
    #[arg(long, default_value_t = 20_261_201)]
    pub seed: u64,
}

/// Runs `cargo xtask schemathesis`.
///
/// # Errors
///
/// Fails when the tools cannot be installed, the emulator does not start, or schemathesis
/// finds a failure.
pub fn run(args: &SchemathesisArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let python = tools::ensure_python(&root)?;
    let out = root.join(OUT_DIR);
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {OUT_DIR}"))?;
    let emulator = emulator::start(ErrorTransport::default())?;
    let mut command = Command::new(python.bin("schemathesis"));
    command
        .arg("run")
        .arg(root.join(SPEC_YAML))
        .args(["--url", &emulator.base_url()])
        .args(["--header", &format!("x-api-key: {}", emulator.api_key())])
        .args(["--header", &format!("x-project-id: {}", emulator.project_id())])
        .args(["--checks", "all"])
        .args(["--phases", "coverage,fuzzing,stateful"])
        .args(["--seed", &args.seed.to_string()])
        .args(["--max-examples", &args.max_examples.to_string()])
        // One worker: the emulator serializes writes anyway, and the order stays reproducible.
        .args(["--workers", "1"])
        .args(["--report", "junit", "--report-dir"])
        .arg(&out)
        .env("SCHEMATHESIS_HOOKS", root.join(HOOKS))
        .current_dir(&out);
    process::run_shown(&mut command)?;
    drop(emulator);
    println!(
        "schemathesis: the emulator agrees with {SPEC_YAML} (--checks all, seed {}, {} examples)",
        args.seed, args.max_examples
    );
    Ok(ExitCode::SUCCESS)
}
