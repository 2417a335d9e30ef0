//! progenitor 0.15 gives every request a header map holding only `api-version:
//! <info.version>`, with no setting against it. The vendor has no use for the header, and
//! building, merging and then removing that map costs about 1 % of a `send_message` call
//! (BENCHMARKS.md, "Fast paths"), so the generated code goes without it.

use proc_macro2::{TokenStream, TokenTree};

use super::tokens::{regroup, text};

/// What progenitor writes for the header, in one operation's `send`:
///
/// ```text
/// let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);   // Map
/// header_map.append(HeaderName::from_static("api-version"), HeaderValue::..); // Append
/// … .headers(header_map) …                                                     // Use
/// ```
#[derive(PartialEq)]
enum Piece {
    Map,
    Append,
    Use,
}

/// `tokens` without the `api-version` header, and how many of its `append`s were removed (one
/// per operation). The map and its use go too where the header was all it held (a capacity
/// of 1); a map that also holds a header parameter is kept, and still sent.
pub fn without_api_version(tokens: TokenStream) -> (TokenStream, usize) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    // The map and its use are in the same token list: the body of `send`.
    let map_goes =
        (0..trees.len()).any(|i| piece_at(&trees[i..]).is_some_and(|p| p.0 == Piece::Map));
    let mut kept = Vec::with_capacity(trees.len());
    let mut removed = 0;
    let mut i = 0;
    while i < trees.len() {
        match piece_at(&trees[i..]) {
            Some((Piece::Append, len)) => {
                removed += 1;
                i += len;
                continue;
            }
            Some((Piece::Map | Piece::Use, len)) if map_goes => {
                i += len;
                continue;
            }
            _ => {}
        }
        kept.push(match &trees[i] {
            TokenTree::Group(group) => {
                let (inner, count) = without_api_version(group.stream());
                removed += count;
                regroup(group, inner)
            }
            other => other.clone(),
        });
        i += 1;
    }
    (kept.into_iter().collect(), removed)
}

/// The piece `trees` starts with, and how many trees it spans.
fn piece_at(trees: &[TokenTree]) -> Option<(Piece, usize)> {
    match trees.first()? {
        TokenTree::Ident(word) if word == "let" || word == "header_map" => {
            let statement = statement_at(trees);
            let text = text(statement);
            let piece = if text.starts_with("let mut header_map =")
                && text.ends_with("HeaderMap :: with_capacity (1usize) ;")
            {
                Piece::Map
            } else if text.starts_with("header_map . append") && text.contains("\"api-version\"") {
                Piece::Append
            } else {
                return None;
            };
            Some((piece, statement.len()))
        }
        TokenTree::Punct(dot) if dot.as_char() == '.' => {
            let call = &trees[..trees.len().min(3)];
            (text(call) == ". headers (header_map)").then_some((Piece::Use, 3))
        }
        _ => None,
    }
}

/// The statement `trees` starts with, up to and including its `;` (all of `trees` without one).
fn statement_at(trees: &[TokenTree]) -> &[TokenTree] {
    trees
        .iter()
        .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'))
        .map_or(trees, |end| &trees[..=end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(code: &str) -> (String, usize) {
        let (tokens, removed) = without_api_version(code.parse().unwrap());
        (tokens.to_string(), removed)
    }

    #[test]
    fn the_header_map_goes_and_everything_else_stays() {
        let (code, removed) = strip(
            r#"async fn send(self) { let url = format!("{}/x", base);
               let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
               header_map.append(::reqwest::header::HeaderName::from_static("api-version"),
                   ::reqwest::header::HeaderValue::from_static(super::Client::api_version()));
               let request = client.post(url).json(&body).headers(header_map).build()?; }"#,
        );
        assert_eq!(removed, 1);
        assert_eq!(
            code,
            r#"async fn send (self) { let url = format ! ("{}/x" , base) ; let request = client . post (url) . json (& body) . build () ?; }"#
        );
    }

    #[test]
    fn a_map_with_a_header_parameter_keeps_it_and_is_still_sent() {
        let (code, removed) = strip(
            r#"{ let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
               header_map.append(HeaderName::from_static("api-version"), v);
               header_map.append("x-trace", trace.to_string().try_into()?);
               let request = client.get(url).headers(header_map).build()?; }"#,
        );
        assert_eq!(removed, 1);
        assert_eq!(
            code,
            r#"{ let mut header_map = :: reqwest :: header :: HeaderMap :: with_capacity (2usize) ; header_map . append ("x-trace" , trace . to_string () . try_into () ?) ; let request = client . get (url) . headers (header_map) . build () ?; }"#
        );
    }
}
