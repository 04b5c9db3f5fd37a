"""Classes of the article reader's errors on round 16zh, ru, uk, ko, ja (helper 16gh).

Each class is a rule of the language or of news writing that an error of round 16zh showed
(docs/articles.md, "Session of 2026-12-04 (eighth): classes of 16zh, ru, uk, ko, ja (helper
16gh)"), written for every language of the eight where it applies and tested on sentences written
for the test: a positive (the rule reads the sentence; the reader before it read it wrong) and a
negative (a sentence where it must not fire) per class and language.

A. losses counted "as killed" are deaths ("КНДР потеряла убитыми около 2000"), not "убитыми и
   ранеными" (ru, uk, de; en, fr, es read "lost 2,000 killed" already);
B. "reported earlier" with nobody named is nobody's ("Ранее сообщалось, что …"): no source carried
   from the sentence before (ru, uk, en, de, fr; es, ko, ja read it already);
C. "the information obtained" goes on with the report before ("Согласно полученной информации,
   …") across a line break (ru, uk; the other six read it already);
D. an agreement to send is a sending to come ("6천명 파견을 합의했다"): a later wave in 2025, the
   first deployment in 2024 (all eight);
E. builders who belong to the army are troops ("군 소속 건설 노동자 5000명"), plain builders workers
   (ko, ja; the other six name them "military builders" already).
"""

from __future__ import annotations

from article_sets import assert_one_figure, kind_ids, signed_classes_test
from figure_sets import case_test

NIS = "South Korea National Intelligence Service (NIS)"
SHOIGU = "Russian Security Council (Sergei Shoigu)"
UNATTRIBUTED = "Unattributed"
LATE, EARLY = "2025-06-20", "2024-10-25"

