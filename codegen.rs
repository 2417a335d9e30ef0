//! Generator settings and the generation pipeline, shared by `build.rs` and `xtask` (each
//! includes this file with `#[path]`; xtask also writes the CLI's `cli/generated/cli.rs`), so the
//! build and the committed code can never be produced with different settings.
//!
//! It reads the spec as JSON: `spec/ncloud-chat.json`, the rendering of the handwritten
//! `spec/ncloud-chat.yaml` that `cargo xtask json` writes and `cargo xtask generate --check`
//! keeps equal to it. So the build of every application using the crate needs no YAML parser
//! (two crates, one of them a C-to-Rust translation of libyaml); xtask, which reads the YAML,
//! hands its fresh JSON rendering to [`parse_spec`].
//!
//! Dependencies this file needs: `progenitor-impl`, `openapiv3`, `serde_json`, `syn`,
//! `prettyplease`.

use std::path::Path;

use progenitor_impl::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

/// The spec as the build reads it, relative to the root of the `ncloud-chat` package: the JSON
/// rendering of [`SOURCE_PATH`].
#[allow(dead_code)]
pub const SPEC_PATH: &str = "spec/ncloud-chat.json";

/// The handwritten spec, the source of truth [`SPEC_PATH`] is rendered from.
pub const SOURCE_PATH: &str = "spec/ncloud-chat.yaml";

/// Where the generated CLI finds `Client`, `builder`, `types`, progenitor's `Error<T>` and
/// `ResponseValue` (its code starts with `use <path>::*;`): `cli/src/api.rs`. Not
/// `ncloud_chat` itself, whose `Error` is the handwritten, non-generic one.
#[allow(dead_code)]
pub const CLI_API_PATH: &str = "crate::api";

/// The settings every generation uses. Each one carries its reason.
pub fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::default();
    settings
        // Builder style: optional parameters stay optional at call sites, setters take
        // `TryInto`, and `Generator::cli` requires it.
        .with_interface(InterfaceStyle::Builder)
        // All 23 operations as methods on one `Client`; six tag traits would only add imports.
        .with_tag(TagStyle::Merged)
        // The handwritten layer must implement `ClientHooks` (auth, envelope detection,
        // tracing); forgetting it is a compile error instead of silently unauthenticated calls.
        .with_hooks(HooksMode::Expected)
        // The crate's configuration (credentials, retries) travels inside the generated client.
        .with_inner_type(
            "crate::inner::Inner"
                .parse()
                .expect("a fixed, valid Rust path"),
        )
        // Generated types can describe themselves; our query builders use the same schemars 0.8.
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    // The spec's schemas for the JSON inside `filter` / `sort` / `option` describe the
    // handwritten, validating query types (`src/query.rs`, checked against these schemas by a
    // test); generating unvalidated twins of them would only offer a second, wrong way.
    for name in [
        "Filter",
        "Sort",
        "SortDirection",
        "ListOption",
        "MessageListOption",
    ] {
        settings.with_replacement(name, format!("crate::{name}"), std::iter::empty());
    }
    settings
}

/// Reads and parses the spec's JSON rendering at `path` (see [`SPEC_PATH`]).
#[allow(dead_code)] // xtask renders the YAML itself and calls `parse_spec`.
pub fn load_spec(path: &Path) -> Result<openapiv3::OpenAPI, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {}: {e} (it is the JSON rendering of {SOURCE_PATH}, written by \
             `cargo xtask json`)",
            path.display()
        )
    })?;
    parse_spec(&text, &path.display().to_string())
}

/// Parses the spec as JSON; `origin` names it in messages.
pub fn parse_spec(json: &str, origin: &str) -> Result<openapiv3::OpenAPI, String> {
    // Through a `serde_json::Value`, as the YAML used to be read here: its maps are sorted, so
    // the generated code does not follow the file's key order.
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("{origin} is not valid JSON: {e}"))?;
    serde_json::from_value(value)
        .map_err(|e| format!("{origin} is not an OpenAPI 3.0 document: {e}"))
}

