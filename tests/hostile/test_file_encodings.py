"""Files saved by other editors: a byte-order mark is read, another encoding is placed exactly."""

import json
from pathlib import Path

from game.cli.main import main
from game.core.content.loader import load_level
from game.ui import store
from game.userfiles import FileFormatError, data_dir, read_json
from tests.core.levels import MINIMAL


def test_a_settings_file_with_a_byte_order_mark_is_read_not_set_aside():
    path = data_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"kind": store.SETTINGS_KIND, "version": 1, "text_scale": 150}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    settings, message = store.read_settings()
    assert settings.text_scale == 150 and message is None and path.exists()


def test_a_level_in_latin_1_is_reported_at_its_first_character_that_is_not_utf8(tmp_path: Path):
    path = tmp_path / "level.yaml"
    path.write_bytes(MINIMAL.encode() + "  # café\n".encode("latin-1"))
    problem = load_level(path).problems[0]
    last = MINIMAL.count("\n") + 1
    assert (problem.line, problem.column) == (last, 8)
    assert problem.message == "not UTF-8 text (byte E9); save the file as UTF-8"


def test_a_level_saved_as_utf16_is_named_so_at_its_start(tmp_path: Path):
    path = tmp_path / "level.yaml"
    path.write_text(MINIMAL, encoding="utf-16")
    (problem,) = load_level(path).problems
    assert (problem.line, problem.column) == (1, 1)
    assert problem.message.startswith("saved as UTF-16 (it starts with the bytes FF FE)")


def test_validate_shows_no_line_of_a_utf16_level(tmp_path: Path, capsys):
    path = tmp_path / "level.yaml"
    path.write_text(MINIMAL, encoding="utf-16-be")
    path.write_bytes(b"\xfe\xff" + path.read_bytes())
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [f"{path}:1:1: error: {load_level(path).problems[0].message}"]


def test_a_record_in_latin_1_names_the_line_and_column(tmp_path: Path, capsys):
    path = tmp_path / "run.json"
    path.write_bytes('{"kind": "citizen-score-session",\n "player": "Zoé"}'.encode("latin-1"))
    assert main(["replay", str(path)]) == 1
    assert f"{path}:2:15: not UTF-8 text (byte E9)" in capsys.readouterr().err


def test_a_user_file_of_version_zero_is_refused_as_no_version(tmp_path: Path):
    path = tmp_path / "settings.json"
    path.write_text('{"kind": "k", "version": 0}')
    try:
        read_json(path, "k", 1)
    except FileFormatError as exc:
        assert str(exc) == f"{path}: version 0 is not a version (1 or more)"
    else:
        raise AssertionError("version 0 was read")
