"""Rules of helper 29ar (issue 16): errors of the development rounds 16zz19-16zz25.

Every text is a real sentence or passage of those rounds (``tests/cases/articles/round_16zz*.yml``),
copied as the excerpt writes it, with its page's URL; the expected values were written by hand
from the text. Each rule is one of the language's wording, not of the one excerpt.
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
JOINT = "Several governments jointly"
UK_DI = "UK Ministry of Defence (Defence Intelligence)"
SOF = "Ukraine Special Operations Forces"
STATE = "US State Department"
PENTAGON = "US Department of Defense"
SBU = "Security Service of Ukraine (SBU)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"
KYIV = "Ukrainian government (unspecified)"


# ── claimants: a joint claim whose last member is told again in brackets ─────────────────

def test_korean_joint_claim_with_a_bracketed_abbreviation():
    # https://www.fnnews.com/ampNews/202502271811059015 (round 16zz24): "국정원과 우크라이나
    # 국방부 정보총국(HUR)은" — the NIS and the HUR together; "(HUR)" is the HUR again
    text = ("앞서 국정원과 우크라이나 국방부 정보총국(HUR)은 북한군 1만1000명 중 "
            "4000여명의 사상자가 발생하며 전선에서 빠졌다고 전했다.")
    assert _read(text, "ko") == [
        ["1만1000명", "deployed", JOINT, 11000.0],
        ["4000여명", "killed_or_wounded", JOINT, 4000.0]]


def test_a_bracketed_abbreviation_alone_stays_one_source():
    # https://nouvelles-dujour.com/?p=142719 (round 16zy12): a source named with its
    # abbreviation in brackets and no joint claim ("l'Institut pour l'étude de la guerre
    # (ISW)") is read as before
    text = ("« LL’ensemble du contingent nord-coréen d’environ 12.000 personnes actuellement dans "
            "l’oblast de Koursk pourraient être tuées ou blessées au combat d’ici la mi-avril "
            "2025, si les forces nord-coréennes continueront à souffrir du taux de pertes "
            "actuel élevé à l’avenir», a estimé ce jeudi l’Institut pour l’étude de la "
            "guerre (ISW).")
    rows = _read(text, "fr")
    assert [r[2] for r in rows] == ["Institute for the Study of War (ISW)"] * len(rows)


# ── claimants: French names of sources ───────────────────────────────────────────────────

def test_french_british_defence_intelligence_and_its_next_sentence():
    # https://fr.businessam.be/la-coree-du-nord-subit-de-lourdes-pertes-lors-de-la-guerre-en-ukraine/
    # (round 16zz21): "Les services de renseignement de la défense britannique estiment …"
    text = ("Les services de renseignement de la défense britannique estiment que le nombre de "
            "victimes nord-coréennes a dépassé les 6.000 au cours des opérations offensives menées "
            "dans l’oblast russe de Koursk. Cela représente plus de la moitié des quelque 11.000 "
            "soldats initialement déployés dans la région à l’automne 2024.")
    assert _read(text, "fr") == [
        ["6.000", "killed_or_wounded", UK_DI, 6000.0],
        ["quelque 11.000", "deployed", UK_DI, 11000.0]]


def test_french_special_forces_of_the_ukrainian_army():
    # https://news.dayfr.com/aujourd/amp/4094113 (round 16zz19)
    text = ("Le 8e régiment des forces spéciales de l’armée ukrainienne a fait état à lui seul de "
            "50 soldats nord-coréens tués et 47 blessés.")
    assert _read(text, "fr") == [["50", "killed", SOF, 50.0], ["47", "wounded", SOF, 47.0]]


def test_french_secretary_of_state_written_without_the_accent():
    # http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=88300 (round 16zz23):
    # "secrétaire d’Etat" (the capital without its accent)
    text = ("Le secrétaire d’Etat américain a déclaré hier que 8 000 soldats nord-coréens avaient "
            "été envoyés dans la région frontalière russe de Koursk.")
    assert _read(text, "fr") == [["8 000", "deployed", STATE, 8000.0]]


def test_french_one_body_of_three_listed_countries_is_a_joint_claim():
    # https://fr.euronews.com/my-europe/2025/02/27/la-coree-du-nord-envoie-des-troupes-supplementaires-pour-combattre-en-ukraine
    # (round 16zz21): "des services de renseignement des États-Unis, de la Corée du Sud et de
    # l'Ukraine"
    text = ("En octobre, entre 10 000 et 12 000 soldats nord-coréens sont arrivés en Russie (y "
            "compris par voie maritime) et ont été utilisés dans les combats dans la région de "
            "Koursk, selon les rapports des services de renseignement des États-Unis, de la Corée "
            "du Sud et de l'Ukraine.")
    assert _read(text, "fr") == [["entre 10 000 et 12 000", "deployed", JOINT, 11000.0]]


# ── metrics ──────────────────────────────────────────────────────────────────────────────

def test_japanese_wounded_or_killed_is_killed_or_wounded():
    # http://japan.hani.co.kr/arti/PRINT/52001.html (round 16zz24): "負傷または死亡" (wounded or
    # killed), the other order of "死亡または負傷"
    text = "また、米軍当局者はロシアのクルスク戦線で北朝鮮兵数百人が負傷または死亡したと述べた。"
    assert _read(text, "ja") == [["数百人", "killed_or_wounded", PENTAGON, 100.0]]


def test_korean_north_korean_soldiers_treated_are_their_own_wounded():
    # https://m.ytn.co.kr/news_view.php?key=202412271629498578&s_mcd=0134 (round 16zz20): North
    # Korea's soldiers counted in a sentence of treatment, before the number ("북한 병사들이
    # 200명 이상") or after it ("24명의 북한 병사들은"): wounded, no Russians treated in North Korea
    text = ("러시아 쿠르스크에서 전투에 참여한 북한 병사들이 부상 후 병원으로 이송되었고, "
            "이들 중 일부는 \"겁에 질리고 긴장한\" 모습이었다고 러시아 의료진이 "
            "전했습니다.\n"
            "부상당한 24명의 북한 병사들은 특별병동에서 치료를 받으며, 통역사 없이는 "
            "소통이 어려운 상황이었습니다.\n"
            "앞서 우크라이나 보안국은 북한 병사들이 200명 이상 러시아 군과 함께 치료를 "
            "받기 위해 병원에 도착했다고 전했습니다.")
    rows = _read(text, "ko", "2024-12-27")
    assert [r[:2] for r in rows] == [["24명", "wounded"], ["200명 이상", "wounded"]]
    assert rows[1][2] == SBU


def test_french_military_construction_workers_are_an_additional_deployment():
    # https://fr.businessam.be/la-russie-et-la-coree-du-nord-renforcent-leurs-liens-militaires/
    # (round 16zz19): "5 000 ouvriers de construction militaire", as en "military construction
    # workers"
    text = ("Shoigu a annoncé que la Corée du Nord s’était engagée à envoyer 1 000 démineurs et "
            "5 000 ouvriers de construction militaire dans la région russe de Koursk.")
    assert _read(text, "fr", "2025-06-18") == [
        ["1 000", "additional_deployed", SHOIGU, 1000.0],
        ["5 000", "additional_deployed", SHOIGU, 5000.0]]


def test_korean_weapon_systems_by_the_gun_counter_and_a_type_number():
    # https://heraldk.com/2025/07/28/%e2%80%9c%eb%b6%81%ed%95%9c-%eb%9f%ac%ec%8b%9c%ec%95%84%ec%97%90-%ed%8f%ac%ed%83%84-650%eb%a7%8c%eb%b0%9c-%ea%b3%b5%ea%b8%89%e2%80%9d-%ec%9a%b0%ed%81%ac%eb%9d%bc-%ec%a0%95%eb%b3%b4%eb%8b%b9%ea%b5%ad  # noqa: E501
    # (round 16zz25): "무기체계 약 600문" (about 600 weapon systems) is materiel; "63식"
    # (Type 63) names a rocket launcher, no quantity
    text = ("그러면서 지금까지 북한이 다양한 사거리와 파괴력을 가진 무기체계 약 600문을 "
            "러시아에 공급한 것으로 분석하고 있다고 밝혔다.")
    assert [r[:2] for r in _read(text, "ko")] == [["약 600문", "materiel_sent"]]
    text = ("또한 240㎜ 방사포 M-1991 120문, M-1989 장사정 자주포 120문, "
            "122㎜ D-74 곡사포 100문, 140㎜ M1982 박격포 약 100문, "
            "63식 107㎜ 다연장로켓 최소 165문 등도 공급한 것으로 파악했다고 FISU는 밝혔다.")
    assert "63" not in [r[0] for r in _read(text, "ko")]


# ── readings ─────────────────────────────────────────────────────────────────────────────

def test_german_year_after_seit_opens_no_range():
    # https://www.businessinsider.de/politik/international-politics/putin-und-kim-die-neue-allianz-ist-ein-gewinn-fuer-beide/
    # (round 16zz21): "seit 2022 bis zu sechs Millionen" (since 2022, up to six million)
    text = ("In rund 13.000 Containern soll Nordkorea seit 2022 bis zu sechs Millionen Schuss "
            "geliefert haben, wie ein südkoreanischer Parlamentsabgeordneter aus dem "
            "Geheimdienstbericht zitierte.")
    rows = _read(text, "de")
    assert [r[0] for r in rows] == ["rund 13.000", "bis zu sechs Millionen"]
    assert rows[1][3] == 6000000.0
    # a range of counts stays one ("10.000 bis 12.000 Soldaten")
    assert _read("Nordkorea hat 10.000 bis 12.000 Soldaten nach Russland entsandt.", "de")[0][3] \
        == 11000.0
