"""Baihe used Sesame data (facts.md 1.5); the score badge on a dating profile is the game's
(facts.md 8, level 1: "badge mechanic is game"). A sourced text that shows the badge says so."""


def test_the_dating_service_outcome_says_the_badge_is_the_games(spec_of):
    service = next(s for s in spec_of("sesame_garden").services if s.id == "dating")
    assert service.evidence.value == "reported"
    assert "badge" in service.outcome and "the game's" in service.outcome, service.outcome
