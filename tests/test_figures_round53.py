# ruff: noqa: E501 (the phrases are data, as written)
"""Round 53 for issue 17: phrases labelled by a helper who never ran the engine, in the middle of the
session of 2026-12-06 (twenty-second), after its first rules (22ra D103-D106, 22rb D107-D110) and
before its second (22rc D111, 22rd D113-D116); a measurement for ten languages beyond our ledger's
(40 phrases each in tr, pl, zh, ar, hi, ko, ja, it, pt and id).

``tests/cases/figures_round53.csv`` holds 400 figure phrases from 260 pages (school bus crashes,
hospital fires, fishermen missing at sea, high-rise fires, cable-car accidents, dam and embankment
breaches, firecracker factories in hi). No phrase or page of it is in any other case table; some
pages report the same events (Tivoli, Antalya, Beijing Changfeng). 120 of 400 are labelled unparsed.

Held out whole: no rule writer saw it. Scored on the session's start (4274cac1), after its first
rules, and after its last merge: 345, 345, 345 of 400 (no row changed).
The misses below are the end's, each with its label and the reading of the day: a development
round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round53.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label at_least 8-8-nan; read exact 8-8-8
    ('ar', 'قُتل ثمانية أشخاص، على الأقل، نتيجة حريق شب في أحد المستشفيات الخاصة'),
    # label unparsed; read exact 13-13-13
    ('ar', 'للبحث عن السفينة وطاقمها المكون من رئيس و13 صيادًا وبحريًا'),
    # label at_least 14-14-nan; read unparsed
    ('ar', 'مقتل 14 شخصا على الأقل في انهيار سدّ في تايوان'),
    # label exact 3-3-3; read unparsed
    ('ar', 'ودفعت السلطات بثلاث سيارات إطفاء للسيطرة على الحريق'),
    # label unparsed; read vague 10-10-99
    ('ar', 'وقد أدى الحريق إلى وفاة شخص على الأقل وإصابة العشرات'),
    # label unparsed; read exact 7-7-7
    ('ar', 'وكان سبعة تلاميذ وسائق حافلتهم، لقوا حتفهم'),
    # label exact 7-7-7; read unparsed
    ('hi', 'जब सात मछुआरे एक छोटी नौका (पारगमन नौका) पर सवार होकर बीच समुद्र में खडी़ बड़ी नौका की ओर जा रहे थे'),
    # label exact 12-12-12; read unparsed
    ('hi', 'मछली पकड़ने वाली नाव के समुद्र में एक डूबे हुए जहाज से टकरा जाने पर 12 मछुआरे समुद्र में गिर गए'),
    # label unparsed; read exact 74-74-74
    ('id', '74 pasien di antaranya telah dipindahkan ke rumah sakit lain, dan 14 orang telah diperbolehkan pulang'),
    # label unparsed; read approx 100-100-100
    ('id', 'Akibatnya, seorang pasien meninggal dunia dan seratusan keluarga pasien panik saat dilakukan evakuasi keluar ruangan'),
    # label unparsed; read exact 26-26-26
    ('id', 'Bus yang kami gunakan adalah Hino berkapasitas 26 penumpang'),
    # label unparsed; read exact 3-3-3
    ('id', 'Pencarian dilakukan dengan membagi SAR Gabungan menjadi 3 Search and Rescue Unit (SRU)'),
    # label unparsed; read exact 3-3-3
    ('id', 'dengan melibatkan tim SAR gabungan yang dibagi menjadi tiga unit pencarian atau Search and Rescue Unit (SRU)'),
    # label exact 1-1-1; read at_most nan-1-1
    ('id', 'tim SAR Gabungan melakukan upaya maksimal untuk menemukan satu awak kapal yang belum ditemukan'),
    # label approx 10-10-10; read unparsed
    ('it', 'Al momento dell’incidente a bordo del mezzo c’erano una decina di bambini delle elementari'),
    # label unparsed; read exact 3-3-3
    ('it', 'In questo caso i feriti furono 3, oltre all’autista dell’automobile'),
    # label exact 4-4-4; read unparsed
    ('it', 'Quattro i veicoli coinvolti: l’autobus, una Ford Ka, una Punto e un furgone Scudo'),
    # label unparsed; read exact 2-2-2
    ('it', "Sull'imbarcazione il proprietario, Giulio Oliviero e due tunisini, tutti di Ercolano"),
    # label exact 43-43-43; read unparsed
    ('it', 'Una cabina precipitò per 200 metri, rotolando per altri 100 provocando la morte di 43 persone, tra cui 15 bambini e il manovratore'),
    # label unparsed; read exact 8-8-8
    ('it', 'la Guardia costiera ha inviato stamani una motovedetta Sar classe 800, in grado di affrontare il mare forza 8'),
    # label exact 63-63-63; read exact additional 63-63-63
    ('ja', 'ほかのゴンドラに乗っていた63人が最大約3時間半閉じ込められたが、けがはなかった'),
    # label unparsed; read exact 2-2-2
    ('ja', 'バスに乗っていた2人の添乗員のうち、女性1人が頭などを打ち軽いケガをしました'),
    # label exact 27-27-27; read exact additional 27-27-27
    ('ja', '他の入院患者27人は1階のリハビリ室に避難し、無事だったという'),
    # label exact 17-17-17; read unparsed
    ('ja', '出火当時の在館者は17名(入院患者12名、当直の看護師1名 、寮に居住していた看護師2名、自宅に居住していた名誉院長夫妻)'),
    # label exact 8-8-8; read unparsed
    ('ja', '大樹漁協(北海道大樹町)所属のサンマ漁船「第六十五慶栄丸」(29トン、乗組員8人)が横波を受けて連絡が取れなくなった'),
    # label unparsed; read exact 4-4-4
    ('ja', '男の子4人とバスを運転していた74歳の男性運転手、同乗していた25歳の女性保育士にけがはありませんでした'),
    # label exact 45-45-45; read exact additional 45-45-45
    ('ko', '또 8층에 있던 환자와 병원관계자 45명이 긴급대피하는 소동이 빚어지기도 했습니다'),
    # label unparsed; read exact 10-10-10
    ('ko', '운전자, 인솔교사, 지적장애 학생 10명 경상'),
    # label unparsed; read exact 2-2-2
    ('pl', '72-latek zginął w pożarze, dwie pielęgniarki zostały podtrute dymem i były hospitalizowane'),
    # label exact 8-8-8; read exact additional 8-8-8
    ('pl', 'Dziś o życie i zdrowie walczy jeszcze osiem osób'),
    # label exact 2-2-2; read unparsed
    ('pl', 'Obie jednostki operowały w rejonie akcji przez ponad 3,5 godziny'),
    # label exact 3-3-3; read unparsed
    ('pl', 'Walkę o życie musiało stoczyć trzech rybaków z załogi kutra USM 19'),
    # label exact 1-1-1; read unparsed
    ('pt', 'Morreu na tarde de ontem um dos pacientes transferidos do Hospital Estadual Pedro II, no Rio de Janeiro, após um princípio de incêndio no local'),
    # label exact 26-26-26; read unparsed
    ('pt', 'O veículo da empresa Pollo Viagens e Transporte levava 26 pessoas ; 24 crianças de 4 a 15 anos, um monitor e um motorista'),
    # label exact 1-1-1; read unparsed
    ('pt', 'Uma delas foi encaminhada pela aeronave da corporação para o Hospital de Base'),
    # label unparsed; read exact 48-48-48
    ('pt', 'o ônibus tinha capacidade para 48 pessoas e estaria superlotado'),
    # label unparsed; read exact 4-4-4
    ('tr', "Ayvalık'ta son durum... Dört balıkçıdan birisinin cesedine ulaşıldı"),
    # label exact 13-13-13; read unparsed
    ('tr', "Beykoz'dan 13 metrolik tekne ile balık avlamak üzere denize açılan 13 balıkçının teknesi Fatih Samatya Sahili'nde alabora oldu"),
    # label unparsed; read exact 7-7-7
    ('tr', "Hastalardan 7'si ilk anda, biri ise başka bir hastaneye sevk edilmek istenirken hayatını kaybetmişti"),
    # label unparsed; read exact 13-13-13
    ('tr', 'Kazanın şiddetiyle araçta bulunan sürücü ve 13 öğrenci yaralandı'),
    # label unparsed; read exact 7-7-7
    ('tr', "Korkunç kazada, 1 kişi hayatını kaybetti, 2'si çocuk 7 kişi yaralandı"),
    # label unparsed; read exact 87-87-87
    ('zh', '搜救出的87人中,46人不幸身亡,41人轻重伤'),
    # label unparsed; read exact 160-160-160
    ('zh', '搜救小组共组织在事故现场附近海域作业十四艘渔船一百六十人'),
    # label exact 12-12-12; read unparsed
    ('zh', '海南渔船“琼临高10021”在距离洋浦港西北方向33海里的海域沉没,船上12人下落不明'),
    # label exact 35-35-35; read unparsed
    ('zh', '该车核定乘坐41人,实载35人,其中1名驾驶员、1名跟车教师、33名学生'),
    # label vague 10-10-99; read vague 20-20-99
    ('zh', '車上載有幾十名參加秋遊的小學生'),
    # label unparsed; read exact 31-31-31
    ('zh', '高雄市消防局出动31个分队前往救援'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("tr", "pl", "zh", "ar", "hi", "ko", "ja", "it", "pt", "id"): 40}, 400)
