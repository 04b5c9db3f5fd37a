"""Property and fuzz tests: the parsers and the build never raise and keep their invariants.

Strategies build figure phrases and period phrases from the language tables themselves
(:mod:`analysis.lang`: ``FIGURE_TABLES``, ``PERIOD_TABLES``) plus numbers, separators and
noise; URLs from schemes, hosts and paths with every awkward character; whole rows and
whole sheets from all of Unicode (control characters, quotes, delimiters, newlines).
Derandomized and modest, so the suite is reproducible and quick.
"""

from __future__ import annotations

import csv
import io
import math
import re
from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.claims.build import build_claims, read_claims
from analysis.core.errors import SheetError
from analysis.core.tables import escape_cell, read_csv_table, to_csv_text, unescape_cell
from analysis.figures import parse_figure, parse_figures
from analysis.lang import FIGURE_TABLES, PERIOD_TABLES
from analysis.ledger.dates import published_from_url
from analysis.ledger.sheets import SHEET_COLUMNS
from analysis.ledger.validation import normalize_date, validate_rows
from analysis.periods import parse_period, parse_periods
from analysis.publish.provenance import safe_link

TODAY = date(2026, 11, 27)
SETTINGS = settings(max_examples=100, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
BUILD_SETTINGS = settings(SETTINGS, max_examples=30)


def _strings(value: object) -> set[str]:
    """Every word in a language table (nested dicts, lists, ``a=1|b=2`` strings)."""
    if isinstance(value, str):
        return {w.strip() for part in value.split("|") for w in part.split("=")
                if w.strip() and not w.strip().isdigit()}
    if isinstance(value, dict):
        return set().union(*(_strings(v) | _strings(k) for k, v in value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        return set().union(set(), *(_strings(v) for v in value))
    return set()


FIGURE_WORDS = sorted(set().union(*(_strings(t) for t in FIGURE_TABLES.values())))
PERIOD_WORDS = sorted(set().union(*(_strings(t) for t in PERIOD_TABLES.values())))
FIGURE_LANGS = st.sampled_from([None, "", "xx", *sorted(FIGURE_TABLES)])
PERIOD_LANGS = st.sampled_from([None, "", "xx", *sorted(PERIOD_TABLES)])
NOISE = st.text(alphabet=st.characters(codec="utf-8"), max_size=4)


@st.composite
def numbers(draw) -> str:
    """A number as people type it: separators, decimals, signs, other digits."""
    value = draw(st.integers(min_value=0, max_value=10**12))
    sep = draw(st.sampled_from(["", ",", ".", " ", "\u00a0", "'", "\u202f", "_"]))
    digits = f"{value:,}".replace(",", sep)
    if draw(st.booleans()):
        digits += draw(st.sampled_from([".5", ",5", "k", "K", "m", "%", "+", "000", "e3"]))
    if draw(st.booleans()):
        digits = draw(st.sampled_from(["-", "~", "≈", "<", ">", "+", "±", ""])) + digits
    if draw(st.integers(0, 9)) == 0:
        digits = digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return digits


FIGURE_PHRASES = st.lists(
    st.one_of(st.sampled_from(FIGURE_WORDS), numbers(), NOISE,
              st.sampled_from(["-", "–", "to", "or", "and", "(", ")", "/", "~", "…"])),
    max_size=8).map(lambda parts: " ".join(parts))

YEARS = st.integers(min_value=1, max_value=9999).map(str)
PERIOD_PHRASES = st.lists(
    st.one_of(st.sampled_from(PERIOD_WORDS), YEARS, numbers(), NOISE,
              st.sampled_from(["-", "–", "/", ".", ",", "since", "until", "between"])),
    max_size=8).map(lambda parts: " ".join(parts))
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                      st.sampled_from(["", "2025-02-30", "not a date", "2024-12-19"]))


def ordered(*values: float) -> bool:
    present = [v for v in values if not math.isnan(v)]
    return present == sorted(present)


@SETTINGS
@given(FIGURE_PHRASES, FIGURE_LANGS)
def test_any_figure_phrase_parses_and_low_best_high_are_ordered(text, lang):
    figure = parse_figure(text, lang)
    assert ordered(figure.low, figure.best, figure.high), (text, figure)


@SETTINGS
@given(st.lists(st.one_of(FIGURE_PHRASES, st.text(max_size=30)), max_size=8),
       st.lists(FIGURE_LANGS, max_size=8))
def test_figure_columns_parse_whole(texts, langs):
    langs = (langs + [None] * len(texts))[: len(texts)]
    table = parse_figures(pd.Series(texts, dtype=object), pd.Series(langs, dtype=object))
    assert len(table) == len(texts)
    for low, best, high in zip(table["low"], table["best"], table["high"], strict=True):
        assert ordered(low, best, high)


@SETTINGS
@given(PERIOD_PHRASES, PUBLISHED, PERIOD_LANGS)
def test_any_period_phrase_parses_and_start_is_not_after_end(text, published, lang):
    period = parse_period(text, published, lang)
    if period.start is not None and period.end is not None:
        assert period.start <= period.end, (text, published, period)


@SETTINGS
@given(st.lists(PERIOD_PHRASES, max_size=6), st.lists(PUBLISHED, max_size=6))
def test_period_columns_parse_whole(texts, published):
    published = (published + [None] * len(texts))[: len(texts)]
    published = [p.isoformat() if isinstance(p, date) and p.year >= 1000 else None
                 for p in published]
    table = parse_periods(pd.Series(texts, dtype=object), pd.Series(published, dtype=object),
                          None)
    assert len(table) == len(texts)
    both = table["start"].notna() & table["end"].notna()
    assert (table.loc[both, "start"] <= table.loc[both, "end"]).all()


HOSTS = st.one_of(st.sampled_from(["example.org", "www.bbc.com", "rbc.ru", "xn--80a.xn--p1ai",
                                   "localhost", "", "1.2.3.4", "a..b", "münchen.de"]),
                  st.text(max_size=12))
URLS = st.builds(
    lambda scheme, host, path: scheme + host + path,
    st.sampled_from(["https://", "http://", "HTTPS://", "", "//", "javascript:", "ftp://",
                     "data:text/html,", " https://", "mailto:", "JaVaScRiPt:"]),
    HOSTS,
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
)


def good_row(**cells: str) -> dict[str, object]:
    row = {"sheet": "f.csv", "line": 2, "id": "f1", "published": "2025-01-02",
           "outlet": "Outlet", "url": "https://example.org/a", "language": "en",
           "attributed_to": "Zelensky", "subject": "soldiers", "metric": "killed",
           "figure_text": "about 300", "period_text": "", "location_text": "", "note": ""}
    row.update(cells)
    return row


@SETTINGS
@given(URLS)
def test_any_url_is_cleaned_or_quarantined_and_only_http_links(url):
    valid, quarantined = validate_rows(pd.DataFrame([good_row(url=url)]), today=TODAY)
    assert len(valid) + len(quarantined) == 1
    if len(valid):
        kept = valid.iloc[0]["url"]
        assert re.match(r"^https?://", kept, re.I) and not re.search(r"\s", kept)
    else:
        assert "url" in quarantined.iloc[0]["column"].split(" | ")
    link = safe_link(url)
    if url.lower().startswith(("http://", "https://")):
        assert link.startswith('<a href="') and link.count("<") == 2
    else:
        assert "<" not in link and ">" not in link
    published_from_url(url)  # never raises


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=25))
def test_any_date_cell_is_read_or_explained(value):
    iso, reason = normalize_date(value)
    assert (reason is None) or iso == value
    if reason is None and iso:
        assert date.fromisoformat(iso)


