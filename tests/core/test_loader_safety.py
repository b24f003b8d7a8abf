"""Hostile or broken files are refused with one clear problem each, never executed or expanded."""

from pathlib import Path

from game.core.content import yaml_source
from game.core.content.loader import load_level, load_level_text
from tests.core.levels import MINIMAL, with_replaced


def only_problem(text: str):
    result = load_level_text(text, "bad.yaml")
    assert result.level is None and len(result.problems) == 1, result.problems
    return result.problems[0]


def test_an_unclosed_bracket_is_reported_where_it_was_opened():
    p = only_problem("format: 1\nmeta: [unclosed\n")
    assert p.message.startswith("YAML syntax error") and (p.line, p.column) == (2, 7)


def test_top_level_list_is_refused():
    p = only_problem("- format: 1\n")
    assert p.message == "the top level must be a mapping, not a list"


def test_empty_file_is_refused():
    assert only_problem("").message == "the file is empty"


def test_python_tag_is_refused_and_never_run(tmp_path: Path):
    marker = tmp_path / "ran"
    text = f"format: 1\nx: !!python/object/apply:os.system ['touch {marker}']\n"
    p = only_problem(text)
    assert "is not allowed" in p.message and p.line == 2
    assert not marker.exists()


def test_unknown_local_tag_is_refused():
    assert "tag '!secret' is not allowed" in only_problem("format: 1\nx: !secret 3\n").message


def test_alias_bomb_is_refused_quickly():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    p = only_problem("\n".join(lines) + "\n")
    assert "aliases" in p.message


def test_duplicate_key_is_refused():
    p = only_problem(with_replaced("  year: 2020", "  year: 2020\n  year: 2021"))
    assert p.message == "duplicate key 'year'"


