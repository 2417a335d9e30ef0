//! [`Pages`]: a stream over an offset-paged list, fetching the next page only when the
//! items already fetched have been consumed.
//!
//! NB: the only end condition the API offers is a page shorter than the one requested (no
//! total, no cursor); a page size of 0 would make every page "full" and the stream endless,
//! but no such request is sent: the request checks refuse it (the spec's `per_page` range), and
//! the stream ends with that error. A service that ignores the
//! offset would do the same, answering the first page forever: a full page whose first and
//! last items equal the previous page's ends the stream with [`Error::RepeatedPage`] instead
//! of being yielded again.

use std::pin::Pin;
use std::task::{Context, Poll, ready};

use futures_core::Stream;
use futures_util::FutureExt;
use futures_util::future::BoxFuture;

use crate::error::{Error, Result};

/// Requests the page at an offset, of a size; owned by the stream, called once per page.
pub(crate) type Fetch<'a, T> =
    Box<dyn FnMut(u64, u32) -> BoxFuture<'a, Result<Vec<T>>> + Send + 'a>;

/// A stream of the items of a list operation, fetched a page at a time as they are consumed.
///
/// The stream ends after the first short page, after [`limit`](Self::limit) items, or after
/// the first error (which it yields): [`Error::RepeatedPage`] when the service answers the same
/// page for the next offset (it ignores `offset`, or exactly a page of items was added ahead
/// of it between the two requests). Use `futures::TryStreamExt` to consume it.
#[must_use = "a stream does nothing unless polled"]
pub struct Pages<'a, T> {
    fetch: Fetch<'a, T>,
    pending: Option<BoxFuture<'a, Result<Vec<T>>>>,
    buffer: std::vec::IntoIter<T>,
    offset: u64,
    per_page: u32,
    remaining: Option<usize>,
    done: bool,
    /// The first and last items of the previous full page, and its offset.
    previous: Option<(T, T, u64)>,
}

impl<T> std::fmt::Debug for Pages<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("offset", &self.offset)
            .field("per_page", &self.per_page)
            .field("remaining", &self.remaining)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

// Nothing in `Pages` is ever pinned in place: the future is boxed, items are moved out.
impl<T> Unpin for Pages<'_, T> {}

impl<'a, T: Clone + PartialEq + Send + 'a> Pages<'a, T> {
    /// A stream fetching pages of `per_page` items with `fetch`. A size outside the spec's
    /// range is refused by the request checks, so the first page's error ends the stream.
    pub(crate) fn new(per_page: u32, fetch: Fetch<'a, T>) -> Self {
        Self {
            fetch,
            pending: None,
            buffer: Vec::new().into_iter(),
            offset: 0,
            per_page,
            remaining: None,
            done: false,
            previous: None,
        }
    }

    /// Stops after `limit` items. Pages are then no larger than what is still needed, so no
    /// page beyond the limit is requested.
    pub fn limit(mut self, limit: usize) -> Self {
        self.remaining = Some(limit);
        self
    }

    /// Collects at most `limit` items, fetching no page beyond them.
    ///
    /// # Errors
    ///
    /// The first error of any page request.
    pub async fn try_collect_limit(self, limit: usize) -> Result<Vec<T>> {
        use futures_util::TryStreamExt;
        self.limit(limit).try_collect().await
    }

    /// Refuses a full page that repeats the previous one (same first and last items), else
    /// remembers its ends. Comparing two items, not whole pages, keeps one page in memory.
    fn check_progress(&mut self, items: &[T]) -> Result<()> {
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return Ok(());
        };
        if let Some((previous_first, previous_last, offset)) = &self.previous
            && previous_first == first
            && previous_last == last
        {
            return Err(Error::RepeatedPage { offset: *offset, next: self.offset });
        }
        self.previous = Some((first.clone(), last.clone(), self.offset));
        Ok(())
    }
}

impl<'a, T: Clone + PartialEq + Send + 'a> Stream for Pages<'a, T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.remaining == Some(0) {
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffer.next() {
                this.remaining = this.remaining.map(|left| left - 1);
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            // Fits: the minimum is at most `per_page`, a u32.
            let size = this
                .remaining
                .map_or(this.per_page, |left| left.min(this.per_page as usize) as u32);
            let pending = this.pending.get_or_insert_with(|| {
                // The spent page's allocation would otherwise live on beside the next one.
                this.buffer = Vec::new().into_iter();
                (this.fetch)(this.offset, size)
            });
            let page = ready!(pending.poll_unpin(cx)).and_then(|items| {
                // NB: the only end condition the API offers; see the module docs.
                this.done = items.len() < size as usize;
                if !this.done {
                    this.check_progress(&items)?;
                }
                Ok(items)
            });
            this.pending = None;
            match page {
                Ok(items) => {
                    this.offset += items.len() as u64;
                    this.buffer = items.into_iter();
                }
                Err(error) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(error)));
                }
            }
        }
    }
}
