# ruff: noqa: E501 (the phrases are data, as written)
"""35rd: round 100's last misses and a total told with its parts by place (issue 17, D236).

The first phrases of each class are round 100's own or of the ``pages`` corpus (the URL in a
comment); the others are forms written for this test from each grammar; expected readings by
hand from the codebook.

* D236.1: a total told with a wider place, then its parts each with a narrower place, that add
  up to it: the total (D5, D60.2), where the language tells the wider place (fr / it a country's
  preposition before a city's, pt an article before a bare "em", a noun of an area); D226.1's
  list of places of one rank stays unparsed.
* D236.2: ar "العام الجاري 2025" before "until" or a comma: a year (D7).
* D236.3: pt a number's scales parted by commas: one number.
* D236.4: id the compared count after "dibanding(kan) … sebanyak": dropped (D111).
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D236.1 (the leftover of 34ra, D226.1)
    ("fr", "10 morts en Ukraine, 6 à Kiev et 4 à Kharkiv", 10, "exact"),
    ("fr", "12 blessés dans la région, 8 à Kharkiv et 4 à Izioum", 12, "exact"),
    ("fr", "5 morts au Liban, 3 à Beyrouth et 2 à Tyr", 5, "exact"),
    ("it", "10 morti in Ucraina, 6 a Kiev e 4 a Kharkiv", 10, "exact"),
    ("pt", "10 mortos na Ucrânia, 6 em Kiev e 4 em Kharkiv", 10, "exact"),
    ("en", "10 dead in the region, 6 in Kharkiv and 4 in Izium", 10, "exact"),
    ("es", "10 muertos en el país, 6 en Kiev y 4 en Járkov", 10, "exact"),
    ("pl", "10 zabitych w kraju, 6 w Kijowie i 4 w Charkowie", 10, "exact"),
    ("de", "10 Tote im Land, 6 in Kiew und 4 in Charkiw", 10, "exact"),
    ("de", "12 Verletzte in der Region, 8 in Charkiw und 4 in Isjum", 12, "exact"),
    ("ru", "10 погибших в области, 6 в Харькове и 4 в Изюме", 10, "exact"),
    ("uk", "10 загиблих в області, 6 у Харкові та 4 в Ізюмі", 10, "exact"),
    # D236.2
    # round 100
    ("ar", "لقي 409 شخصًا مصرعهم منذ مطلع العام الجاري 2025 ولغاية اليوم، من بينهم 130 من المواطنين العرب", 409, "exact"),
    # https://elhmra.com/article-103135 ("منذ مطلع العام الجاري 2023 ولغاية اليوم")
    ("ar", "بلغ عدد الضحايا منذ مطلع العام الجاري 2023 ولغاية اليوم 61 ضحية", 61, "exact"),
    ("ar", "قتل 50 شخصا منذ بداية العام الحالي 2024، بينهم 5 نساء", 50, "exact"),
    # a noun after the number: a count, as before
    ("ar", "سجلت خلال العام الجاري 2025 حالة", 2025, "exact"),
    # D236.3
    # round 100
    ("pt", "2 milhões, 888 mil, 218 pessoas foram registradas no Brasil", 2888218, "exact"),
    # https://oestudo.com/p/como-se-le-os-numeros-51501749 ("um milhão, duzentos e cinquenta mil, cento e vinte")
    ("pt", "1 milhão, 250 mil e 120 pessoas", 1250120, "exact"),
    ("pt", "cerca de 3 milhões, 135 mil, 30 eleitores", 3135030, "approx"),
    # D236.4
    # round 100
    ("id", "Korban meninggal dunia 292 orang, dibanding sampai dengan H2 tahun 2016 sebanyak 294 orang, turun sebanyak 2 orang atau -1%", 292, "exact"),
    # https://jateng.tribunnews.com/2020/02/21/data-update-januari-kecelakaan-jateng-korban-meninggal-354-jiwa-turun-354-persen
    ("id", "korban meninggal dunia 354 jiwa, turun sebesar 3,54 persen dibanding angka korban meninggal dunia pada awal 2019 lalu sebanyak 367 jiwa", 354, "exact"),
    # https://jakarta.bisnis.com/read/20130813/77/156361/hingga-h4-lebaran-57-orang-tewas-akibat-kecelakaan (the order of the page's sentence turned)
    ("id", "575 orang meninggal dunia, dibandingkan dengan tahun sebelumnya pada periode yang sama sebanyak 635 orang", 575, "exact"),
]

UNPARSED = [
    # D226.1 kept: places of one rank, the parts adding up by chance
    ("fr", "600 militaires au Gabon, 400 en RDC et 200 en Centrafrique"),
    ("it", "600 militari in Libano, 400 in Iraq e 200 in Niger"),
    ("pt", "600 militares no Líbano, 400 no Iraque e 200 na Síria"),
    ("en", "600 soldiers in Gabon, 400 in the DRC and 200 in the CAR"),
    ("de", "600 Soldaten in Mali, 400 in Niger und 200 in Tschad"),
    # parts that do not add up to the total: several quantities
    ("fr", "10 morts en Ukraine, 6 à Kiev et 3 à Kharkiv"),
    # no grammar tells the wider place (a name alone): left
    ("en", "10 dead in Ukraine, 6 in Kyiv and 4 in Kharkiv"),
    # pt scales with a noun between: two counts
    ("pt", "2 milhões de vacinas, 888 mil, 218 pessoas"),
]

test_reads = case_test(READ)
test_unparsed = case_test(UNPARSED, assert_unparsed)
