# ruff: noqa: E501 (the sentences are data, as written)
"""Numbers that are no figure of the story: an anniversary's number, money told with a scale
after a vague number, and the size of each batch of a sending (session 22, the lead's 22lb).

Found among the false positives of the session's fresh article rounds 16zy11 and 16zz11 once
they had been scored (so these rules are not measured by them): "del 75 aniversario del Partido
de los Trabajadores" read as workers sent, "数十億ドル相当のミサイル" as materiel, "партиями по
1500–3000 человек" as a deployment. Each is a class in every language where it occurs:

- an anniversary: the number before "anniversary" (en), "Jahrestag" / "Jubiläum" (de),
  "anniversaire" (fr), "aniversario" (es), "-летие" / "годовщина" (ru), "-річчя" / "річниця"
  (uk), "주년" (ko), "周年" (ja) is an ordinal of a date, no count;
- money with a scale after a vague number ("数十億ドル", "수십억 달러"): the scale and the
  currency follow the vague number in ko and ja; a number followed by them is an amount;
- the size of each batch ("in batches of", "par groupes de", "en grupos de", "in Gruppen von
  je", "партиями по", "партіями по"): a group's size, no count of the sending. A batch told in
  the singular ("in a first batch", "another batch of around 1,500", "першої партії, близько
  1200") is a sending and stays. Brigades of a size ("двох бригад по шість тисяч") are left as
  the labels read them (round 16zz labels the brigade's size; its test keeps it).

Every sentence is real reporting from the stored pages, with its address; the expected figures
are written by hand. The near misses read the same before and after.
"""

from __future__ import annotations

from article_sets import assert_figures_read
from figure_sets import case_test

CASES = [
    # https://www.lanacion.com.ar/agencias/corea-del-norte-dice-que-realizo-un-desfile-militar-con-invitados-de-alto-nivel-nid10102025/
    ("es", "Corea del Norte realizó un desfile militar para conmemorar el 80 aniversario de su "
           "gobernante Partido de los Trabajadores, al que asistieron invitados extranjeros de alto "
           "nivel, informó el sábado la prensa estatal. El evento se produjo en un momento en que el "
           "líder norcoreano, Kim Jong Un, se ha visto fortalecido por el apoyo crucial de Rusia, "
           "luego de enviar a miles de soldados a luchar junto a Moscú en la guerra contra Ucrania.",
     [("miles", "deployed")]),
    # https://news.livedoor.com/article/detail/29764113/ (with a sending added after it)
    ("ja", "北朝鮮の平壌で10月10日夜、朝鮮労働党創立80周年を記念する閲兵式が盛大に行われた。"
           "北朝鮮はロシアに1万1000人を派遣した。",
     [("1万1000人", "deployed")]),
    # https://www.donga.com/jp/article/all/20251011/5894509/1 (full-width digits)
    ("ja", "北朝鮮は１０日午後、朝鮮労働党創建８０周年を記念して大規模な軍事パレードを行った。",
     []),
    # https://www.kangnamtimes.com/ja/report/article/535302/amp/?noamp=mobile
    ("ja", "北朝鮮がロシアに数十億ドル規模の支援を行ったにもかかわらず、ロシアからの見返りはごく一部に"
           "とどまっているとの分析が示された。北朝鮮は数百万発の砲弾、数百台のロケット発射機や砲兵装備、"
           "さらに1万5,000人の兵力まで送ったにもかかわらず、ロシアからの支援は北朝鮮経済にほとんど"
           "寄与していないとされる。",
     [("数百万発", "materiel_sent"), ("数百", "materiel_sent"),
      ("さらに1万5,000人", "additional_deployed")]),
    # https://www.g-enews.com/article/Global-Biz/2025/09/202509200600583704fbbec65dfb_1
    ("ko", "김정은 북한 국무위원장과 블라디미르 푸틴 러시아 대통령이 2025년 9월 3일 중국 베이징에서 열린 "
           "제2차 세계대전 종전 80주년 기념 열병식에 참석해 시진핑 중국 국가주석과 함께 걷고 있다. "
           "북한은 2023년 이후 러시아에 최소 56억 달러에서 최대 98억 달러 규모의 무기와 약 15000명의 "
           "병력을 보냈다.",
     [("약 15000명", "deployed")]),
    # near misses: a batch in the singular is a sending
    # https://www.spotlightnepal.com/2024/10/23/north-korea-troops-expected-arrive-russias-kursk-region-ukraine/
    ("en", "South Korea's National Intelligence Service told a parliamentary committee on Wednesday "
           "that North Korea is believed to have sent another batch of around 1,500 soldiers to "
           "Russia following its dispatch of about the same number of troops earlier this month.",
     [("around 1,500", "additional_deployed")]),
    # https://tsn.ua/ukrayina/pivnichna-koreia-perekynula-11-tysiach-viyskovykh-do-rosiyi-skibitskyy-2889602.html
    ("uk", "«Ми очікуємо на прибуття першої партії, близько 1200 військовослужбовців збройних сил "
           "Північної Кореї, саме в Курську область», — додав він.",
     [("близько 1200", "deployed")]),
]


test_no_figure_in_an_anniversary_an_amount_or_a_batch_size = case_test(CASES, assert_figures_read)


BATCHES = [
    ("en", "North Korea sent 11,000 troops to Russia. They were moved in batches of 1,500 to "
           "3,000 soldiers.", [("11,000", "deployed")]),
    ("fr", "La Corée du Nord a envoyé 11 000 soldats en Russie. Ils ont été acheminés par groupes "
           "de 1 500 soldats.", [("11 000", "deployed")]),
    ("es", "Corea del Norte envió 11.000 soldados a Rusia. Fueron trasladados en grupos de 1.500 "
           "soldados.", [("11.000", "deployed")]),
    ("ru", "КНДР отправила в Россию 11 тысяч военных. Переброска планировалась партиями по "
           "1500–3000 человек.", [("11 тысяч", "deployed")]),
    ("uk", "КНДР відправила до Росії 11 тисяч військових. Перекидання планувалося партіями по "
           "1500–3000 осіб.", [("11 тисяч", "deployed")]),
    ("ja", "北朝鮮はロシアへの派兵に加え、数十億ドル相当のミサイルと砲弾を露側に提供した。", []),
    ("ko", "북한은 러시아에 파병 외에도 수십억 달러 상당의 미사일과 포탄을 제공했다.", []),
]


test_the_batch_size_and_the_amount_are_dropped_in_every_language = case_test(
    BATCHES, assert_figures_read)
