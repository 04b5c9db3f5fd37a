"""Issue 17, helper 17gwb: the grammar sweep of the zh, ko, ja, it and pt figure tables.

Each table was read field by field (``FIGURES`` of ``src/analysis/lang/<code>.py``, the fields
described in :mod:`analysis.lang`) against the language as a grammar and a newsroom write it,
before any phrase of a round asked for the words; the forms added are marked ``(17gwb)`` in the
tables and listed in docs/codebook.md ("Grammar sweep of zh, ko, ja, it, pt").

``CASES``: one phrase per added form (or group of forms of one word), with the reading the
codebook gives it: qualifiers by rules 2-5, ranges by rule 6 (a magnitude written once belongs
to both ends), vague and collective counts by rule 7 and D6, "more" by rule 12, rates,
fractions, durations, dates and vague words without a magnitude unparsed (rule 13, D7, D19).
``NEGATIVES``: for each field, a phrase where the added word (or a word holding it) must not
change the reading. The phrases were written for the test unless a URL stands above one (found
in the pages corpus).
"""

from __future__ import annotations

import math

import pytest
from figure_sets import assert_reads_fully

from analysis.figures import explain_figure, parse_figure

NAN = math.nan

# (lang, phrase, low, best, high, qualifier, relation, status)
CASES: list[tuple[str, str, float, float, float, str, str, str]] = [
    # -- zh --
    # nearly: 几达 (nearly reaching)
    ("zh", "洪灾死亡人数几达300人", NAN, 300, 300, "nearly", "total", "ok"),
    ("zh", "傷亡人數幾達三百人", NAN, 300, 300, "nearly", "total", "ok"),
    # at_most: 顶多 (at most), 未达 (short of)
    ("zh", "据估计顶多300人受伤", NAN, 300, 300, "at_most", "total", "ok"),
    ("zh", "參與人數頂多兩百人", NAN, 200, 200, "at_most", "total", "ok"),
    ("zh", "死亡人数未达100人", NAN, 100, 100, "at_most", "total", "ok"),
    # post_approx: 许 after a number or its counter (some 300)
    ("zh", "遇难者300人许", 300, 300, 300, "approx", "total", "ok"),
    ("zh", "百许人受伤", 100, 100, 100, "approx", "total", "ok"),
    # post_at_least: 或更多, 甚至更多 (or more, or even more; D3)
    ("zh", "死亡人数可能达300人或更多", 300, 300, NAN, "at_least", "total", "ok"),
    ("zh", "恐有500人甚至更多遇难", 500, 500, NAN, "at_least", "total", "ok"),
    # post_at_most: 之内 (within)
    ("zh", "伤亡人数控制在100人之内", NAN, 100, 100, "at_most", "total", "ok"),
    # including: 当中 / 當中 (among them): the total stays the figure (D5)
    ("zh", "事故造成300人受伤，当中100人伤势严重", 300, 300, 300, "exact", "total", "ok"),
    ("zh", "共有45人送院，當中十七人證實死亡", 45, 45, 45, "exact", "total", "ok"),
    # range: two neighbouring numerals before 百 / 千 / 万 (D42, D45.2), with 两 for 二
    ("zh", "约有三四百人被困", 300, 350, 400, "range", "total", "ok"),  # D3
    ("zh", "现场聚集了两三千人", 2000, 2500, 3000, "range", "total", "ok"),
    ("zh", "兩三千名民眾撤離", 2000, 2500, 3000, "range", "total", "ok"),
    ("zh", "七八千名士兵", 7000, 7500, 8000, "range", "total", "ok"),
    ("zh", "三五百人聚集", 300, 400, 500, "range", "total", "ok"),
    ("zh", "七八万人受灾", 70000, 75000, 80000, "range", "total", "ok"),
    ("zh", "三四百万人无家可归", 3_000_000, 3_500_000, 4_000_000, "range", "total", "ok"),
    ("zh", "三四千万人受影响", 30_000_000, 35_000_000, 40_000_000, "range", "total", "ok"),
    ("zh", "一两千人", 1000, 1500, 2000, "range", "total", "ok"),
    ("zh", "一兩名傷者", 1, 1.5, 2, "range", "total", "ok"),
    # ... and 百 / 千 written once after two digits (rule 6)
    ("zh", "3至4百人", 300, 350, 400, "range", "total", "ok"),
    ("zh", "3至4千万人", 30_000_000, 35_000_000, 40_000_000, "range", "total", "ok"),
    # a pair before a time unit is a duration: the count is the other number (D7)
    ("zh", "三四天内300人死亡", 300, 300, 300, "exact", "total", "ok"),
    ("zh", "两三天内有300人死亡", 300, 300, 300, "exact", "total", "ok"),
    # percent: 百分之 before the number (rule 10)
    ("zh", "百分之三十的居民撤离", 30, 30, 30, "exact", "total", "ok"),
    ("zh", "死亡率百分之12.5", 12.5, 12.5, 12.5, "exact", "total", "ok"),
    ("zh", "百分之五十以上", 50, 50, NAN, "at_least", "total", "ok"),
    # approx: colloquial 把 after 百 / 千 and 来 between a numeral and its counter (rule 2)
    ("zh", "现场有千把人", 1000, 1000, 1000, "approx", "total", "ok"),
    ("zh", "三十来人受伤", 30, 30, 30, "approx", "total", "ok"),
    ("zh", "300来名村民被困", 300, 300, 300, "approx", "total", "ok"),
    # range: "2,3人" is the enumeration comma of "二、三人" (D42)
    ("zh", "2,3人受轻伤", 2, 2.5, 3, "range", "total", "ok"),
    # uncountable: 无数 / 無數 (countless) is no "several" (数人)
    ("zh", "无数人无家可归", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "無數人受傷", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "大量人员被困", NAN, NAN, NAN, "none", "total", "unparsed"),
    # time units: 星期 / 礼拜 (weeks), 钟头 (hours), 秒, 季度, 昼夜, 世纪: a duration
    ("zh", "3个星期", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "搜救持续了3個禮拜", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "被困3个钟头", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "地震持续了30秒", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "连续3个季度", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "奋战3昼夜", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("zh", "两个世纪以来", NAN, NAN, NAN, "none", "total", "unparsed"),
    # -- ko --
    # at_most: 많아야 (at the most)
    ("ko", "부상자는 많아야 300명", NAN, 300, 300, "at_most", "total", "ok"),
    ("ko", "많아봐야 20명", NAN, 20, 20, "at_most", "total", "ok"),
    # uncountable: 무수한 (countless) holds 한 (one): no 1
    ("ko", "무수한 사람들이 다쳤다", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "무수히 많은 희생자", NAN, NAN, NAN, "none", "total", "unparsed"),
    # rate: 연간 (a year), 주당 (a week), 1인당 (per head)
    ("ko", "연간 300명이 숨진다", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "주당 300명", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "1인당 300만원", NAN, NAN, NAN, "none", "total", "unparsed"),
    # time units: 주 (weeks), 초 (seconds), 살 (years of age), 세기, 분기, 박 (nights)
    ("ko", "3주 동안 이어진 수색", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "파업 3주째", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "진동이 30초 동안 이어졌다", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "스무 살 청년", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "2세기 전", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "3분기 연속", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ko", "2박 3일 일정", NAN, NAN, NAN, "none", "total", "unparsed"),
    # -- ja --
    # approx: 大よそ, 概算
    ("ja", "大よそ300人が避難", 300, 300, 300, "approx", "total", "ok"),
    ("ja", "概算で1万人が参加", 10000, 10000, 10000, "approx", "total", "ok"),
    # additional: 他に / ほかに (besides, another)
    ("ja", "他に300人が負傷した", 300, 300, 300, "exact", "additional", "ok"),
    ("ja", "ほかに20人が軽いけが", 20, 20, 20, "exact", "additional", "ok"),
    # additional_post: 増 / 増加 after the count (up by), not after に / へ / まで (to, D31)
    ("ja", "死者は前年比300人増", 300, 300, 300, "exact", "additional", "ok"),
    ("ja", "前年同期比で1200人増加", 1200, 1200, 1200, "exact", "additional", "ok"),
    ("ja", "感染者は300人に増加", 300, 300, 300, "exact", "total", "ok"),
    ("ja", "避難者は300人へ増加", 300, 300, 300, "exact", "total", "ok"),
    ("ja", "避難者は300人まで増えた", 300, 300, 300, "exact", "total", "ok"),
    # range: "2,3人" is the 読点 of "2、3人" (D42)
    ("ja", "2,3人がけが", 2, 2.5, 3, "range", "total", "ok"),
    # rate: 平均 / 1日平均 before the count (a rewrite: its characters vote for no language)
    ("ja", "1日平均300人が来場", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "平均約30人", NAN, NAN, NAN, "none", "total", "unparsed"),
    # uncountable: 無数
    ("ja", "無数の犠牲者", NAN, NAN, NAN, "none", "total", "unparsed"),
    # time units: 週, 秒, 晩, 昼夜, 世紀, 四半期
    ("ja", "3週にわたり", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "揺れは30秒続いた", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "3晩続けて", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "3昼夜にわたる捜索", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "2世紀ぶり", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("ja", "3四半期連続", NAN, NAN, NAN, "none", "total", "unparsed"),
    # -- it --
    # at_most: the articled forms of "fino a"
    ("it", "si temono fino ai 300 morti", NAN, 300, 300, "at_most", "total", "ok"),
    ("it", "fino alle 2.000 persone evacuate", NAN, 2000, 2000, "at_most", "total", "ok"),
    ("it", "fino agli 80 dispersi", NAN, 80, 80, "at_most", "total", "ok"),
    # collective: settantina, ottantina, novantina (D6), with the elided article
    ("it", "un'ottantina di persone", 80, 80, 80, "approx", "total", "ok"),
    ("it", "una settantina di feriti", 70, 70, 70, "approx", "total", "ok"),
    ("it", "una novantina di sfollati", 90, 90, 90, "approx", "total", "ok"),
    # collective and its half: "un migliaio e mezzo" (D6)
    ("it", "un migliaio e mezzo di persone", 1500, 1500, 1500, "approx", "total", "ok"),
    ("it", "un centinaio e mezzo di sfollati", 150, 150, 150, "approx", "total", "ok"),
    # including: "dei quali", "delle quali" (of whom): the total stays the figure (D5)
    ("it", "300 vittime, delle quali 100 bambini", 300, 300, 300, "exact", "total", "ok"),
    ("it", "45 feriti, dei quali 12 gravi", 45, 45, 45, "exact", "total", "ok"),
    # rate: adverbs, and "l'anno" right after the number (D19)
    ("it", "300 morti annualmente", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "circa 3.000 decessi mensilmente", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "300 morti l'anno", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "oltre 3mila vittime l’anno", NAN, NAN, NAN, "none", "total", "unparsed"),
    # uncountable: superlatives, "innumerevoli", "un numero imprecisato"
    ("it", "moltissime persone", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "innumerevoli vittime", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "un numero imprecisato di morti", NAN, NAN, NAN, "none", "total", "unparsed"),
    # year_pre: the end, start or middle of a year (D7)
    ("it", "fine 2023", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "alla fine del 2023 circa 300 morti", 300, 300, 300, "approx", "total", "ok"),
    ("it", "a metà 2023", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "agli inizi del 2024", NAN, NAN, NAN, "none", "total", "unparsed"),
    # time units: decades, centuries, quarters
    ("it", "tre decenni", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "due secoli fa", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("it", "tre trimestri consecutivi", NAN, NAN, NAN, "none", "total", "unparsed"),
    # -- pt --
    # approx: European "à volta de", "à roda de", "qualquer coisa como", "rondar"
    ("pt", "à volta de 300 mortos", 300, 300, 300, "approx", "total", "ok"),
    ("pt", "à volta dos 40 feridos", 40, 40, 40, "approx", "total", "ok"),
    ("pt", "à roda de 200 pessoas", 200, 200, 200, "approx", "total", "ok"),
    ("pt", "qualquer coisa como 5.000 desalojados", 5000, 5000, 5000, "approx", "total", "ok"),
    ("pt", "as vítimas rondam os 300", 300, 300, 300, "approx", "total", "ok"),
    # collective and its half: "um milhar e meio", "uma dezena e meia" (D6)
    ("pt", "um milhar e meio de desalojados", 1500, 1500, 1500, "approx", "total", "ok"),
    ("pt", "uma centena e meia de feridos", 150, 150, 150, "approx", "total", "ok"),
    ("pt", "uma dezena e meia de mortos", 15, 15, 15, "approx", "total", "ok"),
    # percent: "porcento" written as one word
    ("pt", "30 porcento da população", 30, 30, 30, "exact", "total", "ok"),
    # at_least: "para cima de"
    ("pt", "para cima de 300 mortos", 300, 300, NAN, "at_least", "total", "ok"),
    # including: "entre os quais" (among whom)
    ("pt", "300 mortos, entre os quais 100 crianças", 300, 300, 300, "exact", "total", "ok"),
    # total: "totalizar", "num total de" (D5)
    ("pt", "as vítimas totalizam 300", 300, 300, 300, "exact", "total", "ok"),
    ("pt", "num total de 52 mortos", 52, 52, 52, "exact", "total", "ok"),
    # fraction: "a maior parte dos" (most of, rule 13)
    ("pt", "a maior parte dos 300 mortos", NAN, NAN, NAN, "none", "total", "unparsed"),
    # rate: adverbs and adjectives of a rate
    ("pt", "300 mortos anualmente", NAN, NAN, NAN, "none", "total", "unparsed"),
    # http://www.folhadoms.com.br/index.php/noticias/geral/75366-uma-semana-1-195-mortes-o-retrato-da-violencia-no-brasil
    (
        "pt",
        "se comparada à marca de quase 60 mil homicídios anuais",
        NAN,
        NAN,
        NAN,
        "none",
        "total",
        "unparsed",
    ),
    ("pt", "cerca de 200 óbitos mensais", NAN, NAN, NAN, "none", "total", "unparsed"),
    # uncountable: "inúmeros", "incontáveis", "um número indeterminado"
    ("pt", "inúmeros mortos", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("pt", "incontáveis vítimas", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("pt", "um número indeterminado de feridos", NAN, NAN, NAN, "none", "total", "unparsed"),
    # time units: decades, centuries, quarters
    ("pt", "três décadas", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("pt", "há dois séculos", NAN, NAN, NAN, "none", "total", "unparsed"),
    ("pt", "dois trimestres seguidos", NAN, NAN, NAN, "none", "total", "unparsed"),
]

# (lang, phrase, low, best, high, qualifier, relation): a phrase where an added word, or a
# word holding it, must leave the reading as it was
NEGATIVES: list[tuple[str, str, float, float, float, str, str]] = [
    # zh: 许 inside 或许 / 也许 / 允许 is no "about"
    ("zh", "或许有300人", 300, 300, 300, "exact", "total"),
    ("zh", "允许300人进入", 300, 300, 300, "exact", "total"),
    # zh: a pair of numerals that is no range: after another numeral, or far from a magnitude
    ("zh", "一千二三百人", NAN, NAN, NAN, "none", "total"),
    ("zh", "星期三300人", 300, 300, 300, "exact", "total"),
    ("zh", "13至4百人", 13, 206.5, 400, "range", "total"),  # two digits: not multiplied out
    # zh: 千分之 stays per mille; 三分之一 a fraction
    ("zh", "千分之三", NAN, NAN, NAN, "none", "total"),
    ("zh", "三分之一的人", NAN, NAN, NAN, "none", "total"),
    # zh: 未达 inside 未达成 (failed to reach an agreement) before another clause's count
    ("zh", "未达成协议，300人滞留", 300, 300, 300, "exact", "total"),
    # zh: 之内 after a duration is no "within N" of the count after it
    ("zh", "三天之内300人死亡", 300, 300, 300, "exact", "total"),
    # zh: 数人 (a few people) is still "several" outside 无数
    ("zh", "数人受伤", 2, 2, 9, "vague", "total"),
    # zh: 来 after the counter (came) is no "about"; a comma between digits that are no
    # neighbours, or before a scale, is left as it was
    ("zh", "有300人来到现场", 300, 300, 300, "exact", "total"),
    ("zh", "2,300人", 2300, 2300, 2300, "exact", "total"),
    # zh: a Han decimal after 百分之 is not read as a smaller per cent ("35", D16); since 24rf
    # (D160.2) it is read whole, 35.6
    ("zh", "百分之三十五点六", 35.6, 35.6, 35.6, "exact", "total"),
    # zh: 当中 with one number leaves it the figure
    ("zh", "當中十七人証實死亡", 17, 17, 17, "exact", "total"),
    # ko: 살 (age) only right after a number: "살해" (murder) after the counter
    ("ko", "300명 살해", 300, 300, 300, "exact", "total"),
    ("ko", "3명을 살해", 3, 3, 3, "exact", "total"),
    # ko: 주 only right after a number: "주민" (residents)
    ("ko", "주민 300명", 300, 300, 300, "exact", "total"),
    ("ko", "300명 주민", 300, 300, 300, "exact", "total"),
    # ko: 초 of "2023년 초" (early 2023) is no duration of 300
    ("ko", "2023년 초 300명", 300, 300, 300, "exact", "total"),
    # ko: 많아야 of "많아야 한다" (must be many) is no "at most"
    ("ko", "사람이 많아야 한다며 300명", 300, 300, 300, "exact", "total"),
    # ko: 무수 inside 무수단 (the Musudan missile) is no "countless"
    ("ko", "무수단 미사일 3발", 3, 3, 3, "exact", "total"),
    # ko: 연간 is not 년간 ("3년간", for three years)
    ("ko", "3년간 300명", 300, 300, 300, "exact", "total"),
    # ja: a comma before three digits groups thousands
    ("ja", "2,300人", 2300, 2300, 2300, "exact", "total"),
    # ja: 概算要求 (a budget request) is a word: no "roughly"
    ("ja", "概算要求は300億円", 3e10, 3e10, 3e10, "exact", "total"),
    # ja: 週 before the number (週末, the weekend) is no duration
    ("ja", "週末に300人が参加", 300, 300, 300, "exact", "total"),
    # ja: 増 inside 増水 (a rising river) is no "up by"
    ("ja", "増水で300人が孤立", 300, 300, 300, "exact", "total"),
    # ja: 平均 not before the count (an average age) leaves the count
    ("ja", "平均年齢30歳の300人", 300, 300, 300, "exact", "total"),
    # it: "l'anno scorso" (last year) is a date, no rate "l'anno"
    ("it", "300 morti l'anno scorso", 300, 300, 300, "exact", "total"),
    ("it", "300 morti l'anno prima", 300, 300, 300, "exact", "total"),
    # it: "dei quali" with no number after it leaves the total
    ("it", "300 feriti, dei quali non si sa nulla", 300, 300, 300, "exact", "total"),
    ("it", "300 morti nel primo trimestre", 300, 300, 300, "exact", "total"),
    # it: "fine" (end) is a year word only before a year
    ("it", "la fine di 300 persone", 300, 300, 300, "exact", "total"),
    ("it", "alla fine 300 morti", 300, 300, 300, "exact", "total"),
    # it: "fino alle" with a clock time stays no count (D28)
    ("it", "fino alle 23.30 circa 40 feriti", 40, 40, 40, "approx", "total"),
    ("it", "fino alle ore 11 circa 40 feriti", 40, 40, 40, "approx", "total"),
    # it: "ben" (a full, as many as) stays no bound (tests/cases: "ma ben 28 persone")
    ("it", "ben 28 persone risultano disperse", 28, 28, 28, "exact", "total"),
    # pt: "mais" meaning "most" is no "another"
    ("pt", "o mais grave, com 300 mortos", 300, 300, 300, "exact", "total"),
    ("pt", "300 mortos, a maioria crianças", 300, 300, 300, "exact", "total"),
    # pt: "trimestre" with a year stays a date
    ("pt", "300 mortos no trimestre", 300, 300, 300, "exact", "total"),
    # pt: "ronda" (a patrol) without "os" / "as" is no "around"
    ("pt", "a ronda policial deteve 30 pessoas", 30, 30, 30, "exact", "total"),
    # pt: "inúmeros" beside a count leaves the count
    ("pt", "300 mortos, inúmeros feriados", 300, 300, 300, "exact", "total"),
    # pt: "à" before another word than "volta" / "roda" is left as it is
    ("pt", "300 mortos à chegada", 300, 300, 300, "exact", "total"),
]


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == b


@pytest.mark.parametrize(
    ("lang", "phrase", "low", "best", "high", "qualifier", "relation", "status"), CASES
)
def test_every_added_form_reads_by_the_codebook(
    lang: str,
    phrase: str,
    low: float,
    best: float,
    high: float,
    qualifier: str,
    relation: str,
    status: str,
) -> None:
    assert_reads_fully(lang, phrase, (low, best, high), (qualifier, relation, status))


@pytest.mark.parametrize(
    ("lang", "phrase", "low", "best", "high", "qualifier", "relation"), NEGATIVES
)
def test_an_added_form_leaves_other_words_alone(
    lang: str, phrase: str, low: float, best: float, high: float, qualifier: str, relation: str
) -> None:
    fig = parse_figure(phrase, lang)
    got = (fig.low, fig.best, fig.high, fig.qualifier, fig.relation, fig.status)
    assert (fig.qualifier, fig.relation) == (qualifier, relation), got
    assert _same(fig.low, low) and _same(fig.best, best) and _same(fig.high, high), got


@pytest.mark.parametrize(
    ("lang", "phrase", "reason"),
    [
        ("zh", "无数人无家可归", "vague word without a magnitude"),  # not "several" (数人)
        ("ko", "무수한 사람들이 다쳤다", "vague word without a magnitude"),  # not 1 (한)
        ("ko", "연간 300명이 숨진다", "rate or per-unit figure"),
        ("ja", "1日平均300人が来場", "rate or per-unit figure"),
        ("it", "300 morti l'anno", "rate or per-unit figure"),
        ("pt", "a maior parte dos 300 mortos", "fraction or ratio"),
    ],
)
def test_the_unparsed_forms_say_why(lang: str, phrase: str, reason: str) -> None:
    assert explain_figure(phrase, lang) == reason


def test_the_cases_are_distinct_and_cover_every_language() -> None:
    assert len({(lang, phrase) for lang, phrase, *_ in CASES}) == len(CASES)
    assert len({(lang, phrase) for lang, phrase, *_ in NEGATIVES}) == len(NEGATIVES)
    assert {lang for lang, *_ in CASES} == {"zh", "ko", "ja", "it", "pt"}
    assert {lang for lang, *_ in NEGATIVES} == {"zh", "ko", "ja", "it", "pt"}


def test_a_french_range_without_a_hint_is_still_read_as_french() -> None:
    # Portuguese "à volta de" is rewritten to "a volta de" inside the table: no "à" is listed,
    # so the French "à" of this phrase (tests/cases/figures_fresh.csv, no hint) votes for no
    # Portuguese (D15)
    fig = parse_figure("un bilan final de 250 000 à 300 000 morts")
    assert (fig.low, fig.best, fig.high, fig.qualifier) == (250000, 275000, 300000, "range")
