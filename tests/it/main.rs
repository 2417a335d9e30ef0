//! Integration tests of the public API against a mock server, raw-TCP fault servers and the
//! emulator (one binary, shared setup in `common.rs` and `fixtures.rs`).

mod common;
mod config;
mod emulator;
mod envelope_cases;
mod errors;
mod fault_cases;
mod faults;
mod fixtures;
mod fuzz;
mod hostile;
mod memory;
mod observe;
mod operations;
mod page_anomalies;
mod pagination;
mod paths;
mod query;
mod response_variants;
mod result_ext;
mod retries;
mod secrets;
mod snapshot;
mod success_shape;
mod tokens;
mod tolerance;
mod traces;
mod validation;
