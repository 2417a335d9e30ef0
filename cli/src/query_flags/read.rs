//! The query a list request sends, read from the flags [`super::add_flags`] declared.

use clap::ArgMatches;
use serde_json::Value;

use ncloud_chat::{Filter, ListOption, ListRequest, MessageListOption, Sort};

use super::{COUNT, FILTER, ListKind, OFFSET, OPTION, PER_PAGE, SORT, SORT_ASC, SORT_DESC, WHERE};

/// The JSON strings to send as `filter`, `sort` and `option`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// Always sent (the service requires it): the raw `--filter`, or built from `--where`.
    pub filter: String,
    /// The raw `--sort`, built from `--sort-asc`/`--sort-desc`, or absent.
    pub sort: Option<String>,
    /// The raw `--option`, built from `--offset`/`--per-page`/`--count`, or absent.
    pub option: Option<String>,
}

/// Reads the list flags of a subcommand built with [`super::add_flags`] for `kind`. Raw JSON
/// flags are sent exactly as typed (clap validated them).
///
/// # Errors
///
/// [`ncloud_chat::Error::InvalidRequest`] when the library refuses the option built from
/// `--offset`, `--per-page` and `--count` (e.g. `--per-page 0`).
pub fn list_query(matches: &ArgMatches, kind: ListKind) -> Result<ListQuery, ncloud_chat::Error> {
    let filter = match matches.get_one::<String>(FILTER) {
        Some(raw) => raw.clone(),
        None => matches
            .get_many::<(String, Value)>(WHERE)
            .into_iter()
            .flatten()
            .fold(Filter::new(), |filter, (key, value)| filter.eq(key.as_str(), value.clone()))
            .into(),
    };
    let sort = matches.get_one::<String>(SORT).cloned().or_else(|| {
        let ascending = matches.get_one::<String>(SORT_ASC).map(Sort::ascending);
        let descending = matches.get_one::<String>(SORT_DESC).map(Sort::descending);
        ascending.or(descending).map(String::from)
    });
    let option = match matches.get_one::<String>(OPTION) {
        Some(raw) => Some(raw.clone()),
        None => option_from_flags(matches, kind)?,
    };
    Ok(ListQuery { filter, sort, option })
}

/// `option` from `--offset`, `--per-page` and `--count`; `None` when none is given.
fn option_from_flags(
    matches: &ArgMatches,
    kind: ListKind,
) -> Result<Option<String>, ncloud_chat::Error> {
    let offset = matches.get_one::<u64>(OFFSET).copied();
    let per_page = matches.get_one::<u32>(PER_PAGE).copied();
    let count = kind == ListKind::Counted && matches.get_flag(COUNT);
    if offset.is_none() && per_page.is_none() && !count {
        return Ok(None);
    }
    let json = match kind {
        ListKind::Counted => {
            let mut option = ListOption::new();
            option = offset.map_or(option, |n| option.offset(n));
            option = per_page.map_or(option, |n| option.per_page(n));
            if count {
                option = option.count(true);
            }
            option.to_json()?
        }
        ListKind::Messages => {
            let mut option = MessageListOption::new();
            option = offset.map_or(option, |n| option.offset(n));
            option = per_page.map_or(option, |n| option.per_page(n));
            option.to_json()?
        }
    };
    Ok(Some(json))
}

/// The `CliConfig::execute_list_*` override: sets the request's query from the flags, through
/// the library's [`ListRequest`].
///
/// # Errors
///
/// As [`list_query`].
pub fn apply<R: ListRequest + Clone>(matches: &ArgMatches, request: &mut R) -> anyhow::Result<()> {
    let kind = if R::COUNTABLE { ListKind::Counted } else { ListKind::Messages };
    let ListQuery { filter, sort, option } = list_query(matches, kind)?;
    *request = request.clone().with_query(filter, sort, option);
    Ok(())
}
