"""Rules of helper 32cl (issue 16): two sources named in two clauses of a figure's sentence.

A figure in a contrasting clause that names a source of its own before it ("…, mientras que el
portavoz de la Casa Blanca, John Kirby, corroboró la cifra de alrededor de 1,000 bajas") is that
source's, not the other clause's (``analysis.articles.speaker.contrast_opened``); a figure whose
own clause names nobody, between a source that speaks before it and another after it, is the
one before's (``analysis.articles.speaker.before_after``). Each test gives real sentences of the
labelled sets (their id), sentences of the same form from other stored pages (their URL), and
near misses that must stay as they were. Expected values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

DIA = "South Korea Defense Intelligence Agency"
NIS = "South Korea National Intelligence Service (NIS)"
NOBODY = "Unattributed"
PYONGYANG = "North Korea (state media and leadership)"
SEOUL = "South Korea government"
US = "US government (unspecified)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"


def _sources(text: str, lang: str) -> list[tuple[str, str]]:
    return [(row[0], row[2]) for row in _read(text, lang)]


def test_a_figure_in_a_contrasting_clause_is_its_own_sources():
    # round_16zz21 es-16zz21-andaluciainforma-kirby-1000 (label White House; the reader gave
    # the NIS, the speaker of the clause before "mientras que")
    text = ("Las fuerzas ucranianas difundieron imágenes del militar herido, parte de un "
            "contingente de 11,000 soldados enviados por Pyongyang. La inteligencia surcoreana "
            "reporta que estas tropas sufren bajas masivas y enfrentan dificultades logísticas, "
            "mientras que el portavoz de la Casa Blanca, John Kirby, corroboró la cifra de "
            "alrededor de 1,000 bajas solo en la última semana, describiendo la situación como "
            "«asaltos desesperados».")
    assert _sources(text, "es")[-1] == ("de alrededor de 1,000", "White House")


def test_the_same_contrast_in_other_languages():
    # devset ja-livedoor (https://news.livedoor.com/topics/detail/29491472/): each side of "が、"
    text = ("これによりますと、ウクライナへの侵攻を続けるロシアに派遣された"
            "北朝鮮兵について、北朝鮮が公開した戦死者は350人ほどでしたが、"
            "国家情報院が他国と調べたところ、2000人あまりが戦死したと推定される"
            "ということです。")
    assert _sources(text, "ja") == [("350人ほど", PYONGYANG), ("2000人あまり", NIS)]
    # round_16k fr-16k-congokiosk-300: "tandis que Séoul avait avancé le chiffre de 1 000"
    text = ("En décembre, le président ukrainien Volodymyr Zelensky avait dit que près de 3 000 "
            "soldats nord-coréens avaient été “tués ou blessés”, tandis que Séoul avait avancé le "
            "chiffre de 1 000.")
    assert _sources(text, "fr") == [("près de 3 000", ZELENSKY), ("1 000", SEOUL)]


def test_two_sources_each_before_its_own_figure():
    # round_16zl ko-16zl-newdaily-dia-20000-containers (label DIA for 13,000; the reader gave
    # the US, whose "according to" opens the next clause)
    text = ("북한의 대러 무기 지원 규모는 지난 8월 공개된 정보본부 추산에 따르면, 컨테이너 약 "
            "1만3000개, 지난달 미국 측 추산에 따르면 약 1만6500개다.")
    assert _sources(text, "ko") == [("약 1만3000", DIA), ("약 1만6500", US)]


def test_two_sources_in_two_clauses_on_other_pages():
    # https://kimjc00.tistory.com/3748 (quoting AP): each figure with its own clause's source
    text = ("AP reported on the 12th, “Ukrainian President Zelensky announced the number of North "
            "Korean dead or wounded at 4,000, but the U.S. estimates it at 1,200,” and “A "
            "Ukrainian soldier who witnessed the North Korean army in battle said that the North "
            "Korean army is well-trained and very systematic.")
    assert _sources(text, "en") == [("4,000", ZELENSKY), ("1,200", US)]
    # round_16s uk-16s-rusjev-pentagon-10000: the White House's earlier estimate in a clause
    # of its own after the figure
    text = ("Як пише Politico, за оцінками Пентагону – близько 10 000 північнокорейських "
            "солдатів проходять військовий вишкіл на сході Росії, що набагато більше, ніж "
            "попередня оцінка Білого дому в 3 000.")
    assert _sources(text, "uk")[0] == ("близько 10 000", "US Department of Defense")


def test_near_misses_a_contrast_word_after_the_figure_or_without_a_source():
    # https://news.infoseek.co.jp/amp/article/kyodo_1244028982310863849: "が、" after the
    # figures, no source after it: the NIS keeps them
    text = ("韓国の情報機関、国家情報院(国情院)は19日、北朝鮮兵の死者は少なくとも"
            "100人、負傷者は約千人に上るとの見方を示したが、はるかに上回っている"
            "可能性がある。")
    assert {source for _, source in _sources(text, "ja")} == {NIS}
    # round_16zw en-16zw-dailygazette-families-15000: the contrast clause put first (16cc)
    text = ("While earlier reports from Western officials indicated that at least 1,000 North "
            "Korean troops had died within three months of deployment, newer estimates suggest "
            "that around 600 have perished, with several thousand others wounded.")
    assert _sources(text, "en")[1:] == [("around 600", NOBODY),
                                       ("several thousand others", NOBODY)]


def test_near_misses_sources_named_only_before_the_figure():
    # round_16zn ru-16zn-etonechto-bloomberg-100000: Seoul only where the ambassador sits, no
    # source after the figure
    text = ("По словам украинского посла в Сеуле Дмитрия Пономаренко, до 15 тысяч "
            "северокорейских военных уже отправлены в Курскую область, где они несут потери.")
    assert _sources(text, "ru") == [("до 15 тысяч", "Ukrainian government (unspecified)")]
