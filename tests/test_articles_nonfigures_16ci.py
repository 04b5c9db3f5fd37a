"""Numbers that are no figure of the story, as classes of each language's grammar (helper 16ci).

Five classes (docs/articles.md, decision "16ci"): an age or a generation, a measure that
describes a thing (its length, calibre, weight), the people a reporter interviewed or met, the
people of an earlier figure told again by a back-reference, and a size told as usual. Every
sentence is written for this test, none taken from the rounds: each NO_FIGURE phrase (a unique
substring of its text, the number inside it) is read as a figure before 16ci and by no figure
after; each ALREADY phrase is of the same classes and read by no figure before and after; each
KEPT phrase is a figure of the story beside the same words, read before and after.
"""

import pytest

from analysis.articles import extract_figures

NO_FIGURE = [
    # 1. ages and generations
    ("en", "Two North Korean soldiers in their 20s were captured near Kursk.", "20s"),
    ("en", "Ukraine captured a North Korean soldier in his early 30s, officials said.", "30s"),
    ("en", "Most North Korean troops sent to Russia are in their late teens or early 20s.",
     "20s"),
    ("de", "Zwei nordkoreanische Soldaten Mitte 20 wurden in Kursk gefangen genommen.", "20"),
    ("de", "Gefangen genommen wurden zwei Nordkoreaner Anfang 30.", "30"),
    ("de", "Die gefangenen Nordkoreaner, beide Ende 20, wurden verhört.", "20"),
    ("fr", "Deux soldats nord-coréens d'une vingtaine d'années ont été capturés à Koursk.",
     "vingtaine"),
    ("fr", "L'Ukraine a capturé deux soldats nord-coréens dans la vingtaine.", "vingtaine"),
    ("fr", "Kiev a capturé deux soldats nord-coréens âgés d'une vingtaine d'années.",
     "vingtaine"),
    ("fr", "Les soldats nord-coréens capturés, dans la trentaine, ont été interrogés.",
     "trentaine"),
    ("es", "Ucrania capturó a dos soldados norcoreanos en la veintena.", "veintena"),
    ("es", "Dos soldados norcoreanos que rondan la veintena fueron capturados.", "veintena"),
    ("es", "Los soldados norcoreanos capturados, en la treintena, fueron interrogados.",
     "treintena"),
    ("ru", "В плен попали двое северокорейских военных лет 25.", "25"),
    ("ru", "В плен взяты двое северокорейских солдат, которым лет 20.", "20"),
    ("ru", "Украина взяла в плен двух северокорейских солдат лет 20.", "20"),
    ("uk", "Полоненим північнокорейським солдатам років 25, повідомили в СБУ.", "25"),
    ("uk", "У полон потрапили двоє північнокорейських військових, яким років 20.", "20"),
    ("uk", "Двоє полонених північнокорейських військових, віком близько 20, розповіли про "
           "службу.", "20"),
    ("uk", "Україна взяла в полон двох північнокорейських солдатів років 20.", "20"),
    ("ja", "ウクライナ軍は20代の北朝鮮兵2人を捕虜にした。", "20代"),
    ("ja", "捕虜となった北朝鮮兵は30代前半の男性だという。", "30代"),
    ("ja", "40代の北朝鮮軍将校1人が死亡した。", "40代"),
    ("ja", "10代の北朝鮮兵も捕虜になった。", "10代"),
    # 2. a measure that describes a thing (length, calibre, weight)
    ("en", "North Korea sent 25-foot-long Koksan guns to Russia.", "25"),
    ("en", "North Korea sent Koksan guns with 25-foot barrels to Russia.", "25"),
    ("de", "Nordkorea hat Russland Koksan-Geschütze mit 25 Fuß langen Rohren geliefert.", "25"),
    ("fr", "La Corée du Nord a envoyé à la Russie des canons Koksan de 25 pieds.", "25"),
    ("es", "Corea del Norte envió a Rusia cañones Koksan de 25 pies.", "25"),
    ("ko", "북한은 25피트 길이의 곡산 자주포를 러시아에 보냈다.", "25"),
    ("ko", "북한은 러시아에 25피트 포신의 자주포를 보냈다.", "25"),
    ("ja", "北朝鮮は25フィートの砲身の自走砲をロシアに送った。", "25"),
    ("ja", "北朝鮮は40フィートのコンテナをロシアに送った。", "40"),
    # 3. the people a reporter interviewed, surveyed or met
    ("en", "The BBC spoke with six North Korean workers who fled Russia.", "six"),
    ("en", "In a survey of 40 North Korean workers, most said they were never paid.", "40"),
    ("en", "Our reporter met five North Korean labourers at a building site in Vladivostok.",
     "five"),
    ("de", "Die BBC sprach nun mit sechs nordkoreanischen Arbeitern in Seoul.", "sechs"),
    ("de", "Unsere Reporterin traf sich mit fünf nordkoreanischen Arbeitern auf einer Baustelle.",
     "fünf"),
    ("de", "Eine Befragung von 40 nordkoreanischen Arbeitern ergab, dass sie kaum Lohn "
           "erhielten.", "40"),
    ("fr", "Selon une enquête auprès de 40 travailleurs nord-coréens, la plupart ne sont pas "
           "payés.", "40"),
    ("es", "Nuestro reportero se reunió con cinco obreros norcoreanos en Vladivostok.", "cinco"),
    ("es", "Según una encuesta a 40 trabajadores norcoreanos, la mayoría no cobra.", "40"),
    ("ru", "Об условиях труда известно из опроса шестерых северокорейских рабочих.", "шестерых"),
    ("ru", "Корреспондент встретился с тремя северокорейскими рабочими на стройке.", "тремя"),
    ("uk", "Кореспондент зустрівся з трьома північнокорейськими робітниками на будові.",
     "трьома"),
    ("uk", "Опитування 40 північнокорейських робітників показало, що їм не платять.", "40"),
    ("ko", "북한 노동자 40명을 대상으로 한 설문조사에서 대부분은 임금을 받지 못했다.", "40명"),
    ("ko", "취재진은 북한 노동자 3명과 인터뷰했다.", "3명"),
    ("ko", "기자는 러시아에서 탈출한 북한 노동자 5명을 만났다.", "5명"),
    ("ja", "BBCが取材した北朝鮮労働者6人はロシアから逃れた。", "6人"),
    ("ja", "北朝鮮労働者40人を対象にした調査では、大半が賃金を受け取っていなかった。", "40人"),
    ("ja", "記者は北朝鮮の労働者3人にインタビューした。", "3人"),
    # 4. the people told before named again: after "the", "all", "die", "alle", the people
    # the article named before as no figure (interviewees); in Japanese and Korean the number
    # and its counter alone
    ("en", "Reuters interviewed three North Korean workers. The three workers were sent to "
           "Russia in 2023.", "three workers were"),
    ("de", "Die BBC sprach mit sechs nordkoreanischen Arbeitern. Alle sechs Arbeiter wurden 2023 "
           "nach Russland geschickt.", "sechs Arbeiter wurden"),
    ("de", "Der Sender befragte drei nordkoreanische Arbeiter. Die drei Arbeiter wurden 2023 nach "
           "Russland geschickt.", "drei Arbeiter wurden"),
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。2人が送った手紙をAFPが確認した。", "2人が"),
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。2人が派遣された経緯を語った。", "2人が"),
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。その2人はロシアに派遣されたと述べた。",
     "2人は"),
    ("ko", "우크라이나군은 북한군 2명을 생포했다. 2명이 보낸 편지를 AFP가 확인했다.", "2명이"),
    ("ko", "우크라이나군은 북한군 2명을 생포했다. 2명은 러시아로 파병됐다고 말했다.", "2명은"),
    ("ko", "우크라이나군은 북한군 2명을 생포했다. 이들 2명은 파병 당시 훈련인 줄 알았다고 "
           "밝혔다.", "2명은"),
    # 5. a size told as usual
    ("en", "A North Korean battalion can vary in size, often ranging from 300 to 1,000 troops.",
     "300"),
    ("en", "A North Korean brigade commonly numbers between 2,000 and 5,000 soldiers.", "2,000"),
    ("en", "A battalion tends to have about 500 troops in the North Korean army.", "500"),
    ("de", "Ein nordkoreanisches Bataillon umfasst meist 300 bis 1000 Soldaten.", "300"),
    ("de", "Eine nordkoreanische Brigade zählt oft 2000 bis 5000 Soldaten.", "2000"),
    ("de", "Ein nordkoreanisches Bataillon hat häufig rund 500 Soldaten.", "500"),
    ("fr", "Un bataillon nord-coréen compte souvent de 300 à 1 000 soldats.", "300"),
    ("fr", "Une brigade nord-coréenne compte le plus souvent entre 2 000 et 5 000 soldats.",
     "2 000"),
    ("fr", "Un bataillon nord-coréen regroupe communément environ 500 soldats.", "500"),
    ("es", "Un batallón norcoreano a menudo tiene entre 300 y 1.000 soldados.", "300"),
    ("es", "Una brigada norcoreana cuenta a menudo con 2.000 a 5.000 soldados.", "2.000"),
    ("es", "Un batallón norcoreano tiene comúnmente unos 500 soldados.", "500"),
    ("ru", "Северокорейский батальон чаще всего насчитывает от 300 до 1000 военных.", "300"),
    ("ru", "Северокорейская бригада, как правило, включает 2000–5000 военных.", "2000"),
    ("ru", "Численность северокорейского батальона зачастую составляет около 500 военных.",
     "500"),
    ("uk", "Північнокорейський батальйон найчастіше налічує від 300 до 1000 військових.", "300"),
    ("uk", "Північнокорейська бригада, як правило, має 2000–5000 військових.", "2000"),
    ("uk", "Чисельність північнокорейського батальйону здебільшого становить близько 500 "
           "військових.", "500"),
    ("ko", "북한군 여단은 통상 2000~5000명의 병력으로 이뤄진다.", "2000"),
    ("ko", "북한군 여단은 흔히 2000~5000명의 병력으로 이뤄진다.", "2000"),
]