/// The client code, pretty-printed, without the `api-version` header (see
/// [`without_api_version_header`]).
pub fn client_code(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    run_generator(spec, &|generator, spec| {
        Ok(without_api_version_header(generator.generate_tokens(spec)?).0)
    })
}

/// progenitor 0.15 gives every request an `api-version: <info.version>` header, with no
/// setting to turn it off; the vendor has no use for it. Each operation's `send` builds it as
///
/// ```text
/// let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
/// header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(..));
/// ```
///
/// Removing the `append` statement here, and the slot it reserved (a capacity of 0 allocates
/// nothing), spares every call an allocated map, a hashed insert and its removal afterwards;
/// the benchmarks showed them (BENCHMARKS.md). Works on tokens, so formatting cannot defeat
/// it. Returns the code and how many statements were removed; code of another shape is left
/// as it is (the header is then sent, which the vendor ignores; a test of the wire fails).
pub fn without_api_version_header(
    tokens: proc_macro2::TokenStream,
) -> (proc_macro2::TokenStream, usize) {
    use proc_macro2::{Group, Literal, TokenTree};

    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut removed = 0;
    let is_ident = |t: &TokenTree, name: &str| matches!(t, TokenTree::Ident(i) if i == name);
    let is_punct = |t: &TokenTree, c: char| matches!(t, TokenTree::Punct(p) if p.as_char() == c);
    // `header_map . append ( .. "api-version" .. ) ;` in this token list.
    let is_api_version_append = |w: &[TokenTree]| {
        is_ident(&w[0], "header_map")
            && is_punct(&w[1], '.')
            && is_ident(&w[2], "append")
            && matches!(&w[3], TokenTree::Group(g) if g.stream().to_string().contains("\"api-version\""))
            && is_punct(&w[4], ';')
    };
    if let Some(at) =
        (0..trees.len().saturating_sub(4)).find(|&i| is_api_version_append(&trees[i..i + 5]))
    {
        trees.drain(at..at + 5);
        removed += 1;
        // The nearest `with_capacity ( Nusize )` before it, `header_map`'s: one slot fewer.
        for i in (0..at.saturating_sub(1)).rev() {
            if let (TokenTree::Ident(name), TokenTree::Group(args)) = (&trees[i], &trees[i + 1])
                && name == "with_capacity"
                && let Some(n) = args
                    .stream()
                    .to_string()
                    .strip_suffix("usize")
                    .and_then(|n| n.parse::<usize>().ok())
                    .filter(|&n| n > 0)
            {
                let mut smaller = Group::new(
                    args.delimiter(),
                    TokenTree::Literal(Literal::usize_suffixed(n - 1)).into(),
                );
                smaller.set_span(args.span());
                trees[i + 1] = TokenTree::Group(smaller);
                break;
            }
        }
        // `let mut header_map`: without other `header_map.<method>` calls, no `mut` (a warning).
        let still_mutated = trees
            .windows(2)
            .any(|w| is_ident(&w[0], "header_map") && is_punct(&w[1], '.'));
        if !still_mutated
            && let Some(m) = (1..trees.len().saturating_sub(1)).find(|&i| {
                is_ident(&trees[i - 1], "let")
                    && is_ident(&trees[i], "mut")
                    && is_ident(&trees[i + 1], "header_map")
            })
        {
            trees.remove(m);
        }
    }
    for tree in &mut trees {
        if let TokenTree::Group(group) = tree {
            let (inner, count) = without_api_version_header(group.stream());
            if count > 0 {
                let mut rebuilt = Group::new(group.delimiter(), inner);
                rebuilt.set_span(group.span());
                *tree = TokenTree::Group(rebuilt);
                removed += count;
            }
        }
    }
    (trees.into_iter().collect(), removed)
}

