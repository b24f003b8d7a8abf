"""Shapes drawn in code: tier icons tell tiers apart by shape, service icons by category."""

import math

import pygame


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def tier_icon(
    surface: pygame.Surface, shape: str, center: tuple[int, int], r: int, colour: str
) -> None:
    """One of circle, square, triangle, diamond, star, cross, bars, shield."""
    cx, cy = center
    w = max(2, r // 3)
    if shape == "square":
        pygame.draw.rect(surface, colour, (cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6))
    elif shape == "triangle":
        pygame.draw.polygon(
            surface, colour, [(cx, cy - r), (cx + r, cy + r * 0.8), (cx - r, cy + r * 0.8)]
        )
    elif shape == "diamond":
        pygame.draw.polygon(
            surface, colour, [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
        )
    elif shape == "star":
        pygame.draw.polygon(surface, colour, _star(cx, cy, r))
    elif shape == "cross":
        pygame.draw.line(surface, colour, (cx - r, cy - r), (cx + r, cy + r), w + 1)
        pygame.draw.line(surface, colour, (cx - r, cy + r), (cx + r, cy - r), w + 1)
    elif shape == "bars":
        bw = max(2, r // 2)
        for i, h in enumerate((0.6, 1.2, 1.8)):
            x = cx - r + i * (bw + 2)
            pygame.draw.rect(surface, colour, (x, cy + r * 0.9 - r * h, bw, r * h))
    elif shape == "shield":
        pygame.draw.polygon(
            surface,
            colour,
            [(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)],
        )
    else:
        pygame.draw.circle(surface, colour, center, r)


CATEGORY_SHAPES = {
    "travel": "triangle",
    "money": "circle",
    "work": "square",
    "health": "cross",
    "housing": "shield",
    "dating": "diamond",
    "admin": "bars",
}
