//! `cargo xtask fuzz [--cases N] [--seed S]`: the decoder fuzz test (`tests/it/fuzz.rs`) for
//! longer than CI runs it. CI runs 48 mutations per operation with a fixed seed inside
//! `cargo test`; this runs `--cases` per operation (default 2,000, about 46,000 bodies and a few
//! minutes) with a fresh seed unless one is given, and prints the seed first so a failure can
//! be replayed. It uses the test profile `cargo test` already built.

use std::process::{Command, ExitCode};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::{process, workspace};

/// Arguments of `cargo xtask fuzz`.
#[derive(Debug, clap::Args)]
pub struct FuzzArgs {
    /// Mutated bodies per operation.
    #[arg(long, default_value_t = 2_000)]
    pub cases: u64,
    /// The random seed (default: from the clock, printed so a failure can be replayed).
    #[arg(long)]
    pub seed: Option<u64>,
}

/// Runs `cargo xtask fuzz`.
///
/// # Errors
///
/// Fails when cargo cannot be run or the fuzz test fails; the seed is printed first.
pub fn run(args: &FuzzArgs) -> anyhow::Result<ExitCode> {
    let seed = args.seed.unwrap_or_else(|| {
        SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |elapsed| elapsed.as_nanos() as u64)
    });
    println!("fuzzing {} mutated bodies per operation, seed {seed}", args.cases);
    println!("replay: cargo xtask fuzz --cases {} --seed {seed}", args.cases);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    process::run_shown(
        Command::new(cargo)
            .current_dir(workspace::root())
            .args(["test", "-p", "ncloud-chat", "--test", "it", "fuzz::"])
            .args(["--", "--nocapture"])
            .env("NCLOUD_CHAT_FUZZ_CASES", args.cases.to_string())
            .env("NCLOUD_CHAT_FUZZ_SEED", seed.to_string()),
    )?;
    Ok(ExitCode::SUCCESS)
}
