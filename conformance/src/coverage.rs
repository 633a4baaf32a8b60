//! Coverage accounting: which operations and which of their documented statuses were exercised
//! by a response that honoured the contract.

use std::collections::{BTreeMap, BTreeSet};

use pancake_openapi::{Spec, StatusKey};

/// Documented versus exercised, per operation.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Every operation of the spec with its documented response keys (`200`, `4XX`, `5XX`).
    documented: BTreeMap<String, BTreeSet<String>>,
    /// The keys exercised by a verified response.
    exercised: BTreeMap<String, BTreeSet<String>>,
    /// Operations with a verified successful (2xx or 3xx) answer to a valid call.
    succeeded: BTreeSet<String>,
    /// Verified responses decoded with the generated types.
    decoded: usize,
    /// Verified JSON responses the generated types could not be tried on.
    not_decoded: usize,
}

impl Coverage {
    /// Empty coverage of every operation of `spec`.
    pub fn for_spec(spec: &Spec) -> Coverage {
        let documented = spec
            .operations()
            .iter()
            .map(|op| {
                let keys = op.responses.iter().map(|r| r.status.to_string()).collect();
                (op.operation_id.clone(), keys)
            })
            .collect();
        Coverage {
            documented,
            ..Coverage::default()
        }
    }

    /// Records a verified response of `operation_id` with `status`; `decoded` is `None` for a
    /// body that is not JSON, `Some(None)` for JSON without a generated type to try.
    pub fn record(
        &mut self,
        spec: &Spec,
        operation_id: &str,
        status: u16,
        decoded: Option<Option<bool>>,
    ) {
        let key = spec
            .operation(operation_id)
            .and_then(|op| op.response(status))
            .map(|r| r.status)
            .unwrap_or(StatusKey::Code(status));
        self.exercised
            .entry(operation_id.to_owned())
            .or_default()
            .insert(key.to_string());
        if (200..400).contains(&status) {
            self.succeeded.insert(operation_id.to_owned());
        }
        match decoded {
            Some(Some(_)) => self.decoded += 1,
            Some(None) => self.not_decoded += 1,
            None => {}
        }
    }

    /// Operations of the spec.
    pub fn operations(&self) -> usize {
        self.documented.len()
    }

    /// Operations with a verified successful answer.
    pub fn operations_succeeded(&self) -> usize {
        self.documented
            .keys()
            .filter(|op| self.succeeded.contains(*op))
            .count()
    }

    /// Operations without a verified successful answer.
    pub fn operations_missing(&self) -> Vec<&str> {
        self.documented
            .keys()
            .filter(|op| !self.succeeded.contains(*op))
            .map(String::as_str)
            .collect()
    }

    /// (exercised, documented) response keys, over every operation.
    pub fn statuses(&self) -> (usize, usize) {
        let documented = self.documented.values().map(BTreeSet::len).sum();
        let exercised = self
            .documented
            .iter()
            .map(|(op, keys)| {
                self.exercised
                    .get(op)
                    .map_or(0, |seen| keys.intersection(seen).count())
            })
            .sum();
        (exercised, documented)
    }

    /// Per operation: documented keys and whether each was exercised.
    pub fn table(&self) -> Vec<(&str, Vec<(&str, bool)>)> {
        self.documented
            .iter()
            .map(|(op, keys)| {
                let seen = self.exercised.get(op);
                let row = keys
                    .iter()
                    .map(|k| (k.as_str(), seen.is_some_and(|s| s.contains(k))))
                    .collect();
                (op.as_str(), row)
            })
            .collect()
    }

    /// (decoded with generated types, JSON responses without a generated type to try).
    pub fn decoding(&self) -> (usize, usize) {
        (self.decoded, self.not_decoded)
    }
}
