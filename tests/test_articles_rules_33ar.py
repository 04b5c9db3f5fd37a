"""Rules of helper 33ar (issue 16): rounds 16zz37 and 16zz38's errors of form.

Rounds 16zz37 (en, de, ja) and 16zz38 (fr, es, ru, ko) were scored held out at the session's
start, then read as development material (development after 33ar). Each rule is a feature of
how a language writes, counted over every labelled set first (docs/articles.md, "33ar"):

* a cue inside a longer word is no cue: ko "전사" (killed) inside a command's name
  ("해군작전사령부", "특수전사령부"); the counter 건 counts cases, no people or shells;
* Ukraine's envoys speak for its government ("El embajador de Ucrania ante la ONU", "Ukraine's
  Permanent Representative to the UN"), as claimants.csv reads Ponomarenko; the bare
  "embajador" / "ambassador" stays Russia's in Pyongyang;
* de writes "killed or wounded" with both auxiliaries ("gefallen sind oder verwundet wurden"),
  as ru "погибли или были ранены" and fr "morts ou ont été blessés" are read;
* ja news ends a sentence on the verb's noun ("ウクライナは前日、…捕虜にしたと発表。"): the topic
  speaks, as with "と発表した";
* three governments listed with と, や, 、 (ja) or 와/과, "," (ko) are one joint claim;
* the side holding a place is no source ("occupée par les forces spéciales ukrainiennes"), as
  the side helped is none (``ARTICLES["partner"]``);
* workers counted for another destination ("China mit 1.500, … Libyen mit 600") in a sentence
  naming no Russia are no workers sent to Russia (``ARTICLES["worldwide"]``);
* a force counted with North Koreans among it ("50 000 soldats, dont plus de 10 000 venus de
  Corée du Nord", "50,000 troops, including North Korean soldiers") is a mixed unit, as the
  sets label it (``ARTICLES["other_side"]``);
* ja "民間の24人" (civilians) are the other side's victims, as "民間人";
* a designation's second number ("KN23と24") is a model, no count;
* a name right after an attribution word followed by an auxiliary is that verb's subject, not
  the speaker ("Demnach hat Machthaber Kim Jong-un … begonnen": the source before is carried).

Each test gives real sentences of the labelled sets (their id) and of other stored pages (their
URL) where the pages corpus held one, written sentences of the same form otherwise (said so),
and near misses that must stay. Expected values were written by hand from the text.
"""

from __future__ import annotations

from article_sets import fields_read as _read

NIS = "South Korea National Intelligence Service (NIS)"
UA = "Ukrainian government (unspecified)"
UK = "UK Ministry of Defence (Defence Intelligence)"
JOINT = "Several governments jointly"
NOBODY = "Unattributed"
NK = "North Korea (state media and leadership)"
MATSEGORA = "Russian ambassador to North Korea (Alexander Matsegora)"


def test_a_command_name_holds_no_loss_cue_and_cases_are_no_count():
    # round_16zz38 ko-16zz38-healthtomato-nis-15000-4700 (negative "11건"; the reader gave 11
    # killed, from the 전사 of "해군작전사령부")
    text = ("국가정보원(국정원)은 우크라이나-러시아 전쟁에 파병된 북한군 가운데 600여명이 "
            "사망한 것으로 파악했습니다.\n이 의원은 \"최근 중국인에 의한 국내 군사시설 무단 촬영이 "
            "빈번해지고 있다\"며 \"지난해 6월 부산 해군작전사령부에 정박한 항공모함을 드론으로 "
            "촬영한 사건 이후 지금까지 11건의 사례가 발생했다\"고 했습니다.")
    assert _read(text, "ko") == [["600여명", "killed", NIS, 600.0]]
    # https://dcnewsj.joins.com/article/25332636 (the same report in another outlet's words)
    text = ("국정원은 \"지난해 6월 부산 해군작전사령부에 정박한 항공모함을 드론으로 촬영한 이후 "
            "최근까지 11건의 사진 촬영이 발생했다\"며 \"대상은 군기지, 공항·항만, 국정원 등 핵심 "
            "군사시설 및 국가중요시설에 집중됐다\"고 밝혔다.")
    assert _read(text, "ko") == []
    # near misses (written): the verb 전사하다 and the noun 전사자 stay losses
    assert _read("국정원은 북한군 300명이 전사했다고 밝혔다.", "ko") == [
        ["300명", "killed", NIS, 300.0]]
    assert _read("국정원은 북한군 전사자가 300명이라고 밝혔다.", "ko") == [
        ["300명", "killed", NIS, 300.0]]


