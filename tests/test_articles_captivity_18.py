"""A captive who died "a day after his capture", in every language (session of 2026-12-06,
eighteenth; issue 16).

"Ein nordkoreanischer Soldat starb einen Tag nach seiner Gefangennahme" (round 16zy7) was read as
a capture of some "Streitkräfte"; the English, French, Spanish, Russian and Ukrainian wordings
as captures too. A capture told with its owner ("his capture", "seiner Gefangennahme", "sa
capture", "su captura") or a noun that only takes people (de "Gefangennahme", ru "пленение", uk
"полонення") is of a person, so a death after it is a death in captivity; "the capture of the
village" stays what it was (16da read it as a death in captivity and was reverted). Development
sets: one figure gained (16zy7's, every field right), none lost.
"""

from __future__ import annotations

import pytest
from articles_devset import round_lines

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"


@pytest.mark.parametrize(("lang", "text", "best"), [
    ("en", "A North Korean soldier died a day after his capture by Ukrainian forces, the NIS "
           "said.", 1.0),
    ("de", "Ein nordkoreanischer Soldat starb einen Tag nach seiner Gefangennahme durch "
           "ukrainische Streitkräfte, sagte der NIS.", 1.0),
    ("fr", "Un soldat nord-coréen est mort un jour après sa capture par les forces ukrainiennes, "
           "selon le NIS.", 1.0),
    ("es", "Un soldado norcoreano murió un día después de su captura por las fuerzas ucranianas, "
           "según el NIS.", 1.0),
    # (a singular noun without a numeral: no number, as "Поранений солдат" of the sets)
    ("ru", "Северокорейский военный скончался через день после пленения украинскими военными, "
           "сообщила разведка Южной Кореи.", None),
    ("uk", "Північнокорейський військовий помер наступного дня після полонення, повідомила "
           "розвідка Південної Кореї.", None),
    # (Korean and Japanese read it so already)
    ("ko", "국정원은 우크라이나군에 생포된 북한군 1명이 다음날 숨졌다고 밝혔다.", 1.0),
    ("ja", "国家情報院は、ウクライナ軍に捕らえられた北朝鮮兵1人が翌日死亡したと明らかにした。",
     1.0),
])
def test_a_death_after_his_capture_is_a_death_in_captivity(lang, text, best):
    rows = extract_figures(text, lang)
    assert list(rows["metric"]) == ["died_in_captivity"]
    assert list(rows["claimant"]) == [NIS]
    assert (rows["best"][0] == best) if best else rows["best"].isna().all()


def test_the_labelled_article_reads_its_captive_who_died():
    rows = extract_figures(round_lines("round_16zy7.yml", "de-16zy7-bytesde-gefangener-gestorben"),
                           "de")
    assert list(zip(rows["figure_text"], rows["metric"], rows["best"], strict=True)) == [
        ("Ein nordkoreanischer Soldat", "died_in_captivity", 1.0)]


@pytest.mark.parametrize(("lang", "text"), [
    # a capture of a place: no death in captivity
    ("en", "Two North Korean soldiers died after their capture of the village, officials said."),
    ("fr", "Deux soldats nord-coréens sont morts après leur capture du village, selon Kiev."),
    ("es", "Dos soldados norcoreanos murieron tras su captura de la ciudad, según Kiev."),
    ("de", "Zwei nordkoreanische Soldaten starben nach der Einnahme des Dorfes, sagte Kiew."),
    ("ru", "Два северокорейских солдата погибли после захвата села, заявил Киев."),
    ("uk", "Двоє північнокорейських солдатів загинули після захоплення села, заявив Київ."),
])
def test_a_death_after_the_capture_of_a_place_is_no_death_in_captivity(lang, text):
    assert "died_in_captivity" not in list(extract_figures(text, lang)["metric"])


def test_german_genitive_article_counts_one_captive():
    # "die Gefangennahme eines nordkoreanischen Militärangehörigen" (round 16zy6): "eines", the
    # genitive of "ein", counts one as "ein", "einen", "einem", "einer" do (figure table articles)
    rows = extract_figures(round_lines("round_16zy6.yml", "de-16zy6-jungle-himmelfahrtskommando"),
                           "de")
    assert list(zip(rows["figure_text"], rows["metric"], rows["claimant"], rows["best"],
                    strict=True)) == [
        ("eines nordkoreanischen Militärangehörigen", "captured", NIS, 1.0),
        ("zwei", "captured", "Unattributed", 2.0)]
    # and the captive of 16zy8's headline, whose death the body tells: one death in captivity
    rows = extract_figures(round_lines("round_16zy8.yml", "de-16zy8-suedtirolnews-gefangener-3000"),
                           "de")
    assert ("eines verwundeten Soldaten", "died_in_captivity", 1.0) in list(zip(
        rows["figure_text"], rows["metric"], rows["best"], strict=True))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The NIS confirmed the capture of two North Korean soldiers by Ukraine."),
    ("de", "Der NIS bestätigte die Gefangennahme von zwei nordkoreanischen Soldaten durch die "
           "Ukraine."),
    ("fr", "Le NIS a confirmé la capture de deux soldats nord-coréens par l'Ukraine."),
    ("es", "El NIS confirmó la captura de dos soldados norcoreanos por parte de Ucrania."),
    # (18) the Russian noun and the Japanese verbal noun were no capture: read as sent troops
    ("ru", "Разведка Южной Кореи подтвердила пленение двух северокорейских военных."),
    ("uk", "Розвідка Південної Кореї підтвердила полонення двох північнокорейських військових."),
    ("ko", "국정원은 우크라이나군의 북한군 2명 생포를 확인했다."),
    ("ja", "国家情報院は、ウクライナ軍による北朝鮮兵2人の捕獲を確認した。"),
])
def test_the_capture_of_two_soldiers_is_two_captured_in_every_language(lang, text):
    rows = extract_figures(text, lang)
    assert list(zip(rows["metric"], rows["claimant"], rows["best"], strict=True)) == [
        ("captured", NIS, 2.0)]
