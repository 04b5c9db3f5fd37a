# ruff: noqa: E501 (the phrases are data, as written)
"""17ck: D68, a vague magnitude repeated, a measure told with an article or a vague word, and the
Japanese decimal written with the middle dot (issue 17, generality).

Three classes of the grammar the engine missed in every language, each written once in the
engine from the tables' own words (their vague words, a new ``repeat`` list of the words that
join a magnitude to itself, a new ``measures`` list of the units of mass, area and volume, and
``measure_one`` / ``measure_one_qualified``, the singular of such a unit in a language without an
article), never from the rounds' phrases. Phrases of their own, written for this test (none is
a phrase of a round); every row but the "stays" rows read otherwise before the change (unparsed,
or a wrong number: "수천수만 명" read 10,000,000, "千千万万" 20,000,000, "हज़ारों-हज़ारों"
1,000,000).
"""

from __future__ import annotations

import math

from figure_sets import assert_reads_bounds, case_test

NAN = math.nan
U = None  # unparsed


H = (100.0, 100.0, 999.0)
T = (1000.0, 1000.0, 9999.0)
D = (10.0, 10.0, 99.0)
DOZ = (12.0, 12.0, 99.0)
ONE = (1.0, 1.0, 1.0)
MORE = (1.0, 1.0, NAN)
NEAR = (NAN, 1.0, 1.0)
SEV = (2.0, 2.0, 9.0)

# D68.1: a vague magnitude repeated reads as the word once (same bounds); in Han and Hangul two
# vague magnitudes one after the other, the second ten times the first, are one vague figure
# from the first's low to the second's high (D4's two vague ends), never their product
REPEATED = [
    ("en", "hundreds and hundreds of dead fish washed up", H, "vague"),
    ("en", "thousands upon thousands of people fled the city", T, "vague"),
    ("en", "dozens and dozens of homes were destroyed", DOZ, "vague"),
    ("en", "the storm killed thousands on thousands of cattle", T, "vague"),
    ("de", "Tausende und Abertausende Menschen flohen", T, "vague"),
    ("de", "Hunderte und Aberhunderte tote Fische", H, "vague"),
    ("de", "Dutzende und Dutzende Häuser wurden zerstört", DOZ, "vague"),
    ("fr", "des milliers et des milliers de poissons morts", T, "vague"),
    ("fr", "des centaines et des centaines de manifestants", H, "vague"),
    ("fr", "des dizaines et des dizaines de maisons détruites", D, "vague"),
    ("es", "miles y miles de peces muertos", T, "vague"),
    ("es", "cientos y cientos de personas", H, "vague"),
    ("es", "murieron decenas y decenas de vacas", D, "vague"),
    ("it", "decine e decine di pesci morti", D, "vague"),
    ("it", "centinaia e centinaia di persone", H, "vague"),
    ("it", "sono arrivati migliaia e migliaia di tifosi", T, "vague"),
    ("pt", "milhares e milhares de peixes", T, "vague"),
    ("pt", "centenas e centenas de pessoas desalojadas", H, "vague"),
    ("pt", "dezenas e dezenas de casas", D, "vague"),
    ("ru", "тысячи и тысячи людей", T, "vague"),
    ("ru", "погибли сотни и сотни рыб", H, "vague"),
    ("ru", "десятки и десятки домов", D, "vague"),
    ("uk", "сотні й сотні мертвих риб", H, "vague"),
    ("uk", "тисячі і тисячі людей", T, "vague"),
    ("uk", "десятки та десятки будинків", D, "vague"),
    ("pl", "tysiące i tysiące ludzi", T, "vague"),
    ("pl", "setki i setki śniętych ryb", H, "vague"),
    ("pl", "zginęły dziesiątki i dziesiątki krów", D, "vague"),
    ("tr", "binlerce ve binlerce insan", T, "vague"),
    ("tr", "yüzlerce ve yüzlerce ölü balık", H, "vague"),
    ("tr", "onlarca ve onlarca ev yıkıldı", D, "vague"),
    ("ar", "آلاف وآلاف من الأسماك النافقة", T, "vague"),
    ("ar", "مئات ومئات من الأشخاص", H, "vague"),
    ("ar", "عشرات وعشرات المنازل", D, "vague"),
    ("hi", "सैकड़ों और सैकड़ों मछलियाँ", H, "vague"),
    ("hi", "हज़ारों-हज़ारों लोग", T, "vague"),
    ("hi", "दर्जनों और दर्जनों घर", DOZ, "vague"),
    ("id", "ribuan dan ribuan orang", T, "vague"),
    ("id", "ratusan demi ratusan ikan mati", H, "vague"),
    ("id", "puluhan dan puluhan rumah", D, "vague"),
    ("zh", "千千万万的民众", (1000.0, 1000.0, 99999.0), "vague"),
    ("zh", "数千数万只候鸟", (1000.0, 1000.0, 99999.0), "vague"),
    ("zh", "数百数千人", (100.0, 100.0, 9999.0), "vague"),
    ("ja", "何千何万もの人々", (1000.0, 1000.0, 99999.0), "vague"),
    ("ja", "幾千幾万の鳥", (1000.0, 1000.0, 99999.0), "vague"),
    ("ja", "数百数千の魚", (100.0, 100.0, 9999.0), "vague"),
    ("ja", "幾千人もの市民", T, "vague"),  # 幾 is a vague prefix as 数, 何 (read 1,000 exact)
    ("ko", "수천수만 명", (1000.0, 1000.0, 99999.0), "vague"),
    ("ko", "수백 수천 마리의 물고기", (100.0, 100.0, 9999.0), "vague"),
    ("ko", "수십 수백 명이 다쳤다", (10.0, 10.0, 999.0), "vague"),
    ("hi", "सैकड़ों-हज़ारों लोग", (100.0, 100.0, 9999.0), "vague"),
    # stays: two counts, two magnitudes told of two things, a product of magnitudes
    ("en", "hundreds of fish and thousands of birds", U, ""),
    ("en", "hundreds dead and thousands injured", U, ""),
    ("en", "hundreds of thousands", (100000.0, 100000.0, 999999.0), "vague"),
    ("fr", "des centaines de morts et des milliers de blessés", U, ""),
    ("ru", "сотни тысяч", (100000.0, 100000.0, 999999.0), "vague"),
    ("ru", "сотни погибших и тысячи раненых", U, ""),
    ("ar", "عشرات آلاف الأشخاص", (10000.0, 10000.0, 99999.0), "vague"),
    ("ko", "수십만 명", (100000.0, 100000.0, 999999.0), "vague"),
    ("ja", "数十万人", (100000.0, 100000.0, 999999.0), "vague"),
    ("en", "hundreds and hundreds of years", U, ""),
]

