# ruff: noqa: E501 (the phrases are data, as written)
"""17cs: the codebook's construction classes (D35-D50) in every language that has them.

Each phrase was written for this test from the codebook, after the rules (the grid is in
docs/codebook.md, "Constructions across languages"). Each fixed construction and language has a
phrase it now reads and a phrase at its edge that must stay as it was (precision first).
"""

from __future__ import annotations

import pytest
from figure_sets import UNPARSED, assert_reads_as

U = UNPARSED

CASES = [
    # a quarter of a year before the year is a date (D7, D50.1)
    ("en", "In the first quarter of 2023, 412 people died on the roads", 412, "exact"),
    ("en", "A quarter of the 300 victims were children", U, ""),
    ("de", "Im ersten Quartal 2023 starben 412 Menschen auf den Straßen", 412, "exact"),
    ("de", "Im Jahr 2023 starben 412 Menschen", 412, "exact"),
    ("fr", "Au premier trimestre 2023, 412 personnes sont mortes sur les routes", 412, "exact"),
    ("fr", "Entre 2000 et 3000 soldats", 2500, "range"),
    ("es", "En el primer trimestre de 2023 murieron 412 personas en las carreteras", 412, "exact"),
    ("es", "murieron 412 personas en 2023 y 500 en 2022", U, ""),
    ("it", "Nel primo trimestre del 2023 sono morte 412 persone sulle strade", 412, "exact"),
    ("it", "Nel primo trimestre sono morte 412 persone", 412, "exact"),
    ("pt", "No primeiro trimestre de 2023 morreram 412 pessoas nas estradas", 412, "exact"),
    ("pt", "Em 2023 morreram 412 pessoas", 412, "exact"),
    ("id", "Pada kuartal pertama 2023, sebanyak 412 orang tewas di jalan raya", 412, "exact"),
    ("hi", "2023 की पहली तिमाही में सड़क हादसों में 412 लोगों की मौत हुई", 412, "exact"),
    ("hi", "2023 में 412 लोगों की मौत हुई", 412, "exact"),
    ("tr", "2023'ün ilk çeyreğinde trafik kazalarında 412 kişi öldü", 412, "exact"),
    ("tr", "ilk üç çeyrekte 300 ve 400 kişi", U, ""),
    # the first N months of a year: a duration (D40, D49.3)
    ("tr", "Yılın ilk 9 ayında 1203 kişi hayatını kaybetti", 1203, "exact"),
    ("tr", "Mart ayında 1203 kişi hayatını kaybetti", 1203, "exact"),
    # a size of a building is a measure, no count (D32, D49.9)
    ("fr", "Un immeuble de 20 étages s'est effondré, faisant 15 morts", 15, "exact"),
    ("fr", "15 morts au dernier étage", 15, "exact"),
    ("es", "Un edificio de 20 pisos se derrumbó y murieron 15 personas", 15, "exact"),
    ("es", "murieron 15 personas en el piso", 15, "exact"),
    ("it", "Un palazzo di 20 piani è crollato: 15 morti", 15, "exact"),
    ("it", "15 morti al primo piano", 15, "exact"),
    ("pt", "Um prédio de 20 andares desabou e 15 pessoas morreram", 15, "exact"),
    ("pt", "15 pessoas morreram no terceiro andar", 15, "exact"),
    ("ru", "Обрушился 20-этажный дом, погибли 15 человек", 15, "exact"),
    ("ru", "погибли 15 человек на пятом этаже", 15, "exact"),
    ("uk", "Обвалився 20-поверховий будинок, загинули 15 людей", 15, "exact"),
    ("uk", "загинули 15 людей", 15, "exact"),
    ("pl", "Zawalił się 20-piętrowy budynek, zginęło 15 osób", 15, "exact"),
    ("pl", "zginęło 15 osób na piętrze", 15, "exact"),
    ("tr", "20 katlı bina çöktü, 15 kişi öldü", 15, "exact"),
    ("tr", "binanın katında 15 kişi öldü", 15, "exact"),
    ("id", "Gedung 20 lantai runtuh, 15 orang tewas", 15, "exact"),
    ("id", "15 orang tewas di lantai atas", 15, "exact"),
    ("ar", "انهار مبنى من 20 طابقا ما أدى إلى مقتل 15 شخصا", 15, "exact"),
    ("ar", "مقتل 15 شخصا", 15, "exact"),
    ("hi", "20 मंजिला इमारत गिरने से 15 लोगों की मौत", 15, "exact"),
    ("hi", "इमारत गिरने से 15 लोगों की मौत", 15, "exact"),
    ("ja", "20階建てのビルが倒壊し、15人が死亡した", 15, "exact"),
    ("ja", "ビルが倒壊し、15人が死亡した", 15, "exact"),
    ("zh", "一栋20层的大楼倒塌,造成15人死亡", 15, "exact"),
    ("zh", "大楼倒塌,造成15人死亡", 15, "exact"),
    # "namely" opens a breakdown of the figure before (D23, D50.5)
    ("en", "32 people were injured, namely 20 adults and 12 children", 32, "exact"),
    ("en", "20 adults and 12 children", U, ""),
    ("de", "32 Menschen wurden verletzt, und zwar 20 Erwachsene und 12 Kinder", 32, "exact"),
    ("de", "20 Erwachsene und 12 Kinder", U, ""),
    ("fr", "32 blessés, à savoir 20 adultes et 12 enfants", 32, "exact"),
    ("fr", "20 adultes et 12 enfants", U, ""),
    ("es", "32 heridos, a saber 20 adultos y 12 niños", 32, "exact"),
    ("es", "20 adultos y 12 niños", U, ""),
    ("it", "32 feriti, ovvero 20 adulti e 12 bambini", 32, "exact"),
    ("it", "20 adulti e 12 bambini", U, ""),
    ("pl", "32 rannych, a mianowicie 20 dorosłych i 12 dzieci", 32, "exact"),
    ("pl", "20 dorosłych i 12 dzieci", U, ""),
    # "it is estimated that" is approximate (rule 2, D50.2)
    ("it", "Si stima che 5.000 persone siano fuggite", 5000, "approx"),
    ("it", "5.000 persone sono fuggite", 5000, "exact"),
    # a change "from A to B" after a verb of change gives B (D35)
    ("ar", "ارتفع عدد القتلى من 10 إلى 25", 25, "exact"),
    ("ar", "انخفض عدد النازحين من 5000 إلى 3200", 3200, "exact"),
    ("ar", "من 10 إلى 25 شخصا", 17.5, "range"),
    ("fr", "Le nombre de déplacés a baissé de 5 000 à 3 200", 3200, "exact"),
    ("fr", "de 5 000 à 8 000 personnes", 6500, "range"),
    # per mille written out is a rate (rule 13, D49.6); "every year" is a rate (rule 13)
    ("ko", "사망률은 13.4퍼밀이었다", U, ""),
    ("ko", "사망자는 13명이었다", 13, "exact"),
    ("ja", "死亡率は13.4パーミルだった", U, ""),
    ("ja", "死者は13人だった", 13, "exact"),
    ("pt", "Todos os anos morrem afogadas 500 pessoas", U, ""),
    ("pt", "Todos os 500 passageiros morreram", 500, "exact"),
]


@pytest.mark.parametrize(("lang", "phrase", "best", "qualifier"), CASES)
def test_constructions_read_as_written(lang: str, phrase: str, best: object, qualifier: str) -> None:
    assert_reads_as(lang, phrase, best, qualifier)