def test_ukraines_envoys_speak_for_its_government():
    # round_16zz38 es-16zz38-herculesdiario-wood-10000-12000 (label Ukrainian government; the
    # reader gave Russia's ambassador in Pyongyang, from the bare "embajador")
    text = ("El embajador de Ucrania ante la ONU, Sergiy Kyslytsya, reafirmó las acusaciones "
            "de Kiev sobre la presencia de 12.000 soldados norcoreanos en Rusia, y agregó que "
            "deberían «comenzar a participar directamente en operaciones de combate contra "
            "Ucrania en noviembre».")
    assert _read(text, "es") == [["12.000", "deployed", UA, 12000.0]]
    # https://united24media.com/latest-news/ukraine-identifies-north-korean-generals-training-troops-in-russia-at-un-council-3407
    text = ("Ukraine publicly identified North Korean generals overseeing a military contingent "
            "of up to 12,000 North Korean soldiers currently training at five bases in Russia’s "
            "Eastern Military District, Ukraine’s Permanent Representative to the UN Sergiy "
            "Kyslytsya "
            "reported during a UN Security Council session on “Maintaining Peace and Security in "
            "Ukraine” in New York on October 30.")
    assert _read(text, "en") == [["up to 12,000", "deployed", UA, 12000.0]]
    # (written, the other languages' forms)
    assert _read("Der ukrainische UN-Botschafter sagte, 12.000 nordkoreanische Soldaten seien in "
                 "Russland.", "de") == [["12.000", "deployed", UA, 12000.0]]
    assert _read("L'ambassadeur ukrainien à l'ONU a affirmé que 12 000 soldats nord-coréens sont "
                 "en Russie.", "fr") == [["12 000", "deployed", UA, 12000.0]]
    assert _read("駐韓ウクライナ大使は、北朝鮮兵1万2000人がロシアにいると述べた。", "ja") == [
        ["1万2000人", "deployed", UA, 12000.0]]
    # near misses: the bare "embajador" stays Russia's in Pyongyang; Russia's envoy at the UN
    # is nobody's source
    assert _read("El embajador dijo que 12.000 soldados norcoreanos están en Rusia.", "es") == [
        ["12.000", "deployed", MATSEGORA, 12000.0]]
    assert _read("El embajador ruso ante la ONU negó que 12.000 soldados norcoreanos estén en "
                 "Rusia.", "es")[0][2] != UA


def test_killed_or_wounded_with_both_auxiliaries():
    # round_16zz37 de-16zz37-thequickflash-kerl-14000-6000-4000 (labels deployed,
    # killed_or_wounded; the reader gave wounded and killed: "gefallen" took the 6000, the
    # "verwundet" left over the 14.000)
    text = ("Bislang waren die insgesamt 14.000 nordkoreanische Soldaten, die die russischen "
            "Streitkräfte bislang schon verstärkten, nur in der russischen Region Kursk "
            "eingesetzt; der britische Geheimdienst schätzt, dass 6000 dieser Soldaten gefallen "
            "sind oder verwundet wurden, was eine ungewöhnliche hohe Verlustrate wäre.")
    assert _read(text, "de") == [["14.000", "deployed", UK, 14000.0],
                                 ["6000", "killed_or_wounded", UK, 6000.0]]
    # (written) the passive of both verbs, the other order
    assert _read("Der britische Geheimdienst schätzt, dass 6000 nordkoreanische Soldaten verwundet "
                 "wurden oder gestorben sind.", "de") == [
        ["6000", "killed_or_wounded", UK, 6000.0]]
    # near miss: "und" between two numbers keeps two figures
    assert [r[:2] for r in _read("Der Geheimdienst schätzt, dass 300 nordkoreanische Soldaten "
                                 "gefallen sind und 2.700 verwundet wurden.", "de")] == [
        ["300", "killed"], ["2.700", "wounded"]]


