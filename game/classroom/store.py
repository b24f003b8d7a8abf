"""The teacher's SQLite store: one file in WAL mode, so a crash mid-write loses nothing
already collected. Growth is bounded: at most MAX_RESULTS results and MAX_JOINS joins."""

import contextlib
import json
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from game.classroom.results import Results, parse_results
from game.userfiles import data_dir, parse_json

STORE_VERSION = 1
MAX_RESULTS = 2000
"""Results the store keeps in all (a school year of classes); more are refused."""
MAX_JOINS = 5000
MAX_SESSIONS = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (code TEXT PRIMARY KEY, level_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS joins (
    session TEXT NOT NULL, nickname TEXT NOT NULL, PRIMARY KEY (session, nickname));
CREATE TABLE IF NOT EXISTS seats (
    session TEXT NOT NULL, seat TEXT NOT NULL, nickname TEXT NOT NULL,
    PRIMARY KEY (session, seat));
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY, session TEXT NOT NULL, nickname TEXT NOT NULL,
    digest TEXT NOT NULL UNIQUE, body TEXT NOT NULL, UNIQUE (session, nickname));
"""


def default_db() -> Path:
    """The class database `class new --collect` and `class serve` use when given no --db:
    in the user data folder, whose place differs on Windows, macOS and Linux."""
    return data_dir() / "classroom" / "class.db"


class StoreError(Exception):
    """The database cannot be used (one line for the teacher)."""


class FullError(Exception):
    """The store holds as much as it may."""


class WriteError(Exception):
    """The database file cannot take a write now (the disk is full, the file went read-only,
    another program holds it); nothing is half-written, and the next write tries again."""

    def __init__(self, message: str, advice: str = "free some disk space") -> None:
        super().__init__(message)
        self.advice = advice
        """What the teacher can do about it (closing another program, not freeing space,
        when that program holds the database)."""


class DuplicateError(Exception):
    """These very results are already in (a resend)."""


class NicknameTakenError(Exception):
    """Other results under this nickname are already in for this session."""


DAMAGED = (
    "the class database is damaged (cut short or overwritten); every student's game kept "
    "its results file, so collect those files and report from their folder"
)
"""A damaged database is still this class's: say that nothing is lost, and what to do."""


IN_USE = (
    "another program is using the class database (a collector already running, or a "
    "database browser): close it and try again; nothing in it is lost"
)
"""A database locked by another program is this class's all the same: never call it foreign."""


def in_use(exc: sqlite3.Error) -> bool:
    """SQLite's words for a database another connection holds (after waiting its timeout)."""
    return "locked" in str(exc) or "busy" in str(exc)


HELD = "another program holds the database (a second collector, or a database browser): close it"
"""What the teacher can do when a write waited for another program's lock in vain."""
READ_ONLY_DISK = (
    "the disk is read-only, and collecting writes to the database; copy it to a folder "
    "you can write and name the copy with --db (class report reads it where it is)"
)


def _read_only_disk(path: Path) -> bool:
    """Whether the database's folder is on a disk mounted read-only (SQLite says only that
    it is 'unable to open database file')."""
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