/// The CLI code (`Generator::cli`) for the crate named `crate_name`, pretty-printed.
#[allow(dead_code)]
pub fn cli_code(spec: &openapiv3::OpenAPI, crate_name: &str) -> Result<String, String> {
    run_generator(spec, &|generator, spec| generator.cli(spec, crate_name))
}

/// One way of running the generator: the client or the CLI.
type Generate<'a> = &'a dyn Fn(
    &mut Generator,
    &openapiv3::OpenAPI,
) -> Result<proc_macro2::TokenStream, progenitor_impl::Error>;

fn run_generator(spec: &openapiv3::OpenAPI, generate: Generate<'_>) -> Result<String, String> {
    match try_generate(spec, generate) {
        Ok(tokens) => {
            let file = syn::parse2::<syn::File>(tokens)
                .map_err(|e| format!("progenitor produced unparsable code: {e}"))?;
            Ok(prettyplease::unparse(&file))
        }
        Err(whole) => Err(blame_operations(spec, generate, whole)),
    }
}

/// Runs the generator, turning its panics (e.g. `response_types.len() <= 1`) into errors.
fn try_generate(
    spec: &openapiv3::OpenAPI,
    generate: Generate<'_>,
) -> Result<proc_macro2::TokenStream, String> {
    let previous_hook = std::panic::take_hook();
    // Silence the default hook: the panic message is reported once, below, as a plain line.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        generate(&mut Generator::new(&settings()), spec)
    }));
    std::panic::set_hook(previous_hook);
    match result {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .map(|m| format!("progenitor panicked: {m}"))
            .unwrap_or_else(|| "progenitor panicked".to_string())),
    }
}

/// progenitor's messages rarely say where the problem is. Generating each operation alone
/// (with all component schemas) finds the operations at fault; if none fails alone, the
/// component schemas themselves are to blame.
fn blame_operations(spec: &openapiv3::OpenAPI, generate: Generate<'_>, whole: String) -> String {
    let mut culprits = Vec::new();
    for (path, item) in spec.paths.paths.iter() {
        let Some(item) = item.as_item() else {
            culprits.push(format!("path {path}: `$ref` path items are not supported"));
            continue;
        };
        for (method, op) in item.iter() {
            let mut single = spec.clone();
            let mut only = item.clone();
            for (other, slot) in [
                ("get", &mut only.get),
                ("put", &mut only.put),
                ("post", &mut only.post),
                ("delete", &mut only.delete),
                ("options", &mut only.options),
                ("head", &mut only.head),
                ("patch", &mut only.patch),
                ("trace", &mut only.trace),
            ] {
                if other != method {
                    *slot = None;
                }
            }
            single.paths.paths = [(path.clone(), openapiv3::ReferenceOr::Item(only))]
                .into_iter()
                .collect();
            if let Err(e) = try_generate(&single, generate) {
                let id = op.operation_id.as_deref().unwrap_or("<no operationId>");
                culprits.push(format!(
                    "operation `{id}` ({} {path}): {e}",
                    method.to_uppercase()
                ));
            }
        }
    }
    if culprits.is_empty() {
        format!("the spec's component schemas or operation set were rejected: {whole}")
    } else {
        culprits.join("\n")
    }
}

