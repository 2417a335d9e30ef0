//! Maintainer commands for `ncloud-chat`, run as `cargo xtask <command>` (an alias in
//! `.cargo/config.toml`).
//!
//! The binary (`src/main.rs`) only parses arguments and dispatches; each command lives in its own
//! module so tests can call it without spawning a process:
//!
//! - [`spec_check`]: `cargo xtask spec`, the spec's own rules (operation table, response shape,
//!   progenitor limits, examples validated against their schemas);
//! - [`lint`]: the external OpenAPI linters (Redocly, Spectral) installed under `tools/`;
//! - [`workspace`]: where the workspace and its files are;
//! - [`problem`]: the one-line report every check produces.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod lint;
pub mod problem;
pub mod spec_check;
pub mod workspace;

pub use problem::Problem;
pub use spec_check::{Report, check_document, load_document};
