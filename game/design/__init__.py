"""Designer tools that read level files through the game's own loader and models.

Nothing here imports pygame: the reference, the schema, the starter level and the linter
run headless, in CI and in a designer's terminal.
"""