/// The operation table the library's tracing needs: `(operationId, METHOD, path template)` for
/// every operation, in spec order, as the Rust source of a `pub(crate) const OPERATIONS`.
///
/// progenitor hands hooks only the operation ID; the path *template* (`/v1/api/members/{userId}`,
/// not the concrete URL with a user ID in it) is what a span should carry, and deriving it from
/// the spec here means it can never drift from the generated client.
pub fn operations_code(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    let (mut rows, mut arms) = (Vec::new(), Vec::new());
    for (path, item) in spec.paths.paths.iter() {
        let item = item
            .as_item()
            .ok_or_else(|| format!("path {path}: `$ref` path items are not supported"))?;
        for (method, op) in item.iter() {
            let id = op
                .operation_id
                .as_deref()
                .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
            rows.push(format!(
                "    ({}, {}, {}),\n",
                literal(id),
                literal(&method.to_uppercase()),
                literal(path),
            ));
            arms.push(format!(
                "        {} => Some({}),\n",
                literal(id),
                literal(path)
            ));
        }
    }
    Ok(format!(
        "// Generated by build.rs (codegen::operations_code) from {SPEC_PATH}. Do not edit.\n\
         /// `(operationId, HTTP method, path template)` of every operation in the spec.\n\
         #[cfg(test)]\n\
         pub(crate) const OPERATIONS: &[(&str, &str, &str)] = &[\n{}];\n\
         /// The path template of an operation: a `match`, not a scan of the table, since every\n\
         /// request looks it up.\n\
         pub(crate) fn path_template(operation_id: &str) -> Option<&'static str> {{\n\
         \x20   match operation_id {{\n{}        _ => None,\n    }}\n}}\n",
        rows.concat(),
        arms.concat()
    ))
}

// --- Request constraints --------------------------------------------------------------------

/// Keywords that constrain request values but have no rule in the generated table: a spec that
/// uses one on a query parameter or request body fails the build instead of promising a check
/// nobody makes. (Path parameters are left out: the library's path check keeps each one a
/// single non-empty segment.)
const UNSUPPORTED_KEYWORDS: [&str; 11] = [
    "pattern",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "maxProperties",
    "not",
];

/// The `format`s the table checks, as `src/validate.rs`'s `Format` names them.
const FORMATS: [(&str, &str); 3] = [("uri", "Uri"), ("int32", "Int32"), ("int64", "Int64")];

/// How deep a request schema is followed (`$ref`s, properties, items); the spec needs 4.
const MAX_CONSTRAINT_DEPTH: usize = 16;

/// Where a constrained value is (`src/validate.rs`'s `Place`).
#[derive(Debug, Clone, PartialEq)]
enum Place {
    Query(String),
    QueryJson(String),
    Body,
}

/// One step into a value (`src/validate.rs`'s `Step`).
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    EachMember,
    EachItem,
}

