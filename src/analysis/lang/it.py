"""Italian (``it``): the words of the figure and period engines.

The format is documented in :mod:`analysis.lang`.
"""

from analysis.lang._designations import DESIGNATION, GENERATION, MAGNITUDE, NUMBER_SIGN
from analysis.lang._determiners import several_beside
from analysis.lang._estimates import estimated_at, estimated_that
from analysis.lang._forms import (
    SHARED_MAGNITUDE,
    STRAY_MARK_GROUP,
    STRAY_POINT_SPACE,
    decimal_comma_before,
    leading_minus,
    leading_plus,
    mark_ahead,
    number_word,
    one_in_exchange,
    open_range_top,
    rise_then_percent,
    stray_decimal_space_before,
    time_told_after,
)
from analysis.lang._lists import (
    article_after_resumes,
    bracketed_breakdown,
    part_of_total,
    places_listed,
    share_of_total,
)
from analysis.lang._lodging import care_aside, lodging_aside, one_other_in

# fmt: off

SCRIPTS = ("latin",)

MONTHS = [
    ["gennaio"],
    ["febbraio"],
    ["marzo"],
    ["aprile"],
    ["maggio"],
    ["giugno"],
    ["luglio"],
    ["agosto"],
    ["settembre"],
    ["ottobre"],
    ["novembre"],
    ["dicembre"],
]

WEEKDAYS = [
    ["lunedì", "lunedi"],
    ["martedì", "martedi"],
    ["mercoledì", "mercoledi"],
    ["giovedì", "giovedi"],
    ["venerdì", "venerdi"],
    ["sabato"],
    ["domenica"],
]

