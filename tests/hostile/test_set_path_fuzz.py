"""Any `--set` text at all is a sweep or one SweepError: never another exception (int() of a
'#²' place, a 5,000-digit step) reaching the command as a traceback."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim.sweep import SweepError, parse_sweep, shown
from tests.conftest import FIXTURES
from tests.hostile.budget import examples

SOURCE = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")
STEPS = st.sampled_from(
    ["rules", "diapers_up", "delta", "score", "start", "factors", "#1", "#0", "#\u00b2", "#\u0661",
     "#" + "9" * 50, "meta", "objectives", "when", "tags", "", "#", "x\x1b[2J", "é", "0"]
)  # fmt: skip


@given(st.lists(STEPS, max_size=8), st.sampled_from([".", "#", ""]), st.text(max_size=20))
@settings(max_examples=examples(150), deadline=None)
def test_any_set_text_is_a_sweep_or_one_clear_line(steps: list[str], joint: str, values: str):
    text = joint.join(steps) + "=" + values
    try:
        sweep = parse_sweep(text, SOURCE)
    except SweepError as refused:
        said = str(refused)
        assert said.isprintable() and "\n" not in said
    else:
        assert shown(sweep.path) and sweep.values
