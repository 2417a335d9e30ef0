//! The command tree and request execution progenitor generates from `spec/ncloud-chat.yaml` at
//! build time (see `build.rs`): `Cli`, `CliCommand` and the `CliConfig` trait. Nothing here is
//! written by hand.
#![allow(
    missing_docs,
    unused_imports,
    unused_variables,
    dead_code,
    clippy::all,
    clippy::pedantic
)]

include!(concat!(env!("OUT_DIR"), "/cli.rs"));
