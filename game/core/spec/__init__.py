"""Pydantic models of the level format (version 1); the designer reference is generated from them.

The root model, `LevelSpec`, is in `game.core.level_spec`: it sits above the rule kinds
(`game.core.rules`), which build on these parts.
"""
