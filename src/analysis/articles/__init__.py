"""Any article → the figures of the story it reports, who it says they come from, checked.

``articles`` reads an article's own text (codebook section "Articles"):

* :mod:`~.source` — plain text, an HTML page (main text by ``trafilatura``), a file or a
  URL; bad input is an :class:`~analysis.core.errors.ArticleError`;
* :mod:`~.language`, :mod:`~.cues` — the language and its cue words
  (``ARTICLES`` in each :mod:`analysis.lang` module);
* :mod:`~.reader` — :func:`extract_figures`: candidate numbers → metric, subject and
  claimant from the cue words → the figure engine;
* :mod:`~.claimants` — attribution: names, relays, joint claims;
* :mod:`~.check` — :func:`check_article`: each figure matched to a claim group, flagged,
  and the figures not in the ledger as proposed ledger rows.
"""

from __future__ import annotations

from analysis.articles.check import (
    FLAGS,
    article_table,
    check_article,
    headline,
    proposed_rows,
)
from analysis.articles.reader import COLUMNS, extract_figures
from analysis.articles.source import read_article, text_of

__all__ = [
    "COLUMNS",
    "FLAGS",
    "article_table",
    "check_article",
    "extract_figures",
    "headline",
    "proposed_rows",
    "read_article",
    "text_of",
]
