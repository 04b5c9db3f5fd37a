"""Pure text helpers shared by the engines: normalising, scripts, "each distinct value once".

Nothing here imports from the rest of :mod:`analysis`; the figure and period engines and
the publication-date resolver build on these three modules:

:mod:`analysis.text.normalise`
    :func:`~analysis.text.normalise.fold`: NFKC, lower case, one apostrophe, one dash,
    one tilde, ASCII digits.
:mod:`analysis.text.scripts`
    Which writing systems a text uses (Hangul, kana, Han, Cyrillic, Arabic, Devanagari,
    Latin), as character classes and a detector.
:mod:`analysis.text.vectorise`
    :func:`~analysis.text.vectorise.distinct` and
    :func:`~analysis.text.vectorise.map_distinct`: call a function once per distinct row
    of one or more columns and broadcast the results back.
"""
