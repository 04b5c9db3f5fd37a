# ruff: noqa: E501 (the sentences are data, as written)
"""False positives of the later rounds (session 25, 25at): weapons lost or destroyed, losses at
a daily rate, soldiers who fled or are wanted, and two Japanese forms.

Found among the false positives of the later rounds (16zy2-16zy13, 16zz2-16zz14), each a class
of every language where it occurs (``analysis.articles.lost`` and the language tables):

- *weapons lost, destroyed or knocked out* (``materiel_lost``, eight languages): "ロシア軍は
  戦争中、多連装ロケット砲400門以上を失い", "cinq obusiers « Koksan » ont été neutralisés par
  l'armée ukrainienne", "5문의 곡산 자주포가 우크라이나군의 공격에 파괴됐다": an army's losses,
  not what North Korea sent. A clause that also tells a sending keeps its count, and a verb of
  purpose ("missiles … launched into Ukraine to destroy civilian infrastructure") is no loss;
- *losses at a daily rate* (``losses_per_day``, after the number; in Korean and Japanese right
  before it): "92 hommes tués au combat par jour": a rate, as the labels list it. A rate word
  before a running total, a day as a time ("в день наступления") and "daily" as an adjective
  stay;
- *soldiers who fled or are wanted* (``excluded``): "18 Soldaten sind bereits geflohen",
  "three North Koreans are being sought": no metric counts them;
- *workers all over the world* (``worldwide``, eight languages): "北朝鮮が世界約40カ国に約10万人の
  労働者を派遣し", "enviar al extranjero unos 10 mil trabajadores": North Korea's workers
  everywhere, not those sent to Russia, unless the sentence names Russia;
- *a tactical group named by its number* (en ``unit_named``): "Tactical Group 84";
- Korean: a day with the local time after it and no "일" ("17(현지 시각)") is a date;
- Japanese: "兵" as the last character of a word of sending ("派兵から4カ月") is no soldier;
  an age as two neighbouring years ("12、3歳の子供たち") is no count.

Sentences with an address are real reporting from the stored pages; those marked "round" are
from the labelled rounds, as labelled there; "written" ones are our own.
"""

from __future__ import annotations

from article_sets import assert_figures_read
from figure_sets import case_test

LOST = [
    # round 16zz14 (yahoo.co.jp, GUR): multiple rocket launchers Russia lost
    ("ja", "ロシア軍は戦争中、多連装ロケット砲400門以上を失い、砲兵力の補強に努力してきた。", []),
    # round 16zy12 (world.kbs.co.kr, lang=f)
    ("fr", "A en croire « Defense Express », ces trente derniers jours, un total de cinq obusiers "
           "« Koksan » ont été neutralisés par l’armée ukrainienne, dont le dernier ce mardi dans "
           "la région de Donetsk.", []),
    # http://news21tongsin.co.kr/news/view.php?idx=261332&mcode=m55nac3
    ("ko", "디펜스 익스프레스는 “지난 25일에도 도네츠크 지역에서 곡산 자주포 한 문이 무력화됐다”면서 "
           "지난 한 달 사이에만 5문의 곡산 자주포가 우크라이나군의 공격에 파괴됐다고 전했다.", []),
    # https://m.tv.zum.com/news/play/1337628?tab=series
    ("ko", "(서울=연합뉴스) 이도연 기자 = 러시아와 전쟁 중인 우크라이나군이 쿠르스크 지역에서 북한제 "
           "자주포 3문을 타격해 파괴했다고 밝혔다.", []),
    # https://www.kangnamtimes.com/ja/report/article/554289 (the type's "63" is read apart, as before)
    ("ja", "10日(現地時間)、ウクライナの軍事専門メディア「ディフェンス・エクスプレス」は、北朝鮮製の"
           "「63式」107ミリ多連装ロケット砲2基が、ウクライナ軍のドローン攻撃で破壊されたと報じた。",
     [("63", "deployed")]),
    # near misses, real: what North Korea sent stays
    # https://squidsite02.com/2025/02/19/ukrainian-forces-knock-out
    ("en", "North Korea’s military aid to Russia has included about 200 long-range artillery "
           "pieces and a significant amount of ammunition, South Korea’s defence ministry told a "
           "parliament committee last week.", [("about 200", "materiel_sent")]),
    # https://newsweekjapan.jp/headlines/world/2025/02/537982.php
    ("ja", "韓国国防省は先週、国会の委員会で、北朝鮮によるロシアへの軍事援助には長距離砲約200門と大量の"
           "弾薬が含まれたと指摘した。", [("約200門", "materiel_sent")]),
    # https://dailywrap.net/de-ch/nordkoreanische-artillerie-zeigt-russlands-schwachen-in-der-ukraine,7146453062196192a
    ("de", "Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes, enthüllte Anfang des "
           "Jahres, dass Russland bereits etwa 120 Koksan-Geschütze aus Nordkorea erhalten hat.",
     [("etwa 120", "materiel_sent")]),
    # rounds 16ze and 16m: a verb of purpose, no loss
    ("en", "At least one hundred North Korean ballist missiles have been used to destroy the "
           "Ukrainian civil infrastructure in populated areas, the report outlines.",
     [("At least one hundred", "materiel_sent")]),
    # written: a sending in the clause of the loss keeps its count
    ("en", "North Korea has sent 100 Koksan howitzers to Russia to replace those destroyed.",
     [("100", "materiel_sent")]),
    ("ru", "КНДР передала России 100 гаубиц взамен уничтоженных.", [("100", "materiel_sent")]),
]

