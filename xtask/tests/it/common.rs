//! The fixture and the helpers every test uses.

use std::path::Path;

use serde_json::Value;

/// The minimal valid document, parsed.
pub fn fixture() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.yaml");
    spec_tools::load_document(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Parses an inline YAML snippet.
pub fn yaml(text: &str) -> Value {
    serde_yaml_ng::from_str(text).unwrap_or_else(|e| panic!("bad YAML in the test: {e}\n{text}"))
}

/// The operation with this operationId.
pub fn operation<'a>(doc: &'a mut Value, id: &str) -> &'a mut Value {
    doc["paths"]
        .as_object_mut()
        .expect("paths is an object")
        .values_mut()
        .flat_map(|item| item.as_object_mut().expect("a path item").values_mut())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id))
        .unwrap_or_else(|| panic!("no operation {id} in the fixture"))
}

/// The value at a JSON pointer, which must exist.
pub fn at<'a>(doc: &'a mut Value, pointer: &str) -> &'a mut Value {
    doc.pointer_mut(pointer).unwrap_or_else(|| panic!("nothing at {pointer} in the fixture"))
}

/// Asserts the exact problem lines (in any order) the internal checks report for `doc`.
#[track_caller]
pub fn assert_problems(doc: &Value, expected: &[&str]) {
    let actual: Vec<String> =
        xtask::check_document(doc).problems.iter().map(ToString::to_string).collect();
    let mut expected: Vec<&str> = expected.to_vec();
    expected.sort_unstable();
    assert_eq!(actual, expected);
}
