//! Emulator settings: the credentials it accepts, how it reports errors, its body limit,
//! where it keeps its data, and whether it serves its browser console.

use std::path::PathBuf;

/// Project ID the emulator accepts by default (a fixed UUID, so it can be written into tests).
pub const DEFAULT_PROJECT_ID: &str = "f4ce0000-0000-4000-8000-000000000001";
/// API key the emulator accepts by default.
pub const DEFAULT_API_KEY: &str = "fake-api-key-0001";
/// Default key that answers `-3` (deleted key).
pub const DEFAULT_DELETED_API_KEY: &str = "fake-api-key-deleted";
/// Default key that answers `-4` (key disabled in the dashboard).
pub const DEFAULT_DISABLED_API_KEY: &str = "fake-api-key-disabled";
/// Default key that answers `-5` (expired key).
pub const DEFAULT_EXPIRED_API_KEY: &str = "fake-api-key-expired";
/// Default key that answers `-2` (a key registered for another project).
pub const DEFAULT_OTHER_PROJECT_API_KEY: &str = "fake-api-key-other-project";
/// A key the emulator never registers: it answers `-1`.
pub const UNREGISTERED_API_KEY: &str = "fake-api-key-unregistered";
/// Default request body limit: 64 KiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024;

/// How error envelopes (`{"status": <code>, "message": "..."}`) travel over HTTP.
///
/// The vendor does not document which HTTP status carries its error envelopes, so clients
/// must cope with both; this switch lets their tests cover both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ErrorTransport {
    /// Every error envelope is sent with HTTP 200.
    Http200,
    /// Error envelopes carry a matching 4xx/5xx status (the default): `-1`, `-2`, `-3`, `-5`
    /// → 401; `-4` → 403; `-6` → 404; validation → 400; not found → 404; duplicate → 409;
    /// body too large → 413; wrong method → 405.
    #[default]
    HttpStatus,
}

/// When the emulator serves its browser console (on a port of its own, next to the API's).
///
/// The console shows every user, channel and message without asking for the API key, and
/// posts messages, so by default it is served only where nobody else can reach it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConsoleMode {
    /// Served when the API listens on a loopback address (the default).
    #[default]
    Loopback,
    /// Served on whatever address the API listens on (`--console`).
    Always,
    /// Not served (`--no-console`).
    Never,
}

/// The state of an API key, as the service reports it.
///
/// Used with [`EmulatorConfig::key`] and [`crate::EmulatorServer::credentials_for`] to get a key
/// that produces a given result code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyState {
    /// The project's working key: requests succeed.
    Active,
    /// A key registered for another project: `-2`.
    OtherProject,
    /// A deleted key: `-3`.
    Deleted,
    /// A key marked "not used" in the dashboard: `-4`.
    Disabled,
    /// An expired key: `-5`.
    Expired,
    /// A key that was never registered: `-1`.
    Unregistered,
}

impl KeyState {
    /// Every state, in result-code order (`Active` first).
    pub const ALL: [KeyState; 6] = [
        KeyState::Active,
        KeyState::Unregistered,
        KeyState::OtherProject,
        KeyState::Deleted,
        KeyState::Disabled,
        KeyState::Expired,
    ];

    /// The `status` the service answers for a request made with a key in this state:
    /// `1` for [`KeyState::Active`], `-1`..`-5` for the others.
    pub fn status_code(self) -> i64 {
        match self {
            KeyState::Active => 1,
            KeyState::Unregistered => -1,
            KeyState::OtherProject => -2,
            KeyState::Deleted => -3,
            KeyState::Disabled => -4,
            KeyState::Expired => -5,
        }
    }
}

/// The two header values a request needs: `x-api-key` and `x-project-id`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// Value for the `x-api-key` header.
    pub api_key: String,
    /// Value for the `x-project-id` header.
    pub project_id: String,
}

