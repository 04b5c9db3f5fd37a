"""The reader's classes of the session of 2026-12-04 (seventh), lead's part (issue 16).

Rounds 16u and 16v were that session's development rounds (16x and 16y its untuned
measurement). Two attribution classes, each written for every language:

- a pronoun speaker ("He said", "Он заявил", "Selon lui") after a sentence where North Korea's
  leader acts takes the leader as its source: the leader who acts and says nothing is no source
  of the next sentence (16kj) unless a pronoun speaks there. The leader by his title ("лидер КНДР",
  "the North Korean leader") is a source as his name is, unless the name follows in apposition;
  en, de, fr and es have pronoun speakers as data tables (``ARTICLES["pronoun"]``) like the others;
- a sentence naming one source that ends its line with a colon ("Here is what the NIS has
  assessed:") introduces the lines after it: those that name no source take it.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NK = "North Korea (state media and leadership)"
NIS = "South Korea National Intelligence Service (NIS)"


def _claimants(text: str, lang: str) -> list[tuple[str, str]]:
    rows = extract_figures(text, lang)
    return list(zip(rows["figure_text"], rows["claimant"], strict=True))


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Kim Jong Un congratulated the soldiers. He said nine North Korean soldiers were "
           "killed.", "nine"),
    ("en", "The North Korean leader congratulated the troops. He said nine soldiers were killed.",
     "nine"),
    ("de", "Kim Jong Un gratulierte den Soldaten. Er sagte, neun nordkoreanische Soldaten seien "
           "getötet worden.", "neun"),
    ("de", "Nordkoreas Machthaber gratulierte den Soldaten. Seinen Angaben zufolge wurden neun "
           "Soldaten getötet.", "neun"),
    ("fr", "Kim Jong Un a félicité les soldats. Il a déclaré que neuf soldats nord-coréens avaient "
           "été tués.", "neuf"),
    ("fr", "Le dirigeant nord-coréen a félicité les soldats. Selon lui, neuf soldats nord-coréens "
           "ont été tués.", "neuf"),
    ("es", "Kim Jong Un felicitó a los soldados. Él dijo que nueve soldados norcoreanos murieron.",
     "nueve"),
    ("es", "El líder norcoreano felicitó a los soldados. Según él, murieron nueve soldados "
           "norcoreanos.", "nueve"),
    # (the round's sentence: the leader by his title)
    ("ru", "Лидер КНДР поздравил военных с боевыми успехами. Он заявил, что в ходе выполнения "
           "боевой задачи погибли девять северокорейских военнослужащих.", "девять"),
    ("uk", "Лідер КНДР привітав військових. Він заявив, що загинули дев'ять північнокорейських "
           "військовослужбовців.", "дев'ять"),
    ("ko", "김정은 국무위원장은 귀환한 공병들을 환영했다. "
           "그는 작전 중 9명이 전사했다고 말했다.", "9명"),
    ("ja", "金正恩総書記は帰還した工兵部隊を歓迎した。彼は任務中に9人が死亡したと述べた。", "9人"),
])
def test_a_pronoun_speaks_for_the_leader_acting_before(lang: str, text: str, figure: str
                                                       ) -> None:
    assert _claimants(text, lang) == [(figure, NK)]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    # no pronoun speaks: the leader acting before is no source (16kj)
    ("en", "Kim Jong Un signed a treaty with Putin. North Korea later sent 6,000 engineers to "
           "Russia.", "6,000"),
    ("ko", "김정은은 푸틴과 조약을 체결하고 협력에 합의한 바 있다. "
           "이후 북한은 공병 6000명 추가 파병을 약속했다.", "6000명"),
    # the title with the name in apposition: the name decides, and the leader who sends is no
    # source (round 16m's sentence)
    ("es", "En junio pasado, el líder norcoreano, Kim Jong-un, aprobó el envío de mil zapadores "
           "para participar en el desminado de Kursk.", "mil zapadores"),
])
def test_the_leader_acting_is_still_no_source_without_a_pronoun(lang: str, text: str,
                                                                figure: str) -> None:
    got = _claimants(text, lang)
    assert [f for f, _ in got] == [figure] or figure.startswith(got[0][0])
    assert got[0][1] == "Unattributed"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The NIS director briefed lawmakers on Wednesday.\nHere is what the NIS has assessed:\n"
           "North Korea has currently sent about 3,000 soldiers to Russia.\n"
           "The number of forces is expected to increase to 10,000 fighters by December."),
    ("de", "Der südkoreanische Geheimdienst NIS teilte mit:\n"
           "Nordkorea hat rund 3.000 Soldaten nach Russland geschickt."),
    ("fr", "Voici ce qu'a estimé le NIS :\nLa Corée du Nord a envoyé environ 3 000 soldats en "
           "Russie."),
    ("es", "Esto es lo que evaluó el NIS:\nCorea del Norte ha enviado unos 3.000 soldados a "
           "Rusia."),
    ("ru", "Вот что сообщила разведка Южной Кореи:\nКНДР отправила в Россию около 3000 военных."),
    ("uk", "Ось що повідомила розвідка Південної Кореї:\nКНДР відправила до Росії близько 3000 "
           "військових."),
    ("ko", "국정원이 밝힌 내용은 다음과 같다:\n북한은 러시아에 약 3000명을 파병했다."),
    ("ja", "国家情報院の分析は次の通り：\n北朝鮮はロシアに約3000人を派遣した。"),
])
def test_a_source_introducing_lines_with_a_colon_is_theirs(lang: str, text: str) -> None:
    got = _claimants(text, lang)
    assert got and all(who == NIS for _, who in got), got


def test_the_colon_introduces_only_until_another_source_speaks() -> None:
    got = _claimants("The NIS said on Wednesday:\nNorth Korea has sent about 3,000 soldiers to "
                     "Russia.\nUkraine's military intelligence said 12,000 troops had arrived.",
                     "en")
    assert got == [("about 3,000", NIS), ("12,000", "Ukraine Defence Intelligence (HUR)")]


def test_a_colon_inside_a_line_introduces_nothing() -> None:
    # (a headline's "Seoul:" is read by its own rule; a colon not ending its line is no list)
    got = _claimants("Experts at the NIS: a look back.\nNorth Korea has sent about 3,000 soldiers "
                     "to Russia.", "en")
    assert got == [("about 3,000", "Unattributed")]


@pytest.mark.parametrize(("lang", "text"), [
    # Ukraine's Foreign Intelligence Service (SZRU; its head Oleh Ivashchenko since March 2024,
    # before that a deputy head of the HUR) is not the military intelligence: it has no claimant
    # of its own, so it reads as the Ukrainian government's (round 16u's labeller)
    ("en", "According to the head of Ukraine's Foreign Intelligence Service, Oleh Ivashchenko, "
           "North Korea has transferred about six million shells to Russia."),
    ("fr", "Selon le chef du Service de renseignement extérieur de l'Ukraine, Oleh Ivashchenko, la "
           "Corée du Nord a déjà transféré environ six millions d'obus à la Russie."),
    ("de", "Laut dem ukrainischen Auslandsgeheimdienst hat Nordkorea rund sechs Millionen "
           "Granaten an Russland geliefert."),
    ("es", "Según el Servicio de Inteligencia Exterior de Ucrania, Corea del Norte ha enviado unos "
           "seis millones de proyectiles a Rusia."),
    ("ru", "По данным Службы внешней разведки Украины, КНДР передала России около шести миллионов "
           "снарядов."),
    ("uk", "За даними Служби зовнішньої розвідки України, КНДР передала Росії близько шести "
           "мільйонів снарядів."),
    ("ko", "우크라이나 해외정보국에 따르면 북한은 러시아에 포탄 약 600만 발을 보냈다."),
    ("ja", "ウクライナ対外情報庁によると、北朝鮮はロシアに砲弾約600万発を送った。"),
])
def test_the_foreign_intelligence_service_is_not_the_military_intelligence(lang: str,
                                                                          text: str) -> None:
    got = _claimants(text, lang)
    assert [who for _, who in got] == ["Ukrainian government (unspecified)"], got


SHOIGU = "Russian Security Council (Sergei Shoigu)"


@pytest.mark.parametrize(("lang", "text"), [
    # the counted, a pronoun opening the next sentence that the speaker closes: his report (16u)
    ("de", "Nordkorea schickt rund 5000 Bausoldaten nach Russland. Sie sollen das russische "
           "Gebiet Kursk wiederaufbauen, teilte der Sekretär des russischen Nationalen "
           "Sicherheitsrats mit."),
    ("en", "North Korea is sending about 5,000 military builders to Russia. They will rebuild the "
           "Kursk region, said the secretary of Russia's Security Council."),
    ("fr", "La Corée du Nord envoie environ 5 000 ouvriers militaires en Russie. Ils doivent "
           "reconstruire la région de Koursk, a annoncé le secrétaire du Conseil de sécurité "
           "russe."),
    ("ru", "КНДР направит в Россию около 5000 военных строителей. Они займутся восстановлением "
           "Курской области, сообщил секретарь Совбеза России."),
    ("uk", "КНДР направить до Росії близько 5000 військових будівельників. Вони відновлюватимуть "
           "Курську область, повідомив секретар Ради безпеки РФ."),
    # a German separable verb split around its subject
    ("de", "Nordkorea hat rund 5000 Bausoldaten nach Russland geschickt, teilte der Sekretär des "
           "russischen Nationalen Sicherheitsrats am Montag mit."),
])
def test_the_speaker_closing_the_sentence_after_is_the_source(lang: str, text: str) -> None:
    assert [who for _, who in _claimants(text, lang)] == [SHOIGU]


def test_a_pronoun_opening_a_sentence_the_speaker_does_not_close_carries_nothing(
) -> None:
    # (round 16t's sentence: "They" are the soldiers' answers, the officials speak mid-sentence)
    got = _claimants("It offered a glimpse into the mind-set of an estimated 11,000 North Korean "
                     "troops deployed to help Russia. They appeared to back up what South Korean "
                     "and U.S. officials have said in recent weeks: North Korean troops were "
                     "taking heavy casualties.", "en")
    assert got[0] == ("an estimated 11,000", "Unattributed")


AUSTIN = "US Department of Defense"


@pytest.mark.parametrize(("lang", "text", "who"), [
    # a quotation running on from the figure's sentence, closed with its speaker (16i)
    ("de", "„Nach neuesten Erkenntnissen hat Nordkorea 10.000 Soldaten entsandt, die im östlichen "
           "Teil Russlands eine Ausbildung absolvieren. Einige dieser nordkoreanischen Einheiten "
           "wurden bereits in die Nähe der Ukraine verlegt“, sagte der Leiter des "
           "US-Verteidigungsministeriums, Lloyd Austin.", AUSTIN),
    ("en", "\"North Korea has sent 10,000 soldiers who are training in eastern Russia. Some of "
           "these units have already moved closer to Ukraine,\" said Defense Secretary Lloyd "
           "Austin.", AUSTIN),
    ("en", "“North Korea has sent 10,000 soldiers to eastern Russia. These units have moved "
           "closer to Ukraine,” Lloyd Austin told reporters.", AUSTIN),
    # (« » and the dash already held the quote together in French, Spanish and Russian)
    ("fr", "« La Corée du Nord a envoyé 10 000 soldats qui s'entraînent dans l'est de la Russie. "
           "Certaines unités se sont déjà rapprochées de l'Ukraine », a déclaré le secrétaire à la "
           "Défense Lloyd Austin.", AUSTIN),
    # the quotation closes with nobody named after it: nobody
    ("en", "\"North Korea has sent 10,000 soldiers to eastern Russia. These units have moved "
           "closer to Ukraine.\" The claim could not be verified.", "Unattributed"),
])
def test_a_quotation_running_on_is_its_closing_speakers(lang: str, text: str, who: str) -> None:
    assert [w for _, w in _claimants(text, lang)] == [who]


def _metrics(text: str, lang: str) -> list[tuple[str, str]]:
    rows = extract_figures(text, lang)
    return list(zip(rows["figure_text"], rows["metric"], strict=True))


@pytest.mark.parametrize(("lang", "text", "figure"), [
    # losses told again as the dead are the dead (16u)
    ("de", "Obwohl es neun bedauerliche Verluste gegeben habe, möchte er den Soldaten danken, "
           "sagte Kim Jong Un. Die neun gefallenen Soldaten wurden mit dem Titel „Held der "
           "Republik“ ausgezeichnet.", "neun"),
    ("en", "North Korea suffered nine losses in the operation, Kim Jong Un said. The nine fallen "
           "soldiers were named Heroes of the Republic.", "nine"),
    # a sacrifice of soldiers counted is their death (16v)
    ("ko", "김정은 위원장은 \"비록 9명의 안타까운 희생이 있었지만 "
           "병사들 모두가 돌아와 주어 감사하다\"고 말했다.", "9명"),
    ("ja", "金正恩氏は「9人の痛ましい犠牲はあったが、"
           "全員が戻ってきてくれたことに感謝している」と述べた。", "9人"),
])
def test_losses_said_to_be_deaths_are_killed(lang: str, text: str, figure: str) -> None:
    assert _metrics(text, lang) == [(figure, "killed")]


def test_losses_told_again_without_saying_which_stay_killed_or_wounded() -> None:
    got = _metrics("North Korea suffered 300 losses in Kursk, the NIS said. The 300 soldiers were "
                   "from the storm corps.", "en")
    assert got == [("300", "killed_or_wounded")]


@pytest.mark.parametrize(("text", "who"), [
    # German: an estimate's split verb ("geht davon aus") attributes, and "sollen" (hearsay)
    # is the reported mood that goes on with the report before (16g)
    ("Südkoreas Geheimdienst geht davon aus, dass Nordkorea weitere Truppen schicken wird. Rund "
     "3.000 Soldaten sollen sich bereits im Land aufhalten.", NIS),
    ("Der südkoreanische Geheimdienst ging davon aus, dass Nordkorea rund 3.000 Soldaten nach "
     "Russland geschickt habe.", NIS),
    # (no source before: nobody's)
    ("Nordkorea plant weitere Entsendungen. Rund 3.000 Soldaten sollen sich bereits im Land "
     "aufhalten.", "Unattributed"),
])
def test_german_estimates_and_hearsay_carry_their_source(text: str, who: str) -> None:
    assert [w for _, w in _claimants(text, "de")] == [who]
