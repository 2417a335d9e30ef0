//! The project's emulator (`ncloud-chat-fake`, in `fake/`) as a child process, for tests that
//! drive a generated client against it: built with cargo, started on a free port, its base URL
//! and credentials read from the `NCLOUD_CHAT_*=` lines it prints, and killed when dropped, so
//! it never outlives a failing check.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serde_json::Value;

use crate::process;

/// The emulator's package and binary.
const PACKAGE: &str = "ncloud-chat-fake";
/// How long a built emulator may take to print its credentials.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);

/// How the emulator sends its error envelopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorTransport {
    /// With a 4xx/5xx HTTP status (its default).
    Http4xx,
    /// With HTTP 200, as the service may (its `--errors-as-200` flag).
    Http200,
}

impl ErrorTransport {
    /// Both, the default first.
    pub const ALL: [Self; 2] = [Self::Http4xx, Self::Http200];

    /// `http-4xx` or `http-200`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Http4xx => "http-4xx",
            Self::Http200 => "http-200",
        }
    }
}

/// Where the emulator listens and the credentials it accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    /// The `x-api-key` it accepts.
    pub api_key: String,
    /// The `x-project-id` it accepts.
    pub project_id: String,
}

impl Credentials {
    /// As the environment variables the emulator prints (and the Python test reads).
    pub fn env(&self) -> [(&'static str, &str); 3] {
        [
            ("NCLOUD_CHAT_BASE_URL", &self.base_url),
            ("NCLOUD_CHAT_API_KEY", &self.api_key),
            ("NCLOUD_CHAT_PROJECT_ID", &self.project_id),
        ]
    }
}

/// The credentials found so far in the emulator's output.
#[derive(Debug, Default)]
struct Partial {
    base_url: Option<String>,
    api_key: Option<String>,
    project_id: Option<String>,
}

impl Partial {
    /// Takes in one output line; returns the credentials once all three were seen.
    fn feed(&mut self, line: &str) -> Option<Credentials> {
        if let Some((name, value)) = line.trim().split_once('=') {
            let slot = match name {
                "NCLOUD_CHAT_BASE_URL" => &mut self.base_url,
                "NCLOUD_CHAT_API_KEY" => &mut self.api_key,
                "NCLOUD_CHAT_PROJECT_ID" => &mut self.project_id,
                _ => return None,
            };
            *slot = Some(value.to_owned());
        }
        Some(Credentials {
            base_url: self.base_url.clone()?,
            api_key: self.api_key.clone()?,
            project_id: self.project_id.clone()?,
        })
    }
}

/// A running emulator; dropping it kills the process.
#[derive(Debug)]
pub struct Emulator {
    child: Child,
    credentials: Credentials,
}

impl Emulator {
    /// Builds the emulator, starts it on a free port and waits for its credentials.
    ///
    /// # Errors
    ///
    /// Fails when it does not build, does not start, or exits or stays silent before printing
    /// its credentials.
    pub fn start(root: &Path) -> anyhow::Result<Self> {
        Self::start_with(root, ErrorTransport::Http4xx)
    }

    /// [`Emulator::start`], sending its errors as `transport` says.
    ///
    /// # Errors
    ///
    /// As [`Emulator::start`].
    pub fn start_with(root: &Path, transport: ErrorTransport) -> anyhow::Result<Self> {
        let executable = build(root)?;
        let mut child = Command::new(&executable)
            .args(["--port", "0"])
            .args((transport == ErrorTransport::Http200).then_some("--errors-as-200"))
            .current_dir(root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| format!("cannot start {}", executable.display()))?;
        let stdout = child
            .stdout
            .take()
            .context("the emulator's standard output was not captured")?;
        // From here on, `emulator` owns the child: any error below drops it, which kills it.
        let mut emulator = Self {
            child,
            credentials: Credentials {
                base_url: String::new(),
                api_key: String::new(),
                project_id: String::new(),
            },
        };

        // A thread reads every line for as long as the emulator runs, so its output pipe never
        // fills up; the lines after the credentials are dropped.
        let (lines_tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                let _ = lines_tx.send(line);
            }
        });

