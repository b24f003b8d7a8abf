"""The town chart on the class report's page (`class report --society`) is read by a class of
14-year-olds on the projector: its titles use no words of a statistics lesson ('Gini',
'percentiles') and no designer's word ('seed 1'). The projector's own town slide already says
'How much friends share a score'."""

from game.sim.society.chart import society_figure
from game.sim.society.model import run_society

HARD_WORDS = ("gini", "percentile", "seed")


def test_the_town_charts_titles_use_plain_words(sesame):
    town = run_society(sesame, 200, 10, seed=1)
    figure = society_figure(town, "Sesame Garden over a whole town")
    titles = [figure._suptitle.get_text()] + [ax.get_title() for ax in figure.axes]
    said = " ".join(titles).lower()
    assert not [w for w in HARD_WORDS if w in said], titles
