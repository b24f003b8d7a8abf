"""Checks that ids a level refers to exist, that tiers cover the score, and claims have sources.

These run on a whole level and also on the sound part of a level that failed validation
(see `salvage`), so one run reports every problem.
"""

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import UnionType
from typing import Any

from pydantic import BaseModel

from game.core.content.problems import MAX_PROBLEMS, Problem, Suggester, did_you_mean
from game.core.content.yaml_source import Path_, Positions
from game.core.level_spec import LevelSpec
from game.core.rules.action import ActionKind, ActionRule, When
from game.core.rules.association import AssociationRule
from game.core.rules.streak import StreakRule
from game.core.spec.base import SOURCED_EVIDENCE, Sourced
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects
from game.core.spec.story import Preference, VerbWeights

Refs = tuple[Path_, tuple[str, ...], str, bool]
"""Ids referred to, the collection they must be in, and where: one id at the path itself,
or (True) a list's ids, each at the path and its index. A list is one entry, not one per
id: a crafted file refers to 40,000 ids."""

_TARGETS_OF_ACTION = {
    "buy": "items",
    "post": "posts",
    "like": "feed",
    "share": "feed",
    "befriend": "characters",
    "unfriend": "characters",
    "help": "characters",
    "message": "characters",
    "apply": "services",
    "answer": "options",
    "reply": "replies",
    "dispute": "rules",
}

_CONDITION_TARGETS = {
    "tier_in": "tiers",
    "owns": "items",
    "not_owns": "items",
    "posted": "posts",
    "is_friend": "characters",
    "not_friend": "characters",
    "helped": "characters",
    "unfriended": "characters",
    "not_unfriended": "characters",
    "has_perk": "perks",
    "has_restriction": "restrictions",
    "used_service": "services",
    "answered": "prompts",
    "chose": "options",
}


