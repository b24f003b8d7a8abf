"""A score change's reason may end in an aside in brackets ("(Not yours; the points are a game
number.)"); lines that add figures or labels after a reason set that aside apart first, so
none reads "...Flex Gym. (Not yours...), -45 [Documented]"."""

import re

_LAST_ASIDE = re.compile(r"^(?P<before>.*?)\s*\((?P<aside>[^()]*)\)(?P<stop>\.?)$", re.DOTALL)


def split_aside(reason: str) -> tuple[str, str]:
    """(the reason without its closing aside, the aside as a sentence of its own), or
    (reason, "") when it ends in none: 'Late payment (not yours).' gives ('Late payment',
    'Not yours.')."""
    found = _LAST_ASIDE.match(reason.rstrip())
    if found is None or not found["before"].strip():
        return reason, ""
    aside = found["aside"].strip().rstrip(".")
    return found["before"], f"{aside[:1].upper()}{aside[1:]}."


def label_apart(reason: str) -> str:
    """A reason that ends in brackets, ready for the evidence label that follows it: the last
    bracket group becomes a sentence of its own, so a line never reads '... (The points are a
    game number.) [Documented]', two bracket groups in a row, but '... of your credit limit.
    The points are a game number. [Documented]' ('... lower your score. A 2015 press claim;
    the points are a game number.' for an aside at a sentence's end). Any other reason is
    left as it is."""
    before, aside = split_aside(reason)
    if not aside:
        return reason
    stop = "" if before.endswith((".", "!", "?")) else "."
    return f"{before}{stop} {aside}"
