"""The pure simulation: level models, loader, world and engine. Never imports pygame."""
