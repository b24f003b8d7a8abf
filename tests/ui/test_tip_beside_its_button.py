"""The meaning of an evidence label shown beside the focused button never covers that
button: with large text on a small window a button at the list's left edge has less room on
its right than the tip is wide, and the tip, pushed back into the window, sat on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.drive import FRAME, day_one, pay_the_lists_judgment

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_tip_beside_a_button_at_the_left_edge_of_the_list_never_covers_it(
    small_big_text: App,
) -> None:
    app = small_big_text
    day_one(app, "the_list")
    pay_the_lists_judgment(app)  # pay the judgment: focus goes to the train's Book
    assert app.top.focus.current_key() == "apply high_speed_train"
    for _ in range(400):  # the toast goes and the list grows back to its full height
        if not app.top.toasts:
            break
        app.tick(FRAME)
    for _ in range(5):
        app.tick(FRAME)
    assert app.tip.key is not None, "the focused card has an evidence label"
    button = app.top.focus.focused().get_abs_rect()
    tip = app.tip.rect(app.kit, app.screen.get_size())
    assert not tip.colliderect(button), (tip, button)
