"""Everything the engine reports. Events always carry the full truth; the UI decides what to show."""

from dataclasses import dataclass

from game.core.values import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class Event:
    """Base of all events; `day` is when it happened."""

    day: int


@quick_init
@dataclass(frozen=True, slots=True)
class ScoreChanged(Event):
    """The only way a score ever changes, with why and on what evidence."""

    delta: int
    factor: str
    reason: str
    rule_id: str
    source: str
    """file:line:column of the rule or event that caused it."""
    evidence: str
    sources: tuple[str, ...]
    score_after: int
    cause: str
    """The action or happening behind it, in words ("Bought Diapers", "Evening")."""
    change_id: int
    disputable: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class TierChanged(Event):
    old: str
    new: str


@quick_init
@dataclass(frozen=True, slots=True)
class PerkGranted(Event):
    perk: str


@quick_init
@dataclass(frozen=True, slots=True)
class PerkLost(Event):
    perk: str


@quick_init
@dataclass(frozen=True, slots=True)
class RestrictionApplied(Event):
    restriction: str


@quick_init
@dataclass(frozen=True, slots=True)
class RestrictionLifted(Event):
    restriction: str


@quick_init
@dataclass(frozen=True, slots=True)
class ActionRefused(Event):
    action: str
    reason: str


@quick_init
@dataclass(frozen=True, slots=True)
class ActionTaken(Event):
    action: str
    text: str
    """What happened, for the player ("You bought Diapers for 40.")."""


@quick_init
@dataclass(frozen=True, slots=True)
class BulletinShown(Event):
    event_id: str
    headline: str
    text: str
    evidence: str
    """Its evidence label's value; empty for a bulletin of the level's story, with no label."""
    sources: tuple[str, ...]


@quick_init
@dataclass(frozen=True, slots=True)
class Notice(Event):
    """A line of story: a reply, a consequence, a message from the regime."""

    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class PromptShown(Event):
    prompt: str


@quick_init
@dataclass(frozen=True, slots=True)
class PromptAnswered(Event):
    prompt: str
    option: str
    by_default: bool


@quick_init
@dataclass(frozen=True, slots=True)
class TalkStarted(Event):
    """A character's message that waits for the player's reply."""

    talk: str
    character: str


@quick_init
@dataclass(frozen=True, slots=True)
class TalkReplied(Event):
    talk: str
    reply: str
    character: str


@quick_init
@dataclass(frozen=True, slots=True)
class CharacterReacted(Event):
    """A character answers back, mornings after the player's reply."""

    character: str
    text: str
    mood: str


@quick_init
@dataclass(frozen=True, slots=True)
class FriendAdded(Event):
    character: str


REMOVED_BY_PLAYER = "You removed them."
"""FriendLost's reason when the player cut the tie (every other reason is theirs or the story's)."""


@quick_init
@dataclass(frozen=True, slots=True)
class FriendLost(Event):
    character: str
    reason: str


@quick_init
@dataclass(frozen=True, slots=True)
class FeedPosted(Event):
    post: str
    author: str


@quick_init
@dataclass(frozen=True, slots=True)
class PostPublished(Event):
    post: str
    fabricated: bool


@quick_init
@dataclass(frozen=True, slots=True)
class ServiceUsed(Event):
    service: str
    price: int
    text: str


@quick_init
@dataclass(frozen=True, slots=True)
class MoneyChanged(Event):
    """Money bought, earned, lent, repaid or charged, with why (the only way money moves)."""

    delta: int
    reason: str
    balance: int


@quick_init
@dataclass(frozen=True, slots=True)
class BadgeEarned(Event):
    badge: str


@quick_init
@dataclass(frozen=True, slots=True)
class GoalMet(Event):
    goal: str


@quick_init
@dataclass(frozen=True, slots=True)
class GoalFailed(Event):
    goal: str


@quick_init
@dataclass(frozen=True, slots=True)
class DayStarted(Event):
    actions: int


@quick_init
@dataclass(frozen=True, slots=True)
class DayEnded(Event):
    score: int
    money: int


@quick_init
@dataclass(frozen=True, slots=True)
class LevelEnded(Event):
    goals_met: tuple[str, ...]
    goals_failed: tuple[str, ...]
    score: int
    tier: str


NEWS: tuple[type[Event], ...] = (
    BulletinShown,
    PromptShown,
    FeedPosted,
    Notice,
    FriendLost,
    FriendAdded,
    TierChanged,
    PerkGranted,
    PerkLost,
    RestrictionApplied,
    RestrictionLifted,
    GoalMet,
    GoalFailed,
    PostPublished,
    TalkStarted,
    CharacterReacted,
)
"""What a player hears about. An evening with none of these and no score change they can see
is a quiet one."""


def is_news(event: Event, score_shown: bool) -> bool:
    """Whether a player hears of this event (a score change only when the score is shown)."""
    if isinstance(event, NEWS):
        return True
    return score_shown and isinstance(event, ScoreChanged) and event.delta != 0


def describe(event: Event) -> str:
    """A stable one-line rendering, used by replay diffs and the CLI."""
    fields = ", ".join(f"{k}={getattr(event, k)!r}" for k in event.__dataclass_fields__)
    return f"{type(event).__name__}({fields})"
