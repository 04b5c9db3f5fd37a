# ruff: noqa: E501 (the phrases are data, as written)
"""32rl: language features the figure reader missed in round 91 (issue 17, D220).

229 of 239 held out; after D220 238 of 239. The first phrase of each feature is round 91's, a
real phrase of the ``pages`` corpus (its source in ``tests/cases/figures_round91.csv``); phrases
with a URL in a comment are copied from other stored pages; the others are forms written for
this test from each grammar; expected readings by hand from the codebook.

* D220.1: a share told after the total and its comma ("dont plus de la moitié d'enfants", "più
  della metà bambini", "z czego większość", "ज्यादातर", "其中一半以上", "うち半数", "그중 절반") is
  the total's breakdown (D5), in every language with a table of breakdown words; not with a
  number after the share (a share of another count, or a list's next count), not a share with no
  count and comma before it.
* D220.2: "of these" after the total's comma, right before a count (it "di queste 186", es "de
  estos", pt "destes", en "of these"), opens the breakdown.
* D220.3: uk "дюжину" (the accusative of "a dozen", after a qualifier) is a dozen.
* D220.4: zh 数以 / 數以 with a magnitude and no 计 / 計 ("數以百萬") is the vague idiom.
* D220.5: pl "za każdego" and de "für jeden" (for each) make a rate.
* D220.6: ko "N명 추가돼 M명" (N added, M): the new total M, as "늘어".
"""

from __future__ import annotations

from figure_sets import assert_unparsed, case_test

