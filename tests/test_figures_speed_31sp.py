"""31sp: the phrase cache's count held in a native field, and held to what the cache holds.

``engine._KEPT.size`` (a compiled class's ``int`` field, where a module global ``_cache_size``
was a look-up, a store and a boxed integer at each phrase read) must count the phrases the
cache holds, each (text, hint) once, whatever the order of ``parse_figure`` and
``explain_figure``, and go back to 0 with the cache.
"""

from __future__ import annotations

from figure_sets import case_phrases

from analysis.figures import clear_cache, engine, explain_figure, parse_figure


def _held() -> int:
    return sum(len(by_text) for by_text in engine._CACHE.values())


def test_the_count_is_what_the_cache_holds() -> None:
    phrases = sorted(case_phrases())[::11]
    assert len(phrases) > 200
    hints: list[object] = ["en", None, "", "fr", "ko", 7]
    clear_cache()
    assert engine._KEPT.size == 0 == _held()
    for k, text in enumerate(phrases):
        for hint in hints:
            if k % 3:
                parse_figure(text, hint)
            else:
                explain_figure(text, hint)
            assert engine._KEPT.size == _held(), (text, hint)
    for text in phrases[:50]:  # read again: counted once
        parse_figure(text, "en")
        explain_figure(text, None)
    assert engine._KEPT.size == _held() == len(
        {(t, h if isinstance(h, str) and h else None) for t in phrases for h in hints}
    )
    assert engine._KEPT.size > 0
    clear_cache()
    assert engine._KEPT.size == 0 == _held()
