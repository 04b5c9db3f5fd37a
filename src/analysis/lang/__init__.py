r"""The words of every language, one module per language: ``lang/<code>.py``.

Both engines read their words from here: the figure engine (:mod:`analysis.figures`,
codebook section "Figures") and the period engine (:mod:`analysis.periods`, section
"Periods"). Neither engine has a branch for a language.

**Adding a language** = one file ``lang/<code>.py`` (the ISO 639-1 code; copy a language
of the same script) plus its case rows in ``tests/cases/figures.csv`` and/or
``tests/cases/periods.csv``. The registry below finds the file on its own; a language
without ``FIGURES`` or ``PERIODS`` is listed by :func:`missing_words`.

The registry
------------
:data:`FIGURE_TABLES`, :data:`PERIOD_TABLES`
    ``{code: table}`` for the languages that have one. Their order breaks ties when an
    engine guesses the language of a phrase (the first wins): the order of
    :data:`FIGURE_ORDER` / :data:`PERIOD_ORDER`, then any other language by code.
:data:`SCRIPTS`, :data:`LETTERS`
    ``{code: scripts}`` and ``{code: letters}`` for guessing a language from its script.
:func:`missing_words`
    Which languages lack figure or period words.

A language module
-----------------
Every phrase is lower case and matched on whole words, except in Hangul, kana and Han,
which do not separate words with spaces (there phrases match inside longer text). A
trailing ``\w*`` makes the last word a stem: ``"battalion\\w*"`` also matches
"battalions", ``"январ\\w*"`` matches "января", "январе" ... . Phrases are literal text
otherwise; only ``rewrites`` are regular expressions.

``SCRIPTS``
    The scripts the language is written in (names of
    :data:`analysis.text.scripts.CHARACTERS`): ``("latin",)``, ``("kana", "han")`` ...
``LETTERS`` (optional)
    Letters only this language of its script uses: a phrase holding one of them is in
    this language (Ukrainian "іїєґ", Macedonian "јќѓљ").
``SPELLING`` (optional)
    (17cp, D72) ``(pattern, replacement)`` pairs of regular expressions that write every
    spelling of a word of the language in one form: Hindi "घन्टे" and "घंटे", "ज़्यादा" and
    "ज्यादा"; Arabic "أ", "إ", "آ" and "ا", "ة" and "ه". The figure engine applies them, in
    order, to every text holding a character of the language's script, after folding it
    (:func:`analysis.figures.normalise.normalise`), and so to every phrase and rewrite of
    the figure table (:func:`analysis.figures.normalise.spell_pattern`): a table word
    matches in each of its spellings however the table writes it. Only a language whose
    scripts no other language writes may have one (the rules run before the phrase's
    language is known).
``MONTHS``
    Twelve lists of month names and abbreviations, January first. Both engines read
    them: the period engine for dates, the figure engine to recognise a day or year next
    to a month ("24 October 2024") as a date, not the figure. Written once; a module
    where the figure engine needs other forms says why next to ``FIGURES["months"]``.
``WEEKDAYS``
    Seven lists, Monday first (read by the period engine).
``FIGURES``
    The figure table (below); absent when the language has no figure words yet.
``PERIODS``
    The period table (below); absent when the language has no period words yet.
``ARTICLES``
    The article table (below): the cue words of the article reader.

The figure table
----------------
A dict of fields; each is a list of phrases, or a dict ``{phrase: value}`` where the
field holds numbers. Fields a language does not need are left out.

numbers
    Number words added together (units, teens, tens, and hundreds spelled as one word
    such as ``двести``): ``{"one": 1, ...}``; a value may be a decimal
    (``"полторы": 1.5``).
small
    Multipliers that bind the word before them (``hundred``, ``cent``, ``百``; in
    Korean and Japanese also ``천``/``千`` and ``십``/``十``).
scales
    Large multipliers closing a group (``thousand``, ``тыс.``, ``万``, ``млн``).
after_number
    Scales only read directly after a number (``5k``, ``5 m``).
compound, compound_small, compound_scales, compound_and
    Morphemes of numbers written as one word (German, Italian, Hungarian): numbers
    (``"drei": 3``), multipliers binding the morpheme before them (``"hundert": 100``),
    scales (``"tausend": 1000``) and the linking word (``["und"]``).
collective
    Collective nouns read as an approximate count (``"dozen": 12``, ``"dizaine": 10``).
vague
    Plural magnitude words read as vague M (``"hundreds": 100``); after a number they
    act as multipliers (``3 тысячи``).
vague_prefix
    A prefix turning the following magnitude into a vague plural (``수``, ``数``).
several
    "several / a few" words: 2·M .. 10·M − 1 before a magnitude, 2 .. 9 alone.
teens
    "Teens" words ("kilkanaście", "belasan"): vague 11 .. 19 times the magnitude after them.
several_magnitude
    "several" fused with its magnitude in one word (``"кількасот": 100``).
both
    (17df, D87) Words meaning "both" / "the two of them" (``"both"``, ``"beide"``,
    ``"оба"``, ``"обидва"``, ``"ambos"``, ``"entrambi"``, ``"両方"``): the number two where
    the phrase holds no other quantity, one such word, no "and", and no "or" or "to" right
    beside it ("Погибли оба водителя" = 2; "dois homens, ambos de 27 anos" keeps its 2;
    "injured, or both", "обидва або жоден" none). Read then as the language's "two" in its
    place ("einen der beiden" is one of two, a share: the table's rewrites write such forms
    as "einer der zwei").
articles, of, and, und
    Glue words: an article counts as 1 only before a magnitude; ``of`` links
    magnitudes (``tens of thousands``); ``and`` joins number words (``hundred and
    fifty``); ``und`` also allows units before tens (German).
approx, at_least, at_most, nearly
    Qualifier phrases written before the number.
prepositions
    Qualifiers that are also prepositions or superlatives ("до", "over", "bis", "en çok"):
    one reaches the number across number and table words only, never across a word no
    table lists ("over the weekend 300", "en az vaka ise 646": no qualifier).
post_approx, post_at_least, post_at_most, post_nearly
    Qualifier phrases written after the number.
weak_at_least
    Suffixes meaning "-odd" (``여``, ``余``): at_least unless another qualifier is
    written.
additional, additional_post
    Words making the relation ``additional`` (``another``; ``N more``).
total
    Words that announce the total (``totaling``, ``insgesamt``): with several numbers,
    the one after it is the figure.
range_pre, range_sep, range_and
    Range syntax: ``between A and B`` (``range_pre`` + ``range_and``) and ``A to B``
    (``range_sep``).
percent
    Words meaning per cent.
fraction
    Fractions and shares (``third``, ``half``): unparsed.
rate
    Rates and per-unit quantities (``per day``, ``each``): unparsed.
rate_post
    Rates only when written right after the number (``200 a day``; not ``in a week``).
restate
    (24rb, D147.4) "That is" words between two counts (``i.e.``, ``yani``, ``यानी``, ``즉``):
    the same count said twice in two forms ("8.9 मिलियन यानी 89 लाख") is one count when
    both values agree (:func:`analysis.figures.contrast.drop_restated`).
including
    Words opening a breakdown (``including``, ``darunter``, ``в том числе``): numbers
    after them are parts of the figure, not other figures.
including_post
    Words closing a breakdown written before the figure (``含む``, ``सहित``): with a number
    on each side ("約600人を含む4700人余り"), those before the word are its parts.
made_of, made_of_post
    (20fb, D93.1) "made up of" words ("consisting of", "złożoną z"; after the parts "组成的",
    "からなる", "oluşan"): read by the figure engine as ``including`` and ``including_post``.
    The article reader does not read them (its own ``sum["made_of"]`` tells parts of a sum).
units
    Military unit names (``"battalion\\w*"``): a count of units is unparsed.
uncountable
    Vague words with no magnitude (``a significant number``): unparsed.
months
    Only where the figure engine must not read ``MONTHS`` as they are (the module says
    why); otherwise :data:`FIGURE_TABLES` fills it in from ``MONTHS``.
year_pre, year_post
    Words marking a four-digit number as a year (``in 2024``, ``2024 року``).
year_pre_weak
    (17cl, D69) Prepositions that put a year in a sentence but may also stand before a
    count (``after 2018``, ``с 2015``, ``a partir de 2016``): a four-digit 1900-2100 right
    after one is a year only beside another count, when no number stands before the word
    and no noun of its own follows the year (a casualty word, a unit, a scale, a qualifier,
    "and" or a range word). Words that are also qualifiers (``до``, ``bis``, ``hasta``) are
    never listed: "до 2000" is at most 2,000 as well as "until 2000".
year_next
    (17cl, D69) Words that are no count's noun and that follow a year told as the sentence's
    adverb (de "wurde 2021 hier", "endete 1996 nach"): a four-digit 1900-2100 between a word
    no table knows (a verb) and one of these is a year beside another count.
year_plural
    (17cl, D69) Plural verb forms (patterns of whole words): a number after one and before a
    ``year_next`` word may be the verb's subject ("wurden 2000 allein in Aleppo"), no year.
    No table words: they vote for no language.
not_count_pre, not_count_post
    Words before / after a number that say it is no count of the reported thing (D56): a
    rank or prize class (``1등``, ``1等``, ``gewinnklasse``), a draw or issue number
    (``draw``, ``sorteio``), a class, group, type or code (``serogroup``, ``golongan``,
    ``班``), an age (``aged``, ``berusia``; "47 yaşındaki" is a duration already, D7). When
    the phrase holds another quantity, a number so named is dropped; alone it stays as
    written. In Han, kana and Hangul a ``not_count_post`` word counts only glued to the
    number ("1등", not "3명 등"). D59 adds a week's number (``kw``, ``meldewoche``; after an
    ordinal's point too, "15. KW"), a type's name between the word and the number ("Typ
    Eurocopter 135"), and a measure's unit after the number (``meter``, ``km``, ``미터``;
    both ends of a range of it, "120 bis 130 Meter"; not when "and" lists it with the count).
    D83 completes the closed class in every table: a floor, room, ward or house, a flight,
    bus, line, platform or road, a phone line, a rank, a temperature below zero or in a case
    form, an altitude ("floor 21", "на 21 этаже", "Bahnsteig 4", "हेल्पलाइन 181", "eksi 4",
    "derecede", "21층", "21階", "42路"); not the words that also place or introduce a count
    (ru "в палате", "numero dei", a flight's counter 便 / 편 / 航班).
street_pre
    (22ra, D105) Words that open a street's name ("jalan", "rua", "ul.", "ул.", "caddesi"): a
    number one to five units after one, only plain words of the name between, closed by a
    comma, a point, a bracket, a dash or the phrase's end, is a house's number ("Jalan Pramuka
    Raya 70, …"), no count beside another; alone it is read as written. Only words that name a
    street and nothing else (not it "via", also "by way of"). They vote for no language.
source_words
    (D117) Regular expressions of the words that name who gives a number ("selon", "según",
    "according to", "по данным"). Two of them in a phrase with a comparison word make it two
    sources' estimates set against each other ("170.000 selon la CGT, contre 95.000 selon la
    police"): unparsed, no count and its earlier value (D111). Not written for ko, ja, zh.
differences
    (23rb, D122) Regular expressions matched on the words right after a number (joined by
    spaces): its noun, "fewer / more" and "than" or a comparison word ("menos que", "en moins
    par rapport", "більше, порівняно"). After a count whose clause is closed (a comma, a stop,
    a bracket or a dash, at most four words before the number), such a number is the size of a
    change, no count: dropped ("29 muertos, 12 menos que en 2016" = 29). Alone it is read as
    before. Written for en, de, fr, es, it, pt, ru, uk, pl.
other_words
    (23rb, D124) The words for "other" ("otros", "autres", "lainnya", "أخرى"). When every "more"
    word of a phrase is one of them and none stands within three units before the count or two
    after it (its noun phrase), they name another thing: the count is a total ("Las iglesias y
    otros edificios servían de albergue para unos 2,953 habitantes"). Written for es, fr, it,
    pt, id, ar, hi (23rc, D126).
compared_pre, compared_post
    (17ci, D66.1) Words before / after a number that make it the earlier value of a
    comparison ("compared with 39", "par rapport aux 39", "39人相比", "39명에 비해"; after it,
    one word, its noun or counter, may stand between). Beside another quantity the number not
    marked is the count (D111, which reversed D66.1's unparsed; D76.4 completed the markers in
    every language); alone it is read as written ("troops fought against 500 rebels" = 500).
change
    (17ct, D76) The language's nouns and verbs of change ("rise", "Anstieg", "hausse",
    "ascenso", "рост", "wzrost", "ارتفاع", "वृद्धि", "kenaikan", "增长", "増加", "증가"): before
    "from A to B" (or after it where the verb comes last, outside Han, kana and Hangul) they
    make it a change, the new total B; before the "of" of a per cent after a count, the per
    cent is the change's size, no share of the count. They vote for no language.
change_from, change_to
    (17ct, D76.5) A change's own "from" / "to" words where they are no range words (pl "z",
    pt "para", id "ke", "menjadi"): they join the old and the new count after a word of
    change or with the old count's time. They vote for no language.
repeat
    (17ck, D68.1) The words that join a vague magnitude to itself ("and", "upon", "e", "y",
    "и", "ve"): "hundreds and hundreds", "migliaia e migliaia" read as the word once, with its
    bounds. Whole words; no table words: they vote for no language.
plural_scales
    (29rv, D212.2) The plural case forms of a scale word (ru "тысяч", "миллионов", uk "тисяч",
    pl "tysięcy"): with no number before them they are the vague plural, also right after a
    qualifier ("до тысяч человек" = thousands, vague, where "до тысячи" is up to a thousand).
    Whole words; no table words: they vote for no language.
age_limits
    (17cx, D80.1) Regular expressions of an age limit with its number, the language's closed
    class ("people over 65", "under-15s", "older than 70", "15 yaş altı", "15岁以下", "65세
    이상"; :mod:`analysis.lang._ages` gives the age's digits and the look-behind of a noun of
    people): searched in a phrase of two digit groups or more, the limit is dropped when a
    count stays beside it; a phrase with no other number keeps it as written. No table words:
    they vote for no language.
age_words
    (17cx, D80.1) Literal pieces of text one of which every age limit of ``age_limits`` holds
    ("over", "under", "yaş", "岁", "세"): a phrase holding none is not searched. Required with
    ``age_limits``.
measures, measure_one, measure_one_qualified
    (17ck, D68.2) Units of mass, area and volume (``measures``: "ton", "tonne", "Tonne",
    "トン", "톤"), and, in languages with no article, the singular that is one unit alone
    (``measure_one``: "тонну", "طن") or only right after a qualifier (``measure_one_qualified``:
    "тонны", "tony", a form also plural). A unit told with an article, "one" or a vague word is
    the figure ("more than a ton" = at least 1, "数トン" = 2-9); beside another count it drops
    out. They vote for no language (a unit is shared by many).
share_of
    Words that tell a share of its whole (``of``, ``из``, ``중``; D59.1): a share in per cent
    beside a count is dropped (``155점(43%)``) unless such a word stands between them ("25%
    of the 300 injured": two quantities). Searched as whole words in the text between; no
    table words: they vote for no language.
persons
    (17ch, D65.6) ``{"roles": [...], "and": [...], "verbs": [...], "own": [...]}``: words
    naming one person by a role or a family word ("pilot", "driver", "captain", "mother",
    "wife"), the words for "and" that join one to a count, and the verb forms that end the
    count's clause. "the pilot
    and four passengers", "eight passengers and the driver" (the count's noun at most before
    the "and", an article or possessive at most after it) are one more of a sum: unparsed
    (:func:`analysis.figures.reject.beside_person`). A verb between the count and the "and"
    keeps the count ("Two died and the driver was arrested"); a role word that is also a verb
    form (uk "мати", mother and "to have") is the person only at the end of the clause or
    before a verb. (19fr, D88) ``own``: possessives that may stand between the "and" and the
    count after a person ("a woman and her three children"); ru and uk "with" are "and" words
    there. Whole words; no table words: they vote for no language.
told_with
    (17dd, D85) ``{"and": [...], "plus": [...], "the": [...], "one": [...], "whole": [...], "how":
    [...], "arms": [...], "resumes": [...]}``, each part optional: a count told with a sum or a part
    beside it (:mod:`analysis.figures.told`). ``and`` joins a count to one more thing named with an
    article (the table's ``articles``, or ``one``: id "sebuah"), ``plus`` to one named with an
    article or with ``the`` (a definite article or a possessive): "15 Kinder und eine Lehrkraft",
    "12 alumnos más la profesora" are sums, unparsed (the count's noun at most one plain word before
    the join, no verb of ``persons`` nor an outcome). ``whole`` (regular expressions, matched at the
    phrase's start) names "of the total" / "of this number": opening the phrase before a comma and
    no number, the count after it is a share, unparsed ("Do total de casos registrados, 6.159").
    ``how`` tells how a part fared right after its number ("seriously", "de gravedad", "тяжело"): a
    smaller number after a comma so told, the phrase ending or a stop following, is a part of the
    count before ("Eighteen children were injured, one seriously" = 18). (28ru, D202) ``arms``:
    weapons fired or launched one by one ("missiles?", "\\w*drohnen?"): a count of them joined by
    ``and`` to one told with the article, in either order ("23 Drohnen und eine Rakete", "un misil y
    20 drones"), is a list of several counts, unparsed. (29ru, D210.2) ``resumes``: the "and" words
    that, right after the comma closing a breakdown and right before a count, go back to the
    figure's list ("283 пассажира, среди которых 3 детей, и 15 членов экипажа": two counts,
    unparsed); written for the languages whose lists take no comma before their last "and" (not en,
    id). Whole words; no table words: they vote for no language.
contrast
    (17co, D71) ``{"not": [...], "not_post": [...], "but": [...], "also": [...]}``: the
    language's closed class of words that correct a count in the same breath, "not A but B"
    (``analysis.figures.contrast.drop_denied``). ``not`` denies the number right after it (``not``,
    ``nicht``, ``не``, ``不是``; with the copula where the negation stands before it, ``no
    fueron``, ``non erano``), ``not_post`` the number right before it (``değil``, ``नहीं``,
    ``ではなく``, ``아니라``), ``but`` opens the count reported (``but``, ``sondern``, ``а``,
    ``而是``), and ``also`` makes it an addition, a sum ("not only 2 but also 3": ``also``,
    ``auch``, ``тоже``, ``भी``; the Japanese and Korean "not only", ``だけでなく``, ``뿐만``). The
    denied number is dropped and the other read with its own qualifier ("not 20 but more than
    200" = at least 200; "12, not 2" = 12). Table phrases that carry categories; their words
    vote for no language.
time_units
    Durations (``three days``, ``8-hour``): the number is not the figure.
time_heads, time_heads_not
    (17cu, D77.1; German) the nouns of time a head-final compound ends in ("Festwochen",
    "Regentage"): a word ending in one is that unit, a duration; ``time_heads_not`` the words
    that end so and are no time unit ("Etage", "Reportage"; ``^`` anchors a whole word). Read
    once per word by :func:`analysis.figures.units.other_cats`; their words vote for no language.
rewrites
    ``(pattern, replacement)`` pairs of regular expressions applied before reading, for
    forms easier to rewrite than to table ("half a million"). The replacement
    ``"FR7099"`` stands for the French 70-99 arithmetic (``quatre-vingt-dix`` -> 90),
    ``"HANGULDIGITS"`` for the Sino-Korean digits of the match written in digits
    (``이천삼백`` -> ``2천3백``), ``"HANDIGITS"`` for Han digits written one by one
    (``二〇〇三`` -> ``2003``), ``"HANDECIMAL"`` for a Han numeral (group 1) and the Han digits
    after its decimal point (group 2) in digits (``三十九點七三`` -> ``39.73``).
stop
    Common words of the language (nouns of the domain, articles); used only to
    recognise the language when no hint is given.
outcomes, casualties
    Regular expressions of whole words: what befell the counted (``dead``, ``injured``,
    ``missing``) and the words that count casualties (``victims``). A number in brackets
    after one is a count, no age ("Fatalities (12)"); parts told with another outcome than
    their whole's are no parts of it ("5 dead - 3 injured and 2 missing"; codebook D43).
    They are no table words: they vote for no language.

The article table
-----------------
Read by :mod:`analysis.articles` to find the figures of the story in an article. Phrases
follow the rules above (whole words; a trailing ``\\w*`` makes a stem; ``?`` may make the
last letter optional).

metrics
    ``{metric: [cues]}`` for the ledger's metrics (``killed``, ``wounded``,
    ``killed_or_wounded``, ``captured``, ``died_in_captivity``, ``deployed``,
    ``treated_in_north_korea``, ``hosted_children``, ``workers_sent``, ``materiel_sent``);
    the longest cue wins where several overlap ("killed or wounded" over "killed").
troops, children, russian_wounded
    Nouns of the story's subjects.
additional
    Words making a deployment ``additional_deployed``.
predicate_dash
    ``True`` where a dash joins a number to its predicate ("ще тисяча – зазнали поранення": the
    verb left out or the subject's dash of Russian and Ukrainian): a cue right after such a
    dash is in the number's clause.
subject_first
    ``True`` where a country or capital named right before a speech verb (two words at
    most between) is who speaks ("Seoul said", "Séoul a précédemment affirmé", "Kiev dijo",
    "Seoul erklärte"): en, de, fr, es. Not in Russian and Ukrainian, whose verb often comes
    first and a country before it is another noun's ("в Сенате США сообщила
    правозащитница").
hedged_reports
    (art34b) Words of unnamed reports ("in einigen Berichten", "some reports put"): in a
    figure's own clause, with every source named in a clause before it, the figure is the
    unnamed reports' (:func:`analysis.articles.speaker.hedged_reports`).
editorial_headline
    (art34b, 35aa) Labels of an editorial's headline, matched at the text's start ("[사설]",
    "【社説", "Editorial:", "Leitartikel:", "Éditorial :"): the headline is the paper's own view
    and takes no source of its lead; every table's labels are read, whatever the text's
    language (``analysis.articles.reader._editorial``).
heavy_losses
    (art34b) Words of size right before a loss noun ("mit hohen Verlusten", "with heavy
    losses", "avec de lourdes pertes", "con grandes bajas"): the losses are many and none is
    counted; across a clause boundary the cue gives no number its metric
    (:func:`analysis.articles.heavy.heavy_losses`).
places_taken
    (art34b) Ground a capture word takes: ``places`` (nouns of ground), ``next`` (what may
    follow the verb when the place stands before it), ``not_between`` (auxiliaries of a
    passive of people) and ``between`` (articles and adjectives between the verb and a place
    after it): "positions they captured in Kursk", "captured towns and villages", "un
    pequeño territorio capturado durante una incursión" take no people, and no number takes
    their capture cue (:func:`analysis.articles.seized.place_taken`).
made_up_for, made_up_for_after
    (30ab) Words of making up for losses right before a loss cue ("to compensate for the",
    "pour compenser les", "для восполнения") or, in ko and ja, right after it ("을 보충",
    "を補う"): the losses are a sending's purpose, no metric of a number
    (:func:`analysis.articles.clauses.made_up_for`).
self_inflicted_after
    (30ab) Reflexive words right after a loss cue ("injuring themselves", "verletzten sich
    selbst", "калечили себя"): harm done to oneself, no loss of the war, no metric.
noun_first
    ``True`` where the counted noun comes before the number and its counter ("어린이 2명",
    "子ども2人"): ko, ja. A children noun right before the number then counts the children
    a sending sends (:func:`analysis.articles.rules.children_sent`).
others
    (16ws) Words right after a source's name that add unnamed others to it ("and other Western
    countries", "and its allies", "et d'autres pays occidentaux", "y otros países", "и других
    стран", "та інших країн", "등", "など"): several governments jointly
    (:meth:`analysis.articles.claimants.Claimants.resolve`); a capital followed by them still
    speaks before its verb ("Seoul and its allies assessed"). North Korea and the news media
    take no others.
relayed_from
    (16ca, :mod:`analysis.articles.relayed`) ``{"before": [...], "after": [...]}``: words saying
    the information a speaker hands on came from a source named right after them ("information
    obtained from", "données transmises par", "datos entregados por", "данные, полученные от",
    "опирается на информацию") or right before them ("…로부터 받은 자료", "…에서 제출받은 자료",
    "…の高官から得た情報", "…から報告を受けた"): that source is the origin, not the lawmaker's
    default briefing (the NIS) nor the outlet or speaker relaying it.
interviewer
    ``{"before": [...], "after": [...]}``: words saying a news outlet is the one interviewing
    the source, so the outlet is no source of its own: before the outlet, three words at most
    between ("in an interview with Russian media", "в интервью"), or right after it in the
    languages that put the noun last ("러시아 매체와의 인터뷰에서", "NHKの取材に").
planned
    Words of a planned, announced or future sending ("планирует перебросить", "незабаром
    прибудуть", "планується прибуття"): a deployment they stand by (as ``additional``
    words) is ``additional_deployed``, not the troops already there.
north_korea, other_side
    Cues of the side a number counts (a figure of Russian or Ukrainian losses is not ours).
attribution, relay, joint
    Attribution cues ("according to", laut, 에 따르면), relaying speakers (a lawmaker briefed
    by the spy agency) and the words joining two claimants ("Kyiv and Seoul").
claimants
    ``{phrase: canonical claimant}`` of ``data/raw/claimants.csv`` for names written in this
    language (the sheet's own patterns are read as well).
determiners
    Words kept before a story noun that has no number ("another North Korean soldier").
flows
    ``{"recipient": [...], "sender": [...], "forward": [...]}`` (18ra): the direction of a
    sending. North Korea as the destination or the one who receives ("to North Korea", "북한에
    … 보낸"), Russia as the one who sends ("Russia sent", "러시아도 … 보낸"), and the story's
    own direction ("to Russia", "North Korea sent"): a count of troops, workers or materiel
    whose clause tells the other way is no figure (``articles/flows.py``).
outlet_grammar
    ``{"before": [...], "after": [...], "adjectives": [...], "verbs": [...], "verbs_after":
    [...], "skip": [...]}`` (19nm): news outlets named by grammar, not only by name
    (``articles/outlets.py``). Media nouns before the outlet's name ("the British newspaper The
    Times", "das US-Medium NK News", "газета «Чосон Ильбо»", "英紙タイムズ") or after it
    ("デイリー・スター紙"), with the adjectives that may stand between the noun and the name ("le
    journal britannique The Times"); a newsroom's reporting verbs taking the outlet right after
    them ("rapporte le « Wall Street Journal »", "повідомляє Daily Star") or before them
    ("데일리스타 보도에 따르면"); words that make a noun no outlet of the news media's own
    reporting when they stand right before it or inside the name (state media, North
    Korea's or Russia's adjectives; the countries' own tables read those).
one
    Words opening a noun phrase with no number that count one in a language without articles
    (ru/uk "першого північнокорейця", "первого солдата": the first captive is one); the
    figure tables' ``articles`` do so elsewhere ("a North Korean soldier").
captive_pronoun
    Pronouns for the one captive whose death a sentence tells with no noun ("… захватили в
    плен … солдата КНДР. На следующий день … он скончался от обострения ран"): the death of the
    captive counted before (ru, uk); with no captive of one counted before, no figure.
told_again_bare
    (16ci, ko and ja) ``{"before": [...], "after": [...]}``: what may stand right before a
    number told again with its counter alone (a sentence's or clause's start, a demonstrative:
    "この", "이들") and the case particles right after its counter: the people of an earlier
    figure with the same number ("2人が送った手紙"), no second figure
    (:func:`analysis.articles.repeats.bare_again`); (30ab) ``"both"``, a word of "all of them"
    right after the counter ("2人とも", "2명 모두") that tells them again wherever it stands.
not_figure_after, not_figure_before
    Words next to a number that make it no figure of the story (units, ages, money, ordinals;
    16ce: the people an outlet interviewed, "entretenue avec", "habló con", "интервью у").
phase_before
    (32ar, :mod:`analysis.articles.nonfigures`) Words of a phase or stage before a number of one
    or two digits that names it ("phase 2", "in Phase 4", "étape 3", "fase 2", "на этапе 2",
    "на етапі 2"): no count, but for troops right after it ("phase 2 20 soldiers"); Korean
    "4단계" and Japanese "3段階" are ``not_figure_after``.
ordinal_before
    (German) Articles and prepositions before a number with a full stop that the sentence
    goes on after: an ordinal ("für den kommenden 9. Parteitag", "zum 80. Jahrestag").
own_wounded
    North Korea's own wounded named right at the number ("24 wounded North Korean soldiers",
    "북한군 부상병"): wounded, not Russians treated in North Korea, wherever they are treated.
not_counted, counted_gap
    (16nf, :mod:`analysis.articles.counted`) The nouns a number may count that are no subject
    or quantity of the story: places, regions, bases, ports, sites, trips, times, ships, days
    ("five military bases", "32 Fahrten", "à 32 reprises", "cinco viajes"), every case and
    number form in Russian and Ukrainian ("из пяти российских регионов", "32 рейса",
    "чотирьох контейнеровозах"); in Korean and Japanese the counter or noun glued to the number
    ("5곳", "3개소", "64차례", "1093일째", "5개 지역", "3カ所", "64回", "1093日目", "5地域").
    ``counted_gap`` (spaced languages) is a regular expression of one word allowed between
    the number and its noun, at most two of them: adjectives ("military", "russischen",
    "российских", "військових"); English, French and Spanish take any longer word that is no
    preposition, German and Russian and Ukrainian an inflected adjective's ending.
day_range, day_number
    (16nf) The words joining two days of a range of dates ("to", "bis", "au", "y", "по"; a
    dash as well): a day followed by one, a second day and a month is a date ("du 3 au 5
    mars", "entre el 27 y el 28 de octubre", "с 3 по 5 марта"); and the word for day before a
    day's number ("Tag 1093", "день 1093"), no figure unless troops or children follow it.
usual
    (16pq, :mod:`analysis.articles.counted`) The words saying what is generally so ("usually",
    "im Allgemeinen", "généralement", "por lo general", "обычно", "зазвичай", "보통",
    "一般的に"): a number in their clause gives a unit's usual size ("a battalion usually
    consists of several hundred soldiers"), no count of the story.
entry, shortage
    (16cb, :mod:`analysis.articles.visitors`) The words of people entering a country or the
    purpose they stated ("entered Russia", "eingereist", "въехали", "입국", "入国", "for
    studies", "aus Bildungszwecken", "con fines educativos", "образовательными целями",
    "з освітньою метою", "교육 목적", "「教育」"; 16ce: visas issued, "visas", "Visa", "визы",
    "비자", "ビザ"): a number in their sentence counts visitors at a border, no sending, unless
    soldiers or workers are named at it; and the words of a
    shortage ("shortages", "fehlen", "pénurie", "escasez", "дефицит", "нестача", "부족",
    "不足"): a number they govern (right before it, or right after in "5,000명 정도 부족")
    counts people missing, nobody sent.
apiece
    (16ce, :mod:`analysis.articles.apiece`) ``before``, distributive words right before a number
    ("jeweils", "je"), and ``after``, those closing its noun phrase ("each", "chacune", "cada
    una", "каждая", "кожне"): the number counts what each of several units holds ("five units
    of 2,000 to 3,000 troops each"), no total. Korean and Japanese list none ("씩", "ずつ" also
    tell waves).
number_of
    (16cd, :mod:`analysis.articles.number_of`) ``subject``, the nouns of a count ("number",
    "Zahl", "nombre", "número", "число", "кількість"; in Korean and Japanese with their
    particle, "규모가", "병력은", "数は"), and ``verb``, the copula or verb of amount that puts
    the count right after it ("is", "stands at", "liegt bei", "s'élève à", "asciende a",
    "составляет", "становить"; none in Korean and Japanese): a number no metric cue took, told
    as "the number of North Korean troops in Russia is 12,000", takes the deployment, or the
    loss named between ("die Zahl der getöteten nordkoreanischen Soldaten liegt bei 2.000").
excluded
    Words that make a number in their clause no figure: soldiers returned, repatriated or
    missing, a breakdown ("– это обычные войска"), soldiers avoiding capture ("to avoid
    capture", "избегать плена": no capture figure), a year before the war dating the clause
    ("2017년 당시", "2017年当時": history), an age in brackets, the people a reporter met
    (16ce: "avec lesquels la chaîne … s'est entretenue", "con los que habló"), soldiers who
    deserted (16ce: "deserted", "desertiert", "дезертировали", "탈영", "脱走").
capacity
    Words of what a place can hold ("could accommodate over 400 bodies", "pouvant accueillir",
    "рассчитан на", "수용할 수 있는", "収容可能"): a number of people in their clause is a
    capacity, no count; what containers could hold (materiel) is the ledger's estimate.
impersonal
    Impersonal estimates ("it is estimated", "se estima", "전해졌"): such a sentence takes no
    claimant from the sentences before it.
earlier_estimate
    An earlier estimate recalled in the figure's own clause ("이는 며칠 전 7,000~8,000명으로
    추정되던 수치에서 크게 증가한 것", "推定されていた"): with no name in that clause, the figure is
    nobody's, not the source of another clause of the sentence.
still
    Verbs of staying before "ещё"/"ще" ("остается еще около 11 тыс."): the word means "still",
    so the number is no additional deployment.
continues
    Words opening a sentence that goes on with the one before ("Йдеться про …", "Речь идет
    о …"): an ``additional`` word of the sentence before makes its deployments additional.
they_open
    A pronoun for the counted opening a sentence ("they", "sie", "이들은"): when the sentence
    closes with its speaker ("…, said X."), it goes on with the report before.
attribution_next
    Words of a sentence saying whose the figures just before it are ("That is the conclusion
    of a report by …", "이같이", "이 수치"): it names their source.
pronoun
    A speaker named by a pronoun ("сообщил он", "за його словами", "그는"): a news outlet
    named in that sentence carries the claim ("…, пишет Reuters"), so the source named before
    is the figure's claimant.
breakdown_next
    Words opening a sentence that breaks the figure before it down ("Of them", "Из них",
    "이 중"): when that sentence names its source, the figure before is the same source's.
anaphora
    "This figure" words: a number with no cue takes the metric of the figure before.
partitive
    Words of a part of the group before ("of these", "dieser", "цих"): a deployed number
    right before one is a part of the figure before: of a new wave it is additional too
    ("1.000 dieser Soldaten"), of the deployment no other deployment ("Понад тисяча цих
    військових").
definite
    Definite articles and demonstratives ("the", "las", "die"): a number right after one,
    told before in the article, is the people of that figure again ("a las nueve víctimas"),
    no figure of its own.
auxiliary
    Auxiliaries that open a reported clause ("has", "habe", "a été"): a country right after a
    speech verb and followed by one is that clause's subject, not who speaks.
alongside
    Words of fighting beside ("alongside", "along with"): the other side named right after one
    is a companion, not the side the article counts ("fought alongside Russian troops").
against
    Words of fighting against ("gegen", "contre", "против"; since 16cg the verbs of fighting,
    "to fight", "combattre", "combatir a", "воевать с", "воювати з"): the other side named right
    after one is the enemy, not the side the article counts ("… kämpfen … gegen die Ukrainer. …
    600 von ihnen"), in the sentence after it and in its own sentence (``alongside`` too,
    :mod:`analysis.articles.sides`); North Korea named after one ("sanctions against North
    Korea") still is.
already
    (16cg, :mod:`analysis.articles.parts`) Words of "already" ("already", "bereits", "déjà",
    "ya", "уже", "вже", "이미", "既に"): a part of a later wave told as already there in its own
    clause ("6.000 militaires supplémentaires …, dont 1.000 seraient déjà arrivés") is a count of
    its own, an additional deployment.
sum
    (16cj, :func:`analysis.articles.parts.listed_with_sum`) ``{"before": [...], "after": [...],
    "made_of": [...]}``: the words of a sum right before a total ("a total of", "insgesamt",
    "soit", "en total", "всего", "загалом", "총", "등", "合わせて", "計"; in Korean and Japanese
    also what the parts make, "으로 구성된", "からなる"), right after it ("6,000 in all", "11 000
    au total"), and between a whole and its parts ("consisting of", "bestehend aus",
    "composés de", "compuestos por", "в том числе", "зокрема"): two or more numbers of the
    sentence that add up to the total are its parts, no figures but those of another event
    than the total's (killed and wounded of a total of casualties).
member
    (16cj, :func:`analysis.articles.parts.member`, Korean and Japanese) ``{"before": [...],
    "one": [...], "after": [...]}``: what opens one member of a group (a clause's start, "중",
    "うち", "の"), the forms of one ("1명", "한 명", "1人", "ひとり") and the topic particle after
    it ("은", "は"): "捕虜の1人は…", "2명 중 1명은 …" name a person of a group counted before,
    no figure, unless a loss or a capture follows in the sentence.
ratio
    (16cl, :func:`analysis.articles.ratios.ratio`) ``{"sure": [...], "of": [...], "after":
    [...], "counter": [...], "one": [...]}``: the connectors of a proportion ("out of", "sur",
    "de cada", "당", "に"; "of", "von", "из", "중", "のうち" also join a part to its total, so
    they make a proportion only with the denominator ten), the marks after a numerator that make any
    connector a proportion's ("꼴", "の割合") and, in Korean and Japanese, the people counters
    both numbers carry, and the pronouns of one no number table holds (de "einer von zehn"):
    neither number of a proportion is a figure.
unit_named
    (16cl, :func:`analysis.articles.ratios.unit_named`) The nouns of a military unit named by
    the plain number after them ("Unit 1234", "Brigade 155", "бригады 155", "부대 1234"): no
    figure, unless a troops noun or a scale follows. The number before a unit's noun is in
    ``not_figure_after``.
per_head
    (22ar, :func:`analysis.articles.ratios.per_head`) Regular expressions of a price per head
    from its number on ("1명 2천 달러", "1人30万円"): the one person counted is the denominator
    of a rate, no figure. Only where the language writes the head with a numeral (ko, ja).
of_the
    Words joining a part to its group ("6,000 of the 14,000", "6.000 der 14.000", "из"):
    a part with a sending cue and its group with a loss cue swap them (the part lost, the
    group was sent).
indefinite
    Indefinite articles ("a", "un", "eine"): right before a number word they belong to the
    figure ("al menos un centenar", "more than a hundred"), so its qualifier reaches it.
carry
    Attribution carried across sentences (:mod:`analysis.articles.carry`): ``anaphors`` maps
    words that refer back to a source named before to the kind of source they fit
    (``agency``, ``ministry``, ``institution``, ``lawmaker``, ``source``, ``minister``: "the
    agency", "ведомство", "同院", "이 기관", "the minister" (22as: the last source named, only when
    it is a ministry)); ``goes_on`` are forms that go on with the report before
    ("it added", "уточнялось", "selon la même source"); ``goes_on_start`` and ``reports``
    (Korean, Japanese) a sentence opening ("또", "さらに") that does so when the sentence has a
    reporting verb; ``reports_end`` (Korean, Japanese) a reporting form ending a sentence that
    names nobody ("…と説明しています。", "…고 설명했다."), which goes on with the source before,
    also across a line break; ``reported`` the mood of reported speech (the French and
    Spanish conditional, the German subjunctive I), which keeps a sentence in the report
    before even with an ``ends`` time word; ``ends`` words after which a sentence with no
    attribution carries nothing (background: "earlier", "ранее", "以前"; the journalist's
    own reasoning: "which means");
    ``adds`` words opening a sentence that adds to the report before it ("Кроме того,"), which
    then carries its source across a line break; ``closes`` forms opening a sentence that
    closes the report ("Про це повідомив …"), whose source the figures of up to four
    sentences before it take (:func:`analysis.articles.carry.closing`), and ``closes_within``
    such forms wherever they stand in the sentence, their back-reference word inside it
    ("국정원이 이같이 밝혔다고 했다", "…が記者団に明らかにした"; 16cf); (16cs, read with
    those by :func:`analysis.articles.cues.carry_further`) ``closes_later`` and
    ``closes_later_within`` later sentences saying whose the report before is ("This
    revelation, disclosed by …", "…, пише видання BBC.", "이는 … 발표한 … 결과다"), ``links``
    linking adverbs read as ``adds`` ("Darüber hinaus", "In addition", "また"), and
    ``documents`` the report, announcement, statement or material of a source named before
    ("発表によると", "В материале сообщалось"; kind ``published``: the source of the nearest
    attributing sentence before, :mod:`analysis.articles.carry`); (16wu) ``standing`` the
    words of a standing fact of a country's forces, population or economy ("keeps",
    "compte", "verfügt über", "насчитывает", "保有"): a sentence opened by a link word with
    one is the journalist's background and carries no source; ``refers_back`` the
    definite or demonstrative words before a counted noun told again ("the", "these", "이들")
    and ``other`` the words that make it other people ("other", "autres")
    (:mod:`analysis.articles.backref`); ``report`` the words
    for a report ("report", "informe", "Bericht"): when the article names one institution as
    a report's author ("a new report by …", "the MSMT report"), the sentences attributing to
    a report and naming no source take it.
partner
    Words next to a name saying it worked with the source, not that it is one ("SBU와의 공조를
    통해", "SBUとの協力で", "в сотрудничестве с СБУ"), or that it ordered or owns the sending
    ("по личному указанию … Ким Чен Ына", "l'armée de Kim Jong-un"): that name is no claimant.
    (33ar) So are the words of the side holding a place ("occupée par", "occupied by",
    "besetzt von", "점령한", "占領する": "la région de Koursk, toujours occupée par les forces
    spéciales ukrainiennes").
owned_statement
    (16wu, :mod:`analysis.articles.clauses`) A statement owned by a named source: ``nouns`` a
    statement noun with its "of" right before the name ("die Angaben von", "l'annonce de",
    "заявление"), ``possessive`` the name's "'s" and the noun after it ("Kyiv's claim that"),
    ``opens`` the content opener right after the name ("dass", "selon laquelle", "о том,
    что"): the figures of that clause are the owner's, whoever confirms them.
part_of
    Words right before a number making it a part of the group before them ("생포된 북한군 중
    1명은", "捕虜のうち1人は"): one of the captives is no capture of its own.
among, among_after, sent
    The group a loss is counted among, written before the number ("parmi les") or after it
    ("1万1千人のうち", "1만1000명 가운데"), and the words of sending ("envoyés", "schicken"): such
    a number is a deployment, not a loss named in another clause.
destination
    Words of direction ("to", "an", "vers", "hacia"): a name right after one is a place the
    soldiers go to ("an Südkorea ausgeliefert"), not a source, unless the word belongs to an
    attribution ("according to").
used
    Words of Russia using or firing ammunition ("снарядов, которые использует Россия", "пяти
    ракет, выпущенных утром по Харькову"): a materiel number in their clause counts Russia's
    stock or one strike, not what North Korea sent, unless North Korea is named right after
    it ("девять ракет северокорейского производства") or a word of ``supplied`` stands in
    the clause ("Північна Корея відправила росіянам понад 1 мільйон артилерійських снарядів,
    які кремль використовує").
fired
    Words of weapons fired or used ("fired", "launched", "발사했다"): a materiel number in
    their clause counts launches, whoever made the weapons, and no sending, unless the clause
    says they were sent (``supplied``) or the number is a lower bound ("at least 20").
supplied
    Words of supplying, sending or receiving ammunition ("передала", "поставляет",
    "відправила", "отримала"): a materiel number in their clause is what was sent, even
    when the clause says Russia uses it (``used``).
hypothetical
    Words of possibility before a loss word ("may be killed", "pourraient être tués"): a
    projection, not a count; the loss word is no cue of the number.
wave_unseen
    Words that tell a wave without a number as a possibility, a risk, a sending being
    prepared, an expectation or not yet seen ("the possibility of", "has yet to", "se espera",
    "だろう"): an additional word joined to a troops noun in their sentence is no figure
    (``articles/reinforcements.py``, 35c); numbered figures are not read with them.
losses_of
    The other side named as the one that lost, right before a number ("Moscou a dépassé le
    million de pertes", "Russia has lost", "втрати Росії …, які щодня становлять"): the number
    is not a figure of the story.
engineers
    Sappers, deminers and military builders ("1,000 sappers", "5.000 Bauarbeiter des
    Militärs", "ouvriers militaires", "zapadores"): a number they follow within its clause is
    an additional deployment (they came after the 2024 combat troops), not workers. In a
    language without spaces the noun comes right before the number ("建設部隊約5000人").
rebuilding
    The work sappers and builders are sent for ("reconstruction", "déminage", "разминирование",
    "재건"): troops sent for it, the purpose after the number in its sentence (before it in
    Japanese and Korean) with no other number between, are an additional deployment.
purpose_before
    (31fm, Japanese and Korean) Words of purpose closing the work of ``rebuilding`` right before
    a number ("쿠르스크 지역 재건에 필요한 인력 6000명", "地雷除去のために1000人"; at most
    three words between the purpose and the number): the people counted were sent for that
    work, an additional deployment (:func:`analysis.articles.purpose.purpose_before`).
purpose_nouns
    (31fm, Korean) The nouns of the people sent that may stand between a word of
    ``purpose_before`` and the number ("재건에 필요한 인력 6000명", "공병 등 병력 6000명"); any
    other word between (a time word: "재건을 위해 지난해 1만1000명") makes the purpose no purpose of
    the number.
their_work
    (30ac) The words opening a clause whose subject is the counted people ("…, wo sie …
    Minenräumarbeiten durchführen", "where they", "où ils", "где они", "де вони"): work of
    ``rebuilding`` in that clause is theirs, so their deployment is an additional one.
weapons
    Weapon nouns, singular and plural: a loss in a sentence naming North Korea only as a
    weapon's maker ("a North Korean missile … killed at least 10 people") is not a North Korean
    loss (`rules.people_sides`).
place_after
    Words right after a name making it the place of something ("the Kyiv-based centre",
    "die in Seoul ansässige"): that name is no source.
subordinate
    Words putting a body under the one it belongs to ("the DIA under South Korea's defence
    ministry", "국방부 산하"): when they stand between two names, the second is no other
    source of the figure.
claimant_grammar
    Claimant names composed of a country and a body (:mod:`analysis.articles.grammar`):
    ``countries`` (each code's ``adj`` and ``name`` forms), ``bodies`` (officials,
    intelligence, military intelligence, defence, military, security service, state media,
    and ``statement``: what a side published, "estimates", "Angaben") and ``templates``
    ("{adj} {body}", "{body} de {name}"); :data:`BODIES` says whom each stands for.
upper_alternative
    Words between two numbers of one guess ("hundreds, if not thousands", "des centaines,
    voire des milliers", "сотни, если не тысячи"): the second number is the first one's
    upper guess, no figure of its own.
source_follows
    A lead telling what became known ("…ことが分かりました"): with no source of its own, it
    takes the source opening the next sentence when that sentence reports on North Korea
    with an attribution word ("国家情報院は30日、北朝鮮が…と報告しました").
according
    The "according to" words of a language that writes them after the name ("에 따르면",
    "によると"): a broader name right before one is the explicit source of its clause, and
    a more specific name in another clause ("우크라이나 정부에 따르면 …, 젤렌스키 대통령의
    주장이 사실이라면") does not take its place.
earlier_claim
    (16cc) Words of a claim made before the story's own ("previously", "had said", "zuvor",
    "précédemment", "avait avancé", "anteriormente", "ранее", "попередню оцінку", "앞서",
    "以前"): a country speaking in such a sentence is its government, not the one body of it
    the report names, and a body named only there is no body of the report
    (:func:`analysis.articles.metonymy.speaking_bodies`).
contrast
    (16cc) Words opening a contrasting clause ("while", "während", "tandis que", "mientras
    que", "в то время как", "тоді як"; the clause endings "지만,", "는데,", "が、"): a source
    named right after them (30 characters at most) speaks for that clause, not for a figure
    before it, and that figure takes no source from the sentences around it
    (:func:`analysis.articles.speaker.contrasted`). (32cl) The mirror: a figure in such a
    clause that names a source before the figure is that source's, not the one named before
    the word (:func:`analysis.articles.speaker.contrast_opened`).
per_day
    (24at) Words of "a day" ("a day", "daily", "в день", "하루에", "1日あたり"): a count of
    ammunition with one near it in its sentence counts what an army fires each day, not what
    North Korea sent (:func:`analysis.articles.rates.daily_rate`); a month or a year is no rate
    here (sendings are told so).
abducted
    (24at) ``{"verbs": [...], "camp": [...]}``: words of abducting or deporting, and of a camp; a
    children count in a sentence with such a verb that names neither North Korea nor a camp is
    the children Russia took, no children hosted
    (:func:`analysis.articles.rates.abducted_elsewhere`).
other_supplier
    (24at) Another supplier's words (Iran, the United States or Europe with a verb of sending,
    a sending to Ukraine): a count of materiel in such a clause with no North Korea in it is
    another country's supplies (:func:`analysis.articles.rates.other_supplier`).
materiel_lost
    (25at) Words of weapons lost, destroyed or knocked out ("destroyed", "zerstört", "neutralisés",
    "уничтожены", "знищено", "파괴했", "失い"): a count of materiel in such a clause with no word of
    ``supplied`` there is what an army lost, not what North Korea sent
    (:func:`analysis.articles.lost.materiel_lost`).
worldwide
    (25at) Words of all over the world ("worldwide", "abroad", "in 40 countries", "weltweit",
    "по всему миру", "전 세계", "世界約40カ国"): a count of workers in such a clause with no Russia
    named there is North Korea's workers everywhere, not those sent to Russia
    (:func:`analysis.articles.lost.worldwide`). (33ar) The other destinations too ("China mit
    1.500, … Libyen mit 600 und Iran mit 130 Arbeitern": China, Qatar, the UAE, Libya, Iran,
    Kuwait, Mongolia, Southeast Asia, the Middle East, Africa).
russia_places
    (34ar) Places in Russia the story names (Vladivostok, Moscow, Kursk, the Far East,
    Primorye, Khabarovsk, Siberia, Sakhalin, Tatarstan …): a sentence naming one names Russia
    for ``worldwide`` ("the workers travelled through China to Vladivostok" are sent to Russia).
losses_per_day
    (25at) Words of a daily rate ("per day", "par jour", "pro Tag", "в сутки", "на добу",
    "하루 평균", "1日平均"): a count of killed or wounded with one right after it in its clause
    (Korean and Japanese: right before it) is a rate, no toll
    (:func:`analysis.articles.lost.lost_rate`).
group_parts
    (25au) Korean and Japanese: ``{"group": [...], "kind": [...], "link": [...], "counter": ...,
    "topic": ...}``, a group of the story as the topic ("負傷者は", "부상자는") then two parts or
    more by kind ("将校2人と女性1人"): each part is a part of the group told before, no figure
    of its own (:func:`analysis.articles.parts.group_told`).
other_subject
    (26ar) ``{"before": [...], "scale": [...], "after": [...], "of_total": [...], "pair":
    {"one": [...], "other": [...]}, "some": [...]}``: words of another subject than the story's
    people: a population or an income before a number of millions, participants or inhabitants
    right after a number, a part of places ("37 of 64 settlements"), one of a pair told one by
    one, "some" troops with no number (:mod:`analysis.articles.subjects`).
unit_size
    (26aw) A unit named with a size word or an article ("up to a battalion", "bis zu einem
    Bataillon", "1개 대대", "1個大隊規模"), never a unit's name: a loss told as a unit's size is a
    figure with no number (:func:`analysis.articles.units.unit_losses`).
wiped_out
    (26aw) Words saying a unit was destroyed ("전멸", "全滅"): its loss is killed or wounded
    (:func:`analysis.articles.units.unit_losses`).
agent_before
    (24ar) Words of agency before a country ("durch die Ukraine bestätigt": confirmed *by*
    Ukraine's capture): a country named right after them acted, it is not the one who speaks
    (:func:`analysis.articles.speaker.spoken_countries`); a language without them has none.
agent_after
    (34ar) Words right after a country that make it the owner of an act ("South Korean
    Intelligence Confirms Ukraine's Capture of Two North Korean Soldiers"): the country acted,
    it is not the one who speaks (:func:`analysis.articles.speaker.spoken_countries`).
short_names
    The bracket that gives a source's Latin short name after its full name (a regular
    expression, group 1 the short name: "米国防総省傘下の国防情報局(DIA)"): the short name
    alone later ("DIAによると") is that source (``articles/abbrev.py``).
leader_acts
    (16db) North Korea's leader named again by surname: ``{"surname": "kim", "verbs": [...]}``;
    after the article named him in full ("Kim Jong Un"), the surname alone right before one of
    the verbs of honouring, showing or telling ("Kim depositó una flor …", "Ким возложил …") is
    North Korea's leadership (``articles/abbrev.py``, :func:`leader_surname`).
new_topic
    Words opening a sentence that turns to a new topic ("한편", "一方、": meanwhile): from
    there on, no sentence takes the source of the sentences before it (neither "he said"
    nor the carry of a sentence with no attribution).
materiel_counters, people_counters
    Counters written after a number (Korean and Japanese): of things sent ("門", "発", "両",
    "문", "발", "대"; regular expressions, with look-aheads where the counter starts other
    words: not "발생") and of people ("人", "名", "명"). A number counted in people takes no
    ``materiel_sent`` cue and one counted in things no other metric; a counter of things
    also listed in ``not_figure_after`` ("대", "両": vehicles) keeps its number only after a
    word of materiel ("포격시스템 1백 대"); and the counter with the qualifier after it belongs
    to the figure's phrase ("160門以上"), unless the figure engine reads it as a number.
scale_fractions
    (29hf) ``{"before": [...], "after": [...]}``: regular expressions of a fraction of a scale
    word, on the lower-cased text, that belong to the number the reader cuts out: before it
    ("half a", "eine halbe", "medio", "un demi-", "четверть"; a space or a hyphen between) or
    after it ("and a half", "et demi", "y medio"). Without them "half a million shells" was
    read "a million", 1,000,000; the figure engine reads the whole phrase (rule 8).

The period table
----------------
A dict with

``months``, ``weekdays``
    ``MONTHS`` and ``WEEKDAYS`` of the module;
``seasons``
    ``{"winter" | "spring" | "summer" | "autumn": [fragments]}``;
``words``
    ``{"tag tag ...": [fragments]}``: every fragment found in a phrase emits the
    space-separated tags of its key.

Fragments are matched on the normalised phrase (lower case, dashes between letters
turned into spaces, a space put between digits and letters, apostrophes and punctuation
separating words). A fragment may hold several words ("the last", "il y a"). Where
several fragments match at the same place the one covering more words (then more
characters) wins.

Tags understood by the period engine: ``rel:last`` (calendar: last week, the previous
month), ``rel:past`` (rolling window: the past week, the last three days),
``rel:this``, ``rel:next``; ``unit:day|week|month|year|hour`` (singular) and
``units:...`` (plural); ``part:begin|early|mid|late|end``; ``day:N`` (today = 0,
yesterday = -1); ``n:N`` (number word); ``few`` (a few, several); ``ord:N`` (first,
second...); ``quarterw``, ``halfw`` (the words quarter and half); ``ymark``, ``mmark``,
``dmark`` (the markers of 2025年1月15日, 2025년 1월 15일, "2024 року"); ``since``,
``from``, ``until``, ``to``, ``between``, ``and`` (connectors); ``now`` (so far,
currently), ``before`` (earlier, recently), ``future`` (soon), ``within``, ``ago``,
``pl`` (marks the preceding unit as plural); ``season:NAME``, ``month:N``, ``wd:N`` for
compounds such as 今夏 or "hari minggu"; ``weekend``; ``x`` (a word to consume and
ignore, such as 오전 "morning", whose last syllable would otherwise read as 전 "ago").
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from analysis.lang._order import longest_first

__all__ = [
    "ARTICLE_TABLES",
    "FIGURE_ORDER",
    "FIGURE_TABLES",
    "LETTERS",
    "MODULES",
    "PERIOD_ORDER",
    "PERIOD_TABLES",
    "SCRIPTS",
    "SPELLING",
    "longest_first",
    "missing_words",
]

FIGURE_ORDER = (
    "en", "de", "fr", "es", "it", "pt", "ru", "uk", "ko", "ja", "id", "pl", "hu", "is", "sl",
    "mk", "et", "ro", "ar", "hi", "zh",
)  # fmt: skip
"""Languages whose figure words win ties when a phrase's language is guessed, first first."""

