"""Rules of helper art35a (issue 16, session 35): rounds 16zz40 and 16zz42's errors.

Rounds 16zz40 and 16zz42 were held out in session 34 and are development material since
(docs/articles.md, "Session of 2026-12-07 (thirty-fifth)"). Each rule is written for the
language's wording or for a form of news writing, not for the round's sentence:

* a list item's number (one or two digits at the start of a line or right after a sentence's
  end, then a full stop and a word: "1. 北朝鮮はロシア支援のため兵士を派遣。2. 捕虜と…") is no
  count, in every language (articles/nonfigures.py);
* ja: the casualties of a side of the war named before their number ("ロシア側の死傷者は計60万人",
  "ロシア軍の1日の死傷者は2000人以上") are that side's own (``ARTICLES["other_side"]``);
* es: Russia's casualties named before their number ("de las bajas rusas a la fecha es de unos
  610,000") are Russia's losses (``ARTICLES["losses_of"]``), as "pérdidas rusas" were;
* es: a detention by Ukraine is a capture ("la detención de dos militares norcoreanos", "habían
  detenido a dos soldados");
* en: captives named again by their noun before their death ("had captured North Korean
  soldiers, but those prisoners died of wounds") died in captivity;
* es: a captive's death in a relative clause with an incise ("un soldado capturado que, además,
  habría muerto horas después") is a death in captivity;
* en, fr: troops Russia gathers itself ("La Russie elle-même a rassemblé 40000 troupes", "Russia
  has amassed a force of 50,000 troops") are its own or a mixed force (``not_figure_before``).

Sentences of the rounds (their id), of other stored pages (their URL), and written ones of the
same form where no stored page had it (said so), with near misses. Expected values by hand.
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
SBU = "Security Service of Ukraine (SBU)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
NOBODY = "Unattributed"


def test_a_list_items_number_is_no_count():
    # round_16zz40 ja-16zz40-newsoku-12000-4000-captives (the three items' numbers read as
    # deployed troops)
    text = ("北朝鮮兵の忠誠心はどこまで利用されるのか\n1. 北朝鮮はロシア支援のため兵士を派遣。"
            "2. 捕虜となった北朝鮮兵は訓練と思っていた。3. 北朝鮮兵の忠誠心をロシアが利用。")
    assert all(row[0] not in ("1", "2", "3") for row in _read(text, "ja"))
    # written in the form of the summaries of blog and aggregator pages (no stored page of the
    # sets' story numbers its points so): en and ko, the item after a line break or a sentence
    text = "Key points\n1. North Korea sent troops to Russia. 2. Captured soldiers said so."
    assert all(row[0] not in ("1", "2") for row in _read(text, "en"))
    text = "요약\n1. 북한은 러시아에 병력을 파병했다. 2. 포로가 된 북한군은 훈련인 줄 알았다."
    assert all(row[0] not in ("1", "2") for row in _read(text, "ko"))
    # near misses: a number ending a sentence is a count ("rose to 2."), as is one before its
    # noun at a sentence's start
    text = "The number of North Korean soldiers captured rose to 2. Officials said more may follow."
    assert _read(text, "en") == [["2", "captured", NOBODY, 2.0]]
    assert _read("North Korea sent 12. Soldiers arrived.", "en")[0][:2] == ["12", "deployed"]


def test_ja_a_sides_casualties_named_before_the_number_are_its_own():
    # round_16zz42 ja-16zz42-yahoo-editorial-pentagon-10000 (read North Korea's, the US's)
    text = ("北朝鮮が、ウクライナ侵攻を続けるロシアに大規模な派兵を進めている。"
            "ロシア側の死傷者は計60万人に上るとの米紙推計もあり、兵員不足は深刻とされる。")
    assert _read(text, "ja") == []
    # https://datazoo.jp/tv/クローズアップ現代/1759491 ("ロシア軍の1日の死傷者は2000人以上という")
    assert _read("北朝鮮がロシアに派兵した。ロシア軍の1日の死傷者は2000人以上という。", "ja") == []
    # written: the other side's
    assert _read("北朝鮮がロシアに派兵した。ウクライナ側の死傷者は60万人に上る。", "ja") == []
    # near miss: North Korea's casualties stay a figure
    assert _read("ロシアに派遣された北朝鮮兵の死傷者は4000人に上る。", "ja") == [
        ["4000人", "killed_or_wounded", NOBODY, 4000.0]]


def test_es_russian_casualties_named_before_the_number_are_russias():
    # round_16zz40 es-16zz40-larepublica-lauer-10000-3000-1000 (read a North Korean toll)
    text = ("Corea del Norte envió soldados a Rusia. Para el CSIS la evaluación occidental de las "
            "bajas rusas a la fecha es de unos 610,000.")
    assert _read(text, "es") == []
    # written in the form of "las pérdidas rusas ascienden a" (the table's 16px words)
    text = "Corea del Norte envió soldados a Rusia. Las bajas rusas ascienden a unos 610.000."
    assert _read(text, "es") == []
    # near miss: North Koreans among them stay counted
    text = "Corea del Norte envió soldados a Rusia. Entre las bajas rusas, 300 norcoreanos muertos."
    assert _read(text, "es") == [["300", "killed", NOBODY, 300.0]]


def test_es_a_detention_is_a_capture():
    # round_16zz42 es-16zz42-noticiasde-300-2700-dos (read "deployed")
    text = ("En cuanto a la detención de dos militares norcoreanos, que ahora se encuentran en una "
            "prisión ucraniana, la agencia ha apuntado a que trabajaban.")
    assert _read(text, "es") == [["dos", "captured", NOBODY, 2.0]]
    # https://siempremarbella.es/?p=278
    text = ("Los servicios de seguridad de Ucrania anunciaron el sábado que habían detenido a dos "
            "soldados norcoreanos en la región rusa de Kursk.")
    assert _read(text, "es") == [["dos", "captured", SBU, 2.0]]
    text = ("No hubo comentarios de Pyongyang sobre la detención de los dos soldados, pero Corea "
            "del Norte no ha confirmado públicamente que haya enviado tropas.")
    assert _read(text, "es") == [["dos", "captured", NOBODY, 2.0]]
    # https://noticias.madrid/el-ejercito-ucraniano-detiene-a-dos-soldados-norcoreanos-en-
    # territorio-ruso-de-kursk (the headline)
    text = "El Ejército Ucraniano Detiene a Dos Soldados Norcoreanos en Territorio Ruso de Kursk"
    assert _read(text, "es") == [["Dos", "captured", NOBODY, 2.0]]
    # near miss: "detener" a thing is to stop it
    text = "Corea del Norte envió 12.000 soldados a Rusia, que detuvieron el avance ucraniano."
    assert _read(text, "es") == [["12.000", "deployed", NOBODY, 12000.0]]


def test_en_captives_named_again_before_their_death_died_in_captivity():
    # round_16zz40 en-16zz40-babel-hur-12000-zelensky-3000-nis-300-2700 (read "captured")
    text = ("Zelensky first reported on December 27, 2024, that the Ukrainian Defense Forces had "
            "captured North Korean soldiers, but those prisoners died of wounds.")
    # (its phrase is still the captors' "Forces", the noun outside the cue: docs/articles.md)
    assert [row[1:3] for row in _read(text, "en")] == [["died_in_captivity", ZELENSKY]]
    # written in the form of the round's sentence, "the captives"
    text = ("Zelensky said Ukrainian troops had captured North Korean soldiers, but the captives "
            "later died.")
    assert [row[1:3] for row in _read(text, "en")] == [["died_in_captivity", ZELENSKY]]
    # near miss: a captive who lives stays captured
    text = "Zelensky said Ukraine had captured two North Korean soldiers, but they survived."
    assert _read(text, "en") == [["two", "captured", ZELENSKY, 2.0]]


def test_troops_russia_gathers_itself_are_no_figure():
    # round_16zz40 fr-16zz40-buzzplus-bloomberg-100000-10000 (Russia's 40000 read deployed)
    pre = "Kim Jong Un a déjà envoyé 10000 de ses soldats. "
    text = pre + "La Russie elle-même a rassemblé 40000 troupes là-bas, signalant une opération."
    assert _read(text, "fr") == [["10000", "deployed", NOBODY, 10000.0]]
    # written in the form of https://www.quotidiano.net/ultimaora/nyt-50mila-soldati-russi-nel-
    # kursk-pronti-allattacco-1251116a ("hanno ammassato 50mila soldati")
    text = pre + "La Russie a massé 50 000 soldats dans la région de Koursk."
    assert _read(text, "fr") == [["10000", "deployed", NOBODY, 10000.0]]
    # https://straightarrownews-preprod.go-vip.net/cc/10000-north-korean-troops-join-russia-near-
    # ukraine-border/: the mixed force is Russia's, the North Koreans inside it stay
    text = ("Russia has amassed a force of 50,000 troops, including 10,000 North Korean soldiers, "
            "near the Kursk region.")
    assert _read(text, "en") == [["10,000", "deployed", NOBODY, 10000.0]]
    text = "North Korea has sent 10,000 troops. Russia has amassed some 50,000 troops in Kursk."
    assert _read(text, "en") == [["10,000", "deployed", NOBODY, 10000.0]]
    # near miss: troops Russia receives are North Korea's
    assert _read("Russia has received 10,000 North Korean troops in Kursk.", "en") == [
        ["10,000", "deployed", NOBODY, 10000.0]]


def test_es_a_captives_death_in_a_relative_clause_with_an_incise():
    # round_16zz40 es-16zz40-lasexta-us-1000-12000-cientos (read "captured")
    text = ("Por primera vez Kyiv ha publicado la prueba definitiva de la presencia de soldados "
            "norcoreanos en la guerra de Ucrania al mostrar una imagen de un soldado capturado "
            "que, además, habría muerto horas después.")
    assert [row[1] for row in _read(text, "es")] == ["died_in_captivity"]
    # written in the form of the round's sentence
    text = "Ucrania mostró un soldado norcoreano capturado que murió al día siguiente."
    assert _read(text, "es") == [["un soldado", "died_in_captivity", NOBODY, 1.0]]
    # near miss: a captive who speaks stays captured
    text = ("Ucrania mostró un soldado norcoreano capturado que, según Kiev, habló con los "
            "investigadores.")
    assert [row[1] for row in _read(text, "es")] == ["captured"]
