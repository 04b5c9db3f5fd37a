"""The whole of "A of B soldiers died" is the contingent, not a loss (issue 16, helper ofw31).

"where over 6,000 of 14,000 soldiers died": the reader gave each number its nearest cue, so the
whole B, next to the loss verb, was read as killed (and the part A, in the English lede, as the
sending told before). B is the troops the part is counted in: ``deployed``
(:mod:`analysis.articles.partitive`). Wholes of other nouns, wholes that are themselves a loss
("200 of the 1,000 wounded soldiers") stay. Korean and Japanese tell the whole first, with 중 /
のうち after it: those were already read so, and are kept here as guards.

Every real sentence is from a labelled set (its id in a comment); the sentences the brief gave and
the Russian, Ukrainian, Korean and Japanese forms are written from the grammar, in the frame of
a story on North Korean troops (no source named). Expected values by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read


def _read(text: str, lang: str, published: str | None = None) -> list[list]:
    """Return (figure_text, metric) of every figure read."""
    return [row[:2] for row in fields_read(text, lang, published)]


# -- the brief's four sentences, in the frame of a story on North Korean troops --------------


def test_the_whole_of_soldiers_who_died_is_deployed_de():
    # round_16ze de-16ze-helm-denkmal-6000 (the lede; labelled "14.000" deployed)
    assert _read("Kim Jong-un ehrte nordkoreanische Soldaten, die in der Ukraine getötet wurden, "
                 "wo über 6.000 von 14.000 Soldaten starben, in einem Staatsdenkmal.",
                 "de", "2026-01-26") == [["über 6.000", "killed"], ["14.000", "deployed"]]


def test_the_whole_of_soldiers_who_died_is_deployed_en():
    # (the part had taken the "sent" told before: the two swap)
    assert _read("North Korean troops were sent to Kursk, where over 6,000 of 14,000 soldiers "
                 "died.", "en") == [["over 6,000", "killed"], ["14,000", "deployed"]]


def test_the_whole_of_soldiers_who_died_is_deployed_fr_es():
    assert _read("Des troupes nord-coréennes ont été envoyées à Koursk, où plus de 6 000 des "
                 "14 000 soldats sont morts.", "fr") == [["plus de 6 000", "killed"],
                                                         ["14 000", "deployed"]]
    assert _read("Tropas norcoreanas fueron enviadas a Kursk, donde más de 6.000 de los 14.000 "
                 "soldados murieron.", "es") == [["más de 6.000", "killed"],
                                                ["14.000", "deployed"]]


def test_the_whole_of_soldiers_who_died_is_deployed_ru_uk():
    assert _read("Северокорейские войска воевали в Курской области, где погибли более 6 000 из "
                 "14 000 солдат.", "ru") == [["более 6 000", "killed"], ["14 000", "deployed"]]
    assert _read("В Курской области более 6 000 из 14 000 северокорейских солдат погибли.",
                 "ru") == [["более 6 000", "killed"], ["14 000", "deployed"]]
    assert _read("У Курській області загинули понад 6 000 з 14 000 північнокорейських солдатів.",
                 "uk") == [["понад 6 000", "killed"], ["14 000", "deployed"]]


def test_the_whole_first_in_korean_and_japanese_stays_deployed():
    assert _read("북한군 1만4000명 중 6000명이 사망했다.", "ko") == [
        ["1만4000명", "deployed"], ["6000명", "killed"]]
    assert _read("北朝鮮兵1万4000人のうち6000人が死亡した。", "ja") == [
        ["1万4000人", "deployed"], ["6000人", "killed"]]
    # round_16zz28 ko-16zz28-trt-jcs-3000-11000-4000-220-240
    assert _read("합참은 초기 러시아에 파견된 북한 병력 11,000명 중 약 4,000명이 사망하거나 "
                 "부상당한 것으로 보인다고 주장했습니다.", "ko", "2025-03-27") == [
        ["11,000명", "deployed"], ["약 4,000명", "killed_or_wounded"]]
    # round_16zb ja-16zb-khbtv-hur-400-killed
    assert _read("ウクライナ国防省情報総局のチェルニアク氏は20日、派兵された北朝鮮兵士約1万2000人"
                 "のうち400人以上が死亡したと明らかにしました。", "ja", "2024-12-20") == [
        ["約1万2000人", "deployed"], ["400人以上", "killed"]]


# -- real sentences of the labelled sets ----------------------------------------------------


def test_labelled_wholes_of_a_loss_are_deployed():
    # round_16g de-16g-bluewin-wurst-4000 (labelled "11'000 bis 12'000" deployed)
    assert _read("Kiew meldet, dass 4000 der 11'000 bis 12'000 nordkoreanischen Soldaten in "
                 "Kursk verletzt oder getötet worden sind.", "de", "2025-01-24") == [
        ["4000", "killed_or_wounded"], ["11'000 bis 12'000", "deployed"]]
    # round_16zy2 fr-16zy2-kbs-bbc-1000-morts (labelled "11 000" deployed)
    assert _read("Quelque 1 000 des 11 000 soldats nord-coréens engagés dans la région russe de "
                 "Koursk seraient morts jusqu’à la mi-janvier.", "fr", "2025-01-16") == [
        ["Quelque 1 000", "killed"], ["11 000", "deployed"]]
    # round_16e de-tidnews-saeppyol ("der 14.000 … entsandten": rules.part_of_whole)
    assert _read("Die Initiative folgt auf Schätzungen des Geheimdienstes, wonach über 6.000 der "
                 "14.000 in den Konflikt entsandten nordkoreanischen Soldaten getötet oder "
                 "verwundet wurden.", "de") == [["über 6.000", "killed_or_wounded"],
                                                ["14.000", "deployed"]]
    # round_16t en-16t-espreso-sof-21 ("out of a total of 12,000", no noun after the whole)
    assert _read("President Volodymyr Zelenskyy said that 4,000 North Korean soldiers out of a "
                 "total of 12,000 were killed in the fighting in the Kursk region of Russia.",
                 "en", "2025-01-21") == [["4,000", "killed"], ["12,000", "deployed"]]


# -- near misses that must stay -------------------------------------------------------------


def test_a_whole_that_is_itself_a_loss_stays():
    assert _read("North Korean troops fought in Kursk, where about 200 of the 1,000 wounded "
                 "soldiers died.", "en") == [["about 200", "killed"], ["1,000", "wounded"]]
    assert _read("North Korean troops fought in Kursk, where 300 of 1,000 captured soldiers "
                 "died.", "en") == [["300", "killed"], ["1,000", "captured"]]
    assert _read("Nordkoreanische Truppen kämpften in Kursk, wo 200 von 1.000 verwundeten "
                 "Soldaten starben.", "de") == [["200", "killed"], ["1.000", "wounded"]]


def test_a_whole_of_another_noun_or_a_percentage_stays():
    # (villagers, workers: no troops noun after the whole, never made the contingent)
    assert ["50", "deployed"] not in _read(
        "North Korean troops fought in Kursk, where 30 of 50 villagers died.", "en")
    assert _read("North Korean troops fought in Kursk, where 300 of 1,000 workers were killed.",
                 "en") == [["300", "killed"], ["1,000", "workers_sent"]]
    # (6 of 10 shells: no figure)
    assert _read("North Korean troops fought in Kursk, where 6 of 10 shells exploded and over "
                 "6,000 soldiers died.", "en") == [["over 6,000", "killed"]]
    # (a percentage is no number of the pair: the rule does not touch the whole, whose
    # reading, as on main, is not this rule's to decide)
    assert ["14,000", "deployed"] not in _read(
        "North Korean troops fought in Kursk, where 30% of 14,000 soldiers died.", "en")
