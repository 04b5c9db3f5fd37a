"""The language tables of :mod:`analysis.lang` compiled for the engine.

Each figure table becomes a :class:`Lexicon`: its phrases cut into the tokens the
engine sees (:func:`~analysis.figures.normalise.table_tokens`) and keyed to the
categories of :mod:`~analysis.figures.cats` they carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from analysis.figures import cats as Cat
from analysis.figures.fields import (
    COMPOUND_FIELDS,
    CONTRAST_FIELDS,
    FIELD_CATS,
    FLAG_FIELDS,
    QUALIFIER_FIELDS,
    SILENT_CATS,
    VALUE_FIELDS,
)
from analysis.figures.normalise import (
    UNIT_POWERS,
    apply_rewrite,
    expander,
    normalise,
    rewrite,
    spell_pattern,
    table_tokens,
)
from analysis.figures.patterns import (
    ANY_DIGIT,
    GATES,
    anchors,
    any_of,
    literals,
    loose_any,
    loose_found,
    needed,
)
from analysis.figures.quantity import compound_total
from analysis.figures.told import read_told
from analysis.lang import FIGURE_TABLES

__all__ = ["FIELD_CATS", "LEXICONS", "NO_CATS", "UNIVERSAL", "Lexicon"]

Cats = dict[str, object]

_HYPHEN_UNIT = frozenset((Cat.NOT_COUNT_AFTER,))
"""Categories of words that vote for no language (D15): units of measure are shared by many
languages ("ton", "tonne", "litre"), and a table that lists one knows no more of the phrase's
language than one that does not (D68.2)."""

NO_CATS: Cats = {}
"""The categories of a unit no table knows (shared, never mutated)."""

UNIVERSAL: dict[str, Cats] = {
    # (17cq) a unit with its exponent ("km²", "m³", "㎢", "кв. м": one word, normalise.
    # unit_powers) is an area or a volume: a measure, alone the figure, beside a count no
    # count (D73, D59.4, D66.3), in every language
    **{power: {Cat.NOT_COUNT_AFTER: True} for power in UNIT_POWERS},
    # and before a suffix after an apostrophe (tr "40 km²'de", cut "km²'" "de")
    **{power + "'": {Cat.NOT_COUNT_AFTER: True} for power in UNIT_POWERS},
    "-": {Cat.RANGE_SEP: True},
    "~": {Cat.RANGE_SEP: True, Cat.QUALIFIER_BEFORE: "approx"},
    "+": {Cat.QUALIFIER_AFTER: "at_least"},
    ">": {Cat.QUALIFIER_BEFORE: "at_least"},
    "≥": {Cat.QUALIFIER_BEFORE: "at_least"},
    "<": {Cat.QUALIFIER_BEFORE: "at_most"},
    "≤": {Cat.QUALIFIER_BEFORE: "at_most"},
}
"""Symbols and units read the same in every language."""

_STEM = "\\w*"
MAX_COMPOUND_CHARS = 80
"""Longer words are not numbers written as one word (the longest real one is ~40)."""



def _words_re(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern of the whole words *patterns* (None for none), matched with ``fullmatch``.

    The patterns are spelt as the text is (:func:`~.normalise.spell_pattern`, D72).
    """
    return re.compile("|".join(f"(?:{spell_pattern(p)})" for p in patterns)) if patterns else None



def _first_tokens(
    multi: Mapping[tuple[str, ...], Cats],
) -> tuple[dict[str, tuple[int, ...]], dict[str, frozenset[str]]]:
    """Return, for each first token of the longer phrases, their lengths and second tokens."""
    lengths: dict[str, set[int]] = {}
    seconds: dict[str, set[str]] = {}
    for k in multi:
        lengths.setdefault(k[0], set()).add(len(k))
        seconds.setdefault(k[0], set()).add(k[1])
    return (
        {tok: tuple(sorted(ks, reverse=True)) for tok, ks in lengths.items()},
        {tok: frozenset(ks) for tok, ks in seconds.items()},
    )