PERIOD_ORDER = (
    "en", "de", "fr", "es", "uk", "ru", "ko", "ja", "zh", "it", "pt", "pl", "id", "et", "sl",
    "ar", "nl", "tr", "cs",
)  # fmt: skip
"""Languages whose period words win ties when a phrase's language is guessed, first first."""


def _discover() -> dict[str, ModuleType]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))
    # importlib, not an import statement: "is" (Icelandic) is a Python keyword
    return {code: importlib.import_module(f"{__name__}.{code}") for code in names}


def _ranked(codes: list[str], order: tuple[str, ...]) -> list[str]:
    known = [c for c in order if c in codes]
    return known + sorted(c for c in codes if c not in order)


def _figure_table(module: ModuleType) -> dict:
    table = dict(module.FIGURES)
    if "months" not in table:
        table["months"] = [form for forms in module.MONTHS for form in forms]
    return table


MODULES: dict[str, ModuleType] = _discover()
"""Every language module, by ISO 639-1 code."""

FIGURE_TABLES: dict[str, dict] = {
    code: _figure_table(MODULES[code])
    for code in _ranked([c for c, m in MODULES.items() if hasattr(m, "FIGURES")], FIGURE_ORDER)
}
"""The figure table of each language that has one (``months`` filled in from ``MONTHS``)."""

