"""A goal met by applying for a service the bot never applied for: when the service's
`requires` held on some days, so the engine offered it, the line says the bot chose other
actions (it said 'its requires ... did not hold', judged on the last evening alone)."""

from pathlib import Path

from game.cli.main import main
from game.design.tutorial import level_text

GATE = "    blocked_by: [no_hall]\n"


def party_line(tmp_path: Path, capsys, requires: str) -> str:
    path = tmp_path / "level.yaml"
    path.write_text(level_text().replace(GATE, GATE + f"    requires: {requires}\n", 1))
    argv = ["simulate", str(path), "--strategy", "conformist", "--runs", "3"]
    assert main(argv) == 0
    out = capsys.readouterr().out.replace("\n      ", " ")  # a long reason wraps, indented
    return next(line for line in out.splitlines() if "goal party missed" in line)


def test_a_service_offered_on_some_days_says_the_bot_chose_other_actions(tmp_path, capsys):
    line = party_line(tmp_path, capsys, "{day_at_most: 2}")
    assert line.endswith(
        "(never applied for: its requires held and it was offered on 2 of 4 days, but the "
        "bot chose other actions)"
    ), line


def test_a_service_offered_every_day_says_so_too(tmp_path, capsys):
    line = party_line(tmp_path, capsys, "{score_at_least: 0}")
    assert "it was offered on 4 of 4 days, but the bot chose other actions" in line, line


def test_a_service_whose_requires_never_held_still_names_its_requires(tmp_path, capsys):
    line = party_line(tmp_path, capsys, "{score_at_least: 99}")
    assert line.endswith("(never applied for: its requires score_at_least: 99 did not hold)"), line


def test_many_workers_say_the_same_as_one(tmp_path, capsys):
    path = tmp_path / "level.yaml"
    path.write_text(level_text().replace(GATE, GATE + "    requires: {day_at_most: 2}\n", 1))
    outs = []
    for workers in ("1", "2"):
        argv = ["simulate", str(path), "--runs", "4", "--workers", workers]
        assert main(argv) == 0
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1] and "offered on 2 of 4 days" in outs[0].replace("\n      ", " ")
