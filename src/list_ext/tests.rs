use super::*;

#[test]
fn pages_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder()
        .api_key("k")
        .project_id("p")
        .build()
        .unwrap();
    assert_send(&client.paginate_users(Filter::new()));
    assert_send(&client.count_users(Filter::new()));
    assert_send(&client.list_users().filter("{}").send());
}
