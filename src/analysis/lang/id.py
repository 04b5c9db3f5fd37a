"""Indonesian (``id``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._forms import (
    STRAY_MARK_GROUP,
    STRAY_POINT_SPACE,
    decimal_comma_before,
    leading_minus,
    leading_plus,
    number_word,
    stray_decimal_space_before,
    time_told_after,
)
from analysis.lang._lists import bracketed_breakdown, parts_of_them, share_of_total
from analysis.lang._lodging import care_aside, lodging_aside
from analysis.lang._order import longest_first

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["januari", "jan"],
    ["februari", "feb"],
    ["maret", "mar"],
    ["april", "apr"],
    ["mei"],
    ["juni", "jun"],
    ["juli", "jul"],
    ["agustus", "agu", "agt"],
    ["september", "sep", "sept"],
    ["oktober", "okt"],
    ["november", "nov"],
    ["desember", "des"],
]

WEEKDAYS = [
    ["senin"],
    ["selasa"],
    ["rabu"],
    ["kamis"],
    ["jumat", "jum'at"],
    ["sabtu"],
    ["hari minggu", "ahad"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "tewas", "meninggal", "luka\\w*", "hilang", "ditahan", "ditangkap", "dievakuasi",
        "dirawat", "mengungsi",
    ],
    "casualties": [
        "korban\\w*", "kasus", "pengungsi",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "bukan 2 melainkan 12", "12, bukan 2"; "bukan hanya 2 tetapi juga 3"
    "contrast": {
        "not": ["bukan", "bukanlah", "bukannya", "alih-alih"],
        "but": ["melainkan", "tetapi", "tapi", "namun", "akan tetapi"],
        "also": ["juga", "pula"],
    },
    # "setengah juta" = half a million ("setengah" alone is a fraction)
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "kenaikan", "penurunan", "peningkatan", "pertambahan", "penambahan", "pengurangan",
        "lonjakan", "naik", "turun", "meningkat", "menurun", "bertambah", "berkurang", "melonjak",
        "anjlok",
    ],
    # (17ct, D76.5) the new count's "to" of a change ("dari 300 ke 250"): no range word
    "change_to": ["ke", "menjadi"],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["dan", "serta"],
        "one": ["sebuah", "seekor"],
        "whole": [r"dari (?:total|jumlah|seluruh|semua|keseluruhan)"],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "rudal", "roket", "drone", "bom", "peluru", "misil",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (22rd, D115) a thing broken in half or in two (a bridge, a ship) is split, no fraction
        # and no count: the words go, the verb stays
        (r"\b(patah|terbelah|terputus|putus) (?:menjadi )?dua\b(?! (?:bagian|titik|tempat)\b)",
         r"\1"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("30 kilometer dari")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\b(?:(?:sekitar|kurang lebih|lebih dari|hampir|hanya|sejauh|berjarak|berjarak "
            r"sekitar) )?(?:\d[\d.,]*+(?: \d{3})*) ?(?:km|kilometer|kilo meter|meter|m|mil)("
            r"?= (?:dari|sebelah (?:utara|selatan|timur|barat)|di (?:utara|selatan|timur|bar"
            r"at))\b)",
            r"",
        ),
        # (17cd) half an hour is a duration of 30 minutes, no fraction of the count (D7, D59.8)
        (r"\bsetengah jam\b", "30 menit"),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\bsetengah tahun\b", "6 bulan"), (r"\bsetengah abad\b", "50 tahun"),
        (r"\bsetengah hari\b", "12 jam"),
        # (17cd) "per Rabu, 8 Februari 2023" (as of Wednesday): "per" before a day or a date is
        # "as of", no rate (D7, D59.6); (27ru, D193.1) before a month alone too ("per September
        # 2023")
        (r"\bper (?=(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|tanggal)\b|(?:\d{1,2} )?"
         r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
         r"desember)\b)", "pada "),
        # (17np) "kendaraan roda dua" (two-wheeled vehicles, motorbikes), "roda empat": the
        # wheels name the vehicle's kind, no count (D32, D55.13)
        (r"(?<!\w)roda (?:dua|tiga|empat|enam|2|3|4|6)(?!\w)", "roda"),
        # (33hf, D223.3) an age range ("berusia antara 11 hingga 16", "usia 5-10 tahun"), as en
        # "aged between 11 and 16": the ages are no count (D7, D52.4); a count before them stays
        # ("30 anak berusia 5 hingga 10 tahun" = 30)
        (
            r"\b(berusia|berumur|usia|umur)( (?:antara |sekitar )?\d{1,3}\s*(?:-|hingga|sampai|"
            r"s/d|dan)\s*\d{1,3})(?: tahun)?(?![\d.,]*\s*(?:ribu|juta|ratus))(?![.,]?\d)",
            r"\1",
        ),
        # (17nw) "seratus dua puluh tujuh" (127), "seribu dua ratus" (1,200): "se-" (one) before a
        # multiplier that more number words follow is "satu" (D53.2); alone it stays a word
        (
            r"\bse(ratus|ribu)(?= (?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
            r"sepuluh|sebelas|seratus|seribu)\b)",
            r"satu \1",
        ),
        # (17nj) a day and month after a weekday in brackets ("besok (Jumat, 17/8)", tomorrow,
        # Friday 17 August) is a date, no ratio (D7, D49); begins with the rare "("
        (
            r"\((?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),? "
            r"(?:[0-3]?\d)/(?:[01]?\d)(?:/(?:\d\d){1,2})?\)",
            " ",
        ),
        # (17nl) and in brackets after the weekday ("pada Rabu (28/7)", on Wednesday 28 July; D7,
        # D51.4)
        (
            r"\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad) "
            r"\((?:[0-3]?\d)/(?:[01]?\d)(?:/(?:\d\d){1,2})?\)",
            r"\1 ",
        ),
        # (17nh) "sejumlah korban" (a number of victims) as the phrase's only quantity is "a number
        # of": 2 / 2 / 9 (rule 7, D48.6); beside a count it names other things ("ratusan pedagang
        # … sejumlah toko", "sejumlah media bahwa sekitar 200 napi") and is not read
        (
            r"^(?!.*(?:\d|ratus|ribu|puluh|belas|juta|miliar|lusin|seorang|satu|dua|tiga|empat|"
            r"lima|enam|tujuh|delapan|sembilan|sepuluh))(.*?)\bsejumlah\b"
            # (27ru, D196.9) not "sejumlah kecil / besar" (a small / large number: no magnitude,
            # as en "a small number")
            r"(?! (?:kecil|besar)\b)",
            r"\1beberapa",
        ),
        # (17nh) a clock time after "pukul" ("Hingga pukul 17.00", "pukul 9 WIB") or written with
        # its minutes after "jam" ("jam 17.00") is no count (D28, D48.1)
        (
            r"\b(pukul|pkl\.?) (?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?: ?(?:wib|wita|wit))?\b"
            r"(?![.,:]?\d)",
            r"\1 ",
        ),
        (r"\bjam (?:[01]?\d|2[0-4])[.:][0-5]\d\b(?![.,:]?\d)(?: ?(?:wib|wita|wit)\b)?", "jam "),
        # (19ms, D90) "jam N" without its minutes after a word of time ("Sampai jam 6", "sejak
        # jam 8") or before the part of the day ("jam 6 pagi"); not "24 jam 12 orang" (a duration
        # before a count)
        (
            r"\b(sampai|hingga|pada|sejak|sekitar|mulai|dari|sebelum|setelah|menjelang|tadi) "
            r"jam (?:[01]?\d|2[0-4])\b(?![.,:]?\d)(?: ?(?:pagi|siang|sore|malam|wib|wita|wit)\b)?",
            r"\1 jam ",
        ),
        (r"\bjam (?:[01]?\d|2[0-4]) (pagi|siang|sore|malam)\b", r"jam \1"),
        # (17ng) "naik menjadi 123 juta orang dari tahun sebelumnya 85 juta" (rose to 123 million
        # from 85 million the year before): the old count of a change written after the new one,
        # with a word of its time, is no figure (D35, D41.4, D47); "menjadi 9 dari 12" stays a
        # share
        (
            r"\b(menjadi (?:sekitar |lebih dari )?\d[\d.,]*(?: (?:ribu|juta|miliar))?"
            r"(?: [^\W\d]+)?)"
            r" dari (?:[^\W\d]+ ){0,2}(?:sebelumnya|lalu|semula|awalnya|kemarin) "
            r"\d[\d.,]*(?: (?:ribu|juta|miliar))?",
            r"\1",
        ),
        # "kedua korban" (both victims), "keempat korban" (the four victims): ke- on a numeral
        # before the counted noun is "the N of them", a count (D45.9); after a noun it is an
        # ordinal ("hari kedua", the second day: D7)
        (
            r"\bke(dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?= (?:korban|orang|"
            r"warga|pekerja|buruh|anak|penumpang|pelaku|tersangka|pria|wanita|perempuan|nelayan|"
            r"siswa|santri|penambang|abk|awak|remaja|balita|pemuda|petugas)\b)",
            r"\1",
        ),
        # "4-5x lebih mudah menular" (4-5 times more): "x" glued to a number is "kali", a
        # multiplier (rule 13)
        (r"\b(\d[\d.,]*)x(?= lebih| lipat)", r"\1 kali"),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\bnomor \d+(?:[.,]\d+)*\b", " "),
        # (17gwa) "korban ke-5" (the fifth victim), "HUT ke-79": "ke-" before digits is the
        # ordinal, no count (D7)
        (r"\bke-\d+\b", " "),
        # "siswa kelas 3" (third-grade pupils), "SD Gemblegan 2", "SMPN 1 Kalikotes": a grade or
        # a school's number names it, no count (D32, D43.3)
        (r"\bkelas \d{1,2}[a-z]?\b", "kelas"),
        (
            # (the words between are the school's name: "SMP tersebut terdapat 300 siswa",
            # "SDN yang berjumlah 45 orang" count; so does a number before a counted noun)
            r"\b(sd|sdn|smp|smpn|sma|sman|smk|smkn|mi|min|mts|mtsn|tk|sekolah dasar|"
            r"sekolah dasar negeri)((?: (?!(?:tersebut|itu|ini|yang|terdapat|ada|berjumlah|"
            r"sebanyak|mencapai|sekitar|hingga|sedikitnya|total|dengan|dan|di|ke|dari|"
            r"setidaknya|lebih|kurang|hampir)\b)[a-z]+){0,2}) \d{1,3}\b(?![.,]\d)"
            r"(?! (?:orang|siswa|murid|pelajar|anak|guru|warga|korban|jiwa|santri)\b)",
            r"\1\2",
        ),
        # "141 orang, sebanyak 22 orang di antaranya ABK" (22 of them): after a comma, a count
        # followed by "among them" is a part of the figure before (D30, D38); not after "dari"
        # (of) before the first count: "Dari 708 korban tersebut, 133 diantaranya" is a share
        # (rule 13, D37); (28rb, D207) not the "dari" of "lebih / kurang dari" (more / fewer
        # than: "lebih dari 600 orang terluka, 190 di antaranya dirawat" is 600, D5)
        (
            r"(?<!\blebih )(?<!\bkurang )\bdari (\d[\d.,]*[^,]*),\s*((?:sebanyak |sekitar |"
            r"setidaknya )?\d[\d.,]*"
            r"(?: [^\s,]+)?) (?:di antaranya|diantaranya|di antara mereka)\b",
            r"dari \1, \2 dari mereka",
        ),
        # "Dari total penumpang, 60 di antaranya" (of the total passengers, 60 of them): "of all
        # / of the total" before the comma names the whole, so the count after it is a share of
        # it, as with a number ("Dari 708 korban", rule 13, D41)
        (
            r"\bdari (total|jumlah|seluruh|semua|keseluruhan)\b([^,\d]*),\s*(?=(?:sebanyak |"
            r"sekitar |setidaknya )?\d[\d.,]*(?: [^\s,]+)? (?:di antaranya|diantaranya|"
            r"di antara mereka)\b)",
            r"sebagian dari \1\2, ",
        ),
        (
            r",\s*((?:sebanyak |sekitar |setidaknya )?\d[\d.,]*(?: [^\s,]+)?) "
            r"(?:di antaranya|diantaranya|di antara mereka)\b",
            r", di antaranya \1",
        ),
        # "tidak (ada) satu pun" (not a single one): none, no count (D36, D60.3)
        (r"\b(?:tidak|tak) (?:ada )?(?:satu|seorang) pun\b", "tidak"),  # (17cb) "ada"
        # (35ra, D233.7) a reduplicated plural ("anak-anak", "korban-korban") is its noun: the
        # hyphen is no dash that opens a total's parts (D60.2: "dua anak-anak dan seorang
        # perempuan", two children and a woman, read 2: round 99); not the reduplicated words
        # that are no plural noun: "masing-masing" (each), "kira-kira" (about), "rata-rata"
        # (average), "tiap-tiap", "alih-alih", "laki-laki" (a man), "sama-sama", the magnitudes
        (r"\b(?!(?:masing|kira|rata|tiap|alih|laki|sama|tiba|mula|lama|baik|pura|besar|kecil|"
         r"jauh|terus|lebih|kurang|paling|puluhan|ratusan|ribuan|jutaan)-)([a-z]{2,})-\1\b",
         r"\1"),
        # (35ra, D233.6) "satu keluarga / satu rumah" (one family, one household) after "yang
        # (masih / merupakan / adalah)" or "dari" tells who the counted are, no second count
        # ("TIGA orang yang masih satu keluarga": round 102), as "sekeluarga" reads
        (r"\b((?:yang )?(?:masih |merupakan |adalah |berasal dari |dari )|yang |asal )satu "
         r"(keluarga|rumah)\b", r"\1se\2"),
        # "13 siswa dan seorang guru" (13 pupils and a teacher): "seorang" (one person) joined
        # to a count by "dan" is a second member of a sum (rule 13, D37)
        # (19fr, D88) also after a count in words ("dua pria dan seorang wanita") and before a
        # count joined by "dan" ("seorang pendaki asal Prancis dan dua warga Nepal")
        (r"\b((?:\d|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)\b)"
         r"[^,;:]*?\b(?:dan|serta)) seorang\b", r"\1 1 orang"),
        (r"\bseorang\b(?=[^,;:\d]*?\b(?:dan|serta) (?:\d|(?:dua|tiga|empat|lima|enam|tujuh|"
         r"delapan|sembilan|sepuluh|sebelas)\b))", "1 orang"),
        # (17nf) "3000-an pekerja", "800-an pekerja" (some 3,000): "-an" on a number is about it,
        # as "seratusan" (D6, D46); not a year's decade ("tahun 1990-an", "2000-an")
        # (17cp, D72) also glued ("500an orang"), the suffix as written without the hyphen
        (r"(?<![\d.,])(\d[\d.,]*)-?an\b(?<!(?:18|19|20)\d0-an)(?<!(?:18|19|20)\d0an)",
         r"sekitar \1"),
        # (17cp, D72) a vague plural said twice ("ribuan-ribuan orang", thousands upon thousands)
        # is the plural once, as "beribu-ribu"; not thousands of thousands (read 1,000,000 before)
        (r"\b(puluhan|belasan|ratusan|ribuan|jutaan|miliaran|lusinan)[- ]\1\b", r"\1"),
        # "seratusan" (some hundred), "seribuan": approximate like "une centaine" (D6)
        (r"\bseratusan\b", "sekitar 100"),
        (r"\bseribuan\b", "sekitar 1000"),
        (r"\bsetengah (ribu|juta|miliar)\b", r"0.5 \1"),
        # (lexicon 17, session 6) "satu setengah juta" (one and a half million) = 1,500,000
        *[
            (rf"\b{w} (?:setengah|0\.5)\b", f"{n}.5")
            for n, w in enumerate(
                ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"), 1,
            )
        ],
        # (lexicon 17, session 6) "100 s.d. 200", "s/d", "sampai dengan" (up to and including):
        # the range "hingga" (rule 6)
        (r"(?<=\d) (?:s\.d\.?|s/d|sampai dengan) (?=\d)", " hingga "),
        # (lexicon 17, session 6) two neighbouring numerals side by side ("dua tiga orang", two or
        # three people) are "N or N+1": a range (rule 6, D41)
        (
            r"\b(?:" + "|".join(
                f"({a}) (?={b}\\b(?! (?:puluh|ratus|belas)\\b))" for a, b in zip(
                    ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"),
                    ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"),
                    strict=True,
                )
            ) + ")",
            "".join(f"\\{k}" for k in range(1, 9)) + " atau ",
        ),
        # "dari 129 menjadi 182" (from 129 to 182): the new total (D29); also with a word of
        # time or of change around the old count ("Dari awalnya 13 kini menjadi 14", from
        # initially 13 now to 14; "dari semula 5 orang bertambah menjadi 9", D35, D41)
        (
            r"\bdari (?:(?:awalnya|semula|sebelumnya|sebelumnya hanya|hanya|sekitar) )?\d[\d.,]*"
            r"(?: (?:ribu|juta|orang|jiwa|korban|kasus|pasien|warga))?"
            # (17nj) the old count's noun and year ("dari 2.152 kecelakaan pada 2024 menjadi
            # 1.477", D49)
            r"(?:(?: [^\W\d_]+)? (?:pada |di )?(?:tahun )?(?:19|20)\d\d)?"
            r"(?: (?:kini|sekarang|lalu|kemudian|naik|bertambah|berkurang|turun|meningkat|menurun|"
            r"melonjak))* (?=menjadi\b|jadi\b)",
            " ",
        ),
        # (17cc) the change's amount first, "bertambah 5 menjadi 22" (rose by 5 to 22): the amount
        # dropped, the new total (D35, D61.3); (32rb, D221.5) the amount in words too
        # ("bertambah satu orang menjadi 16 kasus", "bertambah seorang menjadi 9")
        (
            r"\b(bertambah|berkurang|naik|turun|meningkat|menurun|melonjak) (?:sebanyak |sekitar )?"
            r"(?:\d[\d.,]*|seorang|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
            r"sebelas|seratus|seribu)(?: (?:belas|puluh|ratus|satu|dua|tiga|empat|lima|enam|tujuh|"
            r"delapan|sembilan))*)"
            r"(?: (?:ribu|juta))?(?: (?:orang|jiwa|korban|kasus|pasien|warga|persen))? "
            r"(?=menjadi \S*\d)",
            r"\1 ",
        ),
    ],
    "numbers": {
        "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
        "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
        "seribu": 1000, "sejuta": 1_000_000, "belas": 10,
        # (17nw) the teens, a unit and "belas" ("dua belas" = 12, "sembilan belas ribu") (D53.2),
        # also written as one word ((33hf, D223.2) "Tigabelas orang penyelam", "duabelas")
        **{f"{unit}{gap}belas": 10 + value for value, unit in enumerate(
            ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"), 2)
            for gap in (" ", "")},
        # (17gwa) "semiliar" / "semilyar" (one billion), as "sejuta"
        "semiliar": 1_000_000_000, "semilyar": 1_000_000_000,
    },
    "small": {"puluh": 10, "ratus": 100},
    "scales": {
        "ribu": 1000, "juta": 1_000_000, "miliar": 1_000_000_000, "rb": 1000, "jt": 1_000_000,
        # (17gwa) the spelling "milyar", "triliun" (10^12)
        "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
    },
    "after_number": ["rb", "jt"],
    # (17gwa) "selusin" (a dozen, "se-" + "lusin" in one word)
    "collective": {"lusin": 12, "selusin": 12},
    "teens": ["belasan"],
    "vague": {
        "puluhan": 10, "lusinan": 12, "ratusan": 100, "ribuan": 1000, "puluhan ribu": 10_000,
        "jutaan": 1_000_000,
        # (lexicon 17, session 6) billions (rule 7)
        "miliaran": 1_000_000_000, "milyaran": 1_000_000_000,
        # (17gwa) the reduplicated plurals ("beribu-ribu orang", thousands upon thousands;
        # "beratus-ratus", "berpuluh-puluh", "berjuta-juta"): vague, as "ribuan" (rule 7)
        "beribu-ribu": 1000, "beratus-ratus": 100, "berpuluh-puluh": 10, "berjuta-juta": 1_000_000,
        "beribu ribu": 1000, "beratus ratus": 100, "berpuluh puluh": 10, "berjuta juta": 1_000_000,
    },
    "several": [
        "beberapa",
        # (lexicon 17, session 6) "segelintir" (a handful, D9): 2 / 2 / 9 alone
        "segelintir",
    ],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": ["hingga", "sampai", "di atas", "di bawah", "menjelang"],
    "approx": [
        "sekitar", "kira-kira", "kurang lebih", "lebih kurang", "sekira", "diperkirakan", "kisaran",
        "~", "lk.", "kurang-lebih",
        # (lexicon 17, session 6) spellings without the hyphen, "ditaksir" (estimated),
        # "berkisar" (ranging around)
        "kira kira", "lebih-kurang", "ditaksir", "berkisar", "berkisar di angka",
        # (17gwa) colloquial "sekitaran", "kurleb" (short for "kurang lebih"); not "diprediksi"
        # (predicted): a forecast "diprediksi naik menjadi 123 juta" is labelled exact (round 17)
        "sekitaran", "kurleb", "diperkirakan sekitar", "diperkirakan mencapai",
    ],
    # (17gwa) "100 orang kurang lebih" (100 people, more or less): written after the number
    "post_approx": ["kurang lebih", "lebih kurang", "kurang-lebih"],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "sedikit lebih banyak dari", "sedikit melebihi", "sedikit lebih tinggi dari",
        "agak lebih dari",
        "lebih dari", "setidaknya", "sedikitnya", "paling sedikit", "minimal", "sekurang-kurangnya",
        "melebihi", "melampaui", "di atas", "lebih", "tembus", "menembus", "melewati",
        # (lexicon 17, session 6) "paling tidak" (at least), "tidak kurang dari" / "tak kurang dari"
        # (no fewer than), "lebih daripada"
        "paling tidak", "tidak kurang dari", "tak kurang dari", "tidak kurang", "lebih daripada",
        "setidak-tidaknya", "sekurangnya",
        # (17gwa) "minimum", "tak kurang" without "dari"
        "minimum", "tak kurang",
    ],
    "at_most": [
        # (17cx, D80.2) "lebih sedikit dari" is "fewer than" (at most), not "lebih ... dari" (more
        # than)
        "lebih sedikit dari", "lebih sedikit daripada", "lebih kecil dari",
        "hingga", "sampai", "paling banyak", "maksimal", "kurang dari", "sebanyak-banyaknya",
        "di bawah",
        # (lexicon 17, session 6) "tidak lebih dari" / "tak lebih dari" (no more than), "kurang
        # daripada", "maksimum", "tidak sampai" (not even)
        "tidak lebih dari", "tak lebih dari", "tidak lebih", "kurang daripada", "maksimum",
        "tidak sampai", "tak sampai",
        # (lexicon 17, session 6) "tidak melebihi" (does not exceed): not "melebihi"
        "tidak melebihi", "tak melebihi", "tidak melampaui", "tak melampaui",
        # (17gwa) "setinggi-tingginya" (at the highest)
        "setinggi-tingginya",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "sedikit kurang dari", "sedikit kurang daripada", "sedikit di bawah", "agak kurang dari",
        "sedikit lebih rendah dari",
        "hampir", "nyaris", "mendekati", "menjelang",
        # (lexicon 17, session 6) "jelang" (short for menjelang)
        "jelang",
    ],
    "post_at_least": [
        "lebih", "lebih banyak", "+",
        # (lexicon 17, session 6) "100 orang ke atas" (100 and over)
        "ke atas",
    ],
    # (lexicon 17, session 6) "100 orang ke bawah" (100 and under)
    # (17gwa) "100 orang atau kurang" (100 or fewer)
    "post_at_most": ["ke bawah", "atau kurang"],
    # "bertambah 436" is "rose by 436"; "bertambah menjadi" (rose to) is listed under stop
    "additional": [
        "tambahan", "lagi", "lainnya", "bertambah",
        # (17ng) "mengalami peningkatan sebanyak 673 ribu" (saw an increase of 673,000): the noun of
        # a rise before the number, as "bertambah" (rule 12, D47); "naik menjadi" stays "rose to"
        "peningkatan sebanyak", "peningkatan sebesar", "kenaikan sebanyak", "kenaikan sebesar",
        "naik sebanyak", "meningkat sebanyak",
        # (17gwa) "ditambah 5 orang" (plus five people), "bertambah lagi"
        "ditambah", "bertambah lagi", "bertambah sebanyak",
    ],
    "additional_post": [
        "lagi", "lainnya", "tambahan",
        # (17nk) "new" counts only after the number ("212 ribu janda baru"); before it
        # ("Jumlah kasus baru TB … sebanyak 420.994") it names the count, a total (D40.14, D50)
        "baru",
        # (lexicon 17, session 6) "3 orang lain" (three other people, D12)
        "lain",
    ],
    "including": [
        "termasuk", "di antaranya", "di antara mereka",
        # (lexicon 17, session 6) the common spelling "diantaranya", "antara lain" (among others)
        "diantaranya", "antara lain", "diantara mereka",
        # (17gwa) "dengan rincian" (broken down as: "sebanyak 10 orang dengan rincian 6 laki-laki
        # dan 4 perempuan"), "terdiri dari / atas" (made up of), "meliputi" (comprising)
        "dengan rincian", "rinciannya", "dengan perincian", "terdiri dari", "terdiri atas",
        "yang terdiri dari", "meliputi",
        # (17nk) "ada 1.391 …, yakni 351 dari …, dan 1.040 dari …" (namely): a breakdown (D23, D50)
        "yakni", "yaitu",
    ],
    # (17gwa) "total keseluruhan", "secara keseluruhan" (in all); no phrase with "jumlah" (the
    # number): a table word "jumlah" changes how "jumlah kendaraan keluar 1,765.102 unit" is read
    # with its digits changed (benchmarks/compare_figures.py)
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "meningkat menjadi", "bertambah menjadi", "naik menjadi", "melonjak menjadi",
        "turun menjadi", "berkurang menjadi", "menurun menjadi", "meningkat jadi", "bertambah jadi",
        "naik jadi",
        # (33ra, D224.6) "rose until reaching N" ("terus bertambah hingga mencapai 221.000"): the
        # new total, as "bertambah menjadi"; "bertambah 436" stays "rose by"
        "bertambah hingga mencapai", "bertambah sampai mencapai", "bertambah mencapai",
        "total", "totalnya", "secara total", "keseluruhan", "seluruhnya", "sebanyak total",
        "total keseluruhan", "secara keseluruhan",
    ],
    "range_pre": ["antara", "dari"],
    "range_sep": ["hingga", "sampai", "atau", "-"],
    "range_and": ["dan"],
    # (17gwa) the older spelling "prosen"
    "percent": ["%", "persen", "prosen"],
    "fraction": [
        "setengah", "separuh", "sepertiga", "seperempat", "dua pertiga", "mayoritas", "sebagian",
        # multipliers ("naik tiga kali lipat": tripled) are ratios, not counts
        "kali lipat", "kali lebih", "kali lebih banyak",
        # (17gwa) a fifth, a tenth, three quarters; not the shares with "-nya" ("separuhnya",
        # half of them) nor "kebanyakan" (most): "20 orang tewas, separuhnya anak-anak" names
        # the part of a count, which stays the figure
        "seperlima", "sepersepuluh", "tiga perempat",
    ],
    "rate": [
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "rata-rata", "rerata",
        "per hari", "sehari", "setiap hari", "per minggu", "per bulan", "per tahun",
        "masing-masing", "setiap", "tiap", "per",
        # (17gwa) written as one word ("perhari", "pertahun"), per hour, per capita; not
        # "sebulan", "setahun" (also "a month, a year": "setahun lalu") nor "harian" (also the
        # daily papers' name, "Harian Kompas")
        "perhari", "perbulan", "pertahun", "perminggu", "per jam", "per kapita", "per orang",
        "tiap-tiap",
    ],
    # not "unit": a counter of houses and vehicles ("30 unit rumah")
    # (17gwa) "batalyon" (the Indonesian spelling, "Yonif"), "skuadron"
    "units": [
        "batalion", "brigade", "resimen", "divisi", "kompi", "peleton", "korps", "batalyon",
        "yonif", "skuadron",
        # (34ra, D226.4) a peacekeeping contingent ("TNI menurunkan hingga 11 kontingen"): a unit
        "kontingen",
    ],
    # (17gwa) "tak terhitung" (countless), "banyak sekali"
    "uncountable": [
        "banyak", "sejumlah", "tak terhitung", "tidak terhitung", "banyak sekali", "sangat banyak",
    ],
    # (17ng) "sejak awal 2025" (since the start of 2025), "akhir", "pertengahan" (mid-), "mudik
    # lebaran 2022" (the Eid homecoming of 2022): words of a time of the year before it (D7, D47)
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "setelah", "sebelum", "mulai", "pasca", "usai", "jelang",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "semenjak",
        # (17cs) a quarter of a year before the year ("kuartal pertama 2023"): a date (D7,
        # D50)
        "kuartal pertama", "kuartal kedua", "kuartal ketiga", "kuartal keempat", "triwulan pertama",
        "triwulan kedua", "triwulan ketiga", "triwulan keempat",
        "pada", "tahun", "sejak", "awal", "akhir", "pertengahan", "lebaran", "natal", "ramadan",
        "ramadhan",
        # (17gwa) "sepanjang 2024" (throughout 2024), "selama 2023", "medio 2023" (mid-2023),
        # "thn" / "th." (short for tahun), "periode"
        "sepanjang", "selama", "medio", "thn", "th.", "periode",
    ],
    # (17gwa) "pekan" (week), decades and centuries
    # (17ta) beside another quantity, a number these words name is no count (D56): a type,
    # category, group, serogroup, level, year-group, wave or edition, an age ("berusia 47")
    "not_count_pre": [
        # (22ra, D105) a train's number after "KA" (kereta api: "KA 150 Kertajaya bertabrakan
        # dengan KA 40 Sembrani"): a designation, no count beside another number; "kereta" and
        # "kereta api" not (a count may follow the noun: "kereta api 150 penumpang")
        "ka",
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "nomor penerbangan", "hotline", "nomor", "minus", "rumah nomor",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitudo", "bermagnitudo", "berkekuatan", "berkekuatan magnitudo",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "km", "pasal", "bab",
        "tipe", "kategori", "golongan", "serogrup", "serotipe", "tingkat", "angkatan",
        "gelombang", "edisi", "usia", "umur", "berusia", "berumur",
        # (21ra, D96) a capacity told before its number ("with a capacity of 80,000"): no count
        # beside another number
        "berkapasitas",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("ribuan belalang … tanaman
    # pokok lainnya")
    "other_words": ['lainnya', 'lain'],
    "source_words": ["(?<!\\w)menurut(?!\\w)"],
    "compared_pre": [
        "dibandingkan", "dibandingkan dengan", "dibanding", "dibanding dengan", "ketimbang",
        "berbanding",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "jalan", "jl.", "jl", "jln.", "jln", "gang", "gg.",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilovolt", "kilowatt", "megawatt", "gigawatt",
        "volt",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "lantai",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "milimeter",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "derajat", "derajat celsius", "sr", "skala richter",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "meter", "km", "kilometer",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "kaki",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "hektar", "hektare",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "dari",
    ],
    "time_units": [
        # (17cs) a size of a building ("gedung 20 lantai"): a measure, no count; dropped
        # as durations are (D32, D49.9)
        "lantai",
        "jam", "hari", "minggu", "bulan", "tahun", "menit", "malam", "detik", "pekan", "dekade",
        "abad",
    ],
    "stop": [
        # (17np) a currency written before the amount ("sampai Rp 5 juta", "hingga US$ 2 juta"):
        # a table word, so that a qualifier that is also a preposition reaches the number across
        # it (D34, D55.2)
        "rp", "rp.", "us$",
        # (17nk) "150 orang yang mayoritas WN Tiongkok", "29 orang yang rata-rata WN Tiongkok"
        # (most of them Chinese): a relative clause describing the counted, no share or
        # average (D50)
        "yang mayoritas", "yang rata-rata",
        # (17nf) workers and lay-offs: "3000-an pekerja dirumahkan" is Indonesian, though "an"
        # is an English word (D15, D46)
        "pekerja", "buruh", "karyawan", "dirumahkan", "phk",
        "tentara", "pasukan", "prajurit", "orang", "korea", "utara", "tewas", "terluka", "yang",
        "dan", "dari", "di", "ke", "sekitar", "lebih", "bertambah menjadi", "bertambah jadi",
        # "sehari setelah" (a day after) is a time, no rate
        "sehari setelah", "sehari sebelum", "sehari kemudian", "sehari sebelumnya",
        # (session 25) the "-an" of "1.000-an pengungsi" (some 1,000, 17nf) is this table's word:
        # with a noun the table does not list, "an" alone sent the hinted phrase to English
        "an",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["musim dingin"],
        "spring": ["musim semi"],
        "summer": ["musim panas"],
        "autumn": ["musim gugur"],
    },
    "words": {
        "rel:last ago": ["lalu", "yang lalu"],
        "rel:last": ["kemarin", "sebelumnya"],
        "rel:past": ["terakhir"],
        "rel:this": ["ini"],
        "rel:next": ["depan", "mendatang"],
        "unit:day": ["hari"],
        "unit:week": ["minggu", "pekan"],
        "unit:month": ["bulan"],
        "unit:year": ["tahun"],
        "unit:hour": ["jam"],
        "quarterw": ["kuartal", "triwulan"],
        "halfw": ["semester"],
        "part:begin": ["awal"],
        "part:mid": ["pertengahan"],
        "part:end": ["akhir"],
        "day:0": ["hari ini"],
        "day:-1": ["kemarin"],
        "day:1": ["besok"],
        "now": ["sekarang", "saat ini", "sudah", "hingga kini", "sejauh ini", "kini"],
        "before": ["baru baru ini", "sebelumnya"],
        "future": ["segera", "dalam waktu dekat"],
        "since": ["sejak"],
        "until": ["hingga", "sampai"],
        "between": ["antara"],
        "and": ["dan"],
        "n:1": ["satu", "se"],
        "n:2": ["dua"],
        "n:3": ["tiga"],
        "n:4": ["empat"],
        "n:5": ["lima"],
        "few": ["beberapa"],
    },
}

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800 kasus, sebagian besar perempuan"; "sebagian besar dari 800" stays a share)
FIGURES["rewrites"].append((
    r",\s*(?:sebagian besar|kebanyakan)(?= (?!dari\s)[^\d\s])",
    ", di antaranya",
))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 kendaraan bertabrakan di
# beberapa titik"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)di )(?:beberapa|sejumlah|berbagai) (?=(?:titik|tempat|lokasi"
    r")(?!\w))",
    r"\1",
))

# (17cm, D67.3) "Di satu desa, 30 warga mengungsi" (in one village 30 residents fled): "satu"
# after a preposition (the grammar's closed class: di, ke, dari, pada, dalam, untuk, dengan,
# oleh, bagi, kepada, terhadap, atas, menuju, dekat) and before a noun locates the counted and is
# no count when another number stands in the phrase (as "sebuah", which has no value). Not
# before "dari" / "di antara" (one of), "per", "atau", "dan", "setengah" or a number word.
# Alone ("di satu desa") it stays one
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)(?:di|ke|dari|pada|dalam|untuk|dengan|oleh|bagi|kepada|terhadap|atas|"
    r"menuju|dekat) )satu (?=[a-z]{2,})(?!(?:dari|di antara|per|atau|dan|setengah|puluh|belas|"
    r"ratus|ribu|juta|miliar|pun)\b)",
    r"\1",
))

# (17cm, D67.3) "Seorang pria berusia 38 tahun" (a man aged 38): "seorang" is "se-" (one) and
# the person counter "orang", one person; as the phrase's only count, beside an age at most
# (an age is a duration, D7), it is one, as zh 一名男子 and ko "한 남성" alone (labelled so in
# rounds 18, 23 and 37). Beside another number it is left as before: the article of the one
# the count is about ("Seorang petani kehilangan 200 ekor sapi" = 200), or a sum ("13 siswa
# dan seorang guru", rule 13)
_ID_OTHER = "|".join(
    longest_first((set(FIGURES["numbers"]) | set(FIGURES["scales"]) | set(FIGURES["vague"])
         | set(FIGURES["several"])) - {"se"})
)
_ID_FREE = r"(?:(?!\d|(?<![a-z])(?:" + _ID_OTHER + r"|seorang)(?![a-z])).)"
FIGURES["rewrites"].append((
    r"^(" + _ID_FREE + r"*?)(?<![a-z])seorang (?=[a-z])(" + _ID_FREE + r"*(?:(?<![a-z])(?:"
    r"berusia|berumur|usia|umur) \d{1,3} tahun(?![a-z\d])" + _ID_FREE + r"*)?)$",
    r"\g<1>1 orang \2",
))
# (17ck, D68.1) a vague magnitude repeated: "ribuan dan ribuan", "ratusan demi ratusan"
FIGURES.update({"repeat": ["dan", "demi"]})

# (17cv, D78.3) "dua belas setengah juta" (twelve and a half million), "12 setengah juta": a
# number and "setengah" (and a half) is the number and half, for the teens and digits as for
# "satu" … "sembilan" ("12 setengah juta" was unparsed), first of the rewrites: before
# "setengah juta" (half a million) and "setengah jam" (half an hour) take the "setengah" of it
# ("dua setengah jam kemudian, 12 orang" read two numbers: now a duration, 2.5 hours, and 12)
FIGURES["rewrites"][:0] = [
    (r"(?<!\S)(\d+) setengah(?!\S)", r"\1.5"),
    (r"(?<!\S)sebelas setengah(?!\S)", "11.5"),
    *[
        (rf"(?<!\S){w} belas setengah(?!\S)", f"{n + 10}.5")
        for n, w in enumerate(
            ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"), 2,
        )
    ],
    *[
        (rf"(?<!\S)(?<!belas ){w} setengah(?!\S)", f"{n}.5")
        for n, w in enumerate(
            ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"), 1,
        )
    ],
]

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Meskipun beberapa peringatan, 12 orang tewas"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "meskipun", "walaupun", "walau", "kendati", "setelah", "sesudah", "sebelum", "selama",
        "sejak", "karena", "akibat", "berkat", "tanpa", "melalui", "usai", "pasca", "untuk",
        "oleh",
    ],
    [
        "dari", "di", "dan", "atau", "kali", "lainnya", "lain", "ratus", "ribu", "puluh",
    ],
))

# (17dc, D84.2) a count that did not reach a value is at most (rule 3): "tidak mencapai", "belum
# mencapai"; a verb of a rise right before its count ("naik 340", "meningkat sekitar 200") is
# "rose by N", additional (rule 12), as "naik sebanyak" (read as "tambahan", additional); "naik
# menjadi 40" stays the new total
FIGURES["at_most"] += ["tidak mencapai", "tak mencapai", "belum mencapai", "tidak sampai ke"]
FIGURES["rewrites"].append((
    r"(?<!\S)(naik|meningkat|melonjak|bertambah|melesat) (?=(?:sekitar |kurang lebih |lebih dari |"
    r"hampir )?\d)",
    r"\1 tambahan ",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"(?<!\S)salah satu (?!(?:korban|penumpang|orang|warga|siswa|pasien|pendaki)(?!\w))"
    r"(?=(?:[^\W\d_]+ ){1,2}(?:paling|terburuk|terbesar|terparah|"
    r"tertinggi|terbanyak)(?!\w))", "",
))
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)satu (?:per satu|demi satu|sama lain|persatu)(?!\w)", " ",
))
# (21rb, D102.1) "most of whom" after the count, beyond a comma, tells who most of the counted
# were: a breakdown (D30, 17cf's "most of them"), no share instead of the count
# (before the rewrites of "sebagian besar")
FIGURES["rewrites"].insert(0, (
    r"(,\s*)yang (?=sebagian besar(?!\w))", r"\1",
))
# (22rb, D108) a rise told with "sebesar" (by) before its count or per cent ("meningkat sebesar
# 10 persen") and the noun of a rise before it ("kenaikan 10 persen", an increase of): additional,
# as "naik 340" (17dc, D84.2) and "rose by 5 %" (rule 12, D65); "naik menjadi 40" stays the total
FIGURES["rewrites"].append((
    r"(?<!\S)(naik|meningkat|melonjak|bertambah|melesat|kenaikan|peningkatan|lonjakan)"
    r"(?: sebesar)? (?=(?:sekitar |kurang lebih |lebih dari |hampir )?\d[\d.,]*\s?(?:%|persen)"
    r"(?![\w]))",
    r"\1 tambahan ",
))
# (22rb, D109) "lagi" after a word with -nya opening the phrase ("Tragisnya lagi, tiga orang …",
# more tragically; "Parahnya lagi", "Lebih parahnya lagi") is "what is more", no "N more" (rule 12):
# the count is the total; "tiga orang lagi" stays additional
FIGURES["rewrites"].append((
    r"^((?:lebih |yang lebih )?[^\W\d_]{2,}nya) lagi(?=\s*,)", r"\1",
))
# (22rb, D110) "beberapa" on an institution or a medium that reports the count, its verb right
# after ("Beberapa bandara melaporkan 300 pembatalan"): the source's determiner, no count (D9), as
# "some officials"; not people who are also counted (round 4's fr "Certains survivants ont déclaré
# qu'il y avait 65 hommes" is labelled unparsed), and only where a number follows (alone it stays
# several)
FIGURES["rewrites"].append((
    r"(?<!\S)beberapa ((?:[^\W\d_]+ )?(?:bandara|maskapai|rumah sakit|klinik|media|"
    r"surat kabar|lembaga|otoritas|studi|pemerintah|negara|daerah|provinsi|kabupaten|"
    r"kementerian|organisasi) (?:melaporkan|mencatat|menyebutkan|mengatakan|"
    r"memperkirakan)(?!\w))(?=.*\d)",
    r"\1",
))

# (23rc, D125) "A or maybe B" is a range (rule 6), as "atau" ("lima atau mungkin enam orang")
FIGURES["range_sep"] += ["atau mungkin", "atau barangkali"]

# (23rc, D126) "tinggal / tersisa N lagi" (only N left) is what remains, a total: the "lagi" there
# is no "more" (rule 12): "Populasi Gajah di Bengkulu Tinggal 50 Ekor Lagi"; "50 ekor lagi mati" (50
# more died) stays additional
FIGURES["rewrites"].append((
    r"\b(tinggal|tersisa|hanya tersisa|tinggal tersisa)((?: sekitar| hanya| kurang dari)? \d[\d.,]*"
    r"(?: (?:ribu|juta))?(?: [^\W\d_]+){0,2}) lagi\b",
    r"\1\2",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].append((
    r"\b((?:mobil|kendaraan|sepeda motor)(?: [^\W\d_]+)?) baru\b",
    r"\1",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].append(decimal_comma_before("juta|miliar|triliun"))

# (23rf, D137) the nouns of a rise right before a count they add ("kenaikan 12 kejadian",
# "lonjakan 500 kasus"), as before a per cent (D108) and as "naik 340" (D84.2): additional;
# "pertumbuhan / tumbuh" (growth, grew) before a per cent too. "kenaikan menjadi 40" stays the total
FIGURES["rewrites"].append((
    r"(?<!\S)(kenaikan|peningkatan|lonjakan|pertambahan|penambahan) (?=(?:sekitar |kurang lebih |"
    r"lebih dari |hampir )?\d)",
    r"\1 tambahan ",
))
FIGURES["rewrites"].append((
    r"(?<!\S)(pertumbuhan|tumbuh)(?: sebesar)? (?=(?:sekitar |kurang lebih |lebih dari |hampir )?"
    r"\d[\d.,]*\s?(?:%|persen)(?![\w]))",
    r"\1 tambahan ",
))

# (23rf, D139) a stray space after a thousands point, "61. 852" (lang/_forms.py)
FIGURES["rewrites"].append(STRAY_POINT_SPACE)

# (23rf, D140) "N kali sebulan / seminggu / setahun" (N times a month, a week, a year): a rate
# (rule 13, D19), as "N kali sehari" and "per bulan" read; "dalam sebulan" (within a month) is
# not written
FIGURES["rate"] += ["kali sebulan", "kali seminggu", "kali setahun"]

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "tambahan" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("tambahan"))

# (24rb, D146) the decimal comma before the abbreviated million ("5,434 jt orang" = 5,434,000)
FIGURES["rewrites"].append(decimal_comma_before("jt"))

# (24rb, D147) a change by N times is a multiplier, no count (rule 13, as "kali lipat"):
# "meningkat 30 kali" = "meningkat 30 kali lipat"; not "3 kali sebulan" (a rate) nor "diserang 3
# kali" (no change verb); first, before the change verbs take "tambahan"
FIGURES["rewrites"].insert(0, (
    r"\b(meningkat|naik|bertambah|melonjak|berlipat|menurun|turun|berkurang|tumbuh) "
    r"((?:hingga|sampai|sekitar|hampir|lebih dari|kurang lebih) )?(\d[\d.,]*|[a-z]+) kali\b"
    r"(?! ?(?:lipat|sehari|seminggu|sebulan|setahun|dalam|per|ini|ke))",
    r"\1 \2\3 kali lipat",
))

# (24rb, D147.3) "jadi" after a count is the colloquial "menjadi" (to): "turun 530.000 jadi 7,03
# juta orang" (fell by 530,000 to 7.03 million): the new total B (D35); "jadi" opening a clause
# ("jadi, 30 orang": so) has no count before it
FIGURES["rewrites"].insert(0, (
    r"(\d(?:[\d.,]*\d)?(?: (?:ribu|juta|miliar|rb|jt))?(?: orang| jiwa| kasus)?) jadi "
    r"(?=(?:sekitar |hampir |lebih dari |kurang lebih )?\d)",
    r"\1 menjadi ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['alias', 'dengan kata lain']

# (24rc, D150) an adverb of manner between a verb or noun of rise and its size ("naik signifikan
# 1,00 persen", "meningkat tajam sebesar 12%", "melonjak drastis 300 kasus"): dropped, so the size
# reads as right after the verb, additional (rule 12, D84.2, D108); and the size told in words
# ("meningkat delapan persen", "kenaikan sebesar lima persen"): additional, as in digits. Not
# "naik menjadi" (rose to, the new total) nor a fall ("turun tajam 5 persen" stays a total). The
# adverb is dropped first of the rewrites, before those that read the verb and its size
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(naik|meningkat|melonjak|bertambah|melesat|meroket|melambung|tumbuh|membengkak|"
    r"kenaikan|peningkatan|lonjakan|pertambahan|penambahan|pertumbuhan) (?:secara )?(?:cukup |"
    r"sangat |amat |begitu )?(?:signifikan|tajam|drastis|pesat|tipis|sedikit|cepat|tinggi|"
    r"dramatis|luar biasa)(?= (?:sebesar |sebanyak |hingga |sekitar |hampir |lebih dari |"
    r"kurang lebih )*\d)",
    r"\1",
))
_ID_NUMBER = number_word(w for w, v in FIGURES["numbers"].items() if v >= 2 and w != "se")
FIGURES["rewrites"].append((
    r"(?<!\S)(naik|meningkat|melonjak|bertambah|melesat|meroket|tumbuh|kenaikan|peningkatan|"
    r"lonjakan|pertambahan|penambahan|pertumbuhan)(?: sebesar| sebanyak)?(?= (?:sekitar |hampir |"
    r"lebih dari |kurang lebih )?" + _ID_NUMBER + r")(?![^.;]*\bmenjadi\b) ",
    r"\1 tambahan ",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("1, 45 juta" =
# 1,450,000, D29's case): one or two digits after the space and a scale after them are a decimal
# (three digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before("ribu|rb|juta|jt|miliar|triliun"))

# (25rb, D171) a per cent told "lebih tinggi / lebih besar / lebih banyak" after it ("11 persen
# lebih tinggi", 11 % higher) is "lagi" (additional, rule 12, D150); "N persen lebih" alone
# stays more than (at least)
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|persen)) lebih (?:tinggi|besar|banyak)\b",
    r"\1 lagi",
))

# (25rc, D176) a slash after a count and its noun, before a unit of administration, a household,
# a person or time ("100 paket sembako/kelurahan", "5 kg/orang", "3 kali/minggu") is "per", a rate
# (rule 13, D19); other slashes ("TNI/Polri", "tewas/hilang", "Dusun/Desa Senden") stay, and so
# does a pair of units of administration ("19 kabupaten/kota", "50 desa/kelurahan": either).
_ADMIN = r"kelurahan|desa|dusun|kecamatan|kabupaten|kota|provinsi|rt|rw"
FIGURES["rewrites"].append((
    r"(\d[\d.,]* (?:[^\W\d_]+ ){0,2}(?!(?:" + _ADMIN + r")/)[^\W\d_]+)/(?=(?:" + _ADMIN
    + r"|kk|keluarga|rumah|orang|jiwa|kepala|sekolah|hari|minggu|bulan|tahun|jam|pekan|"
    r"penerima)\b)",
    r"\1 per ",
))

# (26ra, D182) the spellings of "kira-kira" (about) the table lacked: "kekira", "kira2", "kira
# kira", "kurang-lebih", "lebih-kurang" (approx, rule 2), as "sekira" and "kurang lebih" read
FIGURES["approx"] += [
    w for w in ("kekira", "kira kira", "kurang-lebih", "lebih-kurang")
    if w not in FIGURES["approx"]
]

# (26rc, D189) Indonesian as a whole: the "-an" of about (17nf) written on the scale word after
# digits ("10 ribu-an orang", "3 jutaan", "2 miliaran"): approx, as "10 ribuan" and "500-an"
# read (rule 2, D6); the plural alone ("jutaan orang") stays vague, and "N ribuan" as it read
# (approx; at most after "tidak lebih dari", D1)
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d[\d.,]*) ?(?:(ribu)-an|(juta|miliar|milyar|triliun)-?an)\b",
    r"sekitar \1 \2\3",
))
# (26rc, D190) "sedikit-dikitnya" (at least), the reduplicated "sedikitnya"; "±" and "+/-" before
# the number ("± 500 orang", Indonesian newsrooms' sign for "kurang lebih"): approx (rule 2)
FIGURES["at_least"] += ["sedikit-dikitnya"]
FIGURES["approx"] += ["±", "+/-"]
# (26rc, D189) "seperempat juta" (a quarter of a million) = 250,000 and "tiga perempat juta" =
# 750,000 (rule 8), as "setengah juta" reads; "seperempat korban" (a quarter of the victims)
# stays a share
FIGURES["rewrites"].append((r"\bseperempat (ribu|juta|miliar|milyar|triliun)\b", r"0.25 \1"))
FIGURES["rewrites"].append((r"\btiga perempat (ribu|juta|miliar|milyar|triliun)\b", r"0.75 \1"))
# (26rc, D189) "unit" after a number is the Indonesian counter of things ("22 Unit Damkar", "3 unit
# mobil pemadam kebakaran", "2 unit helikopter", "30 unit rumah"), as "buah" and "ekor" (the
# note on "units" above): a word of this table, so that en "unit" (a military unit) is not read
# in an Indonesian phrase (it was: unparsed, "unit size"). "satu unit pasukan" reads as before
FIGURES["stop"] += ["unit"]

# (26rb, D187.2) "one in N" told with "berbanding" ("satu berbanding 50 juta", odds): a ratio, as
# "1 banding 50 juta" reads. (26rb, D186.3) "4G", "5G" ("25.000 menara BTS 4G/LTE" = 25,000)
FIGURES["rewrites"] += [
    (r"\b(?:satu|1) (?:ber)?banding (?=\d|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
     r"sepuluh|seratus|seribu|sejuta)", "1 banding "),
    *GENERATION,
]

# (27ru, D193.2) "tidak / tak / tiada / bukan ... lagi" (no longer: "tak mampu lagi menampung
# jutaan", "tidak lagi tinggal") is a negation, no "N more" (rule 12): the "lagi" dropped, at most
# two words after the negation
FIGURES["rewrites"].append((
    r"(?<!\S)(tidak|tak|tiada|bukan)((?: [^\W\d_]+){0,2}) lagi(?!\w)", r"\1\2",
))

# (30rb, D216.11) a range written with a spaced dash after a capacity word ("berkapasitas 30.000 -
# 38.000 penonton"): the range (rule 6), as "30.000 hingga 38.000" reads; the capacity word, a label
# before its number (D96), took the dash for a list's
FIGURES["rewrites"].append((
    r"\b((?:ber)?kapasitas (?:sekitar |hingga |lebih dari )?\d[\d.,]*) ?[-–—] ?(?=\d)",
    r"\1 hingga ",
))

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["dan", "serta"], ["para"]))

# (31fx, D218.1) "N of them were X and M Y" opening the phrase, as es "siete de ellas eran
# mujeres y dos hombres" ("tujuh di antaranya perempuan dan dua laki-laki"): no count before it to
# break down, so the count after "and" is the list's other part, two counts, unparsed; "N of
# them" alone stays N, and a count before it stays the total (D5)
FIGURES["rewrites"].append(parts_of_them(
    _ID_NUMBER,
    ["di antaranya", "diantaranya", "di antara mereka", "diantara mereka"], ["dan", "serta"]))

# (32rl, D220.1) a share told after the total and its comma ("349 orang, lebih dari separuh di
# antaranya anak-anak") tells who the counted were: the total's breakdown (D5), written as the
# table's breakdown word (lang/_lists.py), as "most of them" reads already; a number after the share
# keeps it a share or a list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["di antaranya", "diantaranya", "di antara mereka", "diantara mereka", "termasuk"],
    ["lebih dari", "hampir", "sekitar", "kurang dari", "setidaknya", "sedikitnya", "kira-kira"],
    ["separuh", "setengah", "separuhnya", "setengahnya", "sepertiga", "sepertiganya",
     "dua pertiga", "seperempat", "sebagian besar", "mayoritas", "kebanyakan"],
    ["di antaranya", "diantaranya", "dari mereka", "di antara mereka", "diantara mereka"],
    "di antaranya"))

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}'
       for n in ('satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan',
                         'sepuluh') for u in ('tahun', 'bulan', 'minggu', 'pekan', 'hari',
                             'dekade')],
    ['kemudian', 'sebelumnya', 'lalu', 'setelahnya'],
))

# (34rc, D229.1) D122 in Indonesian: after a count whose clause a comma closes, the size of its
# change told with a verb of change before it ("292 orang, turun sebanyak 2 orang atau -1%",
# round 100; "tercatat 1.025 orang, naik 45 orang dibandingkan tahun sebelumnya") is no count
# beside the count; then "atau" (its per cent), a comparison or the phrase's end
FIGURES.setdefault("differences", [])
FIGURES["differences"] += [
    r"(?:\S+ )*?(?:turun|naik|bertambah|berkurang|meningkat|menurun|melonjak|anjlok)"
    r"(?: (?:sebanyak|sejumlah|sekitar|tambahan))? # (?:[^\W\d_]+ )?"
    r"(?:atau|dibanding\w*|dari|jika|bila|\(|$)",
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("400 orang mengungsi di 33 titik pengungsian"; "43.358 orang mengungsi di 229 titik
# lokasi pengungsian", m.tribunnews.com 2017/11/30): set aside, the people read (D20)
FIGURES["rewrites"] += lodging_aside(
    ["di", "ke", "pada", "dalam"],
    [r"titik (?:lokasi )?(?:pengungsian|pengungsi)", r"(?:lokasi|tempat|pos|posko) pengungsian",
     r"posko(?! \w*(?:kesehatan|bantuan|utama))", r"tenda(?: pengungsian| darurat| pengungsi)?",
     r"kamp(?: pengungsian| pengungsi)?", r"shelter", r"hunian sementara"],
    ["sekitar", "lebih dari", "hampir", "sedikitnya", "setidaknya", "kurang lebih"],
)

# (35rc, D235.1) a count of hospitals the counted are taken to, treated in or spread among ("32
# korban luka dilarikan ke lima rumah sakit", "dirawat di 4 rumah sakit"): set aside beside the
# people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    ["dilarikan", "dibawa", "dirujuk", "dirawat", "dievakuasi", "diangkut", "dikirim",
     "disebar", "tersebar", "ditangani", "dipindahkan", "menjalani perawatan", "mendapat perawatan",
     "mendapatkan perawatan", "dilarikan segera", "diboyong"],
    ["ke", "di", "pada"],
    [r"(?:rumah sakit|rs|puskesmas|klinik|fasilitas kesehatan|faskes|fasilitas layanan kesehatan)"],
    ["sekitar", "lebih dari", "hampir", "sedikitnya", "setidaknya", "kurang lebih"],
    r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa",
)

# (35rd, D236.4) after a count, the same count of an earlier period told with "dibanding(kan)"
# and "sebanyak" ("292 orang, dibanding sampai dengan H2 tahun 2016 sebanyak 294 orang, turun
# sebanyak 2 orang", round 100; "354 jiwa, turun sebesar 3,54 persen dibanding angka korban
# meninggal dunia pada awal 2019 lalu sebanyak 367 jiwa", jateng.tribunnews.com 2020/02/21):
# the compared value is dropped (D111), up to ten words between, the count read
FIGURES["rewrites"].append((
    r"(\d[\d.,]* (?:orang|jiwa|korban|kasus|kejadian|pemudik)\b[^\d;]{0,20}?"
    r"(?:(?:turun|naik|meningkat|menurun) (?:sebesar |sebanyak )?\d[\d.,]* ?(?:persen|%))?),?"
    r" dibanding(?:kan)?(?: dengan)?(?: (?!sebanyak\b)\S+){1,10}? sebanyak \d[\d.,]*"
    r" (?:orang|jiwa|korban|kasus|kejadian|pemudik)\b",
    r"\1"))
