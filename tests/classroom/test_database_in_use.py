"""A class database another program holds (a second collector, a database browser): one
line that says so, never "not a class database", which would invite deleting it."""

import sqlite3
from pathlib import Path

import pytest

from game.classroom.client import send_results
from game.classroom.code import make_code
from game.classroom.store import Store, StoreError

from .conftest import bot_results


def held(path: Path, exclusive: bool) -> sqlite3.Connection:
    """Another program's connection holding the database: for every access, or for writes."""
    other = sqlite3.connect(path, isolation_level=None)
    if exclusive:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT OR IGNORE INTO meta VALUES ('held', 'yes')")
        other.execute("COMMIT")  # the exclusive lock stays until the connection closes
    else:
        other.execute("BEGIN IMMEDIATE")
    return other


def test_a_database_another_program_holds_at_start_is_in_use_not_foreign(class_database):
    other = held(class_database, exclusive=True)
    try:
        with pytest.raises(StoreError) as refused:
            Store(class_database)
    finally:
        other.close()
    assert "another program is using the class database" in str(refused.value)
    assert "not a class database" not in str(refused.value)


def test_results_sent_while_another_program_holds_the_database_tell_the_teacher_to_close_it(
    collecting, sesame
):
    server, store, lines = collecting
    host, port = server.server_address[:2]
    code = make_code(sesame.id, sesame.content_hash, 7, collect=f"{host}:{port}")
    store.add_session(code.text, sesame.id)
    other = held(store.path, exclusive=False)
    try:
        delivery = send_results(code, bot_results(sesame, code, 0), timeout=30)
    finally:
        other.close()
    assert (delivery.ok, delivery.status) == (False, 503)
    assert len(lines) == 1 and "another program holds the database" in lines[0]
    assert "disk space" not in lines[0]