FIGURES = {
    # words of what befell the counted (dead, injured, missing): parts of a count told with
    # another outcome than the whole's add up by chance (D43.5); with the words that count
    # casualties, a number in brackets after one is a count, no age (D43.1). Not table
    # words: they vote for no language
    "outcomes": [
        "morti", "mort[oa]", "morte", "feriti", "ferit[oa]", "dispersi", "decedut[ie]",
        "evacuati", "arrestati", "ricoverati", "intossicati",
    ],
    "casualties": [
        "vittim[ae]", "casi", "sfollati",
    ],
    "numbers": {"zero": 0, "uno": 1},
    "compound": {
        "uno": 1, "un": 1, "una": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5,
        "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
        "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17,
        "diciotto": 18, "diciannove": 19, "venti": 20, "vent": 20, "trenta": 30, "trent": 30,
        "quaranta": 40, "quarant": 40, "cinquanta": 50, "cinquant": 50, "sessanta": 60,
        "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80, "novanta": 90,
        "novant": 90,
    },
    "compound_small": {"cento": 100, "cent": 100},
    "compound_scales": {"mille": 1000, "mila": 1000},
    "scales": {
        "mila": 1000, "mille": 1000, "milione": 1_000_000, "milioni": 1_000_000,
        "miliardo": 1_000_000_000, "miliardi": 1_000_000_000, "mln": 1_000_000, "k": 1000,
    },
    "after_number": ["k", "mln"],
    "collective": {
        # (lexicon 17, session 6) half a dozen, half a hundred
        "mezza dozzina": 6, "mezzo centinaio": 50,
        "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
        "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100, "migliaio": 1000,
        # (17gwb) the tens the table lacked ("un'ottantina di persone", about 80)
        "settantina": 70, "ottantina": 80, "novantina": 90,
        # (17gwb) "un migliaio e mezzo" (some 1,500): the collective and its half, one
        # approximate count (D6)
        "dozzina e mezzo": 18, "centinaio e mezzo": 150, "migliaio e mezzo": 1500,
    },
    "vague": {
        "decine": 10, "dozzine": 12, "centinaia": 100, "migliaia": 1000, "milioni": 1_000_000,
        # (23ra, D118.2) "Sono diventate miliardi le cavallette": the plural alone is vague, as
        # "milioni" (after a number it stays the scale: "3 miliardi")
        "miliardi": 1_000_000_000,
        # (27ru, D196.2) "diecine" (the older spelling of "decine": "Diecine di migliaia di loro")
        "diecine": 10,
    },
    # (17df, D87) "entrambi", "ambedue": two, when the phrase holds no other quantity and
    # no "e" ("I due responsabili, entrambi di Capodrise" keeps its 2)
    "both": ["entrambi", "entrambe", "ambedue"],
    "several": [
        # (lexicon 17, session 6) a couple of, a handful of
        "un paio di", "un paio", "una manciata di", "svariati", "svariate",
        "diversi", "diverse", "parecchi", "parecchie", "alcuni", "alcune", "qualche", "vari",
        "varie",
    ],
    "articles": ["un", "una", "uno"],
    "of": ["di", "d'"],
    "and": ["e"],
    # qualifiers that are also prepositions: they reach a number across number and table
    # words only ("over the weekend 300 people" is no "over 300", D34)
    "prepositions": [
        # (lexicon 17, session 6) added qualifiers that are also prepositions or adverbs: they
        # reach a number across number and table words only (D34)
        "sotto i", "sotto le", "al di sotto di", "al di sotto dei", "al di sotto delle",
        "al di sopra di", "al di sopra dei", "vicino ai", "vicino alle", "vicini ai", "vicini alle",
        "a ridosso dei", "a ridosso delle", "attorno alle", "attorno agli", "intorno agli", "sugli",
        "praticamente", "prossimo ai", "prossimi ai", "prossima ai",
        "fino a", "fino ad", "sopra", "vicino a", "oltre", "sui",
        "sulle",
        # (17gwb) "fino ai 300 morti" (up to 300): the articled forms of "fino a"
        "fino ai", "fino alle", "fino agli",
    ],
    "approx": [
        # (17cs) "si stima che 5.000 persone" (it is estimated that): approx, as en "an
        # estimated" (rule 2, D50.2)
        "si stima che", "si stimano", "una stima di",
        # (17cg) "estimate at" before the number ("il rapporto stima in 216.000 il numero"), the
        # verb and its participle (rule 2, D65.1)
        "stima in", "stimano in", "ha stimato in", "hanno stimato in", "stimato in", "stimata in",
        "stimati in", "stimate in",
        # (lexicon 17, session 6) register variants of circa
        "più o meno", "piu o meno", "nell'ordine dei", "dell'ordine dei", "nell'ordine delle",
        "dell'ordine delle", "pressappoco", "pressapoco", "suppergiù", "suppergiu",
        "orientativamente", "grossomodo", "grosso modo", "attorno alle", "intorno agli",
        "attorno agli", "sugli", "all'incirca di",
        "circa", "intorno a", "intorno ai", "intorno alle", "attorno a", "attorno ai",
        "all'incirca", "approssimativamente", "stimati", "stimate", "una stima di", "sui", "sulle",
        "~", "nell'ordine di", "dell'ordine di",
    ],
    "at_least": [
        # (17cx, D80.2) "slightly more than / just over N" is at least (the closed class of "a
        # little" before "more")
        "di poco superiore a", "di poco superiore ai", "leggermente superiore a",
        "leggermente superiore ai", "appena sopra i", "poco superiore a",
        # (lexicon 17, session 6) register variants of più di
        "superiore ai", "superiore alle", "superiori a", "superiori ai", "superiori alle",
        "quantomeno", "perlomeno", "per lo meno", "quanto meno", "al di sopra dei",
        "al di sopra di", "abbondantemente oltre", "ben oltre i", "oltre le", "come minimo",
        # (17np) "piú" written with an acute accent, as "più" (D13, D55.11)
        "piú di", "piu di",
        "più di", "oltre", "almeno", "non meno di", "supera", "superano", "superato", "superati",
        "ben oltre", "più di circa", "quasi più di", "sopra", "superiore a", "minimo",
        # "crossed the threshold of"
        "varcato la soglia dei", "varcato la soglia di", "superato la soglia dei",
        "superato la soglia di", "oltrepassato", "oltrepassato la soglia dei",
        # every form of "superare" (to exceed, D39): superate, superata, superare, supererà …
        "supera\\w*", "superer\\w*", "oltrepassa\\w*",
    ],
    "at_most": [
        # (lexicon 17, session 6) register variants of al massimo
        "al più", "tutt'al più", "tuttalpiù", "sotto i", "sotto le", "al di sotto di",
        "al di sotto dei", "al di sotto delle", "non oltre",
        "fino a", "non più di", "meno di", "al massimo", "massimo", "fino ad", "inferiore a",
        # (17gwb) the articled forms of "fino a" ("fino ai 300 morti", "fino alle 2.000 persone")
        "fino ai", "fino alle", "fino agli",
    ],
    "nearly": [
        # (17cx, D80.2) "slightly less than / just under N" is nearly (the closed class of "a
        # little" before "less")
        "leggermente meno di", "leggermente inferiore a", "leggermente inferiore ai",
        "di poco inferiore a", "di poco inferiore ai", "poco sotto i", "poco sotto le",
        "leggermente sotto i", "appena sotto i", "appena meno di", "poco inferiore a",
        "poco inferiore ai",
        # (lexicon 17, session 6) register variants of quasi
        "vicino ai", "vicino alle", "vicini ai", "vicini alle", "prossimo ai", "prossimi ai",
        "prossima ai", "praticamente", "appena meno di", "poco al di sotto di", "sfiorando",
        "sfiorando i", "sfiorando le", "a ridosso dei", "a ridosso delle",
        "quasi", "poco meno di", "vicino a", "sfiora", "sfiorano", "prossimo a", "prossimi a",
        "pressoché", "vicini a",
    ],
    "post_approx": [
        # (lexicon 17, session 6) after the number
        "all'incirca", "più o meno", "grosso modo", "pressappoco",
        "circa",
    ],
    # "N, se non di più" (or even more) is at least, as "o più" (D3, D41)
    "post_at_least": [
        # (lexicon 17, session 6) after the number: 300 e passa
        "e oltre", "e passa", "abbondanti", "come minimo", "almeno", "minimo", "per lo meno",
        "o più", "e più", "+", "se non di più", "se non più", "o addirittura di più",
    ],
    "post_at_most": [
        # (lexicon 17, session 6) after the number
        "o meno", "massimo", "al più", "tutt'al più",
        "al massimo",
    ],
    "additional": [
        "altri", "altre", "ulteriori", "ulteriore", "supplementari", "aggiuntivi",
        "aggiuntivo", "aggiuntiva", "aggiuntive", "supplementare",
        # (17cg) "si sono aggiunte due" (two were added), as fr "se sont ajoutées" (D65.3)
        "si aggiungono", "si aggiunge", "si sono aggiunti", "si sono aggiunte", "si è aggiunto",
        "si è aggiunta",
        # (17nj) "rose by N" with the verb's preposition of the difference is additional, as en
        # "grew by", de "wuchs um" (rule 12, D39, D49); "to N" stays the total
        "aumentato di", "aumentata di", "aumentati di", "aumentate di", "cresciuto di",
        "cresciuta di", "cresciuti di", "cresciute di", "salito di", "salita di", "saliti di",
        # (17nl) with "in tutto" (in all) between the verb and its preposition ("sono aumentati in
        # tutto di 24 unità", D51.2)
        "aumentato in tutto di", "aumentata in tutto di", "aumentati in tutto di",
        "aumentate in tutto di", "cresciuti in tutto di", "cresciute in tutto di",
    ],
    # "new" counts only after the number ("4mila nuovi posti"), not before it (D40)
    # (17cg) the feminine "nuove", "altre" as "nuovi", "altri" ("3.451 nuove diagnosi", D40.14,
    # D65.3)
    "additional_post": ["in più", "altri", "nuovi", "nuove", "altre"],
    "including": [
        # (17cs) "namely" opens the parts of the figure before ("32 feriti, ovvero 20
        # adulti"; D23, D50.5)
        "ovvero", "ossia", "cioè",
        # (lexicon 17, session 6) breakdown words
        "fra cui", "incluse", "comprese", "tra questi", "tra queste", "fra questi", "fra queste",
        "tra loro",
        # (17gwb) "300 vittime, delle quali 100 bambini" (of whom): as "di cui"
        "dei quali", "delle quali",
        "di cui", "tra cui", "compresi", "inclusi", "tra i quali", "tra le quali", "fra i quali",
        "fra le quali",
    ],
    # (20fb, D93.1) "made up of": the parts of the count follow the word (figures only)
    "made_of": [
        "composto da", "composta da", "composti da", "composte da", "formato da",
        "formata da", "formati da", "formate da",
    ],
    "total": [
        # (22ra, D106) a verb of change right before the count, "rose / fell to N": the new
        # total is the figure beside an earlier count, as D58.1 wrote for en de fr es ru uk
        "salito a", "salito ai", "salito alle", "salita a", "salita ai", "salita alle", "saliti a",
        "saliti ai", "saliti alle", "salite a", "salite ai", "salite alle", "aumentato a",
        "aumentato ai", "aumentato alle", "aumentata a", "aumentata ai", "aumentata alle",
        "aumentati a", "aumentati ai", "aumentati alle", "aumentate a", "aumentate ai",
        "aumentate alle", "cresciuto a", "cresciuto ai", "cresciuto alle", "cresciuta a",
        "cresciuta ai", "cresciuta alle", "cresciuti a", "cresciuti ai", "cresciuti alle",
        "cresciute a", "cresciute ai", "cresciute alle", "passato a", "passato ai", "passato alle",
        "passata a", "passata ai", "passata alle", "passati a", "passati ai", "passati alle",
        "passate a", "passate ai", "passate alle", "balzato a", "balzato ai", "balzato alle",
        "balzata a", "balzata ai", "balzata alle", "balzati a", "balzati ai", "balzati alle",
        "balzate a", "balzate ai", "balzate alle", "lievitato a", "lievitato ai", "lievitato alle",
        "lievitata a", "lievitata ai", "lievitata alle", "lievitati a", "lievitati ai",
        "lievitati alle", "lievitate a", "lievitate ai", "lievitate alle", "sceso a", "sceso ai",
        "sceso alle", "scesa a", "scesa ai", "scesa alle", "scesi a", "scesi ai", "scesi alle",
        "scese a", "scese ai", "scese alle", "calato a", "calato ai", "calato alle", "calata a",
        "calata ai", "calata alle", "calati a", "calati ai", "calati alle", "calate a", "calate ai",
        "calate alle", "diminuito a", "diminuito ai", "diminuito alle", "diminuita a",
        "diminuita ai", "diminuita alle", "diminuiti a", "diminuiti ai", "diminuiti alle",
        "diminuite a", "diminuite ai", "diminuite alle", "sale a", "salgono a", "passa a",
        "passano a", "passò a",
        "in totale", "totale", "complessivamente", "in tutto", "un totale di",
    ],
    "range_pre": [
        # (lexicon 17, session 6) articled forms: dai 200 ai 300
        "dai", "dalle", "dagli",
        "tra", "fra", "da", "tra i", "tra le", "tra gli", "fra i", "fra le", "fra gli",
    ],
    "range_and": ["e", "e i", "e le", "e gli"],
    "range_sep": [
        # (lexicon 17, session 6) articled forms: dai 200 ai 300
        "ai", "alle", "agli",
        "a", "o", "fino a", "se non", "o addirittura", "o persino",
    ],
    "percent": ["%", "per cento", "percento"],
    "fraction": [
        "volte", "mezzo", "metà", "terzo", "terzi", "quarto", "quarti", "maggioranza",
        "proporzione",
        # (33ra, D224.3) "nearly the whole of" the count ("la quasi-totalité des 13 152 raflés"):
        # a part of it, as "la plupart des" (rule 13, D49); "la totalité des" (the whole) stays
        "quasi totalità", "quasi-totalità", "pressoché totalità",
        # (17nj) "la maggior parte dei 64 cetacei" (most of the 64): a part of the count (rule
        # 13, D49)
        "maggior parte dei", "maggior parte delle", "maggior parte degli",
        # (17nj) "sei persone in altrettanti incidenti" (six people in as many accidents): a
        # second count equal to the first, one per thing, as "uno su": no single total (rule 13,
        # D45.5, D49)
        "altrettanti", "altrettante",
    ],
    "rate": [
        # (23rd, D131) "every night / every evening": a count per night is a rate (rule 13, D114)
        "tutte le notti", "tutte le sere", "per notte",
        # (22rd, D114) a rate told by a frequency ("every year", "every day") or per square
        # kilometre (a density): no count (rule 13, D40)
        "tutti gli anni", "tutti i giorni", "tutte le settimane", "tutti i mesi",
        "per chilometro quadrato", "al chilometro quadrato",
        # (17nj) per mille ("‰", "binde 13,4") is a rate per thousand: no count, no per cent
        # (rule 13, D49)
        "‰", "per mille",
        # an average is a per-unit figure, no single quantity (rule 13, D40)
        "in media", "una media di", "mediamente",
        # (33ra, D224.2) an average named with its period ("una media giornaliera di 90.400")
        "media giornaliera", "media quotidiana", "media settimanale", "media mensile",
        "media annua", "media annuale", "media oraria",
        "al giorno", "ogni giorno", "quotidianamente", "alla settimana", "al mese", "all'ora",
        "all'anno", "ciascuno", "ciascuna", "ogni",
        # yearly ("decessi annui") and "the average of" (rule 13)
        "annui", "annue", "annuo", "annua", "la media di", "la media dei",
        "la media degli", "la media del", "la media delle",
        # (17gwb) adverbs of a rate ("300 morti annualmente", yearly)
        "annualmente", "mensilmente", "settimanalmente", "giornalmente",
    ],
    # (17gwb) "300 l'anno" (300 a year): a rate only right after the number; "l'anno scorso"
    # (last year) elsewhere is a date (D19)
    "rate_post": ["l'anno", "l’anno", "al dì"],
    "units": ["battaglion\\w*", "brigat\\w*", "reggiment\\w*", "division\\w*",
              # (27ru, D196.8) a company, not "compagni" (comrades: "altri quattro compagni")
              "compagnia", "compagnie",
              # (34ra, D226.4) contingents counted, in the plural ("11 contingenti")
              "contingenti"],
    # (17gwb) the superlatives and "countless", "an unknown number": no magnitude
    "uncountable": [
        "molti", "molte", "numerosi", "numerose", "tanti", "un gran numero", "moltissimi",
        "moltissime", "tantissimi", "tantissime", "numerosissimi", "numerosissime",
        "innumerevoli", "un numero imprecisato", "un numero elevato", "un elevato numero",
        "un alto numero",
    ],
    # (17cl) prepositions that put a year in the sentence but also stand before a
    # count: a year only beside another count, no noun of its own after it (D69)
    "year_pre_weak": [
        "dopo", "a partire da",
    ],
    "year_pre": [
        # (17cl) the article or preposition that marks a year (D69)
        "il", "del", "al", "sul",
        # (17ci) a period, month, season or level and "of" before a year ("the same month of
        # 2013", "ai livelli del 2008"): a date (D7, D66.2)
        "mese del", "stesso mese del", "periodo del", "stesso periodo del", "livello del",
        "livelli del", "stagione del",
        # (17cs) a quarter of a year before the year ("nel primo trimestre del 2023"): a
        # date (D7, D50)
        "trimestre", "trimestre del",
        "nel", "dal", "anno", "entro il", "a fine", "inizio", "estate", "inverno", "primavera",
        "autunno",
        # "durante il 2019" (during 2019, D39)
        "durante", "durante il", "nel corso del",
        # (17nl) "rispetto al 2022" (compared with 2022): the year of a comparison (D7, D51.2)
        "rispetto al", "rispetto a", "in confronto al", "in confronto a",
        # (17nj) a census or a feast with its year ("censimento del 2011", "Natale 2023") is a date
        # (D7, D49)
        "censimento", "censimento del", "natale", "natale del", "pasqua", "pasqua del",
        # (17nj) the first or second half of a year is a date, no fraction (D7, D49)
        "prima metà del", "seconda metà del", "prima metà", "seconda metà", "primo semestre",
        "secondo semestre", "primo semestre del", "secondo semestre del",
        # (17gwb) the end, start or middle of a year ("fine 2023", "alla fine del 2023", "a metà
        # 2023", "agli inizi del 2023") is a date (D7)
        "fine", "fine del", "alla fine del", "a fine del", "entro la fine del", "inizio del",
        "all'inizio del", "agli inizi del", "a inizio", "a inizio del", "a metà", "a metà del",
        "metà del",
        # (17gwb) "l'anno scorso" (last year) and the like are dates, no rate "l'anno" (a year)
        "l'anno scorso", "l’anno scorso", "l'anno precedente", "l’anno precedente",
        "l'anno passato", "l’anno passato", "l'anno prima", "l’anno prima", "l'anno successivo",
        "l’anno successivo", "l'anno seguente", "l’anno seguente", "l'anno dopo", "l’anno dopo",
    ],
    # (17ta) beside another quantity, a number these words name is no count (D56): a category,
    # class, serogroup, type, level, draw or edition, an age ("all'età di 47")
    "not_count_pre": [
        # (22rd, D116) a capacity told before its number, as en "capacity of" (D96): no count
        # beside another number
        "capienza di", "capacità di",
        # (17db, D83) a phone line's number, a temperature below zero, an altitude named by
        # its number: no count beside another number; alone read as written (D56, D59.4).
        # Not the places, vehicles, lines and ranks a number follows (floor, room, ward, line,
        # train, flight, top …): a count may follow them directly, in a clause that opens
        # with its place ("On the front line 30 soldiers were killed and 12 wounded"); taken
        # back after review (D83.1)
        "numero",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "magnitudo", "di magnitudo",
        # (17cf) a road, a kilometre post, a chapter or an article of a law named by its number
        # ("एनएच 91 पर आधा दर्जन वाहन", "KM 253", "الفصل 11", "Article 370"): no count beside
        # another number (D56.4, D64.6)
        "capitolo", "articolo", "km", "chilometro", "statale", "autostrada",
        "categoria", "classe", "sierogruppo", "sierotipo", "tipo", "livello", "estrazione",
        "edizione", "episodio", "età di", "versione", "modello",
    ],
    # (17ci) the earlier value of a comparison, never the count: beside another quantity the
    # phrase names no single count (unparsed, as the rounds label "690 contre 874"); the
    # phrase's only number is read as written ("compared to 1,215 for the year before"; D66.1)
    # (D117) words that name who gives a number ("selon la police"): two of them beside a
    # comparison are two estimates, no count and its earlier value
    # (23rb, D122) the size of a change told after the count, its clause closed: its noun, "fewer /
    # more" and "than" ("12 in meno rispetto al 2016"): no count beside the count
    "differences": [
        r"\S+ # (?:[^\W\d_]+ ){0,2}in (?:meno|più)"
        r" (?:rispetto|di quanto|che|in confronto|a fronte)(?![^\W\d_])",
    ],
    # (23rb, D124) the words for "other": more than one word before the count or two after it (its
    # noun phrase), they name another thing, no relation of the count ("Fra le altre cause di morte:
    # … in otto casi")
    "other_words": ['altri', 'altre', 'altro', 'altra'],
    "source_words": ["(?<!\\w)secondo(?!\\w)", "(?<!\\w)stando a(?!\\w)"],
    "compared_pre": [
        "rispetto a", "rispetto al", "rispetto ai", "rispetto agli", "rispetto alle",
        "rispetto alla", "in confronto a", "in confronto ai", "a fronte di", "a fronte dei",
        "a fronte delle", "contro", "contro i", "contro le",
    ],
    # (22ra, D105) a word that opens a street's name: the number that ends the name, closed by
    # a comma, a point, a bracket or the phrase's end, is a house's number, no count beside
    # another ("Jalan Pramuka Raya 70, …"); not a word that is also a common noun or a
    # preposition before a count
    "street_pre": [
        "viale", "piazza", "piazzale", "vicolo", "corso",
    ],
    "not_count_post": [
        # (22ra, D103.1) the degree sign after a number ("40 °C", "40°", "℃" folds to "°c"): a
        # temperature or an angle, a measure; no count beside another number, alone as written
        "°",
        # (22ra, D103.3) a voltage or a power after a number ("6-10 кВ", "400 kV", "50 MW"): a
        # measure, as a temperature; no count beside another number, alone as written
        "kv", "mw", "gw", "mwh", "gwh", "kilovolt", "kilowatt", "megawatt", "gigawatt",
        "volt",
        # (17db, D83) a floor, a room or line, a rank, a temperature in its case forms, an
        # altitude or a distance zone told after the number: no count beside another number
        "piano",
        # (17cs, D75) rainfall in millimetres, a storm's category
        # after its number ("5 категории"): measures, as a temperature
        "mm", "millimetri",
        # (17cs, D75) an earthquake's magnitude and a temperature are measures: no count
        # beside another number; alone read as written (D59.4)
        "gradi", "grado", "gradi centigradi",
        # (17ca) a measure with its unit ("500m", "hundert Meter") and a week's number ("15. KW"):
        # no count beside another number (D59.4, D59.5)
        "metri", "metro", "km", "chilometri", "chilometro",
        # (19ms, D89) feet and miles after the number: a length as metres are (D59.4)
        "piedi", "miglia",
        # (17cq) an area or a volume written out ("square metres", "hectares"; the symbols "m²",
        # "km²" are every table's, D73): a measure, alone the figure, beside a count none (D66.3)
        "mq", "kmq", "mc", "ettari", "ettaro",
    ],
    "share_of": [
        # (17ca) words that tell a share of its whole ("25% of the 300 injured"): the share is
        # then no number to drop, the phrase stays two quantities (D59.1)
        "di", "dei", "degli", "delle", "del", "della", "su",
    ],
    "time_units": [
        # (17cs) a size of a building ("un palazzo di 20 piani"): a measure, no count;
        # dropped as durations are (D32, D49.9)
        "piani",
        "ora", "ore", "giorno", "giorni", "settiman\\w*", "mese", "mesi", "anno", "anni",
        "minut\\w*", "nott\\w*",
        # (17cq) "last", "first", "next" between the number and its unit ("nei tre ultimi anni"), as
        # es "últimos" and fr "dernières" (D43.4): a duration, which a measure beside it leaves
        # no count (D73)
        "ultimi anni", "ultimi mesi", "ultimi giorni", "ultime settimane", "ultime ore",
        "ultimi decenni", "primi anni", "primi mesi", "primi giorni", "prime settimane",
        "prime ore", "prossimi anni", "prossimi mesi", "prossimi giorni", "prossime settimane",
        "prossime ore",
        # (17nj) "e mezzo" after the unit ("quattro giorni e mezzo") is part of the duration, no
        # fraction (D40, D49)
        "giorni e mezzo", "giorno e mezzo", "ore e mezza", "ore e mezzo", "ora e mezza",
        "anni e mezzo", "anno e mezzo", "mesi e mezzo", "mese e mezzo", "settimane e mezza",
        "settimane e mezzo",
        # (17gwb) decades, centuries, quarters and half-years, "lustri" (five-year spans)
        "decennio", "decenni", "secolo", "secoli", "trimestre", "trimestri", "semestre",
        "semestri", "biennio", "triennio", "lustro", "lustri",
        # (23ra, D118.3) "decade" is also a decade in Italian ("da tre decadi")
        "decade", "decadi",
    ],
    # (17ch) "the pilot and four passengers", "eight passengers and the driver": one person named
    # by a role or a family word, joined by "and" to a count, is one more of a sum the codebook
    # does not add (rule 13, D12, D65.6); a verb between the count and the "and" ends its clause
    # ("Two died and the driver was arrested": the count stays). Read by
    # analysis.figures.reject.beside_person; no table words (they vote for no language)
    "persons": {
        "roles": [
            # (19fr, D88) one person named by what they are, not by a role: "a woman and
            # three children"
            "mamma", "papà",
            "donna", "uomo", "ragazza", "ragazzo", "bambina", "bambino", "nonna", "nonno",
            "figlio", "figlia",
            # (21rb, D99.1) a child, a teenager, an adult, a relative
            "bimbo", "bimba", "neonato", "neonata", "adolescente", "adulto", "adulta", "fratello",
            "sorella", "zio", "zia", "cugino", "cugina", "cognato", "cognata",
            # (23ra, D119.1) one who looks after, teaches or owns: "20 bambini e la maestra"
            "insegnante", "maestra", "maestro", "professore", "professoressa", "educatore",
            "educatrice", "accompagnatore", "accompagnatrice", "infermiera", "proprietario",
            "proprietaria",
            # (17dd, D85.1) "3 soldiers and their commander"
            "comandante",
            "pilota", "copilota", "autista", "conducente", "capitano", "guida", "istruttore",
            "madre", "padre", "moglie", "marito"],
        "and": ["e", "ed"],
        "verbs": ["\\w+rono", "sono", "erano", "rimasero", "sopravvissero", "morti?"],
    },
    # (17co, D71) a count corrected in the same breath, "not A but B": the language's closed
    # class of contrastive words. "not" before the denied number, "not_post" after it, "but"
    # before the count reported, "also" making the second number an addition (a sum: both
    # stay):
    # "non due ma dodici", "non due bensì dodici", "dodici e non due"; "non solo 2 ma anche 3"
    "contrast": {
        "not": [
            "non", "anziché", "anziche", "invece di", "piuttosto che", "non sono", "non erano",
            "non furono", "non saranno", "non sarebbero", "non è", "non era", "non fu",
            "non sono stati", "non sono state", "non erano stati", "non erano state", "non ci sono",
            "non ci sono stati", "non ci sono state",
        ],
        "but": ["ma", "bensì", "bensi"],
        "also": ["anche", "pure", "inoltre", "altresì"],
    },
    # (17ct, D76) the language's nouns and verbs of change: before "from A to B" (or
    # after it where the verb comes last) the new total B; before a per cent the
    # change's size, no share of the count (D76.1-2). They vote for no language.
    "change": [
        "aumento", "incremento", "crescita", "calo", "diminuzione", "riduzione", "discesa",
        "rialzo", "ribasso", "flessione", "balzo", "aumentati", "aumentate", "aumentato",
        "aumentata", "cresciuti", "cresciute", "cresciuto", "cresciuta", "calati", "calate",
        "calato", "calata", "scesi", "scese", "sceso", "saliti", "salite", "salito", "diminuiti",
        "diminuite", "diminuito", "diminuita",
    ],
    # (17dd, D85) counts told with a sum or a part beside them: "and" / "plus" words that join a
    # count to one more named with "a" (or, after "plus", "the") is a sum (D85.1); "of the total"
    # words opening the phrase before a comma make the count after it a share (D85.2); how a
    # part fared, right after a smaller number after a comma, makes it a part of the count
    # before (D85.3). No table words: they vote for no language.
    "told_with": {
        "and": ["e", "ed"],
        "plus": ["più"],
        "the": ["il", "lo", "la", "l'", "i", "gli", "le"],
        "whole": [
            r"(?:del|sul) totale", r"(?:di|su) questo totale", r"di questa cifra",
            r"del numero totale",
        ],
        "how": [
            "gravi", "grave", "gravemente", "lievemente", "leggermente", "in modo grave",
            "in modo serio", "in gravi condizioni", "in condizioni gravi", "in condizioni critiche",
            "in prognosi riservata",
        ],
        # (28ru, D202) weapons counted one by one: a count of them joined by "and" to one told
        # with the article ("23 Drohnen und eine Rakete", either order) is a list: a sum
        "arms": [
            "missili", "missile", "razzi", "razzo", "droni", "drone", "bombe", "bomba",
            "proiettili", "proiettile", "shahed",
        ],
    },
    "rewrites": [
        # (22rd, D116) a list's item number at the phrase's start ("4. Depot (35 Filialen
        # schließen)"): a rank, no count
        (r"^\s*\d{1,2}\. (?=[^\W\d_])", ""),
        # (17cx, D80.2) "un po' meno di / più di" (a little less / more than) is "poco meno di /
        # più di": nearly, at least (the apostrophe of "po'" is a token of its own)
        (r"\bun po' (?=(?:meno|più|piu|sotto|sopra)\b)", "poco "),
        # (22rd, D113) half a year, a century, a day: a duration, as half an hour (D59.8), no
        # fraction of the count
        (r"\bmezzo anno\b", "6 mesi"), (r"\bmezzo secolo\b", "50 anni"),
        (r"\bmezza giornata\b", "12 ore"),
        # (17cr, D74) a designation ("M1989", "K9", "A320") is no quantity (lang/_designations.py)
        DESIGNATION,
        NUMBER_SIGN,
        # (33ra, D224.11) "197¿000": a thousands mark lost in a page's decoding
        STRAY_MARK_GROUP,
        MAGNITUDE,
        # (17cn, D70) a place told by its distance from another ("a 30 chilometri da")
        # is no count: the
        # length units and the words that make a distance, as a closed class (D66.3: a
        # distance alone is no figure; beside a count, the count)
        (
            r"\ba (?:(?:circa|quasi|oltre|pochi|poco più di|meno di|appena|solo) )?(?:\d[\d."
            r",]*+(?: \d{3})*|[a-zàèéìòù]+) (?:km|chilometri|chilometro|metri|metro|m|miglia"
            r"|miglio)(?= (?:da|dal|dalla|dallo|dai|dagli|dalle|dall'|dall’|a nord|a sud|a e"
            r"st|a ovest|a nord-est|a nord-ovest|a sud-est|a sud-ovest|al largo)\b|\s*[,.;]|"
            r"$)",
            r"a",
        ),
        # (17cg) "16mila delle nuove reclute" (16,000 of the new recruits): "new" after the
        # partitive "of the" names the group the count is of, no "N new" (D40.14, D65.3)
        (r"\b(dei|delle|degli) nuov[ie]\b", r"\1"),
        # (17cg) "other" before a source names who reports, as "some" before it (D9): no "more" of
        # the count (rule 12, D65.3): "altre fonti parlano di 600 morti"
        (r"\b(?:altr[ie]) (?=(?:fonti|stime|dati|media|testimoni|esperti|rapporti|resoconti|"
         r"organizzazioni|autorità)\b)", ""),
        # (17cd) "a due ruote" (two-wheeled) names a vehicle's kind, no count (D32, D59.9)
        (r"\ba (?:due|tre|quattro|2|3|4) ruote\b", "a ruote"),
        # (17cb) "il pilota e tutti i quattro passeggeri": "and all N" after a word
        # counts the others of a sum, as "and N other" (D12, D37.2, D60.3): unparsed
        (
            r"(?<=[^\W\d] )e (?:tutti|tutte) (?:i|gli|le) (?=\d|(?:"
            r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
            r"dodici)\b)",
            "e altri ",
        ),
        # (17nh) "not passed N" ("non hanno superato i 2.000") is at most N, as "not exceeding N"
        # (D42, D48.6)
        (
            r"\bnon (?:(?:ha|hanno|aveva|avevano|è|sono) )?(?:supera|superano|superato|superata|"
            r"superati|superate|oltrepassa|oltrepassato|eccede|ecceduto)"
            r" (?:i |le |gli |il |la |quota |di )?(?=\d)",
            "fino a ",
        ),
        # (17nh) a unit per unit written with a slash after a number ("32 Liter/m²", "35 m/s",
        # "120 km/h") is a rate or per-unit figure, no count (rule 13, D19, D48.4)
        (
            r"(?<![\d.,])(\d[\d.,]*+\s?[^\W\d_]{1,12})/(?:m²|qm|km²|ha|h|s|sec|sek|std|min|d|ч|с|сек|мин|"
            r"час|год|сут|добу)(?!\w)",
            r"\1 ogni ",
        ),
        # (17nh) the number of a road, line or flight ("la statale 36", "l'autostrada A1", "la
        # linea 5", "il volo 370") is a designation, no count (D32, D48.2)
        (
            r"\b(autostrada|statale|provinciale|strada|linea|volo|binario|tram|ss|sp|sr) "
            r"(?:[a-z]{1,2}-? ?)?\d{1,4}\b(?![.,]\d)",
            r"\1",
        ),
        # (17nh) a clock time written "08:00" / "14.30" after "alle", "dalle" ..., after "ore",
        # or an hour range "dalle 8 alle 11" is no count (D28, D48.1)
        (
            r"\b(alle|dalle|verso le|intorno alle|entro le|fino alle|dopo le|prima delle|le ore|"
            r"alle ore|dalle ore|ore) (?:[01]?\d|2[0-3])"
            r"(?::[0-5]\d|\.[0-5]\d(?! ?(?:milioni|mila)\b))\b(?![.,:]?\d)",
            r"\1 ",
        ),
        # (19ms, D90) a day and month in two digits each after the article or preposition of a
        # date ("tra il 06/08 e il 16/08, 2.413 accessi"): a date without its year, no fraction
        (
            r"\b(il|del|al|dal|entro il|fino al) "
            r"(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?![/\d]|[.,]\d)",
            r"\1 ",
        ),
        (
            r"\b(alle|dalle|entro le|fino alle|verso le) ore (?:[01]?\d|2[0-4])\b(?![.,:]?\d)",
            r"\1 ore",
        ),
        (
            r"\bdalle (?:[01]?\d|2[0-4]) alle (?:[01]?\d|2[0-4])\b(?![.,:]?\d)"
            r"(?! (?:mila|milioni)\b)",
            "dalle alle ",
        ),
        # (17ng) "ha lasciato, almeno, 16 famiglie": a qualifier set off by commas right before its
        # number qualifies it (D1, D47)
        (
            r",\s*(almeno|come minimo|circa|quasi),\s*"
            r"(?=\d|(?:un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|cento|mille)\b)",
            r" \1 ",
        ),
        # a height, depth or distance in metres ("da un'altezza di tre metri") is no count; a
        # length alone stays as written (D45.3)
        (
            r"\b(altezza|profondità|distanza) di (?:circa |quasi |oltre )?"
            r"(?:\d[\d.,]*|[a-zàèéìòù]+) (?:metri|m)\b",
            r"\1",
        ),
        # "Alcune persone - una ventina, …" (some people - about twenty): the number between
        # dashes after "some" tells how many, one count (17nd)
        (
            r"\b(?:alcun[ei]|diverse|diversi|numeros[ei]|molt[ei]|parecchi[e]?) (\w+) ([-–—]) ",
            r"\1 \2 ",
        ),
        # "portati in diversi ospedali" (taken to several hospitals): "several" counting the
        # places the counted went to is no count of them (17nd)
        (
            r"\b(?:divers[ie]|vari[e]?|alcun[ie]|numeros[ie]|molt[ie]|parecchi[e]?) "
            r"(?=(?:ospedali|strutture(?: sanitarie| ospedaliere)?|pronto soccorso|comuni|località|"
            r"centri|paesi|città|regioni|province|zone|quartieri)\b)",
            "",
        ),
        # "20 persone, più il macchinista e il capotreno" (plus the driver and the guard):
        # a sum with people not counted, no figure (rule 13, 17nd)
        (r"(\d[^.;]*?),? più (?:il|lo|la|l['’]|i|gli|le) (?!\d)(?=\w)", r"\1 e 1 "),
        # "A, if not B" / "A, voire B" (A, or even B) gives a higher alternative: a range like "A
        # or B" (rule 6, D4, D41); the comma before the words is dropped so that they join
        (r"\b,\s*(?=(?:se non|o addirittura|o persino)(?!\w))", " "),
        # "241 der insgesamt 263" (241 of the 263 in all): a total word inside a share names the
        # whole; it is a share "X of Y" (rule 13, D37.4, D41), not the total of D5
        (r"\b(?<=\d )(?:su|di) un totale di (?=\d)", "dei "),
        # a clock time told by the part of the day ("hasta las cinco de la mañana", "at 5
        # a.m.", "às cinco da manhã", "alle cinque del mattino") is no count (D28, D41)
        (
            r"\b(alle|fino alle|dalle|verso le|intorno alle|entro le|all['’]una|fino all['’]una)"
            r"(?: (?:\d{1,2}|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici))?"
            r"(?:[:.][0-5]\d| e mezza| e mezzo)? (?:del (?:mattino|pomeriggio)|di (?:notte|sera|"
            r"mattina)|della (?:notte|sera|mattina))\b",
            r"\1 ",
        ),
        # "60 injured, some critically": a vague part after a comma, told by how badly they are
        # hurt, is a breakdown of the count before it, as "four of them" (D30, D41)
        (
            r"\b,\s*(alcuni|alcune|diversi|diverse|molti|molte)(?= (?:dei quali |delle quali |"
            r"di loro )?(?:gravemente|in gravi condizioni|in modo grave|seriamente|"
            r"in condizioni critiche|in codice rosso|gravi)\b)",
            r", tra cui \1",
        ),
        # "another dozen" written with a singular "other" before a collective numeral ("Otra
        # docena de personas", "une autre dizaine", "un'altra decina", "outra dezena") is
        # additional, approx (D6, D12, D41); "otra" alone is no "more" word ("por otra parte")
        (
            r"\b(?:un['’] ?altra|un['’] ?altro|un altro)(?= (?:decina|dozzina|quindicina|ventina|"
            r"trentina|quarantina|cinquantina|sessantina|centinaio|migliaio)\b)",
            "altri una",
        ),
        # a singular scale word after "1" and three digits ("1,127 milione") is 1.127 of it: the
        # singular says the number is below two, so the separator is the decimal point (rule 9,
        # D40)
        (r"\b1[.,](\d{3}) milione\b", r"1\1 mila"),
        (r"\b1[.,](\d{3}) miliardo\b", r"1\1 milioni"),
        # "one dose", "two doses" (of a vaccine) name which dose, no count: the count is who
        # received it ("Одну дозу отримали 103 783 людини", D39); only beside another number
        # in digits: alone ("dos dosis", "tylko jedną dawkę") the doses are the count (24rf, D163)
        (r"^(?=.*\d)(.*?)\b(?:una|due|tre|entrambe le|le due) (dos[ei])\b", r"\1\2"),
        # "au moins un enfant" (at least one child): after an at-least word the article is the
        # numeral one, as "at least one" (D8, D39); not before a magnitude ("au moins un millier")
        (
            r"\b(almeno|non meno di) (?:un|una|uno)\b"
            r"(?! ?(?:\d|migliaio|milione|miliardo|centinaio|decina|dozzina|ventina|quindicina|"
            r"mezzo|mezza|terzo|quarto|po')\w*)",
            r"\1 1",
        ),
        # "none of the 34 children" (aucun des 34) reports that there is none: a share of 0,
        # no count (rule 13, D36, D39)
        (
            r"\bnessun[oa]? (?:dei|degli|delle|tra i|fra i|tra le|fra le) "
            r"(?=\d|(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|venti|"
            r"trenta|quaranta|cinquanta|cento)\b)",
            "0 su ",
        ),
        # "2,7 milioni di over 60", "gli under 30": the English words name an age group, an age
        # (D7, D39), never "more than" (Italian writes "oltre")
        (r"\b(over|under) ?-?\d{1,2}\b(?![.,]?\d)", r"\1"),
        # "superato il livello di 3,8 milioni" (passed the level of): the mark is the number's
        # (D39)
        (
            r"\b(supera\w*|superer\w*|oltrepass\w*|raggiun\w*|sfiora\w*) "
            r"(?:(?:oggi|ieri|già|anche|ormai|ora|così) )?(?:il |la |l'|l’)?(?:livello|soglia|"
            r"quota|tetto|traguardo|muro|limite)"
            r"(?: dei| delle| degli| di| del| della)?\b",
            r"\1",
        ),
        # "one of the twelve" is a share, no count, as English "one of the 12" (rule 13, D38)
        (
            r"\b(?:uno|una|un) (?:dei|degli|delle|tra i|fra i|tra le|fra le) (?=\d|(?:due|tre|"
            r"quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|"
            r"sedici|venti|trenta|quaranta|cinquanta|cento|mille)\b)",
            "1 su ",
        ),
        # "platform number 2", "Nr. 2": a number's name, no count (D32, D38)
        (r"\b(?:numero|n°) ?\d+(?:[.,]\d+)*\b", " "),
        # "elicottero del 118", "chiamato il 112": an emergency number names the service, no
        # count (D32, D43.3); a count takes the plural article ("i 118 morti")
        (r"\b(il|del|dal|al|col|sul|nel) (?:112|113|115|118)\b", r"\1 servizio"),
        # an age written "22enne" (a 22-year-old) is no count (D7)
        (r"\b\d[\d.,]*enn[ei]\b", " "),
        # (17cc) "raggiungere il minimo storico di 49" (reached a record low of 49): the count a
        # change reaches is the new total, exact; no "minimo di" (at least) of it (D35, D61.6)
        (
            r"\b(raggiung\w*|toccat[oaie]|tocca\w*|sces[oaie]|scende\w*|salit[oaie]|sale|"
            r"arrivat[oaie]|arriva\w*) (?:il|un|al|a un|il suo|al suo|i|ai|nuovi|un nuovo) "
            r"(?:minimo|minimi|massimo|massimi|picco|record)(?: storic[oi]| assolut[oi])? "
            r"(?:di|a|del|dei) (?=(?:circa )?\d)",
            r"\1 ",
        ),
        # (17cc) the old count in brackets after the new total, "(da 105 casi nel 1996)": no
        # count of its own (D35, D61.1); "(da 10 a 20)" stays a range
        (
            r"\((?:da|dai|dal|dalle|dagli) (?:circa )?\d[\d.,]*(?: ?(?:mila|milioni))?"
            r"(?: [^\W\d_]+)?(?: (?:nel|del) (?:19|20)\d\d| dell['’]anno (?:scorso|precedente)|"
            r" dello scorso anno)?\)",
            " ",
        ),
        # (17cc) a percentage of change before the new total ("aumentati del 18% a 46", by 18% to
        # 46) and the new total first, the old count after it ("saliti a 46 dai 39 dello scorso
        # anno", "a 46 contro i 39"): the new total B (D35, D61.2, D61.3)
        (
            r"\b((?:passat[oaie]|passa|passano|passò|salit[oaie]|sale|salgono|aumentat[oaie]|"
            r"cresciut[oaie]|sces[oaie]|diminuit[oaie]|calat[oaie]|balzat[oaie]|lievitat[oaie]) )"
            r"(?:del|di un|di) (?:circa )?\d[\d.,]*(?: ?%| per ?cento),? "
            r"(?=(?:a|ad|ai|al|fino a) )",
            r"\1",
        ),
        (
            r"\b((?:passat[oaie]|passa|passano|passò|passando|salit[oaie]|sale|salgono|"
            r"aumentat[oaie]|cresciut[oaie]|sces[oaie]|diminuit[oaie]|calat[oaie]|balzat[oaie]|"
            r"lievitat[oaie]) (?:a|ad|ai|al|agli|alle) (?:circa |oltre )?\d[\d.,]*"
            r"(?: ?(?:mila|milioni))?"
            r"(?: [^\W\d_]+)?),? (?:da|dai|dal|dagli|dalle|contro i|contro gli|contro le|contro) "
            r"(?:circa )?\d[\d.,]*(?: ?(?:mila|milioni))?(?: (?:nel|del) (?:19|20)\d\d|"
            r" dell['’]anno (?:scorso|precedente)| dello scorso anno| l['’]anno scorso)?"
            r"(?![\d.,]*\d)",
            r"\1",
        ),
        # a change "from A to B" gives the new total B (D35)
        (
            r"\b(passando|passato|passata|passati|passate|passa|passano|passò|salit[oaie]|sale|"
            r"salgono|aumentat[oaie]|cresciut[oaie]|sces[oaie]|diminuit[oaie]|calat[oaie]|"
            # (17nk) "sono triplicate da circa 440 mila a più di 1,5 milioni": the multiplying
            # verbs (D35, D50)
            r"lievitat[oaie]|balzat[oaie]|raddoppiat[oaie]|triplicat[oaie]|quadruplicat[oaie]|"
            # (17nl) with the article ("passando dai 20 dello scorso anno ai 50", D51.1)
            r"dimezzat[oaie]) (?:da|dai|dal|dagli|dalle) (?:circa )?"
            r"\d[\d.,]*(?: ?(?:mila|milioni))? "
            # the old count's year may follow it ("da 306 nel 2014 a 444", D39)
            # or another word of its time ("da 935 l'anno scorso a 1.031", D41)
            # (17nj) also after its noun ("passando da 22 morti nel 2019 a 9", D49)
            r"(?:(?:[^\W\d_]+ )?(?:(?:nel|del) (?:19|20)\d\d |l['’]anno (?:scorso|precedente) |"
            r"la settimana scorsa |il mese scorso |ieri |in precedenza |precedentemente |"
            r"inizialmente |dello scorso anno |dell['’]anno (?:scorso|precedente) )"
            # (30rg, D213) or its noun alone, the new total in digits after "a" closing what is
            # told ("passato da 300 persone a 500"), as "da 300 a 500 persone" reads
            # (32rc, D222.3) B with its own qualifier and the noun told again ("passato da 844
            # morti ad almeno 1234 morti"): B and its qualifier, as "da 844 ad almeno 1234 morti"
            r"|([^\W\d_]+) (?=(?:a|ad|ai|al|agli|alle) (?:(?:almeno|oltre|più di|quasi|circa|"
            r"meno di|non meno di|poco più di|poco meno di) )?\d[\d.,]*(?: ?(?:mila|milioni))?"
            r"(?: \2)?(?:$|[,;.)])))?"
            r"(?:a|ad|ai|al|agli|alle) (?=\S)",
            r"\1 a ",
        ),
        # (17nl) "un aumento di 300 casi" (an increase of 300 cases): the noun of a rise before
        # its count is additional, as "aumentato di" (rule 12, D51.2)
        (
            r"\b(aumento|incremento) di (?!(?:19|20)\d\d\b)(?=(?:circa |oltre |quasi )?\d)",
            r"\1 di ulteriori ",
        ),
        # (17nl) "oltre 20 decessi per annegamento, 8 di bambini" (8 of them children's): a number
        # after a comma with "di" and a group of people is a part of the count before, as "di
        # cui 8 bambini" (D30, D51.5)
        (
            r",\s(\d[\d.,]*) (?:di|dei|delle) (?=(?:bambini|bambine|minori|minorenni|donne|uomini|"
            r"anziani|giovani|ragazzi|ragazze|stranieri|turisti|migranti|italiani|bagnanti)\b)",
            r", di cui \1 ",
        ),
        # "da metà giugno" (from mid-June): a date, no fraction (D7)
        (
            r"\bmetà (?=(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|"
            r"ottobre|novembre|dicembre)\b)",
            "",
        ),
        # "15 morti, quattro dei quali bambini": the number before "of them" is the breakdown
        # (D30)
        (r",(?!\d)\s*([^\s,]+) (?:dei quali|delle quali|di loro)\b", r", di cui \1"),
        (r"\bmezzo (milione|miliardo|migliaio)\b", r"0.5 \1"),
        (r"\b(?:un |1 )(milione|miliardo) e mezzo\b", r"1.5 \1"),
    ],
    "stop": [
        # (17nk) "nuovi nati" (newborns) is one noun, no "new" (D40.14, D50)
        "nuovi nati",
        # (17tb) "rispetto alla settimana precedente" (compared with the week before): the
        # period of a comparison, no rate "alla settimana" (per week; D57.4)
        "rispetto alla settimana", "rispetto al mese", "rispetto al giorno",
        "in confronto alla settimana", "in confronto al mese",
        "il", "lo", "la", "i", "gli", "le", "soldati", "truppe", "militari", "nordcoreani", "morti",
        "feriti", "uccisi", "vittime", "perdite", "primi", "prime", "e", "di", "del", "della", "in",
        "con", "per", "che", "circa", "oltre", "quasi",
    ],
}

