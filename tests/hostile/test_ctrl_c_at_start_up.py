"""Ctrl+C while a command is still starting (its imports take a few tenths of a second)
ends it with status 130 and no traceback, as it does once the command runs: it printed
numpy's import traceback and died of the signal."""

from game.cli import main as cli


def test_ctrl_c_while_the_command_s_modules_are_imported_exits_130(monkeypatch):
    def interrupted(only=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "build_parser", interrupted)
    assert cli.main(["simulate", "nosedive"]) == 130