/// What a value must satisfy (`src/validate.rs`'s `Rule`).
#[derive(Debug, Clone, PartialEq)]
enum Rule {
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
struct Row {
    operation: String,
    place: Place,
    steps: Vec<Step>,
    rule: Rule,
}

impl Row {
    /// The row as a Rust `Constraint` expression.
    fn rust(&self) -> String {
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
                format!(
                    "Rule::Range {{ min: {}, max: {} }}",
                    bound(*min),
                    bound(*max)
                )
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
        let at = if at == "body `" {
            "body".to_owned()
        } else {
            at + "`"
        };
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

/// The request constraints the spec declares that the generated types do not already
/// guarantee, as the Rust source of a `pub(crate) const CONSTRAINTS: &[Constraint]` for
/// `src/validate.rs`, which checks them in the `pre` hook of every operation. One row per
/// rule, sorted by path, method and property:
///
/// - JSON-in-query parameters (`x-json-schema`; nothing types the JSON inside the string):
///   `type`, `required`, `minimum`/`maximum`, `enum` (a `oneOf` of enums is one enum),
///   `minProperties`, `additionalProperties: false` and `format`, through `properties`,
///   `additionalProperties`, `items` and `allOf`;
/// - query parameters and request bodies, which the generated builders and types hold: only
///   what those types cannot, `minimum`/`maximum`, `minProperties` and `format: uri`. A
///   required parameter or member, a `type`, an `enum`, `additionalProperties: false` and an
///   integer `format` are the generated Rust types' to keep.
pub fn constraints_code(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    let rows = constraint_rows(spec)?;
    let (mut code, mut arms, mut first) = (String::new(), String::new(), 0);
    for (at, row) in rows.iter().enumerate() {
        code.push_str(&row.rust());
        // An operation's rows are contiguous: each walk pushes all of its own.
        if rows
            .get(at + 1)
            .is_none_or(|next| next.operation != row.operation)
        {
            arms.push_str(&format!(
                "        {} => &CONSTRAINTS[{first}..{}],\n",
                literal(&row.operation),
                at + 1
            ));
            first = at + 1;
        }
    }
    Ok(format!(
        "// Generated by build.rs (codegen::constraints_code) from {SPEC_PATH}. Do not edit.\n\
         /// Every request constraint the spec declares that the generated types do not hold,\n\
         /// checked before sending.\n\
         pub(crate) const CONSTRAINTS: &[Constraint] = &[\n{code}];\n\
         /// The rows of one operation: a `match`, not a scan of the table, since every request\n\
         /// looks them up.\n\
         pub(crate) fn constraints_of(operation_id: &str) -> &'static [Constraint] {{\n\
         \x20   match operation_id {{\n{arms}        _ => &[],\n    }}\n}}\n"
    ))
}

fn constraint_rows(spec: &openapiv3::OpenAPI) -> Result<Vec<Row>, String> {
    let doc = serde_json::to_value(spec).map_err(|e| format!("cannot re-read the spec: {e}"))?;
    let mut rows = Vec::new();
    let paths = doc
        .get("paths")
        .and_then(serde_json::Value::as_object)
        .into_iter()
        .flatten();
    for (path, item) in paths {
        let shared = item.get("parameters").and_then(serde_json::Value::as_array);
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(op) = item.get(method) else { continue };
            let id = op
                .get("operationId")
                .and_then(serde_json::Value::as_str)
                .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
            let own = op.get("parameters").and_then(serde_json::Value::as_array);
            let mut walk = Walk {
                doc: &doc,
                operation: id,
                place: Place::Body,
                json: false,
                rows: &mut rows,
            };
            for parameter in shared
                .into_iter()
                .flatten()
                .chain(own.into_iter().flatten())
            {
                let parameter = resolve(&doc, parameter)?;
                if parameter.get("in").and_then(serde_json::Value::as_str) != Some("query") {
                    continue;
                }
                let name = parameter
                    .get("name")
                    .and_then(serde_json::Value::as_str)
                    .ok_or_else(|| format!("{id}: a query parameter has no name"))?;
                (walk.place, walk.json) = (Place::Query(name.to_owned()), false);
                if let Some(schema) = parameter.get("schema") {
                    walk.schema(schema, &mut Vec::new(), 0)?;
                }
                if let Some(shape) = parameter.get("x-json-schema") {
                    (walk.place, walk.json) = (Place::QueryJson(name.to_owned()), true);
                    walk.schema(shape, &mut Vec::new(), 0)?;
                }
            }
            if let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") {
                (walk.place, walk.json) = (Place::Body, false);
                walk.schema(schema, &mut Vec::new(), 0)?;
            }
        }
    }
    Ok(rows)
}

/// Follows `$ref`s (local ones only).
fn resolve<'a>(
    doc: &'a serde_json::Value,
    mut value: &'a serde_json::Value,
) -> Result<&'a serde_json::Value, String> {
    for _ in 0..MAX_CONSTRAINT_DEPTH {
        let Some(reference) = value.get("$ref").and_then(serde_json::Value::as_str) else {
            return Ok(value);
        };
        value = reference
            .strip_prefix('#')
            .and_then(|pointer| doc.pointer(pointer))
            .ok_or_else(|| format!("$ref {reference} does not resolve"))?;
    }
    Err("a $ref chain is too long (a loop?)".to_owned())
}

fn literal(text: &str) -> proc_macro2::Literal {
    proc_macro2::Literal::string(text)
}

/// One walk through the schema of one query parameter or body, collecting rows.
struct Walk<'a> {
    doc: &'a serde_json::Value,
    operation: &'a str,
    place: Place,
    /// Whether the value is JSON inside a query string, which no generated type holds: then
    /// every rule is a row, not only those the types cannot keep.
    json: bool,
    rows: &'a mut Vec<Row>,
}