PERIODS = {
    "months": MONTHS,
    "weekdays": WEEKDAYS,
    "seasons": {
        "winter": ["inverno"],
        "spring": ["primavera"],
        "summer": ["estate"],
        "autumn": ["autunno"],
    },
    "words": {
        "rel:last": ["scorso", "scorsa", "passato", "passata", "precedente"],
        "rel:past": ["ultimo", "ultima"],
        "rel:past pl": ["ultimi", "ultime"],
        "rel:this": ["questo", "questa", "quest'", "corrente", "in corso"],
        "rel:next": ["prossimo", "prossima", "prossimi", "prossime"],
        "unit:day": ["giorno"],
        "units:day": ["giorni"],
        "unit:week": ["settimana"],
        "units:week": ["settimane"],
        "unit:month": ["mese"],
        "units:month": ["mesi"],
        "unit:year": ["anno"],
        "units:year": ["anni"],
        "unit:hour": ["ora", "ore"],
        "quarterw": ["trimestre"],
        "halfw": ["semestre", "metà"],
        "part:begin": ["inizio", "principio", "primi"],
        "part:mid": ["metà", "mezzo"],
        "part:end": ["fine"],
        "day:0": ["oggi"],
        "day:-1": ["ieri"],
        "day:1": ["domani"],
        "now": ["attualmente", "finora", "già", "adesso", "al momento", "ad oggi", "a oggi"],
        "before": ["recentemente", "di recente", "in precedenza", "prima"],
        "future": ["presto", "a breve", "prossimamente"],
        "since": ["da", "dal", "dalla", "dall'", "dai", "a partire da", "a partire dal"],
        "until": ["fino a", "fino al", "entro", "entro la", "entro il"],
        "to": ["al", "alla"],
        "between": ["tra", "fra"],
        "and": ["e"],
        "ago": ["fa"],
        "n:1": ["un", "uno", "una"],
        "n:2": ["due"],
        "n:3": ["tre"],
        "n:4": ["quattro"],
        "n:5": ["cinque"],
        "few": ["alcuni", "alcune", "pochi", "poche", "diversi", "qualche"],
        "ord:1": ["primo", "prima"],
        "ord:2": ["secondo", "seconda"],
        "ord:3": ["terzo", "terza"],
        "ord:4": ["quarto", "quarta"],
    },
}

