# ruff: noqa: E501 (the phrases are data, as written)
"""Codebook D63 (17ce): Arabic and Hindi counts from their grammar (issue 17).

The probe table ``tests/cases/figures_forms_17ce.csv`` (55 ar, 26 hi phrases written from the
grammar and labelled by the codebook before the engine was run on them; 55/81 read right before
17ce, 81/81 after) is read row by row. ``CASES`` holds the development rounds' rows that 17ce made
read right (each read wrong before it) and phrases where the items must not fire: masculine sound
plurals and words ending in "-ين / -ان" that are no duals, durations, names, a dual after a
preposition, "एक" and "कई" alone. No label was edited.
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test, table_test

U = UNPARSED

CASES = [
    # D63.1 the Arabic dual (rounds 33 and 31)
    ("ar", "اخترقت الرصاصة جمجمة  العروس وهي خريجة علم النفس وأصابت أيضًا ضيفين في الحفل", 2, "exact"),
    ("ar", "وبحسب التقارير الأولية ، تم إطلاق رصاصتين", 2, "exact"),
    ("ar", "إذ ظهرت حالتان بمدرسة عمر بن عبدالعزيز بقرية بجالة", 2, "exact"),
    ("ar", "لندن..بجعتان تصطدمان بطائرة وتجبرانها على الهبوط اضطرارياً", 2, "exact"),
    ("ar", "يُعتقد أن بجعتين عملاقتين على الأقل دخلتا الطائرة", 2, "at_least"),
    ("ar", "يوضح إصابة 14 مدرسة ابتدائية للبنات، وكذلك مدرستان للبنين", U, ""),
    # ... not a plural in -ين, a name, a duration, a frequency, 60, a dual after a preposition
    ("ar", "إصابة مدنيين في القصف", U, ""),
    ("ar", "مقتل فلسطينيين برصاص الجيش", U, ""),
    ("ar", "وصل الرئيس بوتين إلى دمشق", U, ""),
    ("ar", "اشتباكات في باكستان وأفغانستان", U, ""),
    ("ar", "بعد ساعتين من الانتظار", U, ""),
    ("ar", "تكرر الحادث مرتين هذا العام", U, ""),
    ("ar", "نقل ستين مصابا إلى المستشفى", 60, "exact"),
    ("ar", "بقي الجنود ثابتين في مواقعهم", U, ""),
    ("ar", "مقتل 5 أشخاص في هجومين", 5, "exact"),
    ("ar", "العلاقات بين الدولتين", U, ""),
    ("ar", "تم تعيين مسؤولين جدد", U, ""),
    # ... a count and another one is a list (round 26); 200 is a number word, no dual (round 21)
    ("ar", "إلغاء إقلاع رحلتين دوليتين وتأخر إقلاع رحلة أخرى", U, ""),
    ("ar", "أدى عشرة آلاف ومائتان وستة وسبعون طالبا وطالبة السبت امتحانات الثانوية العامة", 10276, "exact"),
    # D63.2 the definite numeral after its noun (rounds 33 and 27)
    ("ar", "لكن بأعجوبة لم يصب الطيار ولا ركابه الخمسة بأذى", 5, "exact"),
    ("ar", "وتعرض العمال الثلاثة لإصابات متفرقة", 3, "exact"),
    # ... not after a time unit, not Monday
    ("ar", "خلال الأيام الخمسة الماضية", U, ""),
    ("ar", "وقع الحادث يوم الاثنين", U, ""),
    # D63.7 "in addition to" before a count of others (round 33); alone it stays additional
    ("ar", "بعد إصابة الراقصة في وجهها، بالإضافة إلى اثنين آخرين من أقرباء العريس", U, ""),
    ("ar", "بالإضافة إلى 3 آخرين", 3, "exact additional"),
    # D63.3 a flight's number, the whole of a share, "new" after the noun and its genitive
    ("ar", "وقال مسؤولون: إن الرحلة 1498، تمكنت من الهبوط بسلام إلى البوابة", U, ""),
    ("ar", "بالفعل مما يقرب من 250 من إجمالي 15192", U, ""),
    ("ar", "فقد تم إحصاء 228 ألف و474 حالة إصابة جديدة بالجذام على الصعيد الدولي خلال سنة 2010", 228474, "exact additional"),
    ("ar", "قد سُجِّلت على مستوى العالم أكثر من 211 ألف حالات إصابة جديدة بالمرض عام 2017", 211000, "at_least additional"),
    # ... "إجمالي" alone stays the total
    ("ar", "بلغ إجمالي الإصابات 200 حالة", 200, "exact"),
    # D63.4 Arabic thousands (round 27)
    ("ar", "تمكن معلمو السباحة من إنقاذ ألفين و947 شخصا أحياء", 2947, "exact"),
    ("ar", "فيضانات الصومال تشرد مئات الألوف", 100000, "vague"),
    # D63.5 Hindi all-N, "एक" before a vehicle (round 33)
    ("hi", "बताया जाता है कि आठो छत्रों ने नकल करते हुए पाए गए थे", 8, "exact"),
    ("hi", "पटना से रांची आ रही इंडिगो की एक विमान ने उड़ान भरी थी जिसमें 175 यात्री सवार थे", 175, "exact"),
    # ... "एक" alone before a vehicle stays one
    ("hi", "एक बस खाई में गिरी", 1, "exact"),
    # D63.6 several / some before places (rounds 33 and 27)
    ("hi", "राज्य के कई हिस्सों, खास तौर पर सिरोही में, सैकड़ों गायें इस वायरस की चपेट में आ रही हैं", 100, "vague"),
    ("ar", "اكتشفت القافلة الطبية في بعض المناطق النائية، وجود 20 حالة من مرض الجذام", 20, "exact"),
    ("ar", "لنفاجئ بأكثر من 15 شخصا أكوام فوق بعض", 15, "at_least"),
    # ... not states (places that are counted: round 4), "कई", "بعض" alone stay several
    ("hi", "इसकी वजह से कई राज्यों में दर्जनों लोगों की मौत हुई है", U, ""),
    ("hi", "कई लोग घायल हो गए", 2, "vague"),
    ("ar", "إصابة بعض الأشخاص", 2, "vague"),
]


test_d63_reads_as_the_codebook_says = case_test(CASES)


test_probe_table_reads_as_labelled = table_test("figures_forms_17ce.csv")
