"""`debrief --html` of a level whose texts hold markup and evidence labels: every text stays
text. The label tips ('[Documented]' with its meaning on hover) were put wherever the label
was written, inside a source link's address (its quotes broke the link open) and inside the
charts (the tip's span ended the SVG: the society chart's dots were gone)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
import yaml

from game.cli.main import main
from tests.conftest import FIXTURES

MARKUP = "<script>alert(1)</script>\"'&<b>[Documented]"
URL = 'https://example.org/[Documented]?a=<b>&q="x"'


class _Page(HTMLParser):
    """What a browser builds from the page: its links, and anything out of place."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.scripts = 0
        self.spans_in_charts = 0
        self.attributes: set[str] = set()
        self._svg = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes |= {name for name, _ in attrs}
        self.scripts += tag == "script"
        self._svg += tag == "svg"
        self.spans_in_charts += tag == "span" and self._svg > 0
        if tag == "a":
            self.links += [value or "" for name, value in attrs if name == "href"]

    def handle_endtag(self, tag: str) -> None:
        self._svg -= tag == "svg"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> _Page:
    folder = tmp_path_factory.mktemp("hostile_debrief")
    data = yaml.safe_load((FIXTURES / "all_features.yaml").read_text(encoding="utf-8"))
    data["meta"]["title"] = MARKUP
    data["score"]["name"] = MARKUP
    for tier in data["tiers"]:
        tier["label"] = (tier["label"] + MARKUP)[:80]
    data["debrief"]["sources"] = [URL]
    level = folder / "hostile.yaml"
    level.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    record, html = folder / "run.json", folder / "debrief.html"
    with pytest.MonkeyPatch.context() as patch:  # the user folder of this module's own
        patch.setenv("CITIZEN_SCORE_HOME", str(folder / "home"))
        assert main(["autoplay", str(level), "--record", str(record)]) == 0
        assert main(["debrief", str(record), "--level", str(level), "--html", str(html)]) == 0
    parsed = _Page()
    parsed.feed(html.read_text(encoding="utf-8"))
    return parsed


def test_a_source_whose_address_holds_a_label_keeps_its_link_whole(page: _Page):
    assert URL in page.links


def test_no_label_tip_lands_inside_a_chart(page: _Page):
    assert page.spans_in_charts == 0


def test_markup_in_the_levels_texts_stays_text(page: _Page):
    assert page.scripts == 0
    assert all(name.replace("-", "").isalnum() for name in page.attributes), page.attributes
