"""Counts the proportion and unit rules of 16cl had lost, told apart by class (helper 16dc).

Sentences of our own, written for the grammar of each language (docs/articles.md, 16dc):

* **events are no things the reader counts** (``not_counted``, en fr): "in" and "sur" are also
  prepositions of occasion, so "killed 3 North Korean soldiers in 4 attacks", "tué 3 soldats
  nord-coréens sur 4 assauts" are a count with its occasions: the 3 is a figure, the 4 none;
* **an *of* group told by what it did** (``ARTICLES["ratio"]["group"]``, en de es ru uk ko
  ja): "captured 2 of 10 North Korean soldiers who attacked", "взяли в плен 2 из 10 …
  солдат, атаковавших", "10명 중 2명을 생포" are a part of a particular group, both figures; in
  en de es only with the part the object of a verb of the story (``group_object``);
* **a unit's number before adjectives and a troops noun** (``unit_troops_gap``, en de ru uk):
  "in the brigade 12 North Korean soldiers were killed", "в бригаде 12 северокорейских
  солдат" count troops.

``MENDED`` rows read no figure (or a false one) on the start tree 76a2e1b7 and the figures
given after; ``NEAR`` rows are proportions and numbered units that stay no figures.
"""

import re

import pytest

from analysis.articles import extract_figures

# (lang, sentence, the figures read: text -> metric (None: kept, metric not asserted),
#  the numbers that are no figures)
MENDED = [
    ("en", "Ukrainian forces killed 3 North Korean soldiers in 4 attacks, Kyiv said.",
     {"3": "killed"}, ["4"]),
    ("en", "North Korea lost 4 soldiers in 5 assaults near Kursk, Kyiv said.",
     {"4": "killed_or_wounded"}, ["5"]),
    ("en", "Ukrainian drones killed 2 North Korean soldiers in 3 separate strikes on Monday, "
           "Kyiv said.", {"2": "killed"}, ["3"]),
    ("en", "Ukraine repelled 4 attacks and killed 30 North Korean soldiers.",
     {"30": "killed"}, ["4"]),
    ("en", "Ukrainian troops captured 2 of 10 North Korean soldiers who attacked their position, "
           "Kyiv said.", {"2": "captured", "10": None}, []),
    ("en", "Ukrainian forces killed 2 of 10 North Korean soldiers who attacked their trench, "
           "Kyiv said.", {"2": "killed", "10": None}, []),
    ("en", "In the brigade 12 North Korean soldiers were killed, Kyiv said.", {"12": "killed"},
     []),
    ("en", "In the battalion 7 wounded North Korean soldiers were captured, Kyiv said.",
     {"7": "captured"}, []),
    ("fr", "Kiev affirme avoir tué 3 soldats nord-coréens sur 4 assauts.", {"3": "killed"},
     ["4"]),
    ("de", "Ukrainische Truppen töteten 2 von 10 nordkoreanischen Soldaten, die ihre Stellung "
           "angriffen, teilte Kiew mit.", {"2": "killed", "10": None}, []),
    ("de", "In der Brigade 12 nordkoreanische Soldaten getötet, meldet Kiew.", {"12": "killed"},
     []),
    ("es", "Las tropas ucranianas capturaron a 2 de 10 soldados norcoreanos que atacaron su "
           "posición.", {"2": "captured", "10": None}, []),
    ("ru", "Украинские военные взяли в плен 2 из 10 северокорейских солдат, атаковавших их "
           "позиции.", {"2": "captured", "10": None}, []),
    ("ru", "ВСУ взяли в плен 2 из 10 северокорейских военных, которые штурмовали их позиции.",
     {"2": "captured", "10": None}, []),
    ("ru", "2 из 10 северокорейских солдат, атаковавших позиции, попали в плен, заявил Киев.",
     {"2": "captured", "10": None}, []),
    ("ru", "В бригаде 12 северокорейских солдат погибли, заявил Киев.", {"12": "killed"}, []),
    ("ru", "В батальоне 7 раненых северокорейских военных попали в плен, заявил Киев.",
     {"7": "captured"}, []),
    ("uk", "ЗСУ взяли в полон 2 з 10 північнокорейських солдатів, які атакували їхні позиції.",
     {"2": "captured", "10": None}, []),
    ("uk", "2 з 10 північнокорейських солдатів, які атакували позиції, потрапили в полон.",
     {"2": "captured", "10": None}, []),
    ("uk", "У частині 12 північнокорейських солдатів загинули, заявив Київ.", {"12": "killed"},
     []),
    ("ko", "우크라이나군은 진지를 공격한 북한군 10명 중 2명을 생포했다고 밝혔다.",
     {"2명": "captured", "10명": None}, []),
    # (the part the object of its own capture is no one of the captives, whatever its total)
    ("ko", "우크라이나군은 북한군 1만2000명 중 2000명을 생포했다고 밝혔다.",
     {"2000명": "captured", "1만2000명": "deployed"}, []),
    ("ja", "ウクライナ軍は陣地を攻撃した北朝鮮兵10人のうち2人を捕虜にしたと発表した。",
     {"2人": "captured", "10人": None}, []),
    ("ja", "ウクライナ軍は北朝鮮兵1万2000人のうち2000人を捕虜にしたと発表した。",
     {"2000人": "captured", "1万2000人": "deployed"}, []),
]

