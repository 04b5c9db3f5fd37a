"""Language tables for :mod:`analysis.figures` (codebook v1, "## Figures").

One table per language, all read by the same engine in :mod:`analysis.figures`.
Adding a language means adding a table here (and its cases to
``tests/cases/figures.csv``); the engine needs no new branch.

Every field is a ``|``-separated string so a journalist can read and extend it.
Fields holding numbers use ``word=value`` items.  Phrases are matched
case-insensitively on whole words (for Hangul, kana and Han: as substrings).
A trailing ``*`` marks a stem (``battalion*`` also matches ``battalions``).

Fields
------
numbers
    Number words added together (units, teens, tens, and hundreds spelled as one
    word such as ``двести``).  ``value`` may be a decimal (``полторы=1.5``).
small
    Multipliers that bind the word before them (``hundred``, ``cent``, ``百``;
    in Korean and Japanese also ``천``/``千`` and ``십``/``十``).
scales
    Large multipliers closing a group (``thousand``, ``тыс.``, ``万``, ``млн``).
after_number
    Scales only read directly after a number (``5k``, ``5 m``).
compound
    Morphemes of numbers written as one word (German, Italian, Hungarian):
    ``morpheme=value``, ``morpheme=*100`` (small), ``morpheme=**1000`` (scale),
    ``morpheme=+`` (the linking "und"/"e").
collective
    Collective nouns read as an approximate count (``dozen=12``, ``dizaine=10``).
vague
    Plural magnitude words read as vague M (``hundreds=100``); after a number
    they act as multipliers (``3 тысячи``).
vague_prefix
    A prefix turning the following magnitude into a vague plural (``수``, ``数``).
several
    "several / a few" words: 2·M .. 10·M − 1 before a magnitude, 2 .. 9 alone.
articles, of, and, und
    Glue words: an article counts as 1 only before a magnitude; ``of`` links
    magnitudes (``tens of thousands``); ``and`` joins number words
    (``hundred and fifty``); ``und`` also allows units before tens (German).
approx, at_least, at_most, nearly
    Qualifier phrases written before the number.
post_approx, post_at_least, post_at_most, post_nearly
    Qualifier phrases written after the number.
weak_at_least
    Suffixes meaning "-odd" (``여``, ``余``): at_least unless another qualifier
    is written.
additional, additional_post
    Words making the relation ``additional`` (``another``; ``N more``).
total
    Words that announce the total (``totaling``, ``insgesamt``): with several
    numbers, the one after it is the figure.
range_pre, range_sep, range_and
    Range syntax: ``between A and B`` (``range_pre`` + ``range_and``) and
    ``A to B`` (``range_sep``).
percent
    Words meaning per cent.
fraction
    Fractions and shares (``third``, ``half``): unparsed.
rate
    Rates and per-unit quantities (``per day``, ``each``): unparsed.
rate_post
    Rates only when written right after the number (``200 a day``; not ``in a
    week``).
including
    Words opening a breakdown (``including``, ``darunter``, ``в том числе``):
    numbers after them are parts of the figure, not other figures.
units
    Military unit names (``battalion``): a count of units is unparsed.
uncountable
    Vague words with no magnitude (``a significant number``): unparsed.
months
    Month names: a day or year next to one is a date, not the figure.
year_pre, year_post
    Words marking a four-digit number as a year (``in 2024``, ``2024 року``).
time_units
    Durations (``three days``, ``8-hour``): the number is not the figure.
rewrites
    ``pattern=>replacement`` regular expressions applied before reading, for
    forms easier to rewrite than to table (French 70-99, "half a million").
stop
    Common words of the language (nouns of the domain, articles); used only to
    recognise the language when no hint is given.
"""

from __future__ import annotations

EN = {
    "numbers": (
        "zero=0|nil=0|one=1|two=2|three=3|four=4|five=5|six=6|seven=7|eight=8|nine=9|ten=10|"
        "eleven=11|twelve=12|thirteen=13|fourteen=14|fifteen=15|sixteen=16|seventeen=17|"
        "eighteen=18|nineteen=19|twenty=20|thirty=30|forty=40|fourty=40|fifty=50|sixty=60|"
        "seventy=70|eighty=80|ninety=90"
    ),
    "small": "hundred=100",
    "scales": ("thousand=1e3|million=1e6|billion=1e9|k=1e3|m=1e6|mn=1e6|mln=1e6|bn=1e9"),
    "after_number": "k|m|mn|mln|bn",
    "collective": "dozen=12|score=20",
    "vague": "tens=10|dozens=12|hundreds=100|thousands=1e3|millions=1e6|billions=1e9|scores=20",
    "several": "several|a few|a couple of|a couple|a number of|a handful of|some",
    "articles": "a|an",
    "of": "of",
    "and": "and",
    "approx": (
        "about|around|some|roughly|approximately|approx.|approx|an estimated|estimated|est.|"
        "circa|ca.|~|an approximate|in the region of|on the order of|of the order of|"
        "in the neighbourhood of|in the neighborhood of|somewhere around|reportedly around|"
        "an approximately|≈"
    ),
    "at_least": (
        "more than|over|at least|as few as|in excess of|upwards of|upward of|exceeding|"
        "exceeded|exceeds|exceed|tops|topped|topping|surpass|surpassed|surpasses|surpassing|"
        "well over|just over|"
        "a little over|slightly over|north of|no fewer than|no less than|not less than|"
        "not fewer than|a minimum of|minimum of|at a minimum|above|greater than|better than|"
        "more then|passed|passes|top"
    ),
    "at_most": (
        "up to|as many as|at most|no more than|not more than|less than|fewer than|under|"
        "below|a maximum of|maximum of|at the most|max.|max|as much as|up to about|upto"
    ),
    "nearly": (
        "nearly|almost|close to|approaching|just under|nearing|not quite|just shy of|shy of|"
        "a little under|just short of|slightly under|slightly less than|just below|"
        "close on|closer to|near|approximating"
    ),
    "post_approx": "or so|odd|or thereabouts|give or take|or around|roughly|approximately",
    "post_at_least": "or more|and more|plus|+|and above|or above|at least|and up|or over|minimum",
    "post_at_most": "or fewer|or less|tops|at most|at the most|max|maximum|or under",
    "additional": (
        "another|additional|further|extra|an additional|a further|an extra|new batch of|"
        "reinforcements of"
    ),
    "additional_post": "more|other|others|additional|extra|further",
    "including": "including|of whom|of which|among them|among whom|incl.|incl",
    "total": (
        "total|in total|totaling|totalling|a total of|total of|in all|altogether|overall|"
        "cumulative|all told|combined|totalling some"
    ),
    "range_pre": "between|from",
    "range_sep": "to|or|through|up to|to about|to around|to as many as|and up to",
    "range_and": "and",
    "percent": "%|per cent|percent|pct|per-cent|percentage points",
    "fraction": (
        "half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|two-thirds|"
        "one-third|one-quarter|three-quarters|majority|minority|share|proportion|ratio|"
        "out of|one in|in every"
    ),
    "rate": (
        "per day|each day|every day|daily|per week|every week|weekly|per month|every month|"
        "monthly|per hour|per year|annually|per night|each|apiece|per unit|per brigade|"
        "per battalion|per regiment|per soldier|per person|every|per|a piece"
    ),
    "rate_post": "a day|a week|a month|a year|an hour|a night",
    "units": (
        "battalion*|brigade*|regiment*|division*|platoon*|squad*|corps|company|companies|"
        "battalion-sized|contingents of|batteries|battery|army|armies|units|unit|"
        "formation*|troop-carrying|shiploads|trainloads|planeloads|shipload|trainload"
    ),
    "uncountable": (
        "a significant number|a large number|a great number|a small number|a substantial number|"
        "a considerable number|a huge number|a vast number|large numbers|significant numbers|"
        "many|numerous|countless|a lot|lots|multiple|plenty"
    ),
    "months": (
        "january|february|march|april|may|june|july|august|september|october|november|"
        "december|jan.|jan|feb.|feb|mar.|apr.|apr|jun.|jul.|aug.|aug|sep.|sept.|sept|sep|oct.|"
        "oct|nov.|nov|dec.|dec"
    ),
    "year_pre": "in|since|by|until|year|during|before|after|early|late|mid|end of",
    "year_post": "",
    "time_units": (
        "hour*|day|days|week*|month*|year|years|minute*|night*|-year-old|year-old|years-old|"
        "-hour|-day|-week|-month|-year|km|kilometers|kilometres|miles|mile|km2|kg|tons|tonnes"
    ),
    "rewrites": (
        r"\bhalf (?:a |an )?(million|billion|thousand|dozen|hundred)\b=>0.5 \1|"
        r"\b(?:a|one) (million|billion|thousand|hundred|dozen) and a half\b=>1.5 \1|"
        r"\bone and a half (million|billion|thousand|hundred|dozen)\b=>1.5 \1"
        r"|\b(?:a |one )?quarter of a (million|billion)\b=>0.25 \1"
        r"|\bthree quarters of a (million|billion)\b=>0.75 \1"
    ),
    "stop": (
        "the|troops|soldiers|soldier|personnel|people|men|women|killed|wounded|dead|deaths|"
        "casualties|injured|captured|prisoners|workers|shells|rounds|missiles|containers|"
        "civilians|fighters|servicemen|combat|engineers|north|korean|koreans|russian|"
        "only|all|just|likely|reportedly|first|in|on|at|with|and|or|was|were|have|has|had|"
        "including|sent|deployed|new|some|military|army|lost|losses|children|officers|"
        "estimate|according|to|by|for|its|this|that|these|those|total|battle|kursk|region"
    ),
}

