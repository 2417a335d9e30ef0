//! Check 5: no `content` or cookie parameters, no multipart or form bodies.

use crate::common::{assert_problems, fixture, operation, yaml};

const LIST_CHANNELS: &str = "operation list_channels (GET /v1/api/channels)";
const CREATE_CHANNEL: &str = "operation create_channel (POST /v1/api/channels)";

#[test]
fn a_content_parameter() {
    let mut doc = fixture();
    operation(&mut doc, "list_channels")["parameters"] = yaml(
        "[{name: filter, in: query, required: true, content: {application/json: {schema: {type: object}}}}]",
    );
    assert_problems(
        &doc,
        &[&format!(
            "{LIST_CHANNELS}: parameter 'filter' (query) uses content; declare a schema (e.g. schema: {{type: string}}) instead"
        )],
    );
}

#[test]
fn a_content_parameter_through_ref() {
    let mut doc = fixture();
    doc["components"]["parameters"]["Filter"] =
        yaml("{name: filter, in: query, content: {application/json: {schema: {type: object}}}}");
    assert_problems(
        &doc,
        &["operation list_users (GET /v1/api/members): parameter 'filter' (query) uses content; \
           declare a schema (e.g. schema: {type: string}) instead"],
    );
}

#[test]
fn a_cookie_parameter() {
    let mut doc = fixture();
    operation(&mut doc, "list_channels")["parameters"] =
        yaml("[{name: session, in: cookie, schema: {type: string}}]");
    assert_problems(
        &doc,
        &[&format!("{LIST_CHANNELS}: parameter 'session' (cookie) is a cookie parameter")],
    );
}

#[test]
fn a_multipart_body() {
    let mut doc = fixture();
    operation(&mut doc, "create_channel")["requestBody"] =
        yaml("{content: {multipart/form-data: {schema: {type: object}}}}");
    assert_problems(&doc, &[&format!("{CREATE_CHANNEL}: request body uses multipart/form-data")]);
}

#[test]
fn a_form_body_through_ref() {
    let mut doc = fixture();
    doc["components"]["requestBodies"] =
        yaml("{Form: {content: {application/x-www-form-urlencoded: {schema: {type: object}}}}}");
    operation(&mut doc, "create_channel")["requestBody"] =
        yaml("{$ref: '#/components/requestBodies/Form'}");
    assert_problems(
        &doc,
        &[&format!("{CREATE_CHANNEL}: request body uses application/x-www-form-urlencoded")],
    );
}