# (lang, sentence, the numbers that stay no figures)
NEAR = [
    # a population told by what was done to it (a passive relative clause): a proportion
    ("en", "Eight of 10 North Korean soldiers who were sent to Kursk were killed, Kyiv said.",
     ["Eight", "10"]),
    # a sure connector: a proportion whatever its clause
    ("en", "Nine in ten North Korean soldiers who fought in Kursk were killed, Kyiv said.",
     ["Nine", "ten"]),
    # the part the subject (en, de, es): left a proportion (the reader gives the group the verb)
    ("en", "2 of 10 North Korean soldiers who had stormed the village were captured, Kyiv said.",
     ["2", "10"]),
    # both numbers count attacks: a proportion of events, no figure
    ("en", "Three in four attacks by North Korean soldiers failed, Kyiv said.",
     ["Three", "four"]),
    ("en", "Brigade 155 lost soldiers near Kursk, Kyiv said.", ["155"]),
    ("de", "8 von 10 nordkoreanischen Soldaten, die an die Front verlegt wurden, starben.",
     ["8", "10"]),
    ("de", "Ukrainische Truppen haben 2 von 10 nordkoreanischen Soldaten gefangen genommen, die "
           "ihre Stellung angegriffen hatten.", ["2", "10"]),
    ("fr", "Un soldat nord-coréen sur trois qui ont combattu à Koursk a été tué, selon Kiev.",
     ["trois"]),
    ("fr", "Trois assauts nord-coréens sur quatre ont échoué, selon Kiev.", ["Trois", "quatre"]),
    ("es", "Ocho de diez soldados norcoreanos que fueron enviados al frente murieron, según "
           "Kiev.", ["Ocho", "diez"]),
    ("es", "2 de 10 soldados norcoreanos que atacaron la posición fueron capturados, según Kiev.",
     ["2", "10"]),
    ("ru", "9 из 10 северокорейских военных, которые были отправлены на фронт, погибли.",
     ["9", "10"]),
    ("ru", "Бригада 155 потеряла северокорейских солдат под Курском.", ["155"]),
    ("uk", "9 з 10 північнокорейських солдатів, які були відправлені на фронт, загинули.",
     ["9", "10"]),
    # the part the object of a killing, not of a capture: a proportion
    ("ko", "북한군 10명 중 9명을 사살했다고 우크라이나 측이 주장했다.", ["10명", "9명"]),
    ("ja", "北朝鮮兵10人のうち9人を殺害したとウクライナ側は主張した。", ["10人", "9人"]),
]


def _texts(lang: str, text: str) -> dict[str, str]:
    df = extract_figures(text, lang)
    return dict(zip(df["figure_text"], df["metric"], strict=True)) if len(df) else {}


def _absent(number: str, read: dict[str, str]) -> bool:
    return not any(re.search(rf"(?<![\w,.]){re.escape(number)}(?![\w,.])", t) for t in read)


@pytest.mark.parametrize(("lang", "text", "figures", "none"), MENDED)
def test_count_is_read(lang: str, text: str, figures: dict[str, str | None],
                       none: list[str]) -> None:
    read = _texts(lang, text)
    for figure, metric in figures.items():
        assert figure in read, read
        assert metric is None or read[figure] == metric, read
    for number in none:
        assert _absent(number, read), read


@pytest.mark.parametrize(("lang", "text", "numbers"), NEAR)
def test_proportion_or_unit_stays(lang: str, text: str, numbers: list[str]) -> None:
    read = _texts(lang, text)
    for number in numbers:
        assert _absent(number, read), read
