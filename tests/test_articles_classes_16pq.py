"""Children hosted on holiday, a unit's usual size, calibres and weights (helper 16pq, issue 16).

docs/articles.md, "Session of 2026-12-05 (eleventh): children, materiel and workers (16pq)".
Classes of the errors left on the rounds 16zi-16zt after 16pr, each as a general rule of the
languages it belongs to:

* children hosted told as a holiday ("are vacationing in North Korea", "pasaron el verano",
  "휴가를 보내고"), with whose children they are between the noun and the hosting ("the
  children of Russian service members killed in Ukraine are vacationing …");
* a unit's usual size ("a battalion usually consists of several hundred soldiers"): no count;
* the calibre and weight written in one character or katakana ("170㎜", "300グラム"): no count.

Sentences are written for the test (the stored pages on these stories are mostly in the
labelled sets already), marked where one follows a stored public page (pages corpus, none in
tests/cases/articles). Positives fail on the reader before 16pq; negatives hold on both.
"""

from __future__ import annotations

import pytest
from article_sets import assert_figures_read
from figure_sets import case_test

from analysis.articles import extract_figures

PUBLISHED = "2025-02-15"


def _rows(lang: str, text: str) -> list[tuple[str, str]]:
    found = extract_figures(text, lang, PUBLISHED)
    return list(zip(found["figure_text"], found["metric"], strict=True))


# (lang, text, the hosted children phrase expected)
HOLIDAY = [
    ("en", "According to the ambassador, the children of Russian service members killed in "
           "Ukraine are vacationing in North Korea.", "the children"),
    ("en", "The children of fallen Russian soldiers spent the summer in North Korea, Putin said.",
     "The children"),
    ("de", "Die Kinder gefallener russischer Soldaten machen derzeit Urlaub in Nordkorea, sagte "
           "der Botschafter.", "Die Kinder"),
    ("fr", "Les enfants de soldats russes tués en Ukraine passent leurs vacances en Corée du "
           "Nord, a déclaré l'ambassadeur.", "Les enfants"),
    ("es", "El diplomático reveló que los hijos de soldados rusos fallecidos en la guerra "
           "pasaron el verano en Corea del Norte.", "los hijos"),
    ("uk", "За словами посла, діти загиблих російських військових відпочивають у КНДР.",
     "діти"),
    ("ko", "그는 우크라이나에서 사망한 러시아 군인들의 자녀들이 북한에서 휴가를 보내고 "
           "있다고 밝혔다.",
     "자녀"),
    ("ja", "大使は、戦死したロシア軍人の子どもたちが北朝鮮で休暇を過ごしたと明らかにした。",
     "子ども"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), HOLIDAY)
def test_children_on_holiday_are_hosted(lang: str, text: str, phrase: str) -> None:
    rows = _rows(lang, text)
    assert [m for _, m in rows] == ["hosted_children"], rows
    assert rows[0][0].startswith(phrase) or phrase in rows[0][0], rows


# negatives: a holiday with no children; a number of children counted (the number, not a phrase)
HOLIDAY_NOT = [
    ("en", "North Korean soldiers were given no holiday before they were sent to Kursk.", []),
    ("es", "Dos menores deportados por Rusia fueron llevados al campamento Songdowon en Corea del "
           "Norte.", [("Dos", "hosted_children")]),
    ("de", "Der Botschafter verbrachte den Sommer in Pjöngjang.", []),
]


test_holiday_words_count_nothing_else = case_test(
    HOLIDAY_NOT, assert_figures_read, published=PUBLISHED)


# (lang, text, the story's count kept): a unit's usual size is no count
USUAL = [
    ("en", "A North Korean battalion usually consists of several hundred soldiers. North Korea "
           "has sent about 11,000 soldiers to Russia.", [("about 11,000", "deployed")]),
    # after world.kbs.co.kr (German service, 2025-01-05): "Laut Reuters besteht ein Bataillon im
    # Allgemeinen aus mehreren Hundert Soldaten." (North Korea named in the sentence here)
    ("de", "Ein nordkoreanisches Bataillon besteht im Allgemeinen aus mehreren Hundert Soldaten. "
           "Nordkorea hatte etwa 11.000 Soldaten nach Kursk entsandt.",
     [("etwa 11.000", "deployed")]),
    ("fr", "Un bataillon nord-coréen compte généralement plusieurs centaines de soldats. La Corée "
           "du Nord a envoyé environ 11 000 soldats en Russie.", [("environ 11 000", "deployed")]),
    ("es", "Un batallón norcoreano suele contar con varios cientos de soldados. Corea del Norte "
           "envió unos 11.000 soldados a Rusia.", [("unos 11.000", "deployed")]),
    ("ru", "Батальон армии КНДР обычно насчитывает несколько сотен военных. КНДР отправила в "
           "Россию около 11 тысяч военных.", [("около 11 тысяч", "deployed")]),
    ("uk", "Батальйон армії КНДР зазвичай налічує кілька сотень військових. КНДР відправила до "
           "Росії близько 11 тисяч військових.", [("близько 11 тисяч", "deployed")]),
    ("ko", "북한군의 한 개 대대는 보통 수백 명의 병력으로 구성된다. 북한은 러시아에 약 1만1000명을 "
           "파병했다.", [("약 1만1000명", "deployed")]),
    ("ja", "北朝鮮軍の1個大隊は一般的に数百人の兵士で構成される。北朝鮮はロシアに約1万1000人を"
           "派遣した。",
     [("約1万1000人", "deployed")]),
]


test_a_usual_size_is_no_count = case_test(USUAL, assert_figures_read, published=PUBLISHED)


# negatives: the word in another sentence or clause leaves the count
USUAL_NOT = [
    ("en", "Such units usually train for weeks, but 3,000 North Korean soldiers were sent to "
           "Kursk within days.", [("3,000", "deployed")]),
    ("de", "Normalerweise schweigt Pjöngjang. Nordkorea hat 12.000 Soldaten nach Russland "
           "geschickt.", [("12.000", "deployed")]),
]


test_usual_in_another_clause_keeps_the_count = case_test(
    USUAL_NOT, assert_figures_read, published=PUBLISHED)


def test_calibres_and_weights_in_japanese_are_no_count() -> None:
    text = "現在まで約220門の170㎜自走砲、240㎜放射砲が北朝鮮からロシアに支援された。"
    assert _rows("ja", text) == [("約220門", "materiel_sent")]
    soap = "北朝鮮兵には弾薬のほか、月にせっけん300グラムが支給されるという。"
    assert _rows("ja", soap) == []
