"""The normaliser core: one form for every way people type the same characters.

:func:`fold` applies Unicode NFKC (full-width forms, ligatures, non-breaking spaces),
lower-cases, and maps

- every apostrophe-like mark (’ ʼ ‘ ` ´ ′ ʹ ＇) to ``'``;
- every dash and minus (‐ ‑ ‒ – — ― − ﹣ －) to ``-``;
- every wave dash and tilde-like sign (〜 ～ ∼ ⁓) to ``~``;
- Arabic-Indic, Persian and Devanagari digits to ASCII digits, the Arabic thousands
  separator and comma to ``,``, the Arabic decimal point to ``.`` and the Arabic per cent
  sign to ``%``.

Engines add their own steps on top (the figure engine reads the folded text as is; the
period engine also splits digits from letters and marks quarters and ordinals).

>>> fold("Über 3.000–4.000 Soldaten")
'über 3.000-4.000 soldaten'
>>> fold("٣٠٠ ٪")
'300 %'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["APOSTROPHES", "DASHES", "FOLD_TABLE", "TILDES", "fold"]

APOSTROPHES = "\u2019\u02bc\u2018`\u00b4\u2032\u02b9\uff07"
"""Characters read as the apostrophe ``'``."""

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
"""Characters read as the hyphen-minus ``-``."""

TILDES = "\u301c\uff5e\u223c\u2053"
"""Characters read as the tilde ``~``."""

_DIGIT_SETS = (
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",  # Arabic-Indic
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",  # Persian
    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f",  # Devanagari
)


def _fold_table() -> dict[int, str]:
    table = {ord(c): "'" for c in APOSTROPHES}
    table |= {ord(c): "-" for c in DASHES}
    table |= {ord(c): "~" for c in TILDES}
    for digits in _DIGIT_SETS:
        table |= {ord(c): str(k) for k, c in enumerate(digits)}
    # Arabic thousands separator, decimal separator, comma; Arabic per cent sign
    table |= {0x066C: ",", 0x066B: ".", 0x060C: ",", 0x066A: "%"}
    return table


_BEFORE_NFKC: dict[int, str] = {
    ord(c): "'" for c in APOSTROPHES if unicodedata.normalize("NFKC", c) not in (c, "'")}
"""The apostrophes NFKC would take apart before :data:`FOLD_TABLE` sees them: the acute accent
"´" becomes a space and a combining accent (Turkish "2016´da", the year with its case suffix, was
cut in two), so they are read as the apostrophe first."""

FOLD_TABLE: dict[int, str] = _fold_table()
"""The :meth:`str.translate` table applied by :func:`fold` after NFKC."""
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FOLD_TABLE)) + "]")
"""Any character :data:`FOLD_TABLE` changes (most texts hold none)."""


def fold(text: str) -> str:
    """Return *text* in NFKC, lower case, with one apostrophe, dash, tilde and digit set.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The folded text; its length may differ from *text* (NFKC expands some
        characters, such as ligatures and the ellipsis).
    """
    if text.isascii():
        # NFKC leaves ASCII as it is; the one ASCII character the table changes is "`"
        return (text.replace("`", "'") if "`" in text else text).lower()
    if "\u00b4" in text:  # the only one of _BEFORE_NFKC
        text = text.translate(_BEFORE_NFKC)
    text = unicodedata.normalize("NFKC", text)
    if _FOLDED.search(text) is not None:  # a regex search costs a fifth of a translate
        text = text.translate(FOLD_TABLE)
    return text.lower()
