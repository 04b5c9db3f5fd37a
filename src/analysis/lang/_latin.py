"""People and bodies that every Latin-script language writes alike, for the article tables.

Names of heads, spokespeople, outlets and bodies spelled the same in English, German, French and
Spanish text ("Rubio", "Hegseth", "Shin Won-sik", "Rodong Sinmun"): one list, read by each of
those tables' ``claimants`` (lower-case regular expressions -> canonical claimant names of
``data/raw/claimants.csv``). A name a language spells its own way stays in its table.
"""

LATIN_NAMES: dict[str, str] = {
    "(?:jens )?stoltenberg": "NATO",
    "(?:john )?healey": "UK Ministry of Defence (Defence Intelligence)",
    "(?:karoline )?leavitt": "White House",
    "(?:lloyd )?austin": "US Department of Defense",  # (Austin, Texas is not in this story)
    "(?:marco )?rubio": "US State Department",
    "(?:pete )?hegseth": "US Department of Defense",
    "ahn gyu[- ]?back": "South Korea Ministry of National Defense",
    "giuseppe cavo dragone": "NATO",
    "grant shapps": "UK Ministry of Defence (Defence Intelligence)",
    "gur": "Ukraine Defence Intelligence (HUR)",
    "hong jang[- ]?won": "South Korea National Intelligence Service (NIS)",
    "jake sullivan": "White House",
    "jeon ha[- ]?kyu": "South Korea Ministry of National Defense",
    "karine jean-pierre": "White House",
    "kim yo[- ]?jong": "North Korea (state media and leadership)",
    "kim yong[- ]?hyun": "South Korea Ministry of National Defense",
    "kurt campbell": "US State Department",
    "lee jae[- ]?myung": "South Korea government",
    "lee jong[- ]?seok": "South Korea National Intelligence Service (NIS)",
    "lee sung[- ]?jun": "South Korea Joint Chiefs of Staff",
    "mike waltz": "White House",
    "rob bauer": "NATO",
    "robert wood": "US State Department",
    "rodong sinmun": "North Korea (state media and leadership)",
    "sean parnell": "US Department of Defense",
    "shin won[- ]?sik": "South Korea Ministry of National Defense",
    "sso": "Ukraine Special Operations Forces",
    "tass": "Russian media",
    "vedant patel": "US State Department",
    "washington": "US government (unspecified)",
    "yoon suk[- ]?yeol": "South Korea government",
    # ── (16ch) every spelling outlets in Latin script give a claimant's people ──────────
    # Shoigu as each language transliterates Шойгу (Shoigu, Shoygu, Schoigu, Choïgou, Shoïgou,
    # Shoigú), first name or not (a name no other word or person shares)
    "(?:sh|s?ch)o[iïy]g(?:ou|u|ú)": "Russian Security Council (Sergei Shoigu)",
    # the intelligence committee's members who relay the NIS's briefings (claimants.csv note),
    # in every romanisation of 이성권 and 박선원 (with the given name: "Lee", "Park" alone are
    # anyone's)
    "lee (?:seong|sung|song)[- ]?(?:kweun|kweon|kwon|gwon|kyun)":
        "South Korea National Intelligence Service (NIS)",
    "park (?:sun|seon)[- ]?won": "South Korea National Intelligence Service (NIS)",
    # North Korea's foreign minister (최선희) speaks for Pyongyang, as Kim Yo Jong
    "cho[ei] s(?:o|ŏ|eo)n[- ]?h(?:ui|ŭi|ee)": "North Korea (state media and leadership)",
    # the US ambassadors to the UN (Thomas-Greenfield to January 2025, Dorothy Shea acting
    # after her): the US mission to the UN is the State Department's (docs/articles.md 16ch)
    "linda thomas[- ]greenfield": "US State Department",
    "thomas[- ]greenfield": "US State Department",
    "dorothy shea": "US State Department",
}
