"""Every shipped level meets the content bar: length, variety, sources and a teaching debrief."""

import re

import pytest

from game.core.content.loader import load_level
from game.core.spec.base import SOURCED_EVIDENCE
from game.paths import level_files

LEVEL_IDS = [
    "sesame_garden", "citizen_score_2020", "the_list", "red_list_black_list", "model_city",
    "nosedive", "fico_country", "gig_street", "my_wallet",
]  # fmt: skip
"""The teaching order; the corporate level joins after The List when its file is present."""


@pytest.fixture(scope="module", params=level_files(), ids=[p.stem for p in level_files()])
def spec(request):
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def test_the_regimes_ship_in_their_teaching_order():
    specs = [load_level(p).level.spec for p in level_files()]
    ordered = [s.meta.id for s in sorted(specs, key=lambda s: s.meta.order)]
    shipped = {p.stem for p in level_files()}
    assert ordered == [i for i in LEVEL_IDS if i in shipped]
    assert len(ordered) >= 8


def test_a_level_lasts_seven_to_fourteen_days(spec):
    assert 7 <= spec.player.days <= 14 and 3 <= spec.player.actions_per_day <= 4


def test_a_level_has_enough_to_do(spec):
    assert len(spec.items) >= 12 and len(spec.posts) >= 10 and len(spec.characters) >= 5


def test_a_level_has_a_story_with_a_mid_level_change(spec):
    assert len(spec.events) >= 6
    changes = [e for e in spec.events if e.effects and (e.effects.enable_rules or e.effects.disable_rules
               or e.effects.restrict or e.effects.score or e.effects.prompt)]  # fmt: skip
    assert changes, "needs a rule change or shock"


def test_a_level_has_goals_and_a_debrief_that_teaches(spec):
    assert len(spec.goals) >= 2
    assert len(spec.debrief.cards) >= 3 and len(spec.debrief.questions) >= 4
    assert spec.debrief.invented


def test_every_claim_cites_a_source(spec):
    claims = [*spec.rules, *spec.perks, *spec.restrictions, *spec.services, *spec.prompts,
              *spec.debrief.cards]  # fmt: skip
    for claim in claims:
        if claim.evidence in SOURCED_EVIDENCE:
            assert claim.sources, getattr(claim, "id", getattr(claim, "title", claim))


def test_level_text_is_plain_ascii(spec):
    text = spec.model_dump_json()
    assert not re.findall(r"[^\x00-\x7f]", text)


def test_a_quoted_answer_names_who_says_it(spec):
    """A prompt option's message shown in the evening is read without its prompt: a bare quote
    there has no speaker."""
    effects = [o.effects for p in spec.prompts for o in p.options if o.effects]
    messages = [e.message for e in effects if e.message]
    assert not [m for m in messages if m[:1] in "'\""]
