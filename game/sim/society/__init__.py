"""The regime over a society: a population model driven by a level file (numpy, scipy.sparse).

`run_society(level, citizens, days, seed)` returns a `SocietyResult` (arrays per day);
`society_days(...)` yields the same run one day at a time for views that animate it.
"""

from game.sim.society.model import Society, run_society, society_days
from game.sim.society.regime import SocietyError
from game.sim.society.result import SocietyResult

__all__ = ["Society", "SocietyError", "SocietyResult", "run_society", "society_days"]
