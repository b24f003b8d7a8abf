"""What the regime lets the player see of scores, applied in one place."""

from dataclasses import replace

from game.core.content.loader import load_level
from game.paths import levels_dir
from game.ui import present


def test_other_peoples_scores_are_hidden_where_the_regime_hides_them():
    level = load_level(levels_dir() / "my_wallet.yaml").level
    assert present.other_score_text(level, 55) == "not shown to you"


def test_other_peoples_scores_show_as_the_regime_shows_its_own(all_features):
    assert present.other_score_text(all_features, 420) == "420"


def test_a_tier_only_regime_shows_tiers_not_numbers(all_features):
    spec = all_features.spec
    tier_only = replace(
        all_features,
        spec=spec.model_copy(update={"score": spec.score.model_copy(update={"display": "tier"})}),
    )
    assert present.score_text(tier_only, 720) == "Trusted"


def test_a_tier_whose_label_gives_its_range_is_not_given_a_second_floor():
    from game.core.content.loader import load_level
    from game.core.engine import new_world
    from game.ui.scenes.tabs import rows_for

    level = load_level(levels_dir() / "fico_country.yaml").level
    world, _ = new_world(level, seed=1)
    text = " ".join(r.markup for r in rows_for("Score", world))
    assert "Good (670 to 739)</b>:" in text
    assert "(670 to 739)</b> from" not in text


def test_the_score_tabs_headings_name_the_levels_own_score():
    nosedive = load_level(levels_dir() / "nosedive.yaml").level
    assert present.why_it_moved(nosedive) == "Why your Rating moved"
    assert present.pulling_it_down(nosedive) == "Pulling your Rating down"


def test_a_listed_or_not_regime_says_what_changed_its_status_not_why_a_score_moved():
    the_list = load_level(levels_dir() / "the_list.yaml").level
    assert present.why_it_moved(the_list) == "What changed your Court list status"
    assert "score" not in present.pulling_it_down(the_list)
