//! `cargo xtask`: argument parsing and dispatch only. Each command is a module of the `xtask`
//! library, so its logic is testable without running this binary.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use xtask::{bindings_check, fuzz, generate, package_check, schemathesis, spec_check, tools};

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
    /// Regenerate every committed file derived from the spec: spec/ncloud-chat.json (what
    /// build.rs reads), the snapshots in generated/ (exactly as build.rs generates them), the
    /// CLI's cli/generated/cli.rs and the generated files of the TypeScript and Python packages
    /// under bindings/.
    Generate(generate::GenerateArgs),
    /// Pack the TypeScript and Python packages (npm pack, a wheel), install each outside the
    /// repository, type-check their tests and run them against the emulator (what CI runs).
    BindingsCheck(bindings_check::BindingsCheckArgs),
    /// Run schemathesis (--checks all, fixed seed) against the emulator: the spec and the
    /// emulator agree.
    Schemathesis(schemathesis::SchemathesisArgs),
    /// Install the pinned npm tools (tools/node_modules) and Python tools (tools/.venv) when
    /// missing or out of date.
    Tools(tools::ToolsArgs),
    /// Run the decoder fuzz test (tests/it/fuzz.rs) longer than CI does, with a fresh seed
    /// unless one is given.
    Fuzz(fuzz::FuzzArgs),
    /// Package the published crates, build them from their .crate files (lib, bins, shipped
    /// examples), and build the README's install block and examples as a new application.
    PackageCheck(package_check::PackageCheckArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Spec(args) => spec_check::run(args),
        Command::Generate(args) => generate::run(args),
        Command::BindingsCheck(args) => bindings_check::run(args),
        Command::Schemathesis(args) => schemathesis::run(args),
        Command::Tools(args) => tools::run(args),
        Command::Fuzz(args) => fuzz::run(args),
        Command::PackageCheck(args) => package_check::run(args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error:#}");
        ExitCode::FAILURE
    })
}
