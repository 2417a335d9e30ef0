//! Running one pinned generator: its command line, and the rule that it must run cleanly (any
//! line it prints that is not one of its progress lines fails, even when it exits successfully).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context as _;

use super::PYTHON_PACKAGE;
use crate::process::{self, Captured};
use crate::tools;

/// openapi-typescript's Redocly configuration, relative to the workspace root.
const TYPESCRIPT_REDOCLY_CONFIG: &str = "tools/openapi-typescript.redocly.yaml";
/// openapi-python-client's configuration, relative to the workspace root.
const PYTHON_CONFIG: &str = "tools/openapi-python-client.yaml";

/// A language bindings are generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Types for `openapi-fetch`, by openapi-typescript.
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

/// Generates the bindings for `language` into the absolute folder `out` (for Python, a new
/// folder: openapi-python-client replaces it); returns the main output (the TypeScript file
/// or the Python package folder).
///
/// # Errors
///
/// Fails when a tool cannot be installed, or the generator fails or warns.
pub fn generate(root: &Path, language: Language, out: &Path) -> anyhow::Result<PathBuf> {
    let spec = root.join(spec_tools::codegen::SPEC_YAML);
    let (captured, written) = match language {
        Language::Typescript => {
            tools::ensure_npm(root)?;
            std::fs::create_dir_all(out)
                .with_context(|| format!("cannot create {}", out.display()))?;
            let file = out.join("schema.ts");
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
            warnings.iter().map(|line| format!("  {line}\n")).collect::<String>()
        );
    }
    if !captured.status.success() {
        anyhow::bail!("{generator} failed ({}):\n{}", captured.status, captured.tail());
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
        Captured { status: ok_status(), stdout: stdout.to_owned(), stderr: stderr.to_owned() }
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
}
