# ruff: noqa: E501 (the phrases are data, as written)
"""31rb: language features the figure reader missed in round 90 (issue 17, D219).

The first phrase of each feature is round 90's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round90.csv``); phrases with a URL in a comment are copied from other
stored pages; the others are forms written for this test from each grammar; expected readings by
hand from the codebook.

* D219.1: uk the apostrophe of "п'ятсот", "дев'ять", "п'ятнадцять" typed as a double quote mark
  inside the word (a Cyrillic letter on both sides) is the apostrophe, in the figure text's fold
  (with no hint too); quotes around a word stay as they are.
* D219.2: tr the possessive cut after a part's apostrophe ("12’si": Romanian "si" = and) and the
  case forms of "kişi" and "çocuk" are Turkish words: a breakdown told before its count keeps the
  hinted table and its rewrites (D23).
* D219.3: ko "비롯해 / 비롯한 / 비롯하여" (including) after the parts, as "포함해" (D5, D23).
* D219.4: ja 各 right before a number and ko 씩 glued to a count's counter are "each", a per-unit
  count (rule 13), unless the phrase goes on to its total (計; 모두, 총).
* D219.5: fr, es, it, pt, en the article before a noun of a person exchanged for a count ("un
  otage pour trois prisonniers") is the count one: two counts (D5, D195).
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

from analysis.figures import parse_figure

READ = [
    # D219.1
    ("uk", "п”ятсот сорок три особи", 543, "exact"),
    ("uk", 'дев"ять осіб', 9, "exact"),
    ("uk", 'п"ятнадцять загиблих', 15, "exact"),
    ("uk", "п“ять осіб", 5, "exact"),
    ("uk", "близько п”ятисот осіб", 500, "approx"),
    # D219.2
    ("tr", "12’si çocuk, 43 kişinin", 43, "exact"),
    # https://amp.onedio.com/haber/canakkale-de-gocmen-faciasi-cogu-cocuk-39-olu-668715
    ("tr", "5'i çocuk 10 kişinin cesedine ulaşıldı", 10, "exact"),
    ("tr", "8'i çocuk 22 kişinin", 22, "exact"),
    ("tr", "2'si kadın 4 kişinin", 4, "exact"),
    ("tr", "12’si çocuk 43 kişiyi", 43, "exact"),
    # D219.3
    ("ko", "학생 325명을 비롯해 476명", 476, "exact"),
    ("ko", "학생 325명을 비롯한 476명", 476, "exact"),
    ("ko", "어린이 3명을 비롯하여 승객 20명", 20, "exact"),
    # http://news21tongsin.co.kr/news/view.php?idx=252794&mcode=m55nac3 (devset.yml, ko-news21)
    ("ko", "최소 1백여 명의 사망자를 비롯한 1천 명이 넘는 사상자", 1_000, "at_least"),
]
STAY = [
    # D219.1: quotes around a word, and the apostrophe as written
    ("uk", "«п'ять» осіб", 5, "exact"),
    ("uk", '"п\'ять" осіб', 5, "exact"),
    ("uk", "„п'ять” осіб", 5, "exact"),
    ("uk", "п'ятсот сорок три особи", 543, "exact"),
    ("uk", "п`ятсот осіб", 500, "exact"),  # the text fold reads "`" as the apostrophe already
    # D219.2: the forms that read already
    ("tr", "8'i çocuk 22 kişi", 22, "exact"),
    # https://anfturkce.net/guncel/13-gocmen-daha-yasamini-yitirdi-54770 ("ü" is no other table's word)
    ("tr", "4'ü çocuk 13 kişinin cenazesi", 13, "exact"),
    # https://t24.com.tr/haber/can-yelegi-giydirmeden-gocmenleri-olum-yolculuguna-cikarmis,628781
    ("tr", "3’ü çocuk, toplam 7 kişi yaşamını yitirdi", 7, "exact"),
    # D219.3: "비롯된" (stemming from) with one count
    ("ko", "부주의에서 비롯된 사고로 3명이 숨졌다", 3, "exact"),
    # D219.4: the total told after "each"; 各 before a noun
    ("ja", "0~4歳児各7人、5歳児6人の計41人", 41, "exact"),
    ("ja", "各地で計約3490軒が停電", 3_490, "approx"),
    ("ja", "富山、静岡、鳥取、広島、大分、熊本各県で計6人が死亡した", 6, "exact"),
    ("ko", "45명씩 모두 90명", 90, "exact"),
    ("ko", "사고는 구간별로 2∼3대씩 차량이 추돌하는 등 모두 12대의 차량이 얽히며 발생했다", 12, "exact"),
    # D219.5: other nouns after the article; "contre" with no word of exchange (D111)
    ("fr", "un abri pour 300 personnes", 300, "exact"),
    ("fr", "un hôpital pour 300 blessés", 300, "exact"),
    # http://www.caminteresse.fr/economie-societe/combien-coute-un-prisonnier-de-guerre-113292/
    ("fr", "1027 Palestiniens contre un seul Israélien", 1_027, "exact"),
    ("es", "un hospital para 300 heridos", 300, "exact"),
    ("en", "a shelter for 300 people", 300, "exact"),
]
UNREAD = [
    # D219.4
    ("ja", "各75人"),
    ("ja", "各々約100人"),
    ("ja", "双方が各75人の捕虜を解放"),
    ("ja", "各七十五人"),
    ("ko", "군인 45명씩"),
    # https://dailytv.net/video/x8zfwqk
    ("ko", "포로를 75명씩 교환했다"),
    ("ko", "포로 1천200명씩"),
    ("ko", "2,500여 명씩"),
    # D219.5
    ("fr", "un otage pour trois prisonniers"),
    # https://www.slate.fr/story/45123/shalit-1000-palestiniens-inflation-cours-prisonniers
    ("fr", "438 Arabes pour un Israélien"),
    ("fr", "l’échange de 1.027 Palestiniens pour un seul Israélien"),
    ("fr", "une otage pour 30 prisonnières"),
    ("es", "un rehén por tres presos"),
    ("es", "300 presos por un solo soldado"),
    ("it", "un ostaggio per tre prigionieri"),
    ("it", "300 detenuti per un solo soldato"),
    ("pt", "um refém por três prisioneiros"),
    ("pt", "300 presos por um único soldado"),
    ("en", "a hostage for three prisoners"),
    ("en", "1,027 prisoners for a single soldier"),
]
UNREAD_TOO = [
    # D219.2 (D207): parts side by side with no whole stay several counts
    ("tr", "Bu sayıların 4.104'ü çocuk, 2.641'i kadın"),
    # D219.5: a time after "for" is no count
    ("en", "a soldier for 300 days"),
    ("fr", "un otage pour trois jours"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD + UNREAD_TOO, assert_unparsed)


def test_the_apostrophe_typed_as_a_quote_reads_with_no_hint() -> None:
    """D219.1 is the fold's, before the language is guessed: no hint is needed."""
    assert parse_figure("п”ятсот сорок три особи").best == 543
    assert parse_figure('дев"ять осіб').best == 9