READ = [
    # D220.1
    ("fr", "349 personnes, dont plus de la moitié d'enfants", 349, "exact"),
    ("fr", "349 personnes, dont la moitié d'enfants", 349, "exact"),
    ("fr", "349 personnes, dont un tiers d'enfants", 349, "exact"),
    ("fr", "349 personnes, la moitié d'entre elles des enfants", 349, "exact"),
    ("it", "333 persone, più della metà bambini", 333, "exact"),
    ("it", "349 persone, di cui la metà bambini", 349, "exact"),
    ("it", "349 persone, di cui la maggioranza bambini", 349, "exact"),
    ("pl", "333 zakładników, z czego większość to dzieci", 333, "exact"),
    ("pl", "349 osób, z czego połowa to dzieci", 349, "exact"),
    ("pl", "349 osób, połowa z nich to dzieci", 349, "exact"),
    ("hi", "हजारों, ज्यादातर युवा और छात्र", 1_000, "vague"),
    ("hi", "349 लोग, जिनमें से आधे बच्चे", 349, "exact"),
    ("hi", "349 लोग, जिनमें आधे से ज्यादा बच्चे", 349, "exact"),
    ("en", "349 people, more than half of them children", 349, "exact"),
    ("en", "349 people, of whom more than half were children", 349, "exact"),
    ("en", "349 people, nearly a third of them children", 349, "exact"),
    ("en", "three million people, half of them children", 3_000_000, "exact"),
    ("de", "349 Menschen, davon mehr als die Hälfte Kinder", 349, "exact"),
    ("de", "349 Menschen, die Hälfte davon Kinder", 349, "exact"),
    ("de", "349 Menschen, davon ein Drittel Kinder", 349, "exact"),
    # https://www.diariodemallorca.es/sucesos/2005/10/14/mil-personas-tercio-ninos-murieron-4468885.amp.html
    ("es", "Dos mil personas, de las que un tercio eran niños", 2_000, "exact"),
    ("es", "349 personas, más de la mitad de ellas niños", 349, "exact"),
    ("es", "349 personas, de las cuales la mitad eran niños", 349, "exact"),
    ("pt", "349 pessoas, das quais mais da metade eram crianças", 349, "exact"),
    ("pt", "349 pessoas, metade delas crianças", 349, "exact"),
    ("pt", "349 pessoas, dos quais a maioria crianças", 349, "exact"),
    ("ru", "349 человек, из них больше половины дети", 349, "exact"),
    ("ru", "349 человек, половина из них дети", 349, "exact"),
    ("uk", "349 осіб, з них половина діти", 349, "exact"),
    ("uk", "349 осіб, понад половину з них діти", 349, "exact"),
    ("tr", "349 kişi, bunların yarısından fazlası çocuk", 349, "exact"),
    ("tr", "349 kişi, yarısı çocuk", 349, "exact"),
    ("id", "349 orang, lebih dari separuh di antaranya anak-anak", 349, "exact"),
    ("id", "349 orang, di antaranya separuh anak-anak", 349, "exact"),
    ("zh", "349人，其中一半以上是儿童", 349, "exact"),
    # http://www.gyf78.com/hnr/3g/3gnews/3gdujia/201305/t20130504_429572.html
    ("zh", "索馬里最近一次饑荒導致將近26萬人死亡,其中半數是兒童", 260_000, "nearly"),
    # https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6321117&typeid=4 (an age after the share)
    ("zh", "索马里遭遇的严重干旱预计已造成4.3万例超额死亡,其中一半是5岁以下的儿童", 43_000, "approx"),
    ("zh", "349人，其中三分之一是儿童", 349, "exact"),
    ("zh", "349人，大多数是儿童", 349, "exact"),
    ("ja", "349人、うち半数が子ども", 349, "exact"),
    ("ja", "349人、うち半数以上が子ども", 349, "exact"),
    ("ja", "349人、その半数が子ども", 349, "exact"),
    ("ko", "349명, 그중 절반은 어린이", 349, "exact"),
    ("ko", "349명, 이 중 절반 이상이 어린이", 349, "exact"),
    ("ko", "349명, 절반이 어린이", 349, "exact"),
    # D220.2
    ("it", "331, di queste 186 erano bambini", 331, "exact"),
    ("it", "331 persone, di questi 186 bambini", 331, "exact"),
    ("es", "331, de estos 186 eran niños", 331, "exact"),
    ("pt", "331, destes 186 eram crianças", 331, "exact"),
    ("en", "331, of these 186 were children", 331, "exact"),
    # D220.3
    ("uk", "понад дюжину тіл", 12, "at_least"),
    # D220.4
    ("zh", "數以百萬的穆斯林", 1_000_000, "vague"),
    ("zh", "数以百万的穆斯林", 1_000_000, "vague"),
    ("zh", "数以千的难民", 1_000, "vague"),
    # D220.6
    ("ko", "1명 추가돼 155명이 됐다", 155, "exact"),
    ("ko", "사망자가 2명 추가돼 157명으로 늘었다", 157, "exact"),
]
STAY = [
    # D220.1: the forms that read already
    ("en", "349 people, most of them children", 349, "exact"),
    ("ar", "349 شخصا، منهم أكثر من نصفهم أطفال", 349, "exact"),
    ("ja", "349人、大半が子ども", 349, "exact"),
    ("ko", "349명, 대부분 어린이", 349, "exact"),
    ("fr", "349 personnes, dont 186 enfants", 349, "exact"),
    # D220.3, D220.4: the forms that read already
    ("uk", "близько дюжини тіл", 12, "approx"),
    ("zh", "数以千计的穆斯林", 1_000, "vague"),
    ("zh", "数百万穆斯林", 1_000_000, "vague"),
    # D220.6: "added" alone stays additional
    ("ko", "1명 추가돼", 1, "exact additional"),
]
UNREAD = [
    # D220.1: a share with no total before it, or with its whole after it
    ("en", "half of the 300"),
    # https://rk77.blogspot.com/2004/12/lost-generation-up-to-half-60000.html
    ("en", "Up to half the 60,000 victims of the tsunami are children"),
    ("en", "more than half of the 400 victims were children"),
    # http://www1.folha.uol.com.br/folha/mundo/ult94u89447.shtml
    ("pt", "As crianças provavelmente representam metade das 57 mil vítimas do terremoto"),
    ("en", "more than half of them children"),
    ("fr", "la moitié des 349 personnes"),
    ("fr", "plus de la moitié d'enfants"),
    ("de", "die Hälfte der 300 Menschen"),
    ("ru", "половина из 300 человек"),
    ("zh", "一半以上是儿童"),
    ("ja", "半数が子ども"),
    # D220.1: a list of two counts (a number after the share)
    ("fr", "300 morts, dont la moitié d'enfants, et 200 blessés"),
    ("es", "300 muertos, la mitad de ellos niños, y 200 heridos"),
    ("en", "300 dead, half of them children, and 200 wounded"),
    ("en", "349 people, half of the 300 children"),
    ("zh", "349人，其中一半是儿童，另有200人受伤"),
    # D220.5
    ("pl", "za każdego zabitego bojownika zamordują 50 zakładników"),
    ("pl", "za każdego zabitego żołnierza 10 zakładników"),
    ("de", "für jeden getöteten Kämpfer 50 Geiseln"),
    # D220.5: the neighbours that read so already
    ("ru", "за каждого убитого боевика убьют 50 заложников"),
    ("en", "for every fighter killed they will kill 50 hostages"),
]

test_features_read = case_test(READ)
test_edges_stay = case_test(STAY)
test_features_unread = case_test(UNREAD, assert_unparsed)
