//! Integration tests: real HTTP against `EmulatorServer::start`, one module per concern.

mod auth;
mod binary;
mod channels;
mod common;
mod console;
mod friends;
mod lists;
mod messages;
mod robustness;
mod server;
mod storage;
mod subscriptions;
mod token;
mod users;
