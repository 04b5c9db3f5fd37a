"""Review 16rv: where the seventh session's reader changes read worse than at its start.

Written from probe sentences (not from the labelled sets): each class the review found worse, the
probe that shows it, and the sentence the change was written from still read as before.

- 희생 / 犠牲 as deaths (16v) took any sacrifice in the clause: the sacrifice honoured
  ("1만 명 이상 파병된 북한군의 희생을 … 치하하며", a real page), a scapegoat (희생양), the spirit
  of sacrifice (희생정신, 犠牲的精神). Now the verbs of dying (희생됐다, 犠牲になった) and the
  sacrifices there were (희생이 있었지만, 犠牲はあったが).
- counts of sources (16pf) took North Korea's own officials, counted in the story ("1,000 North
  Korean officials and soldiers were sent", "북한 고위 당국자 3명이 사망", "北朝鮮の高官3人が死亡").
- weapons fired, not sent (16pf), in Korean and Japanese: a part of the number fired ("送った砲弾
  900万発の多くが使用された", "보낸 포탄 900만 발 중 상당수가 사용됐다") left the sent total no
  figure.
- a quotation running on (16i): the source named after the closing mark was taken past the end
  of that sentence when the sentences were not told apart ("…“, sagte ein Sprecher. Der NIS
  meldete später 12.000").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"


def _rows(text: str, lang: str) -> list[tuple[str, str, str]]:
    rows = extract_figures(text, lang)
    return list(zip(rows["figure_text"], rows["metric"], rows["claimant"], strict=True))


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("ko", "김정은 위원장이 평양 내 북한 러시아 파병 전사자 추모비 건설 현장을 "
           "시찰했습니다. 1만 명 이상 파병된 북한군의 희생을 '영원한 초석'이라 "
           "치하하며 북러 혈맹을 공고히 했습니다.", "1만 명 이상"),
    ("ko", "정보기관에 따르면 북한은 1만 명 이상의 병력을 러시아에 지원했으며, "
           "이들의 희생은 북러 관계의 상징이 됐습니다.", "1만 명 이상"),
    ("ko", "국정원은 북한군 1만1000명이 러시아의 희생양이 됐다고 밝혔다.", "1만1000명"),
])
def test_a_sacrifice_honoured_is_no_death(lang: str, text: str, figure: str) -> None:
    assert [(f, m) for f, m, _ in _rows(text, lang)] == [(figure, "deployed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "김정은은 병사 1000명의 희생정신을 치하했다."),
    ("ja", "金正恩氏は兵士1000人の犠牲的精神をたたえた。"),
])
def test_the_spirit_of_sacrifice_counts_nobody(lang: str, text: str) -> None:
    assert _rows(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("ko", "국정원은 북한군 2000명이 희생됐다고 밝혔다.", "2000명"),
    ("ja", "国家情報院は北朝鮮兵2000人が犠牲になったと明らかにした。", "2000人"),
    ("ko", "김정은 위원장은 \"비록 9명의 안타까운 희생이 있었지만 병사들 "
           "모두가 돌아와 주어 감사하다\"고 말했다.", "9명"),
    ("ja", "金正恩氏は「9人の痛ましい犠牲はあったが、全員が戻ってきて"
           "くれたことに感謝している」と述べた。", "9人"),
])
def test_the_lives_given_are_still_deaths(lang: str, text: str, figure: str) -> None:
    assert [(f, m) for f, m, _ in _rows(text, lang)] == [(figure, "killed")]


@pytest.mark.parametrize(("lang", "text", "figure", "metric"), [
    ("en", "About 1,000 North Korean officials and soldiers were sent to Russia, the NIS said.",
     "About 1,000", "deployed"),
    ("ko", "국정원은 북한 고위 당국자 3명이 러시아에서 사망했다고 밝혔다.", "3명", "killed"),
    ("ja", "国家情報院は北朝鮮の高官3人がロシアで死亡したと明らかにした。", "3人", "killed"),
])
def test_north_koreas_officials_counted_are_figures(lang: str, text: str, figure: str,
                                                    metric: str) -> None:
    assert _rows(text, lang) == [(figure, metric, NIS)]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("en", "Two U.S. officials said North Korea had sent about 1,000 more troops to Russia.",
     "about 1,000 more"),
    ("ko", "미국 당국자 2명은 북한이 1000명을 추가 파병했다고 말했다.", "1000명"),
    ("ja", "アメリカ当局者2人は北朝鮮が1000人を追加派遣したと述べた。", "1000人"),
])
def test_sources_counted_are_still_no_figures(lang: str, text: str, figure: str) -> None:
    assert [f for f, _, _ in _rows(text, lang)] == [figure]


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("ja", "北朝鮮がロシアに送った砲弾900万発の多くがすでに使用されたと"
           "国家情報院が明らかにした。", "900万発"),
    ("ko", "북한이 러시아에 보낸 포탄 900만 발 중 상당수가 이미 사용됐다고 "
           "국정원이 밝혔다.", "900만 발"),
])
def test_a_part_fired_leaves_the_total_sent(lang: str, text: str, figure: str) -> None:
    got = _rows(text, lang)
    assert [f for f, _, _ in got] == [figure]
    assert got[0][2] == NIS


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "러시아는 약 60기의 북한산 미사일을 우크라이나에 발사했다고 우크라이나가 밝혔다."),
    ("ko", "러시아는 북한에서 제공받은 탄도미사일 약 60기를 사용했다고 밝혔다."),
    ("ja", "ロシアは北朝鮮製ミサイル2発を使用したとウクライナ側が明らかにした。"),
])
def test_weapons_fired_are_still_no_sending(lang: str, text: str) -> None:
    assert _rows(text, lang) == []


def test_the_speaker_after_a_quotation_is_in_its_sentence() -> None:
    got = _rows("„Nordkorea hat 10.000 Soldaten entsandt. Das ist eine Eskalation“, sagte ein "
                "Sprecher. Der NIS meldete später 12.000.", "de")
    assert [(f, c) for f, _, c in got] == [("10.000", "Unattributed")]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("de", "„Nach neuesten Erkenntnissen hat Nordkorea 10.000 Soldaten entsandt. Einige dieser "
           "Einheiten wurden bereits verlegt“, sagte US-Verteidigungsminister Lloyd Austin.",
     "US Department of Defense"),
    ("en", "\"North Korea has sent 10,000 troops. Some are in Kursk,\" said U.S. Defense "
           "Secretary Lloyd Austin.", "US Department of Defense"),
])
def test_the_speaker_after_a_quotation_still_read(lang: str, text: str, claimant: str) -> None:
    assert [c for _, _, c in _rows(text, lang)] == [claimant]
