"""Fetching pages: only modest text or HTML over http(s), against a server these tests run on 127.0.0.1.

`local_site()` is also used by the store and CLI tests; nothing here reaches the internet.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import importlib
import os
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from tradeviz.ingest.fetch import ALLOW_PRIVATE_ENV, FetchError, check_url, fetch

PAGE = (
    "<!doctype html><html><head><title>Товарооборот вырос</title>"
    '<meta property="og:site_name" content="Kazinform"></head><body><article><h1>Товарооборот вырос</h1>'
    "<p>По итогам 2023 года товарооборот между Казахстаном и Китаем превысил 41 млрд долларов.</p>"
    "</article></body></html>"
)
PLAIN = "Товарооборот Казахстана и Китая превысил 41 млрд долларов, сообщает El.kz.\n"

PAGES: dict[str, tuple[str, bytes]] = {
    "/page.html": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
    "/upper.html": ("Text/HTML; Charset=UTF-8", PAGE.encode("utf-8")),
    "/plain.txt": ("text/plain; charset=koi8-r", PLAIN.encode("koi8-r")),
    "/doc.pdf": ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    "/image.png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    "/json": ("application/json", b'{"a": 1}'),
}


fetch_module = importlib.import_module("tradeviz.ingest.fetch")  # the package's `fetch` is the function


@functools.cache
def bomb_member() -> bytes:
    """64 MiB of zeros as one gzip member: 64 KiB to send."""
    return gzip.compress(bytes(64 * 1024 * 1024), compresslevel=9)


STREAM_LIMIT = 50 * 1024 * 1024
"""The endless page stops here; a fetch that respects its cap reads a small part of it."""


class _Handler(http.server.BaseHTTPRequestHandler):
    """Routes for every case the fetcher must handle; counts what the endless page managed to send."""

    server: _Site

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, code: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.send_response(code)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.requests.append(path)
        if path in PAGES:
            content_type, body = PAGES[path]
            self._send(200, {"Content-Type": content_type, "Content-Length": str(len(body))}, body)
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/page.html" if left == 0 else f"/redirect/{left - 1}"
            self._send(302, {"Location": target, "Content-Length": "0"})
        elif path == "/loop":
            self._send(301, {"Location": "/loop", "Content-Length": "0"})
        elif path == "/to-ftp":
            self._send(302, {"Location": "ftp://127.0.0.1/article.txt", "Content-Length": "0"})
        elif path == "/to-file":
            self._send(307, {"Location": "file:///etc/passwd", "Content-Length": "0"})
        elif path == "/declared-huge":
            self._send(200, {"Content-Type": "text/html", "Content-Length": str(STREAM_LIMIT)})
        elif path == "/endless":
            self._endless()
        elif path == "/slow":
            self.server.stopping.wait(3)
            self._send(200, {"Content-Type": "text/html", "Content-Length": "2"}, b"ok")
        elif path == "/drip":
            self._drip()
        elif path == "/drip-headers":
            self._drip_headers()
        elif path in ("/gzip", "/deflate", "/gzip-members"):
            self._compressed(path)
        elif path == "/bomb":
            self._bomb()
        elif path == "/brotli":
            headers = {"Content-Type": "text/html", "Content-Encoding": "br", "Content-Length": "1"}
            self._send(200, headers, b"\x0b")
        elif path.startswith("/to/"):  # a redirect to the address after /to/
            self._send(302, {"Location": "http://" + path.removeprefix("/to/"), "Content-Length": "0"})
        elif path == "/no-type":
            self._send(200, {"Content-Length": "5"}, b"hello")
        else:
            self._send(404, {"Content-Type": "text/plain", "Content-Length": "9"}, b"not found")

    def _endless(self) -> None:
        """A page with no length that goes on and on, as long as the client keeps reading."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_536 + b"</p>"
        try:
            while self.server.sent < STREAM_LIMIT and not self.server.stopping.is_set():
                self.wfile.write(chunk)
                self.server.sent += len(chunk)
        except OSError:  # the client hung up, as it should
            pass
        self.close_connection = True

    def _drip_headers(self) -> None:
        """The status line and headers a byte at a time, for ever: no single read ever waits long."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 1000
        try:
            for byte in head:
                if self.server.stopping.wait(0.05):
                    break
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True

    def _compressed(self, path: str) -> None:
        body = PAGE.encode("utf-8")
        if path == "/deflate":
            data, encoding = zlib.compress(body), "deflate"
        elif path == "/gzip-members":  # two gzip members, as `cat a.gz b.gz` makes
            half = len(body) // 2
            data, encoding = gzip.compress(body[:half]) + gzip.compress(body[half:]), "gzip"
        else:
            data, encoding = gzip.compress(body), "gzip"
        headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": encoding}
        self._send(200, {**headers, "Content-Length": str(len(data))}, data)

    def _bomb(self) -> None:
        """5 GiB of zeros as gzip members of 64 MiB each (64 KiB on the wire each), as long as one reads."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        try:
            for _ in range(80):
                if self.server.stopping.is_set():
                    break
                self.wfile.write(bomb_member())
                self.server.sent += len(bomb_member())
        except OSError:
            pass
        self.close_connection = True

    def _drip(self) -> None:
        """Headers at once, then a byte now and then: every read is quick, the whole is endless."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            while not self.server.stopping.wait(0.05):
                self.wfile.write(b"x")
                self.wfile.flush()
        except OSError:
            pass
        self.close_connection = True


class _Site(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[str] = []
        self.sent = 0
        self.stopping = threading.Event()

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{path}"


@contextlib.contextmanager
def local_site(*, allowed: bool = True) -> Iterator[_Site]:
    """A web server on 127.0.0.1 (a free port) for the length of the block, which the fetcher may reach
    (ALLOW_PRIVATE_ENV, the test-only allowance) unless not `allowed`."""
    site = _Site()
    thread = threading.Thread(target=site.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    before = os.environ.pop(ALLOW_PRIVATE_ENV, None)
    if allowed:
        os.environ[ALLOW_PRIVATE_ENV] = "1"
    try:
        yield site
    finally:
        os.environ.pop(ALLOW_PRIVATE_ENV, None)
        if before is not None:
            os.environ[ALLOW_PRIVATE_ENV] = before
        site.stopping.set()
        site.shutdown()
        site.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment would send requests for 127.0.0.1 elsewhere."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def site() -> Iterator[_Site]:
    with local_site() as running:
        yield running


# --- what is fetched ----------------------------------------------------------------------------------------


def test_html_page(site: _Site) -> None:
    fetched = fetch(site.url("/page.html"))
    assert (fetched.url, fetched.final_url, fetched.content_type, fetched.charset) == (
        site.url("/page.html"),
        site.url("/page.html"),
        "text/html",
        "utf-8",
    )
    assert fetched.data == PAGE.encode("utf-8")


def test_content_type_is_case_insensitive(site: _Site) -> None:
    assert fetch(site.url("/upper.html")).content_type == "text/html"


def test_plain_text_keeps_its_charset(site: _Site) -> None:
    fetched = fetch(site.url("/plain.txt"))
    assert (fetched.content_type, fetched.charset, fetched.data.decode("koi8-r")) == (
        "text/plain",
        "koi8-r",
        PLAIN,
    )


def test_redirects_up_to_the_limit_are_followed(site: _Site) -> None:
    fetched = fetch(site.url("/redirect/4"))  # five redirects: /redirect/4 ... /redirect/0 -> /page.html
    assert (fetched.url, fetched.final_url) == (site.url("/redirect/4"), site.url("/page.html"))
    assert site.requests == [*(f"/redirect/{left}" for left in range(4, -1, -1)), "/page.html"]


# --- what is refused, and how -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        pytest.param(
            "/doc.pdf", {}, r"the page is application/pdf; expected text/html or text/plain", id="pdf"
        ),
        pytest.param("/image.png", {}, r"is image/png; expected text/html or text/plain", id="image"),
        pytest.param("/json", {}, r"is application/json; expected", id="json"),
        pytest.param(
            "/no-type", {}, r"is no content type; expected text/html or text/plain", id="no content type"
        ),
        pytest.param("/missing", {}, r"the server answered 404 Not Found", id="404"),
        pytest.param(
            "/redirect/5", {}, r"more than 5 redirects; expected a page", id="six redirects, one over"
        ),
        pytest.param(
            "/redirect/1", {"max_redirects": 1}, r"more than 1 redirect; expected a page", id="lower limit"
        ),
        pytest.param("/loop", {}, r"more than 5 redirects", id="redirect loop"),
        pytest.param(
            "/to-ftp",
            {},
            r"redirects to ftp://127\.0\.0\.1/article\.txt: only http and https",
            id="redirect to ftp",
        ),
        pytest.param(
            "/to-file", {}, r"redirects to file:///etc/passwd: only http and https", id="redirect to a file"
        ),
        pytest.param(
            "/declared-huge", {}, r"the page is 50\.0 MiB; expected at most 5\.0 MiB", id="declared too large"
        ),
        pytest.param(
            "/page.html",
            {"max_bytes": 100},
            r"the page is \d+ bytes; expected at most 100 bytes",
            id="small cap",
        ),
    ],
)
def test_refusals(site: _Site, path: str, options: dict[str, int], message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch(site.url(path), **options)  # type: ignore[arg-type]


def test_size_cap_is_enforced_while_streaming(site: _Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"the page is larger than 1\.0 MiB; expected a news article"):
        fetch(site.url("/endless"), max_bytes=1024 * 1024)
    assert time.monotonic() - started < 5
    time.sleep(0.2)  # let the server notice the hang-up
    assert site.sent < 8 * 1024 * 1024  # the client stopped reading long before the server ran out


def test_slow_server_times_out(site: _Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer from 127\.0\.0\.1 within 0\.3 seconds"):
        fetch(site.url("/slow"), timeout=0.3)
    assert time.monotonic() - started < 2


def test_dripping_server_hits_the_overall_deadline(site: _Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer from 127\.0\.0\.1 within 0\.5 seconds"):
        fetch(site.url("/drip"), timeout=0.5)
    assert time.monotonic() - started < 2


def test_closed_port_is_a_clear_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match=r"127\.0\.0\.1 refused the connection"):
        fetch(f"http://127.0.0.1:{port}/page.html", timeout=2, allow_private=True)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        pytest.param("ftp://127.0.0.1/a.txt", "only http and https addresses can be fetched", id="ftp"),
        pytest.param("file:///etc/passwd", "only http and https addresses can be fetched", id="file"),
        pytest.param("javascript:alert(1)", "only http and https addresses can be fetched", id="javascript"),
        pytest.param("data:text/html,<p>hi</p>", "only http and https addresses can be fetched", id="data"),
        pytest.param("/etc/passwd", "only http and https addresses can be fetched", id="a path"),
        pytest.param("http://", "the address has no host name", id="no host"),
        pytest.param("http://127.0.0.1:port/", "not a valid web address", id="bad port"),
        pytest.param("http://[::1/", "not a valid web address", id="broken brackets"),
    ],
)
def test_addresses_refused_before_any_request(
    url: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a refused address must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    with pytest.raises(FetchError, match=message):
        fetch(url)


def test_check_url_keeps_good_addresses() -> None:
    assert check_url(" https://inform.kz/ru/news/1 ") == "https://inform.kz/ru/news/1"
    assert check_url("HTTP://127.0.0.1:8080/a?b=c") == "HTTP://127.0.0.1:8080/a?b=c"


# --- compressed pages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/gzip-members"])
def test_a_compressed_page_is_decoded(site: _Site, path: str) -> None:
    fetched = fetch(site.url(path))
    assert fetched.data == PAGE.encode("utf-8")


def test_a_compression_bomb_is_refused_by_what_it_decodes_to(site: _Site) -> None:
    with pytest.raises(FetchError, match=r"the page is larger than 5\.0 MiB; expected a news article"):
        fetch(site.url("/bomb"))
    time.sleep(0.2)  # let the server notice the hang-up
    assert site.sent < 80 * len(bomb_member())  # it stopped reading long before the 5 GiB were sent


def test_an_encoding_we_cannot_decode_is_named(site: _Site) -> None:
    with pytest.raises(FetchError, match=r"compressed as 'br'; expected gzip, deflate or none"):
        fetch(site.url("/brotli"))


# --- the deadline covers the whole exchange -------------------------------------------------------------


def test_headers_dripping_a_byte_at_a_time_hit_the_deadline(site: _Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no answer from 127\.0\.0\.1 within 0\.5 seconds"):
        fetch(site.url("/drip-headers"), timeout=0.5)
    assert time.monotonic() - started < 3  # the drip goes on for a minute


# --- never turned inward -------------------------------------------------------------------------------------


INWARD = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8501/admin",
    "http://localhost/",
    "http://127.1/",
    "http://0x7f000001/",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0/",
    "http://0.0.0.0:8080/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "https://127.0.0.1/",
]


@pytest.mark.parametrize("url", INWARD)
def test_loopback_private_and_other_inner_addresses_are_refused(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an inner address must not be connected to")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    with pytest.raises(FetchError, match=r"is a [a-z-]+ address \(.*\); only public web servers are fetched"):
        fetch(url)


def test_a_local_server_is_refused_without_the_test_allowance() -> None:
    with local_site(allowed=False) as site:
        with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a loopback address"):
            fetch(site.url("/page.html"))
        assert site.requests == []  # nothing reached it
        assert fetch(site.url("/page.html"), allow_private=True).data == PAGE.encode("utf-8")


def _as_if_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 plays a public server; every other address keeps its real kind."""
    real = fetch_module.refused_kind
    monkeypatch.setattr(
        fetch_module, "refused_kind", lambda address: None if address == "127.0.0.1" else real(address)
    )
    monkeypatch.delenv(ALLOW_PRIVATE_ENV, raising=False)


@pytest.mark.parametrize(
    "target", ["127.0.0.2/", "127.1.2.3/", "[::1]/", "169.254.169.254/latest/", "10.1.1.1/"]
)
def test_a_redirect_inward_is_refused(site: _Site, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _as_if_public(monkeypatch)
    with pytest.raises(FetchError, match=r"redirects to http://.*: .* address .*only public web servers"):
        fetch(site.url(f"/to/{target}"))
    assert site.requests == [f"/to/{target}"]


def test_the_connection_goes_to_the_address_that_was_checked(
    site: _Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that resolves to a public address, then (rebinding) to an inner one, is connected to at the
    address checked: it is looked up once."""
    port = site.server_address[1]
    answers = iter([("127.0.0.1", port), ("10.9.9.9", port)])
    lookups: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host: str, *args: Any, **kwargs: Any) -> Any:
        if host != "news.example":
            return real(host, *args, **kwargs)
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", next(answers))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    _as_if_public(monkeypatch)
    assert fetch(f"http://news.example:{port}/page.html").data == PAGE.encode("utf-8")
    assert lookups == ["news.example"]