/// Settings of an emulator instance. `EmulatorConfig::default()` is ready to use.
///
/// Fields are public; the `with_*` setters are the same thing in builder style.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EmulatorConfig {
    /// The only project ID accepted (others answer `-6`). Default [`DEFAULT_PROJECT_ID`].
    pub project_id: String,
    /// The working API key. Default [`DEFAULT_API_KEY`].
    pub api_key: String,
    /// Key that answers `-3`. Default [`DEFAULT_DELETED_API_KEY`].
    pub deleted_api_key: String,
    /// Key that answers `-4`. Default [`DEFAULT_DISABLED_API_KEY`].
    pub disabled_api_key: String,
    /// Key that answers `-5`. Default [`DEFAULT_EXPIRED_API_KEY`].
    pub expired_api_key: String,
    /// Key that answers `-2`. Default [`DEFAULT_OTHER_PROJECT_API_KEY`].
    pub other_project_api_key: String,
    /// HTTP status used for error envelopes. Default [`ErrorTransport::HttpStatus`].
    pub error_transport: ErrorTransport,
    /// Largest accepted request body in bytes; larger ones get 413. Default 64 KiB.
    pub max_body_bytes: usize,
    /// SQLite database file to keep the data in, created if missing: an emulator started
    /// again on the same file finds its users, channels, friendships, subscriptions,
    /// messages (and still accepts the tokens it issued). Default `None`: a private
    /// in-memory database, empty at every start.
    pub db_path: Option<PathBuf>,
    /// When the browser console is served. Default [`ConsoleMode::Loopback`].
    pub console: ConsoleMode,
    /// Port of the console, on the API's address; `0` (the default) picks a free one.
    pub console_port: u16,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        EmulatorConfig {
            project_id: DEFAULT_PROJECT_ID.to_owned(),
            api_key: DEFAULT_API_KEY.to_owned(),
            deleted_api_key: DEFAULT_DELETED_API_KEY.to_owned(),
            disabled_api_key: DEFAULT_DISABLED_API_KEY.to_owned(),
            expired_api_key: DEFAULT_EXPIRED_API_KEY.to_owned(),
            other_project_api_key: DEFAULT_OTHER_PROJECT_API_KEY.to_owned(),
            error_transport: ErrorTransport::default(),
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            db_path: None,
            console: ConsoleMode::default(),
            console_port: 0,
        }
    }
}

impl EmulatorConfig {
    /// Sets the accepted project ID.
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = project_id.into();
        self
    }

    /// Sets the working API key.
    pub fn with_api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = api_key.into();
        self
    }

    /// Sets the key that produces `state`'s result code. [`KeyState::Unregistered`] has no
    /// stored key (every unknown key is unregistered), so it is ignored.
    pub fn with_key(mut self, state: KeyState, key: impl Into<String>) -> Self {
        let key = key.into();
        match state {
            KeyState::Active => self.api_key = key,
            KeyState::OtherProject => self.other_project_api_key = key,
            KeyState::Deleted => self.deleted_api_key = key,
            KeyState::Disabled => self.disabled_api_key = key,
            KeyState::Expired => self.expired_api_key = key,
            KeyState::Unregistered => {}
        }
        self
    }

    /// Sets how error envelopes travel (HTTP 200 or a 4xx/5xx status).
    pub fn with_error_transport(mut self, transport: ErrorTransport) -> Self {
        self.error_transport = transport;
        self
    }

    /// Sets the request body limit in bytes.
    pub fn with_max_body_bytes(mut self, max_body_bytes: usize) -> Self {
        self.max_body_bytes = max_body_bytes;
        self
    }

    /// Keeps the data in the SQLite file at `path` instead of in memory.
    pub fn with_db_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.db_path = Some(path.into());
        self
    }

    /// Sets when the browser console is served.
    pub fn with_console(mut self, console: ConsoleMode) -> Self {
        self.console = console;
        self
    }

    /// Sets the console's port (`0`: a free one).
    pub fn with_console_port(mut self, port: u16) -> Self {
        self.console_port = port;
        self
    }

    /// The API key that produces `state`'s result code ([`UNREGISTERED_API_KEY`] for
    /// [`KeyState::Unregistered`]).
    pub fn key(&self, state: KeyState) -> &str {
        match state {
            KeyState::Active => &self.api_key,
            KeyState::OtherProject => &self.other_project_api_key,
            KeyState::Deleted => &self.deleted_api_key,
            KeyState::Disabled => &self.disabled_api_key,
            KeyState::Expired => &self.expired_api_key,
            KeyState::Unregistered => UNREGISTERED_API_KEY,
        }
    }

    /// The state of `key` for this emulator. The working key wins if a key is configured twice.
    pub fn key_state(&self, key: &str) -> KeyState {
        [
            KeyState::Active,
            KeyState::OtherProject,
            KeyState::Deleted,
            KeyState::Disabled,
            KeyState::Expired,
        ]
        .into_iter()
        .find(|state| self.key(*state) == key)
        .unwrap_or(KeyState::Unregistered)
    }

    /// Credentials whose key is in `state`, with the configured project ID.
    pub fn credentials_for(&self, state: KeyState) -> Credentials {
        Credentials { api_key: self.key(state).to_owned(), project_id: self.project_id.clone() }
    }
}
