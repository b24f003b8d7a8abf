"""A code that ends in a symbol (* ~ $ =) is quoted in every command `class new` and the
collector print, so the teacher can paste them: unquoted, "CS-8E2D-6F20-0D*" is a pattern of
file names to the shell ("no matches found" in zsh, a Mac's shell; in bash, the name of any
file it matches), and the command never got the code."""

import subprocess
from pathlib import Path

from game.classroom.code import make_code
from game.cli.main import main
from tests.classroom.test_serve_stopped import _serve_then_ctrl_c


def seed_ending_in(level, symbol: str, collect: str | None = None) -> tuple[int, str]:
    for seed in range(2000):
        text = make_code(level.id, level.content_hash, seed, collect=collect).text
        if text.endswith(symbol):
            return seed, text
    raise AssertionError(f"no seed below 2000 ends in {symbol}")


def as_the_shell_reads(line: str, cwd: Path) -> list[str]:
    """The words a shell that refuses unmatched patterns (as zsh does) passes to the
    command on this line, or a failure."""
    words = line.strip().replace("citizen-score", "printf '%s\\n'", 1)
    done = subprocess.run(
        ["bash", "-O", "failglob", "-c", words], cwd=cwd, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def commands(out: str) -> list[str]:
    """Each command printed, without the words around it ("Students: ... (or 'Join a
    class' on the title screen)")."""
    return [
        line[line.index("citizen-score ") :].split("   (")[0]
        for line in out.splitlines()
        if "citizen-score " in line
    ]


def test_the_commands_class_new_prints_pass_a_code_ending_in_a_symbol_whole(
    capsys, tmp_path, sesame
):
    seed, code = seed_ending_in(sesame, "*")
    assert main(["class", "new", "sesame_garden", "--seed", str(seed)]) == 0
    printed = commands(capsys.readouterr().out)
    assert len(printed) == 2
    for line in printed:
        assert code in as_the_shell_reads(line, tmp_path)


def test_the_commands_for_a_collecting_code_ending_in_a_symbol_pass_it_whole(
    capsys, tmp_path, sesame
):
    seed, code = seed_ending_in(sesame, "*", collect="127.0.0.1:8765")
    db = tmp_path / "class.db"
    argv = ["class", "new", "sesame_garden", "--seed", str(seed), "--collect", "127.0.0.1:8765"]
    assert main([*argv, "--db", str(db)]) == 0
    printed = commands(capsys.readouterr().out)
    assert len(printed) == 3
    for line in printed:
        assert code in as_the_shell_reads(line, tmp_path)


def test_the_report_command_printed_when_the_collector_stops_passes_the_code_whole(
    tmp_path, sesame
):
    _, code = seed_ending_in(sesame, "*", collect="127.0.0.1:8765")
    out = _serve_then_ctrl_c(tmp_path, "--db", str(tmp_path / "class.db"), "--session", code)
    (line,) = commands(out)
    assert code in as_the_shell_reads(line, tmp_path)
