//! What the suite talks to: an in-process mock (the default), a `pancake-mock` elsewhere, or any
//! other server (the real API included), chosen by flags or environment variables.

use anyhow::{Context, bail};
use pancake_client::Secret;
use url::Url;

use pancake_mock::admin::{AdminClient, Fixtures};

/// Target selection, as the binary's flags (each also read from the environment).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TargetArgs {
    /// Base URL of the API (`https://pages.fm/api`, `http://127.0.0.1:PORT/api`). Without it
    /// the suite starts a mock in-process on an ephemeral port.
    #[arg(long, env = "PANCAKE_BASE_URL")]
    pub base_url: Option<Url>,
    /// Page to test. Against a mock it defaults to the mock's first page.
    #[arg(long, env = "PANCAKE_PAGE_ID")]
    pub page_id: Option<String>,
    /// Page access token of that page. Never printed.
    #[arg(long, env = "PANCAKE_PAGE_ACCESS_TOKEN", hide_env_values = true)]
    pub page_access_token: Option<String>,
    /// User access token (user API). Never printed.
    #[arg(long, env = "PANCAKE_ACCESS_TOKEN", hide_env_values = true)]
    pub access_token: Option<String>,
    /// Chat-plugin page id (`web_...`) for the chat-plugin operations. Against a mock it
    /// defaults to the page under test.
    #[arg(long, env = "PANCAKE_CHAT_PAGE_ID")]
    pub chat_page_id: Option<String>,
    /// SIP package id for `list_sip_call_logs`. Against a mock it defaults to the page's.
    #[arg(long, env = "PANCAKE_SIP_PACKAGE_ID")]
    pub sip_package_id: Option<String>,
    /// Also run the checks that change data when the target is not a mock.
    #[arg(long)]
    pub allow_writes: bool,
}

/// What kind of server the target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// A mock started by this process.
    InProcessMock,
    /// A `pancake-mock` reached over the network (it answers `/__admin`).
    ExternalMock,
    /// Any other server: only reads, unless `--allow-writes`.
    Remote,
}

/// A page the suite may use, with its token.
#[derive(Debug, Clone)]
pub struct PageAccess {
    /// Page id.
    pub id: String,
    /// Its page access token.
    pub token: Secret,
    /// Its platform, when known (upload limits depend on it).
    pub platform: Option<String>,
}

/// A resolved target.
pub struct Target {
    /// Base URL of the API (`.../api`).
    pub base_url: Url,
    /// What it is.
    pub kind: TargetKind,
    /// The page under test.
    pub page: PageAccess,
    /// Another page (mock only): for "one page's traffic never limits another's" and
    /// "another page's token is wrong".
    pub other_page: Option<PageAccess>,
    /// The user access token, when known.
    pub access_token: Option<Secret>,
    /// Chat-plugin page id, when known.
    pub chat_page_id: Option<String>,
    /// SIP package id of the page, when known.
    pub sip_package_id: Option<String>,
    /// Whether writes may run.
    pub allow_writes: bool,
    /// The admin API, for mocks.
    pub admin: Option<AdminClient>,
    /// Keeps an in-process mock alive as long as the target.
    _mock: Option<Box<dyn std::any::Any + Send + Sync>>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("base_url", &self.base_url.as_str())
            .field("kind", &self.kind)
            .field("page", &self.page)
            .field("allow_writes", &self.allow_writes)
            .finish_non_exhaustive()
    }
}

impl Target {
    /// Whether the target is a mock (in-process or external).
    pub fn is_mock(&self) -> bool {
        self.kind != TargetKind::Remote
    }

    /// Resolves the target the arguments describe.
    pub async fn resolve(args: &TargetArgs) -> anyhow::Result<Target> {
        match &args.base_url {
            None => Target::in_process(args).await,
            Some(base_url) => Target::at(base_url.clone(), args).await,
        }
    }

    /// Starts a mock in-process on an ephemeral port with its default fixtures.
    pub async fn in_process(args: &TargetArgs) -> anyhow::Result<Target> {
        let mock = crate::mock::start_default().await?;
        let base_url = mock.base_url.clone();
        let mut target = Target::mock_at(base_url, TargetKind::InProcessMock, args).await?;
        target._mock = Some(mock.guard);
        Ok(target)
    }

