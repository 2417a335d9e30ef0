//! The fresh rendering of the committed spec.

use crate::{fresh_spec, root};

#[test]
fn the_committed_spec_renders_and_parses() {
    let spec = fresh_spec(&root()).expect("the spec renders");
    assert!(spec.json.starts_with("{\n  \"openapi\": \"3.0."));
    assert!(spec.json.ends_with("}\n"));
    assert_eq!(spec.openapi.operations().count(), 23);
}
