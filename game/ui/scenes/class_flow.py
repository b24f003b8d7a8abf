"""The director's class routes: joining with a code, keeping results when a level ends, and
the projector debrief. A mixin, so the scene flow itself changes by a line or two."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from game.classroom.client import send_join
from game.classroom.code import SessionCode
from game.classroom.files import list_results, results_dir
from game.classroom.finish import NICKNAME_TAKEN, Finished, finish_level
from game.classroom.levels import as_played
from game.classroom.results import random_nickname
from game.classroom.seat import Seat
from game.core.level import Level
from game.ui.scenes.class_debrief import ClassSourceScene
from game.ui.scenes.join import JoinScene
from game.userfiles import data_dir

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.play import PlaySession

JOIN_TIMEOUT = 1.0
"""Telling the dashboard a student joined is best effort: never hold the game up for long."""
HAND_IN_HINT = "To give it to your teacher, press Hand in below and pick their USB stick or folder."


class ClassRoutes:
    """Mixed into the Director (which provides app, seed, message and new_game)."""

    app: App
    seed: int | None
    message: str | None
    seat: Seat | None = None
    _nickname: str | None = None
    last_finished: Finished | None = None
    class_source: str | None = None
    """What the teacher last showed in the Class debrief, offered again when it is reopened:
    to add a session code after a ;, they had to retype a database and a folder."""

    def new_game(self, level: Level) -> None:  # provided by the Director
        raise NotImplementedError

    def title(self) -> None:  # provided by the Director
        raise NotImplementedError

    def nickname(self) -> str:
        """The player's invented nickname for this run of the game."""
        if self._nickname is None:
            self._nickname = random_nickname(np.random.default_rng())
        return self._nickname

    def join_class(self) -> None:
        self.app.replace(JoinScene(self.app.kit, self.app, self))  # type: ignore[arg-type]

    def start_class(self, code: SessionCode, level: Level, nickname: str) -> None:
        """Play the teacher's scenario: the code's seed, and scores hidden if it says so."""
        self.seat = Seat(code, level.id, nickname)
        self._nickname = nickname
        if code.collect is not None:
            send_join(code, nickname, JOIN_TIMEOUT)
        self.seed = code.seed
        self.new_game(as_played(level, code))

    def seat_for(self, session: PlaySession) -> Seat | None:
        """The class seat this run is played in, if any (saves keep it with the run)."""
        seat = self.seat
        return seat if seat is not None and seat.covers(session.level.id, session.seed) else None

    def take_seat(self, seat: Seat, level: Level) -> Level:
        """A saved class run is continued: the class again, and the level as the class plays
        it (tiers only with --hide-scores)."""
        self.seat, self._nickname, self.seed = seat, seat.nickname, seat.code.seed
        return as_played(level, seat.code)

    def keep_results(self, session: PlaySession) -> None:
        """A finished level: write the results file (always) and send it if the class collects."""
        seat = self.seat_for(session)
        try:
            self.last_finished = finish_level(
                seat.code if seat else None,
                seat.nickname if seat else self.nickname(),
                session.level,
                session.seed,
                session.actions,
                session.outcome(),
            )
        except ValueError as exc:  # a run a results file cannot describe: say so, play on
            self.message = f"Your results could not be kept: {exc}"
            return
        self.message = "\n".join(_note_for(self.last_finished, in_class=seat is not None)) or None

    def hand_in_file(self, session: PlaySession) -> Path | None:
        """The results file of this finished class run while it still needs handing in: the
        class collects files only, or sending it failed."""
        done = self.last_finished
        if done is None or done.path is None or self.seat_for(session) is None:
            return None
        if done.results.level_id != session.level.id or done.results.seed != session.seed:
            return None
        return done.path if done.delivery is None or not done.delivery.ok else None

    def _remember(self, source: str) -> None:
        self.class_source = source

    def class_debrief(self) -> None:
        source = self.class_source or default_source()
        scene = ClassSourceScene(self.app.kit, self.app, self, source, self._remember)  # type: ignore[arg-type]
        self.app.replace(scene)


def _note_for(finished: Finished, *, in_class: bool) -> list[str]:
    """What the debrief says about the results file: in a class, where it is and whether it
    was sent (a student may have to hand it in); alone, only a problem, since the file is
    kept quietly for a later class debrief and a path would lead the player's own story."""
    if in_class:
        sent = finished.delivery
        files_only = finished.path is not None and sent is None
        # not sent (the teacher's computer did not answer): "Hand in the file instead" said
        # nothing of the button that does it; a nickname taken may be a game played again,
        # which must not be handed in, so its own hint stands alone
        not_sent = (
            finished.path is not None
            and sent is not None
            and not sent.ok
            and sent.status != NICKNAME_TAKEN
        )
        return finished.lines() + ([HAND_IN_HINT] if files_only or not_sent else [])
    return [finished.problem] if finished.problem else []


def default_source() -> str:
    """The class database if this machine has collected one, else the kept results folder."""
    db = data_dir() / "classroom" / "class.db"
    if db.is_file():
        return str(db)
    return str(results_dir()) if list_results() else ""
