#[test]
fn a_new_builder_leaves_a_process_default_provider() {
    let _builder = crate::Client::builder();
    assert!(rustls::crypto::CryptoProvider::get_default().is_some());
}
