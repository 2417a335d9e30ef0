//! `cargo xtask spec`: checks the spec against the rules this project sets itself, then runs the
//! external linters ([`crate::lint`]).
//!
//! The internal checks, one module each:
//! - `version` (in this file): `openapi` is 3.0.x (progenitor refuses 3.1);
//! - `operations`: the 23 expected operationIds, each at its method and path, unique and
//!   snake_case;
//! - `responses`: one JSON 2xx response, `'4XX'` and `'5XX'` on the shared [`ERROR_SCHEMA_REF`],
//!   no `default` (progenitor accepts one success and one error type per operation); every
//!   object a success body may be requires a property (else `{}` or an error envelope would
//!   decode as success in every generated client);
//! - `inputs`: no `content` or cookie parameters, no multipart or form bodies;
//! - `examples`: every example validates against its schema (with
//!   [`spec_tools::schema_dialect`] turning OpenAPI 3.0 schemas into JSON Schema Draft 4, the
//!   conversion the emulator's conformance test validates its responses with).

mod document;
mod examples;
mod inputs;
mod operations;
mod responses;

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;

use crate::{Problem, lint, workspace};

pub use operations::EXPECTED_OPERATIONS;

/// The one error schema every `'4XX'` and `'5XX'` response must use.
pub const ERROR_SCHEMA_REF: &str = "#/components/schemas/ErrorEnvelope";

/// Arguments of `cargo xtask spec`.
#[derive(Debug, clap::Args)]
pub struct SpecArgs {
    /// The spec to check [default: spec/ncloud-chat.yaml in the workspace root].
    #[arg(long, value_name = "PATH")]
    pub spec: Option<PathBuf>,
    /// Fail when Redocly or Spectral is not installed instead of skipping them (CI sets this).
    #[arg(long)]
    pub require_linters: bool,
}

/// What the internal checks found.
#[derive(Debug, Default)]
pub struct Report {
    /// Every problem, sorted and without duplicates.
    pub problems: Vec<Problem>,
    /// How many operations the document has.
    pub operations: usize,
    /// How many examples were validated against a schema.
    pub examples: usize,
}

/// Runs `cargo xtask spec`: prints one line per problem and returns failure if there was any.
///
/// # Errors
///
/// Returns an error when the spec cannot be read or parsed; the linters are not run then.
pub fn run(args: &SpecArgs) -> anyhow::Result<ExitCode> {
    let root = workspace::root();
    let spec = args.spec.clone().unwrap_or_else(|| root.join(spec_tools::codegen::SPEC_YAML));
    let shown = workspace::display_path(&spec);
    let doc = spec_tools::load_document(&spec).map_err(anyhow::Error::msg)?;

    let report = check_document(&doc);
    for problem in &report.problems {
        println!("{problem}");
    }
    let internal_ok = report.problems.is_empty();
    if internal_ok {
        println!(
            "{shown}: internal checks passed ({} operations, {} examples validated)",
            report.operations, report.examples
        );
    } else {
        println!("{shown}: {} problem(s) found by the internal checks", report.problems.len());
    }

    let spec_abs = std::path::absolute(&spec).unwrap_or(spec);
    let linters_ok = lint::run_all(&root, &spec_abs, args.require_linters);
    Ok(if internal_ok && linters_ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Runs every internal check on a parsed document.
pub fn check_document(doc: &Value) -> Report {
    let mut problems = version(doc);
    problems.extend(operations::check(doc));
    problems.extend(responses::check(doc));
    problems.extend(inputs::check(doc));
    let (example_problems, examples) = examples::check(doc);
    problems.extend(example_problems);
    problems.sort();
    problems.dedup();
    Report { problems, operations: document::operations(doc).len(), examples }
}

/// Check 1: the document is OpenAPI 3.0.x.
fn version(doc: &Value) -> Vec<Problem> {
    match doc.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0.") => Vec::new(),
        Some(Value::String(v)) => {
            vec![Problem::new("openapi", format!("version '{v}' is not 3.0.x"))]
        }
        Some(other) => {
            vec![Problem::new("openapi", format!("{other} is not a 3.0.x version string"))]
        }
        None => vec![Problem::new("openapi", "missing, expected 3.0.x")],
    }
}
