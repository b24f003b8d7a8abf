"""The phone's apps as rows of text and buttons, built from the World and the engine's offers.

Buttons come from the engine's offers; a refused offer shows its reason instead of a button,
in the engine's own words. With the day's actions used up ("no time"), the engine's words are
said once, at the top of the list, and the cards it closes show their buttons greyed out, not
the same sentence on every card; a card closed for its own reason keeps its own line. Where
the engine still allows something (a reply costs no time), the top line says so instead.
"""

from dataclasses import dataclass, replace
from html import escape

from game.core.actions import END_DAY, Action
from game.core.conditions import holds
from game.core.money import money_text
from game.core.network import pulling_down
from game.core.offers import NO_TIME, offers
from game.core.spec.characters import Character
from game.core.spec.services import Service
from game.core.verbs import VERBS, Offer, Refused
from game.core.world import World
from game.ui import present
from game.ui.pictures import item_picture, service_picture

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
    plain: bool = False
    """Text without a card around it, like a heading's (a line of a list)."""
    picture: str | None = None
    """A drawn picture (see game.ui.pictures) beside the text, where a face would go."""
    done: str = ""
    """Said where the card's button was, once what it did is done for today ("Done"):
    the card keeps its size and place, so nothing under the pointer moves."""
    widest: tuple[str, ...] = ()
    """Button labels that take one width, that of the widest of them: buttons that stand
    in for each other in one place ("Befriend" and "Unfriend") keep the ones beside them
    still, to the pixel."""
    joins_column: bool = False
    """A heading whose cards keep the buttons' column of the cards above it (the Friends
    tab's groups of people line up as one list)."""
    idle: tuple[str, ...] = ()
    """Buttons shown greyed out after the live ones, which do nothing and take no focus: the
    card's actions, closed for today by a reason the list says once at its top (no time)."""


Offers = dict[tuple[str, str], Offer]
"""(verb, target) to the engine's offer, for one snapshot."""


def rows_for(
    tab: str,
    w: World,
    applied_today: frozenset[str] = frozenset(),
    posted_today: frozenset[str] = frozenset(),
) -> list[Row]:
    """A tab's cards for this snapshot; `applied_today` names the services the player used
    today and `posted_today` the posts they wrote today (their cards stay, said done, where
    their offer is gone, until tomorrow)."""
    table: Offers = {}
    listed = offers(w)
    gates = _gates(w) if any(o.refusal == NO_TIME for o in listed) else {}
    for o in listed:
        o = gates.get(o.action, o)
        table[(o.action.verb, o.action.target)] = o
        if o.action.option:
            table[(o.action.verb, f"{o.action.target}/{o.action.option}")] = o
    if tab == "Services":
        rows = services(w, table, applied_today)
    elif tab == "Feed":
        rows = feed(w, table, posted_today)
    else:
        build = {"Shop": shop, "Friends": friends}.get(tab)
        rows = build(w, table) if build else score(w)
    return _told_once(w, rows, table, listed)


def ledger_card(table: Offers, markup: str, change: int | None) -> Row:
    """A score change's card on the Score tab; with `change` (its id, when the player may still
    dispute it) the engine's Dispute offer from `table`: a button, greyed out once the day's
    actions are used up, or the engine's reason on the card (the fee not affordable)."""
    found = table.get(("dispute", str(change)))
    return _card(markup, [found]) if change is not None and found else Row(markup)


def score_offers(w: World) -> tuple[list[Offer], Offers]:
    """The engine's offers once, as a list and by action, for the Score tab's cards."""
    listed = offers(w)
    return listed, {(o.action.verb, o.action.target): o for o in listed}


def lead_with_reason(w: World, rows: list[Row], listed: list[Offer], table: Offers) -> list[Row]:
    """`rows` led by why some of their buttons are greyed out, as every tab's list is: the
    Score tab's changes are laid out after `rows_for` (whose score rows have no buttons)."""
    return _told_once(w, rows, table, listed)


