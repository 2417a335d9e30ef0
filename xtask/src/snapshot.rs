//! The files `cargo xtask generate` maintains: written, or, with `--check`, compared byte for
//! byte with a fresh copy made in memory, so CI fails when a spec change was committed without
//! what it derives.
//!
//! Writing touches a file only when its contents change, so an up-to-date tree keeps its mtimes
//! and cargo does not rebuild anything.

use std::path::Path;
use std::time::Duration;

use anyhow::Context as _;
use spec_tools::codegen::SPEC_YAML;

/// How many diff lines `-v` prints per file before cutting the diff short.
const MAX_DIFF_LINES: usize = 60;

/// The command that rewrites the files, named in every failure.
const REFRESH: &str = "cargo xtask generate";

/// A file derived from the spec, with its fresh contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    /// Where it is committed, relative to the workspace root, `/`-separated.
    pub path: String,
    /// The fresh contents; `None` for a file that must not exist (a leftover in a generated
    /// folder).
    pub contents: Option<String>,
}

impl Derived {
    /// The file at `path` with these fresh contents.
    pub fn new(path: impl Into<String>, contents: Option<String>) -> Self {
        Self { path: path.into(), contents }
    }
}

/// What to do with the fresh copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write each file whose contents changed, remove each leftover.
    Write,
    /// Write nothing; fail when a committed file differs from its fresh copy.
    Check,
}

/// Writes (`Mode::Write`) or checks (`Mode::Check`) every file, printing one line per changed
/// file and, with `verbose`, a short diff of each, then a count of the others.
///
/// Returns whether every committed file was (check) or now is (write) up to date.
///
/// # Errors
///
/// Fails when a file cannot be read, written or removed.
pub fn apply(root: &Path, files: &[Derived], mode: Mode, verbose: bool) -> anyhow::Result<bool> {
    let mut up_to_date = 0;
    for file in files {
        let path = root.join(&file.path);
        let committed = match std::fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", file.path)),
        };
        let fresh = file.contents.as_deref();
        if committed.as_deref() == fresh.map(str::as_bytes) {
            up_to_date += 1;
            continue;
        }
        match (mode, fresh) {
            (Mode::Check, _) => {
                let what = match (&committed, fresh) {
                    (None, _) => "does not exist".to_owned(),
                    (Some(_), None) => format!("is no longer generated from {SPEC_YAML}"),
                    (Some(_), Some(_)) => format!("is out of date relative to {SPEC_YAML}"),
                };
                println!("{} {what}; run `{REFRESH}`", file.path);
            }
            (Mode::Write, Some(contents)) => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .with_context(|| format!("cannot create the folder of {}", file.path))?;
                }
                std::fs::write(&path, contents)
                    .with_context(|| format!("cannot write {}", file.path))?;
                println!("{} written", file.path);
            }
            (Mode::Write, None) => {
                std::fs::remove_file(&path)
                    .with_context(|| format!("cannot remove {}", file.path))?;
                println!("{} removed", file.path);
            }
        }
        if verbose {
            let committed = String::from_utf8_lossy(committed.as_deref().unwrap_or_default());
            print!("{}", short_diff(&committed, fresh.unwrap_or_default(), &file.path));
        }
    }
    println!("{up_to_date} of {} generated file(s) up to date", files.len());
    Ok(mode == Mode::Write || up_to_date == files.len())
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
    let mut shown: String =
        lines.iter().take(MAX_DIFF_LINES).map(|line| format!("    {line}\n")).collect();
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
        Derived::new("generated/a.rs", Some(contents.to_owned()))
    }

    #[test]
    fn check_reports_missing_then_write_creates_then_check_passes() {
        let root = temp_root("cycle");
        let files = [derived("fn a() {}\n")];
        assert!(!apply(&root, &files, Mode::Check, false).expect("ok"));
        assert!(!root.join("generated/a.rs").exists());
        assert!(apply(&root, &files, Mode::Write, false).expect("ok"));
        assert_eq!(
            std::fs::read_to_string(root.join("generated/a.rs")).expect("written"),
            "fn a() {}\n"
        );
        assert!(apply(&root, &files, Mode::Check, true).expect("ok"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_changed_byte_is_stale_and_write_does_not_touch_an_up_to_date_file() {
        let root = temp_root("stale");
        std::fs::create_dir_all(root.join("generated")).expect("folder");
        std::fs::write(root.join("generated/a.rs"), "fn a() {}\r\n").expect("written");
        assert!(!apply(&root, &[derived("fn a() {}\n")], Mode::Check, true).expect("ok"));
        let mtime = || {
            std::fs::metadata(root.join("generated/a.rs"))
                .and_then(|m| m.modified())
                .expect("mtime")
        };
        let before = mtime();
        let same = [derived("fn a() {}\r\n")];
        assert!(apply(&root, &same, Mode::Check, false).expect("ok"));
        assert!(apply(&root, &same, Mode::Write, false).expect("ok"));
        assert_eq!(before, mtime());
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
