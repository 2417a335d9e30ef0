//! progenitor 0.15 gives every request a header map holding only `api-version:
//! <info.version>`, with no setting against it. The vendor has no use for the header, and
//! building, merging and then removing that map costs about 1 % of a `send_message` call
//! (BENCHMARKS.md, "Fast paths"), so the generated code goes without it.

use proc_macro2::{Group, TokenStream, TokenTree};

/// `tokens` without the three pieces progenitor writes for the header, in every token list:
///
/// ```text
/// let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
/// header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(..));
/// … .headers(header_map) …
/// ```
///
/// and how many pieces were removed. A map that also holds a header parameter (capacity
/// above 1) would keep its statements: only a capacity of exactly 1 is removed.
pub fn without_api_version(tokens: TokenStream) -> (TokenStream, usize) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut kept = Vec::with_capacity(trees.len());
    let mut removed = 0;
    let mut i = 0;
    while i < trees.len() {
        let skip = match &trees[i] {
            TokenTree::Ident(word) if word == "let" || word == "header_map" => {
                let statement = statement_at(&trees[i..]);
                let text = TokenStream::from_iter(statement.iter().cloned()).to_string();
                let removable = text.starts_with("let mut header_map =")
                    && text.ends_with("HeaderMap :: with_capacity (1usize) ;")
                    || text.starts_with("header_map . append") && text.contains("\"api-version\"");
                if removable { statement.len() } else { 0 }
            }
            TokenTree::Punct(dot) if dot.as_char() == '.' => {
                let call = &trees[i..trees.len().min(i + 3)];
                let text = TokenStream::from_iter(call.iter().cloned()).to_string();
                if text == ". headers (header_map)" {
                    3
                } else {
                    0
                }
            }
            _ => 0,
        };
        if skip > 0 {
            removed += 1;
            i += skip;
            continue;
        }
        kept.push(match &trees[i] {
            TokenTree::Group(group) => {
                let (inner, count) = without_api_version(group.stream());
                removed += count;
                let mut rebuilt = Group::new(group.delimiter(), inner);
                rebuilt.set_span(group.span());
                TokenTree::Group(rebuilt)
            }
            other => other.clone(),
        });
        i += 1;
    }
    (kept.into_iter().collect(), removed)
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
        assert_eq!(removed, 3);
        assert_eq!(
            code,
            r#"async fn send (self) { let url = format ! ("{}/x" , base) ; let request = client . post (url) . json (& body) . build () ?; }"#
        );
    }

    #[test]
    fn a_map_with_a_header_parameter_keeps_it() {
        let (code, removed) = strip(
            r#"{ let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
               header_map.append(HeaderName::from_static("api-version"), v);
               header_map.append("x-trace", trace.to_string().try_into()?);
               let request = client.get(url).headers(header_map).build()?; }"#,
        );
        // Only the api-version append is removed: the build then fails its count and says so.
        assert_eq!(removed, 2);
        assert!(code.contains("with_capacity (2usize)") && code.contains("\"x-trace\""));
        assert!(!code.contains("api-version"));
    }
}
