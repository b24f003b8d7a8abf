"""The designer inspector (F12 with `play --watch` or `--debug`): the world's true state.

Whatever the regime hides from the player (an opaque score, hidden factors, pending
changes), the designer sees it here, read straight from the world and today's events.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from game.core import events as ev
from game.core.money import money_text
from game.core.world import World
from game.ui.kit import Kit
from game.ui.play import PlaySession
from game.ui.scene import Navigator
from game.ui.scenes.overlays import Dialog


@dataclass(frozen=True)
class Inspection:
    """What the inspector shows, as plain values (tests compare them with the world)."""

    day: int
    score: int
    tier: str
    money: int
    actions_left: int
    factors: tuple[tuple[str, int], ...]
    flags: tuple[str, ...]
    perks: tuple[str, ...]
    restrictions: tuple[str, ...]
    pending: tuple[tuple[int, str, str], ...]
    """(delta, factor, rule id) of each decided change not landed yet."""
    fired_today: tuple[tuple[str, int, int], ...]
    """(rule or event id, times, total change) for score changes decided today."""
    people: tuple[tuple[str, int, bool, bool], ...]
    switched_off: tuple[str, ...]
    """Rules not counting now: `enabled: false` and not enabled yet, or disabled by an effect."""
    fired_so_far: tuple[tuple[str, int, int | None], ...]
    goals: tuple[tuple[str, str], ...] = ()
    """(goal id, 'met', 'failed' or 'open'): what the player is told only in the debrief."""
    """(rule id, times fired in the level, its max_times) for every rule that has fired."""
    """(character id, true score, a friend now, in the scheme) in the level's order."""


def inspect(world: World, events: Sequence[ev.Event]) -> Inspection:
    """The world's true state, and the rules behind today's score changes."""
    fired: dict[str, tuple[int, int]] = {}
    for e in events:
        if isinstance(e, ev.ScoreChanged) and e.day == world.day:
            times, total = fired.get(e.rule_id, (0, 0))
            fired[e.rule_id] = (times + 1, total + e.delta)
    for p in world.pending:
        if p.day == world.day and p.rule_id not in fired:
            fired[p.rule_id] = (1, p.delta)
    rules = world.level.spec.rules
    return Inspection(
        day=world.day,
        score=world.score,
        tier=world.tier,
        money=world.money,
        actions_left=world.actions_left,
        factors=tuple(sorted(world.factors.items())),
        flags=tuple(sorted(world.flags)),
        perks=tuple(sorted(world.perks)),
        restrictions=tuple(sorted(world.restrictions)),
        pending=tuple((p.delta, p.factor, p.rule_id) for p in world.pending),
        fired_today=tuple((rule, n, total) for rule, (n, total) in fired.items()),
        people=tuple(
            (c.id, world.char_score(c.id), c.id in world.friends, c.id in world.in_scheme)
            for c in world.level.spec.characters
        ),
        switched_off=tuple(r.id for r in rules if r.id not in world.enabled_rules),
        fired_so_far=tuple(
            (r.id, world.rule_fires[r.id], r.max_times) for r in rules if r.id in world.rule_fires
        ),
        goals=tuple((g.id, world.goals.get(g.id, "open")) for g in world.level.spec.goals),
    )


class InspectorScene(Dialog):
    """F12: the true score, factors, flags, pending changes and today's rules."""

    name = "inspector"
    title = "Designer inspector"

    def __init__(self, kit: Kit, nav: Navigator, session: PlaySession) -> None:
        super().__init__(kit, nav)
        self.session = session

    def body(self) -> str:
        i = inspect(self.session.world, self.session.events)
        rows = [
            f"<b>Day {i.day}</b> \u00b7 score <b>{i.score}</b> \u00b7 tier <b>{escape(i.tier)}</b>"
            f" \u00b7 money {money_text(i.money)} \u00b7 actions left {i.actions_left}",
            "<i>True values, whatever the regime shows the player.</i><br>",
            _section("Factors (change since the start)", self._factor_lines(i)),
            _section("Flags", [escape(f) for f in i.flags]),
            _section("Perks", [escape(p) for p in i.perks]),
            _section("Restrictions", [escape(r) for r in i.restrictions]),
            _section(
                "Pending changes (land at the regime's update)",
                [f"{d:+d} {escape(f)} ({escape(r)})" for d, f, r in i.pending],
            ),
            _section(
                "Rules that fired today",
                [f"{escape(r)}: {n}\u00d7, {t:+d}" for r, n, t in i.fired_today],
            ),
            _section("Rules fired so far", [_fired(*f) for f in i.fired_so_far]),
            _section("Rules switched off", [escape(r) for r in i.switched_off]),
            _section("People (true scores)", [_person(*p) for p in i.people]),
            _section("Goals", [f"{escape(g)}: {state}" for g, state in i.goals]),
        ]
        return "<br>".join(rows)

    def _factor_lines(self, i: Inspection) -> list[str]:
        """Each factor's total; a level without factors counts every change in one unnamed
        total, which is shown as such rather than under its internal name."""
        if not self.session.level.spec.score.factors:
            return [f"all changes: {v:+d} (this level lists no factors)" for _, v in i.factors]
        return [f"{escape(f)}: {v:+d}" for f, v in i.factors]


def _fired(rule: str, times: int, most: int | None) -> str:
    return f"{escape(rule)}: {times}\u00d7" + (f" of at most {most}" if most is not None else "")


def _person(ident: str, score: int, friend: bool, in_scheme: bool) -> str:
    notes = ("friend" if friend else "", "" if in_scheme else "not in the scheme")
    return " \u00b7 ".join([f"{escape(ident)}: {score}", *filter(None, notes)])


def _section(title: str, entries: list[str]) -> str:
    """One line per section, entries run on: the whole state fits the dialog unscrolled."""
    return f"<b>{title}:</b> " + ("; ".join(entries) if entries else "<i>none</i>")
