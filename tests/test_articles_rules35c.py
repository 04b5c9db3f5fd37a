"""Rules of helper art35c (issue 16, session 35): false figures of the recent rounds.

The rounds labelled in sessions 30-34 (16zz28-16zz39, 16zz41) read with their false and
missed figures sorted into classes (docs/articles.md, "Session of 2026-12-07 (thirty-fifth):
false and missed figures of the recent rounds (art35c)"). Each rule is written for the
language's wording, not for the round's sentence:

* a wave without a number told as a possibility, a risk, a sending being prepared, an
  expectation or not yet seen ("did not rule out the possibility of North Korea deploying
  additional troops", "has yet to detect signs of another troop deployment", "podría estar
  preparando el envío de más tropas", "se espera la llegada de más efectivos", "さらに兵力需要が
  高まるだろう") is no figure (``ARTICLES["wave_unseen"]``, en es fr de ja;
  articles/reinforcements.py);
* the force Russia gathers, North Koreans in it or not, is no figure of North Korea's: ja "…5万人の
  兵力を集結させている", "数万人規模の戦力を集結", the soldiers of both armies counted together
  ("ロシアと北朝鮮の兵士約5万人"), fr "50 000 soldats y avaient été mobilisés par la Russie"
  (``ARTICLES["other_subject"]["after"]``, ``ARTICLES["other_side"]``).

Sentences of the rounds (their id) and of other stored pages (their URL), with near misses
(the figures the same rules must keep). Expected values by hand.
"""

from __future__ import annotations

from article_sets import fields_read as _read
from articles_devset import round_lines

NIS = "South Korea National Intelligence Service (NIS)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"


def _metrics(text: str, lang: str, published: str) -> list[str]:
    return [row[1] for row in _read(text, lang, published)]


def test_en_a_wave_told_as_possible_or_not_yet_seen_is_no_figure():
    # round_16zz25 en-16zz25-vg1b002a-nis-100-1000 (read a wave with no number)
    text = "The NIS also discussed the possibility of North Korea deploying additional troops."
    assert "additional_deployed" not in _metrics(text, "en", "2024-12-19")
    # round_16zz33 en-16zz33-newszop-ians-4700
    text = ("The spy agency has yet to detect signs of another troop deployment by North Korea but "
            "did not rule out its possibility.")
    assert "additional_deployed" not in _metrics(text, "en", "2025-04-30")
    # round_16zz28 en-16zz28-kyivindependent-mnd-200-artillery
    text = ("Seoul further warned that Pyongyang is likely preparing to send additional troops and "
            "arms to back Russia's war, confirming earlier warnings.")
    assert "additional_deployed" not in _metrics(text, "en", "2025-02-11")
    # https://030.fzch9fdd.workers.dev/news/search?form=000156&newsse=1&q=Russia+Pyongyang
    text = ("There are risks of North Korea sending additional troops and military equipment to "
            "the Russian army,” Zelensky said.")
    assert "additional_deployed" not in _metrics(text, "en", "2025-01-10")


def test_es_ja_a_wave_told_as_expected_or_conjectured_is_no_figure():
    # https://sipse.com/mundo/corea-del-sur-alerta-posible-envio-tropas-norcoreanas-rusia-484913.html
    text = ("El Ejército surcoreano señaló este viernes que Corea del Norte podría estar "
            "preparando el envío de más tropas a Rusia, tras las graves bajas sufridas por sus "
            "soldados.")
    assert "additional_deployed" not in _metrics(text, "es", "2025-01-24")
    # round_16zy8 es-16zy8-infobae-captura-11000 (the purpose of a sending: "para aumentar")
    text = ("Además, se detectaron preparativos para aumentar dicho despliegue con más tropas y "
            "equipo militar.")
    assert "additional_deployed" not in _metrics(text, "es", "2025-01-11")
    # round_16zy11 ja-16zy11-kangnamtimes-gdc-500-3
    text = ("韓国大統領府のシン・ウォンシク国家安保室長は同日、聯合ニュースTVのインタビューで"
            "「来年の早期終戦を目指してクルスク地域奪還を含む攻勢を強化しているが、兵力の犠牲が増え、"
            "さらに兵力需要が高まるだろう」とした上で、「北朝鮮が戦闘に投入されれば死傷者の増加は"
            "避けられない」と指摘した。")
    assert "additional_deployed" not in _metrics(text, "ja", "2024-12-20")


def test_a_wave_told_as_done_stays_a_figure_without_a_number():
    # the labelled waves with no number (rounds 16zk, 16zs) keep their row: a sending done, a
    # limited number told
    text = ("Corea del Norte desplegó posteriormente un número limitado de tropas adicionales en "
            "Kursk.")
    assert [row[:2] for row in _read(text, "es", "2025-02-01")] == [
        ["tropas adicionales", "additional_deployed"]]
    text = ("La Corée du Nord a envoyé plus de soldats en Russie, a déclaré l’agence de "
            "renseignement de Séoul.")
    assert _metrics(text, "fr", "2025-02-27") == ["additional_deployed"]


def test_ja_the_force_russia_gathers_is_no_figure_of_north_koreas():
    # https://news.livedoor.com/topics/detail/27531247
    text = ("ニューヨーク・タイムズが10日、アメリカとウクライナの当局者の話として伝えたところに"
            "よりますと、ロシア軍はウクライナ軍の越境攻撃が続く西部クルスク州で、北朝鮮兵を含む"
            "5万人の兵力を集結させているということです。")
    assert _read(text, "ja", "2024-11-11") == []
    # https://news.yahoo.co.jp/articles/ac02ff65b4092f552f171c7bd81e2e34c7a8fe12
    text = ("この前日、米紙ニューヨーク・タイムズは、ロシアが北朝鮮兵を含む5万人の兵力をウクライナ"
            "国境に集結させたと報じていた。")
    assert _read(text, "ja", "2024-11-12") == []
    # round_16zz36 ja-16zz36-livedoor-cnn-zelensky-11000 (the whole excerpt): the Russian force
    # and both armies' soldiers counted together are gone; Zelensky's count of North Koreans stays
    text = round_lines("round_16zz36.yml", "ja-16zz36-livedoor-cnn-zelensky-11000")
    assert "数万人規模の戦力を集結" in text and "ロシアと北朝鮮の兵士約5万人" in text
    assert [row[:2] for row in _read(text, "ja", "2024-11-11")] == [["約1万1000人", "deployed"]]


def test_fr_troops_mobilised_by_russia_are_no_figure_of_north_koreas():
    # round_16zz38 fr-16zz38-francetvinfo-zelensky-11000-us-10000 (the whole excerpt: "50 000"
    # was read Zelensky's deployment)
    text = round_lines("round_16zz38.yml", "fr-16zz38-francetvinfo-zelensky-11000-us-10000")
    assert "50 000 soldats y avaient été mobilisés par la Russie" in text
    found = [row[0] for row in _read(text, "fr", "2024-11-12")]
    assert "50 000" not in found and "10 000" in found
    # near miss: North Koreans mobilised by Pyongyang are a deployment
    text = "Selon Kiev, 11 000 soldats nord-coréens ont été mobilisés par Pyongyang."
    assert _read(text, "fr", "2024-11-12")[0][:2] == ["11 000", "deployed"]
