"""Article rules of session 29 (issue 16), from round 16zz26's misses once it was scored.

Round 16zz26 was scored on the session's start and after 29ar's rules, then read: three of its
misses were words the tables lacked, each a feature of the language rather than of the excerpt.
Every first text is the real sentence (round 16zz26, or the round named) with its page's URL;
the others are forms written for this test; expected values by hand from the text.

* A count of infantrymen is a count of troops, as en "infantry" was: de "Infanteristen", fr
  "fantassins", es "infantes", ru "пехотинцы", uk "піхотинці".
* ko and ja: troops carried by sea or air to Russia or the front ("러시아로 수송했다", "ロシアの
  ウラジオストクに1次移送") are sent, as en "transported"; wounded carried to North Korea are not.
* ja: "北" alone is North Korea in translated Korean reporting ("北の軍", "北が"), as ko "北";
  "N次" is an ordinal of waves, no count.
* (29hf, round 16zz27) a fraction of a scale word belongs to the number: "eine halbe Million",
  "half a million", "medio millón", "un million et demi" were read "Million", 1,000,000.
"""

from __future__ import annotations

from article_sets import fields_read as _read
from article_sets import figures_read

COLUMNS = ("figure_text", "metric", "claimant", "best")

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"


def test_german_infantrymen_are_troops():
    # https://www.sueddeutsche.de/politik/ukraine-krieg-newsblog-russland-nordkorea-soldaten-lux.DocspVHNRBCnEP9Smnq6sh
    text = ("Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, sprach in einem "
            "Interview von 11 000 nordkoreanischen Infanteristen, die im Osten Russlands "
            "ausgebildet würden.")
    assert _read(text, "de") == [["11 000", "deployed", HUR, 11000.0]]


def test_infantrymen_in_the_other_languages():
    assert _read("Pyongyang a envoyé 10 000 fantassins en Russie.", "fr") == [
        ["10 000", "deployed", "Unattributed", 10000.0]]
    assert _read("Corea del Norte envió 10.000 infantes a Rusia.", "es") == [
        ["10.000", "deployed", "Unattributed", 10000.0]]
    assert _read("КНДР отправила 10 тысяч пехотинцев в Россию.", "ru") == [
        ["10 тысяч", "deployed", "Unattributed", 10000.0]]
    assert _read("КНДР відправила 10 тисяч піхотинців до Росії.", "uk") == [
        ["10 тисяч", "deployed", "Unattributed", 10000.0]]


def test_japanese_troops_carried_to_vladivostok_by_the_north():
    # https://news.livedoor.com/article/detail/27397988 (round 16zz26): "北" is North Korea, the
    # special forces carried to Russia's Vladivostok are sent, "1次" / "2次" are ordinals
    text = ("続いて「ロシア太平洋艦隊所属の揚陸艦4隻および護衛艦3隻がこの期間、"
            "北の清津(チョンジン)・咸興(ハムフン)・舞水端(ムスダン)近隣地域から"
            "特殊部隊員1500人をロシアのウラジオストクに"
            "1次移送するのを完了し、近いうちに2次輸送作戦が行われる予定」と伝えた。")
    assert _read(text, "ja") == [["1500人", "deployed", "Unattributed", 1500.0]]


def test_korean_troops_carried_to_vladivostok():
    # https://m.imaeil.com/page/view/2024101819123075254 (round 16zz14)
    text = ("러시아 태평양 함대 소속 상륙함 4척과 호위함 3척은 지난 8~13일 동안 북한 청진과 함흥, "
            "무수단 인근 지역에서 북한 특수부대 1천500여명을 러시아 블라디보스토크로 1차 이송했다.")
    assert _read(text, "ko") == [["1천500여명", "deployed", "Unattributed", 1500.0]]
    assert _read("북한이 특수부대원 1500명을 러시아로 수송했다.", "ko") == [
        ["1500명", "deployed", "Unattributed", 1500.0]]


def test_wounded_carried_to_north_korea_are_not_sent():
    assert _read("부상병 200명을 북한으로 이송했다.", "ko") == [
        ["200명", "wounded", "Unattributed", 200.0]]


def test_north_inside_a_word_is_no_north_korea():
    # 南北 (north and south), 東北 (the north-east): no subject of the story
    assert _read("南北の兵士1500人が対峙している。", "ja") == []
    assert _read("東北の工場に作業員1500人をロシアから移送した。", "ja") == []


# ── (29hf) a fraction of a scale word belongs to the number ─────────────────────────────────

def test_a_fraction_of_a_scale_is_read_with_it():
    # https://www.businessinsider.de/politik/international-politics/nordkorea-produziert-auf-hochtouren-waffen-fuer-russland/
    # (round 16zz27): "eine halbe Million solcher Granaten" was read "Million", 1,000,000
    assert figures_read("Nordkorea hat eine halbe Million Granaten an Russland geliefert.", "de",
                        COLUMNS[::3]) == [("eine halbe Million", 500000.0)]
    cases = [
        ("en", "North Korea has sent half a million shells to Russia.", "half a million", 500000),
        ("en", "North Korea has sent a quarter of a million shells.", "a quarter of a million",
         250000),
        ("en", "North Korea has sent one and a half million shells.", "one and a half million",
         1500000),
        ("en", "North Korea has sent a million and a half shells.", "a million and a half",
         1500000),
        ("fr", "La Corée du Nord a livré un demi-million d'obus.", "un demi-million", 500000),
        ("fr", "La Corée du Nord a livré un million et demi d'obus.", "un million et demi",
         1500000),
        ("es", "Corea del Norte envió medio millón de proyectiles.", "medio millón", 500000),
        ("es", "Corea del Norte envió un millón y medio de proyectiles.", "un millón y medio",
         1500000),
        ("ru", "КНДР передала России четверть миллиона снарядов.", "четверть миллиона", 250000),
        ("uk", "КНДР передала Росії чверть мільйона снарядів.", "чверть мільйона", 250000),
    ]
    for lang, text, figure, best in cases:
        assert figures_read(text, lang, COLUMNS[::3]) == [(figure, float(best))], text


def test_a_whole_scale_and_a_share_stay_as_they_were():
    assert figures_read("North Korea has sent a million shells to Russia.", "en",
                        COLUMNS[::3]) == [("a million", 1000000.0)]
    assert figures_read("Half of the 10,000 troops were killed.", "en", COLUMNS[::3]) == []
