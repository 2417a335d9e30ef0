//! `cargo xtask`: argument parsing and dispatch only. Each command is a module of the `xtask`
//! library, so its logic is testable without running this binary.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use xtask::spec_check;

/// Maintainer commands for ncloud-chat.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the OpenAPI spec: operation table, responses, progenitor limits, examples, then
    /// the Redocly and Spectral linters.
    Spec(spec_check::SpecArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Spec(args) => spec_check::run(args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error:#}");
        ExitCode::FAILURE
    })
}
