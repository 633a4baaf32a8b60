//! Read-only properties of the spec's list operations, against any server.
//!
//! For every GET operation with an `x-pancake-pagination`, random cases (filters and orders drawn
//! from the operation's parameters in the spec, see [`cases`]) are walked to their documented end
//! with the suite's own walker ([`crate::walk`]), every page validated against the spec; each walk
//! must then hold [`verdict::check`]: pages within the size, the documented end, no item twice,
//! filters and order respected.
//!
//! The cases come from a seeded RNG (proptest's), so a run is replayed with `--seed`; a failing
//! case is shrunk to a minimal one (no filter can be left out). Every request counts against a
//! budget (`--budget`, split evenly between the properties) and goes through the suite's pacer,
//! which keeps under the spec's `x-pancake-rate-limit`: against a mock by moving its clock,
//! elsewhere by waiting.

pub mod cases;
pub mod verdict;

use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::checks::{Group, Outcome, Status};
use crate::http::{Call, RawResponse};
use crate::suite::Suite;
use crate::walk::{self, FetchError, PageSource, WalkError};
pub use cases::{Case, Known, Plan};

/// The default request budget of a run's properties.
pub const DEFAULT_BUDGET: usize = 300;

/// At most this many cases per property, however large the budget.
const MAX_CASES: usize = 64;

/// At most this many re-runs to shrink a failing case.
const MAX_SHRINK_RUNS: usize = 16;

/// The name prefix of the properties' outcomes.
pub const PREFIX: &str = "properties::";

/// The properties' flags.
#[derive(Debug, Clone, clap::Args)]
pub struct PropertyArgs {
    /// Requests the read-only properties may send in all (0: do not run them). They are split
    /// evenly between the list operations; a walk that its share cannot finish is checked as far
    /// as it went.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BUDGET)]
    pub budget: usize,
    /// Seed of the properties' random cases (each run prints its own). The same seed and budget
    /// replay the same requests against the same data.
    #[arg(long, value_name = "SEED")]
    pub seed: Option<u64>,
}

impl Default for PropertyArgs {
    fn default() -> PropertyArgs {
        PropertyArgs {
            budget: DEFAULT_BUDGET,
            seed: None,
        }
    }
}

/// What the properties did, besides their outcomes.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// The seed of the run.
    pub seed: u64,
    /// The request budget.
    pub budget: usize,
    /// Requests sent (within the budget).
    pub requests: usize,
    /// Cases run (shrinking runs not counted).
    pub cases: usize,
    /// Cases whose walk the budget cut before its end.
    pub cut: usize,
    /// Cases run and cases cut, per property.
    pub per_property: Vec<(String, usize, usize)>,
    /// Every request sent, as `operation_id?query` without tokens, in order.
    pub log: Vec<String>,
    /// How long they took.
    pub elapsed: Duration,
}

/// The properties' outcomes and summary.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// One outcome per list operation of the spec (`properties::OPERATION`).
    pub outcomes: Vec<Outcome>,
    /// Seed, requests and cases.
    pub summary: Summary,
}

/// A seed from the clock, for runs without `--seed`.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    splitmix(nanos ^ u64::from(std::process::id()))
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Each property's own RNG, from the run's seed and its name: which other properties run (or
/// `--only`) does not change its cases.
fn rng_for(seed: u64, name: &str) -> TestRng {
    let mut h = seed;
    for b in name.bytes() {
        h = splitmix(h ^ u64::from(b));
    }
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        h = splitmix(h);
        chunk.copy_from_slice(&h.to_le_bytes());
    }
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// The request budget and the log of what was sent.
#[derive(Debug, Default)]
struct Budget {
    limit: usize,
    used: usize,
    log: Vec<String>,
}

/// Pages through the suite (paced under the rate limit, 429 retried once after its wait),
/// counted against the budget up to `cap` requests in all.
struct Budgeted<'a> {
    suite: &'a mut Suite,
    budget: &'a mut Budget,
    cap: usize,
}

impl PageSource for Budgeted<'_> {
    fn validator(&self) -> &pancake_openapi::Validator {
        &self.suite.validator
    }

    async fn fetch(
        &mut self,
        operation: &pancake_openapi::Operation,
        call: &Call,
    ) -> Result<RawResponse, FetchError> {
        send_counted(self.suite, self.budget, self.cap, operation, call).await
    }
}

