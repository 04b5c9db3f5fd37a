"""Read reported figures ("more than 3,000", "약 1만 2천 명") as low / best / high.

This package implements the codebook v1 published in ``docs/codebook.md`` (section
"Figures"). One engine reads every language; the words of each language live in
:mod:`analysis.lang` (one module per language), and the engine has no branch for any
of them. It is pure: it imports only :mod:`analysis.lang`, :mod:`analysis.text`, the
standard library, numpy and pandas.

The engine, in order (one module per step):

1. :mod:`~.normalise`: normalise the text (NFKC, lower case, one apostrophe, one
   dash, ASCII digits) and apply the language's rewrites (French 70-99, "half a
   million"); read digit groups (rule 9);
2. :mod:`~.language` chooses the table (:mod:`~.lexicon`, the tables compiled);
   :mod:`~.units` cuts the text into tokens (digit groups, words, single
   Han/Hangul/kana characters, symbols) and joins them into the longest phrases of
   the table; each unit carries categories (:mod:`~.cats`);
3. :mod:`~.quantities`: read quantities, runs of numerals, number words and
   multipliers ("4천700", "four-thousand-100", "une dizaine de milliers", "hundreds
   of") (rules 7, 8, 10, 11);
4. :mod:`~.context`: drop numbers that are not the figure: dates, years, ordinals,
   durations, breakdowns after "including" (rule 12);
5. :mod:`~.decide`: one quantity, a range of two (:mod:`~.ranges`, rule 6), or
   unparsed (:mod:`~.reject`: several quantities, fractions, rates, unit sizes,
   nothing to read; rule 13, reasons in :class:`Reason`);
6. :mod:`~.qualify`: the qualifier nearest to the quantity (before or after it) and
   the relation (``additional`` when "another", "ще", "추가" ... is written)
   (rules 1-5).

:mod:`~.engine` runs the steps with a phrase cache and a template path (:mod:`~.column`
reads a column through it); a phrase of the common shape ("more than 3,000 troops") is read
directly by :mod:`~.fast` when the steps above would read it the same way. Every step is
linear in the text. The public functions are :func:`parse_figure`, :func:`parse_figures` and
:func:`explain_figure` (the reason a phrase is unparsed).

``make setup`` compiles the step modules with mypyc into ``build/compiled/``; they are used
when that build matches these sources (:mod:`~.compiled`; :data:`COMPILED` says so), and
the Python modules otherwise or with ``ANALYSIS_PURE_PYTHON=1``: both read alike.
"""

from __future__ import annotations

import sys

from analysis.figures import compiled as _compiled

# The compiled build (tools/compile_engine.py, run by `make setup`) comes first on the
# package's path when it was built from these very sources; otherwise the Python modules
# are used (and always with ANALYSIS_PURE_PYTHON set). See analysis.figures.compiled.
_FOLDER = _compiled.compiled_folder()
if _FOLDER is not None:
    __path__.insert(0, str(_FOLDER))
    try:
        import analysis.figures.engine  # noqa: F401
    except ImportError:  # a build that does not load here: the Python engine, silently
        __path__.remove(str(_FOLDER))
        for _name in [name for name in sys.modules if name.startswith(__name__ + ".")]:
            if str(getattr(sys.modules[_name], "__file__", "")).startswith(str(_FOLDER)):
                del sys.modules[_name]
        _FOLDER = None

from analysis.figures.column import parse_figures  # noqa: E402
from analysis.figures.engine import (  # noqa: E402
    clear_cache,
    explain_figure,
    parse_figure,
)
from analysis.figures.model import (  # noqa: E402
    QUALIFIERS,
    RELATIONS,
    STATUSES,
    UNITS,
    UNPARSED,
    Figure,
    Reason,
)

COMPILED: bool = _FOLDER is not None and str(sys.modules[__name__ + ".engine"].__file__).startswith(
    str(_FOLDER)
)
"""Whether the engine runs compiled (mypyc) rather than from the Python sources."""

__all__ = [
    "COMPILED",
    "QUALIFIERS",
    "RELATIONS",
    "STATUSES",
    "UNITS",
    "UNPARSED",
    "Figure",
    "Reason",
    "clear_cache",
    "explain_figure",
    "parse_figure",
    "parse_figures",
]
