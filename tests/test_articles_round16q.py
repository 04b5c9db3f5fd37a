"""The article reader on the error classes of round 16q (issue 16r), in each language's forms."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import re2
from articles_devset import load_devset, score

from analysis.articles import extract_figures
from analysis.articles.translate import to_set as loosen

DEVSET = load_devset()
NIS = "South Korea National Intelligence Service (NIS)"
UA = "Ukrainian government (unspecified)"
US = "US government (unspecified)"
STATE = "US State Department"
JOINT = "Several governments jointly"
KP = "North Korea (state media and leadership)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"


def _texts(text: str, lang: str) -> list[str]:
    return [t.strip() for t in extract_figures(text, lang)["figure_text"]]


def test_precision_recall_and_fields_on_round_16q():
    # twenty-four articles labelled by helper 16q before the reader ran on them (en de fr es
    # ru uk); main before 16r, with the labels as judged in 16r: precision 0.86, recall 0.91,
    # metric 0.83, claimant 0.60, every field 0.48; after 16r: precision 1.00, recall 1.00,
    # metric 1.00, claimant 0.86, every field 0.84; merged with 16x's carry rules: claimant
    # 0.90, every field 0.88 (left: C3-C5 carries, C7 a contrasting clause's source)
    result = score([a for a in DEVSET if a.get("heldout") == "issue-16q"])
    print("\n" + pd.DataFrame(result).T.round(2).to_string())
    overall = result["all"]
    assert overall["articles"] == 24 and overall["figures"] == 69
    assert overall["precision"] >= 0.97 and overall["recall"] >= 0.97
    assert overall["metric"] >= 0.97 and overall["claimant"] >= 0.85
    assert overall["all_fields"] >= 0.83
    for lang in ("en", "de", "fr", "es", "ru", "uk"):
        assert result[lang]["precision"] >= 0.95 and result[lang]["recall"] >= 0.95, lang


@pytest.mark.parametrize(("lang", "text", "number"), [
    # A: calibres and multipliers, glued or not
    ("en", "North Korea sent 152mm artillery shells to Russia.", "152"),
    ("en", "North Korea sent over 3 million 152-millimeter shells to Russia.", "152"),
    ("en", "North Korea's shipments to Russia grew 12-fold, officials said.", "12"),
    ("de", "Nordkorea schickte 2024 um das 12-fache mehr Arbeiter nach Russland.", "12"),
    ("de", "Nordkorea lieferte Granaten vom Kaliber 152 mm an Russland.", "152"),
    ("fr", "La Corée du Nord a envoyé des obusiers de 170 mm à la Russie.", "170"),
    ("es", "Corea del Norte envió obuses de 170 milímetros a Rusia.", "170"),
    ("ru", "КНДР передала России 240-мм реактивные системы.", "240"),
    # B: a noun outside the story ("factories", interviewees)
    ("en", "Hundreds of North Korean factories producing ammunition were idle.", "Hundreds"),
    ("de", "Die BBC befragte sechs Arbeiter aus Nordkorea in Russland.", "sechs"),
    ("ru", "Сотни северокорейских заводов производят снаряды для России.", "Сотни"),
    ("de", "Die nordkoreanischen Arbeiter stehen um 6 Uhr auf.", "6"),
    # E: goods sent the other way
    ("fr", "9 000 conteneurs auraient été livrés depuis la Russie à la Corée du Nord.", "9 000"),
    ("ru", "Пхеньян, вероятно, получил более 9000 контейнеров помощи от Москвы для КНДР.",
     "более 9000"),
    ("en", "Russia shipped 9,000 containers of aid to North Korea in return.", "9,000"),
    # S2: Russia's own losses, in a relative clause of a sentence that names North Korea
    ("uk", "З огляду на втрати Росії у війні, які щодня становлять понад тисячу осіб, росіяни "
           "залучили до своїх військ солдат з Північної Кореї.", "понад тисячу"),
    ("ru", "Учитывая потери России в войне, которые ежедневно составляют более тысячи человек, "
           "Москва привлекла солдат КНДР.", "более тысячи"),
])
def test_measures_foreign_nouns_reverse_flows_and_russian_losses_are_no_figures(lang, text,
                                                                               number):
    assert number not in _texts(text, lang)


@pytest.mark.parametrize(("lang", "text", "number"), [
    # D: one thousands separator per number; an estimate of about 2000 is no year
    ("en", "North Korea sent 500,000 122-millimeter shells to Russia.", "500,000"),
    ("fr", "La Corée du Nord a envoyé 10 000 soldats en Russie.", "10 000"),
    ("ru", "Разведка сообщила, что около 2000 северокорейских военнослужащих погибли.",
     "около 2000"),
    ("en", "About 2000 North Korean soldiers were killed, the NIS said.", "About 2000"),
])
def test_numbers_are_read_whole_and_estimates_are_no_years(lang, text, number):
    assert number in _texts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В 2000 году КНДР направила в Россию военных."),
    ("de", "Seit 2000 Jahren gibt es in Nordkorea Soldaten."),
])
def test_a_year_with_its_year_word_stays_a_year(lang, text):
    assert extract_figures(text, lang).empty


@pytest.mark.parametrize(("lang", "text", "metric"), [
    # N: a death in captivity written without a number
    ("de", "Der erste in ukrainische Gefangenschaft geratene Soldat aus Nordkorea ist "
           "verstorben.", "died_in_captivity"),
    ("es", "Zelenski confirmó la muerte de los primeros prisioneros de guerra norcoreanos.",
     "died_in_captivity"),
    # S1/V: North Korea spellings and materiel nouns
    ("es", "Pionyang ha suministrado a Moscú millones de proyectiles de artillería.",
     "materiel_sent"),
    ("uk", "Торік мільйони північнокорейських артснарядів допомогли Росії.", "materiel_sent"),
    ("ru", "КНДР передала России миллионы артснарядов.", "materiel_sent"),
    # M1: the materiel noun next to the number wins over the verb of sending
    ("en", "Among the 6,700 containers sent from North Korea to Russia were shells.",
     "materiel_sent"),
    # M2: workers told by their work
    ("de", "Tausende von Nordkoreanern werden nach Russland geschickt, um dort zu arbeiten.",
     "workers_sent"),
    ("en", "Thousands of North Koreans have been sent to Russia to work on building sites.",
     "workers_sent"),
    # M3/M4: sappers and military builders are the later waves
    ("ru", "Северная Корея направит в Россию около пяти тысяч военных строителей.",
     "additional_deployed"),
    ("uk", "Північна Корея направить до Росії тисячу саперів.", "additional_deployed"),
    ("uk", "КНДР направить до Росії п’ять тисяч військових будівельників.",
     "additional_deployed"),
    ("fr", "La Corée du Nord enverrait 1 000 militaires du génie civil en Russie.",
     "additional_deployed"),
    ("es", "Seúl informó del envío de unos 5.000 operarios militares norcoreanos a Rusia.",
     "additional_deployed"),
    # M5: casualty cue variants
    ("ru", "Около 4,7 тысячи северокорейских солдат погибли или были ранены.",
     "killed_or_wounded"),
    ("uk", "Близько 4,7 тисячі північнокорейських солдатів загинули або були поранені.",
     "killed_or_wounded"),
    ("es", "Al menos 1.000 soldados norcoreanos ya estarían fuera de combate.",
     "killed_or_wounded"),
])
def test_metric_words_of_round_16q(lang, text, metric):
    assert extract_figures(text, lang)["metric"].tolist()[-1:] == [metric]


def test_a_singular_group_out_of_action_is_no_casualty_count():
    # "una cuarta parte del contingente (unos 12.000 efectivos) … ya está fuera de combate":
    # the contingent is the deployment, a quarter of it is out of action
    found = extract_figures("Una cuarta parte del contingente (unos 12.000 efectivos) enviado "
                            "por Pyongyang ya está fuera de combate.", "es")
    assert found["metric"].tolist() == ["deployed"]


def test_a_headline_s_builders_are_the_body_s_military_builders():
    text = ("КНДР отправит 5 тысяч строителей в Курскую область\n"
            "Северная Корея направит около пяти тысяч военных строителей, заявил секретарь "
            "Совбеза РФ Сергей Шойгу.")
    found = extract_figures(text, "ru")
    assert found[["metric", "claimant"]].values.tolist() == [["additional_deployed", SHOIGU]]


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    # C1: titles and countries as speakers, in each language
    ("en", "South Korea's military intelligence reports that North Korea has sent around "
           "13,000 troops.", "South Korea Defense Intelligence Agency"),
    ("en", "Ukrainian Prosecutor General Andriy Kostin stated that Russians had used at least "
           "24 North Korean ballistic missiles.", UA),
    # (16pf: a count of weapons used is no sending unless a lower bound, as the en above)
    ("uk", "Генпрокурор Андрій Костін заявив, що росіяни застосували щонайменше 24 "
           "північнокорейські ракети.", UA),
    ("de", "Tausende nordkoreanische Soldaten sind nach US-Angaben in Kursk im Einsatz.", US),
    ("fr", "Les États-Unis ont déjà dénombré plus de 10 000 conteneurs envoyés par la Corée du "
           "Nord en Russie.", US),
    ("es", "Según las estimaciones estadounidenses, Pyongyang envió 10.000 soldados a Rusia.", US),
    ("es", "Ucrania asegura que 3.000 soldados norcoreanos murieron o resultaron heridos.", UA),
    ("uk", "Постпред США при ООН Роберт Вуд заявив, що КНДР передала понад 100 балістичних "
           "ракет.", STATE),
    ("en", "The US deputy ambassador to the UN said North Korea sent over 100 ballistic "
           "missiles.", STATE),
    ("ru", "По официальным данным КНДР, потери составили около 350 человек.", KP),
    ("ko", "우크라이나 검찰총장은 북한이 탄도미사일 24발을 러시아에 보냈다고 밝혔다.", UA),
    ("ja", "ウクライナの検事総長は、北朝鮮の弾道ミサイル24発が使われたと述べた。", UA),
    # C2: officials of one side and Western intelligence together
    ("en", "North Korea has sent about 12,000 soldiers to Russia, according to Ukrainian "
           "officials and Western intelligence reports.", JOINT),
    ("es", "Pionyang ha suministrado millones de proyectiles, según la inteligencia surcoreana "
           "y occidental.", JOINT),
    # C6: the leader who orders or sends is no source
    ("es", "Seúl había señalado que el dictador norcoreano, Kim Jong-un, envió más de 10.000 "
           "soldados.", "South Korea government"),
    ("ru", "По окончании встречи Шойга заявил: «Ким Чен Ыном принято решение направить в РФ "
           "одну тысячу саперов».", SHOIGU),
    ("ru", "КНДР направит около пяти тысяч военных строителей по личному указанию "
           "северокорейского лидера Ким Чен Ына, заявил секретарь Совбеза РФ Сергей Шойгу.",
     SHOIGU),
])
def test_claimant_forms_of_round_16q(lang, text, claimant):
    assert extract_figures(text, lang)["claimant"].tolist()[:1] == [claimant]


@pytest.mark.parametrize(("lang", "text"), [
    # a senate hearing in the US is no US claim ("в Сенате США сообщила правозащитница")
    ("ru", "Во время слушаний в Сенате США сообщила правозащитница, что двоих детей вывезли в "
           "лагерь в КНДР."),
    # the army of Kim Jong Un is whose the troops are, not who says so
    ("fr", "L'armée de Kim Jong-un a perdu deux soldats capturés par l'Ukraine."),
])
def test_places_and_owners_are_no_country_claimants(lang, text):
    found = extract_figures(text, lang)
    assert not set(found["claimant"]) & {US, KP}



def test_a_counted_repeat_is_loosened_for_the_prefilter_and_still_finds_its_texts():
    pattern = (r"(?<!\w)(?:geschickt,? um [^.\d]{0,60}zu arbeiten|"
               r"(?:nordkorea) (?:\S+ ){0,3}erhalten)(?!\w)")
    loose = loosen(pattern)
    assert "{" not in loose  # "[^.\d]{0,60}" → "[^.\pN]*": a smaller automaton for the set
    for text in ("nach russland geschickt, um unter harten bedingungen zu arbeiten",
                 "nordkorea hat 9000 container erhalten"):
        assert re.search(pattern, text) and re2.search(loose, text)
