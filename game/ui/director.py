"""What scenes may ask of the game's flow: the director's protocol.

Scenes never import each other; they ask the director (game/ui/scenes/flow.py implements
this protocol) for the next scene, so each scene module stands on its own.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from game.core.level import Level
from game.ui.play import PlaySession


@dataclass
class LevelEntry:
    """A level file as level select lists it."""

    path: Path
    level: Level | None
    problems: list[str] = field(default_factory=list)


class SceneDirector(Protocol):
    """Moves the player between scenes and keeps the run's saves."""

    designer: bool
    """Designer tools on (`--watch` or `--debug`): F12 opens the inspector."""

    def title(self) -> None: ...
    def level_select(self) -> None: ...
    def new_game(self, level: Level) -> None: ...
    def resume(self, level: Level) -> None: ...
    def play(self, session: PlaySession) -> None: ...
    def debrief(self, session: PlaySession) -> None: ...
    def next_level(self, level: Level) -> None: ...
    def continue_offer(self) -> tuple[Level, int] | None: ...
    def autosave(self, session: PlaySession) -> str | None: ...
    def day_ended(self, session: PlaySession) -> str | None: ...
    def save(self, session: PlaySession) -> None: ...
    def take_message(self) -> str | None: ...
