//! placeholder
pub mod config;
pub mod generated;
mod hooks;
