"""The optional `society:` section: how the population model runs this regime over many citizens.

```yaml
society:
  days: 60
  act_chance: 0.15
  critical: 0.25
  learning: 0.04
  cut_ties: 0.03
```
Every key has a default, so a level without the section still runs in `citizen-score society`
and in the debrief's society view. Every number here is a game abstraction: the debrief's
`invented` text should say so.
"""

from pydantic import Field

from game.core.spec.base import SCORE_LIMIT, Id, Label, Number, Spec, Whole

MAX_SCORE_RANGE = 100_000
"""The population model keeps one table entry per score point; wider ranges are refused."""


class SocietyWords(Spec):
    """How the society's command, chart, view and class report speak of its members: a
    level about companies models firms, not citizens.

    ```yaml
    words: {members: firms, ties: business partners, know: deal with,
            critical: speaking out in public, crowd: a county's firms}
    ```
    """

    members: Label = "citizens"
    """Who the population is made of, in the plural ("1,000 citizens")."""
    ties: Label = "friends"
    """What a tie between two members is called ("How much friends share a score")."""
    know: Label = "know"
    """What members do with their ties ("Do citizens only know their equals?")."""
    critical: Label = "posting critically"
    """What the critical-speech measure counts ("Citizens posting critically (%)")."""
    crowd: Label = "a whole town"
    """The whole population, after "over" ("The same rules over a whole town")."""

    @property
    def title(self) -> str:
        """`members` with a capital letter, to start a line."""
        return self.members[:1].upper() + self.members[1:]


CITIZENS = SocietyWords()
"""The words of a level that does not set its own."""


class Society(Spec):
    """The population model for this regime (`citizen-score society`, the debrief's society view).

    The model runs the level's rules (but those `leave_out` names) in full force over every
    citizen: every rule counts from day 1 (also those an event enables later), and only the
    score keys of conditions (`score_below`, `score_at_least`, `tier_in`) are checked; story
    keys (flags, days, items) are taken as met.
    """

    days: Whole = Field(default=60, ge=1, le=365)
    """Days the society runs for in the debrief view (the command takes `--days`)."""
    start: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The mean starting score of the population; the level's `score.start` when left out."""
    start_spread: Whole = Field(default=25, ge=0, le=MAX_SCORE_RANGE)
    """Spread (standard deviation, in points) of starting scores around `start`."""
    mean_degree: Whole = Field(default=10, ge=2, le=30)
    """Ties per citizen in the starting network (rounded down to an even number)."""
    shortcuts: Number = Field(default=0.1, ge=0, le=1)
    """Share of ties shuffled at random when the network is built (the small-world shortcuts)."""
    act_chance: Number = Field(default=0.15, ge=0, le=1)
    """Mean chance that a citizen does each scored act (post praise, buy games...) on a day,
    before the score has taught them anything."""
    critical: Number = Field(default=0.2, ge=0, le=1)
    """Mean chance that a citizen posts something critical on a day, at the start."""
    chance_scale: Number = Field(default=1.0, ge=0, le=1)
    """Multiplies the daily chance of every `chance` rule for the population (a level's
    chances are tuned for a short story; over many days they can swamp everything else)."""
    conform: Number = Field(default=0.5, ge=0, le=1)
    """Mean propensity to conform: how strongly a citizen's habits follow the score."""
    learning: Number = Field(default=0.03, ge=0, le=1)
    """Operant conditioning rate: how far each rewarded or punished act moves a citizen
    toward doing what the score rewards and nothing it punishes."""
    cut_ties: Number = Field(default=0.02, ge=0, le=1)
    """Chance per day that a citizen checks one friend and, if that friend is below a line
    the regime draws (a tier or an association threshold) and they are above it, drops
    the friend and befriends someone scoring at least as high."""
    income: Whole | None = Field(default=None, ge=0, le=1_000_000)
    """Median daily income of the population; the player's `income` when left out."""
    income_spread: Number = Field(default=0.5, ge=0, le=3)
    """Spread of incomes (sigma of a log-normal around the median)."""
    leave_out: tuple[Id, ...] = Field(default=(), max_length=200)
    """Ids of rules the population model leaves out: rules about the player's own story that
    would hit every citizen every day if taken as met (a daily fine for a bill only the
    player left unpaid)."""
    words: SocietyWords = CITIZENS
    """How the society is spoken of, when its members are not citizens."""
