//! User tokens: the helper's expiry read from the emulator's JWT, and the generated call.

use ncloud_chat::{Result, TokenExt};
use ncloud_chat_emulator::ErrorTransport;

use super::{register, start};

#[tokio::test]
async fn issue_user_token_expires_after_the_requested_days() -> Result<()> {
    let (emulator, client) = start(ErrorTransport::default()).await;
    register(&client, "token-user", "Tok").await?;

    // The emulator sets `exp = iat + days * 86400` with `iat` read during the call, so the
    // expiry lies between the two clock readings around it (whole seconds), plus the days.
    let days = 7;
    let before = chrono::Utc::now().timestamp();
    let token = client.issue_user_token("token-user", days).await?;
    let after = chrono::Utc::now().timestamp();
    let expires_at =
        token.expires_at.expect("the emulator's token is a JWT with `exp`").timestamp();
    let validity = i64::from(days) * 86_400;
    assert!(
        (before + validity..=after + validity).contains(&expires_at),
        "expires_at {expires_at} should be now + {days} days, within [{}, {}]",
        before + validity,
        after + validity
    );
    let claims = emulator.verify_token(&token.token).expect("the emulator signed this token");
    assert_eq!(claims["id"], "token-user");
    assert_eq!(claims["project_id"], emulator.project_id());
    assert!(!format!("{token:?}").contains(&token.token), "Debug hides the token");

    // The generated call gives the raw response.
    let raw = client.issue_token().id("token-user").expire_day(1u64).send().await?.into_inner();
    assert_eq!(raw.status, 1);
    let raw_token = raw.token.expect("a token");
    assert!(emulator.verify_token(&raw_token).is_some());
    Ok(())
}
