# ruff: noqa: E501 (the phrases are data, as written)
"""17cv: D78, "one" / "several" that locate the counted, and halves of a magnitude (issue 17).

Phrases of their own, written for this test (none is a phrase of a round). Rows marked "read
right before" were checked and already read so; every other row read otherwise before the
change (at e7bf5bbf).

D78.1: Russian and Ukrainian "один" after a preposition locates the counted, as D67.3's Polish
"jeden" (German, French, Spanish, Italian, Portuguese articles, Turkish "bir", Japanese ある,
Chinese 一个, Korean 한 checked). D78.2: a vague determiner (the table's ``several`` words) on
another noun, after a preposition that does not say where (or before such a postposition in
Turkish and Hindi; Korean 몇 / 여러 before a counter of times or kinds, or a noun with "-에도"),
is no count beside a number; alone, after a preposition of place or of adding, or as the
subject, it stays. D78.3: halves and compound magnitudes ("seis millones y medio", "six and a
half million", "7 ملايين ونصف المليون", "مليار ومائة مليون", "elfeinhalb Millionen", "साढ़े
बारह लाख", "12 setengah juta", "un milliard 500 millions", "dos mil quinientos millones").
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

ONE_LOCATES = [
    ('de', 'in einer Familie erkrankten 4 Menschen', 4, 'exact'),  # read right before
    ('de', 'In einem Dorf starben 12 Menschen', 12, 'exact'),  # read right before
    ('es', 'en una familia 4 enfermos', 4, 'exact'),  # read right before
    ('fr', 'dans une famille, 4 personnes malades', 4, 'exact'),  # read right before
    ('it', 'in una famiglia 4 malati', 4, 'exact'),  # read right before
    ('ja', 'ある家族で4人が感染', 4, 'exact'),  # read right before
    ('ja', '一つの家族で4人が感染', 4, 'exact'),  # read right before
    ('ko', '한 가족 4명이 감염', 4, 'exact'),  # read right before
    ('pt', 'numa família 4 doentes', 4, 'exact'),  # read right before
    ('pt', 'em uma fazenda morreram 200 vacas', 200, 'exact'),  # read right before
    ('ru', '4 случая трихинеллеза в одной семье', 4, 'exact'),
    ('ru', 'на одном предприятии 30 рабочих', 30, 'exact'),
    ('ru', 'В одном селе погибли 12 человек', 12, 'exact'),
    ('ru', 'На одной ферме пало около 200 коров', 200, 'approx'),
    ('ru', 'В одной больнице заразились 15 пациентов', 15, 'exact'),
    ('ru', 'погиб один человек', 1, 'exact'),  # read right before
    ('ru', 'из одного подъезда эвакуировали 20 жильцов', 20, 'exact'),
    ('ru', 'погибли 5 человек и один ранен', U, ''),  # read right before
    ('ru', '3 женщины с одним ребенком', U, ''),  # read right before
    ('ru', 'в одном доме', 1, 'exact'),  # read right before
    ('tr', 'bir ailede 4 kişi zehirlendi', 4, 'exact'),  # read right before
    ('uk', 'в одній родині 5 людей отруїлися', 5, 'exact'),
    ('uk', 'на одному підприємстві 30 робітників', 30, 'exact'),
    ('uk', 'В одному селі загинули 12 людей', 12, 'exact'),
    ('uk', 'У одній лікарні заразилися 15 пацієнтів', 15, 'exact'),
    ('uk', 'загинула одна людина', 1, 'exact'),  # read right before
    ('uk', 'загинули 5 людей і один поранений', U, ''),  # read right before
    ('uk', 'в одному будинку', 1, 'exact'),  # read right before
    ('zh', '一个家庭中有4人感染', 4, 'exact'),  # read right before
]

SEVERAL_BESIDE = [
    ('de', '6,4 Millionen kamen trotz einiger Regentage', 6400000, 'exact'),
    ('de', 'Trotz mehrerer Warnungen starben 12 Menschen', 12, 'exact'),
    ('de', 'Nach einigen Stunden wurden 30 Verletzte gezählt', 30, 'exact'),  # read right before
    ('de', 'mehrere Menschen starben und 30 wurden verletzt', U, ''),  # read right before
    ('de', 'Wegen einiger Verspätungen fielen 40 Flüge aus', 40, 'exact'),
    ('de', 'Nach mehreren Beschwerden nahm die Polizei 6 Männer fest', 6, 'exact'),
    ('de', 'Durch mehrere Explosionen wurden 15 Häuser beschädigt', 15, 'exact'),
    ('de', 'trotz mehrerer Warnungen', 2, 'vague'),  # read right before
    ('de', 'mit mehreren Verletzten und 12 Toten', U, ''),  # read right before
    ('de', 'in mehreren Dörfern starben 30 Menschen', U, ''),  # read right before
    ('en', '5 million came despite some rainy days', 5000000, 'exact'),
    ('en', 'Despite several warnings, 12 people died', 12, 'exact'),
    ('en', 'After several hours, 30 injured were counted', 30, 'exact'),  # read right before
    ('en', 'several died and 30 were injured', U, ''),  # read right before
    ('en', '12 people were killed in several attacks', U, ''),  # read right before
    ('en', 'After several delays, the ship carried 300 passengers', 300, 'exact'),
    ('en', 'Because of some technical problems, 40 flights were cancelled', 40, 'exact'),
    ('en', 'Following several complaints, police arrested 6 men', 6, 'exact'),
    ('en', 'During a few minutes of panic, 20 people were trampled', 20, 'exact'),  # read right before
    ('en', '12 were hurt despite a number of barriers', 12, 'exact'),
    ('en', 'Despite several warnings', 2, 'vague'),  # read right before
    ('en', 'with several injured, 12 died', U, ''),  # read right before
    ('en', '12 died and several were injured', U, ''),  # read right before
    ('en', 'after several were injured, 12 died', U, ''),  # read right before
    ('en', 'for some 30 people', 30, 'approx'),  # read right before
    ('en', 'for several hundred people', 200, 'vague'),  # read right before
    ('en', '30 dead in several villages', U, ''),  # read right before
    ('es', 'Pese a varias advertencias, murieron 12 personas', 12, 'exact'),
    ('es', 'Tras varios días de lluvia, 5 millones de visitantes', 5000000, 'exact'),  # read right before
    ('es', 'Tras varias quejas, la policía detuvo a 6 hombres', 6, 'exact'),
    ('es', 'Por algunos problemas técnicos, se cancelaron 40 vuelos', 40, 'exact'),
    ('es', 'Durante varias protestas, 120 personas fueron detenidas', 120, 'exact'),
    ('es', 'con varios heridos y 12 muertos', U, ''),  # read right before
    ('es', 'pese a varias advertencias', 2, 'vague'),  # read right before
    ('fr', 'Malgré plusieurs avertissements, 12 personnes sont mortes', 12, 'exact'),
    ('fr', 'plusieurs morts et 30 blessés', U, ''),  # read right before
    ('fr', 'Après plusieurs retards, le navire transportait 300 passagers', 300, 'exact'),
    ('fr', 'En raison de quelques problèmes techniques, 40 vols ont été annulés', 40, 'exact'),
    ('fr', 'Lors de plusieurs manifestations, 120 personnes ont été arrêtées', 120, 'exact'),
    ('fr', 'avec plusieurs blessés et 12 morts', U, ''),  # read right before
    ('fr', 'malgré plusieurs avertissements', 2, 'vague'),  # read right before
    ('hi', 'कई चेतावनियों के बावजूद 12 लोगों की मौत', 12, 'exact'),
    ('hi', 'कई शिकायतों के बाद पुलिस ने 6 लोगों को गिरफ्तार किया', 6, 'exact'),
    ('hi', 'कुछ तकनीकी खामियों के कारण 40 उड़ानें रद्द', 40, 'exact'),
    ('hi', 'कई प्रदर्शनों के दौरान 120 लोग गिरफ्तार', 120, 'exact'),
    ('hi', 'कई लोग घायल, 12 की मौत', U, ''),  # read right before
    ('hi', 'कई चेतावनियों के बावजूद', 2, 'vague'),  # read right before
    ('hi', 'कई लोगों की मौत के बाद 12 घायल', U, ''),  # read right before
    ('id', 'Meskipun beberapa peringatan, 12 orang tewas', 12, 'exact'),
    ('id', 'Setelah beberapa hari hujan, 5 juta pengunjung datang', 5000000, 'exact'),  # read right before
    ('id', 'Setelah beberapa keluhan, polisi menangkap 6 pria', 6, 'exact'),
    ('id', 'Karena beberapa masalah teknis, 40 penerbangan dibatalkan', 40, 'exact'),
    ('id', 'Selama beberapa aksi protes, 120 orang ditangkap', 120, 'exact'),
    ('id', 'dengan beberapa korban luka dan 12 tewas', U, ''),  # read right before
    ('id', 'meskipun beberapa peringatan', 2, 'vague'),  # read right before
    ('it', 'Nonostante diversi avvertimenti, 12 persone sono morte', 12, 'exact'),
    ('it', 'Dopo diversi ritardi, la nave trasportava 300 passeggeri', 300, 'exact'),
    ('it', 'Per alcuni problemi tecnici sono stati cancellati 40 voli', 40, 'exact'),
    ('it', 'Durante varie proteste sono state arrestate 120 persone', 120, 'exact'),
    ('it', 'con diversi feriti e 12 morti', U, ''),  # read right before
    ('it', 'nonostante diversi avvertimenti', 2, 'vague'),  # read right before
    ('ja', '数回の警告にもかかわらず12人が死亡', 12, 'exact'),  # read right before
    ('ja', '数日後、12人が死亡', 12, 'exact'),  # read right before
    ('ja', '数人が死亡し、30人が負傷', U, ''),  # read right before
    ('ko', '몇 차례 경고에도 12명이 숨졌다', 12, 'exact'),
    ('ko', '여러 차례 경고에도 12명이 숨졌다', 12, 'exact'),
    ('ko', '몇 번의 시도 끝에 30명을 구조했다', 30, 'exact'),
    ('ko', '여러 경고에도 불구하고 5명이 사망했다', 5, 'exact'),
    ('ko', '몇 명이 숨지고 30명이 다쳤다', U, ''),  # read right before
    ('ko', '몇 차례 경고', 2, 'vague'),  # read right before
    ('ko', '수차례 경고에도 12명이 숨졌다', 12, 'exact'),  # read right before
    ('ko', '몇 번의 경고에도 12명이 숨졌다', 12, 'exact'),
    ('ko', '몇 가지 이유로 12명이 숨졌다', 12, 'exact'),
    ('ko', '여러 경고에도 불구하고 12명이 숨졌다', 12, 'exact'),
    ('ko', '몇몇 주민의 반대에도 12명이', 12, 'exact'),  # read right before
    ('pl', 'Mimo kilku ostrzeżeń zginęło 12 osób', 12, 'exact'),
    ('pl', 'Po kilku dniach deszczu przyszło 5 milionów osób', 5000000, 'exact'),  # read right before
    ('pl', 'Po kilku skargach policja zatrzymała 6 mężczyzn', 6, 'exact'),
    ('pl', 'Z powodu kilku usterek odwołano 40 lotów', 40, 'exact'),
    ('pl', 'Podczas kilku protestów zatrzymano 120 osób', 120, 'exact'),
    ('pl', 'z kilkoma rannymi i 12 zabitymi', U, ''),  # read right before
    ('pl', 'mimo kilku ostrzeżeń', 2, 'vague'),  # read right before
    ('pt', 'Apesar de vários avisos, 12 pessoas morreram', 12, 'exact'),
    ('pt', 'Após várias reclamações, a polícia prendeu 6 homens', 6, 'exact'),
    ('pt', 'Por causa de alguns problemas técnicos, 40 voos foram cancelados', 40, 'exact'),
    ('pt', 'Durante vários protestos, 120 pessoas foram presas', 120, 'exact'),
    ('pt', 'com vários feridos e 12 mortos', U, ''),  # read right before
    ('pt', 'apesar de vários avisos', 2, 'vague'),  # read right before
    ('ru', 'Несмотря на несколько предупреждений, погибли 12 человек', 12, 'exact'),
    ('ru', 'после нескольких дней дождя 5 миллионов посетителей', 5000000, 'exact'),  # read right before
    ('ru', 'несколько человек погибли, 30 ранены', U, ''),  # read right before
    ('ru', 'После нескольких жалоб полиция задержала 6 мужчин', 6, 'exact'),
    ('ru', 'Из-за нескольких технических неполадок отменили 40 рейсов', 40, 'exact'),
    ('ru', 'Во время нескольких протестов задержали 120 человек', 120, 'exact'),
    ('ru', 'с несколькими ранеными и 12 погибшими', U, ''),  # read right before
    ('ru', 'несмотря на несколько предупреждений', 2, 'vague'),  # read right before
    ('tr', 'Birkaç uyarıya rağmen 12 kişi öldü', 12, 'exact'),
    ('tr', 'birkaç gün süren yağmura rağmen 5 milyon ziyaretçi', 5000000, 'exact'),  # read right before
    ('tr', 'Birkaç arıza nedeniyle 40 uçuş iptal edildi', 40, 'exact'),
    ('tr', 'Birkaç gösteri boyunca 120 kişi gözaltına alındı', 120, 'exact'),
    ('tr', 'birkaç kişi öldü, 30 kişi yaralandı', U, ''),  # read right before
    ('tr', 'birkaç uyarıya rağmen', 2, 'vague'),  # read right before
    ('tr', 'Birkaç teknik arıza nedeniyle 40 uçuş iptal edildi', 40, 'exact'),
    ('uk', 'Попри кілька попереджень, загинули 12 людей', 12, 'exact'),
    ('uk', 'Після кількох скарг поліція затримала 6 чоловіків', 6, 'exact'),
    ('uk', 'Через кілька технічних несправностей скасували 40 рейсів', 40, 'exact'),
    ('uk', 'Під час кількох протестів затримали 120 людей', 120, 'exact'),
    ('uk', 'з кількома пораненими і 12 загиблими', U, ''),  # read right before
    ('uk', 'попри кілька попереджень', 2, 'vague'),  # read right before
    ('zh', '尽管几次警告，仍有12人死亡', 12, 'exact'),  # read right before
    ('zh', '尽管几个村庄发出警告，仍有12人死亡', 12, 'exact'),  # read right before
    ('zh', '几天后12人死亡', 12, 'exact'),  # read right before
    ('zh', '几人死亡，30人受伤', U, ''),  # read right before
]

HALVES = [
    ('ar', '7 ملايين ونصف المليون', 7500000, 'exact'),
    ('ar', 'مليار ومائة مليون مدخن', 1100000000, 'exact'),
    ('ar', 'مليونان ونصف مليون', 2500000, 'exact'),
    ('ar', 'ثلاثة ملايين ونصف', 3500000, 'exact'),
    ('ar', 'مليون ونصف', 1500000, 'exact'),
    ('ar', 'مليون ونصف المليون', 1500000, 'exact'),
    ('ar', 'مليار ونصف', 1500000000, 'exact'),
    ('ar', 'ثلاثة آلاف ونصف', 3500, 'exact'),
    ('ar', 'مليون وخمسمائة ألف', 1500000, 'exact'),
    ('ar', 'مليون ومئة ألف', 1100000, 'exact'),
    ('ar', 'ثلاثة ملايين ومائتا ألف', 3200000, 'exact'),
    ('ar', 'مليار وثلاثمائة مليون', 1300000000, 'exact'),
    ('ar', 'نصف مليون', 500000, 'exact'),  # read right before
    ('ar', 'ثلاثة أيام ونصف', U, ''),  # read right before
    ('ar', 'مليونين و300 ألف شخص', 2300000, 'exact'),
    ('ar', 'ملياران و100 مليون', 2100000000, 'exact'),
    ('ar', '12 مليونا ونصف', 12500000, 'exact'),
    ('ar', 'اثنا عشر مليونا ونصف المليون', 12500000, 'exact'),
    ('ar', 'مليونان', 2000000, 'exact'),  # read right before
    ('ar', 'ملياران', 2000000000, 'exact'),  # read right before
    ('ar', 'ثلاثة آلاف وخمسمائة', 3500, 'exact'),  # read right before
    ('ar', 'مليون و500 ألف', 1500000, 'exact'),  # read right before
    ('ar', 'مليار و500 مليون', 1500000000, 'exact'),  # read right before
    ('ar', 'مليار وخمسمائة مليون', 1500000000, 'exact'),
    ('ar', 'ألف وخمسمائة', 1500, 'exact'),  # read right before
    ('ar', 'ألفان وخمسمائة', 2500, 'exact'),  # read right before
    ('ar', 'مليون ومائة ألف', 1100000, 'exact'),
    ('ar', 'ثلاثة ملايين ومئتي ألف', 3200000, 'exact'),
    ('de', 'sechseinhalb Millionen', 6500000, 'exact'),  # read right before
    ('de', 'anderthalb Millionen Besucher', 1500000, 'exact'),  # read right before
    ('de', 'zweieinhalb Millionen Menschen', 2500000, 'exact'),  # read right before
    ('de', 'eineinhalb Millionen', 1500000, 'exact'),  # read right before
    ('de', 'dreieinhalb Tausend', 3500, 'exact'),  # read right before
    ('de', 'zweieinhalbtausend', 2500, 'exact'),
    ('de', 'eine halbe Million', 500000, 'exact'),  # read right before
    ('de', 'anderthalb Milliarden', 1500000000, 'exact'),  # read right before
    ('de', '2,5 Millionen', 2500000, 'exact'),  # read right before
    ('de', 'elfeinhalb Millionen', 11500000, 'exact'),
    ('de', 'zwölfeinhalb Tausend', 12500, 'exact'),
    ('de', 'zwanzigeinhalb Millionen', 20500000, 'exact'),
    ('de', 'dreitausendfünfhundert', 3500, 'exact'),  # read right before
    ('de', 'zweieinhalbtausend Menschen', 2500, 'exact'),
    ('de', 'dreieinhalbtausend', 3500, 'exact'),
    ('en', 'six and a half million', 6500000, 'exact'),
    ('en', 'two and a half million people', 2500000, 'exact'),
    ('en', '6.5 million', 6500000, 'exact'),  # read right before
    ('en', 'one and a half million', 1500000, 'exact'),
    ('en', 'two-and-a-half million', 2500000, 'exact'),
    ('en', '2 and a half million', 2500000, 'exact'),
    ('en', 'three and a half thousand', 3500, 'exact'),
    ('en', 'twenty-five and a half million', 25500000, 'exact'),
    ('en', 'two and a half billion dollars', 2500000000, 'exact'),
    ('en', 'two and a half years', U, ''),  # read right before
    ('en', 'two and a half hours after 12 died', 12, 'exact'),  # read right before
    ('en', 'half a million', 500000, 'exact'),  # read right before
    ('en', 'a million and a half', 1500000, 'exact'),  # read right before
    ('en', 'four and a half hundred', 450, 'exact'),
    ('en', 'a half million', 500000, 'exact'),  # read right before
    ('en', 'one million five hundred thousand', 1500000, 'exact'),  # read right before
    ('en', 'a billion 500 million', 1500000000, 'exact'),
    ('en', 'twelve and a half million', 12500000, 'exact'),
    ('en', '12 and a half thousand', 12500, 'exact'),
    ('en', 'five thousand million', 5000000000, 'exact'),
    ('en', 'a thousand million', 1000000000, 'exact'),
    ('en', '2 million 300 thousand', 2300000, 'exact'),  # read right before
    ('en', 'a thousand five hundred', 1500, 'exact'),  # read right before
    ('en', 'a billion five hundred million', 1500000000, 'exact'),  # read right before
    ('en', 'one billion 500 million', 1500000000, 'exact'),  # read right before
    ('es', 'seis millones y medio de asistentes', 6500000, 'exact'),
    ('es', 'dos millones y medio de personas', 2500000, 'exact'),
    ('es', '3 millones y medio', 3500000, 'exact'),
    ('es', 'un millón y medio de personas', 1500000, 'exact'),  # read right before
    ('es', 'cuatro días y medio', U, ''),  # read right before
    ('es', 'dos millardos y medio', 2500000000, 'exact'),
    ('es', 'millón y medio de personas', 1500000, 'exact'),
    ('es', 'mil quinientos millones', 1500000000, 'exact'),
    ('es', 'dos mil quinientos millones', 2500000000, 'exact'),
    ('es', 'medio millón', 500000, 'exact'),  # read right before
    ('es', 'dos mil quinientos millones de dólares', 2500000000, 'exact'),
    ('es', 'mil millones', 1000000000, 'exact'),  # read right before
    ('es', '3 mil millones', 3000000000, 'exact'),  # read right before
    ('es', '1.500 millones', 1500000000, 'exact'),  # read right before
    ('es', 'mil 500 millones', 1500000000, 'exact'),
    ('fr', 'deux millions et demi', 2500000, 'exact'),
    ('fr', 'un million et demi de personnes', 1500000, 'exact'),  # read right before
    ('fr', 'six millions et demi de visiteurs', 6500000, 'exact'),
    ('fr', '3 milliards et demi', 3500000000, 'exact'),
    ('fr', 'quatre jours et demi', U, ''),  # read right before
    ('fr', 'million et demi', 1500000, 'exact'),
    ('fr', 'un demi-million', 500000, 'exact'),  # read right before
    ('fr', 'un milliard et demi', 1500000000, 'exact'),  # read right before
    ('fr', 'un milliard 500 millions', 1500000000, 'exact'),
    ('fr', 'un milliard cinq cents millions', 1500000000, 'exact'),  # read right before
    ('fr', 'deux milliards et demi', 2500000000, 'exact'),
    ('fr', 'deux millions 500 mille', 2500000, 'exact'),  # read right before
    ('fr', 'deux milliards 500 millions', 2500000000, 'exact'),  # read right before
    ('fr', '1 milliard 500 millions', 1500000000, 'exact'),  # read right before
    ('hi', 'डेढ़ लाख', 150000, 'exact'),  # read right before
    ('hi', 'ढाई करोड़', 25000000, 'exact'),  # read right before
    ('hi', 'साढ़े तीन लाख लोग', 350000, 'exact'),  # read right before
    ('hi', 'डेढ़ करोड़ लोग', 15000000, 'exact'),  # read right before
    ('hi', 'साढ़े चार हजार', 4500, 'exact'),  # read right before
    ('hi', 'ढाई लाख', 250000, 'exact'),  # read right before
    ('hi', 'सवा लाख', 125000, 'exact'),  # read right before
    ('hi', 'पौने दो लाख', 175000, 'exact'),  # read right before
    ('hi', 'साढ़े बारह लाख', 1250000, 'exact'),
    ('hi', 'साढ़े 12 लाख', 1250000, 'exact'),  # read right before
    ('hi', 'सवा पंद्रह हजार', 15250, 'exact'),
    ('hi', 'पौने बीस लाख', 1975000, 'exact'),
    ('hi', 'साढ़े बारह बजे 12 लोग घायल', 12, 'exact'),  # read right before
    ('id', 'dua setengah juta', 2500000, 'exact'),  # read right before
    ('id', 'satu setengah juta orang', 1500000, 'exact'),  # read right before
    ('id', 'tiga setengah ribu', 3500, 'exact'),  # read right before
    ('id', 'dua setengah miliar', 2500000000, 'exact'),  # read right before
    ('id', 'tiga setengah juta orang', 3500000, 'exact'),  # read right before
    ('id', 'setengah juta', 500000, 'exact'),  # read right before
    ('id', 'satu setengah miliar', 1500000000, 'exact'),  # read right before
    ('id', 'dua belas setengah juta', 12500000, 'exact'),
    ('id', '12 setengah juta', 12500000, 'exact'),
    ('id', 'dua puluh setengah juta', 20500000, 'exact'),  # read right before
    ('id', 'sebelas setengah juta', 11500000, 'exact'),
    ('id', 'dua setengah jam kemudian 12 orang tewas', 12, 'exact'),
    ('it', 'due milioni e mezzo', 2500000, 'exact'),
    ('it', 'un milione e mezzo di persone', 1500000, 'exact'),  # read right before
    ('it', 'sei milioni e mezzo di visitatori', 6500000, 'exact'),
    ('it', '3 miliardi e mezzo di euro', 3500000000, 'exact'),
    ('it', 'quattro giorni e mezzo', U, ''),  # read right before
    ('it', 'milione e mezzo', 1500000, 'exact'),
    ('it', 'mezzo milione', 500000, 'exact'),  # read right before
    ('it', 'un miliardo e mezzo', 1500000000, 'exact'),  # read right before
    ('it', 'un miliardo 500 milioni', 1500000000, 'exact'),
    ('it', 'dodici milioni e mezzo', 12500000, 'exact'),
    ('it', 'due miliardi 500 milioni', 2500000000, 'exact'),  # read right before
    ('ja', '1億5000万', 150000000, 'exact'),  # read right before
    ('ja', '1億5千万人', 150000000, 'exact'),  # read right before
    ('ja', '一億五千万人', 150000000, 'exact'),  # read right before
    ('ja', '2万5千人', 25000, 'exact'),  # read right before
    ('ja', '1億5千万', 150000000, 'exact'),  # read right before
    ('ja', '十二万五千人', 125000, 'exact'),  # read right before
    ('ko', '2백50만', 2500000, 'exact'),  # read right before
    ('ko', '2백50만 명', 2500000, 'exact'),  # read right before
    ('ko', '1억 5천만', 150000000, 'exact'),  # read right before
    ('ko', '1천500만 명', 15000000, 'exact'),  # read right before
    ('ko', '250만 명', 2500000, 'exact'),  # read right before
    ('ko', '12만 5천 명', 125000, 'exact'),  # read right before
    ('pl', 'półtora miliona osób', 1500000, 'exact'),  # read right before
    ('pl', 'dwa i pół miliona', 2500000, 'exact'),  # read right before
    ('pl', 'półtora tysiąca', 1500, 'exact'),  # read right before
    ('pl', 'dwa i pół miliona osób', 2500000, 'exact'),  # read right before
    ('pl', 'półtora miliarda', 1500000000, 'exact'),  # read right before
    ('pl', 'trzy i pół tysiąca', 3500, 'exact'),  # read right before
    ('pl', 'pół miliona', 500000, 'exact'),  # read right before
    ('pl', 'dwanaście i pół miliona', 12500000, 'exact'),  # read right before
    ('pl', '12 i pół tysiąca', 12500, 'exact'),  # read right before
    ('pt', 'dois milhões e meio', 2500000, 'exact'),
    ('pt', 'um milhão e meio de pessoas', 1500000, 'exact'),  # read right before
    ('pt', 'seis milhões e meio de visitantes', 6500000, 'exact'),
    ('pt', '3 bilhões e meio', 3500000000, 'exact'),
    ('pt', 'dois dias e meio', U, ''),  # read right before
    ('pt', 'milhão e meio', 1500000, 'exact'),
    ('pt', 'meio milhão', 500000, 'exact'),  # read right before
    ('pt', 'um bilhão e meio', 1500000000, 'exact'),
    ('pt', 'dois mil milhões', 2000000000, 'exact'),  # read right before
    ('pt', 'dois bilhões e 500 milhões', 2500000000, 'exact'),  # read right before
    ('ru', 'полтора миллиона человек', 1500000, 'exact'),  # read right before
    ('ru', 'два с половиной миллиона', 2500000, 'exact'),  # read right before
    ('ru', 'полторы тысячи человек', 1500, 'exact'),  # read right before
    ('ru', 'три с половиной тысячи', 3500, 'exact'),  # read right before
    ('ru', 'два с половиной миллиона человек', 2500000, 'exact'),  # read right before
    ('ru', 'полтора миллиарда рублей', 1500000000, 'exact'),  # read right before
    ('ru', 'три с половиной миллиона', 3500000, 'exact'),  # read right before
    ('ru', 'полмиллиона человек', 500000, 'exact'),  # read right before
    ('ru', 'двенадцать с половиной миллионов', 12500000, 'exact'),  # read right before
    ('ru', '12 с половиной тысяч', 12500, 'exact'),  # read right before
    ('tr', 'iki buçuk milyon', 2500000, 'exact'),  # read right before
    ('tr', '1 milyon 500 bin', 1500000, 'exact'),  # read right before
    ('tr', 'bir buçuk milyon kişi', 1500000, 'exact'),  # read right before
    ('tr', 'iki buçuk milyar', 2500000000, 'exact'),  # read right before
    ('tr', 'üç buçuk milyon kişi', 3500000, 'exact'),  # read right before
    ('tr', '1 milyon 500 bin kişi', 1500000, 'exact'),  # read right before
    ('tr', 'yarım milyon', 500000, 'exact'),  # read right before
    ('tr', 'on iki buçuk milyon', 12500000, 'exact'),  # read right before
    ('tr', '12 buçuk milyon', 12500000, 'exact'),  # read right before
    ('uk', 'півтора мільйона людей', 1500000, 'exact'),  # read right before
    ('uk', 'два з половиною мільйони', 2500000, 'exact'),  # read right before
    ('uk', 'півтори тисячі людей', 1500, 'exact'),  # read right before
    ('uk', 'два з половиною мільйона', 2500000, 'exact'),  # read right before
    ('uk', 'півтора мільярда', 1500000000, 'exact'),  # read right before
    ('uk', 'три з половиною тисячі', 3500, 'exact'),  # read right before
    ('uk', 'дванадцять з половиною мільйонів', 12500000, 'exact'),  # read right before
    ('zh', '两个半月', U, ''),  # read right before
    ('zh', '一百五十万', 1500000, 'exact'),  # read right before
    ('zh', '两百五十万人', 2500000, 'exact'),  # read right before
    ('zh', '两亿五千万', 250000000, 'exact'),  # read right before
    ('zh', '一亿五千万人', 150000000, 'exact'),  # read right before
    ('zh', '一万五千人', 15000, 'exact'),  # read right before
    ('zh', '一百五十万人', 1500000, 'exact'),  # read right before
    ('zh', '150万人', 1500000, 'exact'),  # read right before
    ('zh', '两个半小时后12人死亡', 12, 'exact'),  # read right before
    ('zh', '十二万五千', 125000, 'exact'),  # read right before
]


# D78.1: "one" after a preposition is no count beside a count; alone it stays one.
test_one_locates_the_counted = case_test(ONE_LOCATES)
# D78.2: "several" on a noun a preposition governs is no count beside a count.
test_several_on_another_noun = case_test(SEVERAL_BESIDE)
# D78.3: a half and a lower magnitude after a magnitude are part of it.
test_halves_and_compound_magnitudes = case_test(HALVES)