def test_file_over_the_size_limit_is_refused(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_text("format: 1\n" + "# padding\n" * (yaml_source.MAX_BYTES // 10 + 1))
    result = load_level(path)
    assert result.level is None and "limit" in result.problems[0].message


def test_file_that_is_not_utf8_is_refused(tmp_path: Path):
    path = tmp_path / "latin.yaml"
    path.write_bytes("format: 1\nx: caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in load_level(path).problems[0].message


def test_newer_format_is_refused_with_an_upgrade_hint():
    p = only_problem(with_replaced("format: 1", "format: 2"))
    assert p.message == "format 2 is newer than this game reads (1)" and "update" in p.hint


def test_missing_format_is_refused():
    p = only_problem(MINIMAL.replace("format: 1\n", ""))
    assert p.message == "missing 'format'"


def test_portrait_outside_the_assets_folder_is_refused():
    character = (
        "characters:\n  - {id: wei, name: Wei, bio: A friend., score: 5,"
        " portrait: ../../etc/passwd}\n"
    )
    p = only_problem(with_replaced("rules:", character + "rules:"))
    assert "leaves the assets folder" in p.message


def test_control_character_is_refused_at_its_position():
    p = only_problem("format: 1\nx: a\x1fb\n")
    assert (p.line, p.column) == (2, 5) and "control character (U+001F)" in p.message


def test_pure_python_parser_finds_problems_where_libyaml_does(monkeypatch):
    texts = [
        MINIMAL,
        "format: 1\nmeta: [unclosed\n",
        with_replaced("  year: 2020", "  year: 2020\n  year: 1"),
    ]
    fast = [load_level_text(t, "x.yaml") for t in texts]
    monkeypatch.setattr(yaml_source, "_FAST_LOADER", None)
    slow = [load_level_text(t, "x.yaml") for t in texts]

    def where(results):
        return [[(p.line, p.column) for p in r.problems] for r in results]

    assert where(slow) == where(fast)
    assert slow[0].level.spec == fast[0].level.spec


def test_pure_python_parser_refuses_an_alias_bomb(monkeypatch):
    monkeypatch.setattr(yaml_source, "_FAST_LOADER", None)
    lines = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 80)]
    assert "aliases" in only_problem("\n".join(lines) + "\n").message


def test_a_tab_in_the_indentation_is_named_as_a_tab():
    p = only_problem(with_replaced("  name: Ana", "\tname: Ana"))
    assert p.message == "YAML syntax error: a tab (YAML indents with spaces only)"
    assert p.hint == "replace it with spaces" and p.column == 1


def test_a_key_indented_off_its_list_entry_says_so_in_plain_words():
    text = with_replaced("    delta: 5", "   delta: 5")
    p = only_problem(text)
    assert (
        p.message
        == "YAML syntax error: this line is not indented like the list entry it belongs to"
    )
    assert "'- '" in p.hint and p.line == text.splitlines().index("   delta: 5") + 1


def test_an_unquoted_colon_in_a_flow_mapping_hints_at_quoting():
    p = only_problem(with_replaced("{id: apple, label: Apple,", "{id: apple, label: Apple: red,"))
    assert p.message == "YAML syntax error: an unexpected ':' inside {...} or [...]"
    assert p.hint.startswith("quote text that contains ': '")


def test_no_yaml_syntax_message_uses_the_parsers_grammar_words():
    broken = [
        with_replaced("  name: Ana", "\tname: Ana"),
        with_replaced("    delta: 5", "   delta: 5"),
        with_replaced("  title: Tiny", " title: Tiny"),
        with_replaced("  title: Tiny", "  title: Tiny: small"),
        with_replaced("  title: Tiny", "  title: 'Tiny"),
        with_replaced("  title: Tiny", "  title: @Tiny"),
        with_replaced("{id: high, label: High,", "{id: high, label:\n  - High,"),
    ]
    for text in broken:
        message = only_problem(text).message
        assert not any(w in message for w in ("token", "indicator", "block", "scalar", "node")), (
            message
        )


def _both_parsers(text: str, monkeypatch) -> list[list[str]]:
    """The problems' messages from LibYAML's loader and from PyYAML's own."""
    fast = [p.message for p in load_level_text(text, "x.yaml").problems]
    monkeypatch.setattr(yaml_source, "_FAST_LOADER", None)
    slow = [p.message for p in load_level_text(text, "x.yaml").problems]
    return [fast, slow]


def test_nesting_past_the_limit_is_refused_alike_by_both_parsers(monkeypatch):
    deep = yaml_source.MAX_DEPTH  # the top mapping is one level, so this list is one more
    text = MINIMAL + "notes: " + "[" * deep + "1" + "]" * deep + "\n"
    refused = f"YAML refused: nested more than {yaml_source.MAX_DEPTH} levels deep"
    assert _both_parsers(text, monkeypatch) == [[refused], [refused]]


def test_nesting_at_the_limit_is_read_by_both_parsers(monkeypatch):
    deep = yaml_source.MAX_DEPTH - 1
    text = MINIMAL + "notes: " + "[" * deep + "1" + "]" * deep + "\n"
    assert not any("nested" in m for messages in _both_parsers(text, monkeypatch) for m in messages)


def test_aliases_past_the_limit_are_refused_alike_by_both_parsers(monkeypatch):
    refs = ", ".join(["*a"] * (yaml_source.MAX_ALIASES + 1))
    text = MINIMAL + f"anchor: &a [1, 2]\nnotes: [{refs}]\n"
    refused = f"YAML refused: more than {yaml_source.MAX_ALIASES} aliases (alias bomb?)"
    assert _both_parsers(text, monkeypatch) == [[refused], [refused]]


def test_an_anchor_of_many_values_used_a_few_times_counts_one_alias_per_use():
    many = ", ".join(f"k{i}: {i}" for i in range(3 * yaml_source.MAX_ALIASES))
    text = MINIMAL + f"anchor: &a {{{many}}}\nnotes: [*a, *a, *a]\n"
    assert not any("alias" in p.message for p in load_level_text(text, "x.yaml").problems)


def test_an_alias_bomb_under_the_alias_limit_stops_at_the_value_limit():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):  # 63 aliases, expanding to 9^8 values
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    p = only_problem("\n".join(lines) + "\n")
    assert p.message == (
        f"YAML refused: more than {yaml_source.MAX_NODES} values after expanding aliases"
    )


def test_a_file_past_the_value_limit_is_refused_before_libyaml_composes_it(monkeypatch):
    composed = []
    fast = yaml_source._FAST_LOADER
    compose = fast.get_single_node
    monkeypatch.setattr(fast, "get_single_node", lambda self: composed.append(1) or compose(self))
    values = ",".join("1" * (yaml_source.MAX_NODES + 1))
    p = only_problem(MINIMAL + f"notes: [{values}]\n")
    assert p.message == f"YAML refused: more than {yaml_source.MAX_NODES} values"
    assert composed == []


def test_an_anchor_name_used_twice_is_named_as_such_with_both_parsers(monkeypatch):
    text = "format: 1\na: &x 1\nb: &x 2\n"
    fast = only_problem(text)
    monkeypatch.setattr(yaml_source, "_FAST_LOADER", None)
    for p in (fast, only_problem(text)):
        assert p.message == "YAML syntax error: this anchor (&name) is already used above"
        assert (p.line, p.column) == (3, 4)
