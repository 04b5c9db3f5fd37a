"""Japanese (``ja``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, MAGNITUDE, NUMBER_SIGN, decimal_before
from analysis.lang._forms import leading_minus, leading_plus

# fmt: off

SCRIPTS = ("kana", "han",)

MONTHS = [
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
]

WEEKDAYS = [
    ["月曜日", "月曜"],
    ["火曜日", "火曜"],
    ["水曜日", "水曜"],
    ["木曜日", "木曜"],
    ["金曜日", "金曜"],
    ["土曜日", "土曜"],
    ["日曜日", "日曜"],
]

_NEIGHBOURS = [
    *zip("12345678", "23456789", strict=True),
    *zip("一二三四五六七八", "二三四五六七八九", strict=True),
]
"""(lexicon 17, session 6) Neighbouring numerals ("2、3人", "五、六人"): a range (D41)."""

# a Han numeral or kana "one" counting people after "のうち" (one of them: D45.6), but not a word
# it starts ("一人暮らし", living alone; "一人親方"; "一人っ子"; "一人当たり", per person)
_HAN_ONE_OF = r"(?:[一二三四五六七八九十]+[人名]|ひとり)(?!暮らし|ぐらし|親方|っ子|当たり|あたり)"

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "死者", "死亡", "負傷者?", "けが人", "重傷", "軽傷", "行方不明者?", "重体",
    ],
    "casualties": [
        "犠牲者", "被害者", "患者", "感染者",
    ],
    "numbers": {
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "〇": 0,
        "零": 0, "両": 2,
    },
    "small": {"十": 10, "百": 100, "千": 1000},
    "scales": {"万": 10_000, "億": 100_000_000, "兆": 1_000_000_000_000},
    # (17ck, D68.1) 幾 as 何: "幾千" (thousands), "幾千幾万" (the closed class: 数, 何, 幾)
    "vague_prefix": ["数", "何", "幾"],
    # (17df, D87) 両方 (both): two, when the phrase holds no other quantity (二人とも, 両名 read
    # 2 as numbers already); not 両者, 両国, 両軍 (the two parties or sides: no count of people)
    "both": ["両方"],
    # 数 before a counter of houses, vehicles, places (D39): "家が数軒" = several (2-9)
    "several": [
        "数人", "何人か", "若干", "複数", "数名", "数軒", "数棟", "数戸", "数世帯", "数か所",
        "数カ所", "数ヶ所", "数箇所",
        # (17np) 数 before the counters of animals, cases, vehicles, ships, aircraft, bodies and
        # firms ("子ぶたが数頭死んでいた", several piglets): several, 2-9 (rule 7, D39, D55.6)
        "数頭", "数匹", "数羽", "数件", "数台", "数隻", "数機", "数体", "数社", "数店",
    ],
    "approx": [
        "約", "およそ", "推定", "概ね", "おおよそ", "ざっと", "~", "大体", "約推定",
        # (27ru, D196.1) "推計" (estimated) before the count, as "推定" ("推計5500人"); "推計で",
        # "推計では" read already
        "推計",
        # (lexicon 17, session 6) "凡そ", "おおむね", "だいたい" (roughly)
        "凡そ", "おおむね", "だいたい",
        # (17nk) "推計で98万人" (by estimate, 980,000): estimated, approx as en "an estimated"
        # (rule 2, D50)
        "推計で", "推計では",
        # (17gwb) "大よそ" (roughly, mixed spelling of およそ), "概算" (by rough count)
        "大よそ", "概算",
    ],
    "at_least": ["少なくとも", "最低", "最低でも", "少なくても", "突破"],
    # 零 marks an empty place inside a numeral ("三百零八" = 308)
    "and": ["零", "〇"],
    "at_most": [
        # (33rb, D225.4) "最多" alone is "the most" (a record: "外国人労働者が最多230万2587人", as
        # "最多の67人" and ko "최다"); "at most" is "最多で" (D51.3), 最大, 多くて
        "最大", "最多で", "多くて", "最大で",
        # (lexicon 17, session 6) "せいぜい" (at most), "多くとも" / "多くても"
        "せいぜい", "多くとも", "多くても",
    ],
    "nearly": ["ほぼ", "近", "ほとんど"],
    "post_approx": ["ほど", "程度", "前後", "ぐらい", "くらい", "規模", "ばかり", "内外", "程"],
    "post_at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "をわずかに上回る", "をわずかに上回っ", "を若干上回る", "を若干上回っ",
        "以上", "超", "超える", "を超える", "を上回る", "上回る", "強", "超え", "突破", "+",
        "越える", "を越える", "越え", "を越え", "越えた",
        # (lexicon 17, session 6) the past "上回った", "超した"
        "上回っ", "超し",
    ],
    "post_at_most": [
        "以下", "未満", "まで",
        # (lexicon 17, session 6) "に満たない" (short of, fewer than), "を下回る" (below)
        "に満たない", "満たない", "に満たず", "を下回る", "下回る", "下回っ",
        # (lexicon 17, session 6) "超えない" / "上回らない" (not exceeding): not "超え"
        "超えない", "を超えない", "超えず", "上回らない", "を上回らない", "超えていない",
    ],
    "post_nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "をやや下回る", "をやや下回っ", "を少し下回る", "を少し下回っ",
        "をわずかに下回る", "をわずかに下回っ", "を若干下回る", "を若干下回っ",
        "をやや下回", "を少し下回", "をわずかに下回", "を若干下回",
        "近く", "近い", "弱", "に迫る", "迫る",
        # (lexicon 17, session 6) "100人足らず" (just under 100)
        "足らず",
    ],
    "weak_at_least": ["余り", "余", "あまり", "有余"],
    # (17gwb) "他に300人が負傷" (another 300 injured besides): 他に / ほかに before the count
    "additional": [
        "追加", "さらに", "新たに", "更に", "増派", "追加で", "他の", "ほかの", "他に", "ほかに",
    ],
    # "4千人増えた" (increased by 4,000); "4千人に増えた" (to 4,000) is the new total
    # (17gwb) "前年比300人増", "300人増加" (up 300 on the year): 増 / 増加 after the count, as
    # 増えた; "300人に増加" (to 300) is rewritten to に達した below
    "additional_post": ["増えた", "増加した", "増えて", "増加し", "増加", "増"],
    # "teens" (rule 7): 十数人 = 11-19 people
    "teens": ["十数"],
    "including": ["うち"],
    # written after what they include ("約600人を含む4700人余り")
    "including_post": ["含む", "含め", "を含む", "を含め", "含めて", "を含めて"],
    # (20fb, D93.1) "made up of", written after the parts (D23; figures only)
    "made_of_post": ["からなる", "から成る", "で構成される", "で構成された"],
    "total": [
        "合計", "計", "総勢", "全体", "累計", "総", "合わせて", "あわせて",
        # (lexicon 17, session 6) "延べ" (cumulative), "全部で" (in all)
        "延べ", "のべ", "全部で",
    ],
    "range_sep": [
        "~", "から", "ないし", "-", "∼", "〜", "～", "－", "–",
        # (lexicon 17, session 6) "2人または3人" (or), "あるいは", "もしくは"; not the kanji "乃至":
        # its 至 would make Chinese "至少" (at least) look Japanese without a hint (D15)
        "または", "あるいは", "もしくは", "或いは",
    ],  # (16s: "18－22歳")
    "percent": ["%", "パーセント"],
    "fraction": ["倍", "半数", "分の", "半分", "大半", "過半", "割"],
    "rate": [
        # (17cs) per mille written out ("13.4パーミル"), as "‰" (rule 13, D49.6)
        "パーミル",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        "1日あたり", "一日あたり", "毎日", "日あたり", "あたり", "毎週", "毎月", "それぞれ", "ずつ",
        "当たり",
        "毎年",
    ],
    "units": ["大隊", "旅団", "連隊", "師団", "中隊", "軍団", "小隊", "部隊"],
    # (17gwb) "無数の" (countless): no magnitude
    "uncountable": ["多数", "大勢", "多くの", "大量", "無数"],
    "year_post": ["年", "月", "日", "年度", "時", "分"],
    # "4泊5日" (four nights, five days) is a stay's length (D7, D43.4)
    # "2分間" (for two minutes), "30秒間": durations (D7, D45.3)
    # (17ta) beside another quantity, a number these words name is no count (D56): a prize
    # class or rank ("1等当せん者は43本", "1位"), a class, a type ("2型糖尿病"), the Nth time
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    "compared_post": [
        # (17ct, D76.4, D66.1) "前年の950人に対し" (against)
        "に対し", "に対して",
        "に比べ", "に比べて", "と比べ", "と比べて", "と比較して", "に比べると",
    ],
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "海抜", "マイナス",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "キロボルト", "キロワット", "メガワット", "ボルト",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "階", "号室", "番線", "系統", "病棟", "号線", "号", "位以内",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "ミリ", "ミリメートル",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "度",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "km", "メートル", "キロ", "週目",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "フィート", "マイル",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "平方メートル", "平方キロ", "平方キロメートル", "立方メートル", "ヘクタール",
        "等", "位", "班", "型", "期生", "回目",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "人乗り",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "中",
    ],
    "time_units": [
        # (17cs) a size of a building ("20階建て"): a measure, no count; dropped as durations
        # are (D32, D49.9)
        "階建て", "階建",
        "時間", "日間", "週間", "か月", "ヶ月", "カ月", "ヵ月", "年間", "泊", "分間", "秒間",
        # (17nj) an ordinal ("世界で10番目", the tenth) is no count; dropped as a duration is
        # (D7, D49)
        "番目",
        # (17gwb) weeks "3週" (without 間), seconds "3秒", nights "3晩", days and nights "3昼夜",
        # centuries "2世紀", quarters "3四半期": a duration, no count (D7, D40)
        "週", "秒", "晩", "昼夜", "世紀", "四半期",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "2人ではなく12人", "2人じゃなくて12人"; "2人だけでなく3人も" (an addition)
    "contrast": {
        "not_post": [
            "ではなく", "でなく", "ではなくて", "でなくて", "じゃなく", "じゃなくて", "ではない",
        ],
        "also": [
            "だけでなく", "だけではなく", "ばかりでなく", "ばかりではなく", "のみならず",
            "のみでなく", "だけじゃなく", "だけじゃなくて",
        ],
    },
    # an aircraft or weapon designation ("B29約300機", "B-29爆撃機325機") is no count (D32)
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "増加", "減少", "増えた", "減った", "上昇", "低下",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped with its 未満 / 以上 ("15歳未満の子ども284人"); alone it stays
    "age_limits": [
        AGE + r"歳(?:未満|以上|以下|超)",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["歳"],
    "rewrites": [
        # (22rd, D114) "1日39人" (39 a day): "1日" glued to a number, not after a month or
        # another digit (a date, "7月1日", "11日"), is a rate, as "1日あたり" (rule 13, D40); not
        # "1日に" ("on the 1st" as often as "a day"), nor before a clock time ("1日20時から", the
        # 1st at 20:00)
        (r"(?<![\d月〇一二三四五六七八九十])(1日|一日)(?=\d+(?![\d時分日月年秒]))", r"\1あたり"),
        # (19ms, D90) a name in 「」 that ends in a year (「ローツェ・シャール2003」隊) names a
        # thing, as a quoted name's number does (D38)
        (r"(「[^」\d]{1,30}?) ?(?:19|20)\d\d(?=」)", r"\1"),
        # (17cz, D82) a point before three digits and a unit is a decimal point (_designations)
        decimal_before([
            "キログラム", "キロ", "グラム", "トン", "リットル", "メートル", "平方キロ",
        ]),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        MAGNITUDE,
        # (18) 両 after a numeral is the counter of vehicles ("戦車50両", "約50両"), not the
        # numeral two that it is before a noun ("両名", "両国"): the other spelling of the counter
        ("([0-9〇一二三四五六七八九十百千万])両(?![方国軍者名])", "\\1輌"),
        # (17cs, D75) an earthquake's magnitude ("マグニチュード7.8の地震", "震度6強"): a measure,
        # no count
        (r"(?:マグニチュード|震度|カテゴリー|カテゴリ) ?[0-9](?:[.・][0-9])?(?:強|弱)?", ""),
        # (17cn, D70) a place told by its distance from another ("約30キロ離れた")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<![\d.,])\d[\d.,]*+(?: \d{3})*(?:キロメートル|キロ|km|メートル|マイル)(?=(?:ほど|"
            r"余り|あまり)?(?:離"
            r"れ|はなれ|の地点|の距離|の沖|沖|先の|先に))",
            r"",
        ),
        # (17cg) "新たに報告されたHIV感染者は1,056" (the newly reported infections were
        # 1,056): "new" in the clause that names the counted, before its topic and
        # the count, names what is counted, and the count is the total, as "new
        # cases rose to 300" (D51.8, D65.4); "新たに14人" (14 more) right before the
        # count stays additional
        (
            r"^((?:[^\d]|\d{4}年)*?)新たに"
            r"(?=[^\d、。]{0,20}?(?:された|れた|した)[^\d、。]{0,20}?[はが][^\d、。]{0,8}\d)",
            r"\1",
        ),
        # (33rb, D225.5) the 読点 closes a clause as a comma does: after a "more" word, a total
        # word after it opens the count's own clause ("新たに判明した県内27人、県外28人の計55人",
        # "さらに5人が見つかり、合わせて55人となった"), the total (D84.3, which reads ","); written
        # "," there only, not between digits ("2、3人")
        (
            r"^([^。]*?(?:新たに|さらに|更に|追加)[^。]*?)(?<!\d)、"
            r"(?=[^、。]{0,15}?(?:合計|(?<![推統設会時余])計|総勢|累計|合わせて|あわせて|全部で)"
            r"(?:で|は)?(?:約|およそ)?\d)",
            r"\1,",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "他の情報筋によると600人が死亡した"
        (r"(?:その他の|他の|ほかの)(?=情報筋|情報源|報道|推計|専門家|関係者|メディア)", ""),
        # (17cd) a year in Han digits with 〇 ("二〇二〇年") is a year, as "2020年" (D7, D59.6)
        (
            r"(?<![一二三四五六七八九十百千万〇零0-9])[一二][〇零○0九][〇零○0一二三四五六七八九]{2}(?=年)",
            "HANDIGITS",
        ),
        # (17cd) an era year in brackets beside the western year ("2016(平成28)年",
        # "平成28年(2016)") is the same year written twice (D7, D59.6)
        (r"((?:19|20)\d\d)\s?\(\s?(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?\)\s?(?=年)",
         r"\1"),
        (r"((?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)年(?:度)?)\s?\(\s?(?:19|20)\d\d\s?"
         r"(?:年(?:度)?)?\s?\)", r"\1"),
        # (17cd) "10代~70代" (from the teens to the seventies): a range of age decades, no "about"
        (r"(\d{1,2}代)\s?[~〜～]\s?(?=\d{1,2}代)", r"\1から"),
        # (17cd) a maker's model glued to its name ("ボーイング737") is a designation (D59.3)
        (r"(ボーイング|エアバス) ?-? ?[a-z]{0,3}-?\d+(?:-\d+)?", r"\1"),
        # (17cb) "一人も…ない" (not even one: "一人も死亡していない") reports none: no count (D36,
        # D60.3); "1人が死亡" stays one
        (r"(?:(?:一|1|１)(?:人|名|件|頭|羽|匹|つ|台|棟)|ひとり|ひとつ)も(?=[^、。]*?(?:ない|なかった|"
         r"なし|おらず|せず|ず|ません))", "も"),
        # (17nh) 大規模 / 小規模 (large-scale) is a word: its 規模 is no "about" after the number
        # ("13万8000戸余りで大規模な停電" = at least 138,000; D2, D14, D48.6)
        (r"(大|小|中|超大|最大)規模", r"\1型"),
        # (17nh) "other" in a later clause after a comma ("約30人が乗っていたが、ほかの乗客に
        # けがはなかった") is no more of the count (D39.12, D48.6)
        (r"(が|けど|ものの|、)\s*、?\s*(?:ほかの|他の|その他の)(?=[^\d]*$)", r"\1"),
        # (17nh) a clock time written "8:00" after AM / PM / 午前 / 午後 ("AM8:00現在") or before
        # 現在, 時点, ごろ, から, まで is no count (D28, D48.1)
        (r"(am|pm|午前|午後) ?(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?![\d:])", r"\1"),
        (
            r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:現在|時点|ごろ|頃|から|まで|すぎ|過ぎ))",
            "",
        ),
        # (lexicon 17, session 6) two neighbouring numerals with a comma ("2、3人", "五、六人": two
        # or three) are a range (rule 6, D41), not a list ("1、2、3"); "二、三十人" (twenty or
        # thirty) shares its magnitude (D4). One pattern each, one group per pair (the groups not
        # matched are empty in the replacement), so that the rewrites' gate stays cheap.
        (
            r"(?<![\d、,.一二三四五六七八九十])(?:" + "|".join(
                f"({a})、(?={b}(?![\\d、,十百千]))" for a, b in _NEIGHBOURS
            ) + ")",
            "".join(f"\\{k}" for k in range(1, len(_NEIGHBOURS) + 1)) + "~",
        ),
        (
            r"(?<![\d、,.一二三四五六七八九十])(?:" + "|".join(
                f"({a})、(?={b}([十百千]))" for a, b in _NEIGHBOURS[8:]
            ) + ")",
            "".join(f"\\{k}" for k in range(1, 17)) + "~",
        ),
        # (33rb, D225.7) a digit and its neighbour written with the zeros of their magnitude once,
        # on the second ("2、30人", twenty or thirty, as "二、三十人"; "4、500万人", as zh
        # "4、500萬人"): a range of that magnitude, each end with the zeros ("20~30人")
        *(
            (rf"(?<![\d.,、]){n}、(?={n + 1}(0+)(?![\d.,、])"
             r"(?:万|億|千|百|人|名|件|棟|軒|隻|機|台|頭|匹|羽|戸|世帯|か所|カ所|ヵ所|ヶ所|箇所))",
             rf"{n}\g<1>~")
            for n in range(1, 9)
        ),
        # (lexicon 17, session 6) "ふたり" (two people) written in kana is "2人"
        ("ふたり", "2人"),
        # (33rb, D225.3) the size of a rise in the clause that names the new total right after it
        # ("前年を約9万8500人上回る約98万9000人", 98,500 more than the year before, about 989,000;
        # "昨年より3万5千人多い552万人", "5人増えた22人"): the amount dropped, the total read, as
        # D111 reads a count beside its compared value and 17cc "5件増えて22件"; before "N人多い" is
        # read as "N more" below. Only the amount told with no particle ("1万人を上回る" is a
        # threshold, at least) and a number right after the verb. (33) A fall too ("前年より11人
        # 少ない48人", "下回る", "減った"), as ko and zh read it: round 11's label of it (unparsed,
        # from before D111) is changed to 48 (D225.8)
        (
            r"(?:約|およそ)?\d[\d,.万千百]*(?:人|名|件|棟|戸|頭|匹|台|羽|個|社|校|軒)(?:程|ほど)?"
            r"(?:多い|多かった|上回る|上回った|増えた|増加した|少ない|少なかった|下回る|下回った|"
            r"減った|減少した)(?=(?:約|およそ)?\d)",
            " ",
        ),
        # "前年より2700人程多く" (2,700 more than a year before): "N more" is additional (rule
        # 12, D38); written from 多 with a look-behind for the count
        (
            r"多(?=く|い|かった)(?:(?<=\d多)|(?<=\d[人名件棟戸]多)|(?<=\d[人名件棟戸][程ほ]多)|"
            r"(?<=\dほど多)|(?<=\d程多)|(?<=\d[人名件]ほど多))",
            "追加",
        ),
        # (17nl) "85万人分の血液" (blood for 850,000 people): 人分 after a count is "worth for N
        # people", no fraction 分の (D18, D51.7); before the share rewrite below, which writes
        # "12人のうち" as "12人分の"
        (r"(?<=[\d万千百十])人分", "人"),
        # (17np) "10数件" (ten-odd cases) is 十数, a "teens" word written with digits: 11-19
        # (rule 7, D55.6)
        (r"(?<![\d.,])10数(?=[人名件頭台匹羽棟戸軒かカ所])", "十数"),
        # (17np) "月に300万" (300 a month): 月に after no number is "a month", a rate (rule 13,
        # D19, D55.3); "3月に" (in March), "今月に", "数か月に" stay dates and durations
        (
            r"(?<![\d〇一二三四五六七八九十百千万数ヶかカケヵ箇個今先来來毎前同翌当當正年歳])"
            r"(?<!\d )月に",
            "毎月",
        ),
        # (17np) "発生頻度は年数件程度" (a few cases a year): 年 after no number and right before
        # 数 and a counter is "a year", a rate (rule 13, D55.3), no "several" count
        (
            r"(?<![\d〇一二三四五六七八九十百千万今昨去毎前同翌当當来來例通])"
            r"年(?=数[件人名頭台回匹])",
            "毎年",
        ),
        # 割 is a tenth (D18) only as a noun: the verb 割る (to break, "割れたガラス", broken
        # glass; "割った") is none (D39)
        (r"割(?=[れらりるっ])", "わ"),
        # "111の活火山のうち50" (50 of 111): a share, no count (rule 13, D37); "26人、このうち2人"
        # after a comma stays a breakdown (D23). The pattern starts at its own characters (the
        # look-behinds check the number before): one starting at a digit is tried everywhere.
        # "3人のうちの2人" (two of the three) writes the share with a second の (D37, D40)
        # "13人のうちの一人" (one of the 13) with a Han numeral or "ひとり" too (D45.6); not a word
        # that starts with it ("5人のうち一人暮らしの3人": living alone; "一人当たり", per
        # person; review 17rv)
        (r"の(?<=のうちの)(?=(?:約|およそ)?(?:\d|" + _HAN_ONE_OF + r"))", ""),
        (
            r"のうち(?:(?<=\dのうち)|"
            r"(?<=\d[^\d\s、。,]のうち)|"
            r"(?<=\d[^\d\s、。,]{2}のうち)|(?<=\d[^\d\s、。,]{3}のうち)|"
            r"(?<=\d[^\d\s、。,]{4}のうち))"
            # (28ru, D203) after a comma too, a few words between at most ("33人のうち、男女15人")
            r"(?:、(?=[^\d\s、。,]{0,5}(?:約|およそ)?\d))?"
            r"(?=(?:約|およそ)?(?:\d|" + _HAN_ONE_OF + r")|"
            r"(?<=、)[^\d\s、。,]{0,5}(?:約|およそ)?\d)",
            "分の",
        ),
        # (17nl) an era year ("令和6（2024）年", "平成30年度") is a date, no count (D7, D51.4)
        (r"(?:令和|平成|昭和)\s?(?:元|\d{1,2})\s?(?:\(\s?(?:19|20)\d\d\s?\))?\s?年(?:度)?", " 年 "),
        # a change "from A to B" gives the new total B (D35); (17nl) also "B人へと減少" (D51.1)
        (
            r"\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}から"
            # (17cl) the new count's year between ("1204件から2022年には3318件に増えた", D69)
            r"(?:(?:19|20)\d\d年度?(?:には|に|は|の)?、?)?"
            r"(?=\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}"
            r"(?:に|へと|へ)(?:増|減|急増|急減|上|下|拡大|膨))",
            "",
        ),
        # (17nl) "約662万人であったが、2015年度には約488万人へと減少" (was A, but fell to B in a
        # later year): the count before "であったが / だったが" is the old count of the change
        # told after it in the sentence (D35, D51.1)
        (
            r"(?:約|およそ)?\d[\d,.]*(?:万|千)?\d*[^\s\d、。]{0,2}(?:であったが|だったが|でしたが"
            r")、"
            r"(?=[^。]*?\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}(?:に|へと|へ)"
            r"(?:増|減|急増|急減|上|下|拡大|膨))",
            "、",
        ),
        (r"(?<![A-Za-z0-9])[A-Za-z]{1,3}-?\d+", " "),
        # ages ("10歳未満は4人": under-tens, four; D7) and a fall before the new total ("1人減って
        # 2人となりました": down one to two)
        # an age range writes the unit once ("計6人(21~90歳)", D37): the unit is written at both
        # ends first (a pattern starting at the tilde, not at every digit)
        (r"[~〜～](?<=\d[~〜～])(?=\d+歳)", "歳 "),
        # an age group's range ("60~90代の男女5人", in their sixties to nineties) likewise (D40)
        (r"[~〜～](?<=\d[~〜～])(?=\d+代)", "代 "),
        (r"\d+歳(?:未満|以上|以下|超)?", " "),
        # an average ("年間平均1,300件": 1,300 a year on average) is a rate; rewritten rather than
        # listed so that its characters do not count as Japanese when no language is given
        (r"年間?平均", "毎年"),
        # (17gwb) "1日平均300人" (300 a day on average), "平均約300人": an average before the
        # count is a per-unit figure (rule 13, D40), as zh 平均, ko 평균; rewritten, as above
        (r"(?:(?:1|一)?日)?平均(?=(?:約|およそ)?\d)", "あたり"),
        # (17gwb) "2,3人" (two or three people): Japanese writes no decimal comma, so a comma
        # between two neighbouring digits before a counter is the 読点 of "2、3人" (D42)
        (r"(?<![\d.,])([1-8]),(?=[2-9][人名件棟軒隻機台])"
         r"(?:(?<=1,)(?=2)|(?<=2,)(?=3)|(?<=3,)(?=4)|(?<=4,)(?=5)|(?<=5,)(?=6)|(?<=6,)(?=7)|"
         r"(?<=7,)(?=8)|(?<=8,)(?=9))", r"\1~"),
        # (34rd, D230.7) only before the new total ("1人減って2人"): the size of a fall alone
        # ("前年同期と比べて1252人減っている") is read as D164 says, a total
        (r"\d+(?:人|名)減って(?=[^。]*\d)", " "),
        # (17cc) the change's amount first, the new total after it ("前年より5件増えて22件",
        # "前年比5件増の22件", "3人減少し12人"): the amount dropped, the new total (D35, D61.3)
        (
            r"(?:約|およそ)?\d[\d,.]*(?:万|千)?\d*[^\s\d、。]{0,2}(?:増えて|減って|増加して|減少"
            r"して|"
            r"増加し|減少し|増加の|減少の|増の|減の|増え|減り)、?(?=(?:約|およそ)?\d)",
            " ",
        ),
        # "4千人に増えた" (rose to 4,000) is the new total (D29), as "に達した"; (17gwb) also with
        # へ (to) and まで (up to: "300人まで増えた", rose to 300, as ko "299명까지 늘어났다", D31)
        (r"(?:に|へ|まで)(?:増えた|増加した|増えて|増加し|増加|増)", "に達した"),
        # "300メートルから400メートル": the unit written at both ends of a range (rule 6)
        (r"(\d+)(メートル|キロ|センチ|ミリ)から(\d+)\2", r"\1から\3\2"),
        # (16o) and of things ("300万発から500万発", "1万個から2万個")
        (r"(\d[\d,.]*(?:万|千)?\d*)(発|個|門|基)から(\d[\d,.]*(?:万|千)?\d*)\2", r"\1から\3\2"),
        # a number's name or age, no count (D7, D32): "台風10号" (Typhoon No. 10), "70代の女性"
        # (a woman in her seventies); a range of days or months ("4~16日")
        (r"\d+(?:号|代)", " "),
        # an address ("橘通東4丁目", "3番地") names a place, no count (D32, D45.4); an emergency
        # number names the service ("119番通報", "110番"; D43.3)
        (r"\d+(?:丁目|番地)", " "),
        # (17nf) "ことし7件目" (the seventh this year): 目 after a counter is an ordinal, no count
        # (D7, D46)
        # (21ra, D95.3) and after the counters of people, places, vehicles, schools, houses and
        # companies ("3人目の死者", the third death; "43か所目のカーブ", the 43rd bend), and the
        # first of a list of them ("1、2人目")
        (r"(?<![\d.,])(?:\d+[、・,]\s?)?\d+(?:件|回|度|例|人|か所|カ所|ヵ所|ヶ所|ケ所|箇所|台|校|軒|社|棟)目",
         " "),
        (r"(?<![\d.,])(?:110|119|118)(?=番|通報)", " "),
        # "一人親方" (a sole master builder), "一人っ子" (an only child): words, no count (D45.7)
        (r"一人(?=親方|っ子)", ""),
        # a count of teams beside a count of people ("救助隊13チーム251人"): the people, by the
        # person counters 人 / 名 (D20, D45.5); not places ("383か所で2万2373人" stays two counts,
        # the label of figures_fresh)
        (
            r"(?<![\d,.])\d[\d,.]*(?=(?:チーム|隊|班)"
            r"(?:で|の|に|、)?(?:約|計|およそ)?\d[\d,.]*(?:万|千)?\d*余?[人名])",
            " ",
        ),
        (r"\d+[~〜～-]\d+(?:日|月)", " "),
    ],
    "stop": [
        # (17np) nouns ending in 分 before の ("殺処分の対象", the culling's targets; "自分の",
        # one's own): no fraction 分の (D18, D55.5); "3分の1" and "十分の一" stay fractions
        "処分の", "自分の", "部分の", "身分の", "気分の", "成分の", "区分の", "配分の", "処分",
        # (17nl) "最多の67人" (the most numerous, 67), "過去最多の1535件" (a record 1,535): a
        # superlative before the count describes it, no "at most" (最多で stays at most; D51.3)
        "最多の", "過去最多", "最多と", "最少の",
        # (17gwb) "概算要求" (a budget request) is a word: no "roughly" 概算
        "概算要求",
        # "新たに発表" (newly announced): not "新たに" (additional) of the count
        "新たに発表", "と新たに発表",
        # (17nj) "いちばん多くて" (the most numerous): 多くて there is no "at most" (D1, D49)
        "いちばん多くて", "一番多くて", "最も多くて", "いちばん多く", "一番多く", "最も多く",
        "人", "名", "兵士", "北朝鮮", "北朝鮮兵", "派遣", "戦死", "負傷", "発", "の", "が", "を",
        "は", "約", "以上", "超",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["冬"],
        "spring": ["春"],
        "summer": ["夏"],
        "autumn": ["秋"],
    },
    "words": {
        "ymark": ["年"],
        "mmark": ["月"],
        "dmark": ["日"],
        "units:day": ["日間"],
        "unit:week": ["週"],
        "weekend": ["週末"],
        "rel:last weekend": ["先週末"],
        "rel:this weekend": ["今週末"],
        "units:week": ["週間"],
        "unit:month": ["か月", "カ月", "ヶ月", "ケ月", "箇月", "ヵ月"],
        "units:month": ["か月間", "カ月間", "ヶ月間", "ケ月間"],
        "units:year": ["年間"],
        "unit:hour": ["時間"],
        "quarterw": ["四半期"],
        "halfw": ["半期"],
        "ord:1 halfw": ["上半期", "上期"],
        "ord:2 halfw": ["下半期", "下期"],
        "rel:last unit:week": ["先週"],
        "rel:this unit:week": ["今週"],
        "rel:next unit:week": ["来週"],
        "rel:last unit:month": ["先月"],
        "rel:this unit:month": ["今月"],
        "rel:next unit:month": ["来月"],
        "rel:last unit:year": ["昨年", "去年", "前年"],
        "rel:this unit:year": ["今年", "本年", "年内"],
        "x": ["午前", "午後", "現地時間"],
        "rel:next unit:year": ["来年"],
        "rel:past": ["過去", "ここ"],
        "part:end unit:year": ["年末"],
        "part:begin unit:year": ["年初", "年始", "年明け", "年頭"],
        "part:end unit:month": ["月末"],
        "part:begin unit:month": ["月初", "月初め"],
        "part:early": ["上旬", "初旬"],
        "part:mid": ["中旬", "半ば"],
        "part:late": ["下旬"],
        "part:begin": ["初め", "はじめ"],
        "part:end": ["末", "終わり"],
        "day:0": ["今日", "本日"],
        "day:-1": ["昨日"],
        "day:-2": ["一昨日", "おととい"],
        "day:1": ["明日"],
        "now": ["現在", "現時点", "今", "これまで", "既に", "すでに", "今まで", "これまでに"],
        "before": ["先ごろ", "先日", "以前", "最近", "このほど"],
        "future": ["近く", "今後", "間もなく", "まもなく", "近日"],
        "within": ["以内", "内に"],
        "since": ["から", "以来", "以降"],
        "until": ["まで", "までに"],
        "between": ["の間"],
        "ago": ["前"],
        "few units:day": ["数日"],
        "few units:week": ["数週間", "数週"],
        "few units:month": ["数か月", "数カ月", "数ヶ月"],
        "few units:year": ["数年"],
        "season:summer rel:this": ["今夏"],
        "season:summer rel:last": ["昨夏"],
        "season:winter rel:this": ["今冬"],
        "season:winter rel:last": ["昨冬"],
        "season:spring rel:this": ["今春"],
        "season:spring rel:last": ["昨春"],
        "season:autumn rel:this": ["今秋"],
        "season:autumn rel:last": ["昨秋"],
    },
}

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["ミサイル", "ロケット", "砲弾", "兵器", "武器", "ドローン", "自走砲",
        "榴弾砲",  # (16px)
    ],
    # (19nm) 文法で読む報道機関 (articles/outlets.py): "英紙タイムズ", "英デイリー・スター紙",
    # "…紙によると"
    "outlet_grammar": {
        "before": ["(?:英|米|韓|独|仏|豪|日|韓国|英国|米国|ウクライナ)(?:紙|誌|メディア)の?"],
        "after": ["紙", "誌"],
        "adjectives": [],
        "verbs": [],
        "verbs_after": [],
        "skip": ["露", "ロシア", "北朝鮮", "朝鮮"],
    },
    # 国と機関からなる名前 (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": [], "name": ["ウクライナ"]},
            "KR": {"adj": [], "name": ["韓国", "ソウル"]},
            "US": {"adj": [], "name": ["米国", "米", "アメリカ"]},
            "GB": {"adj": [], "name": ["英国", "英", "イギリス"]},
            "RU": {"adj": [], "name": ["ロシア"]},
            "WEST": {"adj": [], "name": ["西側(?:諸国)?", "欧米(?:諸国)?"]},
        },
        # (16ck) the one-character forms that join countries ("日米韓の当局", "米韓両国の情報
        # 機関"): several governments jointly (not after a digit or a kanji: "29日米国防総省"
        # is the 29th and the Pentagon)
        "short": {"KR": "韓", "US": "米", "JP": "日", "GB": "英", "UA": "宇"},
        "short_join": {"before": "(?<![0-9０-９\\u4e00-\\u9fff])", "between": "[・·]?",
                       "after": "(?:両国|3カ国|３カ国|三カ国|3国|３国)?の?"},
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["大統領"],
            # (16db) a country's media reporting
            # ("ウクライナメディアによると", "韓国メディアが報じた"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["メディア", "報道機関", "マスコミ"],
            "government": ["当局者", "当局", "政府(?:高官|関係者|消息筋|筋)?", "高官", "外交筋",
                           "議会",
                           # (16ck) the source nouns of a side: "米国の消息筋", "韓国政府消息筋"
                           "消息筋", "当局筋", "側の?(?:消息筋|関係者|当局者)",
                           # (16ch) its foreign ministry and minister ("ウクライナ外務省")
                           "外務省", "外相", "外務大臣",
                           # the presidential office (16o: "韓国大統領府", "ウクライナ大統領府")
                           "大統領(?:府|室)"],
            "intelligence": ["情報機関", "情報当局", "諜報機関", "情報筋"],
            "military_intelligence": ["軍情報機関", "国防情報(?:局|本部)?"],
            "defence": ["国防省", "国防相", "国防総省", "国防部", "国防当局"],
            "military": ["軍(?:関係者|当局|高官|消息筋)", "軍"],
            "security": ["保安庁", "連邦保安庁"],
        },
        "templates": ["{name}の?{body}"],
    },
    # (kana and Han phrases match inside words: keep them specific)
    "metrics": {
        # (16cd) the active verbs, killing or wounding them ("数百人を殺害または負傷させた")
        "killed_or_wounded": ["殺害(?:または|もしくは|あるいは|や|・)負傷", "殺傷",
                              # (16ef) dead or out of action ("tot oder kampfunfähig")
                              "死亡(?:または|もしくは|や|・)戦闘不能",
                              "死傷", "死傷者", "損失", "犠牲者",
                              # "約4千人が死亡または負傷し" (16s): killed or wounded, either word
                              "(?:死亡|戦死)(?:または|あるいは|もしくは|か|や|・|、)負傷",
                              # (29ar) the same in the other order ("北朝鮮兵数百人が負傷または
                              # 死亡した")
                              "負傷(?:または|あるいは|もしくは|か|や|・|、)(?:死亡|戦死)",
                              "負傷したり(?:死亡|戦死)",
                              "(?:死亡|戦死)したり負傷", "死んだり(?:けが|ケガ|負傷)"],
        "killed": ["死亡", "戦死", "死者", "殺害", "命を落と", "死んだ",
                   # (16v) "9人の痛ましい犠牲はあったが", "2000人が犠牲になった": the lives
                   # given; not the sacrifice paid or praised ("大きな犠牲を払った", "犠牲的精神",
                   # 16rv)
                   "犠牲(?:[はが](?:あっ|出)|に(?:なっ|なり)|と(?:なっ|なり))"],
        # (16o) in hospital ("約220人の北朝鮮兵が病院に入院", as ko "입원")
        # (30ac) "けが" not inside "だけが" (only: "2人のうち1人だけが帰順の意思を示していた"),
        # "わけが", "かけがえ", "抜けがら", "けがれ"
        "wounded": ["負傷", "ケガ", "(?<![だわかぬ])けが(?![られ])", "負傷者", "入院"],
        "captured": ["捕虜", "拘束", "捕らえ", "生け捕り", "捕縛",
                     # (18) "北朝鮮兵2人の捕獲", "捕獲した" (as the died list's "捕獲された")
                     "捕獲", "拿捕"],
        "died_in_captivity": [
            # captured …, then died (no number between)
            "捕虜[^。\\d]{0,30}死亡",
            "捕虜になった兵士は", "捕虜となった後に死亡", "その後、死亡", "拘束後に死亡",
            # (16kj) the captive, counted, died ("捕虜となった北朝鮮兵1人が負傷の悪化で死亡"), as ko
            "(?:捕虜(?:とな|にな)った|拘束された|捕らえられた|捕獲された|捕まった)[^。\\d]{0,15}"
            "\\d{1,2}人(?:が|は|も)"
            "[^。\\d]{0,25}(?:死亡|死ん)",
        ],
        "deployed": ["派遣", "派兵", "増派", "配置", "配備", "投入", "送った", "送り込", "駐留",
                     "展開",
                     # (16kj) moved to Russia or the front ("ロシアに移動した北朝鮮兵は約3000人"),
                     # as ko "러시아로 이동한"
                     "(?:ロシア|クルスク|前線|戦場)(?:へ|に)(?:移動|移送|集結)(?:した|された|する|中の)(?!。)",
                     # (29aa) carried there by sea or air, in any form ("特殊部隊員1500人をロシア
                     # のウラジオストクに1次移送", ko "러시아로 수송했다"): the place in Russia or
                     # at the front, a wave's ordinal between
                     "(?:ロシア|クルスク|ウラジオストク|前線|戦場)(?:の[^。、\\d]{1,8})?(?:へ|に)"
                     "(?:\\d次|第\\d陣)?(?:輸送|移送)"],
        "treated_in_north_korea": ["治療", "療養", "リハビリ", "保養"],
        "hosted_children": ["キャンプ", "野営", "招待", "受け入れ",
                            # (16pq) a holiday there ("北朝鮮で休暇を過ごした", "夏休みを過ごす"),
                            # as en "vacationing"
                            "休暇", "夏休み", "バカンス", "夏を過ごし"],
        # (not "軍事建設作業員", military builders: ARTICLES["engineers"], 16s)
        # (16kj) people sent to a factory ("ドローン工場に若い女性1万人余りを派遣"), as ko "공장에"
        # (16cd) people who work there ("数千人の北朝鮮人がロシアで…働いている")
        "workers_sent": ["労働者", "(?<!建設)作業員", "工場に", "働いて"],
        "materiel_sent": ["砲弾", "ミサイル", "コンテナ", "弾薬", "自走砲", "ロケット砲",
                          # launchers and guns (16j): "多連装ロケットシステム約20基", "放射砲"
                          "多連装ロケット", "ロケットシステム", "放射砲", "榴弾砲", "長射程砲",
                          # (16o) "長距離砲約200門", "火砲", "迫撃砲", as ko "장거리포"
                          "長距離砲", "火砲", "迫撃砲",
                          # (16mw) field guns, rockets ("ロケット弾300発"), tanks ("戦車50両"),
                          # armoured vehicles, air defence, small arms (not drones:
                          # "シャヘド136", as ko)
                          "野砲", "大砲", "ロケット", "戦車", "装甲車", "防空システム", "対空砲",
                          "小銃", "ライフル", "機関銃"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["兵士", "北朝鮮兵", "北朝鮮軍", "将兵", "兵力"],
    # (25at) "兵" alone, not the last character of a word of sending ("派兵から4カ月",
    # "増兵", "撤兵", "出兵"): no soldier named there
    # (30ac) not the 人 of "人道" (humanitarian: "人道的待遇", no people counted)
    "troops": ["兵士", "(?<![派増撤出])兵(?![力士])", "軍", "人(?!道)", "部隊員", "将兵", "兵力",
               "工兵"],
    # (16cd) not the camp named by its children ("子どもキャンプ"); pupils are children
    "children": ["子ども(?!キャンプ)", "子供(?!キャンプ)", "児童", "孤児", "小中学生", "小学生",
                 "中学生", "生徒",
                 "未成年(?:者)?"],  # (16kl) minors are children, as en "minors"
    "russian_wounded": ["負傷したロシア兵", "負傷兵", "ロシア兵負傷者"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["北朝鮮(?:軍|兵)(?:の)?負傷(?:兵|者)",
                    "負傷した北朝鮮(?:軍|兵)(?:兵士|の兵士)?"],
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": ["予定", "計画", "方針", "見通し", "派遣へ", "派遣する", "送る", "準備",
                # "派遣する見込み", "派遣することにした", "派遣することを決定", "配備される
                # 可能性" (16s)
                "見込み", "ことにし", "ことを決(?:定|め)", "(?:され|す)る可能性",
                # (16gh) an agreement to send is a sending to come ("6000人の派遣で合意した")
                "(?:派遣|派兵)(?:すること)?で合意",
        "(?:派遣|派兵)を約束",  # (16px)
    ],
    # (35c) a wave without a number told as a conjecture ("さらに兵力需要が高まるだろう"),
    # a possibility ("追加派兵の可能性") or not yet seen ("まだ確認されていない"): no figure;
    # read only beside an unnumbered wave (articles/reinforcements.py)
    "wave_unseen": ["だろう", "でしょう", "可能性", "まだ確認"],
    "additional": ["追加", "さらに", "新たに", "第3陣", "第2陣", "増派",
                   # (16pr) reinforcements (as ko "증원")
                   "増援"],
    # 北韓: the word of KBS World and other Korean outlets
    "north_korea": ["北朝鮮", "北韓", "朝鮮人民軍", "金正恩", "平壌",
                    "朝鮮民主主義人民共和国",  # (23at) the official name
                    # (29aa) "北" alone, as translated Korean reporting writes it ("北が8日から",
                    # "北の軍の動向"; ko "北(?!京)"): not inside a word (東北, 南北) nor "北の方"
                    "(?<![一-龥々])北(?=が|は|も|と|の(?![方大]))"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side ("キーウの4人が死亡",
        # "ウクライナの市民14人")
        # (30ar) "の" only before its people or their number, not a thing of the city ("首都キーウの
        # 拘留施設で尋問": North Korean captives held there)
        "(?:キーウ|キエフ|ハルキウ|ハリコフ|オデーサ|オデッサ|ドニプロ|ザポリージャ|リビウ)"
        "(?:で|の(?=[\\d数一二三四五六七八九十]|市民|住民|民間人))(?:市民|住民|民間人)?",
        "ウクライナ(?:の)?(?:市民|住民|人)",
        "ロシア兵と北朝鮮兵",  # mixed units are not ours
        # (16s, as ko "러시아 및 북한군 병력"): "ロシア軍と北朝鮮軍", "ロシア・北朝鮮兵"
        "ロシア(?:軍|兵)?(?:と|および|及び|・)北朝鮮(?:軍|兵)",
        "ロシア兵", "ウクライナ兵", "ロシア軍兵士", "ウクライナ軍兵士", "民間人",
        # (16kj) Russia's Chechen units ("チェチェン共和国の特殊部隊「アフマト」…アフマトの兵士8人が
        # 死亡"), as ko (a side named right before the number is its side: reader.side_of)
        "アフマト", "チェチェン",
        # (16ab) another country's soldiers, as ru/uk 16ru ("米兵9人を殺害": the Pueblo's crew)
        "米兵", "米軍兵士", "米軍人", "米国人兵士", "日本兵",
        # Russia's own losses ("ロシアは74万5700人の損失を出している")
        "ロシア(?:軍)?は[^。、]{0,15}損失", "ロシア(?:軍)?の損失",
        "イスラエル(?:軍|兵|人)",  # (16px)
        "パレスチナ(?:人)?",  # (16px)
    ],
    "attribution_next": [  # 直前の数字が誰のものかを述べる文
        "このように", "こう(?:明らかに|述べ|説明|発表)",
        "これは.{0,20}(?:分析|推計|推定|見方|発表)",
        "この数字", "この数",
        # (16k) "…「多国間制裁監視チーム(MSMT)」の報告書で明らかになった", "…の調査で分かった":
        # the report that made the figures before known; "こうした内容", "この内容"
        "(?:報告書?|調査|分析|資料|発表)(?:で|によって|により)(?:明らかにな|分か|わか|判明)",
        "(?:こうした|このような|こういった|これらの|この)(?:内容|事実|情報)",
        # "…国政監査で先のように報告したと、…議員が記者たちに明らかにした" (as above)
        "(?:先|上記|前記|以上)のように",
        # "国家情報院が13日、国会で明らかにした。": a source closing the passage, no object
        "[がは]、?[^。をと「」]{0,30}(?:明らかに|発表|公表|報告)し(?:た|ました)(?:。|$)",
        # "…が国会に報告した内容だ", "…の分析によるものだ": what the source said
        "(?:明らかにした|発表した|報告した|分析した|説明した)(?:もの|内容)(?:だ|です|である)",
        "によるもの(?:だ|です|である)",
        # "米国の北朝鮮専門メディア、38ノースが17日に報じた。" (16s): a report closing the passage
        "[がは]、?[^。をと「」]{0,30}(?:報じ|伝え)(?:た|ました)(?:。|$)",
        "(?:推計|推定|試算|集計|把握|確認|報告|分析)した"
        "(?:もの|内容|数字|結果)(?:だ|です|である)",  # (16sw)
        "(?:報じ|伝え)た(?:もの|内容)(?:だ|です|である)",  # (16sw)
    ],
    # the explicit source of a clause ("Xによると"): a broader name there keeps its clause
    # when a more specific one is named in another (claimants.resolve; 16z)
    # a sentence opening with these turns to a new topic (meanwhile): it and the ones after it
    # take no source of the report before (16z)
    "new_topic": ["一方、", "一方で、",
        "ちなみに、",  # (16px)
    ],
    # (16y) a source's Latin short name in brackets after its full name ("米国防総省傘下の国防情報
    # 局(DIA)", "미 국방부 산하 국방정보국(DIA)"): the short name alone later is that source
    "short_names": "[(（]([a-z]{2,6})[)）]",
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # ("NHKの取材に対し", to NHK's questions; not "NHKの取材によると", by NHK's own reporting)
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) 議員や報道機関が伝える情報の出所: この語の直前に書かれた機関 ("after": "ウクライナ
    # 国防省の高官から得た情報", "国家情報院から報告を受けた") がその出所 (articles/relayed.py)
    "relayed_from": {
        "before": [],
        "after": ["(?:の\\S{1,8}?)?(?:から|より)(?:得た|入手した|提供された|受けた|"
                  "報告を受けた|説明を受けた|伝えられた|聞いた)"],
    },
    "others": [
        "など(?=[はがのに])",
        "等(?=[はがのに])",
        "(?:と|や)(?:その)?(?:他の|ほかの)?(?:西側)?(?:諸国|同盟国)",
    ],
    "interviewer": {"before": [],
                    "after": ["とのインタビュー", "のインタビュー", "の取材に(?!よ)"]},
    "according": ["によると", "によれば", "によりますと",
                  # "国防省の推計では", "同院の調べでは" (16s)
                  "の(?:調べ|推計|推定|集計|分析|見積もり|資料|発表|報告書?)では",
        "の(?:見立て|試算|評価|見解|話|まとめ|報道)では",  # (16sw)
    ],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["以前", "先に", "これまで", "従来", "前回"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["が、", "けれども、", "ものの、"],
    # (16kj: not what a source said compared ("米国が発表した数の2倍"), as ko "발표한 내용보다")
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "探知し", "察知し", "捕捉し",
        "によると", "によれば", "明らかに",
                    "発表(?!した(?:内容|数字?|推定値?|推計)(?:より|の\\d))",
                    "推計", "推定", "分析",
                    "報告", "述べ", "語っ", "伝え", "見方", "主張", "とし", "示し",
                    "とみてい", "という",  # "…計画があるという": hearsay, the source before
                    # (16s) every speech verb and statement noun outlets write: reported ("報じた",
                    # "同通信いわく…とのこと"), confirmed, accused, explained, revealed, and the
                    # party speaking ("ウクライナ側は"), a statement's noun with its author
                    # (active forms: "指摘されている" is nobody's)
                    "報じ", "いわく", "とのこと", "によりますと", "確認し", "非難し", "批判し",
                    "指摘し", "説明し", "(?:との|という)説明", "推算し", "見積もっ", "集計し",
                    "公表し", "明かし", "強調し", "試算し", "話し", "証言し", "側は",
                    # (16y) judged, saw as, wrote (a report's findings: "…輸出の可能性も大きいと
                    # 判断した", "…とみている", "報告書に…と記した"; active only, as ko)
                    "と判断し", "とみてい", "とみた", "と記し", "と結論づけ",
                    # (22ar) the speaker after its quotation, as topic right before the verb
                    # ("…ロシアに送ったと、韓国はみている": not "…を試みている")
                    "(?<=は)(?:みてい|見てい)(?=る|ます)",
                    "の(?:調べ|資料|報告書?|見立て)では",
                    # the topic of a sentence that ends saying so: "韓国は、北朝鮮が…
                    # 追加派兵を行なったと発表した" (16s; a country named alone speaks right
                    # before this word)
                    "は、?(?=[^。「」]{0,150}と(?:(?:発表|明らかに|述べ|説明|主張|報告)し(?:た|ました)"
                    # (33ar) or ends on the verb's noun, as news writes it ("ウクライナは前日、
                    # …負傷兵2人を捕虜にしたと発表。")
                    "|(?:発表|説明|主張|報告|指摘|強調|公表)"
                    # (18) or estimating it: "韓国は、北朝鮮兵約3000人が死亡したと推定している",
                    # "…とみている" (active only, as 16y's judged, saw as)
                    "|(?:推定|推計|分析|判断|試算|集計)し(?:た|ました|ている|ています)|みてい(?:る|ます))。)",
                    # (16cd) sharing information is saying it ("…計画だとの情報を共有した")
                    "情報を共有(?:した|し、|している)",
        "推測し",  # (16sw)
        "予測し",  # (16sw)
        "回答し",  # (16sw)
        "答え",  # (16sw)
        "明言し",  # (16sw)
        "と認め",  # (16sw)
        "と訴え",  # (16sw)
        "警告し",  # (16sw)
        "と書い",  # (16sw)
        "投稿し",  # (16sw)
        "記述し",  # (16sw)
        "と報道",  # (16sw)
        "把握し",  # (16sw)
        "発言し",  # (16sw)
        "言及し",  # (16sw)
        "公開し",  # (16sw)
        "算出し",  # (16sw)
        "と語る",  # (16sw)
        "と話す",  # (16sw)
        "と評価し",  # (16sw)
        "の(?:見立て|試算|評価|見解|話|まとめ|報道)では",  # (16sw)
    ],
    "intelligence": ["情報"],
    "clause": ["し、", "ており、", "ていて、", "でいて、", "んでおり、"],
    "relay": ["議員"],
    # estimates nobody makes (no claimant carried from before)
    "impersonal": ["とされ", "と伝えられ", "といわれ", "と言われ",
                   # (16kj) a passive estimate ("…と推定され、…と分析される"; not "推定されると
                   # 明らかにした", a source saying so), as ko "추정되며"
                   "と(?:推定|推計|分析|推算)され(?:る|ている|た|、)(?!と)",
                   # (16kj) the journalist comparing the figure before with another ("当初派遣された
                   # 1万1000人の半数を超える規模だ"), as ko "절반이 넘는 규모다"
                   "(?:半数|半分|\\d+倍|\\d分の\\d)[^。\\d]{0,10}(?:規模|水準|数|量|数字)"
                   "(?:だ|である|です|に当たる|に相当する)",
                   "ことが[^。、]{0,12}明らかにな",
        "と報じられ",  # (16sw)
        "と見込まれ",  # (16sw)
        "と推測され",  # (16sw)
        "とも(?:言|い)われ",  # (16sw)
    ],  # "…したことが10月に明らかになって"
    # an earlier estimate the article recalls in the figure's own clause: nobody's, not the source
    # of another clause ("…と発表し、数日前に7000~8000人と推定されていた数から", as ko, 16z)
    "earlier_estimate": ["(?:推定|推計|見積も)(?:され|ら)ていた", "とされていた"],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "収容でき", "収容可能", "収容能力", "収容する規模",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:輸送|搭載)(?:でき|可能)",
        "乗せ(?:ることが)?でき",
        "運べる",
        "病床",  # (16px)
    ],
    "excluded": [
        # (16ce) 脱走兵: 話の数字ではない
        # (17ch) not desertion prevented ("脱走を防ぐため", "脱走防止")
        "脱走(?!を(?:防|阻止|食い止め|抑止|抑え)|防止)", "脱営",
        # (16cd) a shortage counted, not people sent ("5000人の労働者が不足", "5000人不足"; not
        # "労働力不足を補うため、労働者5000人を派遣した")
        "\\d[千万百十]*人(?:ほど|程度|近く|以上|余り)?(?:の[^、。\\d]{1,8}?)?(?:が)?不足",
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "捕まりそう", "捕虜になる前に自決", "捕虜になる前に自爆", "捕虜になるのを避け",
        # (not "死傷者と行方不明者": the missing counted with the casualties)
        "(?<!死傷者と)(?<!死傷者や)(?<!死傷者・)(?<!死傷者及び)行方不明", "帰還", "帰国", "送還",
        # what Russia sent back ("見返りとして…コンテナ約9000個")
        "見返りとして", "ロシアから北朝鮮",
        # a capacity, not people there ("最大で4万1000人が収容可能", 16s)
        "収容(?:可能|でき|する能力)",
        # (16k) the other direction said with the giver first ("ロシアが北朝鮮に送ったコンテナ")
        "ロシア(?:側)?(?:が|は)北朝鮮(?:側)?に(?:送|提供|供与|渡)",
        # one of a group told before, then the other ("1人は北朝鮮に帰りたい意向を示し、もう1人は
        # …", 16k): no count of their own
        "(?<![\\d万千百十])(?:1|一|ひと)人は(?=[^。]{0,80}もう(?:1|一|ひと)人[はも])",
        "もう(?:1|一|ひと)人[はも]",
        # "そのうち1人は" (one of them, told of): a part of the group before
        "(?:その|この)?うち(?:の)?(?:1|一|ひと)人は",
        # (16o) a year before the war dates the clause ("2017年当時、ロシアに派遣された北朝鮮
        # 労働者は3万人と推定された"): history, not the story (not "2017年以降", since then), as ko
        # (a few words may stand before "since": "1950年の朝鮮戦争以来初めて…派兵")
        "(?<!\\d)(?:19\\d\\d|20[01]\\d|202[01])年(?![^、。]{0,15}(?:以降|以来|から|まで|比|より|"
        "比べ|ぶり|初めて))",
        # (16o) an age in brackets after a name ("リ氏（27）とペク氏（22）"), and the people a
        # reporter met ("インタビューに応じた6人の労働者"): no count, as ko
        "(?<=[（(])\\d{1,2}(?=[）)])", "インタビューに応じた", "取材に応じた", "が話を聞いた",
        "が会った",
        "保有",  # (16px)
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "逃亡", "指名手配",
    ],
    # a lead telling what became known: the source opens the next sentence (16j)
    "source_follows": ["ことが分か(?:りました|った)", "ことがわか(?:りました|った)", "ことが判明",
                       # "…などが確認された。" then "MSMTは…発表した報告書で" (16n)
                       "が明らかにな(?:りました|った)", "が確認され(?:ました|た)"],
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["このうち", "その内訳"],
    "anaphora": ["この数字", "その数"],  # "this figure": the metric of the figure before
    # 文をまたぐ出所 (articles/carry.py): 前に名指した出所を指し直す語(と指しうる出所の種類)、
    # 報告を続ける形、それを終える語
    "carry": {
        # (16cs) carrying a source further (articles/carry.py; docs/articles.md "Carrying a
        # source further (16cs)"): "closes_later" opens a later sentence that says whose the
        # report before it is and is read with "closes"; "closes_later_within" may stand
        # anywhere in it (read with "closes_within"); "documents": the report, announcement,
        # statement, material, data or assessment of a source named before (read with
        # "anaphors", kind as there); "links": a linking adverb opening a sentence (a paragraph)
        # that goes on with the report before (read with "adds")
        "closes_later": [],
        "closes_later_within": [
            "(?:以上|これら)は\\S{1,30}?(?:が|の)(?:発表|明らかに|報告)",
        ],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "保有",
            "擁する",
            "擁し",
            "抱える",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "具体的には、?",
            "また、?",
            "さらに、?",
            "加えて、?",
            "このほか、?",
        ],
        "documents": {
            "(?:発表|資料|声明|分析)によると": "published",
            "同紙(?:によると|によれば|は)": "outlet",
        },
        "anaphors": {
            # (19nm) 名を繰り返さない報道機関 (同紙 は 16l 以来)
            "同(?:誌|通信|メディア)(?:によると|によれば|は)": "outlet",
            # (16an) 同・その＋機関、同報道官、同国防省
            "(?:同|その|当該)(?:情報)?機関(?:は|が|の|によると|によれば)": "agency",
            "同(?:国防省|国防部)": "ministry",
            "(?:同|その)報道官": "institution",
            "同院": "agency", "同局": "agency", "同庁": "agency", "情報当局": "agency",
            "同省": "ministry", "同部": "ministry", "同総省": "ministry",
            # (22as) the minister named again by his title: the ministry, when the last
            # source named is one (articles/carry.py)
            "同相(?:は|が|によると|によれば)": "minister",
            "同議員": "lawmaker",
            # (16k) a Korean official named in full once, then by surname and title ("申源湜
            # 国防相は … 申国防相は"): the ministry or agency named before (a one-kanji surname)
            "(?<![一-龥])[一-龥](?:国防相|長官|大臣)(?:は|が|によると|によれば)": "ministry",
            "(?<![一-龥])[一-龥]院長(?:は|が|によると|によれば)": "agency",
            "当局は": "institution",
            # (16kj) the official named before ("韓国軍の関係者は … 同関係者は"), as ko
            # "이 관계자는"
            "(?:同|この|当該)(?:関係者|当局者)(?:は|が|も|によると|によれば)": "institution",
            # the report of the institution named before (16n)
            "報告書によると": "institution", "同報告書": "institution", "報告書は": "institution",
        },
        # (16kj) a report the article names an author for ("多国間制裁監視チーム(MSMT)が報告書
        # を通じて…明らかにした"): its findings after (carry._the_report, as en/de/fr/es/ru/uk),
        # as ko
        "report": ["報告書", "リポート", "レポート"],
        # a sentence opening with these, ending with a reporting verb, goes on with the source
        "goes_on_start": ["さらに、?", "また、", "加えて、?", "このほか、?"],
        # (16o) the figure before converted ("…全て152ミリ砲弾だと仮定した場合、約600万発分に
        # 相当する規模だ", "換算すると"): its source's, also across a line break, as ko "가정할 때"
        "goes_on": ["(?:だ|である)?と仮定(?:した場合|すると|すれば|したとき|した際)",
                    "(?:に)?換算(?:すると|すれば|した場合)"],
        # a sentence naming nobody that ends in a reporting form ("…と説明しています。",
        # "…ということです。"): it goes on with the source of the sentence before
        "reports_end": ["と(?:し|説明し|分析し|推計し|推算し|指摘し|述べ|話し|伝え|明らかにし|"
                        "付け加え|強調し)(?:た|ました|ている|ています|てい(?:まし)?た)",
                        "ということ(?:だ|です)", "とのことだ"],
        "reports": ["推算した", "推計した", "明らかにした", "述べた", "説明した", "とした",
                    "指摘した", "分析した", "報告した", "強調した", "付け加えた", "という",
                    "示した"],
        # (16cf) a sentence closing the report ("これは…が明らかにした", "…が記者団に明らかにした"):
        # names the source of the figures before it (articles/carry.py, closing)
        "closes_within": ["これは\\S{1,30}?が(?:明らかにした|発表した|伝えた)",
                          "(?:報道陣|記者団|共同通信)に明らかにした"],
        "ends": ["以前", "先に", "昨年",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "わけだ", "ことになる", "計算になる",
                 # a new topic (meanwhile, 16z; not "一方的": unilateral)
                 "一方、", "一方で、",
            "ちなみに、",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["これらの", "この", "その"],
        "other": ["他の", "別の", "追加の"],
    },
    # sappers, deminers and military builders (16j): a later wave, an additional deployment;
    # written before the number ("建設部隊約5000人", "工兵約1000人")
    # (16kj) a construction unit, its soldiers counted after it ("「第2215建設旅団」に所属する兵士
    # 約1000人"), as ko "건설여단 소속 병사"
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    "rebuilding": [
        "復興", "再建", "復旧", "地雷(?:除去|処理)", "建設(?:作業|工事)",
    ],
    # (31fm) a word of purpose closing the work of ``rebuilding`` right before the number
    # ("クルスク州の地雷除去のために1000人"): the later wave, as ko "위해"
    "purpose_before": ["ために", "のための"],
    "engineers": [
        # (16gh) builders who belong to the army ("軍所属の建設労働者5000人") are troops
        "軍(?:に)?所属(?:の|する)建設(?:労働者|作業員)",
                  "工兵", "建設部隊", "建設兵", "軍事建設", "地雷除去(?:要員|部隊|兵)",
                  # (16pr) 軍 for 軍事 ("計5人の軍建設部隊"), as ko "군 건설"
                  "軍建設",
                  "建設(?:旅団|連隊|大隊|部隊)」?(?:に所属する|所属の|の)?(?:兵士|兵|隊員|将兵)?"],
    # deployment words that say troops were sent (a number in their clause is no loss)
    "sent": ["派遣", "派兵", "配置", "配備", "投入", "駐留"],
    # (16kj) ammunition Russia uses or still holds ("ロシアが1日に約1万発の砲弾を消費する",
    # "ロシアにはまだ400万発の砲弾が残っている"): its stock, not what North Korea sent, unless the
    # clause says it was sent (`supplied`), as ru/uk and ko
    "used": [
             # (23ar) consumed, produced or used up, not sent ("1日に砲弾約1万発を消耗している",
             # "700万発以上生産する計画"; "使用した砲弾", the rounds fired)
             "消耗(?:する|して|し、|した)", "生産(?:する|して|し、|した|は|量|能力)", "使用した",
             "消費(?:する|して|し、)", "使用している",
             "(?:砲弾|弾薬|ミサイル|兵器)(?:が|は)?(?:まだ)?残って",
             "保有(?:する|して)", "撃っている", "発射している"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("北朝鮮製ミサイル2発を使用"), North Korean or
        # not, unless its clause says they were sent (`supplied`), as ko and ru/uk
        "発射(?:した|し、|して|され)", "使用(?:した|し、|して|され)",
    ],
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends North
    # Korea ("一方、ロシアも北朝鮮に食料を含む約9000個のコンテナを送った") is no figure of the
    # story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination, with the verb of sending after it ("北朝鮮に…送った";
        # not "北朝鮮による", "北朝鮮に対し", "北朝鮮に帰国"), or the one who receives from Russia
        "recipient": [
            "北朝鮮(?:側)?(?:に|へ)(?!よ|対|関|おけ|おい|とって|い|あ|お|戻|帰|滞|駐|残|送還|到着)"
            "[^。、]{0,60}?(?:送っ|送ら|送り|送る|提供|供与|供給|支援|輸出|移送|運ば|運ん|"
            "引き渡|渡し|渡っ|渡る|派遣|移転|売却|届け)",
            "ロシアから北朝鮮(?:側)?(?:に|へ)",
            "北朝鮮(?:側)?(?:が|は|も)[^。、]{0,40}?ロシア(?:側)?から[^。、]{0,40}?(?:受け取|受けた|"
            "受けて|受けてい|得た|獲得|入手|輸入|調達)",
        ],
        # Russia as the one who sends ("ロシアも…送った"; not "供与された", "提供を受けた"), and
        # what comes from Russia ("ロシアから"; not "ロシアから帰国")
        "sender": [
            "ロシア(?:側)?(?:が|は|も)[^。、]{0,60}?(?:送っ|送り|送る|提供(?!を受|さ)|"
            "供与(?!を受|さ)|供給(?!を受|さ)|支援(?!を受|さ)|輸出|移送|運ん|引き渡|渡し|派遣|"
            "移転|売却|届け)",
            "ロシア(?:側)?から(?!帰|戻|撤|の撤)",
        ],
        # the story's own direction ("ロシアに", "北朝鮮が…送った", "北朝鮮から", "北朝鮮製"), and
        # Russia receiving ("ロシアは…受け取った", "供与された")
        "forward": [
            "ロシア(?:側)?(?:に|へ)(?!よ|対|関|おけ|おい|とって|い|あ|お|は)",
            "(?:クルスク|前線|戦線)(?:州)?(?:に|へ)",
            "北朝鮮(?:側)?(?:が|は|も)[^。、]{0,60}?(?:送っ|送ら|送り|送る|提供(?!を受|さ)|"
            "供与(?!を受|さ)|供給(?!を受|さ)|支援(?!を受|さ)|輸出|移送|派遣|派兵|引き渡|渡し|"
            "売却|配備|投入)",
            "北朝鮮(?:側)?(?:から|製|産)",
            "ロシア(?:側)?(?:が|は|も)[^。、]{0,60}?(?:受け取|受けた|受けて|得た|入手|輸入|調達|"
            "供与され|提供され|供給され)",
        ],
    },
    "supplied": ["送っ", "送ら", "送り", "提供", "供与", "供給", "支援", "輸出", "移送", "運ば",
                 "引き渡", "船積み"],
    # a partner, not the source ("SBUとの協力で")
    "partner": ["との(?:協力|連携|共同)", "と(?:協力|連携)し",
                # the captor, not the source ("ウクライナ当局に拘束された北朝鮮兵2人", as ko 16s;
                # "ウクライナ軍によって捕らえられた", "ウクライナ軍の捕虜となった")
                "に(?:よって|より)?(?:拘束され|捕らえられ|捕獲され|生け捕りにされ)",
                "の捕虜(?:とな|にな)",
                # (16km) a photo's credit names no source ("ゼレンスキー大統領(ロイター=共同)",
                # "…ウクライナ軍兵士=8月(ロイター=共同)", as ko "사진=KBS")
                "[(（][^()（）=＝\\n]{1,12}[=＝]共同[)）]"],
    # one of the group before ("捕虜のうち1人は"): no capture of its own
    "part_of": ["のうち", "の中の"],
    # the group a loss is counted among, after the number ("1万1千人のうち4千人が死傷")
    # (16cd) "の内" written with its kanji ("約1万1000人の内死傷したのは半数以上"; not
    # "の内容", "の内部")
    "among_after": ["のうち", "の中で", "中(?!国)", "の内(?![容部閣政務外側訳])"],
    "claimants": {
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # Shoigu by his post ("ロシア安全保障会議書記")
        "ロシア(?:の)?(?:連邦)?(?:安全保障会議|安保会議)(?:の)?(?:書記|事務局長)":
            "Russian Security Council (Sergei Shoigu)",
        # Kim Jong Un in katakana, alone or as the reading of his name ("金正恩(キム・ジョンウン)":
        # one name, not two)
        "金正恩[(（]キム・?ジョンウン[)）]|(?<![(（])キム・?ジョンウン":
            "North Korea (state media and leadership)",
        # the US envoys to the UN (the US mission to the UN is the State Department's), and a US
        # representative at a UN meeting ("国連安保理の会合に出席した米国代表"); a US
        # representative elsewhere, its government
        # (a name in katakana between: "米国のウッド国連次席大使")
        "(?:米国|米|アメリカ)(?:の)?[ァ-ヶー・＝=]{1,12}(?:米)?国連(?:次席)?大使(?:代理)?":
            "US State Department",
        "(?:リンダ・)?トーマス[=＝・]?グリーンフィールド": "US State Department",
        "(?:国連|安保理|安全保障理事会)[^。「」]{0,30}?(?:米国|米|アメリカ)(?:の)?代表(?:団)?":
            "US State Department",
        "(?:米国|アメリカ)(?:の|側)?代表(?:団)?(?!チーム|選手)": "US government (unspecified)",
        "李星権": "South Korea National Intelligence Service (NIS)",
        "尹(?:錫悦)?(?:前)?大統領": "South Korea government",
        "マリュク": "Security Service of Ukraine (SBU)",
        "アンドリー・コバレンコ": "Ukraine National Security and Defense Council (NSDC)",
        "(?:アンドリー・)?シビハ": "Ukrainian government (unspecified)",
        "(?:ドミトロ・クレバ|クレバ(?:前)?外相)": "Ukrainian government (unspecified)",
        "(?:アンドリー・)?(?:イ)?エルマーク": "Ukrainian government (unspecified)",
        # the Kremlin's spokesman, as en "Peskov"
        "ペスコフ": "Russian media",
        # (16r) claimant forms: titles, country as speaker (C1)
        "ウクライナ(?:の)?(?:検事総長|検察当局|最高検察庁)": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "イワシチェンコ": "Ukrainian government (unspecified)",
        "イバシチェンコ": "Ukrainian government (unspecified)",
        "ウクライナ(?:の)?対外情報庁": "Ukrainian government (unspecified)",
        "コスティン": "Ukrainian government (unspecified)",
        "米(?:国)?(?:の)?国連(?:次席)?大使": "US State Department",
        "ロバート・ウッド": "US State Department",
        "米(?:国)?(?:側)?の(?:推計|推定)": "US government (unspecified)",
        "北朝鮮(?:側)?の公式(?:発表|集計|データ)": "North Korea (state media and leadership)",
        "(?:韓国|ウクライナ|米国)(?:当局|政府|情報機関)と西側(?:の)?情報機関":
            "Several governments jointly",
        # (16z) a government and the West as one source ("ウクライナ当局や西側諸国の情報機関",
        # "ウクライナや西側諸国によれば"), as en "Ukrainian officials and Western intelligence"
        "(?:韓国|ウクライナ|米国?|アメリカ)(?:の)?(?:政府|当局者?|情報機関|情報当局)?(?:[やと、・]|および|"
        "及び)(?:西側|欧米)(?:諸国)?(?:の)?"
        "(?:政府|当局者?|情報機関|情報当局)": "Several governments jointly",
        "(?:韓国|ウクライナ|米国?|アメリカ)(?:[やと、・]|および|及び)(?:西側|欧米)(?:諸国)?"
        "(?:によ(?:ると|れば)|は|の(?:推計|推定|分析|見方|報告))": "Several governments jointly",
        # (16z) officials of a country by their nouns (en "US officials", "Ukrainian officials",
        # "Western officials", "US military officials")
        "(?:米|アメリカ)(?:国)?(?:政府)?(?:当局者|当局|高官|関係者)": "US government (unspecified)",
        "(?:米|アメリカ)(?:国)?(?:軍|国防)(?:当局者|当局|高官|関係者)": "US Department of Defense",
        "アメリカ政府": "US government (unspecified)",
        # Seoul's government (en "South Korean officials", "Seoul")
        "韓国政府(?:関係者|当局者|高官)?": "South Korea government",
        "ウクライナ(?:の)?(?:政府)?(?:当局者?|高官|政府関係者)":
            "Ukrainian government (unspecified)",
        "(?:西側|欧米)(?:諸国)?(?:の)?(?:情報機関|情報当局|当局者|当局|高官|関係者)":
            "Western intelligence (unnamed)",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "北大西洋条約機構": "NATO",
        "ルッテ": "NATO",
        "ペンタゴン": "US Department of Defense",
        "戦争研究所": "Institute for the Study of War (ISW)",
        "ウクライナ保安局": "Security Service of Ukraine (SBU)",
        "ブダノフ": "Ukraine Defence Intelligence (HUR)",
        "ショイグ": "Russian Security Council (Sergei Shoigu)",
        "シルスキー": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "ゼレンシキー": "Volodymyr Zelensky (President of Ukraine)",
        "聯合ニュース": "News media (own reporting)",
        "英国防情報": "UK Ministry of Defence (Defence Intelligence)",
        "カービー": "White House",
        "国務省": "US State Department",
        "ブリンケン": "US State Department",
        "韓国国防(?:省|部)": "South Korea Ministry of National Defense",
        # (16kj) "国防部" named bare, the Korean ministry's own name in Korean outlets' Japanese
        # ("国防部は16日、報道資料を通じて"), as ko "국방부" (Japan's is 防衛省, the US's 国防総省,
        # Russia's and Ukraine's 国防省)
        "(?<!ロシア)(?<!ウクライナ)(?<!北朝鮮)(?<![米露朝宇台中])国防部(?:は|が|も|によると|によれば)":
            "South Korea Ministry of National Defense",
        # (16o) the DIA under the ministry ("韓国国防部の国防情報本部", as ko "국방부 국방정보본부")
        "(?:韓国)?(?:国防(?:省|部))(?:の|傘下の|所属の|直属の)?国防情報本部":
            "South Korea Defense Intelligence Agency",
        "国防情報本部": "South Korea Defense Intelligence Agency",
        "特殊作戦軍": "Ukraine Special Operations Forces",
        "連邦保安局": "Russian Federal Security Service (FSB)",
        "多国間制裁監視チーム": "Multilateral Sanctions Monitoring Team (MSMT)",
        "国民抵抗センター": "Ukraine National Resistance Center",
        "ウメロフ": "Ukraine Ministry of Defence",
        "グローバル・?ディフェンス・?コーポレーション": "Global Defense Corp",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "ウクライナ軍?(?:の)?参謀本部": "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "韓国の?情報(?:当局|機関)": "South Korea National Intelligence Service (NIS)",
        # (16k) an expert or analyst named as the speaker ("ウクライナの軍事専門家であるスミトソン
        # は", "アナリストの山田氏は"): one person, no government (a new speaker ends a carry);
        # not "専門家パネル", "専門家の見方は" (a name, with "である" or an honorific)
        "(?:専門家|アナリスト|研究員|研究者|分析家|評論家)である(?:[ァ-ヴー・]{2,}|[一-龥]{2,4})"
        "(?:氏|さん)?(?:は|が|によると|によれば)": "Individual witnesses and sources",
        "(?:専門家|アナリスト|研究員|研究者|分析家|評論家)の?(?:[ァ-ヴー・]{2,}|[一-龥]{2,4})"
        "(?:氏|さん)(?:は|が|によると|によれば)": "Individual witnesses and sources",
        # a scholar named with his title ("ランコフ教授は", "慶応大学の礒崎敦仁教授によると")
        "(?:[ァ-ヴー・]{2,}|[一-龥]{2,5})(?:准?教授|主任研究員|上席研究員|研究員)"
        "(?:は|が|によると|によれば)": "Individual witnesses and sources",
        # ── (16nb) more names as outlets write them: the bodies' other spellings, and the
        # heads and spokespeople who speak for them in 2024-2026 (kana and Han cues match
        # inside words: a name that could sit inside another word goes with its title) ──
        "(?:多国間|多国籍)(?:の)?(?:対北朝鮮)?制裁(?:履行)?(?:監視|モニタリング)・?"
        "(?:チーム|団)":
            "Multilateral Sanctions Monitoring Team (MSMT)",
        "(?:対北朝鮮)?制裁監視チーム": "Multilateral Sanctions Monitoring Team (MSMT)",
        "ストルテンベル(?:グ|ク)": "NATO",
        "労働新聞": "North Korea (state media and leadership)",
        "朝鮮中央(?:テレビ|放送)": "North Korea (state media and leadership)",
        "金与正": "North Korea (state media and leadership)",
        "崔善姫": "North Korea (state media and leadership)",
        "北朝鮮(?:の)?(?:国営|官営|官製)(?:メディア|通信|テレビ|放送|報道)":
            "North Korea (state media and leadership)",
        "ウクライナ大統領": "Volodymyr Zelensky (President of Ukraine)",
        "シルシキー": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "ウクライナ軍(?:の)?総司令官":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:ウクライナ(?:の)?)?国家安全保障・?国防会議":
            "Ukraine National Security and Defense Council (NSDC)",
        "偽情報(?:対策|対抗|対応)センター": "Ukraine National Security and Defense Council (NSDC)",
        "コワレンコ": "Ukraine National Security and Defense Council (NSDC)",
        "gur": "Ukraine Defence Intelligence (HUR)",
        "チェルニ(?:ャ|ア)ク": "Ukraine Defence Intelligence (HUR)",
        "ユソフ": "Ukraine Defence Intelligence (HUR)",
        "スキビツキー?": "Ukraine Defence Intelligence (HUR)",
        "ウクライナ(?:の)?(?:国防|軍事)情報(?:局|総局)": "Ukraine Defence Intelligence (HUR)",
        "ウクライナ(?:の)?軍(?:事)?情報(?:機関|当局|部門)": "Ukraine Defence Intelligence (HUR)",
        "ウクライナ(?:軍)?(?:の)?特殊作戦(?:軍|部隊)": "Ukraine Special Operations Forces",
        "キンドラテンコ": "Ukraine Special Operations Forces",
        "マリューク": "Security Service of Ukraine (SBU)",
        "ウクライナ保安庁": "Security Service of Ukraine (SBU)",
        "米?戦争省": "US Department of Defense",
        "(?:米|米国|アメリカ)(?:の)?国防長官": "US Department of Defense",
        "(?:ロイド・)?オースティン": "US Department of Defense",
        "ヘグセス": "US Department of Defense",
        "パット・ライダー": "US Department of Defense",
        "サブリナ・シン": "US Department of Defense",
        "シン(?:副)?報道官": "US Department of Defense",
        "(?:ショーン・)?パーネル": "US Department of Defense",
        "(?:ジェイク・)?サリバン": "White House",
        "(?:キャロライン・)?(?:レビット|リービット)": "White House",
        "マシュー・ミラー": "US State Department",
        "ミラー(?:国務省)?報道官": "US State Department",
        "ルビオ": "US State Department",
        "国務長官": "US State Department",
        "(?:タミー・ブルース|ブルース(?:国務省)?報道官)": "US State Department",
        "(?:駐北朝鮮|北朝鮮駐在)(?:の)?ロシア大使":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "ロシアの?(?:駐北朝鮮|北朝鮮駐在)大使":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "コルマコフ": "Novosibirsk region government",
        "ノボシビルスク州(?:の)?(?:政府|知事|当局)": "Novosibirsk region government",
        "ラシェフスカ": "Regional Center for Human Rights (Kateryna Rashevska)",
        "地域人権センター": "Regional Center for Human Rights (Kateryna Rashevska)",
        "タス通信": "Russian media",
        "リア・?ノーボスチ": "Russian media",
        "合参": "South Korea Joint Chiefs of Staff",
        "李聖俊(?:合同参謀本部|合参)?広報室長": "South Korea Joint Chiefs of Staff",
        "金龍顕": "South Korea Ministry of National Defense",
        "キム・ヨンヒョン": "South Korea Ministry of National Defense",
        "安圭伯": "South Korea Ministry of National Defense",
        "アン・ギュベク": "South Korea Ministry of National Defense",
        "田夏圭": "South Korea Ministry of National Defense",
        "趙太庸": "South Korea National Intelligence Service (NIS)",
        "チョ・テヨン": "South Korea National Intelligence Service (NIS)",
        "李聖権": "South Korea National Intelligence Service (NIS)",
        "イ・ソングォン": "South Korea National Intelligence Service (NIS)",
        "朴善源": "South Korea National Intelligence Service (NIS)",
        "パク・ソンウォン": "South Korea National Intelligence Service (NIS)",
        "尹錫悦": "South Korea government",
        "ユン・ソンニョル": "South Korea government",
        "ユン・ソクヨル": "South Korea government",
        "李在明大統領": "South Korea government",
        "韓国大統領": "South Korea government",
        "(?:英国?|イギリス)(?:の)?国防(?:省|相|情報(?:部|局|参謀部)?)":
            "UK Ministry of Defence (Defence Intelligence)",
        "ジョン・ヒーリー": "UK Ministry of Defence (Defence Intelligence)",
        "グラント・シャップス": "UK Ministry of Defence (Defence Intelligence)",
        "ウクライナ(?:の)?国防相": "Ukraine Ministry of Defence",
        "ウクライナ軍(?:の)?参謀総長": "Ukrainian army units",
        "国家抵抗センター": "Ukraine National Resistance Center",
        "(?:バリレヴィチ|バルヒレヴィチ|バルヒレビッチ)": "Ukrainian army units",
        # (16nb) the big outlets of the language reporting on their own (an outlet that only
        # relays another source yields to it: claimants.MEDIA, carry.relayed_by_outlet)
        "読売新聞": "News media (own reporting)",
        "朝日新聞": "News media (own reporting)",
        "毎日新聞": "News media (own reporting)",
        "日本経済新聞": "News media (own reporting)",
        "産経新聞": "News media (own reporting)",
        "時事通信": "News media (own reporting)",
        # ── end of 16h block ──
        "消息筋": "Unattributed",  # unnamed sources: nobody
        "北朝鮮が公開": "North Korea (state media and leadership)",
        "北朝鮮が発表": "North Korea (state media and leadership)",
        # (16o) what North Korea made public, as a relative clause on the figure's noun ("北朝鮮が
        # 1・2回目の表彰式で公開した戦死者は350人ほど", as ko "북한이 … 공개한 전사자는")
        # or of what it made public ("北朝鮮が最近、350人ほどの戦死者を公開した"), not past
        # another speaker ("北朝鮮が…1万人を派遣したと国家情報院が発表した": the NIS says)
        "北朝鮮(?:が|側が|当局が|メディアが)(?:(?!と|によると|[^。、]が)(?:[^。「」]|、(?=\\d))){0,40}?"
        "(?:公開|発表|公表|公式発表|認め)した": "North Korea (state media and leadership)",
        # (16o) Shin Won-sik as national security adviser (from September 2024), not the
        # defence minister he was: the presidential office ("韓国大統領府の申源湜(シンウォンシク)
        # 国家安保室長", "国家安保室長の申源湜氏"), as ko
        "申源湜(?:[(（][^)）]{0,15}[)）])?(?:氏)?(?:韓国)?(?:大統領(?:府|室)の?)?(?:国家)?安保室長":
            "South Korea government",
        "(?:国家)?安保室長(?:の|である)?申源湜": "South Korea government",
        "(?:韓国の?)?国家安保室(?:長)?": "South Korea government",
        "(?<!ロシア)(?<!北朝鮮)大統領室": "South Korea government",
        "国家情報院": "South Korea National Intelligence Service (NIS)",
        "国情院": "South Korea National Intelligence Service (NIS)",
        "韓国の情報機関": "South Korea National Intelligence Service (NIS)",
        "韓国情報機関": "South Korea National Intelligence Service (NIS)",
        # (a US one is the Pentagon's: "米統合参謀本部", "米合同参謀本部", "米軍統合参謀本部議長")
        "(?:米|米国|アメリカ)(?:の)?軍?(?:統合|合同)参謀本部(?:議長)?":
            "US Department of Defense",
        "(?<!米)(?<!米国)(?<!アメリカ)合同参謀本部": "South Korea Joint Chiefs of Staff",
        "韓国軍": "South Korea military (unspecified)",
        # (16o) the military named bare ("軍関係者によると", Korean outlets' Japanese editions),
        # as ko "군 관계자": Seoul's (not "ロシア軍関係者", "ウクライナの軍関係者")
        "(?<![一-龥ァ-ヴーの])軍(?:の)?(?:関係者|当局者?|高官)":
            "South Korea military (unspecified)",
        # the side speaking, not its captives ("ウクライナ側の捕虜になった": Ukraine's prisoner)
        "ウクライナ側(?:は|が|も|によると|によれば|の(?:発表|推計|推定|分析|見方|集計|主張|情報))":
            "Ukrainian government (unspecified)",
        "ウクライナ政府": "Ukrainian government (unspecified)",
        "ゼレンスキー": "Volodymyr Zelensky (President of Ukraine)",
        "ウクライナ軍情報総局": "Ukraine Defence Intelligence (HUR)",
        "情報総局": "Ukraine Defence Intelligence (HUR)",
        "申源湜": "South Korea Ministry of National Defense",
        "韓国の?(?:[^。、]{0,6}・)?国防相":
            "South Korea Ministry of National Defense",
        "韓国国防省": "South Korea Ministry of National Defense",
        "米国防総省": "US Department of Defense",
        "国防総省": "US Department of Defense",
        "ライダー報道官": "US Department of Defense",
        "米高官": "US government (unspecified)",
        "ホワイトハウス": "White House",
        "英国防省": "UK Ministry of Defence (Defence Intelligence)",
        "英国国防(?:省|部)": "UK Ministry of Defence (Defence Intelligence)",
        "ウクライナの情報では": "Ukrainian government (unspecified)",
        # "韓国、ウクライナ、西側諸国の情報筋": several countries' sources at once
        "(?:韓国|ウクライナ|米国|アメリカ|西側諸国)(?:[、・とや](?:韓国|ウクライナ|米国|アメリカ|"
        "西側諸国))+の(?:情報筋|情報機関|当局者?)": "Several governments jointly",
        # a dateline ("[14日 ロイター]", "【ソウル共同】") says who wrote, not whose the figures are
        "[\\[【][^\\]】]{0,12}(?:ロイター|共同|時事|afp)[\\]】]": "Unattributed",
        # ── 16j: sources written without a name block above ──
        "ウクライナ国防省": "Ukraine Ministry of Defence",
        "ウクライナ国防省(?:の)?情報総局": "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "ウクライナ国防省(?:の|傘下の)?(?:情報(?:総局|局|機関|当局)|諜報機関)":
            "Ukraine Defence Intelligence (HUR)",
        # the sheet reads "Ukrainian intelligence" as the HUR
        "ウクライナ(?:の)?情報(?:機関|当局)(?![(（])": "Ukraine Defence Intelligence (HUR)",
        # the army speaking ("ウクライナ軍によれば", "ウクライナ軍は…明らかにした"); "ウクライナ軍が
        # 越境攻撃": the army acting, no source
        "ウクライナ軍(?:は|によると|によれば)": "Ukrainian government (unspecified)",
        "英国の?情報(?:機関|当局)": "UK Ministry of Defence (Defence Intelligence)",
        "(?:米国|アメリカ)(?:政府)?(?:は|によると|によれば)": "US government (unspecified)",
        "米政府": "US government (unspecified)",
        "(?:ロシア|露)(?:の)?(?:主要|国営)?(?:メディア|報道機関|マスコミ)": "Russian media",
        "朝鮮中央通信": "North Korea (state media and leadership)",
        "金正恩": "North Korea (state media and leadership)",
        "北朝鮮の指導者(?![、,]? ?金)": "North Korea (state media and leadership)",
        "金総書記": "North Korea (state media and leadership)",
        "金委員長": "North Korea (state media and leadership)",
        "マツェゴラ": "Russian ambassador to North Korea (Alexander Matsegora)",
        "ロイター": "News media (own reporting)",
        "共同通信": "News media (own reporting)",
        # (16km) the American papers in katakana ("米紙ウォール・ストリート・ジャーナルは2日、…
        # と報じた"; their Latin names: lang.OUTLETS)
        "ウォール・?ストリート・?ジャーナル": "News media (own reporting)",
        "ニューヨーク・?タイムズ": "News media (own reporting)",
        "ブルームバーグ": "News media (own reporting)",
        "ポリティコ": "News media (own reporting)",
        # (16wp) outlets named after a city or country ("米紙ワシントン・ポストは", "ボイス・オブ・
        # アメリカ(VOA)によると"): the outlet, not the place (Latin names: lang.OUTLETS)
        "ワシントン・?ポスト": "News media (own reporting)",
        # (an unnamed think tank's analysis an outlet relays is nobody's: "ワシントン・ポストは …
        # というアメリカのシンクタンクの分析を伝えた", ja-16y-datazoo; a named one is its own:
        # "米シンクタンク、戦争研究所は")
        "(?:(?:アメリカ|米国?|イギリス|英国?|韓国)の?)?シンクタンクの(?:分析|報告|推計|調査|試算)":
            "Unattributed",
        "(?:キーウ|キエフ)・?(?:ポスト|インディペンデント)": "News media (own reporting)",
        "モスクワ・?タイムズ": "News media (own reporting)",
        "コリア・?(?:ヘラルド|タイムズ)": "News media (own reporting)",
        "ジャパン・?タイムズ": "News media (own reporting)",
        "ソウル新聞": "News media (own reporting)",
        "ボイス・?オブ・?アメリカ": "News media (own reporting)",
        # (the US funds them: "米政府系のラジオ・フリー・アジア(RFA)によると" is the
        # outlet's report)
        "米政府系(?:の|メディア|放送局?)?、?(?:ボイス・?オブ・?アメリカ|ラジオ・?フリー・?アジア|自由アジア放送)":
            "News media (own reporting)",
        "ラジオ・?フリー・?アジア": "News media (own reporting)",
        "自由アジア放送": "News media (own reporting)",
        "ノーバヤ・?ガゼータ": "News media (own reporting)",
        "ウクラインスカ・?プラウダ": "News media (own reporting)",
        # "米国の北朝鮮専門メディア、38ノース" (38 North, 16s): an outlet reporting on its own
        # (16kj) Daily NK, reporting from its own sources in North Korea ("複数のデイリーNK内部
        # 情報筋によると"): an outlet's own reporting, as 38 North and ko "데일리NK 소식통"
        "デイリー ?nk(?:の)?(?:内部)?(?:情報筋|消息筋)?": "News media (own reporting)",
        "デイリー・?エヌケー": "News media (own reporting)",
        "38ノース": "News media (own reporting)",
    },
    # the source named before, not the wire carrying it
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    "they_open": ["彼らは", "彼らが"],
    "pronoun": ["同氏は", "彼は", "同相は", "同相が", "同長官は"],
    "joint": ["と", "や"],
    "determiners": ["北朝鮮兵", "兵士1人", "1人", "2人"],
    "not_figure_after": [
        # (25at) an age told as two neighbouring years ("ロシアの12、3歳の子供たち": twelve or
        # thirteen years old), the unit written once after the second: an age, no count
        "、\\d{1,2}歳",
        # (23ar) countries counted in a compound, no people ("朝ロ2国間のキャンプ", "敵対的な2国家
        # 関係"), and the "2 plus 2" talks of two ministers each ("閣僚協議(2プラス2)")
        "国(?:間|家)", "プラス",
        # (22lb) an anniversary's number ("創建75周年"), and money told with a scale after a vague
        # number ("数十億ドル相当のミサイル"): no count
        "周年", "[万億兆](?:米)?(?:ドル|円|ウォン|ルーブル|元|ユーロ)",
        # (16cl) the closed class of a unit's nouns after its number ("第11軍団", "11軍団",
        # "1234部隊"): a name or units counted, no people
        "(?:工兵|歩兵|砲兵|機械化|特殊|特殊作戦|狙撃)?(?:軍団|師団|旅団|連隊|大隊|中隊|小隊|分隊|部隊)",
        # (16ab) camps counted, no people, as ru/uk "лагерей" ("165のキャンプ"; "165カ所" is read)
        "の(?:\\S{0,6})?(?:キャンプ|収容所)",
        # (16cd) photos and videos counted, no figure ("複数の写真とともに"; "写真3枚":
        # not_figure_before)
        "の(?:写真|映像|画像|動画)",
        "キロ", "km", "㎞", "メートル", "歳", "ドル", "円", "ウォン", "ルーブル", "%", "パーセント",
        "時間", "日", "週", "か月", "カ月", "ヶ月", "分", "トン", "倍", "回", "カ国", "か国",
        # every spelling of the month and place counters (16p: "最大3ヵ月", "約200ヵ所")
        "ヵ月", "ケ月", "箇月", "ヵ国", "ヶ国", "ケ国",
        "ヵ所", "カ所", "か所", "ヶ所", "ケ所", "箇所",
        "隻",  # ships ("コンテナ船4隻", 16k): the carriers, not what they carry
        "度",  # times ("2度にわたり", in two rounds, as ko "2차례", 16k), degrees
        "旅団", "師団", "大隊", "年", "月", "両", "機", "陣",
        # units counted ("3個旅団分の重砲": three brigades' worth), no count of people or things
        "個(?:旅団|師団|大隊|連隊|中隊|軍団)",
        "の分野", "分野", "部門",  # "14の分野": sectors, not people
        "の消息筋", "の関係者", "の情報筋", "消息筋",
        "ミリ", "mm",  # calibres ("170ミリ自走砲")
        # (16pq) the calibre and weight in their one-character and katakana spellings
        # ("170㎜自走砲", "せっけん300グラム"), as ko "㎜"
        "㎜", "ｍｍ", "グラム", "㎏", "㎝",
        "の韓国メディア", "のメディア", "の報道機関",  # "複数の韓国メディア": outlets
        "の[^\\d。、]{0,6}(?:関係者|当局者|消息筋)",  # "複数の韓国軍関係者": officials
        # (16kj) "複数のデイリーNK内部情報筋" (several of an outlet's sources), as ko "소식통"
        "の[^\\d。、]{0,12}(?:情報筋|消息筋|関係筋)",
        "つ",  # "この2つ": things, not people
        "独立",  # a unit's number ("36独立海兵旅団")
        "人(?:規模)?の(?:ロシア|露|ウクライナ)軍",  # "約5万人の露軍": the other side's troops
        "ノース",  # "38ノース" (38 North, 16s): a name, no number
        # (16o) a number of a series ("安保理決議2397号", "1号機"): a designation, as ko "호"
        "号",
        # (16kl) a share in tenths ("北朝鮮兵の3割以上が死傷", 30 %), as "%" and "3分の1"
        "割",
        # (16o) the first of a list of rounds ("1・2回目の表彰式", "1、2次"), as ko "1·2차"
        "[・、,]\\d{1,2}(?:回|次|度|陣|期)",
        # (29aa) an ordinal of rounds or waves ("1次移送", "2次輸送作戦"), no count, as the
        # figure table reads ko "1차 조사"
        "次",
        # (32ar) a phase or stage ("3段階", "第2段階"), no count, as ko "4단계"
        "段階",
        # (32ar) the one of a rate with its noun ("1家族あたり", "1世帯当たり"), as ko "1가구당"
        "[一-龥]{1,3}(?:あたり|当たり)",
        # (16kj) the first of two numbers sharing a time unit ("4、5日間"), as ko "4, 5일간"
        "[・、,]\\s?\\d{1,2}(?:日|時間|週|か月|カ月|ヵ月|ヶ月|年)",
        # (16kj) a number denied ("1000個ではなく2000個", not A but B), as ko "1000개 아니라"
        "(?:個|人|発|門|両)?(?:ではなく|でなく|じゃなく)",
        # (16kj) countries counted ("32の加盟国", "4つのパートナー国"), as ko "32개 회원국"
        "(?:つ)?の(?:加盟国|パートナー国|同盟国|参加国|国)",
        # (16o) a difference ("これより1000人多い"), no count, as ko "1000명 더 많은"
        "人(?:多い|少ない|多く|少なく|上回|下回)",
        # (16o) a rate ("500人ずつ", "コンテナ1個あたり"), no total, as ko "씩", "당"
        "(?:発|人|個|門|基|両)?ずつ", "(?:発|人|個|門|基|両)?(?:あたり|当たり)",
        # (notfig, session 6) お金: 通貨 ("500ユーロ", "500元", "500人民元", "500フリブナ",
        # "500ポンド", "500セント")
        "ユーロ", "人民元", "元(?!兵|軍|将|北|米|韓|幹|職|大|首|従|戦|捕)", "フリブナ",
        "グリブナ", "ポンド", "セント(?!ル)", "usd", "€", "£",
        # (notfig, session 6) 単位: 長さ・重さ・容積・面積 ("500m", "500マイル", "500海里", "500kg",
        # "500t", "500リットル", "500バレル", "500ヘクタール", "500平方キロ")
        "m(?![-\\d])", "cm", "センチ(?:メートル)?", "マイル", "海里", "ノット", "kg", "t(?![-\\d])",
        "キロトン", "リットル", "バレル", "ヘクタール", "平方(?:キロ)?(?:メートル)?",
        # (notfig, session 6) 時間・口径・ポイント・温度・順位・時刻・年齢 ("30秒", "2世紀",
        # "152ミリ口径", "5ポイント", "40℃", "1位", "5番目", "午前5時", "20才")
        "秒", "世紀", "口径", "%?ポイント", "℃", "°", "位(?!置)", "番目", "時(?!点|代|期|間)",
        "才",
        # (16ef) a unit's number, no people ("528工兵連隊", "第528連隊")
        "\\s?(?:工兵|歩兵|砲兵|機械化|特殊)?(?:連隊|旅団|大隊)",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "人?の(?:囚人|受刑者)",
        "ページ",  # (16px)
        "頁",  # (16px)
        "種類",  # (16px)
        "床(?![下上])",  # (16px)
        "対\\d",  # (16px)
        "インチ",  # (16px)
        "メガワット",  # (16px)
        "キロカロリー",  # (16px)
        "カロリー",  # (16px)
        "人の(?:[^\\d、。]{0,6})?名前",  # (16px)
    ],
    # "3分の1": a fraction; (16o) a disease's number ("コロナ19", "COVID-19"): a name, as ko
    # (16nf) 数に付く助数詞が場所・回数・日・国・地域を数えれば話の数ではない ("3カ所", "64回",
    # "1093日目", "32カ国", "5地域", "4隻", "5往復")
    # (16pq) a size told as usual, no count:
    # "1個大隊が一般的に数百人単位を意味する"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["数は", "数が", "規模は", "規模が", "兵力は"]},
    "usual": ["一般的に", "一般に", "通常(?!兵器|戦力|弾)", "普通は", "たいてい",
              # (16ci) the rest of the closed class: how often, how it varies
              "ふつう", "普通", "通例", "大抵", "多くの場合"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): an age or a
    # generation ("20代の兵士", "3代が根絶やし"; "歳" is not_figure_after), a measure of a thing,
    # the people a reporter met or surveyed
    "age": {"after": [r"代(?!表|理|替|わ|金|行|償|物|用|議|謝|案|価|目)", r"(?:歳|才)"]},
    "measure": [r"(?:フィート|インチ|マイル|ヤード|センチ(?:メートル)?|ミリ(?:メートル)?|メートル|"
                r"キロメートル|cm|㎝|mm|㎜|km|㎞|口径)"],
    "interviewed": {
        "before": [r"(?:取材|インタビュー|面会|面談|聞き取り(?:調査)?)(?:を)?し(?:た|ている)"
                   r"[一-龥ァ-ヿー・の]{0,14}",
                   r"(?:話を聞いた|(?:が|の)会った)[一-龥ァ-ヿー・の]{0,14}"],
        "after": [r"人(?:を|に)?対象(?:に|と)(?:した|する|して)",
                  # (not "の": "捕虜2人のインタビュー内容が公開" tells the capture first)
                  r"人(?:を|に|と|へ)(?:対する|対して)?(?:インタビュー|取材|聞き取り|面会|面談|"
                  r"会っ|会い|話を聞)"],
    },
    # (16ci) the people of an earlier figure named again by the number and counter alone, opening
    # a sentence or after a demonstrative, a case particle after it ("2人が送った手紙"; not after
    # "、": "2人が死亡し、2人が負傷した" counts others): analysis.articles.repeats.bare_again
    "told_again_bare": {"before": ["[。「『\\n]", "この", "その", "これらの"],
                        "after": ["[はがにのとをもへ]"]},
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "個人的(?:な)?理由", "私的(?:な)?理由", "商用目的", "観光目的",
        "入国", "教育目的", "「教育」", "留学",
              "ビザ"],  # (16ce) visas issued: border statistics
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["不足", "足りな"],
    # (16ce) none: "ずつ" also tells waves:
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": []},
    "not_counted": [
        "カ所", "か所", "ヵ所", "ヶ所", "ケ所", "箇所", "回", "日目", "カ国", "か国", "ヵ国",
        "ヶ国", "地域", "都市", "拠点", "基地", "施設", "港", "隻", "往復", "航海", "便",
        # (19ct) counters of things that are no people: seats, rows, buildings, floors, tiers,
        # chairs ("12席ずつ9列（108席）", "建物3棟", "5階建て"); not 基, 個, 発, 門, 両
        # (missiles, containers, shells, guns, vehicles)
        "席", "列(?![車島強国])", "棟", "階(?![級層])", "段(?![階])", "脚",
        # (19ct) graves counted ("400基の墓", "300個の墓石"; 基 and 個 otherwise count missiles
        # and containers)
        "(?:基|個)の?(?:墓|墓石|墓碑|墓所|墓標)",
    ],
    "not_figure_before": [
        # (23ar) the second number of the "2 plus 2" talks ("2プラス2"), as not_figure_after
        "プラス",
        # (16pf) sources counted, no figure ("アメリカ当局者2人が", "当局者の1人は")
        # (not North Korea's, counted in the story: "北朝鮮の高官3人が死亡", 16rv)
        "(?<!北朝鮮)(?<!北朝鮮の)(?<!北朝鮮軍の)"
        "(?:当局者|関係者|外交官|高官|消息筋)(?:のうちの|のうち|の)?",
        # (16pf) a document's number, no figure ("決議2397", as "決議2397号")
        "決議",
        # (16cd) photos and videos counted, no figure ("写真3枚を公開"), as ko
        "(?:写真|映像|動画|画像)",
        # (19ct) graves and seats counted after their noun ("墓石400基", "座席500席"), as ko
        "(?:墓|墓地|墓石|墓碑|墓所|墓標|座席)(?:が|は|を|も)?(?:約|およそ)?",
        "\\$", "第", "分の", "コロナ-?", "covid-?",
                          # (16kj) Latin letters glued to the number: a model or a name ("RPG7対戦車
                          # ロケットランチャー", "IP4"), as ko
                          "[a-z]+(?=$)",
                          # (16kj) a rate: per day ("1日に約1万発を消費"), per thing ("各コンテナに
                          # 300～500発"), no total, as ko "하루에", "각 컨테이너에"
                          "(?:1日|一日|毎日)(?:に|で|あたり|当たり)?(?:約|平均|最大|およそ)?",
                          # (16cd) not "各地", "各国" (places around, no "each": "ロシア各地の
                          # 建設現場に数千人の労働者を派遣")
                          "各(?![地国所])[^\\d、。]{1,8}(?:に|あたり|当たり)(?:約|最大|およそ)?",
                          # (32ar) per a noun ("1家族あたり1戸", "1世帯当たり約2人"): a rate, no
                          # total, as ko "가족당 1가구"
                          "(?:あたり|当たり)(?:約|最大|およそ|平均)?",
                          # (notfig, session 6) お金と名称: "€500", "£500", "₩500", "¥500",
                          # "火星11", "KN-23" (Latin letters and a hyphen glued to Japanese)
                          "€", "£", "₩", "¥", "火星-?", "[a-z]+[-‐－]",
        "\\d対",  # (16px)
    ],
    # counters of things sent: a number they follow is materiel, never people (and "両"
    # above is a figure only after a word of materiel: "自走砲「M1989」約50両")
    # (16o: not "500発ずつ", "1基あたり": a rate, no total)
    "materiel_counters": ["両(?![国軍者方ず]|あた|当た)", "門(?!ず|あた|当た)",
                          "基(?![地づ本準盤ず]|あた|当た)", "発(?![表生射見足言ず]|あた|当た)",
                          # (16mw) rifles ("小銃10万丁"; not "丁目")
                          "丁(?![目寧度ず]|あた|当た)"],
    # the counted noun before the number ("어린이 2명", "子ども2人"): children_sent (16kl)
    "noun_first": True,
    "people_counters": ["人", "名"],
    "losses_of": [  # (16px)
        "ロシア(?:軍)?の(?:人的|兵員の?)?損失(?:は|が)",  # (16px)
    ],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["既に", "すでに"],
    # (16cj) words of a sum right before a total ("合わせて", "計", "合計", "など": "100人、120人、
    # 合わせて約220人"; not the end of "推計", "統計", "設計"); the numbers listed before the total
    # that add up to it are its parts (analysis.articles.parts.listed_with_sum)
    # (16cl) a proportion, no figure ("10人に9人", "3人に1人", "十人中九人", "3人に1人の割合";
    # "中", "のうち" only with the denominator ten: "1万2000人のうち4000人" is a part with its
    # total, 16cj; "2人のうち1人" a member): analysis.articles.ratios (the denominator first,
    # both numbers with a people counter)
    "ratio": {"sure": ["に", "につき", "あたり", "当たり"],
              "of": ["中", "のうち", "うち", "の中で"],
              "after": ["の割合", "の割"], "counter": ["人", "名"]},
    # (16cl) the nouns of a military unit named by the number after them ("部隊1234"; the
    # number before them is in not_figure_after: "11軍団", "1234部隊")
    "unit_named": ["部隊", "軍団", "師団", "旅団", "連隊", "大隊", "中隊", "小隊", "分隊"],
    # (22ar) the one head of a price ("兵士1人30万円", "1人当たり約2000ドル"): a rate, no count
    # (articles/ratios.py, per_head)
    # (and a rate's words between: "1人当たり少なくとも月2000ドル")
    "per_head": ["(?:1|一)(?:人|名)(?:当たり|あたり|につき)?"
                 "(?:約|少なくとも|最大|平均|月|月額|月給|年間|毎月)*"
                 "\\d[\\d,.]*(?:[万千億])*(?:米)?(?:円|ドル|ウォン|ルーブル|元)"],
    "sum": {"before": ["合わせて", "あわせて", "合計", "(?<![推統設会時集合総余])計", "総計",
                       "総数", "総勢", "全体で", "全部で", "締めて", "しめて", "トータルで", "など",
                       # (the parts before the whole they make: "工兵1000人と建設要員5000人から
                       # なる6000人", "…を含む…")
                       "からなる", "から成る", "で構成される", "で構成された", "を含む", "を含めた",
                       "を含め"],
            "after": []},
    # (16cj) one member of a group counted before: what may open it (a clause's start, "うち",
    # "の", "中": "1人は…", "捕虜の1人は", "うち1人は"), the forms of one, the topic particle after
    # it (analysis.articles.parts.member)
    # (30ac) "only one" of them ("2人のうち1人だけが", "以前は1人のみが亡命の意志を示していた":
    # "only" restricts a group told before) needs no opener; a stative relative clause
    # ("…ていた1人は", "…ている1人は": the one who had been wounded, who carries) opens one
    # as "の" does (not the perfective "死亡した1人は", an event of its own)
    "member": {"before": ["[。、「『\\n]", "うち", "の", "中", "その", "[てで]い(?:た|る)"],
               "one": ["(?:1|１|一)人", "ひとり"],
               "after": ["は", "も"],
               "only": ["だけ", "のみ"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("1日あたり … ロシアが1万発"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["(?:1|１|一)日(?:あたり|当たり|に|平均|で)", "毎日", "日量"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["拉致", "強制移住", "強制連行", "連れ去"],
                 "camp": ["キャンプ", "野営", "松濤園", "ソンドウォン", "元山", "平壌"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "イラン(?:から|が|は|の|製)",
        "米国(?:が|は)ウクライナに",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "失(?:い|っ|われ)",
        "喪失",
        "破壊(?:した|され)",
        "撃破(?:した|され)",
        "無力化(?:した|され)",
        "損失",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "世界",
        "海外",
        "\\d+(?:カ|か|ヵ|ヶ)国",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "1日あたり",
        "1日平均",
        "一日あたり",
        "一日平均",
        "1日に",
        "毎日",
        # (art34b) the losses of one day named before the number ("ロシア軍は1日の死傷者が1200人を
        # 超すような消耗戦"): a daily rate
        "(?:1|１|一)日の(?:死傷者|死者|戦死者|負傷者|損失|犠牲者)(?:数)?(?:は|が)?",
    ],
    # (26aw) 部隊の規模で言う損失 ("1個大隊規模の北朝鮮兵が戦死"): articles/units.py
    "unit_size": ["(?:最大で?)?[1１]個大隊(?:規模)?"],
    "wiped_out": ["全滅", "壊滅"],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko
# ("駐韓ウクライナ大使", "ウクライナの国連大使")
ARTICLES["claimants"].update({
    "(?:駐韓|駐日)?ウクライナの?(?:駐韓|駐日|国連)?(?:大使|国連代表部|特使)":
        "Ukrainian government (unspecified)"})
# three governments or more listed with と, や, 、 or ・ in any order, as the topic that speaks
# ("ウクライナと米国、韓国は、…と非難している"): several governments jointly, as "韓国、ウクライナ、
# 西側諸国の情報筋" (two stay as the reader joins them)
ARTICLES["claimants"].update({
    "(?:韓国|ウクライナ|米国|アメリカ|英国|イギリス|西側諸国)(?:[、・とや](?:韓国|ウクライナ|米国|"
    "アメリカ|英国|イギリス|西側諸国)){2,}(?=は|が|によると|によれば)":
        "Several governments jointly"})
# the side holding a place is no source ("ウクライナ特殊部隊が占領するクルスク州"), as fr
# "occupée par"
ARTICLES["partner"] += ["が(?:占領|制圧|支配|掌握)(?:する|した|している|していた|中の)"]
# workers counted for another destination ("中国に1500人、…リビアに600人") in a sentence naming
# no Russia: no workers sent to Russia, as "世界"
ARTICLES["worldwide"] += ["中国", "カタール", "アラブ首長国連邦", "リビア", "イラン", "クウェート",
                          "モンゴル", "東南アジア", "中東", "アフリカ"]
# civilians told by the adjective before their number ("少なくとも民間の24人が死亡し"): the
# other side's victims, as "民間人"
ARTICLES["other_side"] += ["民間の(?=[\\d０-９数一二三四五六七八九十])"]
# a designation's second number after the first ("短距離のKN23と24で"): a model, no count, as
# "KN23/24"
ARTICLES["not_figure_before"] += ["[a-z]{1,4}-?\\d+(?:と|や|・)"]

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800人、大半が女性")
FIGURES["rewrites"].append((r"[、,，]\s*(?:大半|大部分|多く)(?=が|は)", "、うち"))

# (17cf) "several" (複数) before a word of unnamed places, in a phrase with a number, says
# where, no count beside the count, before it or after it (D63.6, D64.7); alone it stays
# several: "高速バスなど17台が複数カ所で事故を起こしました"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?)複数(?=(?:カ所|箇所|か所|ヶ所|ケ所|の場所|地点))",
    r"\1",
))

# (17ck, D68.2) the units of mass, area and volume (not lengths, D66.3; not キロ, also km):
# "数トン", "数ヘクタール" are several units
FIGURES.update({
    "measures": [
        "トン", "キログラム", "グラム", "ヘクタール", "リットル", "平方キロ", "平方キロメートル",
        "平方メートル", "立方メートル",
    ],
})
# (17ck, D68.3) newspapers write a decimal as digit・digit ("約3・7トン", "3・5万人"): a point
# before a unit, a scale or per cent; a date ("3・11"), a name ("5・15事件") or a list ("1・2号機",
# "3・4年生") keeps its dot
FIGURES["rewrites"].append((
    r"(?<![\d.・])(\d+)・(\d+)(?![\d・])(?=\s?(?:万|億|兆|%|パーセント|ポイント|倍|トン|キロ|グラム|"
    r"ヘクタール|平方|立方|リットル|メートル|センチ|ミリ|度|時間|t(?![a-z])|kg|ha(?![a-z])|km|m(?![a-z])))",
    r"\1.\2",
))
# (33rb, D225.2) a month・day before an incident, a war, a terror attack or the words of its
# victims and remembrance ("2・26事件", "9・11テロ", "済州島4・3事件の犠牲者"; "・", "·", "‧",
# "∙") names it, no count (D7), as ko "4·3 희생자" and zh "4·3事件"
FIGURES["rewrites"].append((
    r"(?<![\d.,・·‧∙])(?:[1-9]|1[0-2])[・·‧∙](?:[1-9]|[12]\d|3[01])(?![\d.,・·‧∙])"
    r"(?=\s?(?:事件|事変|テロ|同時多発テロ|革命|運動|民主化運動|蜂起|戦争|虐殺|犠牲者|遺族|"
    r"生存者|慰霊|追悼|記念|平和公園))",
    "",
))

# (17dc, D84.2) a count that fell below a value is at most (rule 3): 下回る in all its
# conjugations (下回り, 下回れ; not 下回らない, "not below"), and 割り込む, 割る, 切る after the
# count's particle を ("1万人を割り込んだ", "50人を切った"), rewritten as "を下回る"; "に達しない",
# "に届かない" (did not reach)
FIGURES["post_at_most"] += [
    "を下回り", "下回り", "を下回れ", "に達しない", "に達せず", "に達していない", "に届かない",
    "に届かず", "に届いていない", "に達しなかっ", "に届かなかっ",
]
FIGURES["rewrites"].append((
    # (割 after a count is spelt わ by the rewrite of shares above: "をわり込んだ")
    # (each form written whole: the literals gate the rewrite, a phrase without one is not
    # searched)
    # (the stem 割り / 切り only before its polite ending or a stop: "切りつけた", "切り殺した",
    # "割り当てた", "切り離した" are other verbs, slashing, assigning, separating: the reviewer's
    # phrases, read at most after the first version)
    r"(?<=[\d万億千百人件名例台棟戸])(?:を割り込|を割込|をわり込|を割っ|をわっ|"
    r"を割り(?=ま|、|。|$)|をわり(?=ま|、|。|$)|を割る|"
    r"をわる|を割れ|をわれ|を切っ|を切り(?=ま|、|。|$)|を切る|を切れ)",
    "を下回る",
))

# (22rb, D109) "そのほか / このほか / その他に" (besides that) right before the count is "another N"
# (rule 12), as "ほかに" reads: "そのほか709人が病院で治療を受けた" = 709, additional; not
# "その他の" (the other …) before a noun
FIGURES["rewrites"].append((
    r"(?:そのほか|このほか|その他に|このほかに|そのほかに)(?=、?\d)", "ほかに",
))
# (22rb, D109) an estimate told by the passive after the count ("500人が死亡したと推定されて
# います", is estimated): approx (rule 2, D91.1), as "推定500人" and "と推定している" read; not
# where a qualifier stands at the count (D1: "400件を超えるものと推定されている" = at least 400)
FIGURES["rewrites"].append((
    r"^(?!.*(?:約|およそ|推定\d|少なくとも|最大|最低|最多))(.*?)(\d[\d,.]*(?:万|千)?"
    r"(?:人|件|棟|隻|台|例))((?:(?!超|以上|近く|余|弱|強|前後|程度|ほど|未満|以下|まで|に上|にのぼ|"
    r"上回|下回|足らず|あまり|近い)[^\d。、]){0,20}と(?:推定|推計)され(?:る|ている|ています|た|ました))",
    r"\1約\2\3",
))

# (23rc, D126) "最小" (at the least) before the number is at least (rule 3), as "最低"
# ("最小22人が死亡") (not "最小限の", the least possible: only right before the number, written as
# "最低")
FIGURES["rewrites"].append((r"最小(?:でも)?(?=[\d〇一二三四五六七八九十百千])", "最低"))

# (23rf, D137) the words of a rise after the per cent or count they add ("9.4%上昇", "12%アップ",
# "500人急増"), as "増加" (rule 12, D108)
FIGURES["rewrites"].append((r"(?<=\d)(%|％|人|件|頭|匹|台)(?:上昇|アップ|急増)", r"\1増加"))

# (23rf, D140) "月13回", "月に13回", "年に3回", "週に2回" (N times a month, a year, a week): a
# rate (rule 13, D19), as "毎月13回" reads; not after a numeral ("3月13回", a date's month)
FIGURES["rewrites"].append((
    r"(?<![\d〇一二三四五六七八九十百千万０-９])(月|年|週|日)に?(?=\d+回)", r"毎\1",
))

# (23re, D134.2) the size of a change told after the count, its clause closed by a comma, with
# the time it is compared with before it and the noun of change after it ("犬は187頭で、22年度より
# 64頭減少", 64 fewer than in fiscal 2022; "1万1千人で、前年比2千人減", 2,000 fewer year on year):
# no count beside the count (D122's class, written as a rewrite where the comparison stands
# before the size); only after a count and its counter, at most a few words after it in the
# same clause
FIGURES["rewrites"].append((
    r"([\d万千百][人名頭匹件台羽個][^\d、,。]{0,12})[、,]\s*(?:前年度?末?|昨年度?末?|前回|"
    r"前年同期|前年同月|前月末?|\d{1,4}年度?末?)(?:より|に比べて?|と比べて?|比で?)\d[\d,.万千百]*(?:人|名|頭|匹|件|"
    r"台|羽|個)(?:の)?(?:減少|増加|減|増)",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "追加" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("追加"))

# (24ra, D143) "に迫る" (closing in on) in its other forms ("10万人に迫った", "迫っており", "迫り",
# "迫ろう") and "に近づく / 近付く" (nearing): nearly, as "に迫る"; "の大台を超えた / 突破" (the
# mark of N): the mark is the number's, at least as "を超えた"
FIGURES["post_nearly"] += [
    "に迫っ", "に迫り", "に迫ろ", "迫っ", "に近づ", "に近付", "近づい", "近付い",
]
FIGURES["rewrites"].append((r"(?<=[\d万千億人件名])の大台(?=を|に)", ""))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['つまり', 'すなわち', '即ち']

# (24rd, D154) "N人より多い / 多く" (more than N) after the count: at least; "N人より少ない /
# 少なく" (fewer than N): at most; also "よりも"
FIGURES["post_at_least"] += ["より多", "よりも多"]
FIGURES["post_at_most"] += ["より少な", "よりも少な"]

# (24rc, D150) "N多い / N多く / N多かった" (N more) right after the count's counter or scale
# ("422万人多い", "前年より300件多く"): "N more", additional, as "N増" (rule 12); written as 増.
# Not "Nより多い" (more than N: the counter is not right before 多), nor 多数 (many)
FIGURES["rewrites"].append((
    r"(?<=[\d人名件台頭匹万億千百個棟戸軒隻機発%％])多(?:い|く|かった)", "増",
))

# (24rc, D151) rates the table lacked (rule 13, D19, D114): "毎時" (per hour), "時速" (an hourly
# speed), "毎晩" (every night)
FIGURES["rate"] += [w for w in ("毎時", "時速", "毎晩") if w not in FIGURES["rate"]]

# (24rc, D150) an adverb between a count (its counter or per cent) and 増加 / 増え / 上昇
# ("300人大幅に増加", "5%急激に上昇"): dropped, so "N人増加" reads, additional (rule 12, D137);
# first of the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"(?<=[\d人件台頭匹個万億千%％])(?:大幅に|急激に|大きく|やや|わずかに|急速に|着実に|一気に)"
    r"(?=増|上昇)",
    "",
))

# (24re, D157) "まで" (to) and "へ" before a verb of a change other than 増 (read since 17gwb), and
# "に" before one that the tables did not list ("20.9%まで下がって", "40%に引き上げ",
# "10%から20%程度に引き上げても"): the new total, exact, or with its own qualifier (rule 1,
# D29, D107), as "に達した";
# "最大300人まで" and "300人まで受け入れる" (no verb of change) stay at most. Written as "に増えた"
# before the rewrite that drops "Aから" before "Bに増" (D35), which reads the new total B; "Aから"
# also dropped where B has its qualifier ("20%程度に", "300人前後に")
_JA_FROM = next(
    n for n, (pattern, _) in enumerate(FIGURES["rewrites"])
    if pattern.startswith(r"\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}から")
)
FIGURES["rewrites"][_JA_FROM:_JA_FROM] = [(
    r"(?:まで|へ|に)(?:引き上げ|引き下げ|上昇|低下|下が|上が|減少|減っ|減り|減ら|減る|伸び|伸ば|"
    r"拡大|縮小|下落|落ち込|落ち|回復|増や|膨ら|膨れ上が|急増|急減|激減|半減|後退|悪化|改善|"
    r"急落|急騰|上げ|下げ|高ま|低ま|跳ね上が|積み上が|縮ま)[ぁ-ん]*",
    "に増えた",
), (
    r"\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}から(?=\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}"
    r"(?:程度|前後|ほど|近く|余り|あまり|余|強|弱|超|以上)(?:に|へと|へ)増えた)",
    "",
)]

# (24re, D158) "を切る / を割る / を割り込む" (fall below) after a per cent or a mark, as
# 17dc's after a counter ("40%を切る", "貯水率3％を切る", "1万人の大台を割った"): at most
# (rule 3), as "を下回る";
# "の大台" (the mark) dropped before them
FIGURES["rewrites"].append((
    r"(?<=[\d万億千百人件名例台棟戸%％円])(?:の大台)?(?:を割り込|を割込|をわり込|を割っ|をわっ|"
    r"を割り(?=ま|、|。|$)|をわり(?=ま|、|。|$)|を割る|をわる|を割れ|をわれ|を切っ|"
    r"を切り(?=ま|、|。|$)|を切る|を切れ|を切ろ|を割ろ)",
    "を下回る",
))

# (25ra, D167) a change "AからBに / へ / まで" with a verb of change the D35 rewrite did not list
# ("300人から420人まで増えた", "に激増", "に半減", "に落ち込んだ", "に縮小", "に伸びた"): the new
# total B (D35), the old count dropped; "300人から420人" with no verb stays a range (rule 6)
FIGURES["rewrites"].insert(0, (
    r"\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}から"
    r"(?:(?:19|20)\d\d年度?(?:には|に|は|の)?、?)?"
    r"(?=(?:約|およそ|ほぼ)?\d[\d,.]*(?:万|千)?\d*[^\s\d]{0,2}"
    r"(?:に|へと|へ|まで)(?:増|減|急増|急減|激増|激減|倍増|半減|上|下|拡大|膨|縮小|落ち|跳ね|"
    r"伸び|低下|減少|増加|上昇|急騰|急落|急上昇|急低下|回復|戻|達))",
    "",
))
# (25ra, D165) "N割れ" (broken below N: "1万人割れ", "の大台割れ") after a count, a scale or a per
# cent: at most (rule 3), as "未満"; "を上回り / 上回れ" (the stem of "exceed") at least, as 上回る
FIGURES["rewrites"].append((r"(?<=[\d万千億%人件円])(?:の大台)?(?:割|わ)れ(?![目物])", "未満"))
FIGURES["post_at_least"] += [
    w for w in ("を上回り", "上回り", "を上回れ", "上回れ", "を上回った", "を上回って")
    if w not in FIGURES["post_at_least"]
]

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D172) 百 (hundred) right after digits ("韓国156百人" = 15,600, "156百万人" = 156
# million): digits times a hundred, as "3百人" reads; before 万 / 億 the hundred multiplies
# them too (百万 = a million). Only digits with no separator (a grouped or decimal number before
# 百 is left as it reads)
FIGURES["rewrites"].insert(0, (r"(?<![\d.,])(\d{1,4})百", r"\g<1>00"))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += [
    'ストーム・?シャドー', 'atacms', 'エイタクムス', 'ハイマース', 'himars']
ARTICLES["excluded"] += ['非武装地帯', 'dmz']
# (25au) Russia's own losses told with "also" ("今回の攻撃によりロシア軍も18人が死亡し、33人が
# 負傷した", 16zz16; ko "러시아군에서도 18명이 숨지고" reads 러시아군 already); a capacity to
# receive ("同キャンプは最大1,200人の児童を受け入れ可能", 16zz16; ko "수용 가능" already); the
# parts of a group told with the group ("負傷者は将校2人と女性1人で", 16zz16; parts.group_told)
ARTICLES["other_side"] += ["ロシア(?:軍|側)(?:も|にも|でも)"]
ARTICLES["capacity"] += ["受け入れ(?:可能|ることが(?:でき|可能))"]
ARTICLES["group_parts"] = {
    "group": ["負傷者", "死傷者", "死者", "戦死者", "捕虜", "負傷兵"],
    "kind": ["将校", "下?士官", "将軍", "指揮官", "女性", "男性", "兵士", "民間人", "子ども",
             "子供"],
    "link": ["と", "、", "および", "及び"], "counter": "[人名]", "topic": "は"}
ARTICLES["materiel_lost"] += ['破壊し、']  # (25au) the connective form of 破壊した
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    '脱北(?:民|者)(?:支援)?団体',
    '人権(?:・脱北者支援)?団体',
    '民族魂統一連帯',
], "Individual witnesses and sources"))

# (25rc, D174) Han digits written place by place with a zero 〇 (○): a run of two or more of the
# digits 一 .. 九 and 〇 holding a 〇, no 十 百 千 beside it, is read digit by digit ("二〇万" =
# 200,000; "五億〇五三二万" = 5億0532万 = 505,320,000; "一〇〇人" = 100), as a year's ("二〇二〇年",
# 17cd). 零 is left out: it is also the "and" of "一千零五" (1,005). First, before every rewrite
# that reads Han digits.
FIGURES["rewrites"].insert(0, (
    r"(?<![十百千一二三四五六七八九〇○零])(?=[一二三四五六七八九]*[〇○])"
    r"[一二三四五六七八九〇○]{2,}(?![十百千一二三四五六七八九〇○零])",
    "HANDIGITS",
))

# (25rc, D174) "10数" before a scale too ("10数万頭" = 十数万, 110,000-190,000, rule 7), as before a
# counter (17np).
FIGURES["rewrites"].append((r"(?<![\d.,])10数(?=[万億千百])", "十数"))

# (25rc, D176) "1か月に350匹", "一ヶ月に" (N in one month): a rate (rule 13, D19), as "月に300万"
# (17np) and "毎月" read; not "1月に" (January), not "1日に" (also "on the 1st"), not "1年に" (also
# a year of an era, "令和1年に", "30年に500万人超え"), not "1週間に" and "1時間に" (rounds 4, 14,
# 43 label "一週間に65人死亡", "1週間に1387例" the count of that week).
FIGURES["rewrites"].append((
    r"(?<![\d〇一二三四五六七八九十百千万０-９.,])(?:1|一)[かカヶケヵ箇]月に"
    r"(?=\d|[一二三四五六七八九十百数])",
    "毎月",
))

# (25rd, D177) an ordinal in kanji numerals is no count (D7): "第二十一回", "二十一人目の犠牲者"
# read 21, where "3人目" and "第3回" are dropped already; the ordinal is dropped
FIGURES["rewrites"].append((
    r"第[〇一二三四五六七八九十百千万]+|[〇一二三四五六七八九十百千万]+(?=人目|番目|件目|回目|度目|例目)",
    "",
))

# (26ra, D182) "not below" after the count is at least: "1万人を下らない", "を下回らない" (D84.2
# left 下回らない out of "下回る"'s at most), "を割らない", their polite and written forms
FIGURES["post_at_least"] += [
    "を下らない", "を下らぬ", "を下らず", "を下りません", "を下回らない", "を下回らず",
    "を下回りません", "を割らない", "を割り込まない", "を切らない",
]

# (26ar) 他の対象の数 (articles/subjects.py): 人口や稼いだ金 ("人口2600万人")、参加者・住民
ARTICLES["other_subject"] = {
    "before": ["人口(?:は|が)?", "稼"],
    "scale": ["\\d{3,}万", "千万", "百万", "億"],
    "after": ["参加者", "住民"],
    "counter": ["人(?:の)?"],
}
# (26ar) a second, larger guess after the first ("3万~4万人、多分50万人まで"): the first's upper
# guess, no figure (articles/candidates.py, as "if not", "a то и" of the other tables)
ARTICLES["upper_alternative"] = ["多分", "たぶん", "恐らく", "おそらく", "もしかすると",
                                 "もしかしたら"]

# (26ar) 起きなかった捕獲: 捕虜になる前、捕虜はいない
ARTICLES["excluded"] += ["捕虜になる前", "捕虜(?:は|が)い(?:ない|なかった)", "捕虜になるのを防"]
# (26ar) what a cemetery can hold is no count ("400体余りの遺体を埋葬できる")
ARTICLES["capacity"] += ["(?:埋葬|安置)(?:できる|可能|することができ)"]
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['一部', '何人か']
# (26ar) the victims of an attack on a Ukrainian city ("キーウへの攻撃に北朝鮮製の弾道ミサイル
# を使用し、少なくとも10人が死亡した"): people of the other side, as "attack on Kyiv" of the
# other tables
ARTICLES["other_side"] += [
    "(?:キーウ|キエフ|ハルキウ|ハリコフ|オデーサ|オデッサ|ドニプロ|ザポリージャ|リビウ)"
    "(?:へ|に対する|への)(?:の)?(?:ミサイル)?(?:攻撃|空爆|空襲|砲撃|爆撃)",
]

# (26rb, D186.3) a mobile network's generation glued to its noun ("5G基地局", "4G回線"): no count
FIGURES["rewrites"].append((
    r"(?<![0-9a-z.,])[2-6]g(?=基地局|回線|ネットワーク|対応|端末|通信|サービス|スマホ|/lte|"
    r" ?lte)", ""))

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "損失を補うため",
# "死傷者の穴埋め", "戦死者の補充" (the words after the loss cue)
ARTICLES["made_up_for_after"] = ["(?:を|の)?(?:補う|補い|補充|補填|穴埋め|埋め合わせ)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("計314人の捕虜交換で合意"):
# both sides' prisoners, no capture of North Koreans (the words right after the count,
# articles/subjects.py)
ARTICLES["other_subject"]["after"] += ["(?:戦争)?捕虜(?:を|の)?(?:相互)?交換"]
# (30ab) "2人とも" (both of them): the people of an earlier figure told again, wherever the number
# stands (articles/repeats.py, bare_again)
ARTICLES["told_again_bare"]["both"] = ["とも(?!に)"]

# (31rb, D219.4) 各 right before a number ("各75人", seventy-five each; "各々約100人") is "each",
# a per-unit count (rule 13), as ずつ / それぞれ: unparsed (it read 75). Not when the phrase
# goes on to its total with 計 ("0~4歳児各7人、5歳児6人の計41人" = 41, the total told), nor 各
# before a noun ("各地", "各県で計6人")
FIGURES["rewrites"].append((
    "各々?(?=(?:約|およそ|最大|少なくとも)?[\\d一二三四五六七八九十百千])(?![^。]*計)", "それぞれ"))

# (32rl, D220.1) a share told after the total and its comma ("349人、うち半数以上が子ども": half of
# them and more children) tells who the counted were: the total's breakdown (D5), written as うち,
# as "大半が" reads already; a number after the share keeps it a share or a list
FIGURES["rewrites"].append((
    r"(\d[^、,，;；:：]{0,20}?)[、,，]\s*(?:うち|その)?(?:約|およそ|ほぼ)?"
    r"(?:過半数|半数|半分|3分の1|三分の一|3分の2|三分の二|4分の1|四分の一|4分の3|四分の三|大半|"
    r"大部分|多く|大多数)(?:以上|近く|超|強|弱|余り)?(?=が|は)(?!.*\d)",
    r"\1、うち",
))

# (34rb, D227.2) the size of a change told in brackets right after the count, the time it is
# compared with first ("収容人員は5万578人(前年末比2,655人減)", 50,578, down 2,655 from the end of
# the year before; "(前年同期比2655人の増加)", "(前年より2655人少ない)", "(▲2,655人)", "(同2,655人
# 減)", 同 the comparison named before in the text): no count
# beside the count (D122, D134.2's comma form in brackets): the bracket dropped. Only a bracket
# that holds the comparison and the size alone; a per cent in it reads already (D59.1)
FIGURES["rewrites"].append((
    r"(?<=[\d万千百億][人名頭匹件台羽個])\s*[(（]\s*(?:(?:対)?(?:前年度?末?|昨年度?末?|前回|前年同期|"
    r"前年同月|前月末?|前週|前日|\d{1,4}年度?末?)(?:より|に比べて?|と比べて?|比で?)\s*|同\s*)?"
    r"(?:[▲△+＋−-]\s*\d[\d,.万千百]*(?:人|名|頭|匹|件|台|羽|個)(?:の)?(?:減少|増加|減|増)?|"
    r"\d[\d,.万千百]*(?:人|名|頭|匹|件|台|羽|個)(?:の)?(?:減少|増加|減|増|少ない|多い))\s*[)）]",
    "",
))

# (34rb, D227.5) the size of a change told alone after the value it is compared with and its
# を ("前年を11人上回った", 11 more than the year before; "前年を11人下回った", 11 fewer): the
# amount with no particle of its own is no threshold (D225.3: "1万人を上回る" is at least), but
# "N more" (additional, rule 12, as "前年より11人多い") or a fall's size (total, D164, as
# "前年より11人少ない"); written as 増 / 減. With the new total after it D225.3 read it already
FIGURES["rewrites"] += [
    (
        r"(?<=を)((?:約|およそ)?\d[\d,.万千百]*(?:人|名|件|棟|戸|頭|匹|台|羽|個|社|校|軒)(?:程|ほど)?)"
        rf"{side}回(?:る|った|り|って|っており|っている)",
        rf"\1{change}",
    )
    for side, change in (("上", "増"), ("下", "減"))
]

# (34ar) 常備軍の現役兵力 ("北朝鮮の現役兵力は約128万人"): 北朝鮮自身の軍、記事の数字ではない
# (articles/subjects.py: scale "\d{3,}万")
ARTICLES["other_subject"]["before"] += ["現役(?:兵力|兵士|兵|軍人)?(?:は|が|を)?"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "ウラジオストク", "モスクワ", "クルスク", "沿海地方", "ハバロフスク",
    "シベリア", "極東", "サンクトペテルブルク", "ナホトカ", "サハリン",
    "アムール", "ロストフ", "トゥバ", "カザン", "タタールスタン",
    "アラブガ", "ノボシビルスク", "ヤクーチア",
]

# (34rd, D230.3) D134.2's size of a change told after the count, the count's clause closed by "で"
# (being N, and) as by a comma, the counter after a space, the time compared with in more words
# and the change told by a verb ("出生数は56,943 人で前年に比べ1,116 人減少し", "25万2201人で前年比
# から8255人減少している", "50万175人で前年比と比べ1万3628人多い"; https://datazoo.jp/w/
# %E7%BE%A4%E9%A6%AC%E7%9C%8C/67984658): the size dropped, the count read (D122, D111)
FIGURES["rewrites"].append((
    r"([\d万千百] ?[人名頭匹件台羽個](?:で、?|[^\d、,。]{0,12}[、,]))\s*(?:\d{1,4}年度?前|前年度?|"
    r"昨年度?|前回|前月|先月|前の年|前年同期|前年同月|昨年同期|昨年同月|同期|同月)?(?:の[^\d、,。]{1,6})?"
    r"(?:より|に比べて?|と比べて?|比で?|比から|比と比べて?|比べ)\s*(?:約|およそ)?\d[\d,.万千百]* ?"
    r"(?:人|名|頭|匹|件|台|羽|個)(?:程|ほど)?(?:[=＝]\d[\d.]*%|[(（]\d[\d.]*%[)）])?(?:の)?"
    r"(?:減少|増加|減|増|少な|多|上回|下回|追加)\S*",
    r"\1",
))
# (34rd, D230.4) the earlier time's value in brackets before the comparison ("10年前(2010年/2489
# 人)に比べ893人", 893 fewer than ten years before (2010: 2,489)): the compared value, dropped
# (D111); and the per cent of the change told with "=" or in brackets after its size ("893人=
# 35・9%の減少"): the size's own share, dropped (D59.1)
FIGURES["rewrites"].append((
    r"[(（]\s*[12]\d{3}年度?\s*[/／:：、,]?\s*\d[\d,.万千]*(?:人|名|件)\s*[)）](?=に比べ|と比べ|より|比)",
    "",
))
FIGURES["rewrites"].append((
    r"(?<=[\d万千][人名件])\s*(?:[=＝]\s*\d[\d.]*%|[(（]\s*[-+]?\d[\d.]*%\s*[)）])(?=の?(?:減少|増加|減|増))",
    "",
))
# (34rd, D230.5) "from A, by N" with no new total ("前年の133人から22人増えて", up 22 from 133 the
# year before): the old count is the compared value, dropped, the size of the change read as
# D164 says (a rise additional, a fall total); "から N人に増えた" (to N) stays D35's
FIGURES["rewrites"].append((
    r"(?:約|およそ)?\d[\d,.万千]*(?:人|名|件)から(?=(?:約|およそ)?\d[\d,.万千]*(?:人|名|件)"
    r"(?:近く|程|ほど|余り)?(?:も)?(?:増え|減っ|減り|増加|減少|増|減)(?!\d))",
    "",
))
# (34rd, D230.6) the emphatic "も" (as many as) between the size and its verb of change ("昨年より
# 200人近くも増えた", nearly 200 more than last year): dropped, the size read as without it
FIGURES["rewrites"].append((
    r"(?<=[\d万千][人名件])((?:近く|程|ほど|余り|以上)?)も(?=増え|増加|増|減っ|減り|減少|減)",
    r"\1",
))

# (art34b) Russia's mobilisation counted ("プーチン氏は2年前に30万人を動員したが"): its own call-up,
# no figure of North Korea's troops (the codebook's negatives: Russia's losses and mobilisation)
ARTICLES["not_figure_after"] += ["(?:人|名)?(?:を|の)(?:追加)?(?:動員|招集|召集)"]

# (art34b) a number right after the dot of a bracketed headline label ("【社説①・10.23】"): the
# label's date, no count
ARTICLES["not_figure_before"] += ["【[^】\\d]{1,12}・"]

# (34re, D231.1) a count of shelters after the people lodged there ("400人が33か所の避難所に避難して
# いる", "避難所33か所に400人" is the places first: not written, as D45.5's "383か所で2万2373人"):
# set aside, the people read (D20)
_LODGING_JA = r"(?:一時|指定|福祉)?(?:避難所|避難場所|避難施設|収容施設|救護所)"
FIGURES["rewrites"] += [
    (rf"(\d[^。]*?[人名][^。]*?)\d[\d,.]*(?=(?:か所|カ所|ヵ所|ヶ所|ケ所|箇所|施設)?の?{_LODGING_JA})",
     r"\1"),
    (rf"(\d[^。]*?[人名][^。]*?{_LODGING_JA}(?:など)?)\d[\d,.]*(?=(?:か所|カ所|ヵ所|ヶ所|ケ所|箇所))",
     r"\1"),
]

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or treated in
# ("32人が5つの病院に搬送された", "病院5か所に搬送", "9つの病院に30人が搬送され"): set aside
# beside the people, as D231.1's shelters; with no such verb ("32人が5つの病院にいる") two counts
_CARE_JA = r"(?:近くの|市内の|県内の|周辺の)?(?:救急)?(?:病院|医療機関|診療所|クリニック)"
_CARE_JA_VERB = r"(?:搬送|運ばれ|収容|入院|治療|手当て|手当|分散|送られ|運び込まれ)"
FIGURES["rewrites"] += [
    (rf"(\d[^。]*?[人名][^。]*?)\d[\d,.]*(?=(?:つ|か所|カ所|ヵ所|ヶ所|ケ所|箇所|施設|院|軒)?の?"
     rf"{_CARE_JA}(?:に|へ|で)[^。、]*?{_CARE_JA_VERB})", r"\1"),
    (rf"(\d[^。]*?[人名][^。]*?{_CARE_JA}(?:など)?)\d[\d,.]*(?=(?:か所|カ所|ヵ所|ヶ所|ケ所|箇所|施設|院|"
     rf"軒)(?:に|へ|で)[^。、]*?{_CARE_JA_VERB})", r"\1"),
    # the places first, then the people and the verb ("9つの病院に30人が搬送され", NHK 2016-01-15)
    (rf"\d[\d,.]*(?=(?:つ|か所|カ所|ヵ所|ヶ所|ケ所|箇所|施設|院|軒)?の?{_CARE_JA}(?:に|へ)"
     rf"\d[\d,.]*[人名][^。、]*?{_CARE_JA_VERB})", ""),
]

# (35aa) the casualties of a side of the war ("ロシア側の死傷者は計60万人に上るとの米紙推計",
# "ロシア軍の1日の死傷者は2000人以上", "ウクライナ側の死傷者"): that side's own losses, as
# "ロシアの損失" above
ARTICLES["other_side"] += [
    "(?:ロシア|露|ウクライナ)(?:軍|兵|側)?の(?:1日の|一日の|1日あたりの)?(?:死傷者|死者|戦死者)"]

# (art34b, 35aa) the labels of an editorial's headline ("【社説】", "社説:"): the paper's own
# view, no source of its lead (reader._named_after)
ARTICLES["editorial_headline"] = ["【\\s*社説", "社説[:：]"]

# (35c) ロシア（軍）が集める兵力: 北朝鮮兵を含んでも、その数はロシアの部隊の規模で、派遣の数ではない
# ("ロシア軍は…北朝鮮兵を含む5万人の兵力を集結させている", "数万人規模の戦力を集結させている";
# the number, its counter, then the force gathered; articles/subjects.py), and the soldiers of
# both armies counted together ("ロシアと北朝鮮の兵士約5万人", as "ロシア軍と北朝鮮軍")
ARTICLES["other_subject"]["after"] += [
    "(?:規模の)?(?:兵力|戦力|部隊)を[^。、]{0,30}?集結"]
ARTICLES["other_side"] += [
    "ロシア(?:軍|兵)?(?:と|および|及び|・)北朝鮮(?:軍|兵)?の(?:兵士|兵|部隊)"]

# (35ad) an estimate told as later or earlier than the report before, nobody named
# ("その後の推定では、死者は600人近くとみられている", 16zz2, as en "earlier estimates"):
# impersonal, no source carried from the sentence before
ARTICLES["impersonal"] += ["(?:その後|当初|以前|従来|最新|最近|別)の(?:推定|推計|見積もり)"
                           "(?:では|によると|によれば)"]
