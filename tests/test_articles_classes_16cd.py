"""Classes of the article reader's errors on rounds 16y and 16zb, ru, uk, ko, ja (helper 16cd).

Each class is a rule of the language or of news writing that an error of those rounds showed
(docs/articles.md, "Session of 2026-12-04 (eighth): classes of 16y/16zb, ru, uk, ko, ja (helper
16cd)"), written for every language of the eight where it applies and tested here on sentences
written for the test: a positive (the rule reads the sentence) and a negative (a sentence where
it must not fire) per class and language. A case gives the figures that must be read (figure
text → metric, and the claimant when it matters) and the numbers that must not be reported.

A. a shortage counted is no figure ("the region is short of 5,000 workers");
B. a rate with its noun between is no count ("92 солдати на день");
C. sources: "разведывательное агентство Южной Кореи" (C1), sharing information as saying it
   (C2), TASS and RIA Novosti as Russian media, not a wire's dateline (C3);
D. North Korea's own wounded treated in a hospital are wounded, not Russians treated in the North;
E. the base of a share takes the sending ("more than half of the roughly 11,000 … were killed");
F. photos and videos counted are no figure ("posted three photos of … soldiers");
G. a children's camp is no children ("детский лагерь", "Kinderferienlager"); pupils are children;
I. people who work there are workers, soldiers named at the number stay troops;
J. the active verbs of killing or wounding ("ВСУ ликвидировали или ранили несколько сотен");
K. "各地" (places around) is no "each" of a rate ("ロシア各地の建設現場に数千人の労働者");
L. a conclusion and where it is drawn says whose the figures before are ("Такий висновок
   міститься в звіті ISW").
"""

from __future__ import annotations

import pytest

from analysis.articles import extract_figures

PUBLISHED = "2025-09-02"
NIS = "South Korea National Intelligence Service (NIS)"
ISW = "Institute for the Study of War (ISW)"
RU_MEDIA = "Russian media"
BBC = "News media (own reporting)"