DE = {
    "numbers": "eins=1|zwo=2|anderthalb=1.5|eineinhalb=1.5|null=0",
    "compound": (
        "ein=1|eins=1|eine=1|einen=1|zwei=2|zwo=2|drei=3|vier=4|fünf=5|fuenf=5|sechs=6|"
        "sieben=7|acht=8|neun=9|zehn=10|elf=11|zwölf=12|zwoelf=12|dreizehn=13|vierzehn=14|"
        "fünfzehn=15|sechzehn=16|siebzehn=17|achtzehn=18|neunzehn=19|zwanzig=20|dreißig=30|"
        "dreissig=30|vierzig=40|fünfzig=50|sechzig=60|siebzig=70|achtzig=80|neunzig=90|"
        "hundert=*100|tausend=**1000|und=+"
    ),
    "small": "hundert=100",
    "scales": (
        "tausend=1e3|million=1e6|millionen=1e6|mio.=1e6|mio=1e6|milliarde=1e9|milliarden=1e9|"
        "mrd.=1e9|tsd.=1e3|tsd=1e3|k=1e3"
    ),
    "after_number": "k|tsd.|tsd",
    "collective": "dutzend=12",
    "vague": (
        "dutzende=12|dutzenden=12|hunderte=100|hunderten=100|tausende=1e3|tausenden=1e3|"
        "zehntausende=1e4|zehntausenden=1e4|hunderttausende=1e5|hunderttausenden=1e5|"
        "millionen=1e6"
    ),
    "several": "mehrere|einige|ein paar|etliche|einigen|mehreren",
    "articles": "ein|eine|einen|einem|einer",
    "of": "von",
    "und": "und",
    "approx": (
        "rund|etwa|ungefähr|circa|ca.|zirka|schätzungsweise|geschätzt|geschätzte|"
        "geschätzten|um die|an die|in etwa|annähernd|grob|gegen|~"
    ),
    "at_least": (
        "über|mehr als|mindestens|wenigstens|nicht weniger als|weit über|gut|gute|guten|"
        "deutlich über|übersteigt|überstieg|überschreitet|überschritten|überschritt|"
        "übertrifft|oberhalb von|jenseits von|über die|mindestens rund"
    ),
    "at_most": (
        "bis zu|höchstens|weniger als|unter|maximal|nicht mehr als|bis|allenfalls|"
        "bis hin zu|so viele wie"
    ),
    "nearly": "fast|knapp|beinahe|nahezu|gut und gern|knapp unter|kaum weniger als",
    "post_approx": "etwa|ungefähr",
    "post_at_least": "und mehr|oder mehr|plus|+|mindestens",
    "post_at_most": "höchstens",
    "additional": (
        "weitere|weiteren|weiterer|weiteres|zusätzliche|zusätzlichen|zusätzlich|noch einmal|erneut"
    ),
    "additional_post": "weitere|mehr",
    "including": "darunter|davon|einschließlich|inklusive|inkl.",
    "total": "insgesamt|gesamt|summe|alles in allem|zusammen|in summe|total",
    "range_pre": "zwischen|von",
    "range_sep": "bis|oder|bis zu|bis rund|bis etwa",
    "range_and": "und",
    "percent": "%|prozent",
    "fraction": "hälfte|drittel|viertel|fünftel|zehntel|mehrheit|anteil|halb|halbe|jeder",
    "rate": (
        "pro tag|am tag|täglich|pro woche|pro monat|im monat|monatlich|pro stunde|pro jahr|"
        "im jahr|jährlich|jeweils|je|pro"
    ),
    "units": ("bataillon*|brigade*|regiment*|division*|kompanie*|zug|züge|korps|einheiten|einheit"),
    "uncountable": "viele|zahlreiche|zahlreichen|eine große zahl|eine erhebliche zahl|unzählige",
    "months": (
        "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|"
        "dezember|jan.|feb.|febr.|mär.|apr.|jun.|jul.|aug.|sep.|sept.|okt.|nov.|dez."
    ),
    "year_pre": "im|seit|jahr|jahres|anfang|ende|mitte",
    "year_post": "",
    "time_units": "stunde*|tag|tage|tagen|woche*|monat*|jahr|jahre|jahren|minute*|-jährige*",
    "rewrites": (
        r"\b(?:eine |einer )?halbe(?:n)? (million|milliarde)\b=>0.5 \1|"
        r"\beinhalb (million|milliarden)\b=>0.5 \1"
    ),
    "stop": (
        "der|die|das|den|dem|soldaten|soldat|truppen|nordkoreanische|nordkoreanischen|"
        "getötet|verletzt|tote|verwundete|verluste|mann|menschen|ersten|insgesamt|bereits|"
        "rund|etwa|bis|zu|über|mehr|als|mindestens|und|oder|von|mit|im|nach|nur|noch|"
        "arbeiter|granaten|raketen|schätzungsweise|sollen|sind|wurden"
    ),
}

ES = {
    "numbers": (
        "cero=0|uno=1|dos=2|tres=3|cuatro=4|cinco=5|seis=6|siete=7|ocho=8|nueve=9|diez=10|"
        "once=11|doce=12|trece=13|catorce=14|quince=15|dieciséis=16|dieciseis=16|"
        "diecisiete=17|dieciocho=18|diecinueve=19|veinte=20|veintiuno=21|veintiún=21|"
        "veintiuna=21|veintidós=22|veintidos=22|veintitrés=23|veintitres=23|"
        "veinticuatro=24|veinticinco=25|veintiséis=26|veintiseis=26|veintisiete=27|"
        "veintiocho=28|veintinueve=29|treinta=30|cuarenta=40|cincuenta=50|sesenta=60|"
        "setenta=70|ochenta=80|noventa=90|cien=100|ciento=100|doscientos=200|doscientas=200|"
        "trescientos=300|trescientas=300|cuatrocientos=400|cuatrocientas=400|"
        "quinientos=500|quinientas=500|seiscientos=600|seiscientas=600|setecientos=700|"
        "setecientas=700|ochocientos=800|ochocientas=800|novecientos=900|novecientas=900"
    ),
    "scales": (
        "mil=1e3|millón=1e6|millon=1e6|millones=1e6|mill.=1e6|mln=1e6|k=1e3|"
        "millardo=1e9|millardos=1e9"
    ),
    "after_number": "k|mill.|mln",
    "collective": (
        "decena=10|docena=12|veintena=20|treintena=30|cuarentena=40|cincuentena=50|"
        "centenar=100|centena=100|millar=1e3"
    ),
    "vague": (
        "decenas=10|docenas=12|cientos=100|centenares=100|centenas=100|miles=1e3|"
        "millares=1e3|millones=1e6"
    ),
    "several": "varios|varias|algunos|algunas|unos cuantos|unas cuantas|un par de|unos pocos",
    "articles": "un|una",
    "of": "de",
    "and": "y",
    "approx": (
        "alrededor de|unos|unas|cerca de|aproximadamente|aprox.|en torno a|en torno de|"
        "del orden de|un estimado de|estimados|estimadas|se estima que|aproximados|"
        "alrededor|unos aproximadamente|~|cerca|a rededor de|algo así como"
    ),
    "at_least": (
        "más de|mas de|al menos|por lo menos|como mínimo|como minimo|mínimo|no menos de|"
        "supera|superan|superó|supero|superaron|sobrepasa|sobrepasan|sobrepasó|rebasa|"
        "rebasan|excede|exceden|algo más de|bastante más de|ya supera|superior a|"
        "superiores a|arriba de|por encima de|sobre"
    ),
    "at_most": (
        "hasta|menos de|como máximo|como maximo|máximo|no más de|un máximo de|hasta unos|"
        "inferior a|por debajo de"
    ),
    "nearly": "casi|rozando|roza|rozan|próximo a|próximos a|poco menos de",
    "post_approx": "aproximadamente|más o menos",
    "post_at_least": "o más|y más|al menos|como mínimo|+",
    "post_at_most": "como máximo",
    "additional": (
        "otros|otras|adicionales|adicional|nuevos|más otros|un nuevo contingente de|refuerzos de"
    ),
    "additional_post": "más|adicionales|otros",
    "including": "incluidos|incluidas|incluyendo|de los cuales|de ellos|entre ellos",
    "total": "un total de|total|en total|totalizando|en conjunto|suman|sumando|en suma",
    "range_pre": "entre|de|desde",
    "range_sep": "a|o|al|hasta|y hasta",
    "range_and": "y",
    "percent": "%|por ciento|por cien",
    "fraction": "medio|media|mitad|tercio|tercios|cuarto|cuartos|quinto|mayoría|proporción|de cada",
    "rate": (
        "por día|por dia|al día|al dia|diarios|diarias|diariamente|por semana|a la semana|"
        "al mes|por mes|por hora|al año|por año|cada uno|cada una|cada|por cada"
    ),
    "units": "batallón|batallones|brigada*|regimiento*|división|divisiones|compañía*|unidades",
    "uncountable": "muchos|muchas|numerosos|numerosas|un gran número|gran cantidad",
    "months": (
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
        "noviembre|diciembre"
    ),
    "year_pre": "en|desde|año|a finales de|a principios de",
    "year_post": "",
    "time_units": "hora*|día|días|dia|dias|semana*|mes|meses|año|años|minuto*|noche*",
    "rewrites": (
        r"\bmedio (millón|millon|centenar|millar)\b=>0.5 \1"
        r"|\b(?:un |1 )(millón|millon|millar) y medio\b=>1.5 \1"
    ),
    "stop": (
        "el|la|los|las|soldados|tropas|militares|norcoreanos|muertos|heridos|bajas|"
        "personas|trabajadores|equipos|artillería|misiles|y|de|del|en|con|por|para|que|"
        "se|ya|más|menos|unos|cerca|alrededor|total"
    ),
}

