//! The client progenitor generates from `spec/ncloud-chat.yaml` at build time (see `build.rs`).
//! Nothing here is written by hand.
#![allow(
    missing_docs,
    non_camel_case_types,
    clippy::all,
    unused_imports,
    dead_code
)]

include!(concat!(env!("OUT_DIR"), "/client.rs"));
