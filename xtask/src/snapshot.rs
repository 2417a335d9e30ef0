//! Files derived from the spec and committed to the repository (`generated/client.rs`,
//! `cli/generated/cli.rs`, `spec/ncloud-chat.json`): written by `cargo xtask generate` and
//! `cargo xtask json`, or, with `--check`, compared byte for byte with a fresh copy made in
//! memory, so CI fails when a spec change was committed without its derived files.
//!
//! Writing touches a file only when its contents change, so an up-to-date tree keeps its mtimes
//! and cargo does not rebuild anything.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;

use crate::workspace;

/// How many diff lines `-v` prints per file before cutting the diff short.
const MAX_DIFF_LINES: usize = 60;

/// A file derived from the spec, with its fresh contents.
#[derive(Debug, Clone)]
pub struct Derived {
    /// Where it is committed, relative to the workspace root, `/`-separated.
    pub path: &'static str,
    /// The fresh contents.
    pub contents: String,
}

/// The flags of every command that maintains derived files (`generate`, `json`).
#[derive(Debug, clap::Args)]
pub struct SnapshotArgs {
    /// Write nothing; fail naming each committed file that differs from a fresh copy.
    #[arg(long)]
    pub check: bool,
    /// Print a short diff of each changed file.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Writes (or, with `--check`, checks) `files` under `root`; `refresh` is the command that
/// rewrites them, quoted in the messages.
///
/// # Errors
///
/// Fails when a file cannot be read or written.
pub fn run(
    root: &Path,
    files: &[Derived],
    args: &SnapshotArgs,
    refresh: &str,
) -> anyhow::Result<ExitCode> {
    let mode = if args.check { Mode::Check } else { Mode::Write };
    let ok = apply(root, files, mode, args.verbose, refresh)?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What to do with the fresh copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write each file whose contents changed.
    Write,
    /// Write nothing; fail when a committed file differs from its fresh copy.
    Check,
}

/// How a committed file compares with its fresh copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Byte for byte the same.
    UpToDate,
    /// Different; the committed contents (lossily decoded) are kept for the diff.
    Stale {
        /// What is committed now.
        committed: String,
    },
    /// Not committed at all.
    Missing,
}

/// Compares the committed `derived.path` under `root` with the fresh contents.
///
/// # Errors
///
/// Fails when the committed file exists but cannot be read.
pub fn status(root: &Path, derived: &Derived) -> anyhow::Result<Status> {
    let path = root.join(derived.path);
    let committed = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Status::Missing),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", derived.path)),
    };
    Ok(if committed == derived.contents.as_bytes() {
        Status::UpToDate
    } else {
        Status::Stale {
            committed: String::from_utf8_lossy(&committed).into_owned(),
        }
    })
}

/// Writes (`Mode::Write`) or checks (`Mode::Check`) every file, printing one line per file and,
/// with `verbose`, a short diff of each changed one. `refresh` is the command that rewrites the
/// files, named in every failure.
///
/// Returns whether every committed file was (check) or now is (write) up to date.
///
/// # Errors
///
/// Fails when a file cannot be read or written.
pub fn apply(
    root: &Path,
    files: &[Derived],
    mode: Mode,
    verbose: bool,
    refresh: &str,
) -> anyhow::Result<bool> {
    let mut all_up_to_date = true;
    for file in files {
        let status = status(root, file)?;
        let line = match (&status, mode) {
            (Status::UpToDate, _) => format!("{} is up to date", file.path),
            (Status::Stale { .. }, Mode::Check) => format!(
                "{} is out of date relative to {}; run `{refresh}`",
                file.path,
                workspace::SPEC_PATH
            ),
            (Status::Missing, Mode::Check) => {
                format!("{} does not exist; run `{refresh}`", file.path)
            }
            (Status::Stale { .. } | Status::Missing, Mode::Write) => {
                write(root, file)?;
                format!("{} written", file.path)
            }
        };
        println!("{line}");
        if mode == Mode::Check && status != Status::UpToDate {
            all_up_to_date = false;
        }
        if verbose {
            let committed = match &status {
                Status::UpToDate => continue,
                Status::Stale { committed } => committed.as_str(),
                Status::Missing => "",
            };
            print!("{}", short_diff(committed, &file.contents, file.path));
        }
    }
    Ok(all_up_to_date)
}

