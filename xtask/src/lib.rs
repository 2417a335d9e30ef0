//! Maintainer commands for `ncloud-chat`, run as `cargo xtask <command>` (an alias in
//! `.cargo/config.toml`).
//!
//! The binary (`src/main.rs`) only parses arguments and dispatches; each command lives in its own
//! module so tests can call it without spawning a process:
//!
//! - [`spec_check`]: `cargo xtask spec`, the spec's own rules (operation table, response shape,
//!   progenitor limits, examples validated against their schemas);
//! - [`lint`]: the external OpenAPI linters (Redocly, Spectral) installed under `tools/`;
//! - [`generate`]: `cargo xtask generate`, every committed file derived from the spec (the JSON
//!   rendering, the generated Rust code, the packages' generated files), with `--check` for CI;
//! - [`bindings`]: the generated files of the TypeScript and Python packages, from the pinned
//!   generators (part of `generate`);
//! - [`bindings_check`]: `cargo xtask bindings-check`, both packages packed, installed outside
//!   the repository and tested against the emulator;
//! - [`schemathesis`]: `cargo xtask schemathesis`, schemathesis `--checks all` against the
//!   emulator;
//! - [`tools`]: `cargo xtask tools`, installing and locating the pinned npm and PyPI tools;
//! - [`fuzz`]: `cargo xtask fuzz`, the decoder fuzz test with a long budget;
//! - [`package_check`]: `cargo xtask package-check`, the published crates built from their
//!   `.crate` files and the README's install block and examples compiled as a new application;
//!
//! and the helpers they share:
//!
//! - [`build_weight`]: what a new application compiles (crate count, forbidden crates, the IDNA
//!   back end), for `package-check`;
//! - [`snapshot`]: writing or checking the files `generate` maintains, with a short diff;
//! - [`emulator`]: the `ncloud-chat-emulator` emulator, started in-process;
//! - [`process`]: running external programs with errors that name them;
//! - [`workspace`]: where the workspace and its files are;
//! - [`problem`]: the one-line report every check produces.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bindings;
pub mod bindings_check;
pub mod build_weight;
pub mod emulator;
pub mod fuzz;
pub mod generate;
pub mod lint;
pub mod package_check;
pub mod problem;
pub mod process;
pub mod schemathesis;
pub mod snapshot;
pub mod spec_check;
pub mod tools;
pub mod workspace;

pub use problem::Problem;
pub use spec_check::{Report, check_document};
