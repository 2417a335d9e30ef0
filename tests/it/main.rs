//! Integration tests of the public API against a mock server (one binary, shared setup).

mod common;
mod config;
mod e2e;
mod errors;
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
mod result_ext;
mod retries;
mod secrets;
mod snapshot;
mod spec_tolerance;
mod tokens;
mod tolerance;
mod traces;
mod validation;