def test_a_japanese_topic_speaks_before_the_verbs_noun():
    # round_16zz37 ja-16zz37-afpbb-pow-2-10000 (the sentence's own source; the article's label
    # keeps another, see docs/articles.md 33ar), first sentence shortened
    text = ("ゼレンスキー大統領は12日、捕虜とした北朝鮮兵を同国に引き渡す用意があると語った。\n"
            "ウクライナは前日、ロシア西部クルスク州で負傷兵2人を捕虜にしたと発表。")
    assert _read(text, "ja") == [["2人", "captured", UA, 2.0]]
    # round_16b ja (devset form) "ロシア国防省は14日、…と発表。" and the written near miss: the
    # full verb was read so before
    assert _read("ゼレンスキー大統領は12日、北朝鮮兵を引き渡す用意があると語った。\n"
                 "ウクライナは前日、北朝鮮兵2人を捕虜にしたと発表した。", "ja") == [
        ["2人", "captured", UA, 2.0]]


def test_three_governments_listed_are_one_joint_claim():
    # round_16zz37 ja-16zz37-afpbb-pow-2-10000 (label several governments jointly; the reader
    # carried Zelensky's name from before)
    text = ("ゼレンスキー氏は、「ウクライナは彼の兵士を引き渡す用意がある」と"
            "X(旧ツイッター)に投稿。\n"
            "ウクライナと米国、韓国は、北朝鮮がロシア軍の援軍として1万人以上の兵士を派遣したと"
            "非難している。ロシアと北朝鮮は共にこれを認めていない。")
    assert _read(text, "ja") == [["1万人以上", "deployed", JOINT, 10000.0]]
    # (written) the Korean form
    assert _read("젤렌스키 대통령은 북한군 포로를 넘길 용의가 있다고 말했다. "
                 "우크라이나와 미국, 한국은 북한이 러시아에 1만명 이상의 병력을 "
                 "파병했다고 비난하고 있다.", "ko")[-1] == [
        "1만명 이상", "deployed", JOINT, 10000.0]
    # near miss: one country speaking stays its government
    assert _read("젤렌스키 대통령은 북한군 포로를 넘길 용의가 있다고 말했다. 우크라이나는 북한이 "
                 "러시아에 1만명 이상의 병력을 파병했다고 비난하고 있다.", "ko")[-1] == [
        "1만명 이상", "deployed", UA, 10000.0]


def test_the_side_holding_a_place_is_no_source():
    # round_16zz38 fr-16zz38-watson-12000-leviev (label Unattributed; the reader gave Ukraine's
    # special forces, the occupiers of Kursk)
    text = ("Les quelque 12 000 hommes nord-coréens s'apprêtent donc à être transportés par avion "
            "militaire vers la région de Koursk, toujours occupée par les forces spéciales "
            "ukrainiennes.")
    assert _read(text, "fr") == [["quelque 12 000", "deployed", NOBODY, 12000.0]]
    # (written) the same in en, es, de
    assert _read("About 12,000 North Korean troops are being flown to the Kursk region, still "
                 "occupied by Ukrainian special forces.", "en")[0][2] == NOBODY
    assert _read("Unos 12.000 soldados norcoreanos serán trasladados a la región de Kursk, ocupada "
                 "por las fuerzas especiales ucranianas.", "es")[0][2] == NOBODY
    assert _read("Rund 12.000 nordkoreanische Soldaten sollen in die Region Kursk gebracht werden, "
                 "die von ukrainischen Spezialkräften besetzt ist.", "de")[0][2] == NOBODY
    # near miss: the same forces as the source
    assert _read("Selon les forces spéciales ukrainiennes, quelque 12 000 hommes nord-coréens "
                 "sont dans la région de Koursk.", "fr")[0][2] != NOBODY


