//! The committed snapshots `generated/client.rs`, `operations.rs` and `constraints.rs` are byte
//! for byte what `build.rs` generated for this very build (`$OUT_DIR/`), so the code reviewers
//! read is the code that runs.
//! `OUT_DIR` is set for every target of a package with a build script, integration tests
//! included. And the spec's JSON rendering, which `build.rs` reads, says what the YAML says.

use std::path::Path;

/// The command that refreshes the snapshot.
const REFRESH: &str = "cargo xtask generate";

#[test]
fn generated_files_are_what_build_rs_generates() {
    for name in ["client.rs", "operations.rs", "constraints.rs"] {
        let built_path = Path::new(env!("OUT_DIR")).join(name);
        let built = std::fs::read_to_string(&built_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", built_path.display()));
        let snapshot_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated").join(name);
        let snapshot = std::fs::read_to_string(&snapshot_path).unwrap_or_else(|e| {
            panic!("cannot read generated/{name} ({e}); run `{REFRESH}` and commit it")
        });
        if snapshot == built {
            continue;
        }
        // Not `assert_eq!`: that would print both files, hundreds of kilobytes each.
        let (line, committed, fresh) = first_difference(&snapshot, &built);
        panic!(
            "generated/{name} is out of date relative to spec/ncloud-chat.json: it differs from \
             the file build.rs generated ({}) from line {line}:\n  committed: {committed}\n  \
             built:     {fresh}\nrun `{REFRESH}` (or `{REFRESH} --check -v` to see a diff) and \
             commit generated/",
            built_path.display()
        );
    }
}

/// `build.rs` reads the spec's JSON rendering; it must hold the handwritten YAML's data, or the
/// build would generate from an old spec. (`cargo xtask generate --check` also compares the
/// text, key order and layout included.)
#[test]
fn spec_json_holds_what_the_yaml_says() {
    let read = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec").join(name);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    let yaml: serde_json::Value =
        serde_yaml_ng::from_str(&read("ncloud-chat.yaml")).expect("the spec is valid YAML");
    let json: serde_json::Value =
        serde_json::from_str(&read("ncloud-chat.json")).expect("the JSON rendering is JSON");
    assert!(
        yaml == json,
        "spec/ncloud-chat.json does not hold what spec/ncloud-chat.yaml says: run `{REFRESH}` \
         and commit spec/"
    );
}

/// The first line (1-based) where the two texts differ, with each text's version of it.
fn first_difference<'a>(a: &'a str, b: &'a str) -> (usize, &'a str, &'a str) {
    let mut a_lines = a.split_inclusive('\n');
    let mut b_lines = b.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (a_lines.next(), b_lines.next()) {
            (Some(x), Some(y)) if x == y => number += 1,
            (x, y) => {
                return (
                    number,
                    x.map_or("<end of file>", str::trim_end),
                    y.map_or("<end of file>", str::trim_end),
                );
            }
        }
    }
}

#[test]
fn first_difference_names_the_line() {
    assert_eq!(first_difference("a\nb\n", "a\nc\n"), (2, "b", "c"));
    assert_eq!(first_difference("a\n", "a\nb\n"), (2, "<end of file>", "b"));
    // A lost final newline or a CRLF checkout is a difference too, even if both lines read the
    // same once trimmed.
    assert_eq!(first_difference("a\n", "a"), (1, "a", "a"));
    assert_eq!(first_difference("a\r\n", "a\n"), (1, "a", "a"));
}
