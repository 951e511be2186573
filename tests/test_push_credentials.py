"""push with credentials: sent as HTTP Basic, never printed, never in a message."""
import base64
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from graphbuilder.cli import cli

SECRET = "s3cret-不可见"


class _Store(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_PUT(self):  # noqa: N802 - the http.server API
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        _Store.received.append({"auth": self.headers.get("Authorization"), "path": self.path})
        expected = "Basic " + base64.b64encode(f"loader:{SECRET}".encode()).decode()
        self.send_response(204 if self.headers.get("Authorization") == expected else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def store_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Store)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Store.received.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


@pytest.fixture
def graph(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text('@prefix schema: <http://schema.org/> .\n<urn:x> a schema:Person ; schema:name "张升" .\n',
                    encoding="utf-8")
    return path


def test_push_credentials_from_the_environment_are_sent_and_not_printed(store_server, graph):
    result = CliRunner().invoke(cli, ["push", str(graph), "--endpoint", store_server],
                                env={"GRAPHBUILDER_PUSH_USER": "loader", "GRAPHBUILDER_PUSH_PASSWORD": SECRET})
    assert result.exit_code == 0, result.output
    assert _Store.received[-1]["auth"].startswith("Basic ")
    assert SECRET not in result.output and "loader" not in result.output


def test_push_wrong_password_is_one_error_without_the_secret(store_server, graph):
    result = CliRunner().invoke(cli, ["push", str(graph), "--endpoint", store_server, "--user", "loader",
                                      "--password", "wrong-" + SECRET])
    assert result.exit_code == 1
    assert "HTTP 401" in result.stderr and "login" in result.stderr
    assert SECRET not in result.output


def test_push_credentials_in_the_url_are_used_and_redacted(store_server, graph):
    with_secret = store_server.replace("http://", f"http://loader:{SECRET}@")
    result = CliRunner().invoke(cli, ["push", str(graph), "--endpoint", with_secret])
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output
    refused = CliRunner().invoke(cli, ["push", str(graph), "--endpoint", with_secret.replace(SECRET, "nope")])
    assert refused.exit_code == 1 and "nope" not in refused.output
