"""The application: window, scene stack and the async frame loop (browser-ready: no threads)."""

import asyncio
import gc
import os
import weakref

import pygame
import pygame_gui
from pygame_gui.core import UIElement

from game.ui.audio import quiet_stderr
from game.ui.kit import Kit
from game.ui.label_tips import LINK, PINNED_SECONDS, LabelTip, hovered_label
from game.ui.line_breaks import keep_line_breaks_on_their_row
from game.ui.scene import Scene
from game.ui.scenes.overlays import HelpScene
from game.ui.store import Settings, read_settings, save_settings

MIN_SIZE = (1024, 600)
START_SIZE = (1280, 720)
FPS = 60
DOUBLE_CLICK_S = 0.5
"""A second press this soon after the first, where the pointer was, is part of a double click."""
HOVER_NEWS = frozenset({pygame_gui.UI_BUTTON_ON_HOVERED, pygame_gui.UI_BUTTON_ON_UNHOVERED})
"""pygame_gui's notices that the pointer entered or left a button: nothing here reads them,
and each event costs a pass over every widget (hiding a tab's phone posts one per button)."""


def fit_window(wanted: tuple[int, int], desktop: tuple[int, int]) -> tuple[int, int]:
    """The window's size: as wanted, but no larger than the desktop (a 1024x600 laptop would
    otherwise lose the buttons at the bottom off its screen), and never under MIN_SIZE."""
    return (
        max(MIN_SIZE[0], min(wanted[0], desktop[0])),
        max(MIN_SIZE[1], min(wanted[1], desktop[1])),
    )


