//! [`ResultExt`]: a generated call's result with its error as [`Error`], in one step.
//!
//! A generated `send()` fails with progenitor's generic `progenitor_client::Error<_>`, on which
//! [`Error::code`], [`Error::is_retryable`] and the other helpers do not exist. `?` converts it
//! inside a function returning [`crate::Result`]; this trait is for code that looks at the error
//! where the call is made (`match`, `if let`, a retry decision), and replaces a written-out
//! `.map_err(ncloud_chat::Error::from)`. The conversion itself is the one `?` uses
//! (`From<progenitor_client::Error<_>> for Error`, in `routed.rs`).

use progenitor_client::Error as GeneratedError;

use crate::error::{Error, Result};

/// Converts a generated call's result into this crate's [`Result`] in one step.
///
/// Implemented for the result of every generated `send()`. Sealed: it is not meant to be
/// implemented outside this crate.
///
/// ```no_run
/// use ncloud_chat::{ApiCode, Client, ResultExt};
///
/// # async fn run(client: Client) -> ncloud_chat::Result<()> {
/// match client.get_user().user_id("guest1").send().await.into_chat_result() {
///     Ok(member) => println!("found {}", member.into_inner().id),
///     Err(e) if e.code() == Some(ApiCode::Unknown(-100)) => println!("no such user"),
///     Err(e) if e.is_retryable() => println!("try again later: {e}"),
///     Err(e) => return Err(e),
/// }
/// # Ok(()) }
/// ```
pub trait ResultExt<T>: sealed::Sealed {
    /// The same result, its error converted into [`Error`] as `?` would convert it; the
    /// success value (a `ResponseValue`, with status and headers) is unchanged.
    fn into_chat_result(self) -> Result<T>;
}

impl<T, E> ResultExt<T> for std::result::Result<T, GeneratedError<E>>
where
    Error: From<GeneratedError<E>>,
{
    fn into_chat_result(self) -> Result<T> {
        self.map_err(Error::from)
    }
}

mod sealed {
    pub trait Sealed {}
    impl<T, E> Sealed for std::result::Result<T, progenitor_client::Error<E>> {}
}
