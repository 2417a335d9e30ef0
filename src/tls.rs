//! The crypto provider behind the `rustls` feature.
//!
//! reqwest's own `rustls` feature brings rustls's `aws-lc-rs` provider, a C library built with
//! cmake that dominated a clean build of an application using this crate. This crate enables
//! reqwest's `rustls-no-provider` instead and installs rustls's `ring` provider as the
//! process-wide default, which reqwest uses when it builds its TLS configuration. A provider
//! the application installed first is kept.

/// Installs `ring` as rustls's process-wide default crypto provider unless one is installed.
/// Called when a [`ClientBuilder`](crate::ClientBuilder) is created, so that a
/// `reqwest::Client` built afterwards for [`reqwest_client`](crate::ClientBuilder::reqwest_client)
/// finds it too. Without the `rustls` feature there is nothing to install.
pub(crate) fn install_crypto_provider() {
    #[cfg(feature = "rustls")]
    {
        static INSTALL: std::sync::Once = std::sync::Once::new();
        INSTALL.call_once(|| {
            // `Err` only says a provider is installed already; that one stays.
            let _ = rustls::crypto::ring::default_provider().install_default();
        });
    }
}

#[cfg(all(test, feature = "rustls"))]
mod tests;
