# ruff: noqa: E501 (the phrases are data, as written)
"""D113 to D115 (22rd, issue 17): classes of rounds 51 and 52's wrong readings.

D113: half a year, a century, a day is a duration, as half an hour (D59.8): no fraction of the
count beside it (es "medio año", pt "meio ano", it "mezzo secolo", fr "demi-siècle", en "half a
year", pl "pół roku", id "setengah tahun", ar "نصف ساعة", hi "आधे घंटे").
D114: a rate told by a frequency ("every year", uk "щорічно", fr "tous les ans", es "todos los
años", it "tutti gli anni", pt "todos os dias"), by ja "1日" glued to its number ("1日39人"), or
per square kilometre (a density: fr "par kilomètre carré", es, it, pt, pl, ru, uk, tr, ar) is no
count.
D115: a thing broken in half or in two (a bridge, a ship: en "broke in half", pt "se partiu ao
meio", es "se partió por la mitad", fr "brisé en deux", de "in zwei Teile", pl "na pół", id
"patah menjadi dua") is split: no fraction and no count.
D116: a list's item number at the phrase's start ("4. Depot (35 Filialen schließen)") is a rank,
no count (en de fr es it pt tr id ru uk); tr "60. kilometresinde" (an ordinal kilometre) is a
place; a capacity told before its number (pt "capacidade para", es "capacidad para", fr "capacité
de", it "capienza di", de "Kapazität von"), as en "capacity of" (D96). Not written: pt, es
"diversos / diversas" as "several".
Rows marked "round" are the rounds' own, "pages" real sentences of the search tool's pages corpus
(trimmed at most), the rest written for the rule. STAYS rows read as on the session's start.
Expected values are written by hand from the codebook.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

# the reading after the rule (each read otherwise on the session's start)
CHANGES: list[tuple[str, str, object, str]] = [
    # D113 half a time unit is a duration
    ('es', 'Actualmente, 266 personas llevan aguardando más de medio año para ser intervenidos de un proceso de esta especialidad.', 266.0, "exact"),  # round 52
    ('es', 'Las 76 que aguardaban más de medio año en febrero suponen la cifra más alta desde abril del año pasado.', 76.0, "exact"),  # round 52
    ('es', 'Tras medio siglo de espera, 12 familias recibieron sus casas.', 12.0, "exact"),
    ('pt', 'Atualmente, 266 pessoas aguardam há mais de meio ano por uma cirurgia.', 266.0, "exact"),
    ('it', 'In mezzo secolo sono morte 40 persone sul ponte.', 40.0, "exact"),
    ('fr', 'En un demi-siècle, 40 personnes sont mortes sur ce pont.', 40.0, "exact"),
    ('en', '266 patients have waited more than half a year for surgery.', 266.0, "exact"),
    ('en', 'In half a century, 40 people have died on the bridge.', 40.0, "exact"),
    ('en', 'It took half a day to rescue the 40 passengers.', 40.0, "exact"),
    ('pl', '266 pacjentów czeka na operację ponad pół roku.', 266.0, "exact"),
    ('pl', 'W ciągu pół wieku na moście zginęło 40 osób.', 40.0, "exact"),
    ('id', 'Dalam setengah abad, 40 orang tewas di jembatan itu.', 40.0, "exact"),
    ('id', 'Sebanyak 266 pasien menunggu lebih dari setengah tahun.', 266.0, "exact"),
    ('ar', 'بعد نصف ساعة تم إنقاذ 40 شخصا.', 40.0, "exact"),
    ('ar', 'خلال نصف قرن لقي 40 شخصا حتفهم على الجسر.', 40.0, "exact"),
    ('hi', 'आधे घंटे बाद 40 लोगों को बचाया गया।', 40.0, "exact"),
    # D114 a rate by frequency or per square kilometre
    ('uk', 'Щорічно в області реєструється майже дві тисячі звернень людей, які постраждали від укусів тварин.', UNPARSED, "none"),  # round 52
    ('uk', 'В Україні все більше стали фіксувати напади собак на людей, повідомляють про десятки тисяч постраждалих щорічно.', UNPARSED, "none"),  # round 52
    ('uk', 'Щоденно до лікарень звертаються близько 50 людей.', UNPARSED, "none"),
    ('ja', '今年は7月下旬からこのアンドンクラゲによる被害が相次いでいて、多い日には、なんと1日39人から被害が寄せられました', UNPARSED, "none"),  # round 51
    ('ja', '1日300人が訪れた', UNPARSED, "none"),
    ('fr', "Les essaims peuvent contenir entre 40 millions et 80 millions d'adultes par kilomètre carré", UNPARSED, "none"),  # pages
    ('fr', "Un essaim de densité moyenne contient environ 50 millions d'ailés par kilomètre carré.", UNPARSED, "none"),  # pages
    ('fr', 'Un essaim peut compter 40 millions de criquets au kilomètre carré.', UNPARSED, "none"),
    ('fr', 'Environ 2000 personnes sont mordues tous les ans.', UNPARSED, "none"),
    ('fr', 'Une trentaine de personnes meurent tous les jours sur les routes.', UNPARSED, "none"),
    ('es', 'Unas 2.000 personas sufren mordeduras todos los años.', UNPARSED, "none"),
    ('es', 'Mueren 30 personas todos los días en las carreteras.', UNPARSED, "none"),
    ('es', 'Un enjambre puede tener 40 millones de langostas por kilómetro cuadrado.', UNPARSED, "none"),
    ('it', 'Circa 2.000 persone vengono morse tutti gli anni.', UNPARSED, "none"),
    ('it', 'Uno sciame può contare 40 milioni di locuste per chilometro quadrato.', UNPARSED, "none"),
    ('pt', 'Cerca de 30 pessoas morrem todos os dias nas estradas.', UNPARSED, "none"),
    ('pt', 'Um enxame pode ter 40 milhões de gafanhotos por quilômetro quadrado.', UNPARSED, "none"),
    ('tr', 'Kilometrekare başına 40 milyon çekirge düşüyor.', UNPARSED, "none"),
    ('ru', 'В рое может быть 40 миллионов особей на квадратный километр.', UNPARSED, "none"),
    ('uk', 'У рої може бути 40 мільйонів особин на квадратний кілометр.', UNPARSED, "none"),
    ('pl', 'Rój może liczyć 40 milionów owadów na kilometr kwadratowy.', UNPARSED, "none"),
    ('ar', 'يضم السرب 40 مليون جرادة في الكيلومتر المربع الواحد.', UNPARSED, "none"),
    # D115 broken in half or in two
    ('pt', 'Na manhã desta quarta-feira (28), uma ponte se partiu ao meio e vários veículos, incluindo uma carreta, foram parar no fundo do rio', 2.0, "vague"),  # round 51, pages
    ('pt', 'A ponte se rompe ao meio e 40 pessoas caem no rio.', 40.0, "exact"),
    ('es', 'El puente se partió por la mitad y varios vehículos cayeron al río.', 2.0, "vague"),
    ('es', 'El barco se partió en dos y 40 personas murieron.', 40.0, "exact"),
    ('en', 'The bridge broke in half and several vehicles fell into the river.', 2.0, "vague"),
    ('en', 'The ferry broke in half and 40 people drowned.', 40.0, "exact"),
    ('en', 'The bridge split in two and several vehicles fell into the river.', 2.0, "vague"),
    ('fr', "Le navire s'est brisé en deux et 40 personnes sont mortes.", 40.0, "exact"),
    ('de', 'Die Brücke brach in zwei Teile und mehrere Fahrzeuge stürzten in den Fluss.', 2.0, "vague"),
    ('de', 'Die Fähre ist in zwei Teile zerbrochen, 40 Menschen starben.', 40.0, "exact"),
    ('pl', 'Prom przełamał się na pół i zginęło 40 osób.', 40.0, "exact"),
    ('id', 'Kapal itu patah menjadi dua dan 40 orang tewas.', 40.0, "exact"),
    # D116 a list's item number; a tr ordinal kilometre
    ('de', '4. Depot (35 Fillialen schließen)', 35.0, "exact"),  # round 52
    ('de', '6. Promod ( alle 32 Geschäfte schließen)', 32.0, "exact"),  # round 52
    ('en', '4. Payless (2,100 stores closing)', 2100.0, "exact"),
    ('fr', '4. Camaïeu (35 magasins fermés)', 35.0, "exact"),
    ('es', '4. Zara (35 tiendas cerradas)', 35.0, "exact"),
    ('it', '4. Coin (35 negozi chiusi)', 35.0, "exact"),
    ('pt', '4. Americanas (35 lojas fechadas)', 35.0, "exact"),
    ('tr', '4. Migros (35 mağaza kapandı)', 35.0, "exact"),
    ('id', '4. Giant (35 gerai ditutup)', 35.0, "exact"),
    ('ru', '4. Пятёрочка (35 магазинов закрыто)', 35.0, "exact"),
    ('uk', '4. АТБ (35 магазинів закрито)', 35.0, "exact"),
    ('tr', 'Fırtına nedeniyle Konya Ankara karayolunun 60. kilometresinde çok sayıda aracın karıştığı zincirleme trafik kazası meydana geldi', UNPARSED, "none"),  # round 51
    ('tr', 'Karayolunun 60. kilometresinde meydana gelen kazada 40 kişi yaralandı.', 40.0, "exact"),
    # D116 a capacity told before its number
    ('pt', 'No momento do acidente, 18 pessoas estavam dentro do equipamento, que tem capacidade para 22 passageiros', 18.0, "exact"),  # round 51
    ('pt', '80 mil pessoas lotaram o estádio com capacidade de 40 mil.', 80000.0, "exact"),
    ('es', '80.000 personas llenaron el estadio con capacidad para 40.000.', 80000.0, "exact"),
    ('fr', "80 000 personnes ont rempli le stade d'une capacité de 40 000 places.", 80000.0, "exact"),
    ('it', '80.000 persone hanno riempito lo stadio con una capienza di 40.000 posti.', 80000.0, "exact"),
    ('it', '80.000 persone hanno riempito lo stadio con capacità di 40.000 posti.', 80000.0, "exact"),
    ('de', '80.000 Menschen drängten sich in das Stadion mit einer Kapazität von 40.000 Plätzen.', 80000.0, "exact"),
]

# near misses: they read as on the session's start
STAYS: list[tuple[str, str, object, str]] = [
    # D113: half of a count is a fraction; half an hour as before; ru, uk, tr, ko, ja, zh as before
    ('es', 'Murió la mitad de los 40 pasajeros.', UNPARSED, "none"),
    ('pt', 'Metade dos 40 passageiros morreu.', UNPARSED, "none"),
    ('en', 'Half of the 40 passengers died.', UNPARSED, "none"),
    ('fr', 'La moitié des 40 passagers sont morts.', UNPARSED, "none"),
    ('pl', 'Połowa z 40 pasażerów zginęła.', UNPARSED, "none"),
    ('ar', 'توفي نصف الركاب الأربعين.', UNPARSED, "none"),
    ('hi', '40 में से आधे लोग मारे गए।', UNPARSED, "none"),
    ('en', 'Half an hour later, 40 people were rescued.', 40.0, "exact"),
    ('ru', '266 пациентов ждут операции больше полугода.', 266.0, "exact"),
    ('uk', '266 пацієнтів чекають на операцію понад півроку.', 266.0, "exact"),
    ('de', '266 Patienten warten seit einem halben Jahr auf eine Operation.', 266.0, "exact"),
    ('tr', 'Son yarım asırda 40 kişi öldü.', 40.0, "exact"),
    ('ja', '半年で40人が死亡した。', 40.0, "exact"),
    ('zh', '半年内有40人死亡。', 40.0, "exact"),
    ('ko', '반세기 동안 40명이 숨졌다.', 40.0, "exact"),
    # D114: an adjective "annual", "all N", a date with "1日", a measure of area, a year's count
    ('uk', 'Щорічний звіт показав, що загинули 40 людей.', 40.0, "exact"),
    ('uk', 'В минулому році, внаслідок ДТП, загинуло 3,5 тисячі людей.', 3500.0, "exact"),  # pages
    ('fr', 'Tous les 40 passagers ont été évacués.', 40.0, "exact"),
    ('es', 'Los 40 pasajeros fueron evacuados todos a la vez.', 40.0, "exact"),
    ('ja', '7月1日に150人が刺された', 150.0, "exact"),
    ('ja', '7月1日39人が刺された', 39.0, "exact"),
    ('ja', '11日39人が刺された', 39.0, "exact"),
    ('ja', '1日20時から7日5時までの摘発件数は1万2894件で', 12894.0, "exact"),
    ('en', 'A swarm can hold 40 million locusts per square kilometre.', UNPARSED, "none"),
    ('de', 'Ein Schwarm kann 40 Millionen Heuschrecken je Quadratkilometer umfassen.', UNPARSED, "none"),
    # D115: "cut in half" is a ratio; "in two places" is a count of places
    ('en', 'Road deaths were cut in half.', UNPARSED, "none"),
    ('en', 'The bridge broke in two places and 40 people fell.', UNPARSED, "none"),
    # D116: a date, a count ending a sentence, an ordinal of a floor or a day; Polish read already
    ('de', 'Am 4. Mai starben 40 Menschen.', 40.0, "exact"),
    ('de', 'Es starben 4.', 4.0, "exact"),
    ('pl', '4. Tesco (35 sklepów zamkniętych)', 35.0, "exact"),
    ('tr', 'Binanın 5. katında 3 kişi öldü.', 3.0, "exact"),
    ('tr', 'Yangının 3. gününde 40 kişi öldü.', 40.0, "exact"),
    ('tr', 'Kazada 60 kişi yaralandı.', 60.0, "exact"),
    # D116: a capacity alone reads as written (D96)
    ('pt', 'O estádio tem capacidade para 40 mil pessoas.', 40000.0, "exact"),
    ('es', 'El estadio tiene capacidad para 40.000 personas.', 40000.0, "exact"),
    ('en', 'When 80,000 people crammed into a stadium with a capacity of 40,000', 80000.0, "exact"),
    # D116 (not written): "diversos / diversas" stays unread
    ('pt', 'Desde 2015, a Argentina vem enfrentando a formação de diversas nuvens de gafanhotos e elas devem continuar ameaçando o país e o sul do continente nos próximos anos', UNPARSED, "none"),  # round 51
    ('es', 'Diversas fuentes hablan de muchos muertos.', UNPARSED, "none"),
]


test_class_reads_as_written = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
