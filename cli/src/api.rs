//! The names the generated CLI imports with its one `use crate::api::*;` line.
//!
//! progenitor's CLI code expects the client crate's root to hold the generated `Client`,
//! `builder`, `types`, and progenitor's generic `Error<T>` and `ResponseValue<T>`. `ncloud_chat`'s
//! root deliberately holds its own, non-generic `Error` instead, so this module assembles the
//! expected set; `build.rs` passes `crate::api` as the generator's crate path.

pub use ncloud_chat::{Client, builder, types};
pub use progenitor_client::{Error, ResponseValue};
