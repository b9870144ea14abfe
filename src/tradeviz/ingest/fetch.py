"""A web address -> the page's bytes, refusing anything that is not a modest text or HTML page.

An analyst pastes links, but a link can point anywhere: a PDF, a video, a server that never answers, an
endless stream, a redirect loop, a local file. Each refusal is a `FetchError` that says which it was.
Redirects are followed by hand, so that every hop is counted and checked like the first address.

Nor can a link be turned inward: whoever can open the dashboard can paste any address, and the server
fetches it. Every hop's host is resolved here and each of its addresses checked; loopback, private,
link-local (cloud metadata at 169.254.169.254), multicast, reserved and other non-public addresses are
refused, and the connection goes to the very address that was checked (no second lookup to rebind).
Proxies from the environment are not used: a proxy would look the name up itself. One deadline covers the
whole exchange (a server dripping its headers a byte at a time included), and a compressed page is decoded
with the size cap applied to what it decodes to.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.message
import functools
import http.client
import ipaddress
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from typing import Any

from tradeviz.errors import TradevizError

TIMEOUT = 15.0
"""Seconds to wait for the server: for each network step, and in all for the body."""

MAX_BYTES = 5 * 1024 * 1024
"""Largest page fetched: a long news page is a few hundred kilobytes; more is not an article."""

MAX_REDIRECTS = 5
"""Redirects followed; news sites use one or two (http -> https, short link -> page)."""

SCHEMES = ("http", "https")
CONTENT_TYPES = ("text/html", "text/plain")
REDIRECT_CODES = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024

ALLOW_PRIVATE_ENV = "TRADEVIZ_FETCH_ALLOW_PRIVATE"
"""Set to 1 to let the fetcher reach loopback and private addresses. For tests against a server they run on
127.0.0.1 only: never set it where others can reach the dashboard."""

REFUSED_ADDRESSES: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("loopback", lambda ip: ip.is_loopback),
    ("unspecified", lambda ip: ip.is_unspecified),
    ("link-local", lambda ip: ip.is_link_local),
    ("multicast", lambda ip: ip.is_multicast),
    ("private", lambda ip: ip.is_private),
    ("reserved", lambda ip: ip.is_reserved),
    ("non-public", lambda ip: not ip.is_global),
)
"""Kinds of address never fetched from, in the order they are named (the first that applies)."""

ENCODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
"""Content-Encoding values decoded, with zlib's window bits for each; others are refused."""

USER_AGENT = "tradeviz/0.1 (article reader; +https://pypi.org/project/tradeviz/)"
"""Some sites refuse Python's default agent; say honestly what is asking."""


class FetchError(TradevizError):
    """A page could not (or would not) be fetched; the message says why, for the user."""