async fn send_counted(
    suite: &mut Suite,
    budget: &mut Budget,
    cap: usize,
    operation: &pancake_openapi::Operation,
    call: &Call,
) -> Result<RawResponse, FetchError> {
    let id = &operation.operation_id;
    let mut retried = false;
    loop {
        if budget.used >= cap.min(budget.limit) {
            return Err(FetchError::OutOfBudget);
        }
        budget.used += 1;
        budget.log.push(describe(operation, call));
        let response = suite
            .send_paced_once(id, call)
            .await
            .map_err(|e| FetchError::Http(e.to_string()))?;
        // A 429 despite the pacing (another client on the same page): once more after the
        // wait, counted like any request.
        if response.status != 429 || retried {
            return Ok(response);
        }
        retried = true;
        let wait = Duration::from_secs(response.retry_after().unwrap_or(1).clamp(1, 60));
        tracing::warn!(operation_id = %id, ?wait, "429 despite pacing; retrying once");
        suite
            .wait(wait)
            .await
            .map_err(|e| FetchError::Http(e.to_string()))?;
    }
}

/// `operation_id?query` without tokens.
fn describe(operation: &pancake_openapi::Operation, call: &Call) -> String {
    let mut parts: Vec<String> = call
        .path
        .iter()
        .filter(|(n, _)| n != "page_id")
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    parts.extend(
        call.query
            .iter()
            .filter(|(n, _)| {
                n != pancake_openapi::PAGE_TOKEN_PARAMETER
                    && n != pancake_openapi::USER_TOKEN_PARAMETER
            })
            .map(|(n, v)| format!("{n}={v}")),
    );
    format!("{}?{}", operation.operation_id, parts.join("&"))
}

/// `since` and `until` are drawn, and left out, together.
fn is_range(name: &str) -> bool {
    name == "since" || name == "until"
}

/// How one case went.
enum CaseResult {
    /// Every check held; `ended`: the walk reached its end within the budget.
    Held { ended: bool },
    /// The target broke a property.
    Broke(String),
    /// The case could not run (transport, or the suite's own mistake).
    Error(String),
}

/// Runs the properties whose name contains `filter` (all without one) on `suite`'s target.
/// Against a mock, the mock is reset first, so the same seed replays the same requests.
pub async fn run(suite: &mut Suite, args: &PropertyArgs, filter: Option<&str>) -> Run {
    let started = Instant::now();
    let seed = args.seed.unwrap_or_else(fresh_seed);
    let mut budget = Budget {
        limit: args.budget,
        ..Budget::default()
    };
    let mut outcomes = Vec::new();
    let mut tallies = Vec::new();
    let operations: Vec<pancake_openapi::Operation> = suite
        .spec
        .operations()
        .iter()
        .filter(|op| op.pagination.is_some() && op.method.as_str() == "GET")
        .cloned()
        .collect();
    let selected = |op: &pancake_openapi::Operation| {
        let name = format!("{PREFIX}{}", op.operation_id);
        filter.is_none_or(|f| name.contains(f))
    };
    if args.budget > 0 && operations.iter().any(selected) {
        if let Some(admin) = &suite.target.admin
            && let Err(e) = admin.reset().await
        {
            tracing::warn!("could not reset the mock before the properties: {e:#}");
        }
        if let Err(e) = suite.sync_clock().await {
            tracing::warn!("could not read the mock clock: {e}");
        }
        let known = discover(suite, &mut budget).await;
        let planned: Vec<(pancake_openapi::Operation, Result<Plan, String>)> = operations
            .into_iter()
            .map(|op| {
                let plan = Plan::for_operation(&suite.spec, &op, &known);
                (op, plan)
            })
            .collect();
        let runnable = planned.iter().filter(|(_, p)| p.is_ok()).count().max(1);
        let share = budget.limit.saturating_sub(budget.used) / runnable;
        for (operation, plan) in planned {
            if !selected(&operation) {
                continue;
            }
            let name = format!("{PREFIX}{}", operation.operation_id);
            let property_started = Instant::now();
            let (status, cases, cut) = match plan {
                Err(why) => (Status::Skipped(why), 0, 0),
                Ok(_) if share == 0 => (
                    Status::Skipped(format!(
                        "a budget of {} leaves no request for each of {runnable} lists; raise --budget",
                        args.budget
                    )),
                    0,
                    0,
                ),
                Ok(plan) => {
                    let rng = rng_for(seed, &name);
                    let ctx = Property {
                        name: &name,
                        operation: &operation,
                        plan: &plan,
                        known: &known,
                        seed,
                        args,
                    };
                    ctx.run(suite, &mut budget, rng, share).await
                }
            };
            tallies.push((name.clone(), cases, cut));
            outcomes.push(Outcome {
                name,
                group: Group::Properties,
                operation_id: Some(operation.operation_id.clone()),
                status,
                duration: property_started.elapsed(),
            });
        }
    }
    let mut summary = Summary {
        seed,
        budget: args.budget,
        requests: budget.used,
        log: budget.log,
        elapsed: started.elapsed(),
        ..Summary::default()
    };
    for (_, cases, cut) in &tallies {
        summary.cases += cases;
        summary.cut += cut;
    }
    summary.per_property = tallies;
    Run { outcomes, summary }
}