NO_TIME_BUT = "No time left for new actions today, but you can still {what}."
"""Atop a list whose greyed-out buttons are closed for the day while some offer is still
allowed (a reply costs no time): the engine's "End the day to continue" would read there as
if nothing could be done."""


def _told_once(w: World, rows: list[Row], table: Offers, listed: list[Offer]) -> list[Row]:
    """Where cards show buttons greyed out for the day's end, the reason leads the list, once,
    instead of on every card: the engine's own words when nothing is left to do, else what
    the engine still allows (`listed`, its offers): a button on this list, or a reply
    waiting on the Friends tab."""
    if not any(row.idle for row in rows):
        return rows
    why = next((o.refusal for o in table.values() if o.refusal == NO_TIME), NO_TIME)
    shown = {a for row in rows for _, a in row.buttons}
    allowed = [o for o in listed if o.allowed and o.action != END_DAY]
    here = [o for o in allowed if o.action in shown]
    replies = [o for o in allowed if o.action.verb == "reply"]
    if here or replies:
        why = NO_TIME_BUT.format(what=_still_open(w, here or replies, bool(here)))
    return [Row(f"<b>{escape(why)}</b>"), *rows]


def _still_open(w: World, still: list[Offer], here: bool) -> str:
    """What the player can still do (allowed offers), in words: reply to whoever wrote, below
    or on the Friends tab (by name: "the message" read as the greyed-out Message buttons);
    any other offer by its buttons, the ones not greyed out."""
    if not all(o.action.verb == "reply" for o in still):
        return "use the buttons below that are not greyed out"
    names = list(dict.fromkeys(w.level.talks[o.action.target][0].name for o in still))
    who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    where = "below" if here else "on the Friends tab"
    return f"reply to {who} {where}"


def _gates(w: World) -> dict[Action, Offer]:
    """Once the day's actions are used up, the offers list gives every paid action the same
    refusal (no time); the verbs' own candidates keep any other reason (a gate, the price),
    which still stands tomorrow and so is the one a card tells."""
    return {
        o.action: o
        for verb in VERBS.values()
        if not verb.free
        for o in verb.candidates(w)
        if o.refusal is not None
    }


PRICE_TAG = ("#f6d776", "#1f2230")
"""A price's tag: ink on a price-tag yellow (12:1), readable on the card in both palettes."""


def chip(text: str, colours: tuple[str, str]) -> str:
    """Markup for a short word on a coloured tag (background, text), kept on one line."""
    back, ink = colours
    word = escape(text).replace(" ", "\u00a0")
    return f"<body bgcolor='{back}'><font color='{ink}'><b>\u00a0{word}\u00a0</b></font></body>"


TONES = {
    "critical": "#b3261e",
    "patriotic": "#8a4b08",
    "personal": "#2f5a7a",
    "joke": "#6d4f91",
    "work": "#3b4a6b",
    "brag": "#1e6a3e",
}
"""A post's tone as the colour of its tag (white text on each reads at 4.5:1 or more)."""
OTHER_TONE = "#50535f"
"""The tag of a tone the table does not list."""
PLAYER_PICTURE = "avatar"
"""The player has no drawn face: their posts carry a plain avatar, as phones show."""


def tone_tag(tone: str) -> str:
    """A post's tone on a coloured tag, instead of an italic '(critical)' after its text."""
    return chip(tone, (TONES.get(tone, OTHER_TONE), "#ffffff"))


def _price_tag(o: Offer) -> str:
    """The price on its tag, and why it differs from the list price (a perk, a surcharge)."""
    note = f" <i>({escape(o.price_note)})</i>" if o.price_note else ""
    return chip(money_text(o.price), PRICE_TAG) + note


