"""The command line's commands: name to (module, one-line help). Data only, so the CLI builds
its parser from it and the designer reference lists it without importing the CLI."""

COMMANDS = {
    "play": ("game.cli.play_cmd", "play a level in a window (the default)"),
    "validate": ("game.cli.validate_cmd", "check level files and report problems"),
    "autoplay": ("game.cli.autoplay_cmd", "play a level headless with a bot and record it"),
    "replay": ("game.cli.replay_cmd", "re-run a session record and compare every event"),
    "debrief": ("game.cli.debrief_cmd", "a session record's debrief as text or one HTML page"),
    "simulate": ("game.cli.simulate_cmd", "play a level many times per strategy (balance)"),
    "lint": ("game.cli.lint_cmd", "validate plus design checks for level files"),
    "schema": ("game.cli.schema_cmd", "print the JSON Schema of the level format"),
    "new-level": ("game.cli.new_level_cmd", "write a commented starter level"),
    "bench": ("game.cli.bench_cmd", "measure frame times of every scene headless"),
    "society": ("game.cli.society_cmd", "run a level's rules over a whole population"),
    "class": ("game.cli.class_cmd", "classroom sessions: new code, serve, report"),
}