FR = {
    "numbers": (
        "zéro=0|un=1|une=1|deux=2|trois=3|quatre=4|cinq=5|six=6|sept=7|huit=8|neuf=9|dix=10|"
        "onze=11|douze=12|treize=13|quatorze=14|quinze=15|seize=16|vingt=20|vingts=20|"
        "trente=30|quarante=40|cinquante=50|soixante=60|septante=70|huitante=80|"
        "octante=80|nonante=90"
    ),
    "small": "cent=100|cents=100",
    "scales": "mille=1e3|mil=1e3|million=1e6|millions=1e6|milliard=1e9|milliards=1e9|k=1e3",
    "after_number": "k",
    "collective": (
        "dizaine=10|douzaine=12|quinzaine=15|vingtaine=20|trentaine=30|quarantaine=40|"
        "cinquantaine=50|soixantaine=60|centaine=100|millier=1e3|dizaines=10|"
        "centaines=100|milliers=1e3|douzaines=12"
    ),
    "vague": "dizaines=10|douzaines=12|centaines=100|milliers=1e3|millions=1e6",
    "several": "plusieurs|quelques|certains",
    "articles": "un|une",
    "of": "de|d'",
    "and": "et",
    "approx": (
        "environ|quelque|autour de|aux alentours de|approximativement|à peu près|"
        "estimé à|estimés à|estimées à|estimée à|une estimation de|grosso modo|en gros|"
        "de l'ordre de|d'environ|dans les|~|env."
    ),
    "at_least": (
        "plus de|au moins|au minimum|pas moins de|plus d'|dépasse|dépassent|dépassé|"
        "dépassant|excède|excèdent|supérieur à|supérieurs à|bien plus de|largement plus de|"
        "un peu plus de|au-delà de|plus de quelque|a minima|minimum"
    ),
    "at_most": (
        "jusqu'à|moins de|au plus|au maximum|pas plus de|tout au plus|maximum|"
        "inférieur à|en dessous de|jusqu'a"
    ),
    "nearly": (
        "près de|presque|quasi|quasiment|pas loin de|frôle|frôlent|avoisine|avoisinent|"
        "approche|approchent|un peu moins de|pres de"
    ),
    "post_approx": "environ|à peu près",
    "post_at_least": "ou plus|et plus|au moins|+",
    "post_at_most": "au plus|au maximum",
    "additional": "supplémentaires|supplémentaire|autres|nouveaux|nouvelles|de renfort|renforts",
    "additional_post": "de plus|supplémentaires|autres|en plus",
    "including": "dont|y compris|parmi lesquels|parmi eux",
    "total": "au total|en tout|un total de|total|au total de|soit",
    "range_pre": "entre|de",
    "range_sep": "à|a|ou|jusqu'à",
    "range_and": "et",
    "percent": "%|pour cent|pourcent|pour-cent",
    "fraction": "moitié|tiers|quart|quarts|cinquième|majorité|proportion|demi",
    "rate": (
        "par jour|chaque jour|quotidiennement|par semaine|par mois|par heure|par an|"
        "par année|chacun|chacune|chaque|par"
    ),
    "units": "bataillon*|brigade*|régiment*|division*|compagnie*|unités",
    "uncountable": "nombreux|nombreuses|de nombreux|beaucoup|un grand nombre|bon nombre",
    "months": (
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
        "novembre|décembre|decembre"
    ),
    "year_pre": "en|depuis|année|fin|début|courant",
    "year_post": "",
    "time_units": "heure*|jour|jours|semaine*|mois|an|ans|année*|minute*|nuit*",
    "rewrites": (
        r"\b(?:un )?demi-? ?(million|milliard)\b=>0.5 \1|"
        r"\b(soixante|quatre-vingts?|quatre vingts?)(?:[- ](et[- ])?(un|une|deux|trois|quatre|"
        r"cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|"
        r"dix-huit|dix-neuf))?\b=>FR7099"
        r"|\b(?:un |1 )(million|milliard) et demi\b=>1.5 \1"
    ),
    "stop": (
        "le|la|les|des|du|soldats|soldat|troupes|militaires|nord-coréens|nord-coréen|tués|"
        "blessés|morts|pertes|hommes|travailleurs|ont|été|sont|et|de|en|avec|pour|premier|"
        "contingent|environ|plus|moins|au|aux|supplémentaires|quelque"
    ),
}

IT = {
    "numbers": "zero=0|uno=1",
    "compound": (
        "uno=1|un=1|una=1|due=2|tre=3|tré=3|quattro=4|cinque=5|sei=6|sette=7|otto=8|nove=9|"
        "dieci=10|undici=11|dodici=12|tredici=13|quattordici=14|quindici=15|sedici=16|"
        "diciassette=17|diciotto=18|diciannove=19|venti=20|vent=20|trenta=30|trent=30|"
        "quaranta=40|quarant=40|cinquanta=50|cinquant=50|sessanta=60|sessant=60|"
        "settanta=70|settant=70|ottanta=80|ottant=80|novanta=90|novant=90|cento=*100|"
        "cent=*100|mille=**1000|mila=**1000"
    ),
    "scales": "mila=1e3|mille=1e3|milione=1e6|milioni=1e6|miliardo=1e9|miliardi=1e9|mln=1e6|k=1e3",
    "after_number": "k|mln",
    "collective": (
        "decina=10|dozzina=12|quindicina=15|ventina=20|trentina=30|quarantina=40|"
        "cinquantina=50|sessantina=60|centinaio=100|migliaio=1e3"
    ),
    "vague": "decine=10|dozzine=12|centinaia=100|migliaia=1e3|milioni=1e6",
    "several": "diversi|diverse|parecchi|parecchie|alcuni|alcune|qualche|vari|varie",
    "articles": "un|una|uno",
    "of": "di|d'",
    "and": "e",
    "approx": (
        "circa|intorno a|intorno ai|intorno alle|attorno a|attorno ai|all'incirca|"
        "approssimativamente|stimati|stimate|una stima di|sui|sulle|~|nell'ordine di|"
        "dell'ordine di"
    ),
    "at_least": (
        "più di|oltre|almeno|non meno di|supera|superano|superato|superati|ben oltre|"
        "più di circa|quasi più di|sopra|superiore a|minimo"
    ),
    "at_most": "fino a|non più di|meno di|al massimo|massimo|fino ad|inferiore a",
    "nearly": (
        "quasi|poco meno di|vicino a|sfiora|sfiorano|prossimo a|prossimi a|pressoché|vicini a"
    ),
    "post_approx": "circa",
    "post_at_least": "o più|e più|+",
    "post_at_most": "al massimo",
    "additional": "altri|altre|ulteriori|ulteriore|nuovi|supplementari|aggiuntivi",
    "additional_post": "in più|altri",
    "including": "di cui|tra cui|compresi|inclusi",
    "total": "in totale|totale|complessivamente|in tutto|un totale di",
    "range_pre": "tra|fra|da",
    "range_sep": "a|o|fino a",
    "range_and": "e",
    "percent": "%|per cento|percento",
    "fraction": "mezzo|metà|terzo|terzi|quarto|quarti|maggioranza|proporzione",
    "rate": (
        "al giorno|ogni giorno|quotidianamente|alla settimana|al mese|all'ora|all'anno|ciascuno|"
        "ciascuna|ogni"
    ),
    "units": "battaglion*|brigat*|reggiment*|division*|compagni*",
    "uncountable": "molti|molte|numerosi|numerose|tanti|un gran numero",
    "months": (
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
        "novembre|dicembre"
    ),
    "year_pre": "nel|dal|anno|entro il|a fine|inizio",
    "year_post": "",
    "time_units": "ora|ore|giorno|giorni|settiman*|mese|mesi|anno|anni|minut*|nott*",
    "rewrites": (
        r"\bmezzo (milione|miliardo|migliaio)\b=>0.5 \1"
        r"|\b(?:un |1 )(milione|miliardo) e mezzo\b=>1.5 \1"
    ),
    "stop": (
        "il|lo|la|i|gli|le|soldati|truppe|militari|nordcoreani|morti|feriti|uccisi|vittime|"
        "perdite|primi|prime|e|di|del|della|in|con|per|che|circa|oltre|quasi"
    ),
}

