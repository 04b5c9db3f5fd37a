"""Figures told more than once in an article (a headline and its paragraph) kept once.

Step 7 of the reader (:mod:`analysis.articles.reader`): a number told again after "the" is
the people of an earlier figure; the same metric and reading again
is one figure, attributed where any occurrence is; a figure written without a number takes
the number when the text gives it; an unattributed headline restating the body's casualty
figure under another metric is that figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.articles.claimants import MEDIA, Claimants, load_claimants
from analysis.articles.units import UNIT_CUE
from analysis.lang import ARTICLE_TABLES

__all__ = ["bare_again", "dedupe", "told_again"]


def sized(row: dict) -> bool:
    """Whether a row is a loss told as a unit's size (articles/units.py).

    Such a row ("up to a battalion") is no repeat of a count, nor a count of it; told again with
    another loss word ("사망했다" … "전멸했다") it is the same unit (:func:`dedupe`, 26aw).
    """
    return row["why"].startswith(UNIT_CUE)


def dedupe(rows: list[dict]) -> list[dict]:
    """Keep each figure once.

    The same metric and reading again (a headline repeating its paragraph) is one figure,
    attributed where any occurrence is; a figure written without a number is kept only the
    first time its metric comes up, and takes the number when the text gives it later
    ("captured North Korean soldiers … Це двоє солдатів, які хоч і були поранені"). A death
    in captivity told without a number ("the soldier … has died") is the one captive counted
    before; when another named source tells it than the capture's ("우크라이나는 … 1명을
    생포했다며 … 국가정보원은 이 병사가 … 사망했다고 확인했다"), it is that source's figure of its
    own, read as one, and the capture stays the captor's (16z).
    """
    kept: list[dict] = []
    confirmed: set[int] = set()  # headline figures the body told again under their own metric
    names = load_claimants()
    for row in rows:
        one = next((k for k in reversed(kept) if k["metric"] == "captured" and k["best"] == 1),
                   None) if row["metric"] == "died_in_captivity" and _nan(row["best"]) else None
        # (the first death told after it: a later one is that death again, or other captives')
        one = None if one is None or any(k["metric"] == row["metric"] for k in
                                         kept[kept.index(one):]) else one
        if one is not None and _other_source(one["claimant"], row["claimant"], names):
            row = dict(row, low=1.0, best=1.0, high=1.0)  # another source's: a figure of its own
        elif one is not None:
            kept[kept.index(one)] = dict(one, metric=row["metric"], subject=row["subject"],
                                         claimant=_source(row, one))
            continue
        # (the same best first: a restated figure has it, and most rows of a batch have not)
        drift = next((k for k in kept if k["best"] == row["best"] and (
            _restated(k, row, names) or _restated(row, k, names))), None)
        if drift is not None:  # a headline's "4 тис. … загинуло" for the body's losses
            # (not once the body said it so: "少なくとも100人死亡" over "100人を超える死者", then
            # "100人以上と表現した" about the casualties is that figure again, 16y)
            if _restated(drift, row, names) and kept.index(drift) not in confirmed:
                kept[kept.index(drift)] = row
            continue
        twin = next((k for k in kept if k["metric"] == row["metric"] and sized(k) == sized(
            row) and ((k["status"] == row["status"] == "ok" and k["best"] == row["best"]
             and not _other_source(k["claimant"], row["claimant"], names)
             and not _other_item(k, row) and not _more_than_the_plural(k, row))
            or row["status"] != "ok" or _nan(k["best"]))), None)
        twin = twin or next((k for k in kept if sized(k) and sized(row)), None)  # (26aw, sized)
        # the same count again, read as troops only by the noun after it ("Deux soldats ont été
        # faits prisonniers. Il s'agit de deux militaires …"): the people counted before
        # (not another batch, "Еще тысяча военных", nor a vague "数万人" for "約1万人")
        twin = twin or next((k for k in kept if row["why"].startswith("metric: 'troops'")
                             and k["status"] == row["status"] == "ok"
                             and k["best"] == row["best"] and "vague" not in (
                                 k["qualifier"], row["qualifier"])
                             and row["metric"] != "additional_deployed"), None)
        # the same few captives told again by another source ("Zelensky … deux soldats capturés
        # … Le SBU a déclaré que les deux hommes, capturés le 9 janvier"): the men counted before
        twin = twin or next((k for k in kept if k["metric"] == row["metric"] == "captured"
                             and k["status"] == row["status"] == "ok"
                             and k["best"] == row["best"] < 10
                             and row["relation"] != "additional"), None)
        # a round figure told again exactly ("fast 16.000 Containern … fast 15.809 Containern"):
        # within 2 % of a round (thousands) figure of the same metric, the same figure
        twin = twin or next((k for k in kept if k["metric"] == row["metric"]
                             and k["status"] == row["status"] == "ok"
                             and k["qualifier"] in ("approx", "nearly") and k["best"] >= 1000
                             and k["best"] % 1000 == 0 and row["best"] % 1000 != 0
                             and abs(k["best"] - row["best"]) <= 0.02 * k["best"]
                             and not _other_source(k["claimant"], row["claimant"], names)), None)
        twin = twin or _spelled_again(kept, row) or _sent_again(kept, row)
        twin = twin or _contingent_again(kept, row) or _captive_who_died(kept, row, names)
        # the captives again, said to be wounded ("Dos soldados, aunque estaban heridos")
        twin = twin or next((k for k in kept if k["metric"] == "captured" and row["metric"] ==
                             "wounded" and row["status"] == "ok" and row["best"] < 10 and (
                                 k["best"] == row["best"] or _nan(k["best"]))), None)
        if twin is not None and twin["metric"] == row["metric"] and _ends(row["sentence"]):
            confirmed.add(kept.index(twin))
        if twin is None:
            kept.append(row)
        elif "in the lead paragraph" in twin["why"] and row["claimant"] == twin["claimant"]:
            # a headline's figure with the source of the paragraph after a lede attributing
            # nothing (carry.headline_lead), told again below: the body's phrase ("13 тысяч
            # контейнеров" over "более 13 тысяч транспортных контейнеров", 16y)
            kept[kept.index(twin)] = dict(row, metric=twin["metric"], subject=twin["subject"])
        elif _nan(twin["best"]) and not _nan(row["best"]):
            kept[kept.index(twin)] = dict(row, metric=twin["metric"], subject=twin["subject"],
                                          claimant=_counted_source(twin, row))
        elif twin["claimant"] in ("Unattributed", MEDIA) and row["claimant"] not in (
                "Unattributed", MEDIA, twin["claimant"]) or \
                twin["claimant"] == "Unattributed" and row["claimant"] == MEDIA or \
                twin["claimant"] in names.broader.get(row["claimant"], ()):
            # a headline's or a news agency's figure attributed further down to its source;
            # a mention without a number lends its claimant only ("двоих детей … дети")
            kept[kept.index(twin)] = dict(row, metric=twin["metric"], subject=twin["subject"]) \
                if not _nan(row["best"]) or _nan(twin["best"]) else \
                dict(twin, claimant=row["claimant"])
    return _headline_sources(_headline_ranges(kept, names), names)


def _more_than_the_plural(first: dict, later: dict) -> bool:
    # (30ar) people counted first by a plural of a scale ("Tausende nordkoreanische
    # Staatsbürger", best 1,000), then by "more than" that number ("über tausend … Fachkräfte"):
    # a group of its own (a part of them), no repeat; materiel told so stays one figure
    return first["qualifier"] == "vague" and later["qualifier"] == "at_least" and \
        later["metric"] != "materiel_sent"


def _headline_sources(rows: list[dict], names: Claimants) -> list[dict]:
    """Give a headline's figure the one specific source of its broader one the body names.

    A headline (no full stop) names a country for what the body gives to one of its bodies
    ("Южная Корея заявила об отправке тысяч бойцов КНДР" over "… со ссылкой на данные
    Национальной разведывательной службы", "Південна Корея заявила про передачу КНДР близько 5
    млн артилерійських снарядів" over the defence minister, "…, denuncia Seúl" over the DIA): its
    figure is that body's, when the figures below name exactly one such source (16l).
    """
    out = []
    for row in rows:
        if not _ends(row["sentence"]):
            specific = {r["claimant"] for r in rows if r is not row and row["claimant"]
                        in names.broader.get(r["claimant"], ()) and r["start"] > row["start"]}
            if len(specific) == 1:
                source = specific.pop()
                row = dict(row, claimant=source, why=row["why"].split("; claimant:")[0]
                           + f"; claimant: '{source}' named below (the headline's broader name)")
        out.append(row)
    return out


def _headline_ranges(rows: list[dict], names: Claimants) -> list[dict]:
    """Keep a headline's "up to N" and the body's range "A to N" of it as one figure.

    "North Korea Expected to Deploy Up to 30,000 Additional Troops" over "an additional 25,000
    to 30,000 troops", "최대 3만 명 추가 파병" over "2만 5천∼3만 명의 병력을 추가로": one figure,
    as first told (the headline's), with the body's source where the headline names none, only
    the news media or a broader one. Only the same metric and the range's top as the
    headline's number.
    """
    gone: set[int] = set()
    out = []
    for i, row in enumerate(rows):
        if i in gone:
            continue
        if row["qualifier"] == "at_most" and row["status"] == "ok" and _headline(row["sentence"]):
            body = next((j for j, r in enumerate(rows) if j > i and j not in gone
                         and r["qualifier"] == "range" and r["status"] == "ok"
                         and r["metric"] == row["metric"] and r["high"] == row["best"]
                         and r["start"] > row["start"] and (
                             row["claimant"] in ("Unattributed", MEDIA, r["claimant"])
                             or row["claimant"] in names.broader.get(r["claimant"], ()))), None)
            if body is not None:
                gone.add(body)
                source = rows[body]["claimant"]
                if source not in ("Unattributed", MEDIA, row["claimant"]):
                    row = dict(row, claimant=source, why=row["why"].split("; claimant:")[0]
                               + f"; claimant: '{source}' named below (the headline's range)")
        out.append(row)
    return out


def told_again(rows: list[dict], definite: re.Pattern[str], low: str,
               met: Callable[[int, int], bool] | None = None) -> list[dict]:
    """Drop a number told again after a definite article: the people of an earlier figure.

    "… murieron nueve soldados … otorgó a las nueve víctimas el título de Héroes", "the 11,000
    troops": the same number after "the" / "las" / "die" (``ARTICLES["definite"]``, compiled
    as ``definite``) names the people an earlier figure counted, whatever the noun, unless
    another named source gives it (then a claim of its own); a few people so named with no
    word of the story but their noun ("les deux hommes ont discuté") are people named
    before, no count. Losses told again as the dead or the wounded are those (killed or
    wounded becomes killed, or wounded). The same number after such a word where the article
    wrote it before as the people a reporter met (``met``, at the earlier number's offsets) is
    those people again, no figure ("sprach mit sechs Arbeitern … Alle sechs Arbeiter", 16ci).
    """
    names = load_claimants()
    out: list[dict] = []
    for row in rows:
        told = row["status"] == "ok" and definite.search(low, max(0, row["start"] - 12),
                                                         row["start"]) is not None
        first = next((k for k in out if k["status"] == "ok" and k["best"] == row["best"]
                      and not _other_source(k["claimant"], row["claimant"], names)), None) \
            if told else None
        if told and first is None and row["best"] < 10 and row["why"].startswith(
                "metric: 'troops'"):
            continue  # "les deux hommes ont discuté": the men named before, no count
        if told and first is None and met is not None and _said_before(row, low, met):
            continue  # (16ci) "mit sechs Arbeitern … alle sechs Arbeiter": people the article
            # named before as no figure (interviewees), named again
        if first is None:
            out.append(row)
            continue
        if first["metric"] == "killed_or_wounded" and row["metric"] in ("killed", "wounded"):
            # the people told again say which the losses were ("neun bedauerliche Verluste …
            # Die neun gefallenen Soldaten": killed, 16u)
            out[out.index(first)] = first = dict(first, metric=row["metric"],
                                                 subject=row["subject"])
        if first["claimant"] in ("Unattributed", MEDIA) and row["claimant"] != first["claimant"]:
            out[out.index(first)] = dict(first, claimant=row["claimant"])  # (its source, told
            # with the people again: "… las nueve víctimas …, añadió KCNA")
    return out


def _said_before(row: dict, low: str, met: Callable[[int, int], bool]) -> bool:
    """Whether the number of ``row`` was written before as the people a reporter met (``met``).

    Digits, or one number word below 100 ("sechs", "three"); not a magnitude.
    """
    number = row["figure_text"].lower().strip()
    if not (re.fullmatch(r"\d[\d,.\s]*", number) or (" " not in number and row["best"] < 100)):
        return False
    return any(met(m.start(), m.end()) for m in re.finditer(
        r"(?<![\w.,])" + re.escape(number) + r"(?![\w.,]\w)", low[:row["start"]]))


def bare_again(rows: list[dict], code: str, low: str) -> list[dict]:
    """Drop a number told again alone as the subject or object of a clause (helper 16ci).

    In Korean and Japanese the people an earlier figure counted are named again by the number
    and its counter alone, with no noun before it, opening a sentence or a clause or after a
    demonstrative, and a case particle right after it ("北朝鮮兵2人を捕虜にした。2人が送った
    手紙", "2人に対するインタビュー", "북한군 2명을 생포했다. 2명은 …", "이들 2명에 대한"):
    the same number as an earlier figure so told is those people, no second figure
    (``ARTICLES["told_again_bare"]``: ``before``, what may stand right before the number;
    ``after``, the particles right after its counter). A number no earlier figure gave stays
    ("…捕虜にした。その後、3人が死亡した"). (30ab) A word of "all of them" right after the
    counter (``both``: "2人とも", "2명 모두") tells the earlier figure's people again wherever
    the number stands ("…が、2人ともインタビューで…と明らかにした").
    """
    table = ARTICLE_TABLES.get(code, {}).get("told_again_bare", {})
    if not table:
        return rows
    before = re.compile("(?:" + "|".join(table["before"]) + r")\s*$")
    after = re.compile("(?:" + "|".join(table["after"]) + ")")
    both = re.compile("(?:" + "|".join(table.get("both", ["(?!)"])) + ")")
    out: list[dict] = []
    for row in rows:
        bare = row["status"] == "ok" and ((
            row["start"] == 0 or before.search(low, max(0, row["start"] - 8), row["start"]))
            and after.match(low, row["end"]) is not None or both.match(low, row["end"]) is not None)
        if bare and any(k["status"] == "ok" and k["best"] == row["best"]
                        and k["start"] < row["start"] for k in out):
            continue
        out.append(row)
    return out


def _spelled_again(kept: list[dict], row: dict) -> dict | None:
    """Return the figure told in digits before and spelled out again in a quotation.

    "5 000 ouvriers militaires … « Cinq mille personnes, réunies au sein d'une division
    d'ouvriers »": the same source and number, words after digits, is one figure.
    """
    return next((k for k in kept if k["status"] == row["status"] == "ok"
                 and k["best"] == row["best"] >= 100
                 and k["claimant"] == row["claimant"] != "Unattributed"
                 and any(ch.isdigit() for ch in k["figure_text"])
                 and not any(ch.isdigit() for ch in row["figure_text"])), None)


_SENT = frozenset({"deployed", "additional_deployed"})


def _sent_again(kept: list[dict], row: dict) -> dict | None:
    """Return the troops sent told before by the same source, read as the other sending.

    The same number, once a first deployment and once a new wave:
    "Environ 5.000 soldats nord-coréens ont ainsi été envoyés … « Environ 5.000 soldats
    nord-coréens ont été déployés »", "около 5 тысяч строительных военных … около 5 тысяч
    северокорейских строительных военных поэтапно отправляются", "3000人規模の戦闘部隊 … 合わせて
    3000人あまり": one figure, kept as first told. Not a batch told as more ("Еще тысяча"), nor a
    vague number ("数万人" read as 10,000 beside "約1万人").
    """
    if row["metric"] not in _SENT or row["status"] != "ok" or row["relation"] == "additional" \
            or row["qualifier"] == "vague":
        return None
    return next((k for k in kept if k["metric"] in _SENT and k["metric"] != row["metric"]
                 and k["status"] == "ok" and k["qualifier"] != "vague"
                 and k["best"] == row["best"] and k["claimant"] == row["claimant"]), None)


_SAME_READING = ({"exact"}, {"approx"}, {"at_least"}, {"at_most"}, {"range"}, {"exact", "approx"})


def _contingent_again(kept: list[dict], row: dict) -> dict | None:
    """Return the contingent or its losses told before, the same number told again (31fm).

    Articles restate the size of the contingent when they tell its losses, and a loss as the
    troops it befell: "4000 der 11'000 bis 12'000 nordkoreanischen Soldaten … verletzt oder
    getötet" … "Wenn man annimmt, dass 11'000 bis 12'000 Nordkoreaner … verlegt worden sind";
    "les 12 000 soldats nord-coréens déployés … L'ensemble du contingent d'environ 12 000
    hommes … pourrait être tué"; "at least 100 North Korean soldiers … died" … "the number of
    … at least 100". The same reading (equal bounds, the same or an exact and an approximate
    qualifier, no vague number, ten or more) once as ``deployed`` and once as a loss, in
    another sentence, by the same source (or the troops told again by nobody), is one figure:
    the sets never label the second. An additional wave, another source's figure and a loss
    told again by nobody stay (16za's "mehr als 3.000" losses and "etwa 3.000" troops have two
    qualifiers; 16zz29's "3,000 casualties" after the NIS's "3,000 soldiers").
    """
    if row["status"] != "ok" or row["best"] < 10 or row["metric"] not in _CASUALTIES | {
            "deployed"}:
        return None
    return next((k for k in kept if k["status"] == "ok" and k["sentence"] != row["sentence"]
                 and {k["metric"], row["metric"]} & {"deployed"}
                 and {k["metric"], row["metric"]} & _CASUALTIES
                 and all(k[b] == row[b] or _nan(k[b]) and _nan(row[b])
                         for b in ("low", "best", "high"))
                 and {k["qualifier"], row["qualifier"]} in _SAME_READING
                 and (k["claimant"] == row["claimant"] or row["metric"] == "deployed"
                      and row["claimant"] in ("Unattributed", MEDIA))), None)


def _captive_who_died(kept: list[dict], row: dict, names: Claimants) -> dict | None:
    """Return the death in captivity of one that a capture told after it counts again.

    "…생포했지만 … 결국 사망했다. … 국정원은 … 북한군 1명이 생포된 사실을 확인했다": the one
    captive who died, told again as captured (with one, or no number) by the same source or
    none (16kj); the death told without a number too ("Le soldat nord-coréen capturé … est
    décédé … « le soldat nord-coréen capturé vivant le 26 décembre vient de succomber »", 16ab).
    """
    if row["metric"] != "captured" or not (row["best"] == 1 or _nan(row["best"])):
        return None
    return next((k for k in kept if k["metric"] == "died_in_captivity"
                 and (k["best"] == 1 or _nan(k["best"]))
                 and not _other_source(k["claimant"], row["claimant"], names)), None)


def _other_item(kept: dict, row: dict) -> bool:
    """Whether two materiel figures of one sentence count two kinds of things.

    "120 M1989 Koksan howitzers and 120 M1991 multiple-launch rocket systems", "自走砲120両と
    多連装ロケット砲120基": the same number told of another weapon, named by another cue, in
    the same sentence is a second figure, not the first told again (23at).
    """
    return (kept["metric"] == row["metric"] == "materiel_sent"
            and kept["sentence"] == row["sentence"] and kept["start"] != row["start"]
            and _cue(kept) != _cue(row))


def _cue(row: dict) -> str:
    """Return the metric cue of a row's ``why`` ("metric: 'koksan'; …" → "koksan")."""
    return row["why"].split(";", 1)[0]


def _other_source(a: str, b: str, names: Claimants) -> bool:
    """Whether two named claimants differ (neither is unnamed, a news agency or broader)."""
    vague = ("Unattributed", MEDIA)
    return a != b and a not in vague and b not in vague and \
        a not in names.broader.get(b, ()) and b not in names.broader.get(a, ())


_CASUALTIES = {"killed", "wounded", "killed_or_wounded"}
# a headline's builders ("КНДР отправит 5 тысяч строителей") for the body's military builders,
# its soldiers for the body's new wave ("Pionyang ha enviado a unos 5.000 soldados …, según
# Seúl" over "unos 5.000 operarios militares … según el NIS")
_BUILDERS = ({"workers_sent", "additional_deployed"}, {"deployed", "additional_deployed"})


def _restated(headline: dict, body: dict, names: Claimants) -> bool:
    """Whether a headline gives the very figure of a body sentence, less precisely.

    A headline (no full stop) often says "killed" for the body's "losses": the same number,
    another casualty metric, no source of its own (or the lead's, the body's own) or a
    broader one ("Seoul" for the body's NIS), is the body's figure again. So are a
    headline's builders for the body's military builders (an additional deployment: "КНДР
    отправит 5 тысяч строителей" over "около пяти тысяч военных строителей"), and its
    soldiers for the body's new wave. A vague magnitude ("об отправке тысяч бойцов") is no
    exact body figure's number again (16l: not "Еще 1 тыс.").
    """
    return body["claimant"] != "Unattributed" and (
        headline["claimant"] in ("Unattributed", body["claimant"])
        or headline["claimant"] in names.broader.get(body["claimant"], ())) and \
        headline["metric"] != body["metric"] and (
            {headline["metric"], body["metric"]} <= _CASUALTIES
            or {headline["metric"], body["metric"]} in _BUILDERS) and \
        headline["status"] == body["status"] == "ok" and headline["best"] == body["best"] and \
        (headline["qualifier"] == "vague") == (body["qualifier"] == "vague") and \
        headline["best"] >= 10 and not headline["sentence"].rstrip().endswith(_STOPS)


_STOPS = (".", "。", "!", "?")
"""The marks that end a sentence (a headline ends with none)."""


def _ends(sentence: str) -> bool:
    """Whether a sentence ends with a full stop (a body sentence, no headline)."""
    return sentence.rstrip().endswith((*_STOPS, "»", "”", '"'))


def _headline(sentence: str) -> bool:
    """Whether a sentence is a headline.

    No full stop at its end, nor inside a quotation that ends it (a quoted headline: “북한,
    러시아에 최대 3만 명 추가 파병 가능성” written between straight quotes).
    """
    return not sentence.rstrip().rstrip("\"”»'’").endswith(_STOPS)


def _nan(value: float) -> bool:
    return value != value


def _counted_source(told: dict, counted: dict) -> str:
    """Return the source of a figure first told without a number, then counted.

    A wave told without a number and then counted is the count, with the source that counts
    it ("… zusätzliche Truppen …, laut NIS. … 6.000 Bausoldaten, sagte Schoigu": Shoigu's
    6,000, 16pr). So is any figure whose count names its source in its own sentence ("Seoul
    will beraten, sollten … gefangen genommene nordkoreanische Soldaten … Ukrainische Truppen
    hatten nach ukrainischen Angaben zwei … gefangen genommen": Ukraine's two; 32, the labels
    give the counting source 5 times in 6 where both sources are named in their sentences);
    a captive or a child told first keeps its source over one carried to the count.
    """
    if counted["metric"] == "additional_deployed" or (
            counted["claimant"] != "Unattributed"
            and counted["why"].endswith("named in the sentence")):
        return counted["claimant"]
    return _source(told, counted)


def _source(first: dict, second: dict) -> str:
    return first["claimant"] if first["claimant"] != "Unattributed" else second["claimant"]
