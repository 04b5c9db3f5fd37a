"""Claimant classes of rounds 16zy7/16zz7 for each language (helper 16db, docs/articles.md).

* **An outlet relayed inside an attribution** (``_RELAYED_ASIDE`` of the en de fr es ru uk tables,
  inside the ``attribution_next`` and ``closes`` forms): "Про це, як пише «Главком», «Суспільному»
  розповів … Скібіцький" says whose the figures before are, as "Про це … розповів" does;
* **a hard-wrapped line** (:func:`analysis.articles.rules.line_goes_on`): "… напрямок. Про це\\n
  заявив президент …" is one sentence, so the headline's figure takes the body's source
  (the headline repeat of ``repeats.dedupe`` was there; "2-3 тисячі" and "2000-3000" are one
  figure);
* **North Korea's leader by surname** (``ARTICLES["leader_acts"]``,
  :func:`analysis.articles.abbrev.leader_surname`): "Kim depositó una flor blanca ante los retratos
  de nueve soldados" after "Kim Jong Un" is North Korea's leadership;
* **a country's media** (body ``media`` of ``claimant_grammar``, :data:`analysis.lang.BODIES`):
  "berichteten ukrainische Medien über 6 nordkoreanische Soldaten" is the news media's own report.

Every row of ``GAINS`` reads the wrong claimant on the session's start (76a2e1b7) and the one
written here after; ``STAYS`` read the same on both (the claimant written by hand).
"""


from article_sets import assert_claimant, kind_ids
from figure_sets import case_test

# (class, lang, text, the figure's number as written, the claimant)
GAINS = [
    # 1. an outlet relayed inside the sentence saying whose the figures are
    ("relayed", "uk",
     "Північна Корея продовжує надавати Росії військову підтримку, зокрема близько "
     "11 тисяч військових із КНДР наразі перебувають у Росії. Про це, як пише «Главком», "
     "«Суспільному» розповів заступник начальника Головного управління розвідки Міністерства "
     "оборони України Вадим Скібіцький.", "11 тисяч", "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "uk", "В Росії перебувають близько 11 тисяч військових КНДР. Про це, як повідомляє "
     "«РБК-Україна», заявив начальник ГУР Кирило Буданов.", "11 тисяч",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "ru", "Около 11 тысяч военных из КНДР находятся в России. Об этом, как пишет "
     "«Главком», «Суспильному» рассказал замначальника ГУР Вадим Скибицкий.", "11 тысяч",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "ru", "Около 11 тысяч военных из КНДР находятся в России. Об этом, как сообщает "
     "РБК-Украина, рассказал замначальника ГУР Вадим Скибицкий.", "11 тысяч",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "en", "About 11,000 North Korean troops are in Russia. This was stated, as Glavcom "
     "reports, by HUR deputy chief Vadym Skibitskyi.", "11,000",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "en",
     "About 11,000 North Korean troops are in Russia. That is, as Glavcom reports, "
     "according to HUR deputy chief Vadym Skibitskyi.", "11,000",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "de", "Rund 11.000 nordkoreanische Soldaten sind in Russland. Das hat, wie Glavcom "
     "berichtet, der Vizechef des ukrainischen Militärgeheimdienstes Wadym Skibizkyj gesagt.",
     "11.000", "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "fr",
     "Environ 11 000 soldats nord-coréens se trouvent en Russie. L'information a été "
     "communiquée, comme le rapporte Glavcom, par le renseignement militaire ukrainien.", "11 000",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "es", "Unos 11.000 soldados norcoreanos se encuentran en Rusia. La información fue "
     "difundida, según informa Glavkom, por la inteligencia militar ucraniana.", "11.000",
     "Ukraine Defence Intelligence (HUR)"),
    # 2. a line broken inside a sentence (round 16zz7's korrespondent.net, its layout)
    ("wrapped", "uk", "Росія може перекинути ще 2-3 тисячі північнокорейських військових на "
     "Курщину\nРосія має намір залучити додаткові північнокорейські сили на Курському напрямку.\n"
     "Ще 2000-3000 військових КНДР Росія збирається перекинути на Курський напрямок. Про це\n"
     "заявив президент Володимир Зеленський на пресконференції.", "2000-3000",
     "Volodymyr Zelensky (President of Ukraine)"),
    ("wrapped", "ru", "Около 11 тысяч военных КНДР находятся в Курской области. Об этом\n"
     "сообщил начальник ГУР Кирилл Буданов.", "11 тысяч", "Ukraine Defence Intelligence (HUR)"),
    ("wrapped", "en", "Some 11,000 North Korean troops are in the Kursk region. That is\n"
     "according to the South Korean spy agency.", "11,000",
     "South Korea National Intelligence Service (NIS)"),
    # 3. the leader by surname, after his full name
    ("leader", "es", "El líder norcoreano Kim Jong Un recibió a soldados de Corea del Norte que "
     "regresaron de Rusia. Durante la ceremonia, Kim depositó una flor blanca ante los retratos "
     "de nueve soldados fallecidos en combate.", "nueve",
     "North Korea (state media and leadership)"),
    ("leader", "en",
     "North Korean leader Kim Jong Un met the returning troops. Kim paid tribute to "
     "the nine soldiers killed in combat.", "nine", "North Korea (state media and leadership)"),
    ("leader", "de", "Nordkoreas Machthaber Kim Jong Un empfing die Soldaten. Kim legte Blumen vor "
     "den Porträts von neun gefallenen Soldaten nieder.", "neun",
     "North Korea (state media and leadership)"),
    ("leader", "fr",
     "Le dirigeant nord-coréen Kim Jong-un a accueilli les soldats. Kim a déposé une "
     "fleur devant les portraits de neuf soldats tués au combat.", "neuf",
     "North Korea (state media and leadership)"),
    ("leader", "ru", "Лидер КНДР Ким Чен Ын встретил вернувшихся военных. Ким возложил цветы к "
     "портретам девяти погибших в бою солдат.", "девяти",
     "North Korea (state media and leadership)"),
    ("leader", "uk", "Лідер КНДР Кім Чен Ин зустрів військових. Кім поклав квіти до портретів "
     "дев’яти загиблих у бою солдатів.", "дев’яти", "North Korea (state media and leadership)"),
    # 4. a country's media
    ("media", "de", "Am 3. Oktober berichteten ukrainische Medien über 6 nordkoreanische Soldaten, "
     "die in der Nähe von Donezk gefallen waren.", "6", "News media (own reporting)"),
    ("media", "en", "Ukrainian media reported that six North Korean soldiers were killed near "
     "Donetsk.", "six", "News media (own reporting)"),
    ("media", "fr", "Selon les médias ukrainiens, six soldats nord-coréens ont été tués près de "
     "Donetsk.", "six", "News media (own reporting)"),
    ("media", "fr", "La presse sud-coréenne rapporte que 600 soldats nord-coréens ont été tués.",
     "600", "News media (own reporting)"),
    ("media", "es", "Según medios ucranianos, seis soldados norcoreanos murieron cerca de Donetsk.",
     "seis", "News media (own reporting)"),
    ("media", "es", "La prensa surcoreana informó que 600 soldados norcoreanos murieron.", "600",
     "News media (own reporting)"),
    ("media", "ko", "우크라이나 언론에 따르면 북한군 6명이 도네츠크 인근에서 사망했다.", "6명",
     "News media (own reporting)"),
    ("media", "ko", "한국 언론들은 북한군 600명이 사망했다고 보도했다.", "600명",
     "News media (own reporting)"),
    ("media", "ja", "ウクライナメディアによると、北朝鮮兵6人がドネツク近郊で死亡した。", "6人",
     "News media (own reporting)"),
    ("media", "ja", "韓国メディアは、北朝鮮兵600人が死亡したと報じた。", "600人",
     "News media (own reporting)"),
]