# (17cf) "most of them" / "mostly" after the count, beyond a comma or a dash, tells who most of
# the counted were: a breakdown of the count (D30, D64.4), no share reported instead of it;
# "most of the 800" (the share's whole after it) stays a share (rule 13, D49)
# ("quasi 50 veicoli, in gran parte automobili e alcuni mezzi pesanti")
FIGURES["rewrites"].append((
    r",\s*(?:in (?:gran |larga )?(?:parte|maggioranza)|per la maggior parte|in maggior"
    r" parte)(?!\S)",
    ", tra loro",
))
# (33ra, D224.4) "la maggior parte delle fonti / degli storici" (most of the sources) is a share
# of those who tell the count, not of the count: dropped
FIGURES["rewrites"].append((
    r"\bla (?:maggior parte|maggioranza|gran parte) (?:delle|degli|dei) (?=(?:fonti|storici|"
    r"esperti|studiosi|studi|stime|autori|ricercatori)\b)",
    "",
))

# (17cf) "several / various" before a word of unnamed places (places, spots, points, locations)
# after its preposition, in a phrase with a number, says where, no count beside the count,
# before it or after it (D63.6, D64.7); alone it stays several: "17 veicoli coinvolti in diversi
# punti"
FIGURES["rewrites"].append((
    r"^(?=.*\d)(.*?(?<!\S)in )(?:diversi|diverse|vari|varie|più) (?=(?:punti|luoghi)(?"
    r"!\w))",
    r"\1",
))

