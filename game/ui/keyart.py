"""Key art in the portraits' style (flat shapes, the same small palette): the title's street
scene and one illustration per level card, each drawn once and cached by the caller."""

import hashlib
import math
from collections.abc import Callable

import pygame

from game.ui.dial import BAND_SHADES
from game.ui.icons import tier_icon
from game.ui.portraits import BACKDROPS, SHIRTS, Pen, draw_face, traits_for

SKY = "#2c3e5c"
SKY_LOW = "#46607f"
GROUND = "#2a2f3a"
WINDOW = "#f0d98a"
BUILDINGS = ("#39465e", "#414f69", "#4a5873", "#354158")
INK = "#1b1b22"
PAPER = "#f4efe4"
RED = "#b0413e"


def _seed(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def _skyline(pen: Pen, key: str, base: float, top: float) -> None:
    """A row of buildings with lit windows between `top` and `base` (grid units)."""
    d, x, i = _seed(key), 0.0, 0
    s = pen.surface
    while x < 100:
        w = 7 + d[i % 32] % 9
        h = top + (d[(i + 7) % 32] % 100) / 100 * (base - top) * 0.7
        pygame.draw.rect(s, BUILDINGS[i % len(BUILDINGS)], pen.rect(x, h, w, base - h + 1))
        for wy in range(int(h) + 2, int(base) - 2, 4):
            for wx in range(int(x) + 1, int(x + w) - 2, 3):
                if d[(wx * 3 + wy) % 32] % 3:
                    pygame.draw.rect(s, WINDOW, pen.rect(wx, wy, 1.2, 1.6))
        x += w + 0.6
        i += 1


def _camera(pen: Pen, x: float, y: float, facing: int) -> None:
    s = pen.surface
    pygame.draw.rect(s, INK, pen.rect(x - 0.6, y, 1.2, 30))
    body = [
        pen.pt(x, y),
        pen.pt(x + facing * 7, y - 1.5),
        pen.pt(x + facing * 7, y + 2.5),
        pen.pt(x, y + 3),
    ]
    pygame.draw.polygon(s, "#d9dde3", body)
    pygame.draw.circle(s, RED, pen.pt(x + facing * 6.2, y + 0.5), pen.px(0.7))


def title_art(size: tuple[int, int]) -> pygame.Surface:
    """A night street: skyline, cameras, a billboard with the score dial, citizens below."""
    w, h = size
    s = pygame.Surface(size)
    s.fill(SKY)
    pygame.draw.rect(s, SKY_LOW, (0, h * 0.45, w, h * 0.55))
    wide = Pen(s, w / 100)
    tall = h / (w / 100)  # the grid is 100 wide; this many units tall
    _skyline(wide, "title", tall * 0.78, tall * 0.25)
    board = pygame.Rect(0, 0, int(w * 0.3), int(h * 0.5))
    board.center = (w // 2, int(h * 0.36))
    pygame.draw.rect(s, INK, (board.centerx - 4, board.bottom, 8, h), 0)
    pygame.draw.rect(s, PAPER, board, border_radius=10)
    pygame.draw.rect(s, INK, board, 4, border_radius=10)
    _dial(s, board.inflate(-24, -24))
    _camera(wide, 12, tall * 0.25, 1)
    _camera(wide, 88, tall * 0.3, -1)
    pygame.draw.rect(s, GROUND, (0, int(h * 0.78), w, h))
    face = max(24, int(h * 0.2))
    ids = ("ana", "bao", "chen", "dara", "eli", "fang", "gus", "hui", "ines")
    moods = (
        "neutral",
        "worried",
        "happy",
        "neutral",
        "angry",
        "neutral",
        "worried",
        "happy",
        "neutral",
    )
    count = min(len(ids), max(3, w // (face + 8)))
    gap = (w - count * face) / (count + 1)
    for i in range(count):
        portrait = draw_face(traits_for(ids[i]), face, moods[i])
        s.blit(portrait, (int(gap + i * (face + gap)), h - face - int(h * 0.04)))
    return s


def _dial(s: pygame.Surface, box: pygame.Rect) -> None:
    r = min(box.width // 2, box.height - 10)
    cx, cy = box.centerx, box.top + r + 6
    arc = pygame.Rect(cx - r, cy - r, 2 * r, 2 * r)
    for i in range(5):
        a0, a1 = math.pi * (1 - (i + 1) / 5), math.pi * (1 - i / 5)
        for k in range(max(6, r // 5)):
            pygame.draw.arc(s, BAND_SHADES[i], arc.inflate(-2 * k, -2 * k), a0 + 0.03, a1 - 0.03, 2)
    a = math.pi * 0.3
    pygame.draw.line(
        s, INK, (cx, cy), (cx + (r - 14) * math.cos(a), cy - (r - 14) * math.sin(a)), 5
    )
    pygame.draw.circle(s, INK, (cx, cy), 7)


# level cards ------------------------------------------------------------------------------
def _phone(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, INK, pen.rect(34, 8, 32, 84), border_radius=pen.px(6))
    pygame.draw.rect(s, PAPER, pen.rect(37, 14, 26, 66), border_radius=pen.px(3))
    for i in range(5):
        a0, a1 = math.pi * (1 - (i + 1) / 5), math.pi * (1 - i / 5)
        pygame.draw.arc(s, BAND_SHADES[i], pen.rect(40, 30, 20, 20), a0, a1, pen.px(3))
    pygame.draw.line(s, INK, pen.pt(50, 40), pen.pt(55, 33), pen.px(1.2))
    for y in (56, 63, 70):
        pygame.draw.rect(s, accent, pen.rect(40, y, 20, 4), border_radius=pen.px(1))


def _card(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, accent, pen.rect(14, 24, 72, 46), border_radius=pen.px(5))
    pygame.draw.rect(s, "#e2c65a", pen.rect(22, 36, 12, 9), border_radius=pen.px(1.5))
    for i in range(4):
        pygame.draw.rect(s, PAPER, pen.rect(22 + i * 14, 54, 10, 4))
    pygame.draw.rect(s, INK, pen.rect(14, 72, 72, 14), border_radius=pen.px(3))
    label = [pen.pt(20 + i * 7, 79 - (i % 3) * 2) for i in range(9)]
    pygame.draw.lines(s, "#7fbf7f", False, label, pen.px(1.5))


def _scooter(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, GROUND, pen.rect(0, 78, 100, 22))
    for x in (28, 72):
        pygame.draw.circle(s, INK, pen.pt(x, 76), pen.px(9))
        pygame.draw.circle(s, "#9b9ea4", pen.pt(x, 76), pen.px(4))
    pygame.draw.polygon(s, accent, [pen.pt(24, 66), pen.pt(78, 66), pen.pt(70, 56), pen.pt(34, 56)])
    pygame.draw.line(s, INK, pen.pt(72, 60), pen.pt(66, 30), pen.px(2))
    pygame.draw.rect(s, "#d17a34", pen.rect(22, 30, 24, 24), border_radius=pen.px(2))
    for i in range(5):
        tier_icon(s, "star", pen.pt(56 + i * 8, 14), pen.px(3), "#e2c65a" if i < 3 else "#9b9ea4")


def _skyline_art(pen: Pen, accent: str, key: str = "city") -> None:
    s = pen.surface
    pygame.draw.rect(s, SKY, pen.rect(0, 0, 100, 100))
    _skyline(pen, key, 82, 22)
    pygame.draw.rect(s, GROUND, pen.rect(0, 82, 100, 18))
    _camera(pen, 80, 30, -1)
    pygame.draw.circle(s, accent, pen.pt(18, 16), pen.px(7))


def _wallet(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, "#6b4a2f", pen.rect(14, 26, 72, 52), border_radius=pen.px(6))
    pygame.draw.rect(s, "#8a6240", pen.rect(50, 40, 40, 24), border_radius=pen.px(4))
    pygame.draw.circle(s, "#e2c65a", pen.pt(62, 52), pen.px(4))
    pygame.draw.rect(s, accent, pen.rect(20, 14, 28, 20), border_radius=pen.px(2))
    pygame.draw.circle(s, PAPER, pen.pt(34, 22), pen.px(4), pen.px(1.2))
    pygame.draw.rect(s, PAPER, pen.rect(31, 22, 6, 6))


def _stars(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, "#f2d6de", pen.rect(0, 0, 100, 100))
    for i in range(5):
        tier_icon(s, "star", pen.pt(14 + i * 18, 22), pen.px(7), "#e2c65a" if i < 4 else "#9b9ea4")
    face = draw_face(traits_for("lacie"), pen.px(50), "happy")
    s.blit(face, pen.pt(25, 40))
    pygame.draw.rect(s, PAPER, pen.rect(62, 56, 30, 14), border_radius=pen.px(3))
    pygame.draw.rect(s, accent, pen.rect(65, 60, 24, 6), border_radius=pen.px(2))


def _garden(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, "#dbe8dc", pen.rect(0, 0, 100, 100))
    pygame.draw.rect(s, "#5f8d4e", pen.rect(0, 74, 100, 26))
    for i, x in enumerate((18, 42, 66, 88)):
        h = 30 + (i % 2) * 12
        pygame.draw.line(s, "#2f6b3a", pen.pt(x, 76), pen.pt(x, 76 - h), pen.px(2))
        pygame.draw.ellipse(s, "#5f8d4e", pen.rect(x - 8, 70 - h, 8, 5))
        pygame.draw.circle(s, accent if i % 2 else "#d9b13b", pen.pt(x, 74 - h), pen.px(5))
    pygame.draw.circle(s, "#d9b13b", pen.pt(86, 14), pen.px(8))
    for i in range(5):
        pygame.draw.arc(
            s,
            BAND_SHADES[i],
            pen.rect(30, 6, 40, 40),
            math.pi * (1 - (i + 1) / 5),
            math.pi * (1 - i / 5),
            pen.px(3),
        )


def _clipboard(pen: Pen, accent: str) -> None:
    s = pen.surface
    pygame.draw.rect(s, "#8a6240", pen.rect(24, 10, 52, 84), border_radius=pen.px(4))
    pygame.draw.rect(s, PAPER, pen.rect(28, 18, 44, 72))
    pygame.draw.rect(s, "#9b9ea4", pen.rect(40, 6, 20, 8), border_radius=pen.px(2))
    for i in range(7):
        pygame.draw.rect(s, INK, pen.rect(32, 24 + i * 9, 28 - (i * 5) % 12, 2.5))
    stamp = pygame.Surface((pen.px(34), pen.px(16)), pygame.SRCALPHA)
    pygame.draw.rect(stamp, RED, stamp.get_rect(), pen.px(2), border_radius=pen.px(2))
    pygame.draw.line(stamp, RED, (pen.px(4), pen.px(8)), (pen.px(30), pen.px(8)), pen.px(2.5))
    s.blit(pygame.transform.rotate(stamp, 14), pen.pt(44, 54))


def _factory(pen: Pen, accent: str) -> None:
    """A small factory under two banners, one red and one black."""
    s = pen.surface
    pygame.draw.rect(s, GROUND, pen.rect(0, 84, 100, 16))
    pygame.draw.rect(s, "#6c7078", pen.rect(64, 22, 10, 40))
    for i in range(3):
        pygame.draw.circle(s, "#c9ccd2", pen.pt(70 + i * 6, 16 - i * 5), pen.px(4 + i))
    saw = [pen.pt(10, 84), pen.pt(10, 50)]
    for i in range(4):
        saw += [pen.pt(10 + i * 20, 40), pen.pt(30 + i * 20, 50)]
    saw.append(pen.pt(90, 84))
    pygame.draw.polygon(s, accent, saw)
    for i in range(4):
        pygame.draw.rect(s, WINDOW, pen.rect(16 + i * 20, 60, 8, 10))
    pygame.draw.rect(s, RED, pen.rect(8, 8, 22, 12), border_radius=pen.px(2))
    pygame.draw.rect(s, INK, pen.rect(34, 8, 22, 12), border_radius=pen.px(2))


MOTIFS: dict[str, Callable[[Pen, str], None]] = {
    "factory": _factory,
    "phone": _phone,
    "card": _card,
    "scooter": _scooter,
    "city": _skyline_art,
    "wallet": _wallet,
    "stars": _stars,
    "garden": _garden,
    "list": _clipboard,
}
KEYWORDS = (
    ("red_list", "factory"),
    ("factory", "factory"),
    ("company", "factory"),
    ("nosedive", "stars"),
    ("rating", "stars"),
    ("garden", "garden"),
    ("sesame", "garden"),
    ("list", "list"),
    ("court", "list"),
    ("fico", "card"),
    ("credit", "card"),
    ("gig", "scooter"),
    ("street", "scooter"),
    ("wallet", "wallet"),
    ("city", "city"),
    ("2020", "phone"),
    ("score", "phone"),
)


def motif_for(level_id: str, title: str) -> str:
    """The illustration a level gets: from words in its id or title, else the city."""
    text = f"{level_id} {title}".lower()
    return next((m for word, m in KEYWORDS if word in text), "city")


def level_art(level_id: str, title: str, size: int) -> pygame.Surface:
    """A square card illustration: the level's motif on a backdrop picked from its id."""
    big = max(32, size) * 2
    art = pygame.Surface((big, big), pygame.SRCALPHA)
    d = _seed(level_id)
    art.fill(BACKDROPS[d[0] % len(BACKDROPS)])
    accent = tuple(SHIRTS.values())[d[1] % len(SHIRTS)]
    MOTIFS[motif_for(level_id, title)](Pen(art, big / 100), accent)
    mask = pygame.Surface((big, big), pygame.SRCALPHA)
    pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=big // 8)
    art.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    return pygame.transform.smoothscale(art, (size, size))
