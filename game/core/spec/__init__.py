"""Pydantic models of the level format (version 1); the designer reference is generated from them.

The root model is `game.core.spec.level.LevelSpec`.
"""
