//! The emulator's data in SQLite: opening the database (in memory, or a file that survives
//! restarts), the one schema, and the row reads and writes the handlers share.
//!
//! Users, channels and messages are stored as the JSON documents the API returns (`doc`,
//! serialized once, in the vendor's field order), next to the columns their lookups and
//! indexes need; lists filter and sort those documents in SQL (`query.rs`). Friendships and
//! subscriptions are plain columns. `seq` (the rowid) is creation order, the default list
//! order.
//!
//! One connection behind the state's mutex serves every request; each request that changes
//! data runs in one transaction ([`Db::write`]), so a failed request changes nothing.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::ids::{IdGen, fill_random};
use crate::model::{Channel, Friendship, Member};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users (
    seq INTEGER PRIMARY KEY,
    id  TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channels (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    unique_id TEXT UNIQUE,
    doc       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    channel_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    doc        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_channel ON messages (channel_id, seq);
CREATE INDEX IF NOT EXISTS messages_by_channel_time ON messages (channel_id, created_at, seq);
CREATE TABLE IF NOT EXISTS friendships (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    status       TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    friend_id    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    requested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS friendships_by_pair ON friendships (user_id, friend_id);
CREATE TABLE IF NOT EXISTS subscriptions (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    channel_id TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (channel_id, user_id)
);
";

/// The key of the token-signing secret in `meta`: kept, so tokens survive a restart.
const TOKEN_SECRET: &str = "token_secret";

/// The database and the ID generator, locked together.
#[derive(Debug)]
pub(crate) struct Db {
    conn: Connection,
    pub(crate) ids: IdGen,
}

impl Db {
    /// Opens `path` (created if missing) or, without one, a private in-memory database, and
    /// creates the schema. Returns the database and the token-signing secret.
    pub(crate) fn open(path: Option<&Path>) -> rusqlite::Result<(Db, [u8; 64])> {
        let conn = match path {
            Some(path) => {
                let conn = Connection::open(path)?;
                // WAL: a commit appends to the log without waiting for the disk each time.
                conn.pragma_update(None, "journal_mode", "WAL")?;
                conn.pragma_update(None, "synchronous", "NORMAL")?;
                conn
            }
            None => Connection::open_in_memory()?,
        };
        conn.execute_batch(SCHEMA)?;
        let secret = token_secret(&conn)?;
        // `sort_id`s keep growing across restarts.
        let last_sort_ms: Option<i64> = conn.query_row(
            "SELECT max(CAST(json_extract(doc, '$.sort_id') AS INTEGER)) FROM messages",
            [],
            |row| row.get(0),
        )?;
        let mut ids = IdGen::new();
        ids.continue_after(last_sort_ms.unwrap_or(0));
        Ok((Db { conn, ids }, secret))
    }

    /// The connection, for reads.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `change` in one transaction, committed only if it returns `Ok`.
    pub(crate) fn write<T>(
        &mut self,
        change: impl FnOnce(&Transaction<'_>, &mut IdGen) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let tx = self.conn.transaction()?;
        let out = change(&tx, &mut self.ids)?;
        tx.commit()?;
        Ok(out)
    }
}

fn token_secret(conn: &Connection) -> rusqlite::Result<[u8; 64]> {
    let stored: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [TOKEN_SECRET], |row| row.get(0))
        .optional()?;
    if let Some(secret) = stored.and_then(|bytes| <[u8; 64]>::try_from(bytes).ok()) {
        return Ok(secret);
    }
    let mut secret = [0u8; 64];
    fill_random(&mut secret);
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
        params![TOKEN_SECRET, &secret[..]],
    )?;
    Ok(secret)
}

/// `value` as the JSON text stored in `doc`.
pub(crate) fn to_doc<T: Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value)
        .map_err(|e| ApiError::internal(format!("serialization failed: {e}")))
}

fn from_doc<T: DeserializeOwned>(doc: &str) -> Result<T, ApiError> {
    serde_json::from_str(doc)
        .map_err(|e| ApiError::internal(format!("stored document is unreadable: {e}")))
}