class CrossRefChecker:
    """Collects every reference with its path, then checks them against the known ids."""

    def __init__(
        self,
        spec: LevelSpec,
        positions: Positions,
        file: str,
        assets: Path | None,
        broken: dict[str, set[str]] | None = None,
        incomplete: frozenset[str] = frozenset(),
    ) -> None:
        self.spec = spec
        self.assets = assets
        self.positions = positions
        self.file = file
        self.problems: list[Problem] = []
        self.unlisted = 0
        """Unknown ids found past MAX_PROBLEMS, counted but not worked out."""
        self.known = _known_ids(spec)
        self.suggest = Suggester()
        unreferenced = {name: {e.id for e in getattr(spec, name)} for name in _UNREFERENCED}
        self.kind_of = {
            ident: name
            for name, ids in reversed([*self.known.items(), *unreferenced.items()])
            if not name.startswith("tags:") and name != "played"
            for ident in ids
        }
        """The collection each declared id belongs to (the first, in level order)."""
        self.broken = dict(broken or {})
        self.broken["played"] = set().union(*(self.broken.get(c, set()) for c in _PLAYED))
        self.incomplete = incomplete
        """Sections left out or cut short because they failed validation."""

    def run(self) -> list[Problem]:
        """Every reference, tier and source problem, in no particular order."""
        self._duplicates()
        for path, idents, collection, indexed in self._refs():
            known = self.known[collection]
            if known.issuperset(idents):
                continue
            broken = self.broken.get(collection, ())
            for j, ident in enumerate(idents):
                if ident in known or ident in broken:
                    continue
                if len(self.problems) >= MAX_PROBLEMS:
                    self.unlisted += 1
                    continue
                message = f"unknown {_noun(collection)} '{ident}'"
                self.report((*path, j) if indexed else path, message, self._hint(ident, collection))
        self._tiers()
        self._strategy_verbs()
        self._strategy_targets()
        self._sources()
        self._prompt_defaults()
        self._assets()
        return self.problems

    def _hint(self, ident: str, collection: str) -> str | None:
        """A close id of the same kind, or else the kind the id actually is."""
        if collection == "factors" and not self.known["factors"] and "score" not in self.incomplete:
            return "this level lists no factors: add them under score.factors, or leave factor out"
        hint = self.suggest.hint(ident, self.known[collection])
        if hint:
            return hint
        if collection.startswith("tags:"):
            return self._tag_hint(ident, collection)
        other = self.kind_of.get(ident)
        if other is not None and other != collection:
            return f"'{ident}' is {_a(_noun(other))}, not {_a(_noun(collection))}"
        if 0 < len(self.known[collection]) <= LISTED_IDS:
            return f"the {_noun(collection)} ids here: {', '.join(sorted(self.known[collection]))}"
        return None

    def _tag_hint(self, ident: str, collection: str) -> str | None:
        """An unknown tag with no close one: the kind of thing that carries it instead (a
        character's tag under a buy rule, which matches items), or the tags there are."""
        known = self.known[collection]
        matches, add = _TAG_CARRIERS.get(collection, (f"{_noun(collection)}s", None))
        others = [c for c in self.known if c.startswith("tags:") and c != collection]
        other = next((c for c in others if ident in self.known[c]), None)
        if other is not None:
            fix = f"{add}, or match another" if add else "match one of those"
            return f"'{ident}' is {_a(_noun(other))}, and this matches {matches}: {fix}"
        if 0 < len(known) <= LISTED_IDS:
            return f"the {matches} here: {', '.join(sorted(known))}"
        return None

    def _strategy_verbs(self) -> None:
        """A strategy's verb weights name verbs the player has."""
        verbs = [k.value for k in ActionKind]
        for i, strategy in enumerate(self.spec.strategies):
            for key in ("actions", "verbs"):
                for verb in getattr(strategy.prefer, key):
                    if verb not in verbs:
                        self.report(
                            ("strategies", i, "prefer", key, verb),
                            f"unknown verb '{verb}'",
                            did_you_mean(verb, verbs) or "verbs: " + ", ".join(verbs),
                        )

    def _strategy_targets(self) -> None:
        """A strategy's id and tag weights name something in the level: a misspelt one would
        weigh nothing, and the bot would quietly play another way."""
        names = {
            k: self.known.get(k, set()) | self.broken.get(k, set())
            for k in {*self.known, *self.broken}
        }
        ids = set(self.kind_of).union(
            *(v for k, v in names.items() if not k.startswith("tags:") and k != "played")
        )
        tags = set().union(*(v for k, v in names.items() if k.startswith("tags:")))
        for i, strategy in enumerate(self.spec.strategies):
            weights: list[tuple[Path_, Preference | VerbWeights]] = [((), strategy.prefer)]
            weights += [(("verbs", verb), w) for verb, w in strategy.prefer.verbs.items()]
            for where, weight in weights:
                path = ("strategies", i, "prefer", *where)
                for key, known in (("ids", ids), ("tags", tags)):
                    for name in getattr(weight, key):
                        if name not in known:
                            noun = "id" if key == "ids" else "tag"
                            hint = did_you_mean(name, sorted(known))
                            message = f"a strategy weighs {noun} '{name}', which nothing has"
                            self.report((*path, key, name), message, hint)

    def _tiers(self) -> None:
        """Tiers are listed from the lowest score up, and together cover the whole range."""
        if self.incomplete & {"tiers", "score"} or not self.spec.tiers:
            return
        tiers, score = self.spec.tiers, self.spec.score
        for i in range(1, len(tiers)):
            before, tier = tiers[i - 1], tiers[i]
            if tier.min <= before.min and before.min > score.max and tier.min <= score.max:
                self.report(  # the slip is the tier before, pushed past the whole range
                    ("tiers", i - 1, "min"),
                    f"tier '{before.id}' starts at {before.min}, above the score's maximum "
                    f"{score.max}, and the tier after it ('{tier.id}') starts at {tier.min}",
                    _between(
                        before.id, tiers[i - 2].min + 1 if i > 1 else None, tier.min, score.min
                    ),
                )
                return
            if tier.min <= before.min:
                self.report(
                    ("tiers", i, "min"),
                    f"tier '{tier.id}' starts at {tier.min}, not above the tier before it "
                    f"('{before.id}' at {before.min})",
                    "list tiers from the lowest min to the highest, each min higher",
                )
                return
        lowest = tiers[0]
        if lowest.min != score.min:
            side = "above" if lowest.min > score.min else "below"
            self.report(
                ("tiers", 0, "min"),
                f"the lowest tier starts at {lowest.min}, {side} the lowest score {score.min}",
                f"start the lowest tier at the score's min: min: {score.min}",
            )

    def _assets(self) -> None:
        """Asset paths stay inside the assets folder and, when it is known, exist there."""
        root = (self.assets or Path("/assets")).resolve()
        for i, character in enumerate(self.spec.characters):
            if character.portrait is None:
                continue
            path = ("characters", i, "portrait")
            if not character.portrait.isprintable():
                self.report(path, "the asset path holds a character file names cannot hold")
                continue
            target = (root.parent / character.portrait).resolve()
            if Path(character.portrait).is_absolute() or not target.is_relative_to(root):
                self.report(
                    path,
                    f"asset path '{character.portrait}' leaves the assets folder",
                    "use a path like assets/portraits/name.png",
                )
            elif self.assets is not None and not target.is_file():
                self.report(path, f"asset '{character.portrait}' does not exist")

    def report(self, path: Path_, message: str, hint: str | None = None) -> None:
        line, col = self.positions.of(path)
        self.problems.append(Problem(self.file, line, col, message, hint))

    def _duplicates(self) -> None:
        self.problems += repeated_ids(_declared_ids(self.spec), self.positions, self.file)
        self._shared_with_rules()

    def _shared_with_rules(self) -> None:
        """A score change names its rule, event, prompt, service or talk by id alone:
        `simulate`'s rule counts, disputes and the debrief's cards would mix a rule with an
        event of the same id."""
        rules = {rule.id: i for i, rule in enumerate(self.spec.rules)}
        for name, path, ident in _score_citing(self.spec):
            if ident in rules:
                line, _ = self.positions.of(("rules", rules[ident], "id"))
                noun = _noun(name)
                self.report(
                    (*path, "id"),
                    f"{_a(noun)} has the id '{ident}' of the rule on line {line}",
                    f"give the {noun} its own id: score changes are told apart by id in "
                    "simulate, disputes and the debrief",
                )

    def _refs(self) -> Iterator[Refs]:
        spec = self.spec
        yield from _condition_refs(("score", "joined_if"), spec.score.joined_if)
        for i, tier in enumerate(spec.tiers):
            yield _each(("tiers", i, "perks"), tier.perks, "perks")
            yield _each(("tiers", i, "restrictions"), tier.restrictions, "restrictions")
        for i, rule in enumerate(spec.rules):
            path = ("rules", i)
            if rule.factor is not None:
                yield _one((*path, "factor"), rule.factor, "factors")
            if isinstance(rule, ActionRule | StreakRule):
                yield from self._when_refs((*path, "when"), rule.when)
            elif isinstance(rule, AssociationRule):  # no effect tags anyone: a typo never fires
                yield _each((*path, "tags"), rule.tags, "tags:characters")
            yield from _condition_refs((*path, "if"), rule.when_also)
        yield _each(("society", "leave_out"), spec.society.leave_out, "rules")
        for i, post in enumerate(spec.feed):
            yield _one(("feed", i, "author"), post.author, "characters")
        for i, service in enumerate(spec.services):
            path = ("services", i)
            yield _each((*path, "blocked_by"), service.blocked_by, "restrictions")
            yield from _condition_refs((*path, "requires"), service.requires)
            yield from _condition_refs((*path, "available"), service.available)
            yield from _effect_refs((*path, "effects"), service.effects)
            for j, price in enumerate(service.price_if):
                yield from _condition_refs((*path, "price_if", j, "if"), price.when)
        yield from self._story_refs()

    def _story_refs(self) -> Iterator[Refs]:
        spec = self.spec
        for name in ("perks", "restrictions"):
            for i, entry in enumerate(getattr(spec, name)):
                yield from _condition_refs((name, i, "if"), entry.when)
        for name in ("items", "posts"):
            for i, entry in enumerate(getattr(spec, name)):
                yield from _condition_refs((name, i, "available"), entry.available)
        for i, item in enumerate(spec.items):
            for j, price in enumerate(item.price_if):
                yield from _condition_refs(("items", i, "price_if", j, "if"), price.when)
        for i, event in enumerate(spec.events):
            yield from _condition_refs(("events", i, "if"), event.when)
            yield from _effect_refs(("events", i, "effects"), event.effects)
        for i, prompt in enumerate(spec.prompts):
            if prompt.asked_by is not None:
                yield _one(("prompts", i, "asked_by"), prompt.asked_by, "characters")
            for j, option in enumerate(prompt.options):
                yield from _effect_refs(("prompts", i, "options", j, "effects"), option.effects)
        for i, character in enumerate(spec.characters):
            for j, talk in enumerate(character.talks):
                path = ("characters", i, "talks", j)
                yield from _condition_refs((*path, "if"), talk.when)
                for k, reply in enumerate(talk.replies):
                    yield from _effect_refs((*path, "replies", k, "effects"), reply.effects)
        for i, goal in enumerate(spec.goals):
            yield from _condition_refs(("goals", i, "met_if"), goal.met_if)
            yield from _condition_refs(("goals", i, "failed_if"), goal.failed_if)
        for i, card in enumerate(spec.debrief.cards):
            yield _each(("debrief", "cards", i, "played_by"), card.played_by, "played")
        for i, strategy in enumerate(spec.strategies):
            for prompt_id, option_id in strategy.answers.items():
                yield _one(("strategies", i, "answers", prompt_id), prompt_id, "prompts")
                yield _one(("strategies", i, "answers", prompt_id), option_id, "options")

    def _when_refs(self, path: Path_, when: When) -> Iterator[Refs]:
        collection = _TARGETS_OF_ACTION[when.action.value]
        yield _each((*path, "ids"), when.ids, collection)
        tags = self.known[f"tags:{collection}"]
        for j, tag in enumerate(when.tags):
            if tag not in tags:
                yield _one((*path, "tags", j), tag, f"tags:{collection}")

    def _sources(self) -> None:
        """Every claim about the world names a source: rules, bulletins, score changes alike."""
        for path, entry in walk(self.spec):
            if not isinstance(entry, Sourced):
                continue
            if entry.evidence in SOURCED_EVIDENCE and not entry.sources:
                self.report(
                    (*path, "evidence"),
                    f"evidence '{entry.evidence}' needs at least one source URL",
                    "add sources: [https://...] listed in docs/sources.md, or label it 'game'",
                )

    def _prompt_defaults(self) -> None:
        for i, prompt in enumerate(self.spec.prompts):
            options = [o.id for o in prompt.options]
            if prompt.default not in options:
                hint = did_you_mean(prompt.default, options)
                self.report(
                    ("prompts", i, "default"), f"default '{prompt.default}' is not an option", hint
                )


