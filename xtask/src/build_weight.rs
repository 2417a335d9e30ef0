//! What a new application pays for depending on `ncloud-chat`, checked by
//! `cargo xtask package-check`, so a crate users add in one line stays light to build:
//!
//! - the README application compiles at most [`MAX_APP_CRATES`] crates, counted as
//!   `cargo tree --prefix none -e normal,build` lists them (distinct name and version, the
//!   application included), and none of the crates in [`FORBIDDEN_IN_APP`];
//! - the `idna-unicode-rs` feature decides the IDNA back end as the crate's documentation says
//!   ([`probe_idna`], [`check_idna`]). The README application cannot show it: in the scratch
//!   workspace the unpacked `ncloud-chat` is a member, and Cargo locks a member's optional
//!   dependencies whatever features are on. So two one-line applications outside any workspace
//!   (as a registry user's is) let Cargo choose `idna_adapter` afresh, once with the default
//!   features and once without.

use std::path::Path;

use anyhow::{Context as _, bail};

use crate::process;

/// The most crates the README application may compile.
pub const MAX_APP_CRATES: usize = 120;

/// Crates that must not be in a new application's build with the default features, and why.
pub const FORBIDDEN_IN_APP: [(&str, &str); 3] = [
    (
        "aws-lc-sys",
        "rustls's aws-lc-rs provider: a C build with cmake (the `rustls` feature uses `ring`)",
    ),
    ("cmake", "a C build driven by cmake"),
    ("icu_normalizer", "ICU4X's IDNA back end (the `idna-unicode-rs` feature selects unicode-rs)"),
];

/// One crate of a dependency tree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Crate {
    /// The package name.
    pub name: String,
    /// Its version, as `cargo tree` prints it (`v1.2.3`).
    pub version: String,
}

/// The distinct crates (name and version) of a `cargo tree --prefix none` output.
pub fn distinct_crates(tree: &str) -> Vec<Crate> {
    let mut crates: Vec<Crate> = tree
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some(Crate { name: words.next()?.to_owned(), version: words.next()?.to_owned() })
        })
        .collect();
    crates.sort_unstable();
    crates.dedup();
    crates
}

/// Checks the README application's tree: no forbidden crate, at most [`MAX_APP_CRATES`].
///
/// # Errors
///
/// A message naming the forbidden crate and why, or the count and the limit.
pub fn check_app(crates: &[Crate]) -> Result<(), String> {
    for (forbidden, why) in FORBIDDEN_IN_APP {
        if crates.iter().any(|c| c.name == forbidden) {
            return Err(format!(
                "a new application depending on ncloud-chat builds `{forbidden}`: {why}"
            ));
        }
    }
    if crates.len() > MAX_APP_CRATES {
        return Err(format!(
            "a new application depending on ncloud-chat compiles {} crates, more than the {} \
             allowed; `cargo tree -e normal,build -i NAME` shows who brings one",
            crates.len(),
            MAX_APP_CRATES
        ));
    }
    Ok(())
}

/// What Cargo chose for a one-line application.
#[derive(Debug)]
pub struct Probe {
    /// `idna_adapter`'s version (`v1.1.0`), `None` when the tree has no `idna_adapter`.
    pub idna_adapter: Option<String>,
    /// The tree's crates.
    pub crates: Vec<Crate>,
}

/// Resolves, in `dir`, an application outside any workspace whose one dependency is the
/// `ncloud-chat` package at `package` (its default features, or only `rustls`), starting from
/// `lock` (the repository's `Cargo.lock`) with `idna_adapter` released, as if the application
/// locked it for the first time. Needs the registry index (it may fetch it).
///
/// # Errors
///
/// Fails when a file cannot be written or `cargo update` / `cargo tree` fail.
pub fn probe_idna(
    dir: &Path,
    package: &Path,
    lock: &Path,
    default_features: bool,
) -> anyhow::Result<Probe> {
    let features =
        if default_features { "" } else { ", default-features = false, features = [\"rustls\"]" };
    std::fs::create_dir_all(dir.join("src"))
        .with_context(|| format!("cannot create {}", dir.display()))?;
    // `[workspace]`: its own workspace, so that the dependency is not a member.
    let manifest = format!(
        "# Written by `cargo xtask package-check`.\n\
         [package]\nname = \"idna-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[dependencies]\nncloud-chat = {{ path = {:?}{features} }}\n\n\
         [workspace]\n",
        package.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)
        .with_context(|| format!("cannot write {}", dir.join("Cargo.toml").display()))?;
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n")
        .with_context(|| format!("cannot write {}", dir.join("src/main.rs").display()))?;
    std::fs::copy(lock, dir.join("Cargo.lock")).context("cannot copy Cargo.lock")?;

    let manifest = dir.join("Cargo.toml");
    let update = process::capture(
        process::cargo(dir)
            .args(["update", "--package", "idna_adapter"])
            .arg("--manifest-path")
            .arg(&manifest),
    )?;
    if !update.status.success() {
        bail!("`cargo update -p idna_adapter` failed:\n{}", update.tail());
    }
    let tree = process::capture(
        process::cargo(dir)
            .args(["tree", "--prefix", "none", "-e", "normal,build"])
            .arg("--manifest-path")
            .arg(&manifest),
    )?;
    if !tree.status.success() {
        bail!("`cargo tree` failed:\n{}", tree.tail());
    }
    let crates = distinct_crates(&tree.stdout);
    Ok(Probe {
        idna_adapter: crates.iter().find(|c| c.name == "idna_adapter").map(|c| c.version.clone()),
        crates,
    })
}

