"""The ledger prints a rule's evidence label beside its score change. A friend pull has no fixed
delta, so the number-check in tests/test_invented.py skips it; its strength is still invented
(Sesame's relationships weight was never published, facts.md 1.2)."""

from game.core.spec.base import SOURCED_EVIDENCE
from game.paths import level_files


def test_every_sourced_friend_pull_reason_says_the_pull_is_a_game_number(spec_of):
    pulls = [
        (path.stem, rule)
        for path in level_files()
        for rule in spec_of(path.stem).rules
        if rule.kind == "friend_pull" and rule.evidence in SOURCED_EVIDENCE
    ]
    assert pulls, "the Sesame and press levels play a sourced friend pull"
    missing = [(level, r.id) for level, r in pulls if "game number" not in r.reason]
    assert not missing
