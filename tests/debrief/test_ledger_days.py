"""A ledger line that groups one entry over several days names those days, not a wider span."""

from game.design.debrief.ledger import LedgerLine


def _line(days: tuple[int, ...]) -> LedgerLine:
    return LedgerLine(days, len(days), 2, "Friends pull.", "Evening", "reported")


def test_an_entry_on_days_one_five_and_six_reads_days_1_and_5_to_6():
    assert _line((1, 5, 6)).when == "Days 1, 5-6"


def test_an_entry_on_three_days_in_a_row_still_reads_as_one_span():
    assert _line((2, 3, 4)).when == "Days 2-4"
