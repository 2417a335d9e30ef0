//! progenitor 0.15 ends every operation's `send` by handing the request to the `pre` and `exec`
//! hooks and decoding the `reqwest::Response` returned (`ResponseValue::from_response`, by
//! status), all in the `send` future, which then holds the request and the hooks' futures.
//! The hooks read every body whole before they can judge it (size limit, envelope on any
//! status), so a response handed back that way must be rebuilt around the bytes already read,
//! and read again, with its header map cloned: work that costs about 3 % of a `send_message`
//! call (BENCHMARKS.md, "Fast paths"). Here that ending becomes one call to the crate's
//! `Client::respond` (`src/hooks.rs`), which decodes the bytes it holds.

use proc_macro2::{TokenStream, TokenTree};

use super::tokens::{regroup, text};

/// How progenitor ends `send`, as token text (compared without whitespace, which depends on
/// how the tokens were made): the hooks, then a `match` on the status, which
/// is the function's value. Any other ending (an operation declaring another status, a new
/// progenitor) is left alone, and the count tells `client_code` so.
const ENDING: &str = "client . pre (& mut request , & info) . await ? ; \
    let result = client . exec (request , & info) . await ; \
    client . post (& result , & info) . await ? ; \
    let response = result ? ; \
    match response . status () . as_u16 () { \
    200u16 => { ResponseValue :: from_response (response) . await } \
    400u16 ..= 499u16 => { Err (Error :: ErrorResponse (ResponseValue :: from_response (response) . await ?)) } \
    500u16 ..= 599u16 => { Err (Error :: ErrorResponse (ResponseValue :: from_response (response) . await ?)) } \
    _ => Err (Error :: UnexpectedResponse (response)) , }";

/// What the ending becomes: `Client::respond` checks and sends the request and decodes the
/// response.
const REPLACEMENT: &str = "client . respond (request , & info) . await";

/// `tokens` with every operation's ending replaced, and how many were (one per operation).
pub fn with_direct_responses(tokens: TokenStream) -> (TokenStream, usize) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let ending = squeezed(ENDING);
    // The ending is the rest of its block, from a `client` on.
    if let Some(start) = (0..trees.len()).find(|&i| {
        matches!(&trees[i], TokenTree::Ident(word) if word == "client")
            && squeezed(&text(&trees[i..])) == ending
    }) {
        let mut kept: Vec<TokenTree> = trees[..start].to_vec();
        kept.extend(REPLACEMENT.parse::<TokenStream>().expect("valid tokens"));
        return (kept.into_iter().collect(), 1);
    }
    let mut replaced = 0;
    let kept = trees.into_iter().map(|tree| match tree {
        TokenTree::Group(group) => {
            let (inner, count) = with_direct_responses(group.stream());
            replaced += count;
            regroup(&group, inner)
        }
        other => other,
    });
    let tokens = kept.collect();
    (tokens, replaced)
}

fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEND: &str = r#"async fn send(self) { let Self { client, body } = self;
        let mut request = client.client.post(url).json(&body).build()?;
        let info = OperationInfo { operation_id: "send_message" };
        client.pre(&mut request, &info).await?;
        let result = client.exec(request, &info).await;
        client.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => { ResponseValue::from_response(response).await }
            400u16..=499u16 => { Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)) }
            500u16..=599u16 => { Err(Error::ErrorResponse(ResponseValue::from_response(response).await?)) }
            _ => Err(Error::UnexpectedResponse(response)),
        } }"#;

    fn replace(code: &str) -> (String, usize) {
        let (tokens, replaced) = with_direct_responses(code.parse().unwrap());
        (tokens.to_string(), replaced)
    }

    #[test]
    fn the_ending_becomes_one_call_and_everything_before_it_stays() {
        let (code, replaced) = replace(&format!("mod builder {{ impl X {{ {SEND} }} }}"));
        assert_eq!(replaced, 1);
        assert_eq!(
            code,
            r#"mod builder { impl X { async fn send (self) { let Self { client , body } = self ; let mut request = client . client . post (url) . json (& body) . build () ?; let info = OperationInfo { operation_id : "send_message" } ; client . respond (request , & info) . await } } }"#
        );
    }

    #[test]
    fn an_operation_with_another_status_keeps_progenitors_ending() {
        let other = SEND.replace("200u16 =>", "201u16 =>");
        let (code, replaced) = replace(&other);
        assert_eq!(replaced, 0);
        assert_eq!(code, other.parse::<TokenStream>().unwrap().to_string());
    }
}
