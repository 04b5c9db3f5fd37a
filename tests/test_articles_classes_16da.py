"""What happened to the people counted: five classes of rounds 16zy7/16zz7 (helper 16da).

Sentences written for the grammar of each language (the forms of the real sentences found in
the pages corpus are named in docs/articles.md, section "16da"), with their near misses:

1. **Soldiers who fled** their positions or units (``ARTICLES["excluded"]``, beside the
   deserters of 16ce): none of the story's counts ("18 North Korean soldiers fled their
   positions", "18 Soldaten sind bereits geflohen", "бежали с позиций", "진지에서 도주",
   "陣地から逃亡"). Civilians who fled, the other side's troops who fled, and a count in
   another clause stay.
2. **Soldiers arrested by Ukraine's army** (``metrics["captured"]``): captured ("el ejército
   ucraniano arrestó a dos soldados", "우크라이나군이 … 체포", "ウクライナ軍が…逮捕"); an
   arrest by the police of workers stays as read.
3. **A soldier who died after his capture** (``metrics["died_in_captivity"]``): "starb einen
   Tag nach seiner Gefangennahme", "died a day after being captured", "погиб после пленения",
   "포로로 잡힌 뒤 숨졌다": died in captivity, one when an article or "one" opens it.
4. **A price per person** (``ARTICLES["per_person"]``, ko and ja,
   :func:`analysis.articles.classes.per_person`): "1명 2천 달러", "1인당", "1人当たり",
   "1人につき" are a rate, no count; "1만명에 20억 달러" stays.
5. **The "2+2" talks** (``not_figure_after`` / ``not_figure_before``): a designation, no
   figure ("2+2 talks", "2プラス2", "2+2 회의", "формат 2+2").

Every row below is written by hand. ``CHANGED`` sentences read another row on main 76a2e1b7
(noted in each comment); ``STAYS`` read the same on both.
"""

import math

import pytest

from analysis.articles import extract_figures

Row = tuple[str, str, float | None]  # figure_text, metric, best (None: no number written)

