"""Turkish (``tr``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_before
from analysis.lang._forms import (
    STRAY_MARK_GROUP,
    STRAY_POINT_SPACE,
    decimal_comma_before,
    leading_minus,
    leading_plus,
    stray_decimal_space_before,
    unmarked,
)
from analysis.lang._lists import share_of_total

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["ocak\\w*"],
    ["şubat\\w*"],
    ["mart\\w*"],
    ["nisan\\w*"],
    ["mayıs\\w*"],
    ["haziran\\w*"],
    ["temmuz\\w*"],
    ["ağustos\\w*"],
    ["eylül\\w*"],
    ["ekim\\w*"],
    ["kasım\\w*"],
    ["aralık\\w*"],
]

WEEKDAYS = [
    ["pazartesi\\w*"],
    ["salı\\w*"],
    ["çarşamba\\w*"],
    ["perşembe\\w*"],
    ["cuma"],
    ["cumartesi\\w*"],
    ["pazar", "pazarı", "pazar günü"],
]

_NEIGHBOURS = [(str(n), str(n + 1)) for n in range(1, 9)] + list(zip(
    ("bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz"),
    ("iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"), strict=True,
))
"""Neighbouring numerals ("7, 8 bin", "beş altı kişi"): a range (D41)."""

# (32rb, D221.3) a count of a change "from A to B" (D35): digits or number words, with their
# scale words and the groups after them ("8 milyon 645 bin", "2 bin 500", "beş bin", "on"), the
# case ending glued to its last word ("binden", "bine", "milyondan", "beşten", "dörde") or after
# an apostrophe or a hyphen ("5'ten", "10-a"). "birden" (suddenly) and "bu yüzden" (therefore)
# are no count of it
_TR_WORD = (
    r"(?:bir|iki|üç|dör[td]|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|"
    r"seksen|doksan|yüz)"
)
_TR_CHANGE_COUNT = (
    rf"(?:\d[\d.,]*|{_TR_WORD})(?: (?:\d[\d.,]*|{_TR_WORD}|bin|milyon|milyar))*"
)
_TR_FROM = (
    rf"(?<![\d.,])(?<!\bbu )\b(?!birden\b){_TR_CHANGE_COUNT}"
    r"[-'’]?(?: [^\s\d]+)?[-'’]?(?:dan|den|tan|ten) "
)
_TR_TO = rf"{_TR_CHANGE_COUNT}[-'’]?(?: [^\s\d]+)?[-'’]?(?:a|e|ya|ye) "

# (34ra, D226.3) a part told with the possessive ("4'ü", "6'sı", "141 bin 802'si", "3 milyon'u":
# N of them), its number written with its scale words and the groups after them
_TR_PART = r"\d[\d.,]*(?: (?:bin|milyon|milyar)(?: \d[\d.,]*)?)*'(?:i|ı|u|ü|si|sı|su|sü)"

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "ölü\\w*", "öldü", "yaralı\\w*", "yarali\\w*", "kayıp", "kayip", "gözaltı\\w*",
        "tutuklan\\w*",
    ],
    "casualties": [
        "vaka\\w*", "kazazede\\w*",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "iki değil, on iki kişi", "2 değil de 12", "2 yerine 12"; "sadece 2 değil, 3 kişi de"
    "contrast": {
        "not_post": ["değil", "değil de", "yerine"],
        "but": ["ama", "fakat", "ancak", "bilakis", "aksine"],
        "also": ["de", "da", "dahi", "ayrıca"],
    },
    # Case suffixes: after an apostrophe ("780'den", "33'e") they are cut by the rewrite
    # below; written directly on a scale word ("binden", "bini", "milyonu") the scales are
    # stems.
    # Upper-case headlines ("CAN KAYBI 44 BİNİ AŞTI"): the engine folds "İ" to "i"; "I"
    # folds to "i", so the words with "ı" are also listed with "i".
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "artış", "artışı", "artışla", "düşüş", "düşüşü", "düşüşle", "azalma", "azalış", "yükseliş",
        "yükseldi", "düştü", "arttı", "azaldı", "geriledi", "artarak", "azalarak", "yükselerek",
        "düşerek", "gerileyerek",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped ("15 yaş altı 284 çocuk", "65 yaş üstü", "80 yaş üzeri", "18 yaşından küçük";
    # "altı" is also six); alone it stays
    "age_limits": [
        AGE + r" ?yaş\w* (?:alt|üst|üzer|küçük|büyük)\w*",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["yaş"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["ve"],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "insansız", "füze\\w*", "roket\\w*", "iha\\w*", "siha\\w*", "dron\\w*", "bomba\\w*",
            "mermi\\w*",
        ],
    },
    "rewrites": [
        # (33hf, D223.4) "ile" (with) joining a count and its noun to one more named with "bir"
        # is "ve" ("12 çocuk ile bir antrenör": two counts, unparsed, rule 13, D85.1); not "bir"
        # of an idiom ("ile bir araya geldi": came together; "bir kez", "bir süre", "bir şekilde")
        (
            r"(\d[\d.,]*(?:'\w+)? [^\W\d_]+) ile (?=bir (?!(?:araya|arada|kez|kere|süre|"
            r"şekilde|yandan|daha|de|da|çok|kaç|miktar|kısm\w*|parça\w*|bölüm\w*|bin\w*|milyon\w*|"
            r"milyar\w*|yüz\w*|düzine\w*|buçuk\w*)\b)[^\W\d_])",
            r"\1 ve ",
        ),
        # (34, D228.1) "yüz yüze" (face to face: "yüz yüze eğitim", in-person teaching) is an
        # idiom, no hundred, as "yüzyüze" written as one word is; not after a numeral ("iki yüz")
        (r"(?<![\d.,] )(?<!\bbir )(?<!\biki )(?<!\büç )(?<!\bdört )(?<!\bbeş )(?<!\baltı )"
         r"(?<!\byedi )(?<!\bsekiz )(?<!\bdokuz )\byüz yüze", "yüzyüze"),
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 kilometre uzaklıkta")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<![\d.,])(?:(?:yaklaşık|yakl\.|yaklasik|tahminen|sadece) )?\d[\d.,]*+(?: \d{"
            r"3})* ?(?:km|kilometre|metre|mil|deniz mili)(?:lik|lık)?(?= (?:uzaklıkta|uzaklı"
            r"ktaki|uzaklığındaki|uzaklığında|uzakta|uzaktaki|mesafede|mesafedeki|ötede|öted"
            r"eki|kuzey\w*|güney\w*|doğu\w*|batı\w*)\b)",
            r"",
        ),
        # (17cd) "martı" (a seagull: "5 martının çarptığı") is no month "Mart" (a date, D7): the
        # bird (D59.6)
        (r"\bmartı\w*", "kuş"),
        # (17nl) "Dört günlük bayram tatilinde" (in the four-day holiday): a number before
        # "günlük" / "haftalık" (-day, -week) is a duration, no "daily" rate (D40, D51.7)
        (
            r"\b(\d+|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?:(gün)lük|(hafta)lık)\b",
            r"\1 \2\3",
        ),
        # (17nh) a clock time after "saat" ("saat 14.30'da", "saat 9 sıralarında") is no count
        # (D28, D48.1); "24 saat" (a duration) has its number before
        (
            r"\bsaat (?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
            r"(?:['’]?(?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye))?\b(?![.,:]?\d)",
            "saat ",
        ),
        # (19ms, D90) an hour told by the part of the day with its case ending ("sabah 6'ya
        # kadar", "akşam 8'de"); not a count after it ("sabah 6 kişi öldü")
        (
            r"\b(sabah|akşam|gece|öğle|öğleden sonra) (?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
            r"['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye)\b",
            r"\1 ",
        ),
        # (17nf) "Şakran 1 Nolu T Tipi Cezaevi" (prison No. 1), "2 numaralı": a number's name,
        # no count (D32, D46)
        (r"(?<![\d.,])\d+ ?(?:nolu|no'lu|no.lu|numaralı|numarali)\b", " "),
        # (17nl) a street's number ("5732 Sokak’ta", "1203/1 Sokak", "45. Cadde") and an emergency
        # line's ("112 acil ambulansıyla", "155 Polis İmdat") name a thing, no count (D32, D51.4)
        (
            r"(?<![\d.,])\d+(?:/\d+)?\.? (?=(?:sokak|sokağ|cadde|bulvar)\w*)"
            # ("12 sokak köpeği", 12 street dogs, stays a count)
            r"(?!sokak (?:köpe|kedi|hayvan|çocu)\w*)",
            " ",
        ),
        (
            r"(?<![\d.,])(?:112|155|156|110|177|122) (?=(?:acil|ihbar|çağrı|polis imdat|alo)\b)",
            " ",
        ),
        # "aralarında 3 mühendis … bulunan 16 Türk işçi" (16 workers among whom are 3
        # engineers): the counts between "among them" and "being" are parts of the count after,
        # as before "olmak üzere" (D23, D43.5)
        (
            r"\b(?:aralarında|arasında|içlerinde) ([^.;]*?\d[^.;]*?) "
            r"(?:bulunduğu|bulunan|olduğu|olan)(?= (?:toplam )?\d)",
            r"\1 olmak üzere",
        ),
        # "son 24 saatte" (in the last 24 hours) is a duration; "saatte" alone is per hour (D38);
        # (17nj) so are "ilk 4 ayda" (in the first four months), "3 günde", "2 haftada", "5 yılda"
        # ("ayda", "günde" alone are per month, per day; D40, D49)
        # (17cf) also after a number word ("son beş yılda toplam 2 bin 718 şirket", in the last
        # five years: 2,718; D7, D64.9)
        (
            r"\b(\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli) "
            r"(saat|dakika|saniye|gün|hafta|ay|yıl)(?:te|de|da)\b",
            r"\1 \2",
        ),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:\d+(?:[.,]\d+)* numaral\w*|numara ?\d+(?:[.,]\d+)*\b)", " "),
        # a change "from A to B" gives the new total B (D35); (32rb, D221.3) A and B with their
        # scale words and groups ("8 milyon 645 binden 10 milyon 341 bine yükseldi"), in words
        # ("beş binden on bine") and after a hyphen ("5-ten 10-a")
        (_TR_FROM + r"(?=" + _TR_TO + r"(?:yüksel|çık|art|düş|geril|azal|ulaş|in))", ""),
        # (17nl) "2008 yılında 1315 olan vaka sıklığı 2017 yılında 343'e geriledi" (which was 1315
        # in 2008, fell to 343 in 2017): the count "olan" (which was) before a later change to a
        # new count is the old count of the change, B the new total (D35, D51.1)
        (
            # (17cc) also "iken" (was N, while: "geçen yıl 39 iken bu yıl 46'ya yükseldi", D61.1)
            # (32rb, D221.3) with its groups and a comma after "iken" ("8 milyon 645 bin olan",
            # "1 milyon 591 bin 683 iken, bu yılın aynı döneminde 2 milyon 367 bin 312’ye")
            r"(?<![\d.,])\b\d[\d.,]*(?: (?:\d[\d.,]*|bin|milyon|milyar))* (?:olan|iken),? "
            r"(?=[^.;:]*?\b\d[\d.,]*(?: (?:bin|milyon))?'?(?:a|e|ya|ye) "
            r"(?:yüksel|çık|art|düş|geril|azal|ulaş|in))",
            "",
        ),
        # (17cp, D72.7) the same for a size told as an adjective in -lI / -lIk ("having N",
        # "of N": "80 bin nüfuslu arı birden 30 bine düştü", a colony of 80,000 fell to 30,000;
        # "300 kişilik ekip 120 kişiye indi"): the size before a later change to a new count is
        # the old count, B the new total (D35, D51.1)
        (
            r"\b\d[\d.,]*(?: (?:bin|milyon|milyar))? [^\W\d_]+(?:lı|li|lu|lü|lık|lik|luk|lük) "
            r"(?=[^.;:]*?\b\d[\d.,]*(?: (?:bin|milyon|milyar))?'?(?: [^\s\d]+)?'?(?:a|e|ya|ye) "
            r"(?:yüksel|çık|art|düş|geril|azal|ulaş|in))",
            "",
        ),
        # (17cc) the change's amount first, "5 artarak 22'ye yükseldi" (rising by 5 to 22): the
        # amount dropped, the new total (D35, D61.3); "yüzde 18 artarak" is a share already (D59).
        # (32rb, D221.5) A and B as D35's rewrite reads them, a comma after the gerund ("yedi kişi
        # artarak, 44 kişiye yükseldi")
        (
            r"(?<![\d.,])(?<!yüzde )\b" + _TR_CHANGE_COUNT
            + r"(?: [^\s\d]+)? (?:artarak|azalarak),? "
            r"(?=" + _TR_TO + r"(?:yüksel|çık|ulaş|geril|düş|in))",
            "",
        ),
        # "33'e artarak", "5 bine arttı" (rose to N, the dative): the new total (rule 1, D39), not
        # "rose by N"
        (r"\b(\d+['’]?y?[ae])\s+art(?:an|arak|tı|mış)\b", r"\1 yükseldi"),
        (r"\b(bine|milyona|milyara|kişiye)\s+art(?:an|arak|tı|mış)\b", r"\1 yükseldi"),
        # (17tb) the dative of a number word before a verb of reaching ("ölü sayısı sekize
        # ulaştı", reached eight; "ikiye yükseldi", rose to two) is the number, as "33'e"
        # (D57.5); "ikiye bölündü" (split in two) is none, and "ona" is left ("ona ulaştı",
        # reached him)
        (
            r"\b(iki|üç|beş|altı|yedi|sekiz|dokuz|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|"
            r"doksan|yüz)y?[ae] (?=(?:yüksel|çık|ulaş|geril|düş)\w*|indi\b|inerek\b)",
            r"\1 ",
        ),
        (r"\bdörde (?=(?:yüksel|çık|ulaş|geril|düş)\w*|indi\b|inerek\b)", "dört "),
        # (17cp, D72) "yüz" (hundred) with a case ending (dative "yüze", accusative "yüzü",
        # ablative "yüzden", genitive "yüzün") is the hundred after a numeral ("beş yüze yakın",
        # nearly 500: read 5 before) and before a qualifier of it ("yüzü aşkın kişi", over a
        # hundred), as "bine", "bini", "binden" are the thousand; not "bu yüzden" (therefore),
        # "yüzde" (per cent), "yüzü" (face) elsewhere
        (r"\b(bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz) yüz(?:e|ü|den|ün)\b", r"\1 yüz"),
        (
            r"(?<!\bbu )(?<!\bşu )(?<!\bo )\byüz(?:e|ü|den|ün) (?=(?:aş|geç|yakın|yakin|yaklaş|"
            r"fazla|üzer|uzer|üst|ust|civar|dolay|kadar|alt[ıi]n|çok\b|az\b|ziyade))",
            "yüz ",
        ),
        # "diğer iki kişi" (the other two) right before the count is "N other" (rule 12, D37);
        # "diğer araçta 1 kişi" (in the other car, one person) names no other count
        (
            r"\bdiğer (?=(?:\d|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|"
            r"birkaç|onlarca|yüzlerce|binlerce)\b)",
            "ilave ",
        ),
        # two neighbouring numerals, side by side or with a comma, are "N or N+1" ("tahminen 7, 8
        # bin", "beş altı kişi"): a range (rule 6, D41), as Chinese "五六人"; not inside a list
        # ("1, 2, 3"). One pattern starting at a word boundary, one group per pair (the groups
        # not matched are empty in the replacement), so the rewrites' gate stays cheap.
        (
            r"\b(?=[1-8biüdays])(?<![\d.,] )(?<![\d.,])(?:" + "|".join(
                f"({a}),? (?={b}\\b(?![.,]?\\d)(?!,? ?\\d))" for a, b in _NEIGHBOURS
            ) + ")",
            "".join(f"\\{k}" for k in range(1, len(_NEIGHBOURS) + 1)) + "-",
        ),
    ] + [
        # "bir buçuk" (one and a half) is the numeral, not the article (D8)
        (r"\bbir buçuk\b", "1 buçuk"),
        # nor is "bir X daha" (one more X: "bir kişi daha", "bir askerin daha"): additional 1
        (r"\bbir(?= [^\W\d_]+ daha\b)", "1"),
        # (27ru, D192.1) also with a name or an adjective before the noun ("bir ABD askerinin
        # daha", one more US soldier): the noun phrase of up to two words (the second dropped
        # by the rewrite at the end of the table)
        (r"\bbir(?= [^\W\d_]+ [^\W\d_]+ daha\b(?! (?:fazla|çok|az|önce|sonra)\b))", "1"),
        # an ordinal ("4'üncü günde", on the fourth day) is not the figure (D7)
        (
            r"\b\d+'(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)"
            r"(?:\s+(?:günde|gününde|haftada|haftasında|ayda|ayında|yılda|yılında))?\b",
            " ",
        ),
        # a numeral with the possessive ("4'ü", "6'sı": four / six of them) is a part: before a
        # count, with the words that say which part ("4'ü ağır 6 işçi", six workers, four of
        # them seriously), it is the breakdown "olmak üzere" writes (D23, D41); after a comma
        # and before such a word ("30 kişi yaralandı, 6'sı ağır") it is "of them" (D30)
        (
            # (17nl) not when the number after is the next part ("3'ü yabancı uyruklu, 43'ü yerli
            # olmak üzere 46 kişi": the parts are listed before the one "olmak üzere", D51.5)
            # (34ra, D226.3) the next part written with its scale words ("87 bin 988'i", "3
            # milyon'u") is a part too
            r"\b(?<![\d.,])(\d[\d.,]*)'(?:i|ı|u|ü|si|sı|su|sü)((?: [^\W\d_]+){1,2}?),? (?=\d)"
            rf"(?!{_TR_PART}\b)",
            r"\1\2 olmak üzere ",
        ),
        # (28rb, D207) not when the count before the comma is a part too ("Bu sayıların 4.104'ü
        # çocuk, 2.641'i kadın": of these, 4,104 children, 2,641 women): parts listed side by
        # side with no whole told before them, several counts (D5, rule 13), as with "ve"
        (
            r"(?<![\d.,])(\d[\d.,]*'(?:i|ı|u|ü|si|sı|su|sü)(?: [^\W\d_]+){1,2}),\s*"
            rf"(?={_TR_PART} (?!olmak üzere)[^\W\d_])",
            r"\1 ve ",
        ),
        (
            r",\s*(\d[\d.,]*)'(?:i|ı|u|ü|si|sı|su|sü)(?= (?:ağır|hafif|durumu|çocuk|kadın|asker|"
            r"öğrenci|yabancı|polis|itfaiye)\w*\b)",
            r", aralarında \1",
        ),
        # (24rf, D160) a range of per cents with the per cent word once, before the low end ("yüzde
        # 98-99 oranında", "%10-12", "yüzde 10 ila 12", "yüzde 10 ile 12 arasında"): the word
        # after the high end, so both ends are per cents (not "98 %-99", read as 99); not before
        # a scale word after the high end ("yüzde 10-12 bin" is no per cent range)
        (
            r"(?:%|\byüzde) ?(\d+(?:[.,]\d+)?) ?(-|–|ila) ?(\d+(?:[.,]\d+)?)"
            r"(?![\d.,]| ?%| (?:bin|milyon|milyar)\b)",
            r"\1 \2 \3 %",
        ),
        (
            r"(?:%|\byüzde) ?(\d+(?:[.,]\d+)?) (?:ile|ve) (\d+(?:[.,]\d+)?)"
            r"(?= (?:arasında|aralığında|arasındaki)\b)",
            r"\1 ile \2 %",
        ),
        # (lexicon 17, session 6) "%40", "yüzde 40" (per cent written before the number): 40 %
        (r"(?:%|\byüzde) ?(?=\d)((?:\d+[.,])*\d+)", r"\1 %"),
        # (17nj) "binde 13,4" (per mille, written before the number as "yüzde") is a rate, not
        # 1,000 and 13.4 (rule 13, D49)
        (r"(?:‰|\bbinde) ?(?=\d)((?:\d+[.,])*\d+)", r"\1 ‰"),
        # (lexicon 17, session 6) "kadar" after a number in the nominative ("40 kadar ev", "5 bin
        # kadar kişi") is "about" (approx); after the dative ("100'e kadar", "5 bine kadar") "up
        # to" (at most)
        (r"\b(\d[\d.,]*(?: (?:bin|milyon|milyar))?) kadar\b", r"\1 civarında"),
        # (lexicon 17, session 6) "100'den 200'e kadar" (from 100 up to 200) is a range (rule 6)
        (
            r"\b(\d[\d.,]*(?: (?:bin|milyon))?)'?(?:dan|den|tan|ten) "
            r"(\d[\d.,]*(?: (?:bin|milyon))?)'?(?:a|e|ya|ye) kadar\b",
            r"\1 ila \2",
        ),
        # (17ng) "2018'de 28.144.670 kişi" (in 2018, 28,144,670 people): a year 1800-2100 with the
        # locative or ablative after its apostrophe, before another number, is a date (D7, D47);
        # (27ru, D192.2) the locative's adjective "-deki / -teki" too ("1995'teki savaşta 8 bin",
        # in the war of 1995);
        # alone it stays as written; (17cu) before a number in words too ("2016'da yaklaşık bir
        # milyon kişi": the closed class of the numerals and vague magnitudes, D77.3)
        (
            r"\b(?:1[89]\d\d|20\d\d)['’](?:(?:de|da|te|ta)(?:ki)?|den|dan|ten|tan)\b(?=\D*(?:\d|\b(?:"
            r"bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|altmış|yetmiş|"
            r"seksen|doksan|yüz|bin|milyon|milyar|onlarca|yüzlerce|binlerce|milyonlarca)\b))",
            " ",
        ),
        (r"(?<=\d)'[^\W\d_]+", ""),
    ],
    "numbers": {
        "sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7,
        "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50,
        "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90, "alti": 6, "kirk": 40,
        "altmiş": 60,
        # "and a half" after a number ("üç buçuk milyon" = 3,500,000)
        "buçuk": 0.5,
        # (lexicon 17, session 6) "yarım milyon" (half a million) = 500,000 (rule 8)
        "yarım": 0.5, "yarim": 0.5,
    },
    # numbers written as one word ("yediyüzbin" = 700,000, "altıyüz yirmi bin" = 620,000)
    "compound": {
        "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
        "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60,
        "yetmiş": 70, "seksen": 80, "doksan": 90,
    },
    "compound_small": {"yüz": 100},
    "compound_scales": {"bin": 1000, "milyon": 1_000_000},
    "small": {"yüz": 100},
    "scales": {
        "bin\\w*": 1000, "milyon\\w*": 1_000_000, "milyar\\w*": 1_000_000_000,
        "bin": 1000, "milyon": 1_000_000, "milyar": 1_000_000_000, "mn": 1_000_000,
        "mlyr": 1_000_000_000,
        # (17gwa) trillions, as the other scales a stem with its case endings ("2 trilyonu")
        "trilyon\\w*": 1_000_000_000_000, "trilyon": 1_000_000_000_000,
    },
    "vague": {
        "onlarca": 10, "yüzlerce": 100, "binlerce": 1000, "on binlerce": 10_000,
        "yüz binlerce": 100_000, "milyonlarca": 1_000_000,
        # (lexicon 17, session 6) "düzinelerce" (dozens) is the plural, vague 12-99 (rule 7)
        "düzinelerce": 12,
        "onbinlerce": 10_000, "yüzbinlerce": 100_000,
        # the plural noun ("Milyonlar mitingde buluştu": millions met)
        "milyonlar": 1_000_000,
        # (lexicon 17, session 6) billions, tens and hundreds of millions (rule 7)
        "milyarlarca": 1_000_000_000, "on milyonlarca": 10_000_000, "yüz milyonlarca": 100_000_000,
        "onmilyonlarca": 10_000_000, "yüzmilyonlarca": 100_000_000,
        # (17gwa) the possessive "hundreds / thousands of them" ("binlercesi yaralandı") and its
        # cases, written as the plural; without them "binlercesi" is read by the scale stem
        # "bin\\w*" as one thousand, exact (rule 7)
        **{
            f"{stem}{ending}": value
            for stem, value in (("onlarca", 10), ("yüzlerce", 100), ("binlerce", 1000),
                                ("milyonlarca", 1_000_000))
            for ending in ("si", "sı", "sini", "sını", "sinin", "sının", "sinde", "sında")
        },
        # ASCII spellings ("yuzlerce", "milyonlarca" has none)
        "yuzlerce": 100, "yuz binlerce": 100_000,
    },
    "collective": {"düzine": 12},
    # (17gwa) ASCII spellings "birkac", "bir kac"
    # (20fa, D92.3) "bazı" (some), as en "some", es "algunos": 2-9 alone
    "several": ["birkaç", "bir kaç", "birkac", "bir kac", "bazı", "bazi"],
    # "bir" is also the indefinite article ("öyle bir sel": such a flood): a count only before
    # a magnitude ("bir milyon"), as "a", "ein", "una" (D8)
    "articles": ["bir"],
    "approx": [
        "yaklaşık", "takribi", "takriben", "tahminen", "yaklaşık olarak", "aşağı yukarı", "~",
        "tahmini",
        # (lexicon 17, session 6) ASCII spellings, "tahmini olarak", abbreviation "takr."
        "yaklasik", "yaklasik olarak", "asagi yukari", "tahmini olarak", "takr.",
        # (lexicon 17, session 6) "kabaca" (roughly)
        "kabaca",
        # (17gwa) upper-case headlines fold "I" to "i" ("YAKLAŞIK 500 KİŞİ" -> "yaklaşik"), as
        # "aşti", "civarinda" below; "tahmin edilen" (estimated), "tahminlere göre" (by estimates)
        "yaklaşik", "yaklaşik olarak", "aşaği yukari", "tahmin edilen", "tahminlere göre",
    ],
    "at_least": ["en az", "en azından", "asgari"],
    # (lexicon 17, session 6) "en çok" is also "most" ("Sel en çok Kastamonu'daki 5 bin 400
    # nüfuslu ilçeyi vurdu": the flood hit most the district of 5,400): "at most" only when
    # nothing but number and table words stand between it and the number (D34)
    # (17nl) so are "en az" and "en fazla" ("en az vaka ise 646 ile Adalar'da": the fewest cases,
    # 646, a superlative; D51.3)
    "prepositions": ["en çok", "en cok", "en az", "en fazla"],
    "at_most": [
        "en fazla", "azami",
        # (17gwa) "maksimum 500 kişi" (a maximum of 500)
        "maksimum",
        # (lexicon 17, session 6) "en çok" (at most), "en fazla" without diacritics
        "en çok", "en cok",
    ],
    "nearly": [
        "neredeyse", "hemen hemen",
        # (lexicon 17, session 6) the colloquial spelling "nerdeyse"
        "nerdeyse",
    ],
    "post_approx": [
        "civarında", "civarı", "dolayında", "kadarı", "civarinda", "civari", "dolayinda",
        # (lexicon 17, session 6) "1000 sularında", "1000 raddesinde" (in the region of)
        "sularında", "sularinda", "raddesinde", "raddelerinde",
        # (17gwa) the plural "dolaylarında" (in the region of) and the upper-case fold
        "dolaylarında", "dolaylarinda", "civarindaki", "civarındaki",
    ],
    # "passed / surpassed N" is at least (aştı, geçti); "reached N" (ulaştı) is exact
    "post_at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "biraz daha fazla", "biraz üstünde", "biraz ustunde",
        # with case endings too ("539 binden fazlasının")
        "fazla", "fazla\\w*", "aşkın", "üzerinde", "üstünde", "üzeri", "aştı", "geçti", "aşan",
        # "üzerine" alone is also "onto" ("18 kişilik grubun üzerine çığ düştü")
        "geçen", "üzerine çıktı", "üzerine çıkan", "üzerine çıkarak", "üstüne çıktı",
        "aşıyor", "+", "aşkin", "aşiyor", "aşti",
        # participles ("81 bini geçtiği biliniyor": known to have passed 81,000)
        "geçtiği", "geçtiğini", "aştığı", "aştığını", "geçerek", "aşarak",
        # (lexicon 17, session 6) "100'ü geçkin" (past 100), "100'den çok" (more than), ASCII
        # spellings
        "geçkin", "geçkın", "çok", "daha fazla", "daha çok", "askin", "uzerinde", "ustunde",
        "asti", "gecti", "asan",
        # (lexicon 17, session 6) "100'den ziyade" (more than)
        "ziyade",
        # (17gwa) "1000'in üstü" (above 1,000), "1000'i aşmış / geçiyor / aşmakta" (has
        # passed, passes): the other tenses of "aştı", "geçti"; not "geçmiş" (also "past": "5 yıl
        # geçmiş", five years have passed)
        "üstü", "aşmış", "aşmiş", "geçiyor", "aşmakta", "geçmekte", "aşmişti", "aşmıştı",
        # (17nk) the converb "aşarken" / "geçerken" (while passing: "3,5 milyonu aşarken", D50)
        "aşarken", "geçerken",
        # (22rb, D109) the past continuous ("2000'i aşıyordu", was passing): at least, as "aşıyor"
        "aşıyordu", "aşiyordu", "geçiyordu",
    ],
    # (lexicon 17, session 6) "100 küsur", "bin küsur" (a hundred-odd): "-odd", weak at least (D2)
    "weak_at_least": ["küsur", "kusur"],
    "post_at_most": [
        "kadar", "altında", "altinda",
        # (lexicon 17, session 6) "100'den az" / "daha az" (fewer than), "1000'i aşmayan" /
        # "geçmeyen" (not exceeding)
        "az", "daha az", "aşmayan", "aşmayacak", "geçmeyen", "geçmeyecek", "aşmadı", "geçmedi",
        # (lexicon 17, session 6) "10 bine varan" (up to 10,000)
        "varan",
        # (17gwa) "100'den aşağı" (below 100); "aşağı yukarı" (about) is the longer approx phrase
        "aşağı", "aşaği",
    ],
    "post_nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "biraz az", "biraz daha az", "biraz altında", "biraz altinda", "biraz eksik",
        # (lexicon 17, session 6) "bulmak üzere" (about to reach)
        "bulmak üzere",
        "yakın", "yaklaştı", "yaklaşan", "yaklaşıyor", "yakin", "yaklaşti", "yaklaşiyor",
        # (17gwa) the possessive "1000'e yakını" (nearly 1,000 of them) and its cases
        "yakını", "yakınını", "yakınının", "yakini", "yakinini",
        # (17tb) with the copula ("100'e yakındır", it is close to 100; "yakındı", was), as
        # "yakın" (D57.2)
        "yakındır", "yakındı", "yakındir", "yakindir",
        # (17cg) the other forms of "approach" after the dative ("2 bine yaklaşacağı", will come
        # close to 2,000; "1100'e çok yaklaştığı", came very close), as "yaklaştı": nearly (rule 5,
        # D65.2); "çok" (very) before the verb is no "more than"
        "yaklaştığı", "yaklaştığını", "yaklaşacağı", "yaklaşacağını", "yaklaşacak", "yaklaşmış",
        "yaklaşmıştı", "yaklaşarak", "yaklaşırken", "yaklaşmakta", "yaklaşıyordu",
        "yaklaştığında", "çok yaklaştı", "çok yaklaşan", "çok yaklaşıyor", "çok yaklaştığı",
        "çok yaklaştığını", "çok yaklaşacağı", "çok yaklaşacağını", "çok yaklaşacak",
        "çok yaklaşmış", "çok yaklaşmıştı", "çok yaklaşarak", "çok yaklaşırken",
        "çok yaklaşmakta", "çok yaklaşıyordu", "çok yaklaştığında",
    ],
    # "4,5 milyon artan" (increasing by 4.5 million), "748 kişi artarak" (rising by 748): "rose
    # by N" is additional (rule 12, D39); "N'e arttı" (rose to N) is the total (rewrite)
    "additional_post": [
        # (17nl) "300 yeni vaka" (300 new cases): "yeni" right after the count is additional, as
        # in every language; "yeni vaka sayısı 300" names the counted (D40.14, D51.8)
        "yeni",
        "daha", "artan", "artarak", "arttı", "artmış", "artış", "artışla",
        # (17ng) "635 bin 522 aday artışıyla" (with an increase of 635,522 candidates): the noun
        # of a rise, as "artışla" (rule 12, D47)
        "artışıyla", "artışı", "artisiyla", "artisla",
    ],
    "additional": [
        "ilave", "ek", "ilaveten",
        # (lexicon 17, session 6) "fazladan 200 asker" (200 extra troops), "başka 3 kişi" (3
        # other people)
        "fazladan", "başka",
    ],
    # (17gwa) "bunların 5'i çocuk" (of these, five children), "aralarinda" (upper-case fold)
    "including": ["aralarında", "bunlardan", "içlerinde", "bunların", "aralarinda", "içlerinden"],
    # written after what it includes ("600 ölü dahil 4 bin 700 kayıp")
    # "6'sı ağır olmak üzere 30 kişi" (30, six of them seriously): written after the breakdown (D23)
    "including_post": ["dahil", "dâhil", "olmak üzere"],
    # (20fb, D93.1) "made up of", written after the parts (D23; figures only)
    "made_of_post": ["oluşan"],
    "total": [
        "toplam", "toplamda", "toplamı",
        # "toplam can kaybı sayısı 59'a yükseldi": the total word two nouns before the number
        "toplam can kaybı", "toplam can kaybı sayısı", "toplam ölü sayısı", "toplam yaralı sayısı",
        # (17gwa) "toplam olarak" (in total), "genel toplam" (grand total), "toplamda" upper-case
        "toplam olarak", "genel toplam", "toplami",
    ],
    # "iki ya da üç" (two or three; also written "yada"), "iki veya üç"
    # (17gwa) "ilâ" (to) with its circumflex
    "range_sep": ["ile", "-", "ila", "ilâ", "ya da", "yada", "veya", "yahut", "veyahut"],
    "percent": ["%"],
    # multipliers ("üç kat") are ratios, not counts
    "fraction": [
        "yarısı", "yarısından", "yarısı\\w*", "üçte", "dörtte", "çeyrek", "kat", "katı", "katına",
        # (17gwa) "üç misli" (three times), "beşte" (in five: "beşte biri", a fifth), "onda" is
        # left out ("onda" is also "at ten" and "in him")
        "misli", "mislini", "mislinden", "beşte",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "her gece", "her akşam",
        # (33ra, D224.1) every minute, second or hour: a count per minute is a rate (rule 13, D114)
        "her dakika", "her saniye",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "kilometrekare başına", "kilometre kare başına",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "ortalama", "ortalamada",
        "günde", "her gün", "günlük", "haftada", "ayda", "her yıl", "her sene", "her ay",
        "her hafta",
        # (17gwa) "yılda 500 kişi" (500 a year; "5 yılda", in five years, is rewritten to a
        # duration above), "senede", "kişi başına" (per person), "her biri" (each)
        "yılda", "senede", "kişi başına", "kişi başı", "her biri", "her birine", "her birinde",
        "her saat",
        # "saatte 80 kilometre" (80 km an hour, a speed): per hour, minute, second (rule 13, D38)
        "saatte", "dakikada", "saniyede",
    ],
    # not "tabur\\w*": "taburcu" (discharged from hospital) is no battalion (D14)
    "units": [
        "tabur", "taburu", "taburun", "tabura", "taburda", "taburdan", "taburlar\\w*", "tugay\\w*",
        "alay\\w*", "tümen\\w*", "bölük\\w*",
    ],
    # (17gwa) "sayısız" (countless), "bir çok" (written apart), the upper-case fold
    "uncountable": [
        "çok sayıda", "birçok", "pek çok", "bir çok", "çok sayida", "sayısız", "sayisiz",
        "birçoğu",
    ],
    "months": [form for forms in MONTHS for form in forms],
    "year_post": [
        # (17cl) the postposition that marks a year, after it (D69)
        "itibarıyla", "itibariyle", "sonrası", "sonrasında", "öncesi", "öncesinde",
        # (17cs) a quarter of the year after it ("2023'ün ilk çeyreğinde"): a date (D7,
        # D50)
        "ilk çeyreğinde", "ikinci çeyreğinde", "üçüncü çeyreğinde", "dördüncü çeyreğinde",
        "son çeyreğinde",
        "yılında", "yılı", "yılının", "yılından",
        # (17nj) "2011 sonunda" (at the end of 2011), "2020 başında", "2019 ortasında", "2011
        # nüfus sayımında" (in the 2011 census): a year before a part of it is a date (D7, D49)
        "sonunda", "sonu", "sonuna", "sonlarında", "başında", "başı", "başlarında", "ortasında",
        "ortası", "ortalarında", "nüfus sayımında", "nüfus sayımı", "sayımında",
        "ilk yarısında", "ikinci yarısında", "ilk yarısı", "ikinci yarısı",
        # (17gwa) the other cases of "yıl" and "sene" ("2024 yılına kadar", "2023 senesinde"), a
        # year's seasons ("2024 yazında", "2023 kışında") and the years of a span ("2020-2022
        # yılları arasında")
        "yılına", "yılındaki", "yılıyla", "yılları", "yıllarında", "yılları arasında",
        "senesi", "senesinde", "senesinin", "yazında", "yazı", "kışında", "kışı", "baharında",
        "ilkbaharında", "sonbaharında", "güzünde",
    ],
    # stems: "24 saatte", "3 gündür" (a rate such as "günde" is listed and wins)
    # (17ta) beside another quantity, a number these words name is no count (D56): a type,
    # category, class, draw; an age or a number's name after the number ("47 yaşındaki", "3
    # numaralı")
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "eksi", "hattı", "hattına",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "büyüklüğü",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "km",
        "tip", "tipi", "kategori", "sınıf", "çekiliş",
        # (17tb) "yaşları 8 ila 15 arasında değişen 10 çocuk" (ten children aged 8 to 15): the
        # ages' noun before them, the range's other end too (D56.3, D57.3)
        "yaşları", "yaşlari", "yaşı", "yaşları ise",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    "source_words": ["(?<!\\w)göre(?!\\w)"],
    "compared_post": [
        # (17ct, D76.4, D66.1) "950'ye karşın" (against)
        "karşın",
        "kıyasla", "oranla", "nazaran", "karşı",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "sokak", "sokağı", "sok.", "caddesi", "cad.", "bulvarı", "mahallesi", "mah.",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilovolt", "kilovat", "megavat", "gigavat",
        "volt",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "katında", "katta", "kattaki", "katındaki", "katlı", "katından", "rakımlı", "rakımda",
        "rakımdaki", "derecede", "dereceyi", "dereceden", "derecelik", "derecenin", "sayılı",
        "sefer sayılı", "acil hattı", "acil hattına", "acil çağrı hattı", "acil çağrı hattına",
        "ihbar hattı", "ihbar hattına",
        # (17cy, D81) a measure told as an adjective of a thing ("a 40-tonne truck", "a 500-pound
        # bomb", "40-тонный грузовик", "40 tonluk kamyon", "40吨的卡车"): a measure beside a count;
        # the mass of what is seized or spilled, told as a noun ("54 кг", "291 kg"), stays (D66.3)
        "tonluk", "kiloluk", "kilogramlık", "gramlık", "litrelik", "santimetrelik",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "milimetre", "kategorideki", "kategori",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "büyüklüğünde", "büyüklüğündeki", "derece", "dereceye",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metre", "metrelik", "km", "kilometre", "kilometrelik", "hafta", "haftada",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "fit",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "metrekare\\w*", "metreküp\\w*", "kilometrekare\\w*", "santimetreküp\\w*",
        "hektar", "hektarlık", "dönüm\\w*",
        "haftasında",
        # (ages, "47 yaşındaki", are durations already: D7)
        "numaralı", "nolu", "no'lu",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "kapasiteli", "koltuklu",
    ],
    "time_units": [
        # (17cd) "hafta" (week) is also a week's number's word (D59.5): written here too, a
        # duration as the stem's other forms ("iki hafta", D59.8)
        "hafta",
        # (17cd) the genitive and dative of "yaş" (age): "65 yaşın üzerindeki 12 kişi" (over 65),
        # "18 yaşa kadar" (D7, D59.7)
        "yaşın", "yaşa",
        # (17cs) a size of a building ("20 katlı bina"): a measure, no count; dropped as
        # durations are (D32, D49.9)
        "katlı",
        # (17cs) "yılın ilk 9 ayında" (in the first nine months of the year): a duration
        # (D40, D50)
        "ayında",
        "gün\\w*", "hafta\\w*", "saat\\w*", "ay", "aydır", "ayda", "yıl", "yıldır", "yıllık",
        "dakika\\w*", "saniye\\w*",
        # (17gwa) "sene" (year, as "yıl"), nights and centuries ("3 gece", "iki asır")
        "sene", "senedir", "senelik", "gece", "gecedir", "gecelik", "asır", "asırdır", "asırlık",
        # ages ("22 yaşındaki", "22 yaşında", "3 aylık bebek") are no counts (D7)
        "yaş", "yaşında\\w*", "yaşlarında\\w*", "yaşını", "yaşından", "yasında\\w*", "aylık",
        # (17nk) quarters of a year ("yılın ilk üç çeyreğinde", in the first three quarters):
        # a duration, no fraction (D40, D50); "çeyrek" alone stays a quarter (rule 13)
        "çeyreğinde", "çeyrekte", "çeyreklerinde",
    ],
    "stop": [
        # (17nk) "kayıtlara geçti" (was recorded): no "passed" (D50)
        "kayıtlara geçti", "kayda geçti", "kayıtlara geçen", "kayda geçen",
        # (17nl) "bir daha" (ever again: "43 bir daha sudan çıkamadı") is no "more" (D51.7)
        "bir daha",
        # (17cb) "daha önce / sonra" (before, later: "15 kişi daha önce hayatını kaybetmişti") is
        # an adverb of time, no "N more" (rule 12, D60.1)
        "daha önce", "daha sonra",
        # (17tb) "yeni yıl" (the new year: "yeni yıla milyoner olarak girecek") is a date, no
        # "new" count (D40.14, D57.4)
        "yeni yıl", "yeni yıla", "yeni yılda", "yeni yılın", "yeni yılı", "yeni yıldan",
        # "arasında … bulunduğu 42 kişi" (D43.5): Turkish words, so that "de" (also) does not
        # make the phrase French (D15)
        "arasında", "bulunduğu", "bulunan",
        # case suffixes cut after an apostrophe ("19’unu", "35'ini"): words of this table, so
        # that a phrase whose only other words are unlisted stays Turkish (Romanian "unu" = 1)
        "unu", "ünü", "ını", "ini", "ına", "ine", "üne", "ından", "inden", "undan", "ünden",
        "ında", "inde", "unda", "ünde",
        # "diğer" (other) is read by the rewrites: listed so that "diğer 3 işçimizi de" keeps
        # the hinted table (D15, D40)
        "diğer", "diğeri", "diğerleri",
        "asker", "askeri", "askerin", "rus", "kişi", "ve", "bu", "şehit", "yaralı", "sayı",
        "sayısı",
        "ulaştı", "kayıp", "kayıplar", "öldü", "yükseldi", "ulaşti", "kayip", "kayiplar",
        "kaybi", "sayisi", "yarali",
        # (17cc) the verbs of a change and the count's noun in the genitive: a change told with
        # both numbers ("öğrenci sayısının 1’den 8’e yükseldiği", whose suffixes "den", "e" are
        # German and French words) keeps the hinted table (D15, D61.1)
        "sayısının", "sayisinin", "yüksel\\w*", "geril\\w*", "azal\\w*", "arttı\\w*", "artarak",
        "düştü\\w*", "düşerek",
        # common verbs: with the hint "tr", a phrase holding them is read with this table
        # ("Edirne'de yaşanan ... 2 bin 700 kişinin", "BİN 881 SURİYELİ YAŞIYOR", D15)
        "yaşanan", "yaşandı", "yaşıyor", "yaşiyor", "yaşamını", "yaşamini", "hayatını", "hayatini",
        # words that start like a scale but are none (the stems "bin\w*", "milyon\w*")
        "bina\\w*", "binbaşı\\w*", "binici\\w*", "milyoner\\w*", "milyarder\\w*",
        # (17ng) migrants and foreigners: with the hint "tr", "132’si yabancı uyruklu 169 göçmen
        # kaçakçısının" keeps this table, whose rewrites read the breakdown (D15, D40.1, D47)
        "göçmen\\w*", "gocmen\\w*", "yabancı", "yabanci", "uyruklu",
        # (31rb, D219.2) the possessive cut after a part's apostrophe ("12’si çocuk, 43
        # kişinin": Romanian "si" = and) and the case forms of the count's noun ("kişinin",
        # "kişiyi", "çocukların"): Turkish words, so that a breakdown told before its count
        # keeps the hinted table and its rewrites (D15, D23; it read two quantities in Romanian)
        "si", "sı", "su", "sü", "kişi\\w*", "çocu\\w*",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["kış\\w*"],
        "spring": ["ilkbahar\\w*", "bahar\\w*"],
        "summer": ["yaz", "yazın", "yazında"],
        "autumn": ["sonbahar\\w*"],
    },
    "words": {
        "rel:last": ["geçen", "geçtiğimiz", "önceki"],
        "rel:last unit:year": ["geçen yıl", "geçen sene", "geçtiğimiz yıl"],
        "rel:past": ["son"],
        "rel:this": ["bu"],
        "rel:this unit:year": ["bu yıl", "bu sene", "bu yılın"],
        "rel:next": ["gelecek", "önümüzdeki"],
        "unit:day": ["gün", "günde"],
        "units:day": ["günler", "günlerde", "günlük"],
        "unit:week": ["hafta\\w*"],
        "unit:month": ["ay", "ayın", "ayında"],
        "units:month": ["aylarda", "aylık", "aydır"],
        "unit:year": ["yıl\\w*", "sene\\w*"],
        "unit:hour": ["saat\\w*"],
        "part:begin": ["başı\\w*", "başında"],
        "part:mid": ["ortası\\w*", "ortalarında"],
        "part:end": ["sonu\\w*", "sonunda", "sonlarında"],
        "day:0": ["bugün"],
        "day:-1": ["dün"],
        "day:1": ["yarın"],
        "now": ["şu ana kadar", "şimdiye kadar", "halihazırda", "şu anda", "şu an", "hâlihazırda"],
        "before": ["geçenlerde", "son zamanlarda", "daha önce"],
        "future": ["yakında", "yakın zamanda"],
        "since": ["beri", "bu yana", "itibaren", "itibariyle"],
        "until": ["kadar"],
        "and": ["ve"],
        "ago": ["önce"],
        "n:1": ["bir"],
        "n:2": ["iki"],
        "n:3": ["üç"],
        "n:4": ["dört"],
        "n:5": ["beş"],
        "few": ["birkaç", "birkaç gün"],
    },
}

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 araç birkaç noktada kaza yaptı"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S))(?:birkaç|çeşitli|farklı) (?=(?:noktada|yerde|noktasında)(?"
    r"!\w))",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with "bir"
FIGURES.update({
    # (D68.1) "binlerce ve binlerce", "yüzlerce ve yüzlerce"
    "repeat": ["ve"],
    # (D68.2) the units of mass, area and volume with their case endings (not lengths, D66.3):
    # "bir ton", "bir tondan fazla", "yaklaşık bir hektar" are one unit
    "measures": [
        "ton", "tonu", "tona", "tondan", "tonun", "tonluk", "kilo", "kiloyu", "kiloya",
        "kilodan", "kiloluk", "kilogram", "kilogramı", "kilogrami", "kilograma", "kilogramdan",
        "kilogramlık", "kilogramlik", "gram", "gramı", "grami", "gramdan", "hektar", "hektarı",
        "hektari", "hektara", "hektardan", "hektarlık", "hektarlik", "dönüm", "dönümü",
        "dönümden", "dönümlük", "litre", "litreyi", "litreye", "litreden", "litrelik",
        "metreküp", "metreküplük",
    ],
})

# (17cv, D78.2) a vague determiner on another noun, before a postposition that does not say where
# (lang/_determiners.py): "Birkaç uyarıya rağmen 12 kişi öldü" (despite several warnings, 12
# died); not before a number or a magnitude; alone it stays several (D9)
FIGURES["rewrites"].append(several_before(
    FIGURES,
    [
        "rağmen", "karşın", "sonra", "önce", "boyunca", "süresince", "yüzünden", "nedeniyle",
        "dolayı", "sonucunda", "için", "beri", "üzerine",
    ],
))

def _forms(stem: str, back: bool, rounded: bool, vowel_end: bool) -> list[str]:
    """Return the case and possessive forms of a Turkish noun of time, by vowel harmony (D77.1)."""
    i = ("u" if back else "ü") if rounded else ("ı" if back else "i")  # the four-fold vowel
    a = "a" if back else "e"  # the two-fold vowel
    ler = "lar" if back else "ler"
    poss = stem + ("s" + i if vowel_end else i)  # its (yılı, senesi)
    gen = stem + ("n" + i + "n" if vowel_end else i + "n")  # of (yılın, senenin)
    plural = stem + ler
    return [stem, stem + "d" + a, stem + "d" + a + "n", stem + "d" + i + "r", gen, poss,
            poss + "nd" + a, poss + "nd" + a + "n", poss + "n", stem + "l" + i + "k",
            plural, plural + "d" + a, plural + "d" + a + "n", plural + "d" + i + "r",
            plural + i, plural + i + "n", plural + i + "nd" + a, plural + "c" + a]


# (17cu) the Turkish nouns of time with their case and possessive endings, written by vowel
# harmony (locative "yılda, senede", ablative "aydan", genitive "yüzyılın", possessive "yılı,
# senesi, ayında", "for" "senedir", plural "yıllardır"): a duration beside a count, as the bare
# noun (D77.1, D7). Not "ayı" nor "ayılar" (also "bear"), "yıldız" (star) is no form of "yıl".
# "gün", "hafta", "saat", "dakika", "saniye" are stems of the table already
FIGURES["time_units"] += [
    f for f in (
        _forms("yıl", True, False, False) + _forms("yüzyıl", True, False, False)
        + _forms("sene", False, False, True) + _forms("ay", True, False, False)
        + _forms("gece", False, False, True)
        + ["asır", "asırda", "asırdan", "asırdır", "asrın", "asrı", "asrında", "asrından",
           "asırlık", "asırlar", "asırlardır", "asırlarda"]
    )
    if f not in ("ayı", "aylar", "ayları")  # "ayı" is also a bear ("3 ayı", "ayılar")
]
# (17cu) an ordinal written with its point before a noun of time ("20. yüzyılda", "3. gününde",
# "5. yılında"): the point dropped, the number is read with its noun of time, a duration (D77.2)
FIGURES["rewrites"].append((
    r"(?<![\d.,])(\d{1,4})\. ?(?=(?:yüzyıl|asır|asr|yıl|sene|ay|gün|hafta|saat|dakika)\w*)",
    r"\1 ",
))
# (22rd, D116) an ordinal kilometre of a road ("karayolunun 60. kilometresinde"): a place, no
# count; the number goes
FIGURES["rewrites"].append((r"(?<![\d.,])\d{1,4}\. ?(?=(?:kilometre|km)\w*)", ""))
# (17cu) a year before the data, report or figures told of it ("2020 verilerine göre", "2023
# raporuna göre", "2019 rakamlarına göre", "2022 istatistiklerine göre"): a date (D77.3)
FIGURES["year_post"] += [
    f"{noun} göre" for noun in ("verilerine", "raporuna", "rakamlarına", "istatistiklerine",
                                "sayımına", "nüfus sayımına")
] + ["verileri", "verilerinde", "raporunda", "rakamları", "istatistikleri"]

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "N'in altına
# düştü / indi / geriledi / çekildi" (the dative of "altında" with a verb of falling, in its
# tenses; "karantina altına alındı", put under quarantine, is no fall), "N'e ulaşmadı /
# ulaşamadı" (did not reach)
FIGURES["post_at_most"] += [
    f"{below} {verb}"
    for below in ("altına", "altina")
    for verb in ("düştü", "düşerek", "düşmüş", "düşmüştü", "düşüyor", "düşecek", "düşen",
                 "düştüğü", "dustu", "duserek", "indi", "inerek", "inmiş", "inmişti", "iniyor",
                 "inen", "geriledi", "gerileyerek", "gerilemiş", "geriliyor", "gerileyen",
                 "çekildi", "çekilerek", "cekildi")
] + ["ulaşmadı", "ulaşamadı", "ulaşmayan", "ulaşmıyor", "ulasmadi"]

# (20fa, D91.1) an estimate told after the number ("3100 olarak tahmin ediliyor"): approx
FIGURES["post_approx"] += [
    "olarak tahmin ediliyor", "olarak tahmin edildi", "olarak tahmin ediyor", "olarak tahmin etti",
    "olarak tahmin ediyorlar", "olarak tahmin edilmektedir",
]
# (20fa, D91.4) "altında" after a noun of a place or a state ("enkaz altında", under the rubble;
# "tehlike altında", in danger; "gözetim altında", under observation) is "under", no "less than":
# "5 kişi enkaz altında kaldı" = 5 (it read at most 5); "1000'in altında" stays at most
FIGURES["rewrites"].append((
    r"(?<!\w)((?:enkaz|enkazın|enkazin|tehlike|tehdit|risk|kontrol|gözetim|gözlem|denetim|koruma|"
    r"karantina|baskı|kar|karın|çığ|çığın|toprak|toprağın|moloz|molozların|yıkıntı|yıkıntıların|"
    r"su|suyun|sel|selin|ateş|gözaltı) )alt[ıi]nda(?!\w)",
    r"\1içinde",
))
# (20fa, D92.1) "diğer 10 öğrenci" (the other ten students): additional, as "başka"; only right
# before a number (alone "diğer" is also "the rest")
FIGURES["rewrites"].append((
    r"(?<!\w)diğer (?=\d|(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|"
    r"yüz|bin)(?!\w))",
    "ilave ",
))
# (20fa, D92.3) "bazı" on a noun of place in the locative ("bazı bölgelerde", in some regions)
# beside a number says where, no second count: "Bazı bölgelerde 5 kişi öldü" = 5
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?)(?<!\S)baz[ıi] (?=[^\s\d]{2,}(?:de|da|te|ta)(?!\w))",
    r"\1",
))
# (22rb, D110) "one in (every) N" ("her 3 hastadan biri", "3 kişiden biri", "her 3'ten biri"): a
# ratio or a share, unparsed (rule 13), as "3 kişiden 1'i" reads; "biri" (one of them) after an
# ablative that follows a number
# (33ra, D224.8) a compound noun before the ablative, its head with the possessive "-(s)ı" and the
# buffer "n" ("son 3 Kore gazisinden biri", one of the last 3 Korea veterans; "gazilerinden"), is
# the same share; not a verb and a noun ("12 kişi öldü, yaralılardan biri" keeps its 12)
FIGURES["rewrites"].append((
    r"(?<!\S)((?:\d[\d.,]*|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz|bin)"
    r"(?:['’]?(?:dan|den|tan|ten)| [^\W\d_]+(?:dan|den|tan|ten)"
    r"| [^\W\d_]+ [^\W\d_]+[ıiuü]n(?:dan|den))) biri(?:si)?(?![^\W\d_])",
    r"\1 1'i",
))
# (22ra, D104.2) ages listed before one age word ("57 ve 21 yaşlarındaki iki erkek", "8, 10 ve
# 12 yaşındaki"): the word is each number's, as "26 et 29 ans" (D37); the ages before it go
FIGURES["rewrites"].append((
    AGE + r"(?: ?, ?" + AGE + r")* ve (?=" + AGE + r" ?ya[şs])",
    " ",
))
# (33ra, D224.9) durations listed before one time unit ("4, 5, 6 ve 7 yıl süreyle çalışan 9
# işçi", "2 ve 3 ay"): the unit is each number's, as the ages' (D104.2) and "for 4, 5, 6 and 7
# years" (D37, D89); the numbers before the last go, the last stays a duration (D7)
FIGURES["rewrites"].append((
    AGE + r"(?: ?, ?" + AGE + r")* ve (?=" + AGE
    + r" (?:yıl|sene|ay(?!ı(?:lar)?(?!\S))|hafta|gün|saat|dakika|saniye)[^\W\d_]*(?!\S))",
    " ",
))

# (23rc, D125) "one or two" told with "bir", also the article ("bir veya iki kişi", "bir ya da iki
# ölü"): the range 1-2 (rule 6), as "1 veya 2" reads
FIGURES["rewrites"].append((
    r"(?<!\w)bir (veya|ya da|yahut|ila) (?=(?:belki )?iki\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6)
FIGURES["range_sep"] += ["veya belki", "ya da belki"]

# (23rc, D126) the plural "binler" (thousands) with its case endings, no number before it
# ("binlere ulaşıldı", reached thousands), is vague (rule 7), as "binlerce": without the rewrite
# the scale stem "bin\\w*" read it as one thousand; "milyonlar" the same. After a number it
# stays the scale ("260 binlerden 140 binlere gerilerken" = 140,000, round 6)
FIGURES["rewrites"] += [
    (r"(?<![\d.,])(?<![\d.,] )\bbinler(?:e|i|in|de|den|le)?\b", "binlerce"),
    (r"(?<![\d.,])(?<![\d.,] )\bmilyonlar(?:a|ı|ın|da|dan|la)?\b", "milyonlarca"),
]

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\byeni (?=(?:otomobil|araç|araba|otomobiller|araçlar|arabalar|binek araç)\b)",
    r"",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("milyon[a-zçğıöşü]*|milyar[a-zçğıöşü]*"))

# (23rf, D137) "yükseliş" (a rise) after the per cent or count it adds ("yüzde 9,4 yükseliş"), as
# "artış" (rule 12, D108)
FIGURES["additional_post"] += ["yükseliş", "yükselişi", "yükselişle", "yükselişiyle"]

# (23rf, D139) a stray space after a thousands point, "61. 852" (lang/_forms.py)
FIGURES["rewrites"].append(STRAY_POINT_SPACE)

# (23rf, D139) the change's amount first, then the total it reaches, after a gerund of change
# ("1.873 azalarak 2 bin 222", fell by 1,873 to 2,222): the amount dropped, the new total (D35,
# D61.3), as "yüzde 9 azalarak 2 bin 222" reads; "1.873 artarak" alone stays additional.
# (32rb, D221.5) the amount in words too ("iki kişi artarak 16'ya yükseldi"), with its groups
FIGURES["rewrites"].append((
    r"(?<![\d.,])\b" + _TR_CHANGE_COUNT + r"(?: (?!kat\b)[^\W\d_]+)? "
    r"(azalarak|artarak|yükselerek|düşerek|gerileyerek|azalışla|artışla)(?= \d)",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "ilave" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("ilave"))

# (24ra, D143) "aşmak / geçmek" after the count in their tenses ("31 bini aşacak", "geçmişti",
# "aşıyordu"): at least (rule 3), as "aştı"; "bulmak" (reached) stays exact
FIGURES["post_at_least"] += [
    w for w in (
        "aşacak", "aşacağı", "aşmıştı", "aşmış", "aşıyordu", "aşmakta", "aşmıştır", "aşmıştir",
        "aşacaktı", "geçecek", "geçeceği", "geçmişti", "geçmiş", "geçiyor", "geçiyordu",
        "geçmekte", "geçmiştir", "aşacak", "asacak", "gecmisti",
    ) if w not in FIGURES["post_at_least"]
]

# (24rb, D147.3) "asırlık" / "yüzyıllık" (centuries-old) after a count of a thousand or more is
# the adjective of the counted, no age: "5 bin 780 asırlık çınarımız" (5,780 centuries-old plane
# trees); "5 asırlık çınar" (a five-century-old tree) stays an age
FIGURES["rewrites"].append((
    r"\b(\d[\d.,]* (?:bin|milyon)(?: \d{1,3})?|\d{1,3}(?:\.\d{3})+|\d{4,}) (?:asırlık|yüzyıllık)\b",
    r"\1",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['yani', 'başka bir deyişle', 'diğer bir deyişle', 'bir başka deyişle']

# (24rc, D151) "per hectare / decare / square metre / household" told with "başına" (rule 13, D19,
# D114), as "kişi başına" and "kilometrekare başına" read ("dekar başına 500 kilo"); "başına" alone
# is not written ("tek başına", alone)
FIGURES["rate"] += [
    "hektar başına", "dekar başına", "dönüm başına", "metrekare başına", "metre kare başına",
    "hane başına", "nüfus başına", "saat başına",
]

# (24rc, D152) the multiplier "kat" in its case forms ("4 katını aştı", round 64; "katıyla", "3
# katından fazla"): a ratio, unparsed (rule 13, D147), as "kat", "katı", "katına" read; "katından"
# and "katında" alone stay a building's floor ("5. katından düşen 2 kişi", D83)
FIGURES["fraction"] += [
    "katını", "katıyla", "katı kadar", "katından fazla", "katından daha", "katından çok",
    "katlarına", "misline", "misli kadar",
]

# (24re, D157) "-e / -a kadar" (to) before a verb of change ("185 milyon metre küpe kadar düşmüş",
# "300 kişiye kadar yükseldi", "yüzde 5'e kadar geriledi"): the new total, exact (rule 1, D107),
# as "300 kişiye yükseldi" reads; "300 kişiye kadar" with no verb of change stays at most. Only
# after a dative (-a / -e, -ya / -ye, after an apostrophe or glued): a nominative ending in a or e
# before "kadar" is "about" ("300 lira kadar", "5 metre kadar", "300 tane kadar": not written).
# First of the rewrites: those of the case suffixes strip the apostrophe's dative
FIGURES["rewrites"].insert(0, (
    r"(?<=[ae])(?<!metre)(?<!litre)(?<!tane)(?<!kere)(?<!lira)(?<!dakika)(?<!saniye)(?<!hafta)"
    r"(?<!sene)(?<!derece)(?<!ayda)(?<!gece)(?<!\bbe)(?<!\bde)(?<!\bda)(?<!\bne)"
    # a time's "until" ("2030'a kadar", "yılına kadar", "sonuna kadar", "akşama kadar")
    r"(?<!\d{4}'a)(?<!\d{4}'e)(?<!\d{4}’a)(?<!\d{4}’e)(?<!yılına)(?<!yılına)(?<!ayına)"
    r"(?<!sonuna)(?<!akşama)(?<!sabaha)(?<!bugüne)(?<!saate)(?<!haftaya)"
    r" kadar (?=(?:düş|azal|geril|yüksel|art(?:tı|mış|arak|an|acak|ar|ması|ış)|"
    r"çık(?:tı|mış|arak|an|acak|ar|ması|ış)|ulaş|in(?:di|miş|erek|ecek|en|er|mesi|iş)|"
    r"küçül|daral|büyü|tırman|fırla|sıçra|gerile|kötüleş|iyileş)\w*)",
    " ",
))

# (25ra, D167) a change "A'dan B'ye" with a verb of change the D35 rewrite did not list
# ("300'den 420'ye fırladı", "sıçradı", "tırmandı", "küçüldü", "geriledi"): the new total B
# (D35), the old count dropped; "300'den 420'ye" with no verb stays as it reads (rule 6)
FIGURES["rewrites"].insert(0, (
    # (32rb, D221.3) A and B as D35's rewrite reads them
    _TR_FROM + r"(?=" + _TR_TO +
    r"(?:fırla|sıçra|tırman|çekil|küçül|daral|büyü|geniş|katla|dayan|gerile|indir|düşür|"
    r"yükselt|art[ıi]r|azalt|firla|sicra|tirman|kuculdu|kucul))",
    "",
))
# (25ra, D165) "altına / altındaki" (to below, the ones below) after the count, as "altında": at
# most (rule 3); "üstündeki / üzerindeki" (the ones above) as "üzerinde": at least. "altına"
# after a noun of a place or state ("karantina altına alındı") is read as D91.4 reads "altında"
FIGURES["rewrites"].append((
    r"(?<!\w)((?:enkaz|enkazın|enkazin|tehlike|tehdit|risk|kontrol|gözetim|gözlem|denetim|koruma|"
    r"karantina|baskı|kar|karın|çığ|çığın|toprak|toprağın|moloz|molozların|yıkıntı|yıkıntıların|"
    r"su|suyun|sel|selin|ateş|gözaltı|tedavi) )alt[ıi]n(?:a|daki|daydı|dayken|dadır)(?!\w)",
    r"\1içinde",
))
# only right after the count or a genitive ("50 milyonun", "kişinin", "500'ün" once its suffix
# is cut): "tedavi altına alındı" (taken into care), "risk altındaydı" (at risk) are no bound
FIGURES["rewrites"].append((
    r"(?:(?<=\d)|(?<=[ıiuü]n)) alt[ıi]n(?:a|daki|dadır|daydı|dayken)(?!\w)", " altında",
))
FIGURES["rewrites"].append((
    r"(?:(?<=\d)|(?<=[ıiuü]n)) (?:üst|üzer|ust|uzer)[ıiüu]nd(?:eki|edir|eydi|ayken)(?!\w)",
    " üzerinde",
))
FIGURES["post_at_least"] += [
    w for w in ("üzerine çıkmış", "üzerine yükseldi", "üzerine yükselen", "üzerine yükselerek",
                "üstüne çıkan", "üstüne çıkarak", "üstüne yükseldi", "üzerine çıktığı")
    if w not in FIGURES["post_at_least"]
]
# (25ra, D166) the qualifier words typed without their letters' marks ("yaklasik", "uzerindeki",
# "altindaki"; lang/_forms.py): read as the marked words
for _key in ("approx", "at_least", "at_most", "nearly", "post_approx", "post_at_least",
             "post_at_most", "post_nearly"):
    FIGURES[_key] += unmarked(FIGURES.get(_key, []))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))
# (25ra, D167) the verbs of D167's rewrite in their common tenses, listed as known words (as
# "yükseldi" is): a figure text holding only them and "A'dan B'ye" keeps the hinted table
FIGURES["stop"] += [
    w for w in ("fırladı", "fırlayarak", "fırlamış", "fırlayan", "sıçradı", "sıçrayarak",
                "sıçramış", "sıçrayan", "tırmandı", "tırmanarak", "tırmanmış", "tırmanan",
                "küçüldü", "küçülerek", "daraldı", "daralarak", "büyüdü", "büyüyerek",
                "genişledi", "katlandı", "katlanarak", "firladi", "sicradi", "tirmandi")
    if w not in FIGURES["stop"]
]

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 milyon kişi" =
# 12,500,000): one or two digits after the space and a scale after them are a decimal (three
# digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "bin[a-zçğıöşü]*|milyon[a-zçğıöşü]*|milyar[a-zçğıöşü]*"))

# (25rb, D171) the verb of a rise after its size in every form a figure text cuts: the relative
# participles ("42 bin arttığı", "arttığını", "arttığına"), the reported past ("artmıştır"), the
# present and future ("artıyor", "artmakta", "artacak") and the causative ("artırdı", raised by),
# and "yükseldi" (rose) after a per cent with no case ending, as "arttı" (rule 12, D150); a per
# cent or count told "daha fazla" with no ablative ("yüzde 11 daha fazla", 11 % more) is "daha"
# (additional; "100'den daha fazla" stays more than). A dative before them ("5 bine arttı") stays
# the new total
FIGURES["additional_post"] += [
    "arttığı", "arttığını", "arttığına", "arttığında", "arttığıyla", "artmıştır", "artmıştı",
    "artıyor", "artmakta", "artmaktadır", "artacak", "artacağı", "artırdı", "arttırdı",
    "artirdi", "arttigi", "arttigini", "artmistir",
]
FIGURES["rewrites"].insert(0, (
    r"\b(yüzde \d(?:[\d.,]*\d)?|%\d(?:[\d.,]*\d)?|\d(?:[\d.,]*\d)? %) "
    r"(?:yükseldi|yükselmiş|yükselmiştir|yükseldiği|"
    r"yükseldiğini)\b",
    r"\1 arttı",
))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?(?: bin| milyon| milyar)?) daha fazla(?!\w)",
    r"\1 daha",
))

# (25rb, D172) a number written as one word ending in a scale, with a case ending on it
# ("yüzbinin üzerinde", "ikiyüzbini aşkın"): the scale cut from the word before it, as the
# table reads "yüz binin üzerinde" (rule 8); "yüzbinlerce" (a vague plural) stays one word
FIGURES["rewrites"].insert(0, (
    r"\b((?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz)?(?:yüz|on|yirmi|otuz|kırk|elli|altmış|"
    r"yetmiş|seksen|doksan))(bin|milyon)(?!lerce|larca)(?=[a-zçğıöşü'’])",
    r"\1 \2",
))
# (32rb, D221.4) a scale word glued to the digits after it, after a number ("156 bin167'ye
# ulaştı", a typing slip of "156 bin 167'ye"): the space restored, one count (rule 8). Only after
# a number in digits: "bin5" or "milyon3" alone are left as they read
FIGURES["rewrites"].insert(0, (r"(?<![^\s(])(\d[\d.,]* (?:bin|milyon|milyar))(?=\d)", r"\1 "))

# (25rc, D173) the decimal comma before the abbreviated scales too ("1,724 mn abone" = 1,724,000,
# "2,150 mlyr"): Turkish groups thousands with a point, never a comma.
FIGURES["rewrites"].append(decimal_comma_before("mn|mlyr"))

# (25rc, D175) the verbs of approaching and passing after the number, their other tenses: "66,4
# milyona yaklaşmıştır" (has approached: nearly); "70 MİLYON BARAJI AŞILDI" (the barrier of 70
# million was passed: at least, the passive of "aştı", a noun of the mark between them as "sınırını
# aştı"). "geçildi" (also "was moved on to", "2. aşamaya geçildi") and "dayandı" ("based on" as
# well) are left out.
FIGURES["post_nearly"] += [
    "yaklaşmıştır", "yaklaşmaktadır", "yaklaşır", "yaklaşıyor", "yaklaşacaktır", "yaklaştılar",
    "yaklaşmıştı", "yaklaşmaktaydı", "yaklasmistir", "yaklasti", "yaklasiyor",
    "yaklaşmiştir", "yaklaşmaktadir",
]
FIGURES["post_at_least"] += [
    "aşıldı", "aşılmıştır", "aşılmış", "aşılıyor", "aşılırken", "aşılacak", "aşılmıştı", "aşılınca",
    "asildi", "asilmistir", "aştılar", "aşmaktadır", "aşmaktaydı", "aşar",
    # upper case "AŞILDI" is folded with a dotted i
    "aşildi", "aşilmiştir", "aşilmiş", "aşiliyor",
]

# (25rd, D177) an ordinal spelled in words is no count (D7): in a compound ordinal only the last
# word takes "-(i)nci" ("yirmi birinci", "yüz yirmi beşinci"), the cardinals before it read as
# the figure (20, 120); the whole ordinal is dropped, as "21." is. The word before the ordinal
# is a ten, hundred, thousand or million (never a unit: "üç birinci sınıf öğrencisi" is 3)
FIGURES["rewrites"].append((
    r"(?<![\w-])(?:(?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|otuz|kırk|elli|"
    r"altmış|yetmiş|seksen|doksan|yüz|bin|milyon) )*(?:on|yirmi|otuz|kırk|elli|altmış|yetmiş|"
    r"seksen|doksan|yüz|bin|milyon) (?:bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yirmi|"
    r"otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz|bin|milyon)(?:[ıiuü]?nc[ıiuü])"
    r"[a-zçğıöşü]*(?![\w-])",
    "",
))

# (26ra, D182) the circumflex of the older spelling ("civârı", "civârında", "takrîben", "takrîbî"):
# written without it, as the table writes every word ("civarı" approx, rule 2); "â", "î", "û"
# are letters of no other word the table reads in another meaning
FIGURES["rewrites"].insert(0, (r"â", "a"))
FIGURES["rewrites"].insert(0, (r"î", "i"))
FIGURES["rewrites"].insert(0, (r"û", "u"))

# (26ra, D183) the verb and the noun of a rise after its size in the forms the table lacked: the
# converbs and the verbal nouns ("yüzde 26,3 artarken", "artınca", "artmasıyla"), the noun's cases
# ("artışa", "artışın", "artışta"), "büyüdü / büyüme" (grew, growth) and "yükselirken" after a
# per cent; "N'lik bir artış" (an increase of N) with the article "bir" between, as "N'lik artış"
# reads: additional (rule 12, D150, D171). A dative before the verb ("300'e artarken") is the new
# total (as "300'e arttı", 17cc)
FIGURES["additional_post"] += [
    w for w in (
        "artarken", "artınca", "artması", "artmasıyla", "artmasının", "artışa", "artışın",
        "artışını", "artışında", "artışta", "artışının", "artinca", "artisa",
        "büyüdü", "büyüyerek", "büyürken", "büyüme", "büyümeyle", "büyümesi", "yükselirken",
        "yükselen", "yükselişe", "yükselişin",
    ) if w not in FIGURES["additional_post"]
]
FIGURES["rewrites"].insert(0, (
    r"((?:\d['’]?y?[ae]|bine|milyona|milyara|kişiye)) (?:art(?:arken|ınca|ması\w*)|"
    r"büyü(?:dü|yerek|rken)|yüksel(?:irken|en))\b",
    r"\1 yükseldi",
))
FIGURES["rewrites"].insert(0, (
    r"(\d['’]?l[ıiuü]k) bir (?=(?:artış|yükseliş|büyüme|artis)\w*)",
    r"\1 ",
))

# (26rb, D187.2) "one in N" told with a scale: "50 milyonda bir" (locative), "her 50 milyon
# kişiden biri" (a noun in the ablative after the scale): a ratio, written as D110's "kişiden
# 1'i", which reads unparsed (rule 13); "milyonda bir" with no number too ("one in a million").
# (26rb, D186.3) "4G", "5G"
FIGURES["rewrites"] += [
    (r"(?<!\S)((?:\d[\d.,]*|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz) )?(bin|milyon|"
     r"milyar)['’]?(?:da|de|dan|den) (?:biri(?:si)?|bir|1(?:['’]i)?)(?![^\W\d_])",
     r"\1\2 kişiden 1'i"),
    (r"(?<!\S)((?:\d[\d.,]*|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|yüz) (?:bin|milyon|"
     r"milyar) [^\W\d_]+(?:dan|den|tan|ten)) biri(?:si)?(?![^\W\d_])", r"\1 1'i"),
    *GENERATION,
]

# (27ru, D192.1) "N <adjective or name> <noun> daha" (N more: "200 Filistinli tutuklu daha", "13
# İsrailli rehineyi daha"): the noun phrase's first word is dropped, so that "daha" stands after
# the count's noun as in "200 tutuklu daha" (additional, rule 12); not a scale or a qualifier
# after the count, nor "daha" of a comparison ("daha fazla", "daha önce"); after digits, a scale,
# a numeral word or a vague plural ("yüzlerce Filistinli tutuklu daha")
_COUNT_END = "|".join(f"(?<=\\b{w})" for w in (
    "bin", "milyon", "milyar", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on",
    "yirmi", "otuz", "kırk", "elli", "yüz", "onlarca", "yüzlerce", "binlerce", "milyonlarca"))
FIGURES["rewrites"].append((
    r"(?:(?<=\d)|" + _COUNT_END + r") (?!(?:bin|milyon|milyar|civarında|"
    r"civarinda|kadar|fazla|aşkın|askin|yakın|yakin|üzerinde|uzerinde|küsur|kusur|dolayında|"
    r"daha)\b)[^\W\d_]+(?= [^\W\d_]+ daha\b(?! (?:fazla|çok|cok|az|önce|sonra)\b))",
    "",
))

# (28rb, D207) "aşmak" (surpass), "geçmek" (pass) and "üzerine / üstüne çıkmak, yükselmek" (rise
# above) after the count in every form a report writes them (rule 3: at least, as "aştı"): the
# tenses, participles, converbs and the verbal noun with its cases ("3 bini aşması bekleniyor",
# the passing of 3,000 is expected; "25.000'in üzerine çıktığını"). Not "geçmiş" alone (also
# "past"), nor the negatives ("aşmayan", at most, D34). And every qualifier word as an upper-case
# headline folds it: Python lower-cases dotless "I" to "i" ("AŞMASI" -> "aşmasi", "KADAR"),
# dotted "İ" to "i" (normalise drops the dot): each word with "ı" is also written with "i"
_TR_BACK = ("tı", "tılar", "mıştı", "mıştır", "ıyor", "ıyordu", "ıyorlar", "acak", "acaktır",
            "acağı", "acağını", "an", "anlar", "arak", "arken", "tığı", "tığını", "tığında",
            "ması", "masıyla", "masını", "masının", "masına", "makta", "maktadır", "maktaydı",
            "ınca", "abilir", "abileceği", "abileceğini")
_TR_FRONT = tuple(e.replace("ı", "i").replace("a", "e").replace("yorler", "yorlar")
                  for e in _TR_BACK if e != "arken")
FIGURES["post_at_least"] += [
    w for w in dict.fromkeys(
        [f"aş{e}" for e in _TR_BACK] + [f"geç{e}" for e in _TR_FRONT if e != "miş"]
        + [f"{p} çık{e}" for p in ("üzerine", "üstüne") for e in _TR_BACK + ("mış",)]
        + [f"{p} yüksel{e.replace('t', 'd', 1) if e.startswith('t') else e}"
           for p in ("üzerine", "üstüne") for e in _TR_FRONT + ("miş",)])
    if w not in FIGURES["post_at_least"]
]
for _key in ("approx", "at_least", "at_most", "nearly", "post_approx", "post_at_least",
             "post_at_most", "post_nearly", "weak_at_least"):
    FIGURES[_key] += unmarked(FIGURES.get(_key, []))
    FIGURES[_key] += [w for w in dict.fromkeys(
        x.replace("ı", "i") for x in FIGURES.get(_key, []) if "ı" in x and "\\" not in x)
        if w not in FIGURES[_key]]

# (30rb, D216.4) the case forms of "tabur" (battalion) with its possessive ("3 piyade taburundan
# oluşuyordu", "taburunu", "taburuna"): military units (D20), not "taburcu" (discharged, D33)
FIGURES["units"] += [
    "taburunu", "taburuna", "taburunda", "taburundan", "taburunun", "taburuyla", "taburdaki",
    "taburla", "taburları",
]
# (30rb, D216.5) "bir" after a number made an adjective by "-lik" ("5000'lik bir tümen", a
# 5,000-strong division) is the indefinite article (D8), not one more
FIGURES["rewrites"].insert(0, (
    r"(\d['’]?(?:lik|lık|luk|lük)) bir\b(?! (?:buçuk|milyon|milyar|bin)\b)", r"\1"))

# (31fx, D218.4) "N kişilik" (for N persons) before a noun of a thing that holds people (a room, a
# table, a boat, a bus, a tent, a hall, a ward, a cell) is its capacity, as "kapasiteli" and
# "koltuklu" (D96): beside a count it drops ("50 kişilik otobüste 60 yolcu" = 60); alone it reads as
# written. Before a group ("dört kişilik aile", "300 kişilik ekip", "10 kişilik grup") it stays the
# group's size, a count of its people (D96, D51.7)
FIGURES["rewrites"].append((
    r"(?<=\d|\w) kişilik(?= (?:oda|masa|tekne|bot|otobüs|minibüs|midibüs|araç|araba|minivan|"
    r"çadır|salon|koğuş|hücre|yurt|sığınak|kabin|sandal|uçak|helikopter|asansör|teleferik)"
    r"\w*)",
    " kapasiteli",
))

# (32rl, D220.1) a share told after the total and its comma ("349 kişi, bunların yarısından fazlası
# çocuk") tells who the counted were: the total's breakdown (D5), written as the table's breakdown
# word (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share
# or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["bunların", "bunlardan", "aralarında"],
    [],
    ["yarısı", "yarısından fazlası", "yarıdan fazlası", "yarısına yakını", "üçte biri",
     "üçte ikisi", "dörtte biri", "dörtte üçü", "beşte biri", "çoğunluğu", "büyük çoğunluğu",
     "büyük bölümü", "büyük kısmı", "çoğu"],
    [],
    "aralarında"))

# (34rc, D229.4) the size of a change told "N (noun) daha az / daha fazla" with no ablative (N
# fewer / more: "Geçen yıla kıyasla 54.000 kişi daha az", round 100; "geçen yıla göre 1.204 kişi
# daha fazla"), its noun between, as 25rb read it right after the number: a rise "daha"
# (additional, rule 12), a fall the count as told (total, exact: D164, a fall's size alone). The
# ablative ("54.000 kişiden daha az", fewer than) stays at most
_TR_COUNT_NOUN = (r"(?<![\d.,])(\d(?:[\d.,]*\d)?(?: bin| milyon| milyar)?"
                  r"(?: [^\s\d'’]+(?<!dan)(?<!den)(?<!tan)(?<!ten)))")
FIGURES["rewrites"].insert(0, (rf"{_TR_COUNT_NOUN} daha (?:fazla|çok)(?!\w)", r"\1 daha"))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?(?: bin| milyon| milyar)?"
    r"(?: [^\s\d'’]+(?<!dan)(?<!den)(?<!tan)(?<!ten))?) daha az(?!\w)",
    r"\1",
))
# (34rc, D229.2) D61.3's size of a change told as a noun of change with "-lik bir" before the new
# total ("26 bin kişilik bir azalışla 3 milyon 10 bin kişi", round 100; "yüzde 4'lük bir artışla
# 1 milyon 250 bin"; "12 bin kişilik artışla"): the size dropped, the new total read (D35, D61.3)
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(?:yüzde )?\d(?:[\d.,]*\d)?(?: bin| milyon| milyar)?"
    r"(?:['’]?(?:lık|lik|luk|lük)| [^\s\d]+(?:lık|lik|luk|lük)) (?:bir )?"
    r"(?:azalış|artış|düşüş|yükseliş|gerileme|azalma|artma)(?:la|le|ı|i)?,? (?=\d)",
    "",
))

# (34re, D231.1) a count of lodging places told in the locative beside the people sheltered
# there ("400 kişi 33 çadır kentte kalıyor"): set aside, the people read (D20); either order.
# The locative ending (-de / -da / -te / -ta) is the place preposition; "33 çadır kent kuruldu"
# (33 tent cities set up) stays a count
_LODGING_TR = (
    r"(?:çadır|konteyner) kent\w*|barınma merkez\w*|toplanma alan\w*|tahliye merkez\w*"
    r"|kamp\w*|yurt\w*|misafirhane\w*|çadırkent\w*"
)
_LODGING_TR_AT = rf"(?:{_LODGING_TR})(?<=de|da|te|ta)(?!\w)"
FIGURES["rewrites"] += [
    (rf"(\d[^.;!?]*?\s)(?:(?:yaklaşık|toplam|en az|\d+'?den fazla) )?\d[\d.,]*"
     rf"(?=\s{_LODGING_TR_AT})", r"\1"),
    (rf"(?:^|(?<=\s))\d[\d.,]*(?=\s{_LODGING_TR_AT}[^.;!?]*?\d)", ""),
]

# (35rc, D235.1) a count of hospitals the counted are taken to or treated in, told in the dative
# or the locative before a verb of taking, admitting or treating ("32 yaralı 5 hastaneye
# kaldırıldı", "53 depremzede … çeşitli hastanelere sevk edildi", habervakti.com): set aside
# beside the people, as D231.1's shelters; with no such verb ("32 kişi 5 hastanede") two counts
_CARE_TR = (
    r"(?:farklı |ayrı |çeşitli |değişik |yakın )?(?:hastane|sağlık kuruluşu|sağlık kuruluş|"
    r"sağlık merkezi|sağlık merkez|klinik|tıp merkezi|tıp merkez)"
    r"(?:ye|ya|e|a|ne|na|de|da|te|ta|nde|nda|lere|lara|lerde|larda)(?!\w)"
)
_CARE_TR_VERB = (
    r"(?:kaldırıl|götürül|sevk edil|nakledil|nakl edil|taşın|yatırıl|tedavi altına alın|"
    r"tedavi gör|tedavi edil|tedaviye alın|dağıtıl|kabul edil|ulaştırıl|getiril)\w*"
)
FIGURES["rewrites"] += [
    (rf"((?:\d|(?<!\w)(?:iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on)(?!\w))[^.;!?]*?\s)"
     rf"(?:\d[\d.,]*|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on)"
     rf"(?=\s{_CARE_TR}[^.;!?,]*?{_CARE_TR_VERB})", r"\1"),
]

# (35ra, D233.5) "kat" after an ordinal (in words or digits with their point) or a floor's name
# is a building's floor, no multiplier ("birinci kat seviyesini aşan sel", a flood above the first
# floor: round 102; "2. kat", "zemin kat", "çatı katı"), and "kat seviyesi" (floor level) is one
# in any form: dropped, as D83's "katında" is no count. "3 kat arttı" (tripled) stays a ratio
_TR_FLOOR_END = (
    r"(?:ı|ın|ını|a|ına|ta|tan|taki|ındaki|ında|ından|ları|larını|larına|larında|lardaki)?"
)
FIGURES["rewrites"][:0] = [
    (r"(?<![\w.,])\d{1,3}\. ?kat" + _TR_FLOOR_END + r"\b(?!')", " "),
    (r"(?:(?<=inci )|(?<=ıncı )|(?<=uncu )|(?<=üncü )|(?<=\bilk )|(?<=\bson )|(?<=\bzemin )|"
     r"(?<=\bbodrum )|(?<=\bgiriş )|(?<=\bçatı )|(?<=\büst )|(?<=\balt )|(?<=\borta ))kat"
     + _TR_FLOOR_END + r"\b(?!')", " "),
    (r"\bkat seviye\w*", " "),
]
