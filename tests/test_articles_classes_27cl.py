# ruff: noqa: E501 (the sentences are data, as written)
"""A country's head of state, and English's country name as a noun before a body (session 27, 27cl).

``lang.BODIES`` composes a claimant from a country and one of its bodies ("South Korean
intelligence" → the NIS). Built here, for the eight reader languages:

- *the head of state* (body ``leader``: president, leader, head of state; Präsident, Staatschef;
  président, chef de l'État; presidente, mandatario; президент, лидер / лідер; 대통령; 大統領):
  Ukraine's is Zelensky, South Korea's speaks for its government (as "South Korea's president"
  already did), the United States' is the White House. Not North Korea's: its leader is the one
  who sends ("North Korean leader Kim Jong Un sent …"), and a source only where he publishes.
- *English noun adjuncts*: "{name} {body}" beside "{adj} {body}": "the Ukraine president",
  "Ukraine military intelligence", as headlines write them.

On the labelled sets (1,889 articles, 4,156 figures) one figure changes, to right (the first
sentence below); none is lost. The expected values are written by hand; sentences marked
*constructed* are written in the form of the labelled cases.
"""

from __future__ import annotations

from article_sets import assert_claimant
from figure_sets import case_test

ZELENSKY = "Volodymyr Zelensky (President of Ukraine)"
KR_GOVERNMENT = "South Korea government"
WHITE_HOUSE = "White House"
HUR = "Ukraine Defence Intelligence (HUR)"
ACTOR = "North Korea (state media and leadership)"
NOBODY = "Unattributed"

HEADS_OF_STATE = [
    # https://www.hindustantimes.com/world-news/ (labelled en-16zz17-hindustantimes-zelensky-11000)
    ("en", "In January this year, the Ukraine President said that two North Korean soldiers were captured alive on the battlefield.",
     "two", ZELENSKY),
    # constructed
    ("en", "The Ukrainian leader said 3,000 North Korean soldiers had been killed or wounded in Kursk.",
     "3,000", ZELENSKY),
    # constructed
    ("de", "Der ukrainische Präsident sagte, rund 3000 nordkoreanische Soldaten seien getötet oder verwundet worden.",
     "3000", ZELENSKY),
    # constructed
    ("fr", "Selon le président ukrainien, quelque 3 000 soldats nord-coréens ont été tués ou blessés.",
     "3 000", ZELENSKY),
    # constructed
    ("es", "El mandatario ucraniano afirmó que unos 3.000 soldados norcoreanos han muerto o resultado heridos.",
     "3.000", ZELENSKY),
    # constructed
    ("ru", "Как заявил президент Украины, около 3 тысяч северокорейских военных были убиты или ранены.",
     "3 тысяч", ZELENSKY),
    # constructed
    ("uk", "За словами українського лідера, близько 3 тисяч північнокорейських військових убиті або поранені.",
     "3 тисяч", ZELENSKY),
    # constructed
    ("ko", "우크라이나 대통령은 북한군 3천 명이 죽거나 다쳤다고 밝혔다.",
     "3천 명", ZELENSKY),
    # constructed
    ("ja", "ウクライナ大統領は、北朝鮮兵約3000人が死傷したと明らかにした。",
     "約3000人", ZELENSKY),
    # constructed
    ("en", "The US president said about 10,000 North Korean troops had been sent to Russia.",
     "10,000", WHITE_HOUSE),
    # constructed
    ("de", "Der südkoreanische Präsident sagte, Nordkorea habe rund 10.000 Soldaten nach Russland geschickt.",
     "10.000", KR_GOVERNMENT),
    # constructed: the noun adjunct before another body
    ("en", "Ukraine military intelligence said 11,000 North Korean troops are in Kursk.",
     "11,000", HUR),
]

HEADS_OF_STATE_UNCHANGED = [
    # constructed: North Korea's leader sends, he is no source here
    ("en", "North Korean leader Kim Jong Un sent about 11,000 troops to Russia last year.",
     "11,000", NOBODY),
]

test_a_head_of_state = case_test(HEADS_OF_STATE, assert_claimant)
test_a_head_of_state_near_misses = case_test(HEADS_OF_STATE_UNCHANGED, assert_claimant)
