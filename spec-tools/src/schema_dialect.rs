//! OpenAPI 3.0 schemas as JSON Schema Draft 4, and validation of instances against them with the
//! `jsonschema` crate.
//!
//! OpenAPI 3.0's schema object is an extended subset of JSON Schema Wright-00 ("Draft 5"). Draft
//! 4 is the closest dialect `jsonschema` offers: boolean `exclusiveMinimum`/`exclusiveMaximum`,
//! and siblings of `$ref` ignored, as OpenAPI 3.0 says. The conversion:
//! - `nullable: true` adds `"null"` to `type` (and `null` to `enum`); on a schema without a
//!   `type` or combining others (`allOf`, `anyOf`, `oneOf`), the schema becomes
//!   `anyOf: [{type: null}, <schema>]`;
//! - OpenAPI-only keywords (`example`, `discriminator`, `xml`, `externalDocs`, `readOnly`,
//!   `writeOnly`, `deprecated`, `x-*`) are dropped.
//!
//! `$ref: '#/components/schemas/X'` keeps working because every schema is validated from a root
//! document that also holds the converted `components.schemas`:
//! `{"allOf": [<schema>], "components": {"schemas": {...}}}`.

use jsonschema::Validator;
use serde_json::{Map, Value, json};

/// Keywords that exist only in OpenAPI and would mean nothing (or something else) to Draft 4.
const OPENAPI_ONLY: [&str; 8] = [
    "nullable",
    "example",
    "discriminator",
    "xml",
    "externalDocs",
    "readOnly",
    "writeOnly",
    "deprecated",
];

/// Keywords whose value is one schema.
const ONE_SCHEMA: [&str; 3] = ["items", "not", "additionalProperties"];

/// Keywords whose value is a list of schemas.
const SCHEMA_LIST: [&str; 3] = ["allOf", "anyOf", "oneOf"];

/// The longest validation message kept; large instances are echoed by some messages.
const MAX_MESSAGE_CHARS: usize = 300;

/// The converted `components.schemas` of one document, to validate instances against schemas
/// that may refer to them.
#[derive(Debug)]
pub struct SchemaSet {
    components: Value,
}

impl SchemaSet {
    /// Converts the document's `components.schemas`.
    pub fn new(doc: &Value) -> Self {
        let schemas: Map<String, Value> = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, schema)| (name.clone(), convert(schema)))
            .collect();
        Self { components: json!({ "schemas": schemas }) }
    }

    /// A validator for an OpenAPI `schema`.
    ///
    /// # Errors
    ///
    /// Returns the compiler's message when the schema is not valid (e.g. a `$ref` that does not
    /// resolve).
    pub fn validator(&self, schema: &Value) -> Result<Validator, String> {
        let root = json!({ "allOf": [convert(schema)], "components": self.components });
        jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&root)
            .map_err(|e| format!("schema does not compile: {e}"))
    }
}

/// Every way `instance` fails `validator`, as `<instance pointer>: <reason>` lines.
pub fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| {
            let path = error.instance_path().to_string();
            let path = if path.is_empty() { "(root)".to_owned() } else { path };
            truncate(format!("{path}: {error}"))
        })
        .collect()
}

/// Converts one OpenAPI 3.0 schema (and its subschemas) to Draft 4.
pub fn convert(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        // `additionalProperties: true` and other non-object values stay as they are.
        return schema.clone();
    };
    if object.contains_key("$ref") {
        // Siblings of `$ref` are ignored in OpenAPI 3.0 and in Draft 4 alike.
        return json!({ "$ref": object["$ref"] });
    }
    let mut out = Map::new();
    for (key, value) in object {
        if OPENAPI_ONLY.contains(&key.as_str()) || key.starts_with("x-") {
            continue;
        }
        let converted = match key.as_str() {
            "properties" => Value::Object(
                value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(name, sub)| (name.clone(), convert(sub)))
                    .collect(),
            ),
            k if ONE_SCHEMA.contains(&k) => convert(value),
            k if SCHEMA_LIST.contains(&k) => {
                Value::Array(value.as_array().into_iter().flatten().map(convert).collect())
            }
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if object.get("nullable") == Some(&Value::Bool(true)) {
        make_nullable(out)
    } else {
        Value::Object(out)
    }
}

