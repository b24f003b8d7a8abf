"""Random mutations of a valid level never raise anything: they load or report problems."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.content.loader import load_level_text
from tests.conftest import FIXTURES

BASE_TEXT = (FIXTURES / "all_features.yaml").read_text()
BASE = yaml.safe_load(BASE_TEXT)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["wei", "diapers", "buy", "critical", "low", "x" * 90]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


PATHS = [p for p in _paths(BASE) if p]


def _mutate(data, path, value, delete):
    import copy

    data = copy.deepcopy(data)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), values, st.booleans())
def test_mutated_levels_load_or_report_problems(path, value, delete):
    text = yaml.safe_dump(_mutate(BASE, path, value, delete), allow_unicode=True)
    result = load_level_text(text, "mutant.yaml")
    assert result.ok or result.problems
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(BASE_TEXT) - 1), st.text(max_size=6))
def test_corrupted_text_loads_or_reports_problems(position, junk):
    text = BASE_TEXT[:position] + junk + BASE_TEXT[position + 1 :]
    result = load_level_text(text, "mutant.yaml")
    assert result.ok or result.problems
