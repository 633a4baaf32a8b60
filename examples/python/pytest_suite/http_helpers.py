"""Plain HTTP from the standard library, as code under test would call the Pancake API."""

import json
import urllib.error
import urllib.parse
import urllib.request


def call(method, url, params=None, body=None, headers=None):
    """``(status, headers, parsed JSON body)`` of one request; HTTP errors are answers too."""
    if params:
        url += "?" + urllib.parse.urlencode(params)
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers, json.loads(answer.read() or b"null")


def page_url(mock, page, path):
    return f"{mock.base_url}/public_api/{path.format(page=page.id)}"
