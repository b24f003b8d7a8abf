"""The regime over a society: a population model driven by a level file (numpy, scipy.sparse).

For reports and tools:

    result = run_society(level, citizens=10_000, days=60, seed=0)   # a SocietyResult
    result.critical_share[-1], result.gini_score, result.csv_text(), result.summary()

`SocietyResult` holds one entry per day (index 0 is the start): score percentiles, tier and
restriction shares, Gini of scores and incomes, score assortativity, components and the
largest one's share, the share posting critically, mobility out of the bottom fifth, and
how conditioned citizens are. The same level, size and seed always give the same result.

For views that animate it, `society_days(level, citizens, days, seed)` yields the same run
in small pieces (None while building, then the `Society` after each day);
game/ui/society_view.py steps it within a frame budget.

Limits: 100 to 2,000,000 citizens, 1 to 365 days, score ranges up to 100,000 points and at
most 64 kinds of act per level; anything else raises ValueError or SocietyError with one
line for the user. The level's `society:` section (game/core/spec/society.py) tunes it.
With every rule switched off the network engine is the coevolving voter model
(`voter.coevolving_voter`), which the tests check against its published transition.
"""

from game.sim.society.model import Society, run_society, society_days
from game.sim.society.regime import SocietyError
from game.sim.society.result import SocietyResult

__all__ = ["Society", "SocietyError", "SocietyResult", "run_society", "society_days"]