/// The `doc` of the row of `table` with `id`, if any.
fn doc(conn: &Connection, table: &str, id: &str) -> Result<Option<String>, ApiError> {
    let sql = format!("SELECT doc FROM {table} WHERE id = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([id], |row| row.get(0)).optional()?)
}

/// A user, withdrawn or not.
pub(crate) fn user(conn: &Connection, id: &str) -> Result<Member, ApiError> {
    let doc = doc(conn, "users", id)?
        .ok_or_else(|| ApiError::not_found(format!("user '{id}' not found")))?;
    from_doc(&doc)
}

/// A user that may still be changed: withdrawn users are read-only.
pub(crate) fn active_user(conn: &Connection, id: &str) -> Result<Member, ApiError> {
    let user = user(conn, id)?;
    if user.deleted {
        return Err(ApiError::not_found(format!("user '{id}' has been deleted")));
    }
    Ok(user)
}

pub(crate) fn user_exists(conn: &Connection, id: &str) -> Result<bool, ApiError> {
    Ok(doc(conn, "users", id)?.is_some())
}

pub(crate) fn insert_user(conn: &Connection, user: &Member) -> Result<String, ApiError> {
    let doc = to_doc(user)?;
    conn.prepare_cached("INSERT INTO users (id, doc) VALUES (?1, ?2)")?
        .execute(params![user.id, doc])?;
    Ok(doc)
}

pub(crate) fn update_user(conn: &Connection, user: &Member) -> Result<String, ApiError> {
    let doc = to_doc(user)?;
    conn.prepare_cached("UPDATE users SET doc = ?2 WHERE id = ?1")?
        .execute(params![user.id, doc])?;
    Ok(doc)
}

/// A channel's stored document.
pub(crate) fn channel_doc(conn: &Connection, id: &str) -> Result<String, ApiError> {
    doc(conn, "channels", id)?
        .ok_or_else(|| ApiError::not_found(format!("channel '{id}' not found")))
}

pub(crate) fn channel(conn: &Connection, id: &str) -> Result<Channel, ApiError> {
    from_doc(&channel_doc(conn, id)?)
}

/// Fails unless the channel exists.
pub(crate) fn require_channel(conn: &Connection, id: &str) -> Result<(), ApiError> {
    let found = conn.prepare_cached("SELECT 1 FROM channels WHERE id = ?1")?.exists([id])?;
    if !found {
        return Err(ApiError::not_found(format!("channel '{id}' not found")));
    }
    Ok(())
}

/// Whether another channel than `except` has `unique_id`.
pub(crate) fn unique_id_taken(
    conn: &Connection,
    unique_id: &str,
    except: Option<&str>,
) -> Result<bool, ApiError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM channels WHERE unique_id = ?1 AND id IS NOT ?2")?
        .exists(params![unique_id, except])?)
}

/// Inserts or replaces a channel; returns its document.
pub(crate) fn save_channel(conn: &Connection, channel: &Channel) -> Result<String, ApiError> {
    let doc = to_doc(channel)?;
    conn.prepare_cached(
        "INSERT INTO channels (id, unique_id, doc) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET unique_id = excluded.unique_id, doc = excluded.doc",
    )?
    .execute(params![channel.id, channel.unique_id, doc])?;
    Ok(doc)
}

/// Deletes a channel with its messages and subscriptions.
pub(crate) fn delete_channel(conn: &Connection, id: &str) -> Result<(), ApiError> {
    for table in ["messages", "subscriptions"] {
        conn.execute(&format!("DELETE FROM {table} WHERE channel_id = ?1"), [id])?;
    }
    conn.execute("DELETE FROM channels WHERE id = ?1", [id])?;
    Ok(())
}

