# ruff: noqa: E501 (the phrases are data, as written)
"""35ra: rounds 99 and 102's misses in pl, ru, tr, it, pt, id, hi, read as features of a grammar
(issue 17, D233).

The first phrase of each feature is the round's, a real phrase (its source in
``tests/cases/figures_round99.csv`` or ``figures_round102.csv``); a few more are real phrases of
the ``pages`` corpus (the URL in a comment); the others are forms written for this test from each
grammar; expected readings by hand from the codebook.

* D233.1: pl "jeszcze" after a verb of lying or resting ("spoczywa jeszcze", "leżą jeszcze",
  "znajduje się jeszcze") is "still": the total; ru "покоятся ещё", uk "спочивають ще" too.
* D233.2: pl "N więcej niż" before what was reported or thought before ("podawano", "dotąd",
  "wcześniej") is "N more": additional; also after "tys." / "mln".
* D233.3: hi "ज्यादातर / अधिकतर / अधिकांश" right after the count's noun of people is its
  breakdown ("mostly"), as after a comma (D220.1).
* D233.4: ru / uk the noun of a change ("увеличение / рост числа … до N", "збільшення кількості
  … до N") gives the new total, as the verb does.
* D233.5: tr "kat" after an ordinal or a floor's name, and "kat seviyesi", is a floor, no
  multiplier.
* D233.6: id "(yang) masih / merupakan / dari satu keluarga" tells who the counted are: no second
  count.
* D233.7: id reduplicated plurals ("anak-anak") are their noun: the hyphen opens no parts.
* D233.8: a relative or a neighbour named with no number beside a count is one more of a sum
  (D88): pl "krewny", ru "родственник", uk "родич", en "relative".
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

READ = [
    # D233.1: round 99; forms of "lie" and "be found" (still there: the total)
    ("pl", "spoczywa jeszcze około 10 tysięcy ciał", 10_000, "approx"),
    ("pl", "pod gruzami leżą jeszcze 34 osoby", 34, "exact"),
    ("pl", "w szpitalu znajduje się jeszcze 10 osób", 10, "exact"),
    ("ru", "под завалами покоятся ещё 200 тел", 200, "exact"),
    ("uk", "під завалами спочивають ще 200 тіл", 200, "exact"),
    # D233.2: round 99; "more than was reported / estimated so far"
    # (https://tvn24.pl/swiat/koronawirus-w-wielkiej-brytanii-wzrost-liczby-zakazen-mniej-zgonow-i-chorych-w-szpitalach-5165952?source=rss:
    # "570 zmarłych, o 14,5 proc. więcej niż poprzednio")
    ("pl", "ponad 100 tys. więcej niż podawano do tej pory", 100_000, "at_least additional"),
    ("pl", "o 2 tysiące więcej niż wcześniej podawano", 2_000, "exact additional"),
    ("pl", "ponad 500 osób więcej niż dotąd szacowano", 500, "at_least additional"),
    ("pl", "5 tys. więcej niż w ubiegłym roku", 5_000, "exact additional"),
    # D233.3: round 99; "mostly" right after the people counted
    ("hi", "10,700 से अधिक लोगों ज्यादातर आदिवासी", 10_700, "at_least"),
    ("hi", "500 लोग ज्यादातर महिलाएं", 500, "exact"),
    ("hi", "हजारों लोग अधिकतर युवा", 1_000, "vague"),
    # D233.4: round 102; the noun of the change, the count named after it
    # (https://russian.rt.com/world/news/1109239-chislo-zhertv-zemletryasenie-turciya/amp:
    # "сообщить о росте числа погибших")
    ("ru", "об увеличении числа погибших при пожаре в Кемерове до семи человек", 7, "exact"),
    ("ru", "о росте числа погибших до 17 674 человек", 17_674, "exact"),
    ("ru", "сокращение численности войск до 5000", 5_000, "exact"),
    ("uk", "про збільшення кількості загиблих до 12 осіб", 12, "exact"),
    # D233.5: round 102; a floor by its ordinal or its name
    # (https://www.hurriyet.com.tr/gundem/istanbul-ve-kirklarelindeki-sel-sonrasi-aci-manzara-4-kisi-hayatini-kaybetti-4-kisi-kayip-42326095:
    # "bodrum katta yaşayan yabancı uyruklu 1 kişi";
    # https://www.haberler.com/yasam/kagithane-de-saganak-yagis-sonrasi-binalar-su-altinda-16378702-haberi/:
    # "giriş ve bodrum katlarını su bastı")
    ("tr", "Yüzlerce kişi birinci kat seviyesini aşan sel nedeniyle binalarda mahsur kaldı", 100, "vague"),
    ("tr", "Yüzlerce kişi 2. kat seviyesini aşan sel nedeniyle mahsur kaldı", 100, "vague"),
    ("tr", "Yüzlerce kişi zemin kat seviyesini aşan sel", 100, "vague"),
    ("tr", "giriş ve bodrum katlarını su bastı, 12 kişi kurtarıldı", 12, "exact"),
    # D233.6: round 102; one family that the counted are
    # (https://fbeta.republika.co.id/berita/qjxrbg396/empat-warga-tertimbun-longsor-merupakan-satu-keluarga;
    # https://antaranews.com/berita/255525/lima-sekeluarga-tewas-tertimbun-longsor:
    # "korban tewas tersebut merupakan satu keluarga")
    ("id", "TIGA orang yang masih satu keluarga", 3, "exact"),
    ("id", "empat warga tertimbun longsor merupakan satu keluarga", 4, "exact"),
    ("id", "lima orang dari satu keluarga", 5, "exact"),
    # D233.7: a reduplicated plural alone stays the count
    ("id", "dua anak-anak tewas", 2, "exact"),
    ("id", "beribu-ribu orang", 1_000, "vague"),
    # D233.8: a relative or a neighbour after the count's own verb or as the speaker
    ("pl", "zginęło 5 osób, sąsiad wezwał pomoc", 5, "exact"),
    ("en", "5 people died, a relative said", 5, "exact"),
    # the relabelled rows of rounds 99 and 102 (D233.9)
    ("pt", "matando e ferindo dezenas de palestinianos", 10, "vague"),
    ("it", "molte altre, una ventina, risultano ancora disperse", 20, "approx additional"),
]

STAYS = [
    # D233.1: "jeszcze / ещё" before the count with no such verb stays "more"
    ("pl", "zginęło jeszcze 5 osób", 5, "exact additional"),
    ("ru", "ещё 200 тел", 200, "exact additional"),
    # D233.2: "więcej niż" before a number stays "more than"
    ("pl", "więcej niż 300 osób", 300, "at_least"),
    # D233.3: a share of a whole named after "of" / "in", or before the number, stays a share
    ("hi", "500 लोगों में से ज्यादातर महिलाएं", UNPARSED, "none"),
    ("hi", "ज्यादातर 500 लोग", UNPARSED, "none"),
    # D233.4: "до" with no change stays "up to"
    ("ru", "до семи человек", 7, "at_most"),
    # D233.5: "kat" after a number is a multiplier (rule 13, D152)
    ("tr", "3 kat arttı", UNPARSED, "none"),
    ("tr", "sayısı 2 katına çıktı", UNPARSED, "none"),
    # D233.6: "satu keluarga" that opens the phrase is a count of its own
    ("id", "satu keluarga berjumlah lima orang", UNPARSED, "none"),
    # D233.7 / D233.8: the rounds' lists, and their neighbours: a sum (rule 13, D88)
    ("id", "dua anak-anak dan seorang perempuan dilaporkan tewas", UNPARSED, "none"),
    ("pl", "śmierć poniosła kobieta, jej troje dzieci oraz krewny", UNPARSED, "none"),
    ("pl", "zginęli mężczyzna, jego dwoje dzieci oraz sąsiad", UNPARSED, "none"),
    ("ru", "женщина, её трое детей и родственник", UNPARSED, "none"),
    ("uk", "жінка, її троє дітей і родич", UNPARSED, "none"),
    ("en", "a man, his two sons and a neighbor died", UNPARSED, "none"),
    # (D233.9's pl hospitals row: exact 32 again by D235.1, tests/test_figures_rules35c.py)
]

test_rules_read_as_the_codebook_says = case_test(READ)
test_near_misses_stay = case_test(STAYS)
