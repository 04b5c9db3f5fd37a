"""Full-width digits and letters read as ASCII, the rows written back as the text has them.

Japanese (and some Korean) newspapers write numbers and acronyms in full-width forms:
"少なくとも２人", "１９６８年", "ＮＩＳ". The figure engine reads them, but the reader's own
cues — a year before a number, an age, a claimant's acronym — are written in ASCII. The reader
therefore reads a text with those forms folded to ASCII (:func:`fold`: one character for one,
so every offset holds) and writes back the text's own characters into the rows it returns
(:func:`restore`): ``figure_text``, ``sentence`` and ``period_text`` are the article's as written.

Only digits, Latin letters and the per-cent sign are folded; full-width punctuation
("，", "（", "～") keeps the meaning the language tables give it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["fold", "restore"]

_FOLDED = "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ" \
          "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％"
_TABLE = str.maketrans(_FOLDED, "".join(chr(ord(ch) - 0xFEE0) for ch in _FOLDED))
_ANY = re.compile(f"[{_FOLDED}]")


def fold(text: str) -> str:
    """Return ``text`` with full-width digits, Latin letters and "％" as ASCII, same length.

    Parameters
    ----------
    text : str
        The article's text.

    Returns
    -------
    str
        ``text`` itself when it holds none of them.
    """
    return text.translate(_TABLE) if _ANY.search(text) else text


def restore(rows: list[dict], text: str, folded: str,
            sentences: list[tuple[int, int]]) -> list[dict]:
    """Write the article's own characters back into rows read from its folded text.

    Parameters
    ----------
    rows : list of dict
        The reader's rows, read from ``folded`` (offsets ``start``, ``end`` into it).
    text, folded : str
        The article as written, and as :func:`fold` gave it (same length).
    sentences : list of (int, int)
        The sentence spans the rows were read in.

    Returns
    -------
    list of dict
        The same rows, with ``figure_text``, ``sentence`` and ``period_text`` from ``text``.
    """
    if folded is text:
        return rows
    starts = [s0 for s0, _ in sentences]
    as_written = {" ".join(folded[s0:s1].split()): " ".join(text[s0:s1].split())
                  for s0, s1 in sentences}
    for row in rows:
        row["figure_text"] = text[row["start"]:row["end"]]
        row["sentence"] = as_written.get(row["sentence"], row["sentence"])
        if row.get("period_text"):
            s0, s1 = sentences[max(0, bisect_right(starts, row["start"]) - 1)]
            at = folded.find(row["period_text"], s0, s1)
            if at >= 0:
                row["period_text"] = text[at:at + len(row["period_text"])]
    return rows
