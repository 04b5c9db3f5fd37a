# ruff: noqa: E501 (the phrases are data, as written)
"""17cc: D61, a change told with both its numbers, in every word order (D35, D52.6, D56.5, D58.1,
D58.2 generalised), on phrases of their own in the sixteen languages of issue 17, written for this
test from each language's grammar (the word orders of rounds 33 and 34's misses and of pages of
the pages corpus: "ha pasado del 1.618 a 1.750", "составило 3 810 человек против 3 845",
"stieg um 10,6 Prozent auf rund 185 600"), none of them a row of a case table.

Each item has phrases it reads (the new total, exact, total) and phrases at its edge it must leave
as they were: a range without a verb or noun of change ("from 10 to 12 people were injured"), two
counts of two outcomes ("2 killed and 3 injured"), "rose by N" alone (additional). The mechanism
is the one of D35: each table's rewrites drop the old count and the change's amount after a verb of
change, so that the new total is read as after "rose to".
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

U = UNPARSED

CLASSES = [
    # D61.1: FROM first, the old count with its own noun, season, part of the year, place or year
    ("en", "the number of cases has more than tripled, from 12 in 2019 to 40 in 2020", 40, "exact"),
    ("de", "die Zahl stieg von 39 im ersten Halbjahr auf 46", 46, "exact"),
    ("de", "die Zahl der Unfälle sank von 23 in der Vorsaison auf 12", 12, "exact"),
    ("fr", "passant de 31 la saison précédente à 17 cette année", 17, "exact"),
    ("fr", "le nombre de noyades est passé de 40 au premier semestre à 52", 52, "exact"),
    ("es", "pasando de 310 heridos a 325", 325, "exact"),
    ("es", "la cifra pasó de 23 la temporada pasada a 12", 12, "exact"),
    ("es", "en la provincia la cifra ha pasado del 1.618 a 1.750", 1750, "exact"),
    ("pt", "passando de 310 feridos para 325", 325, "exact"),
    ("it", "il numero è sceso a 49 casi nel 2005 (da 105 casi nel 1996)", 49, "exact"),
    ("tr", "hasta sayısının 3’ten 11’e yükseldiği bildirildi", 11, "exact"),
    ("tr", "vaka sayısı geçen yıl 39 iken bu yıl 46'ya yükseldi", 46, "exact"),
    ("ar", "ارتفع عدد المصابين بالمرض في مدارس المدينة من 120 طالبا في 4 أحياء إلى 310", 310, "exact"),
    ("ru", "число заболевших увеличилось с 39 в первом квартале до 46", 46, "exact"),
    ("ru", "увеличившись с 39 до 46", 46, "exact"),
    ("pl", "liczba ofiar wzrosła z 39 do 46", 46, "exact"),
    # D61.2: TO first, the old count after it ("to B from A", "до B с A", "a B desde A")
    ("en", "deaths rose to 46 from 39 a year earlier", 46, "exact"),
    ("en", "there were 46 deaths, up from 39 a year earlier", 46, "exact"),
    ("en", "46 deaths, down from 52 in 2022", 46, "exact"),
    ("en", "deaths rose to 46 compared with 39 in 2022", 46, "exact"),
    ("en", "the toll went up from 3 to 5", 5, "exact"),
    ("de", "die Zahl stieg auf 46 gegenüber 39 im Vorjahr", 46, "exact"),
    ("ru", "число погибших выросло до 46 против 39 годом ранее", 46, "exact"),
    ("uk", "кількість загиблих зросла до 46 проти 39 роком раніше", 46, "exact"),
    ("de", "die Zahl der Toten stieg auf 46 von 39 im Vorjahr", 46, "exact"),
    ("fr", "le bilan est passé à 46 contre 39 l'an dernier", 46, "exact"),
    ("es", "la cifra subió a 225 desde 220", 225, "exact"),
    ("es", "la cifra pasó a 46 frente a los 39 del año pasado", 46, "exact"),
    ("pt", "o número subiu para 46 contra 39 no ano passado", 46, "exact"),
    ("it", "i casi sono saliti a 46 dai 39 dello scorso anno", 46, "exact"),
    ("ru", "число погибших выросло до 46 с 39 в 2023 году", 46, "exact"),
    ("uk", "кількість загиблих зросла до 46 з 39 у 2023 році", 46, "exact"),
    ("pl", "liczba wypadków wzrosła do 46 z 39", 46, "exact"),
    ("ar", "ارتفع عدد القتلى إلى 46 مقابل 39 العام الماضي", 46, "exact"),
    ("ar", "ارتفع العدد إلى 46 بعد أن كان 39", 46, "exact"),
    # D61.3: the change's amount first, also in per cent, then the new total
    ("en", "the toll rose by 18% to 46", 46, "exact"),
    ("en", "deaths fell by 12 percent to 230", 230, "exact"),
    ("fr", "le nombre a augmenté de 18 % à 46", 46, "exact"),
    ("es", "los fallecidos aumentaron un 18 % hasta 46", 46, "exact"),
    ("it", "i decessi sono aumentati del 18% a 46", 46, "exact"),
    ("ru", "количество ДТП увеличилось на 18% — до 46 с 39 в первом полугодии", 46, "exact"),
    ("uk", "кількість пожеж збільшилась на 10% - до 1912 випадків", 1912, "exact"),
    ("uk", "кількість пожеж зменшилась на 5 відсотків до 40", 40, "exact"),
    ("pl", "liczba zgonów wzrosła o 18 proc. do 46", 46, "exact"),
    ("tr", "kaza sayısı geçen yıla göre 5 artarak 22'ye yükseldi", 22, "exact"),
    ("zh", "较去年同期增长 7 起,达 31 起", 31, "exact"),
    ("zh", "比去年增加5人,达到22人", 22, "exact"),
    ("zh", "比去年减少3例至12例", 12, "exact"),
    ("ja", "前年より5件増えて22件となった", 22, "exact"),
    ("ja", "前年比5件増の22件", 22, "exact"),
    ("ko", "지난해보다 5건 늘어난 22건", 22, "exact"),
    ("ko", "지난해보다 5명 늘어 22명으로 집계됐다", 22, "exact"),
    ("id", "kasus bertambah 5 menjadi 22 kasus", 22, "exact"),
    ("hi", "मामलों की संख्या 5 बढ़कर 22 हो गई", 22, "exact"),
    # D61.4: "N more, reaching / bringing the total to M": the new total
    ("en", "five more deaths were reported, bringing the total to 42", 42, "exact"),
    ("en", "five more deaths, reaching 42", 42, "exact"),
    # D61.6: "reached a record low of N" is the new total, exact (no "a minimum of N")
    ("it", "fino a raggiungere il minimo storico di 49 casi nel 2005", 49, "exact"),
    ("en", "cases fell to a low of 49 in 2005", 49, "exact"),
    # edges: a range without a verb of change stays a range, two outcomes stay unparsed, "rose
    # by N" alone stays additional, a share's "of" stays a share, "a minimum of N" at least
    ("en", "from 10 to 12 people were injured", 11, "range"),
    ("en", "2 killed and 3 injured", U, ""),
    ("en", "the toll rose by 5", 5, "exact additional"),
    ("en", "up to 40 people", 40, "at_most"),
    ("de", "von 10 bis 12 Menschen wurden verletzt", 11, "range"),
    ("de", "auf 5 von 10 Stationen wurden 3 Fälle gemeldet", U, ""),
    ("fr", "de 10 à 12 personnes ont été blessées", 11, "range"),
    ("fr", "2 morts et 3 blessés", U, ""),
    ("es", "de 10 a 12 personas resultaron heridas", 11, "range"),
    ("es", "aumentó en 300", 300, "exact additional"),
    ("pt", "2 mortos e 3 feridos", U, ""),
    ("pt", "passaram de 10 feridos para 20 mortos", U, ""),
    ("es", "pasaron de 10 heridos a 20 muertos", U, ""),
    ("it", "da 10 a 12 persone sono rimaste ferite", 11, "range"),
    ("it", "un minimo di 49 casi", 49, "at_least"),
    ("ru", "с 10 до 12 человек пострадали", 11, "range"),
    ("uk", "з 10 до 12 людей постраждали", 11, "range"),
    ("pl", "od 10 do 12 osób zostało rannych", 11, "range"),
    ("pl", "wzrosła o 5", 5, "exact additional"),
    ("tr", "10 ila 12 kişi yaralandı", 11, "range"),
    ("tr", "2 kişi öldü, 3 kişi yaralandı", U, ""),
    ("ar", "من 10 إلى 12 شخصا أصيبوا", 11, "range"),
    ("zh", "10至12人受伤", 11, "range"),
    ("zh", "同比增加3156万人次", 31560000, "exact additional"),
    ("ja", "2人死亡、3人けが", U, ""),
    ("ko", "2명 사망, 3명 부상", U, ""),
    ("id", "2 tewas dan 3 luka-luka", U, ""),
    ("hi", "10 से 12 लोग घायल", 11, "range"),
]


test_d61_reads_as_written = case_test(CLASSES)
