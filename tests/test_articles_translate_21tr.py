r"""(21tr) One walk over a cue pattern, three translations (``analysis.articles.translate``).

Real patterns of the tables (cues as compiled, claimant names, ``usual`` words), each with its
translation written by hand: the RE2 set's loose form (``to_set``), the RE2 guide to where
matches start (``to_guide``) and the pattern without look-arounds for windows
(``to_window``), including the patterns each cannot translate (``None``).
"""

from analysis.articles.edges import LATIN_EDGE
from analysis.articles.translate import pieces, to_guide, to_set, to_window

W = r"[0-9A-Z_a-z\x{80}-\x{10ffff}]"  # (\w outside a class, in the set and the guide)
S = r"[\s\pZ\x{85}\x{1c}-\x{1f}]"  # (\s outside a class)
S_IN = r"\s\pZ\x{85}\x{1c}-\x{1f}"  # (\s inside a class)

# ru claimant cue, de weapon verbs, ko claimant name with a Latin edge, ja prisoners' deaths
RU = r"(?<!\w)(?:рёнхап\w*)(?!\w)"
DE = (r"(?<!\w)(?:setzte\w*\s+(?:[^\s,.;]+\s+){1,6}ein|abgefeuert\w*|eingesetzt\w*|"
      r"abgeschossen|verwendet\w*|verschossen|feuerte\w*|benutzt\w*)(?!\w)")
KO = f"(?:{LATIN_EDGE}(?:38노스))"
JA = (r"(?:(?:捕虜(?:とな|にな)った|拘束された|捕らえられた|捕獲された|捕まった)[^。\d]{0,15}"
      r"\d{1,2}人(?:が|は|も)[^。\d]{0,25}(?:死亡|死ん)|捕虜[^。\d]{0,30}死亡|捕虜となった後に死亡|"
      r"捕虜になった兵士は|その後、死亡|拘束後に死亡)")
JA_LEADER = r"(?:北朝鮮の指導者(?![、,]?\s?金))"
JA_ENVOY = r"(?:(?:米国|アメリカ)(?:の|側)?代表(?:団)?(?!チーム|選手))"
KO_CHIEF = r"(?:\b[가-힣]\s+원장(?:은|이|도|의|에\s+따르면))"
DE_NOUN = r"[^\W\d_][\w-]*(?:e|en|er|es)"


def test_the_walk_gives_the_pattern_back_in_pieces():
    for pattern in (RU, DE, KO, JA, JA_LEADER, KO_CHIEF, DE_NOUN):
        assert "".join(p.text for p in pieces(pattern)) == pattern
    assert [p.kind for p in pieces(RU)][:3] == ["look", "group", "char"]
    edge, = (p for p in pieces(KO) if p.kind == "look")
    assert edge.text == LATIN_EDGE and edge.closed  # (a look-around holding a look-behind)
    cls, = (p for p in pieces(DE_NOUN) if p.kind == "class" and p.negated)
    assert [p.text for p in cls.items] == [r"\W", r"\d", "_"]
    u, = pieces(r"\u00c0")
    assert (u.kind, u.letter, u.code) == ("escape", "u", "00c0")


def test_the_set_drops_the_word_edges_and_widens_the_escapes():
    assert to_set(RU) == f"(?:рёнхап{W}*)"
    # (31pf: in a negated class RE2's ASCII \s, fewer characters than Python's: the class more)
    assert to_set(DE) == (f"(?:setzte{W}*{S}+(?:[^\\s,.;]+{S}+)+ein|abgefeuert{W}*|"
                          f"eingesetzt{W}*|abgeschossen|verwendet{W}*|verschossen|feuerte{W}*|"
                          f"benutzt{W}*)")
    assert to_set(KO) == "(?:(?:38노스))"
    assert to_set(KO_CHIEF) == f"(?:[가-힣]{S}+원장(?:은|이|도|의|에{S}+따르면))"
    # any other look-around, a back-reference: always run with ``re``
    assert to_set(JA_ENVOY) is None and to_set(JA_LEADER) is None
    assert to_set(r"(a)\1") is None


def test_the_guide_empties_the_look_arounds():
    assert to_guide(JA_LEADER) == "(?:北朝鮮の指導者(?:))"
    assert to_guide(JA_ENVOY) == "(?:(?:米国|アメリカ)(?:の|側)?代表(?:団)?(?:))"
    assert to_guide(RU) == f"(?:)(?:рёнхап{W}*)(?:)"
    assert to_guide(KO) == "(?:(?:)(?:38노스))"
    # (a negated class keeps RE2's ASCII \d, a subset of Python's; counted repeats loosened)
    assert to_guide(JA) == (r"(?:(?:捕虜(?:とな|にな)った|拘束された|捕らえられた|"
                            r"捕獲された|捕まった)[^。\d]*\pN+人(?:が|は|も)[^。\d]*(?:死亡|死ん)|捕虜[^。\d]*死亡|"
                            r"捕虜となった後に死亡|捕虜になった兵士は|その後、死亡|拘束後に死亡)")
    # \W in a negated class (no RE2 subset of it), \b in a class, back-references
    assert to_guide(DE_NOUN) is None
    assert to_guide(r"[\b]") is None and to_guide(r"(a)\1") is None
    assert to_guide(r"\u00c0") == r"\x{00c0}" and to_guide(r"\u00cx") is None


def test_the_window_form_drops_look_arounds_and_refuses_anchors():
    assert to_window(r"통상(?=\s?\d)") == "통상"  # (ko "usual")
    assert to_window("通常(?!兵器|戦力|弾)") == "通常"  # (ja "usual")
    assert to_window(RU) == r"(?:рёнхап\w*)"
    assert to_window(r"\w*visum") == "visum"
    assert to_window(DE_NOUN) == DE_NOUN
    # \b, $, an inline flag: what is left could see the window's end
    assert to_window(KO_CHIEF) is None
    assert to_window(r"(?:のうち|の中の)\s*$") is None
    assert to_window("(?i)a") is None and to_window("a[^$(]b") == "a[^$(]b"