def _card(
    markup: str,
    found: list[Offer | None],
    face: str | None = None,
    mood: str = "neutral",
    picture: str | None = None,
) -> Row:
    """A card whose buttons are the allowed offers; refusals say why on the card, but the
    day's end, said once at the top of the list: its buttons are shown greyed out."""
    shown = [o for o in found if o is not None]
    buttons = tuple((o.label, o.action) for o in shown if o.allowed)
    idle = tuple(o.label for o in shown if o.refusal == NO_TIME)
    why = [o.refusal for o in shown if o.refusal and o.refusal != NO_TIME]
    if why:
        markup += "".join(f"<br><i>{escape(r)}</i>" for r in dict.fromkeys(why))
    return Row(markup, buttons, face=face, mood=mood, picture=picture, idle=idle)


def shop(w: World, table: Offers) -> list[Row]:
    rows = [Row("<b>Shop</b>", heading=True)]
    for item in w.level.spec.items:
        if not holds(item.available, w):
            continue
        owned = w.owned.get(item.id, 0)
        extra = f" \u00b7 you own {owned}" if owned else ""
        desc = f"<br>{escape(item.description)}" if item.description else ""
        o = table.get(("buy", item.id))
        # no offer: bought and sold only once, or the game is over (then nothing is sold out)
        price = _price_tag(o) if o else ("sold out" if item.once and owned else "")
        # Tags stay hidden: they are how the rules read you, which opaque regimes do not tell
        # (the picture shows what the item is, from its id and label first).
        picture = item_picture(item.id, item.label, item.tags)
        price = f" {price}" if price else ""  # none once the level is over: no double space
        markup = f"<b>{escape(item.label)}</b>{price}{extra}{desc}"
        rows.append(_card(markup, [o], picture=picture))
    return rows


WRITTEN = "Done"
"""In the place of a post's button once the player wrote it, until the next morning."""


def feed(w: World, table: Offers, posted_today: frozenset[str] = frozenset()) -> list[Row]:
    """Posts to write, then yours, then your friends'. A post written today that is not on
    offer any more keeps its card where it was, said done, with no button, until the next
    morning (then it is among yours): a card that vanished under the pointer moved the next
    post's button there, and the next click posted that one."""
    spec = w.level.spec
    rows = [Row("<b>Write a post</b>", heading=True)]
    kept: set[str] = set()
    for post in spec.posts:
        o = table.get(("post", post.id))
        text = f'{tone_tag(post.tone)} "{escape(post.text)}"'
        if post.id in posted_today and o is None:
            kept.add(post.id)
            rows.append(Row(text, picture=PLAYER_PICTURE, done=WRITTEN))
        elif post.id not in w.posted and holds(post.available, w):
            rows.append(_card(text, [o], picture=PLAYER_PICTURE))
    shown = [pid for pid in reversed(w.posted) if pid not in kept]
    if shown:
        rows.append(Row("<b>Your posts</b>", heading=True))
        for pid in shown:
            mark = " <b>[posted in your name, not by you]</b>" if pid in w.fabricated else ""
            mine = w.level.posts[pid]
            text = f'{tone_tag(mine.tone)} "{escape(mine.text)}"{mark}'
            rows.append(Row(text, picture=PLAYER_PICTURE))
    rows.append(Row("<b>Friends' posts</b>", heading=True))
    for day, pid in reversed(w.feed):
        post = w.level.feed[pid]
        author = w.level.characters[post.author].name
        done = [v + "d" for v in ("like", "share") if f"{v}:{pid}" in w.reacted]
        note = f" \u00b7 you {' and '.join(done)} this" if done else ""
        found = [table.get((verb, pid)) for verb in ("like", "share")]
        markup = f"<b>{escape(author)}</b>, day {day}{note}<br>{escape(post.text)}"
        rows.append(_card(markup, found, face=post.author))
    if not w.feed:
        rows.append(Row("Nothing yet."))
    return rows