PERIOD_TABLES: dict[str, dict] = {
    code: MODULES[code].PERIODS
    for code in _ranked([c for c, m in MODULES.items() if hasattr(m, "PERIODS")], PERIOD_ORDER)
}
"""The period table of each language that has one."""

ARTICLE_TABLES: dict[str, dict] = {
    code: MODULES[code].ARTICLES
    for code in _ranked([c for c, m in MODULES.items() if hasattr(m, "ARTICLES")], FIGURE_ORDER)
}
"""The article table of each language that has one (read by :mod:`analysis.articles`)."""

OUTLETS: dict[str, str] = {
    name: "News media (own reporting)"
    for name in ("reuters", "bbc", "cnn", "nhk", "bloomberg", "yonhap", "afp",
                 # (16km) the papers and sites Kyiv, Seoul and Tokyo outlets relay by their Latin
                 # names ("— WSJ", "Об этом сообщает The Wall Street Journal", "Про це пише DW",
                 # "Его слова приводит издание Politico", "=WSJ", "WSJ紙")
                 "wsj", "wall street journal", "new york times", "nyt", "financial times",
                 "politico", "dw", "japan times",
                 # (16wp) outlets named after a city or country: the whole name is the outlet,
                 # never the place inside it ("informó The Washington Post", "selon le Kyiv
                 # Independent", "Kyiv Post reported"); the place alone stays its government
                 # (not "kyiv post": docs/articles.md, 16wp, held back)
                 "washington post", "kyiv independent", "moscow times",
                 "korea herald", "korea times", "(?:korea )?joongang daily", "seoul shinmun",
                 "novaya gazeta(?: europe)?", "radio free asia", "rfa", "voice of america",
                 "voa", "ukrainska pravda", "rbc[- ]ukraine", "kyiv ?24",
                 # (35ad) the US public broadcaster as outlets abroad relay it ("En EEUU National
                 # Public Radio informó sobre 1,000 bajas", round 16zz40; "NPR reported")
                 "national public radio", "npr")
}
"""International outlets as every language writes them, in Latin letters ("CNN escribe que …",
"NHK는"): read after each article table's own ``claimants``."""

