"""Effects: what a scripted event, a prompt answer or a service outcome does to the world.

```yaml
effects:
  money: -200
  set_flags: [listed]
  score: {factor: behaviour, delta: -30, reason: "Camera match: jaywalking", evidence: game}
  enable_rules: [posts_count]
  fabricated_post: critical_tiananmen
  prompt: data_sharing
  restrict: [no_flights]
  characters: [{id: wei, score: -40, joins: true}]
```
"""

from pydantic import Field

from game.core.spec.base import (
    MONEY_LIMIT,
    SCORE_LIMIT,
    Evidence,
    Id,
    Label,
    Sourced,
    Spec,
    Text,
    Whole,
)


class DirectScore(Sourced):
    """A score change that comes from the story rather than from an action rule."""

    delta: Whole = Field(ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Points added (negative to remove)."""
    factor: Id | None = None
    """The factor it counts against; the level's first factor when left out."""
    reason: Text
    """What the player may read about why."""
    disputable: bool = False
    """True when this change is an error the player can dispute (where the regime allows it)."""


class CharacterChange(Spec):
    """A change to one character."""

    id: Id
    """The character."""
    score: Whole = Field(default=0, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Points added to the character's own score."""
    joins: bool | None = None
    """True: the character joins the scheme (triggers `friend_joined` rules if a friend).
    An event's bulletin, or the effects' `message`, tells the player of the join; with
    neither, the engine adds the notice "NAME joined the scheme.", so it is said once."""
    befriends: bool | None = None
    """True: the character becomes the player's friend; False: they drop the player."""


class Effects(Spec):
    """Applied in the order the keys are listed here."""

    message: Text | None = None
    """A line shown to the player when this happens."""
    money: Whole = Field(default=0, ge=-MONEY_LIMIT, le=MONEY_LIMIT)
    """Money added to (or taken from) the player."""
    set_flags: tuple[Id, ...] = ()
    """Story flags to set."""
    clear_flags: tuple[Id, ...] = ()
    """Story flags to clear."""
    score: DirectScore | None = None
    """A direct score change, with its reason and evidence."""
    enable_rules: tuple[Id, ...] = ()
    """Rules (with `enabled: false`) that start to count from now on."""
    disable_rules: tuple[Id, ...] = ()
    """Rules that stop counting from now on."""
    fabricated_post: Id | None = None
    """A post published in the player's name without their action; post rules still fire."""
    prompt: Id | None = None
    """A prompt the player must answer (consent, disclosure...)."""
    restrict: tuple[Id, ...] = ()
    """Restrictions imposed directly, whatever the score."""
    lift: tuple[Id, ...] = ()
    """Direct restrictions lifted."""
    grant: tuple[Id, ...] = ()
    """Perks granted directly, whatever the score."""
    revoke: tuple[Id, ...] = ()
    """Directly granted perks taken back."""
    characters: tuple[CharacterChange, ...] = ()
    """Changes to characters."""
    actions: Whole = Field(default=0, ge=-10, le=10)
    """Actions added to (or taken from) today's budget."""


class Bulletin(Sourced):
    """A morning news item or notice."""

    evidence: Evidence | None = None  # type: ignore[assignment]
    """How well supported it is, shown after its text ("(Reported)"). Left out, the bulletin is
    part of the level's story (a friend's news, a how-to-play note) and shows no label; give one
    when it tells of the real world or of a number the game made up (`game`)."""

    headline: Label
    """The title shown on the bulletin card."""
    text: Text
    """The body of the bulletin."""