def _relation(w: World, cid: str) -> str:
    """What they are to you now: a stranger you befriended is a friend; a friend who is off
    your list (never added, cut, or gone) says so next to the Befriend button."""
    relation = w.level.characters[cid].relation.value
    if cid in w.friends:
        return "friend" if relation == "stranger" else relation
    return "friend, not on your list" if relation == "friend" else relation


def _person(w: World, cid: str) -> str:
    c = w.level.characters[cid]
    joined = cid in w.in_scheme
    shown = present.other_score_text(w.level, w.char_score(cid)) if joined else "not in the scheme"
    return (
        f"<b>{escape(c.name)}</b> \u00b7 {escape(_relation(w, cid))} \u00b7 "
        f"{escape(w.level.spec.score.name)}: {escape(shown)}<br>{escape(c.bio)}"
    )


def _sentence(words: str) -> str:
    """Words that end as a sentence does (the engine joins a person's reasons with full
    stops and leaves the last one off)."""
    return words if words.endswith((".", "!", "?")) else f"{words}."


def friends(w: World, table: Offers) -> list[Row]:
    rows = messages(w, table)
    down = pulling_down(w)
    if down and not present.hidden(w.level):
        rows.append(Row(f"<b>{escape(present.pulling_it_down(w.level))}</b>", heading=True))
        rows += [
            Row(
                f"<b>{escape(w.level.characters[c].name)}</b>: {escape(_sentence(why))}",
                face=c,
                mood="worried",
            )
            for c, why in down
        ]
    rows.append(Row("<b>Your friends</b>", heading=True))
    for c in w.level.spec.characters:
        if c.id in w.friends:
            markup = _person(w, c.id)
            asks = table.get(("help", c.id))
            if asks is not None and c.help is not None:
                markup += f'<br><i>"{escape(c.help.text)}"</i>'
            rows.append(_person_card(w, table, c, markup, mood_of(w, c)))
    others = [c for c in w.level.spec.characters if c.id not in w.friends]
    for title, group in (
        ("Suggested for you by the system", [c for c in others if c.suggested]),
        ("Other people", [c for c in others if not c.suggested]),
    ):
        if group:
            rows.append(Row(f"<b>{title}</b>", heading=True, joins_column=True))
        rows += [_person_card(w, table, c, _person(w, c.id)) for c in group]
    return rows


TOGGLE_LABELS = ("Befriend", "Unfriend")
"""The engine's words on the button that ends a person's card, whichever it is."""
PERSON_VERBS = ("help", "message", "befriend", "unfriend")
"""A person's buttons, left to right. Befriend or Unfriend ends every card on the right and
Message stands just left of it, so each keeps one place down the list, friend or not."""


def _person_card(w: World, table: Offers, c: Character, markup: str, mood: str = "neutral") -> Row:
    """A person's card; where Message is not on offer, the engine's reason stands in its
    place (a stranger cannot be messaged), so the missing button is explained."""
    if table.get(("message", c.id)) is None and not w.ended:
        why = VERBS["message"].refusal(w, Action("message", c.id))
        markup += f"<br><i>{escape(why)}</i>" if why else ""
    found = [table.get((v, c.id)) for v in PERSON_VERBS]
    row = _card(markup, found, face=c.id, mood=mood)
    return replace(row, widest=TOGGLE_LABELS)


def messages(w: World, table: Offers) -> list[Row]:
    """Characters' messages waiting for a reply, each reply a button, their face beside it."""
    rows = []
    for tid in w.open_talks:
        c, talk = w.level.talks[tid]
        found = [table.get(("reply", f"{tid}/{r.id}")) for r in talk.replies]
        markup = f'<b>{escape(c.name)}</b> writes:<br>"{escape(talk.text)}"'
        rows.append(_card(markup, found, face=c.id, mood=talk.mood.value))
    if rows:
        rows.insert(0, Row("<b>Waiting for your reply</b>", heading=True))
    return rows


