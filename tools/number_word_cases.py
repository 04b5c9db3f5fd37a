"""Write ``tests/cases/number_words.csv``: number words of every figure language.

Their values do not come from the figure engine (issue 17, helper 17nw).

Two sources, named in the ``source`` column:

``num2words-<version>``
    The independent library num2words (not a project dependency: install it anywhere and put
    it on ``PYTHONPATH``), writing :data:`NUMBERS` in en de fr es ru uk pl ja pt (and pt_BR) it
    tr id ar ko. Its rows were read by eye; its own mistakes are fixed or dropped in
    :data:`FIXES` (each with why).
``grammar``
    Forms num2words does not give and the language uses in news, written by hand from the
    grammar (:data:`GRAMMAR`): Hindi 1-100 (each its own word), Chinese (两/二, 零, 万/亿,
    traditional characters), Turkish spaced, Arabic with "و" joined and apart and in the
    masculine, feminine and oblique forms, Russian/Ukrainian/Polish numerals in their cases,
    Korean native numerals before counters, Indonesian and Korean forms of everyday writing.

Run it (from the repository root) when :data:`NUMBERS`, :data:`FIXES` or :data:`GRAMMAR`
change, and commit the table::

    PYTHONPATH=/path/to/num2words python tools/number_word_cases.py

The test ``tests/test_figures_number_words.py`` reads every row with ``parse_figure(phrase,
lang)`` and checks the value; rows the codebook leaves unparsed are listed there with why.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "cases" / "number_words.csv"

# 1-100, every hundred, round thousands and millions, then mixed numbers from two fixed
# arithmetic sequences (no random state): 40 between 101 and 999, 40 between 1,000 and 999,999.
NUMBERS: list[int] = (
    list(range(1, 101))
    + [200, 300, 400, 500, 600, 700, 800, 900]
    + [1000, 2000, 3000, 5000, 10_000, 11_000, 20_000, 21_000, 50_000, 100_000, 200_000,
       300_000, 500_000, 1_000_000, 2_000_000, 5_000_000]
    + [101 + (i * 137) % 899 for i in range(40)]
    + [1000 + (i * 7919 * 13) % 999_000 for i in range(40)]
)

N2W_LANGS = ["en", "de", "fr", "es", "ru", "uk", "pl", "ja", "pt", "pt_BR", "it", "tr", "id",
             "ar", "ko"]

# num2words' own mistakes, read by eye: (num2words language, value) -> the right phrase, or
# None to drop the row. Those found by a rule (Italian "dicotto", Turkish "bir" before "bin",
# Arabic "ألفاً" after 3-10) are added by :func:`_fix` below.
FIXES: dict[tuple[str, int], str | None] = {
    # Arabic: the construct dual ("مئتا", "ألفا", "مليونا": two hundred/thousand/million *of*
    # something) is no number standing alone: "مئتان", "ألفان", "مليونان"
    ("ar", 200): "مئتان",
    ("ar", 2000): "ألفان",
    ("ar", 2_000_000): "مليونان",
    # "أربعمائة و ألف ألف و مئتان و واحد و خمسون" is no Arabic for 401,251
    ("ar", 401_251): None,
}

_TR_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TR_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _tr_group(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [] if not hundreds else (["yüz"] if hundreds == 1 else [_TR_UNITS[hundreds], "yüz"])
    return [*words, *filter(None, [_TR_TENS[rest // 10], _TR_UNITS[rest % 10]])]


def turkish(n: int) -> str:
    """Write *n* in Turkish words as the Turkish Language Association does.

    Spaced, no "bir" before "yüz" or a lone "bin" ("bin", "iki bin", "dört yüz bir bin",
    "bir milyon").
    """
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    words = [*_tr_group(millions), "milyon"] if millions else []
    if thousands:
        words += (["bin"] if thousands == 1 else [*_tr_group(thousands), "bin"])
    return " ".join(words + _tr_group(units))


_HI = (
    "एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस बीस "
    "इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस इकतीस बत्तीस तैंतीस चौंतीस "
    "पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस तैंतालीस चौवालीस पैंतालीस छियालीस "
    "सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरेपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ "
    "इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर "
    "पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी "
    "सत्तासी अट्ठासी नवासी नब्बे इक्यानबे बानबे तिरानबे चौरानबे पंचानबे छियानबे सत्तानबे अट्ठानबे "
    "निन्यानबे सौ"
).split()
"""Hindi 1-100: every one its own word (McGregor, *Outline of Hindi Grammar*); 91-99 with -नबे
here, with -नवे in the other spellings below (both are in print)."""

# Hand-written rows: (phrase, lang, value).
GRAMMAR: list[tuple[str, str, float]] = [
    # --- Hindi: 1-100 (above), their other spellings in news, and the multipliers
    *((word, "hi", i + 1) for i, word in enumerate(_HI)),
    ("पांच", "hi", 5), ("छः", "hi", 6), ("पन्द्रह", "hi", 15), ("तिरपन", "hi", 53),
    ("इक्यानवे", "hi", 91), ("बानवे", "hi", 92), ("तिरानवे", "hi", 93), ("चौरानवे", "hi", 94),
    ("पंचानवे", "hi", 95), ("छियानवे", "hi", 96), ("सत्तानवे", "hi", 97), ("अट्ठानवे", "hi", 98),
    ("निन्यानवे", "hi", 99), ("चवालीस", "hi", 44), ("उनासी", "hi", 79),
    ("एक सौ", "hi", 100), ("दो सौ", "hi", 200), ("तीन सौ पचास", "hi", 350),
    ("पाँच सौ", "hi", 500), ("नौ सौ निन्यानबे", "hi", 999), ("एक हज़ार", "hi", 1000),
    ("एक हजार", "hi", 1000), ("दो हज़ार पाँच सौ", "hi", 2500), ("पांच हजार", "hi", 5000),
    ("बीस हज़ार", "hi", 20_000), ("एक लाख", "hi", 100_000), ("पाँच लाख", "hi", 500_000),
    ("दस लाख", "hi", 1_000_000), ("एक करोड़", "hi", 10_000_000), ("डेढ़ सौ", "hi", 150),
    ("ढाई हज़ार", "hi", 2500), ("साढ़े तीन हज़ार", "hi", 3500), ("सवा लाख", "hi", 125_000),
    ("पौने दो लाख", "hi", 175_000),
    # --- Chinese: 两 and 二, 零 for an empty place, 万 and 亿, traditional characters
    ("一", "zh", 1), ("二", "zh", 2), ("三", "zh", 3), ("十", "zh", 10), ("十一", "zh", 11),
    ("十九", "zh", 19), ("二十", "zh", 20), ("二十一", "zh", 21), ("九十九", "zh", 99),
    ("一百", "zh", 100), ("一百零八", "zh", 108), ("一百一十", "zh", 110),
    ("两百", "zh", 200), ("二百", "zh", 200), ("三百四十五", "zh", 345),
    ("一千", "zh", 1000), ("一千零一", "zh", 1001), ("两千", "zh", 2000),
    ("三千零五", "zh", 3005), ("两千三百四十七", "zh", 2347), ("一万", "zh", 10_000),
    ("两万", "zh", 20_000), ("三万五千", "zh", 35_000), ("一万零一百", "zh", 10_100),
    ("十万", "zh", 100_000), ("一百万", "zh", 1_000_000), ("一千万", "zh", 10_000_000),
    ("一亿", "zh", 100_000_000), ("两亿", "zh", 200_000_000), ("三十人", "zh", 30),
    ("两千名", "zh", 2000), ("兩萬", "zh", 20_000), ("兩百", "zh", 200),
    ("三萬五千", "zh", 35_000), ("一億", "zh", 100_000_000), ("十萬", "zh", 100_000),
    # --- Turkish, spaced (above, for every number) and the everyday "bir milyon"
    ("bir milyon", "tr", 1_000_000),
    # --- Arabic: "و" joined, the feminine and the oblique forms, thousands in both numbers
    ("مئتان وواحد وعشرون", "ar", 221), ("ثلاثمائة وخمسة وعشرون", "ar", 325),
    ("مائة وخمسون", "ar", 150), ("مائة وخمسين", "ar", 150), ("ألف وخمسمائة", "ar", 1500),
    ("ثلاث", "ar", 3), ("خمس", "ar", 5), ("ثماني", "ar", 8), ("إحدى عشرة", "ar", 11),
    ("اثنتا عشرة", "ar", 12), ("ثلاث عشرة", "ar", 13), ("اثنتين", "ar", 2),
    ("اثنين", "ar", 2), ("عشرين", "ar", 20), ("خمسين", "ar", 50), ("تسعين", "ar", 90),
    ("خمس وعشرون", "ar", 25), ("خمسة وعشرين", "ar", 25), ("مئتين", "ar", 200),
    ("ألفين", "ar", 2000), ("ثلاثة آلاف", "ar", 3000), ("عشرة آلاف", "ar", 10_000),
    ("عشرين ألفا", "ar", 20_000), ("أحد عشر ألفا", "ar", 11_000), ("مليونين", "ar", 2_000_000),
    ("خمسة ملايين", "ar", 5_000_000), ("ثلاثمئة", "ar", 300), ("ثلاث مئة", "ar", 300),
    # --- Russian: every case of the numerals ("двух тысяч", "трёхсот", "пятьюстами")
    ("одного", "ru", 1), ("одной", "ru", 1), ("двух", "ru", 2), ("двум", "ru", 2),
    ("двумя", "ru", 2), ("трёх", "ru", 3), ("трех", "ru", 3), ("тремя", "ru", 3),
    ("четырёх", "ru", 4), ("четырьмя", "ru", 4), ("пяти", "ru", 5), ("пятью", "ru", 5),
    ("сорока", "ru", 40), ("девяноста", "ru", 90), ("ста", "ru", 100), ("двадцати пяти", "ru", 25),
    ("тридцатью", "ru", 30), ("пятидесяти", "ru", 50), ("пятьюдесятью", "ru", 50),
    ("шестидесяти", "ru", 60), ("восьмидесяти", "ru", 80), ("двухсот", "ru", 200),
    ("двумстам", "ru", 200), ("двумястами", "ru", 200), ("двухстах", "ru", 200),
    ("трёхсот", "ru", 300), ("трехсот", "ru", 300), ("тремястами", "ru", 300),
    ("пятисот", "ru", 500), ("пятистам", "ru", 500), ("пятьюстами", "ru", 500),
    ("пятистах", "ru", 500), ("семистах", "ru", 700), ("девятисот", "ru", 900),
    ("двухсот пятидесяти", "ru", 250), ("тысячи", "ru", 1000), ("одной тысячи", "ru", 1000),
    ("тысячей", "ru", 1000), ("тысячью", "ru", 1000), ("двух тысяч", "ru", 2000),
    ("трёх тысяч", "ru", 3000), ("пяти тысяч", "ru", 5000), ("полутора тысяч", "ru", 1500),
    ("миллиона", "ru", 1_000_000), ("двух миллионов", "ru", 2_000_000), ("двое", "ru", 2),
    ("трое", "ru", 3), ("четверо", "ru", 4), ("пятеро", "ru", 5), ("десятеро", "ru", 10),
    # --- Ukrainian
    ("одного", "uk", 1), ("однієї", "uk", 1), ("двох", "uk", 2), ("двом", "uk", 2),
    ("двома", "uk", 2), ("трьох", "uk", 3), ("трьома", "uk", 3), ("чотирьох", "uk", 4),
    ("чотирма", "uk", 4), ("п'яти", "uk", 5), ("п'ятьма", "uk", 5), ("сорока", "uk", 40),
    ("дев'яноста", "uk", 90), ("ста", "uk", 100), ("двадцяти п'яти", "uk", 25),
    ("п'ятдесяти", "uk", 50), ("п'ятдесятьма", "uk", 50), ("двохсот", "uk", 200),
    ("двомстам", "uk", 200), ("двомастами", "uk", 200), ("двохстах", "uk", 200),
    ("трьохсот", "uk", 300), ("трьомастами", "uk", 300), ("трьохстах", "uk", 300),
    ("п'ятисот", "uk", 500), ("п'ятистам", "uk", 500), ("п'ятьмастами", "uk", 500),
    ("п'ятьомастами", "uk", 500), ("п'ятистах", "uk", 500), ("тисячі", "uk", 1000),
    ("тисячею", "uk", 1000), ("двох тисяч", "uk", 2000), ("трьох тисяч", "uk", 3000),
    ("п'яти тисяч", "uk", 5000), ("мільйона", "uk", 1_000_000),
    ("двох мільйонів", "uk", 2_000_000), ("двоє", "uk", 2), ("троє", "uk", 3),
    ("четверо", "uk", 4), ("п'ятеро", "uk", 5),
    # --- Polish
    ("jednego", "pl", 1), ("jednej", "pl", 1), ("jedną", "pl", 1), ("dwóch", "pl", 2),
    ("dwie", "pl", 2), ("dwaj", "pl", 2), ("dwoma", "pl", 2), ("dwiema", "pl", 2),
    ("dwóm", "pl", 2), ("trzech", "pl", 3), ("trzej", "pl", 3), ("trzema", "pl", 3),
    ("czterech", "pl", 4), ("czterej", "pl", 4), ("czterema", "pl", 4), ("pięciu", "pl", 5),
    ("pięcioma", "pl", 5), ("czterdziestu", "pl", 40), ("pięćdziesięciu", "pl", 50),
    ("dziewięćdziesięciu", "pl", 90), ("dwudziestu pięciu", "pl", 25), ("stu", "pl", 100),
    ("stoma", "pl", 100), ("dwustu", "pl", 200), ("trzystu", "pl", 300),
    ("pięciuset", "pl", 500), ("dwustu pięćdziesięciu", "pl", 250), ("tysiąca", "pl", 1000),
    ("tysiącem", "pl", 1000), ("dwóch tysięcy", "pl", 2000), ("trzech tysięcy", "pl", 3000),
    ("pięciu tysięcy", "pl", 5000), ("pięciuset tysięcy", "pl", 500_000),
    ("miliona", "pl", 1_000_000), ("dwóch milionów", "pl", 2_000_000), ("dwoje", "pl", 2),
    ("troje", "pl", 3), ("czworo", "pl", 4), ("pięcioro", "pl", 5),
    # --- Spanish and Portuguese: the feminine
    ("una", "es", 1), ("veintiuna", "es", 21), ("doscientas", "es", 200),
    ("trescientas", "es", 300), ("quinientas", "es", 500), ("novecientas", "es", 900),
    ("uma", "pt", 1), ("duas", "pt", 2), ("vinte e duas", "pt", 22), ("duzentas", "pt", 200),
    ("trezentas", "pt", 300), ("quinhentas", "pt", 500), ("novecentas", "pt", 900),
    # --- Korean: native numerals before counters, Sino-Korean in Hangul before counters
    ("한 명", "ko", 1), ("두 명", "ko", 2), ("세 명", "ko", 3), ("네 명", "ko", 4),
    ("다섯 명", "ko", 5), ("여섯 명", "ko", 6), ("일곱 명", "ko", 7), ("여덟 명", "ko", 8),
    ("아홉 명", "ko", 9), ("열 명", "ko", 10), ("열한 명", "ko", 11), ("열두 명", "ko", 12),
    ("열다섯 명", "ko", 15), ("스무 명", "ko", 20), ("스물한 명", "ko", 21),
    ("스물다섯 명", "ko", 25), ("서른 명", "ko", 30), ("서른두 명", "ko", 32),
    ("마흔 명", "ko", 40), ("쉰 명", "ko", 50), ("예순 명", "ko", 60), ("일흔 명", "ko", 70),
    ("여든 명", "ko", 80), ("아흔 명", "ko", 90), ("아흔아홉 명", "ko", 99),
    ("세 척", "ko", 3), ("두 곳", "ko", 2), ("다섯 마리", "ko", 5), ("한 대", "ko", 1),
    ("열두 개", "ko", 12), ("두명", "ko", 2), ("세명", "ko", 3),
    ("오십 명", "ko", 50), ("이천 명", "ko", 2000), ("삼백 명", "ko", 300),
    ("칠십이 명", "ko", 72), ("천이백 명", "ko", 1200), ("이만 명", "ko", 20_000),
    ("삼만 오천 명", "ko", 35_000), ("십일 명", "ko", 11), ("이천삼백사십칠명", "ko", 2347),
    ("오천 개", "ko", 5000), ("사천 명", "ko", 4000),
    # --- Indonesian: "se-" (one) before a multiplier
    ("sejuta", "id", 1_000_000), ("seribu dua ratus", "id", 1200), ("dua belas ribu", "id", 12_000),
    ("satu juta", "id", 1_000_000), ("seratus ribu", "id", 100_000),
    # --- Italian, German, French, English, Japanese: forms num2words does not write
    ("un milione", "it", 1_000_000), ("mille", "it", 1000), ("duemila", "it", 2000),
    ("ein", "de", 1), ("eine", "de", 1), ("einhundert", "de", 100), ("tausend", "de", 1000),
    ("eine Million", "de", 1_000_000), ("un million", "fr", 1_000_000), ("mille", "fr", 1000),
    ("a hundred", "en", 100), ("a thousand", "en", 1000), ("a million", "en", 1_000_000),
    ("two thousand, three hundred and forty-seven", "en", 2347),
    ("one million, two hundred thousand", "en", 1_200_000),
    ("二万五千人", "ja", 25_000), ("三百人", "ja", 300), ("一万人", "ja", 10_000),
]
GRAMMAR += [(turkish(n), "tr", n) for n in sorted(set(NUMBERS))]


def _fix(n2w_lang: str, value: int, phrase: str) -> tuple[str | None, bool]:
    """Correct the phrase of a num2words row: (phrase or None to drop, whether fixed)."""
    if (n2w_lang, value) in FIXES:
        return FIXES[(n2w_lang, value)], True
    if n2w_lang == "it" and "dicotto" in phrase:
        # num2words writes 18 inside a longer number "dicotto": it is "diciotto"
        return phrase.replace("dicotto", "diciotto"), True
    if n2w_lang == "tr" and phrase != turkish(value).replace(" ", ""):
        # num2words drops "bir" before "bin" inside a group ("dörtyüzbin…" for 401,251):
        # the glued form of the right words
        return turkish(value).replace(" ", ""), True
    if n2w_lang == "ar" and "ألفاً" in phrase and 3 <= (value // 1000) % 100 <= 10:
        # after 3-10 (103,000; 206,000) the counted thousand is the plural "آلاف"
        return phrase.replace("ألفاً", "آلاف"), True
    return phrase, False


def num2words_rows() -> list[dict[str, str]]:
    """Return the num2words rows of :data:`NUMBERS`, corrected by :data:`FIXES`."""
    import num2words  # noqa: PLC0415 (not a project dependency)

    version = getattr(num2words, "__version__", "")
    if not version:
        from importlib.metadata import version as _version  # noqa: PLC0415

        version = _version("num2words")
    rows = []
    for n2w_lang in N2W_LANGS:
        lang = n2w_lang.split("_")[0]
        for value in sorted(set(NUMBERS)):
            raw = num2words.num2words(value, lang=n2w_lang)
            phrase, fixed = _fix(n2w_lang, value, raw)
            if fixed:
                print(f"fixed {n2w_lang} {value}: {raw!r} -> {phrase!r}", file=sys.stderr)
            if phrase is None:
                continue
            rows.append({"phrase": phrase, "lang": lang, "value": str(value),
                         "source": "grammar" if fixed else f"num2words-{version}"})
    return rows


def grammar_rows() -> list[dict[str, str]]:
    """Return the hand-written rows of :data:`GRAMMAR`."""
    return [{"phrase": p, "lang": lang, "value": f"{v:g}" if v != int(v) else str(int(v)),
             "source": "grammar"} for p, lang, v in GRAMMAR]


def main() -> None:
    """Write the table (rows unique by phrase and language, num2words' first)."""
    rows, seen = [], set()
    for row in num2words_rows() + grammar_rows():
        key = (row["phrase"], row["lang"])
        if key in seen:
            continue
        seen.add(key)
        rows.append(row)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ["phrase", "lang", "value", "source"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows written to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
