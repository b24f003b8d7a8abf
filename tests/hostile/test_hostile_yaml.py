"""Generated hostile YAML (tags, deep nesting, huge numbers, odd unicode, aliases) never raises."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.content import yaml_source
from game.core.content.loader import load_level_text
from game.core.content.problems import MAX_PROBLEMS
from tests.core.levels import MINIMAL
from tests.hostile.budget import examples

TAGS = [
    "!!int", "!!float", "!!bool", "!!null", "!!str", "!!timestamp", "!!binary", "!!set",
    "!!omap", "!!pairs", "!!map", "!!seq", "!!merge", "!!python/object:os.system", "!local",
]  # fmt: skip
WORDS = ["abc", "", "0x", "0b", "0o", "1:2", "1e400", ".inf", "-.nan", "~", "yes", "<<", "=", "x:"]

huge_numbers = st.integers(1, 6000).map(lambda n: "9" * n) | st.integers(1, 400).map(
    lambda n: f"1.{'0' * n}e+{n}"
)
unicode_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12).map(
    lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
)
scalars = st.one_of(st.sampled_from(WORDS), huge_numbers, unicode_text, st.integers())
tagged = st.tuples(st.sampled_from(TAGS), scalars).map(lambda t: f"{t[0]} {t[1]}")


@st.composite
def nested(draw: st.DrawFn) -> str:
    depth = draw(st.integers(0, 70))
    inner = draw(tagged | scalars.map(str))
    if draw(st.booleans()):
        return "[" * depth + inner + "]" * depth
    return "{k: " * depth + inner + "}" * depth


aliases = st.sampled_from(["&a [*a]", "&a {x: *a}", "&a [1, &b [*a, *b]]", "*nowhere", "&a &b 1"])
values = st.one_of(tagged, nested(), aliases, scalars.map(str))
KEYS = ["  title", "  year", "  days", "  start", "  summary", "notes", "  min"]


def with_value(key: str, value: str) -> str:
    """MINIMAL with one key's value replaced (or a new top-level `notes` key)."""
    if key == "notes":
        return MINIMAL + f"notes: {value}\n"
    head, sep, tail = MINIMAL.partition(key + ":")
    rest = tail.split("\n", 1)[1]
    return f"{head}{sep} {value}\n{rest}"


@settings(max_examples=examples(150), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(KEYS), values)
def test_hostile_yaml_values_are_reported_never_raised(key: str, value: str):
    result = load_level_text(with_value(key, value), "hostile.yaml")
    assert result.ok or result.problems
    assert all(p.line >= 1 and p.column >= 1 for p in result.problems)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(KEYS), values)
def test_the_pure_python_parser_reports_hostile_yaml_too(key: str, value: str):
    fast = yaml_source._FAST_LOADER
    yaml_source._FAST_LOADER = None
    try:
        result = load_level_text(with_value(key, value), "hostile.yaml")
    finally:
        yaml_source._FAST_LOADER = fast
    assert result.ok or result.problems


def test_more_values_than_the_limit_are_refused_before_anything_is_built():
    values = ",".join("1" * (yaml_source.MAX_NODES + 1))
    text = MINIMAL.replace("items:\n", f"items:\n  - [{values}]\n", 1)
    problems = load_level_text(text, "hostile.yaml").problems
    assert [p.message for p in problems] == [
        f"YAML refused: more than {yaml_source.MAX_NODES} values"
    ]


def test_validation_errors_past_the_listed_ones_are_counted_in_one_line():
    entry = "  - {{id: 'X{i}', label: '', price: q, tags: [1, 2, 3, 4, 5, 6, 7, 8]}}\n"
    items = "".join(entry.format(i=i) for i in range(150))
    problems = load_level_text(
        MINIMAL.replace("items:\n", "items:\n" + items, 1), "h.yaml"
    ).problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message.endswith(f"more problems not listed (at most {MAX_PROBLEMS} are)")
    assert problems[-2].line <= problems[-1].line
