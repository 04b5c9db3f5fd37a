# ruff: noqa: E501 (the phrases are data, as written)
"""17cg: D65, the qualifier, the relation and "no single count" (rounds 35 and 36's classes),
each written for the languages it belongs to, on phrases of their own (written for this test
from each language's grammar, after the rule; none is a phrase of a round).

Each item has phrases it reads and phrases at its edge it must leave as they were (the "stays"
rows, which read so before the change too). No label of any round was edited.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D65.1: "estimate … at N" is approximate (rule 2), the verb with its preposition
    ("fr", "Le ministère estime à 12 000 le nombre de sinistrés", 12000, "approx"),
    ("fr", "les experts évaluent à 3 000 le nombre de victimes", 3000, "approx"),
    ("fr", "le nombre de sinistrés s'élève à 12 000", 12000, "exact"),  # stays
    ("es", "el gobierno estima en 12.000 el número de damnificados", 12000, "approx"),
    ("es", "los daños se estiman en 500 millones", 500000000, "approx"),
    ("es", "el número de damnificados asciende a 12.000", 12000, "exact"),  # stays
    ("it", "il rapporto stima in 12.000 il numero degli sfollati", 12000, "approx"),
    ("it", "l'Ispra stima in 500 milioni i danni", 500000000, "approx"),
    ("it", "i danni sono stimati in 500 milioni", 500000000, "approx"),  # stays
    ("pt", "o governo estima em 12 mil o número de desalojados", 12000, "approx"),
    ("pt", "o governo estimou em 500 milhões os prejuízos", 500000000, "approx"),
    ("pt", "os prejuízos são estimados em 500 milhões", 500000000, "approx"),  # stays
    ("de", "die Zahl der Opfer wird auf 12.000 geschätzt", 12000, "approx"),
    ("de", "die Zahl der Opfer ist auf 12.000 gestiegen", 12000, "exact"),  # stays
    ("ru", "ущерб оценивается в 500 миллионов рублей", 500000000, "approx"),
    ("ru", "число пострадавших оценили в 3000 человек", 3000, "approx"),
    ("uk", "збитки оцінюються в 500 мільйонів гривень", 500000000, "approx"),
    ("uk", "кількість постраждалих оцінили у 3000 осіб", 3000, "approx"),
    ("ar", "وتقدر منظمة الصحة عدد المصابين ب 3000 شخص", 3000, "approx"),
    ("ar", "وقدرت الأمم المتحدة عدد النازحين بـ 40 ألفا", 40000, "approx"),
    ("ar", "يبلغ عدد المصابين 3000 شخص", 3000, "exact"),  # stays
    # (17dc, D84.2: "ب" after a verb of a rise is "by", the rise's count: additional)
    ("ar", "ارتفع عدد القتلى بحوالى 300", 300, "approx additional"),
    ("en", "which would bring the toll to around 500", 500, "approx"),
    ("en", "raising the figure to more than 500", 500, "at_least"),  # stays
    ("en", "raising the figure to 500", 500, "exact"),  # stays
    # D65.2: words of approaching and "nothing less than"
    ("tr", "ölü sayısının 500'e yaklaşacağı belirtildi", 500, "nearly"),
    ("tr", "vaka sayısı 1000'e çok yaklaştı", 1000, "nearly"),
    ("tr", "yaralı sayısının 300'e yaklaştığı bildirildi", 300, "nearly"),
    ("tr", "1000'den çok kişi yaralandı", 1000, "at_least"),  # stays
    ("pt", "nada menos que 300 pessoas ficaram feridas", 300, "at_least"),
    ("es", "nada menos que 300 personas resultaron heridas", 300, "at_least"),
    # D65.3: "other / more / added" right at the count is additional; "other" before a source
    # names who reports, no "more" of the count
    ("en", "the other four passengers were taken to hospital", 4, "exact additional"),
    ("en", "the other 4 passengers were taken to hospital", 4, "exact additional"),  # stays
    ("en", "the other day four passengers were taken to hospital", 4, "exact"),  # stays
    ("ru", "другие 12 пассажиров госпитализированы", 12, "exact additional"),
    ("ru", "другие трое пострадавших доставлены в больницу", 3, "exact additional"),
    ("ru", "другие источники сообщают о 25 погибших", 25, "exact"),  # stays
    ("uk", "інші 12 пасажирів госпіталізовані", 12, "exact additional"),
    ("uk", "інші троє постраждалих у лікарні", 3, "exact additional"),
    ("de", "zehn andere Fahrgäste wurden verletzt", 10, "exact additional"),
    ("it", "sono state segnalate 120 nuove diagnosi", 120, "exact additional"),
    ("it", "tre altre persone sono rimaste ferite", 3, "exact additional"),  # stays
    ("it", "il numero di nuove diagnosi è stato pari a 1.888", 1888, "exact"),  # stays
    ("hi", "अस्पताल में एक और मरीज की मौत हो गई", 1, "exact additional"),
    ("hi", "दो और बच्चों की मौत हो गई", 2, "exact additional"),
    ("hi", "ललितपुर में एक और झांसी में एक व्यक्ति की मौत हो गई", U, ""),  # stays: "and" between places
    ("fr", "À ces victimes se sont ajoutés trois blessés graves", 3, "exact additional"),
    ("es", "a estos casos se han añadido tres fallecidos", 3, "exact additional"),
    ("es", "se han sumado a la huelga unos 400 presos", 400, "approx"),  # stays: "joined"
    ("it", "a questi si sono aggiunti tre feriti", 3, "exact additional"),
    ("pl", "oznacza to wzrost o 300 w porównaniu z rokiem ubiegłym", 300, "exact additional"),
    ("pl", "w stosunku do 300 osób wszczęto postępowanie", 300, "exact"),
    ("pl", "do 300 osób", 300, "at_most"),  # stays
    ("es", "otras fuentes elevan a 600 el número de muertos", 600, "exact"),
    ("es", "otras 600 personas resultaron heridas", 600, "exact additional"),  # stays
    ("it", "altre fonti parlano di 600 morti", 600, "exact"),
    ("it", "altri 600 morti", 600, "exact additional"),  # stays
    ("pt", "outras fontes falam em 600 mortos", 600, "exact"),
    ("fr", "d'autres sources font état de 600 morts", 600, "exact"),
    ("fr", "600 autres morts", 600, "exact additional"),  # stays
    ("ru", "по данным других источников, погибли 600 человек", 600, "exact"),
    ("uk", "за даними інших джерел, загинули 600 людей", 600, "exact"),
    ("hi", "अन्य सूत्रों के अनुसार 600 लोगों की मौत हुई", 600, "exact"),
    ("ar", "وذكرت مصادر أخرى أن 600 شخص قتلوا", 600, "exact"),
    ("ja", "他の情報筋によると600人が死亡した", 600, "exact"),
    ("ja", "他の600人は無事だった", 600, "exact additional"),  # stays
    ("zh", "其他消息来源称600人死亡", 600, "exact"),
    ("zh", "其他600人获救", 600, "exact additional"),  # stays
    # D65.4: "new / additionally" in the clause naming the counted, before the count (ja, ko)
    ("ja", "昨年新たに報告されたエイズ患者は450人だった", 450, "exact"),
    ("ja", "新たに感染が確認されたのは15人", 15, "exact"),
    ("ja", "新たに14人の感染が確認された", 14, "exact additional"),  # stays
    ("ko", "새로 확인된 감염자는 모두 45명이다", 45, "exact"),
    ("ko", "추가로 확인된 환자는 12명으로 집계됐다", 12, "exact"),
    ("ko", "12마리가 추가로 확진됐다", 12, "exact additional"),  # stays
    ("ko", "추가 확진자 5명", 5, "exact additional"),  # stays
    # D65.5: a day between a verb of change and "до"; the abbreviated plural year after a span;
    ("uk", "кількість загиблих зросла у вівторок, 5 березня, до 12 осіб", 12, "exact"),
    ("ru", "число погибших выросло в среду, 6 марта, до 12 человек", 12, "exact"),
    ("ru", "число погибших выросло до 12 человек", 12, "exact"),  # stays
    ("uk", "у 2014–2016 рр. подібних випадків не було", U, ""),
    ("ru", "в 2014–2016 гг. подобных случаев не было", U, ""),
    ("ru", "в 2014–2016 гг. погибли 12 человек", 12, "exact"),  # stays
    # D65.6: one person named by a role beside a count, joined by "and"; "nearly all of"
    ("en", "the driver and six passengers were hurt", U, ""),
    ("en", "six passengers and the driver were hurt", U, ""),
    ("en", "seven hurt: six passengers and the driver", 7, "exact"),  # stays: told with their whole (D60.2)
    ("en", "six passengers were hurt", 6, "exact"),  # stays
    ("de", "der Fahrer und sechs Fahrgäste wurden verletzt", U, ""),
    ("de", "sechs Fahrgäste und der Fahrer wurden verletzt", U, ""),
    ("es", "18 pasajeros murieron y el piloto sobrevivió", 18, "exact"),  # stays: the verb between
    ("it", "16mila delle nuove reclute", 16000, "exact"),  # stays: "of the new" names the group
    ("de", "der Fahrer sagte, sechs Fahrgäste seien verletzt", 6, "exact"),  # stays
    ("fr", "le conducteur et six passagers ont été blessés", U, ""),
    ("es", "el conductor y seis pasajeros resultaron heridos", U, ""),
    ("it", "l'autista e sei passeggeri sono rimasti feriti", U, ""),
    ("pt", "o motorista e seis passageiros ficaram feridos", U, ""),
    ("ru", "водитель и шестеро пассажиров получили травмы", U, ""),
    ("uk", "водій і шестеро пасажирів отримали травми", U, ""),
    ("pl", "kierowca i sześciu pasażerów zostało rannych", U, ""),
    ("en", "almost all of the 40 passengers were rescued", U, ""),
    ("en", "nearly all of its 40 passengers were rescued", U, ""),
    ("en", "all of the 40 passengers were rescued", 40, "exact"),  # stays
    ("en", "almost 40 passengers were rescued", 40, "nearly"),  # stays
    ("de", "fast alle der 40 Passagiere wurden gerettet", U, ""),
    ("de", "fast alle von 40 Passagieren wurden gerettet", U, ""),
    ("ru", "почти все из 40 пассажиров спасены", U, ""),
    ("ru", "практически все 300 человек", 300, "exact"),  # stays: no "of" (17la)
    ("ru", "почти 40 пассажиров спасены", 40, "nearly"),  # stays
    ("uk", "майже всі з 40 пасажирів врятовані", U, ""),
    ("pl", "prawie wszyscy z 40 pasażerów zostali uratowani", U, ""),
    ("es", "prácticamente todos los 300 soldados", 300, "exact"),  # stays: no "of" (17la)
]


test_d65_reads_as_written = case_test(CLASSES)


# 17ch: D65.6 as one engine rule (reject.beside_person, the table key ``persons``) and its guards
# found by rv13, and D65.1 before a year; every row but the "stays" rows read otherwise before
CLASSES_17CH = [
    # 1a: a verb between the count and "and the <person>" keeps the count
    ("en", "Two died and the driver was arrested", 2, "exact"),
    ("de", "Zwei starben und der Fahrer wurde festgenommen", 2, "exact"),
    ("fr", "Deux moururent et le conducteur fut arrêté", 2, "exact"),
    ("es", "Dos murieron y el conductor fue detenido", 2, "exact"),
    ("it", "Due morirono e l'autista fu arrestato", 2, "exact"),
    ("pt", "Dois morreram e o motorista foi preso", 2, "exact"),
    ("ru", "Двое погибли и водитель задержан", 2, "exact"),
    ("uk", "Двоє загинули і водій затриманий", 2, "exact"),
    ("pl", "Dwóch zginęło i kierowca został zatrzymany", 2, "exact"),
    ("en", "Two passengers and the driver were arrested", U, ""),  # stays
    ("ru", "Двое пассажиров и водитель задержаны", U, ""),  # stays
    ("pl", "Dwóch pasażerów i kierowca zostali zatrzymani", U, ""),  # stays
    # 1b: a date or designation before "and the pilot" is no count
    ("en", "The plane crashed on May 5 and the pilot was killed", U, ""),
    ("en", "Flight 370 and the pilot vanished", U, ""),
    ("en", "Route 66 and the driver", U, ""),
    ("de", "Das Flugzeug stürzte am 5. Mai ab und der Pilot starb", U, ""),  # stays
    ("fr", "l'avion s'est écrasé le 5 mai et le pilote est mort", U, ""),
    ("es", "el avión se estrelló el 5 de mayo y el piloto murió", U, ""),  # stays
    ("it", "l'aereo è precipitato il 5 maggio e il pilota è morto", U, ""),
    ("pt", "o avião caiu em 5 de maio e o piloto morreu", U, ""),  # stays
    ("ru", "самолет разбился 5 мая и пилот погиб", U, ""),
    ("uk", "літак розбився 5 травня і пілот загинув", U, ""),
    ("pl", "samolot rozbił się 5 maja i pilot zginął", U, ""),
    ("en", "The plane crashed on May 5 and 3 passengers were killed", 3, "exact"),  # stays
    ("ru", "самолет разбился 5 мая, погибли 3 пассажира", 3, "exact"),  # stays
    # 1c: uk "мати" (mother; the verb "to have"), a person with "a"/"un" (a sum, D12)
    ("uk", "двоє дітей і мати загинули", U, ""),
    ("uk", "мати і двоє дітей загинули", U, ""),
    ("uk", "можна отримати 5 тисяч гривень і мати доступ до програми", 5000, "exact"),  # stays
    ("en", "A pilot and three passengers died", U, ""),
    ("de", "Ein Pilot und drei Passagiere starben", U, ""),
    ("fr", "Un pilote et trois passagers sont morts", U, ""),
    ("es", "Un piloto y tres pasajeros", U, ""),
    ("it", "Un pilota e tre passeggeri sono morti", U, ""),
    ("pt", "Um piloto e três passageiros morreram", U, ""),
    # 2: an estimate word before a year does not take the year (D65.1)
    ("es", "el costo estimado en 2020 fue de 500 millones", 500000000, "exact"),
    ("pt", "o custo estimado em 2020 foi de 500 milhões", 500000000, "exact"),
    ("es", "los daños se estiman en 500 millones", 500000000, "approx"),  # stays
    ("pt", "os prejuízos estimados em 500 milhões", 500000000, "approx"),  # stays
]


test_d65_guards_17ch = case_test(CLASSES_17CH)