/// With the default features `idna_adapter` must resolve to 1.1.x (unicode-rs); without them,
/// to something else (the application's lock chooses: ICU4X, 1.2.x, today), which proves the
/// unactivated optional dependency does not hold it back.
///
/// # Errors
///
/// A message saying which of the two applications resolved what.
pub fn check_idna(default: &Probe, opt_out: &Probe) -> Result<(), String> {
    let unicode_rs =
        |probe: &Probe| probe.idna_adapter.as_deref().is_some_and(|v| v.starts_with("v1.1."));
    let shown = |probe: &Probe| probe.idna_adapter.clone().unwrap_or_else(|| "none".into());
    if !unicode_rs(default) {
        return Err(format!(
            "with ncloud-chat's default features an application resolves idna_adapter {}, not \
             1.1.x (unicode-rs): the `idna-unicode-rs` feature no longer pins it",
            shown(default)
        ));
    }
    if opt_out.idna_adapter.is_none() || unicode_rs(opt_out) {
        return Err(format!(
            "without ncloud-chat's default features an application resolves idna_adapter {}: \
             the documented opt-out no longer lets the application's lock choose",
            shown(opt_out)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(names: &[&str]) -> Vec<Crate> {
        names
            .iter()
            .map(|name| Crate { name: (*name).to_owned(), version: "v1.0.0".to_owned() })
            .collect()
    }

    fn probe(idna_adapter: Option<&str>) -> Probe {
        Probe { idna_adapter: idna_adapter.map(str::to_owned), crates: Vec::new() }
    }

    #[test]
    fn crates_are_counted_once_per_name_and_version() {
        let listed = "app v0.1.0 (/x)\nserde v1.0.0\nsyn v2.0.1 (*)\nsyn v2.0.1\nsyn v3.0.0\n\n";
        let names: Vec<(String, String)> =
            distinct_crates(listed).into_iter().map(|c| (c.name, c.version)).collect();
        assert_eq!(
            names,
            [
                ("app".into(), "v0.1.0".into()),
                ("serde".into(), "v1.0.0".into()),
                ("syn".into(), "v2.0.1".into()),
                ("syn".into(), "v3.0.0".into()),
            ]
        );
    }

    #[test]
    fn the_app_is_refused_over_the_limit_or_with_a_forbidden_crate() {
        let names: Vec<String> = (0..MAX_APP_CRATES).map(|i| format!("c{i}")).collect();
        let mut crates = tree(&names.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(check_app(&crates), Ok(()));
        crates.push(tree(&["one-more"]).remove(0));
        let error = check_app(&crates).expect_err("over the limit");
        assert!(error.contains("121 crates, more than the 120"), "{error}");

        let error = check_app(&tree(&["app", "icu_normalizer"])).expect_err("ICU4X");
        assert!(error.contains("`icu_normalizer`: ICU4X"), "{error}");
        let error = check_app(&tree(&["cmake"])).expect_err("cmake");
        assert!(error.contains("`cmake`"), "{error}");
    }

    #[test]
    fn idna_back_ends_follow_the_feature() {
        assert_eq!(check_idna(&probe(Some("v1.1.0")), &probe(Some("v1.2.2"))), Ok(()));
        let error = check_idna(&probe(Some("v1.2.2")), &probe(Some("v1.2.2"))).unwrap_err();
        assert!(error.contains("default features") && error.contains("v1.2.2"), "{error}");
        let error = check_idna(&probe(None), &probe(Some("v1.2.2"))).unwrap_err();
        assert!(error.contains("resolves idna_adapter none"), "{error}");
        let error = check_idna(&probe(Some("v1.1.0")), &probe(Some("v1.1.0"))).unwrap_err();
        assert!(error.contains("without ncloud-chat's default features"), "{error}");
        let error = check_idna(&probe(Some("v1.1.0")), &probe(None)).unwrap_err();
        assert!(error.contains("without") && error.contains("none"), "{error}");
    }
}