class Store:
    """Thread-safe access to one database file; every write is one transaction."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        """Open (and with `read_only` False, create and set up) a class database.

        A report opens it `read_only`: it is never written then, so a database on a disk
        that cannot be written (a locked USB stick, a read-only share) is read all the same."""
        self.path = path
        self._lock = threading.Lock()
        self._read_only = read_only
        self._file: tuple[int, int] | None = None
        """The database file as opened: one deleted or replaced since takes no writes."""
        self._empty = False
        """Read-only, a file with no tables yet: no results, and nothing may create them."""
        try:
            if not read_only:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                _create_private(path)
            if not path.is_file():  # a device or pipe: SQLite would put its journal beside it
                raise StoreError(f"{path}: not a class database (not a regular file)")
            if read_only:
                self._open_for_reading()
                return
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._refuse_foreign()
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
            self._check_version()
            self._file = _identity(path)
        except sqlite3.DatabaseError as exc:
            self._let_go()
            if "malformed" in str(exc):  # SQLite's words for a file cut short or overwritten
                raise StoreError(f"{path}: {DAMAGED}") from None
            if in_use(exc):
                raise StoreError(f"{path}: {IN_USE}") from None
            if not read_only and _read_only_disk(path):
                raise StoreError(f"{path}: {READ_ONLY_DISK}") from None
            raise StoreError(f"{path}: not a class database ({exc})") from None
        except OSError as exc:
            self._let_go()
            raise StoreError(f"{path}: cannot open: {exc.strerror}") from None
        except StoreError:
            self._let_go()
            raise

    def _let_go(self) -> None:
        """Close the file of a database that cannot be used: a refused one stays open no
        longer (a stick could not be ejected while the collector kept it)."""
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()

    def _open_for_reading(self) -> None:
        """Read without writing. SQLite reads a database in WAL mode through a shared-memory
        file it makes beside it; where it cannot (a read-only disk) the file is read as one
        that cannot change, which it cannot there."""
        uri = self.path.absolute().as_uri()
        self._db = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        try:
            tables = self._tables()
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc):
                raise
            self._db.close()
            self._db = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
            tables = self._tables()
        self._empty = not tables
        if tables:
            self._refuse_foreign()
            self._check_version()

    def _tables(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}

    def _refuse_foreign(self) -> None:
        """Another program's database named by mistake is left exactly as it was: only an
        empty file or one that already has the store's tables is set up and written."""
        tables = self._tables()
        if tables and "meta" not in tables:
            self._db.close()
            raise StoreError(f"{self.path}: not a class database (it holds other tables)")

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None:
            if not self._read_only:
                self._db.execute("INSERT INTO meta VALUES ('version', ?)", (str(STORE_VERSION),))
        elif not (str(row[0]).isascii() and str(row[0]).isdigit() and len(str(row[0])) <= 9):
            raise StoreError(f"{self.path}: not a class database (its version is not a number)")
        elif int(row[0]) > STORE_VERSION:
            raise StoreError(
                f"{self.path}: class database version {row[0]} is newer than this game"
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The lock, with a damaged page met on the way (found only when read) or a file the
        system will not let be used said as the teacher's one line (StoreError)."""
        with self._lock:
            try:
                yield
            except sqlite3.OperationalError as exc:  # writes say theirs first (WriteError)
                raise StoreError(f"{self.path}: cannot use it now ({exc})") from None
            except sqlite3.DatabaseError:
                raise StoreError(f"{self.path}: {DAMAGED}") from None

    # sessions ---------------------------------------------------------------------------

    def add_session(self, code: str, level_id: str) -> None:
        with self._locked():
            count = self._db.execute("SELECT count(*) FROM sessions").fetchone()[0]
            if count >= MAX_SESSIONS:
                raise FullError(f"the database already holds {MAX_SESSIONS} sessions")
            self._db.execute("INSERT OR IGNORE INTO sessions VALUES (?, ?)", (code, level_id))

    def sessions(self) -> dict[str, str]:
        with self._locked():
            return dict(self._db.execute("SELECT code, level_id FROM sessions ORDER BY code"))

    # students ---------------------------------------------------------------------------
    def add_join(self, session: str, nickname: str, seat: str | None = None) -> None:
        """Count a student who started. A join from a seat that already joined this session
        under another nickname (its game started again, with a new random nickname) takes
        the place of that join, unless results came under it or another seat joined as it:
        each seat counts once, whenever the collector was stopped and started."""
        with self._locked():
            if self._count("joins") >= MAX_JOINS or self._count("seats") >= MAX_JOINS:
                raise FullError(f"the database already holds {MAX_JOINS} joins")
            self._still_there()
            try:
                self._db.execute("BEGIN IMMEDIATE")
                if seat is not None:
                    self._leave_seat(session, seat, nickname)
                    self._db.execute(
                        "INSERT OR REPLACE INTO seats VALUES (?, ?, ?)", (session, seat, nickname)
                    )
                self._db.execute("INSERT OR IGNORE INTO joins VALUES (?, ?)", (session, nickname))
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                raise self._write_failed(exc) from None

    def _leave_seat(self, session: str, seat: str, nickname: str) -> None:
        """Uncount the nickname this seat joined under before, if it was only that: no results
        came under it, and no other seat joined as it."""
        row = self._db.execute(
            "SELECT nickname FROM seats WHERE session=? AND seat=?", (session, seat)
        ).fetchone()
        if row is None or row[0] == nickname:
            return
        before = row[0]
        finished = self._db.execute(
            "SELECT 1 FROM results WHERE session=? AND nickname=?", (session, before)
        ).fetchone()
        shared = self._db.execute(
            "SELECT 1 FROM seats WHERE session=? AND nickname=? AND seat!=?",
            (session, before, seat),
        ).fetchone()
        if finished is None and shared is None:
            self._db.execute("DELETE FROM joins WHERE session=? AND nickname=?", (session, before))

    def add_results(self, results: Results) -> None:
        """Store one student's results; DuplicateError, NicknameTakenError or FullError say
        why not (the first results under a nickname are the ones kept)."""
        body = json.dumps(results.to_json(), separators=(",", ":"))
        with self._locked():
            if self._count("results") >= MAX_RESULTS:
                raise FullError(f"the database already holds {MAX_RESULTS} results")
            self._still_there()
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(
                    "INSERT INTO results (session, nickname, digest, body) VALUES (?, ?, ?, ?)",
                    (results.session, results.nickname, results.digest, body),
                )
                self._db.execute(
                    "INSERT OR IGNORE INTO joins VALUES (?, ?)", (results.session, results.nickname)
                )
                self._db.execute("COMMIT")
            except sqlite3.IntegrityError:
                self._db.execute("ROLLBACK")
                if self._db.execute(
                    "SELECT 1 FROM results WHERE digest=?", (results.digest,)
                ).fetchone():
                    raise DuplicateError("these results are already in") from None
                raise NicknameTakenError(
                    f"your teacher already has other results from '{results.nickname}'"
                ) from None
            except sqlite3.OperationalError as exc:
                raise self._write_failed(exc) from None

    def _write_failed(self, exc: sqlite3.OperationalError) -> WriteError:
        """Undo a transaction a failed write left open, so the next write can begin."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        advice = HELD if in_use(exc) else "free some disk space"
        return WriteError(f"cannot store results in {self.path} ({exc})", advice)

    def _still_there(self) -> None:
        """WriteError when the database file was deleted or replaced while collecting: SQLite
        would go on writing to the deleted file, and every result sent would be lost when
        the collector stops."""
        if self._read_only or _identity(self.path) == self._file:
            return
        raise WriteError(
            f"cannot store results in {self.path}: the file was deleted or replaced while "
            "collecting",
            "stop the collector and start it again (it starts a new database there)",
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """Per session, newest code first: how many joined and how many finished (the
        dashboard's numbers)."""
        with self._locked():
            out = {
                code: {"joined": 0, "finished": 0}
                for code, _ in self._db.execute(
                    "SELECT code, level_id FROM sessions ORDER BY rowid DESC"
                )
            }
            for session, n in self._db.execute("SELECT session, count(*) FROM joins GROUP BY 1"):
                out.setdefault(session, {"joined": 0, "finished": 0})["joined"] = n
            for session, n in self._db.execute("SELECT session, count(*) FROM results GROUP BY 1"):
                out.setdefault(session, {"joined": 0, "finished": 0})["finished"] = n
            return out

    def results(self, session: str | None = None) -> list[Results]:
        """Every usable stored result (of one session)."""
        return [item for item in self.stored(session) if isinstance(item, Results)]

    def stored(self, session: str | None = None) -> list[Results | str]:
        """Every stored result (of one session) in order, checked again on the way out: the
        result, or one line saying why it cannot be used. One row edited by hand, or stored
        by a game whose checks were looser, must not take the others with it."""
        query, args = "SELECT body FROM results ORDER BY id", ()
        if session is not None:
            query, args = "SELECT body FROM results WHERE session=? ORDER BY id", (session,)
        if self._empty:
            return []
        with self._locked():
            bodies = [row[0] for row in self._db.execute(query, args)]
        out: list[Results | str] = []
        for body in bodies:
            try:  # a row is text someone could have edited: read as a user file is
                out.append(parse_results(parse_json(str(body), "the stored result")))
            except ValueError as exc:
                out.append(f"a stored result is unreadable ({exc})")
        return out

    def _count(self, table: str) -> int:
        return self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at path now (device and inode), or None when none is."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _create_private(path: Path) -> None:
    """Make a new database file readable by its owner only: it holds students' nicknames and
    results, and a school computer may have other accounts (SQLite gives its journal files
    the database file's mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    _keep_private(path)


def _keep_private(path: Path) -> None:
    """A database an older copy of the game made readable by every account (the umask's
    0644), and the journal files SQLite made beside it with its mode, are made the owner's
    only when collected into again. Only the owner's own files; none on Windows, whose
    files have no such modes; a disk that refuses (read-only) is left as it is."""
    if os.name == "nt":
        return
    for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        with contextlib.suppress(OSError):
            info = os.stat(file)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(file, stat.S_IMODE(info.st_mode) & ~0o077)
