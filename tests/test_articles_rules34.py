"""Rules of helper art34 (issue 16, session 34): round 16zz39's errors of form.

Round 16zz39 (en, de, es, fr, ja; 10 articles, 22 figures) was held out in session 33 and is
development material since (docs/articles.md, "Session of 2026-12-07 (thirty-fourth)"). Each
rule is written for the language's wording, not for the round's sentence:

* the country owning a capture in the possessive ("South Korean Intelligence Confirms Ukraine's
  Capture of Two …", ``ARTICLES["agent_after"]``) acted: the one confirming speaks;
* en "apprehended" is a capture;
* an outlet named again by a generic noun ("As the media agency notes", "according to the news
  agency") is the outlet, as "the newspaper" was;
* de "nach" with a side's adjective and a compound of the statement's noun ("Nach ukrainischen
  Geheimdienstinformationen", "nach US-Angaben") attributes, as "laut" did;
* a standing army counted by its active soldiers ("1,3 Millionen aktiven Soldaten", "1.2
  million active troops", "현역 병력 128만 명") is North Korea's own army, no figure;
* members of a unit written as a compound or with three words before it ("1500 Mitglieder
  nordkoreanischer Spezialeinheiten", "1,500 members of North Korean special forces") are troops;
* a place in Russia named in the sentence names Russia for the workers' ``worldwide`` words
  (the risk noted by 33ar: "the workers travelled through China to Vladivostok" stay sent).

Sentences of the round (their id), of other stored pages (their URL), and written ones of the
same form where no stored page had it (said so), with near misses. Expected values by hand.
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
UA = "Ukrainian government (unspecified)"
HUR = "Ukraine Defence Intelligence (HUR)"
US = "US government (unspecified)"
MEDIA = "News media (own reporting)"
NOBODY = "Unattributed"


def test_the_country_owning_a_capture_acted_and_the_confirmer_speaks():
    # round_16zz39 en-16zz39-seatickers-two-captured-4000-1200 (the headline read Ukraine's, and
    # with Zelensky's later mention the figure went to Zelensky)
    text = "South Korean Intelligence Confirms Ukraine’s Capture of Two North Korean Soldiers"
    assert _read(text, "en") == [["Two", "captured", NIS, 2.0]]
    # written in the form of https://www.hurriyetdailynews.com/seoul-confirms-ukraine-captured-
    # two-north-korean-soldiers-204595 ("Seoul confirms Ukraine captured two …"), the possessive
    # of another name for the captor
    text = "Seoul's spy agency confirmed Kyiv's capture of two North Korean soldiers."
    assert _read(text, "en") == [["two", "captured", NIS, 2.0]]
    # near misses: the captor who speaks stays the source; a capture with nobody speaking is
    # nobody's
    assert _read("Ukraine said it captured two North Korean soldiers.", "en") == [
        ["two", "captured", UA, 2.0]]
    assert _read("Ukraine's capture of two North Korean soldiers proves Pyongyang is at war.",
                 "en") == [["two", "captured", NOBODY, 2.0]]


def test_apprehended_is_a_capture():
    # round_16zz39 en-16zz39-seatickers (read "wounded" from the captives' adjective)
    text = ("According to South Korea’s intelligence service, Ukrainian forces apprehended two "
            "wounded North Korean soldiers fighting alongside Russian troops in a Russian border "
            "region, corroborating a previous report.")
    assert _read(text, "en") == [["two", "captured", NIS, 2.0]]
    # https://menafn.com/1109080990/South-Korea-supports-Ukraines-claim-of-capturing-North-Korean-
    # soldiers-in-Russia tells the same capture as "detained"; written with "apprehend":
    text = ("Ukrainian special forces apprehended a wounded North Korean soldier in Kursk, the "
            "SBU said.")
    assert [r[1] for r in _read(text, "en")] == ["captured"]


def test_an_outlet_named_again_by_a_generic_noun_is_the_outlet():
    # round_16zz39 en-16zz39-newsukraine-nyt-fifty-missiles (Unattributed before)
    text = ("European and American officials are concerned about the potential increase in "
            "Russia's supply of North Korean missiles and munitions, reports The New York Times.\n"
            "The emergence of North Korean missiles in the Russian arsenal could pose serious "
            "challenges for Ukrainian air defense systems.\n"
            "According to the material, North Korean missiles have the potential to assist the "
            "Russian military in overcoming Ukrainian air defense.\n"
            "As the media agency notes, Russia has received no more than fifty ballistic missiles "
            "of North Korean origin so far.")
    assert _read(text, "en") == [["no more than fifty", "materiel_sent", MEDIA, 50.0]]
    # written: "the news agency" after a wire named two sentences before
    text = ("Reuters reported the shipments on Monday.\nThe missiles were moved by rail.\n"
            "According to the news agency, North Korea has sent about 100 ballistic missiles.")
    assert _read(text, "en")[0][2] == MEDIA


def test_german_nach_with_a_compound_of_the_statement_noun_attributes():
    # round_16zz39 de-16zz39-stern-tertizkij-12000-offiziere (Unattributed before)
    text = ("Nach ukrainischen Geheimdienstinformationen sind schon jetzt mehrere Tausend "
            "nordkoreanische Soldaten im Einsatz an der Front.")
    assert _read(text, "de") == [["mehrere Tausend", "deployed", HUR, 2000.0]]
    # the form of round 16zz's "nach US-Angaben" sentences, with another count (written)
    text = "Nach US-Angaben sind 3000 nordkoreanische Soldaten in Russland."
    assert _read(text, "de") == [["3000", "deployed", US, 3000.0]]
    # near miss: "nach" of time before a count stays no attribution
    text = "Nach drei Wochen sind 3000 nordkoreanische Soldaten in Russland eingetroffen."
    assert _read(text, "de") == [["3000", "deployed", NOBODY, 3000.0]]


def test_a_standing_army_counted_by_its_active_soldiers_is_no_figure():
    # round_16zz39 de-16zz39-meilleurensuisse (negative "1,3 Millionen aktiven Soldaten")
    text = ("Bei der Truppenstärke rangiert Nordkorea mit 1,3 Millionen aktiven Soldaten hinter "
            "China, Indien und den USA an vierter Stelle.")
    assert _read(text, "de") == []
    # http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=175068 and
    # https://happylifestylejournal.com/15-fascinating-facts-about-north-korea/4/ ("With around a
    # million active duty personnel"); written in their form:
    assert _read("North Korea has about 1.2 million active troops, the fourth-largest army in "
                 "the world.", "en") == []
    assert _read("With around a million active duty personnel, the North Korean army is one of "
                 "the largest.", "en") == []
    # the other languages' forms (written)
    assert _read("La Corée du Nord compte environ 1,2 million de soldats d'active.", "fr") == []
    assert _read("Corea del Norte cuenta con 1,2 millones de soldados activos.", "es") == []
    assert _read("В КНДР около 1,2 млн активных военнослужащих.", "ru") == []
    assert _read("КНДР має близько 1,2 млн активних військовослужбовців.", "uk") == []
    assert _read("북한군 현역 병력은 약 128만 명으로 세계 4위 규모다.", "ko") == []
    assert _read("北朝鮮の現役兵力は約128万人とされる。", "ja") == []
    # near miss: troops sent stay, with "active" elsewhere in the sentence
    text = ("Nordkorea hat 12.000 Soldaten nach Russland geschickt, die dort aktiv an den "
            "Kämpfen teilnehmen.")
    assert [r[0] for r in _read(text, "de")] == ["12.000"]


def test_members_of_a_unit_written_as_a_compound_are_troops():
    # round_16zz39 de-16zz39-meilleurensuisse (missed)
    text = ("1500 Mitglieder nordkoreanischer Spezialeinheiten sollen sich bereits in Frontnähe "
            "befinden.")
    assert _read(text, "de") == [["1500", "deployed", NOBODY, 1500.0]]
    # written: the same in English, and Angehörige of Spezialkräfte
    text = "1,500 members of North Korean special forces are already near the front."
    assert _read(text, "en") == [["1,500", "deployed", NOBODY, 1500.0]]
    text = "Rund 3000 Angehörige nordkoreanischer Spezialkräfte sollen in Russland sein."
    assert _read(text, "de") == [["Rund 3000", "deployed", NOBODY, 3000.0]]


def test_workers_travelling_through_china_to_a_russian_city_are_sent_to_russia():
    # the risk of 33ar's worldwide destinations noted in session 33 (the brief's sentence; it
    # was dropped as China's workers)
    text = ("Some 1,500 North Korean workers travelled through China to Vladivostok last month, "
            "the NIS said.")
    assert _read(text, "en") == [["Some 1,500", "workers_sent", NIS, 1500.0]]
    # https://www.dailynk.com/english/hundreds-of-north-korean-workers-d/ ("dispatched to Russia
    # after staying at two inns in Dandong City"; "taking trains from Dandong to inland Russia");
    # written with the city, no country, in de and ru
    assert [r[1] for r in _read("Rund 1.500 nordkoreanische Arbeiter reisten über China nach "
                                "Wladiwostok.", "de")] == ["workers_sent"]
    assert [r[1] for r in _read("Около 1500 северокорейских рабочих прибыли во Владивосток "
                                "через Китай.", "ru")] == ["workers_sent"]
    # near miss (33ar): workers of another destination with no Russian place stay none
    text = "China mit 1.500, Libyen mit 600 und Iran mit 130 Arbeitern aus Nordkorea."
    assert _read(text, "de") == []
