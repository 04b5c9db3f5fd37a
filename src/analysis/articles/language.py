"""The language of an article: by script, then by the common words each language lists."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from analysis.core.errors import ArticleError
from analysis.lang import ARTICLE_TABLES, FIGURE_TABLES, LETTERS, SCRIPTS
from analysis.text.scripts import CHARACTERS

__all__ = ["guess_language"]

_WORD = re.compile(r"[^\W\d_]+")
_RUNS = {script: re.compile(f"[{chars}]+") for script, chars in CHARACTERS.items()}


@lru_cache(maxsize=1)
def _votes() -> dict[str, set[str]]:
    votes: dict[str, set[str]] = {}
    for code in ARTICLE_TABLES:
        words = set(FIGURE_TABLES.get(code, {}).get("stop", []))
        words |= {w for w in ARTICLE_TABLES[code].get("attribution", []) if w.isalpha()}
        words |= {w for w in ARTICLE_TABLES[code].get("determiners", []) if w.isalpha()}
        votes[code] = words
    return votes


def guess_language(text: str) -> str:
    """Guess the language of an article among those with article words.

    The script counted over the text names Korean (Hangul), Japanese (kana) and the
    Cyrillic languages (Ukrainian by its own letters); Latin-script text goes to the
    language whose common words it uses most.

    Raises
    ------
    ArticleError
        When the text is in a script none of the article languages write.
    """
    sample = text[:20000]
    # (letters counted in runs: one match per word, not per letter)
    counts = {script: sum(map(len, _RUNS[script].findall(sample)))
              for script in ("hangul", "kana", "han", "cyrillic", "latin")}
    script = max(counts, key=lambda s: counts[s])
    if counts["kana"] > 0 and script in ("han", "kana"):
        script = "kana"
    candidates = [c for c in ARTICLE_TABLES if script in SCRIPTS[c]]
    if not candidates or counts[script] == 0:
        raise ArticleError("cannot tell the article's language: give lang "
                           f"(one of {', '.join(sorted(ARTICLE_TABLES))})", column="lang")
    if len(candidates) == 1:
        return candidates[0]
    low = sample.lower()
    for code in candidates:
        if LETTERS.get(code) and sum(low.count(ch) for ch in LETTERS[code]) >= 3:
            return code
    words = Counter(_WORD.findall(low))
    votes = _votes()
    score = {c: sum(n for w, n in words.items() if w in votes[c]) for c in candidates}
    return max(candidates, key=lambda c: (score[c], -candidates.index(c)))
