"""All reading and writing of user files goes through here: atomic writes, versioned JSON.

Keeping file access in one small module lets the game run where files work differently
(a browser build) by swapping this module alone. Limits on what is read are in
docs/reliability.md; every refusal is a `FileFormatError` with a one-line message.
"""

import errno
import json
import math
import os
import re
import stat
import tempfile
import time
from pathlib import Path

import platformdirs

from game.core.content.problems import undecodable

APP = "citizen-score"
MAX_JSON_BYTES = 4 * 1024 * 1024
"""JSON user files (saves, records, settings, progress) larger than this are refused unread."""
MAX_JSON_DEPTH = 32
"""Lists and objects nested deeper than this are refused (the game writes at most 4)."""
MAX_NUMBER_CHARS = 40
"""Longer numbers are refused before Python converts them."""
TEMP_SUFFIX = ".tmp"
SHARED_MODE = 0o644
"""A file handed to someone else (a results file handed in to a teacher): its owner may
change it, every account may read it, as a file copied by hand would be."""
STALE_AFTER_SECONDS = 60.0
"""A temp file older than this belongs to a writer that was killed: a write takes milliseconds."""


def data_dir() -> Path:
    """Where saves, settings and session records live (CITIZEN_SCORE_HOME overrides it)."""
    override = os.environ.get("CITIZEN_SCORE_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def named_file_mode() -> int:
    """The mode of a file the user names for a command to write (a report, a CSV, a chart):
    that of any file they make, readable by all less their umask (0644 under the usual 022).
    Owner-only, a class report copied to the school's shared folder could not be opened."""
    mask = os.umask(0o077)  # read by setting: for that instant new files are more private
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(
    path: Path, content: str | bytes, overwrite: bool = True, mode: int | None = None
) -> None:
    """Write a whole file or nothing: a temp file in the same folder, fsync, then a rename.

    A reader (or a crash at any moment) sees the old complete file or the new one, never a
    torn one. Raises OSError when the folder cannot be written; the temp file is removed.
    With `overwrite=False` the file is linked into place instead, so an existing file is
    never replaced (FileExistsError). The file is readable by its owner only (0600, as the
    temp file is made) unless `mode` says otherwise, such as `SHARED_MODE` for a file handed
    to another account; `mode` is set as given, whatever the umask.

    A symbolic link is written through: the file it names is replaced and the link stays.
    Renaming onto the link itself would put a file in its place: run as root with output
    sent to a file, `--csv /dev/stdout` replaced the system's /dev/stdout link.
    """
    refuse_special_file(path)  # through the link too: /dev/stdout to a pipe is no file
    if overwrite:
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)  # before the rename: the file never shows with the wrong mode
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
            os.unlink(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def refuse_special_file(path: Path) -> None:
    """OSError when a device, FIFO or socket stands at path: the rename would put a regular
    file in its place (run as root, `--csv /dev/null` would replace /dev/null)."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):  # missing, or a name the system refuses: the write says why
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))


def write_json(path: Path, data: object, mode: int | None = None) -> None:
    """Write JSON atomically (`mode` as `write_atomic`); the data must carry its `kind` and
    `version`."""
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n", mode=mode)


def clean_stale_temp_files(folder: Path) -> int:
    """Remove temp files that killed writers left behind (in folder and its subfolders).

    Called once at start; returns how many were removed. Errors are ignored: cleaning is a
    courtesy, never a reason not to play.
    """
    removed = 0
    cutoff = time.time() - STALE_AFTER_SECONDS
    try:
        candidates = [p for p in folder.rglob(f".*{TEMP_SUFFIX}") if p.is_file()]
    except OSError:
        return 0
    for path in candidates:
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


class FileFormatError(ValueError):
    """A user file that cannot be used; the message is one line for the user."""


class NewerFileError(FileFormatError):
    """A file written by a newer version of the game: kept as it is for that version."""


class NotJSONError(FileFormatError):
    """The text is not JSON at all (as opposed to JSON past a limit)."""


def read_text_limited(path: Path, limit: int = MAX_JSON_BYTES) -> str:
    """A regular file's UTF-8 text, refusing FIFOs, devices, folders and oversized files."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise FileFormatError(f"{path}: not a regular file")
        if info.st_size > limit:
            raise FileFormatError(f"{path}: {info.st_size} bytes; the limit is {limit} bytes")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
        if len(raw) > limit:
            raise FileFormatError(f"{path}: more than {limit} bytes")
        return raw.decode("utf-8-sig")  # an editor's byte-order mark is not part of the text
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        line, column, message = undecodable(raw, exc)
        raise FileFormatError(f"{path}:{line}:{column}: {message}") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot read: {exc.strerror or exc}") from None


def parse_json(text: str, name: str) -> object:
    """Strict JSON: no NaN or Infinity, no overlong or infinite numbers, bounded nesting."""
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except DuplicateKeyError as exc:
        raise FileFormatError(f"{name}{_where_twice(text, exc.key)}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise NotJSONError(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise FileFormatError(f"{name}: nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError as exc:
        raise FileFormatError(f"{name}: {exc}") from None
    if _depth(data) > MAX_JSON_DEPTH:
        raise FileFormatError(f"{name}: nested more than {MAX_JSON_DEPTH} levels deep")
    return data


class DuplicateKeyError(ValueError):
    """An object names one key twice: JSON readers disagree on which value counts (Python
    takes the last, others the first), so a hand-edited file could show a viewer one seed
    or score and the game another."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {json.dumps(key)[:60]} is written twice in one object; keep one")
        self.key = key


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return data


def _where_twice(text: str, key: str) -> str:
    """`:line:column` of the second writing of `key`, when the text writes it as a key exactly
    twice (so that one is certainly the duplicate); otherwise nothing."""
    found = list(re.finditer(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", text))
    if len(found) != 2:
        return ""
    start = found[1].start()
    line = text.count("\n", 0, start) + 1
    return f":{line}:{start - (text.rfind(chr(10), 0, start) + 1) + 1}"


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number this game accepts")


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number longer than {MAX_NUMBER_CHARS} characters")
    return int(text)


def _finite_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number longer than {MAX_NUMBER_CHARS} characters")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large")
    return value


def _depth(data: object) -> int:
    """How deeply lists and objects nest, one level at a time and without recursion: one pass
    a level costs a tenth of a stack entry a value (8 MiB of empty lists: 6.2 s with a stack
    of every value, 0.4 s by levels)."""
    level: list[object] = [data]
    depth = 0
    while True:
        containers = [node for node in level if type(node) is list or type(node) is dict]
        if not containers:
            return depth
        depth += 1
        if depth > MAX_JSON_DEPTH:
            return depth
        level = []
        for node in containers:
            level.extend(node.values() if isinstance(node, dict) else node)


def read_json(path: Path, kind: str, version: int, limit: int = MAX_JSON_BYTES) -> dict:
    """Read a versioned JSON file, refusing broken, foreign or newer files with a clear message."""
    data = parse_json(read_text_limited(path, limit), str(path))
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise FileFormatError(f"{path}: not a {kind} file")
    found = data.get("version")
    if "version" not in data:
        raise FileFormatError(f"{path}: missing version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        shown = json.dumps(found)[:40]
        raise FileFormatError(f"{path}: version {shown} is not a version (1 or more)")
    if found > version:
        raise NewerFileError(f"{path}: {kind} version {found} is newer than this game ({version})")
    return data


def set_aside(path: Path) -> Path | None:
    """Move a corrupt file out of the way (never delete it) and return where it went.

    None when it cannot be moved (a read-only folder): the file stays where it is, untouched.
    """
    target = path.with_name(path.name + ".corrupt")
    n = 1
    try:
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.corrupt{n}")
        os.replace(path, target)
    except OSError:
        return None
    return target


def why_not_writable(exc: OSError) -> str:
    """A short reason a write failed, for the one message the player sees."""
    reasons = {
        "EROFS": "the disk is read-only",
        "EACCES": "the folder is not writable",
        "EPERM": "the folder is not writable",
        "ENOSPC": "the disk is full",
        "EDQUOT": "the disk quota is full",
        "ENOTDIR": "a file is in the way of the folder",
        "EEXIST": "a file is in the way of the folder",
        "EISDIR": "a folder is in the way of the file",
    }
    name = errno.errorcode.get(exc.errno or 0, "")
    return reasons.get(name, exc.strerror or str(exc))
