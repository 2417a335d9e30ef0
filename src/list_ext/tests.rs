use super::*;

#[test]
fn pages_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let client = Client::builder().api_key("k").project_id("p").build().unwrap();
    assert_send(&client.paginate_users(Filter::new()));
    assert_send(&client.count_users(Filter::new()));
    assert_send(&client.list_users().filter("{}").send());
}

#[test]
fn pages_debug_shows_where_the_stream_is_and_no_client() {
    use futures::StreamExt;

    let client = Client::builder().api_key("ak-UNIT-SECRET").project_id("p").build().unwrap();
    let users = client.paginate_users(Filter::new()).limit(7);
    assert_eq!(
        format!("{users:?}"),
        "Pages { offset: 0, per_page: 100, remaining: Some(7), done: false, .. }"
    );

    // Pages of two from a list of three: after the first item, one page is fetched; after
    // the third, the short second page has ended the stream.
    let fetch: crate::page_stream::Fetch<'_, u64> = Box::new(|offset, per_page| {
        let items: Vec<u64> = (offset..3).take(per_page as usize).collect();
        futures::future::ready(Ok(items)).boxed()
    });
    let mut pages = Pages::new(2, fetch);
    assert_eq!(futures::executor::block_on(pages.next()).map(Result::unwrap), Some(0));
    assert_eq!(
        format!("{pages:?}"),
        "Pages { offset: 2, per_page: 2, remaining: None, done: false, .. }"
    );
    let rest: Vec<u64> = futures::executor::block_on(pages.by_ref().map(Result::unwrap).collect());
    assert_eq!(rest, [1, 2]);
    assert_eq!(
        format!("{pages:?}"),
        "Pages { offset: 3, per_page: 2, remaining: None, done: true, .. }"
    );
}