DAILY_LOSSES = [
    # round 16zy12 (nouvelles-dujour.com; the sentence's "12 000" left out, its metric is
    # another class)
    ("fr", "Avec 92 hommes tués au combat par jour en moyenne selon l’Institut pour l’étude de la "
           "guerre, des experts américains ont estimé jeudi que les soldats nord-coréens déployés "
           "par la Russie dans la région de Koursk risquaient tous de finir tués ou blessés.", []),
    # near miss, real: the toll the rate is drawn from stays
    # https://nouvelles-dujour.com/?p=142719
    ("fr", "Pour établir une moyenne de 92 soldats tombés par jour, l’ISW s’est basé sur les "
           "chiffres fournis par le président ukrainien Volodymyr Zelensky. En décembre, le chef "
           "de l’État ukrainien a indiqué que près de 3 000 soldats nord-coréens avaient été « tués "
           "ou blessés » sur place.", [("près de 3 000", "killed_or_wounded")]),
    # https://timeukraineisrael.com/en/news/war-en/isw-analysts-north-korean-contingent-in-kursk-region-could-be-destroyed-by-april
    ("en", "According to South Korea’s National Intelligence Service, since the North Korean "
           "forces began participating in major combat operations in December 2024, their losses "
           "have been about 92 people a day. By mid-January, 300 DPRK soldiers had been killed and "
           "another 2,700 wounded.", [("300", "killed"), ("another 2,700", "wounded")]),
    # https://somsatangv.xyz/index.php?document_srl=504881&listStyle=viewer&mid=news_foreign
    ("ko", "보고서에 따르면 12월 초부터 주요 전투 작전에 투입됐다는 가정하에 북한군은 지금까지 하루에 약 "
           "92명씩 죽거나 다치고 있다.", []),
    # near miss, real: a week's losses are a toll
    # https://www.donga.com (RFA relayed; a week, no day)
    ("ko", "러시아에 파병된 북한군이 무모한 인해전술을 펼치면서 지난주에만 1천 명이 넘는 사상자가 "
           "발생했다고 미국 백악관이 밝혔습니다.", [("1천 명", "killed_or_wounded")]),
    # near misses of earlier sessions (16cd, 16rv, 19nm; written): a day as a time, a rate word
    # before a running total, "daily" as an adjective
    ("ru", "По данным ISW, погибли 92 северокорейских солдата в день наступления под Курском.",
     [("92", "killed")]),
    ("en", "According to Kyiv, North Korean troops suffer heavy losses every day and have already "
           "lost 3,000 soldiers.", [("3,000", "killed_or_wounded")]),
    ("en", "Some 3,000 North Korean soldiers were killed in daily Ukrainian drone strikes, "
           "Zelensky said.", [("Some 3,000", "killed")]),
    # near miss, written: a day as a time, not a rate
    ("fr", "Le lendemain, un jour après l’attaque, 200 soldats nord-coréens ont été tués.",
     [("200", "killed")]),
]

