"""The article reader's precision tables across the eight languages (helper 16px, issue 16).

Each construction of a precision field (docs/articles.md, "Session of 2026-12-05 (ninth): fields
across languages (helper 16px)") written in every language that has it: the number it marks is
no longer read as a figure of the story, or is read right (a projection "could die" keeps its
own noun, a deployment), and the figure of the story in the same sentence or a sentence like it
stays (the negatives: "3,000 … may have been killed", "Северная Корея потеряла 101 солдата",
"общие потери Северной Кореи составили около 4700"). Sentences marked "real sentence" are from
the stored pages (some shortened); the others are written for the test.

Fields: ``hypothetical`` (de ru uk; fr es en more forms), ``losses_of`` (Russia's losses told
as a noun in every language, "Russland hat … verloren"), ``not_figure_after`` (pages, kinds of,
camps, hospital beds), ``not_figure_before`` (calibre, page, France 24), ``excluded`` (the
combined forces, aid containers, the people a reporter spoke to), ``other_side`` (Chechens and
Akhmat, other wars, strikes on Kyiv), ``weapons`` (guns, howitzers), ``new_topic`` (with
``carry.ends``: the recalling openings), ``determiners`` ("otros soldados"), ``planned``
(arrivals to come, promises: "llegarán", "a promis d'envoyer", "파병을 약속").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

PUBLISHED = "2024-12-01"

HYPOTHETICAL = [
    ('en',
     'Up to 12,000 North Korean troops could die in the Kursk offensive by spring, the '
     'analyst said.',
     [('Up to 12,000', 'deployed')]),
    ('en',
     'All 12,000 North Korean soldiers are likely to be killed or wounded by April, the '
     'think tank said.',
     [('12,000', 'deployed')]),
    ('de',
     'Bis zu 12.000 nordkoreanische Soldaten könnten bis Mitte April getötet oder '
     'verwundet werden, schätzt das Institut.',
     [('Bis zu 12.000', 'deployed')]),
    ('de',
     'Nach Angaben Seouls könnten bereits 3.000 nordkoreanische Soldaten getötet oder '
     'verwundet worden sein.',
     [('3.000', 'killed_or_wounded')]),
    ('fr',
     "Les 12 000 soldats nord-coréens pourraient tous périr d'ici le printemps, estime "
     "l'analyste.",
     [('12 000', 'deployed')]),
    ('fr',
     'Au moins 3 000 soldats nord-coréens auraient péri, selon Séoul.',
     [('Au moins 3 000', 'killed')]),
    ('es',
     'Los 12.000 soldados norcoreanos podrían morir en pocos meses, advierte el analista.',
     [('12.000', 'deployed')]),
    ('es',
     'Unos 3.000 soldados norcoreanos habrían muerto, según Seúl.',
     [('Unos 3.000', 'killed')]),
    ('ru',
     'Все 12 тысяч северокорейских военных могут погибнуть до весны, считает аналитик.',
     [('12 тысяч', 'deployed')]),
    ('ru',
     'По данным разведки, около 3 тысяч северокорейских военных могли погибнуть.',
     [('около 3 тысяч', 'killed')]),
    ('uk',
     'Усі 12 тисяч північнокорейських військових можуть загинути до весни, вважає '
     'аналітик.',
     [('12 тисяч', 'deployed')]),
    # real sentence: nachrichtenagentur.radio-utopie.de (death toll tag page)
    ('de',
     'Der ukrainische Präsident Wolodymyr Selenskyj hatte am Montag gesagt, dass bereits '
     'über 3.000 nordkoreanische Soldaten in Kämpfen in Kursk getötet oder verwundet '
     'worden seien.',
     [('über 3.000', 'killed_or_wounded')]),
]

LOSSES_OF = [
    ('en',
     'Russia has already lost more than 700,000 soldiers, while North Korea sent 11,000 '
     'troops.',
     [('11,000', 'deployed')]),
    ('de',
     'Russland hat in diesem Krieg über 700.000 Soldaten verloren; Nordkorea schickte '
     '11.000 Soldaten.',
     [('11.000', 'deployed')]),
    ('de',
     'Nordkorea hat nach Angaben Seouls rund 4.700 Soldaten verloren.',
     [('rund 4.700', 'killed_or_wounded')]),
    ('fr',
     "Les pertes russes s'élèvent à 700 000 hommes, et la Corée du Nord a envoyé 11 000 "
     'soldats.',
     [('11 000', 'deployed')]),
    ('es',
     'Las pérdidas rusas ascienden a 700.000 soldados, y Corea del Norte envió 11.000 '
     'soldados.',
     [('11.000', 'deployed')]),
    ('ru',
     'Потери российской армии составили 700 тысяч человек, а КНДР отправила 11 тысяч '
     'военных.',
     [('11 тысяч', 'deployed')]),
    # real sentence: meduza.io/news/2025/09/02
    ('ru',
     'По данным Reuters на конец апреля 2025 года, общие потери Северной Кореи составили '
     'около 4700 военных, включая раненых и погибших.',
     [('около 4700', 'killed_or_wounded')]),
    ('uk',
     'Втрати ворога становлять 700 тисяч осіб, а КНДР відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('uk',
     'Північна Корея втратила 101 солдата під час боїв за Курську область.',
     [('101', 'killed_or_wounded')]),
    ('ko',
     '러시아군의 병력 손실은 70만 명에 달하며, 북한은 1만 1000명을 파병했다.',
     [('1만 1000명', 'deployed')]),
    ('ko',
     '러시아는 지금까지 70만 명을 잃었고 북한은 1만 1000명을 파병했다.',
     [('70만 명', 'deployed'), ('1만 1000명', 'deployed')]),
    ('ko',
     '국정원은 북한군 사상자가 4000명에 달한다고 밝혔다.',
     [('4000명', 'killed_or_wounded')]),
    ('ja',
     'ロシア軍の損失は70万人に達し、北朝鮮は1万1000人を派遣した。',
     [('1万1000人', 'deployed')]),
    ('ja',
     '国家情報院は、北朝鮮軍の死傷者が4000人に達したと明らかにした。',
     [('4000人', 'killed_or_wounded')]),
    # real sentence: klops.ru/other/2025-08-22/364633
    ('ru',
     'Северная Корея потеряла 101 солдата во время боёв за Курскую область.',
     [('101', 'killed_or_wounded')]),
    # real sentence: el-aviso.es/weltnachrichten/…/32414 (shortened)
    ('de',
     'Westliche Beamte haben der BBC mitgeteilt, dass von den geschätzten 11.000 Truppen, '
     'die aus Nordkorea geschickt wurden, 4.000 Kriegsverluste erlitten haben.',
     [('geschätzten 11.000', 'deployed'), ('4.000', 'killed_or_wounded')]),
]

NOT_AFTER = [
    ('de',
     'Der Bericht umfasst 40 Seiten und besagt, dass Nordkorea 11.000 Soldaten geschickt '
     'habe.',
     [('11.000', 'deployed')]),
    ('fr',
     'Le rapport de 40 pages indique que la Corée du Nord a envoyé 11 000 soldats.',
     [('11 000', 'deployed')]),
    ('es',
     'El informe de 40 páginas indica que Corea del Norte envió 11.000 soldados.',
     [('11.000', 'deployed')]),
    ('ru',
     'В докладе объемом 40 страниц говорится, что КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'У звіті обсягом 40 сторінок ідеться, що КНДР відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('ko',
     '40페이지 분량의 보고서에 따르면 북한은 1만 1000명을 파병했다.',
     [('1만 1000명', 'deployed')]),
    ('ja',
     '40ページの報告書によると、北朝鮮は1万1000人を派遣した。',
     [('1万1000人', 'deployed')]),
    ('ru',
     'КНДР передала России 5 видов ракет и отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'КНДР передала Росії 5 типів ракет і відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('ko',
     '북한은 5종의 미사일을 제공하고 1만 1000명을 파병했다.',
     [('1만 1000명', 'deployed')]),
    ('ja',
     '北朝鮮は5種類のミサイルを提供し、1万1000人を派遣した。',
     [('1万1000人', 'deployed')]),
    ('en',
     'The troops trained at 5 camps in the Far East before North Korea sent 11,000 '
     'soldiers to Kursk.',
     [('11,000', 'deployed')]),
    ('en',
     'A military hospital in North Korea with 500 beds has treated about 2,000 wounded '
     'Russian soldiers.',
     [('about 2,000', 'treated_in_north_korea')]),
    ('de',
     'Ein Militärkrankenhaus in Nordkorea mit 500 Betten hat rund 2.000 verwundete '
     'russische Soldaten behandelt.',
     [('rund 2.000', 'treated_in_north_korea')]),
    ('fr',
     'Un hôpital militaire nord-coréen de 500 lits a soigné environ 2 000 soldats russes '
     'blessés.',
     [('environ 2 000', 'treated_in_north_korea')]),
    ('es',
     'Un hospital militar en Corea del Norte con 500 camas ha atendido a unos 2.000 '
     'soldados rusos heridos.',
     [('unos 2.000', 'treated_in_north_korea')]),
    ('ru',
     'Военный госпиталь в КНДР на 500 коек принял около 2 тысяч раненых российских '
     'военных.',
     [('около 2 тысяч', 'treated_in_north_korea')]),
    ('uk',
     'Військовий шпиталь у КНДР на 500 ліжок прийняв близько 2 тисяч поранених російських '
     'військових.',
     [('близько 2 тисяч', 'treated_in_north_korea')]),
    ('ko',
     '북한의 500병상 규모 군 병원이 부상당한 러시아 군인 약 2000명을 치료했다.',
     [('약 2000명', 'treated_in_north_korea')]),
    ('ja',
     '北朝鮮の500床の軍病院が、負傷したロシア兵約2000人を治療した。',
     [('約2000人', 'treated_in_north_korea')]),
    ('ko',
     '우크라이나 측은 3장의 사진을 공개하며 북한군 2명을 생포했다고 밝혔다.',
     [('3', 'deployed'), ('2명', 'captured')]),
    ('ja',
     'ウクライナ側は写真を3枚公開し、北朝鮮兵2人を捕虜にしたと発表した。',
     [('3', 'deployed'), ('2人', 'captured')]),
    # the exchange format of ru/uk ("1000 на 1000") in the other languages
    ('en',
     'Ukraine and Russia swapped prisoners in a 1,000-for-1,000 exchange; North Korea has '
     'sent 11,000 troops.',
     [('11,000', 'deployed')]),
    ('en', 'North Korea sent 11,000 troops for 6 months.', [('11,000', 'deployed')]),
    ('de',
     'Beim Austausch 1000 gegen 1000 wurden keine nordkoreanischen Soldaten übergeben, obwohl '
     'Nordkorea 11.000 Soldaten entsandt hat.',
     [('11.000', 'deployed')]),
    ('fr',
     "Lors de l'échange de prisonniers 1000 contre 1000, aucun des 2 soldats nord-coréens "
     "capturés n'a été remis.",
     [('2', 'captured')]),
    ('es',
     'En el canje de prisioneros 1.000 por 1.000 no se incluyó a los 2 soldados norcoreanos '
     'capturados.',
     [('2', 'captured')]),
    ('ja', '1000対1000の捕虜交換に、捕虜となった北朝鮮兵2人は含まれなかった。',
     [('2人', 'captured')]),
    # real sentence: pravda.com.ua (the format already handled in Ukrainian)
    ('uk',
     'Солдати КНДР, які перебувають у полоні в Україні, не були внесені до обміну '
     'військовополоненими у форматі “1000 на 1000” між Україною та Росією',
     []),
    # regions counted (as en "regions")
    ('de', 'Nordkoreanische Soldaten kämpfen in 2 Regionen, Nordkorea hat 11.000 Soldaten '
           'geschickt.',
     [('11.000', 'deployed')]),
    ('fr', 'Les soldats nord-coréens combattent dans 2 régions ; la Corée du Nord a envoyé 11 000 '
           'soldats.', [('11 000', 'deployed')]),
    ('es', 'Los soldados norcoreanos combaten en 2 regiones; Corea del Norte envió 11.000 '
           'soldados.',
     [('11.000', 'deployed')]),
    ('ru', 'Северокорейские военные воюют в 2 регионах, всего КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk', 'Північнокорейські військові воюють у 2 областях, загалом КНДР відправила 11 тисяч '
           'військових.', [('11 тисяч', 'deployed')]),
    ('ru', 'КНДР отправила 11 тысяч военных в Курскую область.', [('11 тысяч', 'deployed')]),
    # aircraft (as en "aircraft", "jets")
    ('de', 'Russland hat Nordkorea 10 Kampfjets geliefert, Nordkorea schickte 11.000 Soldaten.',
     [('11.000', 'deployed')]),
    ('fr', "La Russie aurait livré 10 avions de chasse à la Corée du Nord, qui a envoyé 11 000 "
           "soldats.", [('11 000', 'deployed')]),
    ('es', 'Rusia habría entregado 10 aviones de combate a Corea del Norte, que envió 11.000 '
           'soldados.', [('11.000', 'deployed')]),
    ('ru', 'Россия передала КНДР 10 истребителей, а КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk', 'Росія передала КНДР 10 винищувачів, а КНДР відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('ko', '북한은 러시아에 1만 1000명을 파병했고, 병사들은 12인치 화면으로 훈련 영상을 봤다.',
     [('1만 1000명', 'deployed')]),
    # informed sources counted (as en "people familiar with", de "mit der Sache vertraute")
    ('ru', '3 осведомленных источника сообщили, что КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk', '3 обізнані джерела повідомили, що КНДР відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
]

NOT_BEFORE = [
    ('de',
     'Nordkorea lieferte Granaten vom Kaliber 152 und schickte 11.000 Soldaten.',
     [('11.000', 'deployed')]),
    ('ru',
     'КНДР поставила снаряды калибра 152 и отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'КНДР постачила снаряди калібру 152 і відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('en',
     'North Korea supplied shells of calibre 152 and sent 11,000 troops.',
     [('11,000', 'deployed')]),
    ('ru',
     'На странице 12 доклада говорится, что КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'На сторінці 12 звіту йдеться, що КНДР відправила 11 тисяч військових.',
     [('11 тисяч', 'deployed')]),
    ('ru',
     'Как сообщил телеканал France 24, КНДР отправила в Россию 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    # the people a reporter spoke to (as "побеседовал с", "поспілкувався з")
    ('ru', 'Журналисты поговорили с 3 военными КНДР, которых отправили в Россию.', []),
    ('uk', 'Журналісти поговорили з 3 військовими КНДР, яких відправили до Росії.', []),
    # names listed (the devset's fr-kbs-88921, in every language)
    ('en',
     'The document lists the names of nine soldiers with their dates of birth; North Korea '
     'sent 11,000 troops.',
     [('11,000', 'deployed')]),
    ('de', 'Das Dokument nennt die Namen von neun Soldaten; Nordkorea schickte 11.000 Soldaten.',
     [('11.000', 'deployed')]),
    # real sentence: kbs.co.kr (French edition; the devset's fr-kbs-88921)
    ('fr',
     "Il mentionne les noms de neuf soldats avec leur date de naissance, le numéro de leur "
     "arme, leur groupe sanguin et d'autres informations personnelles.",
     []),
    ('es', 'El documento recoge los nombres de nueve soldados; Corea del Norte envió 11.000 '
           'soldados.', [('11.000', 'deployed')]),
    ('ru', 'В документе указаны имена девяти солдат, КНДР отправила 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk', "У документі вказано імена дев'яти солдатів, КНДР відправила 11 тисяч військових.",
     [('11 тисяч', 'deployed')]),
    ('ko', '문서에는 9명의 이름과 생년월일이 적혀 있었고, 북한은 1만 1000명을 파병했다.',
     [('1만 1000명', 'deployed')]),
    ('ja', '文書には9人の兵士の名前が記されており、北朝鮮は1万1000人を派遣した。',
     [('1万1000人', 'deployed')]),
]

EXCLUDED = [
    ('de',
     'Die kombinierten russisch-nordkoreanischen Streitkräfte zählen 50.000 Mann, darunter'
     ' 11.000 Nordkoreaner.',
     []),
    ('uk',
     "Об'єднані російсько-північнокорейські сили налічують 50 тисяч військових.",
     []),
    ('en',
     'The BBC spoke to 2 defectors, whom the BBC interviewed in Seoul; North Korea has '
     'sent 11,000 troops.',
     [('11,000', 'deployed')]),
    ('en',
     'The three defectors whom the BBC interviewed in Seoul described the training.',
     []),
    ('de',
     'Die 3 Überläufer, mit denen die BBC in Seoul gesprochen hat, schilderten die '
     'Ausbildung.',
     []),
    ('fr',
     "Les 3 transfuges avec qui la BBC a parlé à Séoul ont décrit l'entraînement.",
     []),
    ('es',
     'Los 3 desertores con quienes habló la BBC en Seúl describieron el entrenamiento.',
     []),
    ('de',
     'Russland schickte 30 Hilfscontainer nach Nordkorea, das 11.000 Soldaten entsandt '
     'hat.',
     [('11.000', 'deployed')]),
    ('fr',
     "La Russie a envoyé 30 conteneurs d'aide à la Corée du Nord.",
     []),
    ('es',
     'Rusia envió 30 contenedores de ayuda a Corea del Norte.',
     []),
    # a clause dated before the war (as ko "2019년 당시"), a stock or an army held (as ko 보유)
    # (the year opens the clause: a year inside it dates something else)
    ('ru', 'КНДР отправила в Россию 11 тысяч военных, которые проходили подготовку в 2019 году.',
     [('11 тысяч', 'deployed')]),
    ('en',
     'North Korea has an army of 1.2 million soldiers and sent 11,000 to Russia.',
     []),
    ('en',
     'Since 2019, North Korea has sent 30,000 workers to Russia.',
     [('30,000', 'workers_sent')]),
    ('en',
     'In 2024, North Korea sent 11,000 troops to Russia.',
     [('11,000', 'deployed')]),
    ('de',
     'Im Jahr 2019 arbeiteten 30.000 nordkoreanische Arbeiter in Russland.',
     []),
    ('fr',
     "L'armée de Kim Jong-un a envoyé 11 000 soldats en Russie.",
     [('11 000', 'deployed')]),
    ('es',
     'En 2019 había 30.000 trabajadores norcoreanos en Rusia.',
     []),
    ('es',
     'El ejército de Kim Jong-un envió 11.000 soldados a Rusia.',
     [('11.000', 'deployed')]),
    ('ru',
     'В 2019 году в России работали 30 тысяч северокорейских рабочих.',
     []),
    ('ru',
     'В 2024 году КНДР отправила в Россию 11 тысяч военных.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'У 2019 році в Росії працювали 30 тисяч північнокорейських робітників.',
     []),
    ('ja',
     '北朝鮮は1000万発の砲弾を保有しているとされる。',
     []),
    ('en',
     'North Korea is believed to hold a stockpile of 10 million shells.',
     []),
    ('en',
     'North Korea has sent Russia 1 million shells from its stockpiles.',
     [('1 million', 'materiel_sent')]),
    ('ru',
     'КНДР располагает запасом в 10 миллионов снарядов.',
     []),
    ('ru',
     'КНДР передала России 1 млн снарядов из своих запасов.',
     [('1 млн', 'materiel_sent')]),
    ('uk',
     'КНДР має запаси у 10 мільйонів снарядів.',
     []),
    ('de',
     'Nordkorea verfügt über einen Vorrat von 10 Millionen Granaten.',
     []),
    ('fr',
     "La Corée du Nord dispose d'un stock de 10 millions d'obus.",
     []),
    ('es',
     'Corea del Norte cuenta con reservas de 10 millones de proyectiles.',
     []),
    ('ru',
     'КНДР располагает армией численностью 1,2 миллиона человек и отправила 11 тысяч '
     'военных.',
     [('11 тысяч', 'deployed')]),

]

OTHER_SIDE = [
    ('de',
     'Nordkoreanische Soldaten töteten versehentlich 8 tschetschenische Kämpfer.',
     []),
    ('ru',
     'Северокорейские военные по ошибке убили 8 чеченских бойцов.',
     []),
    ('uk',
     'Північнокорейські військові помилково вбили 8 чеченських бійців.',
     []),
    ('fr',
     'Les soldats nord-coréens ont tué par erreur 8 combattants tchétchènes.',
     []),
    ('es',
     'Los soldados norcoreanos mataron por error a 8 combatientes chechenos.',
     []),
    ('ru',
     'В результате удара по Киеву погибли 12 человек.',
     []),
    ('uk',
     'Внаслідок удару по Києву загинули 12 людей.',
     []),
    ('fr',
     'Selon Kyiv, les forces ukrainiennes ont perdu 500 hommes.',
     []),
    ('es',
     'Según Kiev, las fuerzas ucranianas perdieron 500 hombres.',
     []),
    ('ru',
     'В атаках на Курщине участвуют 12 тысяч северокорейских военных.',
     [('12 тысяч', 'deployed')]),
    ('en',
     'North Korea has sent 11,000 troops to Kursk. In the shelling, 8 Akhmat fighters were'
     ' killed.',
     [('11,000', 'deployed')]),
    ('ru',
     'КНДР отправила в Курскую область 11 тысяч военных. При обстреле погибли 8 бойцов '
     '«Ахмата».',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'КНДР відправила до Курської області 11 тисяч військових. Під час обстрілу загинули 8'
     ' бійців «Ахмату».',
     [('11 тисяч', 'deployed')]),
    ('de',
     'Nordkorea hat 11.000 Soldaten nach Kursk geschickt. Bei dem Beschuss wurden 8 '
     'Achmat-Kämpfer getötet.',
     [('11.000', 'deployed')]),
    ('fr',
     'La Corée du Nord a envoyé 11 000 soldats à Koursk. Lors du bombardement, 8 '
     "combattants d'Akhmat ont été tués.",
     [('11 000', 'deployed')]),
    ('es',
     'Corea del Norte envió 11.000 soldados a Kursk. En el bombardeo murieron 8 '
     'combatientes de Ajmat.',
     [('11.000', 'deployed')]),
    # real sentence: meduza.io/news/2025/09/02
    ('ru',
     'Около двух тысяч северокорейских военных погибли в боях в Курской области, воюя на '
     'стороне армии России, заявили в разведке Южной Кореи.',
     [('Около двух тысяч', 'killed')]),
    # real sentence: dsnews.ua (BBC: українці на Курщині ... 22012025)
    ('uk',
     'Станом на середину січня північнокорейські війська у боях із Силами оборони України '
     'в Курській області Росії втратили вбитими та пораненими близько чотирьох тисяч '
     'людей, з них близько тисячі загиблими',
     [('близько чотирьох тисяч', 'killed_or_wounded'), ('близько тисячі', 'killed')]),
    ('de',
     'Nordkorea hat 11.000 Soldaten nach Russland geschickt. In Gaza wurden 12 israelische '
     'Soldaten getötet.',
     [('11.000', 'deployed')]),
    ('ko',
     '북한은 러시아에 1만 1000명을 파병했다. 가자지구에서는 이스라엘군 12명이 숨졌다.',
     [('1만 1000명', 'deployed')]),
    ('ja',
     '北朝鮮はロシアに1万1000人を派遣した。ガザ地区ではイスラエル兵12人が死亡した。',
     [('1万1000人', 'deployed')]),
    # Russian troops, fighters and strikes (as en "Russian troops", "Russian missile strikes")
    ('ru', 'КНДР отправила в Россию 11 тысяч военных. В боях погибли 200 российских бойцов.',
     [('11 тысяч', 'deployed')]),
    ('uk', 'КНДР відправила до Росії 11 тисяч військових. У боях загинули 200 російських бійців.',
     [('11 тисяч', 'deployed')]),
    ('ru', 'КНДР отправила в Россию 11 тысяч военных. В результате российских ударов погибли 12 '
           'человек.', [('11 тысяч', 'deployed')]),
    ('uk', 'КНДР відправила до Росії 11 тисяч військових. Унаслідок російських ударів загинули 12 '
           'людей.', [('11 тисяч', 'deployed')]),
    ('ru', 'В составе российских войск в Курской области воюют 11 тысяч северокорейских военных.',
     [('11 тысяч', 'deployed')]),
    ('uk', 'У складі російських військ у Курській області воюють 11 тисяч північнокорейських '
           'військових.', [('11 тисяч', 'deployed')]),
    # real sentences: the other side named beside the story's figures, which stay
    # (nachrichtenagentur.radio-utopie.de; devdiscourse.com/article/politics/3222383;
    # shadowgroupp.com/ukraine-offers-exchange-north-korean-soldiers)
    ('de',
     'Nordkorea hatte schätzungsweise 10.000 bis 12.000 Soldaten in die Region Kursk '
     'geschickt, um Russland in dessen Krieg gegen die Ukraine zu helfen.',
     [('schätzungsweise 10.000 bis 12.000', 'deployed')]),
    ('en',
     'Estimates suggest around 11,000 North Korean soldiers are supporting Russian forces in '
     'the region, though Moscow has not confirmed their presence.',
     [('around 11,000', 'deployed')]),
    ('en',
     'According to South Korean intelligence, around 300 North Korean soldiers have been '
     'killed, and 2,700 have been injured in combat against Ukrainian forces.',
     [('around 300', 'killed'), ('2,700', 'wounded')]),
]

WEAPONS = [
    ('ru',
     'В результате обстрела из северокорейских орудий погибли 10 человек.',
     []),
    ('uk',
     'Внаслідок обстрілу з північнокорейських гармат загинули 10 людей.',
     []),
    ('ko',
     '북한제 곡사포 포격으로 10명이 숨졌다.',
     []),
    ('ja',
     '北朝鮮製の榴弾砲による砲撃で10人が死亡した。',
     []),
]

NEW_TOPIC = [
    ('en',
     "Ukraine's intelligence said 11,000 North Korean troops were in Kursk. Recall that "
     '3,000 had been killed by January.',
     [('11,000', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3,000', 'killed', 'Unattributed')]),
    ('ru',
     'По данным ГУР, в Курской области находятся 11 тысяч военных КНДР. Стоит напомнить, '
     'что к январю погибли 3 тысячи.',
     [('11 тысяч', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3 тысячи', 'killed', 'Unattributed')]),
    ('uk',
     'За даними ГУР, у Курській області перебувають 11 тисяч військових КНДР. Варто '
     'нагадати, що до січня загинули 3 тисячі.',
     [('11 тисяч', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3 тисячі', 'killed', 'Unattributed')]),
    ('de',
     'Laut dem ukrainischen Geheimdienst sind 11.000 nordkoreanische Soldaten in Kursk. Es'
     ' sei daran erinnert, dass bereits 3.000 nordkoreanische Soldaten getötet wurden.',
     [('11.000', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3.000', 'killed', 'Unattributed')]),
    ('fr',
     'Selon le renseignement ukrainien, 11 000 soldats nord-coréens sont à Koursk. Il '
     'convient de rappeler que 3 000 avaient été tués en janvier.',
     [('11 000', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3 000', 'killed', 'Unattributed')]),
    ('es',
     'Según la inteligencia ucraniana, 11.000 soldados norcoreanos están en Kursk. '
     'Recordemos que 3.000 habían muerto en enero.',
     [('11.000', 'deployed', 'Ukraine Defence Intelligence (HUR)'),
      ('3.000', 'killed', 'Unattributed')]),
    ('ko',
     '국정원은 북한군 1만 1000명이 쿠르스크에 있다고 밝혔다. 상기하자면 1월까지 3000명이 사망했다.',
     [('1만 1000명', 'deployed', 'South Korea National Intelligence Service (NIS)'),
      ('3000명', 'killed', 'Unattributed')]),
    ('ja',
     '国家情報院によると、北朝鮮兵1万1000人がクルスクにいる。ちなみに、1月までに3000人が死亡した。',
     [('1万1000人', 'deployed', 'South Korea National Intelligence Service (NIS)'),
      ('3000人', 'killed', 'Unattributed')]),
]

DETERMINERS = [
    ('de',
     'Die Ukraine hat mehrere nordkoreanische Soldaten gefangen genommen.',
     [('mehrere', 'captured')]),
    ('fr',
     "L'Ukraine a capturé plusieurs soldats nord-coréens.",
     [('plusieurs', 'captured')]),
    ('es',
     'Ucrania capturó a varios soldados norcoreanos.',
     [('varios', 'captured')]),
    ('es',
     'Ucrania capturó a otros soldados norcoreanos.',
     [('otros soldados', 'captured')]),
    ('ru',
     'ВСУ взяли в плен нескольких северокорейских военных.',
     [('нескольких', 'captured')]),
    ('uk',
     'ЗСУ взяли в полон кількох північнокорейських військових.',
     [('кількох', 'captured')]),
]

# (a later wave: the articles are published after the first troops arrived, rules.later_wave)
PLANNED = [
    ('en',
     'About 6,000 North Korean troops will arrive in Kursk by the end of the month, the '
     'GUR said.',
     [('About 6,000', 'additional_deployed')]),
    ('en',
     'About 11,000 North Korean troops arrived in Kursk in November.',
     [('About 11,000', 'deployed')]),
    ('de',
     'Rund 6.000 nordkoreanische Soldaten sollen bis Ende des Monats in Kursk eintreffen.',
     [('Rund 6.000', 'additional_deployed')]),
    ('de',
     'Rund 11.000 nordkoreanische Soldaten sind im November in Kursk eingetroffen.',
     [('Rund 11.000', 'deployed')]),
    ('fr',
     "Environ 6 000 soldats nord-coréens arriveront à Koursk d'ici la fin du mois.",
     [('Environ 6 000', 'additional_deployed')]),
    ('fr',
     "Pyongyang a promis d'envoyer 6 000 soldats en Russie.",
     [('6 000', 'additional_deployed')]),
    ('fr',
     'Environ 11 000 soldats nord-coréens sont arrivés à Koursk en novembre.',
     [('Environ 11 000', 'deployed')]),
    ('es',
     'Unos 6.000 soldados norcoreanos llegarán a Kursk a finales de mes.',
     [('Unos 6.000', 'additional_deployed')]),
    ('es',
     'Pyongyang prometió enviar 6.000 soldados a Rusia.',
     [('6.000', 'additional_deployed')]),
    ('es',
     'Unos 11.000 soldados norcoreanos llegaron a Kursk en noviembre.',
     [('Unos 11.000', 'deployed')]),
    ('ru',
     'В ближайшее время в Россию отправятся 6 тысяч северокорейских военных.',
     [('6 тысяч', 'additional_deployed')]),
    ('ru',
     'В ноябре в Курскую область прибыли 11 тысяч военных КНДР.',
     [('11 тысяч', 'deployed')]),
    ('uk',
     'Найближчим часом до Росії вирушать 6 тисяч північнокорейських військових.',
     [('6 тисяч', 'additional_deployed')]),
    ('uk',
     'У листопаді до Курської області прибули 11 тисяч військових КНДР.',
     [('11 тисяч', 'deployed')]),
    ('ko',
     '북한은 러시아에 6000명 파병을 약속했다.',
     [('6000명', 'additional_deployed')]),
    ('ko',
     '북한은 지난해 러시아에 1만 1000명을 파병했다.',
     [('1만 1000명', 'deployed')]),
    ('ja',
     '北朝鮮はロシアに6000人の派遣を約束した。',
     [('6000人', 'additional_deployed')]),
    ('ja',
     '北朝鮮は昨年、ロシアに1万1000人を派遣した。',
     [('1万1000人', 'deployed')]),
]



def _rows(lang: str, text: str, claimant: bool = False) -> list[tuple[str, ...]]:
    df = extract_figures(text, lang, PUBLISHED)
    if claimant:
        return [(r.figure_text, r.metric, r.claimant) for r in df.itertuples()]
    return [(r.figure_text, r.metric) for r in df.itertuples()]


@pytest.mark.parametrize(("lang", "text", "expected"), HYPOTHETICAL + LOSSES_OF + NOT_AFTER
                         + NOT_BEFORE + EXCLUDED + OTHER_SIDE + WEAPONS + DETERMINERS)
def test_field_form_dropped_or_read_right_figure_kept(lang: str, text: str,
                                                      expected: list[tuple[str, str]]) -> None:
    assert _rows(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PLANNED)
def test_planned_sending_is_a_later_wave(lang: str, text: str,
                                         expected: list[tuple[str, str]]) -> None:
    df = extract_figures(text, lang, "2025-08-01")
    assert [(r.figure_text, r.metric) for r in df.itertuples()] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NEW_TOPIC)
def test_recalling_opening_takes_no_source_from_before(lang: str, text: str,
                                                       expected: list[tuple[str, ...]]) -> None:
    assert _rows(lang, text, claimant=True) == expected


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "ru", "uk", "ko", "ja"])
def test_every_language_has_its_forms(lang: str) -> None:
    for cases in (LOSSES_OF, NOT_AFTER, OTHER_SIDE, NEW_TOPIC, PLANNED):
        assert any(case[0] == lang for case in cases)
