//! Conveniences for the list operations, added to their generated subcommands.
//!
//! The generated `--filter`, `--sort` and `--option` take the raw JSON the service expects;
//! here they are checked to be JSON objects before anything is sent, and `--filter` becomes
//! optional (default `{}`, "everything"). Friendlier flags build the same JSON with the
//! library's query builders ([`Filter`](ncloud_chat::Filter), [`Sort`](ncloud_chat::Sort),
//! [`ListOption`](ncloud_chat::ListOption), [`MessageListOption`](ncloud_chat::MessageListOption)):
//!
//! | flags | parameter |
//! |---|---|
//! | `--where KEY=TEXT` (a string), `--where KEY:=JSON` (any JSON value), repeatable | `filter` |
//! | `--sort-asc FIELD` or `--sort-desc FIELD` | `sort` |
//! | `--offset N`, `--per-page N`, `--count` (not for messages) | `option` |
//!
//! A raw JSON flag and the friendly flags for the same parameter cannot be combined (clap
//! reports the conflict): merging two spellings of one parameter would hide which one won.
//!
//! `declare` adds the flags and their value parsers to the subcommand; `read` turns the parsed
//! flags into the request's query.

mod declare;
mod read;
#[cfg(test)]
mod tests;

use crate::generated::CliCommand;

pub use declare::add_flags;
pub use read::apply;

const FILTER: &str = "filter";
const SORT: &str = "sort";
const OPTION: &str = "option";
const WHERE: &str = "where";
const SORT_ASC: &str = "sort-asc";
const SORT_DESC: &str = "sort-desc";
const OFFSET: &str = "offset";
const PER_PAGE: &str = "per-page";
const COUNT: &str = "count";

/// Which `option` shape a list operation takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// `ListOption`: `offset`, `per_page` and `count` (users, channels, subscriptions).
    Counted,
    /// `MessageListOption`: `offset` and `per_page` only (messages).
    Messages,
}

/// The list operations; every other operation has no `filter`/`sort`/`option`.
pub fn list_kind(command: CliCommand) -> Option<ListKind> {
    match command {
        CliCommand::ListUsers | CliCommand::ListChannels | CliCommand::ListSubscriptions => {
            Some(ListKind::Counted)
        }
        CliCommand::ListMessages => Some(ListKind::Messages),
        _ => None,
    }
}
