"""A webhook receiver written in Python gets the event of a customer's message."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@pytest.fixture
def receiver():
    """An HTTP server on a free loopback port that keeps every JSON body POSTed to it."""
    received = []
    arrived = threading.Condition()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with arrived:
                received.append(body)
                arrived.notify_all()
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.received, server.arrived = received, arrived
    server.url = f"http://127.0.0.1:{server.server_address[1]}/"
    yield server
    server.shutdown()
    server.server_close()


def test_a_customer_message_reaches_the_receiver(pancake_mock, receiver):
    page = pancake_mock.pages[0]
    pancake_mock.admin.subscribe_webhook(receiver.url, page_ids=[page.id])
    sent = pancake_mock.admin.simulate_message(page.id, text="Shop ơi còn hàng không?", customer_name="Lan")
    pancake_mock.admin.webhooks_settled(timeout=10)

    def about_it(event):
        return event.get("page_id") == page.id and "Shop ơi còn hàng không?" in json.dumps(event, ensure_ascii=False)

    with receiver.arrived:
        assert receiver.arrived.wait_for(lambda: any(map(about_it, receiver.received)), timeout=10), receiver.received
    assert sent["created"]
    assert any(sent["conversation_id"] in json.dumps(event) for event in receiver.received)
