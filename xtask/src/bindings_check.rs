//! `cargo xtask bindings-check`: proves the spec is usable outside Rust, as CI runs it.
//!
//! 1. TypeScript: generates `target/bindings/typescript/ncloud-chat.d.ts`, then compiles
//!    `tests/typescript/` with the pinned `tsc`: `usage.ts` uses the generated request and
//!    response types (and expects some misuses to be type errors), `against-emulator.ts` calls
//!    the API with the pinned `openapi-fetch` through the helper `ncloud-chat-client.ts`.
//!    Node runs the compiled program against the emulator twice, once per
//!    [`ErrorTransport`] (errors with HTTP 4xx, then with HTTP 200).
//! 2. Python: generates the package into `target/bindings/python`, starts the emulator
//!    ([`crate::emulator`]) and runs `tests/python/test_generated_client.py` with the generated
//!    client on the tools' venv, against the emulator (`NCLOUD_CHAT_*` variables).
//!
//! Both steps run even if the first fails, so one run reports everything.

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::Context as _;

use crate::bindings::{self, Language};
use crate::emulator::{self, ErrorTransport};
use crate::{process, tools, workspace};

/// Where the bindings are generated, relative to the workspace root (`tests/typescript/
/// tsconfig.json` maps the module `ncloud-chat` into it).
pub const OUT_DIR: &str = "target/bindings";
/// The TypeScript project that type-checks the usage file and compiles the program.
const TSCONFIG: &str = "tests/typescript/tsconfig.json";
/// Where `tsc` writes the compiled program (`outDir` in [`TSCONFIG`]), relative to the root.
const TYPESCRIPT_JS_DIR: &str = "target/bindings/typescript/js";
/// The compiled TypeScript program run against the emulator.
const TYPESCRIPT_PROGRAM: &str = "against-emulator.js";
/// The Python test run with the generated client.
const PYTHON_TEST: &str = "tests/python/test_generated_client.py";

/// One language's check: generates, uses the bindings, and says what it proved.
type Step = fn(&Path) -> anyhow::Result<String>;

/// Arguments of `cargo xtask bindings-check`.
#[derive(Debug, clap::Args)]
pub struct BindingsCheckArgs {}

/// Runs `cargo xtask bindings-check`.
///
/// # Errors
///
/// Never: each step's failure is printed, and the exit code says whether any failed.
pub fn run(_args: &BindingsCheckArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let steps: [(Language, Step); 2] = [
        (Language::Typescript, check_typescript),
        (Language::Python, check_python),
    ];
    let mut failed = Vec::new();
    for (language, step) in steps {
        let name = language.generator();
        let started = Instant::now();
        match step(&root) {
            Ok(what) => println!(
                "{name}: ok, {what} ({:.1} s)",
                started.elapsed().as_secs_f64()
            ),
            Err(error) => {
                println!("{name}: FAILED: {error:#}");
                failed.push(name);
            }
        }
    }
    if failed.is_empty() {
        println!("bindings-check: TypeScript and Python bindings work");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("bindings-check: failed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}

/// Generates the TypeScript types, type-checks and compiles `tests/typescript/` with them, and
/// runs the program against the emulator in both error transports.
fn check_typescript(root: &Path) -> anyhow::Result<String> {
    let out = root.join(OUT_DIR).join("typescript");
    bindings::generate(root, Language::Typescript, &out)?;
    let js = root.join(TYPESCRIPT_JS_DIR);
    // Nothing left over from files no longer in the project.
    if js.exists() {
        std::fs::remove_dir_all(&js).with_context(|| format!("cannot empty {}", js.display()))?;
    }
    let mut tsc = Command::new(tools::npm_bin(root, "tsc"));
    tsc.args(["--pretty", "false", "--project"])
        .arg(root.join(TSCONFIG))
        .current_dir(root);
    let captured = process::capture(&mut tsc)?;
    if !captured.status.success() {
        anyhow::bail!(
            "`{}` found errors ({}):\n{}",
            process::display(&tsc),
            captured.status,
            captured.tail()
        );
    }
    // Both transports run even if the first fails, so one run reports everything.
    let mut failed = Vec::new();
    for transport in emulator::TRANSPORTS {
        let ran = emulator::start(transport).and_then(|emulator| {
            process::run_shown(
                Command::new("node")
                    .arg(js.join(TYPESCRIPT_PROGRAM))
                    .current_dir(root)
                    // The compiled CommonJS program finds `openapi-fetch` among the pinned tools.
                    .env("NODE_PATH", tools::node_modules(root))
                    .env(
                        "NCLOUD_CHAT_ERROR_TRANSPORT",
                        emulator::transport_name(transport),
                    )
                    .envs(emulator.env()),
            )
        });
        if let Err(error) = ran {
            let name = emulator::transport_name(transport);
            failed.push(format!("errors as {name}: {error:#}"));
        }
    }
    if !failed.is_empty() {
        anyhow::bail!("{}", failed.join("; "));
    }
    Ok(format!(
        "{OUT_DIR}/typescript/{} and tests/typescript/ type-check; \
         {TYPESCRIPT_JS_DIR}/{TYPESCRIPT_PROGRAM} passed against the emulator with errors as \
         HTTP 4xx and as HTTP 200",
        bindings::TYPESCRIPT_FILE
    ))
}

/// Generates the Python client and runs the test script with it against the emulator.
fn check_python(root: &Path) -> anyhow::Result<String> {
    let out = root.join(OUT_DIR).join("python");
    bindings::generate(root, Language::Python, &out)?;
    let python = tools::ensure_python(root)?;
    let emulator = emulator::start(ErrorTransport::default())?;
    let pythonpath = std::env::join_paths(
        std::iter::once(out.clone()).chain(
            std::env::var_os("PYTHONPATH")
                .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
                .unwrap_or_default(),
        ),
    )
    .context("cannot build PYTHONPATH")?;
    process::run_shown(
        Command::new(&python.interpreter)
            .arg(root.join(PYTHON_TEST))
            .current_dir(root)
            .env("PYTHONPATH", pythonpath)
            // No `__pycache__` inside the generated package or tests/.
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .envs(emulator.env()),
    )?;
    drop(emulator);
    Ok(format!(
        "{PYTHON_TEST} passed with {OUT_DIR}/python/{} against the emulator",
        bindings::PYTHON_PACKAGE
    ))
}