# (17cf) a change told with its amount in per cent, then, after a comma, "from A to B" ("le
# richieste sono cresciute del 62%, da 913 a 1.479"):
# the amount and the words up to the comma dropped, the change "from A to B" reads B as D61.1
# says (D61.3, D64.8); without a verb of change "from A to B" stays a range. First of the
# rewrites, before those of the change.
FIGURES["rewrites"].insert(0, (
    r"(?<!\S)(cresciute|cresciuti|cresciuto|cresciuta|aumentate|aumentati|aumentato|"
    r"aumentata|salite|saliti|salito|salita|calate|calati|calato|calata|diminuite|"
    r"diminuiti|diminuito|diminuita|scese|scesi|sceso)"
    # (17cl) also the elided "dell'" before a vowel ("calate dell'8%", D69)
    r"(?: (?:del|di|dello))?(?: dell'| dell’|\s)\d[\d.,]*\s?(?:%|per ?cento)"
    r"(?:[^,\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60},(?= (?:da|dai|dal|dagli) \d)",
    r"\1",
))

# (17ck, D68) a vague magnitude repeated, and a measure told with an article or a vague word
FIGURES.update({
    # (D68.1) "decine e decine", "centinaia e centinaia", "migliaia e migliaia"
    "repeat": ["e"],
    # (D68.2) the units of mass, area and volume (not lengths, D66.3): "una tonnellata", "oltre
    # una tonnellata", "quasi un ettaro" are one unit
    "measures": [
        "tonnellata", "tonnellate", "chilo", "chili", "chilogrammo", "chilogrammi", "grammo",
        "grammi", "ettaro", "ettari", "litro", "litri", "quintale", "quintali",
    ],
})

# (17cv, D78.3) "due milioni e mezzo", "6 miliardi e mezzo": "e mezzo" after a magnitude is half
# of it, told as the next lower magnitude ("due milioni 500 mila"), as "un milione e mezzo" (1.5)
# already is; "e mezzo" after a unit of time stays part of the duration
FIGURES["rewrites"] += [
    (r"(?<!\S)(milioni|milione) e mezzo(?!\w)", r"\1 500 mila"),
    (r"(?<!\S)(miliardi|miliardo) e mezzo(?!\w)", r"\1 500 milioni"),
]

# (17cv, D78.2) a vague determiner on another noun, after a preposition that does not say where
# (lang/_determiners.py): "Nonostante diversi avvertimenti, 12 persone sono morte"; not after the
# prepositions of place, of adding or including, nor before a number or a magnitude; alone it stays
# several (D9)
FIGURES["rewrites"].append(several_beside(
    FIGURES,
    [
        "nonostante", "malgrado", "dopo", "prima di", "durante", "per", "a causa di", "grazie a",
        "contro", "senza", "tramite", "in seguito a", "a seguito di", "nel corso di",
        "nell'arco di", "da",
    ],
    [
        "di", "e", "o", "altri", "altre", "volte", "centinaia", "migliaia", "decine",
    ],
))

# (17dc, D84.2) a count that fell below or did not reach a value is at most (rule 3): "sotto
# quota 300", "sotto la soglia dei", "non ha raggiunto (i) 50", "non ha superato" (prepositions
# too, as "sotto i")
_IT_BELOW = [
    "sotto quota", "sotto la soglia dei", "sotto la soglia delle", "sotto la soglia di",
    "sotto la soglia degli", "al di sotto della soglia dei", "al di sotto della soglia di",
]
FIGURES["at_most"] += _IT_BELOW + [
    f"non {verb}{art}"
    for verb in (
        "ha raggiunto", "hanno raggiunto", "raggiunge", "raggiungono", "aveva raggiunto",
        "ha superato", "hanno superato", "supera", "superano", "aveva superato",
        "è arrivato a", "è arrivata a", "sono arrivati a", "sono arrivate a", "arriva a",
        "arrivano a",
    )
    for art in ("", " i", " le", " gli")
]
FIGURES["prepositions"] += _IT_BELOW

# (20fa, D91.1) an estimate told by its verb across its object ("l'ISS stima il numero dei decessi
# in 3100") or opened by "si stima che" far from the number: approx
FIGURES["rewrites"] += [
    estimated_at(
        FIGURES, [r"(?:stima|stimano|ha stimato|hanno stimato) (?:il|la|i|le|lo|gli)"], ["in"],
        "circa",
    ),
    estimated_that(FIGURES, ["si stima che", "si stima siano", "si calcola che"], "circa"),
]
# (21rb, D101) a number word inside an idiom of manner, of each other or of "amid" is no count
FIGURES["rewrites"].append((
    r"(?<!\S)(in|per) mezzo (?=(?:a|al|alla|allo|ai|agli|alle|all|di|del|della|dello|dei|"
    r"degli|delle)(?!\w))", r"\1 ",
))
# (21rb, D102.4) a per cent of rise is additional, as "rose by 5 %" (rule 12, D65): "un
# aumento del 20%", as "un aumento di 300"
# (before the rewrites of "del N%")
FIGURES["rewrites"].insert(0, (
    r"\bun (aumento|incremento) del (?=\d[\d.,]*\s?(?:%|per cento))", r"un \1 di ",
))

# (22rb, D107) the "to" of a count's change or reach told with "fino a" ("Il numero dei morti
# arrivò nei giorni successivi fino a 170", reached 170): the new total, exact (rule 1, D29,
# D31), as "è salito a 170"; only with a count as the verb's subject (numero, bilancio, …), since
# "sono arrivati fino a 170 migranti" (up to 170 arrived) keeps "fino a" = up to
FIGURES["rewrites"].append((
    r"\b((?:numero|bilancio|conteggio|totale|cifra|conto)\b[^\d,;:.]{0,60}?"
    r"\b(?:salit[oaie]|sale|salgono|salì|salirono|arrivat[oaie]|arriva|arrivano|arrivò|"
    r"arrivarono|giunt[oaie]|giunge|giunse|aumentat[oaie]|aumenta|aumentò|cresciut[oaie]|"
    r"cresce|crebbe|sces[oaie]|scende|scese|calat[oaie]|calò|diminuit[oaie]|diminuì|"
    r"lievitat[oaie]|balzat[oaie]|schizzat[oaie])\b(?: [^\W\d_]+){0,4}) fino (?=(?:a|ad|ai|al|"
    r"alle|agli) )",
    r"\1 ",
))
# (22rb, D108) a per cent of rise told with its verb and "del" ("i casi sono aumentati del 10%", by
# 10 %) is additional, as "aumentati di 500" and "un aumento del 10%" read (rule 12, D65,
# D102.4); "aumentati del 18% a 46" stays the new total (the rewrite of 17cc drops its per cent)
FIGURES["rewrites"].append((
    r"\b(aumentat[oaie]|cresciut[oaie]|salit[oaie]|lievitat[oaie]|balzat[oaie]|aumenta|aumentano|"
    r"aumentò|aumentarono|cresce|crescono|crebbe|crebbero) del (?=\d[\d.,]*\s?(?:%|per ?cento))",
    r"\1 di ",
))
# (22rc, D111) the same with "dell'" before a number read with a vowel (uno, undici, otto,
# ottanta, ottocento: "aumentati dell'8%", "dell'11 per cento", "dell'1,5%"): additional, as "del
# 10%" (D108); the share is then read alone beside a compared value ("aumentati dell'8%,
# rispetto ai 587 dell'anno scorso")
FIGURES["rewrites"].append((
    r"\b(aumentat[oaie]|cresciut[oaie]|salit[oaie]|lievitat[oaie]|balzat[oaie]|aumenta|aumentano|"
    r"aumentò|aumentarono|cresce|crescono|crebbe|crebbero) dell'(?=(?:11|1|8\d*)(?:[.,]\d+)?"
    r"\s?(?:%|per ?cento))",
    r"\1 di ",
))
# (22rb, D110) "one in N" told with the article ("un paziente su 3", "uno su tre", "una persona
# su tre"): a ratio, unparsed (rule 13), as "1 su 3" reads; not "su" before a time or a measure
# ("un calo su tre anni", over three years; round 7's "un rogo su 20 ettari", a fire on 20
# hectares) nor before a per cent
FIGURES["rewrites"].append((
    r"\b(?:un|uno|una)(?: [^\W\d_]+)? su (?=(?:\d+(?:[.,]\d+)?(?![.,]?\d)|due|tre|quattro|"
    r"cinque|sei|sette|otto|nove|dieci|cento|mille)\b(?!\s?%| (?:anni|giorni|mesi|settimane|"
    r"ore|minuti|secondi|ettari|chilometri|km|metri|mq|chili|kg|tonnellate|litri|per ?cento)"
    r"\b))",
    "1 su ",
))
# (32rc, D222.1) a ratio told with "rapporto" before "di A a B" ("un rapporto di 1 a 15"): a
# ratio (rule 13), as "una proporzione di 1 a 15" reads; "rapporto" is also a report: only right
# before the two numbers ("da 1 a 15 morti" stays a range)
FIGURES["rewrites"].append((
    r"\brapporto (?=(?:(?:è|era|sarebbe|sarà|pari a) )?(?:di |d['’])?(?!(?:19|20)\d\d\b)"
    r"\d[\d.,]* (?:a|ad|su|contro) \d)",
    "proporzione ",
))
# (22rb, D110) "alcuni / alcune" on an institution or a medium that reports the count, its verb
# right after ("Alcuni aeroporti hanno segnalato 300 cancellazioni"): the source's determiner, no
# count (D9), as "some officials"; not people who are also counted (round 4's fr "Certains
# survivants ont déclaré qu'il y avait 65 hommes" is labelled unparsed), and only where a number
# follows (alone it stays several)
FIGURES["rewrites"].append((
    r"\b(?:alcuni|alcune) ((?:[^\W\d_]+ )?(?:aeroporti|compagnie|ospedali|cliniche|media|"
    r"giornali|agenzie|autorità|studi|governi|paesi|stati|regioni|province|comuni|ministeri|"
    r"organizzazioni) (?:hanno segnalato|hanno riferito|hanno riportato|"
    r"hanno registrato|segnalano|riferiscono|stimano|parlano)\b)(?=.*\d)",
    r"\1",
))

