"""A web address -> the page's bytes, refusing anything that is not a modest text or HTML page.

An analyst pastes links, but a link can point anywhere: a PDF, a video, a server that never answers, an
endless stream, a redirect loop, a local file. Each refusal is a `FetchError` that says which it was.
Redirects are followed by hand, so that every hop is counted and checked like the first address.
"""

from __future__ import annotations

import dataclasses
import email.message
import http.client
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

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


def _opener() -> urllib.request.OpenerDirector:
    # Built per call: proxy settings from the environment are read when the opener is made.
    return urllib.request.build_opener(_NoRedirects())


def _media_type(headers: email.message.Message) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) from a Content-Type header."""
    return headers.get_content_type() if headers.get("Content-Type") else "", headers.get_content_charset()


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    """The body, read in chunks and abandoned as soon as it passes ``max_bytes`` or the deadline."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: the page is {_size(int(length))}; expected at most {_size(max_bytes)}")
    chunks: list[bytes] = []
    received = 0
    while chunk := response.read1(CHUNK):  # what has arrived, so the deadline is checked as it comes
        received += len(chunk)
        if received > max_bytes:
            raise FetchError(f"{url}: the page is larger than {_size(max_bytes)}; expected a news article")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


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
) -> Fetched:
    """The page at ``url`` (http or https, text/html or text/plain, at most ``max_bytes``)."""
    asked = current = check_url(url)
    opener = _opener()
    deadline = time.monotonic() + timeout
    redirects = 0
    while True:
        try:
            with _open(opener, current, timeout) as response:
                media_type, charset = _media_type(response.headers)
                if media_type not in CONTENT_TYPES:
                    shown = media_type or "no content type"
                    raise FetchError(f"{current}: the page is {shown}; expected text/html or text/plain")
                data = _read_capped(response, current, max_bytes, deadline)
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
            if time.monotonic() > deadline:
                raise _network_error(asked, TimeoutError(), timeout) from None
        except FetchError:
            raise
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
            raise _network_error(current, error, timeout) from None