# (class, lang, text, published, figure text, metric, claimant or None)
CASES = [
    # A. losses counted as killed
    ("A+", "ru", "По данным NIS, КНДР потеряла убитыми около 2000 военнослужащих.", LATE,
     "около 2000", "killed", NIS),
    ("A-", "ru", "По данным NIS, КНДР потеряла убитыми и ранеными около 4700 военнослужащих.",
     LATE, "около 4700", "killed_or_wounded", NIS),
    ("A+", "uk", "За даними NIS, КНДР втратила вбитими близько 2000 військових.", LATE,
     "близько 2000", "killed", NIS),
    ("A-", "uk", "За даними NIS, КНДР втратила вбитими та пораненими близько 4700 військових.",
     LATE, "близько 4700", "killed_or_wounded", NIS),
    ("A+", "de", "Nach Angaben des NIS hat Nordkorea rund 2000 Soldaten an Toten verloren.", LATE,
     "rund 2000", "killed", NIS),
    ("A-", "de", "Nach Angaben des NIS hat Nordkorea rund 4700 Soldaten verloren.", LATE,
     "rund 4700", "killed_or_wounded", NIS),
    # B. reported earlier, nobody named
    ("B+", "ru", "Об этом сообщает Bloomberg со ссылкой на информацию южнокорейской разведки.\n"
     "Ранее сообщалось, что в РФ уже находятся 1500 бойцов элитного спецназа Северной Кореи.",
     EARLY, "1500", "deployed", UNATTRIBUTED),
    ("B-", "ru", "Об этом сообщает Bloomberg со ссылкой на информацию южнокорейской разведки.\n"
     "Ранее сообщалось со ссылкой на NIS, что в РФ уже находятся 1500 бойцов спецназа "
     "Северной Кореи.", EARLY, "1500", "deployed", NIS),
    ("B+", "uk", "Про це повідомила південнокорейська розвідка.\nРаніше повідомлялося, що в РФ "
     "вже перебувають 1500 бійців спецпризначення Північної Кореї.", EARLY, "1500", "deployed",
     UNATTRIBUTED),
    ("B-", "uk", "Про це повідомила південнокорейська розвідка.\nРозвідка також повідомила, що в "
     "РФ вже перебувають 1500 бійців спецпризначення Північної Кореї.", EARLY, "1500",
     "deployed", NIS),
    ("B+", "en", "This was reported by South Korea's intelligence service.\nIt was reported "
     "earlier that 1,500 North Korean special forces are already in Russia.", EARLY, "1,500",
     "deployed", UNATTRIBUTED),
    ("B-", "en", "This was reported by South Korea's intelligence service.\nIt was reported "
     "earlier by the NIS that 1,500 North Korean special forces are already in Russia.", EARLY,
     "1,500", "deployed", NIS),
    ("B+", "de", "Das teilte der südkoreanische Geheimdienst mit.\nZuvor hieß es, 1500 "
     "nordkoreanische Soldaten sind bereits in Russland stationiert.", EARLY, "1500",
     "deployed", UNATTRIBUTED),
    ("B-", "de", "Das teilte der südkoreanische Geheimdienst mit.\nZuvor hieß es vom NIS, 1500 "
     "nordkoreanische Soldaten sind bereits in Russland stationiert.", EARLY, "1500",
     "deployed", NIS),
    ("B+", "fr", "C'est ce qu'a annoncé le renseignement sud-coréen.\nIl avait été rapporté que "
     "1500 soldats nord-coréens des forces spéciales sont déjà en Russie.", EARLY, "1500",
     "deployed", UNATTRIBUTED),
    ("B-", "fr", "C'est ce qu'a annoncé le renseignement sud-coréen.\nIl avait été rapporté par "
     "le NIS que 1500 soldats nord-coréens des forces spéciales sont déjà en Russie.", EARLY,
     "1500", "deployed", NIS),
    # C. the information obtained goes on with the report before
    ("C+", "ru", "Агентство Yonhap сообщило со ссылкой на данные Национальной разведывательной "
     "службы, что КНДР начала переброску в Россию военных строителей.\nСогласно полученной "
     "информации, в Россию должны прибыть около 5 тыс. солдат инженерных войск КНДР.", LATE,
     "около 5 тыс.", "additional_deployed", NIS),
    ("C-", "ru", "КНДР начала переброску в Россию военных строителей.\nСогласно полученной "
     "информации, в Россию должны прибыть около 5 тыс. солдат инженерных войск КНДР.", LATE,
     "около 5 тыс.", "additional_deployed", UNATTRIBUTED),
    ("C+", "uk", "Агентство Yonhap повідомило з посиланням на дані Національної служби "
     "розвідки, що КНДР почала перекидання до Росії військових будівельників.\nЗгідно з "
     "отриманою інформацією, до Росії мають прибути близько 5 тис. солдатів інженерних військ "
     "КНДР.", LATE, "близько 5 тис.", "additional_deployed", NIS),
    ("C-", "uk", "КНДР почала перекидання до Росії військових будівельників.\nЗгідно з "
     "отриманою інформацією, до Росії мають прибути близько 5 тис. солдатів інженерних військ "
     "КНДР.", LATE, "близько 5 тис.", "additional_deployed", UNATTRIBUTED),
    # D. an agreement to send is a sending to come (2025: a later wave; 2024: the first)
    ("D+", "ko", "쇼이구 서기는 지난 17일 평양에서 김정은과 만나 6천명 파견을 합의했다.", LATE,
     "6천명", "additional_deployed", SHOIGU),
    ("D-", "ko", "쇼이구 서기는 지난 17일 평양에서 김정은과 만나 북한군 6천명 파견을 합의했다.",
     EARLY, "6천명", "deployed", None),
    ("D+", "ja", "ショイグ安全保障会議書記は17日、平壌で金正恩氏と会談し、6000人の派遣で合意した。",
     LATE, "6000人", "additional_deployed", SHOIGU),
    ("D-", "ja", "ショイグ氏は北朝鮮兵6000人の派遣で合意した。", EARLY, "6000人", "deployed", None),
    ("D+", "ru", "Шойгу 17 июня в Пхеньяне договорился с Ким Чен Ыном об отправке 6000 "
     "северокорейских военных.", LATE, "6000", "additional_deployed", SHOIGU),
    ("D-", "ru", "Стороны договорились о сотрудничестве, а 11 тысяч военных КНДР уже находятся "
     "в Курской области.", LATE, "11 тысяч", "deployed", None),
    ("D+", "uk", "Шойгу 17 червня у Пхеньяні домовився з Кім Чен Ином про відправку 6000 "
     "північнокорейських військових.", LATE, "6000", "additional_deployed", SHOIGU),
    ("D-", "uk", "Сторони домовилися про співпрацю, а 11 тисяч військових КНДР вже перебувають у "
     "Курській області.", LATE, "11 тисяч", "deployed", None),
    ("D+", "en", "Shoigu agreed with Kim Jong Un in Pyongyang on June 17 to send 6,000 North "
     "Korean troops.", LATE, "6,000", "additional_deployed", SHOIGU),
    ("D-", "en", "Shoigu agreed with Kim Jong Un in Pyongyang on October 17 to send 6,000 North "
     "Korean troops.", EARLY, "6,000", "deployed", SHOIGU),
    ("D+", "de", "Schoigu vereinbarte am 17. Juni in Pjöngjang mit Kim Jong-un die Entsendung "
     "von 6000 nordkoreanischen Soldaten.", LATE, "6000", "additional_deployed", None),
    ("D-", "de", "Schoigu vereinbarte am 17. Oktober in Pjöngjang mit Kim Jong-un die Entsendung "
     "von 6000 nordkoreanischen Soldaten.", EARLY, "6000", "deployed", None),
    ("D+", "fr", "Choïgou a convenu le 17 juin à Pyongyang avec Kim Jong-un d'envoyer 6 000 "
     "soldats nord-coréens.", LATE, "6 000", "additional_deployed", SHOIGU),
    ("D-", "fr", "Choïgou a convenu le 17 octobre à Pyongyang avec Kim Jong-un d'envoyer 6 000 "
     "soldats nord-coréens.", EARLY, "6 000", "deployed", SHOIGU),
    ("D+", "es", "Shoigú acordó el 17 de junio en Pyongyang con Kim Jong-un el envío de 6.000 "
     "soldados norcoreanos.", LATE, "6.000", "additional_deployed", SHOIGU),
    ("D-", "es", "Shoigú acordó el 17 de octubre en Pyongyang con Kim Jong-un el envío de 6.000 "
     "soldados norcoreanos.", EARLY, "6.000", "deployed", SHOIGU),
    # E. builders who belong to the army are troops
    ("E+", "ko", "베도모스티는 북한이 군 소속 건설 노동자 5000명을 러시아에 파견할 예정이라고 "
     "보도했다", LATE, "5000명", "additional_deployed", None),
    ("E-", "ko", "베도모스티는 북한이 건설 노동자 5000명을 러시아에 파견할 예정이라고 "
     "보도했다", LATE, "5000명", "workers_sent", None),
    ("E+", "ja", "ベドモスチ紙は、北朝鮮が軍所属の建設労働者5000人をロシアに"
     "派遣する予定だと報じた。", LATE, "5000人", "additional_deployed", None),
    ("E-", "ja", "ベドモスチ紙は、北朝鮮が建設労働者5000人をロシアに派遣する"
     "予定だと報じた。", LATE, "5000人", "workers_sent", None),
]


test_class = case_test(
    CASES, assert_one_figure, argnames="kind, lang, text, published, figure, metric, claimant",
    ids=kind_ids(CASES))


test_every_class_has_a_positive_and_a_negative_per_language = signed_classes_test(CASES)
