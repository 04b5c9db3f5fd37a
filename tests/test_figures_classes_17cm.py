# ruff: noqa: E501 (the phrases are data, as written)
"""17cm: D67.3-5, articles that look like numerals and counters as closed classes (issue 17).

Phrases of their own, written for this test (none is a phrase of a round). Rows marked "read
right before" were checked and already read so (Turkish "bir", German, French, Spanish, Italian,
Portuguese and English articles, Japanese ある / 一つの, Chinese 一 + classifier, and most parts
after a total); every other row read otherwise before the change.

D67.3: "one" written beside a count, in the languages where the article is the numeral or
"one" locates the counted: Polish "jeden" after a preposition, Arabic "واحد" after a noun a
preposition governs, English "one" after a preposition of place, Indonesian "satu" after a
preposition and "seorang" alone (one person), Hindi "एक" before a postposition: the grammar's
closed class of prepositions, never a list of nouns. D67.4: counters as closed classes
(Korean 한 + counter, 두 after a number, Chinese Han numerals with the classifiers of animals,
trees and bodies, a range with the counter on both ends). D67.5: parts after a total (zh 附近 is
no "nearly", de ", von ihnen").
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

# D67.3: "one" as the article or locating the counted, beside a count; alone as before
ARTICLE = [
    ('tr', 'Bir köyde 12 kişi öldü', 12, 'exact'),  # read right before
    ('tr', 'Bir fabrikada çıkan yangında 25 işçi yaralandı', 25, 'exact'),  # read right before
    ('tr', 'Bir okulda 40 öğrenci zehirlendi', 40, 'exact'),  # read right before
    ('tr', 'Bir çiftlikte 3 bin tavuk telef oldu', 3000, 'exact'),  # read right before
    ('tr', 'Kentteki bir hastanede 15 hasta tahliye edildi', 15, 'exact'),  # read right before
    ('tr', 'Bir balıkçının ağına yaklaşık 200 yunus takıldı', 200, 'approx'),  # read right before
    ('tr', 'Bir otobüsün devrilmesi sonucu 18 yolcu yaralandı', 18, 'exact'),  # read right before
    ('tr', 'bir arıcının kovanlarında 30 bin arı öldü', 30000, 'exact'),  # read right before
    ('tr', 'Bir madende mahsur kalan 7 madenci kurtarıldı', 7, 'exact'),  # read right before
    ('tr', 'bir kişi öldü', U, ''),  # read right before
    ('tr', 'bir milyon arı öldü', 1000000, 'exact'),  # read right before
    ('tr', 'Bir asker daha öldü', 1, 'exact additional'),  # read right before
    ('hi', 'एक गांव में 30 लोग मारे गए', 30, 'exact'),  # read right before
    ('hi', 'एक फैक्ट्री में आग लगने से 12 मजदूरों की मौत', 12, 'exact'),  # read right before
    ('hi', 'एक बस के खाई में गिरने से 22 यात्री घायल', 22, 'exact'),
    ('hi', 'एक तालाब में हजारों मछलियां मरी', 1000, 'vague'),
    ('hi', 'एक अस्पताल में करीब 40 मरीजों को निकाला गया', 40, 'approx'),  # read right before
    ('hi', 'एक स्कूल के 50 छात्र बीमार पड़े', 50, 'exact'),  # read right before
    ('hi', 'एक व्यक्ति की मौत हो गई', 1, 'exact'),  # read right before
    ('hi', 'एक लाख लोग बेघर', 100000, 'exact'),  # read right before
    ('id', 'Di sebuah desa di Jawa Barat, 30 warga mengungsi', 30, 'exact'),  # read right before
    ('id', 'Sebuah bus terjun ke jurang, 17 penumpang tewas', 17, 'exact'),  # read right before
    ('id', 'Seorang petani kehilangan 200 ekor sapi', 200, 'exact'),  # read right before
    ('id', 'Di sebuah pabrik, sekitar 40 pekerja terluka', 40, 'approx'),  # read right before
    ('id', 'Sebuah kapal yang membawa 60 penumpang tenggelam', 60, 'exact'),  # read right before
    ('id', 'Satu sekolah di Bogor meliburkan 300 siswa', U, ''),  # read right before
    ('id', 'Seorang pria berusia 38 tahun', 1, 'exact'),
    ('id', 'Seorang nelayan berusia 52 tahun hilang', 1, 'exact'),
    ('id', 'seorang warga tewas', 1, 'exact'),
    ('id', 'satu juta orang mengungsi', 1000000, 'exact'),  # read right before
    ('zh', '一座村庄有30人遇难', 30, 'exact'),  # read right before
    ('zh', '一所小学的200多名学生出现呕吐症状', 200, 'at_least'),  # read right before
    ('zh', '一艘渔船上的12名船员获救', 12, 'exact'),  # read right before
    ('zh', '一位农民饲养的500头猪全部死亡', 500, 'exact'),  # read right before
    ('zh', '一处工地发生坍塌,造成8人死亡', 8, 'exact'),  # read right before
    ('zh', '一个村子里有40户人家受灾', 40, 'exact'),  # read right before
    ('zh', '一间工厂的15名工人受伤', 15, 'exact'),  # read right before
    ('zh', '一名男子死亡', 1, 'exact'),  # read right before
    ('zh', '一百万人', 1000000, 'exact'),  # read right before
    ('ja', 'ある村で30人が死亡した', 30, 'exact'),  # read right before
    ('ja', 'ある養鶏場で鶏約3000羽が死んだ', 3000, 'approx'),  # read right before
    ('ja', 'ある工場の従業員15人が負傷した', 15, 'exact'),  # read right before
    ('ja', '一つの学校で生徒200人以上が体調不良を訴えた', 200, 'at_least'),  # read right before
    ('ja', '一つの村だけで50人が犠牲になった', 50, 'exact'),  # read right before
    ('ja', 'ある病院では患者12人が避難した', 12, 'exact'),  # read right before
    ('ja', '一人が死亡した', 1, 'exact'),  # read right before
    ('ar', 'في قرية واحدة لقي 30 شخصا حتفهم', 30, 'exact'),
    ('ar', 'في مستشفى واحد توفي 12 مريضا', 12, 'exact'),
    ('ar', 'أصيب 40 طالبا في مدرسة واحدة', 40, 'exact'),
    ('ar', 'على متن قارب واحد كان 60 مهاجرا', 60, 'exact'),
    ('ar', 'في مزرعة واحدة نفق نحو 5 آلاف دجاجة', 5000, 'approx'),
    ('ar', 'قتل شخص واحد', 1, 'exact'),  # read right before
    ('ar', 'مليون شخص', 1000000, 'exact'),  # read right before
    ('pl', 'w jednej wsi zginęło 30 osób', 30, 'exact'),
    ('pl', 'W jednym szpitalu zmarło 12 pacjentów', 12, 'exact'),
    ('pl', 'Jedna szkoła ewakuowała 400 uczniów', U, ''),  # read right before
    ('pl', 'Z jednego statku uratowano 25 marynarzy', 25, 'exact'),
    ('pl', 'Na jednej fermie padło około 5 tys. kur', 5000, 'approx'),
    ('pl', 'zginęła jedna osoba', 1, 'exact'),  # read right before
    ('pl', 'jeden milion osób', 1000000, 'exact'),  # read right before
    ('de', 'In einem Dorf starben 30 Menschen', 30, 'exact'),  # read right before
    ('de', 'Bei einem Brand in einer Fabrik wurden 12 Arbeiter verletzt', 12, 'exact'),  # read right before
    ('de', 'eine Schule mit rund 300 Schülern', 300, 'approx'),  # read right before
    ('de', 'Auf einem Hof verendeten 2000 Hühner', 2000, 'exact'),  # read right before
    ('fr', 'Dans un village, 30 personnes sont mortes', 30, 'exact'),  # read right before
    ('fr', 'Une usine a licencié 200 salariés', 200, 'exact'),  # read right before
    ('fr', 'une école où 12 élèves ont été blessés', 12, 'exact'),  # read right before
    ('fr', 'un soldat nord-coréen', U, ''),  # read right before
    ('es', 'En un pueblo murieron 30 personas', 30, 'exact'),  # read right before
    ('es', 'Una explosión en una mina mató a 14 mineros', 14, 'exact'),  # read right before
    ('es', 'un barco con 60 migrantes', 60, 'exact'),  # read right before
    ('it', 'In un villaggio sono morte 30 persone', 30, 'exact'),  # read right before
    ('it', 'Una frana in una cava ha ucciso 6 operai', 6, 'exact'),  # read right before
    ('it', 'un ospedale con 120 pazienti', 120, 'exact'),  # read right before
    ('pt', 'Em uma aldeia morreram 30 pessoas', 30, 'exact'),  # read right before
    ('pt', 'Um incêndio numa fábrica matou 12 trabalhadores', 12, 'exact'),  # read right before
    ('pt', 'uma escola com 500 alunos', 500, 'exact'),  # read right before
    ('en', 'In a village, 30 people died', 30, 'exact'),  # read right before
    ('en', 'A fire at a factory killed 12 workers', 12, 'exact'),  # read right before
    ('en', 'An explosion at one mine killed 14 miners', 14, 'exact'),
    ('en', 'a North Korean soldier', U, ''),  # read right before
    ('pl', 'Na jednego mieszkańca przypada 30 zł', U, ''),  # read right before
    ('pl', 'zginęła jedna osoba, a 30 zostało rannych', U, ''),  # read right before
    ('pl', 'po jednym rannym w 3 wsiach', U, ''),  # read right before
    ('pl', 'W jednym z domów zginęło 5 osób', U, ''),  # read right before
    ('pl', 'w jednym domu', 1, 'exact'),  # read right before
    ('pl', 'W jednej rodzinie zginęło troje dzieci', 3, 'exact'),
    ('pl', 'Przez jeden most przejechało ponad 2 tys. ciężarówek', 2000, 'at_least'),
    ('ar', 'لقي شخص واحد حتفه وأصيب 30 آخرون', U, ''),  # read right before
    ('ar', 'بقرية واحدة أصيب 25 شخصا', 25, 'exact'),
    ('ar', 'لعائلة واحدة فقدت 7 من أفرادها', 7, 'exact'),
    ('ar', 'في قرية واحدة', 1, 'exact'),  # read right before
    ('ar', 'أصيب أكثر من شخص واحد و 30 جنديا', U, ''),  # read right before
    ('en', 'In one village, 30 people died', 30, 'exact'),
    ('en', 'Aboard one boat were 60 migrants', 60, 'exact'),
    ('en', '12 patients died in one hospital', 12, 'exact'),
    ('en', 'one person died and 30 were injured', U, ''),  # read right before
    ('en', 'one in five of the 300 residents', U, ''),  # read right before
    ('en', 'in one village', 1, 'exact'),  # read right before
    ('id', 'Seorang perempuan berusia 53 tahun tewas', 1, 'exact'),
    ('id', 'Seorang pria di Desa Parebok tewas diterkam buaya', 1, 'exact'),
    ('id', 'Seorang pria berusia 38 tahun di Bekasi mengaku', 1, 'exact'),
    ('id', 'Seorang anak berumur 7 tahun tenggelam', 1, 'exact'),
    ('id', 'Di satu desa, 30 warga mengungsi', 30, 'exact'),
    ('id', 'Dari satu kapal, tim SAR mengevakuasi 45 penumpang', 45, 'exact'),
    ('id', '12 pasien dirawat di satu rumah sakit', 12, 'exact'),
    ('id', 'Seorang warga tewas dan 5 lainnya luka-luka', U, ''),  # read right before
    ('id', 'di satu desa', 1, 'exact'),  # read right before
    ('hi', 'एक व्यक्ति की मौत हो गई और 30 घायल हुए', U, ''),  # read right before
    ('hi', 'एक ट्रक के पलटने से 9 मजदूर घायल', 9, 'exact'),
    ('hi', 'एक परिवार के 5 लोगों की मौत', 5, 'exact'),
    ('hi', 'एक मंदिर में करीब 200 श्रद्धालु फंसे', 200, 'approx'),  # read right before
    ('hi', '30 यात्री एक नाव पर सवार थे', 30, 'exact'),
    ('hi', 'एक व्यक्ति की मौत से हड़कंप, 30 घायल', U, ''),  # read right before
    ('hi', 'एक तालाब में मछलियां मरी', 1, 'exact'),  # read right before
    ('tr', 'Bir fabrikanın deposunda 250 ton un yandı', 250, 'exact'),  # read right before
    ('tr', 'Bir minibüsün şarampole yuvarlanması sonucu 11 kişi yaralandı', 11, 'exact'),  # read right before
    ('tr', 'Bir kişi öldü, 12 kişi yaralandı', 12, 'exact'),  # read right before
    ('ja', 'ある小学校の児童120人が避難した', 120, 'exact'),  # read right before
    ('ja', '一つの集落で住民40人が孤立した', 40, 'exact'),  # read right before
    ('ja', 'ある男性が死亡した', U, ''),  # read right before
    ('zh', '一座矿井里有25名矿工被困', 25, 'exact'),  # read right before
    ('zh', '一辆大巴上的40名乘客受伤', 40, 'exact'),  # read right before
    ('zh', '一处民宅内发现3具遗体', 3, 'exact'),  # read right before
    # more of D67.3, written after the first run: compound prepositions (pl), time and place
    ('pl', 'w ciągu jednego dnia zginęło 30 osób', 30, 'exact'),
    ('pl', 'Na pokładzie jednego statku było 120 migrantów', 120, 'exact'),
    ('pl', 'w pobliżu jednej szkoły znaleziono 3 niewybuchy', 3, 'exact'),
    ('en', 'At one point, 300 people gathered', 300, 'exact'),
    ('en', 'In one year, 300 people died', 300, 'exact'),  # read right before
    ('en', 'from one to five people', 3, 'range'),  # read right before
    ('en', 'one soldier and 30 civilians', U, ''),  # read right before
    ('hi', 'एक दशक से 30 लोग लापता', 30, 'exact'),  # read right before
    ('ar', 'قتل 30 شخصا خلال يوم واحد', 30, 'exact'),  # read right before
]

# D67.4: counters as closed classes
COUNTERS = [
    # stays: a counter after the low end only with the same counter after the high end
    ('ko', '3곳에서 5명이 다쳤다', U, ''),  # read right before
    ('zh', '3艘渔船到5名船员', U, ''),  # read right before
    ('zh', '一家养蜂场的数十万只蜜蜂', 100000, 'vague'),  # read right before
    ('ko', '소나무 백여 그루가 불에 탔다', 100, 'at_least'),  # read right before
    ('ko', '어선 30척이 피항했다', 30, 'exact'),  # read right before
    ('ko', '주택 12채가 침수됐다', 12, 'exact'),  # read right before
    ('ko', '소 200두가 폐사했다', 200, 'exact'),
    ('ko', '닭 3천여 마리가 폐사했다', 3000, 'at_least'),  # read right before
    ('ko', '한 척의 어선에서 선원 12명이 구조됐다', U, ''),  # read right before
    ('ko', '한 그루의 나무에 까치 30마리가 앉았다', U, ''),  # read right before
    ('ko', '한 동에서 주민 40명이 대피했다', U, ''),
    ('ko', '한 개비의 담배로 산불이 나 200헥타르가 탔다', U, ''),
    ('ko', '한 평 남짓한 방에 5명이', U, ''),
    ('ko', '한 마을에서 주민 40명이 대피했다', 40, 'exact'),  # read right before
    ('ko', '돼지 1만두가 살처분됐다', 10000, 'exact'),
    ('ko', '한우 35두를 키우는 농장', 35, 'exact'),  # read right before
    ('ko', '한 판에 계란 30개가 들어간다', U, ''),
    ('ko', '한 다발의 꽃에 장미 100송이가', U, ''),
    ('ko', '한 농장에서 소 50두가 폐사했다', 50, 'exact'),
    ('zh', '有十七只羊死亡', 17, 'exact'),
    ('zh', '二十头牛被冲走', 20, 'exact'),  # read right before
    ('zh', '洪水冲走九十多头牛', 90, 'at_least'),  # read right before
    ('zh', '山火烧毁八十棵松树', 80, 'exact'),  # read right before
    ('zh', '搜救人员找到三具遗体', 3, 'exact'),
    ('zh', '十二只熊猫', 12, 'exact'),  # read right before
    ('zh', '一只熊猫', U, ''),  # read right before
    ('zh', '三艘渔船上的40名船员', 40, 'exact'),  # read right before
    ('zh', '两起矿难的死亡人数已经上升到至少22人', 22, 'at_least'),  # read right before
    ('zh', '由工兵和医疗两个分队组成', U, ''),  # read right before
    ('zh', '七台河市30名矿工遇难', 30, 'exact'),  # read right before
    ('zh', '200头至300头', 250, 'range'),
    ('zh', '30艘到50艘渔船', 40, 'range'),
    ('ja', '牛30頭から50頭', 40, 'range'),
    ('ja', '3000羽から5000羽', 4000, 'range'),
    ('ja', '住宅20棟から30棟が全壊', 25, 'range'),
    ('ko', '닭 200마리에서 300마리가 폐사', 250, 'range'),
    ('ko', '소나무 100그루에서 200그루', 150, 'range'),
    ('ko', '3천명에서 5천명', 4000, 'range'),  # read right before
    ('ja', '1万人から2万人', 15000, 'range'),  # read right before
]

# D67.5: a part after the total: the total is the figure, alike in every language
PARTS = [
    ('zh', '這附近一共有10戶蜂農,其中6戶都出現了', 10, 'exact'),
    ('zh', '这附近有10户蜂农', 10, 'exact'),
    ('zh', '附近10名村民被疏散', 10, 'exact'),
    ('zh', '最近30天内有12人感染', 12, 'exact'),  # read right before
    ('zh', '靠近边境的3个村庄', 3, 'exact'),
    ('zh', '将近10户蜂农', 10, 'nearly'),  # read right before
    ('zh', '近10户蜂农', 10, 'nearly'),  # read right before
    ('de', 'Rund 40 Bergleute waren eingeschlossen, von ihnen wurden 15 gerettet', 40, 'approx'),
    ('de', '12 Menschen starben, von ihnen 5 Kinder', 12, 'exact'),
    ('de', 'Von ihnen wurden 15 gerettet', 15, 'exact'),  # read right before
    ('de', 'Elf von ihnen konnten abgezogen werden, vier wurden zunächst vermisst', U, ''),  # read right before
    ('zh', '12人受伤,其中6人伤势严重', 12, 'exact'),  # read right before
    ('zh', '共有30名矿工被困,其中8人已获救', 30, 'exact'),  # read right before
    ('en', '12 people were injured, of whom 6 seriously', 12, 'exact'),  # read right before
    ('en', 'Some 40 miners were trapped, of whom 15 have been rescued', 40, 'approx'),  # read right before
    ('en', '30 houses were destroyed, 12 of them completely', 30, 'exact'),  # read right before
    ('de', '12 Menschen wurden verletzt, davon 6 schwer', 12, 'exact'),  # read right before
    ('de', '30 Häuser wurden zerstört, darunter 12 vollständig', 30, 'exact'),  # read right before
    ('fr', '12 blessés, dont 6 graves', 12, 'exact'),  # read right before
    ('fr', 'Une quarantaine de mineurs étaient piégés, parmi lesquels 15 ont été secourus', 40, 'approx'),  # read right before
    ('fr', '30 maisons détruites, dont 12 entièrement', 30, 'exact'),  # read right before
    ('es', '12 heridos, de los cuales 6 graves', 12, 'exact'),  # read right before
    ('es', 'Unos 40 mineros quedaron atrapados, 15 de ellos ya fueron rescatados', 40, 'approx'),  # read right before
    ('es', '30 casas destruidas, entre ellas 12 por completo', 30, 'exact'),  # read right before
    ('it', '12 feriti, di cui 6 gravi', 12, 'exact'),  # read right before
    ('it', 'Circa 40 minatori sono rimasti intrappolati, 15 dei quali sono stati salvati', 40, 'approx'),  # read right before
    ('it', '30 case distrutte, tra cui 12 completamente', 30, 'exact'),  # read right before
    ('pt', '12 feridos, dos quais 6 em estado grave', 12, 'exact'),  # read right before
    ('pt', 'Cerca de 40 mineiros ficaram presos, 15 deles já foram resgatados', 40, 'approx'),  # read right before
    ('pt', '30 casas destruídas, entre elas 12 completamente', 30, 'exact'),  # read right before
    ('ru', '12 человек пострадали, из них 6 тяжело', 12, 'exact'),  # read right before
    ('ru', 'Около 40 горняков оказались заблокированы, 15 из них спасены', 40, 'approx'),  # read right before
    ('ru', '30 домов разрушено, в том числе 12 полностью', 30, 'exact'),  # read right before
    ('uk', '12 людей постраждали, з них 6 важко', 12, 'exact'),  # read right before
    ('uk', 'Близько 40 шахтарів опинилися в пастці, 15 з них врятовано', 40, 'approx'),  # read right before
    ('uk', '30 будинків зруйновано, серед них 12 повністю', 30, 'exact'),  # read right before
    ('ko', '12명이 다쳤고 그중 6명은 중상이다', 12, 'exact'),  # read right before
    ('ko', '광부 40여 명이 갇혔으며 이 가운데 15명이 구조됐다', 40, 'at_least'),  # read right before
    ('ko', '주택 30채가 부서졌고 그 중 12채는 완파됐다', 30, 'exact'),  # read right before
    ('ja', '12人がけがをし、そのうち6人が重傷', 12, 'exact'),  # read right before
    ('ja', '約40人の作業員が閉じ込められ、このうち15人が救助された', 40, 'approx'),  # read right before
    ('ja', '住宅30棟が壊れ、うち12棟が全壊した', 30, 'exact'),  # read right before
    ('pl', '12 osób zostało rannych, w tym 6 ciężko', 12, 'exact'),  # read right before
    ('pl', 'Około 40 górników zostało uwięzionych, z czego 15 uratowano', 40, 'approx'),  # read right before
    ('pl', '30 domów zostało zniszczonych, spośród nich 12 całkowicie', 30, 'exact'),  # read right before
    ('tr', "12 kişi yaralandı, bunlardan 6'sı ağır", 12, 'exact'),  # read right before
    ('tr', "Yaklaşık 40 madenci mahsur kaldı, bunların 15'i kurtarıldı", 40, 'approx'),  # read right before
    ('tr', "30 ev yıkıldı, bunlardan 12'si tamamen", 30, 'exact'),  # read right before
    ('id', '12 orang terluka, 6 di antaranya luka berat', 12, 'exact'),  # read right before
    ('id', 'Sekitar 40 penambang terjebak, 15 di antaranya berhasil diselamatkan', 40, 'approx'),  # read right before
    ('id', '30 rumah rusak, termasuk 12 rusak berat', 30, 'exact'),  # read right before
    ('hi', '12 लोग घायल हुए, जिनमें से 6 की हालत गंभीर है', 12, 'exact'),  # read right before
    ('hi', 'करीब 40 मजदूर फंसे थे, इनमें से 15 को बचा लिया गया', 40, 'approx'),  # read right before
    ('hi', '30 घर तबाह हुए, जिनमें 12 पूरी तरह ढह गए', 30, 'exact'),  # read right before
    ('ar', 'أصيب 12 شخصا، بينهم 6 في حالة خطيرة', 12, 'exact'),  # read right before
    ('ar', 'احتجز نحو 40 عاملا، أنقذ منهم 15', 40, 'approx'),  # read right before
    ('ar', 'دمر 30 منزلا، منها 12 بشكل كامل', 30, 'exact'),  # read right before
]


test_one_beside_a_count = case_test(ARTICLE)
test_counters_are_a_closed_class = case_test(COUNTERS)
test_part_after_the_total = case_test(PARTS)
