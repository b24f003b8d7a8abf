"""The 'did you mean' distance counts typing slips as the textbook table does."""

from hypothesis import given
from hypothesis import strategies as st

from game.core.content.problems import edit_distance

WORDS = st.text(alphabet="ab_1", max_size=12)


def _by_table(a: str, b: str) -> int:
    """Optimal string alignment distance, filled cell by cell."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@given(WORDS, WORDS, st.integers(min_value=0, max_value=4))
def test_the_distance_is_the_tables_up_to_one_past_the_most(a, b, most):
    assert edit_distance(a, b, most) == min(_by_table(a, b), most + 1)


def test_two_letters_swapped_are_one_slip():
    assert edit_distance("nosedive", "nosedvie", 2) == 1
