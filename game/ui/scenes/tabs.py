"""The phone's apps as rows of text and buttons, built from the World snapshot alone."""

from dataclasses import dataclass
from html import escape

from game.core.actions import Action
from game.core.conditions import holds
from game.core.pricing import price_for
from game.core.rules.association import AssociationRule
from game.core.spec.catalog import Item
from game.core.spec.characters import Character
from game.core.spec.services import Service
from game.core.world import World
from game.ui import present

TABS = ("Shop", "Feed", "Friends", "Services", "Score")


@dataclass(frozen=True)
class Row:
    """A card of text with the actions it offers (label, action)."""

    markup: str
    buttons: tuple[tuple[str, Action], ...] = ()
    heading: bool = False
    face: str | None = None
    """A character id: their portrait goes beside the text."""
    mood: str = "neutral"
    """The portrait's expression (see game.ui.portraits.EXPRESSIONS)."""


def rows_for(tab: str, w: World) -> list[Row]:
    return {"Shop": shop, "Feed": feed, "Friends": friends, "Services": services, "Score": score}[
        tab
    ](w)


def _price(entry: Item | Service, w: World) -> str:
    price, note = price_for(entry, w)
    return f"{price} ({escape(note)})" if note else str(price)


def shop(w: World) -> list[Row]:
    rows = [Row("<b>Shop</b>", heading=True)]
    for item in w.level.spec.items:
        if not holds(item.available, w):
            continue
        owned = w.owned.get(item.id, 0)
        extra = f" \u00b7 you own {owned}" if owned else ""
        desc = f"<br>{escape(item.description)}" if item.description else ""
        # Tags stay hidden: they are how the rules read you, which opaque regimes do not tell.
        markup = f"<b>{escape(item.label)}</b> \u00b7 {_price(item, w)}{extra}{desc}"
        sold_out = item.once and owned
        rows.append(Row(markup, () if sold_out else (("Buy", Action("buy", item.id)),)))
    return rows


def feed(w: World) -> list[Row]:
    spec = w.level.spec
    rows = [Row("<b>Write a post</b>", heading=True)]
    for post in spec.posts:
        if post.id not in w.posted and holds(post.available, w):
            rows.append(
                Row(
                    f"\u201c{escape(post.text)}\u201d <i>({escape(post.tone)})</i>",
                    (("Post", Action("post", post.id)),),
                )
            )
    if w.posted:
        rows.append(Row("<b>Your posts</b>", heading=True))
        for pid in reversed(w.posted):
            mark = " <b>[posted in your name, not by you]</b>" if pid in w.fabricated else ""
            rows.append(Row(f"\u201c{escape(w.level.posts[pid].text)}\u201d{mark}"))
    rows.append(Row("<b>Friends' posts</b>", heading=True))
    for day, pid in reversed(w.feed):
        post = w.level.feed[pid]
        author = w.level.characters[post.author].name
        buttons = tuple(
            (verb.capitalize(), Action(verb, pid))
            for verb in ("like", "share")
            if f"{verb}:{pid}" not in w.reacted
        )
        done = [v + "d" for v in ("like", "share") if f"{v}:{pid}" in w.reacted]
        note = f" \u00b7 you {' and '.join(done)} this" if done else ""
        markup = f"<b>{escape(author)}</b>, day {day}{note}<br>{escape(post.text)}"
        rows.append(Row(markup, buttons, face=post.author))
    if not w.feed:
        rows.append(Row("Nothing yet."))
    return rows


def pulling_down(w: World) -> list[tuple[str, str]]:
    """(character id, why) for friends who cost the player points under this regime."""
    out = []
    has_pull = any(r.kind == "friend_pull" and r.id in w.enabled_rules for r in w.level.spec.rules)
    for cid in sorted(w.friends):
        c = w.level.characters[cid]
        why = []
        visible = w.level.spec.score.others_visible
        if has_pull and visible and cid in w.in_scheme and w.char_score(cid) < w.score:
            why.append("their score is below yours")
        for rule in w.level.spec.rules:
            active = isinstance(rule, AssociationRule) and rule.id in w.enabled_rules
            if active and rule.delta < 0 and _matches(rule, c, w.char_score(cid)):
                why.append(rule.reason)
        if why:
            out.append((cid, "; ".join(why)))
    return out


def _matches(rule: AssociationRule, c: Character, score: int) -> bool:
    return (
        (rule.score_below is None or score < rule.score_below)
        and (rule.score_at_least is None or score >= rule.score_at_least)
        and (not rule.tags or bool(set(rule.tags) & set(c.tags)))
        and (rule.relation is None or c.relation == rule.relation)
    )


def _person(w: World, cid: str) -> str:
    c = w.level.characters[cid]
    joined = cid in w.in_scheme
    shown = present.other_score_text(w.level, w.char_score(cid)) if joined else "not in the scheme"
    return (
        f"<b>{escape(c.name)}</b> \u00b7 {escape(c.relation.value)} \u00b7 "
        f"{escape(w.level.spec.score.name)}: {escape(shown)}<br>{escape(c.bio)}"
    )


