# ruff: noqa: E501 (the phrases are data, as written)
"""Round 51 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-06 (twenty-second), before any rule of the session was merged; the session's
measurement for ten languages beyond our ledger's (40 phrases each in tr, pl, zh, ar, hi, ko, ja, it,
pt and id).

``tests/cases/figures_round51.csv`` holds 400 figure phrases from 210 pages (locust swarms, bridge
collapses, jellyfish stings, wild elephant attacks, sand and dust storms, yellow dust; 52 rows from
fresh pages on lightning, snakebites, carbon monoxide, tuberculosis, lifts and hail, topics earlier
rounds had met). No phrase or page of it is in any other case table. The labeller's brief asked for
phrases as they come on the page, the hard ones included: 186 of 400 are labelled unparsed (rates,
lists and shares are common on these pages).

Held out whole: the rule writers of the session (22ra: D103-D106, 22rb: D107-D110) worked from
rounds 49 and 50's misses and never saw this round. Scored on the session's start (4274cac1) and
after the last rule merge: 337 -> 337 of 400 (no row changed).
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
After 32rl (D220.4: 数以 with a magnitude and no 计 is the vague idiom) zh "數以萬億計的蝗蟲席卷了
大地" reads vague 10^12 (one row more).
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round51.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label vague 10-10-99; read unparsed
    ('ar', 'الغبار غطّى كل شيء في دير الزور، وحجب الرؤية وتسببت الرياح القوية في انهيار جدران وسقوط أشجار، كما أدت إلى اقتلاع عشرات الخيام'),
    # label unparsed; read exact 35000-35000-35000
    ('ar', 'قدرة سرب ينتشر على مساحة 1 كم مربع في يوم واحد أن يتناول كمية من الطعام تساوي ما يأكله 35000 شخص'),
    # label approx 2000-2000-2000; read unparsed
    ('ar', 'وأفاد ناشطون عن حالات عديدة في العاصمة دمشق، حيث وصلت نحو الألفي حالة توزعت على معظم مشافي العاصمة'),
    # label exact 2-2-2; read unparsed
    ('ar', 'وأكد مدير الهيئة العامة لـ"مستشفى الأسد" في دير الزور، مأمون حيزة، في تصريحات صحافية، وصول حالتي وفاة لرجل وابنه إلى المستشفى مساء الأحد'),
    # label unparsed; read range 80-100-120
    ('ar', 'والكتلة الواحدة تشمل حوالي من 80 - 120بيضة حسب المظهر أو الشكل'),
    # label at_least 20000-20000-nan; read unparsed
    ('ar', 'وسجلّ إيران ضعيف في مجال السلامة المرورية إذ سقط أكثر من 20 ألف قتيل في حوادث سير بين مارس 2023 ومارس 2024'),
    # label unparsed; read approx 40000000-40000000-40000000
    ('hi', 'एक वर्ग किलोमीटर के दायरे में करीब 4 करोड़ टिड्डियां हो सकती हैं'),
    # label unparsed; read exact additional 2-2-2
    ('hi', 'घर में सो रहे दो भाइयों और बच्ची को हाथी ने पटक-पटक कर मार डाला'),
    # label vague 100000-100000-999999; read unparsed
    ('hi', 'टिड्डी (Locust) एक प्रवासी कीट है, जो अफ्रीका (Africa) के रेगिस्तान (Desert) में पैदा होते हैं और लाखों की संख्या में झुंड बनाकर हरियाली की तलाश में हजारों किलोमीटर दूर दूसरे देशों की सीमाएं लांघकर भारत (India) आ जाते हैं'),
    # label exact 139-139-139; read unparsed
    ('id', 'Sampai saat ini ada 139 orang yang tersengat ubur-ubur, rata-rata yang tersengat tadi anak-anak'),
    # label unparsed; read exact 3-3-3
    ('id', 'Seorang terseret di Pantai Baron, tiga orang di Pantai Kukup, dan seorang di Pantai Pulangsawal atau Indrayanti'),
    # label exact 195-195-195; read unparsed
    ('id', 'Total wisatawan dari sejak H+1 sampai H+3 Lebaran sudah 195 orang tersengat ubur-ubur di pantai selatan Gunung Kidul'),
    # label unparsed; read exact 26-26-26
    ('it', 'Con l’arrivo della stagione primaverile, la Sardegna centrale si prepara ad affrontare nuovamente la minaccia delle cavallette, che l’anno scorso hanno distrutto 60.000 ettari di terreno in 26 comuni del Nuorese, dell’alto Oristanese e del Sassarese'),
    # label at_least 30-30-nan; read unparsed
    ('it', 'I veicoli coinvolti, che passavano nel punto al momento del crollo, sono almeno 30 fra auto e mezzi pesanti, alcuni finiti nel torrente Polcevera, altri sotto le macerie'),
    # label unparsed; read approx 20-20-20
    ('it', 'In ginocchio aziende agricole e allevamenti, una ventina, in tutto, e 2000 ettari di terra sono diventati un tappeto d’insetti'),
    # label unparsed; read vague 1000000-1000000-9999999
    ('it', 'Milioni di cavallette hanno invaso le campagne della Sardegna, in particolare in provincia di Nuoro dove hanno devastato oltre duemila ettari di terreno (tra Ottana, Olotana e Orani)'),
    # label unparsed; read approx 100000000-100000000-100000000
    ('it', 'Se non viene controllata, la piaga potrebbe invadere quest’anno ben 100.000 ettari, causando danni economici enormi, stimati in 100 milioni di euro dal 2017 ad oggi'),
    # label unparsed; read at_least 108-108-nan
    ('it', "al passaggio di un tir da oltre 108 tonnellate il cavalcavia è piombato sulla strada sottostante stritolando l'Audi, di Claudio Bertini, 68 anni, morto sul colpo"),
    # label unparsed; read exact 40010-40010-40010
    ('ja', '23日午前7時半ごろ、四万十市の勝間沈下橋で、川に転落した軽乗用車が発見され、運転していた79歳の男性が死亡しました'),
    # label exact 70000000000-70000000000-70000000000; read unparsed
    ('ja', 'サバクトビバッタは約5cmほどの大きさですが、群れを作って集団で移動する時は700億匹に達することもあるほどです'),
    # label exact 150-150-150; read unparsed
    ('ja', '救護所によると、刺されたと訴える人が3連休の最終日だった7月21日に150人と急増'),
    # label unparsed; read at_least 50-50-nan
    ('ja', '特に関東エリアでは、2019年~2023年の国立環境研究所によるデータでも、例年7月20日頃からクラゲ被害報告が急増し、一部の海水浴場では1日に50件以上もの刺傷報告が記録されています'),
    # label unparsed; read approx 15-15-15
    ('ja', '警察と消防は、通行していた車両が欄干を超えて川に転落した可能性があるとみて、川の捜索を行ったところ、午前11時すぎ、橋から川の下流に約15メートルの場所で白い乗用車が見つかったということです'),
    # label exact 30-30-30; read unparsed
    ('ko', '17일 완도해경에 따르면 지난 15일 신지면 명사십리 해수욕장에서 유모(40·경기도 고양시)씨 등 30명이 해파리에 쏘여 치료를 받았다'),
    # label unparsed; read exact 119-119-119
    ('ko', '8일 낮 12시25분께 제주 서귀포시 중문해수욕장 백사장에서 조모(10)양이 작은부레관해파리에 쏘이는 사고가 나 119에 의해 병원으로 옮겨져 치료를 받고 있다'),
    # label unparsed; read at_least 30-30-nan
    ('ko', '강서구 화곡동 황세영 여성전문병원에도 이날 오전 평소의 30%가 넘는 환자가 병원을 찾았고 이중 황사로 인해 호흡기 질환이나 안구 질환을 호소하는 환자도 20명이 넘었다'),
    # label exact 45-45-45; read unparsed
    ('ko', '부산 119 수상구조대에 따르면 어제(15일) 정오 해운대해수욕장 앞 해상에서 피서객 45명이 해파리에'),
    # label unparsed; read exact 23-23-23
    ('ko', '산내면 23개 마을 중 가장 큰 피해를 본 오치마을은 사과 과수원의 80%가량이 훼손됐다'),
    # label range additional 40-45-50; read unparsed
    ('ko', '서울 건국대학교병원 소아과 관계자는 "원래 월요일에 환자가 몰리는 편이지만 오늘은 평소 월요일보다 40∼50% 정도 환자가 늘었다"며 "황사 때문인지 감기나 폐렴 환자가 대부분"이라고 밝혔다'),
    # label exact 3-3-3; read unparsed
    ('ko', '이 사고로 다리 아래에서 작업 중이던 인부가 부상을 입었으며 크레인 1대. 5t트럭. 25t트럭 등 장비 3대가 다리에 깔려 파손됐다'),
    # label range additional 15-32.5-50; read range 15-32.5-50
    ('ko', '지난 주말 전국을 강타한 황사의 여파로 10일 오전부터 호흡기 질환 등을 호소하며 병원을 찾는 환자들이 평소보다 15∼50% 급증하고 있다'),
    # label unparsed; read exact 210-210-210
    ('pl', '14 sierpnia rano podczas ulewnej burzy kable podtrzymujące wiadukt pękły i jego 210-metrowy odcinek runął do rzeki'),
    # label unparsed; read exact 500-500-500
    ('pl', 'Agencja ONZ szacuje, że w przyszłym roku liczebność szarańczy może wzrosnąć 500 razy'),
    # label unparsed; read exact 1-1-1
    ('pl', 'Jeden z nich jest w ciężkim stanie - podają zagraniczne media'),
    # label unparsed; read exact 2-2-2
    ('pl', 'Na miejsce natychmiast wysłano dwa zespoły pogotowia ratunkowego'),
    # label approx 500000000-500000000-500000000; read approx additional 500000000-500000000-500000000
    ('pl', 'Straty nie zostały jeszcze policzone, ale wiadomo już, że koszt samych tylko pestycydów, potrzebnych, aby zredukować ilość pasożytów wynosi około 500 mln euro'),
    # label unparsed; read exact 13-13-13
    ('pl', 'uzyskano tylko w 13 przypadkach gruźlicy PŁUC tzn. w 21,0% przypadków gruźlicy u dzieci'),
    # label vague 2-2-9; read unparsed
    ('pt', 'Desde 2015, a Argentina vem enfrentando a formação de diversas nuvens de gafanhotos e elas devem continuar ameaçando o país e o sul do continente nos próximos anos'),
    # label at_least 100-100-nan; read unparsed
    ('pt', 'Equipes do Corpo de Bombeiros Militar trabalham na busca por pessoas dentro das águas, verificando se podem encontrar alguém ainda com vida depois da ponte romper com mais de 100 pessoas na travessia que comportariam apenas 20'),
    # label unparsed; read at_least 60000000-60000000-nan
    ('tr', 'Bilindiği üzere çekirgelerin sayıları ve büyüklükleri o kadar fazla ki bir kilometre karelik alanda toplam 60 milyondan fazla çekirge bulunuyor'),
    # label vague 1000000-1000000-9999999; read unparsed
    ('tr', 'Milyonlarca çekirgenin aynı anda günde 150 km hızla ilerleyerek önüne gelen bütün ekinleri yemesi durdurulamıyor'),
    # label exact 2-2-2; read unparsed
    ('tr', 'Yere çakılmadan şans eseri 3 kat düşüp 1. katta duran kabinin üzerinde bulunan 2 işçi ağır yaralanırken, olay yerinde adeta can pazarı yaşandı'),
    # label exact 15-15-15; read unparsed
    ('tr', 'olay sırasında köprüden geçmekte olan bazı araç ve yayaların çaya düşerek sulara kapılması sonucu kaybolanların sayısı 15 olarak bildirilirken, savcılık kazayla ilgili soruşturma başlattı'),
    # label unparsed; read exact 400000000000-400000000000-400000000000
    ('zh', '4000亿沙漠蝗虫逼近中国边境!背后三大悬念'),
    # label unparsed; read exact 8-8-8
    ('zh', '原标题:7年8人被攻击致死一个贫困县的人象之争'),
    # label unparsed; read exact 10-10-10
    ('zh', '在三公里之外的骑安马梁子附近,他家有十亩玉米地'),
    # label unparsed; read exact 165000000-165000000-165000000
    ('zh', '成都华希昆虫博物馆收藏的内蒙古出土的1.65亿年前的蝗虫化石'),
    # label exact 4-4-4; read unparsed
    ('zh', '我们4个人跑,跑了100多米,那个象就不追了'),
    # label unparsed; read at_least 20-20-nan
    ('zh', '木先生介紹,他們是雲南的傈僳族,從怒江搬到普洱市倚象鎮蚌弄村20多年'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 40}, 400)