def walk(model: BaseModel, path: Path_ = ()) -> Iterator[tuple[Path_, BaseModel]]:
    """Every model in the tree, parents first, with the path of keys as written in YAML."""
    yield path, model
    for name, info in type(model).model_fields.items():
        value = getattr(model, name, None)
        key = info.alias or name
        if isinstance(value, BaseModel):
            yield from walk(value, (*path, key))
        elif isinstance(value, tuple) and holds_any(value, BaseModel):
            for i, entry in enumerate(value):
                if isinstance(entry, BaseModel):
                    yield from walk(entry, (*path, key, i))


def holds_any(values: Sequence[object], kinds: type | UnionType) -> bool:
    """Whether any entry is of these kinds: a list of 200 ids is told by its few types, at
    C speed, rather than entry by entry."""
    return any(issubclass(kind, kinds) for kind in set(map(type, values)))


def _between(tier: str, low: int | None, high: int, score_min: int) -> str:
    """Where a tier placed past the score's range belongs: above the tier before it, below
    the one after (the lowest tier starts at the score's min)."""
    if low is None:
        return f"the lowest tier starts at the score's min: min: {score_min}"
    if low > high - 1:
        return "tiers go from the lowest min to the highest, each min higher"
    return f"start '{tier}' between {low} and {high - 1}: tiers go from the lowest min up"


