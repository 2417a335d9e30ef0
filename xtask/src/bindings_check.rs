//! `cargo xtask bindings-check`: the TypeScript and Python packages under `bindings/` work as a
//! team would install them, proved outside the repository (in a scratch folder under the
//! system's temporary folder):
//!
//! 1. TypeScript: `npm pack` (its `prepack` builds `dist/` with the pinned `tsc`); the tarball's
//!    file list must be exactly `package.json`, the README, the licences and `dist/` (a `.js`
//!    and a `.d.ts` per `src/*.ts`). A scratch project made from `bindings/typescript/test/`
//!    installs the tarball, compiles its tests with `tsc` (type errors fail) and runs them with
//!    `node --test`.
//! 2. Python: a wheel built with the pinned `build` + `pdm-backend` (no isolation: the pins in
//!    `tools/requirements.txt` build it), installed with pytest into a fresh venv; the tests of
//!    `bindings/python/tests/` (copied out, so nothing imports the source tree) are type-checked
//!    by the pinned mypy against that venv and run by pytest (they check the installed RECORD).
//!
//! Both test suites then run against the emulator ([`emulator::start`]) once per
//! [`emulator::ErrorTransport`] (errors with HTTP 4xx, then with HTTP 200), with its address and
//! credentials in `NCLOUD_CHAT_*` variables and the shared table `spec/envelope-cases.json`.
//! Every step runs even if one fails, so one run reports everything.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::Context as _;
use serde_json::Value;

use crate::bindings::{PYTHON_DIR, TYPESCRIPT_DIR};
use crate::emulator;
use crate::{process, tools, workspace};

/// The table of bodies every language classifies alike, relative to the workspace root.
const ENVELOPE_CASES: &str = "spec/envelope-cases.json";

/// Arguments of `cargo xtask bindings-check`.
#[derive(Debug, clap::Args)]
pub struct BindingsCheckArgs {}

/// A package installed in the scratch folder: how to run its tests.
struct Installed {
    language: &'static str,
    test: Command,
}

