//! Generator settings and the generation pipeline, shared by `build.rs` and `spec-tools` (each
//! includes this file with `#[path]`; through spec-tools, `cargo xtask generate` writes the
//! committed copies and the CLI's `cli/generated/cli.rs`), so the build and the committed code
//! can never be produced with different settings.
//!
//! It reads the spec as JSON: `spec/ncloud-chat.json`, the rendering of the handwritten
//! `spec/ncloud-chat.yaml` that `cargo xtask generate` writes and `cargo xtask generate --check`
//! keeps equal to it. So the build of every application using the crate needs no YAML parser
//! (two crates, one of them a C-to-Rust translation of libyaml); spec-tools, which reads the
//! YAML, hands its fresh JSON rendering to [`parse_spec`].
//!
//! Dependencies this file needs: `progenitor-impl`, `openapiv3`, `serde_json`, `syn`,
//! `prettyplease`.

use std::path::Path;

use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

/// The spec as the build reads it, relative to the root of the `ncloud-chat` package: the JSON
/// rendering of [`SPEC_YAML`].
#[allow(dead_code)]
pub const SPEC_JSON: &str = "spec/ncloud-chat.json";

/// The handwritten spec, the source of truth [`SPEC_JSON`] is rendered from.
pub const SPEC_YAML: &str = "spec/ncloud-chat.yaml";

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
        // The crate's configuration (credentials, retries) travels inside the generated client.
        .with_inner_type("crate::inner::Inner".parse().expect("a fixed, valid Rust path"))
        // Generated types can describe themselves; our query builders use the same schemars 0.8.
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq");
    // The spec's schemas for the JSON inside `filter` / `sort` / `option` describe the
    // handwritten, validating query types (`src/query.rs`, checked against these schemas by a
    // test); generating unvalidated twins of them would only offer a second, wrong way.
    for name in ["Filter", "Sort", "SortDirection", "ListOption", "MessageListOption"] {
        settings.with_replacement(name, format!("crate::{name}"), std::iter::empty());
    }
    settings
}

/// Reads and parses the spec's JSON rendering at `path` (see [`SPEC_JSON`]).
#[allow(dead_code)] // xtask renders the YAML itself and calls `parse_spec`.
pub fn load_spec(path: &Path) -> Result<openapiv3::OpenAPI, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {}: {e} (it is the JSON rendering of {SPEC_YAML}, written by \
             `cargo xtask generate`)",
            path.display()
        )
    })?;
    parse_spec(&text, &path.display().to_string())
}

/// Parses the spec as JSON; `origin` names it in messages.
pub fn parse_spec(json: &str, origin: &str) -> Result<openapiv3::OpenAPI, String> {
    // Through a `serde_json::Value`, whose maps are sorted, so the generated code does not
    // follow the file's key order (which the YAML's rendering keeps).
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("{origin} is not valid JSON: {e}"))?;
    serde_json::from_value(value)
        .map_err(|e| format!("{origin} is not an OpenAPI 3.0 document: {e}"))
}

/// The client code, pretty-printed, without progenitor's `api-version` header (see
/// `codegen/api_version.rs`) and with each response decoded by the crate's `Client::respond`
/// (see `codegen/respond.rs`). Fails if either was not found in every operation, which would
/// mean progenitor changed how it writes it.
pub fn client_code(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    let operations = spec.operations().count();
    let counts = std::cell::Cell::new((0, 0));
    let code = run_generator(spec, &|generator, spec| {
        let (tokens, removed) = api_version::without_api_version(generator.generate_tokens(spec)?);
        let (tokens, replaced) = respond::with_direct_responses(tokens);
        counts.set((removed, replaced));
        Ok(tokens)
    })?;
    let (removed, replaced) = counts.get();
    if removed != operations {
        return Err(format!(
            "found progenitor's api-version header in {removed} of the {operations} operations: \
             update codegen/api_version.rs"
        ));
    }
    if replaced != operations {
        return Err(format!(
            "found progenitor's response handling in {replaced} of the {operations} operations: \
             update codegen/respond.rs"
        ));
    }
    Ok(code)
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
            single.paths.paths =
                [(path.clone(), openapiv3::ReferenceOr::Item(only))].into_iter().collect();
            if let Err(e) = try_generate(&single, generate) {
                let id = op.operation_id.as_deref().unwrap_or("<no operationId>");
                culprits.push(format!("operation `{id}` ({} {path}): {e}", method.to_uppercase()));
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
/// The generated code hands `Client::respond` only the operation ID; the path *template*
/// (`/v1/api/members/{userId}`, not the concrete URL with a user ID in it) is what a span
/// should carry, and deriving it from the spec here means it can never drift from the
/// generated client.
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
            // The library's path check (`src/validate.rs`, `has_shape`) compares whole segments.
            let whole = |segment: &str| {
                let name = segment.strip_prefix('{').and_then(|rest| rest.strip_suffix('}'));
                !name.unwrap_or(segment).contains(['{', '}'])
            };
            if !path.split('/').all(whole) {
                return Err(format!("{id}: {path}: a path parameter must be a whole segment"));
            }
            rows.push(format!(
                "    ({}, {}, {}),\n",
                literal(id),
                literal(&method.to_uppercase()),
                literal(path),
            ));
            arms.push(format!("        {} => Some({}),\n", literal(id), literal(path)));
        }
    }
    Ok(format!(
        "// Generated by build.rs (codegen::operations_code) from {SPEC_JSON}. Do not edit.\n\
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

fn literal(text: &str) -> proc_macro2::Literal {
    proc_macro2::Literal::string(text)
}

// The request constraint table: the largest single piece of the pipeline.
#[path = "codegen/api_version.rs"]
mod api_version;
#[path = "codegen/constraints.rs"]
mod constraints;
#[path = "codegen/respond.rs"]
mod respond;
#[path = "codegen/tokens.rs"]
mod tokens;

pub use constraints::constraints_code;

#[cfg(test)]
mod tests {
    #[test]
    fn a_path_parameter_must_be_a_whole_segment() {
        let spec = |path: &str| -> openapiv3::OpenAPI {
            serde_json::from_value(serde_json::json!({
                "openapi": "3.0.3",
                "info": { "title": "t", "version": "1" },
                "paths": { path: { "get": {
                    "operationId": "get_thing",
                    "responses": { "200": { "description": "ok" } }
                } } }
            }))
            .unwrap()
        };
        let table = super::operations_code(&spec("/things/{id}/parts/{part}")).unwrap();
        assert!(table.contains(r#""get_thing" => Some("/things/{id}/parts/{part}")"#));
        for path in ["/things/{id}.json", "/things/v{id}", "/things/{a}{b}", "/things/{{id}"] {
            assert_eq!(
                super::operations_code(&spec(path)),
                Err(format!("get_thing: {path}: a path parameter must be a whole segment")),
            );
        }
    }
}