STAYS = [
    # (review) a South Korean minister named "Kim" after his title, in an article that named Kim
    # Jong Un before: the ministry's figure, no North Korean one (the start read it so)
    ("leader", "en", "Kim Jong Un visited the families of fallen soldiers on Monday. South Korean "
     "Defence Minister Kim said North Korea had sent 3,000 more troops to Russia.", "3,000",
     "South Korea Ministry of National Defense"),
    ("leader", "de", "Kim Jong Un besuchte am Montag die Familien gefallener Soldaten. Der "
     "südkoreanische Verteidigungsminister Kim sagte, Nordkorea habe 3000 weitere Soldaten nach "
     "Russland geschickt.", "3000", "South Korea Ministry of National Defense"),
    ("leader", "ru", "Ким Чен Ын посетил семьи погибших солдат. Министр обороны Южной Кореи Ким "
     "заявил, что КНДР отправила еще 3000 военных в Россию.", "3000",
     "South Korea Ministry of National Defense"),
    # 1. the relaying outlet named in the figure's own sentence yields already; Korean, Japanese
    # and Spanish relay clauses did not break the next sentence's attribution on the start
    ("relayed", "en",
     "About 11,000 North Korean troops are in Russia, as Glavcom reports, HUR deputy "
     "chief Vadym Skibitskyi told Suspilne.", "11,000", "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "ru",
     "Около 11 тысяч военных из КНДР находятся в России, как сообщает РБК-Украина, "
     "рассказал замначальника ГУР Вадим Скибицкий.", "11 тысяч",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "es", "Unos 11.000 soldados norcoreanos se encuentran en Rusia. Así lo dijo, según "
     "informa Glavkom, el subjefe de la inteligencia militar ucraniana, Vadym Skibitskyi.",
     "11.000", "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "ko",
     "북한군 약 1만1000명이 러시아에 있다. 우크라이나 매체 글라브콤이 "
     "보도한 바에 따르면 "
     "우크라이나 국방정보총국 부국장 바딤 스키비츠키는 이같이 말했다.", "1만1000명",
     "Ukraine Defence Intelligence (HUR)"),
    ("relayed", "ja",
     "北朝鮮兵約1万1000人がロシアにいる。ウクライナメディアのグラフコムが"
     "報じたところによると、"
     "ウクライナ国防省情報総局のスキビツキー副局長がこう述べた。", "1万1000人",
     "Ukraine Defence Intelligence (HUR)"),
    # the source of the figure's own sentence is not displaced by a relay aside after it
    ("relayed", "ru",
     "Около 11 тысяч военных КНДР находятся в России, заявил Буданов. Об этом, как "
     "пишет «Главком», рассказал и Скибицкий.", "11 тысяч", "Ukraine Defence Intelligence (HUR)"),
    # an aside that relays nothing ("как и ранее") does not make a back-reference of it
    ("relayed", "ru", "Около 11 тысяч военных КНДР находятся в России. Об этом, как и о потерях, "
     "ничего не известно.", "11 тысяч", "Unattributed"),
    # 2. a headline over a capitalised body line, Ukrainian lower-case "росія" after a headline
    ("wrapped", "uk", "Щонайменше десять ракет виробництва КНДР – Держдеп США\nросія запустила "
     "щонайменше десять північнокорейських ракет, заявили в Держдепі.", "десять",
     "US State Department"),
    ("wrapped", "en", "North Korea sends 11,000 troops\nThe NIS said on Friday that 11,000 North "
     "Korean troops had arrived in Russia.", "11,000",
     "South Korea National Intelligence Service (NIS)"),
    # 3. the surname of another person: nobody; the leader sending: no source (as his full name)
    ("leader", "en",
     "North Korean leader Kim Jong Un met the troops, South Korean Defence Minister "
     "Kim Yong-hyun said. Kim paid tribute to the nine soldiers killed in combat.", "nine",
     "Unattributed"),
    ("leader", "en",
     "North Korean leader Kim Jong Un met the troops. Kim sent another 6,000 troops "
     "to Russia.", "6,000", "Unattributed"),
    ("leader", "ru", "Лидер КНДР Ким Чен Ын встретил военных. Ким отправил в Россию еще 6 тысяч "
     "военных.", "6 тысяч", "Unattributed"),
    ("leader", "es",
     "Durante la ceremonia, Kim depositó una flor blanca ante los retratos de nueve "
     "soldados fallecidos en combate.", "nueve", None),  # no full name before: no figure read
    # 4. what the tables read already: "Medienbericht", the Russian and Ukrainian bare nouns
    # ("СМИ", "ЗМІ" are the news media whatever country's)
    ("media", "de", "Laut südkoreanischen Medienberichten wurden rund 600 nordkoreanische Soldaten "
     "getötet.", "600", "News media (own reporting)"),
    ("media", "ru", "Украинские СМИ сообщили о гибели шести северокорейских военных под Донецком.",
     "шести", "News media (own reporting)"),
    ("media", "ru", "По данным южнокорейских СМИ, погибли 600 северокорейских военных.", "600",
     "News media (own reporting)"),
    ("media", "uk",
     "Українські ЗМІ повідомили про загибель шести північнокорейських військових під "
     "Донецьком.", "шести", "News media (own reporting)"),
    # 4. the media citing a named source yield to it; the media interviewing a source are none;
    # Russia's media as the tables named them
    ("media", "en", "South Korean media reported, citing the NIS, that 600 North Korean soldiers "
     "were killed.", "600", "South Korea National Intelligence Service (NIS)"),
    ("media", "de",
     "Ukrainische Medien berichteten unter Berufung auf den Militärgeheimdienst HUR, "
     "dass 6 nordkoreanische Soldaten gefallen sind.", "6", "Ukraine Defence Intelligence (HUR)"),
    ("media", "uk", "В інтерв’ю українським ЗМІ Буданов заявив, що загинули 600 північнокорейських "
     "військових.", "600", "Ukraine Defence Intelligence (HUR)"),
    ("media", "en", "US press secretary Karine Jean-Pierre said 600 North Korean soldiers were "
     "killed.", "600", "White House"),
    ("media", "fr", "Plusieurs agences de presse russes ont rapporté que la Corée du Nord fournira "
     "1 000 démineurs, selon Sergei Shoigu, le chef du Conseil de sécurité de la Russie.", "1 000",
     "Russian Security Council (Sergei Shoigu)"),
    ("media", "en", "Russian media reported that 600 North Korean soldiers were killed.", "600",
     "Russian media"),
]


test_the_class_gives_the_figure_its_source = case_test(
    GAINS, assert_claimant, argnames="kind, lang, text, figure, claimant", ids=kind_ids(GAINS))
test_near_misses_keep_their_reading = case_test(
    STAYS, assert_claimant, argnames="kind, lang, text, figure, claimant", ids=kind_ids(STAYS))
