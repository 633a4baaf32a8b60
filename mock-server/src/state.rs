//! The shared state every handler receives.

use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::config::{FixtureSource, MockConfig};
use crate::faults::Faults;
use crate::fixtures::Fixtures;
use crate::journal::Journal;
use crate::rate_limit::RateLimiter;
use crate::store::Store;
use crate::time::Clock;
use crate::walk::WalkBook;
use crate::webhooks::{Scope, Webhooks};

/// Shared state: the store behind one lock, plus the clock, limiter, faults and journal.
#[derive(Debug)]
pub struct AppState {
    store: RwLock<Store>,
    /// Where the fixtures `POST /__admin/reset` goes back to come from.
    base: Mutex<FixtureSource>,
    /// The mock clock.
    pub clock: Clock,
    /// Per-page rate limiting.
    pub limiter: RateLimiter,
    /// Fault injection.
    pub faults: Faults,
    /// Recent requests.
    pub journal: Journal,
    /// Cursor positions and cached pages of v2 conversation walks.
    pub walks: WalkBook,
    /// Webhook subscriptions and deliveries.
    pub webhooks: Webhooks,
    /// Token `/__admin` requires, when set.
    pub admin_token: Option<String>,
}

impl AppState {
    /// State for `config` (the handler tests'; `start` builds and checks the fixtures first).
    #[cfg(test)]
    pub fn new(config: &MockConfig) -> Arc<Self> {
        let fixtures = config.build_fixtures();
        Self::with_fixtures(config, fixtures)
    }

    /// State for `config`, serving `fixtures` (already checked).
    pub fn with_fixtures(config: &MockConfig, fixtures: Fixtures) -> Arc<Self> {
        Arc::new(AppState {
            base: Mutex::new(config.fixtures.clone()),
            clock: Clock::new(config.clock, fixtures.epoch),
            store: RwLock::new(Store::new(fixtures)),
            limiter: RateLimiter::new(config.rate_limit),
            faults: Faults::new(config.faults.clone()),
            journal: Journal::new(config.journal_size),
            walks: WalkBook::default(),
            webhooks: Webhooks::default(),
            admin_token: config.admin_token.clone(),
        })
    }

    /// Raises a webhook event (returns at once; nothing happens without a subscription).
    pub fn emit(&self, scope: Scope<'_>, event_type: &str, data: serde_json::Value) {
        self.webhooks.emit(
            self.clock.now(),
            &self.faults,
            &self.journal,
            scope,
            event_type,
            data,
        );
    }

    /// Read access to the store.
    pub fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Write access: everything a request changes happens under this one guard.
    pub fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The fixtures reset goes back to (generated again from the seed, or the loaded file).
    pub fn base_fixtures(&self) -> Fixtures {
        match &*self.base.lock().unwrap_or_else(|e| e.into_inner()) {
            FixtureSource::Generated(opts) => crate::fixtures::generate(opts),
            FixtureSource::Given(f) => (**f).clone(),
        }
    }

    /// Goes back to the base fixtures: state, rate-limit buckets, walks and journal.
    pub fn reset(&self) {
        self.replace_with(|| self.base_fixtures());
    }

    /// Makes `fixtures` the new base and serves them.
    pub fn load(&self, fixtures: Fixtures) {
        *self.base.lock().unwrap_or_else(|e| e.into_inner()) =
            FixtureSource::Given(Box::new(fixtures.clone()));
        self.replace_with(|| fixtures);
    }

    /// Swaps the store for one built from `make()` and forgets what belonged to the old one,
    /// all under the store's write guard, so no request sees the new store with the old cursors
    /// or cached pages. The old store is freed before `make` runs: with 100,000 conversations,
    /// holding both doubled the memory peak of a reset (requests wait for the guard meanwhile,
    /// about 0.2 s at that size).
    fn replace_with(&self, make: impl FnOnce() -> Fixtures) {
        let mut store = self.write();
        let epoch = store.epoch;
        *store = Store::new(Fixtures {
            access_token: String::new(),
            epoch,
            message_seed: None,
            pages: Vec::new(),
        });
        *store = Store::new(make());
        self.walks.clear();
        self.limiter.reset();
        self.journal.clear();
    }
}