PT = {
    "numbers": (
        "zero=0|um=1|uma=1|dois=2|duas=2|três=3|tres=3|quatro=4|cinco=5|seis=6|sete=7|oito=8|"
        "nove=9|dez=10|onze=11|doze=12|treze=13|catorze=14|quatorze=14|quinze=15|"
        "dezesseis=16|dezasseis=16|dezessete=17|dezassete=17|dezoito=18|dezenove=19|"
        "dezanove=19|vinte=20|trinta=30|quarenta=40|cinquenta=50|sessenta=60|setenta=70|"
        "oitenta=80|noventa=90|cem=100|cento=100|duzentos=200|duzentas=200|trezentos=300|"
        "trezentas=300|quatrocentos=400|quatrocentas=400|quinhentos=500|quinhentas=500|"
        "seiscentos=600|seiscentas=600|setecentos=700|setecentas=700|oitocentos=800|"
        "oitocentas=800|novecentos=900|novecentas=900"
    ),
    "scales": (
        "mil=1e3|milhão=1e6|milhao=1e6|milhões=1e6|milhoes=1e6|mi=1e6|bilhão=1e9|bilhões=1e9|k=1e3"
    ),
    "after_number": "k|mi",
    "collective": "dezena=10|dúzia=12|duzia=12|vintena=20|centena=100|milhar=1e3",
    "vague": "dezenas=10|dúzias=12|centenas=100|milhares=1e3|milhões=1e6",
    "several": "vários|várias|varios|alguns|algumas|uns poucos|umas poucas|um par de",
    "articles": "um|uma",
    "of": "de",
    "and": "e",
    "approx": (
        "cerca de|aproximadamente|por volta de|em torno de|uns|umas|estimados|estimadas|"
        "aprox.|~|na ordem de|da ordem de|algo como|cerca"
    ),
    "at_least": (
        "mais de|pelo menos|ao menos|no mínimo|no minimo|não menos de|supera|superam|"
        "superou|ultrapassa|ultrapassam|ultrapassou|excede|excedem|acima de|bem mais de|"
        "mínimo de|superior a"
    ),
    "at_most": (
        "até|no máximo|não mais de|não mais que|menos de|um máximo de|máximo de|"
        "inferior a|abaixo de"
    ),
    "nearly": "quase|perto de|próximo de|próximo a|beirando|beira|quase que",
    "post_approx": "aproximadamente",
    "post_at_least": "ou mais|e tanto|+|no mínimo",
    "post_at_most": "no máximo",
    "additional": "outros|outras|adicionais|adicional|novos|mais outros|reforço de",
    "additional_post": "a mais|adicionais",
    "including": "incluindo|dos quais|entre eles|inclusive",
    "total": "totalizando|total|no total|um total de|ao todo|somando|em conjunto",
    "range_pre": "entre|de",
    "range_sep": "a|ou|até",
    "range_and": "e",
    "percent": "%|por cento",
    "fraction": "meio|meia|metade|terço|terços|quarto|quartos|maioria|proporção",
    "rate": (
        "por dia|ao dia|diários|diariamente|por semana|por mês|ao mês|por hora|por ano|ao ano|"
        "cada um|cada uma|cada"
    ),
    "units": "batalhão|batalhões|brigada*|regimento*|divisão|divisões|companhia*|unidades",
    "uncountable": "muitos|muitas|numerosos|numerosas|um grande número",
    "months": (
        "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|"
        "novembro|dezembro"
    ),
    "year_pre": "em|desde|ano",
    "year_post": "",
    "time_units": "hora*|dia|dias|semana*|mês|mes|meses|ano|anos|minuto*|noite*",
    "rewrites": (
        r"\bmeio (milhão|milhao|bilhão)\b=>0.5 \1"
        r"|\b(?:um |1 )(milhão|milhao) e meio\b=>1.5 \1"
    ),
    "stop": (
        "o|a|os|as|soldados|tropas|militares|norte-coreanos|mortos|feridos|baixas|pessoas|"
        "trabalhadores|e|de|do|da|em|com|para|que|mais|cerca|quase"
    ),
}

# Russian and Ukrainian: the case forms a figure takes after prepositions.
RU = {
    "numbers": (
        "ноль=0|один=1|одна=1|одно=1|одного=1|одной=1|одному=1|одним=1|одном=1|одну=1|"
        "два=2|две=2|двух=2|двум=2|двумя=2|три=3|трех=3|трёх=3|трем=3|трём=3|тремя=3|"
        "четыре=4|четырех=4|четырёх=4|четырем=4|четырём=4|четырьмя=4|пять=5|пяти=5|пятью=5|"
        "шесть=6|шести=6|шестью=6|семь=7|семи=7|семью=7|восемь=8|восьми=8|восемью=8|"
        "восьмью=8|девять=9|девяти=9|девятью=9|десять=10|десяти=10|десятью=10|"
        "одиннадцать=11|одиннадцати=11|двенадцать=12|двенадцати=12|тринадцать=13|"
        "тринадцати=13|четырнадцать=14|четырнадцати=14|пятнадцать=15|пятнадцати=15|"
        "шестнадцать=16|шестнадцати=16|семнадцать=17|семнадцати=17|восемнадцать=18|"
        "восемнадцати=18|девятнадцать=19|девятнадцати=19|двадцать=20|двадцати=20|"
        "тридцать=30|тридцати=30|сорок=40|сорока=40|пятьдесят=50|пятидесяти=50|"
        "шестьдесят=60|шестидесяти=60|семьдесят=70|семидесяти=70|восемьдесят=80|"
        "восьмидесяти=80|девяносто=90|девяноста=90|сто=100|ста=100|двести=200|двухсот=200|"
        "двумстам=200|триста=300|трехсот=300|трёхсот=300|четыреста=400|четырехсот=400|"
        "четырёхсот=400|пятьсот=500|пятисот=500|шестьсот=600|шестисот=600|семьсот=700|"
        "семисот=700|восемьсот=800|восьмисот=800|девятьсот=900|девятисот=900|полтора=1.5|"
        "полторы=1.5|полутора=1.5|полмиллиона=500000|полумиллиона=500000|полтысячи=500|полсотни=50"
    ),
    "scales": (
        "тысяча=1e3|тысячи=1e3|тысяч=1e3|тысячу=1e3|тысячей=1e3|тысячам=1e3|тысячами=1e3|"
        "тысячах=1e3|тыс.=1e3|тыс=1e3|миллион=1e6|миллиона=1e6|миллионов=1e6|миллионы=1e6|"
        "миллионом=1e6|млн.=1e6|млн=1e6|миллиард=1e9|миллиарда=1e9|миллиардов=1e9|млрд=1e9|"
        "млрд.=1e9|к=1e3"
    ),
    "after_number": "к",
    "collective": (
        "десяток=10|десятка=10|десятком=10|дюжина=12|дюжину=12|сотня=100|"
        "сотни=100|сотню=100|сотней=100"
    ),
    "vague": (
        "десятки=10|десятков=10|дюжины=12|сотни=100|сотен=100|сотнями=100|тысячи=1e3|"
        "тысяч=1e3|тысячами=1e3|миллионы=1e6|миллионов=1e6"
    ),
    "several": "несколько|нескольких|пара|пару|пары|ряд|некоторые|некоторых",
    "of": "",
    "and": "",
    "approx": (
        "около|порядка|приблизительно|примерно|ориентировочно|где-то|в районе|"
        "ориентировочно около|по оценкам|по разным оценкам|предположительно|~|ок.|"
        "приблизительно около|до порядка"
    ),
    "at_least": (
        "более|больше|свыше|не менее|по меньшей мере|по крайней мере|как минимум|минимум|"
        "превысило|превысил|превысила|превысили|превышает|превышают|превысит|"
        "более чем|больше чем|сверх|от|не меньше|не меньше чем|уже более|далеко за|за"
    ),
    "at_most": (
        "до|не более|не больше|менее|меньше|как максимум|максимум|вплоть до|не свыше|"
        "менее чем|меньше чем|не более чем"
    ),
    "nearly": "почти|без малого|чуть менее|чуть меньше|приближается к|около почти|едва ли не|под",
    "post_approx": "примерно|приблизительно",
    "post_at_least": "с лишним|и более|или более|и больше|или больше|с небольшим|+",
    "post_at_most": "",
    "additional": (
        "ещё|еще|дополнительно|дополнительных|дополнительные|дополнительный|новых|"
        "новые|очередные|очередных|других"
    ),
    "additional_post": "",
    "including": "в том числе|из них|включая|среди них",
    "total": "в общей сложности|всего|итого|общей численностью|в сумме|общим числом|суммарно",
    "range_pre": "от|между|с",
    "range_sep": "до|или|и до|либо",
    "range_and": "и",
    "percent": "%|процент*",
    "fraction": "половин*|треть|трети|третей|четверть|четверти|большинство|доля|из каждых",
    "rate": (
        "в день|в сутки|ежедневно|в неделю|в месяц|ежемесячно|в час|в год|ежегодно|"
        "каждый|каждая|каждое|каждого|каждой"
    ),
    "units": (
        "батальон*|бригад*|полк|полка|полку|полки|полков|полком|дивизи*|рота|роты|роту|"
        "рот|взвод*|корпус*|подразделени*"
    ),
    "uncountable": "много|многие|многих|множество|большое количество|значительное число|немало",
    "months": (
        "январь|января|февраль|февраля|март|марта|апрель|апреля|май|мая|июнь|июня|июль|"
        "июля|август|августа|сентябрь|сентября|октябрь|октября|ноябрь|ноября|декабрь|декабря"
    ),
    "year_pre": "начале|конце|середине",
    "year_post": "год|года|году|г.|г|гг.|годов",
    "time_units": "час*|день|дня|дней|сутки|суток|недел*|месяц*|лет|год|года|году|минут*|ноч*",
    "rewrites": (
        r"\bпол(?:-| )?(миллиона|тысячи|сотни)\b=>0.5 \1|"
        r"\bполтор(?:а|ы) (тысячи|миллиона|сотни)\b=>1.5 \1"
    ),
    "stop": (
        "военных|военнослужащих|солдат|военные|человек|северокорейских|кндр|погибли|"
        "ранены|убиты|потери|рабочих|снарядов|в|и|на|с|по|из|не|что|общей|сложности|"
        "около|более|тысяч|порядка|до|ещё|еще|всего|ребят|одного|военных"
    ),
}

