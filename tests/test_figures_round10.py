"""A tenth held-out round for issue 17 (17y): phrases labelled by a helper who never ran the
engine, scored once after round 9's fixes and not tuned for.

``tests/cases/figures_round10.csv`` holds 400 figure phrases from 206 pages of the pages corpus
(dam and bridge collapses, bus crashes, mine fires, avalanches, dengue and mpox, evacuations,
prisoner exchanges, mass arrests, volcanoes, building collapses): 200 in issue 17's new languages
(tr, pl, zh, ar, hi, ko, ja, it, pt, id; 20 each) and 200 in en, de, fr, es, ru, uk (33-34
each); 60 unparsed under the codebook.

Score, untuned: main at the start of the session (54dfa75) **372/400 = 93.0 %**; main after
round 9's fixes **373/400 = 93.3 %** (the ten new languages with es 214/234 = 91.5 %,
en/de/fr/ru/uk 159/166 = 95.8 %; ar 16/20 de 31/33 en 33/34 es 33/34 fr 30/33 hi 19/20 id 18/20
it 20/20 ja 18/20 ko 20/20 pl 15/20 pt 19/20 ru 32/33 tr 16/20 uk 33/33 zh 20/20). No rule was
written for it: the misses below are the measurement, each with why.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round10.csv"
JUDGED = ("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id")

KNOWN_MISSES: set[tuple[str, str]] = {
    # a named person and a count (D12): the label reads no count, the engine reads 2
    ("tr", "Aysel İzgi ile 2 çocuğu can havliyle dışarı kaçtı"),
    # "diğer" (the other) / Arabic "آخرين" / hi "और" / es "más" after the count: the others,
    # labelled additional, read as the total (the tables have no such "other" word here)
    ("tr", "Olay yerinden kurtarılan diğer iki kişi ise helikopterle hemen hastaneye sevk edildi"),
    ("tr", "ekipler yeraltında mahsur kalan diğer 2 işçiye ulaşmak için zamana karşı yarışıyor"),
    ("ar", "واصيب ثمانية اخرون"),
    ("hi", "आज 12 और मामले सामने आने से"),
    ("es", "la Secretaría de Salud confirma mil 600 enfermos de dengue más"),
    # "N and others" after a single death: the label reads a list (no count), the engine 16 more
    ("ar", "مقتل طفل وإصابة 16 آخرين"),
    # "jeszcze" (still) read as "more": eight are still sought, the total
    ("pl", "poszukiwanych jest jeszcze osiem osób"),
    # "iki yada üç" (two or three) with "yada" spelt as one word: no range word in the table
    ("tr", "Vefat eden kişi iki yada üç koltuk arkamdaydı"),
    # Polish number words in the instrumental and masculine-personal cases ("siedmioma",
    # "Siedmiu", "Dwóch") next to an age range or an hour: not read
    ("pl", "Siedmiu poszkodowanych w wieku od 33 do 46 lat nadal przebywa"),
    ("pl", "Wciąż nie ma kontaktu z siedmioma zaginionymi"),
    ("pl", "Dwóch ratowników po godzinie 22 dotarło do turystek"),
    # an age written "22-letni" (22-year-old) read as a count
    ("pl", "Według wstępnych ustaleń czeskiej policji winę za wypadek ponosi młody 22-letni "
           "kierowca"),
    # the Arabic dual "طائرتي" (two aircraft), as round 9's "شخصين"
    ("ar", "وارسلت الصين طائرتي ايرباص"),
    # "منذ مطلع 2025" (since the start of 2025): the year makes the engine leave the phrase
    ("ar", "تكوين 1200 مسعف متطوع منذ مطلع 2025"),
    # "複数" (several) with "いた" and no counter: not read
    ("ja", "自力で脱出した人が複数いたという"),
    # "111の活火山のうち50" (50 of 111): a share, read as the 111
    ("ja", "111の活火山のうち50が"),
    # "contra 223 mil no mesmo período de 2018" (against 223,000): the year ends the phrase
    ("pt", "contra 223 mil no mesmo período de 2018"),
    # "Ribuan" (thousands) capitalised in a headline after other words: not read
    ("id", "Korban Jiwa Terus Bertambah dan Ribuan Warga Dalam Pengungsian"),
    # "13 siswa dan seorang guru" (13 pupils and a teacher): a sum, read as 13
    ("id", "Sebanyak 13 siswa dan seorang guru harus dirujuk"),
    # "no one died": a negation read as one (D36 lists ru "ни одного", not en "no one")
    ("en", "no one died because everyone was evacuated"),
    # "Autobahn 2" (a road's number) before the count makes the engine leave the phrase
    ("de", "Das Busunglück auf Autobahn 2 bei Hannover mit 20 Toten"),
    # years in brackets "(1964 bis 1975)" read as a range of counts
    ("de", "im Vietnam-Krieg (1964 bis 1975)"),
    # two ages after the count ("de 26 et 29 ans") make the engine leave the phrase
    ("fr", "Deux hommes de 26 et 29 ans auraient été pris en charge"),
    # an age "âgé d'une dizaine d'années" read as a count
    ("fr", "un enfant âgé d'une dizaine d'années"),
    # a clock time "vers 23h30" before the count
    ("fr", "après la découverte vers 23h30 de deux corps"),
    # "полутысячи" (half a thousand) after "более": not read
    ("ru", "За последние два дня домой вернулись более полутысячи наших граждан"),
}


(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {JUDGED: 20, ("en", "de", "fr", "es", "ru", "uk"): 33}, 400)
