"""Attribution words completed by the grammar of each language (helper 16sw, issue 16).

The attribution fields of the article tables (``attribution``, ``according``,
``attribution_next``, ``impersonal``, ``carry.goes_on``) were completed with the inflected,
aspect, passive and impersonal forms a language uses in news (docs/articles.md, "Session of
2026-12-05 (ninth): attribution words by grammar (helper 16sw)"). Every text below is real: an
article of the pages corpus or of a labelled round, its address in the comment above it.

Positives: a figure now attributed to the right claimant by a new form. Negatives: a form that
also means something else where a figure stands, left out or bounded, with the real sentence
that showed it.
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
NK = "North Korea (state media and leadership)"
NOBODY = "Unattributed"
JOINT = "Several governments jointly"
JCS = "South Korea Joint Chiefs of Staff"


def _claimant(text: str, lang: str, figure: str) -> str:
    rows = extract_figures(text, lang)
    found = [c for f, c in zip(rows["figure_text"], rows["claimant"], strict=True) if f == figure]
    assert found, list(rows["figure_text"])
    return found[0]


# https://brf.be/international/1933198 (dpa)
BRF = ("Zwei nordkoreanische Soldaten sind im russischen Gebiet Kursk als Kriegsgefangene "
       "genommen worden. Das hat der ukrainische Präsident Selenskyj in sozialen Netzwerken "
       "mitgeteilt.\n"
       "Die Männer hätten trotz Verletzungen überlebt und seien nach Kiew gebracht worden, wo "
       "der ukrainische Geheimdienst sie verhöre. Selenskyj kündigte an, dass auch die Presse "
       "Zugang zu den Gefangenen erhalten werde.\n"
       "Schätzungen zufolge hat das kommunistische Nordkorea 12.000 Soldaten nach Russland "
       "entsandt.")

# https://glavnoe.in.ua/ru/novosti/kndr-napravyla-v-rf-5000-voennyh-stroytelej-y-1000-saperov/amp
GLAVNOE_RU = ("Разведка Южной Кореи (NIS) сообщила об отправке пяти тысяч северокорейских "
              "военных строителей в Россию. Южнокорейское агентство Yonhap сообщает об этом со "
              "ссылкой на депутатов парламента, для которых представители разведки провели "
              "закрытый брифинг.\n"
              "По словам одного из депутатов, военных строителей перебрасывают в Россию с "
              "сентября, их труд предположительно будет использован для восстановления "
              "инфраструктуры.\n"
              "Также сообщается, что из КНДР в Россию отправились около тысячи сапёров, "
              "которые будут участвовать в разминировании территории — по всей видимости, в "
              "Курской области, где с августа прошлого года до весны нынешнего велись бои.")

# https://www.deutschlandfunk.de/selenskyj-bietet-austausch-nordkoreanischer-kriegsgefangener-an-100.html
# (round 16e)
DLF = ("Die ukrainischen Truppen hatten am Wochenende in der russischen Oblast Kursk zwei "
       "nordkoreanische Soldaten gefangen genommen.\n"
       "Nach Einschätzung der USA und Südkoreas kämpfen etwa 10.000 nordkoreanische Soldaten "
       "für Russland gegen die Ukraine.")

# https://www.rtl.be/actu/monde/international/soldats-nord-coreens-prisonniers-lukraine-se-dit-
# prete-un-echange-avec-pyongyang/2025-01-12/article/735281 (round 16i)
RTL = ("Soldats nord-coréens prisonniers: l'Ukraine se dit \"prête\" à un échange avec "
       "Pyongyang\n"
       "Le président Volodymyr Zelensky s'est dit dimanche \"prêt\" à remettre à Pyongyang les "
       "deux soldats nord-coréens que l'Ukraine dit avoir capturés en Russie, dans le cadre "
       "d'un échange de prisonniers.\n"
       "\"L'Ukraine est prête à remettre à Kim Jong Un ses soldats s'il peut organiser leur "
       "échange contre nos combattants qui sont détenus en Russie\", a écrit M. Zelensky sur "
       "son compte X.\n"
       "Kiev avait annoncé samedi avoir fait prisonniers deux soldats nord-coréens blessés "
       "lors de combats dans la région russe de Koursk. Le service national de renseignement "
       "sud-coréen a confirmé dimanche la version ukrainienne, affirmant que les deux soldats "
       "capturés le 9 janvier étaient bien nord-coréens.\n"
       "Volodymyr Zelensky a ajouté dimanche soir qu'\"il y aura sans aucun doute davantage\" "
       "de soldats nord-coréens capturés à l'avenir par Kiev.")


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), [
    # de: the perfect tense of the closing sentence ("Das hat … mitgeteilt")
    ("de", BRF, "Zwei", ZELENSKY),
    # de: "nach Einschätzung der …" names the source right after it (two governments)
    ("de", DLF, "etwa 10.000", JOINT),
    # ru: the reflexive passive of saying goes on with the report before ("Также сообщается")
    ("ru", GLAVNOE_RU, "около тысячи", NIS),
    # fr: "a écrit" is a speech verb: "les deux soldats" is the figure, not "Pyongyang les deux"
    ("fr", RTL, "deux", ZELENSKY),
])
def test_a_new_form_attributes_the_figure(lang: str, text: str, figure: str, claimant: str
                                          ) -> None:
    assert _claimant(text, lang, figure) == claimant


# https://rki.kbs.co.kr/service/news_view.htm?Seq_Code=89750&lang=j (round 16zb)
KBS_JA = ("韓国軍の合同参謀本部は27日、最近の北韓軍の動向について発表しましました。\n"
          "それによりますと、ロシアに派遣された北韓軍兵士1万1000人あまりのうち、およそ4000人あまりが死亡または負傷し、ことし1月と2月におよそ3000人以上が追加で派遣されたとみられるということです。")

# https://mobile.newsis.com/view_amp.html?ar_id=NISX20250902_0003312410 (round 16b)
NEWSIS = ("2일 국회 정보위원회 국민의힘 간사인 이성권 의원에 따르면 국정원은 이날 국회 "
          "정보위에 이같이 보고했다.\n"
          "국정원은 \"기존 파병군은 후방에서 예비전력으로 주둔 중이며 8월 말 파병군 지휘관단 "
          "귀국을 감안할 시 현지 지도부 교체 추진 가능성이 있다\"며 \"북한이 1,2차 표창 "
          "수여식에서 공개한 전사자는 350명 정도지만 국정원이 지난 4월 정보위에 보고한 "
          "전사자는 최소 600명 수준이었으며 우방국과 전황을 종합한 결과 현재는 2000여명으로 "
          "사망자를 추산하고 있다\"고 분석했다.")

# https://meduza.io/amp/en/news/2025/04/30/about-600-north-korean-solders-have-been-killed-
# fighting-against-ukraine-reuters (devset)
MEDUZA = ("Around 600 North Korean soldiers have been killed while fighting alongside Russian "
          "forces against Ukraine, Reuters reported on Wednesday, citing South Korean "
          "lawmakers briefed by the country's intelligence agency. The total number of North "
          "Korean military casualties — including both killed and wounded — is estimated at "
          "4,700.")

# https://www.thedefensenews.com/news-details/North-Korea-Sends-Over-12-Million-Artillery-Shells-
# to-Russia (devset)
DEFENSENEWS = ("Looking ahead, Seoul's National Intelligence Service (NIS) anticipates more "
               "North Korean deployments in the coming months. Reports indicate that 5,000 "
               "military construction workers and 1,000 sappers may be sent to Russia's Kursk "
               "region in July or August to assist in reconstruction and infrastructure "
               "development near the warzone.")

# https://www.huffingtonpost.es/global/ucrania-afirma-corea-norte-quedando-suministros-enviar-
# rusia-estan-aprendiendo-1.html (devset)
HUFFPOST = ("De hecho, en ese mes no se registró ningún envío y en octubre apenas se "
            "rastrearon algunos, según afirma la inteligencia ucraniana.\n"
            "Desde el pasado junio de 2024 se han contabilizado un envío de entre 11.000 y "
            "12.000 soldados a Rusia desde Pyongyang, con el objetivo de apoyar a las tropas "
            "rusas en la invasión y agresión que cometen desde hace ya casi cuatro años en "
            "Ucrania.")

# https://news.rambler.ru/army/55565526-razvedka-yuzhnoy-korei-soobschila-ob-otpravke-v-rossiyu-
# tysyach-boytsov-iz-kndr/
RAMBLER = ("Военное командование КНДР перебрасывает в Россию партию из тысяч военнослужащих. "
           "Об этом пишет агентство «Ёнхап» со ссылкой на Национальную разведывательную службу "
           "Южной Кореи.\n"
           "Утверждается, что в Россию должны прибыть пять тысяч солдат из инженерных войск "
           "северокорейской армии, они будут заниматься восстановлением инфраструктуры в зоне "
           "проведения спецоперации на Украине.")

# https://fakty.ua/ru/458383-severnaya-koreya-planiruet-v-blizhajshee-vremya-perekinut-v-rossiyu-
# okolo-6-tysyach-voennyh---budanov (round 16t)
FAKTY = ("Об этом в разговоре с изданием The Japan Times заявил начальник ГУР МО Украины "
         "генерал-лейтенант Кирилл Буданов.\n"
         "По его информации, в ближайшее время КНДР планирует перебросить в россию около 6000 "
         "военнослужащих.\n"
         "Кроме того, Пхеньян поставит в рф от 50 до 100 единиц северокорейской техники, "
         "включая основные боевые танки M2010 (Cheonma-D) и бронетранспортеры БТР-80 якобы для "
         "проведения инженерных работ.")

# https://bukvy.org/kndr-vidpravyla-do-rf-3000-vijskovyh-yaki-voyuvatymut-proty-ukrayiny
# (round 16s)
BUKVY = ("За новими даними Південної Кореї, КНДР відправила до Росії 3000 своїх військових для "
         "участі у війні проти України.\n"
         "Таку інформацію повідомили південнокорейські законодавці 23 жовтня після брифінгу "
         "національного розвідувального агенства.")


@pytest.mark.parametrize(("lang", "text", "figure", "claimant"), [
    # de: "Schätzungen zufolge" is nobody's estimate: the figure is not Zelensky's from before
    ("de", BRF, "12.000", NOBODY),
    # ja: "とみられる" continues the report before (left out of the impersonal words)
    ("ja", KBS_JA, "1万1000人あまり", JCS),
    # ko: "공개한" modifies a noun ("북한이 공개한 전사자"): left out, the NIS's 2000 stays its own
    ("ko", NEWSIS, "2000여명", NIS),
    ("ko", NEWSIS, "350명 정도", NK),
    # en: "is estimated at" continues the report before (left out of the impersonal words)
    ("en", MEDUZA, "4,700", NIS),
    # en: "Reports indicate" after a named source is that source's (left out)
    ("en", DEFENSENEWS, "5,000", NIS),
    # es: "se han contabilizado" is the impersonal passive, not "han contabilizado" of a speaker
    ("es", HUFFPOST, "de entre 11.000 y 12.000", NOBODY),
    # ru: "Утверждается" goes on with the source before (not an impersonal estimate)
    ("ru", RAMBLER, "пять тысяч", NIS),
    # ru: "якобы" hedges a purpose ("якобы для инженерных работ"), not the figure: left out
    ("ru", FAKTY, "от 50 до 100", HUR),
    # uk: "за новими даними" of a country is an according word only: the closing sentence
    # still names the spy agency's briefing
    ("uk", BUKVY, "3000", NIS),
])
def test_a_form_that_means_something_else_does_not_attribute(lang: str, text: str, figure: str,
                                                              claimant: str) -> None:
    assert _claimant(text, lang, figure) == claimant
