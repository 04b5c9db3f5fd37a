# ruff: noqa: E501 (the phrases are data, as written)
"""Codebook D59 (17ca): a share, a span of years, a model number, a measure or a week beside the count.

Each item with phrases of its own in several languages (from the rounds' misses, from reporting
in the pages corpus, or written from the grammar), and phrases where it must not fire: a share of
another number (its whole), a range of per cent, a measure listed with the count by "and", a
number alone, two counts left. The positives read unparsed before 17ca (two quantities).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CASES = [
    # D59.1 a share in per cent beside the count, signed or not, in brackets or not
    ("ko", "관세청에 적발된 품목은 핸드백이 155점(43%)으로 가장 많았고", 155, "exact"),
    ("ko", "교통사고 사망자는 3529명으로 지난해 비해 10.4% 감소했다", 3529, "exact"),
    ("it", "Sono 16.448 incidenti (+22%) gli incidenti che coinvolgono le biciclette", 16448, "exact"),
    ("it", "nel corso del 2022 sono deceduti 485 pedoni (+3% rispetto allo scorso anno)", 485, "exact"),
    ("ja", "「通行区分」違反が60%にあたる610件に上り", 610, "exact"),
    ("de", "In Saudi-Arabien sank die Zahl der vollstreckten Todesurteile leicht um zwölf Prozent auf 172 Hinrichtungen", 172, "exact"),
    ("en", "at least 40 people (25%) died", 40, "at_least"),
    ("en", "some 1,561 confirmed or 85 per cent of the worldwide total", 1561, "approx"),
    ("ru", "а погибли при восхождении приблизительно 200 (8%)", 200, "approx"),
    ("uk", "1800 дворів – 80% домоволодінь – постраждали", 1800, "exact"),
    ("pt", "contabilizam-se cerca de 2300 óbitos em excesso, 25% acima da linha de base", 2300, "approx"),
    ("es", "murieron 120 personas (-3%) en las carreteras", 120, "exact"),
    ("fr", "1 200 morts sur les routes (+5 %) cette année", 1200, "exact"),
    # ... not a share of another number (its whole), nor a range of per cent, nor a share alone
    ("en", "40 killed and 25% of the 300 injured", U, ""),
    ("en", "8 % of 2,000 patients died", U, ""),
    ("es", "el 25% de los 300 heridos", U, ""),
    ("ru", "25% из 300 пострадавших", U, ""),
    ("ko", "부상자 300명 중 25%가 중상", U, ""),
    ("en", "1-40%", (1, 40), "range"),
    ("it", "possiamo stimarlo intorno al 1-20%", (1, 20), "range"),
    # a figure text that is only "um N Prozent" is a change's size (D137 for digits, D156 for
    # number words: written before either, when this row checked only the per cent in words)
    ("de", "um zwölf Prozent", 12, "exact additional"),
    # D59.2 a span of years
    ("en", "16 pediatric flu deaths have been reported during the 2018-19 season", 16, "exact"),
    ("en", "Past years' pediatric deaths totaled 110 in 2016-17", 110, "exact"),
    ("en", "the 2018-19 season saw 300 deaths", 300, "exact"),
    ("en", "totaled 110 in 2018/19", 110, "exact"),
    ("en", "Flu has sickened 6 million to 7 million people in the U.S. during the 2018-19 season", (6e6, 7e6), "range"),
    ("de", "In der Saison 2017/18 starben 1.674 Menschen", 1674, "exact"),
    ("fr", "300 décès lors de la saison 2018-19", 300, "exact"),
    # ... not a year alone, nor two counts
    ("en", "12 killed in 2019", 12, "exact"),
    ("en", "2 killed and 3 injured in 2018-19", U, ""),
    # D59.3 a model, type or series designation
    ("de", "Der Hubschrauber vom Typ Eurocopter 135 war mit drei Personen besetzt", 3, "exact"),
    ("es", "Los seis ocupantes de un helicóptero militar Bell 412 de fabricación estadounidense murieron", 6, "exact"),
    ("uk", 'На Камчатці (Росія) розбився приватний вертоліт "Робінсон-44", в результаті загинули три людини', 3, "exact"),
    ("en", "a Sikorsky S-92 crashed, killing 11", 11, "exact"),
    ("uk", "Сітками з моторного човна «Прогрес-4» браконьєри виловили 1159 особин чорноморського оселедця", 1159, "exact"),
    # D59.4 a measure with its unit
    ("ko", "농장으로부터 500m 이내 닭과 오리 18만여 마리를 매몰 처리하고", 180000, "at_least"),
    ("de", "Bei einem Absturz eines Hubschraubers der Bundespolizei aus mehr als hundert Meter Höhe sind zwei Menschen gestorben", 2, "exact"),
    ("zh", "1000多名救援人员在海拔超过3800米的事故现场持续救援近30天", 1000, "at_least"),
    ("ja", "最大46km、約1500台が立ち往生", 1500, "approx"),
    ("ru", "в 300 метрах от берега нашли 12 тел", 12, "exact"),
    ("es", "a 200 metros del lugar murieron 4 personas", 4, "exact"),
    # ... not a measure listed with the count by "and", nor a range of it alone
    ("ru", "почти 370 километров региональных и местных дорог и 36 мостов", U, ""),
    ("de", "aus etwa 120 bis 130 Meter Höhe abgestürzt", (120, 130), "range"),
    ("fr", "à quelque 150 ou 200 mètres", (150, 200), "range"),
    ("en", "5m", 5_000_000, "exact"),
    # D59.5 a week's number with its word
    ("de", "dem RKI bislang in der 15. KW knapp über 4000 labordiagnostisch bestätigte Influenzafälle übermittelt", 4000, "at_least"),
    ("de", "Insgesamt wurden dem RKI seit Saisonstart (40. Meldewoche 2018) fast 330.000 Fälle bekannt", 330000, "nearly"),
    ("de", "In KW 12 wurden 340 Fälle gemeldet", 340, "exact"),
    ("ko", "15주차 환자는 1천200명으로", 1200, "exact"),
    # ... not fr "semaine" before a number (a count may follow "cette semaine")
    ("fr", "a touché cette semaine 13 élèves et 20 adultes", U, ""),
]


test_d59_reads_as_the_codebook_says = case_test(CASES)
