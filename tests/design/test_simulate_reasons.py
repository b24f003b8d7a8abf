"""`simulate` says why a goal that needs one action was missed when the bot never took it:
the gate that kept the action from being offered, or that it chose other actions."""

from game.cli.main import main


def missed_party(capsys, path) -> str:
    assert main(["simulate", str(path), "--strategy", "conformist", "--runs", "3"]) == 0
    out = capsys.readouterr().out.replace("\n      ", " ")  # a long reason wraps, indented
    return next(line for line in out.splitlines() if "goal party missed" in line)


def test_a_service_the_bot_never_applied_for_is_said_to_be_never_applied_for(
    capsys, write_level, tutorial_text
):
    line = missed_party(capsys, write_level(tutorial_text))
    assert line.endswith("not used_service: hall (never applied for)"), line


def test_a_service_whose_requires_never_held_names_its_requires(capsys, write_level, tutorial_text):
    old = "    blocked_by: [no_hall]\n"
    text = tutorial_text.replace(old, old + "    requires: {score_at_least: 99}\n", 1)
    line = missed_party(capsys, write_level(text))
    assert "(never applied for: its requires score_at_least: 99 did not hold)" in line, line


def test_the_rule_counts_stay_in_one_column_when_a_rule_id_is_long(
    capsys, write_level, tutorial_text
):
    long_id = "tidy_stairwell_rewarded_by_the_committee_chair"
    path = write_level(tutorial_text.replace("tidy_stairwell", long_id))
    assert main(["simulate", str(path), "--strategy", "conformist", "--runs", "2"]) == 0
    out = capsys.readouterr().out
    block = out.split("rules that moved the score")[1].split("chosen most")[0]
    rows = [row for row in block.splitlines()[1:] if row.strip()]
    assert len(rows) >= 2 and len({row.index("x  ") for row in rows}) == 1, rows


def test_a_service_the_bot_could_not_pay_for_says_what_it_costs(capsys, write_level, tutorial_text):
    old = "    price: 20\n    blocked_by: [no_hall]\n"
    assert old in tutorial_text
    line = missed_party(capsys, write_level(tutorial_text.replace(old, old.replace("20", "900"))))
    assert line.endswith("(never applied for: it costs 900, more than the bot had at the end)"), (
        line
    )
