//! [`ListExt`]: the four list operations as streams of items walking `offset`/`per_page`, and
//! the three counts. Every one of them is `stream` or `count` applied to a generated builder;
//! what differs between operations (page option, setters, the 200 body's shape) is the
//! [`ListRequest`] trait, implemented once per builder at the end of the file (public: the CLI
//! sets its list queries through it too).
//!
//! Rule for what lives in an extension trait instead of the generated client: a method that
//! no single operation of the spec provides (here: many calls per stream, or an operation with
//! its result shape fixed) goes in a sealed trait implemented for [`Client`], one trait per
//! file (`ListExt` here, `TokenExt` in `token.rs`). Everything one operation does stays the
//! generated method.
//!
//! Paging rule, from the spec: offset-based only, no total, no cursor; a page shorter than the
//! requested size is the last. A service that always returns full pages however far the
//! offset goes would make a stream endless; use [`Pages::limit`] when that matters. One that
//! returns the same page again for the next offset ends it with
//! [`Error::RepeatedPage`](crate::Error::RepeatedPage) (see `page_stream.rs`).

use std::future::Future;

use futures_util::FutureExt;
use reqwest::StatusCode;
use serde::Serialize;

use crate::client::Extended;
use crate::error::{Result, wrong_body};
use crate::generated::{Client, types};
use crate::page_stream::Pages;
use crate::query::{Filter, ListOption, Sort};
use crate::setters::setters;

/// What to list: a [`Filter`], an optional [`Sort`], and the page size used to fetch.
///
/// `From<Filter>` makes a filter alone enough where a query is expected.
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    filter: Filter,
    sort: Option<Sort>,
    per_page: u32,
}

impl Default for ListQuery {
    /// Everything, unsorted, 100 per page.
    fn default() -> Self {
        Self::new(Filter::new())
    }
}

impl From<Filter> for ListQuery {
    fn from(filter: Filter) -> Self {
        Self::new(filter)
    }
}

impl ListQuery {
    /// The items matching `filter`, in the service's order, 100 per page.
    pub fn new(filter: Filter) -> Self {
        Self {
            filter,
            sort: None,
            // The largest page the service allows.
            per_page: 100,
        }
    }

    setters! {
        /// Sets the order (default: none sent, the service's order).
        sort(sort: Sort) = Some(sort);
        /// Sets how many items each request asks for, 1 to 100 (default 100). Out of range, the
        /// stream's first item is [`Error::InvalidRequest`](crate::Error::InvalidRequest) and
        /// nothing is sent.
        per_page(per_page: u32) = per_page;
    }
}

mod sealed {
    /// Implemented for the four list builders only.
    pub trait Sealed {}
}

/// Paginated listing and counting, for [`Client`].
///
/// The service pages by `offset`/`per_page` only, with no total and no cursor: a stream asks
/// for the next page until one comes back shorter than requested. A service that always
/// returned full pages would make a stream endless; use [`Pages::limit`] when that matters.
/// The items are read as the stream is polled (a [`Stream`](futures_core::Stream);
/// `TryStreamExt::try_next` from the `futures` crate reads them one by one).
///
/// ```no_run
/// # async fn run(client: ncloud_chat::Client) -> ncloud_chat::Result<()> {
/// use futures::TryStreamExt;
/// use ncloud_chat::{Filter, ListExt, ListQuery, Sort};
///
/// let online = Filter::new().eq("online", true);
/// let newest = client
///     .paginate_users(ListQuery::new(online.clone()).sort(Sort::descending("created_at")))
///     .try_collect_limit(10)
///     .await?;
/// let mut all = client.paginate_channels(Filter::new());
/// while let Some(channel) = all.try_next().await? {
///     println!("{}", channel.id);
/// }
/// println!("{} online of {}", client.count_users(online).await?, newest.len());
/// # Ok(()) }
/// ```
pub trait ListExt: Extended {
    /// The users matching `query` (List users, `GET /v1/api/members`).
    fn paginate_users(&self, query: impl Into<ListQuery>) -> Pages<'_, types::Member> {
        stream(self.client(), query.into(), Client::list_users)
    }

    /// The channels matching `query` (List channels, `GET /v1/api/channels`).
    fn paginate_channels(&self, query: impl Into<ListQuery>) -> Pages<'_, types::Channel> {
        stream(self.client(), query.into(), Client::list_channels)
    }

    /// The subscriptions matching `query` (List channel subscriptions,
    /// `GET /v1/api/subscriptions`).
    fn paginate_subscriptions(
        &self,
        query: impl Into<ListQuery>,
    ) -> Pages<'_, types::Subscription> {
        stream(self.client(), query.into(), Client::list_subscriptions)
    }

    /// The messages of channel `channel_id` matching `query` (List messages,
    /// `GET /v1/api/messages/{channelId}`).
    fn paginate_messages(
        &self,
        channel_id: impl Into<String>,
        query: impl Into<ListQuery>,
    ) -> Pages<'_, types::Message> {
        let channel_id = channel_id.into();
        stream(self.client(), query.into(), move |client| {
            client.list_messages().channel_id(channel_id.as_str())
        })
    }

    /// The number of users matching `filter` (List users with `option.count`).
    ///
    /// # Errors
    ///
    /// Those of the call; [`Error::Decode`](crate::Error::Decode) if the service answers with a
    /// list.
    fn count_users(&self, filter: Filter) -> impl Future<Output = Result<u64>> + Send {
        count(self.client().list_users(), filter)
    }

    /// The number of channels matching `filter` (List channels with `option.count`).
    ///
    /// # Errors
    ///
    /// As [`count_users`](Self::count_users).
    fn count_channels(&self, filter: Filter) -> impl Future<Output = Result<u64>> + Send {
        count(self.client().list_channels(), filter)
    }

    /// The number of subscriptions matching `filter` (List channel subscriptions with
    /// `option.count`).
    ///
    /// # Errors
    ///
    /// As [`count_users`](Self::count_users).
    fn count_subscriptions(&self, filter: Filter) -> impl Future<Output = Result<u64>> + Send {
        count(self.client().list_subscriptions(), filter)
    }
}

