//! `ncloud-chat-emulator`: run the Ncloud Chat emulator until Ctrl-C.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use ncloud_chat_emulator::{ConsoleMode, EmulatorConfig, EmulatorServer, ErrorTransport, KeyState};

/// A local, stateful emulator of the Ncloud Chat REST API.
#[derive(Debug, Parser)]
#[command(name = "ncloud-chat-emulator", version, about)]
struct Args {
    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Address to listen on.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
    /// Send error envelopes with HTTP 200 instead of a 4xx status.
    #[arg(long)]
    errors_as_200: bool,
    /// Project ID to accept (default: a fixed UUID).
    #[arg(long)]
    project_id: Option<String>,
    /// API key to accept (default: fake-api-key-0001).
    #[arg(long)]
    api_key: Option<String>,
    /// Largest accepted request body, in bytes.
    #[arg(long, default_value_t = ncloud_chat_emulator::DEFAULT_MAX_BODY_BYTES)]
    max_body_bytes: usize,
    /// SQLite file to keep the data in (created if missing), so a restart finds it again.
    /// Without it the data lives in memory and is gone at exit.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Serve the browser console even when `--host` is not a loopback address (it shows all
    /// data without the API key). By default it is served on loopback addresses only.
    #[arg(long, conflicts_with = "no_console")]
    console: bool,
    /// Do not serve the browser console.
    #[arg(long)]
    no_console: bool,
    /// Port of the browser console; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    console_port: u16,
}

fn config(args: &Args) -> EmulatorConfig {
    let mut config = EmulatorConfig::default()
        .with_max_body_bytes(args.max_body_bytes)
        .with_console_port(args.console_port);
    if args.console {
        config = config.with_console(ConsoleMode::Always);
    } else if args.no_console {
        config = config.with_console(ConsoleMode::Never);
    }
    if args.errors_as_200 {
        config = config.with_error_transport(ErrorTransport::Http200);
    }
    if let Some(project_id) = &args.project_id {
        config = config.with_project_id(project_id);
    }
    if let Some(api_key) = &args.api_key {
        config = config.with_api_key(api_key);
    }
    if let Some(path) = &args.db {
        config = config.with_db_path(path);
    }
    config
}

/// Resolves on Ctrl-C (and, on Unix, SIGTERM). The handlers are installed before it returns.
#[cfg(unix)]
fn stop_signal() -> std::io::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

/// Resolves on Ctrl-C.
#[cfg(not(unix))]
fn stop_signal() -> std::io::Result<impl Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let emulator = match EmulatorServer::bind(config(&args), SocketAddr::new(args.host, args.port))
        .await
    {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("ncloud-chat-emulator: cannot start on {}:{}: {error}", args.host, args.port);
            return ExitCode::FAILURE;
        }
    };
    // Install the signal handlers before printing the URL: whoever reads the URL may stop us
    // at once.
    let stop = match stop_signal() {
        Ok(stop) => stop,
        Err(error) => {
            eprintln!("ncloud-chat-emulator: cannot install the Ctrl-C handler: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("ncloud-chat-emulator listening on {}", emulator.base_url());
    println!("  x-project-id: {}", emulator.project_id());
    println!("  x-api-key:    {}", emulator.api_key());
    match &args.db {
        Some(path) => println!("  data:         {}", path.display()),
        None => println!("  data:         in memory (--db PATH keeps it)"),
    }
    match emulator.console_url() {
        Some(url) => println!("  console:      {url}"),
        None if args.no_console => println!("  console:      off (--no-console)"),
        None => println!("  console:      off (not a loopback address: --console serves it)"),
    }
    for (state, label) in [
        (KeyState::OtherProject, "-2 (other project)"),
        (KeyState::Deleted, "-3 (deleted)"),
        (KeyState::Disabled, "-4 (disabled)"),
        (KeyState::Expired, "-5 (expired)"),
    ] {
        println!("  key answering {label}: {}", emulator.config().key(state));
    }
    println!();
    println!("NCLOUD_CHAT_BASE_URL={}", emulator.base_url());
    println!("NCLOUD_CHAT_API_KEY={}", emulator.api_key());
    println!("NCLOUD_CHAT_PROJECT_ID={}", emulator.project_id());
    stop.await;
    match emulator.shutdown().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ncloud-chat-emulator: {error}");
            ExitCode::FAILURE
        }
    }
}