BODIES: dict[tuple[str, str], str] = {
    ("UA", "government"): "Ukrainian government (unspecified)",
    ("UA", "intelligence"): "Ukraine Defence Intelligence (HUR)",
    ("UA", "military_intelligence"): "Ukraine Defence Intelligence (HUR)",
    ("UA", "defence"): "Ukraine Ministry of Defence",
    ("KR", "government"): "South Korea government",
    ("KR", "intelligence"): "South Korea National Intelligence Service (NIS)",
    ("KR", "military_intelligence"): "South Korea Defense Intelligence Agency",
    ("KR", "defence"): "South Korea Ministry of National Defense",
    ("KR", "military"): "South Korea military (unspecified)",
    ("US", "government"): "US government (unspecified)",
    ("US", "intelligence"): "US government (unspecified)",
    ("US", "military_intelligence"): "US Department of Defense",
    ("US", "defence"): "US Department of Defense",
    ("US", "military"): "US Department of Defense",
    ("GB", "intelligence"): "UK Ministry of Defence (Defence Intelligence)",
    ("GB", "military_intelligence"): "UK Ministry of Defence (Defence Intelligence)",
    ("GB", "defence"): "UK Ministry of Defence (Defence Intelligence)",
    ("UA", "security"): "Security Service of Ukraine (SBU)",
    ("RU", "security"): "Russian Federal Security Service (FSB)",
    ("WEST", "intelligence"): "Western intelligence (unnamed)",
    ("WEST", "government"): "Western intelligence (unnamed)",
    ("UA", "statement"): "Ukrainian government (unspecified)",
    ("KR", "statement"): "South Korea government",
    ("US", "statement"): "US government (unspecified)",
    ("GB", "statement"): "UK Ministry of Defence (Defence Intelligence)",
    ("WEST", "statement"): "Western intelligence (unnamed)",
    ("KP", "statement"): "North Korea (state media and leadership)",
    ("KP", "state_media"): "North Korea (state media and leadership)",
    # (16db) a country's media: the outlets' own reporting; North Korea's are its state's. Not
    # Russia's: each table names the Russian media itself ("médias russes"), and a composed
    # "agences de presse russes ont rapporté …, selon Sergei Shoigu" took Shoigu's figure
    ("UA", "media"): "News media (own reporting)",
    ("KR", "media"): "News media (own reporting)",
    ("US", "media"): "News media (own reporting)",
    ("GB", "media"): "News media (own reporting)",
    ("WEST", "media"): "News media (own reporting)",
    ("KP", "media"): "North Korea (state media and leadership)",
    # (27cl) a head of state ("the Ukrainian president", "der südkoreanische Präsident", "미
    # 대통령"): Ukraine's is Zelensky, South Korea's speaks for its government, the US
    # president's office is the White House. Not North Korea's (the one who sends: "North
    # Korean leader Kim Jong Un sent …") nor Russia's (no claimant of its own)
    ("UA", "leader"): "Volodymyr Zelensky (President of Ukraine)",
    ("KR", "leader"): "South Korea government",
    ("US", "leader"): "White House",
}
"""The claimant a country's body stands for ("South Korean intelligence" → the NIS,
"autoridades de Ucrania" → Ukraine's government), for the ``claimant_grammar`` of the
article tables. Not listed: North Korea's government and army (the one who sends, named as
the actor of nearly every sentence) and Ukraine's army (the one who fights): of North Korea
only what it publishes is a source ("North Korean state media", "les médias de Pyongyang",
"nach nordkoreanischen Angaben"). A ``statement`` is what a side has published ("according
to Ukrainian estimates", "nach ukrainischen Angaben", "según cifras surcoreanas"): its
government's claim. "WEST" stands for Western countries named together ("Western
intelligence", "western officials")."""

