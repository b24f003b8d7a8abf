"""`--results -` reads as 'to standard output' in most tools; the commands write only files,
so a lone '-' is refused with one line instead of making a file named '-'."""

import pytest

from game.cli.main import main


@pytest.mark.parametrize("option", ["--results", "--record"])
def test_autoplay_refuses_a_lone_dash_as_its_output(option, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["autoplay", "sesame_garden", option, "-"]) != 0
    err = capsys.readouterr().err.strip()
    assert err == (
        "citizen-score autoplay: cannot write -: commands write files, not to standard "
        "output; give a file name"
    )
    assert not (tmp_path / "-").exists()


def test_schema_prints_itself_for_a_lone_dash(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["schema", "--output", "-"]) == 0
    assert capsys.readouterr().out.startswith("{")
    assert not (tmp_path / "-").exists()
