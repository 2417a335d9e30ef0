//! Tests of the internal checks of `cargo xtask spec`: the minimal valid fixture passes, and each
//! mutation of it yields exactly the expected problem lines. No npm needed.

mod common;
mod examples;
mod inputs;
mod operations;
mod responses;

use common::{assert_problems, fixture};

#[test]
fn the_valid_fixture_passes() {
    let doc = fixture();
    assert_problems(&doc, &[]);
    let report = xtask::check_document(&doc);
    assert_eq!(report.operations, 23);
    // Guards the example walker: every kind of example in the fixture was found.
    assert_eq!(report.examples, 16);
}

#[test]
fn the_version_must_be_3_0() {
    let mut doc = fixture();
    doc["openapi"] = "3.1.0".into();
    assert_problems(&doc, &["openapi: version '3.1.0' is not 3.0.x"]);

    doc.as_object_mut().expect("an object").remove("openapi");
    assert_problems(&doc, &["openapi: missing, expected 3.0.x"]);
}