def test_workers_counted_for_another_destination_are_no_workers_sent_to_russia():
    # round_16zz37 de-16zz37-globalstimme-dailynk-24200 (negatives "Emirate mit 800", "Libyen mit
    # 600", "Iran mit 130"; the reader gave three workers_sent)
    # (the first sentence's 28,000 abroad, most of them to Russia, stays as 25at keeps it)
    text = ("Nordkorea bereitet sich darauf vor, bis zu 28.000 zusätzliche Arbeiter ins Ausland "
            "zu entsenden, wobei der Großteil dieser Arbeitskräfte nach Russland geschickt werden "
            "soll. Die aktuelle Entsendung wird Arbeiter in mehr als 10 Länder schicken, wobei "
            "Russland mit 24.200 Arbeitern den größten Anteil erhält. Weitere Empfängerländer sind "
            "China mit 1.500, Südostasien mit 700, Katar und die Vereinigten Arabischen Emirate "
            "mit 800, Libyen mit 600 und Iran mit 130 Arbeitern.")
    assert _read(text, "de") == [["bis zu 28.000", "workers_sent", NOBODY, 28000.0],
                                 ["24.200", "workers_sent", NOBODY, 24200.0]]
    # https://www.sankei.com/article/20170911-HIIFGVC725JDHJG4R3PGPG7OAI/ (the UAE's workers)
    assert _read("APによると、北朝鮮の労働者約1500人が働いているアラブ首長国連邦(UAE)では、"
                 "軍事基地の拡大事業に従事している者さえいるという。", "ja") == []
    # near miss: https://www.scmp.com/news/china/diplomacy/article/3047329/china-fails-send-north-korean-workers-home-despite-united
    # (Russia named in the sentence: the count stays, as 25at's "most of them in Russia")
    text = ("US estimates Pyongyang was earning more than US$500 million a year from nearly "
            "100,000 workers abroad, of which about 50,000 were in China and 30,000 in Russia.")
    assert [r[:2] for r in _read(text, "en")] == [["from nearly 100,000", "workers_sent"]]


def test_a_force_counted_with_north_koreans_among_it_is_a_mixed_unit():
    # round_16zz38 fr-16zz38-francetvinfo-zelensky-11000-us-10000 (negative "50 000 soldats,
    # dont")
    text = ("Selon les Etats-Unis et l'Ukraine, 50 000 soldats, dont plus de 10 000 venus de Corée "
            "du Nord, ont été mobilisés par Moscou dans cette zone proche de la frontière "
            "ukrainienne.")
    assert _read(text, "fr") == []
    # round_16zz36 en-16zz36-dagens-50000-10000 (negative "50,000 troops")
    text = ("Russia has amassed 50,000 troops, including North Korean soldiers, in preparation for "
            "a large-scale offensive to reclaim territory in the Kursk region from Ukrainian "
            "forces.")
    assert _read(text, "en") == []
    # https://menafn.com/1108870469/Russia-Amasses-50K-Forces-Including-North-Koreans-For-Counteroffensive-In-Kursk-Region-Media
    assert _read("The Russian military has deployed 50,000 troops, including North Korean "
                 "soldiers, in Kursk region as it prepares to launch a counteroffensive in the "
                 "area.", "en") == []
    # relayed_sentences de-unionesarda-hur-to-interfax (negative "Mehr als 20"; the part stays)
    text = ("Mehr als 20 Soldaten, darunter sechs nordkoreanische Offiziere, wurden bei einem "
            "Raketenangriff im russisch besetzten Donezk getötet.")
    assert [r[:2] for r in _read(text, "de")] == [["sechs", "killed"]]
    # near misses: the North Korean part keeps its count
    # (https://straightarrownews-preprod.go-vip.net/cc/10000-north-korean-troops-join-russia-near-ukraine-border/?demo_mode=0)
    text = ("Russia has amassed a force of 50,000 troops, including 10,000 North Korean soldiers, "
            "near the Kursk region in preparation for a new assault to retake Ukrainian-held "
            "territory, according to U.S. and Ukrainian officials.")
    assert _read(text, "en") == [["10,000", "deployed", JOINT, 10000.0]]
    # (written) a North Korean force with a North Korean part stays North Korea's
    assert _read("Ukraine says 12,000 North Korean soldiers, including North Korean special "
                 "forces, are in Russia.", "en") == [["12,000", "deployed", UA, 12000.0]]
    # round_16zy6 es-16zy6-dayfr-austin-10000-kursk
    text = ("Kiev advirtió que Rusia había reunido unos 50.000 soldados, entre ellos varios miles "
            "de soldados norcoreanos, para recuperar el control de zonas de la región de Kursk "
            "ocupadas por el ejército ucraniano que lanzó allí una ofensiva a principios de "
            "agosto.")
    assert [r[:2] for r in _read(text, "es")] == [["varios miles", "deployed"]]


