"""News outlets named by grammar, in eight languages (session of 2026-12-06, nineteenth; 19nm).

The reader knew outlets by a list of names. Outlets name other outlets by a media noun before
or after the name ("the British newspaper The Times", "das US-Medium NK News", "le journal
britannique The Times", "газета «Чосон Ильбо»", "영국 일간 더타임스는",
"英デイリー・スター紙"), by a newsroom's reporting verb taking the name ("rapporte le « Wall
Street Journal »", "informó El País.", "повідомляє Daily Star") and by a back-reference to
the outlet just named ("according to the newspaper", "laut der Zeitung", "selon la
publication", "según el diario", "이 매체는", "同誌によると"): ``ARTICLES["outlet_grammar"]``
and the carry anaphors of kind ``outlet`` (``articles/outlets.py``). North Korea's leader who
only sends beside an outlet leaves the figure to the outlet ("Kim Jong-un hat … geschickt,
wie das WSJ berichtet"; ``rules.speakers``).

Near misses keep their readings: a government body as the subject of the same verbs, an agency
relaying a named source ("Yonhap, citing the NIS" → the NIS), an official interviewed by a
channel, North Korea's state media, Russia's media, an official's publication.
"""

from __future__ import annotations

import pytest
from articles_devset import figure_rows

MEDIA = "News media (own reporting)"

