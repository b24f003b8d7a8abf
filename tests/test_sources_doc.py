"""docs/sources.md ships the graded sources; labels in the levels must agree with the grades."""

import re
from functools import cache
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.spec.base import Evidence, Sourced
from game.design.walk import walk
from game.paths import level_files

DOC = Path(__file__).parents[1] / "docs" / "sources.md"
ROW = re.compile(r"^\|\s*(A/B|A|B|C|-|press)\s*\|\s*(https?://\S+)\s*\|")
LEVELS = level_files()


@cache
def grades() -> dict[str, str]:
    """URL -> grade, from the rows of docs/sources.md."""
    found: dict[str, str] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := ROW.match(line):
            found.setdefault(m.group(2), m.group(1))
    return found


@pytest.fixture(scope="module", params=LEVELS, ids=[p.stem for p in LEVELS])
def spec(request):
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def test_the_doc_grades_primary_sources_and_lists_the_press_articles():
    assert sum(g == "A" for g in grades().values()) >= 100
    assert sum(g == "press" for g in grades().values()) == 6


def test_every_url_a_level_cites_is_listed(spec):
    cited = {u for _, m in walk(spec) if isinstance(m, Sourced) for u in m.sources}
    cited |= set(spec.debrief.sources)
    assert not cited - grades().keys()


def test_a_documented_entry_cites_a_grade_a_source(spec):
    for path, model in walk(spec):
        if isinstance(model, Sourced) and model.evidence == Evidence.DOCUMENTED:
            assert any(grades().get(u) == "A" for u in model.sources), path


def test_a_press_article_only_backs_a_speculative_claim(spec):
    """The blogs are where a claim came from, never evidence that it is true."""
    press = {u for u, g in grades().items() if g == "press" and "voicetube" not in u}
    for path, model in walk(spec):
        if isinstance(model, Sourced) and press & set(model.sources):
            assert model.evidence in {Evidence.SPECULATIVE, Evidence.REPORTED}, path


def test_a_reported_entry_cites_a_grade_b_or_c_source(spec):
    """`reported` means journalism with no primary document: all-A sources make it documented."""
    for path, model in walk(spec):
        if isinstance(model, Sourced) and model.evidence == Evidence.REPORTED:
            assert any(grades().get(u) in {"B", "C", "A/B", "press"} for u in model.sources), path


def test_a_claim_resting_on_a_press_article_is_speculative_not_claimed(spec):
    """`claimed` is an executive's or official's word; a video or blog is commentary."""
    press = {u for u, g in grades().items() if g == "press"}
    for path, model in walk(spec):
        if isinstance(model, Sourced) and model.evidence == Evidence.CLAIMED:
            assert not press & set(model.sources), path


@cache
def facts() -> dict[str, str]:
    """URL -> the fact its row in docs/sources.md says it supports."""
    found: dict[str, str] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := ROW.match(line):
            found.setdefault(m.group(2), line[m.end() :].rsplit("|", 1)[0].strip())
    return found


def test_every_url_a_level_cites_has_a_fact_in_the_doc(spec):
    """A row whose fact is blank or only 'Sources: ;' tells a reader nothing about the URL."""
    cited = {u for _, m in walk(spec) if isinstance(m, Sourced) for u in m.sources}
    empty = {u for u in cited if re.match(r"(Sources?\b|\(|$)", facts().get(u, ""))}
    assert not empty
