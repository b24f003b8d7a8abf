"""The debrief as a document (build_debrief), with text and HTML renderers; the chart and
card HTML are reused by the class report."""

from game.design.debrief.cards import CardView, card_views, verdict_of
from game.design.debrief.chart import Axis, chart_svg, fit_axis
from game.design.debrief.document import Debrief, build_debrief, tier_path, with_cost
from game.design.debrief.html import card_html, cards_html, render_html
from game.design.debrief.text import render_text

__all__ = [
    "Axis",
    "CardView",
    "Debrief",
    "build_debrief",
    "card_html",
    "card_views",
    "cards_html",
    "chart_svg",
    "fit_axis",
    "render_html",
    "render_text",
    "tier_path",
    "verdict_of",
    "with_cost",
]
