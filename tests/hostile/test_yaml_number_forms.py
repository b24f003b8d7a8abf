"""Numbers YAML 1.1 reads in another base than the one they seem written in are refused.

`price: 050` is 40 and `minutes: 1:30` is 90 to YAML 1.1: a level taking them silently
plays with other prices and days than its designer wrote.
"""

import pytest

from game.core.content.loader import load_level_text
from tests.core.levels import with_replaced


def problems_for(old: str, new: str) -> list[str]:
    result = load_level_text(with_replaced(old, new), "forms.yaml")
    return [p.format() for p in result.problems]


def test_a_price_with_a_leading_zero_is_refused_with_the_number_yaml_reads():
    lines = problems_for("price: 5,", "price: 050,")
    assert lines == [
        "forms.yaml:25:38: error: YAML reads '050' as a number in base 8 (40)"
        " (hint: write 50 without the leading zero, or quote it if it is text)"
    ]


def test_a_number_with_colons_is_refused_as_base_60():
    lines = problems_for("days: 3", "days: 1:03")
    assert len(lines) == 1 and "YAML reads '1:03' as a number in base 60 (63)" in lines[0]


def test_a_time_written_as_a_title_is_refused_with_a_hint_to_quote_it():
    lines = problems_for("title: Tiny", "title: 10:30")
    assert len(lines) == 1 and "(630)" in lines[0] and "quote it if it is text" in lines[0]


@pytest.mark.parametrize("same", ["0", "00", "07", "-0", "1_000", "0x1F"])
def test_a_number_whose_reading_is_what_it_shows_is_still_taken(same: str):
    assert load_level_text(with_replaced("price: 5,", f"price: {same},"), "forms.yaml").ok


def test_a_plain_equals_sign_is_text_not_a_tag_to_remove():
    result = load_level_text(with_replaced("title: Tiny", "title: ="), "forms.yaml")
    assert result.ok, [p.format() for p in result.problems]
    assert result.level is not None and result.level.spec.meta.title == "="