# (lang, sentence, the rows the reader gives)
CHANGED: list[tuple[str, str, list[Row]]] = [
    # 1. fled (main: each read 18 deployed)
    ("en", "Eighteen North Korean soldiers have fled their positions near the border, "
           "Ukrainian intelligence said.", []),
    ("en", "18 North Korean soldiers escaped from their unit in Kursk, according to Ukrainian "
           "intelligence.", []),
    ("en", "18 North Korean troops ran away from their positions, Ukraine's intelligence said.",
     []),
    ("de", "Russland rekrutiert Nordkoreaner - 18 Soldaten sind bereits geflohen", []),
    ("de", "18 nordkoreanische Soldaten sind aus ihrer Einheit geflohen.", []),
    ("de", "18 nordkoreanische Soldaten sind von ihren Positionen geflüchtet, teilte der "
           "Geheimdienst mit.", []),
    ("fr", "18 soldats nord-coréens ont fui leurs positions, selon le renseignement ukrainien.",
     []),
    ("fr", "18 soldats nord-coréens se sont enfuis de leur unité, selon Kiev.", []),
    ("es", "18 soldados norcoreanos huyeron de sus posiciones, según la inteligencia ucraniana.",
     []),
    ("es", "18 soldados norcoreanos escaparon de su unidad, según Kiev.", []),
    ("ru", "18 северокорейских солдат бежали с позиций, сообщила украинская разведка.", []),
    ("ru", "18 военных КНДР сбежали из своей части, сообщила разведка Украины.", []),
    ("uk", "18 північнокорейських солдатів втекли з позицій, повідомила українська розвідка.",
     []),
    ("uk", "18 військових КНДР втекли зі своєї частини, повідомило ГУР.", []),
    ("ko", "북한군 18명이 진지에서 도주했다고 우크라이나 정보당국이 밝혔다.", []),
    ("ko", "북한군 18명이 부대를 이탈해 도망쳤다고 우크라이나 정보당국이 밝혔다.", []),
    ("ja", "北朝鮮兵18人が陣地から逃亡したとウクライナ情報機関が明らかにした。", []),
    ("ja", "北朝鮮兵18人が部隊から逃げ出したとウクライナ情報機関が明らかにした。", []),
    # the flight in its own clause: the count of the clause before stays (main: 18 deployed too)
    ("en", "North Korea sent 3,000 soldiers, and 18 of them fled their positions.",
     [("3,000", "deployed", 3000.0)]),
    ("de", "Nordkorea schickte 3000 Soldaten, 18 von ihnen flohen aus ihrer Einheit.",
     [("3000", "deployed", 3000.0)]),
    # 2. arrested by Ukraine's army (main: deployed, or nothing in fr)
    ("es", "El ejército ucraniano arrestó a dos soldados norcoreanos en Kursk.",
     [("dos", "captured", 2.0)]),
    ("en", "The Ukrainian army arrested two North Korean soldiers in Kursk, Zelensky said.",
     [("two", "captured", 2.0)]),
    ("en", "Ukrainian forces detained two North Korean soldiers in the Kursk region.",
     [("two", "captured", 2.0)]),
    ("de", "Ukrainische Truppen nahmen zwei nordkoreanische Soldaten fest.",
     [("zwei", "captured", 2.0)]),
    ("fr", "L'armée ukrainienne a arrêté deux soldats nord-coréens dans la région de Koursk.",
     [("deux soldats", "captured", 2.0)]),
    ("ko", "우크라이나군이 북한군 2명을 체포했다고 젤렌스키 대통령이 밝혔다.",
     [("2명", "captured", 2.0)]),
    ("ja", "ウクライナ軍が北朝鮮兵2人を逮捕した。", [("2人", "captured", 2.0)]),
    # 3. died after the capture (main: captured, killed or nothing)
    ("en", "A North Korean soldier died a day after being captured by Ukrainian forces, the NIS "
           "said.", [("A North Korean soldier", "died_in_captivity", 1.0)]),
    ("en", "One North Korean soldier died a day after his capture, the NIS said.",
     [("One", "died_in_captivity", 1.0)]),
    ("de", "Ein nordkoreanischer Soldat starb einen Tag nach seiner Gefangennahme durch "
           "ukrainische Streitkräfte an seinen schlimmeren Verletzungen.",
     [("Ein nordkoreanischer Soldat", "died_in_captivity", 1.0)]),
    ("de", "Ein nordkoreanischer Soldat ist nach seiner Gefangennahme gestorben, teilte der NIS "
           "mit.", [("Ein nordkoreanischer Soldat", "died_in_captivity", 1.0)]),
    ("fr", "Un soldat nord-coréen est mort un jour après sa capture, selon le NIS.",
     [("Un soldat", "died_in_captivity", 1.0)]),
    ("es", "Un soldado norcoreano murió un día después de su captura, según el NIS.",
     [("Un soldado", "died_in_captivity", 1.0)]),
    ("ru", "Северокорейский солдат погиб после пленения, сообщила разведка Южной Кореи.",
     [("Северокорейский солдат", "died_in_captivity", None)]),
    ("ru", "Один северокорейский солдат скончался через день после пленения.",
     [("Один", "died_in_captivity", 1.0)]),
    ("uk", "Північнокорейський солдат помер через день після полонення, повідомила розвідка "
           "Південної Кореї.", [("Північнокорейський солдат", "died_in_captivity", None)]),
    ("ko", "북한군 병사 1명이 포로로 잡힌 뒤 숨졌다고 국정원이 밝혔다.",
     [("1명", "died_in_captivity", 1.0)]),
    # a death in captivity counted by another source than the one told without a number is a
    # figure of its own (repeats._deaths_apart; main: "at least one" killed, no custody cue)
    ("en", "Zelensky announced that multiple wounded North Korean soldiers captured by Ukrainian "
           "forces have died from their injuries. South Korea's intelligence agency confirmed "
           "that at least one North Korean soldier died while in Ukrainian custody.",
     [("wounded North Korean soldiers", "died_in_captivity", None),
      ("at least one", "died_in_captivity", 1.0)]),
    # (the same source: the count is the number of the death told before, one figure)
    ("en", "Zelensky announced that multiple wounded North Korean soldiers captured by Ukrainian "
           "forces have died from their injuries. Zelensky said that at least one North Korean "
           "soldier died while in Ukrainian custody.",
     [("at least one", "died_in_captivity", 1.0)]),
    # 4. a price per person (main: 1 deployed)
    ("ko", "북한병 3천명이 러시아에 파견 「대가는 1명 2천 달러」=한국 정보 기관",
     [("3천명", "deployed", 3000.0)]),
    ("ko", "북한군 파병의 대가는 1명 당 2000 달러 수준이라고 보고되었다.", []),
    ("ko", "이렇게 추정한 북한군 1명의 연소득은 13만4000달러로 추정됐다.", []),
    ("ja", "北朝鮮兵1人につき2000ドルが支払われる。", []),
    # 5. the 2+2 talks (main: 2 deployed)
    ("ja", "日米の2+2で北朝鮮兵の派遣が議題となった。", []),
    ("ko", "한미 외교·국방 2+2 회의에서 북한군 파병 문제가 논의됐다.", []),
    ("ru", "На встрече в формате 2+2 министры обсудили северокорейских военных.", []),
    ("uk", "На зустрічі у форматі 2+2 міністри обговорили північнокорейських військових.", []),
]