# (23rc, D125) "one or two" told with the article that is also "one" ("uno o due decessi", "da uno a
# due squali"): the range 1-2 (rule 6), as "1 o 2" reads; "l'uno o l'altro" has no number after it
FIGURES["rewrites"].append((
    r"(?<![\w'’])(?:un|uno|una) (o|oppure|a) (?=(?:forse |magari )?due\b)", r"1 \1 ",
))
# (23rc, D125) "A or maybe B" is a range (rule 6), as "o addirittura" ("uno o forse due squali")
FIGURES["range_sep"] += ["o forse", "o magari", "oppure"]

# (23rd, D130.3) a noun of rise before a per cent ("un balzo del 10%", "un rialzo del 10%", "un
# boom del 10%"): additional, as "un aumento del 10%" (D102.4)
FIGURES["rewrites"].insert(0, (
    r"\b(?:balzo|rialzo|boom)[\"'’”»]? (?:di|del) (?=\d[\d.,]*\s?(?:%|per cento))",
    "aumento di ",
))

# (23rd, D132) "new" on a vehicle names its kind (new, not used: "1,326 млн новых легковых
# автомобилей", "155.157 nuove auto immatricolate"): no "N new" of rule 12 (D51.8), the count a
# total
FIGURES["rewrites"].insert(0, (
    r"\b((?:auto|automobili|autovetture|vetture|veicoli|macchine|moto|"
    r"camion)(?: [^\W\d_]+)?) (?:nuove|nuovi)\b|\b(?:nuove|nuovi) (?=(?:auto|automobili|"
    r"autovetture|vetture|veicoli|macchine|moto|camion)\b)",
    r"\1",
))

# (23rd, D129.2) a comma and three digits before millions is the decimal comma (lang/_forms.py)
FIGURES["rewrites"].insert(0, decimal_comma_before("milioni|milione|miliardi|miliardo|mln|mld"))

# (23rf, D137) the nouns of a rise before the count or per cent they add ("una crescita del
# 9,4%"), as "un aumento di" (rule 12, D108)
# ("un aumento di / del", "un incremento di" read so already)
FIGURES["additional"] += ["crescita del", "crescita di", "crescita dell'"]

# (23rf, D138) "higher / lower than" with the article joined to "a" / "di" ("superiore al 40%",
# "inferiore alla media di 30", "più del 40%"): at least / at most (rules 3, 4), as "superiore a"
# and "superiore ai" read
FIGURES["at_least"] += [
    "superiore al", "superiore allo", "superiore alla", "superiore all'", "superiore agli",
    "superiori al", "superiori allo", "superiori alla", "superiori all'", "superiori agli",
    "maggiore di", "maggiore del", "maggiore dei", "maggiore della", "maggiore delle",
    "maggiore degli", "maggiori di", "maggiori del", "maggiori dei",
    "più del", "più dei", "più della", "più delle", "più degli", "più dell'",
    "poco superiore al", "di poco superiore al", "leggermente superiore al",
]
FIGURES["at_most"] += [
    "inferiore al", "inferiore allo", "inferiore alla", "inferiore all'", "inferiore ai",
    "inferiore alle", "inferiore agli", "inferiori a", "inferiori al", "inferiori ai",
    "inferiori alle", "inferiori agli", "minore di", "minore del", "minore dei", "minori di",
    "meno del", "meno dei", "meno della", "meno delle", "meno degli", "meno dell'",
]
FIGURES["nearly"] += ["poco inferiore al", "di poco inferiore al", "leggermente inferiore al"]

# (23rf, D139) a stray space after a thousands point, "61. 852" (lang/_forms.py)
FIGURES["rewrites"].append(STRAY_POINT_SPACE)

# (23rf, D139) "5-600": the two ends share the magnitude (lang/_forms.py)
FIGURES["rewrites"].append(SHARED_MAGNITUDE)

# (23rf, D139) a range told by its minimum and maximum ("tra un minimo di 1269 individui ed un
# massimo di 1800"): the range A-B (rule 6), the noun after its ends, as "tra 1269 e 1800
# individui" reads
FIGURES["rewrites"].append((
    r"\b(?:(?:tra|fra) )?un minimo di (\d[\d.,]*(?: (?:mila|milioni))?)((?: [^\W\d_]+)?),? e(?:d)? "
    r"un massimo di (\d[\d.,]*(?: (?:mila|milioni))?)",
    r"tra \1 e \3\2",
))

# (23rf, D140) "N degli ultimi M mesi" is a ratio (rule 13), as "15 su 16"
FIGURES["rewrites"].append((
    r"(?<=\d)( (?:degli ultimi|delle ultime|dei primi|delle prime|sugli ultimi|sulle ultime) \d+)"
    r" (?:mesi|anni|giorni|settimane)\b",
    r"\1",
))

# (23re, D133.2) the gerunds of the verbs of change and "decremento" ("calando da 2.235.328 a
# 2.231.071", "un decremento dello 0,19%"): "from A to B" after them is a change, its new total B
# (D56.5), and a per cent after them the change's size
FIGURES["change"] += [
    "decremento", "calando", "crescendo", "aumentando", "diminuendo", "scendendo", "salendo",
]
# (23re, D134.1) D122's size of a change told after the count with a sign ("conta 15.168 atleti
# (+3.932 rispetto al 2023)") or the noun of the change before it ("un aumento di 3.000 persone
# rispetto al 2022", which the tables' rewrite reads "un aumento di ulteriori 3.000"), then the
# comparison: no count beside the count
FIGURES["differences"] += [
    r"\+ # (?:[^\W\d_]+ ){0,2}(?:rispetto|in confronto|a fronte)(?![^\W\d_])",
    r"(?:\S+ )*?(?:un |una )?(?:aumento|incremento|calo|decremento|balzo|rialzo|crescita) (?:di|"
    r"del|dello|della|dei|degli)(?: ulteriori)? # (?:[^\W\d_]+ ){0,2}(?:rispetto|in confronto|"
    r"a fronte)(?![^\W\d_])",
]

# (24ra, D142) a sign "+" opening a figure text ("(+130%)", "+5.000 iscritti") tells the size of
# a change: additional (rule 12), written as "ulteriori" (lang/_forms.py)
FIGURES["rewrites"].append(leading_plus("ulteriori"))

# (24ra, D143) a verb of approaching reaches only a mark: a number of three digits or more, or
# with a scale word ("si è avvicinato a due persone" is no mark)
_IT_BIG = mark_ahead(
    r"mila|mille|milioni|milione|miliardi", "i|gli|le|il|quota|la soglia dei|la soglia di"
)

# (24ra, D143) "sfondare / varcare / superare" in every tense and participle, with "quota / la
# soglia / il muro (dei)" between ("sfondando quota tre milioni", "varcato quota 3 milioni",
# "superò"): at least (rule 3), as "supera"; "sfiorare" and "avvicinarsi a" in every form: nearly,
# as "sfiora". Not after "non" (D84.2)
_IT_MARK = (r"(?: (?:già |ormai |anche |così )?(?:il |la |l'|l’)?(?:livello|soglia|quota|tetto|"
            r"traguardo|muro|limite|barriera|asticella)(?: dei| delle| degli| di| del| della)?)")
_IT_NOT = (r"(?<!\bnon )(?<!\bnon ha )(?<!\bnon hanno )(?<!\bnon è )(?<!\bnon sono )"
           r"(?<!\bnon aveva )(?<!\bnon avevano )(?<!\bnon abbia )(?<!\bnon abbiano )")
_IT_END = r"(?:a|ano|ava|avano|ò|arono|erà|eranno|erebbe|ato|ata|ati|ate|ando|are)"
FIGURES["rewrites"].append((
    _IT_NOT + r"\b(?:sfond" + _IT_END + r"|varc" + _IT_END + r"|varcher\w*|superò|sfonder\w*)"
    + _IT_MARK + r"?(?= )",
    "supera",
))
FIGURES["rewrites"].append((
    _IT_NOT + r"\b(?:sfior" + _IT_END + r"|sfiorer\w*|(?:(?:si|ci) (?:è |sono |era |erano )?)?"
    r"avvicin(?:a|ano|ava|avano|ò|arono|erà|eranno|ato|ata|ati|ate)|avvicinandosi|avvicinatosi|"
    r"avvicinatasi) (?:a|ai|alle|agli|al|alla)" + _IT_MARK + r"?" + _IT_BIG,
    "sfiora",
))
# (28rb, D207) the infinitive "sfiorare" too ("potrebbe sfiorare i 130.000")
FIGURES["rewrites"].append((
    _IT_NOT + r"\bsfior(?:ato|ata|ati|ate|ò|arono|ava|avano|erà|eranno|are)" + _IT_MARK + r"?"
    + _IT_BIG,
    "sfiora",
))

# (24rb, D147) multipliers are no counts (rule 13, as "volte"): "moltiplicato per 30"
FIGURES["fraction"] += [
    "moltiplicato per", "moltiplicata per", "moltiplicati per", "moltiplicate per",
    "moltiplicare per", "moltiplica per", "moltiplicano per", "moltiplicando per",
    "moltiplicò per", "moltiplicarsi per",
]

# (24rb, D147.2) a change "da QUAL A a B" (from some/over/nearly A to B: "passate da poco più di
# 10 mila a 17 mila"): the old count's qualifier goes with the old count, dropped with it; the
# new total B (D35, as "da circa A a B")
FIGURES["rewrites"].insert(0, (
    r"\b((?:passat[oaie]|passa|passano|passò|passando|salit[oaie]|sale|salgono|aumentat[oaie]|"
    r"cresciut[oaie]|sces[oaie]|diminuit[oaie]|calat[oaie]|balzat[oaie]|lievitat[oaie]|"
    r"raddoppiat[oaie]|triplicat[oaie]|dimezzat[oaie]) (?:da|dai|dal|dagli|dalle)) "
    r"(?:poco più di|poco meno di|più di|meno di|oltre|quasi|almeno|appena|poco oltre|ben|"
    r"circa|intorno a|attorno a) (?=\d[^;]{0,40}? (?:a|ad|ai|al|agli|alle) (?:[^\W\d_]+ )?\d)",
    r"\1 ",
))

# (24rb, D147.4) "that is" words between two counts: the same count said twice in two
# forms is one count when both values agree (figures/contrast.py drop_restated)
FIGURES["restate"] = ['vale a dire', 'in altre parole']

# (24rd, D155) "tra / fra A ed i B" with the euphonic "ed" before the second end and a plural
# article ("fra i 56 ed i 58 milioni"), as "e i / e le / e gli". Not the singular "e il / e lo"
# ("tra il 5 e il 10%" stays unread): "muoiono 42 pensionati e il figlio 13enne" is a list, and
# "tra il 1958 e il 2016 … 2.785 attacchi" a span of years (rounds 47 and 55)
FIGURES["range_and"] += ["ed", "ed i", "ed le", "ed gli"]