def mood_of(w: World, c: Character) -> str:
    """A friend's face: glad once helped, worried while asking for help, calm otherwise."""
    if c.id in w.helped:
        return "happy"
    if c.help and w.day >= c.help.from_day:
        return "worried"
    return "neutral"


ONCE_DONE = "You can do this only once. Done."
"""A service the player used that works once a level (the day shifts work every day)."""


def services(w: World, table: Offers, applied_today: frozenset[str] = frozenset()) -> list[Row]:
    """A card per service on offer, and one, said done, per service used today that is not
    on offer again until tomorrow (a day shift): a card that vanished under the pointer
    moved the next one there, and a second click bought that instead."""
    rows = [Row("<b>Services</b>", heading=True)]
    for s in w.level.spec.services:
        gone = not holds(s.available, w)
        if gone and s.id not in applied_today:
            continue
        desc = f"<br>{escape(s.description)}" if s.description else ""
        o = None if gone else table.get(("apply", s.id))
        status = "Done today." if gone else _service_status(o, _done_words(w, s))
        label = present.evidence_label(s.evidence.value)
        markup = (
            f"<b>{escape(s.label)}</b>\u00a0\u00b7 <i>{escape(s.category)}</i> <i>[{label}]</i>"
            f"{desc}{'<br>' if status else ''}{status}"
        )
        picture = service_picture(s.id, s.label, s.category)
        button = o is not None and (o.allowed or o.refusal == NO_TIME)  # live or greyed out
        rows.append(_card(markup, [o] if button else [], picture=picture))
    return rows


def _done_words(w: World, s: Service) -> str | None:
    """What a service no longer on offer says: done (once a level: said so, as a bare 'Done.'
    on the next days read as done for today), or None when the last day is over and the
    player never used it."""
    used = s.id in w.used_services
    if used and s.once and not w.ended:
        return ONCE_DONE
    return "Done." if used or not w.ended else None


def _service_status(o: Offer | None, done: str | None) -> str:
    """Done (not said after the last day of a service the player never used), closed with
    the engine's reason, or available at this player's price. A closed service has not
    refused the player (they never applied): it says what stands in the way. With no actions
    left today the engine's "no time" is said once, atop the list: the card says the price
    and shows its button greyed out. The card names the service, so the reason does not
    name it again: it says the engine's reason without the name (`Offer.reason`); for a
    price, that gives why it differs from the list price (a perk, a surcharge)."""
    if o is None:
        return done or "Closed: the last day is over."
    if o.refused_for is Refused.TIME:
        if o.price_note:
            return f"<b>Price for you:</b> {_price_tag(o)}"
        return f"Price {_price_tag(o)}" if o.price else ""
    if o.reason is not None:
        return f"<b>You can't apply now:</b> {escape(o.reason[:1].upper() + o.reason[1:])}"
    if o.price_note:
        return f"<b>Price for you:</b> {_price_tag(o)}"
    return f"Available for {_price_tag(o)}" if o.price else "Available"


def score(w: World) -> list[Row]:
    level, spec = w.level, w.level.spec
    if present.hidden(level):
        return [
            Row(
                f"<b>{escape(spec.score.name)}</b><br>The people in charge do not show "
                "you your score or why it changes. You will see everything in the debrief."
            )
        ]
    if not present.joined(w):
        return [
            Row(
                f"<b>{escape(spec.score.name)}: none</b> \u00b7 "
                f"{present.NOT_JOINED.capitalize()}. The tiers below are what joining would bring.",
                heading=True,
            ),
            *_tiers(w),
            *_privileges(w),
        ]
    tier = present.tier_of(w)
    limits = [spec.label_of("restrictions", r) for r in sorted(w.restrictions)]
    bans = f"<br>In force: {escape(', '.join(limits))}" if limits else ""
    name, glyph, label = escape(spec.score.name), present.tier_glyph(tier), escape(tier.label)
    if present.shows_number(level):
        number = escape(present.score_text(level, w.score))
        head = f"<b>{name}: {number}</b> \u00b7 tier {glyph} {label}"
    else:  # the tier is the score: said once, not 'Listed · tier Listed'
        head = f"<b>{name}: {glyph} {label}</b>"
    rows = [Row(head + bans, heading=True)]
    rows += _factors(w) + _tiers(w) + _privileges(w)
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


