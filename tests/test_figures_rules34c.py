# ruff: noqa: E501 (the phrases are data, as written)
"""D229 (34rc): counts told with the size of their change, as grammar per language (round 100).

Each item extends D35 / D61 (a change told with both numbers reads the new total), D122 (the size
of a change told after the count is no count) or D164 (a change's size alone: a fall total, a rise
additional) to the orders round 100 met in en de fr es it pt ru uk pl tr id. Phrases are round
100's, variants written from real reporting (cited), and negatives that must read as before.
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

# D229.1: D122's size of a change after the count, in the forms the tables lacked
DIFFERENCES = [
    # en a bracketed per cent between the size and "fewer"
    ("en", "There were 54,488 births registered in 2016 – 612 (1.1%) fewer than in 2015", 54488, "exact"),
    ("en", "There were 14,371 babies born in January, February and March, 1,522 (9.6%) fewer than during those months in 2019", 14371, "exact"),  # irishexaminer.com/news/arid-40039343.html
    # de "das sind N mehr als im Vorjahr" ("als" dropped by the rewrites)
    ("de", "auf insgesamt 114 Tote, das sind 28 mehr als im Vorjahr", 114, "exact"),
    ("de", "4.123 Menschen, 96 weniger als im Vorjahreszeitraum", 4123, "exact"),
    ("de", "Im Januar waren es 2.170 Arbeitslose, das sind 99 weniger als im Vormonat", 2170, "exact"),
    # it "N in più / in meno del …"; a signed size opening the bracket
    ("it", "I decessi sono stati 647mila, 31mila in più del 2016 (+5,1%)", 647000, "exact"),
    ("it", "oltre 615 mila decessi tra i cittadini residenti in Italia, 32 mila in meno del 2015 (-5%)", 615000, "at_least"),  # lasicilia.it/news/italia/116258
    ("it", "sono 3.173, 35 in più dell'anno precedente", 3173, "exact"),
    ("it", "la cui stima scende a 2 milioni 839 mila unità (-154 mila in un anno, -5,1%)", 2839000, "exact"),
    ("it", "gli iscritti sono 2.839 (+312 rispetto al 2022)", 2839, "exact"),
    # pt a bracketed per cent between "a menos" and "do que"
    ("pt", "Foram 3.973 vítimas em oito meses nas rodovias federais, 20 mortes a menos (ou -0,5%) do que em 2024", 3973, "exact"),
    ("pt", "Foram 1.204 mortes, 35 a mais (ou +3%) do que em 2023", 1204, "exact"),
    # pl "i była o N niższa", the scale's point, the comparative adjectives
    ("pl", "liczba zarejestrowanych bezrobotnych wyniosła 1023,7 tys. osób i była o 4,3 tys. osób niższa", 1023700, "exact"),
    ("pl", "ludność Polski liczyła ok. 38 mln 484 tys. osób, czyli o 12 tys. mniej niż w końcu 2013 r.", 38484000, "approx"),
    ("pl", "Liczba zgonów wyniosła 409 tys. i była o 68 tys. niższa niż przed rokiem", 409000, "exact"),
    ("pl", "Było 905 wypadków drogowych, czyli o 199 mniej niż rok wcześniej", 905, "exact"),
    # id the size with its verb of change after the count's comma
    ("id", "Korban meninggal dunia 292 orang, turun sebanyak 2 orang atau -1%", 292, "exact"),
    ("id", "tercatat 1.025 orang, naik 45 orang dibandingkan tahun sebelumnya", 1025, "exact"),
]

# D229.2: D61.3's "by N to M" in the orders the rewrites lacked: the new total
SIZE_THEN_TOTAL = [
    ("en", "Membership of trade unions fell by 275,000 last year to 6.2 million", 6200000, "exact"),  # aol.co.uk/news/2017/05/31/trade-union-membership-falls-to-6-2m-in-2016/
    ("en", "rose by 58,000 over the year to 1.36 million", 1360000, "exact"),
    ("en", "deaths rose by 5% in 2016 to 45,000", 45000, "exact"),
    ("de", "um 216 Menschen oder 6,6 Prozent auf 3059 Menschen gegenüber dem Vorjahr gesunken", 3059, "exact"),
    ("de", "Die Zahl stieg um 1.900 Personen oder 0,5 Prozent auf 389.000", 389000, "exact"),
    ("de", "ist um 216 Personen auf 3059 gesunken", 3059, "exact"),
    ("ru", "уменьшилась на 2,3 тысячи и составила 970 129 человек", 970129, "exact"),
    ("ru", "снизилось с начала года более чем на 2 млн и составило 780 тыс.", 780000, "exact"),
    ("ru", "уменьшилось на 11,2% (до 5,8 тысячи)", 5800, "exact"),
    ("ru", "В регионе население уменьшилось на 12,5 тыс. человек – до 1,807 млн", 1807000, "exact"),  # tgoop.com/mahchzo/2206
    ("ru", "Население Бурятии снизилось на 1,3 тыс. человек и составило 971,8 тыс.", 971800, "exact"),  # tgoop.com/mahchzo/2206
    ("ru", "уменьшилось на 1,6 тыс. человек (до 146,6 тыс. человек)", 146600, "exact"),  # tgoop.com/mahchzo/2206
    ("ru", "выросло на 300 человек, составив 4500", 4500, "exact"),
    ("uk", "скоротилося на 2,5 тис. осіб — до 430,9 тис.", 430900, "exact"),
    ("uk", "населення зменшилося на 179 тис. осіб - до 41,3 млн", 41300000, "exact"),
    ("uk", "скоротилося на 2,5% (до 430,9 тис.)", 430900, "exact"),
    ("uk", "зменшилася на 2,3 тис. і становила 970 тис.", 970000, "exact"),
    ("pl", "liczba bezrobotnych spadła o 4,3 tys. osób do 1023,7 tys.", 1023700, "exact"),
    ("pl", "zmniejszyła się o 4,3 tys. osób i wyniosła 1023,7 tys.", 1023700, "exact"),
    ("tr", "26 bin kişilik bir azalışla 3 milyon 10 bin kişi olarak tespit edildi", 3010000, "exact"),
    ("tr", "yüzde 4'lük bir artışla 1 milyon 250 bin kişiye ulaştı", 1250000, "exact"),
    ("tr", "işsiz sayısı 12 bin kişilik artışla 850 bin kişi oldu", 850000, "exact"),
    ("es", "bajó en 58.216 personas en marzo, lo que supone un 1,4% menos respecto al mes anterior, hasta situarse el total de desempleados en 4.094.770 personas", 4094770, "exact"),
    ("es", "el paro bajó en 27.000 personas, hasta los 2,9 millones", 2900000, "exact"),
    ("es", "bajó en 500 hasta 4.094", 4094, "exact"),
    ("es", "bajó hasta 4.094.770 personas", 4094770, "exact"),
]

# D229.3: D61.1's "from A to B" with a qualifier on either count, and "starting from A, reaching B"
FROM_TO = [
    ("es", "pasando de los casi 3.500 muertos a menos de 1.200 en el último lustro", 1200, "at_most"),
    ("es", "pasó de más de 4.000 a menos de 1.100", 1100, "at_most"),
    ("es", "pasó de 3.500 muertos a menos de 1.200", 1200, "at_most"),
    ("es", "partiendo de 2.300 casos hasta llegar a 4.100", 4100, "exact"),
    ("pt", "partindo do patamar de 5.292 mortos e chegando a 6.160 vítimas no ano passado", 6160, "exact"),
    ("pt", "partindo de 2.300 casos e chegando a 4.100", 4100, "exact"),
]

# D229.4-D229.7: tr "N (noun) daha az / fazla"; it "rispetto all'anno" no rate; it finite verbs
# of a rise with "di"; es "un aumentó de"; fr "la rentrée 2014" a date
OTHERS = [
    ("tr", "Geçen yıla kıyasla 54.000 kişi daha az", 54000, "exact"),
    ("tr", "geçen yıla göre 1.204 kişi daha fazla", 1204, "exact additional"),
    ("tr", "54.000 kişi daha çok", 54000, "exact additional"),
    ("it", "che nel 2012 sono stati 10.748 in meno rispetto all'anno scorso", 10748, "exact"),
    ("it", "non cala il totale delle vittime che sono state 1.505, cioè + 1,3% rispetto all’anno precedente", 1505, "exact"),
    ("it", "2.100 disoccupati in meno rispetto al mese precedente", 2100, "exact"),
    ("it", "aumentano di 73 mila unità rispetto a luglio", 73000, "exact additional"),
    ("it", "gli occupati crescono di 59mila unità", 59000, "exact additional"),
    ("es", "la Seguridad Social registró un aumentó de 158.038 trabajadores", 158038, "exact additional"),
    ("fr", "plus de 65 000 étudiants supplémentaires par rapport à la rentrée 2014", 65000, "at_least additional"),
    ("fr", "12 000 licenciés supplémentaires par rapport à la saison 2022", 12000, "exact additional"),
]

# what must read as before
NEGATIVES = [
    ("en", "rose by 3,000 in 2016", 3000, "exact additional"),
    ("en", "fell by 275,000 to 6.2 million", 6200000, "exact"),
    ("de", "stieg um 1.900 Personen", 1900, "exact additional"),
    ("ru", "выросло на 5 человек", 5, "exact additional"),
    ("ru", "сократилась на 12 тысяч человек", 12000, "exact"),
    ("uk", "зросла на 5 осіб", 5, "exact additional"),
    ("pl", "wzrosła o 18 osób", 18, "exact additional"),
    ("pl", "wzrosła o 18 proc. do 46", 46, "exact"),
    ("tr", "54.000 kişiden daha az", 54000, "at_most"),
    ("tr", "50'den daha az kişi", 50, "at_most"),
    ("it", "300 morti all'anno", UNPARSED, "none"),
    ("it", "300 in più di 30 comuni", UNPARSED, "none"),
    ("id", "naik 45 orang", 45, "exact additional"),
    ("es", "pasó de 3.500 a 1.200", 1200, "exact"),
    ("es", "aumentó en 49 hasta al menos 537", 537, "at_least"),
    ("es", "el paro cayó en unas 27.000 personas el mes pasado", 27000, "approx"),
    # a count in the clause between: two counts, as before
    ("es", "bajó en 500 personas en Madrid y 300 en Barcelona, hasta situarse en 4.000", UNPARSED, "none"),
    ("es", "registró un aumento de 158.038 trabajadores", 158038, "exact additional"),
    # "sale" is also the noun (rooms): not written; the verb's other forms are
    ("it", "Sale di una unità, a quota 125, il numero delle carcasse", 125, "exact"),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"),
                         DIFFERENCES + SIZE_THEN_TOTAL + FROM_TO + OTHERS + NEGATIVES)
def test_reads(lang: str, phrase: str, best: object, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
