# ruff: noqa: E501 (the phrases are data, as written)
"""Helper rules34e's rules of session 34 (issue 17): D231, from round 101's misses.

D231.1: a count of people told with the count of lodging places they are in (shelters,
evacuation and reception centres, camps, tent cities, temporary accommodation points) after a
place preposition (or its locative, postposition or counter) sets the places aside and reads the
people (D20, as D227.1's units); places that exist without the counted (villages, municipalities,
provinces, schools) stay a second count (D45.5). D231.2: a count, then "and another / one more
(in <place>)", is a sum (rule 13, D5, D85.1): unparsed, as "et 1 en Belgique" reads. Each rule on
the round's phrase and on variants written from real reporting (sources in the comments and in
the tables' comments).
"""

from __future__ import annotations

from figure_sets import UNPARSED, case_test

CHANGES: list[tuple[str, str, object, str]] = [
    # D231.1 the round's phrase, and the same in each language
    ("pt", "Mais de 400 pessoas estão abrigadas em 33 pontos de apoio", 400, "at_least"),
    ("en", "More than 400 people are sheltering in 33 evacuation centres", 400, "at_least"),
    ("es", "400 personas en 33 albergues", 400, "exact"),
    ("fr", "plus de 400 personnes sont hébergées dans 20 centres d'hébergement", 400, "at_least"),
    ("de", "über 400 Menschen sind in 15 Notunterkünften untergebracht", 400, "at_least"),
    ("it", "oltre 400 persone ospitate in 12 centri di accoglienza", 400, "at_least"),
    ("ru", "более 400 человек находятся в 33 пунктах временного размещения", 400, "at_least"),
    ("uk", "понад 400 людей перебувають у 33 пунктах незламності", 400, "at_least"),
    ("pl", "ponad 400 osób przebywa w 12 ośrodkach", 400, "at_least"),
    ("tr", "400 kişi 33 çadır kentte kalıyor", 400, "exact"),
    ("id", "400 orang mengungsi di 33 titik pengungsian", 400, "exact"),
    ("zh", "400人被安置在33个安置点", 400, "exact"),
    ("ja", "400人が33か所の避難所に避難している", 400, "exact"),
    ("ko", "주민 400명이 대피소 33곳에 대피했다", 400, "exact"),
    ("hi", "400 लोग 33 राहत शिविरों में हैं", 400, "exact"),
    ("ar", "400 شخص في 33 مركز إيواء", 400, "exact"),
    # variants: fijitimes.com/evacuees-highest-in-the-west ("12,394 evacuees in 208 evacuation
    # centres"); theborneopost.com 2022/05/12 ("1,435 people … taking shelter at 13 temporary
    # flood relief centers")
    ("en", "12,394 evacuees in 208 evacuation centres", 12394, "exact"),
    ("en", "Some 1,435 people are still taking shelter at 13 temporary flood relief centers", 1435, "approx"),
    ("en", "In 33 evacuation centres, more than 400 people are sheltering", 400, "at_least"),
    ("en", "400 people were evacuated to 33 shelters", 400, "exact"),
    ("en", "about 2,000 refugees live in 3 camps", 2000, "approx"),
    # canal12.com.sv/noticia/27-familias-albergadas-por-lluvias; dca.gob.gt/?p=379083
    ("es", "51 personas se encuentran albergadas, distribuidas en 5 albergues", 51, "exact"),
    ("es", "94.592 personas se encuentran en más de 800 albergues", 94592, "exact"),
    # falario.com.br 2022/02 (Petrópolis: 849 people, 19 support points)
    ("pt", "849 pessoas desabrigadas em 19 pontos de apoio", 849, "exact"),
    ("pt", "1.117 pessoas estão em 34 abrigos", 1117, "exact"),
    ("fr", "Plus de 1 200 personnes ont passé la nuit dans 15 centres d'accueil", 1200, "at_least"),
    ("fr", "300 migrants ont été répartis dans 12 centres d'hébergement d'urgence", 300, "exact"),
    ("de", "Rund 2.000 Menschen sind in 20 Notunterkünften untergebracht", 2000, "approx"),
    ("de", "1200 Flüchtlinge leben in 3 Erstaufnahmeeinrichtungen", 1200, "exact"),
    ("it", "Circa 2.000 sfollati ospitati in 40 tendopoli", 2000, "approx"),
    ("it", "600 migranti distribuiti in 8 strutture di accoglienza", 600, "exact"),
    ("ru", "Около 1500 человек разместили в 20 пунктах временного размещения", 1500, "approx"),
    ("uk", "понад 1200 людей перебувають у 15 укриттях", 1200, "at_least"),
    ("uk", "близько 300 переселенців проживають у 12 місцях компактного проживання", 300, "approx"),
    ("pl", "ponad 1000 uchodźców przebywa w 20 ośrodkach dla cudzoziemców", 1000, "at_least"),
    ("tr", "1.200 depremzede 15 çadır kentte kalıyor", 1200, "exact"),
    ("tr", "33 çadır kentte 400 kişi kalıyor", 400, "exact"),
    # m.tribunnews.com/nasional/2017/11/30 ("43358 orang mengungsi di 229 titik lokasi
    # pengungsian"); medcom.id (Demak: 20 titik pengungsian, 10.285 jiwa)
    ("id", "43.358 orang mengungsi di 229 titik lokasi pengungsian", 43358, "exact"),
    ("id", "10.285 jiwa mengungsi di 20 titik pengungsian", 10285, "exact"),
    ("id", "400 orang mengungsi ke 12 posko pengungsian", 400, "exact"),
    ("zh", "2.3万人被转移安置到120个临时安置点", 23000, "exact"),
    ("zh", "在33个安置点安置了400人", 400, "exact"),
    ("ja", "2万人が150か所の避難所に身を寄せている", 20000, "exact"),
    ("ja", "約400人が避難所33か所に避難", 400, "approx"),
    ("ko", "이재민 3261명이 임시대피소 45곳에 머물고 있다", 3261, "exact"),
    ("ko", "주민 1500여명이 20개 대피소에 분산 수용됐다", 1500, "at_least"),
    ("hi", "करीब 2.5 लाख लोग 1,500 राहत शिविरों में रह रहे हैं", 250000, "approx"),
    ("hi", "33 राहत शिविरों में 400 लोग", 400, "exact"),
    ("ar", "52 ألفا من المنكوبين تم توزيعهم على 40 مركز إيواء", 52000, "exact"),
    ("ar", "يقيم 3000 نازح في 12 مخيما", 3000, "exact"),
    # D231.2 a count, then "and another (in <place>)": a sum (voa.pangea-cms.com 2015, "Raids
    # Net 5 in France, 3 in Belgium"; theyeshivaworld.com "4 Detained In Belgium, 1 In France")
    ("fr", "18 personnes ont été interpellées en France et une autre en Belgique", UNPARSED, "none"),
    ("fr", "Dix-huit personnes ont été interpellées en France et une autre en Belgique", UNPARSED, "none"),
    ("fr", "3 suspects ont été arrêtés à Paris et un autre à Lyon", UNPARSED, "none"),
    ("en", "18 people were arrested in France and another in Belgium", UNPARSED, "none"),
    ("en", "Two people were arrested in Paris and another in Lyon", UNPARSED, "none"),
    ("en", "One person was arrested in France and another in Belgium", UNPARSED, "none"),
    ("es", "18 personas fueron detenidas en Francia y otra en Bélgica", UNPARSED, "none"),
    ("es", "18 personas fueron detenidas en Madrid y otro en Valencia", UNPARSED, "none"),
    ("it", "18 persone sono state arrestate in Francia e un'altra in Belgio", UNPARSED, "none"),
    ("it", "Tre persone sono state arrestate a Roma e un altro a Milano", UNPARSED, "none"),
    ("pt", "18 pessoas foram presas na França e outra na Bélgica", UNPARSED, "none"),
    ("pt", "3 pessoas foram presas em São Paulo e mais uma no Rio", UNPARSED, "none"),
    ("de", "18 Personen wurden in Frankreich festgenommen und eine weitere in Belgien", UNPARSED, "none"),
    ("de", "Drei Männer wurden in Köln festgenommen und ein weiterer in Bonn", UNPARSED, "none"),
]

