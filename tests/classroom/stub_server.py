"""A hand-written HTTP server on a free loopback port, for what a real class server never
answers (answers nested without end, sent a byte at a time)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer


def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[tuple[str, int]]:
    """Serve with `handler` in a thread for one fixture: yields (host, port), then stops."""
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[:2]
    server.shutdown()
    server.server_close()
