"""A child process for the kill test: writes one kind of user file over and over, A then B.

Run as `python -m tests.hostile.kill_writer KIND FOLDER`; prints `ready` once the first
version is on disk, then alternates versions until it is killed.
"""

import sys
from pathlib import Path


def versions(kind: str) -> tuple[object, object]:
    """Two complete versions of one kind of file, large enough for a write to take a while."""
    if kind in ("csv", "png"):
        return (b"A" * 300_000, b"B" * 400_000)
    if kind == "settings":
        from game.ui.store import Settings

        return (Settings(text_scale=100), Settings(text_scale=200, high_contrast=True))
    from game.core.actions import END_DAY
    from game.core.record import SessionRecord

    def record(n: int) -> SessionRecord:
        return SessionRecord("tiny", "0" * 64, n, (END_DAY,) * n, ("event",) * n)

    return (record(2000), record(3000))


def write(kind: str, folder: Path, version: object) -> None:
    from game.userfiles import write_atomic, write_json

    if kind == "save":
        from game.ui.store import save_session

        assert save_session(version) is None  # type: ignore[arg-type]
    elif kind == "settings":
        from game.ui.store import save_settings

        assert save_settings(version) is None  # type: ignore[arg-type]
    elif kind == "record":
        write_json(folder / "run.json", version.to_json())  # type: ignore[attr-defined]
    else:
        write_atomic(folder / f"out.{kind}", version)  # type: ignore[arg-type]


def main() -> None:
    kind, folder = sys.argv[1], Path(sys.argv[2])
    first, second = versions(kind)
    write(kind, folder, first)
    print("ready", flush=True)
    while True:
        write(kind, folder, second)
        write(kind, folder, first)


if __name__ == "__main__":
    main()
