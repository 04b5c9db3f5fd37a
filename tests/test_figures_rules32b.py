# ruff: noqa: E501 (the phrases are data, as written)
"""32rb: language features the figure reader missed in round 92 (issue 17, D221).

The first phrase of each feature is round 92's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round92.csv``); phrases with a URL in a comment are copied from other
stored pages (or from the round named); the others are forms written for this test from each
grammar; expected readings by hand from the codebook.

* D221.1: en "passing" right before the number, as "passed", "exceeding", "surpassing": at least;
  pt "passando / passar / passava(m) de, dos, das" as "passou de"; after "not" / "não" at most.
* D221.2: ru, uk "new" right after the count in the singular (after a number ending in 1) or in
  an oblique case ("161 новый случай", "21 нова жертва", "с 21 новым случаем"): additional, as
  "новых" / "нових"; "очередной" / "черговий" alike.
* D221.3: tr a change "A'dan B'ye" (D35) with A and B told with their scale words and groups, in
  words, or with a hyphen ("8 milyon 645 binden 10 milyon 341 bine yükseldi"): B; "A iken, B'ye"
  with a comma too.
* D221.4: tr a scale word glued to the digits after it, after a number ("156 bin167'ye"): one count.
* D221.5: id "bertambah N menjadi M" and tr "N artarak M'ye" with N in words ("satu orang",
  "yedi kişi artarak, 44 kişiye"): the new total M.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D221.1
    ("en", "the number of cases passing 2,700", 2_700, "at_least"),
    ("en", "deaths passing 500", 500, "at_least"),
    ("en", "not passing 2,700", 2_700, "at_most"),
    # https://correiodecarajas.com.br/mundo-passa-de-15-milhao-de-mortes-por-coronavirus
    ("pt", "após passar de 1,4 milhão de óbitos", 1_400_000, "at_least"),
    ("pt", "passando dos 2.700 casos", 2_700, "at_least"),
    ("pt", "passava dos 300 mortos", 300, "at_least"),
    ("pt", "não passando de 2.700 casos", 2_700, "at_most"),
    ("pt", "não passar de 300", 300, "at_most"),
    # D221.2
    ("ru", "161 новый случай заражения", 161, "exact additional"),
    # https://ntv.ru/novosti/2497106
    ("ru", "26 301 новый случай коронавируса", 26_301, "exact additional"),
    # https://ria24.today/news/v-rossii-za-sutki-vyyavili-23-541-novyy-1/5869378
    ("ru", "23 541 новый случай заражения коронавирусом нового типа", 23_541, "exact additional"),
    ("ru", "21 новая жертва", 21, "exact additional"),
    ("ru", "31 новое заражение", 31, "exact additional"),
    ("ru", "с 21 новым случаем", 21, "exact additional"),
    ("ru", "161 очередной случай", 161, "exact additional"),
    ("uk", "161 новий випадок", 161, "exact additional"),
    ("uk", "21 нова жертва", 21, "exact additional"),
    ("uk", "з 21 новим випадком", 21, "exact additional"),
    ("uk", "161 черговий випадок", 161, "exact additional"),
    # D221.3
    ("tr", "8 milyon 645 binden 10 milyon 341 bine yükseldi", 10_341_000, "exact"),
    # round 43 (https://millihakimiyet.com/mobi/news_detail.php?id=109547)
    ("tr", "son 3 haftada vaka sayısının 954'ten 7 bin 596'ya yükseldiği belirtildi", 7_596, "exact"),
    # https://www.haberekspres.com.tr/turkiyede-milyoner-sayisi-2-milyonu-gecti
    ("tr", "1 milyon 591 bin 683 iken, bu yılın aynı döneminde 2 milyon 367 bin 312’ye yükseldi", 2_367_312, "exact"),
    ("tr", "2 bin 500'den 3 bin 200'e yükseldi", 3_200, "exact"),
    ("tr", "3 binden 2 bin 500'e düştü", 2_500, "exact"),
    ("tr", "beş binden on bine yükseldi", 10_000, "exact"),
    ("tr", "5-ten 10-a yükseldi", 10, "exact"),
    ("tr", "8 milyon 645 binden 10 milyon 341 bine fırladı", 10_341_000, "exact"),
    ("tr", "8 milyon 645 bin olan sayı 10 milyon 341 bine yükseldi", 10_341_000, "exact"),
    # D221.4
    ("tr", "156 bin167'ye ulaştı", 156_167, "exact"),
    ("tr", "2 bin5 kişi", 2_005, "exact"),
    ("tr", "1 milyon300 bin kişi", 1_300_000, "exact"),
    # D221.5
    ("id", "bertambah satu orang menjadi 16 kasus", 16, "exact"),
    ("id", "bertambah seorang menjadi 9 orang", 9, "exact"),
    ("id", "naik tiga kasus menjadi 19 kasus", 19, "exact"),
    # https://haber100.com/gercekkocaeli/m/d/60534/tablo-agirlasiyor-iste-olu-ve-hasta-sayilari
    ("tr", "Hayatını kaybedenlerin sayısı ise yedi kişi artarak, 44 kişiye yükseldi", 44, "exact"),
    ("tr", "iki kişi artarak 16'ya yükseldi", 16, "exact"),
]
STAY = [
    # D221.1: the noun "passing" (a death); the other participles read already
    ("en", "the passing of 3 people", 3, "exact"),
    # https://alt987fm.iheart.com/featured/coronavirus-updates/content/2020-06-29-number-of-global-covid-19-deaths-surpasses-500000/
    ("en", "with the death toll surpassing 125,808", 125_808, "at_least"),
    # https://www.brasil247.com/coronavirus/em-apenas-13-dias-mundo-salta-de-1-para-2-milhoes-de-casos-confirmados-de-coronavirus
    ("pt", "Mortes passam de 128 mil", 128_000, "at_least"),
    ("pt", "passando de 220 mortos para 225", 225, "exact"),
    # D221.2: "new" not right after the count; new vehicles (D132)
    ("ru", "161 случай нового коронавируса", 161, "exact"),
    ("ru", "новый рекорд: 161 случай", 161, "exact"),
    # https://glory.rin.ru/news/389699/V_Rossii_vyjavili_21_650_novyh_sluchaev_COVID-19_.html
    ("ru", "5 472 941 случай заболевания", 5_472_941, "exact"),
    ("ru", "21 новый автомобиль", 21, "exact"),
    ("ru", "1,326 млн новых легковых автомобилей", 1_326_000, "exact"),
    ("uk", "161 випадок нового коронавірусу", 161, "exact"),
    ("uk", "161 випадок у Новій Каховці", 161, "exact"),
    ("uk", "21 новий автобус", 21, "exact"),
    # D221.3: "birden" (suddenly) is no old count
    ("tr", "sayı birden 300'e yükseldi", 300, "exact"),
    ("tr", "80 bin nüfuslu arı birden 30 bine düştü", 30_000, "exact"),
    # D221.5: the forms that read already; the amount alone stays additional
    # https://www.alinea.id/nasional/positif-covid-19-naik-menjadi-1-285-kasus-b1ZJW9sO6
    ("id", "Pasien meninggal bertambah 12 orang menjadi 114 orang", 114, "exact"),
    ("id", "bertambah satu orang", 1, "exact additional"),
    # https://www.haberaktuel.com/turkiye-de-milyoner-sayisi-2-milyonu-gecti-3286223
    ("tr", "775 bin 629 kişi artarak 2 milyon 367 bin 312’ye ulaştı", 2_367_312, "exact"),
    ("tr", "1.873 artarak", 1_873, "exact additional"),
]
UNREAD = [
    # D221.3: "A'dan B'ye" with no verb of change stays as it read (D167)
    ("tr", "300'den 420'ye"),
    # D221.4: a scale word glued to digits with no number before it is left as it read
    ("tr", "bin5 kişi"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
