# ruff: noqa: E501 (the phrases are data, as written)
"""Round 44 for issue 17: phrases labelled by a helper who never ran the engine, at the start of the
session of 2026-12-05 (sixteenth), before any rule of the session was merged; the session's
measurement for the six languages of our ledger (67 each in en, de, fr and es, 66 in ru and uk).

``tests/cases/figures_round44.csv`` holds 400 figure phrases from 246 pages (vaping lung
injuries and youth vaping surveys, ransomware attacks on hospitals and town halls, pesticide
poisonings from crop spraying, mercury spills, tear gas and pepper spray injuries at protests,
e-bike and e-scooter battery fires).
No phrase or page of it is in any other case table.

Nobody who wrote a rule read it (``benchmarks/compare_figures.py --skip`` kept it from the rule
writers' comparisons); it was scored as a total on the session's starting code (40b1895) and on its
end: **382/400 (de 63 en 63 es 64 fr 66 ru 62 uk 64)** at both, and not one of its 400
readings changed. The session's rules (D83: numbers that name a floor, a room, a line, a phone
line, a rank or a temperature; D84: Arabic scale words in every form, "fell below N" and "rose by
N" in every language) were written from the languages' grammar with phrases of their own; they
gained 6 rows of rounds 4-42 and none here. A second labeller, blind to the first labels, agreed with
rounds 41-42's labels on 394 of 400 sampled phrases (98.5 %; the six differences are all
parsed-or-unparsed calls). The misses below were listed after that measurement, each with its label
and the reading of the day: a development round for a later session.
"""

from __future__ import annotations

from figure_sets import held_out_round

NAME = "figures_round44.csv"

KNOWN_MISSES: set[tuple[str, str]] = {
    # label exact 1100000-1100000-1100000; read approx 1100000-1100000-1100000
    ('de', 'Heute hat die Europäische Kommission ihre offizielle Antwort an die 1,1 Millionen Bürgerinnen und Bürger übermittelt'),
    # label approx 200000-200000-200000; read exact 200000-200000-200000
    ('de', 'es entstand ein geschätzter Schaden von 200.000 Euro'),
    # label approx 3000-3000-3000; read exact 3000-3000-3000
    ('en', 'Authorities estimate there were 3,000 present at the peak of the protest'),
    # label exact 40-40-40; read at_least 40-40-nan
    ('en', 'More recently, on December 21, 2012, a crop duster sprayed pesticides over 40 farmworkers working in a Yuma, Arizona farm field'),
    # label exact 6-6-6; read unparsed
    ('en', 'The principal says six fifth-graders, boys and girls, were directly exposed'),
    # label exact 2-2-2; read unparsed
    ('es', 'varias versiones apuntan a que dos alumnos ingresaron con el líquido en pequeños frascos de pastillas'),
    # label at_least 21-21-; read unparsed
    ('fr', 'Entre 2020 et aujourd’hui, on note au moins 21 incendies de ce genre dans la Capitale-Nationale'),
    # label unparsed; read exact 19-19-19
    ('ru', 'В штате Коннектикут официально подтвердили 19 смерть, связанную с вейпингом'),
    # label exact 3493-3493-3493; read unparsed
    ('ru', 'Всего опрошено 3493 учащихся 7-10 классов'),
    # label unparsed; read range 1-35.5-70
    ('ru', 'используется от 1 до 70 миллиграммов ртути на штуку'),
    # label vague 10000-10000-99999; read vague additional 10000-10000-99999
    ('uk', 'вірус Petya у 2017 році, коли постраждали десятки тисяч компаній і людей в Україні та інших країнах'),
    # label unparsed; read exact 70-70-70
    ('uk', 'злочинні дії хакерів підірвали роботу УЗ і буквально повернули підприємство у 70-ті роки'),
}

(
    test_the_round_is_real_reporting_in_every_judged_language,
    test_the_round_is_new,
    test_every_row_reads_right,
) = held_out_round(NAME, KNOWN_MISSES, {("en", "de", "fr", "es"): 67, ("ru", "uk"): 66}, 400)
