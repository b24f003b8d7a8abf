"""Level files that are odd as files: a byte-order mark, a FIFO, a name that is not UTF-8."""

import os
from pathlib import Path

import pytest

from game.core.content import yaml_source
from game.core.content.loader import duplicate_ids, load_level
from tests.conftest import FIXTURES
from tests.core.levels import MINIMAL
from tests.hostile.test_hostile_levels import FILES, expected


def test_a_byte_order_mark_does_not_change_the_level_hash(tmp_path: Path):
    plain, marked = tmp_path / "plain.yaml", tmp_path / "marked.yaml"
    plain.write_text(MINIMAL, encoding="utf-8")
    marked.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode())
    first, second = load_level(plain), load_level(marked)
    assert first.ok and second.ok
    assert first.level.content_hash == second.level.content_hash


def test_a_fifo_is_refused_without_reading_it(tmp_path: Path):
    fifo = tmp_path / "level.yaml"
    os.mkfifo(fifo)
    assert load_level(fifo).problems[0].message == "not a regular file"


def test_a_file_name_that_is_not_utf8_is_printed_with_a_replacement(tmp_path: Path):
    name = os.fsdecode(b"caf\xe9.yaml")
    path = tmp_path / name
    path.write_text("format: 1\nx: !!int abc\n", encoding="utf-8")
    line = load_level(path).problems[0].format()
    assert "caf\ufffd.yaml" in line
    line.encode("utf-8")  # a strict UTF-8 terminal can print it


def test_an_over_long_file_name_is_reported_not_raised(tmp_path: Path):
    result = load_level(tmp_path / ("x" * 5000 + ".yaml"))
    assert "cannot read file" in result.problems[0].message


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_the_pure_python_parser_refuses_each_hostile_level(path: Path, monkeypatch):
    monkeypatch.setattr(yaml_source, "_FAST_LOADER", None)
    result = load_level(path)
    assert result.level is None and result.problems
    if path.name != "lone_surrogate.yaml":  # PyYAML reads the escape; the text check refuses it
        assert any(expected(path) in p.format() for p in result.problems)


def test_many_copies_of_one_level_give_one_short_warning_each():
    level = load_level(FIXTURES / "all_features.yaml").level
    copies = [(Path(f"copy{i}.yaml"), level) for i in range(300)]
    warnings = duplicate_ids(copies)
    assert len(warnings) == 300
    assert warnings[0].message.endswith("copy1.yaml, copy2.yaml, copy3.yaml and 296 more")
    assert max(len(w.format()) for w in warnings) < 300


@pytest.mark.parametrize("mark", ["\x85", "\u2028", "\u2029", "\r"], ids=repr)
def test_a_line_end_that_editors_do_not_show_is_refused_where_it_stands(mark: str, tmp_path: Path):
    # YAML ends a line there and an editor does not: every later line YAML named was off by
    # one, and the rest of a comment holding one was read as a key
    path = tmp_path / "level.yaml"
    path.write_text(f"# a note{mark}b: 1\n" + MINIMAL.replace("\n", "\r\n"), encoding="utf-8")
    (problem,) = load_level(path).problems
    assert (problem.line, problem.column) == (1, 9)
    assert f"U+{ord(mark):04X}" in problem.message
