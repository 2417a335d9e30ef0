//! Running the binary from async tests.

use std::process::Output;

use serde_json::Value;

/// The binary under test, built by cargo for integration tests.
const BIN: &str = env!("CARGO_BIN_EXE_ncloud-chat");

/// Exit statuses documented in `src/exit.rs`.
pub const EXIT_USAGE: i32 = 2;
pub const EXIT_API: i32 = 3;
pub const EXIT_TRANSPORT: i32 = 4;

/// A finished run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Stdout as JSON; panics with both streams when the run failed or printed no JSON.
    pub fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "the run failed: {self:#?}");
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:#?}"))
    }

    /// Asserts the exit status and an empty stdout, and returns stderr.
    pub fn failure(&self, code: i32) -> &str {
        assert_eq!(self.code, Some(code), "unexpected exit status: {self:#?}");
        assert_eq!(self.stdout, "", "a failed run printed on stdout: {self:#?}");
        &self.stderr
    }
}

/// Runs `ncloud-chat ARGS` with only the given `NCLOUD_CHAT_*` variables set.
///
/// The child runs on a blocking thread so that a server in the test's runtime keeps serving.
pub async fn run(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = assert_cmd::Command::new(BIN);
    command
        .args(args)
        .env_remove("NCLOUD_CHAT_API_KEY")
        .env_remove("NCLOUD_CHAT_PROJECT_ID")
        .env_remove("NCLOUD_CHAT_BASE_URL")
        .envs(env.iter().copied())
        .timeout(std::time::Duration::from_secs(60));
    let output: Output = tokio::task::spawn_blocking(move || command.output())
        .await
        .expect("the runner thread panicked")
        .expect("the binary could not be started");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The three connection variables for a server.
pub fn env<'a>(
    base_url: &'a str,
    api_key: &'a str,
    project_id: &'a str,
) -> [(&'a str, &'a str); 3] {
    [
        ("NCLOUD_CHAT_BASE_URL", base_url),
        ("NCLOUD_CHAT_API_KEY", api_key),
        ("NCLOUD_CHAT_PROJECT_ID", project_id),
    ]
}
