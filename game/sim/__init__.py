"""Headless play: bots, episodes, batch simulation. Never imports pygame."""
