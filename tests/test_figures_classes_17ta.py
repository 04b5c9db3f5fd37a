# ruff: noqa: E501 (the phrases are data, as written)
"""17ta: D56, which of two numbers is the count, one rule per item for the 16 languages, on
phrases of their own (written for this test from each language's grammar, after the rule).

Each item has phrases it reads and phrases at its edge it must leave as they were: a number
named no count alone stays as written, two numbers that could each be the count stay unparsed
(D56.6), and a year that is the count's noun phrase keeps the count. No label of rounds 27 or
28 was edited.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D56.1: a rank or prize class, a draw or edition number
    ("ko", "지난주 로또 2등은 54명으로 집계됐다", 54, "exact"),
    ("ko", "이번 대회 1위 팀 선수 12명이 다쳤다", 12, "exact"),
    ("ko", "학생 6명 등 28명이 다쳤다", 28, "exact"),
    ("ja", "2等の当せんは12本だった", 12, "exact"),
    ("ja", "昨年の1位は5人だった", 5, "exact"),
    ("zh", "本期1等奖中出8注", 8, "exact"),
    ("de", "In der Gewinnklasse 1 gab es 3 Gewinner", 3, "exact"),
    ("en", "draw 1052 produced 11 winners", 11, "exact"),
    # pt "concurso" is no draw word in the table: it is also a public exam ("no concurso 2.000
    # candidatos para 40 vagas"); precision first, two numbers stay unparsed (after rv11)
    ("pt", "o concurso 2650 teve 4 ganhadores", UNPARSED, ""),
    ("it", "l'estrazione 95 ha premiato 7 giocatori", 7, "exact"),
    ("pl", "w losowaniu 6852 padło 5 wygranych", 5, "exact"),
    ("ru", "в тираже 1520 выиграли 14 человек", 14, "exact"),
    ("uk", "у тиражі 1520 виграли 14 людей", 14, "exact"),
    ("ko", "1등 당첨자", 1, "exact"),
    # D56.4: a class, group, type or code
    # zh 班 is no class word in the table: it also counts runs ("航班120班次"), after rv11
    ("zh", "3系2班15名学生出现症状", UNPARSED, ""),
    ("zh", "2型糖尿病患者120人", 120, "exact"),
    ("ja", "2型糖尿病の患者120人", 120, "exact"),
    ("en", "serotype 4 infected 25 children", 25, "exact"),
    ("en", "27 type 2 diabetes patients", 27, "exact"),
    ("de", "Serogruppe 2 wurde bei 14 Patienten nachgewiesen", 14, "exact"),
    ("fr", "le sérogroupe 1 a été isolé chez 9 patients", 9, "exact"),
    ("es", "el serogrupo 1 afectó a 31 personas", 31, "exact"),
    ("it", "il sierogruppo 1 ha colpito 18 persone", 18, "exact"),
    ("pt", "o sorogrupo 1 infectou 13 pessoas", 13, "exact"),
    ("id", "golongan 2 sebanyak 40 orang", 40, "exact"),
    ("ru", "у 12 пострадавших ожоги 3 степени", 12, "exact"),
    ("uk", "у 12 постраждалих опіки 3 ступеня", 12, "exact"),
    ("pl", "12 osób z oparzeniami 2 stopnia", 12, "exact"),
    ("tr", "3 numaralı binada 45 kişi", 45, "exact"),
    ("en", "serogroup 1", 1, "exact"),
    # D56.3: ages
    ("en", "two men aged 47 died", 2, "exact"),
    ("fr", "deux hommes âgés de 47 ans sont morts", 2, "exact"),
    ("id", "dua warga berusia 47 tahun tewas", 2, "exact"),
    ("tr", "47 yaşındaki 3 kişi", 3, "exact"),
    ("ar", "توفي 3 أشخاص بعمر 40", 3, "exact"),
    # D56.2: a year beside a count, with or without a year word
    ("it", "Nei primi dieci mesi del 2023 87 pedoni sono morti", 87, "exact"),
    ("es", "tras el pico de 2019, con 64 fallecidos", 64, "exact"),
    ("fr", "310 décès sur l'ensemble de 2022", 310, "exact"),
    ("uk", "2021 – 14 випадків", 14, "exact"),
    ("ru", "2021 – 14 случаев", 14, "exact"),
    ("ar", "سجلت 45 حالة خلال العام الماضي 2021", 45, "exact"),
    ("uk", "двоє чоловіків (1990, 1985 та 1979 років народження)", 2, "exact"),
    ("en", "1990-2000 people", 1995, "range"),
    ("en", "the class of 2020 had 300 students", 300, "exact"),
    ("en", "2000 killed and 300 injured", U, ""),
    ("en", "killed 300, wounded 2000", U, ""),
    ("tr", "ölü sayısı 2 bin 500", 2500, "exact"),
    # D56.5: a change from A to B reads B
    ("en", "deaths rose slightly from 40 to 43", 43, "exact"),
    ("en", "cases more than doubled from 120 to 310", 310, "exact"),
    ("en", "the toll went from four in 2019 to nine in 2020", 9, "exact"),
    ("en", "from 10 to 20 people", 15, "range"),
    ("es", "al pasar de los 40 a los 55 casos", 55, "exact"),
    ("pt", "o número disparou de cinco para 31", 31, "exact"),
    ("pt", "subiu de 120 casos em 2022 para 410 em 2023", 410, "exact"),
    ("ru", "число больных увеличилось с двух до семи человек", 7, "exact"),
    ("hi", "मृतकों की संख्या बढ़कर 7 से 12 हो गई", 12, "exact"),
    # D56.6: two numbers that could each be the count stay unparsed
    ("ko", "1등 2명, 2등 5명", U, ""),
    ("en", "2 killed and 3 injured", U, ""),
]


test_d56_reads_as_written = case_test(CLASSES)
