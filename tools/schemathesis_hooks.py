"""Schemathesis hooks for `cargo xtask schemathesis` (the emulator against the spec).

`filter`, `sort` and `option` are JSON objects sent as query strings. The spec declares them
`type: string` (progenitor cannot generate `content: application/json` parameters) and names
the JSON's shape in the `x-json-schema` extension. Before schemathesis reads the spec, this
hook turns each such parameter into the standard OpenAPI form, `content: application/json`
with that schema, so schemathesis sends JSON of the documented shape (and, in its negative
phase, JSON that breaks it) instead of arbitrary text.
"""

import json

import schemathesis


def _as_json_content(parameter):
    shape = parameter.pop("x-json-schema", None)
    if not isinstance(shape, dict):
        return
    parameter.pop("schema", None)
    # The examples are JSON texts; as `content` examples they are the JSON values themselves.
    examples = {}
    if "example" in parameter:
        examples["example"] = {"value": json.loads(parameter.pop("example"))}
    for name, example in parameter.pop("examples", {}).items():
        examples[name] = {"value": json.loads(example["value"])}
    media = {"schema": shape}
    if examples:
        media["examples"] = examples
    parameter["content"] = {"application/json": media}


@schemathesis.hook
def before_load_schema(context, raw_schema):
    components = raw_schema.get("components", {}).get("parameters", {})
    for parameter in components.values():
        _as_json_content(parameter)
    for item in raw_schema.get("paths", {}).values():
        for operation in [item, *(v for v in item.values() if isinstance(v, dict))]:
            for parameter in operation.get("parameters", []):
                if isinstance(parameter, dict):
                    _as_json_content(parameter)
