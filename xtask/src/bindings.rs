//! `cargo xtask bindings <typescript|python> --out DIR`: client bindings for other languages,
//! generated from `spec/ncloud-chat.yaml` with the tools those ecosystems use, at the versions
//! pinned under `tools/` (installed on first use, see [`crate::tools`]):
//!
//! - TypeScript: `openapi-typescript` writes `DIR/ncloud-chat.d.ts` (types only: `paths`,
//!   `components`, `operations`, for `fetch` or `openapi-fetch`);
//! - Python: `openapi-python-client` writes the project `ncloud-chat-client` to `DIR`
//!   (`pyproject.toml` plus the package `ncloud_chat_client`, an `httpx` client), configured by
//!   `tools/openapi-python-client.yaml`.
//!
//! Both must generate cleanly: their output is captured, and any line that is not one of their
//! progress lines (a warning about the spec, a skipped operation) fails the command with that
//! line, even when the generator itself exits successfully.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::Context as _;

use crate::process::{self, Captured};
use crate::{tools, workspace};

/// The TypeScript output, inside the output folder.
pub const TYPESCRIPT_FILE: &str = "ncloud-chat.d.ts";
/// The Python import package, inside the output folder.
pub const PYTHON_PACKAGE: &str = "ncloud_chat_client";
/// The Python project (distribution) name, as `tools/openapi-python-client.yaml` sets it.
const PYTHON_PROJECT: &str = "ncloud-chat-client";
/// openapi-typescript's Redocly configuration, relative to the workspace root.
const TYPESCRIPT_REDOCLY_CONFIG: &str = "tools/openapi-typescript.redocly.yaml";
/// openapi-python-client's configuration, relative to the workspace root.
const PYTHON_CONFIG: &str = "tools/openapi-python-client.yaml";

/// A language bindings are generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Language {
    /// Types for `fetch`/`openapi-fetch`, by openapi-typescript.
    Typescript,
    /// An `httpx` client package, by openapi-python-client.
    Python,
}

