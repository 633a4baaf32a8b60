//! The shared state every handler receives.

use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::config::MockConfig;
use crate::faults::Faults;
use crate::fixtures::Fixtures;
use crate::journal::Journal;
use crate::rate_limit::RateLimiter;
use crate::store::Store;
use crate::time::Clock;
use crate::walk::WalkBook;

/// Shared state: the store behind one lock, plus the clock, limiter, faults and journal.
#[derive(Debug)]
pub struct AppState {
    store: RwLock<Store>,
    /// The fixtures `POST /__admin/reset` goes back to.
    base: Mutex<Arc<Fixtures>>,
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
}

impl AppState {
    /// State for `config`.
    pub fn new(config: &MockConfig) -> Arc<Self> {
        let fixtures = config.build_fixtures();
        Self::with_fixtures(config, fixtures)
    }

    /// State for `config`, serving `fixtures` (already checked).
    pub fn with_fixtures(config: &MockConfig, fixtures: Fixtures) -> Arc<Self> {
        Arc::new(AppState {
            store: RwLock::new(Store::new(&fixtures)),
            clock: Clock::new(config.clock, fixtures.epoch),
            base: Mutex::new(Arc::new(fixtures)),
            limiter: RateLimiter::new(config.rate_limit),
            faults: Faults::new(config.faults.clone()),
            journal: Journal::new(config.journal_size),
            walks: WalkBook::default(),
        })
    }

    /// Read access to the store.
    pub fn read(&self) -> RwLockReadGuard<'_, Store> {
        self.store.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Write access: everything a request changes happens under this one guard.
    pub fn write(&self) -> RwLockWriteGuard<'_, Store> {
        self.store.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The fixtures reset goes back to.
    pub fn base_fixtures(&self) -> Arc<Fixtures> {
        self.base.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Goes back to the base fixtures: state, rate-limit buckets, walks and journal.
    pub fn reset(&self) {
        let base = self.base_fixtures();
        *self.write() = Store::new(&base);
        self.limiter.reset();
        self.walks.clear();
        self.journal.clear();
    }

    /// Makes `fixtures` the new base and serves them.
    pub fn load(&self, fixtures: Fixtures) {
        *self.base.lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(fixtures);
        self.reset();
    }
}