UK = {
    "numbers": (
        "нуль=0|один=1|одна=1|одне=1|одного=1|одній=1|одному=1|одним=1|одну=1|однієї=1|"
        "два=2|дві=2|двох=2|двом=2|двома=2|три=3|трьох=3|трьом=3|трьома=3|чотири=4|"
        "чотирьох=4|чотирьом=4|чотирма=4|п'ять=5|п'яти=5|п'ятьох=5|п'ятьом=5|п'ятьма=5|"
        "шість=6|шести=6|шістьох=6|шістьма=6|сім=7|семи=7|сімох=7|сьома=7|вісім=8|"
        "восьми=8|вісьмох=8|вісьма=8|дев'ять=9|дев'яти=9|дев'ятьох=9|дев'ятьма=9|"
        "десять=10|десяти=10|десятьох=10|десятьма=10|одинадцять=11|одинадцяти=11|"
        "дванадцять=12|дванадцяти=12|тринадцять=13|тринадцяти=13|чотирнадцять=14|"
        "чотирнадцяти=14|п'ятнадцять=15|п'ятнадцяти=15|шістнадцять=16|шістнадцяти=16|"
        "сімнадцять=17|сімнадцяти=17|вісімнадцять=18|вісімнадцяти=18|дев'ятнадцять=19|"
        "дев'ятнадцяти=19|двадцять=20|двадцяти=20|тридцять=30|тридцяти=30|сорок=40|"
        "сорока=40|п'ятдесят=50|п'ятдесяти=50|шістдесят=60|шістдесяти=60|сімдесят=70|"
        "сімдесяти=70|вісімдесят=80|вісімдесяти=80|дев'яносто=90|дев'яноста=90|сто=100|"
        "ста=100|двісті=200|двохсот=200|триста=300|трьохсот=300|чотириста=400|"
        "чотирьохсот=400|п'ятсот=500|п'ятисот=500|шістсот=600|шестисот=600|сімсот=700|"
        "семисот=700|вісімсот=800|восьмисот=800|дев'ятсот=900|дев'ятисот=900|півтора=1.5|"
        "півтори=1.5|півмільйона=500000|півтисячі=500|півсотні=50"
    ),
    "scales": (
        "тисяча=1e3|тисячі=1e3|тисяч=1e3|тисячу=1e3|тисячею=1e3|тисячам=1e3|тисячами=1e3|"
        "тисячах=1e3|тис.=1e3|тис=1e3|мільйон=1e6|мільйона=1e6|мільйонів=1e6|мільйони=1e6|"
        "млн.=1e6|млн=1e6|мільярд=1e9|мільярда=1e9|мільярдів=1e9|млрд=1e9|млрд.=1e9|к=1e3"
    ),
    "after_number": "к",
    "collective": "десяток=10|десятка=10|дюжина=12|дюжини=12|сотня=100|сотні=100|сотню=100",
    "vague": (
        "десятки=10|десятків=10|дюжини=12|сотні=100|сотень=100|сотнями=100|тисячі=1e3|"
        "тисяч=1e3|тисячами=1e3|мільйони=1e6|мільйонів=1e6"
    ),
    "several": "кілька|декілька|кількох|декількох|пара|пару|кількасот=*100|деякі|деяких",
    "of": "",
    "and": "",
    "approx": (
        "близько|приблизно|орієнтовно|порядку|в районі|за оцінками|за різними оцінками|"
        "ймовірно близько|~|десь|приблизно близько"
    ),
    "at_least": (
        "понад|більше|більш ніж|більше ніж|щонайменше|не менше|не менш ніж|не менше ніж|"
        "принаймні|як мінімум|мінімум|перевищує|перевищило|перевищили|перевищила|"
        "перевищують|перевищив|вже понад|від|понад як|сягає понад|за"
    ),
    "at_most": (
        "до|не більше|не більш ніж|не більше ніж|менш ніж|менше ніж|менше|максимум|як максимум|"
        "аж до"
    ),
    "nearly": "майже|ледь не|трохи менше|трохи менш ніж|без малого|наближається до|під",
    "post_approx": "приблизно",
    "post_at_least": "з гаком|і більше|або більше|з лишком|+",
    "post_at_most": "",
    "additional": (
        "ще|додатково|додаткових|додаткові|додатковий|нових|нові|чергові|чергових|інших"
    ),
    "additional_post": "",
    "including": "у тому числі|в тому числі|з них|включно з|серед них|зокрема",
    "total": "загалом|усього|всього|загальною кількістю|в цілому|разом",
    "range_pre": "від|між|з",
    "range_sep": "до|або|чи|і до",
    "range_and": "і|й|та",
    "percent": "%|відсот*",
    "fraction": "половин*|третин*|чверть|чверті|більшість|частка|з кожних",
    "rate": (
        "на день|на добу|щодня|на тиждень|на місяць|щомісяця|на годину|на рік|щороку|кожен|"
        "кожна|кожного|кожної"
    ),
    "units": (
        "батальйон*|бригад*|полк|полку|полки|полків|полком|дивізі*|рота|роти|роту|рот|"
        "взвод*|корпус*|підрозділ*"
    ),
    "uncountable": "багато|чимало|численні|численних|велика кількість|значна кількість",
    "months": (
        "січень|січня|лютий|лютого|березень|березня|квітень|квітня|травень|травня|червень|"
        "червня|липень|липня|серпень|серпня|вересень|вересня|жовтень|жовтня|листопад|"
        "листопада|грудень|грудня"
    ),
    "year_pre": "початку|кінці|середині",
    "year_post": "рік|року|році|р.|р|рр.|років",
    "time_units": (
        "годин*|день|дні|днів|доба|доби|діб|тиж*|місяц*|місяців|рік|роки|років|хвилин*|ноч*"
    ),
    "rewrites": (
        r"\bпів(?:-| )?(мільйона|тисячі|сотні)\b=>0.5 \1|"
        r"\bпівтор(?:а|и) (тисячі|мільйона|сотні)\b=>1.5 \1"
    ),
    "stop": (
        "військових|військовослужбовців|солдатів|вояків|людей|осіб|північнокорейських|кндр|"
        "загинули|поранені|втрати|і|та|в|у|на|з|із|що|не|близько|понад|тисяч|тис|ще|"
        "дітей|загиблих|російських"
    ),
}

KO = {
    "numbers": "한=1|두=2|세=3|네=4|다섯=5|여섯=6|일곱=7|여덟=8|아홉=9|열=10",
    "small": "십=10|백=100|천=1000",
    "scales": "만=1e4|억=1e8|조=1e12|k=1e3",
    "after_number": "k",
    "collective": "",
    "vague": "수십=10|수백=100|수천=1e3|수만=1e4|수십만=1e5|수백만=1e6|수천만=1e7",
    "vague_prefix": "수",
    "several": "몇|여러|몇몇",
    "approx": "약|대략|추정|줄잡아|어림잡아|~|대략적으로|약간",
    "at_least": "최소|적어도|최소한|무려|최저",
    "at_most": "최대|많게는|최고",
    "nearly": "거의|근",
    "post_approx": "정도|가량|쯤|안팎|내외|규모|남짓한|께",
    "post_at_least": "이상|넘는|넘게|넘어|넘었|넘어선|넘긴|넘은|초과|넘|상회|남짓|+",
    "post_at_most": "이하|미만|까지",
    "post_nearly": "가까이|가까운|육박|가깝",
    "weak_at_least": "여",
    "additional": "추가|추가로|추가적|더|또|새로|또다시|증원",
    "additional_post": "",
    "including": "이 중|그중|포함",
    "total": "총|모두|누적|합계|전체",
    "range_pre": "",
    "range_sep": "~|에서|내지|-|∼",
    "range_and": "",
    "percent": "%|퍼센트|프로",
    "fraction": "절반|분의|과반|대부분|삼분의|3분의",
    "rate": "하루|매일|일일|매주|매달|매월|각각|각|당",
    "units": "대대|여단|연대|사단|중대|군단|소대|부대",
    "uncountable": "다수|많은|상당수|대규모",
    "months": "",
    "year_pre": "",
    "year_post": "년|월|일|년도",
    "time_units": "시간|일간|주간|개월|년간|주일",
    "stop": "명|북한군|병사|명을|명의|파병|병력|사상자|사망|부상|포로|파병된",
}

