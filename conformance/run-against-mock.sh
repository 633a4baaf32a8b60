#!/usr/bin/env bash
# Runs the conformance suite the way a user would: the pancake-mock BINARY in a separate process
# on a free port, and the pancake-conformance binary pointed at the URL it prints.
#
#   conformance/run-against-mock.sh [JUNIT_FILE]     (default: target/conformance.xml)
#
# Exits non-zero when a check fails or an operation of the spec got no verified answer.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
junit=${1:-target/conformance.xml}
bin_dir="${CARGO_TARGET_DIR:-target}/debug"

cargo build --quiet -p pancake-mock -p pancake-conformance

log=$(mktemp)
"$bin_dir/pancake-mock" --addr 127.0.0.1:0 >"$log" 2>&1 &
mock_pid=$!
cleanup() {
    kill "$mock_pid" 2>/dev/null || true
    wait "$mock_pid" 2>/dev/null || true
    rm -f "$log"
}
trap cleanup EXIT

# The mock prints "... listening on http://127.0.0.1:PORT/api" once it is bound.
url=""
for _ in $(seq 1 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/api' "$log" | head -n 1 || true)
    [ -n "$url" ] && break
    if ! kill -0 "$mock_pid" 2>/dev/null; then
        echo "pancake-mock exited before printing its URL; its output (token lines left out):" >&2
        grep -v -i token "$log" >&2 || true
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "pancake-mock printed no URL within 10 s" >&2
    exit 1
fi

mkdir -p "$(dirname "$junit")"
"$bin_dir/pancake-conformance" --base-url "$url" --junit "$junit" --require-full-coverage
echo "JUnit report: $junit"
