//! The run's report: a human summary for the terminal and JUnit XML for CI systems.

use std::fmt::Write as _;
use std::time::Duration;

use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};

use crate::checks::{Group, Outcome, Status};
use crate::coverage::Coverage;

/// Everything a run produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// A line naming the target (no token in it).
    pub target: String,
    /// Each check's outcome, in running order.
    pub outcomes: Vec<Outcome>,
    /// Operations and statuses exercised.
    pub coverage: Coverage,
    /// What the read-only properties did (seed, requests), when they were run.
    pub properties: Option<crate::properties::Summary>,
    /// Wall time of the run.
    pub elapsed: Duration,
}

/// Counts of outcomes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Passed checks.
    pub passed: usize,
    /// Failed checks.
    pub failed: usize,
    /// Skipped checks.
    pub skipped: usize,
    /// Checks that could not run.
    pub errored: usize,
}

impl Report {
    /// Counts the outcomes.
    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for o in &self.outcomes {
            match o.status {
                Status::Passed => t.passed += 1,
                Status::Failed(_) => t.failed += 1,
                Status::Skipped(_) => t.skipped += 1,
                Status::Errored(_) => t.errored += 1,
            }
        }
        t
    }

    /// Whether every check that ran passed.
    pub fn success(&self) -> bool {
        let t = self.tally();
        t.failed == 0 && t.errored == 0
    }

    /// The human summary: failures first, then coverage, then the counts.
    pub fn summary(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "pancake-conformance against {}", self.target);
        for o in &self.outcomes {
            let (mark, detail) = match &o.status {
                Status::Passed => ("ok  ", None),
                Status::Failed(m) => ("FAIL", Some(m)),
                Status::Skipped(m) => ("skip", Some(m)),
                Status::Errored(m) => ("ERR ", Some(m)),
            };
            let show = verbose || matches!(o.status, Status::Failed(_) | Status::Errored(_));
            if show {
                let _ = writeln!(out, "  {mark} {}", o.name);
                if let Some(d) = detail {
                    let _ = writeln!(out, "       {d}");
                }
                if let Some(counts) = self.property_counts(&o.name) {
                    let _ = writeln!(out, "       {counts}");
                }
            }
        }
        let c = &self.coverage;
        let (statuses_seen, statuses) = c.statuses();
        let _ = writeln!(
            out,
            "coverage: {}/{} operations answered a valid call; {}/{} documented (operation, status) pairs exercised",
            c.operations_succeeded(),
            c.operations(),
            statuses_seen,
            statuses
        );
        let missing = c.operations_missing();
        if !missing.is_empty() {
            let _ = writeln!(
                out,
                "  operations without a verified answer: {}",
                missing.join(", ")
            );
        }
        if verbose {
            for (op, keys) in c.table() {
                let row: Vec<String> = keys
                    .iter()
                    .map(|(k, seen)| {
                        if *seen {
                            format!("{k}*")
                        } else {
                            (*k).to_owned()
                        }
                    })
                    .collect();
                let _ = writeln!(out, "  {op:<40} {}", row.join(" "));
            }
            let _ = writeln!(out, "  (* = exercised)");
        }
        let (decoded, undecoded) = c.decoding();
        let _ = writeln!(
            out,
            "decoding: {decoded} verified JSON responses decoded with the generated client's types, {undecoded} without a generated type to try"
        );
        if let Some(p) = &self.properties {
            let _ = writeln!(out, "{}", properties_line(p));
        }
        let t = self.tally();
        let _ = writeln!(
            out,
            "checks: {} passed, {} failed, {} errors, {} skipped in {:.1} s",
            t.passed,
            t.failed,
            t.errored,
            t.skipped,
            self.elapsed.as_secs_f64()
        );
        out
    }

    /// The report as one JSON object (`--format json`): the target, every check with its
    /// status, the coverage, the decoding counts, the properties' summary and the tally.
    pub fn to_json(&self) -> String {
        let checks: Vec<_> = self
            .outcomes
            .iter()
            .map(|o| {
                let (status, detail) = match &o.status {
                    Status::Passed => ("passed", None),
                    Status::Failed(m) => ("failed", Some(m)),
                    Status::Skipped(m) => ("skipped", Some(m)),
                    Status::Errored(m) => ("errored", Some(m)),
                };
                serde_json::json!({
                    "name": o.name,
                    "group": o.group.name(),
                    "operation_id": o.operation_id,
                    "status": status,
                    "detail": detail,
                    "seconds": o.duration.as_secs_f64(),
                })
            })
            .collect();
        let c = &self.coverage;
        let (statuses_seen, statuses) = c.statuses();
        let (decoded, undecoded) = c.decoding();
        let t = self.tally();
        let properties = self.properties.as_ref().map(|p| {
            serde_json::json!({
                "seed": p.seed,
                "budget": p.budget,
                "requests": p.requests,
                "cases": p.cases,
                "cut": p.cut,
            })
        });
        let report = serde_json::json!({
            "target": self.target,
            "checks": checks,
            "coverage": {
                "operations": c.operations(),
                "operations_succeeded": c.operations_succeeded(),
                "operations_missing": c.operations_missing(),
                "statuses": statuses,
                "statuses_exercised": statuses_seen,
            },
            "decoding": {"decoded": decoded, "without_type": undecoded},
            "properties": properties,
            "tally": {
                "passed": t.passed,
                "failed": t.failed,
                "errors": t.errored,
                "skipped": t.skipped,
            },
            "seconds": self.elapsed.as_secs_f64(),
        });
        serde_json::to_string_pretty(&report).expect("JSON values serialise")
    }

    /// `N cases, M cut by the budget` for a property that ran cases.
    fn property_counts(&self, name: &str) -> Option<String> {
        let (_, cases, cut) = self
            .properties
            .iter()
            .flat_map(|p| &p.per_property)
            .find(|(n, cases, _)| n == name && *cases > 0)?;
        Some(format!("{cases} cases, {cut} cut by the budget"))
    }

    /// The JUnit XML: one test suite per check group, one test case per check, plus a
    /// `coverage` suite with one case per operation (failed when it got no verified answer).
    pub fn junit(&self) -> Result<String, quick_junit::SerializeError> {
        let mut report = quick_junit::Report::new("pancake-conformance");
        report.set_time(self.elapsed);
        for group in [Group::Operations, Group::Errors, Group::Properties] {
            let mut suite = TestSuite::new(group.name());
            if let (Group::Properties, Some(p)) = (group, &self.properties) {
                suite.add_property(("seed", p.seed.to_string().as_str()));
                suite.add_property(("budget", p.budget.to_string().as_str()));
                suite.add_property(("requests", p.requests.to_string().as_str()));
                suite.add_property(("cases", p.cases.to_string().as_str()));
            }
            for o in self.outcomes.iter().filter(|o| o.group == group) {
                let status = match &o.status {
                    Status::Passed => TestCaseStatus::success(),
                    Status::Failed(m) => {
                        let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                        s.set_message(m.clone());
                        s
                    }
                    Status::Errored(m) => {
                        let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                        s.set_message(m.clone());
                        s
                    }
                    Status::Skipped(m) => {
                        let mut s = TestCaseStatus::skipped();
                        s.set_message(m.clone());
                        s
                    }
                };
                let mut case = TestCase::new(o.name.clone(), status);
                case.set_classname(format!("pancake-conformance.{}", group.name()));
                case.set_time(o.duration);
                if let Some(counts) = self.property_counts(&o.name) {
                    case.set_system_out(counts);
                }
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
        let mut coverage = TestSuite::new("coverage");
        let missing = self.coverage.operations_missing();
        for (op, keys) in self.coverage.table() {
            let status = if missing.contains(&op) {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message("no verified answer to a valid call");
                s
            } else {
                TestCaseStatus::success()
            };
            let mut case = TestCase::new(format!("coverage::{op}"), status);
            case.set_classname("pancake-conformance.coverage");
            let seen: Vec<&str> = keys.iter().filter(|(_, s)| *s).map(|(k, _)| *k).collect();
            case.set_system_out(format!("statuses exercised: {}", seen.join(" ")));
            coverage.add_test_case(case);
        }
        report.add_test_suite(coverage);
        report.to_string()
    }
}

/// The properties' line of the summary: seed, requests, cases, and how to replay.
fn properties_line(p: &crate::properties::Summary) -> String {
    if p.budget == 0 {
        return "properties: not run (--budget 0)".to_owned();
    }
    if p.per_property.is_empty() {
        return format!("properties: none selected; seed {}", p.seed);
    }
    let cut = if p.cut > 0 {
        format!(" ({} cut by the budget)", p.cut)
    } else {
        String::new()
    };
    let ran = p
        .per_property
        .iter()
        .filter(|(_, cases, _)| *cases > 0)
        .count();
    format!(
        "properties: seed {}, {} requests of a budget of {}, {} cases{cut} over {ran} of {} list operations in {:.1} s (replay: --seed {} --budget {})",
        p.seed,
        p.requests,
        p.budget,
        p.cases,
        p.per_property.len(),
        p.elapsed.as_secs_f64(),
        p.seed,
        p.budget
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(name: &str, group: Group, status: Status) -> Outcome {
        Outcome {
            name: name.into(),
            group,
            operation_id: None,
            status,
            duration: Duration::from_millis(3),
        }
    }

    fn report() -> Report {
        let spec = pancake_openapi::Spec::bundled().unwrap();
        let mut coverage = Coverage::for_spec(&spec);
        coverage.record(&spec, "list_tags", 200, Some(Some(true)));
        coverage.record(&spec, "list_tags", 429, Some(Some(true)));
        Report {
            target: "http://127.0.0.1:1/api (in-process mock), page 1".into(),
            outcomes: vec![
                outcome("operations::list_tags", Group::Operations, Status::Passed),
                outcome(
                    "errors::list_tags::wrong_page_token",
                    Group::Errors,
                    Status::Failed("expected error_code 102, got none".into()),
                ),
                outcome(
                    "operations::upload_content",
                    Group::Operations,
                    Status::Skipped("writes".into()),
                ),
            ],
            coverage,
            properties: None,
            elapsed: Duration::from_secs(1),
        }
    }

    #[test]
    fn the_summary_shows_failures_and_coverage() {
        let r = report();
        assert!(!r.success());
        assert_eq!(
            r.tally(),
            Tally {
                passed: 1,
                failed: 1,
                skipped: 1,
                errored: 0
            }
        );
        let text = r.summary(false);
        assert!(
            text.contains("FAIL errors::list_tags::wrong_page_token"),
            "{text}"
        );
        assert!(text.contains("expected error_code 102"), "{text}");
        assert!(
            !text.contains("operations::list_tags\n"),
            "passes are only listed with -v: {text}"
        );
        let operations = r.coverage.operations();
        assert!(
            text.contains(&format!("coverage: 1/{operations} operations")),
            "{text}"
        );
        let (seen, documented) = r.coverage.statuses();
        assert_eq!(seen, 2, "list_tags 200 and 429");
        assert!(
            text.contains(&format!("{seen}/{documented} documented")),
            "{text}"
        );
    }

    #[test]
    fn the_properties_show_their_seed_and_requests_in_the_summary_and_junit() {
        let mut r = report();
        r.outcomes.push(outcome(
            "properties::list_posts",
            Group::Properties,
            Status::Passed,
        ));
        r.properties = Some(crate::properties::Summary {
            seed: 42,
            budget: 300,
            requests: 12,
            cases: 5,
            per_property: vec![("properties::list_posts".into(), 5, 1)],
            ..Default::default()
        });
        let text = r.summary(true);
        assert!(
            text.contains("properties: seed 42, 12 requests of a budget of 300, 5 cases"),
            "{text}"
        );
        assert!(text.contains("--seed 42 --budget 300"), "{text}");
        assert!(text.contains("5 cases, 1 cut by the budget"), "{text}");
        let xml = r.junit().unwrap();
        assert!(
            xml.contains(r#"<testsuite name="properties" tests="1""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<property name="seed" value="42"/>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<property name="requests" value="12"/>"#),
            "{xml}"
        );
    }

    #[test]
    fn the_junit_report_has_one_case_per_check_and_per_operation() {
        let xml = report().junit().unwrap();
        assert!(
            xml.contains(r#"<testsuite name="operations" tests="2" skipped="1""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<testsuite name="error-contract" tests="1""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"message="expected error_code 102, got none""#),
            "{xml}"
        );
        let operations = report().coverage.operations();
        assert!(
            xml.contains(&format!(
                r#"<testsuite name="coverage" tests="{operations}""#
            )),
            "{xml}"
        );
        assert!(xml.contains("coverage::list_tags"), "{xml}");
    }
}