@dataclasses.dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: where it was asked for, where it ended up, what it says it is, and its bytes."""

    url: str
    final_url: str
    content_type: str
    data: bytes
    charset: str | None = None


def _size(size: int) -> str:
    """Human size for messages.

    >>> _size(5 * 1024 * 1024), _size(2048), _size(100)
    ('5.0 MiB', '2 KiB', '100 bytes')
    """
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MiB"
    return f"{size // 1024} KiB" if size >= 1024 else f"{size} bytes"


def check_url(url: str) -> str:
    """The address, stripped, if it is an http(s) address with a host; FetchError otherwise.

    >>> check_url(" https://example.org/a ")
    'https://example.org/a'
    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    tradeviz.ingest.fetch.FetchError: file:///etc/passwd: only http and https addresses can be fetched
    """
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError for a port that is not a number
    except ValueError:
        raise FetchError(f"{url}: not a valid web address") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"{url}: only http and https addresses can be fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: the address has no host name")
    return url


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back to `fetch` instead of following it."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def refused_kind(address: str) -> str | None:
    """Which of REFUSED_ADDRESSES an IP address is (an IPv4 address inside IPv6 judged as itself), None
    for a public one.

    >>> [refused_kind(a) for a in ("127.0.0.1", "10.1.2.3", "169.254.169.254", "::ffff:127.0.0.1", "1.1.1.1")]
    ['loopback', 'private', 'link-local', 'loopback', None]
    """
    ip: Any = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return next((kind for kind, applies in REFUSED_ADDRESSES if applies(ip)), None)


class _Guard:
    """Connections of one fetch: each to an address checked after resolution, all cut at the deadline."""

    def __init__(self, allow_private: bool, deadline: float) -> None:
        self.allow_private = allow_private
        self.deadline = deadline
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def connect(
        self, address: tuple[str, int], timeout: Any = None, source_address: Any = None
    ) -> socket.socket:
        """`socket.create_connection` for http.client, to a checked address only."""
        host, port = address
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except UnicodeError:
            raise socket.gaierror(f"{host} is not a valid host name") from None
        for _family, _type, _proto, _name, where in found:
            kind = refused_kind(str(where[0]))
            if kind is not None and not self.allow_private:
                raise FetchError(
                    f"{host} is a {kind} address ({where[0]}); only public web servers are fetched"
                )
        error: OSError = OSError(f"no address for {host}")
        for family, kind_of_socket, proto, _name, where in found:
            connection = socket.socket(family, kind_of_socket, proto)
            try:
                connection.settimeout(self._left(timeout))
                if source_address:
                    connection.bind(source_address)
                connection.connect(where)  # the address checked: no second lookup that could differ
            except OSError as failed:
                connection.close()
                error = failed
                continue
            with self._lock:
                self._sockets.append(connection.dup())  # TLS takes the socket over; a copy can still cut it
                if self.expired:
                    self._cut()
            return connection
        raise error

    def _left(self, timeout: Any) -> float:
        left = max(0.001, self.deadline - time.monotonic())
        return min(left, timeout) if isinstance(timeout, int | float) else left

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._cut()

    def _cut(self) -> None:
        for connection in self._sockets:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)  # a read blocked on it returns at once

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for connection in self._sockets:
                connection.close()
            self._sockets.clear()


class _Connection(http.client.HTTPConnection):
    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect


class _TLSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.connect


class _Handler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_Connection, guard=self.guard), req)


class _TLSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            functools.partial(_TLSConnection, guard=self.guard),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


def _opener(guard: _Guard) -> urllib.request.OpenerDirector:
    """No proxies (a proxy would resolve the host itself), connections through `guard`, no redirects."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _Handler(guard), _TLSHandler(guard), _NoRedirects()
    )


def _media_type(headers: email.message.Message) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) from a Content-Type header."""
    return headers.get_content_type() if headers.get("Content-Type") else "", headers.get_content_charset()


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int, guard: _Guard) -> bytes:
    """The body, decoded (gzip, deflate), read in chunks and abandoned as soon as what it decodes to passes
    ``max_bytes`` or the deadline passes."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: the page is {_size(int(length))}; expected at most {_size(max_bytes)}")
    encoding = response.headers.get("Content-Encoding", "")
    decoder = _decoder(encoding, url)
    body = bytearray()

    def add(data: bytes) -> None:
        nonlocal decoder
        while data:
            if decoder is None:
                body.extend(data)
                data = b""
            else:  # never more than the cap at once: a small bomb must not fill the memory
                body.extend(decoder.decompress(data, max_bytes + 1 - len(body)))
                data = decoder.unconsumed_tail
                if decoder.eof and decoder.unused_data:  # gzip allows several members, one after another
                    data, decoder = decoder.unused_data, _decoder(encoding, url)
            if len(body) > max_bytes:
                raise FetchError(
                    f"{url}: the page is larger than {_size(max_bytes)}; expected a news article"
                )

    try:
        while chunk := response.read1(CHUNK):  # what has arrived, so the deadline is checked as it comes
            if guard.expired or time.monotonic() > guard.deadline:
                raise TimeoutError
            add(chunk)
        if decoder is not None:
            add(decoder.flush())
    except zlib.error:
        raise FetchError(f"{url}: the page's compressed data is damaged; expected a page") from None
    if guard.expired:  # cut at the deadline: what arrived is not the whole page
        raise TimeoutError
    return bytes(body)