STAYS: list[tuple[str, str, list[Row]]] = [
    # 1. near misses of flight: civilians, the other side, another clause, a withdrawal
    ("en", "Residents fled the town after 3,000 North Korean soldiers arrived, Ukraine said.",
     [("3,000", "deployed", 3000.0)]),
    ("en", "Ukrainian troops fled their positions as 3,000 North Korean soldiers attacked, the "
           "general said.", [("3,000", "deployed", 3000.0)]),
    ("en", "About 3,000 North Korean troops took over abandoned positions near Sudzha.",
     [("About 3,000", "deployed", 3000.0)]),
    ("en", "Thousands of civilians fled the fighting as 11,000 North Korean troops arrived.",
     [("11,000", "deployed", 11000.0)]),
    ("de", "Die Bewohner sind geflohen, als 3000 nordkoreanische Soldaten ankamen.",
     [("3000", "deployed", 3000.0)]),
    ("fr", "Les habitants ont fui la ville quand 3 000 soldats nord-coréens sont arrivés.",
     [("3 000", "deployed", 3000.0)]),
    ("fr", "Des soldats ukrainiens ont fui alors que 3 000 soldats nord-coréens attaquaient.",
     [("3 000", "deployed", 3000.0)]),
    ("es", "Los vecinos huyeron del pueblo cuando llegaron 3.000 soldados norcoreanos.",
     [("3.000", "deployed", 3000.0)]),
    ("ru", "Жители бежали из города, когда туда прибыли 3 тысячи северокорейских солдат.",
     [("3 тысячи", "deployed", 3000.0)]),
    ("ru", "Мирные жители бежали от боев, в которых участвуют 11 тысяч военных КНДР.",
     [("11 тысяч", "deployed", 11000.0)]),
    ("uk", "Мешканці втекли з міста, коли туди прибули 3 тисячі військових КНДР.",
     [("3 тисячі", "deployed", 3000.0)]),
    ("ko", "주민들이 마을을 떠나 도망쳤고 북한군 3000명이 도착했다.",
     [("3000명", "deployed", 3000.0)]),
    ("ko", "북한군 1만1000명이 전선에서 이탈했다고 국정원이 밝혔다.",
     [("1만1000명", "deployed", 11000.0)]),
    ("ja", "住民が町から逃げ出し、北朝鮮兵3000人が到着した。", [("3000人", "deployed", 3000.0)]),
    ("ja", "北朝鮮兵約1万1000人が前線から撤退したと国家情報院が明らかにした。",
     [("約1万1000人", "deployed", 11000.0)]),
    # 2. arrests by the police of others: as read on main (workers sent), no capture
    ("en", "Russian police arrested two North Korean workers in Vladivostok.",
     [("two", "workers_sent", 2.0)]),
    ("de", "Die russische Polizei nahm zwei nordkoreanische Arbeiter fest.",
     [("zwei", "workers_sent", 2.0)]),
    ("fr", "La police russe a interpellé deux travailleurs nord-coréens.",
     [("deux", "workers_sent", 2.0)]),
    ("es", "La policía rusa detuvo a dos trabajadores norcoreanos en Vladivostok.",
     [("dos", "workers_sent", 2.0)]),
    ("ko", "러시아 경찰이 북한 노동자 2명을 체포했다.", [("2명", "workers_sent", 2.0)]),
    ("ja", "ロシア警察が北朝鮮労働者2人を逮捕した。", [("2人", "workers_sent", 2.0)]),
    # 3. a death after another event is no death in captivity
    ("en", "The captured soldier said many of his comrades died after the attack.", []),
    # 4. a total paid for many, and a group's pay: the counts stay
    ("ko", "러시아는 북한군 1만명에 20억 달러를 지급했다.", [("1만명", "deployed", 10000.0)]),
    ("ja", "ロシアは北朝鮮兵1万人に20億ドルを支払った。", [("1万人", "deployed", 10000.0)]),
    ("ko", "북한군 1명이 숨졌다고 우크라이나군이 밝혔다.", [("1명", "killed", 1.0)]),
    ("ja", "北朝鮮兵1人が死亡した。", [("1人", "killed", 1.0)]),
    ("en", "Russia pays $2,000 per soldier for the 10,000 North Korean troops, the NIS said.",
     [("10,000", "deployed", 10000.0)]),
    # 5. a count in the sentence of the talks stays; "10,000+" is no format of talks
    ("en", "At the 2+2 meeting, ministers discussed the 10,000 North Korean troops.",
     [("10,000", "deployed", 10000.0)]),
    ("en", "North Korea has sent 10,000+ troops to Russia.",
     [("10,000+", "deployed", 10000.0)]),
]

