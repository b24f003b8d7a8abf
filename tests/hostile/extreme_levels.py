"""Valid levels whose numbers sit anywhere in their documented ranges, extremes included."""

import copy

import yaml
from hypothesis import strategies as st

from game.core.spec.base import MAX_DAY, MONEY_LIMIT, SCORE_LIMIT
from tests.conftest import FIXTURES

BASE = yaml.safe_load((FIXTURES / "all_features.yaml").read_text(encoding="utf-8"))


def _edge_int(low: int, high: int) -> st.SearchStrategy[int]:
    """Mostly the ends of a range and zero, sometimes anything between."""
    edges = [v for v in (low, high, 0, low + 1, high - 1) if low <= v <= high]
    return st.sampled_from(edges) | st.integers(low, high)


def _edge_float(low: float, high: float) -> st.SearchStrategy[float]:
    return st.sampled_from([low, high, 0.0]) | st.floats(low, high, allow_nan=False)


scores = _edge_int(-SCORE_LIMIT, SCORE_LIMIT)
money = _edge_int(0, MONEY_LIMIT)
signed_money = _edge_int(-MONEY_LIMIT, MONEY_LIMIT)


@st.composite
def extreme_level(draw: st.DrawFn) -> dict:
    """The all-features fixture with its numbers replaced by in-range extremes."""
    data = copy.deepcopy(BASE)
    low = draw(_edge_int(-SCORE_LIMIT, SCORE_LIMIT - 2))
    high = draw(_edge_int(low + 2, SCORE_LIMIT))
    start = draw(_edge_int(low, high))
    data["score"].update(min=low, max=high, start=start)
    # tiers start strictly higher one after another (the loader refuses ties)
    mins = sorted(draw(st.lists(_edge_int(low + 1, high), min_size=2, max_size=2, unique=True)))
    for tier, value in zip(data["tiers"], [low, *mins], strict=True):
        tier["min"] = value
    data["player"].update(money=draw(money), income=draw(money), days=draw(_edge_int(1, MAX_DAY)))
    for character in data["characters"]:
        character["score"] = draw(scores)
        character["drift"] = draw(_edge_float(-SCORE_LIMIT, SCORE_LIMIT))
        character["volatility"] = draw(_edge_float(0, SCORE_LIMIT))
        if "unfriends_below" in character:
            character["unfriends_below"] = draw(scores)
    for rule in data["rules"]:
        if "delta" in rule:
            rule["delta"] = draw(scores)
    for item in data["items"]:
        item["price"] = draw(money)
    for service in data["services"]:
        if "money" in service.get("effects", {}):
            service["effects"]["money"] = draw(signed_money)
    return data


def level_text(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
