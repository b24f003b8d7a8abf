"""Self-voicing: the focused control, toasts and the evening report read aloud, off by default.

Speech is made by pyttsx3 (the optional `voice` extra: `pip install -e '.[voice]'`, over
espeak-ng on Linux, SAPI on Windows, the system voice on macOS) into a WAV file, then played
through the game's own mixer: pyttsx3's own playback blocks the frame loop and cannot be
cut off when focus moves on. Without pyttsx3, a voice or sound, `problem` says so in words.
"""

import contextlib
import io
import shutil
import tempfile
import weakref
from pathlib import Path

import pygame

from game.ui.audio import Audio, quiet_stderr
from game.ui.store import Settings

NO_VOICE = (
    "Read aloud needs a text-to-speech voice: install espeak-ng (Linux) and then "
    "pip install 'citizen-score[voice]'."
)
NO_SOUND = "Read aloud needs sound, and no audio device was found."
MAX_CHARS = 600
"""Longer text is cut before speaking (the evening report stays well under it)."""


class Voice:
    """Speaks one thing at a time; anything new interrupts what is being said."""

    def __init__(self, settings: Settings, audio: Audio) -> None:
        self.settings = settings
        self.audio = audio
        self.problem: str | None = None
        self.spoken: list[str] = []
        """What was said, newest last (a short history, for tests and the pause menu)."""
        self._engine: object | None = None
        self._folder: Path | None = None
        self._channel: pygame.mixer.Channel | None = None
        self._focus_seen: weakref.ref | None = None
        """The control last read out (weak: a closed scene's widgets must be freed)."""

    @property
    def on(self) -> bool:
        return self.settings.voice and self.problem is None

    def start(self) -> None:
        """Load the speech engine when self-voicing is on; else set `problem`."""
        if not self.settings.voice or self._engine is not None:
            return
        if not self.audio.ready:
            self.problem = NO_SOUND
            return
        try:
            with quiet_stderr():
                import pyttsx3

                self._engine = pyttsx3.init()
        except Exception:  # any engine failure means "no voice", never a crash
            self.problem = NO_VOICE
            return
        self.problem = None
        self._folder = Path(tempfile.mkdtemp(prefix="citizen-score-voice-"))

    def toggle(self) -> None:
        self.settings.voice = not self.settings.voice
        self.problem = None
        if self.settings.voice:
            self.start()
        else:
            self.silence()

    def say(self, text: str) -> None:
        """Speak now, cutting off whatever was being said."""
        text = " ".join(text.split())[:MAX_CHARS]
        if not (self.on and text and self._engine is not None and self._folder is not None):
            return
        path = self._folder / "speech.wav"
        try:
            with contextlib.redirect_stdout(io.StringIO()), quiet_stderr():
                self._engine.save_to_file(text, str(path))  # type: ignore[attr-defined]
                self._engine.runAndWait()  # type: ignore[attr-defined]
            sound = pygame.mixer.Sound(str(path))
        except Exception:  # a voice that fails mid-game goes quiet, with a reason
            self.problem = NO_VOICE
            return
        self.silence()
        sound.set_volume(max(0.2, self.audio.level))
        self._channel = sound.play()
        self.spoken = [*self.spoken[-15:], text]

    def follow_focus(self, element: object | None, label: str) -> None:
        """Say a control's label when keyboard focus lands on a new one."""
        seen = self._focus_seen() if self._focus_seen is not None else None
        if element is seen:
            return
        self._focus_seen = weakref.ref(element) if element is not None else None
        if element is not None and label:
            self.say(label)

    def silence(self) -> None:
        if self._channel is not None:
            self._channel.stop()
            self._channel = None

    def close(self) -> None:
        self.silence()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