# rates told per soldier in the spaced languages carry no number of people: no figure on
# main already, none after (the class needs no word there)
NO_NUMBER = [
    ("en", "Russia pays about $2,000 a month per North Korean soldier, the NIS said."),
    ("de", "Russland zahlt 2000 Dollar pro Soldat für die nordkoreanischen Truppen."),
    ("fr", "La Russie verse 2 000 dollars par soldat nord-coréen, selon le NIS."),
    ("es", "Rusia paga 2.000 dólares por soldado norcoreano, según el NIS."),
    ("ru", "Россия платит 2000 долларов за каждого северокорейского солдата, сообщила "
           "разведка."),
    ("uk", "Росія платить 2000 доларів за кожного північнокорейського солдата."),
    ("ko", "러시아는 북한군 1인당 월 2000달러를 지급하는 것으로 알려졌다."),
    ("ja", "ロシアは北朝鮮兵士1人あたり月額約2000ドルを支払っているとされる。"),
    ("ja", "米国と韓国は31日にワシントンで外務・防衛担当閣僚協議(2プラス2)を開く。"),
    ("en", "The US and South Korea will hold 2+2 talks in Washington on North Korean troops."),
]


def _rows(lang: str, text: str) -> list[Row]:
    table = extract_figures(text, lang)
    return [(r.figure_text, r.metric, None if math.isnan(r.best) else r.best)
            for r in table.itertuples()]


@pytest.mark.parametrize(("lang", "text", "rows"), CHANGED)
def test_class_reads(lang: str, text: str, rows: list[Row]) -> None:
    assert _rows(lang, text) == rows


@pytest.mark.parametrize(("lang", "text", "rows"), STAYS)
def test_near_miss_stays(lang: str, text: str, rows: list[Row]) -> None:
    assert _rows(lang, text) == rows


@pytest.mark.parametrize(("lang", "text"), NO_NUMBER)
def test_rate_without_people_is_no_figure(lang: str, text: str) -> None:
    assert _rows(lang, text) == []
