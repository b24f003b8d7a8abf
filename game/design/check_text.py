"""Text checks: strings too long for the phone screen, and placeholders left from the starter.

Claims without sources are errors the loader reports (`crossrefs`), wherever they appear.
"""

from collections.abc import Iterator

from pydantic import BaseModel

from game.core.level_spec import LevelSpec
from game.core.rules.base import RuleBase
from game.core.spec.catalog import FeedPost, Post
from game.core.spec.effects import Bulletin, DirectScore
from game.core.spec.intended import Check
from game.design.findings import Finding
from game.design.limits import BULLETIN_TEXT_MAX, LABEL_MAX, POST_TEXT_MAX, REASON_MAX
from game.design.walk import owner_id, walk

STARTER_MARK = "replace this"
"""Words every placeholder of `new-level`'s starter level holds (game.design.starter)."""

_LABEL_FIELDS = ("label", "title", "name", "headline")


def _limits(model: BaseModel) -> Iterator[tuple[str, int, str]]:
    """(field, most characters, what it is) for the text fields of one model."""
    for name in _LABEL_FIELDS:
        if name in type(model).model_fields:
            yield name, LABEL_MAX, name
    if isinstance(model, Post | FeedPost):
        yield "text", POST_TEXT_MAX, "post text"
    if isinstance(model, RuleBase | DirectScore):
        yield "reason", REASON_MAX, "reason"
    if isinstance(model, Bulletin):
        yield "text", BULLETIN_TEXT_MAX, "bulletin text"


def long_texts(spec: LevelSpec) -> Iterator[Finding]:
    """Every string longer than the screen shows without cutting it."""
    for path, model in walk(spec):
        for name, most, what in _limits(model):
            value = getattr(model, name)
            if isinstance(value, str) and len(value) > most:
                yield Finding(
                    Check.LONG_TEXT,
                    owner_id(spec, path),
                    (*path, name),
                    f"{what} is {len(value)} characters; the screen shows {most}",
                    "shorten it; put detail in a description or the debrief",
                )


def starter_leftovers(spec: LevelSpec) -> Iterator[Finding]:
    """Every placeholder `new-level` wrote that is still there: level select, the cards and
    the debrief would show it to players as it stands."""
    for path, model in walk(spec):
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            texts = value if isinstance(value, tuple) else (value,)
            for i, text in enumerate(texts):
                if isinstance(text, str) and STARTER_MARK in text.lower():
                    key = (*path, info.alias or name)
                    yield Finding(
                        Check.STARTER_TEXT,
                        owner_id(spec, path),
                        (*key, i) if isinstance(value, tuple) else key,
                        f"'{text}' is the starter level's placeholder",
                        "write the level's own words here",
                    )