# (24rc, D150) the nouns of a rise with "in" or no article and "del / di / dell'" before the size of
# the rise ("in aumento del 15-20%", "aumento del 15%", "in rialzo del 3%", "un'impennata del 40%"),
# and the size told in words ("aumentati del quindici per cento", "un aumento di otto per cento"):
# additional, as "un aumento del 20%" and "aumentati di 500" read (rule 12, D102.4, D108); a range
# too. Not before a year ("l'aumento del 2023"), nor with "a" and a number after it (the new total,
# D35). "in calo / in diminuzione" (a fall) stay a total.
_IT_NUMBER = number_word(
    (),
    [*FIGURES["compound"], *FIGURES["compound_small"], *FIGURES["compound_scales"]],
    ("un", "uno", "una"),
)
_IT_NOT_TO = r"(?![^.;]*\s(?:a|ad|al|ai|agli|alle|fino a)\s(?:quota\s)?\d)"
FIGURES["rewrites"].append((
    r"(?:\b(?:un|in|l['’]|dell['’]|un['’]) ?)?\b(?:aumento|incremento|rialzo|balzo|ascesa|"
    r"impennata|boom) (?:del|di|dell['’])(?= ?(?!(?:19|20)\d\d\b)(?:circa |oltre |quasi |almeno |"
    r"più di )?(?:\d|" + _IT_NUMBER + r"))" + _IT_NOT_TO + " ?",
    "aumento di ulteriori ",
))
FIGURES["rewrites"].append((
    r"\b(aumentat[oaie]|cresciut[oaie]|salit[oaie]|lievitat[oaie]|balzat[oaie]|aumenta|aumentano|"
    r"aumentò|aumentarono|cresce|crescono|crebbe|crebbero|in crescita) (?:del|di|dell['’])"
    r"(?= ?(?:circa |oltre |quasi |almeno |più di )?" + _IT_NUMBER + r")" + _IT_NOT_TO + " ?",
    r"\1 di ulteriori ",
))

# (24rc, D151) the rates of a surface and per head the table lacked ("40 quintali all'ettaro", "3
# persone al metro quadrato", "pro capite", "a testa"): rule 13, D19, D114, as "al chilometro
# quadrato" reads
FIGURES["rate"] += [
    "all'ettaro", "all’ettaro", "per ettaro", "al metro quadrato", "per metro quadrato",
    "al metro quadro", "per metro quadro", "pro capite", "a testa", "per abitante",
]

# (24rc, D150) an adverb between a verb of rise and its "di / del" ("aumentati notevolmente del
# 10%", "cresciuti ulteriormente di 500"): dropped, so "aumentati del N" reads, additional (rule 12,
# D108); first of the rewrites. Falls stay a total.
FIGURES["rewrites"].insert(0, (
    r"\b(aumentat[oaie]|cresciut[oaie]|salit[oaie]|lievitat[oaie]|balzat[oaie]|aumenta|aumentano|"
    r"aumentò|aumentarono|cresce|crescono|crebbe|crebbero)(?: (?:[a-zàèéìòù]+mente|ancora|"
    r"molto)){1,2} (?=(?:di|del|dell['’])\b)",
    r"\1 ",
))

# (24re, D158) "sfiorare" in every tense before an article and a number glued to its scale ("hanno
# sfiorato le 90mila tonnellate", "sfiora i 3mln"): nearly (rule 2), as D143's "sfiora le 90 mila";
# not after "non" (D84.2)
FIGURES["rewrites"].append((
    _IT_NOT + r"\bsfior" + _IT_END + r"(?= (?:(?:i|gli|le|il|la|l'|l’|quota) ?)?\d[\d.,]*"
    r" ?(?:mila|mln|milioni|milione|miliardi|miliardo|mld)\b)",
    "sfiora",
))

# (24re, D156) "superiore / maggiore / più alto del N%" (higher by N %): the size of a rise,
# additional (rule 12), as "in aumento del" (D150); a per cent only ("superiore al 10%", more than
# 10 %, is rule 3 and not touched)
FIGURES["rewrites"].append((
    r"\b(?:superiore|superiori|maggiore|maggiori|più alt[oaie]|più elevat[oaie]) del(?:l'|l’)? ?"
    r"(?=\d[\d.,]*(?: ?[-–] ?\d[\d.,]*)? ?(?:%|per ?cento))",
    "aumento di ulteriori ",
))

# (24re, D158) "sotto" (below) with the singular articles ("è sceso sotto il 40%", "sotto l'1%",
# "sotto gli 80"): at most (rule 3), as "sotto i / sotto le"
FIGURES["at_most"] += [
    "sotto il", "sotto l'", "sotto l’", "sotto gli", "al di sotto del", "al di sotto dell'",
    "al di sotto dell’", "al di sotto degli", "al di sotto della",
]

# (24rf, D160) a range of per cents with the singular article before each end ("dal 10 al 12%",
# "tra il 10 e il 12 per cento", "fra l'8 e il 10%"): read as "tra il 10 e 12%", which reads (not
# 10); only with the per cent after the high end ("dal 13 al 19 luglio" is a date, D24)
FIGURES["rewrites"] += [
    (r"\bdall?['’ ]?(\d[\d.,]*) all?['’ ]?(\d[\d.,]*)(?= ?(?:%|per ?cento\b))", r"dal \1 a \2"),
    (
        r"\b(tra|fra) (?:il |l['’] ?|un )(\d[\d.,]*) e (?:il |l['’] ?|un )(\d[\d.,]*)"
        r"(?= ?(?:%|per ?cento\b))",
        r"\1 il \2 e \3",
    ),
]

# (25ra, D167) a change "da A a B" with a verb of change the D35 rewrite did not list
# ("schizzati da 300 a 420", "crollati da", "si è ridotto da", "aumentò da"), in its tenses: the
# new total B (D35), read as "passati da"; "da 300 a 420" with no verb stays a range (rule 6)
FIGURES["rewrites"].insert(0, (
    r"\b(?:schizzat[oaie]|crollat[oaie]|precipitat[oaie]|impennat[oaie]|ridott[oaie]|"
    r"volat[oaie]|esplos[oaie]|risalit[oaie]|ridiscesi|ridiscesa|ridisceso|aumentò|aumenta|"
    r"aumentano|aumentarono|crebbe|crebbero|cresce|crescono|salì|salirono|scese|scesero|"
    r"scende|scendono|calò|calarono|cala|calano|diminuì|diminuirono|diminuisce|diminuiscono|"
    r"schizza|schizzano|schizzò|crolla|crollano|crollò|crollarono|precipita|precipitò|"
    r"raddoppiò|triplicò|dimezzò|balzò|balza|balzano|lievita|lievitò|sale|salgono|"
    r"aumentando|crescendo|scendendo|calando|diminuendo|salendo|schizzando|crollando|"
    r"precipitando|raddoppiando|triplicando|dimezzando|balzando|lievitando|"
    r"passando|passato|passata|passati|passate|passa|passano|passò)"
    r"(?= (?:da|dai|dal|dagli|dalle|dall['’]) ?(?:[^\W\d_]+ ){0,2}\d[\d.,]*"
    r"(?: ?(?:mila|milioni))?[^;,%\d]{0,40}? (?:a|ad|ai|al|agli|alle|all['’]) ?"
    r"(?:[^\W\d_]+ ){0,2}(?!(?:19|20)\d\d\b)\d)",
    "passati",
))

# (25ra, D168) a sign "-" opening a per cent ("-46% presenze", "−3,2 %") tells the size of a
# fall: a fall is total (D150), the sign dropped (lang/_forms.py); "-5" with no per cent is left
FIGURES["rewrites"].insert(0, leading_minus(FIGURES["percent"]))

# (25rb, D170) a stray space after the decimal comma before a scale word ("12, 5 milioni" =
# 12,500,000): one or two digits after the space and a scale after them are a decimal (three
# digits are a thousands group, D22)
FIGURES["rewrites"].insert(0, stray_decimal_space_before(
    "mila|mille|milione|milioni|mln|miliardo|miliardi|mld"))

# (25rb, D171) an adjective between the noun of a rise and its "di" ("un aumento significativo
# del 11%", "una crescita notevole di 500"), or before the noun ("un forte aumento del 11%"):
# dropped, so "un aumento del N" reads, additional (rule 12, D150); a per cent told "più alto /
# più elevato" after it is "in più" (additional). Falls stay a total
_IT_RISE_ADJ = (
    r"significativ[oaie]|notevol[ei]|consistent[ei]|considerevol[ei]|sensibil[ei]|"
    r"important[ei]|fort[ei]|nett[oaie]|liev[ei]|legger[oaie]|gross[oaie]|grand[ei]|"
    r"ulterior[ei]|nuov[oaie]|record|annu[oaie]|storic[oa]|brusc[oa]|esplosiv[oa]|"
    r"vertiginos[oa]|sostanzial[ei]|marcat[oa]|medi[oa]|real[ei]|tendenzial[ei]"
)
FIGURES["rewrites"].insert(0, (
    rf"\b(?:(?:{_IT_RISE_ADJ}) )?(aumento|incremento|crescita|rialzo|balzo|salto|"
    rf"impennata)(?: (?:{_IT_RISE_ADJ})){{0,2}} "
    r"(?=(?:di|del|dell['’]|dello) ?(?:circa |quasi |oltre |più di )?\d)",
    r"\1 ",
))
FIGURES["rewrites"].insert(0, (
    r"(?<![\d.,])(\d(?:[\d.,]*\d)?\s?(?:%|per cento)) (?:più (?:alt[oaie]|elevat[oaie]|"
    r"grand[ei])|superiore|superiori)\b",
    r"\1 in più",
))

# (25rc, D176) the rate told of a person, a family or a time unit ("67 kg per persona
# beneficiaria", "3 pacchi a famiglia"), as "pro capite" and "a testa" (rule 13, D19); not
# "per" alone, which is also "for" ("per 67 persone"), nor "per ora" (for now, "Sono per ora 6
# le vittime"), "al secondo" (second place) or "al minuto" (at the minute).
FIGURES["rate"] += [
    "per persona", "a persona", "per famiglia", "a famiglia", "per nucleo familiare",
    "a nucleo familiare", "per nucleo", "per beneficiario", "a beneficiario", "per studente",
    "per giorno", "per mese", "per anno", "per settimana", "a settimana", "a notte",
]

# (25rd, D180) "n.", "nr.", "n°" before digits name the thing so numbered ("il treno n. 5", "la
# legge n. 194"), as "#14" and "№14" do (D74, D95.2): dropped, so a count beside it is read
FIGURES["rewrites"].append((r"(?<![\w.])(?:n\.|nr\.|n°) ?\d+(?![\d]|[.,]\d)", " "))

# (26ra, D182) "+ di" before a number is "più di" (at least, rule 3): "+ di 100 persone"
FIGURES["rewrites"].insert(0, (r"(?<![\w+])\+ ?(?=di \d|di (?:un|una|due|tre|cento|mille)\b)",
                               "più "))
# (26ra, D183) a verb of a rise right before its per cent with no "di / del" ("è cresciuto 3%",
# "aumentati 10%"): "cresciuto del N%", additional (rule 12, D150); falls stay a total
FIGURES["rewrites"].insert(0, rise_then_percent(
    r"aument(?:ato|ata|ati|ate|a|ano|ò|arono|ava|avano)|cresciut[oaie]|cresce|crescono|crebbe|"
    r"crebbero|salit[oaie]|sale|salgono|salì|balzat[oaie]|lievitat[oaie]|schizzat[oaie]|"
    r"rincarat[oaie]", "del",
    r"%|per cento|percento", r"quasi|circa|oltre|più di|poco più di|appena|solo",
))

# (26rc, D190) Italian as a whole: "indicativamente" (roughly) and "qualcosa come" (something
# like, as en) are approx (rule 2); "sino a" in every articled form is "fino a" (at most, rule
# 4); after the number "scarsi / scarse / scarso / scarsa" (barely: "500 scarsi") and "o poco
# meno" are nearly (rule 5), "o poco più" at least (rule 3), as "o più"
FIGURES["approx"] += ["indicativamente", "qualcosa come"]
FIGURES["at_most"] += ["sino a", "sino ad", "sino ai", "sino alle", "sino agli"]
FIGURES["post_nearly"] = ["scarsi", "scarse", "scarso", "scarsa", "o poco meno"]
FIGURES["post_at_least"] += ["o poco più", "o poco piu"]
# (26rc, D191) two collective numerals joined by a dash or slash ("una ventina-trentina di
# persone", read 600 before): a range of the two, as "una ventina o una trentina" reads (rule 6)
_IT_COLLECTIVES = (
    "decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina|sessantina|settantina|"
    "ottantina|novantina|centinaio|migliaio"
)
FIGURES["rewrites"].append((
    rf"\b({_IT_COLLECTIVES}) ?[-–/] ?(?=(?:{_IT_COLLECTIVES})\b)", r"\1 o una ",
))
# (26rc, D189) "un quarto di milione" (a quarter of a million) = 250,000 and "tre quarti di
# milione" = 750,000 (rule 8), as fr "un quart de million" and es "un cuarto de millón" read (D38);
# "un quarto dei morti" (a quarter of the dead) stays a share
FIGURES["rewrites"].append((r"\b(?:un )?quarto di (milione|miliardo)\b", r"0,25 \1"))
FIGURES["rewrites"].append((r"\btre quarti di (milione|miliardo)\b", r"0,75 \1"))

