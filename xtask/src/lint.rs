//! The external OpenAPI linters: `@redocly/cli lint` (config `redocly.yaml`, extends
//! `recommended`) and `@stoplight/spectral-cli lint` (ruleset `.spectral.yaml`, extends
//! `spectral:oas`).
//!
//! Both are pinned in `tools/package.json` and installed by `cargo xtask tools`. A linter
//! passes only with 0 errors AND 0 warnings: both run with JSON output, which is parsed and
//! printed one finding per line, so warnings fail too. Problems hidden through a Redocly ignore
//! file also fail: rules are turned off only in the committed configs, with a reason.
//!
//! A linter that is not installed is skipped with a hint, unless `--require-linters` (CI) asks
//! for it to count as a failure.

use std::ffi::OsString;
use std::fmt;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use crate::{tools, workspace};

/// What to run to install the linters (and the other pinned tools).
pub const INSTALL_HINT: &str = "cargo xtask tools";

/// Environment for both linters: no telemetry, no update banners, no colours.
const ENV: [(&str, &str); 4] = [
    ("REDOCLY_TELEMETRY", "off"),
    ("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
    ("SCARF_ANALYTICS", "false"),
    ("NO_COLOR", "1"),
];

/// How many lines of a crashed linter's stderr are shown.
const STDERR_TAIL_LINES: usize = 20;

/// One of the two linters.
#[derive(Debug, Clone, Copy)]
enum Linter {
    Redocly,
    Spectral,
}

/// One finding of a linter.
#[derive(Debug)]
struct Finding {
    severity: String,
    rule: String,
    message: String,
    /// `file:line:col #/json/pointer`.
    location: String,
    /// Whether it makes the lint fail (errors and warnings do; Spectral's info and hint don't).
    fails: bool,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self { severity, rule, message, location, .. } = self;
        write!(f, "{severity} {rule} at {location}: {message}")
    }
}

impl Linter {
    fn name(self) -> &'static str {
        match self {
            Self::Redocly => "redocly",
            Self::Spectral => "spectral",
        }
    }

    /// `lint <spec> <config flag> <config> <JSON output flags>`; configs come from the root.
    fn args(self, root: &Path, spec: &Path) -> Vec<OsString> {
        let (config_flag, config, output): (&str, &str, &[&str]) = match self {
            // Redocly exits 0 on warnings: the JSON totals decide. No cap on listed problems.
            Self::Redocly => {
                ("--config", "redocly.yaml", &["--format=json", "--max-problems=10000"])
            }
            // `--quiet` drops the "No results ..." line Spectral prints after the JSON.
            Self::Spectral => (
                "--ruleset",
                ".spectral.yaml",
                &["--format=json", "--fail-severity=warn", "--quiet"],
            ),
        };
        let mut args: Vec<OsString> =
            vec!["lint".into(), spec.into(), config_flag.into(), root.join(config).into()];
        args.extend(output.iter().map(OsString::from));
        args
    }

    /// Parses the linter's JSON report.
    fn parse(self, stdout: &str) -> Result<Vec<Finding>, String> {
        // The first JSON value is the report; anything a linter logs after it is ignored.
        let report: Value = serde_json::Deserializer::from_str(stdout)
            .into_iter()
            .next()
            .ok_or("no JSON report on stdout".to_owned())?
            .map_err(|e| format!("output is not the expected JSON report ({e})"))?;
        match self {
            Self::Redocly => parse_redocly(&report),
            Self::Spectral => parse_spectral(&report),
        }
    }
}

/// Runs both linters on `spec`, printing one line per finding; true if both passed (or were
/// skipped because they are not installed and `require` is false).
pub fn run_all(root: &Path, spec: &Path, require: bool) -> bool {
    let mut passed = true;
    for linter in [Linter::Redocly, Linter::Spectral] {
        passed &= run(linter, root, spec, require);
    }
    passed
}

fn run(linter: Linter, root: &Path, spec: &Path, require: bool) -> bool {
    let name = linter.name();
    let executable = tools::npm_bin(root, name);
    if !executable.exists() {
        let verdict = if require { "error" } else { "skipped" };
        println!("{verdict}: {name} not installed (run: {INSTALL_HINT})");
        return !require;
    }
    let output = Command::new(&executable)
        .args(linter.args(root, spec))
        .current_dir(root)
        .envs(ENV)
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) => {
            println!("{name}: cannot run {}: {e}", executable.display());
            return false;
        }
    };
    match linter.parse(&String::from_utf8_lossy(&output.stdout)) {
        Ok(findings) => report(name, &findings, &output),
        Err(message) => {
            println!("{name}: {message} ({})", output.status);
            print_stderr_tail(name, &output);
            false
        }
    }
}

/// Prints the findings and the verdict.
fn report(name: &str, findings: &[Finding], output: &Output) -> bool {
    for finding in findings {
        println!("{name}: {finding}");
    }
    let failing = findings.iter().filter(|f| f.fails).count();
    if failing > 0 {
        println!("{name}: {failing} error(s)/warning(s), expected none");
        return false;
    }
    if !output.status.success() {
        println!("{name}: no findings, but {}", output.status);
        print_stderr_tail(name, output);
        return false;
    }
    println!("{name}: 0 errors, 0 warnings");
    true
}

fn print_stderr_tail(name: &str, output: &Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    for line in &lines[lines.len().saturating_sub(STDERR_TAIL_LINES)..] {
        println!("{name} stderr: {line}");
    }
}

