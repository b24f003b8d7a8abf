"""Class sessions on loopback only: servers on free ports, stopped after each test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from game.classroom.code import SessionCode, make_code
from game.classroom.levels import shipped_levels
from game.classroom.results import Results, make_results
from game.classroom.server import DEFAULT_LIMITS, ClassServer, Limits
from game.classroom.store import Store
from game.core.level import Level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

STRATEGIES = ("random", "conformist", "dissident", "loyal_friend", "maximiser")


@pytest.fixture(scope="session")
def sesame() -> Level:
    return next(lv for lv in shipped_levels() if lv.id == "sesame_garden")


def bot_results(level: Level, code: SessionCode, student: int) -> Results:
    """One bot student: its own strategy and bot seed, the class's scenario."""
    strategy = STRATEGIES[student % len(STRATEGIES)]
    return results_of(level, code, f"student-{student:02d}", strategy, student)


def results_of(
    level: Level, code: SessionCode, nickname: str, strategy: str, bot_seed: int
) -> Results:
    """The results a bot playing this strategy hands in under this nickname."""
    episode = run_episode(level, chooser_for(level, strategy), code.seed, bot_seed=bot_seed)
    return make_results(
        nickname,
        code.text,
        level.id,
        level.content_hash,
        code.seed,
        episode.actions,
        episode.outcome,
        strategy,
    )


@pytest.fixture(scope="session")
def class_results(sesame: Level) -> list[Results]:
    code = make_code(sesame.id, sesame.content_hash, 7)
    return [bot_results(sesame, code, i) for i in range(6)]


class Running:
    """A collecting server on a free loopback port, in a thread."""

    def __init__(
        self,
        db: Path,
        limits: Limits,
        sessions: dict[str, str],
        port: int = 0,
        family: list[Running] | None = None,
    ) -> None:
        self.db, self.limits = db, limits
        self.family = family if family is not None else []
        """The collectors the test started (restarts too), for the fixture to stop."""
        self.family.append(self)
        self.store = Store(db)
        for code, level_id in sessions.items():
            self.store.add_session(code, level_id)
        self.server = ClassServer(("127.0.0.1", port), self.store, limits)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def address(self) -> tuple[str, int]:
        return self.server.server_address[:2]

    def collect_code(self, level: Level, seed: int = 7) -> SessionCode:
        host, port = self.address
        return make_code(level.id, level.content_hash, seed, collect=f"{host}:{port}")

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
        self.store.close()

    def restarted(self) -> Running:
        """This collector stopped and started again: the same port (the codes name it) and
        database, as `class serve` run again with the same command."""
        port = self.address[1]
        self.stop()
        return Running(self.db, self.limits, {}, port, self.family)


@pytest.fixture
def collecting(tmp_path: Path) -> Iterator[tuple[ClassServer, Store, list[str]]]:
    """A collecting server on loopback in a thread, with the lines it logs for the teacher."""
    store = Store(tmp_path / "class.db")
    lines: list[str] = []
    server = ClassServer(("127.0.0.1", 0), store, Limits(), log=lines.append)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server, store, lines
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    store.close()


@pytest.fixture
def serve(tmp_path: Path) -> Iterator:
    running: list[Running] = []

    def start(
        sessions: dict[str, str] | None = None, limits: Limits = DEFAULT_LIMITS, db=None
    ) -> Running:
        return Running(db or tmp_path / "class.db", limits, sessions or {}, family=running)

    yield start
    for r in running:
        if r.thread.is_alive():
            r.stop()


def rng() -> np.random.Generator:
    return np.random.default_rng(0)


@pytest.fixture
def projector() -> Iterator:
    """Shows a report's score-band step on the projector; returns the texts drawn."""
    from tests.classroom.projector import band_chart_texts

    yield from band_chart_texts()


@pytest.fixture
def class_database(tmp_path: Path, sesame: Level, class_results: list[Results]) -> Path:
    """A class database file holding one session and its students' results, closed."""
    path = tmp_path / "class.db"
    store = Store(path)
    store.add_session(class_results[0].session, sesame.id)
    for results in class_results:
        store.add_results(results)
    store.close()
    return path


@pytest.fixture
def pages_overwritten(class_database: Path) -> Path:
    """That database with its pages past the header overwritten: it opens, and breaks when
    read (a sync tool or a failing disk)."""
    data = bytearray(class_database.read_bytes())
    for page in range(3 * 4096, len(data), 4096):
        data[page : page + 200] = b"\xff" * 200
    class_database.write_bytes(bytes(data))
    return class_database
