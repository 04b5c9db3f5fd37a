# ruff: noqa: E501 (the phrases are data, as written)
"""31fx: language features the figure reader missed in round 89 (issue 17, D218).

The first phrase of each feature is round 89's, a real phrase of the ``pages`` corpus (its source
in ``tests/cases/figures_round89.csv``); other real phrases carry their page's URL in a comment;
the rest are forms written for this test from each grammar; expected readings by hand from the
codebook.

* D218.1: "N of them were X and M Y" opening the phrase (es "Siete de ellas eran mujeres y dos
  hombres"; en, ru, uk, pl, id alike; pt, it, fr, de read so already) is a list of two counts,
  unparsed. "N of them" alone stays N; a count before it stays the total (D5).
* D218.2: ar "بين A noun وB" (between A noun and B), the noun told once after the low end, is the
  range, as D213 reads "from A noun to B"; "من بين" (among) and a B with a noun of its own stay.
* D218.3: a bracket opening with a breakdown word closes the breakdown, as D210.2's comma does:
  "and" with a count after it is the list's next part ("I 28 ospiti (tra questi 4 bambini) e i
  12 dipendenti", unparsed); after D210.2's comma, a definite article before that count ("e i
  12") no longer hides it. A bracketed breakdown with no count after it stays D5's total.
* D218.4: tr "N kişilik" before a thing that holds people (a room, a boat, a bus) is a capacity
  (D96): beside a count it drops. Before a group ("aile", "ekip", "grup") it stays the group's
  size, a count (D96's table, D51.7); so does "a family of four" in ko, ja and ru.
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D218.2: round 89 (masress.com/shorouk/2071145) and the forms of each end
    ("ar", "بين ستة آلاف قتيل و20 ألفا", (6_000, 20_000), "range"),
    ("ar", "بين 6 آلاف قتيل و20 ألفا", (6_000, 20_000), "range"),
    ("ar", "ما بين ستة آلاف قتيل و20 ألفا.", (6_000, 20_000), "range"),
    ("ar", "بين ستة آلاف قتيل وعشرين ألفا", (6_000, 20_000), "range"),
    ("ar", "بين 300 شخص و500", (300, 500), "range"),
    # D218.4: a capacity beside a count drops
    ("tr", "50 kişilik otobüste 60 yolcu vardı", 60, "exact"),
    ("tr", "4 kişilik odada 9 kişi kalıyordu", 9, "exact"),
    ("tr", "8 kişilik teknede 15 göçmen", 15, "exact"),
]
STAY = [
    # D218.1: "N of them" alone, and a count before it (D5)
    ("es", "Siete de ellas eran mujeres", 7, "exact"),
    ("es", "siete de ellos", 7, "exact"),
    ("en", "seven of them were women", 7, "exact"),
    ("ru", "семь из них", 7, "exact"),
    ("uk", "сім з них", 7, "exact"),
    ("id", "tujuh di antaranya perempuan", 7, "exact"),
    ("es", "300 muertos, siete de ellos niños y dos mujeres", 300, "exact"),
    ("en", "300 people died, seven of them were women and two men", 300, "exact"),
    ("ru", "30 человек погибли, семь из них были женщинами и двое мужчинами", 30, "exact"),
    # https://borneobulletin.com.bn/eight-children-two-mothers-among-dead-in-philadelphia-house-fire/
    ("en", "13 people died, seven of them children", 13, "exact"),
    # https://www.reuters.com/article/us-fire-deaths-westvirginia/six-children-two-adults-die-in-west-virginia-house-fire-idUSBRE82O01620120325?feedType=RSS&feedName=domesticNews
    ("en", "Eight people, including six children under the age of nine, died", 8, "exact"),
    # https://bitlysdowssl-aws.com/mundo/masacres-en-colombia-seis-personas-asesinadas-entre-ellas-una-embarazada/amp
    ("es", "Seis personas, entre ellas una mujer embarazada, fueron asesinadas", 6, "exact"),
    # D218.2: "between" ranges with no noun, and "from A noun to B" (D213)
    # https://www.lebanon24.com/news/world-news/1408000/%D8%A3%D8%B1%D9%82%D8%A7%D9%85-%D8%BA%D9%8A%D8%B1-%D8%AF%D9%82%D9%8A%D9%82%D8%A9-%D8%AA%D8%AD%D9%82%D9%8A%D9%82-%D9%8A%D9%83%D8%B4%D9%81-%D8%A3%D8%B9%D8%AF%D8%A7%D8%AF-%D9%82%D8%AA%D9%84%D9%89-%D8%AD%D8%B1%D9%83%D8%A9-%D8%AD%D9%85%D8%A7%D8%B3
    ("ar", "وتتراوح بين 17 و20 ألفا", (17_000, 20_000), "range"),
    # https://www.voltairenet.org/article146328.html
    ("ar", "يراوح بين 59 الفا و65 الفا", (59_000, 65_000), "range"),
    ("ar", "من ستة آلاف قتيل إلى 20 ألفا", (6_000, 20_000), "range"),
    ("ar", "بين 6 آلاف قتيل و20 ألف قتيل", (6_000, 20_000), "range"),
    # D218.3: a bracketed breakdown with no count after it (D5)
    ("it", "I 28 ospiti (tra questi 4 bambini)", 28, "exact"),
    ("it", "I 28 ospiti (tra questi 4 bambini) e i dipendenti", 28, "exact"),
    ("en", "29 victims (including 4 children)", 29, "exact"),
    # D218.4: a group's size is its count (D96, D51.7)
    # https://www.haberler.com/guncel/istanbul-da-gida-zehirlenmesi-aileden-uc-kisi-hayatini-kaybetti-19252938-haberi/
    ("tr", "İstanbul Fatih'te bir otelde konaklayan dört kişilik aile gıda zehirlenmesi şüphesiyle hastaneye kaldırıldı", 4, "exact"),
    ("tr", "300 kişilik ekip bölgeye ulaştı", 300, "exact"),
    ("tr", "10 kişilik grup", 10, "exact"),
    ("tr", "4 kişilik oda", 4, "exact"),
    ("ko", "4인 가족", 4, "exact"),
    ("ja", "4人家族", 4, "exact"),
    ("ru", "семья из четырёх человек", 4, "exact"),
]
UNREAD = [
    # D218.1: round 89 (notiulti.com/?p=6677169), then each grammar
    ("es", "Siete de ellas eran mujeres y dos hombres"),
    ("es", "7 de ellas eran mujeres y 2 hombres"),
    ("es", "siete de ellos eran niños y tres adultos"),
    ("en", "seven of them were women and two men"),
    ("en", "7 of them were women and 2 men"),
    ("ru", "семь из них были женщинами и двое мужчинами"),
    ("uk", "сім з них були жінками і двоє чоловіками"),
    ("pl", "siedem z nich to kobiety i dwóch mężczyzn"),
    ("id", "tujuh di antaranya perempuan dan dua laki-laki"),
    ("pt", "sete delas eram mulheres e dois homens"),
    ("it", "sette di loro erano donne e due uomini"),
    ("fr", "sept d'entre elles étaient des femmes et deux des hommes"),
    ("de", "sieben von ihnen waren Frauen und zwei Männer"),
    # D218.2: B with a noun of its own (two counts), "من بين" (among), a pair that falls
    ("ar", "بين 10 قتلى و20 جريحا"),
    ("ar", "من بين 300 مصاب و20"),
    ("ar", "بين 500 شخص و300"),
    # D218.3: round 89 (vitadamamma.com, Rigopiano), round 46 (rue89strasbourg.com), each grammar
    ("it", "I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti"),
    ("fr", "Dans le Grand Est, Santé publique France a relevé « 1 152 passages aux urgences (dont 747 suivis d’une hospitalisation) et 246 actes SOS Médecins »"),
    ("it", "28 ospiti (tra cui 4 bambini) e 12 dipendenti"),
    ("en", "the 28 guests (including 4 children) and the 12 staff"),
    ("es", "Los 28 huéspedes (entre ellos 4 niños) y los 12 empleados"),
    ("pt", "Os 28 hóspedes (entre eles 4 crianças) e os 12 funcionários"),
    ("fr", "Les 28 clients (dont 4 enfants) et les 12 employés"),
    ("de", "die 28 Gäste (darunter 4 Kinder) und die 12 Angestellten"),
    ("it", "I 28 ospiti, tra questi 4 bambini, e i 12 dipendenti"),
    ("es", "283 pasajeros, entre ellos 3 niños, y los 15 tripulantes"),
    ("de", "28 Gäste, darunter 4 Kinder, und die 12 Angestellten"),
    # http://ansa.it/sito/notizie/cronaca/2017/01/22/hotel-rigopiano-gli-11-sopravvissuti_4bd17850-1040-430c-8dbf-88458e44e615.html (D210.2, as before)
    ("it", "28 ospiti, di cui 4 bambini, e 12 dipendenti"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
