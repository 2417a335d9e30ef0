//! The pipeline's own behaviour: what `codegen.rs` does to progenitor's output, and the fresh
//! rendering of the committed spec.

use crate::codegen::{self, without_api_version_header};
use crate::{fresh_spec, root};

fn strip(code: &str) -> (String, usize) {
    let tokens = code.parse().expect("test code is valid Rust tokens");
    let (tokens, removed) = without_api_version_header(tokens);
    (tokens.to_string(), removed)
}

#[test]
fn the_api_version_header_and_its_slot_go() {
    let (code, removed) = strip(
        r#"mod builder { fn send() { let url = 1;
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()));
            let request = client.post(url).headers(header_map).build()?; } }"#,
    );
    assert_eq!(removed, 1);
    assert!(!code.contains("api-version"), "{code}");
    assert!(!code.contains("mut header_map"), "{code}");
    assert!(code.contains("with_capacity (0usize)"), "{code}");
    assert!(code.contains(". headers (header_map)"), "{code}");
}

#[test]
fn other_headers_keep_their_slots_and_mut() {
    let (code, removed) = strip(
        r#"fn send() {
            let mut header_map = HeaderMap::with_capacity(2usize);
            header_map.append(HeaderName::from_static("api-version"), v());
            header_map.append(HeaderName::from_static("x-trace"), t());
        }"#,
    );
    assert_eq!(removed, 1);
    assert!(code.contains("let mut header_map"), "{code}");
    assert!(code.contains("with_capacity (1usize)"), "{code}");
    assert!(code.contains("\"x-trace\""), "{code}");
}

#[test]
fn code_of_another_shape_is_left_alone() {
    let code = r#"fn send() { let mut m = HeaderMap::with_capacity(1usize); m.append(a, b); }"#;
    let (out, removed) = strip(code);
    assert_eq!(removed, 0);
    assert_eq!(
        out,
        code.parse::<proc_macro2::TokenStream>()
            .unwrap()
            .to_string()
    );
}

#[test]
fn every_generated_operation_loses_the_header() {
    let spec = fresh_spec(&root()).expect("the spec loads");
    let client = codegen::client_code(&spec.openapi).expect("the client generates");
    assert!(!client.contains("api-version"));
    assert_eq!(client.matches("pub async fn send(").count(), 23);
    assert_eq!(
        client
            .matches("let header_map = ::reqwest::header::HeaderMap::with_capacity(0usize);")
            .count(),
        23
    );
}

#[test]
fn the_committed_spec_renders_and_parses() {
    let spec = fresh_spec(&root()).expect("the spec renders");
    assert!(spec.json.starts_with("{\n  \"openapi\": \"3.0."));
    assert!(spec.json.ends_with("}\n"));
    assert_eq!(spec.openapi.operations().count(), 23);
}