def _decoder(encoding: str, url: str) -> Any:
    """A zlib decompressor for the Content-Encoding, None for none; FetchError for an encoding we lack."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding not in ENCODINGS:
        raise FetchError(f"{url}: the page is compressed as {encoding!r}; expected gzip, deflate or none")
    return zlib.decompressobj(ENCODINGS[encoding])


def _open(opener: urllib.request.OpenerDirector, url: str, timeout: float) -> http.client.HTTPResponse:
    """The server's answer to one request; a redirect comes back as an HTTPError with its code."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html, text/plain;q=0.9",
            "Accept-Encoding": "identity",
        },
    )
    return opener.open(request, timeout=timeout)


def _redirect_target(error: urllib.error.HTTPError, url: str) -> str | None:
    """Where a redirect points (absolute), None when the answer is not a redirect."""
    location = error.headers.get("Location") if error.code in REDIRECT_CODES else None
    return urllib.parse.urljoin(url, location.strip()) if location else None


def _network_error(url: str, error: BaseException, timeout: float) -> FetchError:
    """A user's message for a failure of the network or the server."""
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    host = urllib.parse.urlsplit(url).hostname or url
    if isinstance(reason, TimeoutError):
        return FetchError(f"{url}: no answer from {host} within {timeout:g} seconds")
    if isinstance(reason, socket.gaierror):
        return FetchError(f"{url}: cannot find the server {host}")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(f"{url}: {host} refused the connection")
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return FetchError(f"{url}: cannot fetch the page ({detail})")


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    allow_private: bool | None = None,
) -> Fetched:
    """The page at ``url`` (http or https, text/html or text/plain, at most ``max_bytes``), within
    ``timeout`` seconds in all, from a public address only: ``allow_private`` (default: the environment
    variable ALLOW_PRIVATE_ENV set to 1) is for tests against a local server."""
    if allow_private is None:
        allow_private = os.environ.get(ALLOW_PRIVATE_ENV) == "1"
    asked = current = check_url(url)
    guard = _Guard(allow_private, time.monotonic() + timeout)
    opener = _opener(guard)
    try:
        redirects = 0
        while True:
            try:
                with _open(opener, current, timeout) as response:
                    media_type, charset = _media_type(response.headers)
                    if media_type not in CONTENT_TYPES:
                        shown = media_type or "no content type"
                        raise FetchError(f"{current}: the page is {shown}; expected text/html or text/plain")
                    data = _read_capped(response, current, max_bytes, guard)
                    return Fetched(asked, response.geturl() or current, media_type, data, charset)
            except urllib.error.HTTPError as error:
                error.close()
                target = _redirect_target(error, current)
                if target is None:
                    raise FetchError(f"{current}: the server answered {error.code} {error.reason}") from None
                redirects += 1
                if redirects > max_redirects:
                    plural = "" if max_redirects == 1 else "s"
                    raise FetchError(
                        f"{asked}: more than {max_redirects} redirect{plural}; expected a page"
                    ) from None
                try:
                    current = check_url(target)
                except FetchError as refusal:
                    raise FetchError(f"{asked} redirects to {refusal}") from None
                if time.monotonic() > guard.deadline:
                    raise _network_error(asked, TimeoutError(), timeout) from None
            except FetchError as refusal:
                if current != asked and not str(refusal).startswith(asked):
                    raise FetchError(f"{asked} redirects to {current}: {refusal}") from None
                raise
            except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
                reason = TimeoutError() if guard.expired else error  # cut at the deadline
                raise _network_error(current, reason, timeout) from None
    finally:
        guard.close()