/// Runs `cargo xtask bindings-check`.
///
/// # Errors
///
/// Fails when the scratch folder cannot be made; every other failure is printed, and the exit
/// code says whether any happened.
pub fn run(_args: &BindingsCheckArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let scratch = std::env::temp_dir().join(format!("ncloud-chat-bindings-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)
        .with_context(|| format!("cannot create {}", scratch.display()))?;
    let mut failed = Vec::new();
    let mut installed = Vec::new();
    let started = Instant::now();
    for (language, install) in [
        ("TypeScript", install_typescript as fn(&Path, &Path) -> anyhow::Result<Command>),
        ("Python", install_python),
    ] {
        match install(&root, &scratch) {
            Ok(test) => installed.push(Installed { language, test }),
            Err(error) => {
                println!("{language}: FAILED: {error:#}");
                failed.push(format!("{language} packaging"));
            }
        }
    }
    for transport in emulator::TRANSPORTS {
        let emulator = match emulator::start(transport) {
            Ok(emulator) => emulator,
            Err(error) => {
                println!("emulator: FAILED: {error:#}");
                failed.push(format!(
                    "the emulator with errors as {}",
                    emulator::transport_name(transport)
                ));
                continue;
            }
        };
        for package in &mut installed {
            let test = package
                .test
                .env("NCLOUD_CHAT_ERROR_TRANSPORT", emulator::transport_name(transport))
                .env("NCLOUD_CHAT_ENVELOPE_CASES", root.join(ENVELOPE_CASES))
                .envs(emulator.env());
            if let Err(error) = process::run_shown(test) {
                println!("{}: FAILED: {error:#}", package.language);
                failed.push(format!(
                    "{} tests, errors as {}",
                    package.language,
                    emulator::transport_name(transport)
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let elapsed = started.elapsed().as_secs_f64();
    if failed.is_empty() {
        println!(
            "bindings-check: the packed TypeScript and Python packages passed their tests, \
             installed, with errors as HTTP 4xx and as HTTP 200 ({elapsed:.0} s)"
        );
        Ok(ExitCode::SUCCESS)
    } else {
        println!("bindings-check: failed: {} ({elapsed:.0} s)", failed.join("; "));
        Ok(ExitCode::FAILURE)
    }
}

/// Packs the TypeScript package, checks the tarball's files, installs it into a scratch project
/// with the tests and compiles them; returns the command that runs them.
fn install_typescript(root: &Path, scratch: &Path) -> anyhow::Result<Command> {
    tools::ensure_npm(root)?;
    let package = root.join(TYPESCRIPT_DIR);
    // Nothing left in `dist/` from a source file that is gone.
    let _ = std::fs::remove_dir_all(package.join("dist"));
    let packed = process::capture(
        Command::new(process::script_name("npm"))
            .args(["pack", "--json", "--pack-destination"])
            .arg(scratch)
            .current_dir(&package),
    )?;
    anyhow::ensure!(packed.status.success(), "`npm pack` failed:\n{}", packed.tail());
    let listing: Value = serde_json::from_str(&packed.stdout)
        .with_context(|| format!("`npm pack --json` printed no JSON:\n{}", packed.tail()))?;
    let tarball = listing[0]["filename"].as_str().context("`npm pack --json`: no filename")?;
    let mut files: Vec<&str> = listing[0]["files"]
        .as_array()
        .context("`npm pack --json`: no file list")?
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    files.sort_unstable();
    let mut expected: Vec<String> =
        ["LICENSE-APACHE", "LICENSE-MIT", "README.md", "package.json"].map(String::from).to_vec();
    for entry in std::fs::read_dir(package.join("src")).context("cannot read the package's src/")? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".ts") {
            expected.extend([format!("dist/{stem}.d.ts"), format!("dist/{stem}.js")]);
        }
    }
    expected.sort_unstable();
    anyhow::ensure!(
        files == expected,
        "the npm package holds {files:?}, not exactly what a user needs: {expected:?}"
    );
    println!("TypeScript: {tarball} holds the {} expected files", files.len());

    let project = scratch.join("typescript");
    copy_files(&package.join("test"), &project)?;
    process::run_shown(
        Command::new(process::script_name("npm"))
            .args(["install", "--prefer-offline", "--no-audit", "--no-fund"])
            .arg(scratch.join(tarball))
            .current_dir(&project),
    )?;
    process::run_shown(
        Command::new("node")
            .args(["node_modules/typescript/bin/tsc", "--pretty", "false", "--project", "."])
            .current_dir(&project),
    )?;
    let mut test = Command::new("node");
    test.arg("--test").current_dir(&project);
    Ok(test)
}

/// Builds the Python wheel, installs it with pytest into a fresh venv, and type-checks the
/// tests against that venv with mypy; returns the command that runs them.
fn install_python(root: &Path, scratch: &Path) -> anyhow::Result<Command> {
    let tools = tools::ensure_python(root)?;
    let dist = scratch.join("dist");
    process::run_shown(
        Command::new(&tools.interpreter)
            .args(["-m", "build", "--wheel", "--no-isolation", "--outdir"])
            .arg(&dist)
            .arg(root.join(PYTHON_DIR))
            .env("PYTHONDONTWRITEBYTECODE", "1"),
    )?;
    // pdm-backend's work folder, left in the project.
    let _ = std::fs::remove_dir_all(root.join(PYTHON_DIR).join(".pdm-build"));
    let wheel = std::fs::read_dir(&dist)
        .context("cannot read the wheel's folder")?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| path.extension().is_some_and(|e| e == "whl"))
        .context("`python -m build` wrote no wheel")?;
    let venv = scratch.join("venv");
    let system_python = if cfg!(windows) { "python" } else { "python3" };
    process::run_shown(Command::new(system_python).args(["-m", "venv"]).arg(&venv))?;
    let python = venv
        .join(if cfg!(windows) { "Scripts" } else { "bin" })
        .join(format!("python{}", std::env::consts::EXE_SUFFIX));
    process::run_shown(
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
            .arg(&wheel)
            .args(["pytest", "--constraint"])
            .arg(root.join("tools/requirements.txt")),
    )?;
    let tests = scratch.join("python-tests");
    copy_files(&root.join(PYTHON_DIR).join("tests"), &tests)?;
    process::run_shown(
        Command::new(tools.bin("mypy"))
            .args(["--strict", "--no-error-summary", "--python-executable"])
            .arg(&python)
            .arg("--cache-dir")
            .arg(scratch.join("mypy-cache"))
            .arg(&tests),
    )?;
    let mut test = Command::new(&python);
    test.args(["-m", "pytest", "-p", "no:cacheprovider", "-q"])
        .arg(&tests)
        .current_dir(&tests)
        .env("PYTHONDONTWRITEBYTECODE", "1");
    Ok(test)
}

/// Copies the files of `from` (not its folders) into the new folder `to`.
fn copy_files(from: &Path, to: &PathBuf) -> anyhow::Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in
        std::fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))?
    {
        let path = entry?.path();
        if path.is_file() {
            let name = path.file_name().unwrap_or_default();
            std::fs::copy(&path, to.join(name))
                .with_context(|| format!("cannot copy {}", path.display()))?;
        }
    }
    Ok(())
}
