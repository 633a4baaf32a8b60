//! Keeping tokens out of `Debug` output, logs and error messages.
//!
//! Pancake authenticates with query parameters (`access_token`, `page_access_token`), so every request
//! URL carries a token. Anything that turns a URL or a server message into text for a human goes
//! through [`redact_text`] first, and tokens held by the client live in a [`Secret`].

use std::fmt;

/// What a token is replaced with, and the redaction of text: one rule for the whole workspace,
/// in `pancake_openapi::redact` (the conformance proxy redacts its reports with it too).
pub use pancake_openapi::redact::{REDACTED, redact_text};

/// A token (a user `access_token` or a `page_access_token`) that never shows in `Debug` output.
///
/// There is deliberately no `Display` impl: the only way to the raw value is [`Secret::expose`],
/// which is easy to find in review.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The raw token, for putting it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the token is the empty string (a common mistake with unset environment variables).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl From<String> for Secret {
    fn from(token: String) -> Self {
        Self(token)
    }
}

impl From<&str> for Secret {
    fn from(token: &str) -> Self {
        Self(token.to_owned())
    }
}

/// Redacts the tokens in a URL's query string.
pub fn redact_url(url: &url::Url) -> String {
    redact_text(url.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_debug_hides_the_token() {
        let secret = Secret::new("EAAG-very-secret");
        assert_eq!(format!("{secret:?}"), "Secret(***)");
        assert_eq!(secret.expose(), "EAAG-very-secret");
        #[derive(Debug)]
        #[allow(dead_code)]
        struct Holder {
            token: Secret,
        }
        let holder = format!("{:?}", Holder { token: secret });
        assert!(!holder.contains("EAAG"), "{holder}");
    }

    #[test]
    fn both_token_parameters_are_redacted_in_urls() {
        let url = url::Url::parse(
            "https://pages.fm/api/public_api/v1/pages/123/tags?page_access_token=abc.def&x=1",
        )
        .unwrap();
        assert_eq!(
            redact_url(&url),
            "https://pages.fm/api/public_api/v1/pages/123/tags?page_access_token=***&x=1"
        );
        assert_eq!(
            redact_text("/api/v1/pages?x=1&access_token=u-s-e-r"),
            "/api/v1/pages?x=1&access_token=***"
        );
    }
}
