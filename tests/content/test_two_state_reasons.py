"""A two-state level's reasons say why, not the state: the game names the state beside every
reason ('Listed. <reason>' in the ledger, 'Listed: <reason>' on the phone, '(now Listed)' in
the turning points), so a reason ending ': listed' said it twice."""

import re

from game.core.content.loader import load_level
from game.core.spec.effects import DirectScore
from game.design.walk import walk
from game.paths import level_files


def _reasons_by_level() -> dict[str, list[str]]:
    out = {}
    for path in level_files():
        spec = load_level(path).level.spec
        if spec.score.max - spec.score.min > 1:
            continue
        reasons = [r.reason for r in spec.rules]
        reasons += [m.reason for _, m in walk(spec) if isinstance(m, DirectScore)]
        out[spec.meta.id] = reasons
    return out


def test_no_two_state_level_s_score_reason_ends_by_naming_a_state():
    found = _reasons_by_level()
    assert found.get("the_list")
    states = {
        t.label.lower()
        for path in level_files()
        if (lv := load_level(path).level).id in found
        for t in lv.tiers
    }
    naming = [
        reason
        for reasons in found.values()
        for reason in reasons
        if any(re.search(rf"\b{re.escape(s)}\W*$", reason.lower()) for s in states)
    ]
    assert not naming, naming
