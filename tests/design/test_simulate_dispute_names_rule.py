"""`simulate` names a disputed change by the rule behind it in 'chosen most', not by the
change's internal number, which tells a designer nothing."""

from game.cli.main import main

AUDIT = """\
  - id: camera_misread
    kind: chance
    probability: 1
    delta: -5
    reason: A camera misread you.
    disputable: true
"""


def test_chosen_most_names_the_rule_whose_change_the_bot_disputed(
    capsys, write_level, tutorial_text
):
    text = tutorial_text.replace("  start: 50\n", "  start: 50\n  dispute: true\n", 1)
    text = text.replace("rules:\n", "rules:\n" + AUDIT, 1)
    assert text.count("dispute: true") == 1 and AUDIT in text
    assert (
        main(["simulate", str(write_level(text)), "--strategy", "conformist", "--runs", "2"]) == 0
    )
    chosen = next(line for line in capsys.readouterr().out.splitlines() if "chosen most" in line)
    assert "dispute camera_misread (" in chosen, chosen
