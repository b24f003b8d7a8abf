"""The briefing: who you are, the regime as it is told to you, and what you want from life."""

from __future__ import annotations

from html import escape

from pygame_gui.core import UIElement

from game.core.money import money_text
from game.ui.scene import PAGE_MARGIN, SessionScene, finish_scroller


class BriefingScene(SessionScene):
    name = "briefing"

    def build(self, root: UIElement) -> None:
        h, m, line = self.size[1], PAGE_MARGIN, self.kit.line
        spec = self.session.level.spec
        box, x, col = self.page(f"<b>{escape(spec.meta.title)}</b>", 900, root)
        inner, width, y = box.get_container(), col - 24, 0
        message = self.director.take_message()
        note = escape(message or "").replace("\n", "<br>")
        parts = ([f"<b>Note:</b> {note}"] if note else []) + [
            f"<b>Who you are</b><br>{escape(spec.player.role)}",
            f"<b>The {escape(spec.score.name)}, as you are told</b><br>"
            f"{escape(spec.player.briefing)}",
            "<b>What you want</b><br>"
            + "<br>".join(
                f"\u2022 <b>{escape(g.label)}</b>: {escape(g.description)}" for g in spec.goals
            ),
            f"You have {spec.player.days} days, {spec.player.actions_per_day} actions a day and "
            f"{money_text(spec.player.money)} to spend.",
        ]
        for part in parts:
            y += self.text(part, 0, y, width, inner, object_id="#card").get_relative_rect().height
            y += 10
        finish_scroller(box, y)
        self.button(
            "Start day 1", (x, h - m - line), lambda: self.director.play(self.session), root
        )
        self.button(
            "Back",
            (x + col - self.text_width("Back") - 40, h - m - line),
            self.director.level_select,
            root,
        )
        self.focus.focus_key("Start day 1")

    def on_escape(self) -> bool:
        self.director.level_select()
        return True
