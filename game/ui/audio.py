"""Sound through pygame's mixer, or silence: a missing device, driver or file never stops the
game and never prints to the terminal.

Sounds are the WAV files scripts/make_sounds.py writes to assets/sounds/ from
game/ui/synth.py. Loading them takes about 0.4 ms; synthesising them at start-up took
about 32 ms (`python scripts/make_sounds.py /tmp/s --time`), so the files are committed.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame

from game.paths import assets_dir
from game.ui.store import Settings
from game.ui.synth import SOUNDS

AMBIENT_LEVEL = 0.25
"""The ambient loop plays this much quieter than the cues."""
HISTORY = 32


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """Hide what C libraries print while probing for audio (ALSA lists every card it cannot
    open); Python errors still raise as usual."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class Audio:
    """The game's cues and ambient loop at the player's volume; silent when muted, when no
    device opens, or before `start`."""

    def __init__(self, settings: Settings, folder: Path | None = None) -> None:
        self.settings = settings
        self.folder = folder or assets_dir() / "sounds"
        self.sounds: dict[str, pygame.mixer.Sound] = {}
        self.problem: str | None = None
        """Why there is no sound (no device, no files), for the pause menu."""
        self.played: list[str] = []
        """The last cues actually sent to the mixer, newest last."""
        self._ambient: pygame.mixer.Channel | None = None

    @property
    def ready(self) -> bool:
        return bool(self.sounds)

    def start(self) -> None:
        """Open the mixer (if pygame.init did not) and load every sound; on any failure stay
        silent and remember why."""
        try:
            with quiet_stderr():
                if pygame.mixer.get_init() is None:
                    pygame.mixer.init(22050, -16, 2, 512)
                self.sounds = {n: pygame.mixer.Sound(str(self.folder / f"{n}.wav")) for n in SOUNDS}
        except (pygame.error, OSError, FileNotFoundError) as exc:
            self.sounds = {}
            self.problem = f"No sound: {str(exc).strip() or 'no audio device'}."
            return
        self.problem = None
        self.apply()

    @property
    def level(self) -> float:
        return 0.0 if self.settings.muted else self.settings.volume / 100

    def play(self, name: str) -> None:
        """Play a cue once; nothing happens when muted or silent."""
        sound = self.sounds.get(name)
        if sound is None or self.level <= 0:
            return
        sound.set_volume(self.level)
        try:
            sound.play()
        except pygame.error:
            return
        self.played = [*self.played[-HISTORY + 1 :], name]

    def apply(self) -> None:
        """Volume or mute changed: the ambient loop follows at once."""
        ambient = self.sounds.get("ambient")
        if ambient is None:
            return
        ambient.set_volume(self.level * AMBIENT_LEVEL)
        if self.level > 0 and (self._ambient is None or not self._ambient.get_busy()):
            self._ambient = ambient.play(loops=-1)
        elif self.level <= 0 and self._ambient is not None:
            self._ambient.stop()
            self._ambient = None

    def stop(self) -> None:
        if self.ready and pygame.mixer.get_init():
            pygame.mixer.stop()
        self._ambient = None

    def close(self) -> None:
        """Stop every sound, then close the device, before pygame.quit: closing a device that
        is still playing waits for its audio thread to drain (seconds on some systems)."""
        if pygame.mixer.get_init():
            pygame.mixer.stop()
            with quiet_stderr():
                pygame.mixer.quit()
        self.sounds, self._ambient = {}, None