/// Learns what the plans need from the target: its tag ids and some conversation ids (one
/// request each, counted), and the ids the suite was given.
async fn discover(suite: &mut Suite, budget: &mut Budget) -> Known {
    let mut known = Known {
        today_end: (suite.now_secs.div_euclid(86_400) + 1) * 86_400,
        ..Known::default()
    };
    // The two ids the suite is given for one operation each (`--sip-package-id`,
    // `--chat-page-id`).
    if let Some(package) = &suite.target.sip_package_id {
        known
            .required
            .push(("list_sip_call_logs".into(), "id".into(), package.clone()));
    }
    if let Some(chat_page) = &suite.target.chat_page_id {
        known.required.push((
            "list_chat_plugin_messages".into(),
            "page_id".into(),
            chat_page.clone(),
        ));
    }
    let first_page = |suite: &mut Suite, id: &str| {
        let op = suite.spec.operation(id).cloned();
        let call = suite.page_call();
        (op, call)
    };
    for (id, field) in [("list_tags", "tags"), ("list_conversations", "")] {
        let (Some(op), call) = first_page(suite, id) else {
            continue;
        };
        let field = match &op.pagination {
            Some(p) => p.items.clone(),
            None => field.to_owned(),
        };
        let Ok(response) = send_counted(suite, budget, budget.limit, &op, &call).await else {
            continue;
        };
        let ids: Vec<String> = response
            .json
            .as_ref()
            .and_then(|b| b[field.as_str()].as_array())
            .into_iter()
            .flatten()
            .filter_map(|i| crate::suite::id_text(&i["id"]))
            .collect();
        match id {
            "list_tags" => known.tag_ids = ids,
            _ => known.conversation_ids = ids,
        }
    }
    known
}

/// One property being run.
struct Property<'a> {
    name: &'a str,
    operation: &'a pancake_openapi::Operation,
    plan: &'a Plan,
    known: &'a Known,
    seed: u64,
    args: &'a PropertyArgs,
}