JA = {
    "numbers": "一=1|二=2|三=3|四=4|五=5|六=6|七=7|八=8|九=9|〇=0|零=0|両=2",
    "small": "十=10|百=100|千=1000",
    "scales": "万=1e4|億=1e8|兆=1e12",
    "after_number": "",
    "collective": "",
    "vague": "",
    "vague_prefix": "数|何",
    "several": "数人|何人か|若干",
    "approx": "約|およそ|推定|概ね|おおよそ|ざっと|~|大体|約推定",
    "at_least": "少なくとも|最低|最低でも|少なくても",
    "at_most": "最大|最多|多くて|最大で",
    "nearly": "ほぼ|近|ほとんど",
    "post_approx": "ほど|程度|前後|ぐらい|くらい|規模|ばかり|内外|程",
    "post_at_least": "以上|超|超える|を超える|を上回る|上回る|強|超え|突破|+",
    "post_at_most": "以下|未満|まで",
    "post_nearly": "近く|近い|弱|に迫る|迫る",
    "weak_at_least": "余り|余|あまり|有余",
    "additional": "追加|さらに|新たに|更に|増派|追加で",
    "additional_post": "",
    "including": "うち|含む|含め",
    "total": "合計|計|総勢|全体|累計|総",
    "range_pre": "",
    "range_sep": "~|から|ないし|-|∼|〜",
    "range_and": "",
    "percent": "%|パーセント",
    "fraction": "半数|分の|半分|大半|過半|割",
    "rate": "1日あたり|一日あたり|毎日|日あたり|あたり|毎週|毎月|それぞれ|ずつ|当たり",
    "units": "大隊|旅団|連隊|師団|中隊|軍団|小隊|部隊",
    "uncountable": "多数|大勢|多くの|大量",
    "months": "",
    "year_pre": "",
    "year_post": "年|月|日|年度",
    "time_units": "時間|日間|週間|か月|ヶ月|カ月|年間",
    "stop": "人|名|兵士|北朝鮮|北朝鮮兵|派遣|戦死|負傷|発|の|が|を|は|約|以上|超",
}

ID = {
    "numbers": (
        "nol=0|satu=1|se=1|dua=2|tiga=3|empat=4|lima=5|enam=6|tujuh=7|delapan=8|sembilan=9|"
        "sepuluh=10|sebelas=11|seratus=100|seribu=1000|sejuta=1e6|belas=+10"
    ),
    "small": "puluh=10|ratus=100",
    "scales": "ribu=1e3|juta=1e6|miliar=1e9|rb=1e3|jt=1e6",
    "after_number": "rb|jt",
    "collective": "lusin=12",
    "vague": "puluhan=10|lusinan=12|ratusan=100|ribuan=1e3|puluhan ribu=1e4|jutaan=1e6",
    "several": "beberapa",
    "approx": (
        "sekitar|kira-kira|kurang lebih|lebih kurang|sekira|diperkirakan|kisaran|~|lk.|kurang-lebih"
    ),
    "at_least": (
        "lebih dari|setidaknya|sedikitnya|paling sedikit|minimal|sekurang-kurangnya|melebihi|"
        "melampaui|di atas|lebih"
    ),
    "at_most": "hingga|sampai|paling banyak|maksimal|kurang dari|sebanyak-banyaknya|di bawah",
    "nearly": "hampir|nyaris|mendekati|menjelang",
    "post_at_least": "lebih|lebih banyak|+",
    "additional": "tambahan|lagi|lainnya|baru",
    "additional_post": "lagi|lainnya|tambahan",
    "including": "termasuk|di antaranya",
    "total": "total|totalnya|secara total|keseluruhan|seluruhnya|sebanyak total",
    "range_pre": "antara|dari",
    "range_sep": "hingga|sampai|atau|-",
    "range_and": "dan",
    "percent": "%|persen",
    "fraction": "setengah|separuh|sepertiga|seperempat|dua pertiga|mayoritas|sebagian",
    "rate": (
        "per hari|sehari|setiap hari|per minggu|per bulan|per tahun|masing-masing|setiap|tiap|per"
    ),
    "units": "batalion|brigade|resimen|divisi|kompi|peleton|unit|korps",
    "uncountable": "banyak|sejumlah",
    "months": (
        "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
    ),
    "year_pre": "pada|tahun|sejak",
    "year_post": "",
    "time_units": "jam|hari|minggu|bulan|tahun|menit|malam",
    "stop": (
        "tentara|pasukan|prajurit|orang|korea|utara|tewas|terluka|yang|dan|dari|di|ke|sekitar|"
        "lebih|pasukan"
    ),
}

PL = {
    "numbers": (
        "zero=0|jeden=1|jedna=1|jedno=1|jednego=1|dwa=2|dwie=2|dwóch=2|trzy=3|trzech=3|"
        "cztery=4|czterech=4|pięć=5|pięciu=5|sześć=6|sześciu=6|siedem=7|siedmiu=7|osiem=8|"
        "ośmiu=8|dziewięć=9|dziewięciu=9|dziesięć=10|dziesięciu=10|jedenaście=11|"
        "dwanaście=12|trzynaście=13|czternaście=14|piętnaście=15|szesnaście=16|"
        "siedemnaście=17|osiemnaście=18|dziewiętnaście=19|dwadzieścia=20|trzydzieści=30|"
        "czterdzieści=40|pięćdziesiąt=50|sześćdziesiąt=60|siedemdziesiąt=70|"
        "osiemdziesiąt=80|dziewięćdziesiąt=90|sto=100|dwieście=200|trzysta=300|"
        "czterysta=400|pięćset=500|sześćset=600|siedemset=700|osiemset=800|dziewięćset=900"
    ),
    "scales": (
        "tysiąc=1e3|tysiące=1e3|tysięcy=1e3|tys.=1e3|tys=1e3|milion=1e6|miliony=1e6|"
        "milionów=1e6|mln=1e6|mln.=1e6|miliard=1e9|mld=1e9"
    ),
    "collective": "tuzin=12|setka=100",
    "vague": "dziesiątki=10|setki=100|tysiące=1e3|dziesiątki tysięcy=1e4|miliony=1e6",
    "several": "kilka|kilku|parę|paru",
    "approx": "około|ok.|mniej więcej|szacunkowo|rzędu|w przybliżeniu|~|szacuje się na",
    "at_least": "ponad|co najmniej|przynajmniej|więcej niż|powyżej|minimum|przeszło|blisko ponad",
    "at_most": "do|maksymalnie|najwyżej|mniej niż|poniżej|nie więcej niż|aż do",
    "nearly": "prawie|niemal|blisko|niespełna|prawie że",
    "post_at_least": "+|lub więcej",
    "additional": "kolejne|kolejnych|dodatkowe|dodatkowych|jeszcze|następne|następnych|nowych",
    "including": "w tym|z czego|spośród nich",
    "total": "łącznie|w sumie|ogółem|razem|w całości",
    "range_pre": "od|między|pomiędzy",
    "range_sep": "do|lub|albo|-",
    "range_and": "a",
    "percent": "%|procent|proc.",
    "fraction": "połowa|połowę|trzecia|ćwierć|większość",
    "rate": "dziennie|na dzień|tygodniowo|miesięcznie|rocznie|każdy|każda|po",
    "units": "batalion*|brygad*|pułk*|dywizj*|kompani*",
    "uncountable": "wielu|wiele|liczne|mnóstwo",
    "months": (
        "styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|"
        "czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|"
        "listopad|listopada|grudzień|grudnia"
    ),
    "year_pre": "w",
    "year_post": "r.|roku|rok",
    "time_units": "godzin*|dzień|dni|tydzień|tygodni*|miesiąc*|lat|rok|lata",
    "stop": (
        "żołnierzy|żołnierze|wojska|osób|ludzi|zabitych|rannych|co|i|w|na|z|do|tysięcy|najmniej"
    ),
}

HU = {
    "numbers": "nulla=0",
    "compound": (
        "egy=1|kettő=2|két=2|három=3|négy=4|öt=5|hat=6|hét=7|nyolc=8|kilenc=9|tíz=10|tiz=10|"
        "tizen=10|húsz=20|husz=20|huszon=20|harminc=30|negyven=40|ötven=50|hatvan=60|"
        "hetven=70|nyolcvan=80|kilencven=90|száz=*100|ezer=**1000"
    ),
    "scales": "ezer=1e3|millió=1e6|milliót=1e6|ezret=1e3|e.=1e3|ezren=1e3|milliárd=1e9",
    "collective": "tucat=12",
    "vague": (
        "tucatnyi=12|több száz=100|százak=100|ezrek=1e3|több ezer=1e3|tízezrek=1e4|milliók=1e6"
    ),
    "several": "néhány|számos|pár|néhányszáz=*100",
    "approx": (
        "mintegy|körülbelül|kb.|nagyjából|hozzávetőleg|megközelítőleg|úgy|becslések szerint|~|"
        "nagyságrendileg"
    ),
    "at_least": (
        "több mint|legalább|minimum|jóval több mint|meghaladja|meghaladta|túl|már több mint"
    ),
    "at_most": "legfeljebb|akár|kevesebb mint|maximum|egészen",
    "nearly": "csaknem|majdnem|közel|cirka|szinte|híján",
    "post_at_least": "felett|fölött|nál több|nél több|+",
    "post_at_most": "alatt|ig",
    "additional": "további|újabb|még|pótlólag|kiegészítő",
    "total": "összesen|összesítve|együttesen",
    "range_pre": "",
    "range_sep": "-|vagy|és",
    "range_and": "",
    "percent": "%|százalék*",
    "fraction": "fele|felét|harmada|harmadát|negyede|többsége",
    "rate": "naponta|hetente|havonta|évente|egyenként|fejenként",
    "units": "zászlóalj*|dandár*|ezred*|hadosztály*|század",
    "uncountable": "sok|számtalan|rengeteg",
    "months": (
        "január|február|március|április|május|június|július|augusztus|szeptember|október|"
        "november|december"
    ),
    "year_pre": "",
    "year_post": "ban|ben|óta|évben",
    "time_units": "óra|nap|napig|hét|hónap|év|éve|perc",
    "stop": (
        "katona|katonát|katonák|észak-koreai|meghalt|megsebesült|halott|sebesült|a|az|és|mintegy"
    ),
}