impl Walk<'_> {
    /// Where the walk is, for messages: `make_thing: body name`, `list_users: option per_page`.
    fn label(&self, steps: &[Step]) -> String {
        let place = match &self.place {
            Place::Query(name) | Place::QueryJson(name) => name.as_str(),
            Place::Body => "body",
        };
        let path: Vec<&str> = steps
            .iter()
            .map(|step| match step {
                Step::Key(key) => key.as_str(),
                Step::EachMember => "*",
                Step::EachItem => "[*]",
            })
            .collect();
        format!("{}: {place} {}", self.operation, path.join("."))
            .trim_end()
            .to_owned()
    }

    /// Adds a row; `typed`: a rule the generated types keep outside JSON-in-query values.
    fn row(&mut self, steps: &[Step], rule: Rule, typed: bool) {
        if typed && !self.json {
            return;
        }
        self.rows.push(Row {
            operation: self.operation.to_owned(),
            place: self.place.clone(),
            steps: steps.to_vec(),
            rule,
        });
    }

    fn schema(
        &mut self,
        schema: &serde_json::Value,
        steps: &mut Vec<Step>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > MAX_CONSTRAINT_DEPTH {
            return Err(format!(
                "{}: request schema nested too deep (a recursive schema?)",
                self.operation
            ));
        }
        let schema = resolve(self.doc, schema)?;
        let here = self.label(steps);
        if let Some(keyword) = UNSUPPORTED_KEYWORDS
            .iter()
            .find(|k| schema.get(**k).is_some())
        {
            return Err(format!(
                "{here}: `{keyword}` is not enforced by the generated request checks; \
                 add a rule for it (codegen::constraints_code, src/validate.rs) or drop it"
            ));
        }
        let text = |key: &str| schema.get(key).and_then(serde_json::Value::as_str);
        if let Some(kind) = text("type") {
            let kind = match kind {
                "object" => "Object",
                "array" => "Array",
                "string" => "String",
                "integer" => "Integer",
                "number" => "Number",
                "boolean" => "Boolean",
                other => return Err(format!("{here}: unknown type `{other}`")),
            };
            self.row(steps, Rule::Type(kind), true);
        }
        if let Some(format) = text("format") {
            let Some((_, variant)) = FORMATS.iter().find(|(name, _)| *name == format) else {
                return Err(format!(
                    "{here}: `format: {format}` is not enforced by the generated request \
                     checks; add it to codegen::FORMATS and src/validate.rs or drop it"
                ));
            };
            // Rust's integer types hold the integer formats; nothing types a URI.
            self.row(steps, Rule::Format(variant), format != "uri");
        }
        let number = |key: &str| schema.get(key).and_then(serde_json::Value::as_f64);
        let (min, max) = (number("minimum"), number("maximum"));
        if min.is_some() || max.is_some() {
            self.row(steps, Rule::Range(min, max), false);
        }
        let mut values: Vec<String> = enum_values(schema);
        let alternatives = schema.get("oneOf").and_then(serde_json::Value::as_array);
        for alternative in alternatives.into_iter().flatten() {
            let own = enum_values(resolve(self.doc, alternative)?);
            if own.is_empty() {
                return Err(format!(
                    "{here}: only a `oneOf` of enums can be checked in requests"
                ));
            }
            values.extend(own);
        }
        if !values.is_empty() {
            self.row(steps, Rule::OneOf(values), true);
        }
        if let Some(n) = schema
            .get("minProperties")
            .and_then(serde_json::Value::as_u64)
        {
            self.row(steps, Rule::MinProperties(n), false);
        }
        let required = schema.get("required").and_then(serde_json::Value::as_array);
        for name in required
            .into_iter()
            .flatten()
            .filter_map(serde_json::Value::as_str)
        {
            self.row(steps, Rule::Required(name.to_owned()), true);
        }
        for member in schema
            .get("allOf")
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
        {
            self.schema(member, steps, depth + 1)?;
        }
        let properties = schema
            .get("properties")
            .and_then(serde_json::Value::as_object);
        if schema.get("additionalProperties") == Some(&serde_json::Value::Bool(false)) {
            let keys = properties.into_iter().flatten().map(|(k, _)| k.clone());
            self.row(steps, Rule::OnlyKeys(keys.collect()), true);
        }
        for (name, property) in properties.into_iter().flatten() {
            steps.push(Step::Key(name.clone()));
            self.schema(property, steps, depth + 1)?;
            steps.pop();
        }
        for (keyword, step) in [
            ("additionalProperties", Step::EachMember),
            ("items", Step::EachItem),
        ] {
            if let Some(inner) = schema.get(keyword).filter(|s| s.is_object()) {
                steps.push(step);
                self.schema(inner, steps, depth + 1)?;
                steps.pop();
            }
        }
        Ok(())
    }
}

