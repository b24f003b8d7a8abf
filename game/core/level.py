"""A loaded level: the validated spec plus indexes the engine reads on every step."""

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from game.core.conditions import reads
from game.core.level_spec import LevelSpec
from game.core.rules import END_OF_DAY_KINDS, Rule
from game.core.rules.action import ActionRule
from game.core.rules.friend_joined import FriendJoinedRule
from game.core.rules.streak import StreakRule
from game.core.spec.catalog import FeedPost, Item, Post
from game.core.spec.characters import Character
from game.core.spec.score import Perk, Restriction, Tier
from game.core.spec.services import Service
from game.core.spec.story import Prompt, PromptOption
from game.core.spec.talks import Talk


def character_tags(c: Character) -> frozenset[str]:
    """A character's traits plus their relation (family, colleague...), as rules match them."""
    return frozenset((*c.tags, c.relation.value))


def post_tags(p: Post) -> frozenset[str]:
    """A post's tags plus its tone, as rules and conditions see a post the player published."""
    return frozenset((*p.tags, p.tone))


MADE_AT_MOST = 4096
"""Values a level keeps for reuse (`Level.made`) before it forgets them and starts again."""


@dataclass(frozen=True, repr=False)
class Level:
    """Immutable: content never changes while a world runs on it."""

    spec: LevelSpec
    file: str
    content_hash: str
    rule_sources: Mapping[str, str] = field(default_factory=dict)
    """Rule or event id to its 'file:line:column', carried by every score change."""

    def __post_init__(self) -> None:
        spec = self.spec
        index = {
            "items": {i.id: i for i in spec.items},
            "posts": {p.id: p for p in spec.posts},
            "feed": {p.id: p for p in spec.feed},
            "characters": {c.id: c for c in spec.characters},
            "services": {s.id: s for s in spec.services},
            "prompts": {p.id: p for p in spec.prompts},
            "options": {o.id: (p, o) for p in spec.prompts for o in p.options},
            "talks": {t.id: (c, t) for c in spec.characters for t in c.talks},
            "perks": {p.id: p for p in spec.perks},
            "restrictions": {r.id: r for r in spec.restrictions},
            "rules": {r.id: r for r in spec.rules},
            "tiers": tuple(sorted(spec.tiers, key=lambda t: t.min)),
            "tier_mins": tuple(sorted(t.min for t in spec.tiers)),
            "character_ids": tuple(c.id for c in spec.characters),
            "character_index": {c.id: i for i, c in enumerate(spec.characters)},
            "character_tags": {c.id: character_tags(c) for c in spec.characters},
            "post_tags": {p.id: post_tags(p) for p in spec.posts},
            "feed_tags": {p.id: frozenset(p.tags) for p in spec.feed},
            "item_tags": {i.id: frozenset(i.tags) for i in spec.items},
            "factor_labels": {f.id: f.label for f in spec.score.factors},
            "character_drift": tuple(float(c.drift) for c in spec.characters),
            "character_volatility": tuple(float(c.volatility) for c in spec.characters),
            "instant": spec.score.update == "instant",
            "tier_perks": {t.id: frozenset(t.perks) for t in spec.tiers},
            "tier_restrictions": {t.id: frozenset(t.restrictions) for t in spec.tiers},
            "conditional_perks": tuple(p for p in spec.perks if p.when is not None),
            "conditional_restrictions": tuple(r for r in spec.restrictions if r.when is not None),
            "condition_fields": tuple(
                sorted(reads(h.when for h in (*spec.perks, *spec.restrictions)))
            ),
            "made": {},
        }
        by_kind: dict[str, list[ActionRule]] = {}
        for rule in spec.rules:
            if isinstance(rule, ActionRule):
                by_kind.setdefault(rule.when.action.value, []).append(rule)
        index["action_rules"] = {k: tuple(v) for k, v in by_kind.items()}
        index["evening_rules"] = tuple(r for r in spec.rules if r.kind in END_OF_DAY_KINDS)
        index["streak_rules"] = tuple(r for r in spec.rules if isinstance(r, StreakRule))
        joined = tuple(r for r in spec.rules if isinstance(r, FriendJoinedRule))
        index["friend_joined_rules"] = joined
        for name, value in index.items():
            object.__setattr__(self, name, value)

    items: Mapping[str, Item] = field(init=False)
    posts: Mapping[str, Post] = field(init=False)
    feed: Mapping[str, FeedPost] = field(init=False)
    characters: Mapping[str, Character] = field(init=False)
    services: Mapping[str, Service] = field(init=False)
    prompts: Mapping[str, Prompt] = field(init=False)
    options: Mapping[str, tuple[Prompt, PromptOption]] = field(init=False)
    talks: Mapping[str, tuple[Character, Talk]] = field(init=False)
    perks: Mapping[str, Perk] = field(init=False)
    restrictions: Mapping[str, Restriction] = field(init=False)
    rules: Mapping[str, object] = field(init=False)
    tiers: tuple[Tier, ...] = field(init=False)
    tier_mins: tuple[int, ...] = field(init=False)
    """Each tier's minimum, in `tiers` order (for a binary search)."""
    character_ids: tuple[str, ...] = field(init=False)
    character_index: Mapping[str, int] = field(init=False)
    """Character id to its place in `character_ids` (and in a world's `char_scores`)."""
    character_tags: Mapping[str, frozenset[str]] = field(init=False)
    """What rules see of each character (`character_tags`), worked out once."""
    post_tags: Mapping[str, frozenset[str]] = field(init=False)
    feed_tags: Mapping[str, frozenset[str]] = field(init=False)
    item_tags: Mapping[str, frozenset[str]] = field(init=False)
    factor_labels: Mapping[str, str] = field(init=False)
    character_drift: tuple[float, ...] = field(init=False)
    """Each character's daily score drift, in character order."""
    character_volatility: tuple[float, ...] = field(init=False)
    instant: bool = field(init=False)
    """Score changes land when they are decided (else at the daily or weekly update)."""
    tier_perks: Mapping[str, frozenset[str]] = field(init=False)
    tier_restrictions: Mapping[str, frozenset[str]] = field(init=False)
    conditional_perks: tuple[Perk, ...] = field(init=False)
    """Perks also held whenever their condition holds (`refresh` checks them on every change)."""
    conditional_restrictions: tuple[Restriction, ...] = field(init=False)
    condition_fields: tuple[str, ...] = field(init=False)
    """The world fields the conditional perks and restrictions read (`conditions.READS`)."""
    action_rules: Mapping[str, tuple[ActionRule, ...]] = field(init=False)
    evening_rules: tuple[Rule, ...] = field(init=False)
    """Rules the evening runs, in file order (each draws one roll)."""
    streak_rules: tuple[StreakRule, ...] = field(init=False)
    friend_joined_rules: tuple[FriendJoinedRule, ...] = field(init=False)
    made: dict[tuple[object, ...], object] = field(init=False, compare=False)
    """Immutable values made while playing, by what they were made from (`verbs.base.offer`):
    a cache, not content; steps list a dozen offers each, mostly those of the step before."""

    def __repr__(self) -> str:
        return f"Level({self.id!r}, {self.file!r})"

    @property
    def id(self) -> str:
        return self.spec.meta.id

    @property
    def default_factor(self) -> str:
        """Where rules without a factor count."""
        factors = self.spec.score.factors
        return factors[0].id if factors else "score"

    def tier_for(self, score: int) -> Tier:
        """The highest tier whose minimum the score reaches (of tiers with the same minimum,
        the last in the file); the lowest tier when the score is below every minimum."""
        return self.tiers[max(0, bisect_right(self.tier_mins, score) - 1)]

    def remember(self, key: tuple[object, ...], value: object) -> None:
        """Keep a value made while playing for reuse (`made`); past MADE_AT_MOST of them, forget
        them all first, so a long session does not grow without bound."""
        if len(self.made) >= MADE_AT_MOST:
            self.made.clear()
        self.made[key] = value

    def source_of(self, ident: str) -> str:
        source = self.rule_sources.get(ident)  # every score change asks: no default to format
        return f"{self.file}:?" if source is None else source
