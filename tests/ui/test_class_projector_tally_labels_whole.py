"""On a 1024x600 projector at 100% text, a tally row's label is drawn whole when the slide
has room for it: cut at two lines, Sesame Garden's biggest change read "A buy-now-pay-later
bill was not repaid on time. (The points are a game numbe…" over a slide half empty."""

from __future__ import annotations

from game.ui.scenes.class_debrief import BAR_COLOURS
from game.ui.store import Settings
from tests.ui.test_class_projector_large_text import slides_of


def test_every_tally_label_is_drawn_whole_on_a_small_projector() -> None:
    slides, report = slides_of((1024, 600), Settings())
    drawn = " ".join(text for kind, texts in slides if kind in BAR_COLOURS for _, text in texts)
    labels = [
        t.label[0].upper() + t.label[1:] for kind in BAR_COLOURS for t in getattr(report, kind)
    ]
    assert drawn.count("\u2026") == sum(label.count("\u2026") for label in labels)  # none cut
    for label in labels:
        assert all(word in drawn.split() for word in label.split()), label