SPEAKING_COUNTRIES: dict[str, str] = {"RU": "Russian Security Council (Sergei Shoigu)"}
"""(31cl) Countries with no government claimant of their own whose name speaks for one:
"Russia announced …", "la Russie a annoncé …", "Rusia anunció …", "러시아는 … 밝혔습니다" are
the Russian Security Council's, as the ledger files "Russia (…)" (``claimants.csv``) and the
labelled sets label it (9 of 10 figures so said).
Only where the name speaks (:func:`analysis.articles.rules.countries`): named alone it joins
no source, and its adjective builds no body ("Russian officials" stays unread)."""

SCRIPTS: dict[str, tuple[str, ...]] = {code: m.SCRIPTS for code, m in MODULES.items()}
"""The scripts each language is written in."""

LETTERS: dict[str, str] = {code: getattr(m, "LETTERS", "") for code, m in MODULES.items()}
"""Letters that identify a language among those of its script ("" for most)."""


SPELLING: dict[str, tuple[tuple[str, str], ...]] = {
    code: tuple(m.SPELLING) for code, m in MODULES.items() if hasattr(m, "SPELLING")
}
"""(17cp, D72) The spelling rules of each language that has them (``SPELLING`` above)."""
for _code in SPELLING:
    _shared = [c for c in MODULES if c != _code and set(SCRIPTS[c]) & set(SCRIPTS[_code])]
    if _shared:
        raise ValueError(f"lang.{_code}: SPELLING needs a script no other language writes "
                         f"({', '.join(_shared)} share one)")


def missing_words() -> dict[str, tuple[str, ...]]:
    """Return the languages that lack figure or period words.

    Returns
    -------
    dict of str to tuple of str
        ``{code: engines}`` where *engines* names what the language lacks
        (``"figures"``, ``"periods"``), sorted by code; languages with both tables are
        left out.

    Examples
    --------
    >>> missing_words()["nl"]
    ('figures',)
    """
    out = {}
    for code in sorted(MODULES):
        lacking = tuple(
            engine
            for engine, tables in (("figures", FIGURE_TABLES), ("periods", PERIOD_TABLES))
            if code not in tables
        )
        if lacking:
            out[code] = lacking
    return out
