"""Claimant classes of the article reader's errors on rounds 16zd and 16zf, ru, uk, ko, ja (16km).

Each class is a rule of the language or of news writing that a claimant error of those rounds
showed (docs/articles.md, "Session of 2026-12-05 (ninth): classes of round_16zd.yml and
round_16zf.yml, ru, uk, ko, ja (helper 16km)"), written for the languages where it applies and
tested on sentences written for the test (most after sentences of the pages corpus): a positive
(the rule decides the claimant; the reader before it gave another) and a negative (a sentence
where it must not fire) per class and language.

A. "Об этом сказал …" closes the report before it (ru; uk had "Про це сказав");
B. an impersonal estimate in the polite style of broadcasters ("… 것으로 추정됩니다") is nobody's
   and takes no source from the sentence before (ko; the plain "추정된다" was read);
C. the papers and sites outlets relay by name (WSJ, The New York Times, Bloomberg, DW, Politico,
   the Financial Times; in Latin letters in every language, in Cyrillic, Hangul and katakana in
   ru, uk, ko, ja) are the media's own reporting;
D. unnamed officials an outlet relays are nobody ("со ссылкой на неназванных чиновников"): ru,
   uk, so the outlet of C does not take their figure;
E. who questions or interprets for the captives is no source ("для допиту СБУ", "слідчими СБУ",
   "SBU의 심문을 받고", "국정원이 통역을 지원"): ru, uk, ko;
F. a photo's credit names no source ("Фото: пресс-служба …", "사진=KBS", "(ロイター=共同)"):
   ru, uk, ko, ja.
"""

from __future__ import annotations

from article_sets import assert_one_figure, signed_classes_test
from figure_sets import case_test

MEDIA = "News media (own reporting)"
NONE = "Unattributed"