        let deadline = Instant::now() + STARTUP_TIMEOUT;
        let mut partial = Partial::default();
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => {
                    if let Some(credentials) = partial.feed(&line) {
                        emulator.credentials = credentials;
                        return Ok(emulator);
                    }
                    seen.push(line);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => anyhow::bail!(
                    "{PACKAGE} printed no NCLOUD_CHAT_BASE_URL/API_KEY/PROJECT_ID lines within \
                     {} s; it printed:\n{}",
                    STARTUP_TIMEOUT.as_secs(),
                    indented(&seen)
                ),
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = emulator
                        .child
                        .wait()
                        .context("cannot wait for the emulator")?;
                    anyhow::bail!(
                        "{PACKAGE} exited ({status}) before printing its credentials; it \
                         printed:\n{}",
                        indented(&seen)
                    )
                }
            }
        }
    }

    /// Where it listens and the credentials it accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        // It may have exited already; either way, reap it.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Builds the emulator binary with the cargo running this command; returns its path (which
/// cargo reports, so `CARGO_TARGET_DIR` and profiles need no guessing).
fn build(root: &Path) -> anyhow::Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "--quiet", "--package", PACKAGE, "--bin", PACKAGE])
        .arg("--message-format=json-render-diagnostics")
        .current_dir(root)
        // Compiler diagnostics are rendered to stderr; stdout carries the JSON messages.
        .stderr(Stdio::inherit());
    println!("building the emulator: cargo build --package {PACKAGE}");
    let captured = process::capture(&mut command)?;
    if !captured.status.success() {
        anyhow::bail!(
            "`{}` failed ({})",
            process::display(&command),
            captured.status
        );
    }
    executable_in(&captured.stdout).with_context(|| {
        format!(
            "`{}` reported no executable for {PACKAGE}",
            process::display(&command)
        )
    })
}

/// The emulator's executable in cargo's JSON messages.
fn executable_in(messages: &str) -> Option<PathBuf> {
    messages
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| {
            message.get("reason").and_then(Value::as_str) == Some("compiler-artifact")
                && message.pointer("/target/name").and_then(Value::as_str) == Some(PACKAGE)
        })
        .find_map(|message| message.get("executable")?.as_str().map(PathBuf::from))
}

fn indented(lines: &[String]) -> String {
    lines.iter().map(|line| format!("  {line}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_come_from_the_printed_environment_lines() {
        let printed = "ncloud-chat-fake listening on http://127.0.0.1:41234\n  \
                       x-project-id: 339c2b1c\n  x-api-key:    fake-api-key-0001\n\n\
                       NCLOUD_CHAT_BASE_URL=http://127.0.0.1:41234\n\
                       NCLOUD_CHAT_API_KEY=fake-api-key-0001\n\
                       NCLOUD_CHAT_PROJECT_ID=339c2b1c\n";
        let mut partial = Partial::default();
        let found: Vec<Credentials> = printed.lines().filter_map(|l| partial.feed(l)).collect();
        assert_eq!(
            found,
            [Credentials {
                base_url: "http://127.0.0.1:41234".to_owned(),
                api_key: "fake-api-key-0001".to_owned(),
                project_id: "339c2b1c".to_owned(),
            }]
        );
    }

    #[test]
    fn the_executable_is_found_among_cargo_messages() {
        let messages = r#"{"reason":"compiler-artifact","target":{"name":"ncloud_chat_fake","kind":["lib"]},"executable":null}
{"reason":"compiler-artifact","target":{"name":"ncloud-chat-fake","kind":["bin"]},"executable":"/t/debug/ncloud-chat-fake"}
{"reason":"build-finished","success":true}"#;
        assert_eq!(
            executable_in(messages),
            Some(PathBuf::from("/t/debug/ncloud-chat-fake"))
        );
        assert_eq!(executable_in(r#"{"reason":"build-finished"}"#), None);
    }
}