/// Lets a converted schema accept `null`.
///
/// A schema combining others (`type: object, nullable: true, allOf: [$ref]`, the spec's
/// nullable nested objects) means "null, or all of these", as the generators read it: adding
/// `"null"` to its `type` alone would still make `null` fail the referenced schema.
fn make_nullable(mut schema: Map<String, Value>) -> Value {
    if ["allOf", "anyOf", "oneOf"].iter().any(|keyword| schema.contains_key(*keyword)) {
        return json!({ "anyOf": [{ "type": "null" }, schema] });
    }
    if let Some(Value::Array(values)) = schema.get_mut("enum")
        && !values.contains(&Value::Null)
    {
        values.push(Value::Null);
    }
    match schema.get_mut("type") {
        Some(Value::String(name)) => {
            let name = std::mem::take(name);
            schema.insert("type".to_owned(), json!([name, "null"]));
            Value::Object(schema)
        }
        Some(Value::Array(names)) => {
            if !names.contains(&json!("null")) {
                names.push(json!("null"));
            }
            Value::Object(schema)
        }
        _ => json!({ "anyOf": [{ "type": "null" }, schema] }),
    }
}

fn truncate(message: String) -> String {
    if message.chars().count() <= MAX_MESSAGE_CHARS {
        return message;
    }
    let mut short: String = message.chars().take(MAX_MESSAGE_CHARS).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversion_table() {
        let cases = [
            (json!({"type": "string", "nullable": true}), json!({"type": ["string", "null"]})),
            (
                json!({"type": "string", "enum": ["a"], "nullable": true}),
                json!({"type": ["string", "null"], "enum": ["a", null]}),
            ),
            (json!({"type": "string", "nullable": false}), json!({"type": "string"})),
            (
                json!({"allOf": [{"$ref": "#/components/schemas/A"}], "nullable": true}),
                json!({"anyOf": [{"type": "null"}, {"allOf": [{"$ref": "#/components/schemas/A"}]}]}),
            ),
            // The spec's nullable nested objects: null, or all of the combined schemas.
            (
                json!({"type": "object", "nullable": true,
                       "allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]}),
                json!({"anyOf": [{"type": "null"}, {"type": "object",
                       "allOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]}]}),
            ),
            (
                json!({"$ref": "#/components/schemas/A", "description": "d"}),
                json!({"$ref": "#/components/schemas/A"}),
            ),
            (
                json!({"type": "object", "example": {}, "x-rust-type": "X",
                       "properties": {"a": {"type": "integer", "nullable": true, "example": null}},
                       "additionalProperties": {"type": "string", "nullable": true}}),
                json!({"type": "object",
                       "properties": {"a": {"type": ["integer", "null"]}},
                       "additionalProperties": {"type": ["string", "null"]}}),
            ),
            (
                json!({"type": "array", "items": {"type": "string", "nullable": true}}),
                json!({"type": "array", "items": {"type": ["string", "null"]}}),
            ),
            // An `enum` value or a property called like a keyword is data, not a schema.
            (
                json!({"enum": [{"nullable": true}], "properties": {"example": {"type": "string"}}}),
                json!({"enum": [{"nullable": true}], "properties": {"example": {"type": "string"}}}),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(convert(&input), expected, "converting {input}");
        }
    }

    #[test]
    fn refs_resolve_through_components() {
        let doc = json!({"components": {"schemas": {
            "Id": {"type": "string", "nullable": true},
            "User": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}}
        }}});
        let set = SchemaSet::new(&doc);
        let validator = set
            .validator(&json!({"type": "array", "items": {"$ref": "#/components/schemas/User"}}))
            .expect("the schema compiles");
        assert!(errors(&validator, &json!([{"id": "a"}, {"id": null}])).is_empty());
        assert_eq!(
            errors(&validator, &json!([{"id": 5}])),
            [r#"/0/id: 5 is not of types "null", "string""#]
        );
    }

    #[test]
    fn draft4_and_formats() {
        let set = SchemaSet::new(&json!({}));
        let exclusive = set
            .validator(&json!({"type": "integer", "minimum": 1, "exclusiveMinimum": true}))
            .expect("the schema compiles");
        assert_eq!(errors(&exclusive, &json!(1)).len(), 1);
        let date = set
            .validator(&json!({"type": "string", "format": "date-time"}))
            .expect("the schema compiles");
        assert!(errors(&date, &json!("2022-06-15T09:30:28+09:00")).is_empty());
        assert_eq!(
            errors(&date, &json!("yesterday")),
            [r#"(root): "yesterday" is not a "date-time""#]
        );
    }

    #[test]
    fn missing_ref_is_reported() {
        let set = SchemaSet::new(&json!({}));
        let error = set
            .validator(&json!({"$ref": "#/components/schemas/Nope"}))
            .expect_err("the reference does not resolve");
        assert!(error.starts_with("schema does not compile: "), "{error}");
    }
}