# (language, form: noun / verb / back, text, rows); every row read Unattributed before 19nm,
# except those marked in docs/articles.md (19nm)
GRID = [
    ('en', 'noun',
     'North Korea has sent about 3 million shells to Russia, the British newspaper The '
     'Times reported.',
     [('about 3 million', 'materiel_sent', MEDIA)]),
    ('en', 'noun',
     'According to the British tabloid Daily Star, North Korea could send up to '
     '100,000 soldiers to Russia.',
     [('up to 100,000', 'deployed', MEDIA)]),
    ('en', 'verb',
     'Kim Jong Un has sent more than 15,000 North Korean workers to Russia, as the '
     'Wall Street Journal reported.',
     [('more than 15,000', 'workers_sent', MEDIA)]),
    ('en', 'verb',
     'Two North Korean soldiers were captured in Kursk, the US outlet NK News reported.',
     [('Two', 'captured', MEDIA)]),
    ('en', 'back',
     'The Times published an investigation on Monday. According to the newspaper, '
     'North Korea has sent about 3 million shells to Russia.',
     [('about 3 million', 'materiel_sent', MEDIA)]),
    ('de', 'verb',
     'Kim Jong-un hat über 15.000 Arbeiter nach Russland geschickt, wie das “Wall '
     'Street Journal“ berichtet.',
     [('über 15.000', 'workers_sent', MEDIA)]),
    ('de', 'noun',
     'Nordkorea hat rund 3 Millionen Granaten an Russland geliefert, berichtet die '
     'britische Zeitung The Times.',
     [('rund 3 Millionen', 'materiel_sent', MEDIA)]),
    ('de', 'noun',
     'Wie das auf Nordkorea spezialisierte US-Medium NK News berichtete, wurden zwei '
     'nordkoreanische Soldaten gefangen genommen.',
     [('zwei', 'captured', MEDIA)]),
    ('de', 'noun',
     'Laut der britischen Boulevardzeitung „Daily Star“ könnte Nordkorea bis zu '
     '100.000 Soldaten nach Russland schicken.',
     [('bis zu 100.000', 'deployed', MEDIA)]),
    ('de', 'back',
     'Die Zeitung „Daily Star“ berichtete am Montag über die Pläne. Laut der Zeitung '
     'könnte Nordkorea bis zu 100.000 Soldaten nach Russland schicken.',
     [('bis zu 100.000', 'deployed', MEDIA)]),
    ('fr', 'noun',
     "La Corée du Nord a transféré environ 3 millions d'obus à la Russie, rapporte le "
     "journal britannique The Times.",
     [('environ 3 millions', 'materiel_sent', MEDIA)]),
    ('fr', 'noun',
     "Selon le tabloïd britannique Daily Star, la Corée du Nord pourrait envoyer "
     "jusqu'à 100 000 soldats en Russie.",
     [("jusqu'à 100 000", 'deployed', MEDIA)]),
    ('fr', 'verb',
     'Kim Jong-un a envoyé plus de 15 000 ouvriers en Russie, rapporte le « Wall Street Journal ».',
     [('plus de 15 000', 'workers_sent', MEDIA)]),
    ('fr', 'verb',
     'Deux soldats nord-coréens ont été capturés, rapporte le site NK News.',
     [('Deux', 'captured', MEDIA)]),
    ('fr', 'back',
     "Le journal The Times a publié une enquête lundi. Selon la publication, la Corée "
     "du Nord a transféré environ 3 millions d'obus à la Russie.",
     [('environ 3 millions', 'materiel_sent', MEDIA)]),
    ('es', 'noun',
     'Corea del Norte ha enviado unos 3 millones de proyectiles a Rusia, informó el '
     'diario británico The Times.',
     [('unos 3 millones', 'materiel_sent', MEDIA)]),
    ('es', 'noun',
     'Según el tabloide británico Daily Star, Corea del Norte podría enviar hasta '
     '100.000 soldados a Rusia.',
     [('hasta 100.000', 'deployed', MEDIA)]),
    ('es', 'verb',
     "Kim Jong-un ha enviado más de 15.000 trabajadores a Rusia, informa el 'Wall Street Journal'.",
     [('más de 15.000', 'workers_sent', MEDIA)]),
    ('es', 'verb',
     'Dos soldados norcoreanos fueron capturados, informó el portal NK News.',
     [('Dos', 'captured', MEDIA)]),
    ('es', 'back',
     'El diario The Times publicó una investigación el lunes. Según el diario, Corea '
     'del Norte ha enviado unos 3 millones de proyectiles a Rusia.',
     [('unos 3 millones', 'materiel_sent', MEDIA)]),
    ('ru', 'noun',
     'Южнокорейская газета «Чосон Ильбо» сообщила, что два северокорейских солдата попали в плен.',
     [('два', 'captured', MEDIA)]),
    ('ru', 'noun',
     'КНДР поставила России около 3 миллионов снарядов, сообщает британская газета The Times.',
     [('около 3 миллионов', 'materiel_sent', MEDIA)]),
    ('ru', 'verb',
     'КНДР может отправить в Россию до 100 тысяч военных, сообщает Daily Star.',
     [('до 100 тысяч', 'deployed', MEDIA)]),
    ('ru', 'verb',
     'Ким Чен Ын отправил в Россию более 15 тысяч рабочих, пишет «Уолл-стрит джорнэл».',
     [('более 15 тысяч', 'workers_sent', MEDIA)]),
    ('ru', 'back',
     'Об этом сообщает Daily Star. По данным издания, КНДР может отправить в Россию до '
     '100 тысяч военных.',
     [('до 100 тысяч', 'deployed', MEDIA)]),
    ('uk', 'noun',
     'Південнокорейська газета «Чосон Ільбо» повідомила, що двоє північнокорейських '
     'солдатів потрапили в полон.',
     [('двоє', 'captured', MEDIA)]),
    ('uk', 'noun',
     'КНДР поставила Росії близько 3 мільйонів снарядів, повідомляє британська газета The Times.',
     [('близько 3 мільйонів', 'materiel_sent', MEDIA)]),
    ('uk', 'verb',
     'КНДР може відправити до Росії до 100 тисяч військових, повідомляє Daily Star.',
     [('до 100 тисяч', 'deployed', MEDIA)]),
    ('uk', 'back',
     'Про це повідомляє Daily Star. За даними видання, КНДР може відправити до Росії '
     'до 100 тисяч військових.',
     [('до 100 тисяч', 'deployed', MEDIA)]),
    ('ko', 'noun',
     '영국 일간 더타임스는 북한이 러시아에 포탄 약 300만 발을 보냈다고 보도했다.',
     [('약 300만 발', 'materiel_sent', MEDIA)]),
    ('ko', 'noun',
     '미국의 북한 전문 매체 NK뉴스는 북한군 2명이 포로로 잡혔다고 보도했다.',
     [('2명', 'captured', MEDIA)]),
    ('ko', 'verb',
     '영국 데일리스타 보도에 따르면 북한은 최대 10만 명의 병력을 러시아에 보낼 수 있다.',
     [('최대 10만 명', 'deployed', MEDIA)]),
    ('ko', 'back',
     '영국 데일리스타가 북한의 파병 계획을 보도했다. '
     '이 매체는 북한이 최대 10만 명의 병력을 러시아에 보낼 수 있다고 전했다.',
     [('최대 10만 명', 'deployed', MEDIA)]),
    ('ja', 'noun',
     '英紙タイムズによると、北朝鮮はロシアに約300万発の砲弾を送った。',
     [('約300万発', 'materiel_sent', MEDIA)]),
    ('ja', 'noun',
     '英デイリー・スター紙は、北朝鮮が最大10万人の兵士をロシアに派遣する可能性があると報じた。',
     [('最大10万人', 'deployed', MEDIA)]),
    ('ja', 'verb',
     '米紙ウォール・ストリート・ジャーナルは、北朝鮮が1万5000人以上の労働者をロシアに送ったと報じた。',
     [('1万5000人以上', 'workers_sent', MEDIA)]),
    ('ja', 'back',
     '英デイリー・スター紙が北朝鮮の派兵計画を報じた。同紙によると、北朝鮮は最大10万人の兵士をロシアに派遣する可能性がある。',
     [('最大10万人', 'deployed', MEDIA)]),
]

