//! The console in headless Chromium: what it lists, live updates, posting, hostile text, and
//! a cross-origin post. `console_screenshot` (ignored) writes `emulator/docs/console.png`.

use serde_json::{Value, json};

use super::Chat;
use super::webdriver::Browser;

/// Texts of the elements matching a CSS selector.
const TEXTS: &str =
    "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);";

async fn texts(browser: &Browser, selector: &str) -> Vec<String> {
    let found = browser.run(TEXTS, json!([selector])).await;
    serde_json::from_value(found).expect("texts")
}

/// Waits until an element matching `selector` has exactly `text`.
async fn wait_for_text(browser: &Browser, selector: &str, text: &str) {
    let script = "return Array.from(document.querySelectorAll(arguments[0]))
                      .some(e => e.textContent === arguments[1]);";
    let what = format!("{text:?} in {selector}");
    browser.wait_for(&what, script, json!([selector, text])).await;
}

/// Opens the console with `channel` selected, once its messages are shown.
async fn open(browser: &Browser, chat: &Chat, channel: &str) {
    browser.goto(&chat.console(&format!("#channel={channel}"))).await;
    let shown = "return document.querySelector('#messages-pager span') !== null;";
    browser.wait_for("the channel's messages", shown, json!([])).await;
}

#[tokio::test]
async fn the_page_lists_what_the_client_created() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let chat = Chat::start().await;
    for (id, name) in [("alice", "Alice"), ("bob", "Bob"), ("carol", "Carol")] {
        chat.user(id, name).await;
    }
    chat.friends("alice", "bob", true).await;
    chat.friends("carol", "alice", false).await;
    let channel = chat.channel("general", &["alice", "bob"]).await;
    chat.channel("random", &[]).await;
    chat.send(&channel, "first").await;
    chat.send(&channel, "second").await;

    open(&browser, &chat, &channel).await;
    wait_for_text(&browser, "#channels .name", "random").await;
    assert_eq!(texts(&browser, "#users td:first-child").await, ["alice", "bob", "carol"]);
    assert_eq!(texts(&browser, "#channels .name").await, ["general", "random"]);
    assert_eq!(texts(&browser, "#channel-name").await, ["general"]);
    assert_eq!(texts(&browser, "#members li").await, ["alice", "bob"]);
    let subscribed = texts(&browser, "#subscriptions li").await;
    assert_eq!(subscribed, ["Alice (alice)", "Bob (bob)"]);
    // Newest first, with the sender.
    assert_eq!(texts(&browser, "#messages .content").await, ["second", "first"]);
    assert_eq!(texts(&browser, "#messages .sender").await, ["admin", "admin"]);
    wait_for_text(&browser, "#friends li span:first-child", "Alice (alice)").await;
    let friends = texts(&browser, "#friends li").await;
    assert!(friends[0].starts_with("Alice (alice) ↔ Bob (bob)"), "{friends:?}");
    let pending = texts(&browser, "#pending li").await;
    assert!(pending[0].starts_with("Carol (carol) → Alice (alice)"), "{pending:?}");
    assert_eq!(texts(&browser, "#project").await, [chat.emulator.project_id()]);

    browser.type_into("#user-q", "CAR").await;
    let only_carol = "return Array.from(document.querySelectorAll('#users tr'), r => r.dataset.id)
                          .join() === 'carol';";
    browser.wait_for("the search for CAR", only_carol, json!([])).await;
}

#[tokio::test]
async fn a_message_sent_through_the_api_appears_without_a_reload() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let chat = Chat::start().await;
    chat.user("alice", "Alice").await;
    let channel = chat.channel("general", &["alice"]).await;
    open(&browser, &chat, &channel).await;
    assert_eq!(texts(&browser, "#messages li").await, Vec::<String>::new());
    // A reload would drop this mark.
    browser.run("window.stayed = true;", json!([])).await;

    chat.send(&channel, "live from the API").await;
    wait_for_text(&browser, "#messages .content", "live from the API").await;
    assert_eq!(browser.run("return window.stayed;", json!([])).await, true);
}

#[tokio::test]
async fn posting_as_a_member_reaches_list_messages() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let chat = Chat::start().await;
    chat.user("alice", "Alice").await;
    chat.user("bob", "Bob").await;
    let channel = chat.channel("general", &["alice", "bob"]).await;
    open(&browser, &chat, &channel).await;
    wait_for_text(&browser, "#post-sender option", "bob").await;

    browser.click("#post-sender option[value=bob]").await;
    browser.type_into("#post-content", "hello as Bob").await;
    browser.click("#post button[type=submit]").await;
    wait_for_text(&browser, "#messages .content", "hello as Bob").await;
    assert_eq!(texts(&browser, "#messages .sender").await, ["Bob (bob)"]);
    assert_eq!(texts(&browser, "#post-content").await, [""]);
    let expected = [("bob".to_owned(), "hello as Bob".to_owned())];
    assert_eq!(chat.messages(&channel).await, expected);
}