IS = {
    "numbers": (
        "núll=0|einn=1|ein=1|eitt=1|tveir=2|tvær=2|tvö=2|tveggja=2|þrír=3|þrjár=3|þrjú=3|"
        "fjórir=4|fjórar=4|fjögur=4|fimm=5|sex=6|sjö=7|átta=8|níu=9|tíu=10|ellefu=11|"
        "tólf=12|þrettán=13|fjórtán=14|fimmtán=15|sextán=16|sautján=17|átján=18|nítján=19|"
        "tuttugu=20|þrjátíu=30|fjörutíu=40|fimmtíu=50|sextíu=60|sjötíu=70|áttatíu=80|"
        "níutíu=90"
    ),
    "small": "hundruð=100|hundrað=100",
    "scales": "þúsund=1e3|milljón=1e6|milljónir=1e6|milljóna=1e6|þús.=1e3",
    "vague": "hundruð=100|þúsundir=1e3|tugir=10|milljónir=1e6",
    "several": "nokkrir|nokkur|nokkrar|nokkurra",
    "approx": "um|u.þ.b.|um það bil|tæplega um|í kringum|nálægt|~|rúmlega um|ríflega um",
    "at_least": (
        "yfir|meira en|að minnsta kosti|minnst|rúmlega|ríflega|vel yfir|fleiri en|hátt í fleiri"
    ),
    "at_most": "allt að|mest|í mesta lagi|færri en|undir|minna en",
    "nearly": "nærri|næstum|tæplega|hátt í|nánast|nær",
    "post_at_least": "+",
    "additional": "annar|önnur|aðrir|fleiri|til viðbótar|viðbótar|enn",
    "total": "alls|samtals|í heildina",
    "range_pre": "milli|frá",
    "range_sep": "til|eða",
    "range_and": "og",
    "percent": "%|prósent*",
    "fraction": "helmingur|helming|þriðjungur|þriðjung|fjórðungur|meirihluti",
    "rate": "á dag|daglega|á viku|á mánuði|á ári|hver|hvor",
    "units": "herfylki*|stórfylki*|fylki*|herdeild*",
    "uncountable": "margir|fjölmargir|mörg",
    "months": ("janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember"),
    "year_pre": "árið|frá|síðan",
    "year_post": "",
    "time_units": "klukkustund*|dag*|vik*|mánuð*|ár|árum|ára",
    "stop": (
        "hermenn|hermaður|hermanna|norðurkóreskir|norðurkóreskur|maðurinn|féllu|særðust|og|í|á|"
        "af|vel"
    ),
}

SL = {
    "numbers": (
        "nič=0|en=1|ena=1|eno=1|dva=2|dve=2|tri=3|štiri=4|pet=5|šest=6|sedem=7|osem=8|"
        "devet=9|deset=10|enajst=11|dvanajst=12|trinajst=13|štirinajst=14|petnajst=15|"
        "šestnajst=16|sedemnajst=17|osemnajst=18|devetnajst=19|dvajset=20|trideset=30|"
        "štirideset=40|petdeset=50|šestdeset=60|sedemdeset=70|osemdeset=80|devetdeset=90|"
        "sto=100|dvesto=200|tristo=300|štiristo=400|petsto=500|šeststo=600|sedemsto=700|"
        "osemsto=800|devetsto=900"
    ),
    "scales": "tisoč=1e3|milijon=1e6|milijona=1e6|milijonov=1e6|mio.=1e6|tis.=1e3",
    "vague": "desetine=10|stotine=100|tisoče=1e3|desettisoče=1e4|milijone=1e6",
    "several": "nekaj|več|nekoliko",
    "approx": "okoli|približno|okrog|kakih|ocenjeno|~|nekje",
    "at_least": "več kot|vsaj|najmanj|preko|čez|nad",
    "at_most": "do|največ|manj kot|vse do",
    "nearly": "skoraj|blizu|domala",
    "post_at_least": "+",
    "additional": "še|dodatnih|dodatni|novih|nadaljnjih",
    "total": "skupno|skupaj|vsega",
    "range_pre": "med|od",
    "range_sep": "do|ali",
    "range_and": "in",
    "percent": "%|odstot*",
    "fraction": "polovica|polovico|tretjina|tretjino|četrtina|večina",
    "rate": "na dan|dnevno|na teden|na mesec|na leto|vsak|vsaka",
    "units": "bataljon*|brigad*|polk*|divizij*|čet*",
    "uncountable": "veliko|številni|mnogo",
    "months": (
        "januar|januarja|februar|februarja|marec|marca|april|aprila|maj|maja|junij|junija|"
        "julij|julija|avgust|avgusta|september|septembra|oktober|oktobra|november|novembra|"
        "december|decembra"
    ),
    "year_pre": "leta|od",
    "year_post": "",
    "time_units": "ur|uro|ure|dan|dni|teden|tednov|mesec*|let|leto",
    "stop": "vojakov|vojaki|severnokorejskih|ubitih|ranjenih|ljudi|in|v|na|z|je|so|okoli",
}

MK = {
    "numbers": (
        "нула=0|еден=1|една=1|едно=1|два=2|две=2|три=3|четири=4|пет=5|шест=6|седум=7|"
        "осум=8|девет=9|десет=10|единаесет=11|дванаесет=12|триесет=30|четириесет=40|"
        "педесет=50|шеесет=60|седумдесет=70|осумдесет=80|деведесет=90|сто=100|двесте=200|"
        "триста=300|четиристотини=400|петстотини=500|шестотини=600|седумстотини=700|"
        "осумстотини=800|деветстотини=900|дваесет=20"
    ),
    "scales": "илјада=1e3|илјади=1e3|илј.=1e3|милион=1e6|милиони=1e6|млн=1e6|милијарда=1e9",
    "vague": "десетици=10|стотици=100|илјадници=1e3|илјади=1e3|милиони=1e6",
    "several": "неколку|неколкумина",
    "approx": "околу|приближно|проценети|~|некаде",
    "at_least": "над|повеќе од|најмалку|барем|преку|најмалку околу",
    "at_most": "до|најмногу|помалку од",
    "nearly": "речиси|скоро|близу|блиску до",
    "post_at_least": "+",
    "additional": "уште|дополнителни|дополнителни|нови",
    "total": "вкупно|севкупно|збирно",
    "range_pre": "од|меѓу",
    "range_sep": "до|или",
    "range_and": "и",
    "percent": "%|процент*",
    "fraction": "половина|третина|четвртина|мнозинство",
    "rate": "дневно|на ден|неделно|месечно|годишно|секој|секоја",
    "units": "баталјон*|бригад*|полк*|дивизи*",
    "uncountable": "многу|бројни",
    "months": (
        "јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември"
    ),
    "year_pre": "во|година|годината",
    "year_post": "година|г.",
    "time_units": "час*|ден|дена|недел*|месец*|години",
    "stop": "војници|севернокорејски|убиени|ранети|загинати|луѓе|и|во|на|од|со|околу|вкупно",
}

ET = {
    "numbers": (
        "null=0|üks=1|kaks=2|kolm=3|neli=4|viis=5|kuus=6|seitse=7|kaheksa=8|üheksa=9|"
        "kümme=10|sada=100|kakssada=200|kolmsada=300|nelisada=400|viissada=500"
    ),
    "scales": "tuhat=1e3|tuhande=1e3|tuh.=1e3|miljon=1e6|miljonit=1e6|miljoni=1e6|mln=1e6",
    "vague": "kümned=10|sajad=100|tuhanded=1e3|kümned tuhanded=1e4|miljonid=1e6",
    "several": "mitu|mitmed|paar|mõned|mõni",
    "approx": "umbes|ligikaudu|u|ca|hinnanguliselt|~|ümmarguselt|kuskil",
    "at_least": "üle|vähemalt|rohkem kui|enam kui|tublisti üle",
    "at_most": "kuni|mitte rohkem kui|alla|vähem kui|kõige rohkem",
    "nearly": "ligi|peaaegu|pea|kõigest alla|napilt alla",
    "post_at_least": "+",
    "additional": "veel|täiendavad|täiendavalt|uued|lisaks",
    "total": "kokku|kokku umbes|kogu",
    "range_pre": "",
    "range_sep": "kuni|või|-",
    "range_and": "",
    "percent": "%|protsent*",
    "fraction": "pool|poole|kolmandik|veerand|enamik",
    "rate": "päevas|nädalas|kuus|aastas|igaüks",
    "units": "pataljon*|brigaad*|polk*|diviis*",
    "uncountable": "palju|arvukalt",
    "months": (
        "jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember"
    ),
    "year_pre": "aastal|alates",
    "year_post": "",
    "time_units": "tund*|päev*|nädal*|kuu|aasta*",
    "stop": "sõdurit|sõdurid|põhja-korea|hukkus|haavata|ja|on|ning|umbes",
}

