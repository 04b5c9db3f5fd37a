"""Chinese (``zh``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, MAGNITUDE, NUMBER_SIGN, decimal_before
from analysis.lang._forms import leading_minus, leading_plus, negated_bounds

# fmt: off

SCRIPTS = ("han",)

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
    ["星期一", "周一", "礼拜一"],
    ["星期二", "周二", "礼拜二"],
    ["星期三", "周三", "礼拜三"],
    ["星期四", "周四", "礼拜四"],
    ["星期五", "周五", "礼拜五"],
    ["星期六", "周六", "礼拜六"],
    ["星期日", "星期天", "周日", "礼拜天"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "死亡", "遇难", "受伤", "伤者", "死者", "失踪",
    ],
    "casualties": [
        "伤亡", "遇难者", "患者", "确诊",
    ],
    "numbers": {
        "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9, "〇": 0, "零": 0, "廿": 20, "卅": 30,
    },
    "small": {"十": 10, "百": 100, "千": 1000},
    "scales": {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000},
    "vague_prefix": ["数", "數"],
    # 零 marks an empty place inside a numeral ("三百零八" = 308)
    "and": ["零", "〇"],
    # idioms: "by the thousands", "by the tens of thousands"
    "vague": {
        "数以十计": 10, "數以十計": 10, "数以百计": 100, "數以百計": 100, "数以千计": 1000,
        "數以千計": 1000, "数以万计": 10_000, "數以萬計": 10_000, "数以十万计": 100_000,
        "數以十萬計": 100_000, "数以百万计": 1_000_000, "數以百萬計": 1_000_000,
        # (32rl, D220.4) the same idioms without 计 / 計 ("數以百萬的穆斯林", Muslims by the
        # millions): vague as with it (it read 數以 as no word and 百萬 as exact 1,000,000)
        "数以十": 10, "數以十": 10, "数以百": 100, "數以百": 100, "数以千": 1000, "數以千": 1000,
        "数以万": 10_000, "數以萬": 10_000, "数以十万": 100_000, "數以十萬": 100_000,
        "数以百万": 1_000_000, "數以百萬": 1_000_000, "数以千万": 10_000_000,
        "數以千萬": 10_000_000,
        # (33rb, D225.6) and of 亿 / 億 ("数以亿计的人群", by the hundred million): vague 10^8, as
        # 数以千计 (it read no number); "数以千万计" with 计 as without it
        "数以亿计": 100_000_000, "數以億計": 100_000_000, "数以亿": 100_000_000,
        "數以億": 100_000_000, "数以千万计": 10_000_000, "數以千萬計": 10_000_000,
    },
    # "数人" (a few people): 数 before a counter, not a magnitude
    # 数 before a counter of houses, vehicles, places (D39): "数家", "數棟" = several (2-9)
    "several": [
        "几", "幾", "数人", "數人", "数名", "數名", "数家", "數家", "数户", "數戶", "数栋", "數棟",
        "数间", "數間", "数辆", "數輛", "数架", "數架", "数艘", "數艘", "数处", "數處",
        # (lexicon 17, session 6) "若干" (several), "一些" (some, D9): 2 / 2 / 9 alone
        "若干", "一些",
        # (17np) 数 before the counters of animals, incidents, cases and machines ("扑杀数头猪",
        # "发生数起"): several, 2-9 (rule 7, D39, D55.6)
        "数头", "數頭", "数只", "數隻", "数起", "數起", "数件", "數件", "数台", "數台",
    ],
    "approx": [
        "约", "約", "大约", "大約", "大概", "估计", "估計", "~", "预计", "預計",
        # (lexicon 17, session 6) "大致" (roughly), "估算" (estimated), "大体" / "大體"
        "大致", "估算", "大体", "大體",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "略多于", "略多於", "略超", "略超过", "略超過", "略高于", "略高於",
        "稍多于", "稍多於", "稍超过", "稍超過", "稍高于", "稍高於",
        "稍超",
        "至少", "超过", "超過", "逾", "多于", "多於", "不少于", "不少於", "最少", "超",
        "突破", "超出", "破",
        # "过百万" (over a million), "过万人"
        "过", "過",
        # (lexicon 17, session 6) "不下" (no fewer than), "不止" (more than), "起码" / "起碼"
        # (at least), "高于" / "高於" (above)
        "不下", "不止", "起码", "起碼", "高于", "高於",
    ],
    "at_most": [
        "最多", "高达", "高達", "多达", "多達", "至多", "不超过", "不超過", "不到", "少于", "少於",
        # (lexicon 17, session 6) "不足" (short of, fewer than), "低于" / "低於" (below), "未满" /
        # "不满" (under)
        "不足", "低于", "低於", "未满", "未滿", "不满", "不滿",
        # (lexicon 17, session 6) "未超过" / "没有超过" (did not exceed): not "超过"
        "未超过", "未超過", "没有超过", "沒有超過", "没超过", "沒超過",
        # (17gwb) "顶多" (at most, colloquial), "未达" (short of reaching)
        "顶多", "頂多", "未达", "未達",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "略少于", "略少於", "略低于", "略低於", "稍少于", "稍少於", "稍低于", "稍低於",
        "略不足", "稍不足",
        "近", "将近", "將近", "接近", "几乎", "幾乎", "差不多",
        # (lexicon 17, session 6) "直逼" (closing in on)
        "直逼",
        # (17gwb) "几达300人" (nearly reaching 300)
        "几达", "幾達",
    ],
    # (17gwb) "300人许" / "300许人" (some 300): 许 after a number is "about", as 左右
    "post_approx": ["左右", "上下", "前后", "前後", "许", "許"],
    "post_at_least": [
        "以上", "多人", "+", "突破",
        # (lexicon 17, session 6) "100出头" (a little over 100: just over, at least)
        "出头", "出頭",
        # (17gwb) "300人或更多" (300 or more), "甚至更多" (or even more, D3)
        "或更多", "甚至更多",
    ],
    # (17gwb) "300人之内" (within 300) as 以内
    "post_at_most": ["以下", "以内", "以內", "之内", "之內"],
    "weak_at_least": ["余", "餘", "多"],
    "additional": [
        "又", "再", "另外", "增派", "新增", "追加", "另", "新发现", "新發現", "增加了", "其他",
        # (17nj) 增添 (added: "增添7206萬人"), as 新增 (rule 12, D47.1, D49)
        "增添",
    ],
    # "teens" (rule 7): 十几人 = 11-19 people
    "teens": ["十几", "十幾", "十数", "十數"],
    "including": [
        "其中", "包括",
        # (lexicon 17, session 6) "包含" (including), "含" in "内含"
        "包含", "内含", "內含",
        # (17gwb) "当中" (among them: "300人，当中100人死亡"), as 其中
        "当中", "當中",
    ],
    # (20fb, D93.1) "made up of", written after the parts (D23; figures only)
    "made_of_post": ["组成的", "組成的"],
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "增至", "增加至", "增加到", "上升至", "上升到", "升至", "增长至", "增长到", "增長至",
        "增長到", "攀升至", "攀升到", "降至", "下降至", "减少至", "減少至", "減少到", "减少到",
        "共", "总共", "總共", "总计", "總計", "累计", "累計", "合计", "合計", "共收治", "共救治",
    ],
    "range_sep": [
        "~", "至", "到", "-", "〜",
        # (lexicon 17, session 6) "三或四人" (three or four), the full-width tilde and dashes
        "或", "～", "—", "－",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "不是两人而是12人", "并非2人而是12人", "12人而不是2人"; "不是2人，还有3人也"
    "contrast": {
        "not": ["不是", "并不是", "並不是", "并非", "並非", "而不是", "而非", "绝非", "絕非"],
        "but": ["而是", "却是", "卻是", "是"],
        "also": ["也", "还", "還", "而且", "并且", "並且", "还有", "還有", "亦"],
    },
    # two neighbouring numerals before a counter are "five or six" ("五六人"): a range
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "增长", "增加", "减少", "下降", "上升", "增至", "降至", "升至", "减至", "下降至", "增长至",
    ],
    # (17ct, D76.4) "35000例,而去年为30000例": the earlier value after "while last year it was"
    "compared_pre": [
        "而去年为", "而上年为", "而去年同期为", "而上年同期为", "而前一年为", "而此前为",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped with its 以上 / 以下 ("40名18岁以下青少年", "300名80岁以上老人"); alone it stays
    "age_limits": [
        r"(?:未满|不满|年满|不足)?" + AGE + r"(?:周)?[岁歲](?:及|或)?(?:以下|以上|以内|之下|之上)",
        r"(?:未满|不满)" + AGE + r"(?:周)?[岁歲]",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["岁", "歲"],
    "rewrites": [
        # (17cz, D82) a point before three digits and a unit is a decimal point (_designations)
        decimal_before([
            "公斤", "千克", "公吨", "公噸", "吨", "噸", "克", "升", "毫升", "立方米", "平方米",
            "平方公里", "公里", "千米", "米",
        ]),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("距离前线约30公里")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<![\d.,])\d[\d.,]*+(?: \d{3})*(?:多)?(?:公里|千米|英里|海里|km)(?=外|处|處|远|"
            r"遠|以外|之外|左"
            r"右的|的地方)",
            r"",
        ),
        (
            r"(距离|距離|相距|距|离|離|以北|以南|以东|以西|以東)([^\d,.;:!?。，；：]{0,12}?)(?:约|約|"
            r"大约|大約|仅|僅|不到|超过|超過)?\d[\d.,]*+(?:多)?(?:公里|千米|英里|海里|km)",
            r"\1\2",
        ),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "其他消息来源称600人死亡"
        (r"(?:其他|其它)(?=消息来源|来源|媒体|报道|報導|估计|估計|专家|專家|消息人士)", ""),
        # (17cd) a year in Han digits with 〇 or 0 ("二00三年底", "二〇二〇年") is a year, as
        # "2003年" (D7, D59.6)
        (
            r"(?<![一二三四五六七八九十百千万〇零0-9])[一二][〇零○0九][〇零○0一二三四五六七八九]{2}(?=年)",
            "HANDIGITS",
        ),
        # (17cd) "6月21、22日" (the 21st and 22nd): a day listed before another day is a date
        (r"(?<=月)(\d{1,2})[、,](?=\d{1,2}[日号號])", r"\1日、"),
        # (17cd) a maker's model glued to its name ("波音737客机") is a designation (D59.3)
        (r"(波音|空客|空中客车) ?-? ?[a-z]{0,3}-?\d+(?:-\d+)?", r"\1"),
        # (17cb) "一人也没有死亡" (not even one died) reports none: no count (D36, D60.3)
        (r"一(?:个|個|名|位)?(?:人)?也(?=没|沒|未|不)", "也"),
        # (17nh) a clock time written "8:00" after 截至, 上午, 下午 ... or before 前, 许, 左右 ...
        # is no count (D28, D48.1)
        (
            r"(截至|截止|上午|下午|凌晨|晚上|早上|中午|晚|早) ?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])",
            r"\1",
        ),
        (
            r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d"
            r"(?=\s*(?:前|后|後|许|許|左右|起|止|为止|為止|时|時))",
            "",
        ),
        # (lexicon 17, session 6) "成千上万" (thousands upon tens of thousands) and "成百上千"
        # (hundreds upon thousands) are two vague ends (D4): 1,000-99,999 and 100-9,999
        ("成千上万|成千上萬", "数千至数万"),
        ("成百上千", "数百至数千"),
    ] + [
        (rf"{a}{b}(?=[人名个個位户戶间間])", f"{n}至{n + 1}")
        for n, (a, b) in enumerate(zip("一二三四五六七八", "二三四五六七八九", strict=True), 1)
    ] + [
        # (17gwb) "两三个犯人", "一两名" (two or three, one or two) with 两 / 兩 for 二
        (rf"{a}{b}(?=[人名个個位户戶间間])", f"{n}至{n + 1}")
        for a, b, n in (("两", "三", 2), ("兩", "三", 2), ("一", "两", 1), ("一", "兩", 1))
    ] + [
        # (17gwb) "三四天内300人死亡" (within three or four days): a pair before a time unit is a
        # range of durations, no count (D7, D37)
        (
            r"(?<![一二两兩三四五六七八九十百千])" + a + b
            + r"(?=天|小时|小時|周|週|星期|分钟|分鐘)",
            f"{n}至{m}",
        )
        for a, b, n, m in [
            *((a, b, n, n + 1) for n, (a, b) in enumerate(
                zip("一二三四五六七八", "二三四五六七八九", strict=True), 1)),
            ("两", "三", 2, 3), ("兩", "三", 2, 3), ("一", "两", 1, 2), ("一", "兩", 1, 2),
        ]
    ] + [
        # "比去年多300人", "多了300人" (300 more than last year): "N more" is additional (rule
        # 12, D38)
        (r"比([^\d\s，。,]{1,8})多了?(?=\d)", r"比\1增加了"),
        # "2成個案" (two tenths of the cases): 成 after a numeral is a share like ja 割 (D18, D37);
        # "111座火山中的50座", "8人中有5人" (5 of 8): a share, no count (rule 13, D37). One
        # pattern for both, starting at its character (the look-behinds check the number before
        # it): a pattern starting at a digit would be tried at every character of the text.
        (
            r"成(?<=\d成)|中(?:的|有)(?=(?:约|約)?\d)(?:(?<=\d中.)|(?<=\d[^\d\s，。,]中.)|"
            r"(?<=\d[^\d\s，。,]{2}中.)|(?<=\d[^\d\s，。,]{3}中.)|(?<=\d[^\d\s，。,]{4}中.))",
            "分之",
        ),
        # a unit's character inside another word is no unit (D20, D39): 师/師 (division) in
        # 师生 (teachers and pupils), 教师, 老师, 律师; 旅 (brigade) in 旅客 (passengers), 旅游;
        # 营/營 (battalion) in 营救 (rescue), 露营; 团/團 (regiment) in 团体, 集团
        # (one pattern starting at the unit's character: the look-arounds check its neighbours)
        (
            r"[师師旅营營团團](?:(?<=[师師])(?=[生资資范範])|(?<=[教老律医醫厨廚技讲講牧导導法]["
            r"师師])|"
            r"(?<=旅)(?=[客游遊行馆館店途程居])|(?<=[营營])(?=[救业業地养養运運销銷])|"
            r"(?<=[露军軍兵阵陣][营營])|(?<=[团團])(?=[体體队隊聚结結伙夥])|(?<=[集社剧劇乐樂][团團]))",
            "员",
        ),
        # "一家三口", "五口人" (a family of three, five people): 口 counts the people of a
        # household, as 人 does (D45.1); not 口 alone after a numeral elsewhere ("三口井", three
        # wells; "人口", population)
        (r"(?<=家)([一二两兩三四五六七八九十]+|\d+)口(?!井|罐|锅|鍋|棺|箱|气|氣)(?:人)?", r"\1人"),
        (r"(?<![\d一二两兩三四五六七八九十])([一二两兩三四五六七八九十]+|\d+)口人", r"\1人"),
        # (33rb, D225.7) two neighbouring Han numerals with the enumeration comma before 十, 百,
        # 千, 万 ("二、三十人", twenty or thirty): the pair without it, read below (D42)
        (
            r"(?<![一二两兩三四五六七八九十百千万萬、])([一二三四五六七八])、"
            r"(?=(?:(?<=一、)二|(?<=二、)三|(?<=三、)四|(?<=四、)五|(?<=五、)六|(?<=六、)七|"
            r"(?<=七、)八|(?<=八、)九)[十百千万萬](?!、))",
            r"\1",
        ),
        # "六七十岁" (sixty or seventy years old), "六七十人": two neighbouring numerals before
        # 十 are a range of the tens (D42, D45.2)
    ] + [
        (
            r"(?<![一二三四五六七八九十百千])" + a + b + r"十(?![一二三四五六七八九])",
            f"{n}0至{n + 1}0",
        )
        for n, (a, b) in enumerate(zip("一二三四五六七八", "二三四五六七八九", strict=True), 1)
    ] + [
        # (17gwb) "三四百人", "两三千人", "七八万人", "三五百人" (three or four hundred ...): two
        # neighbouring numerals before 百, 千 or 万 are a range of that magnitude, as before 十
        # (D42, D45.2); the pair becomes "3至4" and the two rewrites after these multiply it out
        (
            r"(?<![一二两兩三四五六七八九十百千万萬])" + a + b + r"(?=[百千万萬])",
            f"{n}至{m}",
        )
        for a, b, n, m in [
            *((a, b, n, n + 1) for n, (a, b) in enumerate(
                zip("一二三四五六七八", "二三四五六七八九", strict=True), 1)),
            ("两", "三", 2, 3), ("兩", "三", 2, 3), ("一", "两", 1, 2), ("一", "兩", 1, 2),
            ("三", "五", 3, 5),
        ]
    ] + [
        # (17gwb) "3至4百人" (300 to 400), "3至4千万" (30 to 40 million): 百 / 千 written once
        # after two digits belongs to both ends (rule 6); "3至4万" is read so already
        (r"(?<![\d.,])([1-9])至([1-9])百", r"\g<1>00至\g<2>00"),
        (r"(?<![\d.,])([1-9])至([1-9])千([万萬亿億])", r"\g<1>000\3至\g<2>000\3"),
        (r"(?<![\d.,])([1-9])至([1-9])千", r"\g<1>000至\g<2>000"),
        # (17gwb) "百分之三十" (thirty per cent), "百分之12.5": 百分之 before a number is the per
        # cent word (rule 10); "千分之" stays per mille (a rate)
        # (not before a Han decimal point: "百分之三十五点六" stays unread, no 35)
        (r"(?<!千)百分之([零〇一二两兩三四五六七八九十百]++|\d++(?:\.\d+)?)(?![点點])", r"\1%"),
        # (17gwb) colloquial "approximately": "千把人" (a thousand or so) is 约千人; "三十来人",
        # "300来名" (some thirty, some 300) are read as 许 after the number (approx, rule 2); 来
        # only between a numeral and a counter ("有300人来到现场" keeps its 300 exact)
        (r"(?<![\d一二两兩三四五六七八九十百千])([百千万萬])把(?=[人名个個位])", r"约\1"),
        (r"(?<=[\d十百千万萬])来(?=[人名个個位])", "许"),
        # (17gwb) "2,3人" (two or three people): Chinese writes no decimal comma, so a comma between
        # two neighbouring digits before a counter is the enumeration comma of "二、三人" (D42)
        # (33rb, D225.7) and that comma itself ("2、3人", as ja reads it)
        (r"(?<![\d.,、])([1-8])[,、](?=[2-9][人名个個位](?!、))"
         r"(?:(?<=1[,、])(?=2)|(?<=2[,、])(?=3)|(?<=3[,、])(?=4)|(?<=4[,、])(?=5)|(?<=5[,、])(?=6)|"
         r"(?<=6[,、])(?=7)|(?<=7[,、])(?=8)|(?<=8[,、])(?=9))", r"\1至"),
        # (33rb, D225.7) a digit and its neighbour written with the zeros of their magnitude once,
        # on the second ("4、500萬人", four or five million, as 四五百万; "2、30人", "3、400名"): a
        # range of that magnitude, each end with the zeros ("400至500萬")
        *(
            (rf"(?<![\d.,、]){n}、(?={n + 1}(0+)(?![\d.,、])(?:[万萬亿億千百]|[人名个個位]))",
             rf"{n}\g<1>至")
            for n in range(1, 9)
        ),
    ] + [
        # an emergency number names the service, no count ("120急救人員", "110民警", "119消防";
        # D43.3, D45.4)
        (
            r"(?<![\d.,])(?:120|110|119|122|999)(?=急救|救护|救護|救援|民警|警察|消防|指挥|指揮|"
            r"报警|"
            r"報警|电话|電話|急診|急诊|热线|熱線)",
            "",
        ),
        # a count of places or teams beside a count of people ("21个乡镇逾23万人",
        # "救援队伍13支251人"): the people, by the person counters 人 / 名 (D45.5); the other
        # count is dropped, its noun kept. Not households (户: "223户918人"
        # stays two counts of the same people, round 17)
        (
            r"(?<![\d,.一二两兩三四五六七八九十百])(?:\d[\d,.]*|[一二两兩三四五六七八九十百]+)(?:"
            r"个|個)?"
            r"(?=(?:乡镇|鄉鎮|村庄|村莊|村|县|縣|市|区|區|"
            r"镇|鎮|乡|鄉|省|支|座|所)[^\d\s，。,；;、]{0,3}\d[\d,.]*[万萬]?(?:多|余|餘)?[人名])",
            "",
        ),
        # (34rb, D227.1) a count of units or teams named by a longer noun ("10支维和部队共1546人",
        # "14支维和分队2637名官兵", "3个医疗队120名医护人员", "20个救援小组838名队员"): 支 or 个 /
        # 個, up to five characters ending in a team's or a unit's word, then the people (D20: the
        # unit count describes the force); a total word or a qualifier may stand between. Not a
        # list ("31个分队、72台车辆、145人", round 37: the enumeration comma stops it)
        (
            r"(?<![\d,.一二两兩三四五六七八九十百])(?:\d[\d,.]*|[一二两兩三四五六七八九十百]+)(?=(?:支|"
            r"个|個)[^\d\s，。,；;、：:（）()]{0,5}(?:队|隊|队伍|隊伍|组|組|团|團|营|營|旅|师|師)"
            r"[^\d\s，。,；;、：:（）()]{0,2}\d[\d,.]*[万萬]?(?:多|余|餘)?[人名])",
            "",
        ),
        # (17np) "解救的10名婴儿中的一个" (one of the ten babies rescued): "中的一个 / 一名 / 一人"
        # after a counted noun is "one of", as 之一 (rule 13, D45.6, D55.14)
        (r"中的一(?:个|個|名|人|位)", "之一"),
        # "之一" (one of) is a share only after a count in its clause ("13名被困矿工之一", D45.6);
        # after a superlative it ranks the event, no share ("最严重的矿难之一,造成214人死亡":
        # 214; review 17rv, as es "uno de los más extremos", D43.2). Not "分之一" (a fraction).
        (
            # (a number's last numeral before its counter is enough: linear in the clause)
            r"((?:^|(?<=[,.;:!?，。；：！？]))(?:(?![\d一二两兩三四五六七八九十百千万萬][多余餘]?"
            r"(?:名|人|个|個|位|具|起|支|家|座|所|户|戶|口))[^,.;:!?，。；：！？])*?)(?<!分)之一",
            r"\1",
        ),
        # (17ng) "上万" (reaching ten thousand), "上千", "上百" are the plural magnitudes they
        # are in "成千上万" (D42): 数万, 数千, 数百 (rule 7, D47): "上万只白鹭" = 10,000-99,999.
        # Only at the start or after a word that ends before a count (了, 有, 到, 达, 模, 的 …):
        # 上 ends many words ("马上", "船上千人")
        (
            r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[了有到达達模的是近约約计計现現逾超和及与與共成]))"
            r"上(?=[万萬千百])",
            "数",
        ),
        # (17ng) "上万只白鹭及其他鸟类" (ten thousand egrets and other birds): "other" after "and"
        # names other things, no more of the count (D12, D47)
        (r"(?<=[及和与與])其他(?![^\d，。,；;]{0,4}\d)", "别的"),
        # (17ng) "大致有200多人", "约有" (there are about): 有 (there are) between a qualifier and
        # its number leaves the qualifier the number's (D1, D2, D47)
        (r"(?<=[约約概致体體计計])有(?=[\d一二两兩三四五六七八九十百千几幾数數上])", ""),
        # (17ng) "同比增加3156万人次" (up by 31.56 million on the year): 增加 / 增长 right
        # before the number is "rose by", additional (rule 12, as "增加了", D33, D47); "增加到" /
        # "增至" stay "rose to"
        (r"(?:增加|增长|增長)(?=(?:约|約|近|逾|超过|超過)?\d)", "增加了"),
        # (17ng) "下午3點為止" (until 3 p.m.): a clock time by the part of the day (D28, D41.5, D47)
        (
            r"(?:上午|下午|凌晨|晚上|早上|中午|傍晚|清晨|晚间|晚間|早晨)"
            r"(?:\d{1,2}|[一二两兩三四五六七八九十]{1,3})[点點](?:半|\d{1,2}分|[一二三四五六七八九十]+分)?",
            "",
        ),
        # (17ng) "519遊行" (the march of May 19), "921大地震", "228事件": a month and day written
        # before an event's name name the event, no count (D7, D32, D47)
        (
            r"(?<![\d,.])(?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
            r"(?=大?(?:遊行|游行|事件|惨案|慘案|地震|运动|運動))",
            "",
        ),
        # (33rb, D225.2) written with a middle dot ("4·3事件", "9·11恐袭", "济州4·3事件遇难者";
        # "·", "・", "‧", "∙"), the name of the event and of its victims and remembrance, as ko
        # "4·3 희생자": no count
        (
            r"(?<![\d,.·・‧∙])(?:[1-9]|1[0-2])[·・‧∙](?:[1-9]|[12]\d|3[01])(?![\d,.·・‧∙])"
            r"(?=大?(?:遊行|游行|事件|惨案|慘案|地震|运动|運動|事变|事變|起义|起義|恐袭|恐襲|"
            r"恐怖袭击|恐怖襲擊|屠杀|屠殺|遇难者|遇難者|罹难者|罹難者|死难者|死難者|受难者|受難者|"
            r"遗属|遺屬|幸存者|倖存者|纪念|紀念|追悼|悼念|和平公园|和平公園))",
            "",
        ),
        # (17cc) the change's amount first, then the total it reaches ("较去年同期增长 5 起,达 22
        # 起", "增加5人,达到22人", "减少3例至12例"): the amount dropped, the new total (D35, D61.3)
        (
            r"(?:增加|增长|增長|上升|减少|減少|下降)了? ?(?:约|約|近|逾)?\d[\d,.]*[万萬千]? ?"
            r"[^\s\d,，。;；、]{0,2}[,，]? ?(?=(?:达到|達到|达|達|增至|升至|降至|至|为|為) ?\d)",
            "",
        ),
        # (33rb, D225.3) the amount with its comparison in the clause that names the new total
        # ("比去年增加3.5万人的552万人", "比上年多3万5千人的552万人"): the amount dropped, the total
        # read, as ja "前年より3万5千人多い552万人" and ko "24만여명이 증가한 7,430,664명"
        (
            r"(?:比|较|較)[^\d\s，。,、;；]{1,8}(?:增加|增长|增長|上升|减少|減少|下降|多|少)了? ?"
            r"(?:约|約|近|逾)?\d[\d,.万萬千]*[^\s\d,，。;；、的]{0,2}的 ?(?=(?:约|約|近|逾)?\d)",
            "",
        ),
        # a change "from A to B" gives the new total B (D35); (17cf) also with the old count's
        # year first ("从2015年初仅5家增至90家", from only 5 at the start of 2015 to 90, D64.5)
        (
            r"[从從由](?:[12]\d{3}年)?(?:[^\d\s，。,、]{1,8}(?=\d))?\d[\d,.]*[万萬千亿億]?[^\s\d]"
            r"{0,2}"
            r"(?=(?:增至|增加到|增加至|增长到|增长至|增長到|增長至|上升到|上升至|升至|升到|"
            r"降至|降到|减少到|减少至|減少到|減少至|减至|減至|下降到|下降至|跃升至|躍升至|攀升至))",
            "",
        ),
    ],
    # "多人受傷" (many injured) not glued to a number is "many", no magnitude: listed after a
    # count it is a second quantity ("當場1人死亡,多人受傷", D41); "10多人" stays ten-odd
    # (17gwb) "无数" (countless) holds 数人 (a few people): no magnitude, not "several"
    "uncountable": [
        "多人", "许多", "許多", "很多", "众多", "眾多", "大批", "不少", "无数", "無數", "大量",
    ],
    "percent": ["%"],
    # "13名被困矿工之一" (one of the 13 trapped miners): a share of the count, no count
    # (rule 13, D37.4, D45.6)
    "fraction": ["倍", "一半", "半数", "半數", "分之", "大半", "多数", "多數", "之一"],
    # (17ng) "日均" (a daily average), "人均" (per head), "平均" (on average): per-unit figures
    # (rule 13, D40.12, D47)
    # (17nj) per mille ("‰") is a rate per thousand: no count, no per cent (rule 13, D49)
    "rate": ["‰", "千分之", "每天", "每日", "每", "各", "日均", "月均", "年均", "人均", "平均"],
    "units": [
        "营", "營", "旅", "团", "團", "师", "師", "军团", "軍團",
        # rescue teams are units beside one headcount ("20支救援队伍838名救援人员", D20)
        "救援队", "救援隊", "队伍", "隊伍",
    ],
    # 時 / 分 after a number: a clock time (D28, D33); 分之 is a fraction
    "year_post": ["年", "月", "日", "時", "时", "分"],
    # also ages ("22岁男子", "22歲"): no count (D7)
    # (17ta) beside another quantity, a number these words name is no count (D56): a prize
    # class ("1等奖"), a class or department ("6系7班22名學生"), a type, a grade, a line, an edition
    # or issue
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    "compared_post": [
        "相比", "相比较", "相较",
    ],
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "零下", "海拔", "热线", "熱線",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "千伏", "千瓦", "兆瓦", "伏特",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "楼", "層", "层", "路", "病房", "热线", "熱線", "号楼", "名以内",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "毫米",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "级", "級", "摄氏度", "攝氏度", "度",
        # (17cd) "直到31號" (until the 31st): a day of the month (D7, D59.6)
        "號", "号",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "米", "公里", "千米", "公尺",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "英尺", "呎", "英里",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "平方米", "平方公里", "平方千米", "平米", "立方米", "公顷", "亩",
        "等奖", "等", "系", "型", "年级", "号线", "届", "期",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "人座", "座大巴", "座客车", "座客車", "座中巴",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "中", "其中", "之中", "当中",
    ],
    "time_units": [
        # (17cs) a size of a building ("20层的大楼"): a measure, no count; dropped as
        # durations are (D32, D49.9)
        "层楼", "层的",
        "小时", "小時", "天", "周", "週", "个月", "個月", "岁", "歲", "周岁", "週歲",
        # "近25个小时" (nearly 25 hours) with the general counter; "313公尺深" (313 metres deep):
        # a depth or a place at a distance is no count (D7, D45.3); a length alone stays as
        # written, and "海拔超过3800米" beside a count stays two quantities (round 4's label)
        "个小时", "個小時", "个多小时", "個多小時", "分钟", "分鐘", "公尺深", "米深", "公尺处",
        "公尺處", "米处", "米處",
        # (17gwb) weeks written 星期 / 礼拜 ("3个星期"), hours 钟头 ("3个钟头"), seconds,
        # quarters, days and nights (昼夜), centuries
        "星期", "个星期", "個星期", "礼拜", "禮拜", "个礼拜", "個禮拜", "钟头", "鐘頭", "个钟头",
        "個鐘頭", "秒", "秒钟", "秒鐘", "季度", "个季度", "個季度", "昼夜", "晝夜", "世纪", "世紀",
    ],
    "stop": [
        # (17cm, D67.5) words holding 近 (nearly) that are no qualifier: 附近 (nearby: "這附近一共
        # 有10戶蜂農" = 10, not "nearly 10"), 最近 / 近日 / 近期 / 近来 / 近年 (recently), 靠近 /
        # 邻近 / 临近 (next to), 近郊 (the outskirts), 近海 (inshore); 将近 / 接近 (nearly) stay
        "附近", "最近", "近日", "近期", "近来", "近來", "近年", "近年来", "近年來", "靠近", "邻近",
        "鄰近", "临近", "臨近", "近郊", "近海",
        # (17nl) 各級 / 各级 (of every level: "各級海警機構共查辦…70起") is no "each" (D49.8, D51.7)
        "各級", "各级",
        # 各 is "each" (a rate) but not in "各地" (everywhere) and the like
        "各地", "各國", "各国", "各方", "各界", "各種", "各种", "各省",
        # (17nk) "各部门160余人" (160-odd people from the departments): no "each" (D50)
        "各部门", "各部門",
        # (17nj) "各型车辆(装备)300余台" (vehicles of every type): a kind, no "each" (rule 13, D49)
        "各型", "各类", "各類", "各式",
        # (17cf) words holding 破 ("breaks", at least: "死者破七萬人") that do not mean it: 破产
        # (bankruptcy: "审结破产类案件1923件" = 1923), 破坏 (destroy), 破获 / 侦破 / 破案 (a case
        # solved: "破获案件120起" = 120) (D64.3)
        "破产", "破產", "破坏", "破壞", "破获", "破獲", "侦破", "偵破", "破案",
        # words holding 过 ("over", at least) that do not mean it
        "通过", "通過", "经过", "經過", "不过", "不過", "过去", "過去", "过后", "過後",
        "难过", "難過", "过程", "過程", "过度", "過度",
        # (17nj) 过 after a verb is its aspect ("共实行过7次特赦", carried out seven amnesties), no
        # "over" (D1, D49); not "有过" ("有过百万人", over a million)
        "实行过", "實行過", "实施过", "實施過", "进行过", "進行過", "举行过", "舉行過", "发生过",
        "發生過", "出现过", "出現過", "经历过", "經歷過", "发动过", "發動過",
        "遭遇过", "遭遇過",
        "人", "名", "士兵", "朝鲜", "朝鮮", "军", "軍", "死亡", "受伤", "受傷", "兵", "部队",
        "部隊",
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
        "dmark": ["日", "号"],
        "units:day": ["天"],
        "unit:week": ["周", "星期"],
        "units:month": ["个月"],
        "quarterw": ["季度"],
        "ord:1 halfw": ["上半年"],
        "ord:2 halfw": ["下半年"],
        "rel:last unit:week": ["上周", "上星期"],
        "rel:this unit:week": ["本周", "这周"],
        "rel:last unit:month": ["上个月", "上月"],
        "rel:this unit:month": ["本月", "这个月"],
        "rel:last unit:year": ["去年"],
        "rel:this unit:year": ["今年"],
        "rel:next unit:year": ["明年"],
        "rel:past": ["过去"],
        "part:end unit:year": ["年底", "年末"],
        "part:begin unit:year": ["年初"],
        "part:end unit:month": ["月底"],
        "part:early": ["上旬", "初"],
        "part:mid": ["中旬"],
        "part:late": ["下旬"],
        "part:end": ["底"],
        "day:0": ["今天"],
        "day:-1": ["昨天"],
        "day:-2": ["前天"],
        "now": ["目前", "迄今", "至今", "现在", "已经"],
        "before": ["最近", "此前", "近日"],
        "since": ["以来", "自", "从"],
        "until": ["截至", "到", "至"],
        "ago": ["前"],
    },
}

# (17ck, D68.2) the units of mass, area and volume (not lengths, D66.3): "一吨多", "几吨", "数公顷"
# (not 克 nor 升, also inside words: 坦克, 上升)
FIGURES.update({
    "measures": [
        "吨", "噸", "公吨", "公噸", "千克", "公斤", "公顷", "公頃", "亩", "畝", "平方公里",
        "平方千米", "平方米", "立方米", "斤",
    ],
})
# (17ck, D68.1) 千千万万 (thousands and tens of thousands, the magnitudes repeated) reads as
# 成千上万, two vague ends (D4), never as the numerals 千, 千, 万, 万 multiplied
FIGURES["rewrites"].insert(0, (r"千千万万|千千萬萬", "数千至数万"))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): 跌破 (broke
# below; not 破, "broke through": at least), 跌穿, 不及, 未达到 / 没有达到; 上升 / 增多 / 攀升 /
# 激增 right before the count is "rose by N", additional (rule 12), as 增加
FIGURES["at_most"] += [
    "跌破", "跌穿", "不及", "未达到", "未達到", "没有达到", "沒有達到", "没达到", "沒達到",
    "未能达到", "未能達到",
]
FIGURES["rewrites"].append((
    r"(?:上升|增多|攀升|激增|猛增|暴增)(?=(?:约|約|近|逾|超过|超過)?\d)",
    "增加了",
))

# (20fa, D92.2) 再 in 再现 / 再現 (reappear) and 再生 is no "again":
# "日本鹿儿岛再现禽流感疫情 12万只鸡被扑杀" = 120,000, total; "再有12人死亡" stays additional
FIGURES["rewrites"].append((r"再(?=[现現生])", "重"))
# (22rb, D108) 增幅 (the size of a rise) before its per cent or count ("增幅达10%") is the rise,
# additional, as "增加了10%" (rule 12, D65)
FIGURES["rewrites"].append((r"增幅(?:达到|達到|达|達|为|為)?(?=\s?(?:约|約)?\d)", "增加了"))
# (22rb, D109) 再次 (once again) tells the event repeated, no count added to one ("再次有30人死亡"
# = 30, total), as "again", "erneut", "再び" read; "再有12人死亡" (another 12) stays additional
FIGURES["rewrites"].append((r"再次(?!新增|增加)", "重新"))
# (22rb, D110) "这230人中,…占比63%" (of these 230, a share of 63 %): the count names the whole of a
# share, as "8人中有5人" (rule 13, D37); the per cent told after 占 / 占比 / 有 in the same sentence
FIGURES["rewrites"].append((
    r"(?<=\d)([^\d\s，。,;；]{0,3})中(?=[,，](?:[^。;；]{0,40}?(?:占比|占)[^。;；\d]{0,8}|有)"
    r"(?:约|約)?\d[\d.]*\s?%)",
    r"\1分之",
))

# (23rc, D127) Han numerals before 位 (the polite counter of people) read as before 名:
# "两位村民受伤" = 2, as "两名村民"; not a lone 一 ("一位村民说", read as before), not "第三位" (a
# rank), "两位数" (double digits) nor "三位一体"; and only where no number in digits follows
# (precision first: "两位专家 表示,至少5人死亡", two experts said, keeps its 5)
_HAN = "〇零一二两兩三四五六七八九十百千万萬廿卅"
_HAN_RUN = rf"(?<!第)(?<![{_HAN}])((?:[{_HAN}]{{2,}}|[二两兩三四五六七八九十廿卅]))"
FIGURES["rewrites"].append((_HAN_RUN + r"位(?![数數一])(?!.*\d)", r"\1名"))
# (23rc, D127) and before 条 / 條 counting animals or lives ("击毙了两条大鳄鱼", "三条人命"): the
# counter of animals (只, D67.4); not 条 before a road, a river, a boat or a limb ("两条腿", "两条船
# 上的40名船员": beside a headcount they name where the counted were)
FIGURES["rewrites"].append((
    _HAN_RUN + r"[条條](?=(?:大|小|巨型)?(?:鳄鱼|鱷魚|鲨鱼|鯊魚|鲸鱼|鯨魚|鲸|鯨|海豚|"
    r"蟒蛇|蟒|蛇|狗|犬|鱼|魚|人命|生命))(?!.*\d)",
    r"\1只",
))

# (23rf, D137) the verbs of a rise right before the count or per cent they add ("同比提升33.57%",
# "整整多出532587人", "上涨12%"): "rose by", additional, as 增加 / 上升 (rule 12, D84.2); "提高到" /
# "提升至" (rose to) stay the new total
FIGURES["rewrites"].append((
    r"(?:提升|提昇|提高|上涨|上漲|上扬|上揚|回升|飙升|飆升|猛涨|猛漲|大涨|大漲|暴涨|暴漲|递增|遞增|"
    r"多出|多了)了?(?=(?:约|約|近|逾|超过|超過)?\d)",
    "增加了",
))

# (23re, D134.2) the size of a change told after the count, its clause closed by a comma, with
# the time it is compared with before it and the verb of change ("共3863人，較去年又增加386人",
# 386 more than last year): no count beside the count (D122's class, written as a rewrite where
# the comparison stands before the size); only after a count and its counter, at most a few
# words after it in the same clause ("有13796人報名參加今年高考，比去年增加1068人")
FIGURES["rewrites"].append((
    r"((?:\d|[萬万])[人名隻只例件位次][^\d,，、。;；]{0,12})[,，、]\s*(?:較|较|比|相較於?|相较于?|"
    r"相比)(?:去年|前年|"
    r"上年|上屆|上届|上月|同期|去年同期|前一年|\d{2,4}年)(?:同期)?(?:又|再)?(?:增加|減少|减少|"
    r"增長|增长|成長|成长|下降|多|少)了?\d[\d,.]*(?:萬|万)?(?:人|名|隻|只|例|件|位|次)",
    r"\1",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "新增" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("新增"))

# (24ra, D144) "about / nearly" before the verb of a share ("约占…的11.94%", "近占", "约合"): the
# qualifier is the share's, as "大约占" reads (rule 1, D1); written as the qualifier right before
# the number. Only across no other number
FIGURES["rewrites"].append((
    r"(约|約|大约|大約|大概|近|将近|將近)(?:占|佔)(?:比)?"
    r"([^\d，。,;；]{0,20}?)(?=\d)",
    r"占\2\1",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['即', '也就是', '也就是说', '亦即']

# (24rc, D150) every 增 compound of a rise right before the count it adds, with a qualifier between
# or not ("增产474.8万吨", "增产近212万吨", "增产约115多万吨", "增收200万元", "净增300人",
# "增员50人", "增建3座", "增开20趟"), and 增加 / 增长 / 上升 before a count in Han numerals
# ("增加八万人"):
# "rose by", additional, as "增加了" (rule 12, D47.1, 17ng); the compounds' "rose to" forms (增产至,
# 增收到) have 至 / 到 before the number and are not touched. Not 增值 (value added), 增援
# (reinforcements, a noun before a unit), 增幅 (D108's), 增速 (a rate of growth)
_ZH_HAN = r"(?:[两兩二三四五六七八九十廿卅]|一[十百千万萬亿億])"
FIGURES["rewrites"].append((
    r"(?:增产|增產|增收|增员|增員|增发|增發|增设|增設|增建|增开|增開|增补|增補|增购|增購|增聘|增招|"
    r"增种|增種|增储|增儲|增资|增資|增销|增銷|净增|淨增|多增|净增加|淨增加)了?(?=(?:约|約|近|逾|"
    r"超过|超過|将近|將近|大约|大約|接近)?(?:\d|" + _ZH_HAN + "))",
    "增加了",
))
FIGURES["rewrites"].append((
    r"(?:增加|增长|增長|上升|增多|提高|提升)(?!了)(?=(?:约|約|近|逾|超过|超過|将近|將近|大约|大約|"
    r"接近)?" + _ZH_HAN + r"[^倍成%％]{0,3}?(?:[万萬亿億千百]|"
    r"[人名例起个個家座户戶吨噸元台辆輛只隻头頭]))",
    "增加了",
))

# (24rc, D151) rates the table lacked (rule 13, D19, D114): 亩产 / 单产 (a yield per mu, per unit
# of land: "亩产500公斤"), 时速 (an hourly speed); 每 (per, every) reads the rest already ("每公顷",
# "每平方米", "每小时"). 日产 (a daily output) is not written: also the maker Nissan
# ("日产汽车召回3万辆")
FIGURES["rate"] += ["亩产", "畝產", "单产", "單產", "时速", "時速"]

# (24rf, D160) a Han numeral with the Han decimal point 點 / 点 before a scale or after 百分之:
# "三十九點七三萬人" = 397,300, "十二点九六万人" = 129,600, "百分之三十五点六" = 35.6 %, written in
# digits ("39.73萬"), which read already; not a clock time ("三點五十分": no scale after it)
FIGURES["rewrites"][:0] = [
    (
        r"(?<![〇零一二两兩三四五六七八九十百千])([一二两兩三四五六七八九十百千〇零]+)[點点]"
        r"([〇零一二三四五六七八九]+)(?=[万萬亿億])",
        "HANDECIMAL",
    ),
    (
        r"(?<=百分之)([一二两兩三四五六七八九十百〇零]+)[點点]([〇零一二三四五六七八九]+)",
        "HANDECIMAL",
    ),
    # (24rf, D160) a range of per cents with 百分之 once, before the low end ("百分之十至十二",
    # "百分之10到12", "百分之五至百分之八"): the per cent sign after the high end, so both ends
    # are per cents (not "十%至十二", which read 2)
    (
        r"(?<!千)百分之(\d++(?:\.\d+)?)(至|到|~|～|-|—)(?:百分之)?(\d++(?:\.\d+)?)(?![点點\d.])",
        r"\1\2\3%",
    ),
    # (in Han numerals both ends keep their sign: "十%至十二%" stays unread, no 2)
    (
        r"(?<!千)百分之([一二两兩三四五六七八九十百〇零]++)(至|到|~|～|-|—)(?:百分之)?"
        r"([一二两兩三四五六七八九十百〇零]++)(?![点點])",
        r"\1%\2\3%",
    ),
    # (24rf, D160) a range of Han numerals with the counter once, after the high end ("十至十二人",
    # "五到八名"): the counter after both ends, as "五人至八人" reads (not 12, the high end's
    # last numeral); not after 第 (ranks: "第五至八名")
    (
        r"(?<![〇零一二两兩三四五六七八九十百千万萬第])([一二两兩三四五六七八九十百千]+)(至|到)"
        r"([一二两兩三四五六七八九十百千]+)([人名位只头頭具])",
        r"\1\4\2\3\4",
    ),
]

# (25ra, D167) a change "从A跌至 / 飙升至 / 回落到 B" with a verb of change the D35 rewrite did not
# list (跌至, 跌到, 回落至, 下滑至, 缩减至, 扩大至, 提高到, 暴增至, 锐减至, 減為 …, simplified and
# traditional): the new total B (D35), the old count dropped; "从300人到420人" with no verb of
# change stays a range (rule 6)
FIGURES["rewrites"].insert(0, (
    r"[从從由](?:[12]\d{3}年)?(?:[^\d\s，。,、]{1,8}(?=\d))?\d[\d,.]*[万萬千亿億]?[^\s\d]{0,2}"
    r"(?=(?:跌至|跌到|跌落至|回落至|回落到|回升至|回升到|飙升至|飆升至|飙升到|飆升到|猛增至|"
    r"激增至|骤增至|驟增至|骤降至|驟降至|锐减至|銳減至|暴跌至|暴增至|上涨至|上漲至|上涨到|上漲到|"
    r"涨至|漲至|涨到|漲到|下滑至|下滑到|缩减至|縮減至|缩小至|縮小至|扩大至|擴大至|扩大到|擴大到|"
    r"提高到|提高至|提升至|提升到|降低到|降低至|减少为|減少為|增加为|增加為|翻番至|翻倍至|升高至|"
    r"滑落至|攀升到|增为|增為|减为|減為|降为|降為|升为|升為|上升为|下降为|下降為|上升為|增长为|"
    r"增長為|跃升到|躍升到|跌破|增至|增加到|增加至|增长到|增长至|增長到|增長至|上升到|上升至|"
    r"升至|升到|降至|降到|减少到|减少至|減少到|減少至|减至|減至|下降到|下降至|跃升至|躍升至|"
    r"攀升至))",
    "",
))
FIGURES["total"] += [
    w for w in ("跌至", "跌到", "回落至", "回升至", "飙升至", "飆升至", "上涨至", "上漲至", "涨至",
                "漲至", "下滑至", "缩减至", "縮減至", "扩大至", "擴大至", "减至", "減至", "降到",
                "增加為", "减少为", "減少為", "增为", "增為", "减为", "減為", "降为", "降為")
    if w not in FIGURES["total"]
]

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

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

# (25rc, D174) "10几" is 十几, a "teens" word written with digits ("10几万头" = 110,000-190,000,
# rule 7), before a scale or a counter, as ja "10数" (17np).
FIGURES["rewrites"].append((
    r"(?<![\d.,])10([几幾])(?=[万萬亿億千百]|[人名个個件头頭只隻台辆輛户戶所家])",
    r"十\1",
))

# (25rc, D174) a road's number before 国道 / 省道 / 县道 ("遼寧一○一國道", "101国道", national road
# 101) names the road, no count (D83, as "42路"): read once the Han digits with 〇 are digits.
FIGURES["not_count_post"] += ["国道", "國道", "省道", "县道", "縣道", "号公路", "號公路"]

# (25rd, D177) an ordinal in Han numerals is no count (D7): "第二十一名遇难者" read 21, where
# "第21名" is dropped already; the ordinal is dropped
FIGURES["rewrites"].append((r"第[零〇一二两兩三四五六七八九十百千万萬]+", ""))

# (26ra, D182) "not below / not fewer than" is at least, "not above / not more than" at most,
# with a modal between ("不低于37万", "不小于", "不会少于", "不得低于"; "不高于", "不多于",
# "不大于", "不会超过", "未超过"): "低于" inside "不低于" read at most, "高于" inside "不高于" at
# least. Listed whole in
# both writings, so the longest phrase wins ("低于500人" alone stays at most)
_ZH_MODALS = ("", "会", "會", "能", "得", "应", "應", "应该", "應該", "可", "宜", "可能", "致")
_ZH_LEAST, _ZH_MOST = negated_bounds(
    ("不",), _ZH_MODALS,
    ("低于", "低於", "少于", "少於", "小于", "小於", "下于", "下於"),
    ("高于", "高於", "多于", "多於", "大于", "大於", "超过", "超過", "超出"),
)
FIGURES["at_least"] += [w for w in _ZH_LEAST if w not in FIGURES["at_least"]]
FIGURES["at_most"] += [
    w for w in [*_ZH_MOST, "未超过", "未超過", "没有超过", "沒有超過", "没超过", "沒超過"]
    if w not in FIGURES["at_most"]
]

# (26ra, D183) "凈增" (a variant of 净 / 淨) before the count: "凈增了778.8萬戶" = "增加了",
# additional, as D150's "净增" (rule 12)
FIGURES["rewrites"].insert(0, (r"凈增(?:加)?(?=了?(?:约|約|近|逾)?\d)", "净增"))

# (26rb, D186.3) a mobile network's generation glued to its noun ("5G基站", "4G网络", "5G用户"):
# no count ("建成5G基站超过60万个" = at least 600,000)
FIGURES["rewrites"].append((
    r"(?<![0-9a-z.,])[2-6]g(?=基站|網絡|网络|網路|手机|手機|用户|用戶|信号|信號|技术|技術|终端|終端|"
    r"套餐|网|網|牌照|商用|/lte| ?lte)", ""))

# (28ru, D202) 一 with the classifier of weapons and aircraft (枚, 架, 发 / 發, 颗 / 顆) after
# "and" (和, 及, 与 / 與, 以及) and a count before it ("56架無人機和一枚巡航導彈"), or before "and"
# and a count after it ("一枚巡航导弹和56架无人机"), counts one: a list of several counts, a sum
# (rule 13, D85.1, D94), as "56架無人機和1枚巡航導彈" reads; alone 一 + classifier stays the
# article (17cm)
_ZH_ARM_CLASSIFIER = r"[枚架发發颗顆]"
_ZH_AND = r"(?:以及|和|及|与|與)"
FIGURES["rewrites"] += [
    (rf"^(?=.*(?:\d|[两兩二三四五六七八九十百千])(?:多|余|餘)?{_ZH_ARM_CLASSIFIER})"
     rf"(.*?{_ZH_AND})一(?={_ZH_ARM_CLASSIFIER})", r"\g<1>1"),
    (rf"(?<![\d〇零一二两兩三四五六七八九十百千万萬])一(?={_ZH_ARM_CLASSIFIER}[^，。,、;；\d]{{1,8}}"
     rf"{_ZH_AND}(?:约|約|近|逾|超过|超過)?\d)", "1"),
]

# (30fx, D215.2) a breakdown told before its total, "包括9名儿童在内的至少17名平民" (at least 17
# civilians, 9 children among them): the total, as "17名平民，包括9名儿童" reads (D5, D23); the
# breakdown is dropped when a count follows it
FIGURES["rewrites"].append((
    r"包括[^，,。；;：:]{1,30}?在内的?\s*(?=(?:至少|最少|约|大约|近|超过|逾|多达|共|\d|[一二两三四五六七八九十百千万]))",
    ""))

# (30rb, D216.7) a Han numeral before the general counter 个 / 個 and a noun of people ending in 人
# ("三个唐山人", three people of Tangshan; "两个中国人", "十个人"): a headcount, read as before 名
# (D127's 位); not a lone 一, not 第, not a time ("三个月", "两个多小时": no 人 within three
# characters, no 的 between) and only where no number in digits follows
FIGURES["rewrites"].append((
    _HAN_RUN + r"[个個](?=[^\d\s,，。、；;的月年天日时時周週星期小钟鐘礼禮多半]{0,3}人)(?!.*\d)",
    r"\1名",
))

# (32rl, D220.1) a share told after the total and its comma ("349人，其中一半以上是儿童": half of
# them and more children) tells who the counted were: the total's breakdown (D5), written as 其中,
# as "其中大部分" reads already; a number after the share keeps it a share or a list
FIGURES["rewrites"].append((
    r"(\d[^,，;；:：]{0,20}?)[,，]\s*(?:其中|当中|當中)?有?(?:超过|超過|近|约|約|逾|将近|將近)?"
    r"(?:一半|半数|半數|过半|過半|大多数|大多數|绝大多数|絕大多數|多数|多數|大部分|三分之一|三分之二|"
    r"四分之一|四分之三|五分之一)(?:以上|左右)?(?!.*\d)",
    r"\1，其中",
))

# (34rb, D227.2) the size of a change told in brackets right after the count ("50578人(比上年末
# 减少2655人)", "（较上年减少2655人）", "(同比增加2655人)"): no count beside the count (D122), as ja
# "(前年末比2,655人減)" and zh's comma form ("，比上年减少2655人") read; the bracket dropped
FIGURES["rewrites"].append((
    r"(?<=[\d万萬千百亿億][人名])\s*[(（]\s*(?:(?:比|较|較|与|與|相比)?(?:上年|去年|前年|上月|"
    r"上周|上週|上年末|去年底|去年同期|上年同期)(?:相比|同期)?|同比|环比|環比)?\s*"
    r"(?:减少|減少|增加|下降|增长|增長|上升|少|多)了?\s*\d[\d,.]*[万萬]?(?:人|名)\s*[)）]",
    "",
))

# (34rd, D230.1) D134.2 with the time compared with told in more words: the end, start or middle
# of a year ("141175萬人,比上年末減少85萬人", "比2021年末減少85萬人", "比上一年减少58万人";
# http://m.shanxiti.com/top/431525.html, http://m.hg87897.com/hnnew/2023-01-17/666816.html): the
# size of the change after the count, dropped, the count read (D122, D111)
FIGURES["rewrites"].append((
    r"((?:\d|[萬万])[人名隻只例件位次][^\d,，、。;；]{0,12})[,，、]\s*(?:較|较|比|相較於?|相较于?|"
    r"相比|与|與)(?:上一年|前一年|上年|去年|前年|\d{2,4}年)(?:末|底|初|年末|年底|同期)?(?:相比)?"
    r"(?:又|再)?(?:增加|減少|减少|增長|增长|下降|上升|多|少)了?(?:约|約|近)?\d[\d,.]*(?:萬|万)?"
    r"(?:人|名|隻|只|例|件|位|次)",
    r"\1",
))
# (34rd, D230.2) the earlier year's value in brackets right after the count ("全年出生人口1,465万
# 人(2018年1,523万人)", 14.65 million births (15.23 million in 2018)): the compared value, dropped
# (D111: the count beside its compared value is read)
FIGURES["rewrites"].append((
    r"((?:\d|[萬万])(?:人|名|例|件|位|次))\s*[(（]\s*(?:[12]\d{3}|上一?|去)年(?:末|底)?[:：为為是]?\s*"
    r"\d[\d,.]*(?:萬|万)?(?:人|名|例|件|位|次)\s*[)）]",
    r"\1",
))

# (34re, D231.1) a count of lodging places after 在 / 于 beside the people lodged there
# ("400人被安置在33个安置点", "在33个安置点安置400人"): set aside, the people read (D20)
_LODGING_ZH = (
    r"(?:个|個|处|處|座|所)?(?:临时|臨時|集中|应急|應急)?(?:安置点|安置點|避难所|避難所|安置场所|"
    r"安置場所|避难场所|避難場所|避难点|避難點|救助站|收容所|安置区|安置區|帐篷|帳篷|救助点|救助點)"
)
FIGURES["rewrites"] += [
    (rf"(\d[^。；;！？!?]*?[人名][^。；;！？!?]*?(?:在|于|於|到|至))(?:\d[\d,.]*|"
     rf"[一二两兩三四五六七八九十百]+)(?={_LODGING_ZH})", r"\1"),
    (rf"(?<=在|于|於|到|至)(?:\d[\d,.]*|[一二两兩三四五六七八九十百]+)(?={_LODGING_ZH}"
     rf"[^。；;！？!?]*?\d[\d,.]*[万萬]?(?:多|余|餘)?[人名])", ""),
]

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or treated in ("32名
# 伤者被送往5家医院", "伤员已被转至武汉4家医院接受治疗", nbnewpower.cn 2008-04-28): set aside
# beside the people, as D231.1's shelters; with no verb ("32人在5家医院") two counts
_CARE_ZH = (
    r"(?:家|所|个|個|间|間|座)?(?:不同)?(?:的)?(?:医院|醫院|医疗机构|醫療機構|卫生院|衛生院|诊所|診所|"
    r"医疗点|醫療點|定点医院|定點醫院)"
)
_CARE_ZH_TO = (
    r"(?:送往|送到|送至|送入|转往|轉往|转至|轉至|转到|轉到|转送|轉送|转运至|轉運至|转运到|轉運到|"
    r"转移到|轉移到|转移至|轉移至|分送|分流到|分流至|分别送往|分別送往|收治在|收治于|收治於|"
    r"入住|就医于|就醫於|救治于|救治於)"
)
FIGURES["rewrites"] += [
    (rf"(\d[^。；;！？!?]*?[人名位][^。；;！？!?]*?{_CARE_ZH_TO}[^\d。；;！？!?，,]{{0,6}}?)(?:\d[\d,.]*|"
     rf"[一二两兩三四五六七八九十]+)(?={_CARE_ZH})", r"\1"),
    (rf"(\d[^。；;！？!?]*?[人名位][^。；;！？!?，,]*?(?:在|于|於))(?:\d[\d,.]*|"
     rf"[一二两兩三四五六七八九十]+)(?={_CARE_ZH}[^。；;！？!?，,]*?(?:救治|治疗|治療|接受治疗|"
     rf"接受治療|住院|抢救|搶救|收治))", r"\1"),
]
