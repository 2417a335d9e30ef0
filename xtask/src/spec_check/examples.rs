//! Check 6: every example in the document validates against its schema.
//!
//! Covered: media-type `example` and `examples.*.value` (request bodies and responses), parameter
//! and header `example`/`examples`, and the schema-level `example` of every schema and nested
//! subschema (component schemas and inline ones). `examples.*` entries that are `$ref`s to
//! `components/examples` are resolved at each use, since only the use knows the schema.
//!
//! Each object is checked once, where it is written: a `$ref`'d parameter, request body, response
//! or header is checked under `components/...`, not again in every operation that uses it.

use serde_json::Value;

use super::document::{self, Operation};
use crate::Problem;
use spec_tools::schema_dialect::{self, SchemaSet};

/// Media type left out of labels because nearly every body uses it.
const JSON: &str = "application/json";

/// Runs check 6; returns the problems and how many examples were validated.
pub fn check(doc: &Value) -> (Vec<Problem>, usize) {
    let mut walker =
        Walker { doc, schemas: SchemaSet::new(doc), problems: Vec::new(), validated: 0 };
    for operation in document::operations(doc) {
        walker.operation(&operation);
    }
    let components = doc.get("components").unwrap_or(&Value::Null);
    for (name, parameter) in document::entries(components, "parameters") {
        walker.parameter(&format!("components/parameters/{name}"), parameter);
    }
    for (name, header) in document::entries(components, "headers") {
        walker.parameter(&format!("components/headers/{name}"), header);
    }
    for (name, body) in document::entries(components, "requestBodies") {
        walker.media_types(&format!("components/requestBodies/{name}"), body);
    }
    for (name, response) in document::entries(components, "responses") {
        walker.response(&format!("components/responses/{name}"), response);
    }
    for (name, schema) in document::entries(components, "schemas") {
        walker.schema_examples(&format!("schema {name}"), schema);
    }
    (walker.problems, walker.validated)
}

struct Walker<'a> {
    doc: &'a Value,
    schemas: SchemaSet,
    problems: Vec<Problem>,
    validated: usize,
}

impl Walker<'_> {
    /// The inline parameters, request body and responses of an operation.
    fn operation(&mut self, operation: &Operation<'_>) {
        let label = operation.label();
        for parameter in document::parameters(operation) {
            self.parameter(&label, parameter);
        }
        if let Some(body) = operation.value.get("requestBody")
            && document::ref_of(body).is_none()
        {
            self.media_types(&format!("{label} request body"), body);
        }
        for (code, response) in document::entries(operation.value, "responses") {
            self.response(&format!("{label} response {code}"), response);
        }
    }

    /// A parameter or header (both have `schema`, `example`, `examples`, or `content`).
    fn parameter(&mut self, owner: &str, parameter: &Value) {
        if document::ref_of(parameter).is_some() {
            return;
        }
        let label = match parameter.get("name").and_then(Value::as_str) {
            Some(name) if !owner.starts_with("components/") => {
                format!("{owner} parameter '{name}'")
            }
            _ => owner.to_owned(),
        };
        let schema = parameter.get("schema");
        if let Some(schema) = schema {
            self.schema_examples(&format!("{label} schema"), schema);
        }
        self.examples(&label, parameter, schema);
        self.media_types(&label, parameter);
    }

    /// A response's bodies and headers, unless it is a `$ref` (checked under components).
    fn response(&mut self, label: &str, response: &Value) {
        if document::ref_of(response).is_some() {
            return;
        }
        self.media_types(label, response);
        for (name, header) in document::entries(response, "headers") {
            self.parameter(&format!("{label} header '{name}'"), header);
        }
    }

    /// The examples of each media type under `content`.
    fn media_types(&mut self, label: &str, holder: &Value) {
        for (media_type, media) in document::entries(holder, "content") {
            let label =
                if media_type == JSON { label.to_owned() } else { format!("{label} {media_type}") };
            let schema = media.get("schema");
            if let Some(schema) = schema {
                self.schema_examples(&format!("{label} schema"), schema);
            }
            self.examples(&label, media, schema);
        }
    }

    /// Validates `holder`'s `example` and `examples.*.value` against `schema`.
    fn examples(&mut self, label: &str, holder: &Value, schema: Option<&Value>) {
        let mut found: Vec<(String, &Value)> = Vec::new();
        if let Some(example) = holder.get("example") {
            found.push((format!("{label} example"), example));
        }
        for (name, example) in document::entries(holder, "examples") {
            let place = match document::ref_of(example) {
                Some(reference) => format!("{label} example '{name}' ({reference})"),
                None => format!("{label} example '{name}'"),
            };
            match document::resolve(self.doc, example) {
                // An `externalValue` example is not in the document: nothing to validate.
                Ok(example) => found.extend(example.get("value").map(|value| (place, value))),
                Err(message) => self.problems.push(Problem::new(place, message)),
            }
        }
        if let Some(schema) = schema {
            self.validate(label, schema, found);
        }
    }

    /// Validates the schema-level `example` of `schema` and of every nested subschema.
    fn schema_examples(&mut self, label: &str, schema: &Value) {
        if !schema.is_object() || document::ref_of(schema).is_some() {
            return;
        }
        if let Some(example) = schema.get("example") {
            self.validate(label, schema, vec![(format!("{label} example"), example)]);
        }
        for (name, property) in document::entries(schema, "properties") {
            self.schema_examples(&format!("{label}/properties/{}", escape(name)), property);
        }
        for keyword in ["items", "additionalProperties", "not"] {
            if let Some(sub) = schema.get(keyword) {
                self.schema_examples(&format!("{label}/{keyword}"), sub);
            }
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            let subs = schema.get(keyword).and_then(Value::as_array).into_iter().flatten();
            for (index, sub) in subs.enumerate() {
                self.schema_examples(&format!("{label}/{keyword}/{index}"), sub);
            }
        }
    }

    /// Validates each `(place, example)` against `schema`; a schema that does not compile is
    /// reported once, at `label`.
    fn validate(&mut self, label: &str, schema: &Value, examples: Vec<(String, &Value)>) {
        if examples.is_empty() {
            return;
        }
        let validator = match self.schemas.validator(schema) {
            Ok(validator) => validator,
            Err(message) => {
                self.problems.push(Problem::new(label, message));
                return;
            }
        };
        for (place, example) in examples {
            self.validated += 1;
            for error in schema_dialect::errors(&validator, example) {
                self.problems.push(Problem::new(&place, error));
            }
        }
    }
}

/// A property name as a JSON pointer segment.
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}
