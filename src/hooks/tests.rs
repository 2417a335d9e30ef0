use super::*;

#[test]
fn path_templates_come_from_the_spec() {
    assert_eq!(path_template("get_user"), "/v1/api/members/{userId}");
    assert_eq!(
        path_template("list_messages"),
        "/v1/api/messages/{channelId}"
    );
    assert_eq!(path_template("issue_token"), "/v1/api/token");
    assert_eq!(path_template("no_such_operation"), "<unknown operation>");
    assert_eq!(operations::OPERATIONS.len(), 23);
    // The generated `match` and the table agree on every operation.
    for (id, _, template) in operations::OPERATIONS {
        assert_eq!(path_template(id), *template, "{id}");
    }
}

#[test]
fn paths_must_keep_their_template_shape() {
    #[rustfmt::skip]
    let cases = [
        ("get_user", "", "/v1/api/members/u1", true),
        ("get_user", "", "/v1/api/members/a%2Fb", true),
        ("get_user", "", "/v1/api/members/a.b", true),
        ("get_user", "/prefix", "/prefix/v1/api/members/u1", true),
        ("get_message", "", "/v1/api/messages/c1/m1", true),
        ("list_users", "", "/v1/api/members", true),
        // What the URL parser makes of `.`, `..` and `\` in an ID.
        ("get_user", "", "/v1/api/members/", false),
        ("get_user", "", "/v1/api/", false),
        ("get_user", "", "/v1/api/members/a/b", false),
        ("get_message", "", "/v1/api/messages/m1", false),
        ("get_user", "/prefix", "/v1/api/members/u1", false),
        ("get_user", "", "/v1/api/members/u1/", false),
        ("get_user", "", "/v1/api/channels/u1", false),
        // Not in the table: not checked.
        ("no_such_operation", "", "/anything", true),
    ];
    for (operation, base, path, ok) in cases {
        assert_eq!(
            check_path(operation, base, path).is_ok(),
            ok,
            "{operation} {base:?} {path}"
        );
    }
}
