"""Korean (``ko``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._ages import AGE
from analysis.lang._designations import DESIGNATION, MAGNITUDE, NUMBER_SIGN, decimal_before
from analysis.lang._forms import leading_minus, leading_plus

# fmt: off

SCRIPTS = ("hangul",)

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
    ["월요일"],
    ["화요일"],
    ["수요일"],
    ["목요일"],
    ["금요일"],
    ["토요일"],
    ["일요일"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "사망자?", "숨진", "부상자?", "중상자?", "경상자?", "실종자?", "확진자",
    ],
    "casualties": [
        "사상자", "피해자", "희생자", "환자",
    ],
    "numbers": {
        "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
        "열": 10,
        # native tens ("주택 서른 동": thirty houses; 스무 before a counter)
        "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "예순": 60, "일흔": 70, "여든": 80,
        "아흔": 90,
        # (lexicon 17, session 6) the forms standing alone ("하나", "둘", "셋", "넷")
        "하나": 1, "둘": 2, "셋": 3, "넷": 4,
    },
    "small": {"십": 10, "백": 100, "천": 1000},
    "scales": {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000, "k": 1000},
    # 조 (10^12) only right after a number: "조수석" (passenger seat) is no trillion (D38)
    "after_number": ["k", "조"],
    "vague": {
        "수십": 10, "수백": 100, "수천": 1000, "수만": 10_000, "수십만": 100_000,
        "수백만": 1_000_000, "수천만": 10_000_000,
        # (16kj) written with a space ("수백 만의 무기와 미사일", millions)
        "수십 만": 100_000, "수백 만": 1_000_000, "수천 만": 10_000_000,
    },
    "vague_prefix": ["수"],
    "several": [
        "몇", "여러", "몇몇",
    ],
    # (lexicon 17, session 6) "십수 명" (ten-odd, teens): vague 11-19 (rule 7)
    "teens": ["십수"],
    "approx": [
        "약", "대략", "추정", "줄잡아", "어림잡아", "~", "대략적으로", "약간",
        # (lexicon 17, session 6) colloquial "대충", "얼추" (roughly)
        "대충", "얼추",
    ],
    # (17nf) not "무려" (as many as, a whopping): emphasis, no bound (D46)
    "at_least": ["최소", "적어도", "최소한", "최저"],
    "at_most": [
        "최대", "많게는", "최고",
        # (lexicon 17, session 6) "최대한" (at the most; holds 한, one), "기껏해야" (at most)
        "최대한", "기껏해야", "기껏",
        # (17gwb) "많아야 300명" (300 at the most)
        "많아야", "많아봐야",
    ],
    "nearly": ["거의", "근"],
    "post_approx": [
        "정도", "가량", "쯤", "안팎", "내외", "규모", "남짓한", "께", "수준",
        # (lexicon 17, session 6) "100명 전후" (around)
        "전후",
    ],
    "post_at_least": [
        "돌파", "돌파했다",
        "이상", "넘는", "넘게", "넘어", "넘었", "넘어선", "넘긴", "넘은", "초과", "넘", "상회",
        "남짓", "+",
        # (lexicon 17, session 6) "웃도는", "웃돌았다" (exceeding)
        "웃도", "웃돌",
    ],
    "post_at_most": [
        "이하", "미만", "까지",
        # (lexicon 17, session 6) "못 미치는" (short of), "밑도는" / "밑돌았다" (below), "(채) 안
        # 되는" (not even, fewer than)
        "못미치", "밑도", "밑돌", "안되는", "안된다", "안돼",
        # (lexicon 17, session 6) "넘지 않는" / "넘지 못한" (not exceeding): not "넘" (rewritten
        # without the space)
        "넘지않", "넘지못",
    ],
    "post_nearly": [
        "가까이", "가까운", "육박", "가깝",
    ],
    "weak_at_least": ["여"],
    "additional": ["추가", "추가로", "추가적", "더", "또", "새로", "또다시", "증원"],
    # "301명 증가해" is "rose by 301"; "5만명으로 증가" (to) keeps the total
    "additional_post": ["증가", "증가해", "증가한", "증가했다"],
    "including": [
        "이 중", "그중",
        # (lexicon 17, session 6) "그 가운데", "이 가운데", "이들 중" (of them), "그 중"
        "이 가운데", "그 가운데", "이들 중", "이들 가운데", "그 중", "이 중에서", "그중에서",
    ],
    # written after what it includes ("사망자 600명을 포함, 총 4천700명")
    "including_post": ["포함", "포함해", "포함한", "포함하여", "포함해서",
                       # (31rb, D219.3) "비롯해" (including, to begin with): "학생 325명을 비롯해
                       # 476명" = 476, as "포함해" (D5, D23)
                       "비롯", "비롯해", "비롯한", "비롯하여", "비롯해서"],
    # (20fb, D93.1) "made up of", written after the parts (D23; figures only)
    # ("5명으로 구성된 6명": a spaced Hangul phrase matches only unspaced text: the verb alone)
    "made_of_post": ["구성된", "이뤄진", "이루어진"],
    "total": [
        "총", "모두", "누적", "합계", "전체",
        # (lexicon 17, session 6) "합쳐", "통틀어" (all told), "도합", "총합"
        "합쳐", "통틀어", "도합", "총합",
    ],
    "range_sep": [
        "~", "에서", "내지", "-", "∼", "～", "－", "–",
        # (lexicon 17, session 6) "2명 또는 3명", "혹은" (or)
        "또는", "혹은",
    ],  # (16s as ja: "18－22세")
    "percent": ["%", "퍼센트", "프로"],
    "fraction": ["배", "절반", "분의", "과반", "대부분", "삼분의", "3분의"],
    "rate": [
        # (17cs) per mille written out ("13.4퍼밀"), as "‰" (rule 13, D49.6)
        "퍼밀",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰",
        "하루", "매일", "일일", "매주", "매달", "매월", "각각", "각", "당",
        "초속", "시속", "분속",  # speeds: per second, per hour, per minute
        # (17nj) an average or a yearly figure ("한 해 평균 20건", "매년 300명") is a rate, as zh
        # 平均, 年均 (rule 13, D47.4, D49)
        "평균", "연평균", "매년", "해마다",
        # (17gwb) "연간 300명" (300 a year), "월간" (a month), "주당" (a week), "1인당" (per head)
        "연간", "월간", "주당", "인당",
    ],
    "units": ["대대", "여단", "연대", "사단", "중대", "군단", "소대", "부대"],
    # (17gwb) "무수한" (countless) holds 한 (one): no magnitude, not 1
    "uncountable": ["다수", "많은", "상당수", "대규모", "무수한", "무수히", "무수"],
    "year_post": ["년", "월", "일", "년도", "시", "분"],
    # (17ta) beside another quantity, a number these words name is no count (D56): a prize
    # class or rank glued to the number ("로또 1등은 763명", "1위"), a grade, a class ("3반")
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    "compared_post": [
        "비해", "비해서", "비하면", "대비", "비교해", "비교하면",
    ],
    "not_count_pre": [
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "영하", "해발",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "킬로볼트", "킬로와트", "메가와트", "볼트",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "층", "호선", "호실", "번", "병동", "위권",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "밀리미터",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "도",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "m", "km", "미터", "킬로미터", "주차",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "피트", "마일",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "제곱미터", "제곱킬로미터", "세제곱미터", "헥타르", "평",
        # not "위" (1위, first place) nor "반" (3반, class 3): a table word glued after a syllable
        # would end its word ("더" of "더위", heat, read as "more": D14)
        "등", "등급",
        # (21ra, D96) a capacity told as the adjective of a thing ("a 45-seat bus", "80 bin
        # kapasiteli stadyum", "45인승"): no count beside another number
        "인승",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "중", "가운데",
    ],
    "time_units": [
        "시간", "일간", "주간", "개월", "년간", "주일", "분간", "초간",
        # "3학년" (third-year): a school grade names a class, no count; dropped as a duration is
        # (D32, D43.3)
        "학년",
        # (17nj) the native units after a native numeral: "한 해" (a year: "2018년 한 해 … 1534만
        # 명"), "두 달" (two months), "3달": a duration, no count (D40, D49)
        "해", "달",
        # (17nj) an ordinal ("세계에서 10번째", the tenth) is no count; dropped as a duration is
        # (D7, D49)
        "번째",
        # (17gwb) weeks "3주" (3주 동안, 3주째), seconds "3초", years of age "스무 살", centuries
        # "2세기", quarters "3분기", nights "2박": a duration or an age, no count (D7, D40)
        "주", "초", "살", "세기", "분기", "박",
    ],
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "2명이 아니라 12명", "2명이 아닌 12명"; "2명뿐만 아니라 3명도" (an addition)
    "contrast": {
        "not_post": ["아니라", "아니고", "아닌"],
        "also": ["뿐만", "뿐"],
    },
    # "299명까지 늘어났다" (rose to 299) is the new total, exact (rule 1, D31): 까지 there is not
    # "up to"
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "증가", "감소", "늘었다", "줄었다", "늘어", "줄어", "상승", "하락", "급증", "급감",
    ],
    # (17cx, D80.1) an age limit names who is counted, no count: beside another number it is
    # dropped with its 미만 / 이상 ("15세 미만 어린이 284명"); alone it stays
    "age_limits": [
        AGE + r" ?세 ?(?:미만|이상|이하|초과)",
    ],
    # what every age limit above holds: a phrase with none of them is not searched (D80.1)
    "age_words": ["세"],
    "rewrites": [
        # (34re, D231.1) a count of shelters after the people lodged there ("주민 400명이 대피소
        # 33곳에 대피했다", "400명이 33개 대피소에"): set aside, the people read (D20); the places
        # first are not written, as in Japanese (D45.5)
        (
            r"(\d[^.]*?명[^.]*?(?:임시\s?)?(?:대피소|주거시설|대피시설|구호소|보호소|쉼터|대피장소)"
            r"(?:\s?등)?\s?)\d[\d,.]*(?=\s?(?:곳|개소|군데|개)(?:에|에서|으로|의|\s))",
            r"\1",
        ),
        (
            r"(\d[^.]*?명[^.]*?\s)\d[\d,.]*(?=\s?(?:곳|개|개소)의?\s?(?:임시\s?)?(?:대피소|주거시설|"
            r"대피시설|구호소|보호소|쉼터|대피장소)(?:에|에서|으로))",
            r"\1",
        ),
        # (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or treated
        # in ("부상자 32명이 병원 5곳으로 이송됐다", "5개 병원에 분산 이송"): set aside beside
        # the people, as D231.1's shelters; with no such verb two counts
        (
            r"(\d[^.]*?명[^.]*?(?:인근\s|인근의\s|주변\s)?(?:병원|의료기관|의료시설|보건소)(?:\s?등)?\s?)"
            r"\d[\d,.]*(?=\s?(?:곳|개|개소|군데)(?:에|으로|로|에서)[^.,]*?(?:이송|옮겨|입원|치료|"
            r"후송|분산|나눠|실려|이동))",
            r"\1",
        ),
        (
            r"(\d[^.]*?명[^.]*?\s)\d[\d,.]*(?=\s?(?:곳|개|개소)의?\s?(?:인근\s)?(?:병원|의료기관|"
            r"의료시설|보건소)(?:에|으로|로|에서)[^.,]*?(?:이송|옮겨|입원|치료|후송|분산|나눠|실려|"
            r"이동))",
            r"\1",
        ),
        # (17cz, D82) a point before three digits and a unit is a decimal point (_designations)
        decimal_before([
            "킬로그램", "킬로", "그램", "톤", "리터", "미터",
        ]),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        MAGNITUDE,
        # (17cs, D75) an earthquake's magnitude after 규모 ("규모 7.8의 지진"): a measure, no count;
        # 규모 before a count ("병력 규모 1만 명") is the size of a force and stays
        (r"규모 ?[1-9]\.[0-9](?![0-9])", ""),
        # (17cn, D70) a place told by its distance from another ("30km 떨어진")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"(?<![\d.,])\d[\d.,]*+(?: \d{3})* ?(?:km|킬로미터|킬로|미터|마일)(?= ?(?:가량 |정"
            r"도 |쯤 )?(?"
            r":떨어진|떨어져|거리|지점|밖|앞바다|해상))",
            r"",
        ),
        # (17cg) "추가로 발생한 한우 농가는 … 31마리를" (the farm where the disease newly broke
        # out … raises 31 head): "additionally" in the clause that names the
        # topic, before any count, names what is counted; the count is the total,
        # as "new" before the count (D51.8, D65.4); "12마리가 추가로 확진돼"
        # (after the count) and "추가 확진자 5명" stay additional
        (
            r"^([^\d]*?)(?<![가-힣])(?:추가로|새로) "
            r"(?=[가-힣]+[한된난] [^\d]{0,40}?[가-힣][은는] )",
            r"\1",
        ),
        # (17cd) "5인실" (a five-bed room), "1교시" (the first period) name a room and a period, no
        # count (D32, D59.9); a maker's model glued to its name ("보잉737") is a designation (D59.3)
        (r"(?<!\d)\d{1,2}(인실|교시)", r"\1"),
        (r"(보잉|에어버스) ?-? ?[a-z]{0,3}-?\d+(?:-\d+)?", r"\1"),
        # (17cb) "한 명도 … 않았다 / 없었다" (not even one) reports none: no count (D36, D60.3);
        # "한 명이 숨졌다" stays one
        (r"(?:단 )?(?:한|1) ?(?:명|건|마리|곳|대|개|채)도(?=[^,.]*?(?:않|없|못))", "도"),
        # (17nw) a Sino-Korean numeral in Hangul ("이천삼백사십칠", "오십 명", "삼만 오천 명") is
        # written in digits ("2천3백4십7"), where it stands as a word (nothing glued before it)
        # and is a number: three syllables or more, a digit and 십 / 백 ("오십", "삼백"), or any
        # with a counter after it ("이천 명", "십일 명"). A lone digit syllable (이, 사, 구: this,
        # company, district) and two syllables alone (이천, 사천, 오만, 천사, 만일: Icheon, Sacheon,
        # arrogance, angel, if) are words (D53.4)
        (
            r"(?<![가-힣\d])(?:"
            r"(?=[일이삼사오육칠팔구십백천만억](?: ?[일이삼사오육칠팔구십백천만억]){2})"
            r"(?:[일이삼사오육칠팔구]?(?:[십백천]|[만억] ?))+[일이삼사오육칠팔구]?"
            r"(?! ?[일이삼사오육칠팔구십백천만억])(?![가-힣])"
            r"|[이삼사오육칠팔구][십백](?![가-힣])"
            r"|(?:[일이삼사오육칠팔구]?(?:[십백천]|[만억] ?))+[일이삼사오육칠팔구]?"
            r"(?! ?[일이삼사오육칠팔구십백천만억])"
            r"(?= ?(?:명|개|건|대|곳|채|척|발|마리|가구|원|달러|톤)))",
            "HANGULDIGITS",
        ),
        # (17nw) native "쉰" (fifty) before a counter; alone it is also "hoarse, gone sour" (쉰
        # 목소리) and no number (D53.4)
        (r"(?<![가-힣])쉰(?= ?(?:명|개|건|대|곳|채|척|마리|가구|살))", "50"),
        # (17nk) a range of months with 월 once ("1~7월 누계", January to July) names both ends
        # as months, a period (D7, D50); "10월간" (during October) is no monthly rate 월간
        (r"(?<![\d.,~∼-])(1[0-2]|[1-9]) ?([~∼]) ?(1[0-2]|[1-9])월(?!요일)", r"\1월\2\3월"),
        (r"(?<=\d월)간", " "),
        # (17nk) "1차 조사", "2차 조사" (the first, second survey): an ordinal, no count (D7, D50)
        (r"(?<![\d.,])\d{1,2}차(?= )", ""),
        # (21ra, D97.1) "더" opening a quoted name is the English "The" written in Hangul
        # ("'더 록 am 링' 페스티벌", Rock am Ring), no "more": dropped right after an opening quote
        # and before a word (not "더 많은", "더 많이": more of something, quoted or not)
        (r"(?<=['\"‘“「『])더 (?!많|적|늘|큰|작|높|낮)(?=[가-힣a-z])", ""),
        # (21ra, D95.3) the first of a list of ordinals ("41번, 42번째 엠폭스 확진 환자", the 41st
        # and 42nd patients; "1·2번째"): its 번째 is written once, at the last (D7, D49)
        (r"(?<![\d.,])\d+(?:번)?\s?[,·・]\s?(?=\d+\s?번째)", ""),
        # (17gwb) "많아야 한다" (must be many, as a verb's ending) is no "at most" 많아야
        (r"많아야(?= ?[하한할했해돼된될])", "많이"),
        # (17nh) a word starting in 만 / 천 then 수 / 세 and more Hangul ("만수시장", "만수동",
        # "만세운동", "천수답") is a name or a noun, no 10,000 or 1,000 before a vague 수 (D14,
        # D48.5)
        (r"(?<![가-힣\d,.])[만천][수세][가-힣]+", ""),
        # (17nh) a rank ("역대급 7위의 강풍", the 7th strongest) is an ordinal, no count (D7,
        # D48.5)
        (r"(?<![\d,.])\d{1,3}위(?=의|를|로|에|는|가|인|이|였|\s|,|$)", ""),
        # (17nh) a clock time written "8:00" after 오전 / 오후 or before 기준, 현재, 쯤 ... is no
        # count (D28, D48.1)
        (r"(오전|오후|am|pm) ?(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])", r"\1"),
        (r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:기준|현재|쯤|께|경|부터|까지))", ""),
        # "다른 5명은" (the other five), "다른 승객 3명" (three other passengers): N other is
        # more of the counted, relation additional (rule 12, 17nd); "다른 곳에서 5명" (in
        # another place) is no "other" of the count
        (
            # (17tb) not after 서로 (from one another: "서로 다른 3명", three different people)
            r"(?<![가-힣])(?<!서로 )다른 (?=(?:(?:승객|사람|학생|주민|근로자|노동자|직원|환자|"
            r"어린이|아이|탑승객|선원|군인|병사|장병|대원|인원|부상자|사망자|피해자|관광객|등산객|"
            r"교사|인질|일행) ?)?\d)",
            "추가 ",
        ),
        # "이 중", "이 가운데" (of them) written with a space: joined, as the table's Hangul
        # phrases join only characters written together (D30, D43.5)
        (r"(?<![가-힣])(이|그|이들) (?=(?:중|가운데)(?:에서|에|엔)?(?![가-힣]))", r"\1"),
        # "학생 6명 등 … 28명", "70대 2명과 20대 1명 등 3명": counts before "등" (and others)
        # with a later count in the same clause are its parts, as before 포함 (D23, D43.5)
        # (written from "등", so that the rewrites' gate stays cheap)
        (
            r"등(?:(?<=\d명등)|(?<=\d명 등)|(?<=\d 명 등)|(?<=여명 등)|(?<=여 명 등)|(?<=\d인 등))"
            # (17nh) not before a length or a weight ("48명 등을 태운 … 버스가 60여m를", D45.3):
            # two quantities, unparsed (D48.5)
            r"(?=[^,.\d]*\d(?![\d,.]*\s?(?:여\s?)?(?:m|km|cm|t|kg|미터|킬로미터|톤)(?![a-z])))",
            " 포함 ",
        ),
        # (17np) "도박을 한 혐의" (suspected of having gambled): 한 after an object (을 / 를) is the
        # verb 하다 (did), no "one" (D8, D55.4); before a counter it stays one ("5명을 구조하고
        # 또 한 명을")
        (
            r"(?<=[을를] )한(?= (?!명|개|건|대|곳|채|척|마리|가구|사람|차례|번|분)[가-힣])",
            "했던",
        ),
        # (17np) "30대 A씨", "50대 남성" (a man in his fifties): an age group before a person,
        # no count of vehicles (대) (D7, D55.4); "차량 30대" stays 30
        (
            r"(?<![\d,.~∼-])[1-9]0대(?= ?(?:[a-z]씨|[a-z] 씨|남성|여성|남자|여자|남녀|부부|운전자|"
            r"주부|가장|노인|청년|아들|딸|어머니|아버지|남편|아내|업주|운영자|직장인|회사원|"
            r"외국인|중국인|한국인|조직원|총책|피의자|용의자|[가-힣]모씨|[가-힣]씨))",
            "",
        ),
        # "한 초등학교" (a primary school): 한 before a place is the article "a", no count (D8,
        # D43.3)
        (
            r"(?<![가-힣])한 (?=(?:초등학교|중학교|고등학교|학교|대학교|병원|마을|아파트|공장|식당|"
            r"업체|주택|건물|회사|호텔|야영장|캠핑장|"
            # (D45.7) lodgings, shops and homes: "한 펜션 황토방에서 … 투숙객 7명"
            r"펜션|모텔|여관|민박|숙박업소|찜질방|노래방|주점|가게|상가|빌라|원룸|창고|농장|"
            r"교회|시장|가정집|가정|가족|일가족|"
            # (17nf) work sites: "제주 한 공사장에서 … 작업자 4명" (D46)
            r"공사장|공사현장|건설현장|현장|작업장|사업장|물류센터|창고형|터널|하수처리장|"
            # (17cd) rooms and wards: "한 5인실에 입원 중이던 60대 환자 2명" (the room's beds
            # taken off first, D59.9)
            r"인실|병실|병동|입원실|요양원|요양병원|교실))",
            "",
        ),
        # (17cj, D67.1) 한 before a noun that is no counter is the article "a" ("한 양봉 농가에서
        # 꿀벌 수십만 마리가", "산림 파괴의 한 원인인 … 천750건"), the grammar behind the places
        # above: counters are a closed class (명, 마리, 곳, 대의 …: the counter, then a particle,
        # a space or the end), nouns are not ("한 대학", "한 건물"). Only with another
        # quantity after it: "한 남성이 숨졌다" alone stays one
        (
            r"(?<![가-힣])한 (?=[가-힣])(?!(?:명|사람|분|개|마리|대|채|척|곳|군데|가구|세대|건|번|"
            r"차례|회|권|병|잔|벌|켤레|그루|송이|장|줄|쌍|살|해|달|주|시간|가지|통|알|포기|봉지|"
            r"상자|자루|필|쪽|편|층|칸|발|기|구|점|명씩|개씩|"
            # (17cm, D67.4) the rest of the class: counters of buildings, grains and sticks,
            # bundles, portions, containers, measures and times (동, 톨, 개비, 다발, 인분, 그릇, 평,
            # 근, 날, 초 …); before them 한 is one
            r"동|톨|낱|개비|갑|박스|포대|가마니|다발|묶음|뿌리|잎|조각|덩이|덩어리|방울|모금|"
            r"그릇|접시|컵|캔|끼|바퀴|판|곡|마디|식구|인분|량|짝|날|주일|초|마지기|평|근|되|섬|"
            r"첩|접|쌈|두름|축|타래|닢|매|정|척씩|마리씩|대씩)(?:[이가을를은는의에도만과와씩께]|"
            r"\s|$|[,.]))(?=[^\n]*?(?:\d|수\s?[십백천만]|(?<![가-힣])[십백천만]\s?여))",
            "",
        ),
        # (17cm, D67.4) 두 glued after a written number is the Sino-Korean counter of head of
        # cattle ("소 200두가", "돼지 1만두"), no native two: read as 마리 (animals), so that the
        # count is the number ("200두가" read 202 before)
        (
            r"(?:(?<=\d)|(?<=\d[십백천만])|(?<=\d ))두(?=[이가을를은는의에도만과와씩]|\s|$|[,.])",
            "마리",
        ),
        # (17cj, D67.2) "팔뚝 만한 잉어", "손바닥만한" (as big as): 만 after a noun, then 한, is
        # no ten thousand
        (r"(?<=[가-힣])만한(?![가-힣])", " "),
        (r"(?<=[가-힣] )만한(?![가-힣])", " "),
        # an emergency number names the service, no count ("119구급대", "112 신고"; D43.3,
        # D45.4)
        (r"(?<![\d.,])(?:119|112)(?=\s?(?:구급|구조|소방|상황실|종합상황|신고|에 신고))", ""),
        # a count of teams beside a count of people ("13개 팀 251명"): the people, by the person
        # counter 명 (D20, D45.5); not places, as in Japanese
        (
            r"(?<![\d,.])\d[\d,.]*(?=\s?(?:개\s?)?(?:팀|조|개조|개팀)(?:에서|에|의)?\s?(?:약|총|"
            r"최소)?"
            r"\s?\d[\d,.]*\s?(?:만|천)?\s?여?\s?명)",
            "",
        ),
        # (34rb, D227.1) "N개" before a compound noun of a unit or team ("10개 평화유지부대
        # 1546명", "20개 구조팀 838명"): the people, as zh "10支维和部队1546人" (D20); the noun
        # ends in a unit's or team's word, one word of up to six syllables
        (
            r"(?<![\d,.])\d[\d,.]*(?=\s?개\s?[가-힣]{0,6}(?:팀|조|부대|대대|중대|소대|여단|연대|"
            r"사단|대|단)(?:에서|에|의)?\s?(?:약|총|최소)?\s?\d[\d,.]*\s?(?:만|천)?\s?여?\s?명)",
            "",
        ),
        # (lexicon 17, session 6) native numerals of two neighbours ("두세 명", two or three;
        # "서너", "네댓", "대여섯", "예닐곱", "일고여덟", "한두"): a range (rule 6, D41)
        (r"(?<![가-힣])한두(?=\s?[가-힣])", "1~2"),
        (r"(?<![가-힣])두세(?=\s?[가-힣])", "2~3"),
        (r"(?<![가-힣])두셋", "2~3"),
        (r"(?<![가-힣])서너(?=\s?[가-힣])", "3~4"),
        (r"(?<![가-힣])서넛", "3~4"),
        (r"(?<![가-힣])(?:네다섯|너덧|너댓|네댓)(?=\s?[가-힣])", "4~5"),
        (r"(?<![가-힣])(?:대여섯|대엿)(?=\s?[가-힣])", "5~6"),
        (r"(?<![가-힣])예닐곱(?=\s?[가-힣])", "6~7"),
        (r"(?<![가-힣])일고여덟(?=\s?[가-힣])", "7~8"),
        # (lexicon 17, session 6) "100명에 (채) 못 미치는", "100명이 (채) 안 되는" (fewer than) are
        # read as one word, as written without the space; "채" (not even) qualifies them
        # (17cx, D80.2) "조금 / 약간 / 살짝 / 다소 / 좀 못 미치는" (a little short of),
        # "약간 밑도는" (slightly below) is nearly, as "가까이" (the closed class of "a
        # little" before "short of"); "못 미친다", "못 미쳤다" are "못 미치는" (at most)
        (r"(?:조금|약간|살짝|다소|좀) (?:못 ?미(?:치|친|쳐|쳤)|밑(?:도|돌|돈))\S*", "가까이"),
        (r"(?:채 )?못 미(?:치|친|쳐|쳤)", "못미치"),
        (r"(?:채 )?안 (?=되는|된다|돼)", "안"),
        (r"넘지 (?=않|못)", "넘지"),
        # "작년보다 300명 많은" (300 more than last year): "N more" is additional (rule 12, D38)
        (
            r"많(?=[은아다았])(?:(?<=\d많)|(?<=\d[명건채곳]많)|(?<=\d [명건채곳]많)|"
            r"(?<=\d[명건채곳] 많)|(?<=\d 많))",
            "더 많",
        ),
        # (17nl) "3년새 1000건 이상 늘었다" (rose by more than 1,000 in three years): a counted
        # number right before the verb of a rise, with no 으로 / 로 / 까지 (to), is the rise, "N
        # more" (rule 12, D51.2); "1000건으로 늘었다" stays the new total, and the attributive
        # "5명 늘어난 100명" is left as written
        (
            # (17dc, D84.2) the counter also spaced or after 여 ("200여명 늘어났다", "200여 명"),
            # and the counters 개, 마리, 가구, 세대, 개소
            r"(?:(?<=[\d만천][명건곳채척대개])|(?<=[\d만천] [명건곳채척대개])|"
            r"(?<=[\d만천]여[명건곳채척대개])|(?<=[\d만천]여 [명건곳채척대개])|"
            r"(?<=[\d만천](?:마리|가구|세대|개소))|(?<=[\d만천] (?:마리|가구|세대|개소))|"
            r"(?<=[\d만천]여(?:마리|가구|세대|개소))|(?<=[\d만천]여 (?:마리|가구|세대|개소)))"
            r"((?:\s?(?:이상|넘게|가량|정도|안팎))?)\s"
            r"(?=늘었|늘어났|늘어나|증가했|증가해|급증했|급증해)",
            r"\1 더 ",
        ),
        # an age in 살 ("70살인데", "3살배기"): the number is a duration, no count (D7, D38)
        (r"살(?:(?<=\d살)|(?<=\d 살))[가-힣]*", " 년간 "),
        # an age ("22세 남성", "65세 이상"): the number is a duration, and its 이상 / 미만 qualify
        # no count (D7); written from 세 with a look-behind for the digit, so that the pattern is
        # not tried at every character. (22ra, D104.2) With "and" glued to it, an age of a list
        # ("57세와 21세 남성 2명"): 세 was read as the numeral three
        (
            r"세(?:(?<=\d세)|(?<=\d 세))(?:\s?(?:이상|이하|미만|초과|안팎|전후))?"
            r"(?:의|로|인|가|이|에|도|는|를|와|과)?(?![가-힣])",
            " 년간 ",
        ),
        # an age group ("10대 2명", two teenagers; "60대 남성", a man in his sixties; "20대
        # 초반"): a round ten before 대 is a decade of life, no count of vehicles, when a count, a
        # person or 초반/중반/후반 follows (D7, D41; "차량 10대" stays ten vehicles)
        (
            r"대(?:(?<=[1-9]0대)|(?<=[1-9]0 대))(?<!\d\d0대)(?<!\d\d0 대)"
            r"(?:(?:\s?(?:초반|중반|후반))(?:의|인|이|가|도|는)?|"
            r"(?=\s?(?:\d|남성|여성|남자|여자|남녀|청소년|학생|아들|딸|부부|노인|주민|운전자|환자|"
            r"어린이|자녀|아이|직장인|근로자|노동자|외국인|관광객|등산객|엄마|아빠|여학생|남학생|"
            # (17nf) any person noun in -자 / -원 ("50대 작업자 2명", "관리자", "직원"; D46)
            r"[가-힣]{1,3}(?:자|원)(?:들)?(?:[이가은는도의와]|과)?(?![가-힣]))))",
            " 년간 ",
        ),
        # (17nf) a floor ("10층에 살던 60대 주민 한 명", who lived on the 10th floor; "15층 건물")
        # names a place or a building's height, no count, beside a later count (D32, D46)
        (r"(?<![\d,.])\d{1,3}\s?층(?=[^\d]*(?:\d|한 명|한명|두 명|세 명))", " "),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\d[\d,.]*\s*(?:[만천]\s*(?:\d[\d,.]*)?)?\s*[^\s\d]{0,2}에서\s*"
            # (17nl) the new count's time may stand before it ("79명에서 2016년 165명으로", "1명에서
            # 올해 7명으로": from A to B in a later year, D51.1)
            r"(?=(?:(?:19|20)\d\d\s?년(?:도)?(?:에는|에)?\s|(?:올해|금년|지난해|작년)(?:에는|에)?"
            r"\s)?"
            r"\d[\d,.]*\s*(?:[만천]\s*(?:\d[\d,.]*)?)?\s*[^\s\d]{0,2}(?:으로|로)\s*"
            r"(?:줄|늘|증가|감소|불어|치솟|올라|오른|올랐|급증|급감|떨어|하락|상승|낮아|높아|"
            # (17nh) revised up or down, adjusted, corrected, changed (D35, D48.3)
            r"상향|하향|조정|수정|정정|변경|바뀌|바꿔))",
            "",
        ),
        (r"까지 (늘어|늘었|늘면서|증가|불어|치솟|올라|오른|올랐)", r" \1"),
        # (17cc) the change's amount first, the new total after it ("지난해보다 5건 늘어난 22건",
        # "5명 늘어 22명으로", "3명 줄어든 12명"): the amount dropped, the new total (D35, D61.3);
        # (32rl, D220.6) "added" so too ("1명 추가돼 155명이 됐다": one added, it became 155)
        # (33rb, D225.3) also with the amount's subject particle ("24만여명이 증가한 7,430,664명",
        # 240,000-odd more than two years before) and "N명 더 많은" (the D38 rewrite's "더" of
        # "N명 많은", N more): the amount beside its new total, dropped as D111 drops a compared
        # value
        (
            r"\d[\d,.]*\s*(?:[만천]\s*(?:\d[\d,.]*)?)?\s*[^\s\d]{0,2}(?:(?<=[명건곳채개대])[이가])?"
            r"\s*(?:더\s*)?(?:늘어난|늘어|증가한|증"
            r"가해|추가돼|추가되어|추가된|"
            r"줄어든|줄어|감소한|감소해|많은|적은)\s*(?=\d)",
            "",
        ),
        # "감염으로 추정되는 5건" (five cases presumed to be infections): 추정 after a word with no
        # number says what the cases are thought to be, not that their count is estimated
        # ("100명으로 추정" stays approx; D40)
        # (written from 추정, with look-behinds for the word before: a counter there is a count's)
        (
            r"추정(?=되|된)(?:(?<=[가-힣]으로 추정)|(?<=[가-힣]로 추정))"
            r"(?<![명건채곳개대척구여만천]으로 추정)(?<![명건채곳개대척구여만천]로 추정)",
            "여겨",
        ),
        # a range of days ("7~11일 닷새 사이 3명", from the 7th to the 11th) is a date (D24, D40)
        (r"[~〜～-](?<=\d[~〜～-])\d+일", "일 "),
        # "하루 만에" (within a day) is a time, no rate (하루, daily)
        (r"하루\s*(?:만에|사이에|사이|새)", " "),
    ],
    "stop": [
        # (17nl) words that hold a table character: 배타적 (exclusive: no 배, times), 시각 (the
        # time of day: no 각, each) ("배타적 경제수역에서 … 중국어선 2척을 나포", D14, D51.7)
        "배타적", "시각",
        # (17tb) 서로 다른 (differing from one another: "서로 다른 3명이", three different people)
        # is no "other", more of the counted (rule 12, D57.4); also not rewritten above
        "서로 다른",
        # words holding a qualifier or rate word: 소방당국 (당, per), 더미 (더, more), 최고기온
        # (최고, at most: the highest temperature)
        "당국", "더미", "최고기온", "해당", "당시", "당일", "당초",
        # "사고를 당한" (who suffered the accident) holds 당 (per): no rate (D43)
        "당한", "당했", "당해", "당하",
        # "조만간" (soon) holds the scales 조 and 만
        "조만간",
        "명", "북한군", "병사", "명을", "명의", "파병", "병력", "사상자", "사망", "부상", "포로",
        "파병된",
        # "배치" (deployment) begins with the multiplier "배" (times): not a ratio (D14)
        "배치", "배치했고", "배치된", "배치해",
        # (17nf) "배수" (drainage) begins with "배" too: "배수작업", "배수관" (D14, D46)
        "배수", "배수작업", "배수작업을", "배수관", "배수로", "배수펌프", "배수지",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["겨울"],
        "spring": ["봄"],
        "summer": ["여름"],
        "autumn": ["가을"],
    },
    "words": {
        "ymark": ["년"],
        "mmark": ["월"],
        "dmark": ["일"],
        "units:day": ["일간", "일 동안", "일동안"],
        "unit:week": ["주"],
        "weekend": ["주말"],
        "rel:last weekend": ["지난 주말", "지난주말", "지난 주 말"],
        "rel:this weekend": ["이번 주말", "이번주말"],
        "x": ["오전", "오후", "현지시간", "새벽"],
        "n:1 unit:week": ["일주일", "1주일"],
        "n:1 units:week": ["일주일간", "일주일 동안"],
        "units:week": ["주간", "주 동안", "주일"],
        "unit:month": ["개월", "달"],
        "units:month": ["개월간", "개월 동안", "달 동안"],
        "unit:year": ["해"],
        "units:year": ["년간", "년 동안"],
        "unit:hour": ["시간"],
        "quarterw": ["분기"],
        "halfw": ["반기"],
        "ord:1 halfw": ["상반기"],
        "ord:2 halfw": ["하반기"],
        "rel:last": ["지난", "작년도"],
        "rel:last unit:week": ["지난주", "지난 주", "저번 주", "저번주"],
        "rel:last unit:month": ["지난달", "지난 달", "전월"],
        "rel:last unit:year": ["지난해", "작년", "전년"],
        "rel:this": ["이번", "올"],
        "rel:this unit:year": ["올해", "금년", "올 들어"],
        "rel:this unit:month": ["이달", "이번 달", "이번달", "금월"],
        "rel:this unit:week": ["이번 주", "이번주", "금주"],
        "rel:next": ["다음"],
        "rel:next unit:year": ["내년"],
        "rel:next unit:month": ["다음 달", "다음달"],
        "rel:next unit:week": ["다음 주", "다음주"],
        "part:begin": ["초"],
        "part:early": ["초순", "상순", "초반"],
        "part:mid": ["중순", "중반"],
        "part:late": ["하순", "후반"],
        "part:end": ["말"],
        "part:end unit:year": ["연말"],
        "part:begin unit:year": ["연초"],
        "part:end unit:month": ["월말"],
        "part:begin unit:month": ["월초"],
        "day:0": ["오늘"],
        "day:-1": ["어제"],
        "day:-2": ["그제", "그저께"],
        "day:1": ["내일"],
        "now": ["현재", "지금", "이미", "지금까지", "현재까지", "아직", "현재로서"],
        "before": ["최근", "앞서", "이전에", "이전", "얼마 전"],
        "future": ["향후", "곧", "조만간", "앞으로"],
        "within": ["내로", "이내", "안에"],
        "since": ["이후", "이래", "부터"],
        "until": ["까지"],
        "between": ["사이"],
        "ago": ["전"],
        "few units:day": ["수일", "며칠"],
        "few units:week": ["수주", "몇 주", "몇주"],
        "few units:month": ["수개월", "몇 달", "몇달", "몇 개월"],
        "few units:year": ["수년", "몇 년"],
        "n:1": ["한"],
        "n:2": ["두"],
        "season:summer rel:this": ["올여름"],
        "season:winter rel:this": ["올겨울"],
        "season:spring rel:this": ["올봄"],
        "season:autumn rel:this": ["올가을"],
        "season:summer rel:last": ["지난여름"],
        "season:winter rel:last": ["지난겨울"],
    },
}

# (16ch) a body named bare in Korean is Seoul's, not another country's written before it
# ("러시아 정보당국", "중국 외교부")
_SEOULS = ("(?<![가-힣])(?<!러시아\\s)(?<!북한\\s)(?<!중국\\s)(?<!일본\\s)"
           "(?<!러\\s)(?<!북\\s)(?<!中\\s)")

ARTICLES = {
    # the words the article reader (analysis.articles) reads around a figure; see lang/__init__.py
    # weapons (singular and plural): North Korea named as their maker says nothing of whose the
    # dead are ("a North Korean missile … killed at least 10 people")
    "weapons": ["미사일", "로켓", "포탄", "탄도", "무기", "드론", "자주포", "방사포",
        "곡사포",  # (16px)
    ],
    # (19nm) 문법으로 찾는 매체 (articles/outlets.py): "영국 일간 더타임스는", "미국의 북한 전문
    # 매체 NK뉴스는", "데일리스타 보도에 따르면"
    "outlet_grammar": {
        "before": ["일간(?:지)?", "신문", "매체", "타블로이드(?:지)?", "주간지", "잡지",
                   "경제지", "방송사?", "통신사?"],
        "adjectives": [],
        "verbs": [],
        "verbs_after": ["보도에 따르면", "보도에 의하면"],
        # (a word after the noun that is no outlet's name: "매체 보도", "언론 인터뷰")
        "skip": ["보도", "인터뷰", "기사", "취재", "관계자", "소식통", "등", "관영", "북한",
                 "러시아", "들"],
    },
    # 국가와 기관으로 이루어진 이름 (articles/grammar.py, lang.BODIES)
    "claimant_grammar": {
        "countries": {
            "UA": {"adj": [], "name": ["우크라이나"]},
            "KR": {"adj": [], "name": ["한국", "남한", "우리", "서울"]},
            "US": {"adj": [], "name": ["미국", "미"]},
            "GB": {"adj": [], "name": ["영국"]},
            "RU": {"adj": [], "name": ["러시아"]},
            "WEST": {"adj": [], "name": ["서방(?:국가들|국들|국)?", "서방 국가들"]},
        },
        # (16ck) the one-syllable forms that join countries ("한미 정보당국", "한·미·일 당국"):
        # several governments jointly (not after another syllable or a digit: "주한미군",
        # "29일"; not Ukraine's "우", which opens "우한", Wuhan)
        "short": {"KR": "한", "US": "미", "JP": "일", "GB": "영"},
        "short_join": {"before": "(?<![가-힣0-9])", "between": "[·ㆍ・.-]?",
                       "after": "(?: ?(?:양국|3국|삼국|두 나라|세 나라)(?:의)?)? ?"},
        "bodies": {
            # (27cl) a country's head of state (lang.BODIES "leader")
            "leader": ["대통령"],
            # (16db) a country's media reporting
            # ("우크라이나 언론에 따르면", "한국 언론들은"): the news media's
            # own reporting; North Korea's its state's (lang.BODIES; not Russia's)
            "media": ["언론(?:들|사들)?", "매체(?:들)?", "언론 매체"],
            "government": ["당국자들?", "당국", "정부(?: ?관계자들?| ?소식통)?",
                           "고위 (?:관계자|관리)",
                           # (16ck) the source nouns of a side: "한국 정부 소식통", "미국
                           # 소식통" (a source alone, "소식통에 따르면", stays nobody's)
                           "소식통", "관리들?", "측(?: ?소식통| ?관계자들?)?",
                           "외교관", "의회",
                           # (16ch) its foreign ministry and minister ("우크라이나 외무부")
                           "외교부", "외무부", "외교장관", "외무장관",
                           # the presidential office (16o: "우크라이나 대통령실" is Kyiv's)
                           "대통령실", "대통령 ?비서실"],
            "intelligence": ["정보당국", "정보 당국", "정보기관", "정보 기관", "첩보 당국",
                             "정보 ?소식통"],
            "military_intelligence": ["군 정보당국", "군정보당국", "국방정보본부",
                                      "국방 정보 당국"],
            "defence": ["국방부", "국방장관", "국방 당국"],
            "military": ["군 당국", "군당국", "군 관계자", "군 고위 관계자", "군 ?소식통", "군"],
            "security": ["보안국", "연방보안국"],
        },
        "templates": ["{name} ?{body}", "{name}의 ?{body}"],
    },
    # (Hangul phrases match inside words: keep them specific)
    "metrics": {
        # (16cd) the active verbs, killing or wounding them ("수백 명을 사살하거나 부상을 입혔다")
        "killed_or_wounded": ["(?:사살|살해)(?:하거나| 또는) 부상",
                              # (16ef) dead or out of action ("tot oder kampfunfähig")
                              "사망하거나 전투 ?불능",
                              "사상자", "죽거나 다쳤", "사망하거나 부상", "사상", "인명 피해",
                              "손실", "전사하거나 부상", "숨지거나 부상", "사망 또는 부상",
                              "(?:숨지|사망하|전사하|죽)거나 다[치친쳤]"],
        # (33ar) not the 전사 inside a command's name ("해군작전사령부", "특수전사령부")
        "killed": ["사망", "전사(?!령)", "숨졌", "숨진", "목숨을 잃", "죽었", "살해", "사살",
                   # (16v) "9명의 안타까운 희생이 있었지만", "2000명이 희생됐다": the lives
                   # given; not the sacrifice honoured ("파병된 북한군의 희생을 … 치하하며",
                   # "이들의 희생은"), a scapegoat (희생양) or the spirit (희생정신) (16rv)
                   "희생(?:됐|되었|되어|된|당|이 (?:있|발생|났|나))"],
        # (16o) in hospital ("입원", as ja "入院")
        "wounded": ["부상", "다쳤", "다친", "입원"],
        "captured": ["생포", "포로", "포획", "붙잡", "사로잡"],
        "died_in_captivity": [
            # captured …, then died (no number between)
            # (16z: "붙잡힌 지 하루 만에 사망", as "생포된 지 하루 만에 사망")
            "(?:생포|붙잡)[^.\\d]{0,30}(?:사망|숨)",
            "포로가 된 뒤 사망", "생포 후 사망", "포로 사망", "생포됐다가 숨",
            # (16kj) the captive, counted, died ("26일 생포되었던 북한군 1명이 부상이 심해져 조금
            # 전 사망하였음을"): the count between, as en "captured … who later died" and ja
            "(?:생포|붙잡|포로로 잡)(?:되었던|됐던|된|힌|혔던|았던)[^.\\d]{0,15}"
            "\\d{1,2} ?명[이은도]"
            "[^.\\d]{0,25}(?:사망|숨)",
        ],
        "deployed": ["파병", "파견", "배치", "투입", "보냈", "보낸", "주둔",
                     # (art34b) driven to the war as cannon fodder or into death ("북 청년 1만명
                     # 총알받이로 내몬 김정은", "북한 청년 1만여 명을 사지(死地)로 몰아넣으면서")
                     "총알받이로 (?:내몬|내몰|몰아넣|보내|보낸)",
                     "사지(?:\\(死地\\))?로 (?:내몬|내몰|몰아넣|보내|보낸)",
                     # present in Russia ("1만 2000명이 러시아 땅에 있으며", 16n)
                     "러시아(?: 땅| 영토| 본토)?에 (?:있|머물)",
                     # (16kj) moved to Russia or the front ("러시아로 이동한 북한군 규모는 … 3000여
                     # 명"), as en "moved" and ja "ロシアに移動した"
                     # (a relative clause on the troops: not "북한군은 다시 전선으로 이동했다", the
                     # same troops moving again)
                     "(?:러시아|쿠르스크|전선|전장|최전방)(?:으로|로) "
                     "(?:이동|이송|집결)(?:한|된|하는|중인)",
                     # (29aa) carried there by sea or air in any form ("특수부대원 1500명을
                     # 러시아로 수송했다", ja "ロシアのウラジオストクに…移送"): a sending, as en
                     # "transported"; the place is Russia's or the front's, so wounded carried to
                     # North Korea are not
                     "(?:러시아|쿠르스크|블라디보스토크|전선|전장|최전방)(?:으로|로) "
                     "(?:[^ .]+ )?(?:수송|이송)(?:했|하|한|된|되|중)"],
        "treated_in_north_korea": ["치료", "재활", "요양"],
        "hosted_children": ["야영소", "캠프", "초청",
                            # (16pq) a holiday there ("러시아 군인들의 자녀들이 북한에서 휴가를
                            # 보내고", "여름방학을 보냈다"), as en "vacationing"
                            "휴가", "방학", "여름을 보냈"],
        # (16kj) people sent to a factory ("러시아 드론 공장에 젊은 여성 1만여명 파견"), as ja
        # "工場に"
        # (16cd) people who work there ("수천 명의 북한인이 러시아에서 … 일하고 있다")
        "workers_sent": ["노동자", "근로자", "인력", "공장(?:에|으로)(?!서)", "일하(?:고|는|며)",
                         # (22ar) labour as the purpose of the people counted right after it
                         # ("개인 사유 24명, …, 노동 3명": entries for work, workers; "$": the
                         # end of the words before a number, articles/visitors.py)
                         "노동(?= ?(?:\\d|$))"],
        "materiel_sent": ["포탄", "미사일", "컨테이너", "탄약", "자주포", "방사포",
                          # launchers and guns (16j): "포격시스템 1백 대", "다연장로켓포"
                          "다연장로켓", "로켓포", "곡사포", "장사정포", "포격\\s*시스템",
                          # (16o) long-range guns and field guns, as ja "長距離砲"
                          "장거리포", "화포", "박격포",
                          # (16mw) field guns, rockets ("로켓 300발"), tanks ("전차 50대"; not
                          # "탱크": "싱크탱크"), armoured vehicles, air defence, small arms (not
                          # drones: "샤헤드136", "여러 종류의 무인기", Russia's "드론 수십 대")
                          "야포", "견인포", "로켓", "전차", "장갑차",
                          "방공\\s*(?:시스템|체계|무기)", "대공포", "소총", "기관총",
                          "포병\\s*(?:시스템|체계)",
                          # (29ar) weapon systems counted by the gun counter ("무기체계 약
                          # 600문을 러시아에 공급"), as en "weapon systems"
                          "무기\\s*(?:체계|시스템)"],
    },
    # (16cd) soldiers named at a number: troops, even when they work (articles/wording.py)
    "soldiers": ["북한군", "군인", "병사", "장병", "병력"],
    "troops": ["병력", "군인", "병사", "장병", "북한군", "군", "명", "전투원", "공병"],
    # (16cd) not the camp named by its children ("어린이 캠프", "어린이 야영소"); pupils are
    # children
    "children": ["어린이(?! ?(?:캠프|야영소|야영장|수련원))", "아이들", "아동", "자녀",
                 "(?:초등|중|초중|고등)학생",
                 "미성년자"],  # (16kl) minors are children, as en "minors"
    "russian_wounded": ["러시아 부상병", "부상병"],
    # (16cd) North Korea's own wounded named at the number: wounded wherever treated, not the
    # Russians treated in North Korea (articles/wording.py)
    "own_wounded": ["북한(?:군| 병사| 군인)(?:의)? ?부상(?:병|자)",
                    "부상(?:당한|을 입은|한) 북한(?:군| 병사| 군인)",
                    # (29ar) North Korea's soldiers as the counted noun of a sentence of
                    # treatment, before the number with its particle ("북한 병사들이 200명 이상
                    # … 치료를 받기 위해 병원에 도착했다") or after it with "의" ("부상당한
                    # 24명의 북한 병사들은 … 치료를 받으며"): their own wounded
                    "북한(?:군| 병사| 군인)들?(?:이|은|는|가) ",
                    "의 북한(?:군| 병사| 군인)"],
    # (16k: not "2차례에 걸쳐", in two rounds: a count of waves, no additional wave)
    # (16k: not "더불어민주당", a party; "더욱", even more; "또한", also; "2차례", two rounds)
    # (the letter after is matched, not looked at: a look-around keeps RE2 from skipping it)
    # a planned, announced or future sending is an additional deployment in an article of
    # 2025 on (rules.later_wave), not the troops already there (16y's rule, every language)
    "planned": ["파병할", "파견할", "보낼", "보내기로", "파병하기로", "파견하기로", "예정",
                "계획", "방침", "준비 중", "준비하고", "전망",
                # (16s) every future or passive-future sending: "배치할", "투입될", "파견될 수"
                "배치할", "투입할", "(?:파병|파견|배치|투입)될", "투입하기로", "배치하기로",
                # (16gh) an agreement to send is a sending to come ("6천명 파견을 합의했다")
                "(?:파병|파견)(?:을|를|에)? ?합의",
        "(?:파병|파견)(?:을|를)? ?약속",  # (16px)
    ],
    "additional": ["추가", "더(?:[^불욱]|$)", "또(?:[^한]|$)", "[23]차(?:[^례]|$)",
                   # "새롭게 배치된", "새로 파병된" (newly, 16s; as ja "新たに"; not "새로운")
                   "새롭게", "새로 ",
                   # (16pr) reinforcements: "증원", "증파" (as ja "増派", "増援")
                   "증원", "증파"],
    "north_korea": [
        # (16r) North Korea spellings (S1)
        "평양",
        "북한", "북", "조선인민군", "김정은",
        "조선민주주의인민공화국",  # (23at) the official name
        # (16kj) the headline's hanja ("北, 러에 컨테이너 … 2000개 보냈다"; not 北京, Beijing)
        "北(?!京)"],
    "other_side": [
        # (16pf) the victims of North Korean weapons: people of the other side
        # ("키이우에서 4명이 숨졌다", "우크라이나 주민 14명")
        "(?:키이우|키예프|하르키우|하르키프|오데사|드니프로|자포리자|르비우)"
        "(?:에서|의) ?(?:주민|시민|민간인)? ?",
        "우크라이나(?:인| 주민| 시민)",
        "러시아군과 북한군",  # mixed units are not ours
        # (16s) "러시아 및 북한군 병력이 사살됐다", "러시아·북한군", "러시아와 북한 병사"
        "러시아(?:군)?(?:과|와| 및|·|, ) ?북한(?:군| 병사| 병력)",
        "러시아군", "우크라이나군", "러시아 병사", "우크라이나 병사", "민간인",
        # (16o) "20여 명의 다른 러시아 군인들과 함께": Russians
        "러시아 군인", "우크라이나 군인",
        # (16kj) Russia's Chechen units ("체첸 특수부대 '아흐마트'의 병사 8명"), as ja (a side
        # named right before the number is its side: reader.side_of)
        "아흐마트", "체첸",
        # (16ab) another country's soldiers, as ru/uk 16ru ("미군 9명을 살해": the Pueblo's crew)
        "미군", "미 해군", "미국 (?:군인|병사|해군)", "일본군", "일본 (?:군인|병사)",
        "이스라엘(?:군|인)",  # (16px)
        "팔레스타인(?:인)?",  # (16px)
    ],
    "attribution_next": [  # 앞 문장의 수치가 누구의 것인지 말하는 문장
        "이같이", "이 같이", "이와 같이", "이렇게", "이는 .{0,20}(?:분석|추산|추정|설명|주장)",
        "이 수치", "이 숫자",
        # (16k) "…이런 내용을 보고했다고 … 전했다", "이 같은 사실을 확인했다": this content, the
        # figures of the sentence before (a closing sentence naming their source)
        "(?:이런|이러한|이와 같은|이 같은|이같은|이상의) "
        "(?:내용|사실|분석|추산|추정|평가|결과|정보)",
        "이 내용", "해당 내용", "위와 같(?:이|은)",
        # "국정원이 30일 국회 정보위원회에 보고한 내용이다": what the source said
        # "CNN이 2일 보도했다." (16s, as ja "38ノースが17日に報じた。"): a report closing
        # the passage
        r"(?:^|(?<=\n)|(?<=\.)\s)[^.\n\"“”]{0,30}(?:이|가|은|는) [^.\n\"“”]{0,25}"
        r"(?:보도|발표|공개|보고|전)했(?:다|습니다)\.",
        "(?:보고한|발표한|설명한|공개한|분석한|밝힌|전한|추산한|집계한) (?:내용|것|결과|수치)"
        "(?:이다|이었다|입니다|이었습니다|다)",
        "(?:추정한|평가한|파악한|확인한|보도한|주장한|언급한|말한|전망한) "
        "(?:내용|것|결과|수치)(?:이다|이었다|입니다|이었습니다|다)",  # (16sw)
    ],
    # the explicit source of a clause ("X에 따르면"): a broader name there keeps its clause
    # when a more specific one is named in another (claimants.resolve; 16z)
    # a sentence opening with these turns to a new topic (meanwhile): it and the ones after it
    # take no source of the report before (16z)
    "new_topic": ["한편",
        "상기하자면",  # (16px)
    ],
    # (16y) a source's Latin short name in brackets after its full name ("米国防総省傘下の国防情報
    # 局(DIA)", "미 국방부 산하 국방정보국(DIA)"): the short name alone later is that source
    "short_names": "[(（]([a-z]{2,6})[)）]",
    # (16ij) the outlet interviewing a source is no source: words before it or right after it
    # (16ws) a source named with unnamed others ("South Korea and other Western countries",
    # "ウクライナなど"): several governments jointly (claimants.Claimants.resolve)
    # (16ca) 의원·매체가 전하는 자료의 출처: 이 말 바로 앞에 쓰인 기관 ("after": "국방정보본부에서
    # 제출받은 자료", "…로부터 받은 정보")이 그 출처다 (articles/relayed.py)
    "relayed_from": {
        "before": [],
        "after": ["(?:\\S{1,6} )?\\S{0,6}?(?:로부터|으로부터|에서|에게서|측으로부터|측에서) ?"
                  "(?:제출받은|받은|입수한|전달받은|제공받은|보고받은|건네받은|넘겨받은) ?"
                  "(?:자료|정보|보고|내용|문건|첩보)",
                  "\\S{0,6}?(?:이|가) (?:제출한|제공한|전달한|건넨|넘긴) (?:자료|정보|문건|첩보)"],
    },
    "others": [
        "등(?=[은는이가의에])",
        "(?:와|과) (?:다른 )?(?:서방 )?(?:동맹국|우방국)",
    ],
    "interviewer": {"before": [],
                    "after": ["[와과]의 인터뷰", "[와과] (?:한 |가진 )?인터뷰"]},
    "according": ["따르면", "의하면"],
    # (16cc) words of a claim made before the story's own ("Seoul has previously claimed",
    # "Séoul avait avancé le chiffre de 1 000"): a country saying it is its government, not
    # the body the article names (articles/metonymy.py)
    "earlier_claim": ["앞서", "이전에", "이전", "기존", "종전"],
    # (16cc) words opening a contrasting clause: a source as its subject right after them
    # speaks for that clause, not for a figure before it (articles/speaker.py)
    "contrast": ["지만,", "는데,", "으나,"],
    # (16kj: not what a source said compared ("이는 최근 미국이 발표한 내용보다 2배나 많은
    # 수치다"): no attribution of the figures before, as ja "発表した数の2倍")
    "attribution": [
        # (22ar) a finding is its finder's, as en "detected" ("Seúl detectó el envío de 3.000
        # soldados"; not a passive: "se detectaron")
        "포착(?:했|하였|한|해)", "탐지(?:했|하였|한|해)",
        "따르면", "밝혔", "말했", "전했", "보고", "추산", "추정", "분석",
                    "발표(?!(?:한|했던|된) (?:내용|것|수치|추정치|숫자|규모)(?:보다|의 \\d))",
                    "주장", "파악", "알려졌", "전해졌", "인용",
                    # (16s) every tense and form outlets write (밝히며, 밝힌, 말하며, 전한),
                    # reported,
                    # confirmed, accused, explained, stressed, and the party speaking ("X 측은")
                    # (active forms: "보도됐다", "지적된다" are nobody's)
                    "의하면", "밝히며", "밝히고", "밝힌", "말하며", "말한", "전하며", "전한",
                    "보도했", "보도한", "확인했", "확인한", "확인하며", "설명했", "설명한",
                    "설명하며",
                    "평가했", "강조했", "강조하며", "덧붙", "언급했", "지적했", "비난했", "규탄했",
                    "예상했", "내다봤", "집계했", "공개했", "증언했", "측은", "측이",
                    # (16y) judged, saw as, wrote (a report's findings: "…넘어갔다고
                    # 판단했다", "…이전한 것으로 봤다", "보고서에 … 적었다"; active only:
                    # "판단된다" is nobody's)
                    "판단했", "판단하고 있", "판단한다고", "(?:것으로|으로|로) 봤",
                    "(?:것으로|으로) 보고 있", "적었", "기술했",
                    # the topic of a sentence that ends saying so: "한국은 북한이 … 추가 파병했다고
                    # 발표했다" (16s as ja; a country named alone speaks right before this word)
                    # (30ar: not the last syllable of Kim Jong Un's name, "김정은 국무위원장이")
                    "(?<!김정)(?:은|는)(?=\\s[^.\"“”]{0,150}(?:(?:다|라)?고 "
                    "(?:발표|밝혔|말했|주장했|설명했|보고했"
                    # (30ar) or in the progressive: "서울은 김정은 … 보냈다고 주장하고 있습니다"
                    "|(?:주장|발표|설명|보고|말)하고 있|밝히고 있)"
                    # (18) or estimating it: "한국은 북한군 … 사망한 것으로 추정했다", "… 것으로
                    # 보고 있다" (active only, as 16y's judged, saw as)
                    "|(?:것으로|으로|로) (?:추정|추산|파악|판단|분석|집계)(?:했|하고 있|한다)"
                    "|(?:것으로|으로) 보고 있))",
                    # (16cd) sharing information is saying it ("… 계획이라는 정보를 공유했다")
                    "정보를 공유(?:했|하며|하면서|한다고)",
        "예측했",  # (16sw)
        "관측했",  # (16sw)
        "알렸",  # (16sw)
        "공표했",  # (16sw)
        "산출했",  # (16sw)
        "진단했",  # (16sw)
        "전망했",  # (16sw)
        "폭로했",  # (16sw)
        "시인했",  # (16sw)
        "인정했",  # (16sw)
        "부연했",  # (16sw)
        "답했",  # (16sw)
        "추산한",  # (16sw)
        "집계한",  # (16sw)
        "보도하며",  # (16sw)
        "(?:다|라)고(?:도)? 했(?:다|습니다|으며|고)",  # (16sw)
    ],
    "intelligence": ["정보"],
    "clause": ["하고", "했고", "되고", "했으며", "며 ",
               # (16o) "but", as en: "…공개한 전사자는 350명 정도지만 국정원이 …"; and the
               # sending a later one came after ("1만 1천여명의 병력을 러시아에 파견한 이후 2차
               # 파병이다": the number is the first sending's, not the second's)
               "지만 ", "(?:었|았|였|했)으나 ", "(?:한|된|난) (?:이후|후|뒤)(?:에)? "],
    "relay": ["의원", "정보위"],
    "impersonal": ["전해졌", "알려졌",  # estimates nobody makes (no carried claimant)
                   # (16kj) a passive estimate ("1만 명에서 1만 2000명 정도로 추정되며 …
                   # 사상자가 발생한 것으로 분석된다"; not "추정된다고 밝혔다", a source saying
                   # so), as ja "と推定される"
                   "(?:추정|분석|추산|관측)(?:된다|되며|됐다|되었다|되고 있다|돼 왔다)(?![고며])",
                   # (16km) the same in the polite style of broadcasters ("… 파병한 것으로
                   # 추정됩니다", "사망한 것으로 추정됩니다"): a sentence's end (a source saying so
                   # takes the plain form, "추정된다고 밝혔습니다")
                   "(?:추정|분석|추산|관측)(?:됩니다|됐습니다|되었습니다|되고 있습니다)",
                   # (16kj) the journalist comparing the figure before with another ("첫 배치된
                   # 북한군 1만1000명의 절반이 넘는 규모다", "2배나 많은 수치다"): nobody's, and
                   # no finding of the report before, as ja "半数を超える規模だ"
                   "(?:절반|\\d+ ?배|두 배|세 배|\\d분의 ?\\d)[^.\\d]{0,10}"
                   "(?:규모|수준|수치|양|숫자)"
                   "(?:다|이다|입니다)(?=[.\\s]|$)",
        "전해진다",  # (16sw)
        "알려진다",  # (16sw)
        "알려져 있",  # (16sw)
        "관측이 나오",  # (16sw)
        "분석이 나오",  # (16sw)
        "밝혀졌",  # (16sw)
    ],
    # an earlier estimate the article recalls in the figure's own clause: nobody's, not the source
    # of another clause ("… 발표했으며, 이는 며칠 전 7,000~8,000명으로 추정되던 수치에서", 16z)
    "earlier_estimate": ["(?:추정|추산|집계)(?:되던|됐던|되었던)"],
    # returned, repatriated, missing, a breakdown: no figure
    # what a place can hold is no count ("could accommodate over 400 bodies")
    "capacity": [
        "수용할 수 있", "수용 가능", "수용 규모", "수용 능력",
        # (session 6) what a ship or plane can carry ("un navire … pouvant transporter
        # jusqu'à 400 soldats", 16q)
        "(?:수송|태울|실을|탑승시킬|운송할|실어 나를) 수 있",
        "(?:수송|탑승) 가능",
        "병상",  # (16px)
    ],
    "excluded": [
        # (16ce) 탈영병: 이야기의 수치가 아님
        # (17ch) not desertion prevented ("탈영을 막기 위해", "탈영 방지")
        "탈영(?!을 (?:막|방지|차단|억제)| 방지|을 방지)",
        # (16cd) a shortage counted, not people sent ("4천500~5천 명의 노동자가 부족", "부족한 인력
        # 5천 명"; not "인력 부족을 메우기 위해 노동자 5천 명을 파견")
        "\\d[천만백십]* ?명(?:의 [가-힣]+)?(?:가|이)? 부족",
        # (16rv2) not a place or a subject between ("병력이 부족한 러시아에 북한은 1만1000명을
        # 파병"): the words between end in no case particle
        "부족(?:한|분) (?:\\S*[^\\s에은는이가을를도] ){0,2}?\\d",
        # avoiding capture is no capture ("to avoid capture", "избегать плена")
        "생포되기 전에 자폭", "생포를 피하", "포로가 되기 전에 자결", "포로가 되기 전에 자폭",
        # (not "사상자와 실종자": the missing counted with the casualties)
        "(?<!사상자와\\s)(?<!사상자\\s및\\s)실종", "송환", "귀환", "귀국", "복귀",
        "보유",  # "4만2000명의 군사력을 보유": a force's strength, not the troops sent
        # one of a group told before, then the other ("한 명은 … 다른 한 명은", 16k): no count
        "(?:한|1) ?명은(?=[^.]{0,80}(?:다른|나머지) (?:한|1) ?명[은도])",
        "(?:다른|나머지) (?:한|1) ?명[은도]",
        # "그중 한 명은", "이 중 1명은" (one of them, told of): a part of the group before
        "(?:그|이) ?중 (?:한|1) ?명은",
        # what Russia sent back ("러시아에서 북한으로 넘어간 컨테이너", "컨테이너 9천 개 정도가
        # 러시아에서 북으로 갔다", "러시아가 북한에 보낸 컨테이너"): the other direction (16k)
        "러시아에서 북(?:한)?(?:으로|에)",
        # a capacity, not people there ("최대 4만1000명을 수용할 수 있는", 16s as ja)
        "수용(?: 가능|할 수|이 가능| 능력)",
        "러시아(?:가|는|측이) 북(?:한)?(?:에|으로) (?:보낸|보냈|넘긴|제공)",
        # (16o) a year before the war dates the clause ("2017년 당시 러시아에 파견된 북한 노동자는
        # 3만명으로 추정됐다", "2019년 말 … 1000여명만 남기고"): history, not the story (not "2017년
        # 이후", since then), as ja
        # (a few words may stand before "since": "1950년 한국전쟁 이후 처음으로 … 파병")
        "(?<!\\d)(?:19\\d\\d|20[01]\\d|202[01]) ?년(?![^,.]{0,15}(?:이후|이래|부터|까지|대비|보다|"
        "비교|만에|처음))",
        # (16o) an age in brackets after a name ("리모(27)씨"), and the people a reporter met
        # ("인터뷰에 응한 6명의 북한 노동자들", "BBC가 만난 노동자 6명"): no count, as ja
        "(?<=[（(])\\d{1,2}(?=[）)])", "인터뷰에 응한", "인터뷰한", "취재에 응한", "(?:가|이) 만난",
        # (25at) soldiers who fled and soldiers wanted by the police: no metric of the story
        # counts them ("18 Soldaten sind bereits geflohen", "three North Koreans are being
        # sought"), as the deserters above
        "도주", "수배",
    ],
    # a sentence breaking the figure before down ("Of them …, the NIS said"): same source
    "breakdown_next": ["이 중", "이 가운데", "이 중에서"],
    "anaphora": ["이 수치", "그 수치", "이 숫자"],  # "this figure": the metric of the figure before
    # 문장을 넘는 출처 (articles/carry.py): 앞서 밝힌 출처를 다시 가리키는 말(과 가리킬 수
    # 있는 출처의 종류), 보고를 이어 가는 형식, 그리고 그것을 끝내는 말
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
            "이는 [^.]{0,80}?(?:발표한|공개한|펴낸|내놓은|밝힌) "
            "[^.]{0,60}?(?:결과|내용|분석|평가)(?:다|이다)",
        ],
        # (16wu) a standing fact of a country's forces, population or economy after a link
        # word: the journalist's background (as en)
        "standing": [
            "보유",
            "거느리",
        ],
        "links": [
            # (22as) a word opening a paragraph that details the report before ("Зокрема, …")
            "구체적으로(?:는)?,? ",
            "또한?,? ",
            "이와 함께",
            "이 밖에도?,? ",
            "아울러",
        ],
        "documents": {
            "(?:발표|자료|평가|분석|성명)에 따르면": "published",
            "(?:이|해당|같은) (?:발표|자료)(?:에 따르면|는|에서는)": "published",
        },
        "anaphors": {
            # (19nm) 이름 없이 다시 가리킨 매체: 그 매체가 인용한 출처, 없으면 매체 자신
            "(?:이|해당|같은|동) (?:매체|신문|방송|언론)(?:은|는|이|가|에 따르면|도)": "outlet",
            # (16an) 조사마다: 첩보기관, 이·해당 정보기관, 군 당국, 이·해당 대변인
            "첩보\\s*기관(?:은|이|의|에 따르면|도)": "agency",
            "(?:이|해당|같은|우리) 정보\\s*기관(?:은|이|의|에 따르면|도)": "agency",
            "군 당국(?:은|이|의|에 따르면|도)": "institution",
            "(?:이|해당|같은) 대변인(?:은|이|도|에 따르면)": "institution",
            "이 기관": "agency", "해당 기관": "agency", "같은 기관": "agency",
            "정보\\s*당국": "agency",
            "당국은": "institution", "당국이": "institution", "당국에 따르면": "institution",
            "[가-힣] 의원[은이]": "lawmaker", "이 의원": "lawmaker",
            # (16k) an official named in full once, then by surname and title ("신원식
            # 국방장관은 … 신 장관은"): a minister is the ministry named before, the director
            # of an agency the agency (one syllable, a Korean surname: not "오스틴 장관")
            "\\b[가-힣] (?:장관|차관)(?:은|이|도|의|에 따르면)": "ministry",
            "\\b[가-힣] 원장(?:은|이|도|의|에 따르면)": "agency",
            # a spokesman or chairman ("전하규 국방부 대변인 … 전 대변인은", "김 의장은")
            "\\b[가-힣] (?:대변인|의장)(?:은|이|도|에 따르면)": "institution",
            # (16kj) the official named before ("군 관계자는 … 이 관계자는 설명했습니다"), as ja
            # "同関係者"
            "(?:이|해당|같은) (?:관계자|당국자)(?:는|은|가|이|도|에 따르면)": "institution",
            # the report of the institution named before (16n)
            "보고서에 따르면": "institution", "보고서는": "institution",
        },
        # (16kj) a report the article names an author for ("다국적제재모니터링팀(MSMT)이 … 보고서를
        # 통해"): its findings after (carry._the_report, as en/de/fr/es/ru/uk), as ja "報告書"
        "report": ["보고서", "리포트"],
        # a sentence opening with these, ending with a reporting verb, goes on with the source
        "goes_on_start": ["또한?,? ", "이어서?,? ", "아울러 ", "그러면서 "],
        # (16o) the figure before converted ("…라고 가정할 때, 약 600여만 발을 운반할 수 있는
        # 규모다", "환산하면"): its source's, also across a line break, as ja "仮定した場合"
        "goes_on": ["(?:이?라고|다고|으?로) 가정(?:하면|할 때|할 경우|했을 때)",
                    "(?:으?로 )?환산(?:하면|할 경우|할 때|했을 때)"],
        # a sentence naming nobody that ends in a reporting form ("…고 설명했다.", "…라고
        # 밝혔습니다."): it goes on with the source of the sentence before
        "reports_end": ["(?:고|다고|라고|며) (?:밝혔|설명했|전했|말했|덧붙였|강조했|분석했|보고했|"
                        "추산했|평가했)(?:다|습니다)"],
        "reports": ["밝혔", "평가했", "덧붙였", "설명했", "전했", "보고했", "분석했",
                    "추산했", "파악했", "말했", "강조했", "내다봤", "예상했", "파악됐"],
        # (16cf) a sentence closing the report, with its back-reference word inside it ("국정원이
        # 이같이 밝혔다고 했다"): names the source of the figures before it (articles/carry.py)
        "closes_within": ["이같이 (?:밝혔|전했|보고했|말했|설명했|발표했)",
                          "이 같은 내용을 (?:밝혔|전했|보고했|공개했)",
                          "이런 내용을 (?:밝혔|전했|보고했|공개했)"],
        "ends": ["앞서", "지난해", "이전에",
                 # the journalist's own reasoning ("which means", "わけだ")
                 "셈이", "이 말대로면",
                 # a new topic (meanwhile, 16z)
                 "한편",
            "상기하자면",  # (16px)
        ],
        # (16co) a later sentence refers back to the figure's counted noun with these words
        # right before it (analysis.articles.backref.counted_noun), none of "other" between
        "refers_back": ["이들", "이", "해당"],
        "other": ["다른", "추가"],
    },
    # deployment words that say troops were sent (a number in their clause is no loss)
    # deminers and military builders (16s, as ja 16j): a later wave, an additional
    # deployment ("수천 명 규모의 군사 건설 인력과 지뢰 제거 요원")
    # (16o) sappers ("공병") alone too, as ja "工兵" and en "sappers": the ledger counts every
    # sending of engineers as an additional deployment ("공병 1천여 명은 이미 … 지뢰 제거
    # 임무를 수행 중"; the dev set's "전투병 1만 명, 공병 1000명 등이 배치돼 있고" was relabelled)
    # (16kj) a construction unit, its soldiers counted after it ("제2215건설여단 소속 병사 약
    # 1000명"), as ja "建設旅団に所属する兵士"
    # (session 6) the work sappers and builders were sent for ("déployés … pour participer à
    # des travaux de reconstruction", "направить 6000 военных … для разминирования"): a
    # deployment for it is a later, additional one
    "rebuilding": [
        "재건", "복구", "지뢰 ?(?:제거|해체)", "건설 ?(?:작업|공사)",
    ],
    "engineers": [
        # (16gh) builders who belong to the army ("군 소속 건설 노동자 5000명") are troops
        "군 ?소속(?:의)? ?건설 ?(?:노동자|인력|근로자)",
                  "군사 ?건설 ?(?:인력|노동자|근로자|요원|부대|병력)", "건설 ?부대",
                  "건설 ?(?:여단|연대|대대)[’'」]?(?:에 소속된|에 속한| 소속|의)? ?"
                  "(?:병사|군인|장병|병력)?",
                  # (31fm) "지뢰 제거 전문가 1000 명", "공병 병력 1천 명" (a space before 병력)
                  "지뢰 ?제거 ?(?:요원|인력|병력|부대|병|전문가)", "공병(?: ?(?:대|부대|병력))?"],
    # (31fm) a word of purpose closing the work of ``rebuilding`` right before the number
    # ("쿠르스크 지역 재건에 필요한 인력 6000명", "재건 도우려 공병 등 병력 6000명"): the later wave
    "purpose_before": ["위해", "위한", "필요한", "도우려", "돕기"],
    # (31fm) the nouns of the people sent that may stand between that purpose and the number
    # ("위해 공병과 건설 노동자 6,000명": a particle may close a noun)
    "purpose_nouns": ["인력", "병력", "공병", "등", "군인", "병사", "요원", "대원", "건설",
                      "노동자", "근로자"],
    "sent": ["파병", "파견", "보냈", "보낸", "배치", "투입", "주둔"],
    # (16kj) ammunition Russia uses or still holds ("러시아가 현재 하루에 약 1만 발의 포탄을
    # 소비하는", "러시아에 아직 400만 발의 포탄이 남아 있기에"): its stock, not what North Korea
    # sent, unless the clause says it was sent (`supplied`), as ru/uk and ja
    "used": [
             # (23ar) consumed or produced, not sent ("하루에 포탄 약 1만발을 소모하고 있다")
             "소모하(?:는|고|며|고 있)", "생산하(?:는|고|며|고 있)", "생산할",
             "소비하(?:는|고|며|고 있)", "사용하고 있",
             "(?:포탄|탄약|미사일|무기)[이가은는]? (?:아직 )?남아 ?있",
             "보유하(?:고|며|는|고 있)", "쏘는", "발사하는"],
    "fired": [
        # (16pf) weapons fired or used, not sent ("약 60기의 북한산 미사일을 발사했다",
        # "북한제 탄도미사일 2발 사용"), North Korean or not, unless its clause says they were
        # sent (`supplied`), as ja and ru/uk
        "발사(?:했|한|해|하였|됐|된|되었)", "사용(?:했|한|해|하였|됐|된|되었|(?=[”\"\'’]))",
    ],
    # (18ra) the direction of a sending (articles/flows.py), as en: what Russia sends North
    # Korea ("반면 러시아도 북한에 식량을 포함한 9000여개의 컨테이너를 보낸") is no figure of the
    # story, unless the clause tells North Korea's own sending too
    "flows": {
        # North Korea as the destination, with the verb of sending after it ("북한에 … 보낸",
        # "北에 … 제공"; not "북한에서", "북한에 대한", "북한으로 돌아간"), or the one who
        # receives from Russia
        "recipient": [
            "(?<![가-힣])(?:북한|북|北)(?:측)?(?:에|에게|으로)(?! ?(?:서|부터|대한|대해|의해|"
            "따르면|있|머물|주둔|돌아|귀국|복귀|귀환|남아|남은|억류|송환|도착))[^.。,]{0,60}?(?:보낸|보냈|"
            "보내|제공(?!받)|공급(?!받)|지원(?!받)|넘긴|넘겨(?!받)|넘어간|수출|이전|인도(?!받)|"
            "전달|운송|반입|들어간|건네|파견|판매)",
            "러(?:시아)?(?:에서|로부터) 북(?:한)?(?:으로|에)",
            "(?<![가-힣])(?:북한|북|北)(?:은|이|도|측은|측이)[^.。,]{0,40}?러(?:시아)?(?:로부터|에서|"
            "측으로부터)[^.。,]{0,40}?(?:받|들여|수입|구입|조달)",
        ],
        # Russia as the one who sends ("러시아도 … 보낸", "러시아는 … 제공했다"; not "제공받은"),
        # and what comes from Russia ("러시아로부터")
        "sender": [
            "(?<![가-힣])러(?:시아)?(?: ?측)?(?:가|는|도|이|은)[^.。,]{0,60}?(?:보낸|보냈|보내|"
            "제공(?!받)|공급(?!받)|지원(?!받)|넘긴|넘겨(?!받)|수출|이전(?!받)|인도(?!받)|전달|"
            "건네|판매)",
            "러(?:시아)?(?: ?측)?(?:로부터|으로부터)",
        ],
        # the story's own direction ("러시아에", "러에", "북한이 … 보낸", "북한으로부터",
        # "북한산"), and Russia receiving ("러시아가 … 제공받은", "조달했다")
        "forward": [
            "(?<![가-힣])러(?:시아)?(?: ?측)?(?:에|에게|로|으로)(?! ?(?:서|부터|대한|대해|의해|"
            "의한|따르면|있))",
            "(?:쿠르스크|전선|전장)(?:에|으로|로)",
            "(?<![가-힣])(?:북한|북|北)(?:측)?(?:이|은|도|측이|측은)[^.。,]{0,60}?(?:보낸|보냈|"
            "보내|제공(?!받)|공급(?!받)|지원(?!받)|넘긴|넘겨(?!받)|수출|이전(?!받)|파병|파견|"
            "배치|투입|판매)",
            "(?<![가-힣])(?:북한|북|北)(?:측)?(?:으로부터|에서 (?:온|보낸|넘어온|들여온))",
            "(?<![가-힣])(?:북한|북|北)(?:산|제) ",
            "(?<![가-힣])러(?:시아)?(?: ?측)?(?:가|는|도|이|은)[^.。,]{0,60}?(?:받은|받았|받아|"
            "받는|제공받|지원받|공급받|넘겨받|조달|수입|들여)",
        ],
    },
    "supplied": ["보낸", "보냈", "보내", "제공", "공급", "지원", "넘긴", "넘어간", "수출", "이전",
                 "선적", "운송", "인도"],
    # a partner, not the source ("정보당국(SBU)과의 실시간 공조를 통해")
    "partner": ["(?:과|와)의 (?:실시간 )?(?:공조|협력|협조)", "(?:과|와) (?:공조|협력|협조)하",
                # (31ar) the other side of talks is no source ("김정은 국무위원장과의 회담 후
                # 이 같은 합의 내용을 밝혔습니다": Shoigu's announcement), his title between
                "(?: ?(?:국무)?위원장| ?총비서)?(?:과|와)의 (?:정상)?(?:회담|면담|회동)",
                # the captor, not the source ("우크라이나 당국에 생포된 북한군 포로 2명", 16s;
                # "우크라이나군에 의해 붙잡힌", "우크라이나군의 포로가 된")
                "에 (?:의해 )?(?:생포|붙잡|억류|포획|사로잡)", "에 (?:포로로 )?(?:잡힌|잡혀)",
                "의 포로(?:가|로) (?:된|되|잡)",
                # (16km) who questions the captives, as ru, uk ("키이우로 이송돼 우크라이나
                # 보안국(SBU)의 심문을 받고 있다")
                "의 (?:조사|심문|신문)(?:을|를)? ?받",
                # nor who interprets for them ("한국 국정원이 통역을 지원한다", "국가정보원의 통역
                # 지원을 받아", "국가정보원이 SBU에 통역 지원을 하고")
                "(?:이|가|의) (?:\\S+에 )?통역(?:을|을 | )?지원",
                # (16km) a photo's credit names no source ("▲ 사진=KBS NEWS 영상 캡처",
                # "[사진=우크라군 전략소통·정보보안센터 X캡처]"): it holds the name's first letter
                "(?:사진|영상|자료)(?: ?(?:출처|제공))? ?= ?\\S"],
    # one of the group before ("생포된 북한군 중 1명은"): no capture of its own
    "part_of": ["중", "가운데"],
    # the group a loss is counted among, after the number ("1만1000명 가운데 4000명이 사상")
    "among_after": ["가운데", "중에서", "중 "],
    "claimants": {
        # ── (16ch) every claimant by every name a newsroom uses (docs/articles.md 16ch;
        # tests/cases/articles/claimant_names_16ch.yml) ────────────────────────────────────
        # Shoigu by his post ("러시아 국가안보회의 서기", "러시아 안전보장회의 서기")
        "러시아(?:의)? ?(?:연방 )?(?:국가)?(?:안보|안전보장)(?:회의|위원회) (?:서기장|서기)":
            "Russian Security Council (Sergei Shoigu)",
        "우크라이나(?:군)? 군 ?(?:사)?정보(?:총)?국": "Ukraine Defence Intelligence (HUR)",
        "우메로(?:프|우)": "Ukraine Ministry of Defence",
        # a minister named with the bare title: his country's ministry, not Seoul's ("우메로프
        # 국방장관": "국방장관" alone is Seoul's); a surname others share only with the title
        "(?:(?:루스템 )?우메로(?:프|우)|(?:데니스 )?(?:시|슈)미할|(?:미하일로 )?페도로프) "
        "(?:우크라이나 )?국방(?:부 )?장관": "Ukraine Ministry of Defence",
        "(?:헤그세스|오스틴) (?:미(?:국)? )?(?:국방|전쟁)(?:부 )?장관": "US Department of Defense",
        "(?:힐리|섑스) (?:영국 )?국방(?:부 )?장관": "UK Ministry of Defence (Defence Intelligence)",
        # North Korea's media are all the state's ("북한 매체에 따르면")
        "북한 (?:매체|언론|방송)": "North Korea (state media and leadership)",
        # the US envoys to the UN (the US mission to the UN is the State Department's), and a US
        # representative at a UN meeting ("유엔 안보리 관련 회의에 참석한 미국 대표"); a US
        # representative elsewhere, its government
        "(?:주유엔|유엔 주재) ?미국 ?(?:차석)?대사(?:대리)?": "US State Department",
        "미국 ?(?:의 )?유엔 ?(?:차석)?대사(?:대리)?": "US State Department",
        "(?:린다 )?토머스[- ]?그린필드": "US State Department",
        "도로시 셰이": "US State Department",
        "(?:유엔|안보리|안전보장이사회)[^.?!\"“”]{0,30}?미국 ?(?:측 )?대표(?:단)?(?!팀)":
            "US State Department",
        "미국 ?(?:측 )?대표(?:단)?(?!팀|선수)": "US government (unspecified)",
        # Seoul's intelligence, ministry of foreign affairs and officials named bare, as the
        # military's (not Russia's, North Korea's, China's, Japan's)
        _SEOULS + "정보당국": "South Korea National Intelligence Service (NIS)",
        _SEOULS + "외교부": "South Korea government",
        _SEOULS + "(?<!미\\s)(?<!미국\\s)(?<!우크라이나\\s)정부 (?:고위 )?(?:관계자|당국자)들?":
            "South Korea government",
        # Ukraine's foreign ministers and the head of the president's office ("시비하" alone is
        # also a verb: with the given name or title)
        "(?:안드리 시비하|시비하 (?:우크라이나 )?(?:외무|외교)(?:부 )?장관)":
            "Ukrainian government (unspecified)",
        "(?:드미트로 )?쿨레바": "Ukrainian government (unspecified)",
        "(?:안드리 )?예르마크": "Ukrainian government (unspecified)",
        "우크라이나 (?:외무|외교)(?:부|장관)": "Ukrainian government (unspecified)",
        # the Kremlin's spokesman, as en "Peskov"
        "(?:드미트리 )?페스코프": "Russian media",
        "크렘린(?:궁)? 대변인": "Russian media",
        # (16r) claimant forms: titles, country as speaker (C1)
        "우크라이나 (?:검찰총장|검찰청장|검찰)": "Ukrainian government (unspecified)",
        # (16u) Ukraine's Foreign Intelligence Service (SZRU, head Oleh Ivashchenko since March
        # 2024), not its military intelligence (HUR): no claimant of its own
        "이바셴코": "Ukrainian government (unspecified)",
        "이바슈첸코": "Ukrainian government (unspecified)",
        "우크라이나 해외정보국": "Ukrainian government (unspecified)",
        "우크라이나 대외정보국": "Ukrainian government (unspecified)",
        "코스틴": "Ukrainian government (unspecified)",
        # "미국의 북한 전문 매체 38노스" (38 North, 16s as ja): an outlet reporting on its own
        "38노스": "News media (own reporting)",
        # (16kj) Daily NK, reporting from its own sources ("데일리NK 내부 소식통에 따르면"), as ja
        "데일리 ?(?:nk|엔케이)(?:의)? ?(?:내부 ?)?(?:소식통)?": "News media (own reporting)",
        "(?:주유엔 미국|유엔 주재 미국|미국 유엔) (?:차석|부)?대사": "US State Department",
        "로버트 우드": "US State Department",
        "미국 측? ?(?:추산|추정치)": "US government (unspecified)",
        "북한 (?:당국의 )?공식 (?:발표|집계|자료)": "North Korea (state media and leadership)",
        "(?:한국|우크라이나|미국) (?:당국|정보기관|관리들?)(?:과|와) 서방 정보(?:기관|당국)":
            "Several governments jointly",
        # ── issue 16 (16h): names as outlets in this language write them (coverage
        # test: tests/cases/articles/claimant_names.yml) ─────────────────────────────
        "나토": "NATO",
        "북대서양조약기구": "NATO",
        "뤼터": "NATO",
        "jcs": "South Korea Joint Chiefs of Staff",
        "미국 국방부": "US Department of Defense",
        "전쟁연구소": "Institute for the Study of War (ISW)",
        "우크라이나 보안국": "Security Service of Ukraine (SBU)",
        "국방부 정보총국": "Ukraine Defence Intelligence (HUR)",
        "부다노프": "Ukraine Defence Intelligence (HUR)",
        "쇼이구": "Russian Security Council (Sergei Shoigu)",
        "시르스키": "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "커비": "White House",
        "국무부": "US State Department",
        "블링컨": "US State Department",
        "신원식": "South Korea Ministry of National Defense",
        "국방정보본부": "South Korea Defense Intelligence Agency",
        # the defence news site in Hangul (16p), as ja's katakana
        "글로벌 ?디펜스 ?코퍼레이션": "Global Defense Corp",
        "특수작전군": "Ukraine Special Operations Forces",
        "허위정보대응센터": "Ukraine National Security and Defense Council (NSDC)",
        "연방보안국": "Russian Federal Security Service (FSB)",
        "다국적제재모니터링팀": "Multilateral Sanctions Monitoring Team (MSMT)",
        "국가저항센터": "Ukraine National Resistance Center",
        "우메로프": "Ukraine Ministry of Defence",
        # Ukraine's General Staff (no claimant of its own in the sheet): the army's command
        "우크라이나(?:군)? 총참모부": "Ukrainian army units",
        # Seoul's spy agency by any of the language's intelligence nouns
        "(?:한국|우리) 정보당국": "South Korea National Intelligence Service (NIS)",
        # (16k) an expert or analyst named as the speaker ("군사 전문가인 스미트슨은", "분석가
        # 홍길동 박사는"): one person, no government (a new speaker ends a carry), as ja
        "(?:전문가|분석가|애널리스트)인 [가-힣]{2,6}(?: 씨| 박사| 교수)?(?:은|는|이|가|에 따르면)":
            "Individual witnesses and sources",
        "(?:전문가|분석가|애널리스트) [가-힣]{2,6} (?:씨|박사|교수)(?:은|는|이|가|에 따르면)":
            "Individual witnesses and sources",
        # a scholar named with his title ("란코프 교수는", "홍민 통일연구원 선임연구위원은")
        "[가-힣] (?:교수|선임연구위원|연구위원)(?:은|는|이|가|에 따르면)":
            "Individual witnesses and sources",
        # ── (16nb) more names as outlets write them: the bodies' other spellings, and the
        # heads and spokespeople who speak for them in 2024-2026 (Hangul cues match inside
        # words: a name that could sit inside another word goes with its title) ─────────
        "다국적 ?(?:대북)?제재 ?모니터링 ?팀": "Multilateral Sanctions Monitoring Team (MSMT)",
        "(?:대북제재 )?다국적 ?(?:제재 )?감시 ?팀": "Multilateral Sanctions Monitoring Team (MSMT)",
        "다자 ?제재 ?모니터링 ?팀": "Multilateral Sanctions Monitoring Team (MSMT)",
        "스톨텐베르(?:그|크)": "NATO",
        "뤼테": "NATO",
        "(?:노동|로동)신문": "North Korea (state media and leadership)",
        "조선중앙(?:tv|텔레비전|방송)": "North Korea (state media and leadership)",
        "김여정": "North Korea (state media and leadership)",
        "최선희": "North Korea (state media and leadership)",
        "우크라이나 대통령": "Volodymyr Zelensky (President of Ukraine)",
        "우크라이나(?:군)? 총사령관":
            "Ukraine Armed Forces Commander-in-Chief (Oleksandr Syrskyi)",
        "(?:우크라이나 )?국가안보국방위원회":
            "Ukraine National Security and Defense Council (NSDC)",
        "gur": "Ukraine Defence Intelligence (HUR)",
        "체르(?:냐|니아|니)크": "Ukraine Defence Intelligence (HUR)",
        "예우헨 예린": "Ukraine Defence Intelligence (HUR)",
        "유소(?:프|우)": "Ukraine Defence Intelligence (HUR)",
        "스키비츠키": "Ukraine Defence Intelligence (HUR)",
        "우크라이나(?:군)? (?:군사)?정보국": "Ukraine Defence Intelligence (HUR)",
        "킨드라(?:텐|덴)코": "Ukraine Special Operations Forces",
        "말류크": "Security Service of Ukraine (SBU)",
        "우크라이나 보안청": "Security Service of Ukraine (SBU)",
        "(?:미|미국) 전쟁부": "US Department of Defense",
        "전쟁부 장관": "US Department of Defense",
        "로이드 오스틴": "US Department of Defense",
        "오스틴 (?:국방)?장관": "US Department of Defense",
        "헤그세스": "US Department of Defense",
        "팻 라이더": "US Department of Defense",
        "라이더 (?:대변인|준장|장군|공보실장)": "US Department of Defense",
        "사브리나 싱": "US Department of Defense",
        "션 파넬": "US Department of Defense",
        "파넬 (?:수석 )?대변인": "US Department of Defense",
        "설리번": "White House",
        "(?:캐롤라인|캐럴라인) 레빗": "White House",
        "레빗 (?:백악관 )?대변인": "White House",
        "(?:매슈|매튜) 밀러": "US State Department",
        "밀러 (?:국무부 )?대변인": "US State Department",
        "루비오": "US State Department",
        "국무장관": "US State Department",
        "태미 브루스": "US State Department",
        "(?:주북(?:한)?|북한 주재) 러시아 대사":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "러시아의? 주북(?:한)? 대사":
            "Russian ambassador to North Korea (Alexander Matsegora)",
        "콜마코프": "Novosibirsk region government",
        "노보시비르스크 ?주 ?(?:정부|지사|당국)": "Novosibirsk region government",
        "라셰(?:우|프)스카": "Regional Center for Human Rights (Kateryna Rashevska)",
        "지역인권센터": "Regional Center for Human Rights (Kateryna Rashevska)",
        "타스 ?통신": "Russian media",
        "리아 ?노보스티": "Russian media",
        "이성준 (?:합참 )?공보실장": "South Korea Joint Chiefs of Staff",
        "조태용": "South Korea National Intelligence Service (NIS)",
        "이성권": "South Korea National Intelligence Service (NIS)",
        "박선원": "South Korea National Intelligence Service (NIS)",
        "존 힐리": "UK Ministry of Defence (Defence Intelligence)",
        "그랜트 섑스": "UK Ministry of Defence (Defence Intelligence)",
        "전쟁 연구소": "Institute for the Study of War (ISW)",
        "민족저항센터": "Ukraine National Resistance Center",
        "우크라이나(?:군)? (?:총)?참모본부": "Ukrainian army units",
        "우크라이나군 총참모장": "Ukrainian army units",
        "김용현": "South Korea Ministry of National Defense",
        "안규백": "South Korea Ministry of National Defense",
        "전하규": "South Korea Ministry of National Defense",
        "윤석열": "South Korea government",
        "이재명 대통령": "South Korea government",
        "바르힐레비치": "Ukrainian army units",
        # (16nb) the big outlets of the language reporting on their own (an outlet that only
        # relays another source yields to it: claimants.MEDIA, carry.relayed_by_outlet)
        "조선일보": "News media (own reporting)",
        "중앙일보": "News media (own reporting)",
        "동아일보": "News media (own reporting)",
        "한겨레": "News media (own reporting)",
        "경향신문": "News media (own reporting)",
        "한국일보": "News media (own reporting)",
        "kbs": "News media (own reporting)",
        "sbs": "News media (own reporting)",
        "ytn": "News media (own reporting)",
        # (16km) the American papers in Hangul ("월스트리트저널(WSJ)은 … 보도했다"; their
        # Latin names: lang.OUTLETS)
        "월스트리트 ?저널": "News media (own reporting)",
        "뉴욕 ?타임스": "News media (own reporting)",
        "블룸버그": "News media (own reporting)",
        "폴리티코": "News media (own reporting)",
        # (16wp) outlets named after a city or country ("워싱턴포스트(WP)는", "미국의소리(VOA)는",
        # "자유아시아방송(RFA)에 따르면"): the outlet, not the place (Latin names: lang.OUTLETS)
        "워싱턴 ?포스트": "News media (own reporting)",
        "키(?:이우|예프) ?(?:포스트|인디펜던트)": "News media (own reporting)",
        "모스크바 ?타임스": "News media (own reporting)",
        "코리아 ?(?:헤럴드|타임스|중앙 ?데일리)": "News media (own reporting)",
        "재팬 ?타임스": "News media (own reporting)",
        "서울신문": "News media (own reporting)",
        "미국의 ?소리": "News media (own reporting)",
        "자유 ?아시아 ?방송": "News media (own reporting)",
        "노바야 ?가제타": "News media (own reporting)",
        "우크라인스카 ?프라우다": "News media (own reporting)",
        "jtbc": "News media (own reporting)",
        "mbc": "News media (own reporting)",
        # ── end of 16h block ──
        "소식통": "Unattributed",  # unnamed sources: nobody
        # Russia's defence ministry ("러시아 국방부와 계약"): no claimant of the sheet, and not
        # Seoul's "국방부"
        "러시아 국방부": "Unattributed",
        # the defence minister by title (16n): Seoul's unless another country is named
        "국방(?:부 )?장관": "South Korea Ministry of National Defense",
        "러시아 국방(?:부 )?장관": "Unattributed",
        "미(?:국)? 국방(?:부 )?장관": "US Department of Defense",
        "우크라이나 국방(?:부 )?장관": "Ukraine Ministry of Defence",
        "영국 국방(?:부 )?장관": "UK Ministry of Defence (Defence Intelligence)",
        "북한이 공개": "North Korea (state media and leadership)",
        "북한이 발표": "North Korea (state media and leadership)",
        # (16o) what North Korea made public, as a relative clause on the figure's noun ("북한이
        # 1,2차 표창 수여식에서 공개한 전사자는 350명 정도지만 국정원이 …"), as ja
        # or of what it made public ("북한이 … 350명 정도의 전사자를 공개한 것과 관련해 국정원은"),
        # not past a quotation's end or another subject ("북한이 … 파병했다고 국정원이 발표한")
        "북한(?:이|은| 당국이| 매체가| 관영 매체가) "
        "(?:(?!다고|라고|고 |며 |것으로|[가-힣](?:이|가) )(?:[^.,\"“”]|,(?=\\d))){0,60}?"
        "(?:공개|발표|공식 집계|인정)(?:한|했|하)(?: 것과 관련해| 것에 대해| 것과)?":
            "North Korea (state media and leadership)",
        # (16o) Shin Won-sik as national security adviser (from September 2024), not the
        # defence minister he was: the presidential office ("신원식 국가안보실장", as ja)
        "신원식 (?:대통령실 )?(?:국가)?안보실장": "South Korea government",
        "(?:대통령실 )?(?:국가)?안보실장(?:인|을 맡은)? 신원식": "South Korea government",
        "국가안보실(?:장)?": "South Korea government",
        "(?<!러시아\\s)(?<!북한\\s)대통령실": "South Korea government",
        # (16o) the military named bare ("군 관계자는 …", "앞서 군 당국은"): Seoul's, in Korean
        # (not "북한군 관계자", "러시아 군 당국": another country's; composed names win)
        "(?<![가-힣美英露])(?<!러시아\\s)(?<!우크라이나\\s)(?<!북한\\s)(?<!러\\s)(?<!북\\s)"
        "(?<!미\\s)(?<!美\\s)(?<!영국\\s)(?<!미국\\s)"
        "군(?: 고위)? ?(?:당국자?|관계자)들?": "South Korea military (unspecified)",
        "국정원": "South Korea National Intelligence Service (NIS)",
        "국가정보원": "South Korea National Intelligence Service (NIS)",
        "정보 당국": "South Korea National Intelligence Service (NIS)",
        # (a US one is the Pentagon's: "미 합참", "미국 합동참모본부", "미 합참의장")
        "(?<![가-힣])미(?:국)? ?(?:합참|합동참모본부)(?:의장)?": "US Department of Defense",
        "(?<!미\\s)(?<!미국\\s)(?<!미)(?<!미국)합참": "South Korea Joint Chiefs of Staff",
        "(?:우크라이나|키이우|키예프)와 (?:서방 )?동맹국": "Several governments jointly",
        # (16z) a government and the West as one source ("우리나라와 서방 정보기관은",
        # "우크라이나와 서방에 따르면"), as en "Ukrainian officials and Western intelligence"
        "(?:한국|우리나라|우크라이나|미국)(?: 정부| 당국| 정보기관| 정보당국| 관리들?)?"
        "(?:과|와|및) 서방(?: 국가들?| 정보기관| 정보당국| 당국| 관리들?)?"
        "(?:에 따르면|은|는|이|가|의 (?:추산|추정|분석|평가|보고))": "Several governments jointly",
        # (16z) a list of countries sharing one noun ("한국, 우크라이나, 미국 당국은"), as ja
        # "韓国、ウクライナ、西側諸国の情報筋" and en "Western, South Korean and Ukrainian …"
        "(?:한국|우크라이나|미국|서방)(?:(?:,|와|과|및)? ?(?:한국|우크라이나|미국|서방)){1,3} "
        "(?:당국|정부|정보기관|정보당국|관리들?|당국자들?)(?:은|는|이|가|의|에 따르면)":
            "Several governments jointly",
        # (16z) officials of a country by their nouns (en "US officials", "Ukrainian officials",
        # "Western officials"), with a particle: not "미국 관리 하에" (management)
        "우크라이나 (?:정부|당국)(?: 관계자| 관리|자)?들?(?:에 따르면|은|는|이|가|의)":
            "Ukrainian government (unspecified)",
        "미(?:국)? (?:정부 )?(?:고위 )?(?:당국자|관리|관계자)들?(?:에 따르면|은|는|이|가|의)":
            "US government (unspecified)",
        "미(?:국 )?군 (?:고위 )?(?:당국자|관리|관계자)들?": "US Department of Defense",
        # Seoul's government (en "South Korean officials", "Seoul")
        "(?:한국|우리) 정부(?: 관계자| 당국자| 고위 관계자)?들?(?:에 따르면|은|는|이|가|의)":
            "South Korea government",
        "서방(?: 국가들?의?)? ?(?:정보기관|정보\\s*당국|당국자|관리)들?":
            "Western intelligence (unnamed)",
        # (16kj) the military named bare as the topic ("군은 … 컨테이너 규모를 약 2000개로 보고
        # 있다", "우리 군은"): Seoul's, as "군 당국은" (not "북한군은", "러시아 군은")
        "(?<![가-힣])(?<!러시아\\s)(?<!우크라이나\\s)(?<!북한\\s)(?<!미\\s)(?<!미국\\s)(?<!영국\\s)"
        "군은 ": "South Korea military (unspecified)",
        "(?<!미\\s)(?<!미국\\s)(?<!미)(?<!미국)합동참모본부": "South Korea Joint Chiefs of Staff",
        "국방부": "South Korea Ministry of National Defense",
        # (16o) the DIA under the ministry ("국방부 산하 국방정보본부", as ja "韓国国防部の
        # 国防情報本部")
        "(?:(?:한국 )?국방부(?: 산하| 소속| 직할)?의? )?국방정보본부":
            "South Korea Defense Intelligence Agency",
        # (16o) the DIA by its short name ("정보본부는 …", "정보본부의 컨테이너 추산량은")
        "(?<![가-힣])정보본부": "South Korea Defense Intelligence Agency",
        "북한 관영\\s?(?:매체|언론|통신)": "North Korea (state media and leadership)",
        "젤렌스키": "Volodymyr Zelensky (President of Ukraine)",
        # the country speaking ("우크라이나는 … 생포했다면서"): its government
        "우크라이나(?: 정부| 당국| 측)?(?:는|은) ": "Ukrainian government (unspecified)",
        "우크라이나 정보총국": "Ukraine Defence Intelligence (HUR)",
        "정보총국": "Ukraine Defence Intelligence (HUR)",
        "미국 군 고위 관계자": "US Department of Defense",
        "미 국방부": "US Department of Defense",
        # (16y) the US Defense Intelligence Agency ("미 국방부 산하 국방정보국(DIA)",
        # "미국 국방정보국"; as en and ja "米国防総省傘下の国防情報局"): the Pentagon's, as the
        # sheet reads it
        "미(?:국)?(?:의)? (?:국방부 산하(?:의)? )?국방정보국": "US Department of Defense",
        "펜타곤": "US Department of Defense",
        "백악관": "White House",
        "영국 국방부": "UK Ministry of Defence (Defence Intelligence)",
        "서방 관계자": "Western intelligence (unnamed)",
        # ── 16j: sources written without a name block above ──
        "우크라이나 국방부": "Ukraine Ministry of Defence",
        "우크라이나 국방부 정보총국": "Ukraine Defence Intelligence (HUR)",
        # (16wt) the intelligence body of Ukraine's defence ministry is the HUR, the ministry named
        # as its owner no source of its own
        "우크라이나 국방부(?:의| 산하)? ?(?:정보총국|(?:군사)?정보국|정보\\s*(?:기관|당국))":
            "Ukraine Defence Intelligence (HUR)",
        # Ukraine's defence intelligence as "국방정보국" (16n); alone it is also the US DIA
        "우크라이나 국방정보국": "Ukraine Defence Intelligence (HUR)",
        # the sheet reads "Ukrainian intelligence" as the HUR ("FT에 따르면 우크라이나 정보당국은")
        # (not "정보당국(SBU)": the bracket names the body)
        "우크라(?:이나)? (?:군 )?정보\\s*(?:당국|기관)(?!\\s*\\()":
            "Ukraine Defence Intelligence (HUR)",
        "영국 (?:국방정보국|국방정보참모부|정보\\s*당국|정보기관)":
            "UK Ministry of Defence (Defence Intelligence)",
        "(?:허위|거짓)정보\\s*대응\\s*센터": "Ukraine National Security and Defense Council (NSDC)",
        "국가안보국방회의": "Ukraine National Security and Defense Council (NSDC)",
        "코발렌코": "Ukraine National Security and Defense Council (NSDC)",
        "러시아 (?:관영 )?(?:언론|매체|방송)": "Russian media",
        "미국(?: 정부| 당국)?(?:은|는) ": "US government (unspecified)",
        "조선중앙통신": "North Korea (state media and leadership)",
        "김정은": "North Korea (state media and leadership)",
        "북한 지도자(?!,? ?김)": "North Korea (state media and leadership)",
        "김 위원장": "North Korea (state media and leadership)",
        "김 총비서": "North Korea (state media and leadership)",
        "마체고라": "Russian ambassador to North Korea (Alexander Matsegora)",
        "로이터": "News media (own reporting)",
        "연합뉴스": "News media (own reporting)",
    },
    # the counted, a pronoun opening the next sentence that goes on with the report and
    # says whose it is ("… 5000 Bausoldaten … Sie sollen …, teilte … mit", 16u)
    "they_open": ["이들은", "이들이", "그들은"],
    "pronoun": ["그는", "그에 따르면"],  # the source named before, not the wire carrying it
    "joint": ["와", "과", "및"],
    "determiners": ["북한군", "병사", "1명", "한 명", "2명", "두 명"],
    "not_figure_after": [
        # (25at) a day told with the local time after it and no "일" ("17(현지 시각) AP 통신은"):
        # a date, no count
        "\\(현지 ?시[각간]",
        # (23ar) a date written with a middle dot names a day or a place ("4·25문화회관",
        # "6·25 전쟁"): the month before the dot, no count
        "·\\d",
        # (22lb) an anniversary's number ("창건 75주년"), and money told with a scale after a vague
        # number ("수십억 달러 상당의 미사일"): no count
        "주년", "[만억조] ?(?:미국 ?)?(?:달러|원|유로|루블|위안|불)",
        # (16cl) the closed class of a unit's nouns after its number ("11군단", "11 군단",
        # "1234부대"): a name or units counted, no people (not "중대한", "부대원")
        "(?:공병|보병|포병|기계화|특수|특수작전|저격)?(?:군단|사단|여단|연대|대대|중대(?![한하히])|소대|"
        "분대|부대(?![원장]))",
        # (16ab) camps counted, no people, as ru/uk "лагерей" ("165개 캠프", "165곳")
        "(?:개|곳)의? ?(?:\\S+ )?(?:캠프|수용소|야영소)", "곳",
        # (16pf) sources counted, no figure ("2명의 미국 당국자")
        "명의 (?!(?:\\S+ )?북한)(?:\\S+ ){0,2}(?:당국자|관계자|외교관|관리)",
        "km", "㎞", "킬로", "미터", "세", "살", "달러", "원", "유로", "루블", "%", "퍼센트", "시간",
        "일", "주", "개월", "달", "분", "톤", "개 마을", "배", "대", "차", "번째", "회", "개국",
        # (33ar) cases or items counted ("11건의 사례", "11건"): the counter 건, no people or
        # shells (not 건설, 건물)
        "건(?=$|[\\s,.·…\"'”’)의이은을에도씩])",
        # (32ar) a phase or stage ("화성지구 4단계 개발 구역"), no count, as ja "3段階", en
        # "phase 4" (``phase_before``)
        "단계",
        # (32ar) the one of a rate with its noun ("1가구당"), as ja "1家族あたり"
        "[가-힣]{1,2}당(?=[\\s,.]|$)",
        "개 분야", "개 부문", "개 항목",
        # (31ar) firms counted, no materiel ("7개국의 19개 회사에서 제조한 부품"), as en
        # "companies"
        "개 ?(?:회사|기업|업체|제조사|제조업체|공장)", "개사",
        # (16o) "14개 산업 부문": sectors with their noun between
        "개 (?:\\S+ )?(?:분야|부문|항목|업종)",
        # (16o) a unit's number ("북한군의 94 독립 여단", as ja "独立"); an hour ("새벽 2시까지");
        # a rate ("포탄 300~500발씩", "컨테이너 1개당"), no total
        # a difference ("이보다도 1000명 더 많은 수치다"), no count, as ja "1000人多い"
        "명?\\s?더\\s?(?:많|적)", "명\\s?(?:많은|적은|많다|적다)",
        "독립", "시(?=[에까부쯤경께\\s,.]|$)", "(?:발|명|개|문|대)?씩", "(?:개|명|대|발)?당",

        "개 (?:기지|훈련소|시설|지역)", "곳",  # bases and places (16n)
        # "14개 분야": sectors, not people; "수백 개의 북한 군수공장": factories
        "개의 (?:\\S+ )?(?:군수)?공장",
        "여단", "사단", "대대", "년", "개 여단", "개 사단", "개 대대",
        "mm", "㎜", "밀리",  # calibres ("240mm 방사포")
        "월", "소식통",
        # "5만 명의 러시아군": the other side's troops
        "명(?:\\s규모)?의\\s(?:러시아|우크라이나)군",
        "여?\\s*차례",  # "10여차례에 걸쳐": times, not things
        "척",  # ships ("화물선 4척", 16k): the carriers, not what they carry
        "노스",  # "38노스" (38 North, 16s): a name, no number
        # (16o) a number of a series ("안보리 결의 2397호", "1호기"): a designation, as ja "号"
        "호(?=[\\s가는를의에와로도기,.)]|$)",
        # (29ar) a weapon's type ("63식 107㎜ 다연장로켓", Type 63; "59식 전차"): a designation,
        # no quantity
        "식(?=[\\s\\d(]|$)",
        # (16o) the first of a list of rounds ("1·2차 표창 수여식", "1, 2차"), as ja "1・2回目"
        "[·・,]\\s?\\d{1,2}\\s?(?:차|회|번째|기)",
        # (16kj) the first of two numbers sharing a time unit ("4, 5일간 먹지도 못하다가",
        # "3·4개월"): a duration, as ja "4、5日間"
        "[·・,]\\s?\\d{1,2}\\s?(?:일|시간|주|개월|달|년)",
        # (29ar) the first of two numbers sharing a unit of length ("사거리가 각각 60과 40㎞에
        # 이른다", "122·240㎜"): a distance or calibre, no count
        "(?:과|와|[·・,~])\\s?\\d+(?:\\.\\d+)?\\s?(?:㎞|km|킬로미터|킬로|㎜|mm|밀리|미터)",
        # (16kj) a number denied ("컨테이너 1000개 아니라 2000개", not A but B): no figure, as ja
        # "1000個ではなく"
        "(?:개|명|발|대|문)?(?:이|가)? ?아니(?:라|고)",
        # (16kj) countries counted ("인도·태평양 4개 파트너국", "나토 32개 회원국"), as ja "カ国"
        "개 ?(?:[가-힣·]+ )?(?:회원국|파트너국|동맹국|참가국|참여국|국가|나라)",
        # (notfig, session 6) 돈: 통화 ("500엔", "500위안", "500흐리우냐", "500파운드", "500센트")
        "엔(?!지)", "위안", "흐리우냐", "그리브나", "파운드", "센트", "usd", "€", "£",
        # (notfig, session 6) 단위: 길이·무게·부피·면적 ("500m", "500마일", "500해리", "500kg",
        # "500t", "500리터", "500배럴", "500헥타르", "500㎢")
        "m(?![-\\d])", "cm", "센티(?:미터)?", "마일", "해리", "노트(?!북)", "kg", "t(?![-\\d])",
        "킬로톤", "리터", "배럴", "헥타르", "㎢", "제곱(?:킬로)?미터", "평(?![양화가택])",
        # (notfig, session 6) 시간·구경·포인트·온도·순위 ("30초간", "152mm 구경", "5%포인트",
        # "5포인트", "40℃", "세계 1위")
        "초(?:간|\\s?동안|\\s?만에)", "구경", "%?\\s?포인트", "%p", "℃", "°",
        "위(?=[\\s,.)를의에로는가]|$)",
        # (16ef) a unit's number, no people ("528 공병연대", "제528연대")
        "\\s?(?:공병|보병|포병|기계화|특수)?(?:연대|여단|대대)",
        # (16ef) convicts counted are Russia's, not the story's ("Zehntausende Sträflinge")
        "\\s?명?의 (?:죄수|수감자|재소자)",
        "페이지",  # (16px)
        "종(?:류)?(?:의)?(?![가-힣])",  # (16px)
        "병상",  # (16px)
        "인치",  # (16px)
        "메가와트",  # (16px)
        "칼로리",  # (16px)
        "명의 (?:[가-힣]+ ){0,2}이름",  # (16px)
    ],
    # "4분의 1" (a quarter): the denominator's "분" (minute) drops the 4, and this the 1
    # (16o) a disease's number ("코로나19 팬데믹", "COVID-19"): a name, as ja "コロナ19"
    # (16nf) 수에 붙은 단위가 장소·횟수·날·나라·지역을 세면 이야기의 수가 아니다 ("5곳", "3개소",
    # "64차례", "3회", "1093일째", "32개국", "5개 지역", "4척")
    # (16pq) a size told as usual, no count:
    # "보통 한 개 대대는 수백 명의 병력으로 구성된다"
    # (16cd) a count told after "the number of" North Korean troops or their losses, put after
    # the copula or verb of amount (`verb`, right before the number): analysis.articles.number_of
    "number_of": {"subject": ["규모(?:가|는)", "(?:자 ?| )수(?:가|는)", "인원(?:이|은)",
                              "병력(?:이|은)"]},
    "usual": ["보통", "일반적으로", "통상적으로", "통상 한", "대개",
              # (16ci) the rest of the closed class: how often, how it varies
              "대체로", "흔히", "통상(?=\\s?\\d)"],
    # (16ci) numbers the grammar marks as no count (analysis.articles.classes): a measure of a
    # thing, the people a reporter met or surveyed (ages: "세", "살", "대" are not_figure_after)
    "measure": [r"\s?(?:피트|인치|마일|야드|센티(?:미터)?|밀리(?:미터)?|킬로미터|미터|cm|㎝|mm|㎜|"
                r"km|㎞|구경)"],
    "interviewed": {
        "after": [r"\s?(?:여\s?)?(?:명|명의|사람)?\s?(?:을|를)?\s?대상으로"
                  r"(?: 한| 실시한| 진행한| 벌인)?\s?(?:설문|조사|인터뷰|면담|심층)",
                  r"\s?(?:여\s?)?(?:명|사람)?\s?(?:과|와)(?: 각각| 함께| 직접)?\s?"
                  r"(?:인터뷰|면담|대화|만남|접촉)",
                  r"\s?(?:여\s?)?(?:명|사람)?\s?(?:을|를)\s?(?:인터뷰|면담|취재|만나|만났|만난)",
                  r"\s?(?:여\s?)?(?:명|사람)?\s?(?:에|에게)\s?(?:대한|대해|대해서)?\s?"
                  r"(?:인터뷰|면담|취재)"],
    },
    # (16ci) the people of an earlier figure named again by the number and counter alone, opening
    # a sentence or after a demonstrative, a particle after it ("북한군 2명을 생포했다. 2명은 …",
    # "이들 2명에 대한"; not after a comma): analysis.articles.repeats.bare_again
    # (the demonstrative a word of its own: not the particle of "북한군이 약 1만1,000명이")
    "told_again_bare": {"before": ["[.!?\\n\"“‘']", "(?<![가-힣])(?:이들|이|그|해당)"],
                        "after": ["[은는이가에의과와을를도]"]},
    # (16cb) visitors counted at a border, by their entry or the purpose they stated
    "entry": [
        # (22ar) the purposes of border statistics besides study ("173 отправились в Россию по
        # «личным причинам», еще 65 осуществляли транзит", "개인 사유 24명"), visitors counted
        "개인 ?사유", "사업 ?목적", "관광 ?목적",
        "입국", "방문 목적", "교육 ?목적", "학업", "유학",
              "비자"],  # (16ce) visas issued: border statistics
    # (16cb) a shortfall of people a word of shortage governs: nobody sent
    "shortage": ["부족"],
    # (16ce) none: "씩" also tells waves ("2,500여 명씩 추가로 들어오고"):
    # no total (analysis.articles.apiece)
    "apiece": {"before": [],
               "after": []},
    "not_counted": [
        "곳", "개소", "개 ?(?:지역|도시|항구|항만|기지|거점|장소|시설|훈련장|주|국가|나라)", "개국",
        "여?\\s*차례", "회(?![의담견원사계])", "번째", "일째", "일차", "척",
        # (19ct) counters of things that are no people, glued to the number ((?<!\\s): not
        # "포로 2명 석방", "2000명 줄어"): seats, rows, buildings, floors, trees ("12석씩
        # 9줄(108석)", "건물 3채", "5층", "나무 200그루"); not 기, 개, 발, 문, 대, 점, 구
        # (missiles, containers, shells, guns, portraits, bodies)
        "(?<!\\s)(?:석(?![방유탄사좌별])|줄(?![어었일이여곧지줄인기])|열(?![차병강사])"
        "|채(?![용택권무널소굴])|층(?![위])|그루|좌석)",
        # (19ct) graves counted ("400여개의 묘지", "300기의 묘비"; 기 and 개 otherwise count
        # missiles and containers)
        "(?:개|기)의? ?(?:묘지|묘역|묘비|묘소|비석|무덤|봉분|좌석)",
    ],
    "not_figure_before": [
        # (23ar) the day after a date's middle dot ("4·25문화회관"), as not_figure_after
        "\\d·",
        # (16pf) sources counted, no figure ("미국 당국자 2명은", "당국자 중 1명은")
        # (not North Korea's, counted in the story: "북한 고위 당국자 3명이 사망했다", 16rv)
        # (\\x20: a space, of fixed width in a look-behind)
        "(?<!북한\\x20)(?<!북한\\x20고위\\x20)(?<!북한군\\x20)(?<!북한\\x20군\\x20)"
        "(?:당국자|관계자|외교관|소식통|관리)(?: 중| 가운데)? ?",
        # (16pf) a document's number, no figure ("결의 2397", as "결의 2397호")
        "결의(?:안)? ?",
        # (16cd) photos and videos counted, no figure ("사진 3장을 공개"; not "101장의 사진이
        # 걸렸는데 … 전사한 군인들", the dead on a memorial, 16r)
        "(?:사진|영상|동영상|이미지) ?",
        # (19ct) graves and seats counted after their noun ("묘지 400여개", "묘비 300기",
        # "좌석 500석"), no people
        "(?:묘지|묘역|묘비|묘소|비석|무덤|봉분|좌석) ?",
        # (19ct) a medal's class ("국가훈장 1급"; not "1만 명급 병력", a unit's size)
        "훈장 ?",
        "\\$", "제", "분의", "코로나-?", "코비드-?", "covid-?",
                          # (16kj) a name glued to its number: Latin letters ("IP4", "RPG7"), the
                          # news agency "뉴스1" ("(서울=뉴스1)"), as ja "RPG7"
                          "[a-z]+(?=$)", "뉴스(?=$)",
                          # (16kj) a rate: per day ("하루에 약 1만 발의 포탄을 소비"), per thing
                          # ("각 컨테이너에 300~500개의 포탄"), no total, as ja "1日に",
                          # "各コンテナに"
                          "(?:하루|매일|일일|하루 평균)(?:에|에만)? ?(?:약|평균|최대|최소|대략)?",
                          "각 ?[가-힣]{1,8}(?:에|마다|당|에는) ?(?:약|최대|최소|대략)?",
                          # (32ar) per a noun ("전사자 한 가족당 1가구의 주택", "가구당 1명"): a
                          # rate, no total (not a party, "노동당", "민주당", nor "해당", "상당")
                          "(?<![가-힣])[가-힣]{1,6}(?<!노동|공산|민주|국민)(?<![정해상담식성강배할])"
                          "당 ?(?:약|최대|최소|대략|평균)?",
                          # (notfig, session 6) 돈과 명칭: "€500", "£500", "₩500", "¥500",
                          # "화성11", "KN-23" (Latin letters and a hyphen glued to Korean)
                          "€", "£", "₩", "¥", "화성-?", "[a-z]+[-‐]",
    ],
    # counters of things sent: a number they follow is materiel, never people (and "대"
    # above is a figure only after a word of materiel: "포격시스템 1백 대")
    # (a particle, a space or punctuation after it: "100만발 이상", "1백 대를"; not "발생", "문제")
    # (16o: not "300~500발씩", "1대당": a rate, no total)
    "materiel_counters": [c + "(?=[\\s을를이가의에로과와은는도만,.)]|$)"
                          for c in ("대", "문", "발")] + [
        # (16mw) launchers and missiles ("탄도미사일 100기를"; not "100기가") and rifles ("소총
        # 10만 정을"; not "1만 정도": about)
        "기(?=[\\s을를이의에로과와은는도만,.)]|$)", "정(?=[\\s을를이의에로과와은는만,.)]|$)"],
    # the counted noun before the number ("어린이 2명", "子ども2人"): children_sent (16kl)
    "noun_first": True,
    "people_counters": ["명"],
    "losses_of": [  # (16px)
        "러시아(?:군)?의 (?:누적 )?(?:병력 |인명 )?손실(?:은|이|규모는|규모가)",  # (16px)
    ],
    # (16pr) words of possibility, as en "may be", fr "pourrait être": a sending that "seems"
    # to have happened ("추가 병력을 보낸 것으로 보인다") or may happen ("보낼 수 있다") is no
    # wave counted without a number (``articles/reinforcements.py``)
    "hypothetical": ["것으로 보인다", "것으로 보이나", "것으로 보여", "수 있다", "수도 있다",
                     "가능성"],
    # (16cg) a part already there: "6.000 … supplémentaires, dont 1.000 seraient déjà arrivés"
    "already": ["이미", "벌써"],
    # (16cj) words of a sum right before a total ("총", "모두", "합계", "등": "사망 300여 명,
    # 부상 2700여 명 등 3000여 명"; not the end of "권총", "소총", "평등"); the numbers listed
    # before the total that add up to it are its parts (analysis.articles.parts.listed_with_sum)
    # (16cl) a proportion, no figure ("10명 중 9명", "10명당 1명", "3명 중 1명꼴"; "중",
    # "가운데" only with the denominator ten or the numerator's "꼴": "1만2000명 중 3000명",
    # "6000명 가운데 1000명" are parts with their total, 16cj; "두 명 중 한 명" a member):
    # analysis.articles.ratios (the denominator first, both numbers with a people counter)
    "ratio": {"sure": ["당"], "of": ["중에서", "중에", "중", "가운데"], "after": ["꼴"],
              "counter": ["명", "인"]},
    # (16cl) the nouns of a military unit named by the number after them ("부대 1234", "군단
    # 11"; the number before them is in not_figure_after: "11군단", "1234부대")
    "unit_named": ["부대", "군단", "사단", "여단", "연대", "대대", "중대", "소대", "분대"],
    # (22ar) the one head of a price ("대가는 1명 2천 달러", "1인당 약 2000달러"): a rate, no count
    # (articles/ratios.py, per_head)
    # (and a rate's words between: "1인당 월 2천달러", "1인당 최소 월 2000달러")
    "per_head": ["(?:1|한) ?(?:명|인)(?: ?당| ?에)?"
                 "(?: ?(?:약|최소|최대|평균|월|연|연간|매달|매월|하루))*"
                 " ?\\d[\\d,.]*(?: ?[만천억])* ?(?:미국 ?)?(?:달러|원|유로|루블|위안|불)"],
    "sum": {"before": ["(?<![권소관엽장])총", "모두", "합계", "합쳐", "합쳐서", "합하면", "도합",
                       "통틀어", "총계", "총합", "전체", "(?<![평초고중])등",
                       # (the parts before the whole they make: "공병 1000명과 건설 인력
                       # 5000명으로 구성된 6000명", "… 을 포함한 …")
                       "으?로 구성된", "으?로 이뤄진", "으?로 이루어진", "을 포함한", "를 포함한",
                       "을 포함해", "를 포함해"],
            "after": []},
    # (16cj) one member of a group counted before: what may open it (a clause's start, "중",
    # "가운데": "그중 1명은", "2명 중 1명은"), the forms of one, the topic particle after it
    # (analysis.articles.parts.member)
    "member": {"before": ["[.!?\\n\"“‘']", "중", "가운데"],
               "one": ["1명", "한 명", "한명", "1인"],
               "after": ["은", "는", "도"],
               # (30ac) "only one" of them ("두 명 중 한 명만 귀순 의사를 밝혔고"), as ja "だけ"
               "only": ["만"]},
    # (24at) a word of "a day" near a count of ammunition says a rate of use, no sending
    # ("하루에 포탄 약 1만발을 소모"): of a day only, a month or a year
    # may tell a sending (articles/rates.py, daily_rate)
    "per_day": ["하루에", "하루 평균", "하루 동안", "하루당", "일일 평균", "매일(?!경제|신문)"],
    # (24at) children abducted from Ukraine, in a sentence naming neither North Korea nor a
    # camp, are no children hosted (articles/rates.py, abducted_elsewhere)
    "abducted": {"verbs": ["납치", "강제 ?이주", "강제 ?이송", "강제 ?송환"],
                 "camp": ["캠프", "야영", "송도원", "원산", "평양"]},
    # (24at) another country's supplies: Iran by name, the United States or Europe with a
    # verb of sending, a sending to Ukraine (articles/rates.py, other_supplier)
    "other_supplier": [
        "이란(?:으로부터|에서|이|은|의|산)",
        "미국(?:이|은) 우크라이나에",
    ],
    # (25at) weapons lost, destroyed or knocked out: a count of materiel in such a clause,
    # with no word of `supplied` there, is what an army lost, not what North Korea sent
    # (articles/lost.py, materiel_lost)
    "materiel_lost": [
        "파괴(?:했|됐|된|되었)",
        "잃(?:었|은|고|어)",
        "손실(?:했|됐|된|을)",
        "격파(?:했|됐|된|되었)",
        "무력화(?:했|됐|된|되었)",
    ],
    # (25at) workers counted all over the world ("worldwide", "abroad", "in 40 countries"): no
    # workers sent to Russia unless the clause names Russia (articles/lost.py, worldwide)
    "worldwide": [
        "전 ?세계",
        "해외",
        "\\d+(?:여)? ?개국",
    ],
    # (25at) words of a daily rate of losses, after the number (ko, ja: right before it):
    # "92 hommes tués au combat par jour" is a rate, no toll (articles/lost.py, lost_rate)
    "losses_per_day": [
        "하루 평균",
        "하루에",
        "하루",
        "일평균",
        "매일",
    ],
    # (26aw) 부대 규모로 말한 손실 ("북한군 1개 대대가 전멸"): articles/units.py
    "unit_size": ["(?:최대 )?(?:1|한) ?개 대대(?: ?규모)?", "대대 (?:1|한) ?개"],
    # (a unit wiped out, beaten or lost: "1개 대대를 잃었다", "1개 대대가 패배했다")
    "wiped_out": ["전멸", "잃었", "잃은", "패배"],
}
"""Words the article reader uses: metric, subject and attribution cues (codebook "Articles")."""

# ── (33ar) article words of rounds 16zz37 and 16zz38 (docs/articles.md, 33ar) ──
# Ukraine's envoys speak for its government, as claimants.csv reads Ponomarenko ("주한
# 우크라이나 대사", "우크라이나 유엔 대사")
ARTICLES["claimants"].update({
    "(?:주한 )?우크라이나 (?:주한 |유엔 |주유엔 )?(?:대사|대표부|특사)":
        "Ukrainian government (unspecified)"})
# three governments or more listed with 와/과, 및, "," or "·" ("우크라이나와 미국, 한국은"): several
# governments jointly, as ja "ウクライナと米国、韓国は"
ARTICLES["claimants"].update({
    "(?:한국|우크라이나|미국|영국|서방 ?국가들)(?:(?:와|과|,|·| 및) ?(?:한국|우크라이나|미국|영국|"
    "서방 ?국가들)){2,}(?=은|는|이|가| 정부는| 당국은|에 따르면| 측은)":
        "Several governments jointly"})
# the side holding a place is no source ("우크라이나 특수부대가 점령한 쿠르스크"), as fr
# "occupée par"
ARTICLES["partner"] += ["(?:이|가) (?:점령|장악|통제)(?:한|하고|중인|했던|하는)"]
# workers counted for another destination ("중국에 1500명, … 리비아에 600명") in a sentence
# naming no Russia: no workers sent to Russia, as "전 세계" (not the particle 이란)
ARTICLES["worldwide"] += ["중국", "카타르", "아랍에미리트", "리비아",
                          "(?<![가-힣])이란(?=[에과,·\\s])",
                          "쿠웨이트", "몽골", "동남아", "중동", "아프리카"]
# civilians told by the adjective before their number ("민간 24명이 숨졌다"): the other side's
# victims, as "민간인" and ja "民間の24人"
ARTICLES["other_side"] += ["(?<![가-힣])민간(?= ?[\\d수])"]
# a designation's second number after the first ("KN-23과 24"): a model, no count, as ja
# "KN23と24"
ARTICLES["not_figure_before"] += ["[a-z]{1,4}-?\\d+(?:과|와|·) ?"]

# (24ar) the Ukrainian army's chief of the general staff as Korean outlets also write him
# ("우크라이나군 참모총장", "우크라이나 참모총장", "아나톨리 바릴레비치"), as
# "우크라이나군 총참모장"
ARTICLES["claimants"].update({
    "우크라이나(?:군)? 참모총장": "Ukrainian army units",
    "바릴레비치": "Ukrainian army units",
})

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("800명, 대부분 여성")
FIGURES["rewrites"].append((r"[,，]\s*대부분(?=\s|이|은|가)", ", 이 중"))

# (17cf) "several" (여러) before a word of unnamed places (곳), in a phrase with a number,
# says where, no count beside the count, before it or after it (D63.6, D64.7); alone it stays
# several: "차량 17대가 여러 곳에서 사고를 냈다"
FIGURES["rewrites"].append((r"^(?=.*\d)(.*?(?<!\S))여러 (?=곳)", r"\1"))

# (17ck, D68.2) the units of mass, area and volume (not lengths, D66.3; not 킬로, also km, nor 평,
# inside 평화, 평양): "수 톤", "수 헥타르" are several units
FIGURES.update({
    "measures": [
        "톤", "킬로그램", "그램", "헥타르", "리터", "제곱킬로미터", "제곱미터", "세제곱미터",
    ],
})

# (17cv, D78.2) a vague determiner on another noun, in a phrase with a number: "몇 / 여러 / 수"
# before a counter of times or kinds (차례, 번, 회, 가지: "몇 차례 경고에도 12명이 숨졌다",
# several warnings) is a frequency or a variety, no count of the counted (D7: "수차례" read so
# already); before a noun with the concessive "-에도" ("여러 경고에도 불구하고 12명") it says
# despite what. Alone ("몇 차례", "여러 명") it stays several (D9); before a counter of people or
# things it is a count ("몇 명이 숨지고 30명이 다쳤다" stays two quantities)
FIGURES["rewrites"] += [
    (r"^(?=.*\d)(.*?)(?<!\S)(?:몇 |여러 |수 ?)(?:차례|번|회|가지)(?:의)?(?!\S) ?", r"\1"),
    (r"^(?=.*\d)(.*?)(?<!\S)(?:몇|여러|몇몇) (?=[^\W\d_]+?에도(?!\S))", r"\1"),
]

# (17dc, D84.2) a count that fell below a value is at most (rule 3): "N명 아래로 / 밑으로
# 떨어졌다 (줄었다, 내려갔다)" is "N명 이하로"; only before a verb of falling ("건물 아래로" is a
# place)
FIGURES["rewrites"].append((
    r"(\d[\d,.]*\s*(?:[십백천만억]\s*(?:\d[\d,.]*)?)*\s*[가-힣]{0,2}?)\s*(?:아래로|밑으로)"
    r"(?=\s*(?:떨어|내려|줄|감소|하락|낮아|추락))",
    r"\1 이하로",
))
# (21rb, D100) "one of the worst / the most …" names a rank, no count of one: the other count
# is read ("one of the worst pollution crises … 14 million residents")
FIGURES["rewrites"].append((
    r"((?:가장|최악의|최대의?|최고의?)[^,.\d]{0,40}?) (?:중|가운데)(?:의)? 하나", r"\1",
))
# (22rb, D109) "약" (about) before a multiplier ("약 4배 증가한 410명") qualifies the multiplier,
# no count: the count after it is read as written (exact 410); first of the rewrites, before
# those that drop the multiplier's change
FIGURES["rewrites"].insert(0, (r"(?<!\S)(?:약|대략) (?=\d+(?:\.\d+)?\s?배)", ""))

# (23rc, D126) "밑돈" (fell below, the attributive past of 밑돌다) is at most (rule 4), as "밑도는";
# "웃돈" at least, as "웃도는"; "slightly below" (소폭 / 약간 / 살짝 밑돈) is nearly (rule 5, "just
# under"): "800만대를 소폭 밑돈"
FIGURES["post_at_most"] += ["밑돈"]
FIGURES["post_at_least"] += ["웃돈"]
FIGURES["post_nearly"] += [f"{little}{verb}" for little in ("소폭", "약간", "살짝")
                          for verb in ("밑돈", "밑도", "밑돌")]
FIGURES["rewrites"].append((r"(?<![가-힣])(소폭|약간|살짝) (?=밑돈|밑도|밑돌)", r"\1"))
# (23rc, D126) "몇 / 여러" glued to the counter of animals, households, ships or houses ("몇마리",
# "여러가구"): several (rule 7), as "몇 마리" and "몇명" read
FIGURES["rewrites"].append((
    r"(?<![가-힣])(몇|여러)(?=(?:마리|가구|척|채)(?:[이가을를은는의에도만과와씩]|에서)?(?![가-힣]))",
    r"\1 ",
))
# (23rc, D128) a per cent right before the verb of a rise, no 로 / 까지 (to), is the rise,
# additional (rule 12, D102.4), as "57% 증가" and the counted "1000건 늘었다" (17nl) read: "57%
# 늘었다"; only as the phrase's one number ("165명으로 6%가량 늘었다" = 165, the new total,
# round 43; the attributive "57% 늘어난 100명" is left as written)
FIGURES["rewrites"].append((
    r"^(\D*\d+(?:\.\d+)?%)((?:\s?(?:이상|넘게|가량|정도|안팎))?)\s"
    r"(?=(?:늘었|늘어났|증가했|증가해|급증했|급증해)\D*$)",
    r"\1\2 더 ",
))

# (23rf, D137) the nouns of a rise after the per cent they add ("9.4% 상승", "12% 급증"), as "증가"
# (rule 12, D108); a per cent only (a count "상승" is no Korean form)
FIGURES["rewrites"].append((r"(\d%|\d퍼센트) ?(?:상승|급증|급등|폭증)", r"\1 증가"))

# (23rf, D140) "한 달에 N번 / N회" (N times a month; a week, a day, a year) and "월 N회": a
# rate (rule 13, D19), as "매달 N번" reads; only before a count of times (번, 회): "한 달에 13명"
# (13 in a month) stays a count
FIGURES["rewrites"].append((
    r"(?:한 ?달에|1 ?달에|일주일에|1주일에|한 ?주에|하루에|1년에|일 ?년에|한 ?해에|(?<![\d\w])월)"
    r" ?(?=\d+ ?(?:번|회)(?!\w))",
    "매달 ",
))

# (24ra, D142) a sign "+" opening a figure text ("(+12%)") tells the size of a change: additional
# (rule 12), written as "추가" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("추가"))

# (24ra, D142) the particle "나 / 이나" (as many as) between the count and its verb of change
# ("72%나 급증", "300명이나 늘었다"): no word of its own, the count reads as without it (D137);
# only before a verb of change ("3명이나 4명" is "3 or 4"). First of the rewrites: those of the
# verbs (D137) read the count right before the verb
FIGURES["rewrites"].insert(0, (
    r"(\d(?:%p?|%포인트| ?(?:명|건|개|곳|가구|마리|채|대|척|원|달러|표|개소|가지|점|만|천|억|"
    r"만 명|천 명|만명|천명))?)(?:이나|나)(?= ?(?:급증|증가|늘|상승|급등|폭증|뛰|치솟|확대|많))",
    r"\1",
))

# (24ra, D143) "근접" (approaching) and "다가서다" (drawing near) after the count: nearly (rule 2),
# as "육박"
FIGURES["post_nearly"] += ["근접", "다가섰", "다가서", "다가선", "다가설"]

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['즉', '다시 말해', '곧']

# (24, D149) "세대" after a number of two digits or more, or after 만 / 천 / 여, is the counter of
# households ("400세대", "1천800여 세대", "총 13세대가"), as "가구": its 세 is no native three
# ("400세대" read 403, a wrong number). After one digit it stays unread: "5세대 이동통신" is a
# generation, and the count of households is not told apart from it. The noun alone, with no
# number before it, holds none ("세대 주" read 3)
FIGURES["rewrites"][:0] = [
    (r"((?:\d{2}|[만천])여? ?)세대(?=[이가을를은는의에도만과와씩]|\s|$|[,.)])", r"\1가구"),
    # the noun alone ("불이 난 세대", "세대 주", "세대주", "다세대주택"): no number in it
    (r"(?<![\d만천여])(?<![\d만천여] )세대", "가구"),
]

# (24rd, D154) "N(counter)보다 많은 / 많을 / 많다 / 많아 / 많이" (more than N) after the count: at
# least, read as 이상; "N보다 적은 / 적을 / 적다 / 적게" (fewer than N): at most, read as 이하; also
# with 더 / 훨씬 (more, far) between. Only after digits and at most three letters of a counter.
# (27ru, D196.6) also "조금 / 약간 / 좀 (더)" (slightly more than: "3000~4000명보다 조금 더
# 많은"; read "N more" before)
_KO_THAN = (r"(\d[^\s\d]{0,3}(?: (?:명|곳|건|개|가구|채|척|마리|톤|대|발))?)보다 "
            r"(?:(?:조금|약간|좀|훨씬) )?(?:더 )?")
FIGURES["rewrites"].append((_KO_THAN + r"많(?:은|을|다|아|이|았|고|지)\w*", r"\1 이상"))
FIGURES["rewrites"].append((_KO_THAN + r"적(?:은|을|다|어|게|었|고|지)\w*", r"\1 이하"))

# (24rc, D150) an adverb between a count (its counter or per cent) and 증가 / 늘 ("300명 급격히
# 증가", "5% 대폭 늘어"): dropped, so "N명 증가" reads, additional (rule 12); first of the rewrites.
# Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"(?<=[\d명건개곳채척%])\s(?:급격히|크게|대폭|소폭|많이|다소|조금|약간|급속히|꾸준히|크게는)"
    r"\s?(?=증가|늘)",
    " ",
))

# (24rc, D150) the other forms of the verbs of a rise right after a counted number, with no number
# after them ("300명 늘어난", "200건 늘며", "50곳 증가한"): the rise, "N more" (rule 12), as 17nl's
# "1000건 늘었다"; with a number after them ("5명 늘어난 100명") the new total stays (17cc). Read
# right after 17nl's rewrite, before "까지" (to) is dropped ("299명까지 늘어난" is the new total)
_AFTER_17NL = next(
    n
    for n, (pattern, _) in enumerate(FIGURES["rewrites"])
    if "(?=늘었|늘어났|늘어나|증가했" in pattern
)
FIGURES["rewrites"].insert(_AFTER_17NL + 1, (
    r"(?:(?<=[\d만천][명건곳채척개])|(?<=[\d만천] [명건곳채척개])|(?<=여[명건곳채척개])|"
    r"(?<=여 [명건곳채척개])|(?<=[\d만천]가구)|(?<=[\d만천] 가구))((?:\s?(?:이상|넘게|가량|정도|"
    r"안팎))?)\s(?=(?:늘어난|늘어(?![나났])|늘며|늘면서|늘고|증가한|증가하며|증가하면서|불어난|"
    r"급증한)\D*$)",
    r"\1 더 ",
))

# (24re, D156) a per cent right before the other forms of the verbs of a rise, with no number after
# them ("24% 늘어난", "무려 97.5% 늘어난", "5% 증가한", "3.2% 늘며"): the rise, additional
# (rule 12),
# as D128's "57% 늘었다" and 24rc's counted "300명 늘어난"; with a number after them ("57% 늘어난
# 100명") the new total stays (17cc). "까지" (to) before it keeps the new total: not matched
FIGURES["rewrites"].append((
    r"^(\D*\d+(?:\.\d+)?%)((?:\s?(?:이상|넘게|가량|정도|안팎))?)\s"
    r"(?=(?:늘어난|늘어(?![나났])|늘며|늘면서|늘고|늘린|증가한|증가하며|증가하면서|증가하고|"
    r"불어난|급증한|급증하며|급증하면서|상승한|상승하며|상승하면서|급등한|뛴|치솟은)\D*$)",
    r"\1\2 더 ",
))

# (24re, D157) "까지" (to) between a count and a verb of a fall or of a change other than 늘 / 증가
# ("36.8%까지 떨어지자", "12명까지 줄어들었다", "3%까지 하락했다", "50%까지 상승한"): the new
# total, exact (rule 1, D31, D107), read as "로" (to); "최대 300명까지" (up to, no verb) stays
# at most
FIGURES["rewrites"].append((
    r"(?<=[\d%명건곳채척개원])까지 ?(?=(?:떨어|줄어|줄었|줄면서|줄며|줄고|감소|급감|하락|급락|"
    r"추락|낮아|낮춰|낮추|내려|내렸|내린|축소|상승|급등|높아|높여|높이|올려|올렸|올린|확대|회복|"
    r"뛰었|뛰어|치솟|불어났|불어난|늘렸|늘린|늘려|밀려|밀렸|밀린|내려앉|주저앉|곤두박질))",
    "로 ",
))

# (24re, D158) "아래로 / 밑으로" (below) after a count or a per cent, before a verb of a fall ("40%
# 아래로 떨어졌다", "100명 밑으로 줄었다"): at most (rule 3), as "미만으로"; "30명 밑으로 구조대가
# 들어갔다" (under the 30 buried: a place) is not touched
FIGURES["rewrites"].append((
    r"(?<=[\d%명건곳채척개원]) ?(?:아래|밑)(?=(?:으로|로) ?(?:떨어|줄|감소|하락|급락|급감|"
    r"추락|내려|낮아|밀려|밀렸|곤두박질|주저앉|내려앉))",
    " 미만",
))

# (25ra, D165) "아래로 / 밑으로" (below) after a count, a scale or a
# per cent that ends the figure text ("100만 명 아래로", round 68): at
# most (rule 3), as "미만으로" (D158 wrote it before a verb of a fall);
# "위로" (above) there or before a verb of a rise ("100만 명 위로
# 올라섰다"): at least, as "이상으로". After other nouns ("건물 아래로",
# "30명 밑으로 구조대가") nothing is written
FIGURES["rewrites"].append((
    r"(?<=[\d%명건곳채척개원만억천]) ?(?:아래|밑)(?=(?:으로|로)\s*(?:[,.)]|$))",
    " 미만",
))
FIGURES["rewrites"].append((
    r"(?<=[\d%명건곳채척개원만억천]) ?위(?=(?:으로|로)\s*(?:[,.)]|$|올라|치솟|늘|증가|상승|급증|"
    r"뛰|솟))",
    " 이상",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D169) a point and three digits right before 만 / 억 / 조 is the decimal point: Korean
# groups thousands with the comma and writes the point as its decimal mark ("1.259억 명" =
# 125,900,000; rule 9 read a thousands group), as ar D155.1, hi D162 and Han scales (rule 9).
# Hangul follows the scale in one word ("1.5만명"), so no word end is asked after it
FIGURES["rewrites"].insert(0, (r"(?<![\d.,])(\d{1,3})\.(\d{3})(?= ?(?:만|억|조))", r"\1.\g<2>0"))

# (25au) Weapons destroyed are no weapons sent ("러시아는 … 다연장로켓 차량이 400대
# 넘게 파괴된 것으로", round 16zz16): 25at's ``materiel_lost`` (articles/lost.py) reads them; the
# weapons of Ukraine's suppliers (Storm Shadow, ATACMS, HIMARS) are another country's
# supplies ("최소 10발의 스톰섀도 미사일을 발사", 16zz16; articles/rates.py,
# other_supplier); the DMZ between the two Koreas is no place of the war ("bei einer
# Minenexplosion in der DMZ mehrere nordkoreanische Soldaten getötet oder verletzt",
# 16zz15): ``excluded``
ARTICLES["other_supplier"] += [
    '스톰섀도', '스톰 섀도', '에이태큼스', 'atacms', '하이마스', 'himars']
ARTICLES["excluded"] += ['비무장지대', 'dmz']

# (25au) the parts of a group told with the group ("부상자는 장교 2명과 여성 1명으로", 16zz16,
# as ja "負傷者は将校2人と女性1人で"; parts.group_told); a capacity to receive, as ja
ARTICLES["capacity"] += ["받아들일 수 있"]
ARTICLES["group_parts"] = {
    "group": ["부상자", "사상자", "사망자", "전사자", "포로", "부상병"],
    "kind": ["장교", "장성", "부사관", "지휘관", "여성", "남성", "병사", "민간인", "어린이"],
    "link": ["과", "와", ","], "counter": "명", "topic": "[은는]"}
ARTICLES["materiel_lost"] += ['파괴(?:한|돼)']  # (25au) "400대 넘게 파괴된", and its other endings
# (26ac) witnesses and the groups that speak for captives and defectors, named as the source
# of a figure: a human-rights or defectors' group (Gyeore-eol, which relayed the two captives'
# wish), its activists; not eyewitnesses (footage or a witness describing is no source of a
# count in the labels). "Individual witnesses and sources" in claimants.csv, whose patterns of
# free text are not read: each language names them here (ko and ja had their experts only).
# Kept only where the group speaks (articles/witnesses.py)
ARTICLES["claimants"].update(dict.fromkeys([
    '탈북(?:민|자) ?(?:지원 ?)?(?:시민)?단체',
    '(?:북한 ?)?인권 ?단체',
    '겨레얼 ?통일연대',
], "Individual witnesses and sources"))

# (25rc, D174) "10수" is 십수, a "teens" word written with digits ("10수만 마리" = 110,000-190,000,
# rule 7, as ja "10数" 17np), before a scale.
FIGURES["rewrites"].append((r"(?<![\d.,])10수(?=[만억천백])", "십수"))

# (26ra, D182) "not below" after the count is at least: "1만 명을 밑돌지 않는" read at most (밑돌,
# below); "밑돌지 않" written as "이상" (at least, rule 3). "아래로 내려가지 않" (did not go below)
# is left: "아래" reads at most before the rewrites
FIGURES["rewrites"].append((r"밑돌지 ?않[가-힣]*", "이상"))

# (26ra, D183) the subject particle "이 / 가" between the counted number and its verb of a rise
# ("69만 4194명이 늘었다", "38개관이 증가"): dropped, so "N명 늘었다" / "N개관 증가" reads,
# additional (rule 12, 17nl); "N명으로 늘었다" (to) stays the total
FIGURES["rewrites"].insert(0, (
    r"(\d(?:%|[만천억])? ?(?:명|건|개|곳|가구|마리|채|대|척|개관|개소|세대|가지|점))(?:이|가)"
    r"(?= ?(?:늘었|늘어났|늘어나|증가했|증가해|증가|급증했|급증해))",
    r"\1",
))

# (26ar) 다른 대상의 수 (articles/subjects.py): 인구나 번 돈 ("인구 2600만"), 참가자·주민
ARTICLES["other_subject"] = {
    "before": ["인구(?:는|가)?", "벌어들"],
    "scale": ["\\d{3,}만", "천만", "백만", "억"],
    "after": ["참가자", "주민"],
    "counter": ["명(?:의)?"],
}
# (26ar) a second, larger guess after the first ("3만~4만명, 어쩌면 50만명"): the first's upper
# guess, no figure (articles/candidates.py, as "if not", "a то и" of the other tables)
ARTICLES["upper_alternative"] = ["어쩌면", "아마도", "혹시"]

# (26ar) 일어나지 않은 생포: 포로가 없음 ("포로가 없다")
ARTICLES["excluded"] += ["포로(?:가|는)? (?:아직 |현재 )?없"]
# (26ar) what a cemetery can hold is no count ("400여 구의 시신이 안장될 수 있다")
ARTICLES["capacity"] += ["안장(?:될|할|시킬) 수 있"]
# (26ar) some troops deployed, no number told (articles/subjects.py, vague_deployment)
ARTICLES["other_subject"]["some"] = ['일부', '몇몇']

# (26rb, D186.3) a mobile network's generation before its noun ("5G 기지국", "4G 가입자"): no count
FIGURES["rewrites"].append((
    r"(?<![0-9a-z.,])[2-6]g(?= ?(?:기지국|네트워크|망|가입자|서비스|스마트폰|폰|통신|요금제|"
    r"/lte| ?lte))", ""))

# (27ru, D196.7) "수만" right before a count in digits is 수 (number) and the particle 만 (only:
# "사망자 수만 64명", the number of the dead alone, 64), no 수만 (tens of thousands; "수만 명" stays
# vague)
FIGURES["rewrites"].append((r"(?<=\S )수만 (?=\d)", "수 "))

# (30fx, D214.2) "N명의 배" (twice N: 배 alone after a count and its 의 is the multiplier, as
# "N배") is no count: written as "2배" ("작년 같은 기간 2천365명의 배에 육박하는 규모", round 86);
# not 배 the ship ("배에 타고 있던 300명": no count and 의 before it)
FIGURES["rewrites"].append((
    r"((?:\d|[십백천만억])(?:명|건|개|곳|채|가구|마리|척|대)의) 배(?=[에로가나를는이의]|까지|\s|$)",
    r"\1 2배"))

# (30fx, D215.1) 여 written before a scale word it belongs after ("1400여 만 명", some 14 million):
# read as "1400만여 명" (D2: at least), as "1400여만 명" already was
FIGURES["rewrites"].append((r"(\d)여 만(?= ?(?:명|가구|채|개|건|마리|달러|원)|\s|$)", r"\1만여"))

# (30ab) losses a sending makes up for are its purpose, not its number's metric: "손실을 보충하기
# 위해", "사상자를 메우기 위해", "전사자 대체" (the words after the loss cue)
ARTICLES["made_up_for_after"] = ["(?:을|를|의)?\\s*(?:보충|보전|충원|메우|메꾸|만회|대체|보강)"]
# (30ab) prisoners counted in an exchange between Russia and Ukraine ("총 314명의 전쟁 포로를
# 교환하기로 합의"): both sides' prisoners, no capture of North Koreans (the words right
# after the count, articles/subjects.py)
ARTICLES["other_subject"]["after"] += ["(?:전쟁\\s*)?포로(?:를|을)?\\s*(?:상호\\s*)?(?:맞)?교환"]
# (30ab) "2명 모두" (both of them): the people of an earlier figure told again, wherever the number
# stands (articles/repeats.py, bare_again)
ARTICLES["told_again_bare"]["both"] = ["\\s?모두"]

# (30rb, D216.8) "N차" (the Nth round or wave: "1차로 30여만 명", "2차 세계대전") is an ordinal, no
# count, dropped with its particle; not "N차례" (N times, a count of occasions)
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,·~\-])\d+차(?:로|에서|에는|에|의|는)?(?=\s|$)", ""))
# (30rb, D216.9) a date named by month·day ("6·25전쟁", "5·18 민주화운동", "4·19 혁명", "3·1절",
# "9·11 테러"): no count (D7)
# (33rb, D225.2) also with the other middle dots pages write ("4‧3", U+2027; "4∙3", U+2219),
# before the incident and the words of its victims and remembrance ("4·3사건", "4‧3희생자
# 유가족", "제주4·3 희생자", "5·18 유공자", "4·3평화공원"): the name, no count
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,·‧∙])(?:[1-9]|1[0-2]) ?[·ㆍ・.‧∙] ?(?:[1-9]|[12]\d|3[01])(?![\d.,·‧∙])"
    r"(?= ?(?:전쟁|사변|동란|남침|절|혁명|운동|민주|항쟁|사태|참사|테러|의거|선언|공동선언|"
    r"사건|희생자|유족|유가족|생존자|피해자|유공자|유해|평화|기념|추념|추모|위령|특별법|"
    r"진상|유적|트라우마|"
    r"때|당시|이후|이전|직후|직전))",
    "",
))
# (30rb, D216.10) "N선" (a line's name: "38선을 넘어", the 38th parallel; "3선 의원", a
# third-term member) is no count
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,·])\d+선(?=을|이|에|의|과|은|는|까지|으로|\s|$)", "분계선"))

# (31rb, D219.4) 씩 glued to a count's counter ("군인 45명씩", forty-five soldiers each; "50명씩",
# "300발씩") is "each", a per-unit count (rule 13), as 각각 / 각: unparsed (it read 45). Not
# when the phrase goes on to its total ("2∼3대씩 … 모두 12대의 차량" = 12, the total told), nor
# 씩 after a native number word ("하나씩", "한 명씩": one at a time, D101)
FIGURES["rewrites"].append((
    r"(\d(?: ?[십백천만])*여? ?(?:명|개|대|척|마리|발|곳|가구|채|건|기|문|량))씩"
    r"(?![^.]*(?:모두|총|합계|도합|통틀어))",
    r"\1 각각"))

# (32rl, D220.1) a share told after the total and its comma ("349명, 그중 절반은 어린이": half of
# them children) tells who the counted were: the total's breakdown (D5), written as "이 중", as
# ", 대부분" reads already; a number after the share keeps it a share or a list
FIGURES["rewrites"].append((
    r"(\d[^,，;:]{0,20}?)[,，]\s*(?:(?:그중|그 중|이 중|이중|이들 중|이 가운데|그 가운데)\s*)?"
    r"(?:절반|과반수|과반|대부분|대다수|3분의 ?1|3분의 ?2|4분의 ?1|4분의 ?3)"
    r"(?: ?(?:이상|가량|정도|넘게|남짓|가까이))?(?:이|은|가|는)?(?=\s)(?!.*\d)",
    r"\1, 이 중",
))

# (34rb, D227.2) the size of a change told in brackets right after the count, the time it is
# compared with first ("5만578명(전년 대비 2,655명 감소)", "(작년보다 2,655명 증가)", "(전년 말 대비
# 2,655명↓)"): no count beside the count (D122), as ja "(前年末比2,655人減)"; the bracket dropped
FIGURES["rewrites"].append((
    r"(?:(?<=[\d만천백]명)|(?<=[\d만천백] 명))\s*\(\s*(?:(?:전년|작년|지난해|전월|지난달|전주|"
    r"전년 ?동기|전년 ?말|작년 ?말|지난해 ?말|\d{4}년 ?말?)\s?(?:대비|보다|에 비해|과 비교해|"
    r"와 비교해)?\s*)?(?:[△▲+-]\s*\d[\d,.]*\s?(?:만|천)?\s?\d*\s?명|\d[\d,.]*\s?(?:만|천)?"
    r"\s?\d*\s?명\s?(?:이\s?|가\s?)?(?:감소|증가|늘어|줄어|늘었|줄었|많|적|↑|↓))[가-힣↑↓]*\s*\)",
    "",
))

# (34rb, D227.5) the size of a change told alone after "보다" (than) with 웃돌다 / 밑돌다 (above,
# below; 상회 / 하회): "작년보다 11명 웃돌았다" is 11 more (additional, as "11명 (더) 많은", D38's
# form written here: the table's rewrite of it stands before), "작년보다
# 11명 밑돌았다" 11 fewer (a fall's size, total, D164, as "11명 적은"), no threshold as "1만 명을
# 밑돌았다" (at most) is, as ja "前年を11人下回った"
FIGURES["rewrites"] += [
    (
        r"(?<=보다)(\s?\d[\d,.]*\s?(?:만|천)?\s?\d*\s?명)\s?(?:가량\s?|정도\s?)?" + verbs,
        r"\1 " + said,
    )
    for verbs, said in (("(?:웃돌|상회)", "더 많"), ("(?:밑돌|하회)", "적"))
]

# (34ar) 상비군의 현역 병력 ("북한군 현역 병력은 약 128만 명"): 북한 자체의 군대, 이야기의 수치가
# 아니다 (articles/subjects.py: scale "\d{3,}만")
ARTICLES["other_subject"]["before"] += ["현역(?: 병력| 군인| 장병| 병사)?(?:은|는|이|가|을|를)?"]

# (34ar) places in Russia the story names: a sentence naming one names Russia for the
# workers' "worldwide" words ("the workers travelled through China to Vladivostok" are sent
# to Russia; articles/lost.worldwide)
ARTICLES["russia_places"] = [
    "블라디보스토크", "모스크바", "쿠르스크", "연해주", "하바롭스크",
    "시베리아", "극동", "상트페테르부르크", "나홋카", "사할린",
    "아무르", "로스토프", "투바", "카잔", "타타르스탄",
    "알라부가", "노보시비르스크", "야쿠티아",
]

# (34rd, D230.8) the size of a change told after the count that names the new total ("N명으로"
# or "N명,"), with the time compared with and its verb of change, in the orders the statistics
# are told: the size alone, with its per cent in brackets after it or before it ("실업자는 65만
# 6000명으로 1년 전에 비해 2만1000명(2.1%) 감소했다", "29만 8900명, 전년대비 4.7%(1만 3400명)
# 증가했다", "23만명으로 24만 9200명이었던 전년보다 1만 9200명 줄었습니다"; "실업자는 81만3000명으로
# 지난해 같은 달과 비교해 9000명 감소한", http://newsway.kr/news/view?tp=1&ud=2013071008211691671;
# "91만8천명으로 지난해 1월보다 29만8천명 감소했다", https://m1.inews24.com/v/mrlted/550148): the
# comparison, the size and its verb dropped, the count read (D61, D111, D122)
_KO_SIZE = r"\d[\d,.]*(?:\s*[만천백](?:\s*\d[\d,.]*)?)*\s*(?:명|건|곳|가구|개|대|마리)"
FIGURES["rewrites"].append((
    r"(\d[\d,.]*(?:\s*[만천백](?:\s*\d[\d,.]*)?)*\s*(?:명|건|곳|가구|개|대|마리))\s*(?:으로|,)\s*"
    r"[^.。]{0,30}?(?:보다|대비|비해|비해서|비교해|비교하면|비하면)\s*(?:[-+]?\d[\d.]*\s*%\s*)?"
    r"\(?\s*" + _KO_SIZE + r"\s*\)?\s*(?:\(\s*[-+]?\d[\d.]*\s*%\s*\))?\s*(?:이|가)?\s*(?:더\s*)?"
    r"(?:감소|증가|줄|늘|급증|급감|많|적)\S*(?:\s*들\S*)?",
    r"\1",
))

# (34, D232.2) "일당" before a count of people is a gang (一黨: "보이스피싱 일당 45명을 검거",
# 45 members of a phone-scam ring arrested), no rate: "당" (per) ends 일당 (日當, a day's wage)
# only before money ("일당 10만원"); the word written as "조직원" (members) there, so the count
# reads
FIGURES["rewrites"].append((
    r"(?<![^\W\d_])일당(?=\s*\d[\d,]*(?:\s*[만천백]\s*\d*)*\s*(?:명|여\s*명))",
    "조직원",
))

# (art34b, 35aa) the label of an editorial's headline ("[사설] …"): the paper's own view, no
# source of its lead (reader._named_after)
ARTICLES["editorial_headline"] = ["\\[\\s*사설\\s*\\]"]

# (35ad) the writer's own outlook closing the sentence ("북한은 순차적으로 총 1만2000명의
# 지원 병력을 우크라 전선에 보낼 전망이다", round 16zz35; "…에 달할 전망입니다"): nobody's
# estimate, no source carried from the sentence before, as "추정된다" (not "전망이라고
# 밝혔다", a source saying so)
ARTICLES["impersonal"] += ["(?<=[가-힣]) 전망(?:이다|입니다)(?![고라])"]
