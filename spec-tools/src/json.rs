//! The YAML spec as pretty JSON (two-space indent, trailing newline): `spec/ncloud-chat.json`,
//! what the library's `build.rs` reads (so users build no YAML parser), and what tools that
//! prefer JSON read.
//!
//! Keys keep the YAML's order, so the JSON reads like the YAML and diffs of the two line up.
//! That order comes from parsing into `serde_yaml_ng::Value`, whose mappings keep insertion
//! order, and serializing that value directly. Turning on serde_json's `preserve_order` feature
//! instead would also reorder the maps `codegen::parse_spec` builds, and so could make the
//! generated code here differ from `build.rs`'s, which the committed snapshot must match.
//!
//! The JSON is checked to hold exactly the data of the YAML read as JSON (anchors expanded, keys
//! as strings), so the two files can never disagree about the document.

/// Converts a YAML document to pretty JSON with the same key order and a trailing newline.
///
/// # Errors
///
/// Fails on invalid YAML, on YAML-only constructs (tags, keys that are not scalars), and if the
/// JSON would not hold the same data as the YAML read as JSON.
pub fn yaml_to_json(yaml: &str) -> Result<String, String> {
    let ordered: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(yaml).map_err(|e| format!("not valid YAML: {e}"))?;
    reject_yaml_only(&ordered, "#")?;
    let mut json = serde_json::to_string_pretty(&ordered)
        .map_err(|e| format!("cannot be written as JSON: {e}"))?;
    json.push('\n');

    // The YAML's data, read without regard to key order.
    let expected: serde_json::Value =
        serde_yaml_ng::from_str(yaml).map_err(|e| format!("not valid YAML: {e}"))?;
    let actual: serde_json::Value = serde_json::from_str(&json)
        .map_err(|e| format!("the JSON written does not parse back: {e}"))?;
    if actual != expected {
        return Err(
            "the JSON conversion does not hold the same data as the YAML read as JSON (a merge \
             key `<<`, or a key that is not a plain string?)"
                .to_owned(),
        );
    }
    Ok(json)
}

/// Fails on the YAML constructs JSON has no form for, naming where they are (a JSON pointer).
fn reject_yaml_only(value: &serde_yaml_ng::Value, pointer: &str) -> Result<(), String> {
    use serde_yaml_ng::Value;
    match value {
        Value::Tagged(tagged) => {
            Err(format!("the YAML tag {} at {pointer} has no JSON form", tagged.tag))
        }
        Value::Sequence(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| reject_yaml_only(item, &format!("{pointer}/{i}"))),
        Value::Mapping(map) => map.iter().try_for_each(|(key, item)| {
            let key = match key {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => {
                    return Err(format!("a key at {pointer} is not a string, number or boolean"));
                }
            };
            let escaped = key.replace('~', "~0").replace('/', "~1");
            reject_yaml_only(item, &format!("{pointer}/{escaped}"))
        }),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_their_yaml_order_and_anchors_expand() {
        let yaml = "openapi: 3.0.3\n\
                    zeta: &z {b: 1, a: [true, null, 'x']}\n\
                    alpha: *z\n\
                    responses:\n  200: {description: ok}\n  '4XX': {description: no}\n";
        assert_eq!(
            yaml_to_json(yaml).expect("convertible"),
            r#"{
  "openapi": "3.0.3",
  "zeta": {
    "b": 1,
    "a": [
      true,
      null,
      "x"
    ]
  },
  "alpha": {
    "b": 1,
    "a": [
      true,
      null,
      "x"
    ]
  },
  "responses": {
    "200": {
      "description": "ok"
    },
    "4XX": {
      "description": "no"
    }
  }
}
"#
        );
    }

    #[test]
    fn yaml_only_constructs_are_refused_with_their_place() {
        assert_eq!(
            yaml_to_json("paths:\n  /a~b/c:\n    x: !custom 1\n").expect_err("a tag"),
            "the YAML tag !custom at #/paths/~1a~0b~1c/x has no JSON form"
        );
        assert_eq!(
            yaml_to_json("a:\n  [1, 2]: x\n").expect_err("a sequence as key"),
            "a key at #/a is not a string, number or boolean"
        );
        assert!(yaml_to_json("a: [").expect_err("not YAML").starts_with("not valid YAML"));
    }
}