impl Property<'_> {
    /// Runs cases until the property's share of the budget is spent: the status, the cases
    /// run and how many of them the budget cut.
    async fn run(
        &self,
        suite: &mut Suite,
        budget: &mut Budget,
        rng: TestRng,
        share: usize,
    ) -> (Status, usize, usize) {
        let stop = budget.used + share;
        let strategy = self.plan.strategy(self.known);
        let mut runner = TestRunner::new_with_rng(Config::default(), rng);
        let (mut cases, mut cut) = (0, 0);
        while budget.used < stop.min(budget.limit) && cases < MAX_CASES {
            let tree = match strategy.new_tree(&mut runner) {
                Ok(tree) => tree,
                Err(e) => {
                    return (
                        Status::Errored(format!("cannot draw a case: {e}")),
                        cases,
                        cut,
                    );
                }
            };
            let case = tree.current();
            cases += 1;
            match self.run_case(suite, budget, stop, &case).await {
                CaseResult::Held { ended: true } => {}
                CaseResult::Held { ended: false } => {
                    cut += 1;
                    break;
                }
                CaseResult::Error(e) => {
                    return (Status::Errored(format!("case {case}: {e}")), cases, cut);
                }
                CaseResult::Broke(reason) => {
                    // Shrinking may spend one more share, so that one failing property
                    // cannot starve the others.
                    let cap = (budget.used + share).min(budget.limit);
                    let (minimal, reason) = self.shrink(suite, budget, cap, case, reason).await;
                    return (Status::Failed(self.failure(&minimal, &reason)), cases, cut);
                }
            }
        }
        (Status::Passed, cases, cut)
    }

    /// Shrinks a failing case to a 1-minimal one: each filter (`since` and `until` together)
    /// and the page size are left out in turn, and stay out when the case still fails. At
    /// most up to `cap` requests in all.
    async fn shrink(
        &self,
        suite: &mut Suite,
        budget: &mut Budget,
        cap: usize,
        case: Case,
        reason: String,
    ) -> (Case, String) {
        let mut minimal = (case, reason);
        let mut runs = 0;
        let mut i = 0;
        let required = |name: &str| self.operation.parameter(name).is_some_and(|p| p.required);
        loop {
            let mut candidate = minimal.0.clone();
            if i < candidate.filters.len() {
                let name = candidate.filters[i].name.clone();
                if required(&name) {
                    i += 1;
                    continue;
                }
                let together = |n: &str| n == name || (is_range(&name) && is_range(n));
                candidate.filters.retain(|f| !together(&f.name));
            } else if candidate.page_size.is_some() {
                candidate.page_size = None;
            } else {
                break;
            }
            if runs >= MAX_SHRINK_RUNS || budget.used >= cap {
                break;
            }
            runs += 1;
            match self.run_case(suite, budget, cap, &candidate).await {
                CaseResult::Broke(reason) => minimal = (candidate, reason),
                _ if i < minimal.0.filters.len() => i += 1,
                _ => break,
            }
        }
        minimal
    }

    fn failure(&self, case: &Case, reason: &str) -> String {
        format!(
            "{reason}\n       minimal case: {} {case}\n       seed {seed}: replay with --seed {seed} --budget {budget} --only {name}",
            self.operation.operation_id,
            seed = self.seed,
            budget = self.args.budget,
            name = self.name,
        )
    }

    async fn run_case(
        &self,
        suite: &mut Suite,
        budget: &mut Budget,
        cap: usize,
        case: &Case,
    ) -> CaseResult {
        let mut call = suite.page_call();
        for (name, value) in case.path.iter().chain(&self.plan.fixed_query) {
            call = if self
                .operation
                .parameter(name)
                .is_some_and(|p| p.location == pancake_openapi::ParameterLocation::Path)
            {
                call.path(name, value.clone())
            } else {
                call.query(name, value)
            };
        }
        for f in &case.filters {
            call = call.query(&f.name, &f.value);
        }
        if let Err(e) = suite.check_own_call(&self.operation.operation_id, &call) {
            return CaseResult::Error(e.to_string());
        }
        // The walker sets the pagination and size parameters.
        let walker_sets = |name: &str| {
            self.operation
                .pagination
                .as_ref()
                .is_some_and(|p| p.param == name || p.size_param.as_deref() == Some(name))
        };
        if let Some(missing) = self.operation.parameters.iter().find(|p| {
            p.required
                && p.location == pancake_openapi::ParameterLocation::Query
                && !walker_sets(&p.name)
                && !call.query.iter().any(|(n, _)| n == &p.name)
        }) {
            return CaseResult::Error(format!(
                "the suite's case lacks the required parameter `{}`",
                missing.name
            ));
        }
        let Some(p) = self.operation.pagination.clone() else {
            return CaseResult::Error("not a list".into());
        };
        let mut source = Budgeted { suite, budget, cap };
        let walked = walk::walk_pages(
            &mut source,
            self.operation,
            &call,
            case.page_size,
            usize::MAX,
            |_| async {},
        )
        .await;
        let (walk, ended) = match walked {
            Ok(walk) => (walk, true),
            Err(WalkError::OutOfBudget(_, walk)) => (walk, false),
            Err(WalkError::Fetch { reason, .. }) => return CaseResult::Error(reason),
            Err(e) => return CaseResult::Broke(e.to_string()),
        };
        let size = walk::effective_page_size(&p, case.page_size);
        match verdict::check(
            &p,
            case,
            &walk,
            size,
            ended,
            self.plan.default_order.as_deref(),
        ) {
            Ok(()) => CaseResult::Held { ended },
            Err(reason) => CaseResult::Broke(reason),
        }
    }
}