class App:
    """Owns the window and the stack; `tick()` runs exactly one frame (tests call it directly)."""

    def __init__(
        self, size: tuple[int, int] = START_SIZE, settings: Settings | None = None
    ) -> None:
        with quiet_stderr():  # probing for an audio device prints to stderr when none exists
            pygame.init()
        keep_line_breaks_on_their_row()
        pygame.display.set_caption("Citizen Score")
        self.notice: str | None = None
        """A message for the first screen that shows one (settings that could not be used)."""
        if settings is None:
            settings, self.notice = read_settings()
        self.settings = settings
        self.windowed_size = size
        self.screen = self._open_window(size)
        self.kit = Kit(self.screen.get_size(), self.settings)
        self.kit.apply_display = self.apply_settings
        self.kit.audio.start()
        self.kit.voice.start()
        self.stack: list[Scene] = []
        self.clock = pygame.time.Clock()
        self.running = True
        self.frames = 0
        self.extra_tick = None  # a callable run once a frame (the level watcher)
        self.elapsed = 0.0
        self.tip = LabelTip()
        self.collect_on_exit = False
        """After `settle_memory`: collect garbage whenever a scene leaves (see there)."""
        self._pointer_moved = False
        self._last_press: tuple[float, tuple[int, int], str] | None = None
        """When, where and on which button (focus key) the mouse last pressed one."""
        self._tip_focus: weakref.ref | None = None
        self._tip_beside: pygame.Rect | None = None
        """The focused button's rect the tip was last placed beside (None: no such tip)."""
        """The control the tip last followed (weak: a closed scene's widgets must be freed)."""
        self._tip_keys: weakref.WeakKeyDictionary[Scene, str | None] = weakref.WeakKeyDictionary()
        """Per scene, the focus key the tip last followed: focus put back on the same key (a
        window closed, a rebuild) is no move of the player's, so its tip is not shown again."""
        self._mouse_last = False
        """Whether the last press was the mouse's: focus the game moves after a click shows no
        tip (the mouse shows one by hovering a label), or it covers the next card's title."""

    def _open_window(self, size: tuple[int, int]) -> pygame.Surface:
        self.fullscreen = self.settings.fullscreen
        if self.settings.fullscreen and os.environ.get("SDL_VIDEODRIVER") != "dummy":
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        if os.environ.get("SDL_VIDEODRIVER") != "dummy":
            size = fit_window(size, pygame.display.get_desktop_sizes()[0])
        size = (max(MIN_SIZE[0], size[0]), max(MIN_SIZE[1], size[1]))
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    def settle_memory(self) -> None:
        """For a playing session (not tests): objects made at start-up (modules, models, fonts,
        the theme) live all session, so they are frozen out of the collector's generations and
        each full collection stays short (a few ms). A scene's killed widgets hold their
        surfaces in reference cycles until a collection runs; collecting when a scene leaves
        frees them at once instead of in some later frame, which keeps peak memory down."""
        gc.collect()
        gc.freeze()
        self.collect_on_exit = True

    def _collect(self) -> None:
        if self.collect_on_exit:
            gc.collect()

    # navigation ---------------------------------------------------------------------------
    def push(self, scene: Scene) -> None:
        if self.stack:
            self.stack[-1].on_pause()
            if not scene.modal:
                self.stack[-1].on_exit()
                self._collect()
        self.stack.append(scene)
        scene.on_enter()

    def pop(self) -> None:
        if self.stack:
            self.stack.pop().on_exit()
            self._collect()
        if self.stack:
            self.stack[-1].on_resume()
        else:
            self.running = False

    def replace(self, scene: Scene) -> None:
        while self.stack:
            self.stack.pop().on_exit()
        self._collect()
        self.push(scene)

    def quit(self) -> None:
        self.running = False

    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def visible(self) -> list[Scene]:
        """The top scene and everything under it down to the first non-modal one."""
        out: list[Scene] = []
        for scene in reversed(self.stack):
            out.append(scene)
            if not scene.modal:
                break
        return list(reversed(out))

    # settings and window --------------------------------------------------------------------
    def apply_settings(self) -> None:
        save_settings(self.settings)  # when it cannot be written, the settings still apply now
        if self.settings.fullscreen != self.fullscreen:
            # only fullscreen needs a new window: opening one blanks it (and takes a while)
            self.screen = self._open_window(self.windowed_size)
        self.resize(self.screen.get_size())

    def resize(self, size: tuple[int, int]) -> None:
        if not self.settings.fullscreen:
            self.windowed_size = size
        self.kit.size = size
        self.kit.restyle()
        for scene in self.stack:
            scene.restyle()

    # frame ----------------------------------------------------------------------------------
    def tick(self, dt: float | None = None) -> None:
        """One frame: events, update, draw."""
        dt = self.clock.tick(FPS) / 1000 if dt is None else dt
        events = merge_wheel(pygame.event.get(), self.settings.text_scale / 100)
        for i, event in enumerate(events):
            self.dispatch(event)
            if i + 1 < len(events):
                for scene in self.visible():  # the next click lands on the widgets now shown
                    scene.rebuild_if_dirty()
        if self.extra_tick is not None:
            self.extra_tick()
        self._update_scenes(dt)
        self.kit.manager.update(dt)
        self.elapsed += dt
        self._follow_tip()
        self._voice_focus()
        self.draw(self.screen)
        pygame.display.flip()
        self.frames += 1

    def _update_scenes(self, dt: float) -> None:
        """Each shown scene rebuilds what changed and does its frame's work. (Between two
        events of one frame only the rebuild runs: a quick second click would otherwise go to
        buttons already replaced, or to none at all after a change of text size.)"""
        for _ in range(3):  # a scene pushed while building gets its first build this frame
            top = self.top
            for scene in self.visible():
                scene.update(dt)
            if self.top is top:
                break

    def _follow_tip(self) -> None:
        """An evidence label's meaning under the mouse, or beside the focused card's button."""
        if self._pointer_moved:
            self._pointer_moved = False
            found = hovered_label(self.kit.manager)
            if found is not None:
                self.tip.show(found[0], pygame.mouse.get_pos())
                return
            self.tip.hide(self.elapsed)
        top = self.top
        element = top.focus.focused() if top is not None else None
        if element is (self._tip_focus() if self._tip_focus is not None else None):
            self._move_focus_tip(top, element)
            return
        self._tip_focus = weakref.ref(element) if element is not None else None
        key = top.focus_tip() if top is not None else None
        if top is not None:
            where = top.focus.current_key()
            moved = self._tip_keys.get(top, None) != where
            self._tip_keys[top] = where
            key = key if moved and not self._mouse_last else None
        if key is not None and element is not None:
            self._place_focus_tip(key, top, element)
        else:
            self._tip_beside = None
            self.tip.hide(self.elapsed)

    def _place_focus_tip(self, key: str, top: Scene | None, element: UIElement) -> None:
        """The tip beside the focused button, kept clear of its card."""
        rect = element.get_abs_rect().copy()  # the element's own rect moves with it
        self._tip_beside = rect
        self.tip.show(
            key,
            (rect.right, rect.top - 10),
            beside=rect,
            within=_shown_area(element),
            card=top.focus_card(element) if top is not None else None,
            words=top.focus_words(element) if top is not None else (),
        )

    def _move_focus_tip(self, top: Scene | None, element: UIElement | None) -> None:
        """A tip placed beside the focused button goes with it when the list scrolls it into
        view a frame later (placed once, it covered the button it had moved beside)."""
        key, placed = self.tip.key, self._tip_beside
        if key is None or element is None or placed is None or self.tip.beside is not placed:
            return
        if element.get_abs_rect() != placed:
            self._place_focus_tip(key, top, element)

    def _voice_focus(self) -> None:
        """Self-voicing reads the control that keyboard focus lands on."""
        if self.kit.voice.on and self.top is not None:
            element = self.top.focus.focused()
            self.kit.voice.follow_focus(element, getattr(element, "text", "") or "")

    def dispatch(self, event: pygame.event.Event) -> None:
        if event.type in HOVER_NEWS or _old_style(event):
            return
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type == pygame.VIDEORESIZE and not self.settings.fullscreen:
            size = (max(MIN_SIZE[0], event.w), max(MIN_SIZE[1], event.h))
            if size != tuple(self.screen.get_size()):
                self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
            self.resize(size)
            return
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F1:
            if not isinstance(self.top, HelpScene):
                self.push(HelpScene(self.kit, self))
            return
        if event.type == pygame.MOUSEMOTION:
            self._pointer_moved = True
        if event.type in (pygame.MOUSEBUTTONDOWN, pygame.KEYDOWN):
            self._mouse_last = event.type == pygame.MOUSEBUTTONDOWN
        if event.type == pygame_gui.UI_BUTTON_PRESSED and self._second_of_a_double_click(event):
            return
        if event.type == pygame_gui.UI_TEXT_BOX_LINK_CLICKED and event.link_target.startswith(LINK):
            key = event.link_target.removeprefix(LINK)
            self.tip.show(key, pygame.mouse.get_pos(), self.elapsed + PINNED_SECONDS)
            self.kit.voice.say(self.tip.text())
            return
        self.kit.manager.process_events(event)
        for scene in reversed(self.stack):
            if scene.handle_event(event) or scene.modal or not self.running:
                break

    def _second_of_a_double_click(self, event: pygame.event.Event) -> bool:
        """Whether this press is the second click of a double click whose first click made
        its button go and another take its place (cutting a friend must not also cut the next
        friend, whose Unfriend moves up under the pointer): that second press is dropped. The same button pressed twice
        (Text larger) counts twice."""
        top = self.top
        key = (
            next((k for k, e, _ in top.focus.items if e is event.ui_element), None) if top else None
        )
        if key is None:
            return False
        pos = pygame.mouse.get_pos()
        last, self._last_press = self._last_press, (self.elapsed, pos, key)
        if last is None or last[2] == key or self.elapsed - last[0] > DOUBLE_CLICK_S:
            return False
        near = abs(pos[0] - last[1][0]) <= 4 and abs(pos[1] - last[1][1]) <= 4
        if near:
            self._last_press = last
        return near

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.kit.colours.bg)
        for scene in self.visible():
            scene.draw(surface)
        self.kit.manager.draw_ui(surface)
        if self.top is not None:
            self.top.draw_overlay(surface)
        self.tip.draw(surface, self.kit)

    async def main_loop(self) -> None:
        while self.running:
            self.tick()
            await asyncio.sleep(0)
        self.shutdown()

    def shutdown(self) -> None:
        """Close fast: silence and close the sound first, then the window."""
        self.kit.voice.close()
        self.kit.audio.close()
        pygame.quit()