/// Redocly's `--format json`: `{"totals": {..., "ignored"}, "problems": [...]}`.
fn parse_redocly(report: &Value) -> Result<Vec<Finding>, String> {
    let problems =
        report.get("problems").and_then(Value::as_array).ok_or("report has no `problems` list")?;
    let mut findings: Vec<Finding> = problems.iter().map(redocly_finding).collect();
    let ignored = report.pointer("/totals/ignored").and_then(Value::as_u64).unwrap_or(0);
    if ignored > 0 {
        findings.push(Finding {
            severity: "error".to_owned(),
            rule: "lint-ignore-file".to_owned(),
            location: ".redocly.lint-ignore.yaml".to_owned(),
            message: format!(
                "{ignored} problem(s) hidden by an ignore file; turn a rule off in redocly.yaml \
                 with a comment saying why instead"
            ),
            fails: true,
        });
    }
    Ok(findings)
}

fn redocly_finding(problem: &Value) -> Finding {
    let text = |pointer: &str| problem.pointer(pointer).and_then(Value::as_str).unwrap_or("?");
    let number = |pointer: &str| problem.pointer(pointer).and_then(Value::as_u64).unwrap_or(0);
    let severity = text("/severity").to_owned();
    Finding {
        fails: matches!(severity.as_str(), "error" | "warn"),
        severity,
        rule: text("/ruleId").to_owned(),
        message: text("/message").to_owned(),
        location: format!(
            "{}:{}:{} {}",
            // Redocly reports paths relative to its working directory, the root.
            workspace::display_path(&workspace::root().join(text("/location/0/source/ref"))),
            number("/location/0/start/line"),
            number("/location/0/start/col"),
            text("/location/0/pointer"),
        ),
    }
}

/// Spectral's `--format json`: a list of results, severity 0 error, 1 warn, 2 info, 3 hint,
/// zero-based line and character.
fn parse_spectral(report: &Value) -> Result<Vec<Finding>, String> {
    let results = report.as_array().ok_or("report is not a list of results")?;
    Ok(results.iter().map(spectral_finding).collect())
}

fn spectral_finding(result: &Value) -> Finding {
    let text = |pointer: &str| result.pointer(pointer).and_then(Value::as_str).unwrap_or("?");
    let number = |pointer: &str| result.pointer(pointer).and_then(Value::as_u64).unwrap_or(0);
    let severity = result.get("severity").and_then(Value::as_u64).unwrap_or(0);
    let pointer: String = result
        .get("path")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|segment| match segment {
            Value::String(s) => format!("/{}", s.replace('~', "~0").replace('/', "~1")),
            other => format!("/{other}"),
        })
        .collect();
    Finding {
        severity: ["error", "warning", "info", "hint"]
            .get(usize::try_from(severity).unwrap_or(usize::MAX))
            .unwrap_or(&"unknown-severity")
            .to_string(),
        rule: text("/code").to_owned(),
        message: text("/message").to_owned(),
        location: format!(
            "{}:{}:{} #{pointer}",
            workspace::display_path(Path::new(text("/source"))),
            number("/range/start/line") + 1,
            number("/range/start/character") + 1,
        ),
        fails: severity <= 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(findings: &[Finding]) -> Vec<(String, bool)> {
        findings.iter().map(|f| (f.to_string(), f.fails)).collect()
    }

    #[test]
    fn redocly_warnings_and_ignored_problems_fail() {
        let stdout = r##"{"totals": {"errors": 0, "warnings": 1, "ignored": 2}, "problems": [
            {"ruleId": "info-license", "severity": "warn", "message": "Add a license.",
             "location": [{"source": {"ref": "/elsewhere/spec.yaml"}, "pointer": "#/info",
                           "start": {"line": 5, "col": 1}}]}]}"##;
        let findings = Linter::Redocly.parse(stdout).expect("a report");
        assert_eq!(
            lines(&findings),
            [
                (
                    "warn info-license at /elsewhere/spec.yaml:5:1 #/info: Add a license."
                        .to_owned(),
                    true
                ),
                (
                    "error lint-ignore-file at .redocly.lint-ignore.yaml: 2 problem(s) hidden by \
                     an ignore file; turn a rule off in redocly.yaml with a comment saying why \
                     instead"
                        .to_owned(),
                    true
                ),
            ]
        );
    }

    #[test]
    fn spectral_warnings_fail_but_info_does_not() {
        let stdout = r#"[
            {"code": "info-contact", "path": ["info"], "message": "Add a contact.", "severity": 1,
             "range": {"start": {"line": 1, "character": 5}}, "source": "/elsewhere/spec.yaml"},
            {"code": "house-rule", "path": ["paths", "/v1/api/token", "post"], "message": "FYI.",
             "severity": 2, "range": {"start": {"line": 9, "character": 4}},
             "source": "/elsewhere/spec.yaml"}
        ]No results with a severity of 'warn' or higher found!"#;
        let findings = Linter::Spectral.parse(stdout).expect("a report");
        assert_eq!(
            lines(&findings),
            [
                (
                    "warning info-contact at /elsewhere/spec.yaml:2:6 #/info: Add a contact."
                        .to_owned(),
                    true
                ),
                (
                    "info house-rule at /elsewhere/spec.yaml:10:5 #/paths/~1v1~1api~1token/post: FYI."
                        .to_owned(),
                    false
                ),
            ]
        );
    }

    #[test]
    fn a_crash_is_not_a_report() {
        let error = Linter::Spectral.parse("Error running Spectral!").expect_err("no JSON");
        assert!(error.starts_with("output is not the expected JSON report"), "{error}");
        assert_eq!(Linter::Redocly.parse("").expect_err("no JSON"), "no JSON report on stdout");
    }
}
