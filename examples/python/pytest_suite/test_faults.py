"""The mock's rate limit and injected faults, as a client meets them."""

import pytest

from http_helpers import call, page_url


def test_a_burst_gets_429_with_retry_after(pancake_mock):
    page = pancake_mock.pages[0]
    url = page_url(pancake_mock, page, "v1/pages/{page}/tags")
    token = {"page_access_token": page.page_access_token}
    answers = [call("GET", url, token) for _ in range(8)]
    statuses = [status for status, _, _ in answers]
    assert statuses[:5] == [200] * 5, statuses
    status, headers, body = next(a for a in answers if a[0] != 200)
    assert status == 429 and body["error_code"] == 613, body
    assert int(headers["Retry-After"]) >= 1


def test_an_injected_outage_and_a_per_request_fault(pancake_mock):
    page = pancake_mock.pages[0]
    url = page_url(pancake_mock, page, "v1/pages/{page}/tags")
    token = {"page_access_token": page.page_access_token}
    assert call("GET", url, token, headers={"x-mock-fault": "502"})[0] == 502
    pancake_mock.admin.set_faults(error_rate=1.0, status=503)
    assert call("GET", url, token)[0] == 503


def test_the_fault_of_the_previous_test_is_gone(pancake_mock):
    page = pancake_mock.pages[0]
    status, _, _ = call("GET", page_url(pancake_mock, page, "v1/pages/{page}/tags"), {"page_access_token": page.page_access_token})
    assert status == 200
    assert pancake_mock.admin.faults()["error_rate"] == 0


def test_a_refused_admin_call_says_why(pancake_mock):
    from pancake_mock import AdminError

    with pytest.raises(AdminError) as refused:
        pancake_mock.admin.set_faults(error_rate=2)
    assert refused.value.status == 400
    assert "error_rate" in refused.value.message