RO = {
    "numbers": (
        "zero=0|unu=1|una=1|doi=2|două=2|doua=2|trei=3|patru=4|cinci=5|șase=6|sase=6|șapte=7|"
        "sapte=7|opt=8|nouă=9|noua=9|zece=10|douăzeci=20|treizeci=30|patruzeci=40|"
        "cincizeci=50|o sută=100|sută=100|suta=100|sute=100"
    ),
    "scales": "mie=1e3|mii=1e3|milion=1e6|milioane=1e6|mil.=1e6|mld.=1e9",
    "vague": "zeci=10|sute=100|mii=1e3|zeci de mii=1e4|milioane=1e6",
    "several": "câteva|cateva|câțiva|cativa|mai multe|mai mulți",
    "articles": "o|un",
    "of": "de",
    "approx": "aproximativ|circa|în jur de|in jur de|cca|cca.|aprox.|vreo|~|estimat la",
    "at_least": "peste|cel puțin|cel putin|mai mult de|mai bine de|minimum|minim",
    "at_most": "până la|pana la|maximum|maxim|mai puțin de|cel mult|sub",
    "nearly": "aproape|aproape de|circa aproape",
    "post_at_least": "+",
    "additional": "alți|alte|alti|suplimentari|suplimentare|încă|noi",
    "total": "în total|in total|total|totalul",
    "range_pre": "între|intre|de la",
    "range_sep": "la|până la|sau",
    "range_and": "și|si",
    "percent": "%|la sută|la suta|procent*",
    "fraction": "jumătate|jumatate|treime|sfert|majoritatea",
    "rate": "pe zi|zilnic|pe săptămână|pe lună|lunar|pe an|fiecare",
    "units": "batalion*|brigad*|regiment*|diviz*",
    "uncountable": "mulți|multi|numeroși|numerosi",
    "months": (
        "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
        "noiembrie|decembrie"
    ),
    "year_pre": "în|in|din|anul",
    "year_post": "",
    "time_units": "ore|ora|zi|zile|săptămân*|lun*|ani|an",
    "stop": "soldați|soldati|militari|nord-coreeni|trupe|morți|răniți|și|în|de|la|pe|aproximativ",
}

AR = {
    "numbers": (
        "واحد=1|اثنان=2|اثنين=2|ثلاثة=3|أربعة=4|خمسة=5|ستة=6|سبعة=7|ثمانية=8|تسعة=9|"
        "عشرة=10|مئة=100|مائة=100|مئتين=200|ألفين=2000"
    ),
    "small": "",
    "scales": "ألف=1e3|آلاف=1e3|الف=1e3|مليون=1e6|ملايين=1e6|مليار=1e9",
    "vague": "عشرات=10|مئات=100|آلاف=1e3|ملايين=1e6",
    "several": "عدة|بضع|بضعة",
    "approx": "نحو|حوالي|حوالى|قرابة|ما يقارب|زهاء|تقريبا|تقريباً|بنحو|بحوالي|~|ما يناهز|يناهز",
    "at_least": "أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|يزيد على|يزيد عن|يتجاوز|تجاوز|يفوق|أزيد من",
    "at_most": "ما يصل إلى|ما يصل الى|حتى|أقل من|لا يزيد عن|لا يتجاوز|حد أقصى",
    "nearly": "ما يقرب من|قرابة|نحو من|شبه",
    "post_approx": "تقريبا|تقريباً",
    "post_at_least": "على الأقل|على الاقل|+|أو أكثر",
    "additional": "آخرين|أخرى|إضافيين|إضافية|جدد",
    "total": "إجمالي|المجموع|في المجموع|بمجموع",
    "range_pre": "بين|من",
    "range_sep": "إلى|الى|أو",
    "range_and": "و",
    "percent": "%|بالمئة|بالمائة|في المئة|في المائة|٪",
    "fraction": "نصف|ثلث|ثلثي|ربع|معظم|غالبية",
    "rate": "يوميا|يومياً|في اليوم|أسبوعيا|شهريا|سنويا|كل",
    "units": "كتيبة|كتائب|لواء|ألوية|فوج|فرقة",
    "uncountable": "كثير|العديد|عدد كبير",
    "months": (
        "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
        "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    ),
    "year_pre": "عام|في|منذ|سنة",
    "year_post": "",
    "time_units": "ساعة|ساعات|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات",
    "stop": "جندي|جنود|كوري|شمالي|قتيل|قتلى|جريح|جرحى|في|من|على|و|الأقل|نحو",
}

HI = {
    "numbers": (
        "एक=1|दो=2|तीन=3|चार=4|पांच=5|पाँच=5|छह=6|सात=7|आठ=8|नौ=9|दस=10|बीस=20|पचास=50|सौ=100"
    ),
    "small": "सौ=100",
    "scales": "हज़ार=1e3|हजार=1e3|लाख=1e5|करोड़=1e7|करोड=1e7|मिलियन=1e6",
    "vague": "सैकड़ों=100|हज़ारों=1e3|हजारों=1e3|लाखों=1e5|दर्जनों=12",
    "several": "कई|कुछ",
    "approx": "करीब|क़रीब|लगभग|तकरीबन|तक़रीबन|अनुमानित|~|कोई",
    "at_least": "कम से कम|कम-से-कम|न्यूनतम",
    "at_most": "अधिकतम|ज़्यादा से ज़्यादा",
    "nearly": "तकरीबन क़रीब|लगभग क़रीब",
    "post_approx": "के आसपास|के क़रीब|के करीब",
    "post_at_least": "से अधिक|से ज़्यादा|से ज्यादा|से ऊपर|+",
    "post_at_most": "तक|से कम",
    "additional": "और|अतिरिक्त|अन्य",
    "total": "कुल",
    "range_pre": "",
    "range_sep": "से|या",
    "range_and": "",
    "percent": "%|प्रतिशत|फीसदी|फ़ीसदी",
    "fraction": "आधे|आधा|तिहाई|चौथाई",
    "rate": "प्रतिदिन|रोज़|हर दिन|प्रति",
    "units": "बटालियन|ब्रिगेड|रेजिमेंट|डिवीजन",
    "uncountable": "कई सैनिक|बहुत",
    "months": "जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर",
    "year_pre": "वर्ष|साल",
    "year_post": "में",
    "time_units": "घंटे|दिन|सप्ताह|महीने|साल",
    "stop": "सैनिक|सैनिकों|उत्तर|कोरियाई|मारे|गए|घायल|के|की|में|करीब",
}

ZH = {
    "numbers": "一=1|二=2|两=2|兩=2|三=3|四=4|五=5|六=6|七=7|八=8|九=9|〇=0|零=0",
    "small": "十=10|百=100|千=1000",
    "scales": "万=1e4|萬=1e4|亿=1e8|億=1e8",
    "vague_prefix": "数|數",
    "several": "几|幾",
    "approx": "约|約|大约|大約|大概|估计|估計|~|预计|預計",
    "at_least": "至少|超过|超過|逾|多于|多於|不少于|不少於|最少|超",
    "at_most": "最多|多达|多達|至多|不超过|不超過|不到|少于|少於",
    "nearly": "近|将近|將近|接近|几乎|幾乎|差不多",
    "post_approx": "左右|上下|前后|前後",
    "post_at_least": "以上|多人|+",
    "post_at_most": "以下|以内|以內",
    "weak_at_least": "余|餘|多",
    "additional": "又|再|另外|增派|新增|追加|另",
    "including": "其中|包括",
    "total": "共|总共|總共|总计|總計|累计|累計|合计|合計",
    "range_sep": "~|至|到|-|〜",
    "percent": "%",
    "fraction": "一半|半数|半數|分之|大半|多数|多數",
    "rate": "每天|每日|每|各",
    "units": "营|營|旅|团|團|师|師|军团|軍團",
    "year_post": "年|月|日",
    "time_units": "小时|小時|天|周|週|个月|個月",
    "stop": "人|名|士兵|朝鲜|朝鮮|军|軍|死亡|受伤|受傷|兵|部队|部隊",
}

#: Every table, keyed by ISO 639-1 code.  Order breaks ties when the language
#: of a phrase is guessed.
TABLES: dict[str, dict[str, str]] = {
    "en": EN,
    "de": DE,
    "fr": FR,
    "es": ES,
    "it": IT,
    "pt": PT,
    "ru": RU,
    "uk": UK,
    "ko": KO,
    "ja": JA,
    "id": ID,
    "pl": PL,
    "hu": HU,
    "is": IS,
    "sl": SL,
    "mk": MK,
    "et": ET,
    "ro": RO,
    "ar": AR,
    "hi": HI,
    "zh": ZH,
}
