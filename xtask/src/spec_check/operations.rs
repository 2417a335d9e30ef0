//! Checks 2 and 3: the expected operations exist at their method and path, and operationIds
//! are unique and snake_case (they become the Rust method names).

use std::collections::BTreeMap;

use serde_json::Value;

use super::document::{self, Operation};
use crate::Problem;

/// The 23 operations of the Ncloud Chat REST API: `(operationId, METHOD, path)`.
pub const EXPECTED_OPERATIONS: [(&str, &str, &str); 23] = [
    ("issue_token", "POST", "/v1/api/token"),
    ("register_user", "POST", "/v1/api/members"),
    ("list_users", "GET", "/v1/api/members"),
    ("get_user", "GET", "/v1/api/members/{userId}"),
    ("update_user", "PUT", "/v1/api/members/{userId}"),
    ("remove_user", "DELETE", "/v1/api/members/{userId}"),
    ("set_push_notification", "POST", "/v1/api/members/{userId}/notification"),
    ("get_push_notification", "GET", "/v1/api/members/{userId}/notification"),
    ("disable_push_notification", "DELETE", "/v1/api/members/{userId}/notification"),
    ("request_friend", "POST", "/v1/api/friendship/request"),
    ("bulk_request_friends", "POST", "/v1/api/friendship/bulk"),
    ("reject_friend", "POST", "/v1/api/friendship/reject"),
    ("accept_friend", "POST", "/v1/api/friendship/accept"),
    ("send_message", "POST", "/v1/api/messages/{channelId}"),
    ("list_messages", "GET", "/v1/api/messages/{channelId}"),
    ("get_message", "GET", "/v1/api/messages/{channelId}/{messageId}"),
    ("delete_message", "DELETE", "/v1/api/messages/{channelId}/{messageId}"),
    ("create_channel", "POST", "/v1/api/channels"),
    ("list_channels", "GET", "/v1/api/channels"),
    ("get_channel", "GET", "/v1/api/channels/{channelId}"),
    ("update_channel", "PUT", "/v1/api/channels/{channelId}"),
    ("delete_channel", "DELETE", "/v1/api/channels/{channelId}"),
    ("list_subscriptions", "GET", "/v1/api/subscriptions"),
];

/// Runs checks 2 and 3.
pub fn check(doc: &Value) -> Vec<Problem> {
    let operations = document::operations(doc);
    let mut by_id: BTreeMap<&str, Vec<&Operation<'_>>> = BTreeMap::new();
    let mut problems = Vec::new();
    for operation in &operations {
        match operation.id {
            Some(id) => by_id.entry(id).or_default().push(operation),
            None => problems.push(Problem::new(operation.label(), "no operationId")),
        }
    }
    for operation in &operations {
        let Some(id) = operation.id else { continue };
        if !is_snake_case(id) {
            problems.push(Problem::new(operation.label(), "operationId is not snake_case"));
        }
        let others: Vec<String> = by_id
            .get(id)
            .into_iter()
            .flatten()
            .filter(|other| other.route() != operation.route())
            .map(|other| other.route())
            .collect();
        if !others.is_empty() {
            problems.push(Problem::new(
                operation.label(),
                format!("operationId is not unique (also used by {})", others.join(", ")),
            ));
        }
        match EXPECTED_OPERATIONS.iter().find(|(expected, ..)| *expected == id) {
            Some((_, method, path)) if operation.method != *method || operation.path != *path => {
                problems
                    .push(Problem::new(operation.label(), format!("expected at {method} {path}")));
            }
            Some(_) => {}
            None => problems.push(Problem::new(operation.label(), "not in the expected table")),
        }
    }
    for (id, method, path) in EXPECTED_OPERATIONS {
        if !by_id.contains_key(id) {
            problems.push(Problem::new(format!("operation {id} ({method} {path})"), "missing"));
        }
    }
    problems
}

/// `lower_snake_case`: lower-case ASCII words of letters and digits joined by single `_`,
/// starting with a letter.
fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('_').all(|word| {
            !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::is_snake_case;

    #[test]
    fn snake_case_rule() {
        assert!(is_snake_case("list_users"));
        assert!(is_snake_case("get_v2_user"));
        assert!(is_snake_case("token"));
        assert!(!is_snake_case("listUsers"));
        assert!(!is_snake_case("list__users"));
        assert!(!is_snake_case("_list"));
        assert!(!is_snake_case("list_"));
        assert!(!is_snake_case("2fa"));
        assert!(!is_snake_case("list-users"));
        assert!(!is_snake_case(""));
    }
}
