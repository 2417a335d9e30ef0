//! The pinned third-party tools under `tools/`: where they are, and installing them when they
//! are missing or not at their pinned version, so a clean clone with only Node.js 20.19+ (npm)
//! and Python 3.11+ works without any manual step. `cargo xtask tools` installs both sets up
//! front.
//!
//! - npm: `tools/package.json` pins exact versions (the linters, `openapi-typescript`,
//!   `typescript`, and `openapi-fetch` + `@types/node` for the TypeScript program of
//!   `cargo xtask bindings-check`), `tools/package-lock.json` the rest; [`NPM_INSTALL`] installs them into
//!   `tools/node_modules`. Reinstalled when a pinned package is missing or at another
//!   version, or the lockfile is newer than the install.
//! - PyPI: `tools/requirements.txt` pins every package with `==` (`openapi-python-client`,
//!   `schemathesis`, their dependencies, and so the generated client's `httpx` and `attrs`). They go into the virtual
//!   environment `tools/.venv` (`python3 -m venv`, then pip). The venv keeps a copy of the
//!   requirements it was built from; when the file changes, the venv is rebuilt from scratch.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::SystemTime;

use anyhow::Context as _;
use serde_json::Value;

use crate::{process, workspace};

/// What installs the npm tools by hand, run from the workspace root (`cargo xtask tools` runs it
/// when needed). `--ignore-scripts`: no tool needs an install script, and the one dependency that
/// has one (`@scarf/scarf`) only reports telemetry.
pub const NPM_INSTALL: &str = "npm ci --prefix tools --ignore-scripts";
/// The npm tools' manifest, relative to the workspace root.
const PACKAGE_JSON: &str = "tools/package.json";
/// Their lockfile.
const PACKAGE_LOCK: &str = "tools/package-lock.json";
/// Where npm installs them.
const NODE_MODULES: &str = "tools/node_modules";
/// The Python tools' pins, relative to the workspace root.
const REQUIREMENTS: &str = "tools/requirements.txt";
/// Their virtual environment.
const VENV: &str = "tools/.venv";
/// The copy of the requirements the virtual environment was built from.
const VENV_STAMP: &str = "tools/.venv/xtask-requirements.txt";

/// Arguments of `cargo xtask tools`.
#[derive(Debug, clap::Args)]
pub struct ToolsArgs {}

/// Runs `cargo xtask tools`: installs whatever is missing or out of date, then says what is
/// there.
///
/// # Errors
///
/// Fails when an installation fails.
pub fn run(_args: &ToolsArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    ensure_npm(&root)?;
    for (name, version) in npm_pins(&root)? {
        println!("npm  {name} {version}");
    }
    let python = ensure_python(&root)?;
    println!(
        "pip  {} pinned packages in {VENV} ({})",
        pip_pins(&root)?.len(),
        process::display(&Command::new(&python.interpreter))
    );
    Ok(ExitCode::SUCCESS)
}

/// Where npm installs the tools: `tools/node_modules`.
pub fn node_modules(root: &Path) -> PathBuf {
    root.join(NODE_MODULES)
}

/// An executable installed by npm under `tools/node_modules/.bin`.
pub fn npm_bin(root: &Path, name: &str) -> PathBuf {
    node_modules(root).join(".bin").join(process::script_name(name))
}