WHEEL_KEYS = ("x", "y", "precise_x", "precise_y")


def merge_wheel(events: list[pygame.event.Event], scale: float = 1.0) -> list[pygame.event.Event]:
    """The frame's wheel notches as one event where the first was, times `scale` (the text
    size): pygame_gui's scroll bar keeps only the last wheel event of a frame, so a quick spin
    of several notches moved a list by one notch; and a notch moves a list a fixed number of
    pixels, which at 200% text was one line instead of two. Scrolling felt sticky."""
    out: list[pygame.event.Event] = []
    first: int | None = None
    for event in events:
        if event.type != pygame.MOUSEWHEEL:
            out.append(event)
        elif first is None:
            first = len(out)
            out.append(event)
        else:
            out[first] = _added_wheel(out[first], event)
    if first is not None and scale != 1.0:
        wheel = out[first]
        scaled = {k: getattr(wheel, k, 0) * scale for k in WHEEL_KEYS}
        out[first] = pygame.event.Event(pygame.MOUSEWHEEL, {**wheel.dict, **scaled})
    return out


def _added_wheel(a: pygame.event.Event, b: pygame.event.Event) -> pygame.event.Event:
    summed = {k: getattr(a, k, 0) + getattr(b, k, 0) for k in WHEEL_KEYS}
    return pygame.event.Event(pygame.MOUSEWHEEL, {**a.dict, **summed})


def _old_style(event: pygame.event.Event) -> bool:
    """pygame_gui posts each of its events twice, once in an old form it keeps for older
    programs (a USEREVENT with a `user_type`); the game reads only the new form."""
    return event.type == pygame.USEREVENT and hasattr(event, "user_type")


def _shown_area(element: pygame_gui.core.UIElement) -> pygame.Rect:
    """The part of the window the containers around `element` show (a scrolled list clips
    to its view)."""
    area = element.ui_container.get_abs_rect()
    container = element.ui_container.ui_container
    while container is not None and container is not container.ui_container:
        area = area.clip(container.get_abs_rect())
        container = container.ui_container
    return area
