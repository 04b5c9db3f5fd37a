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
}