/// A fresh UUID not used by any channel, friendship or subscription.
pub(crate) fn new_uuid(conn: &Connection, ids: &mut IdGen) -> Result<String, ApiError> {
    let mut taken = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM channels WHERE id = ?1)
             OR EXISTS (SELECT 1 FROM friendships WHERE id = ?1)
             OR EXISTS (SELECT 1 FROM subscriptions WHERE id = ?1)",
    )?;
    loop {
        let id = ids.uuid();
        if !taken.query_row([&id], |row| row.get::<_, bool>(0))? {
            return Ok(id);
        }
    }
}

/// Makes the subscriptions of `channel_id` follow `members`: keeps existing ones (and their
/// IDs), adds the new member IDs, drops the IDs that left.
pub(crate) fn sync_subscriptions(
    conn: &Connection,
    ids: &mut IdGen,
    channel_id: &str,
    members: &[String],
    now: &str,
) -> Result<(), ApiError> {
    let members_json = to_doc(&members)?;
    conn.execute(
        "DELETE FROM subscriptions WHERE channel_id = ?1
         AND user_id NOT IN (SELECT value FROM json_each(?2))",
        params![channel_id, members_json],
    )?;
    for user_id in members {
        let exists = conn
            .prepare_cached("SELECT 1 FROM subscriptions WHERE channel_id = ?1 AND user_id = ?2")?
            .exists(params![channel_id, user_id])?;
        if !exists {
            let id = new_uuid(conn, ids)?;
            conn.prepare_cached(
                "INSERT INTO subscriptions (id, channel_id, user_id, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, channel_id, user_id, now])?;
        }
    }
    Ok(())
}

/// Inserts a message unless its ID is taken; `false` when it is.
pub(crate) fn insert_message(
    conn: &Connection,
    id: &str,
    channel_id: &str,
    created_at: &str,
    doc: &str,
) -> Result<bool, ApiError> {
    let inserted = conn
        .prepare_cached(
            "INSERT INTO messages (id, channel_id, created_at, doc) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO NOTHING",
        )?
        .execute(params![id, channel_id, created_at, doc])?;
    Ok(inserted == 1)
}

/// A message's document, if it is in that channel.
pub(crate) fn message_doc(
    conn: &Connection,
    channel_id: &str,
    id: &str,
) -> Result<Option<String>, ApiError> {
    Ok(conn
        .prepare_cached("SELECT doc FROM messages WHERE id = ?1 AND channel_id = ?2")?
        .query_row([id, channel_id], |row| row.get(0))
        .optional()?)
}

pub(crate) fn delete_message(conn: &Connection, id: &str) -> Result<(), ApiError> {
    conn.prepare_cached("DELETE FROM messages WHERE id = ?1")?.execute([id])?;
    Ok(())
}

const FRIENDSHIP_COLUMNS: &str =
    "id, status, user_id, friend_id, created_at, updated_at, requested_at";

/// The open (pending or accepted) friendship between `a` and `b`, either direction.
pub(crate) fn open_friendship(
    conn: &Connection,
    a: &str,
    b: &str,
) -> Result<Option<Friendship>, ApiError> {
    let sql = format!(
        "SELECT {FRIENDSHIP_COLUMNS} FROM friendships WHERE status <> 'rejected'
         AND ((user_id = ?1 AND friend_id = ?2) OR (user_id = ?2 AND friend_id = ?1))"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([a, b], |row| {
            Ok(Friendship {
                id: row.get(0)?,
                status: row.get(1)?,
                user_id: row.get(2)?,
                friend_id: row.get(3)?,
                created_at: row.get(4)?,
                updated_at: row.get(5)?,
                requested_at: row.get(6)?,
            })
        })
        .optional()?)
}

/// Inserts a friendship, or updates the one with its ID.
pub(crate) fn save_friendship(conn: &Connection, f: &Friendship) -> Result<(), ApiError> {
    let sql = format!(
        "INSERT INTO friendships ({FRIENDSHIP_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at"
    );
    conn.prepare_cached(&sql)?.execute(params![
        f.id,
        f.status,
        f.user_id,
        f.friend_id,
        f.created_at,
        f.updated_at,
        f.requested_at
    ])?;
    Ok(())
}