impl ListExt for Client {}

/// The stream of the items `query` selects, each page requested with a fresh `start(client)`
/// (the operation with its path parameters set).
fn stream<'a, Op>(
    client: &'a Client,
    query: ListQuery,
    start: impl Fn(&'a Client) -> Op + Send + 'a,
) -> Pages<'a, Op::Item>
where
    Op: ListRequest + 'a,
{
    let (filter, sort) = (query.filter.to_json(), query.sort.map(String::from));
    let fetch = move |offset, per_page| {
        // The page `option` has the same rows in the spec for every list operation.
        let call = ListOption::new().offset(offset).per_page(per_page).to_json();
        let call =
            call.map(|option| start(client).with_query(filter.clone(), sort.clone(), Some(option)));
        async move {
            match call?.fetch().await? {
                Listed::Items(items) => Ok(items),
                Listed::Count(count) => Err(wrong_body(StatusCode::OK, &count, "expected a list")),
            }
        }
        .boxed()
    };
    Pages::new(query.per_page, Box::new(fetch))
}

/// The number of items `filter` selects, from `call` with `option.count` set.
async fn count<Op: ListRequest>(call: Op, filter: Filter) -> Result<u64> {
    let option = ListOption::new().count(true).to_json()?;
    let call = call.with_query(filter.to_json(), None, Some(option));
    match call.fetch().await? {
        Listed::Count(count) => u64::try_from(count.count)
            .map_err(|_| wrong_body(StatusCode::OK, &count, "expected a count of 0 or more")),
        Listed::Items(items) => Err(wrong_body(StatusCode::OK, &items, "expected {\"count\": n}")),
    }
}

/// What a list operation's 200 body turned out to hold. The spec's `oneOf` accepts both shapes;
/// the one not asked for is a decode error with status 200.
#[doc(hidden)]
pub enum Listed<T> {
    Items(Vec<T>),
    /// The `{"count": n}` shape (the spec's `oneOf` accepts both for users, channels and
    /// subscriptions).
    Count(types::Count),
}

/// The generated builders of the four list operations (`list_users`, `list_channels`,
/// `list_subscriptions`, `list_messages`), which share the `filter`, `sort` and `option` query
/// parameters: what [`ListExt`] and the CLI build their list requests with.
///
/// ```
/// use ncloud_chat::{Filter, ListRequest, Sort};
///
/// # fn run(client: &ncloud_chat::Client) {
/// let request = client.list_users().with_query(
///     Filter::new().eq("online", true).into(),
///     Some(Sort::descending("created_at").into()),
///     None,
/// );
/// assert!(<ncloud_chat::builder::ListUsers<'_> as ListRequest>::COUNTABLE);
/// # let _ = request; }
/// ```
pub trait ListRequest: sealed::Sealed + Sized + Send {
    /// The listed item.
    type Item: Serialize + Clone + PartialEq + Send;

    /// Whether `option` is a [`ListOption`] (which has `count`) rather than a
    /// [`MessageListOption`](crate::MessageListOption).
    const COUNTABLE: bool;

    /// Sets `filter` (JSON text, required by the service), and `sort` and `option` when
    /// given.
    fn with_query(self, filter: String, sort: Option<String>, option: Option<String>) -> Self;

    /// Sends the request.
    #[doc(hidden)]
    fn fetch(self) -> impl Future<Output = Result<Listed<Self::Item>>> + Send;
}

/// Implements [`ListRequest`] for a generated builder: `$countable` says whether its `option`
/// is a [`ListOption`], `$split` turns its 200 body into [`Listed`].
macro_rules! list_request {
    ($builder:ident, $item:ident, $countable:literal, $split:expr) => {
        impl sealed::Sealed for crate::generated::builder::$builder<'_> {}

        impl ListRequest for crate::generated::builder::$builder<'_> {
            type Item = types::$item;
            const COUNTABLE: bool = $countable;

            fn with_query(
                self,
                filter: String,
                sort: Option<String>,
                option: Option<String>,
            ) -> Self {
                let request = sort.into_iter().fold(self.filter(filter), Self::sort);
                option.into_iter().fold(request, Self::option)
            }

            async fn fetch(self) -> Result<Listed<Self::Item>> {
                Ok($split(self.send().await?.into_inner()))
            }
        }
    };
    // A countable operation: its 200 body is the `oneOf` of `$variant` (the items) and `Count`.
    ($builder:ident, $item:ident, $list:ident::$variant:ident) => {
        list_request!($builder, $item, true, |body| match body {
            types::$list::$variant(items) => Listed::Items(items.0),
            types::$list::Count(count) => Listed::Count(count),
        });
    };
}

list_request!(ListUsers, Member, MemberList::Members);
list_request!(ListChannels, Channel, ChannelList::Channels);
list_request!(ListSubscriptions, Subscription, SubscriptionList::Subscriptions);
list_request!(ListMessages, Message, false, |body: types::Messages| { Listed::Items(body.0) });

#[cfg(test)]
mod tests;