def test_civilians_before_their_number_and_a_designations_second_number():
    # round_16zz37 ja-16zz37-bunshun-kn23-40-shells (negatives "24人", "100人以上", "KN23と24";
    # the missiles fired, "20発以上", are a negative the sets split on and the reader keeps)
    text = ("ウクライナ保安局は2月22日、ホームページで、ロシアが北朝鮮から入手した弾道ミサイル"
            "「火星11」(KN23/24)20発以上をウクライナに向けて発射したと明らかにした。昨年12月末以降、南部ザポリー"
            "ジャ州や首都キーウ、東部ドネツク州やハルキウ州への攻撃で、少なくとも民間の24人が死亡し、"
            "100人以上が負傷したという。\n"
            "米韓関係筋によれば、ロシア極東地域のドゥナイ、ボストーチヌイ両港と北朝鮮北東部の羅津港とを"
            "ロシア貨物船が往復し、北朝鮮製の砲弾や短距離弾道ミサイル、移動発射台などをせっせとロシアに"
            "運んでいる。弾道ミサイルは短距離のKN23と24で、計40発前後にのぼるとみられる。")
    assert [r[:2] for r in _read(text, "ja")] == [["20発以上", "materiel_sent"],
                                                  ["40発前後", "materiel_sent"]]
    # near miss (written): North Korean soldiers dead in the same words stay
    assert [r[:2] for r in _read("ウクライナ軍によると、北朝鮮兵24人が死亡した。", "ja")] == [
        ["24人", "killed"]]


def test_a_name_after_an_attribution_word_and_an_auxiliary_is_that_verbs_subject():
    # round_16zz37 de-16zz37-thequickflash-kerl-14000-6000-4000 (label UK Defence Intelligence,
    # carried by "Demnach"; the reader gave North Korea, the recruiter), first sentence shortened
    text = ("Bislang waren 14.000 nordkoreanische Soldaten in Kursk eingesetzt; der britische "
            "Geheimdienst schätzt, dass 6000 dieser Soldaten gefallen sind oder verwundet wurden. "
            "Demnach hat Machthaber Kim Jong-un bereits mit der Rekrutierung von Soldaten für den "
            "Einsatz in Russland begonnen: Es soll sich um eine Truppe von 4000 Mann handeln, die "
            "im Juli oder August verlegt wird.")
    assert _read(text, "de", "2025-06-28")[-1][2] == UK
    # near miss: the leader who says it stays the source
    assert _read("Nordkoreas Machthaber Kim Jong-un sagte, 4000 Soldaten seien im Juli verlegt "
                 "worden.", "de", "2025-06-28") == [["4000", "deployed", NK, 4000.0]]