# (26rb, D186.3) a mobile network's generation ("4G", "5G", "4G/LTE"): no count
# (lang/_designations.py)
FIGURES["rewrites"] += GENERATION

# (26rb, D185.6) a range of per cents with the article and the per cent on both ends ("tra il 5%
# e il 10%", "dal 5 per cento al 10 per cento"): written as D160's "tra il 5 e 10%", "dal 5 a 10%"
FIGURES["rewrites"] += [
    (r"\bdall?['’ ]?(\d[\d.,]*) ?(?:%|per ?cento) all?['’ ]?(\d[\d.,]*)(?= ?(?:%|per ?cento\b))",
     r"dal \1 a \2"),
    (
        r"\b(tra|fra) (?:il |l['’] ?|un )(\d[\d.,]*) ?(?:%|per ?cento) e (?:il |l['’] ?|un )"
        r"(\d[\d.,]*)(?= ?(?:%|per ?cento\b))",
        r"\1 il \2 e \3",
    ),
]

# (27ru, D195) an exchange of two counts: after a word of exchange or release ("lo scambio di 200
# prigionieri contro 20 ostaggi"), "contro" is "in exchange for": two quantities, no single count
# (D5), as "in cambio di" reads
_EXCHANGE_SPAN = r"(?:[^.;:]|\.(?=\d))*?"
FIGURES["rewrites"].append((
    r"^(?=" + _EXCHANGE_SPAN + r"\b(?:scambi|liber|rilasci|baratt|consegn|restitu)\w*"
    + _EXCHANGE_SPAN + r" contro )"
    r"(?=" + _EXCHANGE_SPAN + r"(?:\d|decine|centinaia|migliaia|\b(?:un|una|uno|due|tre|"
        r"quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta|cento|"
        r"mille)\b)"
    + _EXCHANGE_SPAN + r" contro )"
    r"(" + _EXCHANGE_SPAN + r") contro (?=(?:circa |i |gli |le |oltre |almeno )?(?:\d|"
        r"decine|centinaia|migliaia|(?:un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|"
        r"dieci|undici|dodici|quindici|venti|trenta|cento|mille) ))",
    r"\1 in cambio di ",
))

# (28ru, D205) "between A and more than B" opens the range's high end (D3; lang/_forms.py)
FIGURES["rewrites"].append(open_range_top(
    "tra|fra", "e", "più di|oltre", r"mila|milioni|milione", "o più"))

# (28rb, D207) a verb of raising or lowering with its count as the object before "fino a" ("ha
# portato il numero dei morti fino a 79", "fa salire il bilancio fino a 79"): the new total,
# exact (rule 1, D31), as "è salito fino a 79"; "fino a 79 morti" alone stays "up to" (rule 4)
FIGURES["rewrites"].append((
    r"\b((?:port|elev|aument|fatto salire|fa salire|fanno salire|ridott|riduc|abbass)[^\W\d_]* "
    r"(?:il|la|l'|l’|i|le|gli) ?(?:numero|bilancio|totale|conto|cifra|conteggio)\b"
    r"[^\d,;:.]{0,50}?) fino (?:a|ad) (?=(?:i |le )?\d)",
    r"\1 a ",
))

# (29ru, D210.2) after the comma that closes a breakdown, "and" and a count go back to the list the
# figure belongs to: "283 passeggeri, tra cui 3 bambini, e 15 membri dell'equipaggio" holds two
# counts (a list, unparsed), as a count with its own "more" word there does (D60.2); a list's last
# "and" takes no comma in this language
FIGURES["told_with"]["resumes"] = ["e", "ed"]

# (31fx, D218.3) a bracket that opens with a breakdown word closes the breakdown, as D210.2's
# comma does: "and" and a count in digits after it (past a definite article) go back to the
# list ("I 28 ospiti (tra questi 4 bambini) e i 12 dipendenti": two counts, unparsed)
FIGURES["rewrites"].append(bracketed_breakdown(
    FIGURES["including"], ["e", "ed"], ["i", "gli", "le", "il", "lo", "la"]))
# (31fx, D218.3) and the plural article between D210.2's "and" and its count ("e i 12"): dropped
FIGURES["rewrites"].append(article_after_resumes(
    FIGURES["including"], FIGURES["told_with"]["resumes"], ["i", "gli", "le"]))

# (31rb, D219.5) the article of a person exchanged for a count is the count one, as fr "un otage
# pour trois prisonniers" (lang/_forms.py): "un ostaggio per tre prigionieri", "300 detenuti per
# un solo soldato" are two counts, unparsed (they read the other count)
FIGURES["rewrites"] += one_in_exchange(
    "un|uno|una", "sol[oa]|unic[oa]",
    "ostaggio|prigionier[oa]|detenut[oa]|soldato|soldatessa|militare|israeliana?|israeliano|"
    "palestinese|civile|combattente|uomo|donna",
    "per",
    "due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|"
    "quindici|sedici|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|"
    "mille|diversi|diverse|decine|centinaia|migliaia",
    "giorni|giorno|settimane?|mesi|mese|anni|anno|ore|ora|minuti")

# (32rl, D220.1) a share told after the total and its comma ("333 persone, più della metà bambini")
# tells who the counted were: the total's breakdown (D5), written as the table's breakdown word
# (lang/_lists.py), as "most of them" reads already; a number after the share keeps it a share or a
# list
FIGURES["rewrites"].append(share_of_total(
    [*FIGURES["vague"], *FIGURES["scales"]],
    ["di cui", "tra cui", "fra cui", "tra i quali", "tra le quali", "dei quali", "delle quali",
     "tra loro", "tra questi", "tra queste", "di questi", "di queste"],
    ["più di", "più della", "oltre", "quasi", "circa", "almeno", "meno di", "meno della",
     "poco più di", "poco più della", "quasi la"],
    ["la metà", "metà", "un terzo", "due terzi", "un quarto", "tre quarti", "un quinto",
     "la maggioranza", "la maggior parte", "la gran parte", "gran parte",
     "la stragrande maggioranza"],
    ["di loro", "dei quali", "delle quali", "di essi", "di esse"],
    "tra cui"))

# (32rl, D220.2) "of these" after the total's comma, right before a count ("331, di queste 186
# erano bambini"), opens its breakdown (D5), as "tra questi" and "di cui" do
FIGURES["rewrites"].append((r", ?di (?:questi|queste|essi|esse)(?= \d)", ", tra questi"))

# (34ra, D226.1) counts told each with its own place, after a comma ("600 militaires au Gabon, 400
# en RDC et 200 en Centrafrique"): a list of several quantities, no count with its breakdown
# (D60.2), even when the later counts add up to the first; the comma written as "and"
# (lang/_lists.py). (34ra, D226.2) "N … out of a total of M": a part and its whole (rule 13,
# D85.2), the total word no figure's (D5): written as the plain "out of"
FIGURES["rewrites"] += [
    places_listed(['in', 'a', 'ad', 'nel', 'nella', 'nei', 'negli', 'nelle'], 'e', [
        # (35rd, D236.1) a country's or region's preposition before a city's ("10 morti in
        # Ucraina, 6 a Kiev e 4 a Kharkiv"), a noun of an area with no name
        (r"in|nel|nella|nei|negli|nelle", r"a|ad"),
        (r"(?:nel|in tutto il) (?:paese|territorio)"
         r"|(?:nella|in tutta la) (?:regione|provincia)",
         r"in|a|ad|nel|nella|nei|negli|nelle"),
    ]),
    part_of_total(
        [
            'su un totale di', 'sul totale di', 'su un totale complessivo di',
            'sul totale complessivo di', 'tra un totale di', 'fra un totale di', 'di un totale di'
        ], 'su'),
]

# (34ra, D226.5) a span of time with "later / ago" right after the count ("59,000 one year later",
# "59 mil um ano depois"): when the count was told, no part of it (lang/_forms.py)
FIGURES["rewrites"].append(time_told_after(
    [f'{n} {u}' for n in ('un', 'una') for u in ('anno', 'mese', 'settimana', 'giorno', 'decennio')]
    + [f'{n} {u}'
       for n in ('due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci')
       for u in ('anni', 'mesi', 'settimane', 'giorni', 'decenni')],
    ['dopo', 'più tardi', 'prima', 'fa'],
))

# (34rc, D229.1) D122's size of a change after the count with "in più / in meno" and "di" (than:
# "I decessi sono stati 647mila, 31mila in più del 2016", round 100; "sono 3.173, 35 in più
# dell'anno precedente") and a signed size opening the bracket after the count with its time or
# comparison ("2 milioni 839 mila unità (-154 mila in un anno, -5,1%)", round 100; "(+3mila
# rispetto al 2022)"): no count beside the count
FIGURES["differences"] += [
    r"\S+ # (?:[^\W\d_]+ ){0,2}in (?:meno|più) (?:del|dello|della|dei|degli|delle|di|"
    r"dell'[^\W\d_]*)(?![^\W\d_])",
    r"[-+] # (?:[^\W\d_]+ )?(?:in (?:un|una) (?:anno|mese|settimana|trimestre)|su base annua|"
    r"sull'anno|rispetto|in confronto|a fronte)(?![^\W\d_])",
]
# (34rc, D229.5) "rispetto all'anno / al mese / alla settimana" (compared with the year, month,
# week before) names the compared period, no rate ("all'anno", "al mese" are D40's per-unit words
# alone: "300 morti all'anno"): "10.748 in meno rispetto all'anno scorso" (round 100) is no rate
FIGURES["rewrites"].append((
    r"\b(rispetto|in confronto|a fronte|paragonat[oaie]) (?:all'anno|al mese|alla settimana|"
    r"al giorno)\b",
    r"\1 al periodo",
))
# (34rc, D229.6) "rose by N" with the finite forms of the verbs of a rise and "di" ("aumentano di
# 73 mila unità rispetto a luglio", round 100; "gli occupati crescono di 59mila unità"), as the
# participles ("aumentati di", 17nj) read: additional (rule 12, D164: a rise's size alone)
FIGURES["additional"] += [
    f"{verb} di" for verb in (
        "aumenta", "aumentano", "aumentò", "aumentarono", "aumenterà", "aumenteranno",
        "cresce", "crescono", "crebbe", "crebbero", "crescerà", "cresceranno",
        "salgono", "salì", "salirono",
    )
]

# (34re, D231.1) a count of lodging places after its preposition beside the people sheltered
# there ("oltre 400 persone ospitate in 12 centri di accoglienza"): set aside, the people read
FIGURES["rewrites"] += lodging_aside(
    ["in", "tra", "fra", "nei", "negli"],
    [r"centri (?:di|d'|d’) ?(?:accoglienza|prima accoglienza|evacuazione|raccolta)",
     r"strutture (?:di|d'|d’) ?accoglienza", r"strutture (?:ricettive|di ricovero)",
     r"tendopoli", r"campi(?: (?:profughi|di accoglienza|tenda))?", r"rifugi(?: temporanei)?",
     r"aree di (?:attesa|accoglienza|ricovero)", r"punti di (?:accoglienza|raccolta)"],
    ["oltre", "più di", "piu di", "circa", "quasi", "almeno"],
    r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
)

# (35rc, D235.1) a count of hospitals the counted are taken to, admitted to or spread among ("32
# feriti sono stati trasportati in cinque ospedali", "smistati in 4 ospedali"): set aside beside
# the people, as D231.1's shelters; with no such verb two counts (D45.5)
FIGURES["rewrites"] += care_aside(
    [r"trasportat[ioea]", r"portat[ioea]", r"ricoverat[ioea]", r"trasferit[ioea]",
     r"evacuat[ioea]", r"curat[ioea]", r"trattat[ioea]", r"smistat[ioea]", r"distribuit[ioea]",
     r"accompagnat[ioea]", r"condott[ioea]", r"ospedalizzat[ioea]", r"soccors[ioea]",
     r"assistit[ioea]", r"elitrasportat[ioea]", r"trasportati d'urgenza"],
    ["in", "tra", "fra", "nei", "negli", "verso", "presso", "a"],
    [r"(?:(?:diversi|vari|differenti) )?(?:ospedali|cliniche|nosocomi|pronto soccorso|"
     r"strutture (?:sanitarie|ospedaliere)|presidi (?:ospedalieri|sanitari))"],
    ["oltre", "più di", "piu di", "circa", "quasi", "almeno"],
    r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
)
# (34re, D231.2) "e un'altra in Belgio" after a count: one more of the counted, a sum
FIGURES["rewrites"].insert(0, one_other_in(
    ["e", "ed"], ["un'altra", "un’altra", "un altro", "un'altro", "un’altro"],
    ["in", "a", "nel", "nella", "negli", "nelle", "al", "alla"],
    r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"))