def _measures_take_stems(one: dict[str, Cats], stems: list[tuple[str, str, object]]) -> None:
    """Give a unit of measure (D68.2) the categories of the table's stems it begins with.

    A word a table lists whole is read from its entry, not from the stems: "quadratmetern" of
    ``measures`` (D68.2) would hide "quadratmeter…" of ``not_count_post`` (D73), and "500
    Quadratmetern … 12 Menschen" would be two quantities. Done after ``known`` is made: the
    unit still votes for no language.
    """
    for word, cats in one.items():
        if cats and SILENT_CATS.issuperset(cats):
            for stem, cat, value in stems:
                if word.startswith(stem) and cat not in cats:
                    cats[cat] = value


def _share_of_re(words: list[str]) -> re.Pattern[str] | None:
    """Return the pattern of the words that tell a share of its whole, as whole words (D59.1)."""
    pattern = spell_pattern("|".join(words))
    return re.compile("(?<!\\S)(?:" + pattern + ")(?!\\S)") if words else None


class Lexicon:
    r"""One language's figure table compiled into dictionaries keyed by token tuples.

    Attributes
    ----------
    code : str
        ISO 639-1 code.
    one, multi : dict
        Categories of one-token phrases (by token) and of longer phrases (by tuple).
    starts, maxlen
        First tokens of the longer phrases and their largest length.
    stem_re, stem_of
        Stems (``battalion\w*``) as one pattern, longest first, and their categories.
    compound : dict
        Morphemes of numbers written as one word: ``{morpheme: (kind, value)}``.
    after_number : set of str
        Scales read only right after a number ("5k").
    rewrites : list of (pattern, replacement)
        Rewrites applied before reading.
    rewrite_any : re.Pattern or None
        Matches where any rewrite would (a text it does not match is left as it is).
    loose_set : object
        The rewrites loosened into one RE2 set (:func:`~.patterns.loose_any`), made at the first
        check: a text where it finds no loose form holds no rewrite's match (most phrases: one
        DFA pass instead of ``re``); in another, only the rewrites whose loose forms it finds are
        searched. None when there is none. ``loose_made``: whether it was made; ``loose_match``
        its bound ``Match``; ``last_text`` the text it last read, ``last_found`` its answer.
    rewrite_literals : list
        For each rewrite, strings one of which a text holds wherever it matches
        (:func:`~.patterns.literals`), or None: :func:`~.normalise.rewrite` does not search a
        text for a rewrite whose strings it holds none of.
    rewrite_expand : list
        For each rewrite, :func:`~.normalise.expander` of its template (None where ``re``
        builds the text: no group, a computed rewrite), for :meth:`rewritten`.
    rewrite_needs : list of int
        For a table without anchors, what each rewrite needs in a phrase to match there: a
        digit, ":", "/" or "(" (:func:`needed`), as bits.
    rewrite_gates : dict
        The table's rewrites that can match in a phrase holding what the bits of the key say,
        as one pattern (None when there are none), made at its first use
        (:meth:`rewrites_apply`).
    rewrite_anchors : dict or None
        For a table whose rewrites begin with no word boundary: the rewrites that can match
        only in a phrase holding a given character, by that character (see
        :meth:`rewrites_apply`).
    lengths : dict
        For each first token of a longer phrase, the lengths of its phrases, longest first.
    seconds : dict
        For each first token of a longer phrase, the second tokens of its phrases (a token
        followed by none of them starts no phrase: the common case, settled by one look-up).
    known : set of str
        Every token of the table (for guessing the language), but those only the ``contrast``
        field holds (D71: "but", "mais", "а" vote for no language).
    months : frozenset of str
        One-token month names (a stray comma next to one is not closed up).
    outcomes : re.Pattern or None
        A word naming what befell the counted ("dead", "injured", "missing"; the table's
        ``outcomes``): parts told with another outcome than their whole's aren't its parts (D43.5).
    counted : re.Pattern or None
        The outcomes and the words that count casualties ("victims", "casualties"; the
        table's ``casualties``): a number in brackets after one is a count, no age (D43.1).
    repeat : frozenset of str
        The words that join a vague magnitude to itself ("hundreds and hundreds", "сотні й
        сотні", "آلاف وآلاف"; the table's ``repeat``, D68.1): no table words.
    plural_scales : frozenset of str
        A scale word's plural forms, vague with no number before them ("до тысяч", D212.2).
    silent_multi : frozenset of tuple
        The longer phrases that carry only :data:`SILENT_CATS` (they vote for no language).
    share_of : re.Pattern or None
        A word that tells a share of its whole ("of", "из", "중"; the table's ``share_of``),
        searched in the words between a share and a count (D59.1).
    year_plural : re.Pattern or None
        The table's ``year_plural``: plural verb forms, after which a number between them and a
        ``year_next`` word may be the verb's subject, no year (D69.3).
    heads, heads_not, heads_not_whole
        The table's ``time_heads``: the endings of a compound whose head is a time unit
        ("…wochen", "…tage"; a duration, D77.1), tested with ``str.endswith`` on a word no other
        field reads, once per word; and ``time_heads_not``, the words so ending that are none
        (endings, or whole words written after "^": "^etage").
    age_limits : re.Pattern or None
        The table's ``age_limits``: an age limit with its number ("people over 65", "under-15s",
        "15 yaş altı", "15岁以下"), searched in a phrase of two digit groups or more that holds
        one of ``age_words`` and dropped when a count stays beside it (D80.1). No table words:
        they vote for no language.
    age_words : tuple of str
        The table's ``age_words``: what every age limit holds ("over", "under", "yaş", "岁"), a
        cheap test before the search (a phrase holding none of them pays a few substring tests).
    persons, person_and, person_verbs : re.Pattern or None
        The table's ``persons``: a word naming one person by a role or a family word ("pilot",
        "driver", "mother"), the words for "and" that join one to a count, and the verb forms
        that, between the count and that "and", keep the count (D65.6,
        :func:`~analysis.figures.reject.beside_person`).
    person_own : re.Pattern or None
        The table's ``persons`` possessives ("her", "её", "її"), which may stand between the
        "and" and the count after a person ("a woman and her three children", D88).
    told : Told or None
        The table's ``told_with``: a count told with a sum or a part beside it (D85,
        :mod:`~analysis.figures.told`).
    other : dict
        Categories found so far for tokens not in ``one`` (symbols, one-word numbers,
        stems): a memo, emptied by :func:`analysis.figures.clear_cache`.
    """

    __slots__ = (
        "code", "one", "multi", "starts", "maxlen", "stems", "compound", "after_number",
        "_rewrites", "known", "stem_of", "stem_re", "other", "longest_morpheme", "_rewrite_any",
        "_rewrite_anchors", "lengths", "months", "seconds", "outcomes", "counted",
        "_rewrite_needs", "share_of", "rewrite_gates", "_rewrite_literals", "loose_set",
        "loose_match", "loose_made", "_rewrite_expand", "persons", "person_and", "person_verbs",
        "person_own", "year_plural", "plural_scales", "last_text", "last_found",
        "repeat", "silent_multi", "heads", "heads_not", "heads_not_whole", "age_limits",
        "age_words", "told", "rewrite_table", "rewrites_made", "gates_made",
    )  # fmt: skip

    def __init__(self, code: str, table: Mapping[str, object]) -> None:
        self.code = code
        self.one: dict[str, Cats] = {}
        self.multi: dict[tuple[str, ...], Cats] = {}
        self.stems: list[tuple[str, str, object]] = []
        self.compound: dict[str, tuple[str, float]] = {}
        self.after_number: set[str] = set()
        self._rewrites: list[tuple[re.Pattern[str], str]] = []
        self.rewrite_table: list[tuple[str, str]] = []
        self.rewrites_made = False
        self.gates_made = False
        self.other: dict[str, Cats] = {}
        words: dict[str, list[str]] = {
            "outcomes": [], "casualties": [], "share_of": [], "year_plural": [], "repeat": [],
            "time_heads": [], "time_heads_not": [], "age_limits": [], "age_words": [],
            "plural_scales": [],
        }  # fmt: skip
        persons: Mapping[str, list[str]] = {}
        self.told = read_told(code, table.get("told_with"))  # type: ignore[arg-type]  # (D85)
        contrast: Mapping[str, list[str]] = {}
        for field, entries in table.items():
            if field in ("told_with", "source_words", "differences", "other_words"):
                continue  # (read where used: D85, D117, D122, D124)
            if field == "persons":  # no table words either (D65.6)
                persons = entries  # type: ignore[assignment]
                continue
            if field == "contrast":  # read after the other fields: no table words (D71)
                contrast = entries  # type: ignore[assignment]
                continue
            if field in words:  # no table words: they vote for no language (D15)
                words[field] = list(entries)  # type: ignore[call-overload]
                continue
            self._read_field(field, entries)
        self._read_word_lists(code, words, persons)
        # the words of "not A but B" (D71) vote for no language: a token that only they
        # hold is left out of ``known``
        voting = set(self.one) | {t for k in self.multi for t in k}
        for part, entries in contrast.items():
            if part not in CONTRAST_FIELDS:
                raise ValueError(f"figure table {code!r}: unknown contrast part {part!r}")
            for phrase in entries:
                self._add(phrase, CONTRAST_FIELDS[part], True)
        self.stems.sort(key=lambda item: -len(item[0]))
        self.stem_of = {stem: (cat, val) for stem, cat, val in reversed(self.stems)}
        self.stem_re = re.compile(
            "|".join(re.escape(stem) for stem, _, _ in self.stems)) if self.stems else None
        self.longest_morpheme = max(map(len, self.compound), default=0)
        self.starts = {k[0] for k in self.multi}
        self.lengths, self.seconds = _first_tokens(self.multi)
        self._rewrite_any: re.Pattern[str] | None = None
        self._rewrite_anchors: dict[str, re.Pattern[str]] | None = None
        self._rewrite_literals: list[tuple[str, ...] | None] = []
        self._rewrite_expand: list[Any] = []
        self._rewrite_needs: list[Any] = []
        self.rewrite_gates: dict[int, re.Pattern[str] | None] = {}
        self.loose_set: Any = None
        self.loose_match: Any = None
        self.loose_made = False
        self.last_text: str | None = None  # (29sp) the text the set last read, and its answer
        self.last_found: list[int] = []
        self.maxlen = max((len(k) for k in self.multi), default=1)
        # units of measure vote for no language (D68.2): a word or phrase only they list is
        # not known; nor are the words of "not A but B" alone (D71: not in ``voting``)
        # nor is a unit glued to its number by a hyphen, the adjective of a thing ("40-tonne",
        # "40-тонный", "500-Kilo-": D81), which many languages write alike
        self.silent_multi = frozenset(
            k for k, cats in self.multi.items() if SILENT_CATS.issuperset(cats)
            or (k[0] == "-" and _HYPHEN_UNIT.issuperset(cats))
        )
        self.known = voting & (
            {w for w, cats in self.one.items() if not SILENT_CATS.issuperset(cats)}
            | {t for k in self.multi if k not in self.silent_multi for t in k}
        )
        self.months = frozenset(w for w, cats in self.one.items() if Cat.MONTH in cats)
        _measures_take_stems(self.one, self.stems)
        # (17ch) a qualifier phrase ending in a year's preposition ("estimado en", "estima em")
        # is that preposition before a year: "el costo estimado en 2020 fue de 500 millones"
        # names the year, as "en 2020" does (D7, D65.1)
        for key, cats in self.multi.items():
            if Cat.QUALIFIER_BEFORE in cats and Cat.YEAR_BEFORE in self.one.get(key[-1], NO_CATS):
                cats[Cat.YEAR_BEFORE] = True

    def _read_word_lists(
        self, code: str, words: dict[str, list[str]], persons: Mapping[str, list[str]]
    ) -> None:
        """Read the fields that hold no table words (they vote for no language, D15)."""
        self.repeat = frozenset(normalise(w) for w in words["repeat"])
        self.plural_scales = frozenset(normalise(w) for w in words["plural_scales"])
        self.outcomes = _words_re(words["outcomes"])
        self.counted = _words_re(words["outcomes"] + words["casualties"])
        # a plural verb before a year told as the sentence's adverb: the number may be its
        # subject (de "wurden 2000 allein in Aleppo", D69.3)
        self.year_plural = _words_re(words["year_plural"])
        self.share_of = _share_of_re(words["share_of"])  # "of", "из", "중" (D59.1)
        # a compound whose head is a time unit ("festwochen", "regentage"): a time unit, read
        # once per word in ``other`` (D77.1); the words so ending that are none ("^": whole)
        not_heads = words["time_heads_not"]
        self.heads = tuple(normalise(w) for w in words["time_heads"])
        self.heads_not = tuple(normalise(w) for w in not_heads if not w.startswith("^"))
        self.heads_not_whole = frozenset(normalise(w[1:]) for w in not_heads if w.startswith("^"))
        # an age limit ("under 15", "65 yaş üstü", "15岁以下"), dropped beside a count (D80.1)
        self.age_limits = (
            re.compile("|".join(f"(?:{spell_pattern(p)})" for p in words["age_limits"]))
            if words["age_limits"] else None
        )
        self.age_words = tuple(spell_pattern(w) for w in words["age_words"])
        if self.age_limits is not None and not self.age_words:
            raise ValueError(f"figure table {code!r}: age_limits without age_words")
        # one person named by a role, joined by "and" to a count (D65.6)
        self.persons = _words_re(persons.get("roles", []))
        self.person_and = _words_re(persons.get("and", []))
        self.person_verbs = _words_re(persons.get("verbs", []))
        # a possessive between the "and" and the count after the person ("mother and her two
        # children", D88)
        self.person_own = _words_re(persons.get("own", []))

    def ages_may_stand(self, text: str) -> bool:
        """Return whether *text* may hold an age limit of the table (one of ``age_words``)."""
        if self.age_limits is None:
            return False
        for word in self.age_words:
            if word in text:
                return True
        return False

    def rewritten(self, text: str) -> str:
        """Return *text* with the table's rewrites applied (as :func:`~.normalise.rewrite` does).

        Only the rewrites whose loose forms the RE2 set (``loose_set``) finds in the text as it
        stands are searched, in order: a rewrite whose loose form is not found there does not
        match. After a rewrite changes the text, the set is asked again, for the rewrites after
        it. A table without the set, or a text RE2 cannot read, goes through every rewrite.
        """
        if not self.loose_made:
            self._make_loose()
        rewrites, loose = self._rewrites, self.loose_match
        # (29sp) the set's answer for this very text when rewrites_apply just asked it
        found = self.last_found if self.last_text is text else (
            loose_found(loose, text) if loose is not None else None)
        last = -1  # the last rewrite applied
        while found is not None:
            nxt = -1
            for k in found:  # the first rewrite after *last* whose loose form is found
                if k > last and (nxt < 0 or k < nxt):
                    nxt = k
            if nxt < 0:
                return text
            pat, rep = rewrites[nxt]
            if pat.search(text) is None:
                found = [k for k in found if k != nxt]
                continue
            text = apply_rewrite(text, pat, rep, self._rewrite_expand[nxt])
            last = nxt
            found = loose_found(loose, text)
        return rewrite(text, rewrites[last + 1 :], self._rewrite_literals[last + 1 :])

    def rewrites_apply(self, text: str, digits: bool | None = None) -> bool:
        """Return whether a rewrite of the table matches in *text* (as ``rewrite_any`` does).

        A table with anchors tries only the rewrites whose anchor characters *text* holds;
        another tries only those whose needs (:func:`needed`) *text* meets. *digits* says
        whether *text* holds a digit (any character the digit class matches), when the caller
        knows.
        """
        if not self.made()._rewrites:
            return False
        if not self.loose_made:
            self._make_loose()
        if self.loose_match is not None:
            found = loose_found(self.loose_match, text)
            if found is not None:  # (None: a text RE2 cannot read; the gates below answer)
                self.last_text, self.last_found = text, found  # for rewritten (this very text)
                rewrites = self._rewrites
                for k in found:  # none found: no rewrite's loose form matches, none does
                    if rewrites[k][0].search(text) is not None:
                        return True
                return False
        anchors = self.gated()._rewrite_anchors
        if anchors is None:
            if digits is None:
                digits = ANY_DIGIT.search(text) is not None
            held = int(digits)
            for k, ch in enumerate(GATES, 1):
                if ch in text:
                    held |= 1 << k
            gates = self.rewrite_gates
            pat = gates[held] if held in gates else self._gate(held)
            return pat is not None and pat.search(text) is not None
        tried = ""  # the anchors searched for already (a phrase repeats few characters)
        for ch in text:
            pat = anchors.get(ch)
            if pat is not None and ch not in tried:
                if pat.search(text) is not None:
                    return True
                tried += ch
        return False

    # (19sp, 20cu) the rewrites and their gates, compiled at the table's first use: most
    # tables never rewrite a phrase of a batch of articles in a few languages
    def made(self) -> Lexicon:
        """Return the table with its rewrites compiled (:meth:`_make_rewrites`, once)."""
        if not self.rewrites_made:
            self._make_rewrites()
        return self

    @property
    def rewrites(self) -> list[tuple[re.Pattern[str], str]]:
        """The rewrites, compiled (at the first use)."""
        return self.made()._rewrites

    def gated(self) -> Lexicon:
        """Return the table with the gates of its rewrites made (:meth:`_make_gates`, once)."""
        if not self.gates_made:
            self._make_gates()
        return self

    @property
    def rewrite_any(self) -> re.Pattern[str] | None:
        """One pattern of all rewrites (made at the first use)."""
        return self.gated()._rewrite_any

    @property
    def rewrite_anchors(self) -> dict[str, re.Pattern[str]] | None:
        """The rewrites by anchor character (made at the first use)."""
        return self.gated()._rewrite_anchors

    @property
    def rewrite_literals(self) -> list[tuple[str, ...] | None]:
        """Each rewrite's literal strings (made at the first use)."""
        return self.made()._rewrite_literals

    @property
    def rewrite_expand(self) -> list[Any]:
        """Each rewrite's compiled expander (made at the first use)."""
        return self.made()._rewrite_expand

    @property
    def rewrite_needs(self) -> list[Any]:
        """Each rewrite's needs, unanchored tables (made at the first use)."""
        return self.gated()._rewrite_needs

    def _make_rewrites(self) -> None:
        """Compile the rewrites (the tables a batch does not read: never)."""
        # written as the text is spelt (D72): "घन्टे" in a rewrite matches "घंटे"
        self._rewrites = [
            (re.compile(spell_pattern(pat)), spell_pattern(rep)) for pat, rep in self.rewrite_table
        ]
        # each rewrite's literal strings and its compiled expander
        self._rewrite_literals = [literals(pat) for pat, _ in self._rewrites]
        self._rewrite_expand = [expander(pat, rep) for pat, rep in self._rewrites]
        self.rewrites_made = True

    def _make_gates(self) -> None:
        """Make the one pattern of all rewrites, its anchors and (unanchored tables) the needs.

        (33mk) Only where the RE2 set of loose forms cannot answer (no set, or a text it cannot
        read), or a caller asks for them: most processes never do, and these were half of the
        cost of making a table (each process made every table a batch reads).
        """
        patterns = [pat for pat, _ in self.made()._rewrites]
        self._rewrite_any = any_of(patterns) if patterns else None
        self._rewrite_anchors = anchors(patterns) if patterns else None
        self._rewrite_needs = [needed(pat) for pat in patterns] if self._rewrite_anchors is None \
            else []
        self.gates_made = True

    def _make_loose(self) -> None:
        """Make ``loose_set`` and its bound ``Match`` (``loose_match``), at the first check.

        The bound method is kept so that each check calls it directly: a method called on
        the set (an ``Any`` value in compiled code) is looked up by its name at every call
        (17sf).
        """
        self.loose_set = loose_any([pat for pat, _ in self.made()._rewrites])
        self.loose_match = self.loose_set.Match if self.loose_set is not None else None
        self.loose_made = True

    def _gate(self, held: int) -> re.Pattern[str] | None:
        """Make the pattern of the rewrites that can match in a phrase holding *held* (bits)."""
        pats = [
            pat for (pat, _), needs in zip(self._rewrites, self._rewrite_needs, strict=True)
            if needs & ~held == 0
        ]
        self.rewrite_gates[held] = gate = any_of(pats) if pats else None
        return gate

    def _read_field(self, field: str, entries: Any) -> None:
        if field == "rewrites":  # (compiled at the first use: :meth:`_make_rewrites`)
            self.rewrite_table = [(pat, rep) for pat, rep in entries]
        elif field in COMPOUND_FIELDS:
            kind = COMPOUND_FIELDS[field]
            for word, value in _pairs(entries, 0.0):
                self.compound[word] = (kind, float(value))  # type: ignore[arg-type]
        elif field == "after_number":
            self.after_number = {table_tokens(x)[0] for x in entries}
        elif field in VALUE_FIELDS:
            for word, value in _pairs(entries, None):
                self._add(word, VALUE_FIELDS[field], float(value))  # type: ignore[arg-type]
        elif field == "several":
            for word in entries:
                self._add(word, Cat.SEVERAL, 1.0)
        elif field in QUALIFIER_FIELDS:
            cat, qualifier = QUALIFIER_FIELDS[field]
            for phrase in entries:
                self._add(phrase, cat, qualifier)
        elif field in FLAG_FIELDS:
            for phrase in entries:
                self._add(phrase, FLAG_FIELDS[field], True)
        else:
            raise ValueError(f"figure table {self.code!r}: unknown field {field!r}")

    def _add(self, phrase: str, cat: str, value: object) -> None:
        if phrase.endswith(_STEM) and len(phrase) > len(_STEM):
            self.stems.append((normalise(phrase[: -len(_STEM)]), cat, value))
            return
        key = table_tokens(phrase)
        if not key:
            return
        if len(key) == 1:
            self.one.setdefault(key[0], {})[cat] = value
        else:
            self.multi.setdefault(key, {})[cat] = value

    def compound_value(self, word: str) -> Cats | None:
        """Read a number written as one word ("dreitausendfünfhundert", "ötszáz").

        Parameters
        ----------
        word : str
            A normalised word.

        Returns
        -------
        dict or None
            ``{Cat.NUMBER: value}``, or ``{Cat.SMALL | Cat.SCALE: value}`` for a lone
            multiplier; None when the word is not a number of this language.
        """
        if not self.compound or len(word) < 2 or len(word) > MAX_COMPOUND_CHARS:
            return None
        seq = self._segment(word)
        if not seq:
            return None
        if len(seq) == 1 and seq[0][0] in (Cat.SMALL, Cat.SCALE):
            return {seq[0][0]: seq[0][1]}
        return compound_total(seq)

    def _segment(self, word: str) -> list[tuple[str, float]] | None:
        """Cut *word* into morphemes, longest first at each place (None when it cannot be).

        A depth-first search that remembers the places no cut can finish from, so each
        place is tried once: the work is linear in the word times the longest morpheme.
        """
        # (30sp) a method, not a closure: a nested function that calls itself is a reference
        # cycle, left for the cyclic collector at each word read
        return self._cut(word, 0, set())

    def _cut(self, word: str, pos: int, dead: set[int]) -> list[tuple[str, float]] | None:
        """Return the morphemes of *word* from *pos* on (*dead*: the places that fail)."""
        if pos == len(word):
            return []
        if pos in dead:
            return None
        for end in range(min(len(word), pos + self.longest_morpheme), pos, -1):
            piece = self.compound.get(word[pos:end])
            if piece is not None:
                rest = self._cut(word, end, dead)
                if rest is not None:
                    return [piece, *rest]
        dead.add(pos)
        return None


def _pairs(entries: Any, default: object) -> Iterable[tuple[str, object]]:
    """``{word: value}`` items, or ``(word, default)`` for a plain list of words."""
    if isinstance(entries, Mapping):
        return entries.items()
    return ((word, default) for word in entries)


LEXICONS: dict[str, Lexicon] = {code: Lexicon(code, t) for code, t in FIGURE_TABLES.items()}
"""Every figure table, compiled, in the order of :data:`analysis.lang.FIGURE_TABLES`."""
