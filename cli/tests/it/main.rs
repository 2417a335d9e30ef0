//! Integration tests of the `ncloud-chat` binary: against the emulator (`emulator.rs`), against
//! wiremock for the exact requests sent (`requests.rs`), and without a server for usage errors
//! (`usage.rs`), and the committed CLI snapshot (`snapshot.rs`). `common.rs` runs the binary.

mod common;
mod emulator;
mod requests;
mod snapshot;
mod usage;
