"""Publication dates of ledger rows: from the page, else from the article's URL.

A row's ``published`` value is what the page showed; when it is empty, a date written in
the URL (``/2024/12/19/``, ``20241219`` ...) stands in for it, and a page date that the URL
contradicts is kept with a message for the review queue.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.periods import to_date
from analysis.text.vectorise import map_distinct

__all__ = ["published_from_url", "resolve_published", "resolve_published_frame"]


# ---------------------------------------------------------------- dates from URLs

_URL_PATTERNS = [
    # /2024/12/19/, /2024-12-19/, 2024_12_19, /2024/10-23-slug, ?dags=2024-12-28
    ("ymd", re.compile(r"(?<![0-9A-Za-z])(20\d\d)[-/_.](\d{1,2})[-/_.](\d{1,2})(?![0-9])")),
    # /19-12-2024, 19.12.2024
    ("dmy", re.compile(r"(?<![0-9A-Za-z])(\d{1,2})[-_.](\d{1,2})[-_.](20\d\d)(?![0-9])")),
    # 20241219, also 20241220050016 (date then a valid HHMM) as in news ids
    ("ymd8", re.compile(r"(?<![0-9A-Za-z])(20\d\d)(\d\d)(\d\d)(\d*)(?![0-9A-Za-z])")),
    # -07082025- (ddmmyyyy)
    ("dmy8", re.compile(r"(?<![0-9A-Za-z])(\d\d)(\d\d)(20\d\d)(?![0-9A-Za-z])")),
]
_URL_MONTH = re.compile(r"(?<![0-9A-Za-z])(20\d\d)/(\d{1,2})(?=/|$)(?!/\d{1,2}(?![0-9]))")


def _valid(y: int, m: int, d: int) -> date | None:
    if not 2000 <= y <= 2099:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _url_dates(url: str) -> list[date]:
    found: list[date] = []
    for kind, rx in _URL_PATTERNS:
        for m in rx.finditer(url):
            g = m.groups()
            if kind == "ymd":
                d = _valid(int(g[0]), int(g[1]), int(g[2]))
            elif kind == "dmy":
                d = _valid(int(g[2]), int(g[1]), int(g[0]))
            elif kind == "ymd8":
                tail = g[3]
                if tail and not (len(tail) >= 4 and int(tail[:2]) <= 23 and int(tail[2:4]) <= 59):
                    continue
                d = _valid(int(g[0]), int(g[1]), int(g[2]))
            else:
                d = _valid(int(g[2]), int(g[1]), int(g[0]))
            if d is not None:
                found.append(d)
    return found


def _url_month(url: str) -> tuple[int, int] | None:
    for m in _URL_MONTH.finditer(url):
        y, mo = int(m.group(1)), int(m.group(2))
        if 2000 <= y <= 2099 and 1 <= mo <= 12:
            return y, mo
    return None


def published_from_url(url: str) -> date | None:
    """Publication date carried by a URL, if it carries a whole day.

    Recognised: ``/2024/12/19/``, ``/2024-12-19/``, ``/2024/10-23-slug``,
    ``?date=2024-12-19``, ``/19-12-2024``, ``20241219`` bounded by non-alphanumerics
    (also when followed by a valid HHMM.. time, as in ``ud=20241220050016``) and
    ``-07082025-`` (ddmmyyyy). Years must be 2000-2099 and the date must exist;
    a year and month alone (``/2024/12/``) is not a day and gives None.

    Parameters
    ----------
    url : str
        The article URL.

    Returns
    -------
    datetime.date or None
        The first date found in the order above, or None.
    """
    if not isinstance(url, str) or not url:
        return None
    found = _url_dates(url)
    return found[0] if found else None


def resolve_published(
    published: str | date | None, url: str | None
) -> tuple[date | None, str, str | None]:
    """Pick the publication date from the page or, failing that, the URL.

    Parameters
    ----------
    published : str or datetime.date or None
        The date recorded from the page (ISO string); empty means missing.
    url : str or None
        The article URL.

    Returns
    -------
    tuple of (datetime.date or None, str, str or None)
        The date; its source (``page``, ``url`` or ``none``); a message when the
        page date and the URL disagree (the page date is kept) or when the page
        date is not a date (it is then ignored), else None.
    """
    page = to_date(published)
    url = url if isinstance(url, str) else ""
    from_url = published_from_url(url)
    if page is not None:
        msg = None
        if from_url is not None and from_url != page:
            msg = f"page date {page.isoformat()} but URL says {from_url.isoformat()}"
        elif from_url is None:
            ym = _url_month(url)
            if ym is not None and ym != (page.year, page.month):
                msg = f"page date {page.isoformat()} but URL says {ym[0]:04d}-{ym[1]:02d}"
        return page, "page", msg
    bad = None
    if isinstance(published, str) and published.strip():
        bad = f"page date {published.strip()!r} is not a date"
    if from_url is not None:
        return from_url, "url", bad
    return None, "none", bad


def resolve_published_frame(
    df: pd.DataFrame, published: str = "published", url: str = "url"
) -> pd.DataFrame:
    """Vectorised :func:`resolve_published` over a table.

    Parameters
    ----------
    df : pandas.DataFrame
        Table with a publication-date column and a URL column.
    published, url : str
        Names of those columns.

    Returns
    -------
    pandas.DataFrame
        Same index; columns ``published`` (datetime64), ``published_source`` and
        ``published_conflict`` (message or None).
    """
    # each distinct (page date, URL) pair once; missing values arrive as None
    res = map_distinct(resolve_published, df[published], df[url])
    return pd.DataFrame(
        {
            "published": pd.to_datetime(pd.Series([r[0] for r in res], dtype=object)).to_numpy(),
            "published_source": pd.Series([r[1] for r in res], dtype=object, index=df.index),
            "published_conflict": pd.Series([r[2] for r in res], dtype=object, index=df.index),
        },
        index=df.index,
    )