# (language, text, rows): the same before and after 19nm
NEAR = [
    ('en', 'Kim Jong Un said he had sent 15,000 North Korean workers to Russia, the Wall '
           'Street Journal reported.',
     [('15,000', 'workers_sent', 'North Korea (state media and leadership)')]),
    ('en', 'North Korea has sent about 11,000 troops to Russia, as the NIS reported.',
     [('about 11,000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('en', 'North Korea has sent about 11,000 troops to Russia, Yonhap reported, citing the NIS.',
     [('about 11,000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('en', 'About 3,000 North Korean soldiers have been killed or wounded, Zelensky told the '
           'broadcaster CNN.',
     [('About 3,000', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('en', "North Korea's state newspaper Rodong Sinmun said 101 soldiers were killed in Kursk.",
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('de', 'Nordkorea hat rund 11.000 Soldaten nach Russland geschickt, wie der '
           'südkoreanische Geheimdienst NIS berichtete.',
     [('rund 11.000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('de', 'Nordkorea hat rund 11.000 Soldaten nach Russland geschickt, berichtete die '
           'Nachrichtenagentur Yonhap unter Berufung auf den NIS.',
     [('rund 11.000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('de', 'Rund 3.000 nordkoreanische Soldaten seien getötet oder verwundet worden, sagte '
           'Selenskyj dem Sender CNN.',
     [('Rund 3.000', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('de', 'Die nordkoreanische Staatszeitung Rodong Sinmun meldete 101 getötete Soldaten.',
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('fr', 'La Corée du Nord a envoyé environ 11 000 soldats en Russie, a rapporté le NIS.',
     [('environ 11 000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('fr', "La Corée du Nord a envoyé environ 11 000 soldats en Russie, rapporte l'agence "
           "Yonhap, citant le NIS.",
     [('environ 11 000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('fr', 'Environ 3 000 soldats nord-coréens ont été tués ou blessés, a déclaré Zelensky à '
           'la chaîne CNN.',
     [('Environ 3 000', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('fr', "Le journal d'État nord-coréen Rodong Sinmun a annoncé que 101 soldats avaient "
           "été tués.",
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('es', 'Corea del Norte ha enviado unos 11.000 soldados a Rusia, informó el NIS.',
     [('unos 11.000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('es', 'Corea del Norte ha enviado unos 11.000 soldados a Rusia, informó la agencia '
           'Yonhap citando al NIS.',
     [('unos 11.000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('es', 'Unos 3.000 soldados norcoreanos han muerto o resultado heridos, dijo Zelenski a '
           'la cadena CNN.',
     [('Unos 3.000', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('es', 'El diario estatal norcoreano Rodong Sinmun informó de que 101 soldados murieron.',
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('ru', 'КНДР отправила в Россию около 11 тысяч военных, сообщает Рёнхап со ссылкой на NIS.',
     [('около 11 тысяч', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ru', 'КНДР отправила в Россию около 11 тысяч военных, сообщила южнокорейская разведка.',
     [('около 11 тысяч', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ru', 'Около 3 тысяч северокорейских военных убиты или ранены, заявил Зеленский в '
           'интервью телеканалу CNN.',
     [('Около 3 тысяч', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('ru', 'Северокорейская газета «Нодон синмун» сообщила, что 101 военный погиб.',
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('uk', 'КНДР відправила до Росії близько 11 тисяч військових, повідомляє Йонхап з '
           'посиланням на NIS.',
     [('близько 11 тисяч', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('uk', 'КНДР відправила до Росії близько 11 тисяч військових, повідомила '
           'південнокорейська розвідка.',
     [('близько 11 тисяч', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('uk', "Близько 3 тисяч північнокорейських військових убиті або поранені, заявив "
           "Зеленський в інтерв'ю телеканалу CNN.",
     [('Близько 3 тисяч', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('uk', 'Північнокорейська газета «Нодон синмун» повідомила, що 101 військовий загинув.',
     [('101', 'deployed', 'Unattributed')]),
    ('ko', '연합뉴스는 국정원을 인용해 북한군 1만1000명이 러시아에 파병됐다고 보도했다.',
     [('1만1000명', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ko', '국정원은 북한군 1만1000명이 러시아에 파병됐다고 밝혔다.',
     [('1만1000명', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ko', '젤렌스키 대통령은 CNN과의 인터뷰에서 북한군 3000명이 죽거나 다쳤다고 말했다.',
     [('3000명', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('ko', '북한 노동신문은 전사한 병사 101명의 초상화를 공개했다.',
     [('101명', 'killed', 'North Korea (state media and leadership)')]),
    ('ja', '聯合ニュースは国家情報院の話として、北朝鮮兵約1万1000人がロシアに派遣されたと報じた。',
     [('約1万1000人', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ja', '国家情報院は、北朝鮮兵約1万1000人がロシアに派遣されたと明らかにした。',
     [('約1万1000人', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ja', 'ゼレンスキー大統領はCNNのインタビューで、北朝鮮兵3000人が死傷したと述べた。',
     [('3000人', 'killed_or_wounded', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('ja', '北朝鮮の労働新聞は、戦死した兵士101人の肖像を公開した。',
     [('101人', 'killed', 'North Korea (state media and leadership)')]),
    ('en', 'Zelensky said in an interview with the newspaper Le Monde that 3,000 North '
           'Korean soldiers were killed.',
     [('3,000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('en', 'Some 3,000 North Korean soldiers were killed in daily Ukrainian drone strikes, '
           'Zelensky said.',
     [('Some 3,000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('en', 'North Korean state media reported that 101 soldiers were killed in Kursk.',
     [('101', 'killed', 'North Korea (state media and leadership)')]),
    ('en', 'North Korea has sent about 3 million shells to Russia, the newspaper The Times '
           'reported, citing British intelligence.',
     [('about 3 million', 'materiel_sent', 'UK Ministry of Defence (Defence Intelligence)')]),
    ('en', "Around 11,000 North Korean troops were sent to Russia, Ukraine's defence "
           "ministry said in a publication on Telegram.",
     [('Around 11,000', 'deployed', 'Ukraine Ministry of Defence')]),
    ('de', 'Selenskyj sagte im Interview mit der Zeitung „Bild“, rund 3.000 nordkoreanische '
           'Soldaten seien getötet worden.',
     [('rund 3.000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('de', 'Rund 3.000 nordkoreanische Soldaten wurden getötet, sagte Selenskyj der Zeitung Bild.',
     [('Rund 3.000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('de', 'Nordkorea hat rund 3 Millionen Granaten geliefert, berichtete die Zeitung The '
           'Times unter Berufung auf den britischen Geheimdienst.',
     [('rund 3 Millionen', 'materiel_sent', 'UK Ministry of Defence (Defence Intelligence)')]),
    ('fr', 'Zelensky a déclaré au journal Le Parisien que 3 000 soldats nord-coréens ont été tués.',
     [('3 000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('fr', "Environ 3 000 soldats nord-coréens ont été tués, selon les médias d'État nord-coréens.",
     [('Environ 3 000', 'killed', 'North Korea (state media and leadership)')]),
    ('fr', 'La Corée du Nord a envoyé environ 11 000 soldats en Russie, rapporte Le Monde, '
           'citant le NIS.',
     [('environ 11 000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('es', 'Zelenski dijo al diario El País que unos 3.000 soldados norcoreanos han muerto.',
     [('unos 3.000', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('es', 'Corea del Norte ha enviado unos 11.000 soldados a Rusia, informó El País citando '
           'al NIS.',
     [('unos 11.000', 'deployed', 'South Korea National Intelligence Service (NIS)')]),
    ('ru', 'Зеленский в интервью газете «Коммерсант» заявил, что около 3 тысяч '
           'северокорейских военных погибли.',
     [('около 3 тысяч', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('ru', 'КНДР передала России около 3 миллионов снарядов, сообщает Южная Корея.',
     [('около 3 миллионов', 'materiel_sent', 'South Korea government')]),
    ('ru', 'КНДР отправила в Россию около 11 тысяч военных, сообщает издание The Times со '
           'ссылкой на британскую разведку.',
     [('около 11 тысяч', 'deployed', 'UK Ministry of Defence (Defence Intelligence)')]),
    ('uk', "Зеленський в інтерв'ю газеті «Більд» заявив, що близько 3 тисяч "
           "північнокорейських військових загинули.",
     [('близько 3 тисяч', 'killed', 'Volodymyr Zelensky (President of Ukraine)')]),
    ('uk', 'КНДР передала Росії понад 1,5 млн снарядів, повідомила українська розвідка.',
     [('понад 1,5 млн', 'materiel_sent', 'Ukraine Defence Intelligence (HUR)')]),
    ('ko', '북한 관영 조선중앙통신은 전사한 병사 101명의 초상화를 공개했다고 보도했다.',
     [('101명', 'killed', 'North Korea (state media and leadership)')]),
    ('ko', '러시아 매체 보도에 따르면 북한군 1만1000명이 러시아에 파병됐다.',
     [('1만1000명', 'deployed', 'Russian media')]),
    ('ja', '北朝鮮国営の朝鮮中央通信は、戦死した兵士101人の肖像を公開した。',
     [('101人', 'killed', 'North Korea (state media and leadership)')]),
    ('ja', 'ロシア紙コメルサントによると、北朝鮮兵約1万1000人がロシアに派遣された。',
     [('約1万1000人', 'deployed', 'Unattributed')]),
]


@pytest.mark.parametrize(("lang", "form", "text", "rows"), GRID)
def test_an_outlet_named_by_grammar_is_the_news_media(lang, form, text, rows):
    assert figure_rows(text, lang) == rows


@pytest.mark.parametrize(("lang", "text", "rows"), NEAR)
def test_near_misses_keep_their_source(lang, text, rows):
    assert figure_rows(text, lang) == rows