    /// A server at `base_url`: a mock if it answers `/__admin/fixtures` (only asked of loopback
    /// hosts, so a real API never sees admin requests), otherwise a remote server.
    pub async fn at(base_url: Url, args: &TargetArgs) -> anyhow::Result<Target> {
        let admin = AdminClient::new(base_url.as_str())?;
        if admin.is_loopback() && admin.fixtures().await.is_ok() {
            return Target::mock_at(base_url, TargetKind::ExternalMock, args).await;
        }
        Target::remote(base_url, args)
    }

    async fn mock_at(base_url: Url, kind: TargetKind, args: &TargetArgs) -> anyhow::Result<Target> {
        let admin = AdminClient::new(base_url.as_str())?;
        let fixtures = admin
            .fixtures()
            .await
            .context("reading the mock's pages and tokens")?;
        let all: Vec<PageAccess> = fixtures
            .pages
            .iter()
            .map(|p| PageAccess {
                id: p.id.clone(),
                token: Secret::new(p.page_access_token.clone()),
                platform: Some(p.platform.clone()),
            })
            .collect();
        let page = match &args.page_id {
            Some(id) => all.iter().find(|p| &p.id == id).cloned().with_context(|| {
                format!("the mock has no page {id}; GET /__admin/fixtures lists its pages")
            })?,
            None => all
                .first()
                .cloned()
                .context("the mock serves no page at all; load fixtures with at least one page")?,
        };
        let page = PageAccess {
            token: args
                .page_access_token
                .clone()
                .map(Secret::new)
                .unwrap_or(page.token),
            ..page
        };
        let other_page = all.iter().find(|p| p.id != page.id).cloned();
        let sip_package_id = match &args.sip_package_id {
            Some(id) => Some(id.clone()),
            None => sip_package_of(&admin.full_fixtures().await?, &page.id),
        };
        Ok(Target {
            chat_page_id: Some(args.chat_page_id.clone().unwrap_or_else(|| page.id.clone())),
            sip_package_id,
            base_url,
            kind,
            page,
            other_page,
            access_token: Some(Secret::new(
                args.access_token.clone().unwrap_or(fixtures.access_token),
            )),
            allow_writes: true,
            admin: Some(admin),
            _mock: None,
        })
    }

    fn remote(base_url: Url, args: &TargetArgs) -> anyhow::Result<Target> {
        let Some(page_id) = args.page_id.clone() else {
            bail!(
                "{} is not a pancake-mock, so the suite needs a page to test: \
                 pass --page-id (or set PANCAKE_PAGE_ID)",
                base_url
            );
        };
        let Some(token) = args.page_access_token.clone().filter(|t| !t.is_empty()) else {
            bail!(
                "{} is not a pancake-mock, so the suite needs the page's token: \
                 pass --page-access-token (or set PANCAKE_PAGE_ACCESS_TOKEN)",
                base_url
            );
        };
        Ok(Target {
            base_url,
            kind: TargetKind::Remote,
            page: PageAccess {
                id: page_id,
                token: Secret::new(token),
                platform: None,
            },
            other_page: None,
            access_token: args
                .access_token
                .clone()
                .filter(|t| !t.is_empty())
                .map(Secret::new),
            allow_writes: args.allow_writes,
            chat_page_id: args.chat_page_id.clone(),
            sip_package_id: args.sip_package_id.clone(),
            admin: None,
            _mock: None,
        })
    }
}

/// The SIP package of the first call log of `page_id` in a full fixture document.
fn sip_package_of(fixtures: &Fixtures, page_id: &str) -> Option<String> {
    let page = fixtures.pages.iter().find(|p| p.page.id == page_id)?;
    let call = page.call_logs.first()?;
    Some(call.sip_package_id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_remote_target_needs_a_page_and_its_token() {
        let args = TargetArgs {
            base_url: Some(Url::parse("https://pages.fm/api").unwrap()),
            ..TargetArgs::default()
        };
        let err = Target::resolve(&args).await.unwrap_err().to_string();
        assert!(err.contains("--page-id"), "{err}");
        let args = TargetArgs {
            page_id: Some("123".into()),
            ..args
        };
        let err = Target::resolve(&args).await.unwrap_err().to_string();
        assert!(err.contains("--page-access-token"), "{err}");
        let args = TargetArgs {
            page_access_token: Some("secret-token".into()),
            ..args
        };
        let target = Target::resolve(&args).await.unwrap();
        assert_eq!(target.kind, TargetKind::Remote);
        assert!(!target.allow_writes);
        assert!(!format!("{target:?}").contains("secret-token"));
    }
}
