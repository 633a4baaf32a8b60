//! The environment variables a program reads its connection from: the names the `pancake` tool's
//! flags fall back to, and what [`Pancake::from_env`](crate::Pancake::from_env),
//! [`Pancake::page_from_env`](crate::Pancake::page_from_env) and
//! [`Pancake::user_from_env`](crate::Pancake::user_from_env) read. An empty variable counts as
//! unset, as it does for the tool.

/// The API's base URL (default [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL)); the mock's is
/// `http://127.0.0.1:PORT/api`.
pub const BASE_URL: &str = "PANCAKE_BASE_URL";
/// The user `access_token`, for the user API.
pub const ACCESS_TOKEN: &str = "PANCAKE_ACCESS_TOKEN";
/// The page id, for the page API.
pub const PAGE_ID: &str = "PANCAKE_PAGE_ID";
/// The `page_access_token` of the page [`PAGE_ID`] names.
pub const PAGE_ACCESS_TOKEN: &str = "PANCAKE_PAGE_ACCESS_TOKEN";

/// Reads `variable` through `lookup`; unset and empty are both `None`.
pub(crate) fn read(lookup: &dyn Fn(&str) -> Option<String>, variable: &str) -> Option<String> {
    lookup(variable).filter(|value| !value.is_empty())
}

/// Reads `variable` through `lookup`, or names it in the error.
pub(crate) fn require(
    lookup: &dyn Fn(&str) -> Option<String>,
    variable: &'static str,
) -> crate::Result<String> {
    read(lookup, variable).ok_or(crate::Error::MissingEnv { variable })
}

/// The process environment; a value that is not UTF-8 counts as unset.
pub(crate) fn process(variable: &str) -> Option<String> {
    std::env::var(variable).ok()
}
