"""Every hostile level file in tests/fixtures/hostile/levels is refused with its expected problem.

Each file's first line says what `validate` must report (`# expect: ...`); none may raise.
"""

from pathlib import Path

import pytest

from game.core.content.loader import load_level

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile" / "levels"
FILES = sorted(HOSTILE.glob("*.yaml"))


def expected(path: Path) -> str:
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_hostile_level_is_refused_with_its_expected_problem(path: Path):
    result = load_level(path)
    lines = [p.format() for p in result.problems]
    assert result.level is None
    assert any(expected(path) in line for line in lines), lines
