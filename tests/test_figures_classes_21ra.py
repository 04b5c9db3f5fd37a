# ruff: noqa: E501 (the phrases are data, as written)
"""D95-D98 (21ra, issue 17): round 47's classes in tr, pl, zh, ar, hi, ko, ja, written for every table.

D95: "others" with no number after "and" belong to the later clause (the count stays total); a
number sign ("#14") names, no count; ordinals after a counter (ja 人目, か所目; ko "41번,
42번째"). D96: a capacity ("45-seat", "45인승", "80 bin kapasiteli", "capacity of") is no count
beside another number, and alone reads as written (D81). D97: ko "더" opening a quoted name is
"The"; hi "एक" before a group noun is the article; hi the ambulance lines 108 / 102; vague words
fused in adjectives (pl "kilkutysięczny", ru "многотысячный") and ar "عدداً من". D98: ar one
person told by a singular noun with an outcome beside a count is a sum. Rows marked (r47) / (r45)
are the rounds' own; (p) are sentences of the search tool's pages corpus; the rest are written
for the class, in the forms of the languages' reporting. Expected values are written by hand
from the codebook.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

# read otherwise on the session's start (7ee9ab76): (lang, phrase, best or UNPARSED, qualifier)
CHANGES: list[tuple[str, str, object, str]] = [
    # D95.1 others with no number, after "and": total
    ('ar', 'لقي ٢٠ شخصاً مصرعهم وأُصيب آخرون في حادث انقلاب باص', 20.0, "exact"),  # (r47)
    ('ar', 'وفاة 20 شخصا وإصابة آخرين بانقلاب حافلة معتمرين في السعودية', 20.0, "exact"),  # (r47)
    ('ar', 'قتل 20 شخصا وأصيب آخرون بجروح', 20.0, "exact"),
    ('de', 'Drei Menschen starben und weitere wurden verletzt', 3.0, "exact"),
    ('de', '200 Soldaten kamen an und weitere sollen folgen', 200.0, "exact"),
    ('fr', "Trois morts et d'autres blessés", 3.0, "exact"),
    ('es', 'Tres personas murieron y otras resultaron heridas', 3.0, "exact"),
    ('it', 'tre morti e altri feriti', 3.0, "exact"),
    ('pt', 'três pessoas morreram e outras ficaram feridas', 3.0, "exact"),
    ('pl', 'trzy osoby zginęły i kolejne zostały ranne', 3.0, "exact"),
    # D95.2 a number sign names
    ('ko', '18일 질병관리청은 국내에서 3명(#14, #15, #16)의 엠폭스 확진 환자가 추가로 발생했다고 밝혔다', 3.0, "exact additional"),  # (r47)
    ('en', 'patient #14 died', UNPARSED, "none"),
    ('es', 'el paciente #3 murió', UNPARSED, "none"),
    ('ja', '患者＃14が死亡した', UNPARSED, "none"),
    ('en', '3 patients (#14, #15, #16) were confirmed', 3.0, "exact"),
    # D95.3 ordinals
    ('ja', '事故が起きたのは群馬県側から数えて43か所目のカーブだったということです', UNPARSED, "none"),  # (r47)
    ('ja', '国内で3人目の感染者を確認', UNPARSED, "none"),
    ('ko', '질병청에 따르면 전날 국내 41번, 42번째 엠폭스 확진 환자가 추가로 발생했습니다', UNPARSED, "none"),  # (r47)
    # D96 a capacity beside a count
    ('tr', "Kongo'nun başkenti Kinşasa'da 80 bin kapasiteli stadyumda düzenlenen konsere 120 bin kişi girince izdiham çıktı", 120000.0, "exact"),  # (r47)
    ('tr', '45 koltuklu otobüs devrildi: 12 kişi yaralandı', 12.0, "exact"),
    ('en', 'A 45-seat bus overturned, injuring 12 people', 12.0, "exact"),
    ('en', 'a 12-seater minibus crashed, killing 9', 9.0, "exact"),
    ('en', 'the stadium, with a capacity of 80,000, held 120,000 people', 120000.0, "exact"),
    ('de', 'Ein 50-Sitzer verunglückte, 12 Menschen wurden verletzt', 12.0, "exact"),
    ('uk', '45-місний автобус перекинувся, 12 людей травмовано', 12.0, "exact"),
    ('ru', 'стадион вместимостью 80 тысяч принял 120 тысяч зрителей', 120000.0, "exact"),
    ('pl', 'stadion o pojemności 80 tys. przyjął 120 tys. kibiców', 120000.0, "exact"),
    ('id', 'stadion berkapasitas 80.000 dipadati 120.000 penonton', 120000.0, "exact"),
    ('ar', 'ملعب بسعة 80 ألف متفرج استقبل 120 ألف مشجع', 120000.0, "exact"),
    ('hi', '52 सीटर बस पलटी, 12 यात्री घायल', 12.0, "exact"),
    ('ko', '45인승 버스가 전도돼 12명이 다쳤다', 12.0, "exact"),
    ('ja', '45人乗りのバスが横転し、12人がけが', 12.0, "exact"),
    ('zh', '45座大巴侧翻，12人受伤', 12.0, "exact"),
    ('zh', '7人座车辆与货车相撞，3人死亡', 3.0, "exact"),
    # D97.1 ko "더" opening a quoted name
    ('ko', "'더 록 am 링' 페스티벌 공연장에 벼락이 떨어져 관객 71명이 부상을 당했다고 AP 등 외신들이 5일 보도했다", 71.0, "exact"),  # (r47)
    ('ko', "9만명 몰린 '더 록 am 링' 축제.. 공연 중단되고 관객에 대피령", 90000.0, "exact"),  # (r47)
    # D97.2 hi "एक" before a group noun; D97.4 the ambulance lines
    ('hi', 'इसी क्रम में प्रोटेस्टर्स का एक समूह दरियागंज होते हुए लाल किला जाने की कोशिश कर रहा था', UNPARSED, "none"),  # (r47)
    ('hi', "प्रदर्शनकारियों के एक समूह ने 'मादवी हिडमा अमर रहे' जैसे नारे लगाए", UNPARSED, "none"),  # (r47)
    ('hi', 'यात्रियों व अन्य लोगों की मदद के जरिए घायलों को 108 एम्बुलेंस से अस्पताल भेजा', UNPARSED, "none"),  # (r47)
    ('hi', 'एक समूह के 15 लोग गिरफ्तार', 15.0, "exact"),
    ('hi', '5 घायलों को 108 एंबुलेंस से अस्पताल पहुंचाया गया', 5.0, "exact"),
    # D97.3 vague words
    ('pl', 'policja jeszcze przed godziną rozpoczęcia manifestacji odgrodziła kilkutysięczną grupę, która była już pod sceną', 2000.0, "vague"),  # (r47)
    ('pl', 'kilkusetosobowy tłum zebrał się pod sejmem', 200.0, "vague"),
    ('pl', 'wielotysięczny tłum przeszedł ulicami Warszawy', 1000.0, "vague"),
    ('ru', 'многотысячная толпа вышла на улицы', 1000.0, "vague"),
    ('uk', 'багатотисячний натовп зібрався на площі', 1000.0, "vague"),
    ('ar', 'اعتقلت الشرطة عدداً من النشطاء في حيفا', 2.0, "vague"),  # (r47)
    # D98.1 ar one person with an outcome, and a count: a sum
    ('ar', 'وفاة مشجع وإصابة 60 في حادث تدافع أمام ملعب نهائي كأس الخليج بالعراق', UNPARSED, "none"),  # (r47)
    ('ar', 'مقتل شخص وجرح 5 في إطلاق نار بمدينة بالتيمور الأمريكية', UNPARSED, "none"),  # (p)
]

# read as on the session's start
STAYS: list[tuple[str, str, object, str]] = [
    ('ar', 'لقى شخص مصرعه وأصيب 14 آخرون، خلال إطلاق نار على وقفة احتجاجية', UNPARSED, "none"),  # (p)
    ('ar', 'وأصيب 20 آخرون', 20.0, "exact additional"),
    ('ar', 'مقتل طفل وإصابة 16 آخرين', UNPARSED, "none"),
    ('de', 'mindestens 38 Menschen getötet und elf weitere schwer verletzt worden', UNPARSED, "none"),  # (p)
    ('en', 'a monk and 16 other people', UNPARSED, "none"),
    ('en', 'three people died and others were injured', 3.0, "exact"),
    ('es', 'otros 20 murieron y varios resultaron heridos', UNPARSED, "none"),
    ('ja', '人目につかない場所で3人が倒れていた', 3.0, "exact"),
    ('ko', '5번, 6번 국도에서 3명이 숨졌다', 3.0, "exact"),
    ('en', 'A 45-seat bus overturned', 45.0, "exact"),
    ('ko', '45인승 전세버스가 커브길 옆으로 쓰러져 있습니다', 45.0, "exact"),  # (p)
    ('tr', '10 kişilik grup ve 5 kişi', UNPARSED, "none"),
    ('en', '12 people were hurt and 3 seats were damaged', UNPARSED, "none"),
    ('ko', '관객 300명이 더 다쳤다', 300.0, "exact additional"),
    ('ko', "'더 많은' 300명", 300.0, "exact additional"),
    ('hi', 'एक व्यक्ति की मौत', 1.0, "exact"),
    ('hi', 'राज्य में 108 एम्बुलेंस तैनात', 108.0, "exact"),
    ('pl', 'zabiła 9 z 13-osobowej grupy', UNPARSED, "none"),
    ('ar', 'إصابة 60 شخصا في تدافع', 60.0, "exact"),
    ('ar', 'مقتل شخص', UNPARSED, "none"),
]


test_class_reads_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