def friends(w: World) -> list[Row]:
    rows = []
    down = pulling_down(w)
    if down and not present.hidden(w.level):
        rows.append(Row("<b>Pulling your score down</b>", heading=True))
        rows += [
            Row(
                f"<b>{escape(w.level.characters[c].name)}</b>: {escape(why)}",
                face=c,
                mood="worried",
            )
            for c, why in down
        ]
    rows.append(Row("<b>Your friends</b>", heading=True))
    for c in w.level.spec.characters:
        if c.id in w.friends:
            buttons = [("Message", Action("message", c.id))]
            markup = _person(w, c.id)
            if c.help and w.day >= c.help.from_day and c.id not in w.helped:
                markup += f"<br><i>\u201c{escape(c.help.text)}\u201d</i>"
                buttons.append((f"Lend {c.help.amount}", Action("help", c.id)))
            buttons.append(("Unfriend", Action("unfriend", c.id)))
            rows.append(Row(markup, tuple(buttons), face=c.id, mood=mood_of(w, c)))
    others = [c for c in w.level.spec.characters if c.id not in w.friends]
    for title, group in (
        ("Suggested for you by the system", [c for c in others if c.suggested]),
        ("Other people", [c for c in others if not c.suggested]),
    ):
        if group:
            rows.append(Row(f"<b>{title}</b>", heading=True))
        for c in group:
            buttons = [("Befriend", Action("befriend", c.id))]
            if c.relation == "family":
                buttons.append(("Message", Action("message", c.id)))
            rows.append(Row(_person(w, c.id), tuple(buttons), face=c.id))
    return rows


def mood_of(w: World, c: Character) -> str:
    """A friend's face: glad once helped, worried while asking for help, calm otherwise."""
    if c.id in w.helped:
        return "happy"
    if c.help and w.day >= c.help.from_day:
        return "worried"
    return "neutral"


def service_status(w: World, s: Service) -> str:
    """Available, available with a perk, or refused with the reason the regime would give."""
    if s.once and s.id in w.used_services:
        return "Done."
    for rid in s.blocked_by:
        if rid in w.restrictions:
            return f"<b>Refused:</b> {escape(w.level.spec.label_of('restrictions', rid))}."
    if not holds(s.requires, w):
        return f"<b>Refused:</b> {escape(s.refusal)}"
    price, note = price_for(s, w)
    if note:
        return f"<b>Available with a perk:</b> {price} ({escape(note)})"
    return f"Available \u00b7 {price}" if price else "Available"


def services(w: World) -> list[Row]:
    rows = [Row("<b>Services</b>", heading=True)]
    for s in w.level.spec.services:
        if not holds(s.available, w):
            continue
        desc = f"<br>{escape(s.description)}" if s.description else ""
        markup = (
            f"<b>{escape(s.label)}</b> \u00b7 <i>{escape(s.category)}</i>{desc}<br>"
            f"{service_status(w, s)}"
        )
        done = s.once and s.id in w.used_services
        rows.append(Row(markup, () if done else (("Apply", Action("apply", s.id)),)))
    return rows


def score(w: World) -> list[Row]:
    level, spec = w.level, w.level.spec
    if present.hidden(level):
        return [
            Row(
                f"<b>{escape(spec.score.name)}</b><br>The regime does not show you your "
                "score or why it changes. You will see everything in the debrief."
            )
        ]
    tier = present.tier_of(w)
    rows = [
        Row(
            f"<b>{escape(spec.score.name)}: {escape(present.score_text(level, w.score))}"
            f"</b> \u00b7 tier {escape(tier.label)} ({tier.icon})",
            heading=True,
        )
    ]
    rows += _factors(w) + _tiers(w)
    return rows


def _factors(w: World) -> list[Row]:
    shown = [f for f in w.level.spec.score.factors if f.visible]
    if not shown:
        return []
    lines = []
    for f in shown:
        weight = f" \u00b7 weight {round(f.weight * 100)}%" if f.weight_visible and f.weight else ""
        value = (
            f": {present.signed(w.level, w.factors.get(f.id, 0))}"
            if present.shows_number(w.level)
            else ""
        )
        lines.append(f"{escape(f.label)}{value}{weight}")
    return [Row("<b>Factors</b><br>" + "<br>".join(lines))]


def _tiers(w: World) -> list[Row]:
    spec = w.level.spec
    lines = []
    for t in reversed(w.level.tiers):
        gets = [spec.label_of("perks", p) for p in t.perks]
        gets += [spec.label_of("restrictions", r) for r in t.restrictions]
        floor = f" from {spec.score.shown(t.min)}" if present.shows_number(w.level) else ""
        here = " <b>\u2190 you</b>" if t.id == w.tier else ""
        lines.append(
            f"[{t.icon}] <b>{escape(t.label)}</b>{floor}: "
            f"{escape(', '.join(gets) or 'nothing special')}{here}"
        )
    held = [spec.label_of("perks", p) for p in sorted(w.perks)]
    limits = [spec.label_of("restrictions", r) for r in sorted(w.restrictions)]
    return [
        Row("<b>Tiers</b><br>" + "<br>".join(lines)),
        Row(
            f"<b>Your perks:</b> {escape(', '.join(held) or 'none')}<br>"
            f"<b>Your restrictions:</b> {escape(', '.join(limits) or 'none')}"
        ),
    ]
