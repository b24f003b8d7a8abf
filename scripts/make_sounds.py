"""Write the game's synthesised sounds (game/ui/synth.py) to assets/sounds/*.wav.

The game loads these files instead of synthesising at start-up: loading all eleven takes
about 0.4 ms against about 32 ms to synthesise them (measured with --time). Rerun after
changing synth.py and commit the files. Run:
    python scripts/make_sounds.py [OUT_FOLDER] [--time]
--time prints how long synthesising every sound takes against loading the written files.
"""

import argparse
import io
import os
import sys
import tempfile
import time
import wave
from pathlib import Path

from game.paths import assets_dir
from game.ui.synth import RATE, SOUNDS, to_int16


def wav_bytes(samples: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples)
    return buffer.getvalue()


def write_whole(path: Path, data: bytes) -> None:
    """A whole file or none: a temp file in the same folder, then a rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=assets_dir() / "sounds")
    parser.add_argument("--rate", type=int, default=RATE, choices=(22050, 44100, 48000))
    parser.add_argument("--time", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    waves = {name: to_int16(make(args.rate)) for name, make in SOUNDS.items()}
    built = time.perf_counter() - start
    for name, samples in waves.items():
        write_whole(args.out / f"{name}.wav", wav_bytes(samples.tobytes(), args.rate))
    print(f"wrote {len(waves)} sounds to {args.out}")
    if args.time:
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        import pygame

        pygame.mixer.init(args.rate, -16, 1, 512)
        start = time.perf_counter()
        for name in waves:
            pygame.mixer.Sound(str(args.out / f"{name}.wav"))
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        for samples in waves.values():
            pygame.sndarray.make_sound(samples)
        handed = time.perf_counter() - start
        print(f"synthesise {built * 1000:.1f} ms + hand to mixer {handed * 1000:.1f} ms")
        print(f"load WAV files {loaded * 1000:.1f} ms")
        pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
