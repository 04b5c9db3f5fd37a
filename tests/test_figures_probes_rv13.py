# ruff: noqa: E501 (the phrases are data, as written)
"""rv13: probes of D65 (17cg) in the sixteen judged languages, labelled from docs/codebook.md
(D51, D60, D65) before the engine was run on them; written for this review from each language's
grammar, except the rows with an address (pages corpus, copied verbatim). Only the probes main
read right are kept here; those it read wrong are listed in the review's report.

The second list holds the precision loss the review fixed: the D65.6 rewrite of "N … and the
<person>" wrote the person as one beside a year ("In 2019 and the pilot was charged" read 1,
exact, on main; unparsed on the session's start and again now).
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

PROBES = [
    ("en", "The damage was estimated at 300 million dollars", 300000000, "approx"),
    ("en", "Officials are still estimating the damage; 40 people died", 40, "exact"),
    ("en", "the other three died in hospital", 3, "exact additional"),
    ("en", "three others were injured", 3, "exact additional"),
    ("en", "Three others were injured and 12 were killed", U, ""),
    ("en", "300 new cases were reported", 300, "exact additional"),
    ("en", "New figures released on Monday show that 300 people were infected", 300, "exact"),
    ("en", "the driver and 8 passengers were injured", U, ""),
    ("en", "8 passengers and crew were injured", 8, "exact"),
    ("en", "18 passengers died and the pilot survived", 18, "exact"),
    ("en", "Other sources say 40 people were killed", 40, "exact"),
    ("en", "Nearly all of the 300 workers have returned", U, ""),
    ("en", "the toll is estimated at about 300", 300, "approx"),
    ("en", "which would take the toll to around 80", 80, "approx"),
    ("en", "The mother and two children died", U, ""),
    ("de", "Die Zahl der Toten wird auf etwa 300 geschätzt", 300, "approx"),
    ("de", "Der Schaden wird auf 3 Millionen Euro geschätzt", 3000000, "approx"),
    ("de", "Der Fahrer und acht Fahrgäste wurden verletzt", U, ""),
    ("de", "Acht Fahrgäste starben, der Fahrer überlebte", 8, "exact"),
    ("de", "300 neue Fälle wurden gemeldet", 300, "exact additional"),
    ("de", "Zwei Menschen starben, andere wurden verletzt", 2, "exact"),
    ("de", "Zehn andere wurden leicht verletzt", 10, "exact additional"),
    ("fr", "L'ONU estime à environ 300 le nombre de morts", 300, "approx"),
    ("fr", "On estime que le bilan pourrait s'alourdir ; 12 personnes sont mortes", 12, "exact"),
    ("fr", "les trois autres victimes ont été hospitalisées", 3, "exact additional"),
    ("fr", "D'autres sources évoquent 40 morts", 40, "exact"),
    ("fr", "le pilote et quatre passagers ont péri", U, ""),
    ("fr", "quatre passagers sont morts et le pilote a survécu", 4, "exact"),
    ("fr", "1 200 nouveaux cas", 1200, "exact additional"),
    ("es", "Se estima en 300 el número de desaparecidos", 300, "approx"),
    ("es", "los otros tres heridos fueron trasladados", 3, "exact additional"),
    ("es", "Otras fuentes hablan de 40 muertos", 40, "exact"),
    ("es", "cerca de 300 nuevos casos", 300, "approx additional"),
    ("es", "el conductor y 8 pasajeros resultaron heridos", U, ""),
    ("it", "Il bilancio è stimato in 300 morti", 300, "approx"),
    ("it", "Secondo altre fonti le vittime sarebbero 40", 40, "exact"),
    ("it", "Le altre tre vittime sono state ricoverate", 3, "exact additional"),
    ("it", "sono state registrate 500 nuove infezioni", 500, "exact additional"),
    ("it", "l'autista e 8 passeggeri sono rimasti feriti", U, ""),
    ("pt", "O governo estima em cerca de 300 o número de mortos", 300, "approx"),
    ("pt", "Outras fontes apontam 40 mortos", 40, "exact"),
    ("pt", "Somam-se a estes 12 novos casos", 12, "exact additional"),
    ("pt", "o motorista e 8 passageiros ficaram feridos", U, ""),
    ("pt", "8 passageiros morreram e o motorista sobreviveu", 8, "exact"),
    # https://omskzdes.ru/amp/society/50379.html
    ("ru", 'Ущерб от телефонных "террористов", минировавших здания, оценили в 300 миллионов рублей', 300000000, "approx"),
    ("ru", "другие три человека получили ранения", 3, "exact additional"),
    ("ru", "Трое других пострадавших доставлены в больницу, ещё 12 погибли", U, ""),
    ("ru", "водитель и 8 пассажиров погибли", U, ""),
    ("ru", "8 пассажиров погибли, а водитель выжил", 8, "exact"),
    ("ru", "по оценкам других экспертов, погибли около 300 человек", 300, "approx"),
    ("uk", "Збитки оцінили в 300 мільйонів гривень", 300000000, "approx"),
    ("uk", "Водій і 8 пасажирів загинули", U, ""),
    ("tr", "Can kaybı 300'e yaklaşırken", 300, "nearly"),
    ("tr", "Yaklaşık 300 kişi yaralandı", 300, "approx"),
    ("tr", "Ölü sayısı 300'ü aştı, yaralı sayısı ise 1000'e yaklaştı", U, ""),
    ("tr", "300 yeni vaka tespit edildi", 300, "exact additional"),
    ("tr", "Diğer kaynaklar 40 kişinin öldüğünü söylüyor", 40, "exact"),
    ("pl", "Szacuje się, że zginęło około 300 osób", 300, "approx"),
    ("pl", "odnotowano wzrost o 300 przypadków", 300, "exact additional"),
    ("pl", "kierowca i 8 pasażerów zostało rannych", U, ""),
    ("pl", "Inne źródła mówią o 40 zabitych", 40, "exact"),
    ("zh", "据其他媒体报道，40人死亡", 40, "exact"),
    ("zh", "新增300例", 300, "exact additional"),
    ("zh", "另外3人受伤", 3, "exact additional"),
    ("zh", "估计约300人死亡", 300, "approx"),
    ("ar", "وقدرت السلطات عدد القتلى بـ 300 شخص", 300, "approx"),
    ("ar", "وقالت مصادر أخرى إن 40 شخصا قتلوا", 40, "exact"),
    ("ar", "وأصيب ثلاثة آخرون", 3, "exact additional"),
    ("hi", "दो और मरीजों की मौत हो गई", 2, "exact additional"),
    ("hi", "अन्य मीडिया रिपोर्टों के अनुसार 40 लोगों की मौत", 40, "exact"),
    ("hi", "करीब 300 लोग घायल हुए", 300, "approx"),
    ("ko", "추가로 5명이 숨졌다", 5, "exact additional"),
    ("ko", "새로 확인된 사망자는 45명이다", 45, "exact"),
    ("ko", "사망자는 약 300명으로 추정된다", 300, "approx"),
    ("ja", "新たに5人が死亡した", 5, "exact additional"),
    ("ja", "新たに確認された死者は45人", 45, "exact"),
    ("ja", "死者は約300人と推定される", 300, "approx"),
    ("id", "Diperkirakan 300 orang tewas", 300, "approx"),
    ("id", "300 kasus baru", 300, "exact additional"),
]

YEARS = [
    ("en", "In 2019 and the pilot was charged", U, ""),
    ("de", "Im Jahr 2019 und der Pilot wurde angeklagt", U, ""),
    ("fr", "En 2019 et le pilote a été inculpé", U, ""),
    ("es", "En 2019 y el piloto fue acusado", U, ""),
    ("it", "Nel 2019 e il pilota è stato accusato", U, ""),
    ("pt", "Em 2019 e o piloto foi acusado", U, ""),
    ("pl", "W 2019 i pilot został oskarżony", U, ""),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), PROBES)
def test_probe_reads_as_labelled(lang: str, phrase: str, best: object, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), YEARS)
def test_a_year_is_no_count_beside_the_person(lang: str, phrase: str, best: object,
                                              qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