# the same classes in sentences the reader already left before 16ci (its older rules: "대",
# "세", "歳", "ans", "años", "-летн" after a number; "mm", "метр", "미터", "メートル"; the
# interviewees of 16ce; "the two", "эти двое" of told_again; the older "usual" words; or no
# noun of the story it reads): checked so that the class stays whole
ALREADY = [
    ("en", "The prisoners, both in their mid-20s, told reporters they had been sent to Russia.",
     "20s"),
    ("de", "Die 20-jährigen Soldaten aus Nordkorea wurden von ukrainischen Truppen gefangen "
           "genommen.", "20"),
    ("fr", "Les deux prisonniers, âgés d'une trentaine d'années, ont été interrogés par le SBU.",
     "trentaine"),
    ("es", "Dos soldados norcoreanos de unos 20 años fueron capturados en Kursk.", "20"),
    ("ru", "Украинские военные взяли в плен двух 20-летних северокорейских солдат.", "20"),
    ("uk", "Українські військові взяли в полон двох 20-річних північнокорейських солдатів.",
     "20"),
    ("ko", "우크라이나군은 20대 북한군 포로 2명을 생포했다.", "20대"),
    ("ko", "생포된 북한군 병사는 30대 초반으로 알려졌다.", "30대"),
    ("ja", "北朝鮮兵は「帰国すれば家族3代が処罰される」と語った。", "3代"),
    ("en", "North Korea sent 240-mm rocket launchers to Russia, the report said.", "240"),
    ("en", "North Korea sent 60-tonne tank transporters to Russia.", "60"),
    ("de", "Nordkorea lieferte Russland 25 Meter lange Raketen.", "25"),
    ("ru", "КНДР отправила России 25-метровые ракеты.", "25"),
    ("uk", "КНДР відправила Росії 25-метрові ракети.", "25"),
    ("ko", "북한은 240밀리미터 방사포를 러시아에 제공했다.", "240"),
    ("ja", "北朝鮮は240ミリメートルの多連装ロケット砲をロシアに供与した。", "240"),
    ("fr", "La BBC a interrogé six travailleurs nord-coréens qui ont fui la Russie.", "six"),
    ("es", "La BBC entrevistó a seis trabajadores norcoreanos que huyeron de Rusia.", "seis"),
    ("ru", "Журналисты поговорили с пятью северокорейскими рабочими во Владивостоке.", "пятью"),
    ("uk", "Журналісти поговорили з п'ятьма північнокорейськими робітниками у Владивостоці.",
     "п'ятьма"),
    ("ko", "BBC가 인터뷰한 북한 노동자 6명은 러시아에서 탈출했다.", "6명"),
    ("ja", "記者が話を聞いた北朝鮮の労働者5人は、1日16時間働いたと語った。", "5人"),
    ("en", "Ukraine captured two North Korean soldiers on January 9. The two prisoners said they "
           "had not known they would fight Ukrainians.", "two prisoners"),
    ("ru", "Украина взяла в плен двух северокорейских солдат. Эти двое пленных попросили "
           "отправить их в Южную Корею.", "двое"),
    ("uk", "Україна взяла в полон двох північнокорейських солдатів. Ці двоє полонених попросили "
           "відправити їх до Південної Кореї.", "двоє"),
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。2人は韓国行きを希望している。", "2人は"),
    ("ko", "대대는 통상 300명에서 1000명의 병력으로 구성된다.", "300명"),
    ("ja", "大隊は通常300人から1000人の兵士で構成される。", "300人"),
]

