//! Token-list helpers of the two rewrites of progenitor's output (`api_version.rs`,
//! `respond.rs`), which find progenitor's statements by their text and recurse into groups.

use proc_macro2::{Group, TokenStream, TokenTree};

/// `trees` as token text (`client . exec (request , & info)`), as the rewrites match it.
pub fn text(trees: &[TokenTree]) -> String {
    TokenStream::from_iter(trees.iter().cloned()).to_string()
}

/// `group` holding `stream` instead, with its delimiter and span.
pub fn regroup(group: &Group, stream: TokenStream) -> TokenTree {
    let mut rebuilt = Group::new(group.delimiter(), stream);
    rebuilt.set_span(group.span());
    TokenTree::Group(rebuilt)
}