_TAG_CARRIERS = {
    "tags:items": ("item tags", "add it to an item's tags"),
    "tags:posts": ("post tags and tones", "add it to a post's tags"),
    "tags:feed": ("feed post tags", "add it to a feed post's tags"),
    "tags:characters": ("character tags and relations", "add it to a character's tags"),
    "tags:services": ("service categories", "make it a service's category"),
}
"""What a rule's tags match for each verb's targets, and how a designer gives one the tag."""


def _noun(collection: str) -> str:
    """'items' -> 'item', 'tags:items' -> 'item tag', as the designer reads it."""
    if collection == "tags:services":
        return "service category"
    if collection.startswith("tags:"):
        return f"{_noun(collection[5:])} tag"
    names = {"feed": "feed post", "options": "prompt option", "characters": "character"}
    names["played"] = "rule, event, perk, restriction, service or prompt"
    return names.get(collection, collection.removesuffix("s"))


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _one(path: Path_, ident: str, collection: str) -> Refs:
    return (path, (ident,), collection, False)


def _each(path: Path_, ids: tuple[str, ...], collection: str) -> Refs:
    return (path, ids, collection, True)


def _condition_refs(path: Path_, condition: Condition | None) -> Iterator[Refs]:
    if condition is None:
        return
    for key, collection in _CONDITION_TARGETS.items():
        value = getattr(condition, key)
        if isinstance(value, tuple):
            yield _each((*path, key), value, collection)
        elif value is not None:
            yield _one((*path, key), value, collection)


