"""Things drawn in code: a picture for each shop item and service, and the player's avatar.

A card's picture is chosen from the words the player already reads (the item's id and label,
the service's id, label and category) and then from the item's tags, so a level needs no new
field and a new item still gets a sensible picture; what nothing matches gets a shopping bag
(an item) or a form (a service). Pictures are flat shapes on a soft tile, drawn large and
smoothed down like the portraits, and cached: a frame never draws one.
"""

import re
from collections.abc import Callable, Iterable

import pygame

from game.ui.icons import tier_icon
from game.ui.portraits import DRAW_SCALE, Pen

INK = "#2b2d38"
WHITE = "#fbfaf7"
TILES = {
    "warm": "#f0e2c8",
    "green": "#dbe8dc",
    "blue": "#dfe6ee",
    "rose": "#eddcdc",
    "violet": "#e4dced",
    "sand": "#eee6cf",
}

# A picture's words, in order of preference: the first picture with a word in the card's own
# words wins (a "flowers for Mom" gift is flowers); the item's tags are tried after.
WORDS: tuple[tuple[str, str], ...] = (
    ("baby", "diaper diapers baby formula"),
    ("game", "game games video skins gamepad"),
    ("tv", "anime stream streaming tv"),
    ("shoe", "shoe shoes boots trainers"),
    ("shirt", "clothes jacket coat shirt hairnets"),
    ("flower", "flower flowers houseplant plant"),
    ("envelope", "envelope"),
    ("gift", "gift gifts basket"),
    ("cup", "tea coffee latte flat"),
    ("bowl", "noodles lunch takeaway banquet buffet dinner kitchen"),
    ("veg", "veg vegetables farmers cabbage"),
    ("candy", "mints gum sweets candy"),
    ("sack", "flour rice oil peanuts sugar pork ingredients"),
    ("groceries", "groceries food"),
    ("medicine", "medicine drops eye health clinic insurance operation"),
    ("bottle", "water bottles drinks energy caffeine"),
    ("book", "book books novel textbook textbooks library course study education"),
    ("camera", "camera photogenic"),
    ("light", "ring light"),
    ("star", "star stars rating coaching smile review"),
    ("phone", "phone chargers charger data screen mount device gadget"),
    ("ticket", "ticket tickets concert lottery voucher golf luck"),
    ("cigarette", "cigarettes cigarette habit"),
    ("flag", "flag poster patriotic"),
    ("key", "key backup security lease"),
    ("flame", "coal briquettes heating"),
    ("bike", "bike bicycle"),
    ("car", "car ride lot cam freshener wash"),
    ("train", "train rail"),
    ("bus", "bus transport"),
    ("plane", "flight fly trip"),
    ("boat", "ferry boat ship"),
    ("passport", "visa passport"),
    ("bed", "hotel hostel room"),
    ("house", "housing rent home elm studio allowance welfare"),
    ("heart", "dating date heart community volunteer donate blood"),
    ("party", "party social launch leisure"),
    ("bolt", "electricity utilities power"),
    ("coin", "money loan pay repay card statement balance wages tax vat fine points aid"),
    ("briefcase", "work job shift gig stall sales ads staff contract contracts bid"),
    ("crate", "trade customs order packing investment equipment subsidy"),
    ("brush", "art draw zine print pitch"),
    ("wrench", "repair fix"),
    ("document", "admin report form licence diploma degree appeal bills"),
    ("shield", "safety kit fire"),
)
"""Picture to the words that choose it, one string of space-separated words each."""
_BY_WORD = {word: kind for kind, words in reversed(WORDS) for word in words.split()}
"""Word to picture; a word two pictures list goes to the earlier one."""
_RANK = {kind: i for i, (kind, _) in enumerate(WORDS)}
_WORD = re.compile(r"[a-z]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.replace("_", " ").lower())


def choose(words: Iterable[str], fallback: str) -> str:
    """The first picture in WORDS that any of `words` names, else `fallback`."""
    found = [_BY_WORD[w] for w in words if w in _BY_WORD]
    return min(found, key=_RANK.__getitem__) if found else fallback


def item_picture(item_id: str, label: str, tags: Iterable[str]) -> str:
    """A shop item's picture: what its id names, else its label, else its tags, else a bag."""
    return _first((_words(item_id), _words(label), _words(" ".join(tags))), "bag")


SERVICE_VERBS = frozenset({"book"})
"""Words that name an object in a shop but an action in a service ("Book a hotel")."""


def service_picture(service_id: str, label: str, category: str) -> str:
    """A service's picture: what its id or label names (a bike, a visa), else its category,
    else a form."""
    tiers = (_words(service_id), _words(label), _words(category))
    return _first(tuple([w for w in t if w not in SERVICE_VERBS] for t in tiers), "document")


def _first(tiers: tuple[list[str], ...], fallback: str) -> str:
    for words in tiers:
        found = choose(words, "")
        if found:
            return found
    return fallback


def _tile(kind: str) -> str:
    for name, kinds in (
        ("green", "candy veg sack groceries flower bottle bike bus train"),
        ("blue", "phone tv game camera light plane boat car passport key"),
        ("rose", "baby heart medicine gift envelope party flag"),
        ("violet", "ticket star book brush bed shirt shoe"),
        ("sand", "cup bowl coin briefcase crate wrench document flame house cigarette"),
    ):
        if kind in kinds.split():
            return TILES[name]
    return TILES["warm"]


Draw = Callable[[Pen], None]


def _poly(p: Pen, colour: str, *points: tuple[float, float]) -> None:
    pygame.draw.polygon(p.surface, colour, [p.pt(x, y) for x, y in points])


def _rect(p: Pen, colour: str, x: float, y: float, w: float, h: float, r: float = 0) -> None:
    pygame.draw.rect(p.surface, colour, p.rect(x, y, w, h), border_radius=p.px(r) if r else 0)


def _oval(p: Pen, colour: str, x: float, y: float, w: float, h: float, width: float = 0) -> None:
    pygame.draw.ellipse(p.surface, colour, p.rect(x, y, w, h), p.px(width) if width else 0)


def _dot(p: Pen, colour: str, x: float, y: float, r: float, width: float = 0) -> None:
    pygame.draw.circle(p.surface, colour, p.pt(x, y), p.px(r), p.px(width) if width else 0)


def _line(p: Pen, colour: str, a: tuple[float, float], b: tuple[float, float], w: float) -> None:
    pygame.draw.line(p.surface, colour, p.pt(*a), p.pt(*b), p.px(w))


def _bag(p: Pen) -> None:
    pygame.draw.arc(p.surface, INK, p.rect(36, 18, 28, 34), 0, 3.14, p.px(4))
    _rect(p, "#c0392b", 24, 34, 52, 46, 6)
    _rect(p, "#e07a5f", 24, 34, 52, 8, 3)


def _baby(p: Pen) -> None:  # a baby's bottle
    _rect(p, "#e8a0a8", 44, 14, 12, 10, 4)
    _rect(p, "#6d9dc5", 38, 24, 24, 8, 2)
    _rect(p, WHITE, 36, 32, 28, 50, 8)
    _rect(p, "#f2e6c9", 38, 52, 24, 28, 6)
    for y in (42, 52, 62):
        _line(p, INK, (38, y), (46, y), 2)


def _game(p: Pen) -> None:
    _rect(p, "#3b4a6b", 14, 34, 72, 36, 16)
    _rect(p, WHITE, 26, 48, 14, 5)
    _rect(p, WHITE, 30.5, 43.5, 5, 14)
    _dot(p, "#e07a5f", 64, 46, 4)
    _dot(p, "#f2a900", 72, 54, 4)


def _tv(p: Pen) -> None:
    _rect(p, INK, 14, 24, 72, 48, 6)
    _rect(p, "#6d9dc5", 19, 29, 62, 38, 3)
    _poly(p, WHITE, (44, 38), (44, 58), (60, 48))
    _line(p, INK, (40, 12), (50, 24), 3)
    _line(p, INK, (60, 12), (50, 24), 3)
    _rect(p, INK, 36, 74, 28, 6, 2)


def _shoe(p: Pen) -> None:
    _poly(p, "#6b4a2f", (18, 36), (38, 36), (44, 48), (78, 56), (84, 66), (84, 70), (18, 70))
    _rect(p, INK, 16, 68, 70, 8, 3)
    for x in (30, 36, 42):
        _line(p, "#f2e6c9", (x, 44), (x + 6, 44), 2)


def _shirt(p: Pen) -> None:
    _poly(
        p,
        "#3b6aa0",
        (36, 16),
        (64, 16),
        (86, 30),
        (78, 44),
        (68, 40),
        (68, 84),
        (32, 84),
        (32, 40),
        (22, 44),
        (14, 30),
    )
    _poly(p, WHITE, (42, 16), (58, 16), (50, 28))
    for y in (36, 48, 60, 72):
        _dot(p, WHITE, 50, y, 2)


def _flower(p: Pen) -> None:
    _line(p, "#5f8d4e", (50, 44), (50, 80), 4)
    _oval(p, "#5f8d4e", 52, 58, 16, 8)
    for dx, dy in ((0, -12), (11, -4), (7, 10), (-7, 10), (-11, -4)):
        _dot(p, "#e07a8f", 50 + dx, 36 + dy, 9)
    _dot(p, "#f2c14e", 50, 36, 7)
    _poly(p, "#b86b3c", (34, 74), (66, 74), (62, 90), (38, 90))


def _envelope(p: Pen) -> None:
    _rect(p, "#c0392b", 28, 14, 44, 72, 4)
    _poly(p, "#9e2a20", (28, 14), (72, 14), (50, 34))
    _dot(p, "#f2c14e", 50, 52, 10)
    _dot(p, "#c0392b", 50, 52, 5)


def _gift(p: Pen) -> None:
    _rect(p, "#c0392b", 20, 40, 60, 44, 3)
    _rect(p, "#e07a5f", 16, 30, 68, 14, 3)
    _rect(p, "#f2c14e", 45, 30, 10, 54)
    _oval(p, "#f2c14e", 30, 16, 20, 16, 4)
    _oval(p, "#f2c14e", 50, 16, 20, 16, 4)


def _cup(p: Pen) -> None:
    pygame.draw.arc(p.surface, INK, p.rect(62, 42, 20, 22), -1.6, 1.6, p.px(5))
    _poly(p, WHITE, (22, 34), (72, 34), (66, 78), (28, 78))
    _rect(p, "#8a5a3c", 24, 34, 46, 8, 3)
    _rect(p, INK, 16, 78, 62, 5, 2)
    for x in (38, 52):
        pygame.draw.arc(p.surface, "#9b9ea4", p.rect(x, 12, 8, 18), 1.6, 4.7, p.px(2))


def _bowl(p: Pen) -> None:
    _line(p, "#8a5a3c", (40, 14), (58, 52), 3)
    _line(p, "#8a5a3c", (50, 12), (64, 50), 3)
    _rect(p, "#f2c14e", 20, 44, 60, 6, 3)
    pygame.draw.ellipse(p.surface, "#c0392b", p.rect(16, 30, 68, 52))
    _rect(p, TILES["sand"], 12, 28, 76, 22)
    for x in (28, 38, 48, 58, 68):
        pygame.draw.arc(p.surface, "#e0b45b", p.rect(x - 6, 40, 12, 12), 0, 3.14, p.px(3))
    _rect(p, "#c0392b", 16, 48, 68, 4)
    _rect(p, "#9e2a20", 38, 80, 24, 6, 2)


def _veg(p: Pen) -> None:
    _poly(p, "#d17a34", (36, 34), (58, 34), (48, 88))
    for x in (40, 47, 54):
        _line(p, "#5f8d4e", (47, 34), (x - 8 + (x - 40), 12), 5)
    for y in (46, 58, 70):
        _line(p, "#a0541e", (42, y), (50, y), 2)
    _dot(p, "#5f8d4e", 68, 66, 14)
    _dot(p, "#7fae6a", 64, 62, 6)


def _sack(p: Pen) -> None:
    _poly(p, "#d8c08a", (34, 26), (66, 26), (80, 82), (20, 82))
    _rect(p, "#b89a5e", 36, 20, 28, 10, 4)
    _line(p, "#8a6a3c", (34, 32), (66, 32), 3)
    _dot(p, "#8a6a3c", 50, 58, 10)
    _dot(p, "#d8c08a", 50, 58, 6)


def _groceries(p: Pen) -> None:
    _line(p, INK, (16, 24), (26, 24), 4)
    _line(p, INK, (26, 24), (34, 70), 4)
    _poly(p, "#3b6aa0", (28, 34), (86, 34), (78, 62), (32, 62))
    _dot(p, "#5f8d4e", 48, 30, 8)
    _dot(p, "#c0392b", 64, 28, 8)
    _line(p, INK, (34, 70), (78, 70), 4)
    _dot(p, INK, 40, 80, 5)
    _dot(p, INK, 72, 80, 5)


def _medicine(p: Pen) -> None:
    _rect(p, "#c0392b", 34, 14, 32, 12, 3)
    _rect(p, WHITE, 28, 26, 44, 60, 6)
    _rect(p, "#c0392b", 45, 42, 10, 30)
    _rect(p, "#c0392b", 35, 52, 30, 10)


def _bottle(p: Pen) -> None:
    _rect(p, "#3b6aa0", 42, 10, 16, 10, 3)
    _poly(p, "#9cc5e8", (42, 20), (58, 20), (66, 34), (66, 86), (34, 86), (34, 34))
    _rect(p, "#3b6aa0", 34, 48, 32, 16)
    _line(p, WHITE, (40, 32), (40, 44), 3)


def _book(p: Pen) -> None:
    _rect(p, "#6d4f91", 22, 16, 54, 70, 4)
    _rect(p, WHITE, 28, 78, 48, 6, 2)
    _rect(p, "#4e3670", 22, 16, 8, 70, 3)
    _rect(p, "#f2c14e", 38, 30, 30, 6)
    _rect(p, "#f2c14e", 38, 42, 22, 4)


def _camera(p: Pen) -> None:
    _rect(p, INK, 14, 32, 72, 46, 8)
    _rect(p, INK, 34, 24, 24, 12, 3)
    _dot(p, "#9b9ea4", 50, 55, 16)
    _dot(p, "#3b6aa0", 50, 55, 10)
    _dot(p, WHITE, 46, 51, 3)
    _rect(p, "#f2c14e", 70, 38, 8, 5)


def _light(p: Pen) -> None:
    _dot(p, "#f2e6a0", 50, 38, 26, 8)
    _rect(p, INK, 42, 28, 16, 22, 3)
    _line(p, INK, (50, 64), (50, 84), 4)
    _line(p, INK, (36, 88), (64, 88), 4)


def _star(p: Pen) -> None:
    tier_icon(p.surface, "star", p.pt(50, 50), p.px(36), "#f2a900")


def _phone(p: Pen) -> None:
    _rect(p, INK, 32, 12, 36, 76, 8)
    _rect(p, "#6d9dc5", 36, 20, 28, 56, 3)
    _dot(p, "#9b9ea4", 50, 82, 3)
    for y in (28, 38, 48):
        _rect(p, WHITE, 40, y, 20, 5, 2)


def _ticket(p: Pen) -> None:
    _rect(p, "#f2a900", 12, 30, 76, 40, 4)
    for x in (12, 88):
        _dot(p, _tile("ticket"), x, 50, 8)
    for y in range(34, 68, 8):
        _line(p, INK, (64, y), (64, y + 4), 2)
    _rect(p, INK, 24, 40, 30, 5)
    _rect(p, INK, 24, 52, 22, 4)


def _cigarette(p: Pen) -> None:
    _rect(p, WHITE, 16, 52, 54, 12)
    _rect(p, "#d17a34", 70, 52, 16, 12)
    _rect(p, "#c0392b", 12, 52, 5, 12)
    for x in (22, 28):
        pygame.draw.arc(p.surface, "#9b9ea4", p.rect(x - 4, 22, 10, 26), 1.6, 4.7, p.px(2))


def _flag(p: Pen) -> None:
    _line(p, INK, (26, 12), (26, 88), 4)
    _rect(p, "#3b6aa0", 28, 16, 52, 36)
    _rect(p, WHITE, 28, 29, 52, 10)


def _key(p: Pen) -> None:
    _dot(p, "#d9b13b", 32, 50, 18)
    _dot(p, _tile("key"), 32, 50, 7)
    _rect(p, "#d9b13b", 46, 45, 40, 10)
    _rect(p, "#d9b13b", 70, 55, 6, 12)
    _rect(p, "#d9b13b", 80, 55, 6, 8)


def _flame(p: Pen) -> None:
    _poly(p, "#d17a34", (50, 12), (72, 46), (74, 66), (62, 84), (38, 84), (26, 66), (30, 42))
    _poly(p, "#f2c14e", (50, 40), (62, 60), (58, 80), (42, 80), (38, 62))


def _bike(p: Pen) -> None:
    for x in (26, 74):
        _dot(p, INK, x, 64, 16, 4)
    _line(p, "#2f7f7a", (26, 64), (44, 40), 4)
    _line(p, "#2f7f7a", (44, 40), (66, 40), 4)
    _line(p, "#2f7f7a", (66, 40), (74, 64), 4)
    _line(p, "#2f7f7a", (44, 40), (54, 64), 4)
    _line(p, "#2f7f7a", (26, 64), (54, 64), 4)
    _line(p, INK, (40, 32), (50, 32), 4)
    _line(p, INK, (64, 28), (66, 40), 4)


def _car(p: Pen) -> None:
    _poly(p, "#c0392b", (12, 60), (20, 44), (32, 42), (40, 28), (66, 28), (76, 42), (88, 48))
    _rect(p, "#c0392b", 12, 44, 76, 22, 6)
    _poly(p, "#9cc5e8", (44, 33), (63, 33), (69, 43), (39, 43))
    _dot(p, INK, 30, 68, 9)
    _dot(p, INK, 70, 68, 9)
    _dot(p, "#9b9ea4", 30, 68, 4)
    _dot(p, "#9b9ea4", 70, 68, 4)


def _train(p: Pen) -> None:
    _rect(p, "#3b6aa0", 24, 14, 52, 62, 14)
    _rect(p, "#9cc5e8", 30, 24, 40, 22, 4)
    _dot(p, "#f2c14e", 36, 60, 5)
    _dot(p, "#f2c14e", 64, 60, 5)
    _line(p, INK, (34, 76), (24, 90), 4)
    _line(p, INK, (66, 76), (76, 90), 4)


def _bus(p: Pen) -> None:
    _rect(p, "#d9b13b", 16, 20, 68, 56, 8)
    _rect(p, "#9cc5e8", 22, 28, 56, 22, 3)
    _rect(p, INK, 16, 60, 68, 4)
    _dot(p, INK, 30, 78, 7)
    _dot(p, INK, 70, 78, 7)


def _plane(p: Pen) -> None:
    _poly(p, "#3b6aa0", (14, 54), (84, 40), (90, 46), (20, 62))
    _poly(p, "#3b6aa0", (46, 48), (62, 20), (70, 20), (62, 46))
    _poly(p, "#3b6aa0", (44, 56), (52, 80), (60, 80), (60, 52))
    _poly(p, "#3b6aa0", (18, 56), (12, 40), (18, 40), (28, 52))


def _boat(p: Pen) -> None:
    _poly(p, "#c0392b", (12, 56), (88, 56), (76, 76), (22, 76))
    _rect(p, WHITE, 30, 38, 40, 18, 3)
    _rect(p, INK, 44, 24, 10, 14)
    for x in (36, 48, 60):
        _rect(p, "#3b6aa0", x, 44, 6, 6)
    _rect(p, "#6d9dc5", 8, 80, 84, 6, 3)


def _passport(p: Pen) -> None:
    _rect(p, "#2f5a7a", 24, 12, 52, 76, 5)
    _dot(p, "#f2c14e", 50, 42, 13, 3)
    _line(p, "#f2c14e", (37, 42), (63, 42), 2)
    _rect(p, "#f2c14e", 36, 66, 28, 5)


def _bed(p: Pen) -> None:
    _rect(p, "#6d4f91", 12, 50, 76, 18, 3)
    _rect(p, INK, 12, 30, 6, 52)
    _rect(p, INK, 82, 56, 6, 26)
    _rect(p, WHITE, 20, 40, 22, 12, 5)
    _rect(p, "#9b86c0", 40, 44, 48, 8, 3)


def _house(p: Pen) -> None:
    _poly(p, "#c0392b", (50, 14), (88, 46), (12, 46))
    _rect(p, "#f2e6c9", 22, 46, 56, 40)
    _rect(p, "#8a5a3c", 44, 60, 14, 26)
    _rect(p, "#6d9dc5", 28, 54, 10, 10)
    _rect(p, "#6d9dc5", 64, 54, 10, 10)


def _heart(p: Pen) -> None:
    _dot(p, "#c0392b", 36, 40, 17)
    _dot(p, "#c0392b", 64, 40, 17)
    _poly(p, "#c0392b", (20, 46), (80, 46), (50, 84))


def _party(p: Pen) -> None:
    _poly(p, "#6d4f91", (30, 86), (48, 26), (72, 70))
    for x, y, c in ((26, 24, "#c0392b"), (68, 20, "#f2a900"), (80, 42, "#2f7f7a")):
        _dot(p, c, x, y, 5)
    _line(p, "#f2a900", (56, 40), (70, 32), 3)
    _line(p, "#c0392b", (20, 46), (30, 38), 3)


def _bolt(p: Pen) -> None:
    _poly(p, "#f2a900", (58, 10), (24, 56), (48, 56), (40, 90), (78, 40), (54, 40))


def _coin(p: Pen) -> None:
    _dot(p, "#b8862c", 50, 54, 32)
    _dot(p, "#e2b64a", 50, 50, 32)
    _dot(p, "#b8862c", 50, 50, 22, 3)
    _rect(p, "#b8862c", 44, 36, 12, 28, 3)


def _briefcase(p: Pen) -> None:
    _rect(p, INK, 38, 20, 24, 14, 5)
    _rect(p, _tile("briefcase"), 43, 25, 14, 9)
    _rect(p, "#6b4a2f", 14, 32, 72, 50, 6)
    _rect(p, "#8a6a3c", 14, 48, 72, 5)
    _rect(p, "#f2c14e", 45, 45, 10, 11, 2)


def _crate(p: Pen) -> None:
    _rect(p, "#b8862c", 18, 24, 64, 60, 3)
    _rect(p, "#8a6a3c", 18, 24, 64, 60, 0)
    _rect(p, "#d8a85a", 22, 28, 56, 52)
    _line(p, "#8a6a3c", (22, 28), (78, 80), 5)
    _line(p, "#8a6a3c", (78, 28), (22, 80), 5)


def _brush(p: Pen) -> None:
    _line(p, "#8a5a3c", (70, 14), (44, 56), 7)
    _rect(p, "#9b9ea4", 34, 54, 14, 10, 2)
    _poly(p, "#c0392b", (32, 62), (50, 64), (36, 86), (24, 84))


def _wrench(p: Pen) -> None:
    _line(p, "#6c7078", (30, 76), (62, 40), 10)
    _dot(p, "#6c7078", 68, 32, 16)
    _dot(p, _tile("wrench"), 74, 26, 8)
    _dot(p, "#6c7078", 28, 78, 7)


def _document(p: Pen) -> None:
    _poly(p, WHITE, (24, 12), (62, 12), (76, 26), (76, 88), (24, 88))
    _poly(p, "#d9d2c3", (62, 12), (76, 26), (62, 26))
    for y, w in ((36, 40), (48, 40), (60, 28)):
        _rect(p, "#6c7078", 32, y, w, 4)
    _dot(p, "#c0392b", 62, 74, 7)


def _shield(p: Pen) -> None:
    _poly(p, "#2f7f7a", (50, 12), (82, 24), (78, 58), (50, 88), (22, 58), (18, 24))
    _line(p, WHITE, (36, 50), (46, 62), 6)
    _line(p, WHITE, (46, 62), (66, 38), 6)


def _candy(p: Pen) -> None:
    _poly(p, "#e07a8f", (14, 34), (32, 50), (14, 66))
    _poly(p, "#e07a8f", (86, 34), (68, 50), (86, 66))
    _oval(p, "#c0392b", 28, 34, 44, 32)
    _line(p, WHITE, (40, 40), (48, 60), 4)
    _line(p, WHITE, (52, 40), (60, 60), 4)


def _avatar(p: Pen) -> None:
    """The player, who has no drawn face: a plain head-and-shoulders, as phones show."""
    _dot(p, "#6c7078", 50, 38, 17)
    _oval(p, "#6c7078", 18, 62, 64, 50)


DRAWINGS: dict[str, Draw] = {
    "bag": _bag,
    "baby": _baby,
    "game": _game,
    "tv": _tv,
    "shoe": _shoe,
    "shirt": _shirt,
    "flower": _flower,
    "envelope": _envelope,
    "gift": _gift,
    "cup": _cup,
    "bowl": _bowl,
    "veg": _veg,
    "sack": _sack,
    "groceries": _groceries,
    "medicine": _medicine,
    "bottle": _bottle,
    "book": _book,
    "camera": _camera,
    "light": _light,
    "star": _star,
    "phone": _phone,
    "ticket": _ticket,
    "cigarette": _cigarette,
    "flag": _flag,
    "key": _key,
    "flame": _flame,
    "bike": _bike,
    "car": _car,
    "train": _train,
    "bus": _bus,
    "plane": _plane,
    "boat": _boat,
    "passport": _passport,
    "bed": _bed,
    "house": _house,
    "heart": _heart,
    "party": _party,
    "bolt": _bolt,
    "coin": _coin,
    "briefcase": _briefcase,
    "crate": _crate,
    "brush": _brush,
    "wrench": _wrench,
    "document": _document,
    "shield": _shield,
    "candy": _candy,
    "avatar": _avatar,
}
"""Every picture by name; each draws in a 100 x 100 grid on its tile."""


def draw_picture(kind: str, size: int) -> pygame.Surface:
    """A square picture of `size` pixels on a rounded tile (an unknown kind: the bag)."""
    big = max(16, size) * DRAW_SCALE
    s = pygame.Surface((big, big), pygame.SRCALPHA)
    pen = Pen(s, big / 100)
    tile = "#dfe1e6" if kind == "avatar" else _tile(kind)
    pygame.draw.rect(s, tile, s.get_rect(), border_radius=pen.px(18))
    DRAWINGS.get(kind, _bag)(pen)
    return pygame.transform.smoothscale(s, (size, size))


class Pictures:
    """Drawn pictures cached by kind and size (a picture takes a millisecond or two)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], pygame.Surface] = {}

    def get(self, kind: str, size: int) -> pygame.Surface:
        key = (kind, size)
        surface = self._cache.get(key)
        if surface is None:
            surface = self._cache[key] = draw_picture(kind, size)
        return surface
