"""Rules of helper art34b (issue 16, session 34): round 16zz41's errors of form.

Round 16zz41 (en, de, fr, es, ru, uk, ko, ja; 12 articles, 29 figures) was labelled in session
34 as a development round (docs/articles.md, "Session of 2026-12-07 (thirty-fourth): round
16zz41 as a development round (art34b)"). Each rule is written for the language's wording, not
for the round's sentence:

* a capture word that takes ground ("positions they captured in Kursk", "ground captured in a
  lightning incursion", "captured towns and villages", "un pequeño territorio capturado
  durante una incursión", "la región de Kursk que fue capturada por las fuerzas ucranianas")
  is no capture of people: the troops sent to win it back stay deployed
  (``ARTICLES["places_taken"]``, ``articles/seized.py``; en, es);
* ja the losses of one day named before the number ("ロシア軍は1日の死傷者が1200人を超す") are a
  daily rate, no toll (ja ``losses_per_day``);
* es "sobre un total de" names the total a loss is counted against, as fr "sur un total de"
  (es ``among``).

Sentences of the round (their id), of other stored pages (their URL), and written ones of the
same form where no stored page had it (said so), with near misses. Expected values by hand.
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
NOBODY = "Unattributed"
JOINT = "Several governments jointly"
US = "US government (unspecified)"


def test_a_capture_of_ground_is_no_capture_of_people_en():
    # round_16zz41 en-16zz41-rfa-letter-12000-3000-1100 (the 12,000 read captured)
    text = ("American, South Korean and Ukrainian authorities have said there are up to 12,000 "
            "North Korean soldiers in Russia, deployed there primarily to help Russia push "
            "Ukrainian forces out of positions they captured in Kursk in August.")
    assert _read(text, "en") == [["up to 12,000", "deployed", JOINT, 12000.0]]
    # written in the form of https://news.az/news/ukraine-claims-capture-of-north-korean-
    # soldiers-as-russia-reports-settlement ("to retain ground captured in a lightning incursion
    # in August")
    text = ("Russia brought in about 11,000 North Korean troops to retake ground captured in a "
            "lightning incursion in August, officials in Seoul said.")
    assert [r[:2] for r in _read(text, "en")] == [["about 11,000", "deployed"]]
    # written in the form of https://www.politico.eu/article/ukraine-captures-2-north-korean-
    # soldiers-in-kursk-zelenskyy-says/ ("Kyiv's forces … captured towns and villages in the
    # Russian region")
    text = ("Kyiv's forces captured towns and villages in the Russian region, and 11,000 North "
            "Korean troops were sent to push them back.")
    assert [r[:2] for r in _read(text, "en")] == [["11,000", "deployed"]]
    # written: a place in a relative clause of three words before the verb
    text = ("About 11,000 North Korean troops were sent to help recapture the villages that "
            "Ukrainian forces captured in August.")
    assert [r[:2] for r in _read(text, "en")] == [["About 11,000", "deployed"]]


def test_a_capture_of_people_near_a_place_stays_a_capture():
    # near misses: a count after the verb, or people after it, stays a capture
    text = "Near the village Ukrainian troops captured two North Korean soldiers, Zelensky said."
    assert _read(text, "en") == [["two", "captured", ZELENSKY, 2.0]]
    text = "Ukrainian troops captured two North Korean soldiers in the Kursk region, Zelensky said."
    assert _read(text, "en") == [["two", "captured", ZELENSKY, 2.0]]
    text = ("Las fuerzas ucranianas capturaron a dos soldados norcoreanos en la región de Kursk, "
            "dijo Zelenski.")
    assert _read(text, "es") == [["dos", "captured", ZELENSKY, 2.0]]
    # a passive of people after a place ("were captured"), and the personal "a" after the verb
    # (round_16e es-cnnespanol-dos-capturados: "las fuerzas que operan en la región rusa de
    # Kursk han capturado a dos soldados norcoreanos")
    text = ("Two North Korean soldiers fighting in the Kursk region were captured by Ukrainian "
            "forces, Zelensky said.")
    assert _read(text, "en") == [["Two", "captured", ZELENSKY, 2.0]]
    text = ("El presidente de Ucrania, Volodymyr Zelensky, dijo que las fuerzas que operan en la "
            "región rusa de Kursk han capturado a dos soldados norcoreanos.")
    assert _read(text, "es") == [["dos", "captured", ZELENSKY, 2.0]]


def test_a_capture_of_ground_is_no_capture_of_people_es():
    # written in the form of https://periodicolavoz.com.mx/nacion/estados-unidos-estima-mil-
    # bajas-de-corea-del-norte-en-ucrani/326229 ("en la región de Kursk que fue capturada por
    # las fuerzas ucranianas")
    text = ("El gobierno de Estados Unidos estima que cerca de 11.000 soldados de Corea del Norte "
            "fueron enviados a la región de Kursk que fue capturada por las fuerzas ucranianas.")
    assert _read(text, "es") == [["cerca de 11.000", "deployed", US, 11000.0]]
    # written in the form of https://hoy.com.ni/2024/12/19/al-menos-100-norcoreanos-muertos-en-
    # la-guerra-de-ucrania-segun-corea-del-sur ("un pequeño territorio capturado durante una
    # incursión sorpresa en agosto")
    text = ("Unos 11.000 soldados norcoreanos fueron enviados a Kursk, donde los ucranianos "
            "defienden un pequeño territorio capturado durante una incursión sorpresa en agosto.")
    assert [r[:2] for r in _read(text, "es")] == [["Unos 11.000", "deployed"]]


def test_losses_of_one_day_before_the_number_are_a_rate_ja():
    # round_16zz41 ja-16zz41-bloggoo-editorial-nis-12000-1500 (Russia's daily losses read as a
    # toll)
    text = ("韓国の情報機関・国家情報院によると、北朝鮮は約1万2000人の派兵を決定した。\n"
            "ロシア軍は1日の死傷者が1200人を超すような消耗戦を展開し、兵力不足が深刻化している。")
    assert _read(text, "ja") == [["約1万2000人", "deployed", NIS, 12000.0]]
    # written: the daily losses of the North Korean troops, a rate too; a toll stays
    assert _read("北朝鮮兵の1日の死傷者は約90人に上る。", "ja") == []
    text = "国家情報院によると、北朝鮮兵の死傷者は約4000人に上る。"
    assert [r[:2] for r in _read(text, "ja")] == [["約4000人", "killed_or_wounded"]]


def test_sobre_un_total_de_is_the_total_a_loss_is_counted_against_es():
    # round_16zz41 es-16zz41-informacion-nis-300-2700-11000 (the 11,000 read as casualties)
    text = ("Las bajas norcoreanas, sobre un total de 11.000 tropas, son calificadas de "
            "“masivas” por el NIS.")
    assert _read(text, "es") == [["11.000", "deployed", NIS, 11000.0]]
    # the form fr had already ("sur un total de")
    text = "Les pertes nord-coréennes, sur un total de 11 000 soldats, sont massives, selon le NIS."
    assert [r[:2] for r in _read(text, "fr")] == [["11 000", "deployed"]]
