"""The game's sounds, synthesised with numpy: short cues for what the regime does to you and a
quiet ambient loop. scripts/make_sounds.py writes them to assets/sounds/, which the game
loads (faster at start-up than synthesising them each time)."""

from collections.abc import Callable

import numpy as np

RATE = 22050
AMBIENT_SECONDS = 8.0

Wave = np.ndarray
"""Mono float32 samples in -1..1."""


def _t(seconds: float, rate: int) -> Wave:
    return np.arange(int(seconds * rate), dtype=np.float32) / rate


def _env(n: int, attack: float, rate: int, decay: float) -> Wave:
    """A fast attack then an exponential fall (decay: seconds to fall to about a third)."""
    t = np.arange(n, dtype=np.float32) / rate
    rise = np.clip(t / max(attack, 1e-4), 0, 1)
    return rise * np.exp(-t / decay)


def _tone(freq: float, seconds: float, rate: int, decay: float, bright: float = 0.3) -> Wave:
    """A soft bell: a sine with a little of its octave and twelfth."""
    t = _t(seconds, rate)
    w = np.sin(2 * np.pi * freq * t) + bright * np.sin(4 * np.pi * freq * t)
    w += bright * 0.4 * np.sin(6 * np.pi * freq * t)
    return (w * _env(len(t), 0.005, rate, decay)).astype(np.float32)


def _sequence(notes: list[tuple[float, float]], gap: float, rate: int, decay: float) -> Wave:
    """Notes (frequency, length) starting `gap` seconds apart, overlapping as they ring."""
    total = gap * (len(notes) - 1) + max(length for _, length in notes)
    out = np.zeros(int(total * rate) + 1, dtype=np.float32)
    for i, (freq, length) in enumerate(notes):
        tone = _tone(freq, length, rate, decay)
        start = int(i * gap * rate)
        out[start : start + len(tone)] += tone
    return out


def _noise(seconds: float, rate: int, seed: int) -> Wave:
    return np.random.default_rng(seed).uniform(-1, 1, int(seconds * rate)).astype(np.float32)


def _lowpass(w: Wave, strength: int) -> Wave:
    """A moving average: cheap and enough to turn hiss into a thump."""
    kernel = np.ones(strength, dtype=np.float32) / strength
    return np.convolve(w, kernel, mode="same").astype(np.float32)


def click(rate: int) -> Wave:
    return _tone(1800, 0.04, rate, 0.008, bright=0.1) * 0.5


def tick(rate: int) -> Wave:
    return _tone(2600, 0.03, rate, 0.006, bright=0.0) * 0.3


def tier_up(rate: int) -> Wave:
    return _sequence([(523.3, 0.5), (659.3, 0.5), (784.0, 0.5), (1046.5, 0.6)], 0.09, rate, 0.18)


def tier_down(rate: int) -> Wave:
    return _sequence([(392.0, 0.5), (311.1, 0.5), (261.6, 0.5), (196.0, 0.7)], 0.12, rate, 0.2)


def perk_won(rate: int) -> Wave:
    return _sequence([(1318.5, 0.4), (1975.5, 0.5)], 0.08, rate, 0.15) * 0.7


def perk_lost(rate: int) -> Wave:
    t = _t(0.45, rate)
    freq = 320 * np.exp(-t * 2.2)
    phase = 2 * np.pi * np.cumsum(freq) / rate
    w = np.sign(np.sin(phase)) * 0.3 + np.sin(phase) * 0.7
    return (_lowpass(w.astype(np.float32), 6) * _env(len(t), 0.01, rate, 0.18)).astype(np.float32)


def stamp(rate: int) -> Wave:
    """A rubber stamp hitting paper: a low thud under a short crack."""
    t = _t(0.35, rate)
    thud = np.sin(2 * np.pi * 70 * t * (1 - t)) * _env(len(t), 0.002, rate, 0.08)
    crack = _lowpass(_noise(0.35, rate, 7), 3) * _env(len(t), 0.001, rate, 0.02)
    return (thud * 0.9 + crack * 0.6).astype(np.float32)


def goal_met(rate: int) -> Wave:
    chord = _sequence([(523.3, 0.8), (659.3, 0.8), (784.0, 0.8)], 0.0, rate, 0.35)
    lead = _sequence([(784.0, 0.3), (1046.5, 0.7)], 0.14, rate, 0.3)
    out = np.zeros(max(len(chord), len(lead)), dtype=np.float32)
    out[: len(chord)] += chord * 0.5
    out[: len(lead)] += lead * 0.6
    return out


def goal_failed(rate: int) -> Wave:
    t = _t(0.6, rate)
    w = np.sin(2 * np.pi * 220 * t) + np.sin(2 * np.pi * 311.1 * t)
    w += 0.3 * np.sign(np.sin(2 * np.pi * 110 * t))
    return (_lowpass(w.astype(np.float32), 4) * _env(len(t), 0.01, rate, 0.25) * 0.45).astype(
        np.float32
    )


def refusal(rate: int) -> Wave:
    """Two short low buzzes, like a gate that will not open."""
    t = _t(0.12, rate)
    buzz = np.sign(np.sin(2 * np.pi * 140 * t)) * _env(len(t), 0.004, rate, 0.06)
    buzz = _lowpass(buzz.astype(np.float32), 5) * 0.5
    gap = np.zeros(int(0.06 * rate), dtype=np.float32)
    return np.concatenate([buzz, gap, buzz]).astype(np.float32)


def ambient(rate: int) -> Wave:
    """A quiet drone that loops without a seam: every frequency and swell completes whole
    cycles in AMBIENT_SECONDS."""
    t = _t(AMBIENT_SECONDS, rate)
    whole = 1 / AMBIENT_SECONDS

    def cycles(freq: float) -> float:
        return round(freq / whole) * whole

    out = np.zeros_like(t)
    for freq, level, swell in ((110, 0.5, 1), (164.8, 0.3, 2), (220.5, 0.25, 3), (329.6, 0.1, 1)):
        lfo = 0.6 + 0.4 * np.sin(2 * np.pi * swell * whole * t + freq)
        out += level * lfo * np.sin(2 * np.pi * cycles(freq) * t)
    hum = _lowpass(_noise(AMBIENT_SECONDS, rate, 3), 40) * 0.6
    hum[: rate // 10] *= np.linspace(0, 1, rate // 10)
    hum[-rate // 10 :] *= np.linspace(1, 0, rate // 10)
    return (out * 0.25 + hum).astype(np.float32)


SOUNDS: dict[str, Callable[[int], Wave]] = {
    "click": click,
    "tick": tick,
    "tier_up": tier_up,
    "tier_down": tier_down,
    "perk_won": perk_won,
    "perk_lost": perk_lost,
    "stamp": stamp,
    "goal_met": goal_met,
    "goal_failed": goal_failed,
    "refusal": refusal,
    "ambient": ambient,
}


def to_int16(wave: Wave, channels: int = 1) -> np.ndarray:
    """Samples for the mixer: peak-limited int16, one column per channel."""
    peak = float(np.max(np.abs(wave))) if len(wave) else 0.0
    scaled = wave / peak * 0.8 if peak > 0.8 else wave
    samples = (np.clip(scaled, -1, 1) * 32767).astype(np.int16)
    return samples if channels == 1 else np.repeat(samples[:, None], channels, axis=1)