KEPT = [
    # ages: the count beside the age stays, "une vingtaine de soldats" is a count
    ("en", "Ukraine captured 12 North Korean soldiers in their 20s.", "12"),
    ("fr", "Une vingtaine de soldats nord-coréens ont été capturés à Koursk.", "vingtaine"),
    ("es", "Una veintena de soldados norcoreanos fueron capturados en Kursk.", "veintena"),
    ("de", "Mitte Dezember wurden 20 nordkoreanische Soldaten gefangen genommen.", "20"),
    ("ko", "우크라이나군은 20대 북한군 포로 2명을 생포했다.", "2명"),
    ("ja", "ウクライナ軍は20代の北朝鮮兵2人を捕虜にした。", "2人"),
    ("ru", "За 20 лет КНДР отправила в Россию 50 000 рабочих.", "50 000"),
    ("ru", "За последние пять лет 30 северокорейских солдат погибли на учениях.", "30"),
    ("es", "El número de soldados norcoreanos muertos ronda los 50, según Kiev.", "50"),
    ("fr", "Dans la vingtaine de villages repris, 20 soldats nord-coréens ont été tués.", "20 "),
    ("de", "Ende 20 nordkoreanische Arbeiter kamen nach Russland.", "20"),
    ("ru", "За 5 лет 20 северокорейских рабочих погибли на стройках.", "20"),
    ("ru", "За последние 10 лет 12 тысяч северокорейских рабочих прибыли в Россию.", "12 тысяч"),
    # measures: the count of the things measured stays
    ("en", "North Korea sent 10 Koksan guns with their 25-foot-long barrels to Russia.", "10"),
    ("de", "Nordkorea lieferte 50 Haubitzen mit 25 Meter langen Rohren an Russland.", "50"),
    ("ko", "북한은 240밀리미터 방사포 50문을 러시아에 제공했다.", "50문"),
    # interviews: what the people interviewed report of others stays
    ("en", "Officials the BBC spoke with said 15,000 North Korean workers were sent to Russia.",
     "15,000"),
    ("de", "Die BBC sprach mit Beamten: Nordkorea schickte 15.000 Arbeiter nach Russland.",
     "15.000"),
    ("ko", "국정원은 BBC와의 인터뷰에서 북한이 노동자 1만5000명을 러시아에 보냈다고 밝혔다.",
     "1만5000명"),
    # back-references: the first figure stays, and a new count of other people
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。", "2人"),
    ("ja", "ウクライナ軍は北朝鮮兵2人を捕虜にした。その後、3人が死亡した。", "3人"),
    ("ja", "北朝鮮兵2人が死亡し、2人が負傷した。", "2人が負傷"),
    ("ko", "북한군 2명이 숨지고, 2명이 다쳤다.", "2명이 다쳤다"),
    ("ko", "우크라이나군은 북한군 2명을 생포했다. 3명은 숨졌다.", "3명"),
    ("en", "Ukraine captured two North Korean soldiers on January 9. The two prisoners said they "
           "had not known they would fight Ukrainians.", "captured two"),
    ("en", "All three North Korean soldiers were killed in the strike.", "three"),
    ("en", "North Korea sent 11,000 troops. All 11,000 troops were deployed to Kursk.",
     "sent 11,000"),
    # usual: a figure of the story in another clause of the same sentence stays, and a group
    # told with a definite word ("the 11,000") is no size in general
    ("en", "Russia often relies on the 11,000 North Korean troops sent to Kursk.", "11,000"),
    ("es", "Los 11.000 soldados norcoreanos enviados a Kursk suelen combatir de noche.", "11.000"),
    ("en", "A battalion usually has 500 troops, but Russia sent 3,000 North Korean soldiers to "
           "Kursk.", "3,000"),
    ("en", "North Korea has sent 11,000 troops to Russia, officials said.", "11,000"),
    ("de", "Nordkorea hat oft Waffen geliefert; nun schickte es 11.000 Soldaten nach Russland.",
     "11.000"),
]


def _hits(lang: str, text: str, phrase: str) -> list[str]:
    lo = text.find(phrase)
    assert lo >= 0, phrase
    hi = lo + len(phrase)
    found = extract_figures(text, lang, "2025-02-10")
    return [r.figure_text for r in found.itertuples() if r.start < hi and lo < r.end]


@pytest.mark.parametrize(("lang", "text", "phrase"), NO_FIGURE + ALREADY)
def test_no_figure(lang: str, text: str, phrase: str) -> None:
    assert not _hits(lang, text, phrase)


@pytest.mark.parametrize(("lang", "text", "phrase"), KEPT)
def test_kept(lang: str, text: str, phrase: str) -> None:
    assert _hits(lang, text, phrase)
