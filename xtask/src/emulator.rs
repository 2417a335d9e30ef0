//! The emulator (`ncloud-chat-emulator`), started in-process for the commands that drive a
//! client written in another language against it. It runs on a runtime of its own, so it
//! serves while this thread waits for the client's process, and stops when dropped, so it
//! never outlives a failing check.

use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer};

pub use ncloud_chat_emulator::ErrorTransport;

/// Both error transports, the emulator's default first.
pub const TRANSPORTS: [ErrorTransport; 2] = [ErrorTransport::HttpStatus, ErrorTransport::Http200];

/// A running emulator; dropping it stops it.
#[derive(Debug)]
pub struct Running {
    // Dropped in this order: the server is told to stop, then its runtime shuts down.
    server: EmulatorServer,
    _runtime: tokio::runtime::Runtime,
}

/// Starts an emulator on a free local port, sending its error envelopes as `transport` says.
///
/// # Errors
///
/// Fails when the runtime cannot be built or the port cannot be bound.
pub fn start(transport: ErrorTransport) -> anyhow::Result<Running> {
    let runtime = tokio::runtime::Runtime::new()?;
    let config = EmulatorConfig::default().with_error_transport(transport);
    let server = runtime.block_on(EmulatorServer::start(config))?;
    Ok(Running { server, _runtime: runtime })
}

impl Running {
    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> String {
        self.server.base_url()
    }

    /// The `x-api-key` it accepts.
    pub fn api_key(&self) -> &str {
        self.server.api_key()
    }

    /// The `x-project-id` it accepts.
    pub fn project_id(&self) -> &str {
        self.server.project_id()
    }

    /// The environment the clients under test read: where it listens and its credentials.
    pub fn env(&self) -> [(&'static str, String); 3] {
        [
            ("NCLOUD_CHAT_BASE_URL", self.base_url()),
            ("NCLOUD_CHAT_API_KEY", self.api_key().to_owned()),
            ("NCLOUD_CHAT_PROJECT_ID", self.project_id().to_owned()),
        ]
    }
}

/// The transport's name in `NCLOUD_CHAT_ERROR_TRANSPORT`, which the TypeScript program reads.
pub fn transport_name(transport: ErrorTransport) -> &'static str {
    match transport {
        ErrorTransport::HttpStatus => "http-4xx",
        ErrorTransport::Http200 => "http-200",
    }
}
