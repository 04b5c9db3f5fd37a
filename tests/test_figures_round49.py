# ruff: noqa: E501 (the phrases are data, as written)
"""Round 49 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-06 (twenty-first), before any rule of the session was merged; the session's
measurement for ten languages beyond our ledger's (40 phrases each in tr, pl, zh, ar, hi, ko, ja, it,
pt and id).

``tests/cases/figures_round49.csv`` holds 400 figure phrases from 276 pages (heat waves and heat deaths, cholera, measles and whooping cough
outbreaks, ferry, boat and train accidents, gas and LPG explosions, methanol poisoning).
No phrase or page of it is in any other case table. The labeller's brief asked for phrases as they
come on the page, the hard ones included: 130 of 400 are labelled unparsed.

Held out whole: the rule writers of the session (21ra: D95-D98, 21rb: D99-D102) worked from rounds
47 and 48's misses and never saw this round. Scored on the session's start (7ee9ab76) and after
the last rule merge: 323 -> 323 of 400 (one row gained, hi "एक-एक कर" by D101; one lost, id "di salah satu kamar
mayat terbesar … mencapai 550", labelled unparsed as "in one of the …" beside a count (D67.3,
D44.1), which D100 now reads 550, the rank "one of the largest" counting nothing: the two
decisions disagree where a preposition of place comes before a rank; ru and uk read such a
count, pl and en leave it unparsed, and D100 reads "In one of the deadliest attacks …, at least
40 people were killed" as at least 40; left for a decision, not guarded; 22rb kept D100, no general
safe rule found: codebook D110.4).
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round49.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 24-24-24; read unparsed
    ('ar', 'أدى انفجار أسطوانة غاز في مطعم شعبي في حي الوزيرية جنوبي جدة أول من أمس، إلى إصابة 24 شخصاً 15 سعودياً، تسعة يمنيين كانوا موجودين داخل المطعم أثناء الانفجار'),
    # label exact 3-3-3; read unparsed
    ('ar', 'أصيب 3 عمال، الثلاثاء، بسبب انفجار أسطوانة غاز شعلة واحدة داخل مطعم بمنطقة المنشية بفيصل'),
    # label approx 150-150-150; read unparsed
    ('ar', 'الناجين أفادوا ان المركب كان يقل نحو 150 مهاجراً حين غرق قبالة سواحل الخمس التي تقع على بعد 100 كلم شرق طرابلس'),
    # label unparsed; read exact 3-3-3
    ('ar', 'وشهدت مدينة بنها أمس، حالة من الذعر عقب انفجار أسطوانة غاز داخل الطابق الأرضي بأحد العقارات السكنية المكونة من ثلاثة طوابق، ما أسفر عن اندلاع حريق هائل وإصابة 3 أشخاص بجروح وحروق متفاوتة'),
    # label unparsed; read exact 3-3-3
    ('ar', 'وعلى الفور، انتقلت قوات الحماية المدنية مدعومة بـ3 سيارات إطفاء وسيارات الإسعاف إلى موقع الحادث'),
    # label at_least 600-600-nan; read unparsed
    ('ar', 'وقال الدبلوماسي شرط عدم الكشف عن اسمه إن عدد الوفيات في صفوف الحجّاج المصريين ارتفع إلى “600 على الأقل”، بعد أن أفاد عن وفاة 323 مصريًا على الأقلّ في حصيلة سابقة'),
    # label approx 19500-19500-19500; read unparsed
    ('ar', 'ووفقا لوكالة الأمم المتحدة، تم الإبلاغ عن حوالي 19500 حالة إصابة بالكوليرا في المناطق الخمس بين يناير ومايو'),
    # label vague 2-2-9; read unparsed
    ('hi', 'कईलोग अब भी अस्पताल में जिंदगी और मौत के बीच जूझ रहे हैं'),
    # label exact additional 2-2-2; read unparsed
    ('hi', 'दो नए मरीज़ों को भर्ती किया गया है – एक रविवार रात को और दूसरा सोमवार सुबह को – और अब उनका इलाज चल रहा है'),
    # label exact 12-12-12; read exact additional 12-12-12
    ('hi', 'शनिवार को 9 और शव मिलने के बाद कुल 12 लोगों के शव अभी तक मिल चुके हैं'),
    # label unparsed; read exact 3-3-3
    ('id', 'Diduga kuat kebakaran berasal dari tabung gas elpiji tiga kilogram yang bocor'),
    # label exact 22-22-22; read unparsed
    ('id', 'Disebutkan, korban tewas yang diduga akibat miras oplosan jenis ginseng ada sebanyak 22 orang dari asalnya data terakhir korban tewas sebanyak 20 orang'),
    # label unparsed; read exact 550-550-550
    ('id', 'Kabar lain yang datang dari sumber diplomat adalah terdapat total jenazah di salah satu kamar mayat terbesar di Mekkah, Al Muaisem, mencapai 550 orang'),
    # label exact 8-8-8; read unparsed
    ('id', 'Kali ini delapan orang menderita luka bakar akibat terkena ledakan tabung elpiji berukuran 12 kilogram di Warung Makan Soto Ayam Pak mul, Jalan Puri Anjasmoro Nomor 3, Kelurahan Karangayu, Semarang Barat, Minggu (25/3) petang'),
    # label exact 56-56-56; read unparsed
    ('it', 'Cinquantasei casi (26,3%) hanno riportato almeno una complicanza, inclusi 23 casi di polmonite e un caso di encefalite in un giovane adulto, non vaccinato'),
    # label unparsed; read exact 27-27-27
    ('it', 'Il bollettino di gennaio 2024 indica che dal 1° gennaio al 31 gennaio 2024 sono stati segnalati al sistema di sorveglianza 27 casi di morbillo, di cui 26 confermati in laboratorio, da sette Regioni'),
    # label exact 3-3-3; read unparsed
    ('it', 'Nella palazzina in viale XX settembre 87 abitano tre persone'),
    # label unparsed; read exact 526-526-526
    ('it', 'Sono in salvo i 526 passeggeri e i componenti dell’equipaggio del ‘Vincenzo Florio’'),
    # label unparsed; read exact 21-21-21
    ('it', 'nelle prime settimane di luglio il caldo record ha causato un aumento della mortalità del 21% rispetto alle previsioni basate sugli anni precedenti, ovvero 733 decessi in più nelle 34 città italiane monitorate'),
    # label exact 3353-3353-3353; read unparsed
    ('ja', '先月29日までの1週間に報告された「百日せき」の患者数は3353人で、過去最多となった前の週の3211人をさらに上回りました'),
    # label unparsed; read exact 2-2-2
    ('ja', '海上保安部は、航行中に海に転落した可能性があるとみて、巡視船2隻とヘリコプターを出して、フェリーの航路を中心に捜索しています'),
    # label exact 2-2-2; read unparsed
    ('ko', '18일(현지시각) 스카이뉴스 등 현지매체에 따르면, 멜버른 출신 19세 여성 두명은 동남아시아 단체 여행 중 라오스 비엔티안의 한 유스호스텔에 머물렀다'),
    # label unparsed; read approx 15.7-15.7-15.7
    ('ko', '1일 통영해양경찰서에 따르면 지난 31일 오전 1시 54분께 소매물도 남방 8.5해리(약 15.7㎞) 지점에서 여객선 승객 A(46)씨가 사라졌다'),
    # label exact 12-12-12; read unparsed
    ('ko', '2회 이상 예방접종 기록이 확인되었으나 홍역에 감염된 경우도 12명'),
    # label exact 30332-30332-30332; read unparsed
    ('ko', '올해 백일해 환자(의사환자 포함) 수는 11월 첫째 주 기준 3만332명으로 2023년 292명보다 약 104배 많은 수치다'),
    # label unparsed; read exact 3-3-3
    ('ko', '이 사고로 주방에서 일하고 있던 식당 주인 A(69)씨 부부와 종업원 등 3명이 얼굴과 몸에 1~2도가량의 화상을 입었고, A씨의 아들이 유리 파편을 맞아 찰과상을 입고 병원에서 치료를 받고 있다'),
    # label unparsed; read exact 1-1-1
    ('ko', '최모씨(27)도 오른쪽 팔에 1도 화상을 입었다'),
    # label exact 55-55-55; read unparsed
    ('pl', '14 stycznia przypada 25 rocznica katastrofy promu "Jan Heweliusz", w której zginęło 55 osób'),
    # label unparsed; read exact 15-15-15
    ('pl', 'Policjanci z Wydziału Kryminalnego Komendy Miejskiej Policji w Dąbrowie Górniczej poszukują osób, które zakupiły prawdopodobnie skażoną partię denaturatu w sklepie przy ulicy Sienkiewicza 15'),
    # label approx 20-20-20; read unparsed
    ('pl', 'Tak przynajmniej było w przypadku 20 kilku osób z południa Polski, które piły denaturat, zawierający ponad 70 proc. metanolu'),
    # label nearly nan-2000-2000; read unparsed
    ('pl', 'W chwili katastrofy prom miał na pokładzie prawie 2 tys. osób, podczas gdy dopuszczalna iloœć pasażerów była trzy razy mniejsza'),
    # label exact 1987-1987-1987; read unparsed
    ('pl', 'W roku 2007 zarejestrowano 1987 zachorowań na krztusiec, natomiast zapadalność wynosiła 5,21'),
    # label at_least 26000-26000-nan; read unparsed
    ('pl', 'Według danych Narodowego Instytutu Zdrowia Publicznego, w tym roku odnotowano już ponad 26 tysięcy przypadków zachorowania na krztusiec, 35 razy więcej niż w zeszłym roku'),
    # label exact 44-44-44; read unparsed
    ('pl', 'Według ostatnich ustaleń na pokładzie było 44 pasażerów: 13 członków egipskiej załogi i 31 pasażerów kilkunastu narodowości'),
    # label unparsed; read exact 2-2-2
    ('pt', 'Ainda não foram encontrados os corpos de um bebê de um ano e meio e de dois homens, que morreram depois que a embarcação de pequeno porte em que eles estavam naufragou'),
    # label unparsed; read exact 28-28-28
    ('pt', 'As ocorrências confirmadas estão distribuídas entre os estados de São Paulo (28 casos), Paraná (3) e Rio Grande do Sul (1)'),
    # label exact 202-202-202; read unparsed
    ('pt', 'Autoridades de saúde pública no condado de Maricopa, o condado mais populoso do Arizona e onde fica a capital Phoenix, disseram que 202 mortes associadas ao calor foram confirmadas (levantamento realizado até 9 de setembro) - muito mais do que os 175 confirmados na mesma época do ano passado'),
    # label unparsed; read exact 5-5-5
    ('pt', 'Cinco empregados do restaurante, o casal proprietário e o funcionário da Supergasbras estavam na cozinha no momento do acidente'),
    # label exact 58-58-58; read unparsed
    ('pt', 'Com a situação, a Prefeitura do Rio informou que caso a cidade chegue ao patamar de calor 4, serão abertos 58 pontos de resfriamento'),
    # label exact 61293-61293-61293; read unparsed
    ('pt', 'Em 2019, foram notificados 61.293 casos suspeitos de sarampo, destes, foram confirmados 15.914 (26%) casos'),
    # label unparsed; read exact 199-199-199
    ('pt', 'Em caso de emergência, o Inmet recomenda que a população contate a Defesa Civil (telefone 199)'),
    # label exact 3587-3587-3587; read unparsed
    ('pt', 'No centro de Moçambique, a cólera está a afetar os distritos de Mopeia e Alto Molocué, na província da Zambézia, com um cumulativo de 345 casos, e o distrito de Changara, na província de Tete, com 54 casos, totalizando um cumulativo de 3.587 em todo o país'),
    # label unparsed; read exact 60-60-60
    ('pt', 'No local, os militares constataram forte cheiro de gás e encontraram um homem, identificado como o proprietário do restaurante, com queimaduras de 2º e 3º graus em 60% do corpo'),
    # label unparsed; read exact 45-45-45
    ('pt', 'No momento da explosão, funcionários relataram que Sebastião fazia a troca de um botijão de 45 litros de GLP no fundo do restaurante, do lado de fora da cozinha'),
    # label unparsed; read exact 2710-2710-2710
    ('pt', 'No período de 22/09/2019 a 14/12/2019 (SE 39-50), 14 Unidades da Federação se encontram com circulação do vírus do sarampo, com um total de 2.710 casos confirmados'),
    # label unparsed; read exact 358-358-358
    ('pt', 'O número diário de mortes passou de 287, no dia 26 de junho, para 358 a 30 de junho'),
    # label exact 5-5-5; read unparsed
    ('pt', 'atingiu a popa da embarcação “Fruto do Trabalho”, que transportava cinco pessoas, três homens, uma mulher e uma criança, fazendo com que o barco afundasse'),
    # label vague 10-10-99; read exact 10-10-10
    ('tr', '2025 yılında İstanbul’da kızamık vakaları 10’lu rakamlara ulaştı'),
    # label vague 10-10-99; read unparsed
    ('tr', "New Mexico eyaletine bağlı Phoenix'te son birkaç günde onlarca uçuş aşırı sıcak nedeniyle iptal edilmiş durumda"),
    # label unparsed; read exact 17-17-17
    ('tr', 'Sahil Güvenlik Komutanlığı tarafından yürütülen kurtarma operasyonunda, 17 düzensiz göçmen denizden sağ olarak çıkarılırken, maalesef bir kişinin cansız bedenine ulaşıldı'),
    # label unparsed; read exact 124-124-124
    ('tr', "Teksas'ta 9 farklı bölgede görülen kızamık salgınında vaka sayısının 124'e yükseldiği bildirildi"),
    # label exact 17105-17105-17105; read unparsed
    ('zh', '今年2月記錄了17105例百日咳病例,相較於2023年12月增加了7979例,達到去年同期的近32倍'),
    # label unparsed; read vague 100-100-999
    ('zh', '巴西警方已查封多家酒吧與酒舖,扣押數百瓶疑似摻有甲醇的酒'),
    # label at_least 10-10-nan; read unparsed
    ('zh', '廣州一間化工公司老闆程某,於○四年五月先後購入十多桶工業酒精'),
    # label exact 41506-41506-41506; read exact additional 41506-41506-41506
    ('zh', '自2023年12月至2024年2月,新增百日咳病例總數為41506例'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 40}, 400)