# (class, lang, text, figure text to look for, claimant)
CASES = [
    # A. "Об этом сказал …" closes the report
    ("A+", "ru", "КНДР планирует отправить в РФ около 6000 военнослужащих.\nОб этом сказал "
     "начальник ГУР МО Украины Кирилл Буданов в разговоре с изданием.", "6000",
     "Ukraine Defence Intelligence (HUR)"),
    ("A-", "ru", "По данным южнокорейской разведки, КНДР планирует отправить в РФ около 6000 "
     "военнослужащих.\nОб этом сказал депутат парламента.", "6000",
     "South Korea National Intelligence Service (NIS)"),
    # B. the polite impersonal estimate (ko)
    ("B+", "ko", "우크라이나 정보 당국은 북한군을 발견했다고 밝혔습니다.\n앞서 북한은 지난해 10월 "
     "1만 1천여 명의 병력을 러시아로 파병한 것으로 추정됩니다.", "1만 1천여 명", NONE),
    ("B-", "ko", "우크라이나 정보 당국은 북한군을 발견했다고 밝혔습니다.\n우크라이나 정보 당국은 "
     "북한이 1만 1천여 명의 병력을 러시아로 파병했다고 추정했습니다.", "1만 1천여 명",
     "Ukraine Defence Intelligence (HUR)"),
    # C. the papers by name
    ("C+", "ru", "КНДР отправила в Россию 15 000 работников — WSJ", "15 000", MEDIA),
    ("C-", "ru", "КНДР отправила в Россию 15 000 работников, пишет WSJ со ссылкой на "
     "южнокорейскую разведку.", "15 000", "South Korea National Intelligence Service (NIS)"),
    ("C+", "uk", "КНДР відправила до Росії 15 000 робітників, пише Волл-стріт джорнал.", "15 000",
     MEDIA),
    ("C-", "uk", "КНДР відправила до Росії 15 000 робітників, повідомили в Нью-Йорку.", "15 000",
     NONE),
    ("C+", "ko", "월스트리트저널에 따르면 북한은 러시아에 노동자 1만5천명을 보냈다.", "1만5천명",
     MEDIA),
    ("C-", "ko", "뉴욕에서 열린 회의에서 북한이 러시아에 노동자 1만5천명을 보냈다는 주장이 나왔다.",
     "1만5천명", NONE),
    ("C+", "ja", "米紙ウォール・ストリート・ジャーナルは2日、1万人以上の北朝鮮労働者がロシアで"
     "新たに登録されたと報じた。", "1万人以上", MEDIA),
    ("C-", "ja", "ニューヨークで開かれた会議で、1万人以上の北朝鮮労働者がロシアで新たに登録された"
     "との指摘が出た。", "1万人以上", NONE),
    ("C+", "de", "Nordkorea hat 15.000 Arbeiter nach Russland geschickt, berichtet das Wall "
     "Street Journal.", "15.000", MEDIA),
    ("C-", "de", "Nordkorea hat 15.000 Arbeiter nach Russland geschickt, sagte ein Analyst an der "
     "Wall Street.", "15.000", NONE),
    ("C+", "fr", "La Corée du Nord a envoyé 15 000 ouvriers en Russie, selon le Wall Street "
     "Journal.", "15 000", MEDIA),
    ("C-", "fr", "La Corée du Nord a envoyé 15 000 ouvriers en Russie, a-t-on appris à "
     "Washington.", "15 000", NONE),
    ("C+", "es", "Corea del Norte envió 15.000 trabajadores a Rusia, según The Wall Street "
     "Journal.", "15.000", MEDIA),
    ("C-", "es", "Corea del Norte envió 15.000 trabajadores a Rusia, se supo en Washington.",
     "15.000", NONE),
    # D. unnamed officials relayed are nobody
    ("D+", "ru", "Несколько тысяч северокорейских военных прибыли в Курскую область, пишет газета "
     "The New York Times со ссылкой на неназванных чиновников — одного украинского и двух "
     "американских.", "Несколько тысяч", NONE),
    ("D-", "ru", "Несколько тысяч северокорейских военных прибыли в Курскую область, пишет газета "
     "The New York Times.", "Несколько тысяч", MEDIA),
    ("D+", "uk", "Кілька тисяч північнокорейських військових прибули до Курської області, пише "
     "The New York Times з посиланням на неназваних посадовців.", "Кілька тисяч", NONE),
    ("D-", "uk", "Кілька тисяч північнокорейських військових прибули до Курської області, пише "
     "The New York Times.", "Кілька тисяч", MEDIA),
    # E. who questions or interprets for the captives
    ("E+", "uk", "Сили оборони взяли у полон двох поранених військових із Північної Кореї, їх "
     "доправили до Києва для допиту СБУ.", "двох", NONE),
    ("E-", "uk", "СБУ повідомила, що Сили оборони взяли у полон двох поранених військових із "
     "Північної Кореї.", "двох", "Security Service of Ukraine (SBU)"),
    ("E+", "ru", "Силы обороны взяли в плен двух раненых военных из Северной Кореи, их доставили "
     "в Киев для допроса СБУ.", "двух", NONE),
    ("E-", "ru", "СБУ сообщила, что Силы обороны взяли в плен двух раненых военных из Северной "
     "Кореи.", "двух", "Security Service of Ukraine (SBU)"),
    ("E+", "ko", "러시아 쿠르스크에서 우크라이나군에 붙잡힌 2명의 북한군은 키이우로 이송돼 "
     "우크라이나 보안국의 조사를 받고 있는데, 한국 국정원이 통역을 지원한다.", "2명", NONE),
    ("E-", "ko", "국정원은 우크라이나군이 북한군 2명을 생포했다고 밝혔다.",
     "2명", "South Korea National Intelligence Service (NIS)"),
    # F. a photo's credit
    ("F+", "ru", "Фото: пресс-служба президента Украины\nУкраинские военные взяли в плен двух "
     "северокорейских солдат.", "двух", NONE),
    ("F-", "ru", "Пресс-служба президента Украины\nУкраинские военные взяли в плен двух "
     "северокорейских солдат.", "двух", "Volodymyr Zelensky (President of Ukraine)"),
    ("F+", "uk", "Фото: Офіс президента України\nУкраїнські військові взяли в полон двох "
     "північнокорейських солдатів.", "двох", NONE),
    ("F-", "uk", "Офіс президента України\nУкраїнські військові взяли в полон двох "
     "північнокорейських солдатів.", "двох", "Volodymyr Zelensky (President of Ukraine)"),
    ("F+", "ko", "▲ 사진=KBS NEWS 영상 캡처\n러시아 쿠르스크에서 우크라이나군에 붙잡힌 북한군 "
     "2명이 조사를 받고 있다고 말했다.", "2명", NONE),
    ("F-", "ko", "KBS는 러시아 쿠르스크에서 우크라이나군에 붙잡힌 북한군 2명이 조사를 받고 있다고 "
     "보도했다.", "2명", MEDIA),
    ("F+", "ja", "ウクライナ軍兵士=8月(ロイター=共同)クルスク州に北朝鮮兵約1万人が派遣されたことが"
     "12日分かった。", "約1万人", NONE),
    ("F-", "ja", "ロイター通信によると、クルスク州に北朝鮮兵約1万人が派遣された。", "約1万人",
     MEDIA),
]


test_class = case_test(
    CASES, assert_one_figure, argnames="kind, lang, text, figure, claimant",
    published="2025-06-20")


test_every_class_has_a_positive_and_a_negative_per_language = signed_classes_test(CASES)
