"""What happens when a level ends in a class: the results file is always written (kept,
never deleted), then sent to the teacher's computer if the code says where."""

import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from game.classroom.client import TIMEOUT_SECONDS, Delivery, seat_id, send_results
from game.classroom.code import SessionCode
from game.classroom.files import results_dir, results_name, write_results
from game.classroom.results import Results, make_results, one_line
from game.core.actions import Action
from game.core.level import Level
from game.core.outcome import Outcome

NICKNAME_TAKEN = 409
"""The server's answer when other results under this nickname are already in."""
TAKEN_HINT = (
    "If you played this level before, that game counts and you are done. "
    "If not, hand in the file instead."
)
"""A student who plays again must not hand in a second game: the class would count it twice."""
LOST_HINT = "Tell your teacher now: there is no file to hand in."
"""Neither saved nor sent: the teacher can still note what the student saw."""


@dataclass(frozen=True)
class Finished:
    results: Results
    path: Path | None
    """Where the file went (None if it could not be written)."""
    delivery: Delivery | None
    """What the teacher's computer said (None when the session collects files only)."""
    problem: str | None = None

    def lines(self) -> list[str]:
        """What to tell the student, one line each."""
        out = []
        if self.path is not None:
            out.append(f"Your results are saved in {self.path}")
        if self.problem:
            out.append(self.problem)
        if self.delivery is not None:
            if self.delivery.ok:
                out.append(f"Sent to your teacher: {self.delivery.message}")
            elif self.path is None:
                out.append(f"Not sent: {self.delivery.message}.")
            elif self.delivery.status == NICKNAME_TAKEN:
                out.append(f"Not sent: {self.delivery.message}. {TAKEN_HINT}")
            else:
                out.append(f"Not sent: {self.delivery.message}. Hand in the file instead.")
        if self.path is None and not (self.delivery and self.delivery.ok):
            out.append(LOST_HINT)
        return out


def finish_level(
    code: SessionCode | None,
    nickname: str,
    level: Level,
    seed: int,
    actions: Sequence[Action],
    outcome: Outcome,
    strategy: str = "human",
    path: Path | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> Finished:
    try:
        results = make_results(
            nickname,
            code.text if code else "",
            level.id,
            level.content_hash,
            seed,
            actions,
            outcome,
            strategy,
            seat=seat_id(),  # the class report counts this computer's first game once
            finished=time.time_ns() // 1_000_000,
        )
    except ValidationError as exc:
        raise ValueError(one_line(exc, Results)) from None
    written, problem = _keep(results, path)
    delivery = send_results(code, results, timeout) if code and code.collect else None
    return Finished(results, written, delivery, problem)


def _keep(results: Results, path: Path | None) -> tuple[Path | None, str | None]:
    """Write the results file; when the user folder cannot take it (full, read-only), the
    computer's temporary folder can, so the student still has a file to hand in today."""
    try:
        return write_results(results, path), None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
    if path is None:
        spare = Path(tempfile.gettempdir()) / "citizen-score-results" / results_name(results)
        try:  # a folder every account shares: the student's own, as their files are
            spare.parent.mkdir(mode=0o700, exist_ok=True)
            return write_results(results, spare), (
                f"Your usual folder could not take the file ({reason}), so it went to a "
                "temporary folder: hand it in today"
            )
        except OSError:
            pass
    target = path if path is not None else results_dir() / results_name(results)
    return None, f"Could not save your results file {target}: {reason}"
