"""Japanese 両 after a numeral is the counter of vehicles, not the numeral two (session 18).

The table reads 両 as 2 (両名, 両国: both); glued after a count it was added to it: "戦車50両"
(fifty tanks) read 52, "約50両" 52. Seen by 17df; a rewrite makes it the other spelling of the
counter (輌) after a numeral. No labelled figure-round row changes.
"""

from __future__ import annotations

import pytest

from analysis.figures import parse_figure


@pytest.mark.parametrize(("phrase", "best", "qualifier"), [
    ("戦車50両", 50.0, "exact"),
    ("約50両", 50.0, "approx"),
    ("自走砲「M1989」約50両", 50.0, "approx"),
    ("戦車を50両", 50.0, "exact"),
    ("五十両", 50.0, "exact"),
    ("564両分", 564.0, "exact"),  # (round 8's label, read so before)
    ("両名", 2.0, "exact"),  # 両 before a noun: both, two
    ("両国の100人", 100.0, "exact"),
])
def test_ryo_after_a_numeral_counts_vehicles(phrase, best, qualifier):
    figure = parse_figure(phrase, "ja")
    assert (figure.best, figure.qualifier, figure.status) == (best, qualifier, "ok")