# D68.2: a unit of mass, area or volume told with an article, "one" or a vague word is the
# figure (D66.3): one unit, or several (2-9); beside another count it stays no candidate
MEASURE = [
    ("en", "more than a ton of cocaine", MORE, "at_least"),
    ("en", "a tonne of dead fish washed ashore", ONE, "exact"),
    ("en", "nearly a hectare of forest burned", NEAR, "nearly"),
    ("en", "about a kilogram of heroin", ONE, "approx"),
    ("de", "mehr als eine Tonne Kokain", MORE, "at_least"),
    ("de", "eine Tonne toter Fische", ONE, "exact"),
    ("de", "fast ein Hektar Wald brannte ab", NEAR, "nearly"),
    ("de", "mit rund einem Kilogramm Heroin", ONE, "approx"),
    ("fr", "plus d'une tonne de cocaïne", MORE, "at_least"),
    ("fr", "une tonne de poissons morts", ONE, "exact"),
    ("fr", "près d'un hectare de forêt", NEAR, "nearly"),
    ("fr", "environ un kilo d'héroïne", ONE, "approx"),
    ("es", "más de una tonelada de cocaína", MORE, "at_least"),
    ("es", "una tonelada de peces muertos", ONE, "exact"),
    ("es", "casi una hectárea de bosque", NEAR, "nearly"),
    ("es", "cerca de un kilo de heroína", ONE, "approx"),
    ("it", "oltre una tonnellata di cocaina", MORE, "at_least"),
    ("it", "una tonnellata di pesce morto", ONE, "exact"),
    ("it", "quasi un ettaro di bosco", NEAR, "nearly"),
    ("it", "circa un chilo di eroina", ONE, "approx"),
    ("pt", "mais de uma tonelada de peixes", MORE, "at_least"),
    ("pt", "uma tonelada de cocaína", ONE, "exact"),
    ("pt", "quase um hectare de floresta", NEAR, "nearly"),
    ("pt", "cerca de um quilo de heroína", ONE, "approx"),
    ("ru", "более тонны кокаина", MORE, "at_least"),
    ("ru", "около тонны рыбы", ONE, "approx"),
    ("ru", "почти гектар леса", NEAR, "nearly"),
    ("ru", "изъяли тонну кокаина", ONE, "exact"),
    ("uk", "понад тонну кокаїну", MORE, "at_least"),
    ("uk", "близько тонни риби", ONE, "approx"),
    ("uk", "майже гектар лісу", NEAR, "nearly"),
    ("pl", "ponad tonę kokainy", MORE, "at_least"),
    ("pl", "prawie tona śniętych ryb", NEAR, "nearly"),
    ("pl", "około hektara lasu", ONE, "approx"),
    ("tr", "bir tondan fazla kokain", MORE, "at_least"),
    ("tr", "bir ton ölü balık", ONE, "exact"),
    ("tr", "yaklaşık bir hektar orman", ONE, "approx"),
    ("ar", "أكثر من طن من الكوكايين", MORE, "at_least"),
    ("ar", "نحو طن من الأسماك النافقة", ONE, "approx"),
    ("ar", "ضبطت الشرطة كيلوغراما من الهيروين", ONE, "exact"),
    ("zh", "一吨多可卡因", MORE, "at_least"),
    ("zh", "超过一吨的垃圾", MORE, "at_least"),
    ("zh", "几吨垃圾", SEV, "vague"),
    ("zh", "数公顷森林被烧毁", SEV, "vague"),
    ("ja", "数トンのごみ", SEV, "vague"),
    ("ja", "数トンほどの魚", SEV, "vague"),
    ("ja", "数ヘクタールの森林", SEV, "vague"),
    ("ko", "수 톤의 쓰레기", SEV, "vague"),
    ("ko", "수 헥타르의 산림이 탔다", SEV, "vague"),
    ("ko", "수 킬로그램의 마약", SEV, "vague"),
    ("ko", "수톤의 폐사한 물고기", SEV, "vague"),
    # stays: read before (several, "one"), a measure beside a count, distances, plurals, models
    ("en", "several tonnes of fish", SEV, "vague"),
    ("en", "one tonne of cocaine", ONE, "exact"),
    ("hi", "एक टन से ज़्यादा कोकीन", MORE, "at_least"),
    ("id", "lebih dari satu ton sabu", MORE, "at_least"),
    ("ko", "한 톤의 코카인", ONE, "exact"),
    ("ko", "몇 톤의 쓰레기", SEV, "vague"),
    ("en", "a ton of cocaine was seized and 5 people arrested", (5.0, 5.0, 5.0), "exact"),
    ("en", "a barrel bomb killed 5 people", (5.0, 5.0, 5.0), "exact"),
    ("en", "a barrel bomb hit the market", U, ""),
    ("en", "a kilometre from the border", U, ""),
    ("en", "tons of debris", U, ""),
    ("de", "einen Kilometer vom Dorf entfernt", U, ""),
    ("fr", "une tonne de cocaïne saisie et 12 personnes arrêtées", (12.0, 12.0, 12.0), "exact"),
    ("ru", "тонны мусора", U, ""),
    ("ru", "в километре от села", U, ""),
    ("ru", "2 тонны рыбы", (2.0, 2.0, 2.0), "exact"),
    ("ru", "тонна кокаина и 5 задержанных", (5.0, 5.0, 5.0), "exact"),
    ("ar", "طن واحد", ONE, "exact"),
    ("ar", "أكثر من 20 طنا", (20.0, 20.0, NAN), "at_least"),
    ("pl", "tony śmieci", U, ""),
    ("tr", "bir kilometre uzakta", U, ""),
    ("zh", "一公里外", U, ""),
    ("ja", "数キロ先", U, ""),
    ("ja", "数百トン", H, "vague"),
]

# D68.3: Japanese newspapers write a decimal as digit・digit before a unit, a scale or per cent
DOT = [
    ("ja", "約3・7トン", (3.7, 3.7, 3.7), "approx"),
    ("ja", "5・5ヘクタールが焼けた", (5.5, 5.5, 5.5), "exact"),
    ("ja", "３・５万人が避難", (35000.0, 35000.0, 35000.0), "exact"),
    ("ja", "被害額は1・2億円", (120000000.0, 120000000.0, 120000000.0), "exact"),
    ("ja", "支持率は2・8%", (2.8, 2.8, 2.8), "exact"),
    # stays: a date, an incident's name, a list of numbers, a multiplier
    ("ja", "3・11", U, ""),
    ("ja", "5・15事件", U, ""),
    ("ja", "1・5倍", U, ""),
    ("ja", "1・2号機で作業員5人", U, ""),
]


test_a_vague_magnitude_repeated_reads_once = case_test(REPEATED, assert_reads_bounds)
test_a_measure_with_an_article_or_a_vague_word = case_test(MEASURE, assert_reads_bounds)
test_the_japanese_middle_dot_decimal = case_test(DOT, assert_reads_bounds)
