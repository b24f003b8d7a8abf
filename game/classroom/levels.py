"""Which level a session code means, with a clear message when it is missing or changed."""

from collections.abc import Iterable
from dataclasses import replace

from game.classroom.code import CodeError, SessionCode, decode
from game.core.content.loader import load_level
from game.core.level import Level
from game.core.spec.score import Display
from game.design.debrief.chart import without_range
from game.paths import level_files


def shipped_levels() -> list[Level]:
    """Every level file in the levels folder that loads cleanly."""
    out = []
    for path in level_files():
        result = load_level(path)
        if result.ok and result.level is not None:
            out.append(result.level)
    return out


def level_for(code: SessionCode, levels: Iterable[Level]) -> Level:
    """The level a code was made for; CodeError if it is not here or is another version."""
    same_id = [lv for lv in levels if code.matches_id(lv.id)]
    for level in same_id:
        if code.matches_hash(level.content_hash):
            return level
    if same_id:
        names = ", ".join(f"'{lv.spec.meta.title}'" for lv in same_id)
        raise CodeError(
            f"your copy of {names} is a different version from your teacher's: "
            "ask for a new code or update the game"
        )
    raise CodeError("this code is for a level this game does not have: ask your teacher")


def resolve(text: str, levels: Iterable[Level] | None = None) -> tuple[SessionCode, Level]:
    """A typed code and its level; CodeError (one line) for a typo, a missing or changed level."""
    code = decode(text)
    return code, level_for(code, shipped_levels() if levels is None else levels)


def as_played(level: Level, code: SessionCode) -> Level:
    """The level as a class plays it: with --hide-scores, tiers show but numbers do not.
    Same content hash: the rules and the scenario are unchanged, only what is shown."""
    score = level.spec.score
    if not code.hide_scores or score.display != Display.EXACT:
        return level
    spec = level.spec.model_copy(
        update={"score": score.model_copy(update={"display": Display.TIER})}
    )
    return without_numbers(replace(level, spec=spec))


def without_numbers(level: Level) -> Level:
    """The level with each tier's name cut before its bracketed range: with --hide-scores,
    "Prime (4.50 and up)" would give the hidden numbers away, so it is "Prime". Same content
    hash, as for `as_played`: only what is shown changes."""
    tiers = tuple(t.model_copy(update={"label": without_range(t.label)}) for t in level.spec.tiers)
    if [t.label for t in tiers] == [t.label for t in level.spec.tiers]:
        return level
    return replace(level, spec=level.spec.model_copy(update={"tiers": tiers}))
