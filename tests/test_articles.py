"""The article reader and check (analysis.articles), on the seed article and the dev set."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from articles_devset import load_devset, load_yaml, score, score_article

from analysis.articles import (
    article_table,
    check_article,
    extract_figures,
    headline,
    proposed_rows,
    text_of,
)
from analysis.core.errors import ArticleError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "articles" / "theins-278689.txt"
SEED_URL = "https://theins.ru/en/amp/news/278689"
NIS = "South Korea National Intelligence Service (NIS)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
MATSEGORA = "Russian ambassador to North Korea (Alexander Matsegora)"


@pytest.fixture(scope="module")
def seed_check() -> pd.DataFrame:
    return check_article(SEED.read_text(encoding="utf-8"), published="2025-02-10", url=SEED_URL)


def test_the_seed_article_gives_the_figures_of_the_story_and_nothing_else(seed_check):
    got = [(r.metric, r.claimant) for r in seed_check.itertuples()]
    assert got == [
        ("treated_in_north_korea", MATSEGORA),          # "hundreds of wounded soldiers"
        ("hosted_children", MATSEGORA),                 # the Songdowon camp (ledger row c132)
        ("captured", ZELENSKY),                         # "captured North Korean soldiers"
        ("died_in_captivity", NIS),                     # "another North Korean soldier ..."
        ("deployed", "Several governments jointly"),    # "According to both Kyiv and Seoul"
        ("killed", ZELENSKY),                           # "more than 3,000 ... killed"
    ]
    texts = list(seed_check["figure_text"])
    assert texts[0] == "hundreds" and texts[4] == "over 10,000" and texts[5] == "more than 3,000"
    assert texts[3] == "another North Korean soldier"
    killed = seed_check.iloc[5]
    assert (killed.low, killed.qualifier, killed.status) == (3000.0, "at_least", "ok")
    assert seed_check.iloc[0][["low", "high", "qualifier"]].tolist() == [100.0, 999.0, "vague"]


def test_the_seed_check_links_every_figure_and_flags_the_departures(seed_check):
    assert (seed_check["claim_group"] != "").all()
    flags = dict(zip(seed_check["metric"], seed_check["flags"], strict=True))
    # Zelensky said killed *and wounded* (grp-c017); he had said 3,800 by 6 January 2025
    assert seed_check.iloc[5]["claim_group"] == "grp-c017"
    assert flags["killed"].split(";") == ["metric_drift", "stale"]
    # the camp stay: summer 2023 in The Insider, summer 2024 in every other report
    assert flags["hosted_children"] == "period_drift"
    assert seed_check.iloc[1]["period_start"].isoformat() == "2023-06-01"
    assert seed_check.iloc[0]["claim_group"] == "grp-c046" and seed_check.iloc[0]["outlets"] == 5
    assert flags["treated_in_north_korea"] == flags["deployed"] == ""


def test_the_headline_counts_only_checkable_figures_and_the_table_is_narrow(seed_check):
    assert headline(seed_check).startswith("6 figures of the story found; 3 can be checked "
                                           "against the ledger, 1 of them depart")
    table = article_table(seed_check)
    assert list(table.columns) == ["Figure", "Counts", "Source", "Check"]
    assert table.map(len).max().max() <= 42


def test_figures_not_in_the_ledger_become_proposed_rows_never_raw_data():
    text = ("Pyongyang has sent about 7,000 more North Korean workers to Russia, the NIS said. "
            "They will work on construction sites, officials added.")
    checked = check_article(text, "en", "2030-01-01", url="https://example.org/a")
    assert checked["metric"].tolist() == ["workers_sent"]
    assert "not_in_ledger" in checked["flags"].iloc[0]
    rows = proposed_rows(checked, "https://example.org/a", "2030-01-01", language="en")
    assert rows.loc[0, ["attributed_to", "metric", "figure_text", "note"]].tolist() == [
        NIS, "workers_sent", "about 7,000 more", "proposed from https://example.org/a"]
    assert list(rows.columns)[:3] == ["id", "published", "outlet"]


@pytest.mark.parametrize("text", [
    "North Korean troops rarely appear on Russian television, and 2024 was quiet, he said.",
    "Russia lost 1,200 soldiers on Tuesday, Ukraine's General Staff said.",
    "The package is worth $300 million and 12 howitzers arrive in 14 days.",
    "The 95th Brigade said on 12 January 2025 that 3 km of road were cleared.",
])
def test_numbers_that_are_not_figures_of_the_story_are_not_reported(text):
    assert extract_figures(text, "en").empty


def test_html_goes_through_its_main_text():
    html = ("<html><body><nav>Home | World | 2024 | 150 comments</nav><article><p>South Korea's "
            "spy agency said on Monday that about 300 North Korean soldiers have been killed."
            "</p></article><footer>© 2025 · 12 people like this</footer></body></html>")
    found = extract_figures(text_of(html), "en")
    assert found["figure_text"].tolist() == ["about 300"]
    assert found["claimant"].tolist() == [NIS]


@pytest.mark.parametrize(("raw", "message"), [
    ("", "empty"), ("   \n ", "empty"), (b"\x00\x01\x02binary", "binary"),
    ("x" * 2_000_001, "more than one article"),
])
def test_bad_input_is_one_clear_error(raw, message):
    with pytest.raises(ArticleError, match=message):
        extract_figures(raw)  # type: ignore[arg-type]


def test_a_language_without_article_words_is_an_error():
    with pytest.raises(ArticleError, match="no article words"):
        extract_figures("300 soldiers were killed", lang="xx")


def test_the_command_checks_a_file_and_refuses_a_missing_one(tmp_path):
    env = {"PYTHONPATH": str(ROOT / "src"), "ANALYSIS_ROOT": str(ROOT), "PATH": "/usr/bin"}
    run = [sys.executable, "-m", "analysis", "check-article"]
    done = subprocess.run([*run, str(SEED), "--published", "2025-02-10", "--url", SEED_URL],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and "metric drift, stale" in done.stdout
    missing = subprocess.run([*run, str(tmp_path / "nope.txt")], capture_output=True, text=True,
                             env=env, check=False)
    assert missing.returncode == 1 and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_scan_articles_checks_a_folder_in_parallel(tmp_path):
    from analysis.pipeline import scan_articles

    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "page.html").write_text("<html><body><p>Seoul said 11,000 North Korean troops "
                                        "were deployed.</p></body></html>", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x00")
    table = scan_articles(tmp_path, jobs=2)
    assert table.groupby("file").size().to_dict() == {"broken.txt": 1, "page.html": 1,
                                                     "seed.txt": 6}
    assert "binary" in table.loc[table["file"] == "broken.txt", "error"].iloc[0]
    assert table.loc[table["file"] == "page.html", "best"].iloc[0] == 11000


# ── the development set: real excerpts in eight languages, labelled by hand ───────────────

DEVSET = load_devset()
DEVSET_DIR = Path(__file__).parent / "cases" / "articles"


def test_the_devset_is_big_enough_and_its_labels_are_in_the_text():
    assert len(DEVSET) >= 20 and len({a["lang"] for a in DEVSET}) >= 6
    for article in DEVSET:
        assert article["url"].startswith("http")
        for fig in article["figures"]:
            assert fig["text"] in article["text"], (article["id"], fig["text"])


KNOWN_MISSES = {
    # round 16n (issue 16u)
    "fr-16n-kbs-isw-obus": "'un conteneur pourrait renfermer 300 à 500 obus' (one container)",
    # round 16p (issue 16v): the other side's use and output, an anecdote
    "en-16p-ukranews-4-8-million": "Russian and Western factories' output read as materiel sent",
    "ko-16p-ilyo-3000-sasangja": "'장병 1명' in an anecdote (a suicide attempt) read as captured",
}
"""Held-out articles whose listed negatives the reader still reports (xfail, strict)."""


@pytest.mark.parametrize("article", [
    pytest.param(a, marks=pytest.mark.xfail(reason=KNOWN_MISSES[a["id"]], strict=True))
    if a["id"] in KNOWN_MISSES else a for a in DEVSET], ids=[a["id"] for a in DEVSET])
def test_no_listed_negative_is_reported(article):
    found = extract_figures(article["text"], article["lang"], article.get("published"))
    reported = {t.strip() for t in found["figure_text"]}
    assert not reported & {n.strip() for n in article["negatives"]}


def test_precision_recall_and_fields_on_the_devset():
    tuned = score([a for a in DEVSET if not a.get("heldout")])
    print("\n" + pd.DataFrame(tuned).T.round(2).to_string())
    overall = tuned["all"]
    # the 29 articles the rules were tuned on: precision 1.00, recall 0.96, every field 0.89
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.94
    assert overall["metric"] >= 0.95 and overall["reading"] >= 0.98
    assert overall["all_fields"] >= 0.85
    for lang, row in tuned.items():
        assert row["precision"] >= 0.85 and row["recall"] >= 0.85, lang


def test_precision_recall_and_fields_with_the_held_out_articles():
    # nine articles held out in issue 16 scored 0.70 precision, 0.95 recall and 0.16 every
    # field right before any rule was changed for them; with them and issue 16b's sixteen,
    # the whole set measures precision 0.98, recall 0.97, metric 0.98, claimant 0.91, every
    # field right 0.87
    result = score(DEVSET)
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["precision"] >= 0.92 and overall["recall"] >= 0.94
    assert overall["metric"] >= 0.95 and overall["reading"] >= 0.98
    assert overall["all_fields"] >= 0.80
    for lang, row in result.items():
        assert row["precision"] >= 0.80 and row["recall"] >= 0.85, lang


def test_precision_recall_and_fields_on_the_second_held_out_set():
    # sixteen articles held out in issue 16b (es, uk, ko, ja, ru, fr) scored precision 0.80,
    # recall 0.93, claimant 0.62, every field right 0.57 before any rule was changed for
    # them; after: precision 0.95, recall 1.00, claimant 0.97, every field right 0.88
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16b"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["precision"] >= 0.90 and overall["recall"] >= 0.90
    assert overall["all_fields"] >= 0.80


def test_a_scored_article_reports_what_it_missed():
    result = score_article(next(a for a in DEVSET if a["id"] == "ko-koreamedia-2"))
    assert (result["tp"], result["gold"], result["found"]) == (3, 3, 3)
    assert math.isclose(result["all"], 3)


# ── a claimant named in the sentence after the figures ─────────────────────────────────────

AFTER = {
    "en": "About 300 North Korean soldiers have been killed in Kursk. That is according to "
          "South Korea's National Intelligence Service.",
    "de": "Etwa 300 nordkoreanische Soldaten wurden in Kursk getötet. Das teilte der "
          "südkoreanische Geheimdienst NIS am Montag mit.",
    "fr": "Environ 300 soldats nord-coréens ont été tués à Koursk. C'est ce qu'a indiqué lundi "
          "le service de renseignement sud-coréen.",
    "es": "Unos 300 soldados norcoreanos han muerto en Kursk. Así lo informó el lunes el "
          "Servicio Nacional de Inteligencia de Corea del Sur.",
    "ru": "Около 300 северокорейских военных погибли в Курской области. Об этом сообщила "
          "южнокорейская разведка.",
    "uk": "Близько 300 північнокорейських військових загинули в Курській області. Про це "
          "повідомила південнокорейська розвідка.",
    "ko": "쿠르스크에서 북한군 약 300명이 사망했다. 국가정보원이 이같이 밝혔다.",
    "ja": "クルスク州で北朝鮮兵およそ300人が死亡した。国家情報院がこのように明らかにした。",
}


@pytest.mark.parametrize("lang", sorted(AFTER))
def test_a_claimant_named_in_the_next_sentence_is_the_source(lang):
    found = extract_figures(AFTER[lang], lang)
    assert found[["metric", "claimant"]].values.tolist() == [["killed", NIS]]
    assert "next sentence" in found["why"].iloc[0]


def test_a_next_sentence_with_figures_of_its_own_gives_no_source_to_the_one_before():
    text = ("About 300 North Korean soldiers have been killed in Kursk. According to the NIS, "
            "2,700 were wounded.")
    found = extract_figures(text, "en")
    assert found["claimant"].tolist() == ["Unattributed", NIS]


def test_the_next_sentence_counts_over_one_unattributed_sentence_with_figures():
    # held-out de-sueddeutsche: "… mehr als 2700 … verletzt und mindestens 300 getötet …
    # Das jedenfalls schätzt der NIS …"
    article = next(a for a in DEVSET if a["id"] == "de-sueddeutsche")
    found = extract_figures(article["text"], "de", article["published"]).set_index("figure_text")
    assert found.loc["mehr als 2700", "claimant"] == found.loc["mindestens 300", "claimant"] == NIS


# ── speed: the RE2 prefilter never changes what re finds ────────────────────────────────

def test_the_prefilter_finds_every_pattern_re_finds():
    from analysis.articles.claimants import load_claimants
    from analysis.articles.cues import compile_cues, lower
    from analysis.articles.prefilter import Prefilter
    from analysis.articles.translate import to_set as loosen

    names = load_claimants()
    for lang, text in [(a["lang"], a["text"]) for a in DEVSET]:
        hits = names.filter.hits(text)
        assert {k for k, (_, rx) in enumerate(names.patterns) if rx.search(text)} <= hits
        cues, low = compile_cues(lang), lower(text)
        present = cues.present(low)
        for kind, group in cues.groups.items():
            for (_, rx), k in zip(group, cues.members[kind], strict=True):
                if rx.search(low):
                    assert k in present, (lang, kind, rx.pattern[:60])
    assert loosen(r"(?<!\w)(?:killed|dead)(?!\w)") == "(?:killed|dead)"
    assert loosen(r"(?<=x)y") is None and loosen(r"(a)\1") is None
    assert Prefilter([r"\bNIS\b", r"Kim Jong.?Un"]).hits("Ким and nis") == {0}


def test_the_prefilter_scans_in_small_sets_and_answers_across_them():
    # (24pf) one RE2 set of a language's ~300 cues was slow on Cyrillic text: sets of 16
    from analysis.articles.cues import compile_cues
    from analysis.articles.prefilter import Prefilter

    words = Prefilter([rf"\bword{k:02d}\b" for k in range(40)], case_sensitive=True)
    assert [len(part.index) for part in words.parts] == [16, 16, 8]
    assert words.hits("word03 and word39, not word40") == {3, 39}
    assert words.hits("nothing here") == set()
    uk = compile_cues("uk").filter
    assert len(uk.parts) > 10 and max(len(part.index) for part in uk.parts) == 16


def test_the_word_edged_search_matches_re_finditer():
    from analysis.articles.cues import _spans, compile_cues, lower

    for article in DEVSET:
        cues, low = compile_cues(article["lang"]), lower(article["text"] + " xkilled killedx")
        for group in cues.groups.values():
            for _, rx in group:
                assert _spans(rx, low) == [m.span() for m in rx.finditer(low)], rx.pattern[:60]


def test_the_guided_search_matches_re_finditer():
    # (19sp) every cue searched only where its RE2 guide matched, the guide forced for every
    # pattern (not only those ``re`` cannot skip ahead in), on texts with non-ASCII
    # characters and spaces (a guide's spans are in characters, not bytes)
    from analysis.articles.cues import _spans, compile_cues, lower
    from analysis.articles.translate import to_guide as guide

    for article in DEVSET:
        cues, low = compile_cues(article["lang"]), lower(
            article["text"] + " xkilled killedx ½ 1\u00a0000 ² über")
        encoded = low.encode("utf-8")
        for kind, group in cues.groups.items():
            for (_, rx), k in zip(group, cues.members[kind], strict=True):
                starts = cues.filter.starts(k, low, encoded)
                if starts is not None:
                    assert _spans(rx, low, starts) == [m.span() for m in rx.finditer(low)], \
                        rx.pattern[:60]
    assert guide(r"(?<!\w)a(?=b)\d{0,3}[^\s\d]") == r"(?:)a(?:)\pN*[^\s\d]"
    assert guide(r"[^\S\n]") is None and guide(r"(a)\1") is None
    assert guide(r"\u00c0") == r"\x{00c0}"


def test_the_nearby_guard_never_misses_a_match():
    # (19sq) a rule's words searched in a window around a number are first looked for near it
    # in the whole text (``Nearby``): whenever the rule's expression matches in a window, the
    # guard says so (windows cut inside words, at every width, on texts given the words)
    import re

    from analysis.articles.cues import Nearby, compile_cues, lower, words_pattern
    from analysis.articles.translate import to_window
    from analysis.lang import ARTICLE_TABLES

    for article in DEVSET:
        code = article["lang"]
        spaced = compile_cues(code).spaced
        table = ARTICLE_TABLES[code]
        extra = " ".join(w.replace("\\w*", "xy").replace("?", "") for key in ("entry", "usual")
                         for w in table.get(key, []) if "(" not in w and "[" not in w)
        low = lower(article["text"][:1500] + " " + extra + " 3 통상 3 通常兵器 x")
        for key in ("entry", "usual"):
            rx = re.compile(words_pattern(table[key], spaced))
            near = Nearby(table[key], spaced)
            assert near.loose is not None, (code, key)
            hits = 0
            for lo in range(0, len(low), 5):
                for hi in (lo, lo + 3, lo + 17, lo + 60, lo + 300):
                    if rx.search(low, lo, hi):
                        hits += 1
                        assert near.within(low, lo, hi), (code, key, lo, hi)
            assert hits, (code, key)
    assert to_window("통상(?=\\s?\\d)") == "통상" and to_window("\\w*visum") == "visum"
    assert to_window("a$") is None and to_window("a\\b") is None
    assert to_window("(?i)a") is None and to_window("a[^$(]b") == "a[^$(]b"


def test_alternatives_grouped_by_first_letter_match_as_before():
    import re

    from analysis.articles.alternation import grouped
    from analysis.articles.cues import lower
    from analysis.lang import FIGURE_TABLES

    # the number words of each language as the number pattern groups them, followed by a
    # word edge that sends re back into the alternatives ("a" after "an" failed)
    for article in DEVSET:
        fig, low = FIGURE_TABLES[article["lang"]], lower(article["text"])
        words = sorted((re.escape(w) for key in ("numbers", "scales", "vague", "several")
                        for w in fig.get(key, {})), key=len, reverse=True)
        plain, fast = (re.compile(rf"(?:{body})(?!\w)") for body in ("|".join(words),
                                                                        grouped(words)))
        assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)]
    assert grouped(["said", "told", "says"]) == "s(?:aid|ays)|told"
    # a class with a special character, a capturing or quantified group keeps its place; a
    # leading group is spread, an optional one too (its alternatives, then none of them)
    assert grouped(["[]s]ay", "said", "(?:x|s)ays", "(s)ee", "(?:a|b)?c", "s?x"]) == \
        "[]s]ay|s(?:aid|ays)|xays|(s)ee|ac|bc|c|s?x"
    # a look-behind goes after the first letter, with it; a small class is one per letter
    assert grouped(["(?<!x)ab", "[23]c", "b"]) == "a(?<!(?:x)a)b|2c|3c|b"
    # every cue of every language as the reader scans it: the same spans as its own pattern
    from analysis.articles.cues import _spans, compile_cues

    for lang in sorted({a["lang"] for a in DEVSET}):
        low = lower("\n".join(a["text"] for a in DEVSET if a["lang"] == lang))
        for group in compile_cues(lang).groups.values():
            for _, rx in group:
                assert _spans(rx, low) == [m.span() for m in rx.finditer(low)], rx.pattern


def test_a_name_that_owns_the_troops_is_no_source():
    # held-out ru-tsn: "… около 11 тыс. солдат Ким Чен Ына. Об этом сообщило издание Yonhap
    # со ссылкой на данные разведки Южной Кореи."
    article = next(a for a in DEVSET if a["id"] == "ru-tsn")
    found = extract_figures(article["text"], "ru", article["published"])
    assert found.loc[found["figure_text"].str.contains("11 тыс"), "claimant"].tolist() == [NIS]
    found = extract_figures("About 300 of Kim Jong Un's soldiers have been killed in Kursk. "
                            "That is according to the NIS.", "en")
    assert found["claimant"].tolist() == [NIS]


# ── issue 16b: rules found on the second held-out set ───────────────────────────────────

IMPERSONAL = {
    "en": "Ukrainian intelligence said 30 North Korean soldiers were killed. It is estimated "
          "that North Korea has sent about 11,000 troops to Russia.",
    "es": "La inteligencia ucraniana informó que 30 soldados norcoreanos murieron. Se estima "
          "que unos 11.000 soldados norcoreanos han sido enviados a Rusia.",
    "ko": "국정원은 북한군 30명이 사망했다고 밝혔다. 북한은 1만여 명의 병력을 파병한 것으로 "
          "전해졌다.",
    "ja": "国家情報院は北朝鮮兵30人が死亡したと明らかにした。北朝鮮兵約1万1000人が派遣されたと"
          "伝えられている。",
}


@pytest.mark.parametrize("lang", sorted(IMPERSONAL))
def test_an_impersonal_estimate_takes_no_claimant_from_the_sentence_before(lang):
    found = extract_figures(IMPERSONAL[lang], lang)
    assert found["metric"].tolist() == ["killed", "deployed"]
    assert found["claimant"].iloc[0] != "Unattributed"
    assert found["claimant"].iloc[1] == "Unattributed"


EXCLUDED = {
    "en": "About 2,000 wounded North Korean soldiers were repatriated to North Korea, the NIS "
          "said.",
    "de": "Von den nordkoreanischen Soldaten seien 3.000 vermisst oder verwundet, so der NIS.",
    "fr": "Environ 2.000 soldats nord-coréens blessés ont été rapatriés en Corée du Nord, "
          "selon le NIS.",
    "es": "Unos 2.000 soldados norcoreanos heridos fueron repatriados a Corea del Norte, según "
          "el Servicio Nacional de Inteligencia.",
    "ru": "По данным разведки Южной Кореи, около 1,1 тыс. военных КНДР вернулись на родину.",
    "uk": "За даними розвідки Південної Кореї, близько 2 тисяч поранених військових КНДР "
          "повернулися додому.",
    "ko": "국정원에 따르면 러시아에 파병된 북한군 부상자 1500여 명이 북한으로 송환됐다.",
    "ja": "国家情報院によると、負傷した北朝鮮兵約2000人が北朝鮮に帰還した。",
}


@pytest.mark.parametrize("lang", sorted(EXCLUDED))
def test_returned_repatriated_or_missing_soldiers_are_no_figure(lang):
    assert extract_figures(EXCLUDED[lang], lang).empty


def test_a_breakdown_of_a_deployment_is_no_other_deployment():
    text = ("По данным разведки Южной Кореи, в Курской области остаются 11 тыс. военных КНДР. "
            "Отмечается, что 10 тыс. человек – это обычные войска.")
    assert extract_figures(text, "ru")["best"].tolist() == [11000]


def test_a_cjk_counter_may_close_the_first_number_of_a_range():
    found = extract_figures("北朝鮮の追加の派兵は1000人から3000人規模だという。", "ja")
    assert found[["metric", "low", "high"]].values.tolist() == [
        ["additional_deployed", 1000.0, 3000.0]]


def test_a_korean_month_is_no_figure():
    found = extract_figures("국정원은 북한군이 2월 첫 주부터 쿠르스크 전선에 다시 투입됐고 "
                            "약 4천 명의 사상자가 발생했다고 밝혔다.", "ko")
    assert found["figure_text"].tolist() == ["약 4천 명"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Se dice que más de 3.000 soldados norcoreanos han muerto o han resultado heridos. "
           "Esta cifra fue declarada por el presidente ucraniano Volodymyr Zelensky."),
    ("en", "More than 3,000 North Korean soldiers have been killed or wounded. This figure was "
           "given by President Volodymyr Zelensky."),
])
def test_a_sentence_about_this_figure_says_whose_it_is(lang, text):
    found = extract_figures(text, lang)
    assert found[["metric", "claimant"]].values.tolist() == [
        ["killed_or_wounded", "Volodymyr Zelensky (President of Ukraine)"]]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("uk", "Як відомо, у Росії перебуває близько 11 тисяч військових КНДР, за словами "
           "офіційних осіб Південної Кореї.", "South Korea government"),
    ("uk", "За інформацією Сеула, КНДР відправить до Росії близько 6 тисяч військових.",
     "South Korea government"),
    ("ru", "Американский военный чиновник назвал несколько сотен жертв среди военных КНДР.",
     "US Department of Defense"),
    ("ru", "Северная Корея потеряла 101 солдата. Об этом сообщает телевидение КНДР.",
     "North Korea (state media and leadership)"),
])
def test_claimant_names_of_the_language_tables(lang, text, claimant):
    assert extract_figures(text, lang)["claimant"].tolist() == [claimant]


@pytest.mark.parametrize(("lang", "text", "claimants"), [
    ("ja", "北朝鮮が公開した戦死者は350人ほどでしたが、国家情報院は北朝鮮兵1800人あまりが戦死した"
           "と推定した。", ["North Korea (state media and leadership)", NIS]),
    ("ko", "북한이 공개한 전사자는 350명 정도였지만, 국정원은 북한군 1800여 명이 전사한 것으로 "
           "추정했다.", ["North Korea (state media and leadership)", NIS]),
])
def test_a_name_in_the_figures_own_clause_comes_first(lang, text, claimants):
    assert extract_figures(text, lang)["claimant"].tolist() == claimants


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Zelensky a déclaré que près de 3 000 soldats nord-coréens avaient été tués. Le "
           "gouvernement sud-coréen estime ce chiffre à environ 1 100."),
    ("en", "Zelensky said nearly 3,000 North Korean soldiers had been killed. South Korea puts "
           "the figure at about 1,100."),
])
def test_this_figure_takes_the_metric_of_the_figure_before(lang, text):
    found = extract_figures(text, lang)
    assert found[["metric", "best", "claimant"]].values.tolist() == [
        ["killed", 3000.0, "Volodymyr Zelensky (President of Ukraine)"],
        ["killed", 1100.0, "South Korea government"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "国家情報院は北朝鮮兵300人が死亡したと明らかにした。韓国紙は複数の消息筋の話として、"
           "北朝鮮の追加の派兵は1000人から3000人規模だと報じた。"),
    ("en", "The NIS said 300 North Korean soldiers were killed. Citing unnamed sources, the paper "
           "reported that 3,000 more North Korean troops were sent."),
])
def test_unnamed_sources_are_nobody(lang, text):
    found = extract_figures(text, lang)
    assert found["claimant"].tolist() == [NIS, "Unattributed"]


def test_a_lawmaker_relays_the_briefing_named_in_the_sentences_around():
    text = ("По меньшей мере 100 северокорейских военных погибли в Курской области. Об этом "
            "заявил член парламента Южной Кореи Ли Сон Гвон, сообщает агентство со ссылкой на "
            "Reuters. Ли выступил после закрытого брифинга разведки в парламенте.")
    assert extract_figures(text, "ru")["claimant"].tolist() == [NIS]


def test_a_carried_claimant_is_the_source_rather_than_the_agency_that_relayed_it():
    text = ("Ukraine's military intelligence gave new figures on Monday. Reuters reported the "
            "briefing. It said 300 North Korean soldiers were killed.")
    assert extract_figures(text, "en")["claimant"].tolist() == [
        "Ukraine Defence Intelligence (HUR)"]


@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("fr", "Selon le NIS, un autre soldat nord-coréen est mort en captivité.", "un autre soldat"),
    ("es", "Según el NIS, un soldado norcoreano murió en cautiverio.", "un soldado"),
    ("de", "Laut NIS ist ein nordkoreanischer Soldat in Gefangenschaft gestorben.",
     "ein nordkoreanischer Soldat"),
    ("fr", "Le NIS a confirmé qu'un soldat nord-coréen qui a été capturé vivant par les "
           "Ukrainiens a succombé à ses blessures.", "un soldat"),
    ("uk", "Поранений солдат КНДР, захоплений у полон українськими військовими, помер у "
           "п'ятницю. Про це 27 грудня повідомляє Yonhap з посиланням на Національну "
           "розвідувальну службу Південної Кореї (NIS).", "Поранений солдат"),  # 16g: the
    # wounded of "an injured North Korean soldier" is part of the noun phrase
])
def test_a_soldier_who_died_in_captivity_is_read_from_its_noun_phrase(lang, text, phrase):
    found = extract_figures(text, lang)
    assert found[["figure_text", "metric", "claimant"]].values.tolist() == [
        [phrase, "died_in_captivity", NIS]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine's defense intelligence said some 200 Russian and North Korean soldiers were "
           "killed."),
    ("de", "Laut HUR wurden etwa 200 russische und nordkoreanische Soldaten getötet."),
])
def test_mixed_units_are_not_our_story(lang, text):
    assert extract_figures(text, lang).empty


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Pentagone a confirmé des pertes parmi les 11 000 soldats nord-coréens envoyés "
           "pour soutenir la guerre de Poutine."),
    ("de", "Seit Nordkorea dem NIS zufolge begann, bis zu 12 000 Soldaten nach Russland zu "
           "schicken, gibt es hohe Verluste."),
    ("en", "The Pentagon confirmed losses among the 11,000 North Korean soldiers sent to Russia."),
])
def test_the_troops_sent_are_no_loss_figure(lang, text):
    assert extract_figures(text, lang)["metric"].tolist() == ["deployed"]


def test_fighting_troops_that_were_killed_are_a_loss_figure():
    text = ("Des centaines de soldats nord-coréens combattant aux côtés des Russes, à Koursk, ont "
            "été tués ou blessés, selon le Pentagone.")
    assert extract_figures(text, "fr")["metric"].tolist() == ["killed_or_wounded"]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Українські воїни затримали двох військовослужбовців з Північної Кореї, які прийняли "
           "участь у бойових діях на Курщині."),
    ("ru", "Украинские военные задержали двух военнослужащих из КНДР, которые приняли участие "
           "в боях в Курской области."),
])
def test_detained_soldiers_who_took_part_are_captured_not_hosted(lang, text):
    found = extract_figures(text, lang)
    assert found[["metric", "best"]].values.tolist() == [["captured", 2.0]]


# ── issue 16c: the third held-out round ────────────────────────────────────────────────────

def test_precision_recall_and_fields_on_the_third_held_out_set():
    # eighteen articles held out in issue 16c (all eight languages) scored precision 0.84,
    # recall 0.87, claimant 0.73, every field right 0.63 before any rule was changed for
    # them; after: precision 1.00, recall 1.00, claimant 0.96, every field right 0.89
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16c"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 14
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["all_fields"] >= 0.80


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Кім Чен Ин зустрівся з сім'ями загиблих північнокорейських солдатів."),  # not 7
    ("ko", "북한은 러시아로부터 SA-22 지대공 미사일 등을 지원받았다."),  # a model, not 22
    ("ko", "금속, 항공 등 14개 분야의 산업 현대화를 협의 중이며 북한 노동자가 송출됐다."),
    ("ja", "観光など14の分野で産業の近代化を協議中で、北朝鮮の労働者が派遣された。"),
    ("uk", "Крім того, близько 1100 військових, які повернулися до КНДР у грудні, можуть знову "
           "відправити до Росії."),  # the relative clause says they returned
])
def test_words_models_sectors_and_returned_soldiers_are_no_figures(lang, text):
    assert extract_figures(text, lang).empty


def test_a_duration_adjective_is_no_figure_and_leaves_its_cue_to_the_count():
    text = ("Neun Soldaten seien während des 120-tägigen Einsatzes ums Leben gekommen, sagte "
            "Machthaber Kim Jong Un der staatlichen Nachrichtenagentur KCNA zufolge.")
    found = extract_figures(text, "de")
    assert found[["metric", "best"]].values.tolist() == [["killed", 9.0]]


def test_a_handful_of_wounded_captives_is_captured_but_a_thousand_wounded_stay_wounded():
    captives = extract_figures("Ukraine said investigators were questioning two wounded North "
                               "Korean soldiers after they were captured in Kursk.", "en")
    assert captives[["metric", "best"]].values.tolist() == [["captured", 2.0]]
    wounded = extract_figures("About 1,000 North Korean soldiers were wounded in Kursk after "
                              "others were captured.", "en")
    assert wounded.iloc[0][["metric", "best"]].tolist() == ["wounded", 1000.0]


def test_the_captives_said_again_to_be_wounded_are_one_figure():
    text = ("El presidente ucraniano, Volodimir Zelenski, anunció que las fuerzas ucranianas "
            "arrestaron a dos soldados norcoreanos en Kursk.\n«Dos soldados, aunque estaban "
            "heridos, sobrevivieron y fueron transportados a Kiev», afirmó el mandatario "
            "ucraniano.")
    found = extract_figures(text, "es")
    assert found[["metric", "best", "claimant"]].values.tolist() == [
        ["captured", 2.0, ZELENSKY]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Zelensky had said in late December that Ukraine had captured several seriously "
           "wounded North Korean soldiers who later died."),
    ("fr", "Fin décembre, Zelensky avait mentionné que certains soldats nord-coréens, très "
           "gravement blessés, étaient décédés après avoir été capturés en Ukraine."),
])
def test_captives_who_later_died_died_in_captivity(lang, text):
    assert extract_figures(text, lang)["metric"].tolist() == ["died_in_captivity"]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("fr", "Le président ukrainien a annoncé que ses forces armées avaient capturé deux soldats "
           "nord-coréens.", ZELENSKY),
    ("es", "Según los servicios de seguridad de Kiev se han desplegado 11.000 efectivos "
           "norcoreanos en Kursk.", "Security Service of Ukraine (SBU)"),
    ("ru", "По оценкам Сеула, по меньшей мере 600 северокорейских солдат погибло.",
     "South Korea government"),
    ("uk", "Близько 6000 північнокорейських військових загинули або дістали поранення. Про це "
           "повідомляє Yonhap із посиланням на Національну розвідувальну службу Південної Кореї.",
     NIS),
    ("ja", "国家情報院は報告しました。\n北韓労働者およそ1万5000人が、ロシアに派遣された"
           "とみています。",
     NIS),
])
def test_titles_cases_and_outlet_names_of_claimants(lang, text, claimant):
    assert extract_figures(text, lang)["claimant"].tolist() == [claimant]


def test_estimates_suggest_is_nobodys_estimate():
    text = ("Ukrainian President Volodymyr Zelensky has confirmed the capture of two North Korean "
            "soldiers.\nEstimates suggest that North Korea has dispatched approximately 12,000 "
            "troops to Russia.")
    found = extract_figures(text, "en")
    assert found["claimant"].tolist() == [ZELENSKY, "Unattributed"]


@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("fr", "L'armée ukrainienne a fait prisonnier un soldat nord-coréen, ont rapporté les "
           "renseignements sud-coréens.", "un soldat"),
    ("en", "Ukrainian troops had captured a wounded North Korean soldier in late December who "
           "died soon of his wounds, the NIS said.", "a wounded North Korean soldier"),
    ("de", "Die Ukraine hat einen nordkoreanischen Soldaten gefangen genommen, teilte der NIS "
           "mit.", "einen nordkoreanischen Soldaten"),
])
def test_a_soldier_written_without_a_number_is_one(lang, text, phrase):
    found = extract_figures(text, lang)
    assert found["best"].tolist() == [1.0] and phrase in found["figure_text"].iloc[0]
    assert found["status"].tolist() == ["unparsed"]  # no number written: nothing to check


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Потери северокорейских военных составили более 3 000 человек. Из них около 300 "
           "погибли, а 2 700 получили ранения, сообщил депутат со ссылкой на Национальную "
           "разведывательную службу Республики Корея."),
    ("en", "North Korean casualties have passed 3,000. Of them, about 300 were killed and 2,700 "
           "wounded, according to South Korea's National Intelligence Service."),
])
def test_a_breakdown_sentence_names_the_source_of_the_total_before_it(lang, text):
    assert extract_figures(text, lang)["claimant"].tolist() == [NIS] * 3


def test_yet_after_a_staying_verb_means_still_not_more():
    text = ("Сейчас в Курской области остается еще около 11 тыс. солдат Ким Чен Ына, сообщила "
            "южнокорейская разведка.")
    assert extract_figures(text, "ru")["metric"].tolist() == ["deployed"]
    more = "КНДР отправит в Россию еще около 6 тысяч военных, сообщила южнокорейская разведка."
    assert extract_figures(more, "ru")["metric"].tolist() == ["additional_deployed"]


def test_a_new_wave_later_in_the_same_clause_is_an_additional_deployment():
    text = ("За інформацією Сеула, Північна Корея розглядає можливість відправки до Росії близько "
            "6 тисяч військовослужбовців у рамках третьої хвилі розгортання контингенту.")
    assert extract_figures(text, "uk")["metric"].tolist() == ["additional_deployed"]
    plain = ("За інформацією Сеула, КНДР відправила до Росії близько 11 тисяч "
             "військовослужбовців, а про нові хвилі розгортання не йдеться.")
    assert extract_figures(plain, "uk")["metric"].tolist() == ["deployed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "North Korean soldiers are ordered to kill themselves to avoid capture, the NIS said."),
    ("ru", "Власти КНДР требуют от своих солдат избегать плена путём самоподрыва."),
    ("uk", "Солдатам КНДР наказують підриватися, щоб уникнути полону."),
    ("ko", "북한군은 생포되기 전에 자폭하도록 강요받고 있다고 국정원이 밝혔다."),
    ("ja", "国情院は、ウクライナ軍に捕まりそうになった北朝鮮兵一人が自爆を試みたと説明。"),
])
def test_soldiers_avoiding_capture_are_no_capture(lang, text):
    assert extract_figures(text, lang).empty


# ── issue 16d: the fourth held-out round (en, de, fr, es) ──────────────────────────────────

def test_precision_recall_and_fields_on_the_issue_16d_held_out_set():
    # seventeen articles held out in issue 16d (5 en, 4 de, 4 fr, 4 es; 51 figures) scored,
    # before any rule was changed for them: precision 0.89, recall 0.92, metric 0.91,
    # claimant 0.60, reading 1.00, every field right 0.53 (en 1.00/0.89/0.62, de 0.93/0.93/
    # 0.57, fr 0.70/1.00/0.14, es 0.83/0.91/0.60 as precision/recall/every field).
    # After fixing the error classes (names and joint lists of sources, note markers, rates,
    # stages, "between" ranges, repeats, incises, partitives): precision 1.00, recall 1.00,
    # metric 0.98, claimant 0.96, every field right 0.94 (in sample)
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16d"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 16
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["claimant"] >= 0.90 and overall["all_fields"] >= 0.88
    for lang, row in result.items():
        assert row["precision"] >= 0.90 and row["all_fields"] >= 0.85, lang


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a note marker after the participle, a rate, stages: no figures
    ("es", "Según el Servicio Nacional de Inteligencia coreano, unos 3.000 combatientes enviados "
           "por Pyongyang han muerto o han resultado heridos 1. Esta cifra implica una media de "
           "unas 92 bajas al día.", [("killed_or_wounded", 3000.0)]),
    ("de", "Laut dem NIS soll Nordkorea etwa 15.000 Soldaten nach Russland geschickt haben. "
           "Demnach habe Nordkorea in zwei Phasen Truppen nach Russland geschickt.",
     [("deployed", 15000.0)]),
    # "between" opens a range, the article before a scale word is its one
    ("en", "Officials suggest that between 11,000 and 12,000 North Korean soldiers are "
           "currently in Russia.", [("deployed", 11500.0)]),
    ("en", "North Korea has sent more than a million artillery shells to Russia, the NIS said.",
     [("materiel_sent", 1e6)]),
    # a German compound of the people lost
    ("de", "Von den 11.000 nordkoreanischen Soldaten haben 4.000 Kriegsverluste erlitten, sagten "
           "westliche Beamte.", [("deployed", 11000.0), ("killed_or_wounded", 4000.0)]),
])
def test_notes_rates_stages_ranges_and_compounds(lang, text, expected):
    found = extract_figures(text, lang)
    assert found[["metric", "best"]].apply(tuple, axis=1).tolist() == expected
    if "million" in text:
        assert found.iloc[0][["figure_text", "qualifier"]].tolist() == [
            "more than a million", "at_least"]


JOINT = "Several governments jointly"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Western, South Korean and Ukrainian intelligence agencies have said Pyongyang "
           "deployed more than 10,000 troops."),
    ("en", "Intelligence estimates from the US, Ukraine, and South Korea suggest that 11,000 "
           "North Korean soldiers are in Russia."),
    ("de", "Nach Erkenntnissen südkoreanischer und westlicher Geheimdienste hatte Nordkorea mehr "
           "als 10.000 Soldaten nach Russland entsandt."),
    ("fr", "D'après les autorités sud-coréennes, américaines et ukrainiennes, quelque 12 000 "
           "soldats nord-coréens sont déployés en Russie."),
    ("es", "Las agencias de inteligencia surcoreanas y occidentales aseguran que Corea del Norte "
           "envió más de 10.000 soldados a Rusia."),
])
def test_nationalities_sharing_one_noun_are_a_joint_source(lang, text):
    assert extract_figures(text, lang)["claimant"].tolist() == [JOINT]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("en", "Ukraine's special forces reported that 50 North Korean soldiers were killed.",
     "Ukraine Special Operations Forces"),
    ("en", "Hundreds of Russian soldiers wounded in Ukraine are undergoing rehabilitation in North "
           "Korean hospitals, Russia's ambassador in Pyongyang said.", MATSEGORA),
    ("fr", "Quelque 1.500 soldats nord-coréens se trouvent déjà en Russie, a déclaré l'agence "
           "sud-coréenne du renseignement.", NIS),
    ("fr", "L'état-major interarmées de Séoul parle de 1 100 soldats nord-coréens blessés ou "
           "tués.", "South Korea Joint Chiefs of Staff"),
    ("es", "Rusia planea traer a 12,000 trabajadores norcoreanos, según dijo la inteligencia "
           "militar ucraniana (GUR).", "Ukraine Defence Intelligence (HUR)"),
    ("es", "De acuerdo con estimaciones del Ejército surcoreano, Corea del Norte había enviado "
           "más de 10,000 soldados a Rusia.", "South Korea military (unspecified)"),
    ("de", "Der südkoreanische Geheimdienst nennt Zahlen. Etwa 600 nordkoreanische Soldaten "
           "wurden demnach getötet.", NIS),
])
def test_more_names_of_claimants(lang, text, claimant):
    assert extract_figures(text, lang)["claimant"].tolist() == [claimant]


def test_a_headline_credited_to_an_agency_takes_the_source_named_below_it():
    text = ("About 600 North Korean soldiers have been killed fighting against Ukraine — Reuters\n"
            "Around 600 North Korean soldiers have been killed, Reuters reported, citing South "
            "Korean lawmakers briefed by the country's intelligence agency.")
    found = extract_figures(text, "en")
    assert found[["best", "claimant"]].values.tolist() == [[600.0, NIS]]


def test_the_same_number_from_two_named_sources_is_two_figures():
    text = ("Según el NIS, unos 10,000 soldados norcoreanos están estacionados en la frontera.\n"
            "De acuerdo con estimaciones del Ejército surcoreano, Corea del Norte había enviado "
            "más de 10,000 soldados a Rusia.")
    found = extract_figures(text, "es")
    assert found["claimant"].tolist() == [NIS, "South Korea military (unspecified)"]


def test_companions_and_scare_quotes_take_nothing_from_the_sentences_before():
    text = ("Seoul says North Korean soldiers have fought alongside tens of thousands of Russian "
            "troops.\nSince October, there have been \"hundreds\" of casualties, both killed and "
            "wounded, in Kursk.")
    found = extract_figures(text, "en")
    assert found[["figure_text", "metric", "claimant"]].values.tolist() == [
        ["hundreds", "killed_or_wounded", "Unattributed"]]


@pytest.mark.parametrize(("text", "claimant"), [
    # an incise between the verb and its object does not cut the clause; "les deux
    # prisonniers" are the same two
    ("L'Ukraine a annoncé avoir capturé, jeudi dernier, deux soldats nord-coréens déployés en "
     "Russie. Agés de 20 et 26 ans, les deux prisonniers ont été blessés.",
     "Ukrainian government (unspecified)"),
    # the capture said without a number, then its number; "deux militaires" again is no other
    ("Les services de sécurité ukrainiens ont signalé les premiers cas de capture de militaires "
     "nord-coréens. Deux soldats ont été faits prisonniers. Il s'agit de deux militaires "
     "nord-coréens, dont l'un a été capturé par des combattants du SSO.",
     "Security Service of Ukraine (SBU)"),
])
def test_two_captives_said_three_ways_are_one_capture(text, claimant):
    found = extract_figures(text, "fr")
    assert found[["metric", "best", "claimant"]].values.tolist() == [["captured", 2.0, claimant]]


def test_a_part_of_a_new_wave_is_an_additional_deployment():
    text = ("Pjöngjang will nach Informationen des südkoreanischen Geheimdienstes weitere 6.000 "
            "Soldaten nach Russland entsenden. 1.000 dieser Soldaten seien bereits in Russland "
            "eingetroffen.")
    found = extract_figures(text, "de")
    assert found[["metric", "best"]].values.tolist() == [
        ["additional_deployed", 6000.0], ["additional_deployed", 1000.0]]


def test_precision_recall_and_fields_on_the_fourth_round_check():
    # eight more fresh articles (issue-16d-after: en, de, fr, es; 18 figures), scored with the
    # 16d rules before any change for them: precision 0.89, recall 0.94, claimant 0.88, every
    # field right 0.88; after the table entries below: 1.00 on each (in sample)
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16d-after"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 8
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["all_fields"] >= 0.90


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "According to Ukrainian and Western assessments, some 11,000 North Korean troops are "
           "deployed in the Kursk region.", [("deployed", JOINT)]),
    ("es", "Las tropas norcoreanas entraron en la guerra en octubre, según Kiev y sus aliados "
           "occidentales, que estimaron su número en 10,000 o más.", [("deployed", JOINT)]),
    ("de", "Nordkorea erwägt laut einem Medienbericht, 25.000 Arbeiter in eine Drohnenfabrik in "
           "Russland zu entsenden.", [("workers_sent", "News media (own reporting)")]),
    ("de", "Es wird erwartet, dass etwa 25.000 nordkoreanische Arbeiter zur Fabrik in Tatarstan "
           "gehen, wo im vergangenen Jahr über 6.000 Kampfdrohnen hergestellt wurden.",
     [("workers_sent", "Unattributed")]),
])
def test_joint_assessments_media_reports_and_drone_compounds(lang, text, expected):
    found = extract_figures(text, lang)
    assert found[["metric", "claimant"]].apply(tuple, axis=1).tolist() == expected


def test_a_headline_capture_and_the_number_in_its_lede_are_one_figure():
    text = ("Ukraine captures North Korean soldiers for the 1st time\nKyiv stated on Saturday "
            "that the soldiers were wounded while fighting Ukrainian troops in Russia's Kursk "
            "region but did not give any proof of their nationality.\nHowever, on Sunday, "
            "Seoul's National Intelligence Service (NIS) told AFP it had \"confirmed that the "
            "Ukrainian military captured two North Korean soldiers on January 9 in the Kursk "
            "battlefield.\"\nThis is the first instance of Ukraine capturing troops from the "
            "reclusive state alive.")
    found = extract_figures(text, "en")
    assert found[["metric", "best", "claimant"]].values.tolist() == [["captured", 2.0, NIS]]


# ── issue 16e: a fourth round of unseen articles (ru, uk, ko, ja) ───────────────────────────


def test_precision_recall_and_fields_on_the_fourth_held_out_set():
    # sixteen articles held out in issue 16e (ru, uk, ko, ja; 39 figures) scored, before any
    # rule was changed for them: precision 0.76, recall 0.97, metric 0.79, claimant 0.53,
    # reading 1.00, every field right 0.42 (ru 0.90/1.00/0.33, uk 0.67/0.86/0.00,
    # ko 0.69/1.00/0.64, ja 0.80/1.00/0.50 as precision/recall/every field); after: precision
    # 1.00, recall 1.00, metric 0.97, claimant 0.97, every field right 0.95
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16e"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 16 and overall["figures"] >= 39
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["metric"] >= 0.92 and overall["claimant"] >= 0.92
    assert overall["all_fields"] >= 0.88
    for lang in ("ru", "uk", "ko", "ja"):
        assert result[lang]["precision"] >= 0.90 and result[lang]["recall"] >= 0.90, lang


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "КНДР могла передать России более 6 миллионов 152-миллиметровых снарядов."),
    ("uk", "КНДР передала Росії 122-міліметрові снаряди та 170-мм гаубиці."),
    ("ko", "북한은 240mm 방사포와 170mm 자주포를 러시아에 제공했다."),
    ("ja", "170ミリ自走砲や240ミリロケット砲が支援された。"),
    ("ru", "КНДР направит в Россию бронетранспортеры БТР-80."),
])
def test_calibres_and_model_names_are_no_figures(lang, text):
    found = extract_figures(text, lang)
    assert not {"152", "122", "170", "240", "80"} & {t.strip() for t in found["figure_text"]}


@pytest.mark.parametrize(("lang", "text", "metric"), [
    ("ru", "По словам Буданова, КНДР направит в Россию от 50 до 100 единиц техники.",
     "materiel_sent"),
    ("uk", "За його словами, КНДР передасть від 50 до 100 одиниць техніки.", "materiel_sent"),
    ("uk", "В Курській області досі воюють до 8 000 військових КНДР, хоча важкі втрати "
           "вплинули на їхні операції.", "deployed"),
    ("ko", "젤렌스키 대통령은 전사하거나 부상한 북한군이 3천 명을 넘어섰다고 주장했다.",
     "killed_or_wounded"),
])
def test_metric_words_of_the_fourth_round(lang, text, metric):
    assert extract_figures(text, lang)["metric"].tolist() == [metric]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ru", "Депутат Ли Сон Квен выступил после брифинга разведки. Более 4000 северокорейских "
           "военных получили ранения, сообщил он журналистам, пишет Reuters.", NIS),
    ("ru", "Буданов дал интервью. По его словам, КНДР направит в Россию 6000 военных.",
     "Ukraine Defence Intelligence (HUR)"),
    ("uk", "Про це повідомляє rfi. За даними видання, загинули щонайменше 600 "
           "північнокорейських військових.", "News media (own reporting)"),
    ("uk", "Південнокорейська та західна розвідка оцінює, що КНДР відправила до Росії понад "
           "10 тис. солдатів.", "Several governments jointly"),
    ("ko", "우크라이나와 동맹국들의 평가에 따르면, 북한은 약 1만2000명의 병력을 러시아에 파견했다.",
     "Several governments jointly"),
    ("ja", "韓国軍によりますと、ロシアに派遣した北朝鮮兵1万1000人のうち、およそ4000人が死傷した"
           "ということです。", "South Korea military (unspecified)"),
    ("ja", "ウクライナ側は、クルスク州に派遣された北朝鮮兵約1万1000人が戦闘に参加していると分析"
           "している。", "Ukrainian government (unspecified)"),
])
def test_claimants_of_the_fourth_round(lang, text, claimant):
    assert set(extract_figures(text, lang)["claimant"]) == {claimant}


def test_a_sentence_going_on_with_the_one_before_takes_its_additional_word():
    text = ("КНДР планує відправити до РФ додаткові ресурси. Йдеться про близько 6000 "
            "північнокорейських військовослужбовців.")
    assert extract_figures(text, "uk")["metric"].tolist() == ["additional_deployed"]
    alone = "Йдеться про близько 6000 північнокорейських військовослужбовців у Курській області."
    assert extract_figures(alone, "uk")["metric"].tolist() == ["deployed"]


def test_a_capture_told_without_a_number_takes_the_number_of_the_wounded_captives_after_it():
    text = ("Зеленський: наші воїни взяли в полон на Курщині військових з Північної Кореї. Це "
            "двоє солдатів, які хоч і були поранені, але вижили.\nЯк і всім полоненим, цим двом "
            "солдатам з Північної Кореї надається медична допомога.")
    found = extract_figures(text, "uk")
    assert found[["metric", "best", "claimant"]].values.tolist() == [["captured", 2.0, ZELENSKY]]


def test_the_death_of_the_one_captive_told_by_another_source_is_a_figure_of_its_own():
    # (16z) the capture stays Ukraine's; the NIS's death of "this soldier" is one more figure, one
    # captive (as the ledger's rows c027/c028 and round 16t read it)
    text = ("앞서 우크라이나는 지난달에도 쿠르스크주에서 북한군 1명을 생포했다며 사진을 공개했다.\n"
            "국가정보원은 이 병사가 부상 악화로 인해 생포된 지 하루 만에 사망했다고 확인했다.")
    found = extract_figures(text, "ko")
    assert found[["metric", "best", "claimant"]].values.tolist() == [
        ["captured", 1.0, "Ukrainian government (unspecified)"], ["died_in_captivity", 1.0, NIS]]


def test_the_one_captive_counted_before_is_the_one_who_died_in_captivity():
    # no source of its own for the capture: the death is that captive's fate, one figure
    text = ("Ukrainian forces have captured an injured North Korean soldier, the first such "
            "incident since North Korea sent troops to support Russia in the war.\nSouth Korea's "
            "intelligence agency confirmed that the soldier captured on December 26 has died from "
            "his injuries.")
    found = extract_figures(text, "en")
    assert found[["metric", "best", "claimant"]].values.tolist() == [
        ["died_in_captivity", 1.0, NIS]]


def test_russian_wounded_treated_where_the_article_last_named_north_korea():
    text = ("Посол России в КНДР Александр Мацегора дал интервью.\n\"Наглядный пример - "
            "реабилитация сотен раненых бойцов СВО в корейских санаториях\", - сказал Мацегора.")
    found = extract_figures(text, "ru")
    assert found[["metric", "claimant"]].values.tolist() == [["treated_in_north_korea", MATSEGORA]]
    russia = "Реабилитация сотен раненых бойцов СВО проходит в санаториях Подмосковья."
    assert extract_figures(russia, "ru").empty


def test_two_countries_side_by_side_are_no_joint_source():
    text = ("North Korea sent troops to fight Ukraine, and South Korea said about 300 of them were "
            "killed.")
    assert extract_figures(text, "en")["claimant"].tolist() == ["South Korea government"]


def test_a_count_closing_its_sentence_after_another_event_is_no_note_marker():
    text = ("North Korean troops attacked near Kursk; about 300 were wounded and the special "
            "forces killed 12.")
    assert extract_figures(text, "en")[["metric", "best"]].values.tolist() == [
        ["wounded", 300.0], ["killed", 12.0]]


# ── issue 16f: a fifth round of unseen articles (ru, uk, ko, ja) ────────────────────────────


def test_precision_recall_and_fields_on_the_fifth_held_out_set():
    # twenty articles held out in issue 16f (ru, uk, ko, ja; 56 figures) scored, before any
    # rule was changed for them: precision 0.75, recall 0.89, metric 0.86, claimant 0.44,
    # reading 0.98, every field right 0.40 (ru 0.83/0.91/0.10, uk 0.53/0.73/0.75,
    # ko 0.85/1.00/0.36, ja 0.78/0.91/0.43 as precision/recall/every field); after (merged with
    # main): precision 1.00, recall 0.95, metric 0.94, claimant 0.87, every field right 0.81
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16f"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 20 and overall["figures"] >= 56
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.92
    assert overall["metric"] >= 0.90 and overall["claimant"] >= 0.83
    assert overall["all_fields"] >= 0.78
    for lang in ("ru", "uk", "ko", "ja"):
        assert result[lang]["precision"] >= 0.88 and result[lang]["recall"] >= 0.88, lang


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("uk", "За словами Зеленського, втрати північнокорейських військ становлять 4 тис., з них "
           "дві третини загиблих.", "дві"),
    ("ja", "英国国防省は北朝鮮軍が5千人以上の死傷者を出し、このうち約3分の1が戦死したと分析した。",
     "1"),
    ("uk", "Двоє полонених солдатів КНДР не були включені до обміну у форматі «1000 на 1000».",
     "1000"),
    ("ru", "Пленных из КНДР не включили в обмен 1000 на 1000.", "1000"),
    ("ja", "複数の韓国軍関係者が、北朝鮮が1千人以上の兵力をロシアに増派したと明らかにした。",
     "複数"),
    ("ja", "ウクライナ36独立海兵旅団によると、北朝鮮兵3千人が死傷した。", "36"),
    ("ko", "컨테이너에 실린 물건이 모두 152㎜ 고폭탄이라고 가정할 때, 북한이 러시아에 포탄 600여만 "
           "발을 보낸 규모다.", "152"),
    ("uk", "Зеленський заявив, що Європа зможе зібрати армію, яка налічуватиме три мільйони осіб.",
     "три мільйони"),
    ("ja", "ウクライナ国防省によると、ロシアは74万5700人の損失を出している。北朝鮮兵は1万人。",
     "74万5700人"),
    ("ru", "Зеленский рассказал о 12 000 северокорейских военных. На одном Курском направлении "
           "россия потеряла 30-35 тысяч личного состава.", "30-35 тысяч"),
])
def test_fractions_exchanges_units_and_other_armies_are_no_figures(lang, text, number):
    assert number not in {t.strip() for t in extract_figures(text, lang)["figure_text"]}


@pytest.mark.parametrize(("lang", "text", "metric"), [
    ("ko", "국정원은 북한 파병 군인 가운데 6000여 명이 숨지거나 다친 것으로 파악했다.",
     "killed_or_wounded"),
    ("ja", "韓国軍は、北朝鮮が1千人以上の兵力をロシアに増派する動きを把握した。",
     "additional_deployed"),
    ("ru", "Двух северокорейских военнопленных передадут Южной Корее.", "captured"),
    ("uk", "«Північна Корея. 12 тисяч приїхали», — сказав Зеленський.", "deployed"),
    ("uk", "Зеленський: українські військові взяли в полон північнокорейських солдатів. За "
           "словами президента, полонені солдати КНДР померли через тяжкі поранення.",
     "died_in_captivity"),
    ("ja", "韓国軍合同参謀本部は「北朝鮮兵士1万1千人のうち4千人が死傷した」と発表した。",
     "killed_or_wounded"),
])
def test_metric_words_of_the_fifth_round(lang, text, metric):
    assert extract_figures(text, lang)["metric"].tolist()[-1:] == [metric]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ja", "NATOによると、北朝鮮は約1万人の兵士をロシアに派遣した。", "NATO"),
    ("ko", "국방부 국방정보본부가 제출한 자료에 따르면 북한은 컨테이너 2만8천여개를 "
           "러시아로 반출했다.",
     "South Korea Defense Intelligence Agency"),
    ("ko", "북한 관영매체들이 전사자 초상 101개에 메달을 수여했다고 보도했다.",
     "North Korea (state media and leadership)"),
    ("ja", "英国国防部は、北朝鮮軍は5千人以上の死傷者を出したと分析していた。",
     "UK Ministry of Defence (Defence Intelligence)"),
    ("ja", "北朝鮮が1万1千人の兵士をロシアに派遣したのがウクライナの情報では昨年10月である。",
     "Ukrainian government (unspecified)"),
    ("ja", "韓国、ウクライナ、西側諸国の情報筋によると6000人以上の北朝鮮兵が死亡した。",
     "Several governments jointly"),
    ("ja", "[14日 ロイター] - ロシア国防省が動画を公開した。北朝鮮は約1万4000人の兵士を派遣し、"
           "6000人以上が死亡したとされる。", "Unattributed"),
    ("ja", "韓国軍合同参謀本部は3月27日に「北朝鮮兵士1万1千人のうち4千人が死傷した」と発表し、"
           "英国国防部も翌3月28日に別の分析を示した。", "South Korea Joint Chiefs of Staff"),
    ("ru", "В 2024–2025 годах по меньшей мере двоих детей вывезли в детский лагерь «Сондовон» в "
           "КНДР. Об этом 3 декабря 2025 года во время слушаний в Сенате США сообщила "
           "эксперт Регионального центра прав человека Катерина Рашевская.",
     "Regional Center for Human Rights (Kateryna Rashevska)"),
    ("ru", "Ранее спецслужбы Южной Кореи сообщали о примерно 2000 погибших северокорейских "
           "военных.", NIS),
    ("ru", "Ранее президент Украины сообщал, что Северная Корея потеряла около 4000 солдат.",
     ZELENSKY),
    ("uk", "За словам президента, втрати північнокорейських військ становлять 4 тис.", ZELENSKY),
    ("uk", "Двоє полонених солдатів КНДР не були включені у список, інформує Yonhap із посиланням "
           "на депутата парламенту Південної Кореї.", "South Korea government"),
    ("ko", "우크라이나는 지난달에도 쿠르스크에서 북한군 1명을 생포했다면서 사진을 공개했다.",
     "Ukrainian government (unspecified)"),
])
def test_claimants_of_the_fifth_round(lang, text, claimant):
    assert set(extract_figures(text, lang)["claimant"]) == {claimant}


def test_a_year_like_number_counting_people_is_a_figure():
    found = extract_figures("Спецслужбы Южной Кореи сообщали о примерно 2000 погибших "
                            "северокорейских военных в 2024 году.", "ru")
    assert found[["figure_text", "best"]].values.tolist() == [["примерно 2000", 2000.0]]


def test_a_number_written_once_keeps_it_when_a_later_mention_without_one_is_attributed():
    text = ("По меньшей мере двоих детей вывезли в детский лагерь в КНДР. Об этом сообщила "
            "Катерина Рашевская.\nЛагерь был открыт в 1960 году, туда приезжали дети из России.")
    found = extract_figures(text, "ru")
    assert found[["metric", "best"]].values.tolist() == [["hosted_children", 2.0]]


def test_the_photo_of_captives_after_treatment_is_no_russian_wounded():
    text = ("국가정보원은 우크라이나군이 북한군 2명을 생포한 사실을 확인했다.\n"
            "젤렌스키 대통령은 치료 후 수용시설 내 침대에 있는 북한군 2명의 사진을 "
            "텔레그램에 게재했다.")
    assert extract_figures(text, "ko")["metric"].tolist() == ["captured"]


def test_one_of_the_captives_is_no_capture_of_its_own():
    text = ("국정원은 북한군 2명을 생포한 사실을 확인했다. 국정원에 따르면 생포된 북한군 중 1명은 "
            "조사에서 작년 11월 러시아에 도착했다고 언급했다.")
    assert extract_figures(text, "ko")["best"].tolist() == [2.0]


def test_an_unattributed_headline_restating_the_body_figure_is_that_figure():
    text = ("Втрати північнокорейських військ уже склали 4 тис. військових. Про це повідомив "
            "Володимир Зеленський.\nВже 4 тис. військових КНДР загинуло у війні")
    found = extract_figures(text, "uk")
    assert found[["metric", "claimant"]].values.tolist() == [["killed_or_wounded", ZELENSKY]]


def test_an_odd_count_before_a_korean_scale_is_read_whole():
    text = "국방정보본부 자료에 따르면 북한은 포탄 약 600여만 발을 러시아로 보냈다."
    assert extract_figures(text, "ko")["best"].tolist() == [6_000_000.0]


def test_another_countrys_army_is_not_ours_but_the_korean_peoples_army_is():
    assert extract_figures("Европа сможет собрать армию в три миллиона человек.", "ru").empty
    found = extract_figures("Более 1000 саперов Корейской народной армии работают в Курской "
                            "области.", "ru")
    # (sappers are the later wave: an additional deployment, as in every language, 16r)
    assert found[["metric", "best"]].values.tolist() == [["additional_deployed", 1000.0]]


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "국정원은 \"우크라이나 정보당국(SBU)과의 실시간 공조를 통해 북한군 2명을 생포한 사실을 "
           "확인했다\"고 밝혔다."),
    ("uk", "Розвідка Південної Кореї у співпраці з СБУ підтвердила, що двоє військових КНДР "
           "потрапили у полон."),
])
def test_a_partner_of_the_source_is_not_the_source(lang, text):
    assert set(extract_figures(text, lang)["claimant"]) == {NIS}


def test_precision_recall_and_fields_after_the_fifth_round():
    # six more fresh articles (issue 16f-after: ru 1, uk 1, ko 2, ja 2; 14 figures) scored after
    # the 16f changes and before any change for them: precision 0.72, recall 0.93, metric 1.00,
    # claimant 0.54, every field right 0.54 (main the same); after their table entries: 1.00
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16f-after"])
    overall = result["all"]
    assert overall["figures"] >= 14
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["all_fields"] >= 0.90


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ru", "Украина заверила, что двух северокорейских военных, захваченных на Курщине, не "
           "передадут России. Об этом пишет UPI со ссылкой на главу южнокорейского МИД Чо Хён.",
     "South Korea government"),
    ("ja", "韓国の申源湜・国防相は、北朝鮮がコンテナ約6700個の武器・弾薬をロシアに提供したと"
           "述べた。聯合ニュースによると、同相は少なくとも数百万発の砲弾が提供されたと発言。",
     "South Korea Ministry of National Defense"),
    ("uk", "Північна Корея направила тисячі своїх громадян на роботу до Росії. Про це повідомляє "
           "Yonhap із посиланням на Національну розвідувальну службу Південної Коре.", NIS),
])
def test_claimants_after_the_fifth_round(lang, text, claimant):
    assert set(extract_figures(text, lang)["claimant"]) == {claimant}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ko", "신 장관은 \"수백 개의 북한 군수공장은 가동률이 약 30% 수준\"이라며 적어도 포탄 "
           "몇백만 발이 갔다고 볼 수 있다고 말했다. 같은 기간 러시아에서 북한으로 넘어간 "
           "컨테이너는 약 1만 개로 추정된다.", [2_000_000.0]),
    ("ja", "同相は「この2つが混在していた」と発言。北朝鮮は見返りとして食料などが積載された"
           "コンテナ約9000個を受け取った。北朝鮮は砲弾100万発をロシアに送った。", [1_000_000.0]),
])
def test_what_russia_sent_back_factories_and_things_are_no_materiel(lang, text, expected):
    assert extract_figures(text, lang)["best"].tolist() == expected
# ── issue 16g: a fifth round of unseen articles (en, de, fr, es) ─────────────────────────────

SHOIGU = "Russian Security Council (Sergei Shoigu)"


def test_precision_recall_and_fields_on_the_issue_16g_held_out_set():
    # twenty articles held out in issue 16g (5 each in en, de, fr, es; 65 figures) scored with
    # main's reader before any rule was changed for them: precision 0.82, recall 0.92, metric
    # 0.75, claimant 0.62, reading 1.00, every field right 0.52 (en 0.88/0.93/0.64, de 0.68/
    # 0.93/0.54, fr 0.86/0.92/0.17, es 0.88/0.91/0.62 as precision/recall/every field). After
    # the rules below: precision 1.00, recall 0.97, metric 0.97, claimant 0.97, every field
    # right 0.94 (in sample)
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16g"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] >= 20 and overall["figures"] >= 65
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["metric"] >= 0.92 and overall["claimant"] >= 0.90
    assert overall["all_fields"] >= 0.85
    for lang in ("en", "de", "fr", "es"):
        assert result[lang]["precision"] >= 0.90 and result[lang]["recall"] >= 0.90, lang


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    text = ("Etwa 1.000 nordkoreanische Soldaten sind laut BBC gefallen.Der ukrainische Präsident "
            "Wolodymyr Selenskyj hatte am 9. Januar gesagt, dass die Truppen 4.000 Verluste zu "
            "beklagen hätten.")
    found = extract_figures(text, "de")
    assert found[["figure_text", "claimant"]].values.tolist() == [
        ["Etwa 1.000", "News media (own reporting)"], ["4.000", ZELENSKY]]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # typographic apostrophe
    ("en", "South Korea’s intelligence service has estimated North Korea’s death toll at 600.",
     NIS),
    ("de", "Nordkorea schickt nach russischen Angaben 1.000 Minen-Entschärfer in das Gebiet "
           "Kursk. Das teilte der Sekretär des russischen nationalen Sicherheitsrats, Sergej "
           "Schoigu, mit.", SHOIGU),
    ("fr", "Sergueï Choïgou a annoncé l'arrivée de 1 000 sapeurs nord-coréens.", SHOIGU),
    ("es", "Corea del Norte enviará 1.000 desminadores. Así lo anunció Serguéi Shoigú.", SHOIGU),
    ("fr", "Selon le ministère sud-coréen de la Défense, la Russie a reçu près de 5 millions "
           "d'obus de la Corée du Nord.", "South Korea Ministry of National Defense"),
    ("es", "La agencia de espionaje surcoreana informó que al menos 300 soldados norcoreanos "
           "han muerto.", NIS),
    ("fr", "Début novembre, la Corée du Sud a affirmé qu'environ 5.000 soldats nord-coréens "
           "avaient été envoyés, en citant ses services de renseignement.", NIS),
])
def test_sources_named_in_the_fifth_round(lang, text, expected):
    assert extract_figures(text, lang)["claimant"].tolist() == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Security Council Secretary Sergei Shoigu said Kim Jong Un agreed to send an "
           "additional 6,000 North Korean personnel."),
    ("de", "Nordkoreas Machthaber Kim Jong-un will 6.000 Kräfte der Pionier- und Bautruppen "
           "in das russische Gebiet Kursk entsenden.Das kündigte der russische "
           "Sicherheitsratssekretär Sergei Schoigu am Dienstag an."),
])
def test_north_koreas_leader_sending_troops_is_not_the_source(lang, text):
    assert extract_figures(text, lang)[["metric", "claimant"]].values.tolist() == [
        ["additional_deployed", SHOIGU]]


def test_north_koreas_leader_who_says_is_the_source():
    text = "Kim Jong Un said nine North Korean soldiers were killed in the demining mission."
    assert extract_figures(text, "en")["claimant"].tolist() == [
        "North Korea (state media and leadership)"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 5,000 North Korean construction troops moved into Russia."),
    ("de", "Demnach entsendet Nordkorea 5.000 Bauarbeiter des Militärs nach Kursk."),
    ("fr", "Choïgou a annoncé l'arrivée de 5 000 ouvriers militaires nord-coréens."),
    ("es", "Shoigu dijo que Corea del Norte enviará mil zapadores norcoreanos."),
])
def test_sappers_and_military_builders_are_an_additional_deployment(lang, text):
    assert extract_figures(text, lang)["metric"].tolist() == ["additional_deployed"]


def test_civilian_workers_stay_workers():
    text = ("Según la inteligencia surcoreana, al menos 15.000 trabajadores norcoreanos ya están "
            "en Rusia.")
    assert extract_figures(text, "es")["metric"].tolist() == ["workers_sent"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La cifra de 600 soldados norcoreanos muertos fue revelada el miércoles 30."),
    ("en", "Ukraine updates: North Korean soldiers killed in KurskDecember 27, 2024"),
    # the victims of a Russian strike on Kyiv, the other side's own losses, mines to clear
    ("de", "Nordkorea schickt Soldaten nach Kursk. Behörden: Mindestens 14 Tote bei Luftangriff "
           "auf Kiew."),
    ("fr", "La Russie accueille des troupes nord-coréennes, alors que Moscou a dépassé le "
           "million de pertes humaines."),
    ("fr", "Les démineurs nord-coréens travaillent là où des \"centaines\" de mines restent."),
])
def test_weekday_dates_glued_months_and_other_losses_are_no_figures(lang, text):
    found = extract_figures(text, lang)
    assert not {"30", "27", "Mindestens 14", "million", "centaines"} & set(found["figure_text"])


def test_a_year_like_count_of_soldiers_is_a_figure():
    text = ("La inteligencia surcoreana calcula que alrededor de 2000 soldados norcoreanos han "
            "muerto.")
    assert extract_figures(text, "es")[["metric", "best"]].values.tolist() == [["killed", 2000.0]]


def test_a_list_of_the_dead_and_wounded_is_killed_or_wounded():
    text = ("Nordkoreanische Truppen: Die Verluste, die die Gefallenen, Verwundeten und "
            "Vermissten umfassen, würden auf 4.000 geschätzt.")
    assert extract_figures(text, "de")["metric"].tolist() == ["killed_or_wounded"]


def test_parts_adding_up_to_an_earlier_figure_are_its_breakdown():
    text = ("Kim Jong-un will 6.000 Kräfte der Pionier- und Bautruppen nach Kursk entsenden. "
            "Demnach entsendet Nordkorea 1.000 Pioniere sowie 5.000 Bauarbeiter des Militärs.")
    assert extract_figures(text, "de")["best"].tolist() == [6000.0]


def test_an_injured_captive_after_the_captors_reads_one_and_then_died():
    text = ("Ukrainian forces have captured an injured North Korean soldier.\nSouth Korea's "
            "intelligence agency confirmed that the soldier has died from his injuries.")
    found = extract_figures(text, "en")
    assert found[["figure_text", "metric", "best", "claimant"]].values.tolist() == [
        ["an injured North Korean soldier", "died_in_captivity", 1.0, NIS]]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Zwei Kriegsgefangene aus Nordkorea haben darum gebeten, an Südkorea ausgeliefert zu "
           "werden.\nDies berichtet RBK Ukrajina unter Berufung auf die Deutsche Welle.",
     "News media (own reporting)"),
    ("en", "Two captured North Korean soldiers were transferred to Kyiv.", "Unattributed"),
    ("en", "According to South Korea, two North Korean soldiers were captured.",
     "South Korea government"),
])
def test_a_place_the_soldiers_go_to_is_no_source(lang, text, expected):
    assert extract_figures(text, lang)["claimant"].tolist() == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The entire North Korean contingent of approximately 12,000 troops currently deployed "
           "in Kursk may be killed or wounded by mid-April should it suffer its current high "
           "loss rate.", [("deployed", 12000.0)]),
    ("en", "Up to 3,000 North Korean soldiers may have been killed.", [("killed", 3000.0)]),
])
def test_a_projection_is_no_count(lang, text, expected):
    found = extract_figures(text, lang)
    assert found[["metric", "best"]].apply(tuple, axis=1).tolist() == expected


def test_another_count_goes_on_with_the_report_before():
    text = ("Des sources de renseignement militaire ukrainiennes rapportent que plus de 20 "
            "militaires nord-coréens ont été tués. Cette opération a eu lieu le 3 octobre, et "
            "trois autres soldats ont été blessés.")
    found = extract_figures(text, "fr")
    assert found["claimant"].tolist() == ["Ukraine Defence Intelligence (HUR)"] * 2


def test_the_final_held_out_set_scored_before_any_change():
    # tests/cases/articles/final_heldout.yml: 24 articles (3 in each of the eight languages, 62
    # figures) labelled by a helper who changed no code and never ran the reader on them,
    # collected while rounds 16g and 16h were still being written. Scored once, with no rule
    # changed for them: on main before 16g/16h merged (9b4acfd) precision 0.90, recall 0.87,
    # every field 0.57 of the figures found; on main after every round of issue 16 (11bd20a)
    # precision 0.91, recall 0.85, metric 0.89, claimant 0.70, reading 0.98, every field 0.62
    # of the figures found (0.53 of the figures labelled). No rule was written for them: this
    # test keeps that untuned measurement from getting worse.
    articles = load_yaml(DEVSET_DIR / "final_heldout.yml")
    result = score(articles)
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] == 24 and overall["figures"] == 62
    assert overall["precision"] >= 0.90 and overall["recall"] >= 0.85
    assert overall["claimant"] >= 0.69 and overall["all_fields"] >= 0.61


# ── issue 16j: a round of unseen Japanese and Korean articles ───────────────────────────────


def test_precision_recall_and_fields_on_the_16j_round():
    # ten ja and eight ko articles (issue-16j; 49 figures), labelled before the reader ran on
    # them, scored untuned: ja precision 0.93, recall 0.90, every field right 0.77 of the
    # figures found; ko 0.85 / 0.85 / 0.82 (all: 0.90 / 0.88 / 0.79). After the 16j rules:
    # ja 1.00 / 1.00 / 1.00, ko 1.00 / 0.95 / 1.00 (in sample)
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16j"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] == 18 and overall["figures"] == 49
    assert overall["precision"] >= 0.95 and overall["recall"] >= 0.95
    assert overall["claimant"] >= 0.95 and overall["all_fields"] >= 0.95
    for lang in ("ja", "ko"):
        assert result[lang]["precision"] >= 0.95 and result[lang]["recall"] >= 0.90, lang


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # guns, launchers and shells by their counters, with the qualifier after the counter
    ("ja", "国家情報院は、北朝鮮がロシアに170ミリ自走砲と240ミリ放射砲を計160門以上送ったと"
           "みている。", [("materiel_sent", "160門以上", 160.0)]),
    ("ja", "韓国の情報機関は、北朝鮮が砲弾1000万発余りを送ったと分析した。",
     [("materiel_sent", "1000万発余り", 10_000_000.0)]),
    # "両" after a number counts vehicles only after a word of materiel
    ("ja", "ウクライナの情報機関によると、北朝鮮は自走砲「M1989」約50両をロシアに供与した。",
     [("materiel_sent", "約50", 50.0)]),
    ("ko", "북한이 러시아에 주력 포격시스템 1백 대를 제공했다고 국정원이 밝혔다.",
     [("materiel_sent", "1백 대", 100.0)]),
    ("ko", "합참은 북한이 자주포와 방사포 등 200여 문을 지원했다고 밝혔다.",
     [("materiel_sent", "200여 문", 200.0)]),
    # people counted are never materiel, even next to a word of shells
    ("ja", "国家情報院は、北朝鮮が約1万1000人と砲弾をロシアに送ったと明らかにした。",
     [("deployed", "約1万1000人", 11000.0)]),
    # "발생" after a count of people is no counter of shells
    ("ko", "합참은 러시아에 파병된 북한군 중 사상자가 약 4000명 발생했다고 밝혔다.",
     [("killed_or_wounded", "약 4000명", 4000.0)]),
])
def test_counters_of_things_and_of_people(lang, text, expected):
    found = extract_figures(text, lang)
    assert found[["metric", "figure_text", "best"]].apply(tuple, axis=1).tolist() == expected


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("ja", "ウクライナ国防省は、北朝鮮が多連装ロケット砲約200基を供与したと述べた。",
     "Ukraine Ministry of Defence"),
    ("ja", "ウクライナ国防省情報総局は、北朝鮮が多連装ロケット砲約200基を供与したと述べた。",
     "Ukraine Defence Intelligence (HUR)"),
    ("ja", "ウクライナ軍によれば、クルスク州で北朝鮮兵3人が死亡した。",
     "Ukrainian government (unspecified)"),
    ("ja", "米国は、北朝鮮が1000個以上のコンテナをロシアに送ったと発表した。",
     "US government (unspecified)"),
    ("ja", "ロシアメディアによると、北朝鮮は工兵など6000人を追加派遣する。", "Russian media"),
    # an outlet relaying a named source yields to it
    ("ko", "FT에 따르면 우크라이나 정보당국은 북한이 자주포 50문을 러시아에 공급했다고 파악했다.",
     "Ukraine Defence Intelligence (HUR)"),
    ("ko", "러시아 쿠르스크주에서 북한군 사상자가 6000명을 돌파했다고 영국 국방정보국이 밝혔다.",
     "UK Ministry of Defence (Defence Intelligence)"),
    ("ko", "우크라이나 국방부는 북한이 러시아에 자주포 100문을 제공했다고 밝혔다.",
     "Ukraine Ministry of Defence"),
])
def test_ja_and_ko_sources_of_round_16j(lang, text, claimant):
    found = extract_figures(text, lang)
    assert found["claimant"].tolist() == [claimant]


def test_a_bracketed_body_after_ukrainian_intelligence_names_the_partner():
    # "우크라이나 정보당국(SBU)과의 실시간 공조": the SBU is a partner, the NIS the source
    text = ("국정원은 \"우크라이나 정보당국(SBU)과의 실시간 공조를 통해 우크라이나군이 북한군 "
            "2명을 생포한 사실을 확인했다\"고 밝혔다.")
    assert extract_figures(text, "ko")["claimant"].tolist() == [NIS]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # builders and sappers named before the number: a later, additional wave
    ("ja", "国家情報院は、北朝鮮の建設部隊約５０００人が９月から順次移動していると明らかにした。",
     [("additional_deployed", 5000.0)]),
    ("ja", "国家情報院によると、北朝鮮がロシアに派遣した兵士は約1万人で、工兵約1000人が追加で"
           "派遣された。", [("deployed", 10000.0), ("additional_deployed", 1000.0)]),
    # the other side's troops are no figure
    ("ja", "クルスク州では、北朝鮮兵1万人以上を含む約5万人の露軍が攻勢をかける可能性がある。",
     [("deployed", 10000.0)]),
    # a clause of its own after "、" (not after "は、"): the repatriated are no figure
    ("ja", "国家情報院によると、北朝鮮兵の死者は約600人、負傷者は4100人に及んでいて、負傷者のうち"
           "約2000人は、北朝鮮に送還された。", [("killed", 600.0), ("wounded", 4100.0)]),
    # the missing counted with the casualties do not make the figure no figure
    ("ko", "북한군은 4천 명에 달하는 사상자와 실종자가 발생한 것으로 전해지고 있습니다.",
     [("killed_or_wounded", 4000.0)]),
    # times ("10여차례") and distances ("60㎞") are no figures
    ("ko", "국정원은 북한이 포탄 100만발 이상을 10여차례에 걸쳐 러시아에 수송했다고 밝혔다.",
     [("materiel_sent", 1_000_000.0)]),
    ("ko", "우크라이나 정보당국은 북한이 사정거리 60㎞의 자주포 50문을 러시아에 공급했다고 밝혔다.",
     [("materiel_sent", 50.0)]),
])
def test_ja_and_ko_figures_of_round_16j(lang, text, expected):
    found = extract_figures(text, lang)
    assert found[["metric", "best"]].apply(tuple, axis=1).tolist() == expected


@pytest.mark.parametrize(("second", "claimant"), [
    ("韓国の国家情報院は30日、北朝鮮がロシアに兵士を派遣したことなどを国会に報告しました。", NIS),
    # the next sentence speaks of something else: no source for the lead
    ("ゼレンスキー大統領は30日、ロシア軍の損失について述べました。", "Unattributed"),
])
def test_a_japanese_lead_takes_the_source_opening_the_next_sentence(second, claimant):
    text = "ロシアに派遣された北朝鮮兵約600人が死亡したことが分かりました。\n" + second
    found = extract_figures(text, "ja")
    assert found[["metric", "best", "claimant"]].values.tolist() == [["killed", 600.0, claimant]]
