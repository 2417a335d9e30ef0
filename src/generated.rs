//! The client progenitor generates at build time from `spec/ncloud-chat.json`, the JSON
//! rendering of `spec/ncloud-chat.yaml` (see `build.rs`).
//! Nothing here is written by hand.
#![allow(missing_docs, non_camel_case_types, clippy::all, unused_imports, dead_code)]

include!(concat!(env!("OUT_DIR"), "/client.rs"));
