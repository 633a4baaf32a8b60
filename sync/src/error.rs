//! The one error type of the sync.

/// What can stop a sync. The checkpoint of the last stored page is never lost: rerun to resume.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The Pancake API (or the limiter) failed, and waiting did not help. (Transparent: its
    /// message and cause chain are the client error's own, said once.)
    #[error(transparent)]
    Api(#[from] pancake_client::Error),
    /// The database URL is not one this tool takes.
    #[error(
        "`{0}` is not a database URL this tool takes; use sqlite://FILE (or a plain file path) or postgres://USER@HOST:PORT/DB"
    )]
    DatabaseUrl(String),
    /// The database could not be reached or refused a statement.
    #[error("database {url}: {message}")]
    Database {
        /// The database URL, password hidden.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The database was migrated by a newer version of this tool.
    #[error(
        "database {url} has schema version {found}, newer than the {supported} this version of pancake-sync knows; \
         upgrade pancake (nothing was changed)"
    )]
    NewerSchema {
        /// The database URL, password hidden.
        url: String,
        /// The version found.
        found: i64,
        /// The newest version this crate knows.
        supported: i64,
    },
    /// The JSON-lines output or its state file failed.
    #[error("{what}")]
    Io {
        /// What was being done.
        what: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The webhook endpoint (`--listen`) could not listen on its address.
    #[error("cannot listen for webhooks on {addr}: {}", listen_reason(source))]
    Listen {
        /// The address asked for.
        addr: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A stored checkpoint could not be read back.
    #[error(
        "the stored checkpoint of page {page_id} is unreadable ({message}); delete it to start over"
    )]
    BadCheckpoint {
        /// The page.
        page_id: String,
        /// Why.
        message: String,
    },
}

fn listen_reason(source: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match source.kind() {
        ErrorKind::AddrInUse => {
            "the address is already in use (another process listens there); choose another port".to_owned()
        }
        ErrorKind::AddrNotAvailable => {
            "no interface of this machine has that address; use 127.0.0.1, 0.0.0.0 or one of its own".to_owned()
        }
        ErrorKind::PermissionDenied => {
            "permission denied (ports below 1024 need privileges); choose a port above 1024".to_owned()
        }
        _ => format!("{source} (expected HOST:PORT, such as 127.0.0.1:8080)"),
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub(crate) fn hide_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}