TIER_CARD_CHARACTERS = 2000
"""Tier lines go on one card up to about this much text, then on the next: a level of 200
tiers would otherwise make one card taller than an image can be."""
TIER_NAMES = 12
"""Perks and restrictions named on a tier's line; more are counted."""


TIER_LINES = 15
"""Tiers listed by name at most, those around the player's; the others are counted. Each
line is a card's worth of text at large sizes: 200 tiers, each with long labels, took
gigabytes of drawn text."""


def _tiers(w: World) -> list[Row]:
    lines = _around_the_player(w, _tier_lines(w))
    cards: list[list[str]] = [[]]
    for line in lines:
        if cards[-1] and sum(map(len, cards[-1])) + len(line) > TIER_CARD_CHARACTERS:
            cards.append([])
        cards[-1].append(line)
    return [Row("<b>Tiers</b><br>" + "<br>".join(cards[0]))] + [
        Row("<br>".join(card)) for card in cards[1:]
    ]


def _around_the_player(w: World, lines: list[str]) -> list[str]:
    """At most TIER_LINES of the tier lines (highest first), centred on the player's tier,
    with a line counting those left out above and below."""
    if len(lines) <= TIER_LINES:
        return lines
    ids = [t.id for t in reversed(w.level.tiers)]
    here = ids.index(w.tier) if w.tier in ids else len(ids) - 1
    start = min(max(0, here - TIER_LINES // 2), len(lines) - TIER_LINES)
    kept = lines[start : start + TIER_LINES]
    above, below = start, len(lines) - start - TIER_LINES
    if above:
        kept.insert(0, f"<i>{above} higher {_plural(above, 'tier')} not shown</i>")
    if below:
        kept.append(f"<i>{below} lower {_plural(below, 'tier')} not shown</i>")
    return kept


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"


def _tier_lines(w: World) -> list[str]:
    """One line per tier, from the highest: its name, where it starts and what it brings."""
    spec = w.level.spec
    lines = []
    for t in reversed(w.level.tiers):
        gets = [spec.label_of("perks", p) for p in t.perks]
        gets += [spec.label_of("restrictions", r) for r in t.restrictions]
        if len(gets) > TIER_NAMES:
            gets[TIER_NAMES - 1 :] = [f"and {len(gets) - TIER_NAMES + 1} more"]
        ranged = "(" in t.label  # "Good (670 to 739)" already says where it starts
        shown = present.shows_number(w.level) and not ranged
        floor = f" from {spec.score.shown(t.min)}" if shown else ""
        here = " <b>\u2190 you</b>" if t.id == w.tier and present.joined(w) else ""
        lines.append(
            f"{present.tier_glyph(t)} <b>{escape(t.label)}</b>{floor}: "
            f"{escape(', '.join(gets) or 'nothing special')}{here}"
        )
    return lines


def _privileges(w: World) -> list[Row]:
    """Every perk and restriction with its evidence label and its caveat, held or not."""
    spec, rows = w.level.spec, []
    for title, entries, held in (
        ("Perks", spec.perks, w.perks),
        ("Restrictions", spec.restrictions, w.restrictions),
    ):
        if not entries:
            continue
        rows.append(Row(f"<b>{title}</b>", heading=True))
        for entry in entries:
            mark = " <b>(you have this)</b>" if entry.id in held else ""
            label = present.evidence_label(entry.evidence.value)
            desc = f"<br>{escape(entry.description)}" if entry.description else ""
            rows.append(Row(f"<b>{escape(entry.label)}</b> <i>[{label}]</i>{mark}{desc}"))
    return rows