/// The JSON texts of a schema's `enum` values.
fn enum_values(schema: &serde_json::Value) -> Vec<String> {
    schema
        .get("enum")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .map(serde_json::Value::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-operation spec whose body property `name` has `extra` keywords.
    fn spec_with(extra: serde_json::Value) -> openapiv3::OpenAPI {
        let mut name = serde_json::json!({ "type": "string" });
        name.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        serde_json::from_value(serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": { "/v1/api/things": { "post": {
                "operationId": "make_thing",
                "parameters": [
                    { "name": "days", "in": "query", "required": true,
                      "schema": { "type": "integer", "minimum": 1, "maximum": 9 } },
                    { "name": "opt", "in": "query", "schema": { "type": "string" },
                      "x-json-schema": { "type": "object", "additionalProperties": false,
                        "properties": { "n": { "type": "integer", "format": "int64",
                                               "enum": [1, 2] } } } }
                ],
                "requestBody": { "content": { "application/json": { "schema": {
                    "type": "object", "required": ["name"], "properties": { "name": name }
                } } } },
                "responses": { "200": { "description": "ok" } }
            } } }
        }))
        .unwrap()
    }

    #[test]
    fn constraints_the_types_do_not_hold_become_rows() {
        let code = constraints_code(&spec_with(
            serde_json::json!({ "enum": ["a", "b"], "format": "uri" }),
        ))
        .unwrap();
        for row in [
            r#"operation: "make_thing", place: Place::Query("days"), steps: &[], rule: Rule::Range { min: Some(1.0), max: Some(9.0) }"#,
            r#"place: Place::Body, steps: &[Step::Key("name")], rule: Rule::Format(Format::Uri)"#,
            r#"place: Place::QueryJson("opt"), steps: &[], rule: Rule::OnlyKeys(&["n"])"#,
            r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::Type(JsonType::Integer)"#,
            r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::Format(Format::Int64)"#,
            r#"place: Place::QueryJson("opt"), steps: &[Step::Key("n")], rule: Rule::OneOf(&["1", "2"])"#,
            r#"        "make_thing" => &CONSTRAINTS[0..7],"#,
        ] {
            assert!(code.contains(row), "missing {row} in:\n{code}");
        }
        // A required parameter or member, a body enum and `type`s are the generated types'.
        assert_eq!(code.matches("Constraint {").count(), 7, "{code}");
    }

    #[test]
    fn a_constraint_nobody_checks_fails_generation() {
        let err =
            constraints_code(&spec_with(serde_json::json!({ "pattern": "^x$" }))).unwrap_err();
        assert!(
            err.starts_with("make_thing: body name: `pattern` is not enforced"),
            "{err}"
        );
        let err =
            constraints_code(&spec_with(serde_json::json!({ "format": "email" }))).unwrap_err();
        assert!(
            err.starts_with("make_thing: body name: `format: email` is not enforced"),
            "{err}"
        );
    }
}