# (class, lang, text, {figure text: (metric, claimant or None)}, [figure texts not reported])
CASES = [
    # A. a shortage counted
    ("A+", "en", "North Korea sent 2,000 workers to Russia, the NIS said. According to the NIS, "
                 "the region's building industry is short of 5,000 workers.",
     {"2,000": ("workers_sent", NIS)}, ["5,000"]),
    ("A-", "en", "According to the NIS, North Korea sent 5,000 workers to make up for a "
                 "shortage of labour in Russia.", {"5,000": ("workers_sent", NIS)}, []),
    ("A+", "de", "Nordkorea schickte 2000 Arbeiter nach Russland, so der NIS. Laut NIS fehlen "
                 "der Bauindustrie der Region 5000 Arbeiter.", {"2000": ("workers_sent", NIS)},
     ["5000"]),
    ("A-", "de", "Laut NIS schickte Nordkorea 5000 Arbeiter gegen den Mangel an Arbeitskräften "
                 "in Russland.", {"5000": ("workers_sent", NIS)}, []),
    ("A+", "fr", "La Corée du Nord a envoyé 2000 ouvriers en Russie, selon le NIS. Selon le "
                 "NIS, il manque 5000 ouvriers au secteur du bâtiment de la région.",
     {"2000": ("workers_sent", NIS)}, ["5000"]),
    ("A-", "fr", "Selon le NIS, la Corée du Nord a envoyé 5000 ouvriers pour pallier le manque "
                 "de main-d'œuvre en Russie.", {"5000": ("workers_sent", NIS)}, []),
    ("A+", "es", "Corea del Norte envió 2.000 trabajadores a Rusia, según el NIS. Según el NIS, "
                 "faltan 5.000 trabajadores en la construcción de la región.",
     {"2.000": ("workers_sent", NIS)}, ["5.000"]),
    ("A-", "es", "Según el NIS, Corea del Norte envió 5.000 trabajadores para paliar la escasez "
                 "de mano de obra en Rusia.", {"5.000": ("workers_sent", NIS)}, []),
    ("A+", "ru", "КНДР отправила в Россию 2000 рабочих, сообщила разведка Южной Кореи. По данным "
                 "разведки Южной Кореи, в строительной отрасли региона не хватает 5000 рабочих.",
     {"2000": ("workers_sent", NIS)}, ["5000"]),
    ("A-", "ru", "По данным разведки Южной Кореи, КНДР отправила в Россию 5000 рабочих, чтобы "
                 "восполнить нехватку рабочей силы.", {"5000": ("workers_sent", NIS)}, []),
    ("A+", "uk", "КНДР відправила до Росії 2000 робітників, повідомила розвідка Південної Кореї. "
                 "За даними розвідки Південної Кореї, у будівельній галузі регіону бракує 5000 "
                 "робітників.", {"2000": ("workers_sent", NIS)}, ["5000"]),
    ("A-", "uk", "За даними розвідки Південної Кореї, КНДР відправила до Росії 5000 робітників, "
                 "щоб покрити дефіцит робочої сили.", {"5000": ("workers_sent", NIS)}, []),
    ("A+", "ko", "북한 노동자 2천 명 유치를 검토 중이라고 국정원이 밝혔다. 국정원에 따르면 현재 "
                 "지역 건설업계는 5천 명의 노동자가 부족한 것으로 파악되고 있다.",
     {"2천 명": ("workers_sent", NIS)}, ["5천 명"]),
    ("A-", "ko", "국정원에 따르면 북한은 러시아의 인력 부족을 메우기 위해 노동자 5천 명을 "
                 "파견했다.", {"5천 명": ("workers_sent", NIS)}, []),
    ("A+", "ja", "北朝鮮はロシアに労働者2000人を派遣したと国家情報院が明らかにした。国家情報院に"
                 "よると、地域の建設業界では5000人の労働者が不足している。",
     {"2000人": ("workers_sent", NIS)}, ["5000人"]),
    ("A-", "ja", "国家情報院によると、北朝鮮は労働力不足を補うため、ロシアに労働者5000人を派遣"
                 "した。", {"5000人": ("workers_sent", NIS)}, []),
    # B. a rate with its noun between (ru and uk; the other six read it already)
    ("B+", "ru", "В ISW подсчитали, что потери северокорейских войск составляют примерно 92 "
                 "солдата в день.", {}, ["примерно 92"]),
    ("B-", "ru", "По данным ISW, погибли 92 северокорейских солдата в день наступления под "
                 "Курском.", {"92": ("killed", ISW)}, []),
    ("B+", "uk", "Таким чином, в ISW підрахували, що втрати північнокорейських військ "
                 "становлять приблизно 92 солдати на день з моменту, коли вони почали брати "
                 "участь у боях.", {}, ["приблизно 92"]),
    ("B-", "uk", "За даними ISW, загинули 92 північнокорейські солдати на день наступу.",
     {"92": ("killed", ISW)}, []),
    ("B+", "en", "ISW estimated that North Korean losses amount to about 92 soldiers a day.",
     {}, ["about 92"]),
    ("B-", "en", "ISW said 92 North Korean soldiers were killed on the first day of the assault.",
     {"92": ("killed", ISW)}, []),
    ("B+", "de", "Laut ISW verlieren die nordkoreanischen Truppen etwa 92 Soldaten pro Tag.", {},
     ["etwa 92"]),
    ("B+", "fr", "Selon l'ISW, les pertes nord-coréennes s'élèvent à environ 92 soldats par "
                 "jour.", {}, ["environ 92"]),
    ("B+", "es", "Según el ISW, las bajas norcoreanas ascienden a unos 92 soldados al día.", {},
     ["unos 92"]),
    ("B+", "ko", "ISW는 북한군 사상자가 하루 평균 92명에 달한다고 분석했다.", {}, ["92명"]),
    ("B+", "ja", "ISWは、北朝鮮軍の死傷者が1日あたり約92人に上ると分析した。", {}, ["約92人"]),
    # C1. the intelligence agency by adjective and noun (ru, uk)
    ("C1+", "ru", "Примерно 2 тысячи северокорейских военных погибли, сообщило разведывательное "
                  "агентство Южной Кореи.", {"Примерно 2 тысячи": ("killed", NIS)}, []),
    ("C1+", "ru", "Примерно 2 тысячи северокорейских военных погибли, сообщило южнокорейское "
                  "разведывательное агентство.", {"Примерно 2 тысячи": ("killed", NIS)}, []),
    ("C1-", "ru", "Примерно 2 тысячи северокорейских военных погибли, сообщило "
                  "разведывательное агентство.", {"Примерно 2 тысячи": ("killed", "Unattributed")},
     []),
    ("C1+", "uk", "Приблизно 2 тисячі північнокорейських військових загинули, повідомило "
                  "південнокорейське розвідувальне агентство.",
     {"Приблизно 2 тисячі": ("killed", NIS)}, []),
    ("C1-", "uk", "Приблизно 2 тисячі північнокорейських військових загинули, повідомило "
                  "британське розвідувальне агентство.",
     {"Приблизно 2 тисячі": ("killed", "UK Ministry of Defence (Defence Intelligence)")}, []),
    # C2. sharing information is saying it: the next sentence goes on with its source
    ("C2+", "en", "The NIS also shared information that Pyongyang plans to send about 6,000 more "
                  "soldiers to Russia. About 1,000 engineers have already arrived in Russia.",
     {"About 1,000": (None, NIS)}, []),
    ("C2-", "en", "The NIS shared photos of North Korea sending 6,000 soldiers to Russia. About "
                  "1,000 engineers have already arrived in Russia.",
     {"About 1,000": (None, "Unattributed")}, []),
    ("C2+", "de", "Der NIS teilte zudem Informationen, wonach Pjöngjang weitere 6000 Soldaten "
                  "nach Russland schicken will. Rund 1000 Pioniere sind bereits in Russland "
                  "eingetroffen.", {"Rund 1000": (None, NIS)}, []),
    ("C2-", "de", "Der NIS teilte zudem Fotos, auf denen Pjöngjang 6000 Soldaten nach Russland "
                  "schickt. Rund 1000 Pioniere sind bereits in Russland eingetroffen.",
     {"Rund 1000": (None, "Unattributed")}, []),
    ("C2+", "fr", "Le NIS a également partagé des informations: Pyongyang prévoit d'envoyer 6000 "
                  "soldats supplémentaires en Russie. Environ 1000 sapeurs sont déjà arrivés en "
                  "Russie.", {"Environ 1000": (None, NIS)}, []),
    ("C2-", "fr", "Le NIS a également partagé des photos des soldats. Environ 1000 sapeurs "
                  "nord-coréens sont déjà arrivés en Russie.",
     {"Environ 1000": (None, "Unattributed")}, []),
    ("C2+", "es", "El NIS también compartió información de que Pyongyang planea enviar otros "
                  "6.000 soldados a Rusia. Unos 1.000 zapadores ya han llegado a Rusia.",
     {"Unos 1.000": (None, NIS)}, []),
    ("C2-", "es", "El NIS también compartió fotos de los soldados. Unos 1.000 zapadores "
                  "norcoreanos ya han llegado a Rusia.", {"Unos 1.000": (None, "Unattributed")},
     []),
    ("C2+", "ru", "Национальная разведывательная служба (NIS) также поделилась информацией, что "
                  "Пхеньян планирует дополнительно отправить в Россию около 6 000 солдат. При "
                  "этом около 1 000 военнослужащих инженерных подразделений уже прибыли в Россию.",
     {"около 1 000": (None, NIS)}, []),
    ("C2-", "ru", "NIS поделилась фотографиями: Пхеньян планирует отправить в Россию около 6 000 "
                  "солдат. При этом около 1 000 военнослужащих инженерных подразделений уже "
                  "прибыли в Россию.", {"около 1 000": (None, "Unattributed")}, []),
    ("C2+", "uk", "Розвідка Південної Кореї також поділилася інформацією, що Пхеньян планує "
                  "додатково відправити до Росії близько 6 000 солдатів. Близько 1 000 "
                  "військових інженерних підрозділів уже прибули до Росії.",
     {"Близько 1 000": (None, NIS)}, []),
    ("C2-", "uk", "Розвідка Південної Кореї також поділилася фотографіями: Пхеньян планує "
                  "відправити до Росії близько 6 000 солдатів. Близько 1 000 військових "
                  "інженерних підрозділів уже прибули до Росії.",
     {"Близько 1 000": (None, "Unattributed")}, []),
    ("C2+", "ko", "국정원은 북한이 러시아에 6000명을 추가 파병할 계획이라는 정보를 공유했다. "
                  "공병 약 1000명은 이미 러시아에 도착했다.", {"약 1000명": (None, NIS)}, []),
    ("C2-", "ko", "국정원은 북한이 러시아에 6000명을 추가 파병할 계획이라는 사진을 공유했다. "
                  "공병 약 1000명은 이미 러시아에 도착했다.",
     {"약 1000명": (None, "Unattributed")}, []),
    ("C2+", "ja", "国家情報院は、北朝鮮がロシアに6000人を追加派兵する計画だとの情報を共有した。"
                  "工兵約1000人はすでにロシアに到着した。", {"約1000人": (None, NIS)}, []),
    ("C2-", "ja", "国家情報院は、北朝鮮がロシアに6000人を追加派兵する計画だとの写真を共有した。"
                  "工兵約1000人はすでにロシアに到着した。",
     {"約1000人": (None, "Unattributed")}, []),
    # C3. Russia's state news agencies (ru, uk; the other six read them already)
    ("C3+", "ru", "По данным ТАСС, около 250 северокорейских военных погибли.",
     {"около 250": ("killed", RU_MEDIA)}, []),
    ("C3+", "ru", "Как сообщает РИА Новости, около 250 северокорейских военных погибли.",
     {"около 250": ("killed", RU_MEDIA)}, []),
    ("C3-", "ru", "СЕУЛ, 22 августа. /ТАСС/. Около 250 северокорейских военных погибли, "
                  "сообщило Центральное телеграфное агентство Кореи.",
     {"Около 250": ("killed", "North Korea (state media and leadership)")}, []),
    ("C3+", "uk", "Як повідомляє ТАСС, близько 250 північнокорейських військових загинули.",
     {"близько 250": ("killed", RU_MEDIA)}, []),
    ("C3+", "uk", "За даними РІА Новини, близько 250 північнокорейських військових загинули.",
     {"близько 250": ("killed", RU_MEDIA)}, []),
    ("C3-", "uk", "СЕУЛ, 22 серпня. /ТАСС/. Близько 250 північнокорейських військових загинули, "
                  "повідомило Центральне телеграфне агентство Кореї.",
     {"Близько 250": ("killed", "North Korea (state media and leadership)")}, []),
    # D. North Korea's own wounded treated in a hospital
    ("D+", "en", "According to the Guardian, 24 wounded North Korean soldiers are being treated "
                 "in a special ward of a hospital in Kursk.", {"24": ("wounded", None)}, []),
    ("D-", "en", "According to the NIS, 200 wounded Russian soldiers were treated in North Korea.",
     {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "de", "Laut Guardian werden 24 verwundete nordkoreanische Soldaten in einem "
                 "Krankenhaus in Kursk behandelt.", {"24": ("wounded", None)}, []),
    ("D-", "de", "Laut NIS wurden 200 verwundete russische Soldaten in Nordkorea behandelt.",
     {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "fr", "Selon le Guardian, 24 soldats nord-coréens blessés sont soignés dans un hôpital "
                 "de Koursk.", {"24": ("wounded", None)}, []),
    ("D-", "fr", "Selon le NIS, 200 soldats russes blessés ont été soignés en Corée du Nord.",
     {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "es", "Según The Guardian, 24 soldados norcoreanos heridos reciben tratamiento en un "
                 "hospital de Kursk.", {"24": ("wounded", None)}, []),
    ("D-", "es", "Según el NIS, 200 soldados rusos heridos fueron tratados en Corea del Norte.",
     {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "ru", "По данным Guardian, 24 раненых северокорейских солдата проходят лечение в "
                 "специальной палате больницы в Курске.", {"24": ("wounded", None)}, []),
    ("D-", "ru", "По данным разведки Южной Кореи, 200 раненых российских военных проходят "
                 "лечение в КНДР.", {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "uk", "За даними Guardian, 24 поранених північнокорейських солдати проходять "
                 "лікування в спеціальній палаті лікарні в Курську.", {"24": ("wounded", None)},
     []),
    ("D-", "uk", "За даними розвідки Південної Кореї, 200 поранених російських військових "
                 "лікуються в КНДР.", {"200": ("treated_in_north_korea", NIS)}, []),
    ("D+", "ko", "가디언에 따르면 쿠르스크의 한 병원에서 북한군 부상병 24명이 특별병동에서 치료 "
                 "중이다.", {"24명": ("wounded", None)}, []),
    ("D-", "ko", "국정원에 따르면 러시아군 부상병 200명이 북한 원산의 요양소에서 치료를 받았다.",
     {"200명": ("treated_in_north_korea", NIS)}, []),
    ("D+", "ja", "ガーディアンによると、クルスクの病院で北朝鮮軍の負傷兵24人が特別病棟で治療を"
                 "受けている。", {"24人": ("wounded", None)}, []),
    ("D-", "ja", "国家情報院によると、ロシア軍の負傷兵200人が北朝鮮の元山の療養所で治療を受けた。",
     {"200人": ("treated_in_north_korea", NIS)}, []),
    # E. the base of a share (en, de, fr, es, ja; ru, uk and ko read it already)
    ("E+", "en", "According to British intelligence, more than half of the roughly 11,000 North "
                 "Korean troops sent to Kursk have been killed or wounded.",
     {"roughly 11,000": ("deployed", None)}, []),
    ("E-", "en", "According to British intelligence, about 11,000 North Korean troops have been "
                 "killed or wounded, more than half of them in Kursk.",
     {"about 11,000": ("killed_or_wounded", None)}, []),
    ("E+", "de", "Nach Angaben des britischen Geheimdienstes wurde mehr als die Hälfte der rund "
                 "11.000 nach Kursk entsandten nordkoreanischen Soldaten getötet oder verwundet.",
     {"rund 11.000": ("deployed", None)}, []),
    ("E-", "de", "Nach Angaben des britischen Geheimdienstes wurden rund 11.000 nordkoreanische "
                 "Soldaten getötet oder verwundet, die Hälfte davon in Kursk.",
     {"rund 11.000": ("killed_or_wounded", None)}, []),
    ("E+", "fr", "Selon le renseignement britannique, plus de la moitié des quelque 11 000 "
                 "soldats nord-coréens envoyés à Koursk ont été tués ou blessés.",
     {"quelque 11 000": ("deployed", None)}, []),
    ("E-", "fr", "Selon le renseignement britannique, quelque 11 000 soldats nord-coréens ont été "
                 "tués ou blessés, dont la moitié à Koursk.",
     {"quelque 11 000": ("killed_or_wounded", None)}, []),
    ("E+", "es", "Según la inteligencia británica, más de la mitad de los cerca de 11.000 "
                 "soldados norcoreanos enviados a Kursk han muerto o resultado heridos.",
     {"de los cerca de 11.000": ("deployed", None)}, []),
    ("E-", "es", "Según la inteligencia británica, cerca de 11.000 soldados norcoreanos han "
                 "muerto o resultado heridos, la mitad de ellos en Kursk.",
     {"cerca de 11.000": ("killed_or_wounded", None)}, []),
    ("E+", "ja", "英国の情報機関のデータによれば、クルスク州に投入された北朝鮮軍人約1万1000人の内"
                 "死傷したのは半数以上だと指摘されている。", {"約1万1000人": ("deployed", None)},
     []),
    ("E-", "ja", "英国の情報機関によれば、北朝鮮軍人約1万1000人が死傷し、その半数以上はクルスク州"
                 "だった。", {"約1万1000人": ("killed_or_wounded", None)}, []),
    ("E+", "ru", "По данным британской разведки, более половины из примерно 11 000 "
                 "северокорейских военных, переброшенных в Курскую область, были убиты или "
                 "ранены.", {"примерно 11 000": ("deployed", None)}, []),
    ("E+", "uk", "За даними британської розвідки, понад половину з приблизно 11 000 "
                 "північнокорейських військових, перекинутих до Курської області, було вбито або "
                 "поранено.", {"з приблизно 11 000": ("deployed", None)}, []),
    ("E+", "ko", "영국 정보당국에 따르면 쿠르스크에 투입된 북한군 약 1만 1000명 중 절반 이상이 "
                 "사상했다.", {"약 1만 1000명": ("deployed", None)}, []),
    # F. photos and videos counted
    ("F+", "en", "Zelensky posted three photos of North Korean soldiers captured in Kursk.", {},
     ["three"]),
    ("F-", "en", "Zelensky posted photos of two North Korean soldiers captured in Kursk.",
     {"two": ("captured", None)}, []),
    ("F+", "de", "Selenskyj veröffentlichte drei Fotos nordkoreanischer Soldaten, die in Kursk "
                 "gefangen genommen wurden.", {}, ["drei"]),
    ("F-", "de", "Selenskyj veröffentlichte Fotos von zwei nordkoreanischen Soldaten, die in "
                 "Kursk gefangen genommen wurden.", {"zwei": ("captured", None)}, []),
    ("F+", "fr", "Zelensky a publié trois photos de soldats nord-coréens capturés à Koursk.", {},
     ["trois"]),
    ("F-", "fr", "Zelensky a publié des photos de deux soldats nord-coréens capturés à Koursk.",
     {"deux": ("captured", None)}, []),
    ("F+", "es", "Zelenski publicó tres fotos de soldados norcoreanos capturados en Kursk.", {},
     ["tres"]),
    ("F-", "es", "Zelenski publicó fotos de dos soldados norcoreanos capturados en Kursk.",
     {"dos": ("captured", None)}, []),
    ("F+", "ru", "Зеленский опубликовал три фотографии северокорейских солдат, взятых в плен в "
                 "Курской области.", {}, ["три"]),
    ("F-", "ru", "Зеленский опубликовал фотографии двух северокорейских солдат, взятых в плен.",
     {"двух": ("captured", None)}, []),
    ("F+", "uk", "Зеленський оприлюднив три фотографії північнокорейських солдатів, взятих у "
                 "полон на Курщині.", {}, ["три"]),
    ("F-", "uk", "Зеленський оприлюднив фотографії двох північнокорейських солдатів, взятих у "
                 "полон на Курщині.", {"двох": ("captured", None)}, []),
    ("F+", "ko", "젤렌스키 대통령은 쿠르스크에서 생포된 북한군 병사들의 사진 3장을 공개했다.",
     {}, ["3"]),
    ("F-", "ko", "젤렌스키 대통령은 사진과 함께 북한군 2명을 생포했다고 밝혔다.",
     {"2명": ("captured", None)}, []),
    ("F+", "ja", "ゼレンスキー大統領は11日、自身のSNSで複数の写真とともに、「ロシア西部クルスク州で"
                 "北朝鮮の兵士2人を捕虜にした」と投稿しました。", {"2人": ("captured", None)},
     ["複数"]),
    ("F-", "ja", "ゼレンスキー大統領は写真とともに北朝鮮兵2人を捕虜にしたと投稿した。",
     {"2人": ("captured", None)}, []),
    # G. a children's camp is no children; pupils are children
    ("G+", "ru", "Школьники из Владивостока отправились на отдых в детский лагерь в КНДР.",
     {"Школьники": ("hosted_children", None)}, ["детский"]),
    ("G-", "ru", "Дети из Владивостока отправились на отдых в лагерь в КНДР.",
     {"Дети": ("hosted_children", None)}, []),
    ("G+", "ru", "Посол утверждает, что летом «самый лучший в КНДР центр детского отдыха Сондовон "
                 "на берегу Японского моря» бесплатно принял детей погибших российских военных.",
     {"детей": ("hosted_children", None)}, ["детского"]),
    ("G+", "ru", "По данным ТАСС, в «Сондовоне» отдохнут около 250 школьников из Приморья.",
     {"около 250": ("hosted_children", RU_MEDIA)}, []),
    ("G+", "uk", "За даними ТАСС, у «Сондовоні» відпочинуть близько 250 школярів із Примор'я.",
     {"близько 250": ("hosted_children", RU_MEDIA)}, []),
    ("G+", "de", "Schüler aus Wladiwostok reisten in ein Kinderferienlager in Nordkorea.", {},
     ["Kinderferienlager"]),
    ("G-", "de", "Schüler aus Wladiwostok reisten in ein Ferienlager für Kinder in Nordkorea.",
     {"Kinder": ("hosted_children", None)}, []),
    ("G+", "ko", "블라디보스토크의 학생들이 북한의 어린이 캠프로 떠났다.", {}, ["어린이"]),
    ("G-", "ko", "블라디보스토크의 어린이들이 북한의 캠프로 떠났다.",
     {"어린이": ("hosted_children", None)}, []),
    ("G+", "ja", "タス通信によると、北朝鮮の松濤園キャンプにはロシアの小中学生約250人が滞在する。",
     {"約250人": ("hosted_children", RU_MEDIA)}, []),
    ("G-", "ja", "ウラジオストクの生徒たちが北朝鮮の子どもキャンプに向かった。",
     {"生徒": ("hosted_children", None)}, ["子ども"]),
    # I. people who work there are workers; soldiers named at the number stay troops
    ("I+", "en", "According to the BBC, thousands of North Koreans are working in Russia in "
                 "slave-like conditions.", {"thousands": ("workers_sent", BBC)}, []),
    ("I-", "en", "According to the NIS, 11,000 North Korean soldiers are working in Kursk "
                 "alongside Russian units.", {"11,000": ("deployed", NIS)}, []),
    ("I+", "fr", "Selon la BBC, des milliers de Nord-Coréens travaillent en Russie dans des "
                 "conditions d'esclavage.", {"milliers": ("workers_sent", BBC)}, []),
    ("I-", "fr", "Selon le NIS, 11 000 soldats nord-coréens travaillent en Russie.",
     {"11 000": ("deployed", NIS)}, []),
    ("I+", "es", "Según la BBC, miles de norcoreanos trabajan en Rusia en condiciones de "
                 "esclavitud.", {"miles": ("workers_sent", BBC)}, []),
    ("I-", "es", "Según el NIS, 11.000 soldados norcoreanos trabajan en Rusia.",
     {"11.000": ("deployed", NIS)}, []),
    ("I+", "de", "Laut BBC arbeiten Tausende Nordkoreaner in Russland unter sklavenähnlichen "
                 "Bedingungen.", {"Tausende": ("workers_sent", BBC)}, []),
    ("I-", "de", "Laut BBC arbeiten 11.000 nordkoreanische Soldaten in Russland.",
     {"11.000": ("deployed", BBC)}, []),
    ("I+", "ru", "По данным BBC, тысячи северокорейцев работают в России в рабских условиях.",
     {"тысячи": ("workers_sent", BBC)}, []),
    ("I-", "ru", "По данным разведки Южной Кореи, 11 тысяч северокорейских военных работают в "
                 "Курской области.", {"11 тысяч": ("deployed", NIS)}, []),
    ("I+", "uk", "За даними BBC, тисячі північнокорейців працюють у РФ у рабських умовах.",
     {"тисячі": ("workers_sent", BBC)}, []),
    ("I-", "uk", "За даними розвідки Південної Кореї, 11 тисяч північнокорейських військових "
                 "працюють у Курській області.", {"11 тисяч": ("deployed", NIS)}, []),
    ("I+", "ko", "BBC에 따르면 수천 명의 북한인이 러시아에서 노예와 같은 조건으로 일하고 있다.",
     {"수천 명": ("workers_sent", BBC)}, []),
    ("I-", "ko", "국정원에 따르면 북한군 1만 1000명이 쿠르스크에서 러시아군과 함께 일하고 있다.",
     {"1만 1000명": ("deployed", NIS)}, []),
    ("I+", "ja", "BBCによると、数千人の北朝鮮人がロシアで奴隷のような条件で働いている。",
     {"数千人": ("workers_sent", BBC)}, []),
    ("I-", "ja", "国家情報院によると、北朝鮮兵1万1000人がクルスク州でロシア軍とともに働いている。",
     {"1万1000人": ("deployed", NIS)}, []),
    # K. "各地" (places around) is no "each" (ja; ko "각 컨테이너에" needs its space)
    ("K+", "ja", "国家情報院は10日、北朝鮮がロシア各地の建設現場に数千人の労働者を派遣した"
                 "と明らかにした。", {"数千人": ("workers_sent", NIS)}, []),
    ("K-", "ja", "国家情報院によると、北朝鮮は砲弾を送り、各コンテナに300発が積まれていた。", {},
     ["300発"]),
    ("K+", "ko", "국정원은 10일 북한이 러시아 각지의 건설 현장에 수천 명의 노동자를 파견했다고 "
                 "밝혔다.", {"수천 명": ("workers_sent", NIS)}, []),
    ("K-", "ko", "국정원에 따르면 북한은 포탄을 보냈으며 각 컨테이너에 300발이 실려 있었다.", {},
     ["300발"]),
    # J. the active verbs of killing or wounding (ru, uk, ko, ja; en, de, fr, es read them)
    ("J+", "ru", "По данным Пентагона, ВСУ ликвидировали или ранили «несколько сотен» "
                 "северокорейских солдат в Курской области.",
     {"несколько сотен": ("killed_or_wounded", None)}, []),
    ("J-", "ru", "По данным Пентагона, ВСУ ликвидировали несколько сотен северокорейских солдат.",
     {"несколько сотен": ("killed", None)}, []),
    ("J+", "uk", "За даними Пентагону, ЗСУ ліквідували або поранили кілька сотень "
                 "північнокорейських солдатів.", {"кілька сотень": ("killed_or_wounded", None)},
     []),
    ("J-", "uk", "За даними Пентагону, ЗСУ ліквідували кілька сотень північнокорейських солдатів.",
     {"кілька сотень": ("killed", None)}, []),
    ("J+", "ko", "미 국방부에 따르면 우크라이나군은 북한군 수백 명을 사살하거나 부상을 입혔다.",
     {"수백 명": ("killed_or_wounded", None)}, []),
    ("J-", "ko", "미 국방부에 따르면 우크라이나군은 북한군 수백 명을 사살했다.",
     {"수백 명": ("killed", None)}, []),
    ("J+", "ja", "米国防総省によると、北朝鮮兵数百人を殺害または負傷させた。",
     {"数百人": ("killed_or_wounded", None)},
     []),
    ("J-", "ja", "米国防総省によると、北朝鮮兵数百人を殺害した。",
     {"数百人": ("killed", None)}, []),
    ("J+", "en", "According to the Pentagon, Ukrainian forces killed or wounded several hundred "
                 "North Korean soldiers in Kursk.",
     {"several hundred": ("killed_or_wounded", None)}, []),
    # L. a conclusion and where it is drawn (ru, uk, en, de, fr, es; ko and ja read it)
    ("L+", "ru", "В Курскую область прибыли около 12 тысяч солдат Северной Кореи.\nТакой вывод "
                 "содержится в докладе Института изучения войны (ISW).",
     {"около 12 тысяч": ("deployed", ISW)}, []),
    ("L-", "ru", "В Курскую область прибыли около 12 тысяч солдат Северной Кореи.\nИной вывод "
                 "сделали в ISW о ходе боев.", {"около 12 тысяч": ("deployed", "Unattributed")},
     []),
    ("L+", "uk", "До Курської області прибуло близько 12 тисяч солдатів Північної Кореї.\nТакий "
                 "висновок міститься в звіті Інституту вивчення війни (ISW).",
     {"близько 12 тисяч": ("deployed", ISW)}, []),
    ("L-", "uk", "До Курської області прибуло близько 12 тисяч солдатів Північної Кореї.\nІнший "
                 "висновок зробили в ISW щодо перебігу боїв.",
     {"близько 12 тисяч": ("deployed", "Unattributed")}, []),
    ("L+", "en", "About 12,000 North Korean soldiers have arrived in Kursk.\nThat is the "
                 "conclusion of a report by the Institute for the Study of War (ISW).",
     {"About 12,000": ("deployed", ISW)}, []),
    ("L-", "en", "About 12,000 North Korean soldiers have arrived in Kursk.\nThe ISW reached a "
                 "different conclusion about the fighting.",
     {"About 12,000": ("deployed", "Unattributed")}, []),
    ("L+", "de", "Rund 12.000 nordkoreanische Soldaten sind in Kursk eingetroffen.\nZu diesem "
                 "Schluss kommt das Institute for the Study of War (ISW).",
     {"Rund 12.000": ("deployed", ISW)}, []),
    ("L-", "de", "Rund 12.000 nordkoreanische Soldaten sind in Kursk eingetroffen.\nDas ISW kommt "
                 "zu einem anderen Schluss über die Kämpfe.",
     {"Rund 12.000": ("deployed", "Unattributed")}, []),
    ("L+", "fr", "Environ 12 000 soldats nord-coréens sont arrivés à Koursk.\nC'est la "
                 "conclusion d'un rapport de l'Institute for the Study of War (ISW).",
     {"Environ 12 000": ("deployed", ISW)}, []),
    ("L-", "fr", "Environ 12 000 soldats nord-coréens sont arrivés à Koursk.\nL'ISW tire une "
                 "autre conclusion sur les combats.",
     {"Environ 12 000": ("deployed", "Unattributed")}, []),
    ("L+", "es", "Unos 12.000 soldados norcoreanos han llegado a Kursk.\nEs la conclusión de un "
                 "informe del Instituto para el Estudio de la Guerra (ISW).",
     {"Unos 12.000": ("deployed", ISW)}, []),
    ("L-", "es", "Unos 12.000 soldados norcoreanos han llegado a Kursk.\nEl ISW llega a otra "
                 "conclusión sobre los combates.", {"Unos 12.000": ("deployed", "Unattributed")},
     []),
]


def _id(case: tuple) -> str:
    return f"{case[0]}-{case[1]}-{CASES.index(case)}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_class(case: tuple) -> None:
    _cls, lang, text, read, absent = case
    rows = extract_figures(text, lang, PUBLISHED)
    found = {r.figure_text: r for r in rows.itertuples()}
    for figure, (metric, claimant) in read.items():
        assert figure in found, (figure, list(found))
        row = found[figure]
        if metric is not None:
            assert row.metric == metric, (figure, row.metric, row.why)
        if claimant is not None:
            assert row.claimant == claimant, (figure, row.claimant, row.why)
    for figure in absent:
        assert not any(figure in t for t in found), (figure, list(found))
