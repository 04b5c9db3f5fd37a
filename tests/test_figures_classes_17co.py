# ruff: noqa: E501 (the phrases are data, as written)
"""17co: D71, "not A but B": a count corrected in the same breath, in every language (issue 17).

A reporter often corrects a number as he writes it: "not two but 12 people", "12, not 2, died",
"nicht zwei, sondern zwölf", "не двое, а двенадцать", "2 değil, 12 kişi", "एक दो नहीं बल्कि एक
दर्जन से ज्यादा", "不是两人而是12人", "2人ではなく12人", "2명이 아니라 12명". The count reported is
B with its own qualifier; A is what it is not. Before D71 every such phrase held two quantities
and read unparsed. Each table's ``contrast`` field names the language's closed class of
contrastive words ("not" before the denied number, or after it in Turkish, Hindi, Japanese and
Korean; "but"; "also", which makes the second number an addition: "not only 2 soldiers but also
3 civilians" is a sum and stays unparsed), and the engine reads them once
(``analysis.figures.context.drop_denied``). Phrases of their own, written for this test (none is
a phrase of a round): every CORRECTED row (pairs "one or two" among them) read unparsed before
the change; every SUMS and STAYS row reads as before (a lone "not 2", the qualifiers "no fewer than", "nicht weniger
als", "не менее", "不少于", "以上" …, a verb's negation beside two counts).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

from analysis.figures.lexicon import LEXICONS

U = UNPARSED

CORRECTED = [
    # the preposition of a toll's value on both sides ("le bilan est de 40"; de "liegt bei")
    ("en", "the toll stands not at 40 but at about 60", 60, "approx"),
    ("de", "Die Zahl der Vermissten liegt nicht bei 19, sondern bei 9", 9, "exact"),
    ("fr", "Le bilan n'est pas de 40 mais d'environ 60 morts", 60, "approx"),
    ("es", "el balance no es de 40 sino de casi 60 fallecidos", 60, "nearly"),
    ("it", "il bilancio non è di 40 ma di circa 60 vittime", 60, "approx"),
    ("en", "not two but twelve people were killed", 12, "exact"),
    ("en", "The toll was not 20 but more than 200.", 200, "at_least"),
    ("en", "not hundreds but thousands of people fled", 1000, "vague"),
    ("en", "not one or two but dozens of houses", 12, "vague"),
    ("en", "It was 35, not 25, who died", 35, "exact"),
    ("en", "about 40 and not 14 as first reported", 40, "approx"),
    ("en", "not just 3 but at least 30 injured", 30, "at_least"),
    ("en", "12 rather than 2 people died", 12, "exact"),
    ("en", "not a couple but several dozen homes", 24, "vague"),
    ("de", "nicht zwei, sondern zwölf Menschen starben", 12, "exact"),
    ("de", "Es waren nicht 20, sondern mehr als 200 Tote", 200, "at_least"),
    ("de", "nicht Hunderte, sondern Tausende Menschen flohen", 1000, "vague"),
    ("de", "zwölf statt zwei Verletzte", 12, "exact"),
    ("de", "rund 40 und nicht 14 Tote", 40, "approx"),
    ("de", "nicht ein oder zwei, sondern Dutzende Häuser", 12, "vague"),
    ("fr", "non pas deux mais douze morts", 12, "exact"),
    ("fr", "ce ne sont pas 20 mais plus de 200 blessés", 200, "at_least"),
    ("fr", "pas des centaines mais des milliers de personnes", 1000, "vague"),
    ("fr", "douze morts, et non deux", 12, "exact"),
    ("fr", "il n'y a pas eu deux morts mais douze", 12, "exact"),
    ("fr", "non pas un ou deux mais des dizaines de maisons", 10, "vague"),
    ("es", "no dos sino doce muertos", 12, "exact"),
    ("es", "no fueron 20 sino más de 200 heridos", 200, "at_least"),
    ("es", "no cientos sino miles de personas", 1000, "vague"),
    ("es", "doce y no dos fallecidos", 12, "exact"),
    ("es", "no hay cientos sino miles de desplazados", 1000, "vague"),
    ("es", "no uno o dos sino decenas de casas", 10, "vague"),
    ("it", "non due ma dodici morti", 12, "exact"),
    ("it", "non 20 bensì oltre 200 feriti", 200, "at_least"),
    ("it", "non centinaia ma migliaia di persone", 1000, "vague"),
    ("it", "dodici e non due vittime", 12, "exact"),
    ("it", "non erano due ma dodici le vittime", 12, "exact"),
    ("it", "non uno o due ma decine di case", 10, "vague"),
    ("pt", "não dois, mas doze mortos", 12, "exact"),
    ("pt", "não foram 20 e sim mais de 200 feridos", 200, "at_least"),
    ("pt", "não centenas, mas milhares de pessoas", 1000, "vague"),
    ("pt", "doze e não dois mortos", 12, "exact"),
    ("pt", "não um ou dois, mas dezenas de casas", 10, "vague"),
    ("ru", "погибли не двое, а двенадцать человек", 12, "exact"),
    ("ru", "не 20, а более 200 раненых", 200, "at_least"),
    ("ru", "не сотни, а тысячи людей", 1000, "vague"),
    ("ru", "не один-два, а десятки домов", 10, "vague"),
    ("ru", "двенадцать, а не двое погибших", 12, "exact"),
    ("ru", "погибших было не 2, а 12", 12, "exact"),
    ("uk", "загинули не двоє, а дванадцять людей", 12, "exact"),
    ("uk", "не 20, а понад 200 поранених", 200, "at_least"),
    ("uk", "не сотні, а тисячі людей", 1000, "vague"),
    ("uk", "дванадцять, а не двоє загиблих", 12, "exact"),
    ("uk", "не один-два, а десятки будинків", 10, "vague"),
    ("pl", "nie dwie, lecz dwanaście osób zginęło", 12, "exact"),
    ("pl", "nie 20, tylko ponad 200 rannych", 200, "at_least"),
    ("pl", "nie setki, ale tysiące ludzi", 1000, "vague"),
    ("pl", "dwanaście, a nie dwie ofiary", 12, "exact"),
    ("pl", "nie było 20, lecz ponad 200 rannych", 200, "at_least"),
    ("pl", "nie jeden czy dwa, lecz dziesiątki domów", 10, "vague"),
    ("tr", "iki değil, on iki kişi öldü", 12, "exact"),
    ("tr", "20 değil 200'den fazla yaralı", 200, "at_least"),
    ("tr", "yüzlerce değil binlerce kişi", 1000, "vague"),
    ("tr", "2 kişi yerine 12 kişi öldü", 12, "exact"),
    ("tr", "bir iki değil, onlarca ev yıkıldı", 10, "vague"),
    ("ar", "ليس اثنين بل اثني عشر قتيلا", 12, "exact"),
    ("ar", "لا 20 بل أكثر من 200 جريح", 200, "at_least"),
    ("ar", "ليس المئات بل الآلاف من الناس", 1000, "vague"),
    ("ar", "12 قتيلا وليس 2", 12, "exact"),
    ("ar", "عدد القتلى لم يكن 2 بل 12", 12, "exact"),
    ("ar", "ليس واحدا أو اثنين بل العشرات من المنازل", 10, "vague"),
    ("hi", "दो नहीं बल्कि बारह लोगों की मौत", 12, "exact"),
    ("hi", "20 नहीं, 200 से ज्यादा घायल", 200, "at_least"),
    ("hi", "सैकड़ों नहीं बल्कि हजारों लोग", 1000, "vague"),
    ("hi", "12 लोग, न कि 2", 12, "exact"),
    ("hi", "पैर में एक दो नहीं बल्कि दर्जनों टांके लगे", 12, "vague"),
    ("id", "bukan dua melainkan dua belas orang tewas", 12, "exact"),
    ("id", "bukan 20, tetapi lebih dari 200 korban luka", 200, "at_least"),
    ("id", "bukan ratusan tapi ribuan orang", 1000, "vague"),
    ("id", "12 orang, bukan 2", 12, "exact"),
    ("id", "bukan satu dua, melainkan puluhan rumah", 10, "vague"),
    ("zh", "死亡人数不是两人，而是十二人", 12, "exact"),
    ("zh", "并非20人而是200多人受伤", 200, "at_least"),
    ("zh", "不是几百人，而是几千人", 2000, "vague"),
    ("zh", "伤亡的是12人而不是2人", 12, "exact"),
    ("zh", "不是一两个人，而是十几个人", 11, "vague"),
    ("zh", "不是一两人，而是几十人", 20, "vague"),
    ("ja", "死者は2人ではなく12人だった", 12, "exact"),
    ("ja", "20人ではなく200人以上が負傷", 200, "at_least"),
    ("ja", "数百人ではなく数千人が避難した", 1000, "vague"),
    ("ja", "2人じゃなくて12人が死亡", 12, "exact"),
    ("ja", "1、2人ではなく数十人が負傷した", 10, "vague"),
    ("ko", "사망자는 2명이 아니라 12명이다", 12, "exact"),
    ("ko", "20명이 아닌 200명 이상이 다쳤다", 200, "at_least"),
    ("ko", "수백 명이 아니라 수천 명이 대피했다", 1000, "vague"),
    ("ko", "두 명이 아니고 열두 명이 숨졌다", 12, "exact"),
    ("ko", "한두 명이 아니라 수십 명이 다쳤다", 10, "vague"),
]

SUMS = [
    # "also" after the "but" (or the "not only" of Korean and Japanese): two groups added
    ("en", "not only 2 soldiers but also 3 civilians were killed", U, ""),
    ("de", "nicht nur 2 Soldaten, sondern auch 3 Zivilisten", U, ""),
    ("fr", "non seulement 2 soldats mais aussi 3 civils", U, ""),
    ("es", "no solo 2 soldados sino también 3 civiles", U, ""),
    ("it", "non solo 2 soldati ma anche 3 civili", U, ""),
    ("pt", "não só 2 soldados mas também 3 civis", U, ""),
    ("ru", "не только 2 военных, но и 3 мирных жителя", U, ""),
    ("uk", "не лише 2 військових, а й 3 цивільних", U, ""),
    ("pl", "nie tylko 2 żołnierzy, ale i 3 cywilów", U, ""),
    ("tr", "sadece 2 asker değil, 3 sivil de öldü", U, ""),
    ("ar", "ليس فقط 2 جنود بل 3 مدنيين أيضا", U, ""),
    ("hi", "न केवल 2 सैनिक बल्कि 3 नागरिक भी मारे गए", U, ""),
    ("id", "bukan hanya 2 tentara tetapi juga 3 warga sipil", U, ""),
    ("zh", "不仅2名士兵，还有3名平民也遇难", U, ""),
    ("ja", "2人だけでなく3人も死亡", U, ""),
    ("ko", "2명뿐만 아니라 3명도 숨졌다", U, ""),
]

STAYS = [
    # a lone "not", a qualifier of the table, a verb's negation beside two counts: as before
    ("en", "not 2", 2, "exact"),
    ("en", "no fewer than 12 people", 12, "at_least"),
    ("en", "not more than 12 people", 12, "at_most"),
    ("en", "12 were killed but 3 survived", U, ""),
    ("en", "not including 3 children, 12 died", U, ""),
    ("en", "12 people died, not including 3 children", 12, "exact"),
    ("en", "The ministry did not confirm the 12 deaths but said 3 people were missing", U, ""),
    ("en", "2 were not injured, but 12 others were taken to hospital", U, ""),
    ("en", "Not all 12 passengers survived; 3 died", U, ""),
    ("de", "nicht weniger als 12 Tote", 12, "at_least"),
    ("de", "nicht mehr als 12 Tote", 12, "at_most"),
    ("de", "nicht 2", 2, "exact"),
    ("de", "12 Menschen starben, 3 wurden nicht gefunden", U, ""),
    ("de", "Die Polizei nannte keine Zahl, sondern sprach von 12 Toten", 12, "exact"),
    ("de", "nicht 2 Stunden, sondern 12 Stunden lang", U, ""),
    ("fr", "pas moins de 12 morts", 12, "at_least"),
    ("fr", "pas plus de 12 morts", 12, "at_most"),
    ("fr", "au moins 12 morts mais 3 survivants", U, ""),
    ("fr", "12 morts, dont 3 enfants, pas encore identifiés", 12, "exact"),
    ("fr", "Les secours n'ont pas retrouvé 2 corps mais ont sauvé 12 personnes", U, ""),
    ("es", "no menos de 12 muertos", 12, "at_least"),
    ("es", "no más de 12 muertos", 12, "at_most"),
    ("es", "no hubo 12 muertos", 12, "exact"),
    ("es", "12 muertos, no se sabe nada de 3 desaparecidos", U, ""),
    ("es", "No hubo heridos, sino 12 muertos", 12, "exact"),
    ("it", "non meno di 12 morti", 12, "at_least"),
    ("it", "non più di 12 morti", 12, "at_most"),
    ("it", "12 morti, non ancora identificati 3 corpi", U, ""),
    ("it", "Non ci sono stati feriti, ma 12 morti", 12, "exact"),
    ("pt", "não menos de 12 mortos", 12, "at_least"),
    ("pt", "não mais de 12 mortos", 12, "at_most"),
    ("pt", "12 mortos e não há informações sobre 3 desaparecidos", U, ""),
    ("ru", "не менее 12 погибших", 12, "at_least"),
    ("ru", "не более 12 погибших", 12, "at_most"),
    ("ru", "12 погибли, а 3 ранены", U, ""),
    ("ru", "12 человек погибли, а 3 не найдены", U, ""),
    ("ru", "не менее 12 человек погибли, а 3 пропали без вести", U, ""),
    ("ru", "2 человека не выжили, а 12 госпитализированы", U, ""),
    ("uk", "не менше 12 загиблих", 12, "at_least"),
    ("uk", "не більше 12 загиблих", 12, "at_most"),
    ("uk", "12 людей загинули, а 3 не знайдено", U, ""),
    ("pl", "nie mniej niż 12 zabitych", 12, "at_least"),
    ("pl", "nie więcej niż 12 zabitych", 12, "at_most"),
    ("pl", "12 osób zginęło, a 3 nie odnaleziono", U, ""),
    ("pl", "nie odnaleziono 2 osób, ale 12 uratowano", U, ""),
    ("tr", "en az 12 kişi", 12, "at_least"),
    ("tr", "en fazla 12 kişi", 12, "at_most"),
    ("tr", "12 kişi öldü, 3 kişi ise henüz bulunamadı değil", U, ""),
    ("tr", "2 kişi ölü değil, 12 kişi yaralı", U, ""),
    ("ar", "لا يقل عن 12 قتيلا", 12, "at_least"),
    ("ar", "لا يزيد عن 12 قتيلا", 12, "at_most"),
    ("ar", "قتل 12 شخصا ولا يزال 3 في عداد المفقودين", U, ""),
    ("hi", "कम से कम 12 लोग", 12, "at_least"),
    ("hi", "2 लोग नहीं मिले, 12 घायल", U, ""),
    ("hi", "12 लोगों की मौत हुई, 3 का पता नहीं चला", U, ""),
    ("id", "tidak kurang dari 12 orang", 12, "at_least"),
    ("id", "tidak lebih dari 12 orang", 12, "at_most"),
    ("id", "12 orang tewas, 3 lainnya belum ditemukan dan bukan warga lokal", U, ""),
    ("zh", "不少于12人", 12, "at_least"),
    ("zh", "12人以上", 12, "at_least"),
    ("zh", "不是2人", 2, "exact"),
    ("zh", "12人死亡，3人下落不明，不是本地人", U, ""),
    ("zh", "这不是第一次，12人死亡", 12, "exact"),
    ("ja", "12人以上", 12, "at_least"),
    ("ja", "少なくとも12人", 12, "at_least"),
    ("ja", "12人が死亡し、3人の行方が分かっていない", U, ""),
    ("ja", "2人ではないかとみられ、12人が負傷", U, ""),
    ("ko", "12명 이상", 12, "at_least"),
    ("ko", "최소 12명", 12, "at_least"),
    ("ko", "12명이 숨지고 3명이 실종된 것은 아니라고 밝혔다", U, ""),
    ("ko", "2명이 아닌 것으로 알려졌으며 12명이 다쳤다", U, ""),
]



test_the_corrected_count_is_read = case_test(CORRECTED)
test_not_only_but_also_stays_a_sum = case_test(SUMS)
test_a_negation_that_corrects_nothing_changes_nothing = case_test(STAYS)


def test_every_judged_language_has_three_corrections_and_a_contrast_field() -> None:
    langs = "en de fr es it pt ru uk pl tr ar hi id zh ja ko".split()
    for lang in langs:
        assert sum(row[0] == lang for row in CORRECTED) >= 3, lang
        assert any(row[0] == lang for row in SUMS), lang


def test_the_contrast_words_vote_for_no_language() -> None:
    # "sondern", "mais", "sino", "melainkan" are listed only in ``contrast``: they leave the
    # guess of a phrase's language as it was (as ``persons`` and ``outcomes`` do)
    for lang, word in (("de", "sondern"), ("fr", "mais"), ("es", "sino"), ("id", "melainkan"),
                       ("tr", "değil"), ("hi", "बल्कि")):
        assert word not in LEXICONS[lang].known, (lang, word)
        assert word in LEXICONS[lang].one, (lang, word)