CELL = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(["", " ", "\u200b", "\x00", '"', "'", ",", ";", "\t", "\n", "\r", "\r\n",
                     "=1+1", "@x", "-1", "+1", "<script>", '""', "\ufeff", "\u2028", "\x85"]),
)
VALID = {"published": st.sampled_from(["2025-01-02", "19.12.2024", "", "2025-02-30"]),
         "url": st.one_of(URLS, st.just("https://example.org/x")),
         "language": st.sampled_from(["en", "EN", "de", "xx", ""]),
         "metric": st.sampled_from(["killed", "wounded", "deployed", "dead", ""]),
         "figure_text": st.one_of(FIGURE_PHRASES, CELL),
         "period_text": st.one_of(PERIOD_PHRASES, CELL)}


@st.composite
def rows(draw) -> dict[str, str]:
    row = {}
    for column in SHEET_COLUMNS:
        choices = [CELL] + ([VALID[column]] if column in VALID else [])
        row[column] = draw(st.one_of(*choices))
    if draw(st.booleans()):
        row["id"] = draw(st.sampled_from(["r1", "r2", "r3", "dup"]))
    return row


@st.composite
def sheets(draw) -> tuple[bytes, list[dict[str, str]]]:
    records = draw(st.lists(rows(), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    buffer = io.StringIO()
    # as spreadsheets do, a cell holding a line break is quoted: with "\n" rows Python's
    # csv would leave a lone "\r" unquoted, so quote every cell there
    quoting = csv.QUOTE_MINIMAL if newline == "\r\n" else csv.QUOTE_ALL
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerow(SHEET_COLUMNS)
    for record in records:
        writer.writerow([record[c] for c in SHEET_COLUMNS])
    return buffer.getvalue().encode(encoding), records


SHEET_LEVEL = ("the file is empty", "required column missing", "cannot be decoded",
               "never closed", "column appears twice", "over the limit")


@BUILD_SETTINGS
@given(sheets())
def test_the_build_never_raises_on_random_rows_and_always_reconciles(tmp_path_factory, sheet):
    data, records = sheet
    base = tmp_path_factory.mktemp("fuzz")
    raw = base / "raw"
    raw.mkdir()
    (raw / "fuzz.csv").write_bytes(data)
    overrides = base / "overrides.csv"
    overrides.write_text("action,ids,note\n", encoding="utf-8")
    try:
        summary = build_claims(raw, base / "out", overrides, today=TODAY)
    except SheetError as exc:  # only for a reason that concerns the whole sheet
        assert any(words in exc.message for words in SHEET_LEVEL), exc
        return
    claims = read_claims(base / "out" / "claims.csv")
    quarantined = read_csv_table(base / "out" / "quarantine.csv", integers=("line",))
    blank = sum(all(not v.strip() for v in r.values()) for r in records)
    assert summary.total_in == len(records) - blank == len(claims) + len(quarantined)
    assert summary.blank_lines == blank
    for low, best, high in zip(claims["low"], claims["best"], claims["high"], strict=True):
        assert ordered(low, best, high)
    starts = claims["period_start"].replace("", None).dropna()
    ends = claims.loc[starts.index, "period_end"].replace("", None)
    assert all(s <= e for s, e in zip(starts, ends, strict=True) if e)


@SETTINGS
@given(st.lists(st.one_of(st.text(alphabet=st.characters(codec="utf-8"), max_size=15),
                          st.text(alphabet="'=+-@\t\r\n\"a ,", max_size=6)),
                min_size=1, max_size=6))
def test_processed_csv_cells_never_start_a_formula_and_read_back_exactly(texts):
    table = pd.DataFrame({"id": [f"r{i}" for i in range(len(texts))], "text": texts})
    text = to_csv_text(table)
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert back["id"].tolist() == table["id"].tolist()  # no cell ever splits its row
    for cell in back["text"]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert [unescape_cell(c) for c in back["text"]] == texts
    assert [escape_cell(t) for t in texts] == back["text"].tolist()