def _effect_refs(path: Path_, effects: Effects | None) -> Iterator[Refs]:
    if effects is None:
        return
    yield _each((*path, "enable_rules"), effects.enable_rules, "rules")
    yield _each((*path, "disable_rules"), effects.disable_rules, "rules")
    yield _each((*path, "restrict"), effects.restrict, "restrictions")
    yield _each((*path, "lift"), effects.lift, "restrictions")
    yield _each((*path, "grant"), effects.grant, "perks")
    yield _each((*path, "revoke"), effects.revoke, "perks")
    if effects.fabricated_post:
        yield _one((*path, "fabricated_post"), effects.fabricated_post, "posts")
    if effects.prompt:
        yield _one((*path, "prompt"), effects.prompt, "prompts")
    if effects.score and effects.score.factor:
        yield _one((*path, "score", "factor"), effects.score.factor, "factors")
    for j, change in enumerate(effects.characters):
        yield _one((*path, "characters", j, "id"), change.id, "characters")


_ID_COLLECTIONS = (
    "tiers", "perks", "restrictions", "items", "posts", "feed", "characters",
    "services", "rules", "events", "prompts", "goals", "strategies",
)  # fmt: skip


def repeated_ids(
    declared: Iterable[tuple[str, Path_, str]], positions: Positions, file: str
) -> list[Problem]:
    """A problem at each id declared again in its collection, naming the first one's line."""
    problems = []
    first: dict[tuple[str, str], Path_] = {}
    for collection, path, ident in declared:
        if (collection, ident) in first:
            line, _ = positions.of((*first[collection, ident], "id"))
            hint = f"the first '{ident}' is on line {line}; give each its own id"
            line, col = positions.of((*path, "id"))
            problems.append(
                Problem(file, line, col, f"duplicate id '{ident}' in {collection}", hint)
            )
        first.setdefault((collection, ident), path)
    return problems


