"""Classes of the article reader's errors on rounds 16zd and 16zf, ru, uk, ko, ja (helper 16kl).

Each class is a rule of the language or of news writing that an error of those rounds showed
(docs/articles.md, "Session of 2026-12-05 (ninth): classes of round_16zd.yml and round_16zf.yml,
ru, uk, ko, ja (helper 16kl)"), written for every language of the eight where it applies and
tested on sentences written for the test: a positive (the rule reads the sentence; the reader
before it read it wrong) and a negative (a sentence where it must not fire) per class and language.

A. minors are children ("미성년자 2명", "несовершеннолетних", "Minderjährige", "未成年者"): ru, uk,
   de, ko, ja (en, fr, es had "minors", "mineurs", "menores");
B. where the counted noun comes first (ko, ja), a children noun right before the number makes a
   sending a sending of children ("어린이 2명을 북한으로 보냈다", "子ども2人を北朝鮮に送った");
C. an outlet named by a number is no count ("передає 24 Канал", "France 24 reported"): ru, uk,
   en, de, fr, es;
D. a share in tenths is no count ("北朝鮮兵の3割以上が死傷", 30 %): ja (the other seven write
   "30 %", read already).
"""

from __future__ import annotations

from article_sets import assert_one_figure, signed_classes_test
from figure_sets import case_test

# (class, lang, text, figure text to look for, metric or None for no such row)
CASES = [
    # A. minors are children
    ("A+", "ru", "Двое несовершеннолетних из Донецка были отправлены в КНДР.", "Двое",
     "hosted_children"),
    ("A-", "ru", "Двое несовершеннолетних задержаны в Москве за кражу.", "Двое", None),
    ("A+", "uk", "Двох неповнолітніх з окупованих територій відправили до КНДР.", "Двох",
     "hosted_children"),
    ("A-", "uk", "Двох неповнолітніх затримали у Києві за крадіжку.", "Двох", None),
    ("A+", "de", "Russland hat mindestens zwei Minderjährige nach Nordkorea geschickt.",
     "mindestens zwei", "hosted_children"),
    ("A-", "de", "Zwei Minderjährige wurden in Berlin wegen Diebstahls festgenommen.", "Zwei",
     None),
    ("A+", "ko", "러시아는 점령지 출신 미성년자 2명을 북한으로 보냈다.", "2명", "hosted_children"),
    ("A-", "ko", "미성년자 2명이 서울에서 절도 혐의로 체포됐다.", "2명", None),
    ("A+", "ja", "ロシアは占領地出身の未成年者2人を北朝鮮に送った。", "2人", "hosted_children"),
    ("A-", "ja", "未成年者2人が東京で窃盗の疑いで逮捕された。", "2人", None),
    # B. the children noun before the number (ko, ja)
    ("B+", "ko", "러시아는 우크라이나 어린이 2명을 북한으로 보냈다.", "2명", "hosted_children"),
    ("B-", "ko", "북한은 아동 병원을 지은 뒤 병사 2000명을 러시아로 보냈다.", "2000명", "deployed"),
    ("B+", "ja", "ロシアはウクライナの子ども2人を北朝鮮に送った。", "2人", "hosted_children"),
    ("B-", "ja", "北朝鮮は子ども病院を建てた後、兵士2000人をロシアに送った。", "2000人",
     "deployed"),
    # C. an outlet named by a number
    ("C+", "uk", "Про Північну Корею ми багато говорили (з Трампом – 24 Канал), скільки їх "
     "знищено.", "24", None),
    ("C-", "uk", "У боях загинули 24 північнокорейські солдати, передає 24 Канал.", "24",
     "killed"),
    ("C+", "ru", "Мы много говорили о Северной Корее (с Трампом – 24 Канал), сколько их "
     "уничтожено.", "24", None),
    ("C-", "ru", "В боях погибли 24 северокорейских солдата, передает 24 Канал.", "24",
     "killed"),
    ("C+", "en", "North Korean soldiers were killed in Kursk, France 24 reported.", "24", None),
    ("C-", "en", "24 North Korean soldiers were killed in Kursk, France 24 reported.", "24",
     "killed"),
    ("C+", "de", "Nordkoreanische Soldaten wurden in Kursk getötet, berichtete France 24.", "24",
     None),
    ("C-", "de", "24 nordkoreanische Soldaten wurden in Kursk getötet, berichtete France 24.",
     "24", "killed"),
    ("C+", "fr", "Des soldats nord-coréens ont été tués à Koursk, selon France 24.", "24", None),
    ("C-", "fr", "24 soldats nord-coréens ont été tués à Koursk, selon France 24.", "24",
     "killed"),
    ("C+", "es", "Soldados norcoreanos murieron en Kursk, informó France 24.", "24", None),
    ("C-", "es", "24 soldados norcoreanos murieron en Kursk, informó France 24.", "24", "killed"),
    # D. a share in tenths (ja)
    ("D+", "ja", "北朝鮮兵の3割以上が死傷した。", "3", None),
    ("D-", "ja", "北朝鮮兵3000人以上が死傷した。", "3000人", "killed_or_wounded"),
]


test_class = case_test(
    CASES, assert_one_figure, argnames="kind, lang, text, figure, metric", published="2025-06-20")


test_every_class_has_a_positive_and_a_negative_per_language = signed_classes_test(CASES)
