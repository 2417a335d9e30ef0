//! What handlers share: the configuration, the token signer and the database.
//!
//! The database sits behind one mutex: SQLite calls take microseconds, and one writer at a
//! time is what SQLite allows anyway.

use std::io;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::config::EmulatorConfig;
use crate::db::Db;
use crate::token::TokenSigner;

/// The state handlers receive.
pub(crate) type SharedState = Arc<AppState>;

/// Configuration, token signer and data of one emulator.
#[derive(Debug)]
pub(crate) struct AppState {
    pub(crate) config: EmulatorConfig,
    pub(crate) signer: TokenSigner,
    db: Mutex<Db>,
}

impl AppState {
    /// Opens the configured database (in memory unless [`EmulatorConfig::db_path`] is set).
    pub(crate) fn new(config: EmulatorConfig) -> io::Result<SharedState> {
        let (db, secret) = Db::open(config.db_path.as_deref()).map_err(|e| {
            let place = config
                .db_path
                .as_ref()
                .map_or_else(|| "in memory".to_owned(), |p| p.display().to_string());
            io::Error::other(format!("cannot open the emulator database ({place}): {e}"))
        })?;
        Ok(Arc::new(AppState { config, signer: TokenSigner::new(secret), db: Mutex::new(db) }))
    }

    /// Locks the database. A handler never panics while holding the lock, and every change
    /// is a transaction that a panic rolls back, so poisoning is ignored.
    pub(crate) fn db(&self) -> MutexGuard<'_, Db> {
        self.db.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