def declared_in(data: dict[str, Any]) -> Iterator[tuple[str, Path_, str]]:
    """The ids of the top-level collections as written, broken entries too (a level that
    failed validation): a duplicate is reported even when one of the two has another mistake."""
    for name in _ID_COLLECTIONS:
        entries = data.get(name)
        for i, entry in enumerate(entries if isinstance(entries, list) else ()):
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                yield (name, (name, i), entry["id"])


def _score_citing(spec: LevelSpec) -> Iterator[tuple[str, Path_, str]]:
    """Entries whose effects change the score under their own id, as a rule's change does."""
    for name in ("events", "prompts", "services"):
        for i, entry in enumerate(getattr(spec, name)):
            yield (name, (name, i), entry.id)
    for i, character in enumerate(spec.characters):
        for j, talk in enumerate(character.talks):
            yield ("talks", ("characters", i, "talks", j), talk.id)


def _declared_ids(spec: LevelSpec) -> Iterator[tuple[str, Path_, str]]:
    for name in _ID_COLLECTIONS:
        for i, entry in enumerate(getattr(spec, name)):
            yield (name, (name, i), entry.id)
    for i, factor in enumerate(spec.score.factors):
        yield ("factors", ("score", "factors", i), factor.id)
    for i, prompt in enumerate(spec.prompts):
        for j, option in enumerate(prompt.options):
            yield ("prompt options", ("prompts", i, "options", j), option.id)
    for i, character in enumerate(spec.characters):
        for j, talk in enumerate(character.talks):
            yield ("talks", ("characters", i, "talks", j), talk.id)
            for k, reply in enumerate(talk.replies):
                yield ("talk replies", ("characters", i, "talks", j, "replies", k), reply.id)


LISTED_IDS = 8
"""With no close match, a hint lists the ids of that kind when there are this few."""

_UNREFERENCED = ("events", "goals", "strategies")
_PLAYED = ("rules", "events", "perks", "restrictions", "services", "prompts")
"""What a truth card's `played_by` may name: whatever a run can meet."""
"""Declared ids nothing refers to: known only to say what a misplaced id is."""


def _known_ids(spec: LevelSpec) -> dict[str, set[str]]:
    known = {
        name: {e.id for e in getattr(spec, name)}
        for name in _ID_COLLECTIONS
        if name not in _UNREFERENCED
    }
    known["options"] = {o.id for p in spec.prompts for o in p.options}
    known["factors"] = {f.id for f in spec.score.factors}
    known["tags:items"] = {t for i in spec.items for t in i.tags}
    known["tags:posts"] = {t for p in spec.posts for t in (*p.tags, p.tone)}
    known["tags:feed"] = {t for p in spec.feed for t in p.tags}
    known["tags:characters"] = {t for c in spec.characters for t in (*c.tags, c.relation.value)}
    known["tags:services"] = {s.category for s in spec.services}
    known["tags:options"] = {p.id for p in spec.prompts}  # an answer carries its prompt's id
    talks = [(c, t) for c in spec.characters for t in c.talks]
    known["replies"] = {r.id for _, t in talks for r in t.replies}
    known["tags:replies"] = {t.id for _, t in talks} | {c.id for c, _ in talks}
    known["tags:rules"] = set()
    known["played"] = {e.id for name in _PLAYED for e in getattr(spec, name)}
    return known
