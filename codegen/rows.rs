//! One row of the constraint table as data ([`Row`]: the `Place`, `Step` and `Rule` of
//! `src/validate.rs`), and its one rendering, as Rust source with its rule in words.

use super::super::literal;

/// Where a constrained value is (`src/validate.rs`'s `Place`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Place {
    Query(String),
    QueryJson(String),
    Body,
}

/// One step into a value (`src/validate.rs`'s `Step`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Step {
    Key(String),
    EachMember,
    EachItem,
}

/// What a value must satisfy (`src/validate.rs`'s `Rule`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Rule {
    Required(String),
    /// A `JsonType` variant name.
    Type(&'static str),
    Range(Option<f64>, Option<f64>),
    /// JSON texts.
    OneOf(Vec<String>),
    MinProperties(u64),
    /// The member names `additionalProperties: false` allows.
    OnlyKeys(Vec<String>),
    /// A `Format` variant name.
    Format(&'static str),
}

/// One row of the table, as data; rendered once, by [`Row::rust`].
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row {
    pub(super) operation: String,
    pub(super) place: Place,
    pub(super) steps: Vec<Step>,
    pub(super) rule: Rule,
}

impl Row {
    /// The row as a Rust `Constraint` expression.
    pub(super) fn rust(&self) -> String {
        let strings = |items: &[String]| {
            let items: Vec<String> = items.iter().map(|s| literal(s).to_string()).collect();
            format!("&[{}]", items.join(", "))
        };
        let place = match &self.place {
            Place::Query(name) => format!("Place::Query({})", literal(name)),
            Place::QueryJson(name) => format!("Place::QueryJson({})", literal(name)),
            Place::Body => "Place::Body".to_owned(),
        };
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|step| match step {
                Step::Key(key) => format!("Step::Key({})", literal(key)),
                Step::EachMember => "Step::EachMember".to_owned(),
                Step::EachItem => "Step::EachItem".to_owned(),
            })
            .collect();
        let bound = |n: Option<f64>| n.map_or("None".to_owned(), |n| format!("Some({n:?})"));
        let rule = match &self.rule {
            Rule::Required(name) => format!("Rule::Required({})", literal(name)),
            Rule::Type(kind) => format!("Rule::Type(JsonType::{kind})"),
            Rule::Range(min, max) => {
                format!("Rule::Range {{ min: {}, max: {} }}", bound(*min), bound(*max))
            }
            Rule::OneOf(values) => format!("Rule::OneOf({})", strings(values)),
            Rule::MinProperties(n) => format!("Rule::MinProperties({n})"),
            Rule::OnlyKeys(keys) => format!("Rule::OnlyKeys({})", strings(keys)),
            Rule::Format(format) => format!("Rule::Format(Format::{format})"),
        };
        format!(
            "    Constraint {{ operation: {}, place: {place}, steps: &[{}], rule: {rule}, text: {} }},\n",
            literal(&self.operation),
            steps.join(", "),
            literal(&self.described()),
        )
    }

    /// The rule in words, for messages and the documented list: e.g.
    /// ``query parameter `expireDay` must be from 1 to 90``, ``body `imageUrl` must be an
    /// absolute URI``.
    fn described(&self) -> String {
        let mut at = match &self.place {
            Place::Query(name) => format!("query parameter `{name}"),
            Place::QueryJson(name) => format!("`{name}"),
            Place::Body => "body `".to_owned(),
        };
        for step in &self.steps {
            match step {
                Step::Key(key) if at.ends_with('`') => at.push_str(key),
                Step::Key(key) => at.push_str(&format!(".{key}")),
                Step::EachMember => at.push_str(".*"),
                Step::EachItem => at.push_str("[*]"),
            }
        }
        let at = if at == "body `" { "body".to_owned() } else { at + "`" };
        // `1` rather than `1.0`.
        let num = |n: f64| match n.fract() == 0.0 && n.abs() < 1e15 {
            true => format!("{}", n as i64),
            false => n.to_string(),
        };
        match &self.rule {
            Rule::Required(key) => format!("{at} must have `{key}`"),
            Rule::Type(kind) => {
                let article = if *kind == "Object" {
                    "a JSON"
                } else if *kind == "Array" || *kind == "Integer" {
                    "an"
                } else {
                    "a"
                };
                format!("{at} must be {article} {}", kind.to_lowercase())
            }
            Rule::Range(min, max) => match (min, max) {
                (Some(min), Some(max)) => {
                    format!("{at} must be from {} to {}", num(*min), num(*max))
                }
                (Some(min), None) => format!("{at} must be at least {}", num(*min)),
                (None, Some(max)) => format!("{at} must be at most {}", num(*max)),
                (None, None) => format!("{at} may be any number"),
            },
            Rule::OneOf(values) => format!("{at} must be one of {}", values.join(", ")),
            Rule::MinProperties(n) => format!("{at} must have at least {n} member(s)"),
            Rule::OnlyKeys(keys) => format!("{at} may have only `{}`", keys.join("`, `")),
            Rule::Format("Uri") => format!("{at} must be an absolute URI"),
            Rule::Format(format) => format!("{at} must fit in {} bits", &format[3..]),
        }
    }
}
