"""Session codes: a short, typeable code holding a level, its version, a seed and options.

Layout (bits, most significant first): format 2, hide scores 1, collect 1, level id
fingerprint 10, content hash prefix 20, seed 16, then with collect an IPv4 address 32 and a
port 16. The bits are written in Crockford base 32 (no I, L, O, U; case and hyphens
ignored when typed) and end with Crockford's mod-37 check symbol, which catches any single
wrong character and any swap of two neighbours.
"""

import hashlib
import ipaddress
import re
from dataclasses import dataclass

from game.core.content.model_errors import shown

PREFIX = "CS"
FORMAT = 1
SEED_LIMIT = 1 << 16
"""Seeds a code can carry: 0 to 65535."""
MAX_CODE_CHARS = 40
"""Longer input is refused before decoding."""

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK = _ALPHABET + "*~$=U"
_TYPO = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = r"[\s\-\u2010-\u2015\u2212]"
"""Spaces and every dash: a code pasted from a slide or a message often comes with the en
dashes or non-breaking hyphens a word processor put in place of its hyphens."""
_SHORT_BITS = 50
_LONG_BITS = _SHORT_BITS + 48


class CodeError(ValueError):
    """A code that cannot be used; the message is one line for the player."""


@dataclass(frozen=True)
class SessionCode:
    """What a teacher chose for the class; `text` is what students type."""

    level_fingerprint: int
    hash_prefix: int
    seed: int
    hide_scores: bool = False
    collect: tuple[str, int] | None = None
    """Where results are posted (IPv4 address, port), or None for files only."""

    @property
    def text(self) -> str:
        return encode(self)

    def matches_id(self, level_id: str) -> bool:
        return id_fingerprint(level_id) == self.level_fingerprint

    def matches_hash(self, content_hash: str) -> bool:
        return hash_prefix(content_hash) == self.hash_prefix

    @property
    def collect_text(self) -> str | None:
        return f"{self.collect[0]}:{self.collect[1]}" if self.collect else None


def id_fingerprint(level_id: str) -> int:
    return int.from_bytes(hashlib.sha256(level_id.encode()).digest()[:2], "big") >> 6


def hash_prefix(content_hash: str) -> int:
    return int(content_hash[:5], 16)


def make_code(
    level_id: str,
    content_hash: str,
    seed: int,
    hide_scores: bool = False,
    collect: str | None = None,
) -> SessionCode:
    """A code for a level; ValueError (one line) for a seed or address a code cannot hold."""
    if not 0 <= seed < SEED_LIMIT:
        raise CodeError(f"a session seed must be 0 to {SEED_LIMIT - 1}, not {seed}")
    return SessionCode(
        id_fingerprint(level_id),
        hash_prefix(content_hash),
        seed,
        hide_scores,
        parse_address(collect) if collect else None,
    )


def parse_address(text: str) -> tuple[str, int]:
    """HOST:PORT where HOST is an IPv4 address (a school network has no names to rely on)."""
    host, sep, port = text.rpartition(":")
    # ASCII digits alone: int() also reads other scripts' digits, and refuses 4,300 of them
    plain = port.isascii() and port.isdigit() and len(port) <= 5
    if not (sep and plain and 1 <= int(port) <= 65535):
        raise CodeError(f"{shown(text)} is not HOST:PORT (for example 192.168.1.20:8765)")
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError:
        raise CodeError(
            f"{shown(host)} is not an IPv4 address; use the teacher machine's number, e.g. 192.168.1.20"
        ) from None
    return str(address), int(port)


def encode(code: SessionCode) -> str:
    value = (FORMAT << 2 | code.hide_scores << 1 | (code.collect is not None)) << 10
    value = (value | code.level_fingerprint) << 20 | code.hash_prefix
    value = value << 16 | code.seed
    bits = _SHORT_BITS
    if code.collect is not None:
        host, port = code.collect
        value = (value << 32 | int(ipaddress.IPv4Address(host))) << 16 | port
        bits = _LONG_BITS
    chars = _to_base32(value, (bits + 4) // 5)
    body = chars + _CHECK[value % 37]
    groups = [body[i : i + 4] for i in range(0, len(body), 4)]
    return "-".join([PREFIX, *groups])


def decode(text: str) -> SessionCode:
    """Read a typed code; CodeError says what is wrong with it in one line."""
    if len(text) > MAX_CODE_CHARS:
        raise CodeError("that is too long to be a session code")
    clean = re.sub(_SEPARATORS, "", text.upper().translate(_TYPO))
    if not clean.startswith(PREFIX):
        raise CodeError("a session code starts with CS-")
    body = clean[len(PREFIX) :]
    short, long_ = (_SHORT_BITS + 4) // 5 + 1, (_LONG_BITS + 4) // 5 + 1
    if len(body) not in (short, long_):
        raise CodeError(_length_problem(len(body), short, long_))
    if any(c not in _ALPHABET for c in body[:-1]) or body[-1] not in _CHECK:
        bad = next((c for c in body[:-1] if c not in _ALPHABET), body[-1])
        raise CodeError(f"'{bad}' cannot appear in a session code")
    value = _from_base32(body[:-1])
    if _CHECK[value % 37] != body[-1]:
        raise CodeError("this code has a typo: check each character against the board")
    return _unpack(value, len(body) == long_)


def _length_problem(length: int, short: int, long_: int) -> str:
    """What a student reads when the code has too few or too many characters: what to do,
    not how many characters a code holds."""
    if length < short:
        return "this code is too short: is a part missing? Check each part against the board"
    if length > long_:
        return "this code is too long: check each part against the board"
    return "this code has a letter too many or too few: check each part against the board"


def _unpack(value: int, long_: bool) -> SessionCode:
    collect = None
    if long_:
        port, value = value & 0xFFFF, value >> 16
        host, value = str(ipaddress.IPv4Address(value & 0xFFFFFFFF)), value >> 32
        collect = (host, port)
    seed, value = value & 0xFFFF, value >> 16
    prefix, value = value & 0xFFFFF, value >> 20
    fingerprint, value = value & 0x3FF, value >> 10
    has_collect, hide, fmt = value & 1, value >> 1 & 1, value >> 2
    if fmt != FORMAT or bool(has_collect) != long_:
        raise CodeError("this code was made by a different version of the game")
    return SessionCode(fingerprint, prefix, seed, bool(hide), collect)


def _to_base32(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        out.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _from_base32(text: str) -> int:
    value = 0
    for c in text:
        value = value << 5 | _ALPHABET.index(c)
    return value
