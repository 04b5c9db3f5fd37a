# ruff: noqa: E501 (the sentences are data, as written)
"""A person named again by surname who speaks (session 23, helper 23au).

The claimant errors of the later labelled rounds (16zy2-16zy13, 16zz2-16zz12) read on the
session's second wave (0558aba0): 170 (docs/articles.md, "A surname that speaks (23au)").
One class built, for the languages that write it (no new table: the claimant names, their
hierarchy and the attribution words the tables already give):

- *a person named again by surname, beside an attribution word, in a sentence that names
  only where he spoke (a news outlet) or whom he speaks for (a government above his body)*
  ("In einem Interview mit … Bloomberg News sagte Shin, dass Seoul …"): his source
  (:func:`analysis.articles.surname_speaker.speakers_again`); a German full name after
  capitalised nouns ("Laut Südkoreas Verteidigungsminister Shin Won-sik") is found by its
  last two words;
- *a Japanese surname in kanji with 氏* ("韓国の申源湜国防相が…示した。… 申氏は…と明らかにした"):
  the source of the claimant named in full before, in a sentence that names nobody, or over
  an outlet or his own government when "X氏は" opens the sentence.

Near misses: the surname beside another body ("Shin said the NIS …": the NIS's), a surname
nobody was named in full with, two people of one surname. The real sentences carry their
addresses (the ``search`` tool's pages corpus); those marked *constructed* join a real
sentence with one written in the form of the labelled cases, where no stored page had the
form with a figure of the story. The expected values are written by hand.
"""

from __future__ import annotations

from article_sets import assert_figures_read
from figure_sets import case_test

MND = "South Korea Ministry of National Defense"
NIS = "South Korea National Intelligence Service (NIS)"
MEDIA = "News media (own reporting)"

CLAIMANTS = ("figure_text", "claimant")

READ = [
    # constructed: the first sentence http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=98800,
    # the second in the form of the labelled de-16zy8 case (the outlet quoted, the surname beside
    # "sagte"); before 23au the outlet's
    ("de", 'Nach Angaben von Südkoreas Verteidigungsminister Shin Won-sik hat Nordkorea im Zuge des jüngsten russisch-nordkoreanischen Waffengeschäfts etwa 3.000 Container nach Russland geschickt. Dem Sender "KBS" sagte Shin, dass Seoul inzwischen mehr als 6.700 Container gezählt habe.',
     [("etwa 3.000", MND), ("mehr als 6.700", MND)]),
    # constructed: the first sentence https://japanese01.joins.com/JArticle/315537, the second in
    # the form of the labelled ja-16zz9 case (申氏は … 韓国政府は … と明らかにした)
    ("ja", "韓国国防部の申源湜(シン・ウォンシク)長官が26日、北朝鮮がロシアに数百万発の砲弾を提供したと明らかにした。申氏はブルームバーグ・ニュースとのインタビューで、韓国政府は北朝鮮からロシアに入った少なくとも1万個のコンテナを突き止めていると明らかにした。",
     [("数百万発", MND), ("少なくとも1万", MND)]),
    # constructed: the same first sentence, another source's sentence, then 申氏 in a sentence
    # naming nobody (before 23au: the Pentagon's, named just before)
    ("ja", "韓国国防部の申源湜(シン・ウォンシク)長官が26日、北朝鮮がロシアに数百万発の砲弾を提供したと明らかにした。米国防総省も同様の見方を示している。申氏は、北朝鮮からロシアに移動したコンテナは6700個以上と推定されると話した。",
     [("数百万発", MND), ("6700", MND)]),
]

UNCHANGED = [
    # constructed: the surname beside another body (the NIS speaks of its own count)
    ("de", "Nach Angaben von Südkoreas Verteidigungsminister Shin Won-sik hat Nordkorea im Zuge des jüngsten russisch-nordkoreanischen Waffengeschäfts etwa 3.000 Container nach Russland geschickt. Shin sagte, der Geheimdienst NIS habe inzwischen mehr als 6.700 Container gezählt.",
     [("etwa 3.000", MND), ("mehr als 6.700", NIS)]),
    # constructed: nobody named in full with the surname: the outlet stays
    ("de", 'Dem Sender "KBS" sagte Shin, dass Nordkorea mehr als 6.700 Container nach Russland geschickt habe.',
     [("mehr als 6.700", MEDIA)]),
    # constructed: a kanji surname nobody was named in full with names nobody
    ("ja", "申氏は、北朝鮮からロシアに移動したコンテナは6700個以上と推定されると話した。",
     [("6700", "Unattributed")]),
    # constructed: 申氏 beside the NIS, another body of his government (the NIS's)
    ("ja", "韓国国防部の申源湜(シン・ウォンシク)長官が26日、北朝鮮がロシアに数百万発の砲弾を提供したと明らかにした。申氏は、国家情報院が北朝鮮からロシアに移動したコンテナを6700個以上と推定していると話した。",
     [("数百万発", MND), ("6700", NIS)]),
]


test_a_surname_that_speaks_is_its_source = case_test(READ, assert_figures_read, columns=CLAIMANTS)
test_near_misses_keep_their_source = case_test(UNCHANGED, assert_figures_read, columns=CLAIMANTS)
