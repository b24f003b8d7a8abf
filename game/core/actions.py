"""What a player (or a bot) can do. Actions are plain data, so a record is a list of them."""

from dataclasses import dataclass

from game.core.values import quick_init

MAX_ID_CHARS = 48
"""Verbs, targets and options are ids, which a level keeps to 48 characters."""


@quick_init
@dataclass(frozen=True, slots=True)
class Action:
    """A verb with what it is about: an item, post, feed post, character, service, change id
    (dispute) or prompt (answer, with `option`)."""

    verb: str
    target: str = ""
    option: str = ""

    def to_json(self) -> list[str]:
        return [self.verb, self.target, self.option] if self.option else [self.verb, self.target]

    @classmethod
    def from_json(cls, value: object) -> "Action":
        """Parse a recorded action's shape; raises ValueError with a readable message.
        Whether the verb exists is the verb registry's to say (`record.action_from_json`)."""
        text = repr(value)
        shown = text if len(text) <= 60 else text[:57] + "..."
        if not isinstance(value, list) or not 1 <= len(value) <= 3:
            raise ValueError(f"an action is a list of 1 to 3 strings, not {shown}")
        if not all(isinstance(v, str) and len(v) <= MAX_ID_CHARS for v in value):
            raise ValueError(f"unknown action {shown}")
        return cls(*value)

    def __str__(self) -> str:
        return " ".join(p for p in (self.verb, self.target, self.option) if p)


END_DAY = Action("end_day")