FLED = [
    # round 16zy7 (lifelines): a headline
    ("de", "Russland rekrutiert Nordkoreaner - 18 Soldaten sind bereits geflohen", []),
    # round 16zz14 (bluewin): the captives stay, the wanted are no figure
    ("en", "The North Korean troops in Kursk are apparently suffering heavy losses, but only two "
           "soldiers have been captured: Find out how this happened and why three North Koreans "
           "are being sought here.", [("two", "captured")]),
    # https://www.pravda.com.ua/eng/news/2024/10/15/7479792/ (deserters, read since 16ce)
    ("en", "Another Ukrainian military source reportedly said 18 North Korean soldiers deserted "
           "their posts about seven kilometers from the Ukraine border, and that Russian forces "
           "are currently searching for them.", []),
    # near miss, real: captives who wish to defect stay counted
    # https://www.unian.net/world/plennye-kndr-severokoreycy-izyavili-zhelanie-poehat-v-yuzhnuyu-koreyu-13182852.html
    ("ru", "Двое солдат КНДР, которых взяли в плен во время боевых действий в Украине, заявили, "
           "что хотели бы дезертировать в Южную Корею.", [("Двое", "captured")]),
]

JAPANESE = [
    # round 16zz14 (trecome, Reuters): "派兵" is a word of sending, no soldier captured
    ("ja", "合同参謀本部は声明で「ロシア・ウクライナ戦争への派兵から4カ月が経過し、多数の犠牲者や捕虜が"
           "発生しており、(北朝鮮は)後続措置と増派の準備を急いでいる可能性がある」と表明。", []),
    # round 16zz10 (ameblo): an age, the children stay a noun
    ("ja", "この7月下旬から、ロシアの12、3歳の子供たちが大挙して北朝鮮の東部海岸の元山(ウォンサン)市"
           "にある「松濤園(ソンドウォン)国際児童キャンプ」に参加します。",
     [("児童", "hosted_children")]),
    # near misses, written: a soldier named alone, additional forces
    ("ja", "ウクライナ軍は北朝鮮兵を捕虜にしたと発表した。", [("北朝鮮兵", "captured")]),
    ("ja", "北朝鮮は追加兵力をロシアに派遣した。", [("追加兵力", "additional_deployed")]),
]

WORLDWIDE = [
    # round 16zz8 (bunshun): the UN panel's count of workers in forty countries
    ("ja", "国連の北朝鮮制裁委員会は3月、北朝鮮が世界約40カ国に約10万人の労働者を派遣し、年間で約7億5000万~"
           "11億ドル(約1130億~1650億円)を稼いでいると報告した。", []),
    # http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=31937&lang=s
    ("es", "Se ha dado a conocer que Corea del Norte planea enviar al extranjero unos 10 mil "
           "trabajadores, para aumentar sus reservas de divisas.", []),
    # near misses: Russia named in the sentence (written), workers in Russia (round 16zz11)
    ("en", "North Korea has sent 15,000 workers abroad, most of them to Russia, the NIS said.",
     [("15,000", "workers_sent")]),
    ("en", "South Korean officials estimate that as many as 15,000 North Korean laborers are "
           "already in Russia, despite UN sanctions.", [("as many as 15,000", "workers_sent")]),
]

UNIT = [
    # round 16zy8 (euromaidanpress)
    ("en", "Special Operations Forces’ Tactical Group 84 conducted the operation in Russia’s Kursk "
           "region, successfully extracting the wounded soldiers despite significant challenges.",
     []),
    # near miss, written: a group of a size stays a sending
    ("en", "North Korea sent a battle group of 3,000 troops to Kursk.", [("3,000", "deployed")]),
]

KOREAN_DATE = [
    # round 16zz5 (etnews)
    ("ko", "17(현지 시각) AP 통신은 러시아 국영 타스통신을 인용, 세르게이 쇼이구 러시아안보위원회의 서기가 북한 "
           "평양을 방문에 김정은 북한 국무위원장과 회담에서 북한군 파병을 논의했다고 보도했다.", []),
    # near miss, written: the usual date with "일" before a count
    ("ko", "국가정보원은 17일(현지시간) 북한군 1만1000명이 러시아에 파병됐다고 밝혔다.",
     [("1만1000명", "deployed")]),
]

test_a_korean_day_with_local_time = case_test(KOREAN_DATE, assert_figures_read)
test_workers_all_over_the_world = case_test(WORLDWIDE, assert_figures_read)
test_a_tactical_group_named_by_its_number = case_test(UNIT, assert_figures_read)
test_weapons_lost_or_destroyed = case_test(LOST, assert_figures_read)
test_losses_at_a_daily_rate = case_test(DAILY_LOSSES, assert_figures_read)
test_soldiers_who_fled_or_are_wanted = case_test(FLED, assert_figures_read)
test_japanese_compounds_and_ages = case_test(JAPANESE, assert_figures_read)