fn write(root: &Path, file: &Derived) -> anyhow::Result<()> {
    let path = root.join(file.path);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder of {}", file.path))?;
    }
    std::fs::write(&path, &file.contents).with_context(|| format!("cannot write {}", file.path))
}

/// A unified line diff from the committed to the fresh contents (two lines of context), cut
/// after `MAX_DIFF_LINES` lines with a note on how to see the rest.
pub fn short_diff(committed: &str, fresh: &str, path: &str) -> String {
    let diff = similar::TextDiff::configure()
        // A pathological diff is cut short rather than stalling the check.
        .timeout(Duration::from_secs(2))
        .diff_lines(committed, fresh);
    let full = diff
        .unified_diff()
        .context_radius(2)
        .header(&format!("{path} (committed)"), &format!("{path} (fresh)"))
        .to_string();
    let lines: Vec<&str> = full.lines().collect();
    let mut shown: String = lines
        .iter()
        .take(MAX_DIFF_LINES)
        .map(|line| format!("    {line}\n"))
        .collect();
    if lines.len() > MAX_DIFF_LINES {
        shown.push_str(&format!(
            "    ... {} more diff line(s): regenerate, then `git diff {path}`\n",
            lines.len() - MAX_DIFF_LINES
        ));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_root(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("xtask-snapshot-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    }

    fn derived(contents: &str) -> Derived {
        Derived {
            path: "generated/a.rs",
            contents: contents.to_owned(),
        }
    }

    #[test]
    fn check_reports_missing_then_write_creates_then_check_passes() {
        let root = temp_root("cycle");
        let files = [derived("fn a() {}\n")];
        assert_eq!(status(&root, &files[0]).expect("readable"), Status::Missing);
        assert!(!apply(&root, &files, Mode::Check, false, "cargo xtask generate").expect("ok"));
        assert!(apply(&root, &files, Mode::Write, false, "cargo xtask generate").expect("ok"));
        assert_eq!(
            std::fs::read_to_string(root.join("generated/a.rs")).expect("written"),
            "fn a() {}\n"
        );
        assert!(apply(&root, &files, Mode::Check, true, "cargo xtask generate").expect("ok"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_changed_byte_is_stale_and_write_does_not_touch_an_up_to_date_file() {
        let root = temp_root("stale");
        std::fs::create_dir_all(root.join("generated")).expect("folder");
        std::fs::write(root.join("generated/a.rs"), "fn a() {}\r\n").expect("written");
        assert_eq!(
            status(&root, &derived("fn a() {}\n")).expect("readable"),
            Status::Stale {
                committed: "fn a() {}\r\n".to_owned()
            }
        );
        let before = std::fs::metadata(root.join("generated/a.rs"))
            .and_then(|m| m.modified())
            .expect("mtime");
        let same = [derived("fn a() {}\r\n")];
        assert!(apply(&root, &same, Mode::Write, false, "x").expect("ok"));
        let after = std::fs::metadata(root.join("generated/a.rs"))
            .and_then(|m| m.modified())
            .expect("mtime");
        assert_eq!(before, after);
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn the_diff_shows_changed_lines_with_context_and_is_cut_short() {
        let diff = short_diff("a\nb\nc\nd\n", "a\nb\nC\nd\n", "generated/a.rs");
        assert_eq!(
            diff,
            "    --- generated/a.rs (committed)\n    +++ generated/a.rs (fresh)\n    @@ -1,4 +1,4 @@\n     a\n     b\n    -c\n    +C\n     d\n"
        );

        let committed: String = (0..200).map(|i| format!("line {i}\n")).collect();
        let diff = short_diff(&committed, "", "generated/a.rs");
        assert_eq!(diff.lines().count(), MAX_DIFF_LINES + 1);
        assert!(
            diff.ends_with(
                "    ... 143 more diff line(s): regenerate, then `git diff generated/a.rs`\n"
            ),
            "{diff}"
        );
    }
}
