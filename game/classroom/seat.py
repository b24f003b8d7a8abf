"""A player's seat in a class: the session code and nickname of one class run. It is kept in
the run's save, so a class game continued after a restart still sends its results with the
code, and still hides scores when the teacher chose to."""

from dataclasses import dataclass

from game.classroom.code import SessionCode, decode
from game.classroom.results import nickname_problem
from game.core.level import Level


@dataclass(frozen=True)
class Seat:
    """This player's place in a class: the code and the nickname they chose."""

    code: SessionCode
    level_id: str
    nickname: str

    def covers(self, level_id: str, seed: int) -> bool:
        """True for a run of the class's level with the class's seed."""
        return level_id == self.level_id and seed == self.code.seed

    def to_json(self) -> dict[str, str]:
        return {"code": self.code.text, "nickname": self.nickname}


def seat_from_json(data: object, level: Level, seed: int) -> Seat:
    """The seat a save recorded for a run of `level` with `seed`; ValueError (one line) when it
    is not a seat, or is one for another level, version or seed (a hand-edited save)."""
    if not isinstance(data, dict):
        raise ValueError("the class in the save is not an object")
    text, nickname = data.get("code"), data.get("nickname")
    if not isinstance(text, str) or not isinstance(nickname, str):
        raise ValueError("the class in the save needs a code and a nickname")
    code = decode(text)  # CodeError is a ValueError with one line
    if not (code.matches_id(level.id) and code.matches_hash(level.content_hash)):
        raise ValueError("the class code in the save is for another level")
    if code.seed != seed:
        raise ValueError(f"the class code in the save is for seed {code.seed}, not {seed}")
    problem = nickname_problem(nickname)
    if problem:
        raise ValueError(f"the nickname in the save: {problem}")
    return Seat(code, level.id, nickname)
