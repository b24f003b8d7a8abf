"""The debrief: the reveal, the score over time, what was given up, the full ledger, the facts."""

from __future__ import annotations

from html import escape

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIImage

from game.ui import present
from game.ui.dial import draw_chart
from game.ui.scene import PAGE_MARGIN, SessionScene, finish_scroller


class DebriefScene(SessionScene):
    name = "debrief"

    def build(self, root: UIElement) -> None:
        h, m, line = self.size[1], PAGE_MARGIN, self.kit.line
        spec = self.session.level.spec
        box, x, col = self.page(f"<b>Debrief: {escape(spec.meta.title)}</b>", 980, root)
        inner, width, y = box.get_container(), col - 24, 0
        sections = self.sections()
        for i, part in enumerate(sections):
            if i == 2:
                y = self._chart(inner, width, y)
            y += self.text(part, 0, y, width, inner, object_id="#card").get_relative_rect().height
            y += 10
        finish_scroller(box, y)
        self.button("Back to level select", (x, h - m - line), self.director.level_select, root)

    def _chart(self, inner: UIElement, width: int, y: int) -> int:
        height = max(160, min(300, width // 3))
        surface = pygame.Surface((width, height))
        start = (0, self.session.level.spec.score.start)
        points = [(max(1, d), s) for d, s in (start, *self.session.world.history)]
        draw_chart(surface, self.kit, self.session.level, points[1:] or points)
        UIImage(
            pygame.Rect(0, y, width, height), surface, manager=self.kit.manager, container=inner
        )
        return y + height + 10

    def sections(self) -> list[str]:
        s, level, w = self.session, self.session.level, self.session.world
        spec = level.spec
        out = []
        if spec.debrief.reveal:
            out.append(f"<b>What you were not told</b><br>{escape(spec.debrief.reveal)}")
        final = (
            f"{escape(spec.score.name)}: {escape(spec.score.shown(w.score))} "
            f"({escape(present.tier_of(w).label)})"
        )
        out.append(
            f"<b>Your {escape(spec.score.name)} over time</b><br>{final}<br>"
            f"{escape(spec.debrief.summary)}"
        )
        out.append(self._tiers_and_perks())
        out.append(self._goals())
        out.append(self._given_up())
        ledger = [present.ledger_markup(level, c, full=True) for c in s.changes()]
        out.append("<b>The full ledger</b><br>" + ("<br>".join(ledger) or "No changes."))
        for card in spec.debrief.cards:
            myth = f"<b>Myth:</b> {escape(card.myth)}<br>" if card.myth else ""
            sources = "<br>".join(escape(u) for u in card.sources)
            out.append(
                f"<b>{escape(card.title)}</b> "
                f"<i>[{escape(present.evidence_label(card.evidence.value))}]</i><br>"
                f"{myth}<b>Reality:</b> {escape(card.reality)}"
                + (f"<br><i>{sources}</i>" if sources else "")
            )
        out.append(
            "<b>Questions to discuss</b><br>"
            + "<br>".join(f"{i}. {escape(q)}" for i, q in enumerate(spec.debrief.questions, 1))
        )
        out.append(f"<b>What is invented here</b><br>{escape(spec.debrief.invented)}")
        out.append(f"<b>What this does to a society</b><br>{escape(spec.debrief.society)}")
        if spec.debrief.sources:
            out.append("<b>Sources</b><br>" + "<br>".join(escape(u) for u in spec.debrief.sources))
        return out

    def _tiers_and_perks(self) -> str:
        level, o = self.session.level, self.session.outcome()
        spec = level.spec
        labels = {t.id: t.label for t in level.tiers}
        path = [labels[t] for t in sorted(o.tiers_reached, key=o.tiers_reached.__getitem__)]
        gained = [spec.label_of("perks", p) for p, day in o.perks_gained.items() if day]
        lost = [spec.label_of("perks", p) for p in o.perks_lost]
        imposed = [spec.label_of("restrictions", r) for r in o.restrictions_applied]
        arrow = " \u2192 "
        return (
            f"<b>Tiers reached:</b> {escape(arrow.join(path))}<br>"
            f"<b>Perks gained:</b> {escape(', '.join(gained) or 'none')}<br>"
            f"<b>Perks lost:</b> {escape(', '.join(lost) or 'none')}<br>"
            f"<b>Restrictions imposed:</b> {escape(', '.join(imposed) or 'none')}"
        )

    def _goals(self) -> str:
        spec, o = self.session.level.spec, self.session.outcome()
        lines = []
        for g in spec.goals:
            met = o.goals.get(g.id, ("failed", 0))[0] == "met"
            state = "\u2713 met" if met else "\u2717 missed"
            lines.append(f"{escape(g.label)}: <b>{state}</b>")
        return "<b>Your goals</b><br>" + ("<br>".join(lines) or "none")

    def _given_up(self) -> str:
        level, o = self.session.level, self.session.outcome()
        names = level.characters
        cut = [names[c].name for _, c in o.friends_cut]
        cut += [f"{names[c].name} ({why})" for _, c, why in o.friends_lost]
        critical = [p.id for p in level.spec.posts if p.tone == "critical" or "critical" in p.tags]
        written = {p for _, p in o.posts_written}
        wrote = sum(p in written for p in critical)
        signalling = sum(-c.money for c in o.choices if c.action.verb == "buy" and c.score > 0)
        return (
            f"<b>What you gave up</b><br>Friends cut: {escape(', '.join(cut) or 'none')}<br>"
            f"Critical posts written: {wrote} of {len(critical)}; not written: "
            f"{len(critical) - wrote}<br>"
            f"Money spent on purchases that raised your score: {signalling}"
        )

    def on_escape(self) -> bool:
        self.director.level_select()
        return True
