"""An article's text from what a journalist has: plain text, an HTML page, a file or a URL.

HTML is reduced to its main text by ``trafilatura`` (navigation, footers and comments
left out); a URL is fetched when the network is there, and offline the error asks for the
file. Empty, binary or oversized input is an :class:`~analysis.core.errors.ArticleError`
naming the file, never a traceback.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

from analysis.core.errors import ArticleError

__all__ = ["MAX_CHARS", "fetch_url", "is_url", "read_article", "text_of"]

MAX_CHARS = 2_000_000
"""The longest article read (about 300,000 words): anything longer is not one article."""

_HTML = re.compile(r"<\s*(html|body|p|div|article|head)\b", re.IGNORECASE)
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def is_url(value: str) -> bool:
    """Return whether ``value`` is an http(s) URL."""
    return bool(_URL.match(value.strip()))


def _decode(data: bytes, where: str | None) -> str:
    if b"\x00" in data[:4096]:
        raise ArticleError("this is a binary file, not an article: give its text or HTML",
                           file=where)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError("the file is neither UTF-8 nor Windows-1252 text", file=where)


def text_of(raw: str | bytes, where: str | None = None) -> str:
    """Return the article text of a string or bytes: HTML reduced to its main text.

    Parameters
    ----------
    raw : str or bytes
        Plain text or an HTML page.
    where : str, optional
        The file or URL, for error messages.

    Returns
    -------
    str
        The article's text.

    Raises
    ------
    ArticleError
        When the input is empty, binary, larger than :data:`MAX_CHARS`, or an HTML page
        without readable text.
    """
    text = _decode(raw, where) if isinstance(raw, bytes) else raw
    if not isinstance(text, str):
        raise ArticleError(f"an article must be text, not {type(text).__name__}", file=where)
    if len(text) > MAX_CHARS:
        raise ArticleError(f"{len(text):,} characters is more than one article "
                           f"(at most {MAX_CHARS:,})", file=where)
    if "\x00" in text:
        raise ArticleError("this is binary data, not an article", file=where)
    if _HTML.search(text[:5000]):
        import trafilatura  # imported here: plain text never needs it

        main = trafilatura.extract(text, favor_recall=True, include_comments=False,
                                   include_tables=False)
        if not main or not main.strip():
            raise ArticleError("no article text found in this HTML page", file=where)
        text = main
    if not text.strip():
        raise ArticleError("the article is empty", file=where)
    return text


def fetch_url(url: str, timeout: float = 20.0) -> str:
    """Fetch a page and return its article text.

    Raises
    ------
    ArticleError
        When the page cannot be fetched (offline, refused, not found): the message asks
        for the page saved as a file.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "claims-desk article check"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data = response.read(MAX_CHARS * 4 + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ArticleError(f"cannot fetch {url} ({reason}); save the page and give its file "
                           "instead") from None
    return text_of(data, where=url)


def read_article(source: str | Path) -> tuple[str, str | None]:
    """Read an article from a file, a URL or ``-`` (standard input).

    Parameters
    ----------
    source : str or Path
        A path to a text or HTML file, an http(s) URL, or ``"-"``.

    Returns
    -------
    tuple of (str, str or None)
        The article text and its URL (``None`` for a file).

    Raises
    ------
    ArticleError
        When the file is missing, empty, binary or too large, or the URL cannot be fetched.
    """
    if isinstance(source, str) and is_url(source):
        return fetch_url(source.strip()), source.strip()
    if str(source) == "-":
        import sys

        return text_of(sys.stdin.buffer.read(MAX_CHARS * 4 + 1), where="<stdin>"), None
    path = Path(source)
    if not path.is_file():
        raise ArticleError("no such file (give a text or HTML file, a URL, or - for stdin)",
                           file=str(source))
    if path.stat().st_size > MAX_CHARS * 4:
        raise ArticleError(f"{path.stat().st_size:,} bytes is more than one article",
                           file=str(source))
    return text_of(path.read_bytes(), where=str(source)), None