/// Installs the npm tools ([`NPM_INSTALL`]) unless they are all installed at their
/// pinned versions and the install is newer than the lockfile.
///
/// # Errors
///
/// Fails when `tools/package.json` cannot be read or npm fails.
pub fn ensure_npm(root: &Path) -> anyhow::Result<()> {
    let Some(reason) = npm_reinstall_reason(root)? else {
        return Ok(());
    };
    println!("installing the pinned npm tools: {reason}");
    process::run_shown(
        Command::new(process::script_name("npm"))
            .args(["ci", "--prefix", "tools", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(root),
    )
    .context("is Node.js 20.19+ with npm installed?")?;
    match npm_reinstall_reason(root)? {
        None => Ok(()),
        Some(reason) => anyhow::bail!("after `{NPM_INSTALL}`, still {reason}"),
    }
}

/// Why the npm tools need installing, if they do.
fn npm_reinstall_reason(root: &Path) -> anyhow::Result<Option<String>> {
    for (name, pinned) in npm_pins(root)? {
        let manifest = root.join(NODE_MODULES).join(&name).join("package.json");
        let installed = std::fs::read_to_string(&manifest)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .and_then(|package| package.get("version")?.as_str().map(str::to_owned));
        match installed {
            None => return Ok(Some(format!("{name} is not installed"))),
            Some(version) if version != pinned => {
                return Ok(Some(format!(
                    "{name} {version} is installed, {PACKAGE_JSON} pins {pinned}"
                )));
            }
            Some(_) => {}
        }
    }
    // npm's own record of the install (`node_modules/.package-lock.json`) is written last.
    let modified = |path: &str| {
        std::fs::metadata(root.join(path))
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH)
    };
    if modified(PACKAGE_LOCK) > modified("tools/node_modules/.package-lock.json") {
        return Ok(Some(format!("{PACKAGE_LOCK} changed since the install")));
    }
    Ok(None)
}

/// The npm packages `tools/package.json` pins, name and exact version.
fn npm_pins(root: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(root.join(PACKAGE_JSON))
        .with_context(|| format!("cannot read {PACKAGE_JSON}"))?;
    let manifest: Value =
        serde_json::from_str(&text).with_context(|| format!("{PACKAGE_JSON} is not JSON"))?;
    let mut pins = Vec::new();
    for section in ["dependencies", "devDependencies"] {
        let Some(packages) = manifest.get(section).and_then(Value::as_object) else {
            continue;
        };
        for (name, version) in packages {
            let version = version
                .as_str()
                .filter(|v| {
                    v.starts_with(|c: char| c.is_ascii_digit())
                        && v.chars().all(|c| c.is_ascii_alphanumeric() || ".-+".contains(c))
                })
                .with_context(|| {
                    format!(
                        "{PACKAGE_JSON}: {name} must be pinned to an exact version, not {version}"
                    )
                })?;
            pins.push((name.clone(), version.to_owned()));
        }
    }
    Ok(pins)
}

/// The Python tools' virtual environment.
#[derive(Debug, Clone)]
pub struct Python {
    /// Its interpreter.
    pub interpreter: PathBuf,
    /// Its folder of executables (`openapi-python-client`, `ruff`).
    pub bin_dir: PathBuf,
}

impl Python {
    /// An executable installed in the virtual environment.
    pub fn bin(&self, name: &str) -> PathBuf {
        self.bin_dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
    }
}

/// Creates `tools/.venv` with the pinned Python tools unless it was built from the current
/// `tools/requirements.txt`.
///
/// # Errors
///
/// Fails when the requirements cannot be read, or `python3 -m venv` or pip fails.
pub fn ensure_python(root: &Path) -> anyhow::Result<Python> {
    let venv = root.join(VENV);
    let bin_dir = venv_bin_dir(root);
    let python = Python {
        interpreter: bin_dir.join(format!("python{}", std::env::consts::EXE_SUFFIX)),
        bin_dir,
    };
    let requirements = std::fs::read_to_string(root.join(REQUIREMENTS))
        .with_context(|| format!("cannot read {REQUIREMENTS}"))?;
    let stamp = std::fs::read_to_string(root.join(VENV_STAMP)).ok();
    if python.interpreter.exists() && stamp.as_deref() == Some(requirements.as_str()) {
        return Ok(python);
    }
    let reason = if python.interpreter.exists() {
        format!("{REQUIREMENTS} changed since {VENV} was built")
    } else {
        format!("{VENV} does not exist")
    };
    println!("installing the pinned Python tools: {reason}");
    let system_python = if cfg!(windows) { "python" } else { "python3" };
    // `--clear`: a rebuilt venv holds exactly the pins, nothing left from earlier ones.
    process::run_shown(
        Command::new(system_python).args(["-m", "venv", "--clear"]).arg(&venv).current_dir(root),
    )
    .context(
        "is Python 3.11+ installed with its venv module (Debian/Ubuntu: apt-get install \
         python3-venv)?",
    )?;
    process::run_shown(
        Command::new(&python.interpreter)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-input",
                "--requirement",
            ])
            .arg(root.join(REQUIREMENTS))
            .current_dir(root),
    )?;
    std::fs::write(root.join(VENV_STAMP), requirements)
        .with_context(|| format!("cannot write {VENV_STAMP}"))?;
    Ok(python)
}

/// The folder of the Python tools' executables, whether or not they are installed.
fn venv_bin_dir(root: &Path) -> PathBuf {
    root.join(VENV).join(if cfg!(windows) { "Scripts" } else { "bin" })
}

/// An executable of the Python tools, whether or not it is installed.
pub fn python_bin(root: &Path, name: &str) -> PathBuf {
    venv_bin_dir(root).join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

/// The packages `tools/requirements.txt` pins.
fn pip_pins(root: &Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(root.join(REQUIREMENTS))
        .with_context(|| format!("cannot read {REQUIREMENTS}"))?;
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_npm_tool_is_pinned_exactly() {
        let pins = npm_pins(&workspace::root()).expect("tools/package.json pins exact versions");
        let names: Vec<&str> = pins.iter().map(|(name, _)| name.as_str()).collect();
        for tool in ["openapi-typescript", "typescript", "openapi-fetch", "@redocly/cli"] {
            assert!(names.contains(&tool), "{tool} is not pinned: {names:?}");
        }
    }

    #[test]
    fn every_python_requirement_is_pinned_exactly() {
        let pins = pip_pins(&workspace::root()).expect("tools/requirements.txt is readable");
        for tool in ["openapi-python-client==", "schemathesis=="] {
            assert!(pins.iter().any(|pin| pin.starts_with(tool)), "{pins:?}");
        }
        for pin in &pins {
            assert!(pin.contains("=="), "{REQUIREMENTS}: `{pin}` is not pinned with ==");
        }
    }
}
