"""The order of a pattern's alternatives: longest first, ties alphabetical.

Tables and cue builders join words into one regular expression alternation. A longer word
must be tried before a word it begins with, so the words are sorted by length. Sorting a set
by length alone leaves words of one length in the set's order, which changes with the hash
seed: the readings stay the same, but the pattern strings (and anything built from them)
differ from run to run. One key, used everywhere, keeps reruns byte-identical.
"""

from collections.abc import Iterable


def longest_first(words: Iterable[str]) -> list[str]:
    """Return the distinct words longest first, words of one length in alphabetical order.

    Parameters
    ----------
    words : iterable of str
        The words (or alternatives) of the pattern, in any order, repeats allowed.

    Returns
    -------
    list of str
        Each word once, by falling length, then alphabetically.

    Examples
    --------
    >>> longest_first({"mil", "milhões", "milhão", "mil"})
    ['milhões', 'milhão', 'mil']
    """
    return sorted(set(words), key=lambda word: (-len(word), word))
