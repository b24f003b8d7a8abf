"""Generated hostile JSON in every user file is reported (set aside, defaults), never raised."""

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.cli.main import main
from game.ui import store
from game.userfiles import data_dir
from tests.hostile.budget import examples
from tests.hostile.userfile_cases import level, place_save

RAW = {
    "@HUGE@": "9" * 5000,
    "@INF@": "Infinity",
    "@NINF@": "-Infinity",
    "@NAN@": "NaN",
    "@BIG@": "1e400",
    "@DEEP@": "[" * 3000 + "]" * 3000,
}
"""Tokens json.dumps cannot write, swapped in after dumping."""

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.sampled_from(list(RAW)),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=10,
)
FIELDS = {
    "settings": ["text_scale", "high_contrast", "reduced_motion", "fullscreen", "volume", "muted"],
    "progress": ["completed"],
    "save": ["session"],
    "session": ["level_id", "level_hash", "seed", "actions", "events", "strategy", "player"],
}
KINDS = {
    "settings": "citizen-score-settings",
    "progress": "citizen-score-progress",
    "save": "citizen-score-save",
    "session": "citizen-score-session",
}


def _dump(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False)
    for token, raw in RAW.items():
        text = text.replace(f'"{token}"', raw)
    return text


@st.composite
def hostile_json(draw: st.DrawFn, kind: str) -> bytes:
    """A file that poses as `kind`: a plausible envelope with hostile fields, or junk."""
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=64))
    if choice == 1:
        return _dump(draw(values)).encode()
    envelope: dict = {"kind": KINDS[kind], "version": draw(st.sampled_from([1, 2, 0, -1, "1"]))}
    for name in draw(st.lists(st.sampled_from(FIELDS[kind]), max_size=4, unique=True)):
        envelope[name] = draw(values)
    text = _dump(envelope)
    if choice == 3:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut]
    return text.encode()


def _write(name: str, content: bytes) -> Path:
    path = data_dir() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


CONFIG = settings(max_examples=examples(60), deadline=None, suppress_health_check=list(HealthCheck))


@CONFIG
@given(hostile_json("settings"))
def test_hostile_settings_files_give_valid_settings(content: bytes):
    _write("settings.json", content)
    found, _message = store.read_settings()
    assert 100 <= found.text_scale <= 200 and isinstance(found.high_contrast, bool)


@CONFIG
@given(hostile_json("progress"))
def test_hostile_progress_files_give_a_set_of_keys(content: bytes):
    _write("progress.json", content)
    assert all(isinstance(key, str) for key in store.completed_levels())


@CONFIG
@given(hostile_json("save"))
def test_hostile_saves_are_refused_with_a_message(content: bytes):
    lv = level()
    place_save(Path("/dev/null"), lv).write_bytes(content)
    record, message = store.load_save(lv)
    assert record is None or record.level_hash == lv.content_hash
    assert record is not None or message


@settings(max_examples=examples(30), deadline=None, suppress_health_check=list(HealthCheck))
@given(hostile_json("session"))
def test_hostile_records_make_replay_exit_with_a_message(content: bytes):
    path = _write("record.json", content)
    assert main(["replay", str(path)]) != 0
