//! Running the emulator: the assembled [`router`] and the [`EmulatorServer`] handle, which
//! also serves the browser console (`console/`) on a second port.

use std::fmt;
use std::io;
use std::net::SocketAddr;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::config::{Credentials, EmulatorConfig, KeyState};
use crate::state::{AppState, SharedState};
use crate::{auth, console, error, routes};

/// The emulator as an [`axum::Router`], to embed in another server or drive with
/// `tower::ServiceExt::oneshot`. Each call makes a new emulator, empty unless
/// [`EmulatorConfig::db_path`] names a database that has data.
///
/// # Errors
/// When the database cannot be opened.
pub fn router(config: EmulatorConfig) -> io::Result<Router> {
    Ok(build(AppState::new(config)?))
}

fn build(state: SharedState) -> Router {
    // Layers wrap what is above them: `apply_transport` is outermost so that it also sees
    // the credential errors, and the fallbacks are added first so the layers cover them.
    routes::routes()
        .fallback(error::unknown_route)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), auth::require_credentials))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(middleware::map_response_with_state(
            state.config.error_transport,
            error::apply_transport,
        ))
        .with_state(state)
}

/// A running emulator on a local TCP port, serving until [`EmulatorServer::shutdown`] or drop.
///
/// ```
/// # async fn demo() -> std::io::Result<()> {
/// use ncloud_chat_emulator::{EmulatorConfig, EmulatorServer};
///
/// let emulator = EmulatorServer::start(EmulatorConfig::default()).await?;
/// assert!(emulator.base_url().starts_with("http://127.0.0.1:"));
/// emulator.shutdown().await?;
/// # Ok(())
/// # }
/// ```
pub struct EmulatorServer {
    addr: SocketAddr,
    console_addr: Option<SocketAddr>,
    state: SharedState,
    stop: Option<watch::Sender<()>>,
    tasks: Vec<JoinHandle<io::Result<()>>>,
}

impl fmt::Debug for EmulatorServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorServer")
            .field("base_url", &self.base_url())
            .field("console_url", &self.console_url())
            .field("config", &self.state.config)
            .finish_non_exhaustive()
    }
}

impl EmulatorServer {
    /// Starts an emulator on `127.0.0.1` with a free port chosen by the OS.
    ///
    /// # Errors
    /// When the port cannot be bound or the database cannot be opened.
    pub async fn start(config: EmulatorConfig) -> io::Result<EmulatorServer> {
        EmulatorServer::bind(config, SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts an emulator on `addr` (port `0` picks a free port).
    ///
    /// # Errors
    /// When the address cannot be bound or the database cannot be opened.
    pub async fn bind(config: EmulatorConfig, addr: SocketAddr) -> io::Result<EmulatorServer> {
        let listener = TcpListener::bind(addr).await?;
        EmulatorServer::serve(config, listener)
    }

    /// Starts an emulator on an already bound listener, and its console on the same address
    /// when [`EmulatorConfig::console`] asks for it. Must be called inside a Tokio runtime.
    ///
    /// # Errors
    /// When the listener's local address cannot be read, the console's port cannot be bound,
    /// or the database cannot be opened.
    pub fn serve(config: EmulatorConfig, listener: TcpListener) -> io::Result<EmulatorServer> {
        let addr = listener.local_addr()?;
        let state = AppState::new(config)?;
        // Either an explicit stop or the handle being dropped ends the servers.
        let (stop, stopped) = watch::channel(());
        let console = if console::wanted(state.config.console, addr.ip()) {
            let port = state.config.console_port;
            let listener = std::net::TcpListener::bind(SocketAddr::new(addr.ip(), port))?;
            listener.set_nonblocking(true)?;
            let listener = TcpListener::from_std(listener)?;
            Some((listener.local_addr()?, listener))
        } else {
            None
        };
        let mut tasks = vec![spawn(listener, build(state.clone()), stopped.clone())];
        let console_addr = console.map(|(console_addr, listener)| {
            let app = console::router(state.clone(), console_addr);
            tasks.push(spawn(listener, app, stopped));
            console_addr
        });
        Ok(EmulatorServer { addr, console_addr, state, stop: Some(stop), tasks })
    }

    /// The address the emulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Base URL for a client, e.g. `http://127.0.0.1:41234` (no trailing slash; paths start
    /// with `/v1/api`).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The console's URL, e.g. `http://127.0.0.1:41235/`, or `None` when it is not served
    /// (see [`EmulatorConfig::console`]).
    pub fn console_url(&self) -> Option<String> {
        self.console_addr.map(|addr| format!("http://{addr}/"))
    }

    /// The working API key (`x-api-key`).
    pub fn api_key(&self) -> &str {
        &self.state.config.api_key
    }

    /// The accepted project ID (`x-project-id`).
    pub fn project_id(&self) -> &str {
        &self.state.config.project_id
    }

    /// The configuration the emulator runs with.
    pub fn config(&self) -> &EmulatorConfig {
        &self.state.config
    }

    /// The working credentials.
    pub fn credentials(&self) -> Credentials {
        self.credentials_for(KeyState::Active)
    }

    /// Credentials whose key is in `state`: e.g. [`KeyState::Deleted`] makes every request
    /// answer `-3`. The project ID is always the accepted one.
    pub fn credentials_for(&self, state: KeyState) -> Credentials {
        self.state.config.credentials_for(state)
    }

    /// The claims of a token this emulator issued (`id`, `project_id`, `iat`, `exp`), or
    /// `None` if the signature does not verify. Expiry is not checked.
    pub fn verify_token(&self, token: &str) -> Option<serde_json::Value> {
        self.state.signer.verify(token)
    }

    /// Stops accepting connections, lets open requests finish, and waits for the server.
    ///
    /// # Errors
    /// When serving failed or the server task panicked.
    pub async fn shutdown(mut self) -> io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        for task in std::mem::take(&mut self.tasks) {
            task.await.map_err(io::Error::other)??;
        }
        Ok(())
    }
}

/// Serves `app` on `listener` until `stopped` changes or its sender is dropped.
fn spawn(
    listener: TcpListener,
    app: Router,
    mut stopped: watch::Receiver<()>,
) -> JoinHandle<io::Result<()>> {
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let _ = stopped.changed().await;
    });
    tokio::spawn(async move { server.await })
}

impl Drop for EmulatorServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
