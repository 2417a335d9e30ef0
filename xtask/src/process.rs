//! Running the external programs the commands need (npm, Python, the generators, `tsc`, cargo),
//! with errors that name the command line and how it ended.

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};

use anyhow::Context as _;

use crate::workspace;

/// How many lines of a failed program's output an error shows.
const OUTPUT_TAIL_LINES: usize = 40;

/// What a program printed and how it ended.
#[derive(Debug)]
pub struct Captured {
    /// How it ended.
    pub status: ExitStatus,
    /// Its standard output, lossily decoded.
    pub stdout: String,
    /// Its standard error, lossily decoded.
    pub stderr: String,
}

impl Captured {
    /// The last lines of both streams, indented, for an error message.
    pub fn tail(&self) -> String {
        let lines: Vec<&str> = self
            .stdout
            .lines()
            .chain(self.stderr.lines())
            .filter(|line| !line.trim().is_empty())
            .collect();
        lines[lines.len().saturating_sub(OUTPUT_TAIL_LINES)..]
            .iter()
            .map(|line| format!("  {line}\n"))
            .collect()
    }
}

/// The command line as a person would type it, paths inside the workspace shown relative to it.
pub fn display(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(shown)
        .collect::<Vec<_>>()
        .join(" ")
}

fn shown(arg: &OsStr) -> String {
    // Not `workspace::display_path`: that resolves symlinks, and a venv's `python` is one.
    match Path::new(arg).strip_prefix(workspace::root()) {
        Ok(relative) => relative.display().to_string(),
        Err(_) => arg.to_string_lossy().into_owned(),
    }
}

/// `cargo`, as the one running xtask, in `dir`.
pub fn cargo(dir: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.current_dir(dir);
    command
}

/// Runs `command` with its output shown as it comes, after printing the command line.
///
/// # Errors
///
/// Fails, naming the command line, when it cannot be started or does not exit successfully.
pub fn run_shown(command: &mut Command) -> anyhow::Result<()> {
    let line = display(command);
    println!("$ {line}");
    let status =
        command.stdin(Stdio::null()).status().with_context(|| format!("cannot run `{line}`"))?;
    if status.success() { Ok(()) } else { anyhow::bail!("`{line}` failed ({status})") }
}

/// Runs `command` with its output captured, whatever its exit status.
///
/// # Errors
///
/// Fails, naming the command line, when it cannot be started.
pub fn capture(command: &mut Command) -> anyhow::Result<Captured> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("cannot run `{}`", display(command)))?;
    Ok(Captured {
        status: output.status,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// The name of a program found on `PATH`, with the suffix Windows needs for npm's scripts.
pub fn script_name(name: &str) -> String {
    if cfg!(windows) { format!("{name}.cmd") } else { name.to_owned() }
}
