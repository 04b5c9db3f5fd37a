"""Two general rules of news writing that refer back to a source (helper 16co, issue 16).

docs/articles.md, "Session of 2026-12-05 (ninth): surnames and nouns that refer back (helper
16co)"; :mod:`analysis.articles.backref`. Sentences written for the test (each positive read
"Unattributed" before the rule), by language:

1. a person named in full where the article names a source, then by surname alone ("Selon
   Lee", "wie Kim sagt", "По словам Сингх"), is that source; not when two people of the text
   share the surname, nor when the surname is also a common word of the text;
2. a later sentence naming the figure's counted noun with a definite or demonstrative word
   ("the workers", "diese Soldaten", "эти военные", "이들 병력", "これらの兵士") and its source
   gives the figure that source; not "the other troops", not when the figure's own sentence
   names its source.
"""

from __future__ import annotations

from article_sets import assert_claimant
from figure_sets import case_test

PUBLISHED = "2025-03-01"
NK = "North Korea (state media and leadership)"
NIS = "South Korea National Intelligence Service (NIS)"
HUR = "Ukraine Defence Intelligence (HUR)"
DOD = "US Department of Defense"
NONE = "Unattributed"


SURNAMES = [
    # (lang, text, figure, claimant expected)
    ("en", "Pentagon spokeswoman Sabrina Singh spoke to reporters on Monday about North Korea.\n"
           "The weather in Seoul was cold. Markets were calm.\n"
           "Singh said about 10,000 North Korean troops were in eastern Russia.",
     "about 10,000", DOD),
    ("fr", "Le député Lee Seong-kweun a cité les services secrets sud-coréens lundi.\n"
           "Il faisait froid à Séoul. Les marchés étaient calmes.\n"
           "Selon Lee, la Corée du Nord a envoyé 18 000 soldats en Russie.", "18 000", NIS),
    ("de", "Am Samstag gab Kim Jong-un weitere Details bekannt.\n"
           "In Pjöngjang war es kalt. Die Märkte blieben ruhig.\n"
           "Neun Mitglieder der Einheit starben beim Einsatz, wie Kim sagt.", "Neun", NK),
    ("ru", "Представитель Пентагона Сабрина Сингх выступила перед журналистами.\n"
           "В Сеуле было холодно. Рынки были спокойны.\n"
           "По словам Сингх, в России находятся около 10 000 северокорейских военных.",
     "10 000", DOD),
    ("uk", "Речниця Пентагону Сабріна Сінгх виступила перед журналістами.\n"
           "У Сеулі було холодно. Ринки були спокійні.\n"
           "За словами Сінгх, у Росії перебувають близько 10 000 північнокорейських військових.",
     "10 000", DOD),
]

SURNAMES_NOT = [
    # two people of one surname: the leader and a lawmaker
    ("en", "North Korean leader Kim Jong Un spoke on Monday. Lawmaker Kim Byung-kee of the "
           "intelligence committee also spoke.\nThe weather was cold. Markets were calm.\n"
           "Kim said about 10,000 troops had been sent to Russia.", "about 10,000", NONE),
    # a surname that is also a common word of the text
    ("en", "Pentagon official Michael Young spoke to reporters on Monday.\n"
           "Many young men were drafted. Markets were calm.\n"
           "Young said about 10,000 North Korean troops were in eastern Russia.",
     "about 10,000", NONE),
    # the surname before the full name: nobody named yet
    ("fr", "Selon Lee, la Corée du Nord a envoyé 18 000 soldats en Russie.\n"
           "Le député Lee Seong-kweun a cité les services secrets sud-coréens lundi.",
     "18 000", NONE),
]


test_a_person_named_again_by_surname = case_test(
    SURNAMES + SURNAMES_NOT, assert_claimant, published=PUBLISHED)


NOUNS = [
    ("en", "Russia is preparing to bring in approximately 12,000 workers from North Korea to a "
           "drone plant.\nAccording to Ukraine's military intelligence, the workers are expected "
           "to arrive by the end of the year.", "approximately 12,000", HUR),
    ("de", "Russland will rund 12.000 Arbeiter aus Nordkorea in eine Drohnenfabrik holen.\n"
           "Diese Arbeiter sollen nach Angaben des ukrainischen Militärgeheimdienstes bis "
           "Jahresende eintreffen.", "12.000", HUR),
    ("ru", "Россия готовится принять около 12 000 рабочих из КНДР на завод беспилотников.\n"
           "По данным ГУР, эти рабочие прибудут до конца года.", "12 000", HUR),
    ("ko", "러시아가 북한 노동자 1만2000명을 드론 공장에 받아들일 준비를 하고 있다.\n"
           "우크라이나 정보총국에 따르면 이들 노동자는 연말까지 도착할 예정이다.",
     "1만2000명", HUR),
    ("ja", "ロシアは北朝鮮から労働者約1万2000人をドローン工場に受け入れる準備を進めている。\n"
           "ウクライナ国防省情報総局によると、これらの労働者は年末までに到着する見通しだ。",
     "1万2000人", HUR),
]

NOUNS_NOT = [
    # a later sentence about other troops
    ("en", "Russia is preparing to bring in approximately 12,000 workers from North Korea to a "
           "drone plant.\nAccording to Ukraine's military intelligence, the other workers are "
           "expected to arrive by the end of the year.", "approximately 12,000", NONE),
    # another counted noun
    ("en", "Russia is preparing to bring in approximately 12,000 workers from North Korea to a "
           "drone plant.\nAccording to Ukraine's military intelligence, the drones are "
           "expected to arrive by the end of the year.", "approximately 12,000", NONE),
    # the figure's own sentence names its source: the later one's is not the figure's
    ("en", "North Korea has sent about 12,000 troops to Russia, South Korea's spy agency said.\n"
           "According to Ukraine's military intelligence, the troops are in Kursk.",
     "about 12,000", NIS),
]


test_a_later_sentence_naming_the_counted_noun = case_test(
    NOUNS + NOUNS_NOT, assert_claimant, published=PUBLISHED)
