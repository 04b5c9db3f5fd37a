# ruff: noqa: E501 (the sentences are data, as written)
"""Spans, subjects and a claimant of rounds 16zz15 and 16zz16 (session 25, helper 25au).

The errors of the two rounds labelled this session, read on the session's start (docs/articles.md,
"Rounds 16zz15 and 16zz16 (25au)"), are examples of classes built here, precision first:

- *a thousand word with its hundreds in digits* (Mexican "mil 500 soldados", "2 mil 500", ru "2
  тысячи 500", uk "2 тисячі 500"): one number (``cues._thousand_tail``), not "mil" and "500"; not a
  calibre after it ("10 тысяч 122-мм"), nor a larger scale ("mil 500 millones"), nor past a comma;
- *weapons destroyed* (``ARTICLES["destroyed"]``, ``rates.destroyed``): no weapons sent;
- *the weapons of Ukraine's suppliers* (Storm Shadow, ATACMS, HIMARS in ``other_supplier``):
  Ukraine's fire, no North Korean sending ("최소 10발의 스톰섀도 미사일을 발사");
- *the DMZ* (``excluded``): North Korean soldiers killed by mines there are no losses of the war;
- *Russia's losses told with "also"* (ja "ロシア軍も18人が死亡"), *a capacity to receive* (ja
  "受け入れ可能", ko "받아들일 수 있"), *the parts of a group told with the group* (ja "負傷者は将校
  2人と女性1人で", ko "부상자는 장교 2명과 여성 1명으로": ``parts.group_told``);
- *a source's verb with North Korea in its adverbial* ("Шойгу по итогам визита в КНДР сообщил, что
  Ким Чен Ын принял решение направить …": Shoigu's, ``reported.owned_verbs``).

The real sentences carry their addresses (the ``search`` tool's pages corpus); those marked
*constructed* are written in the form of the labelled cases, where no stored page had the form.
Each case gives the figures the reader must report (text, metric, best, and the claimant where it
matters); every other number of the text is none. The expected values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"
HUR = "Ukraine Defence Intelligence (HUR)"
JCS = "South Korea Joint Chiefs of Staff"
NOBODY = "Unattributed"

SPANS = [
    # constructed (the form of the labelled es-16zz15 headline; before: "mil" and "500")
    ("es", "Corea del Norte envió mil 500 soldados a Rusia, según la inteligencia surcoreana.",
     [("mil 500", "deployed", 1500, NIS)]),
    # constructed
    ("es", "Unos 2 mil 500 soldados norcoreanos murieron o resultaron heridos en Kursk, según el NIS.",
     [("Unos 2 mil 500", "killed_or_wounded", 2500, NIS)]),
    # constructed
    ("ru", "По данным разведки, КНДР отправила в Россию 2 тысячи 500 военных.",
     [("2 тысячи 500", "deployed", 2500, NOBODY)]),
    # constructed
    ("uk", "За даними розвідки, КНДР відправила до Росії 2 тисячі 500 військових.",
     [("2 тисячі 500", "deployed", 2500, NOBODY)]),
    # near misses (constructed): past a comma, a larger scale, a calibre
    ("es", "Corea del Norte envió 12 mil soldados a Rusia, y 500 obreros, según la inteligencia surcoreana.",
     [("12 mil", "deployed", 12000, NIS), ("500", "workers_sent", 500, NIS)]),
    ("es", "Rusia pagó mil 500 millones de dólares a Corea del Norte por 12 mil soldados, según la inteligencia surcoreana.",
     [("12 mil", "deployed", 12000, NIS)]),
    ("ru", "По данным разведки, КНДР отправила в Россию более 10 тысяч 122-мм снарядов.",
     [("более 10 тысяч", "materiel_sent", 10000, NOBODY)]),
    # https://m.ajunews.com/view/20241124171511597 (the compound read whole, as before)
    ("ko", "현재 쿠르스크 지역에는 1만1000명 안팎의 북한군이 배치돼 있는 것으로 추정된다.",
     [("1만1000명 안팎", "deployed", 11000, None)]),
    # https://nova.5ch.net/test/read.cgi/livegalileo/1734751561/329-428
    ("ja", "国情院によると、ロシアの激戦地であるクルスク地域に配備された北朝鮮軍約1万1000人の一部が12月に入り戦闘に投入され、その過程で少なくとも100人が死亡し、負傷者は1000人以上とみられるという。",
     [("約1万1000人", "deployed", 11000, NIS), ("少なくとも100人", "killed", 100, NIS),
      ("1000人以上", "wounded", 1000, NIS)]),
]

SUBJECTS = [
    # https://koreachaincoin.com/news/world/11176480 (its last sentence; the first constructed
    # as the story's context): Ukraine's own missiles
    ("ko", "우크라이나가 쿠르스크 지역을 공격해 북한군 500명이 사망한 것으로 전해졌다. 이날 우크라이나는 쿠르스크 공습에 최소 10발의 스톰섀도 미사일을 발사했다.",
     [("500명", "killed", 500, None)]),
    # constructed, en and ja
    ("en", "North Korea has sent about 11,000 troops to Russia. Ukraine fired at least 10 Storm Shadow missiles at Kursk on Wednesday.",
     [("about 11,000", "deployed", 11000, None)]),
    # near miss (constructed): North Korea's missiles, at least ten sent
    ("ko", "북한은 러시아에 최소 10발의 탄도미사일을 보냈다고 국정원이 밝혔다.",
     [("최소 10발", "materiel_sent", 10, NIS)]),
    # constructed in the form of the labelled ko-16zz16 case: Russia's launchers destroyed
    ("ko", "북한은 러시아에 방사포와 자주포 100문을 제공했다. 러시아는 전쟁으로 다연장로켓 차량이 400대 넘게 파괴된 것으로 알려졌다.",
     [("100문", "materiel_sent", 100, None)]),
    ("ja", "北朝鮮は砲弾数百万発をロシアに送った。ウクライナ軍は北朝鮮製の自走砲50門を破壊したと発表した。",
     [("数百万発", "materiel_sent", 1_000_000, None)]),
    ("ru", "Украинские ВСУ уничтожили более 50 северокорейских гаубиц в Курской области.", []),
    ("en", "North Korea has supplied 100 howitzers to Russia, 40 of which were destroyed, Ukraine's intelligence said.",
     [("100", "materiel_sent", 100, HUR)]),
    # near miss (constructed): launchers sent
    ("ko", "북한은 러시아에 다연장로켓 차량 100대를 보냈다고 국정원이 밝혔다.",
     [("100대", "materiel_sent", 100, NIS)]),
    # https://www.sofx.com/north-korean-soldiers-injured-by-exploding-mines-in-dmz-construction-efforts/
    ("en", "Several North Korean soldiers have been killed or injured by landmines within the Demilitarized Zone (DMZ) that separates North and South Korea.", []),
    # https://mixedtimes.com/news/dmz-landmines-kill-north-korean-troops-despite-south-korean-warning-shots
    ("en", "The South Korean Joint Chiefs of Staff (JCS) said on Tuesday that 20 to 30 North Korean troops briefly crossed into South Korea’s side of the DMZ on Tuesday morning, the second border violation in less than two weeks.", []),
    # constructed (the form of the labelled de-16zz15 case) and its near miss: Kursk
    ("de", "Der Generalstab teilte mit, dass bei einer Minenexplosion in der entmilitarisierten Zone mehrere nordkoreanische Soldaten getötet oder verletzt worden seien.", []),
    ("de", "Der Generalstab teilte mit, dass in der Region Kursk mehrere hundert nordkoreanische Soldaten getötet oder verletzt worden seien.",
     [("mehrere hundert", "killed_or_wounded", 200, None)]),
    ("en", "The JCS said on Tuesday that about 11,000 North Korean troops had been deployed to Russia's Kursk region.",
     [("about 11,000", "deployed", 11000, JCS)]),
    # https://koreachaincoin.com/news/world/11176480 (the sentence of the parts; the one before
    # constructed): two officers and a woman are the three wounded
    ("ko", "RBC는 당시 공격에서 북한 군인 500명이 전사했고 3명이 다쳤다고 전했다. 북한군 부상자는 남성 장교 2명과 여성 1명으로, 이 여성은 의무병으로 알려졌으나 통역이었을 가능성도 있다고 RBC는 덧붙였다.",
     [("500명", "killed", 500, None), ("3명", "wounded", 3, None)]),
    # constructed, ja (before: "2人" wounded, "1人" deployed) and its near miss: one kind alone
    ("ja", "国情院によると、北朝鮮軍500人が死亡し、3人が負傷した。負傷者は将校2人と女性1人で、女性は医務兵とされる。",
     [("500人", "killed", 500, NIS), ("3人", "wounded", 3, NIS)]),
    ("ja", "国情院によると、北朝鮮軍の死傷者は兵士500人で、その多くが無人機攻撃によるものだという。",
     [("500人", "killed_or_wounded", 500, NIS)]),
    # constructed (the form of the labelled ja-16zz16 case): Russia's losses, "also"
    ("ja", "北朝鮮軍500人が死亡したという。今回の攻撃によりロシア軍も20人が死亡し、40人が負傷したという。",
     [("500人", "killed", 500, None)]),
    # constructed: a capacity, and its near miss, the children who came
    ("ja", "北朝鮮の松濤園国際少年団野営所は最大1,200人の児童を受け入れ可能だという。", []),
    ("ja", "北朝鮮の松濤園国際少年団野営所には今年、ロシアの子供たち100人が訪れた。",
     [("100人", "hosted_children", 100, None)]),
]

CLAIMANTS = [
    # constructed (the form of the labelled ru-16zz16 case; before: North Korea)
    ("ru", "17 июня секретарь Совета безопасности РФ Сергей Шойгу по итогам визита в КНДР сообщил, что Ким Чен Ын принял решение направить в Курскую область 1 тыс. военных саперов.",
     [("1 тыс.", "additional_deployed", 1000, SHOIGU)]),
    # https://smi.media/ru_news/2320680-kndr-otpravit-5-tysjach.html (unchanged)
    ("ru", "Северная Корея поможет России в восстановлении Курской области, направив туда специалистов по разминированию и около пяти тысяч военных строителей по личному указанию северокорейского лидера Ким Чен Ына, заявил секретарь Совбеза РФ Сергей Шойгу по итогам визита в КНДР.",
     [("около пяти тысяч", "additional_deployed", 5000, SHOIGU)]),
    # https://espreso.tv/svit-shoygu-priletiv-do-pkhenyana-na-zustrich-z-kim-chen-inom (unchanged)
    ("uk", "Шойгу заявив, що за результатами зустрічі лідер КНДР прийняв рішення направити 1 тис. саперів і 5 тис. військових будівельників для \"відновлення\" Курської області.",
     [("1 тис.", "additional_deployed", 1000, SHOIGU), ("5 тис.", "additional_deployed", 5000, SHOIGU)]),
]


def _read(lang: str, text: str) -> list[tuple]:
    rows = extract_figures(text, lang, None)
    return [(r.figure_text, r.metric, r.best, r.claimant) for r in rows.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), SPANS + SUBJECTS + CLAIMANTS)
def test_figures_of_the_25au_classes(lang: str, text: str, expected: list[tuple]) -> None:
    found = _read(lang, text)
    assert [f[:3] for f in found] == [e[:3] for e in expected], (text, found)
    for got, want in zip(found, expected, strict=True):
        if want[3] is not None:
            assert got[3] == want[3], (text, got)
