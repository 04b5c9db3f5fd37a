# ruff: noqa: E501 (the phrases are data, as written)
"""D103-D106 (22ra, issue 17): which number is the count when another number stands beside it.

Rounds 49 and 50's rows left unparsed where the label has a count, by classes: a measure beside
the count (D103: the degree sign, a voltage or a power, pl "st. C"; a measure listed only by an
"and" in its own clause), ages beside the count (D104: in brackets, the count written by the
table's rewrites; listed before one age word), a house's or a train's number (D105), and "rose
to N" beside an earlier count in the tables of issue 17, two totals (D106). Rows marked (r49) /
(r50) / (r41) / (r46) / (r17) are the rounds' own; (p) are modelled on sentences of the search
tool's pages corpus; the rest are written for the class, in the forms of the languages'
reporting. Expected values are written by hand from the codebook.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

# read otherwise on the session's start (4274cac1): (lang, phrase, best or UNPARSED, qualifier)
CHANGES: list[tuple[str, str, object, str]] = [
    # D103.1 the degree sign
    ('pl', 'Kiedy w 2003 r. Europę nawiedziła fala rekordowych upałów, tylko we Francji, gdzie temperatura dochodziła do 44 st. C, zmarło 15 tys. osób', 15000.0, "exact"),  # (r49)
    ('zh', '宿管值班室实测43℃致1人死亡', 1.0, "exact"),  # (r49)
    ('en', 'With 41°C in Auxerre, the heat killed at least four people', 4.0, "at_least"),
    ('de', 'Bei 40 °C starben in Sevilla 12 Menschen', 12.0, "exact"),
    ('fr', 'Avec 41°C à Auxerre, la chaleur a entraîné la mort d’au moins quatre personnes', 4.0, "at_least"),  # (p)
    ('es', 'En España el calor fue tan elevado (40°C) que murieron dos personas', 2.0, "exact"),  # (p)
    ('it', 'Con 40°C a Roma sono morte 12 persone', 12.0, "exact"),
    ('pt', 'Com 40 °C, 12 pessoas morreram em Lisboa', 12.0, "exact"),
    ('ru', 'При жаре 40 °C погибли 12 человек', 12.0, "exact"),
    ('uk', 'За спеки +38°C загинули 12 людей', 12.0, "exact"),
    ('pl', 'Przy 44 st. C zmarło 15 osób', 15.0, "exact"),
    ('tr', '45 °C sıcaklıkta 12 kişi hayatını kaybetti', 12.0, "exact"),
    ('ar', 'بلغت الحرارة 48°C وتوفي 12 شخصا', 12.0, "exact"),
    ('hi', '47°C तापमान में 12 लोगों की मौत', 12.0, "exact"),
    ('id', 'Suhu mencapai 40°C, 12 orang tewas', 12.0, "exact"),
    ('ko', '40℃ 폭염에 12명 사망', 12.0, "exact"),
    ('ja', '40℃の猛暑で12人死亡', 12.0, "exact"),
    ('it', 'ricoverati al 3° piano 12 pazienti', 12.0, "exact"),
    # D103.2 only an "and" lists a measure; a clause break ends the list
    ('pl', 'Temperatury w różnych krajach, wynoszące często ponad 40 stopni Celsjusza, doprowadziły już do śmierci co najmniej kilkunastu osób i sprzyjają rozprzestrzenianiu się pożarów', 11.0, "vague"),  # (r49)
    ('uk', 'Через спеку понад +38°C і сильний вітер полум’я швидко охопило 7 га та перекинулося на дачне товариство — спалахнуло 12 господарчих споруд.', 12.0, "exact"),  # (r50)
    ('ru', 'огонь охватил 7 га и перекинулся на дачи — сгорели 12 домов', 12.0, "exact"),
    ('en', 'the fire burned 7 hectares and spread to the village; 12 houses were destroyed', 12.0, "exact"),
    # D103.3 a voltage or a power
    ('ru', 'Циклон, обрушившийся на Сахалинскую область в ночь с 27 на 28 декабря, повредил 17 линий электропередачи напряжением 6-10 кВ.', 17.0, "exact"),  # (r50)
    ('uk', 'негода пошкодила 17 ліній напругою 10 кВ', 17.0, "exact"),
    ('en', 'the storm downed 17 lines of 110 kV', 17.0, "exact"),
    ('de', 'der Sturm beschädigte 17 Leitungen mit 110 kV', 17.0, "exact"),
    ('pl', 'wichura uszkodziła 17 linii 110 kV', 17.0, "exact"),
    ('tr', '380 kV hatta arıza nedeniyle 12 il elektriksiz kaldı', 12.0, "exact"),
    ('zh', '一条110千伏线路故障,12人受伤', 12.0, "exact"),
    # D104.1 ages in brackets beside a count its rewrites write
    ('id', 'Indra menyebutkan, inisial kedelapan korban tersebut adalah W (32), AL (39), FS (40), YH (32), Su (29), M (50), S (40), dan F (32)', 8.0, "exact"),  # (r49)
    ('id', 'keempat korban adalah Didik (40), Anisa (35), Fatin (12) dan Fatih (5)', 4.0, "exact"),
    # D104.2 ages listed before one age word
    ('tr', '57 ve 21 yaşlarındaki iki erkeğin cesetleri bulundu', 2.0, "exact"),  # (r49)
    ('tr', 'aracın ön kısmındaki 58 ve 60 yaşlarındaki iki kişi hayatını kaybetti', 2.0, "exact"),
    ('tr', '8, 10 ve 12 yaşındaki üç çocuk yaralandı', 3.0, "exact"),
    ('hi', '57 और 21 वर्षीय दो पुरुषों के शव मिले', 2.0, "exact"),
    ('hi', '8, 10 और 12 साल के तीन बच्चों की मौत', 3.0, "exact"),
    ('ko', '57세와 21세 남성 2명의 시신이 발견됐다', 2.0, "exact"),
    ('ko', '70세와 68세 부부 2명이 숨졌다', 2.0, "exact"),
    # D105 a house's number; a train's number
    ('id', 'Akibatnya, dua karyawan rumah makan Lapo Amella di Jalan Pramuka Raya 70, Utan Kayu Utara, Matraman, Jakarta Timur, menderita luka bakar', 2.0, "exact"),  # (r49)
    ('id', '14 orang tewas dalam kecelakaan KA 150 Kertajaya yang bertabrakan dengan KA 40 Sembrani di Stasiun Gubug, Grobogan (Jateng) pada pukul 02.10 WIB', 14.0, "exact"),  # (r49)
    ('id', 'Kebakaran terjadi di sebuah rumah di Jalan Tanah Sereal 9, Tambora, dan dua korban luka bakar', 2.0, "exact"),  # (p)
    ('id', 'tiga warga di Jalan Kebon Nanas Selatan 2, Jatinegara, mengalami luka bakar', 3.0, "exact"),  # (p)
    ('pt', 'Três pessoas morreram num incêndio na Rua da Paz 12, no centro', 3.0, "exact"),
    ('es', 'Dos personas murieron en el incendio de un piso de la calle Alcalá 120, en Madrid', 2.0, "exact"),
    ('it', 'Due persone sono morte nell’incendio in piazza Garibaldi 3, a Napoli', 2.0, "exact"),
    ('pl', 'Dwie osoby zginęły w pożarze kamienicy przy ul. Długiej 5.', 2.0, "exact"),
    ('ru', 'Три человека погибли при пожаре на ул. Ленина, д. 5.', 3.0, "exact"),
    ('uk', 'Двоє людей загинули під час пожежі на вул. Шевченка, 12.', 2.0, "exact"),
    ('tr', 'Atatürk Caddesi 45, Kadıköy adresindeki binada 3 kişi yaralandı', 3.0, "exact"),
    ('de', 'Zwei Menschen starben beim Brand in der Berliner Straße 12.', 2.0, "exact"),
    ('pt', 'Dois feridos no incêndio na Rua da Paz, 12.', 2.0, "exact"),
    # D106 "rose to N" beside an earlier count
    ('pl', 'Natomiast w 2024 r., do połowy października, było to już 20 tys. 677 przypadków, a do połowy listopada liczba ta wzrosła do 26 tys. 072', 26072.0, "exact"),  # (r49)
    ('id', 'Sesuai data per 31 Agustus 2025, korban meninggal dari dua anak meningkat menjadi 6 orang', 6.0, "exact"),  # (r49)
    ('id', 'Kasus pemerkosaan di 2018 ada 3.404 kasus, di 2019 meningkat jadi 4.730', 4730.0, "exact"),  # (r41)
    ('it', '12 casi a ottobre, poi il numero è salito a 20', 20.0, "exact"),
    ('pt', 'Até o balanço de ontem havia 291 casos; hoje o número subiu para 428', 428.0, "exact"),
    ('pl', '12 przypadków w październiku, a w listopadzie liczba wzrosła do 20', 20.0, "exact"),
    ('ar', 'بلغ عدد الحالات 12 في أكتوبر، ثم ارتفع إلى 20 في نوفمبر', 20.0, "exact"),
    ('hi', 'अक्टूबर में 12 मामले थे, नवंबर में संख्या बढ़कर 20 हो गई', 20.0, "exact"),
    ('zh', '10月有12例,11月增至20例', 20.0, "exact"),
    ('en', 'a total of 252 cases, while suspected cases rose to 3,695', UNPARSED, "none"),
]
# read as on the session's start
STAYS: list[tuple[str, str, object, str]] = [
    ('en', 'temperatures hit 44°C and 15,000 people died', UNPARSED, "none"),
    ('de', '40 °C', 40.0, "exact"),
    ('en', '50 MW', 50.0, "exact"),
    ('ru', 'напряжением 110 кВ', 110.0, "exact"),
    ('fr', 'En pleine période de crue, un pilier a cédé, emportant 80 mètres de tablier, avec un bus et deux voitures', UNPARSED, "none"),  # (r46)
    ('ru', '370 километров дорог и 36 мостов', UNPARSED, "none"),
    ('en', 'a 400 kV line fell and 12 people were hurt', UNPARSED, "none"),
    ('tr', '3 ve 21 kişi', UNPARSED, "none"),
    ('hi', '20 की मौत और 12 घायल', UNPARSED, "none"),
    ('ko', '세 명이 숨졌다', 3.0, "exact"),
    ('id', 'di jalan tol 2 orang tewas dan 5 luka', UNPARSED, "none"),
    ('id', 'Jalan Pramuka Raya 70', 70.0, "exact"),
    ('id', 'KA 150', 150.0, "exact"),
    ('it', 'Nella palazzina in viale XX settembre 87 abitano tre persone', UNPARSED, "none"),  # (r49): the address runs on into a verb
    ('pt', 'na Rua da Paz 12 pessoas ficaram feridas e 3 morreram', UNPARSED, "none"),
    ('hi', 'मुंबई में अबतक खसरे के कुल 252 मामले दर्ज किए गए हैं, जबकि खसरे के संदिग्ध मरीजों की संख्या बढ़कर 3695 हो गई है', UNPARSED, "none"),  # (r49)
    ('ja', '市立中学校22校から男女計44人と引率者10人の計54人が参加した', 54.0, "exact"),  # (r17)
    ('it', 'il bilancio è salito a 20 morti e 5 feriti', UNPARSED, "none"),
    ('pt', 'o número de mortos subiu para 20, e 5 feridos', UNPARSED, "none"),
    ('id', 'korban tewas bertambah menjadi 20 orang dan 5 luka-luka', UNPARSED, "none"),
    ('zh', '增至20人,另有5人受伤', UNPARSED, "none"),
    ('pl', 'wzrosła do 46 z 39', 46.0, "exact"),
    ('pl', 'wzrósł do co najmniej 1571', 1571.0, "at_least"),
    ('hi', 'मरने वालों की संख्या बढ़कर 15 से 22 हो गई', 22.0, "exact"),
    ('en', 'four brigades totaling 12,000', 12000.0, "exact"),
    ('ar', 'وقال الدبلوماسي شرط عدم الكشف عن اسمه إن عدد الوفيات في صفوف الحجّاج المصريين ارتفع إلى “600 على الأقل”، بعد أن أفاد عن وفاة 323 مصريًا على الأقلّ في حصيلة سابقة', UNPARSED, "none"),  # (r49): the earlier toll after the new one, left
    ('id', 'tujuh rumah di Jalan Kebon Nanas Selatan 2, Jatinegara, terbakar dan tiga warga terluka', UNPARSED, "none"),  # (p): houses and residents, two counts
    ('uk', 'на вул. Шевченка, 12 людей постраждали, 3 загинули', UNPARSED, "none"),
]


test_class_reads_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