STAYS: list[tuple[str, str, object, str]] = [
    # the places first with no preposition, and places that exist without the counted (D45.5)
    ("en", "33 evacuation centres housed 400 people", UNPARSED, "none"),
    ("en", "400 people in 12 provinces", UNPARSED, "none"),
    ("en", "400 students in 12 schools", UNPARSED, "none"),
    ("en", "A total of 12,090 flood evacuees are currently at 84 relief centres in four states", UNPARSED, "none"),
    ("en", "in 33 evacuation centres", 33, "exact"),
    ("es", "400 personas en 33 municipios", UNPARSED, "none"),
    ("pt", "400 pessoas em 33 municípios", UNPARSED, "none"),
    ("fr", "400 personnes dans 20 communes", UNPARSED, "none"),
    ("de", "400 Menschen in 33 Gemeinden", UNPARSED, "none"),
    ("it", "400 persone in 33 comuni", UNPARSED, "none"),
    ("ru", "400 человек в 33 населённых пунктах", UNPARSED, "none"),
    ("ru", "В 258 населённых пунктах без света остались 203 тыс. человек", UNPARSED, "none"),
    ("uk", "400 людей у 33 населених пунктах", UNPARSED, "none"),
    ("pl", "400 osób w 12 gminach", UNPARSED, "none"),
    ("tr", "33 çadır kent kuruldu, 400 kişi yerleştirildi", UNPARSED, "none"),
    ("tr", "400 kişi 33 ilçede", UNPARSED, "none"),
    ("id", "400 orang di 33 desa", UNPARSED, "none"),
    ("ja", "383か所で2万2373人", UNPARSED, "none"),
    ("hi", "9 जिलों में 18 लाख लोग", UNPARSED, "none"),
    ("ar", "226 ألف ضحية من 14 دولة", UNPARSED, "none"),
    # "another" with a number is another count; "one of them" no "and another"
    ("en", "18 people were arrested and another 20 were questioned", UNPARSED, "none"),
    ("fr", "18 personnes ont été interpellées en France et 1 en Belgique", UNPARSED, "none"),
    # ru uk pl tr write the other as a numeral: two counts already (not written)
    ("ru", "18 человек задержаны во Франции и ещё один в Бельгии", UNPARSED, "none"),
    ("uk", "18 людей затримали у Франції і ще одну в Бельгії", UNPARSED, "none"),
    ("pl", "18 osób zatrzymano we Francji i jeszcze jedną w Belgii", UNPARSED, "none"),
    ("tr", "Fransa'da 18 kişi, Belçika'da bir kişi daha gözaltına alındı", UNPARSED, "none"),
]

test_class_reads_as_the_codebook_says = case_test(CHANGES)
test_near_misses_stay = case_test(STAYS)