#[tokio::test]
async fn hostile_text_is_shown_as_text_and_runs_nothing() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let chat = Chat::start().await;
    let image = "<img src=x onerror=alert(1)>";
    let script = "</script><script>alert(2)</script>";
    chat.user("mallory", "<b onmouseover=alert(3)>Mallory</b>").await;
    let channel = chat.channel("<i>chan</i>", &["mallory"]).await;
    chat.send(&channel, image).await;
    open(&browser, &chat, &channel).await;
    // Through the page's own form too.
    browser.type_into("#post-content", script).await;
    browser.click("#post button[type=submit]").await;
    wait_for_text(&browser, "#messages .content", script).await;

    assert_eq!(texts(&browser, "#messages .content").await, [script, image]);
    let sender = "<b onmouseover=alert(3)>Mallory</b> (mallory)";
    assert_eq!(texts(&browser, "#messages .sender").await[0], sender);
    assert_eq!(texts(&browser, "#channel-name").await, ["<i>chan</i>"]);
    let injected =
        "return document.querySelectorAll('main img, main b, main i, main script').length
                    + document.scripts.length;";
    // The page's one script file and nothing from the data.
    assert_eq!(browser.run(injected, json!([])).await, 1);
    assert_eq!(browser.dialog().await, None, "no dialog opened");
}

#[tokio::test]
async fn a_cross_origin_post_is_refused() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let chat = Chat::start().await;
    chat.user("alice", "Alice").await;
    let channel = chat.channel("general", &["alice"]).await;
    let target = chat.console(&format!("api/channels/{channel}/messages"));
    // Another origin: the API's port serves a JSON page there.
    browser.goto(&format!("{}/v1/api/elsewhere", chat.emulator.base_url())).await;

    // A script there cannot send the console's header: the preflight is not answered.
    let fetched = "const done = arguments[arguments.length - 1];
        fetch(arguments[0], { method: 'POST', body: '{\"sender\":\"alice\",\"content\":\"x\"}',
            headers: { 'content-type': 'application/json', 'x-console-token': 'guessed' } })
          .then(r => done('answered ' + r.status), e => done('blocked: ' + e.name));";
    let outcome = browser.run_async(fetched, json!([target])).await;
    assert_eq!(outcome, "blocked: TypeError");

    // A plain form post (what a hostile site can send anywhere) is refused by the console.
    let form = "const form = document.createElement('form');
        form.method = 'POST'; form.action = arguments[0]; form.enctype = 'text/plain';
        const field = document.createElement('input');
        field.name = '{\"sender\":\"alice\",\"content\":\"x\",\"pad\":\"'; field.value = '\"}';
        form.append(field); document.body.append(form); form.submit();";
    browser.run(form, json!([target])).await;
    let answer = browser
        .wait_for(
            "the console's answer to the form",
            "return location.href === arguments[0] && document.body.textContent;",
            json!([target]),
        )
        .await;
    let answer: Value = serde_json::from_str(answer.as_str().unwrap_or_default()).expect("JSON");
    let origin = chat.emulator.base_url();
    let refused = format!("cross-origin request refused (Origin {origin})");
    assert_eq!(answer, json!({ "status": -100, "message": refused }));
    assert_eq!(chat.messages(&channel).await, []);
}

/// `cargo test -p ncloud-chat-emulator --test it console_screenshot -- --ignored` writes
/// `emulator/docs/console.png`, the picture in `emulator/README.md`.
#[tokio::test]
#[ignore = "writes emulator/docs/console.png; run by hand"]
async fn console_screenshot() {
    let browser = Browser::start().await.expect("chromium and chromedriver");
    let chat = Chat::start().await;
    for (id, name) in [("alice", "Alice Kim"), ("bob", "Bob Lee"), ("carol", "Carol Park")] {
        chat.user(id, name).await;
    }
    chat.user("dave", "Dave Choi").await;
    chat.friends("alice", "bob", true).await;
    chat.friends("carol", "alice", false).await;
    chat.friends("dave", "bob", false).await;
    let channel = chat.channel("launch-team", &["alice", "bob", "carol"]).await;
    chat.channel("support", &["dave"]).await;
    chat.channel("random", &["alice", "dave"]).await;
    for text in [
        "Welcome to #launch-team! Release notes are due Friday.",
        "Build 1.4.0 is on staging.",
        "<img src=x onerror=alert(1)> stays text",
    ] {
        chat.send(&channel, text).await;
    }
    open(&browser, &chat, &channel).await;
    browser.type_into("#post-content", "Looks good to me, shipping it").await;
    browser.click("#post button[type=submit]").await;
    wait_for_text(&browser, "#messages .content", "Looks good to me, shipping it").await;
    wait_for_text(&browser, "#pending li span:first-child", "Dave Choi (dave)").await;
    browser.resize(1400, 860).await;
    let png = browser.screenshot().await;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/console.png");
    std::fs::create_dir_all(std::path::Path::new(path).parent().expect("docs"))
        .expect("docs directory");
    std::fs::write(path, png).expect("screenshot written");
}