impl Language {
    /// The generator's name, as its messages are labelled.
    pub fn generator(self) -> &'static str {
        match self {
            Self::Typescript => "openapi-typescript",
            Self::Python => "openapi-python-client",
        }
    }

    /// Whether a line the generator printed is only progress (anything else is a warning).
    fn is_progress(self, line: &str, stream: Stream) -> bool {
        match (self, stream) {
            // `✨ openapi-typescript 7.13.0` and `🚀 spec → out [220ms]` on stdout; warnings
            // (` ⚠  …`) and errors (` ✘  …`) go to stderr.
            (Self::Typescript, Stream::Stdout) => {
                line.starts_with("✨ openapi-typescript ") || line.starts_with("🚀 ")
            }
            // `Generating DIR`; warnings also go to stdout, as a block that begins
            // `Warning(s) encountered while generating`.
            (Self::Python, Stream::Stdout) => line.starts_with("Generating "),
            (_, Stream::Stderr) => false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Stream {
    Stdout,
    Stderr,
}

/// Arguments of `cargo xtask bindings`.
#[derive(Debug, clap::Args)]
pub struct BindingsArgs {
    /// The language to generate bindings for.
    #[arg(value_enum)]
    pub language: Language,
    /// The folder to write them to (created if needed; for Python, replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// Runs `cargo xtask bindings`.
///
/// # Errors
///
/// Fails when a tool cannot be installed, the generator fails or warns, or `--out` is unsafe
/// to replace.
pub fn run(args: &BindingsArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let out = std::path::absolute(&args.out)
        .with_context(|| format!("cannot resolve {}", args.out.display()))?;
    let written = generate(&root, args.language, &out)?;
    println!(
        "{}: wrote {}",
        args.language.generator(),
        workspace::display_path(&written)
    );
    Ok(ExitCode::SUCCESS)
}

/// Generates the bindings for `language` into the absolute folder `out`; returns the main
/// output (the `.d.ts` file or the Python package folder).
///
/// # Errors
///
/// As [`run`].
pub fn generate(root: &Path, language: Language, out: &Path) -> anyhow::Result<PathBuf> {
    let spec = root.join(spec_tools::codegen::SPEC_YAML);
    let (captured, written) = match language {
        Language::Typescript => {
            tools::ensure_npm(root)?;
            std::fs::create_dir_all(out)
                .with_context(|| format!("cannot create {}", out.display()))?;
            let file = out.join(TYPESCRIPT_FILE);
            let captured = process::capture(
                Command::new(tools::npm_bin(root, "openapi-typescript"))
                    .arg(&spec)
                    .arg("--output")
                    .arg(&file)
                    .arg("--redocly")
                    .arg(root.join(TYPESCRIPT_REDOCLY_CONFIG))
                    .current_dir(root)
                    .env("NO_COLOR", "1")
                    .env("FORCE_COLOR", "0"),
            )?;
            (captured, file)
        }
        Language::Python => {
            refuse_foreign_folder(out)?;
            let python = tools::ensure_python(root)?;
            let captured = process::capture(
                Command::new(python.bin("openapi-python-client"))
                    .args(["generate", "--path"])
                    .arg(&spec)
                    .arg("--output-path")
                    .arg(out)
                    .arg("--config")
                    .arg(root.join(PYTHON_CONFIG))
                    .args(["--meta", "pdm", "--overwrite", "--fail-on-warning"])
                    .current_dir(root)
                    // Its post-generation hooks run `ruff` from `PATH`.
                    .env("PATH", path_with(&python.bin_dir)?)
                    .env("RUFF_NO_CACHE", "true")
                    .env("NO_COLOR", "1")
                    // Wide enough that its messages are not wrapped mid-sentence.
                    .env("COLUMNS", "200"),
            )?;
            (captured, out.join(PYTHON_PACKAGE))
        }
    };
    check_clean(language, &captured)?;
    anyhow::ensure!(
        written.exists(),
        "{} exited successfully but did not write {}",
        language.generator(),
        written.display()
    );
    Ok(written)
}

/// Fails when the generator printed anything but progress (openapi-python-client also exits
/// non-zero then, with `--fail-on-warning`), or failed.
fn check_clean(language: Language, captured: &Captured) -> anyhow::Result<()> {
    let generator = language.generator();
    let warnings = warning_lines(language, captured);
    if !warnings.is_empty() {
        anyhow::bail!(
            "{generator} printed {} warning line(s) ({}); the bindings must generate cleanly:\n{}",
            warnings.len(),
            captured.status,
            warnings
                .iter()
                .map(|line| format!("  {line}\n"))
                .collect::<String>()
        );
    }
    if !captured.status.success() {
        anyhow::bail!(
            "{generator} failed ({}):\n{}",
            captured.status,
            captured.tail()
        );
    }
    Ok(())
}

/// The lines a generator printed that are not progress, trimmed, blank lines left out.
fn warning_lines(language: Language, captured: &Captured) -> Vec<String> {
    let stdout = captured.stdout.lines().map(|l| (l, Stream::Stdout));
    let stderr = captured.stderr.lines().map(|l| (l, Stream::Stderr));
    stdout
        .chain(stderr)
        .map(|(line, stream)| (line.trim(), stream))
        .filter(|(line, stream)| !line.is_empty() && !language.is_progress(line, *stream))
        .map(|(line, _)| line.to_owned())
        .collect()
}

/// openapi-python-client's `--overwrite` deletes the output folder first: refuse a folder that
/// is neither new, empty, nor an earlier output of this command.
fn refuse_foreign_folder(out: &Path) -> anyhow::Result<()> {
    let mut entries = match std::fs::read_dir(out) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", out.display())),
    };
    if entries.next().is_none() {
        return Ok(());
    }
    let pyproject = std::fs::read_to_string(out.join("pyproject.toml")).unwrap_or_default();
    if pyproject.contains(&format!("name = \"{PYTHON_PROJECT}\"")) {
        return Ok(());
    }
    anyhow::bail!(
        "refusing to generate into {}: openapi-python-client replaces the whole folder, and this \
         one is not empty and holds no earlier {PYTHON_PROJECT} output; pass a new or empty folder",
        out.display()
    )
}

/// `PATH` with `dir` first.
fn path_with(dir: &Path) -> anyhow::Result<std::ffi::OsString> {
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(dir.to_path_buf()).chain(std::env::split_paths(&rest)))
        .with_context(|| format!("cannot put {} on PATH", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(stdout: &str, stderr: &str) -> Captured {
        Captured {
            status: ok_status(),
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
        }
    }

    fn ok_status() -> std::process::ExitStatus {
        #[cfg(unix)]
        use std::os::unix::process::ExitStatusExt as _;
        #[cfg(windows)]
        use std::os::windows::process::ExitStatusExt as _;
        std::process::ExitStatus::from_raw(0)
    }

    #[test]
    fn typescript_progress_passes_and_warnings_fail() {
        let clean = captured(
            "✨ openapi-typescript 7.13.0\n🚀 spec/ncloud-chat.yaml → out.d.ts [220.9ms]\n",
            "",
        );
        assert!(warning_lines(Language::Typescript, &clean).is_empty());

        let warned = captured(
            "✨ openapi-typescript 7.13.0\n",
            " ⚠  Component: \"Filter\" is never used. at #/components/schemas/Filter\n\n",
        );
        assert_eq!(
            warning_lines(Language::Typescript, &warned),
            ["⚠  Component: \"Filter\" is never used. at #/components/schemas/Filter"]
        );
        let error = check_clean(Language::Typescript, &warned).expect_err("a warning");
        assert!(
            error.to_string().starts_with(
                "openapi-typescript printed 1 warning line(s) (exit status: 0); the bindings must \
                 generate cleanly:\n  ⚠  Component: \"Filter\" is never used."
            ),
            "{error}"
        );
    }

    #[test]
    fn python_progress_passes_and_warnings_fail() {
        assert!(warning_lines(Language::Python, &captured("Generating /tmp/out\n", "")).is_empty());
        let warned = captured(
            "Generating /tmp/out\nWarning(s) encountered while generating. Client was generated, \
             but some pieces may be missing\n\nWARNING parsing GET /v1/api/x within x.\n",
            "",
        );
        assert_eq!(warning_lines(Language::Python, &warned).len(), 2);
    }

    #[test]
    fn python_output_never_replaces_a_foreign_folder() {
        let dir = std::env::temp_dir().join(format!("xtask-bindings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(refuse_foreign_folder(&dir).is_ok(), "a new folder");
        std::fs::create_dir_all(&dir).expect("a folder");
        assert!(refuse_foreign_folder(&dir).is_ok(), "an empty folder");
        std::fs::write(dir.join("notes.txt"), "mine").expect("a file");
        assert!(
            refuse_foreign_folder(&dir).is_err(),
            "a folder of someone else's"
        );
        std::fs::write(
            dir.join("pyproject.toml"),
            "[project]\nname = \"ncloud-chat-client\"\n",
        )
        .expect("a file");
        assert!(refuse_foreign_folder(&dir).is_ok(), "an earlier output");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
