"""The designer's guide in docs/levels.md: how verbs, bots, disputes and live reload behave.

Tables are built from the code (the verb registry, the built-in bots, the tier icons), so
the guide cannot drift from what the game does; tests check every verb and bot is covered.
"""

import inspect

from game.core.spec.score import TIER_ICONS
from game.core.verbs import VERBS
from game.sim.bots import BUILT_IN, LOOKAHEAD_CHECKS, MAX_LOOKAHEAD
from game.sim.stats_text import COLUMNS

VERB_TAGS = {
    "answer": "the prompt's id (an answer to `consent` carries the tag `consent`)",
    "buy": "the item's `tags`",
    "apply": "the service's `category` (one tag)",
    "post": "the post's `tags` and its `tone`",
    "like": "the feed post's `tags`; score bounds see its author's score",
    "share": "the feed post's `tags`; score bounds see its author's score",
    "unfriend": "the character's `tags` and their `relation` (friend, family...)",
    "message": "the character's `tags` and their `relation`",
    "befriend": "the character's `tags` and their `relation`",
    "help": "the character's `tags` and their `relation`",
    "dispute": "none; `ids` match the id of the rule whose change is disputed",
    "reply": "the talk's id and the character's id; `ids` match the reply's id",
}
"""What `when.tags` (and a strategy's `tags`) match for each verb; a test checks every verb."""

BOT_CHOICE = {
    "random": "Picks any allowed action with equal chance.",
    "conformist": (
        "Adds up the `delta` of every action rule that would fire now (enabled, under its"
        " limits, its `if` holding), +2 for applying, +3 for cutting a friend who scores below"
        " it, -5 for lending money, 20 for disputing a change; takes the best, ending the day"
        " (0.5) when nothing is worth more. Answers every prompt with its pre-ticked default."
    ),
    "dissident": (
        "Posts, likes and shares critical content (tags critical, dissent, honest, solidarity,"
        " privacy: 5), helps, applies and messages (3), never unfriends or praises (-5), else"
        " random below 1. Refuses every pre-ticked default, and never joins an opt-in score"
        " (`score.joined_if`): it stays out even where staying out is pre-ticked."
    ),
    "loyal_friend": (
        "Never unfriends; prefers help (6), apply (4), message (3), befriend (2), each plus a"
        " random 0-1. Takes the pre-ticked defaults."
    ),
    "maximiser": (
        "Tries each allowed action on a copy of the world with the real engine and takes the"
        " one that leaves the highest score (pending changes included; +3 for applying)."
        " Answers prompts the same way. Each try is a whole engine step, so per choice it"
        f" tries at most {MAX_LOOKAHEAD} actions and {LOOKAHEAD_CHECKS:,} rule checks (a try"
        " checks every action rule listening to its verb). Past either bound it tries ending"
        " the day, then the actions the action rules make worth most (added up as the"
        " conformist does), until a bound is reached. The shipped levels stay within both"
        " (at most about 100 actions and 300 checks a choice), so there it tries every"
        " action; on a level at the list limits (200 of everything, 30 days of 10 actions) a"
        " run takes seconds, not a minute."
    ),
}
"""How each built-in strategy chooses; a test checks every built-in bot is described."""

WORKED_EXAMPLE = """\
strategies:
  - id: tidy_neighbour
    label: Tidy neighbour
    prefer:
      actions: {buy: 2, apply: 3, befriend: 1, unfriend: 1}
      ids: {hall: 4}
      tags: {tidy: 3}
      verbs:
        befriend: {tags: {noisy: -5}}
        unfriend: {tags: {noisy: 2}}"""


def guide() -> str:
    """The guide's Markdown: verbs and tags, bots, refusals, disputes, play-testing."""
    return "\n".join(
        [
            "## Play-testing and balancing\n",
            _verbs(),
            _bots(),
            _simulate(),
            _disputes(),
            _play_testing(),
        ]
    )


def _verbs() -> str:
    rows = [f"| `{name}` | {VERB_TAGS[name]} | {_first_line(name)} |" for name in VERBS]
    return "\n".join(
        [
            "### What a rule sees of each verb\n",
            "`when: {action: VERB, tags: [...]}` matches a target carrying any of the tags; "
            "`ids` match the target's id. What counts as a tag depends on the verb:\n",
            "| verb | tags are | the verb |",
            "|---|---|---|",
            *rows,
            "",
            "**Refused actions cost nothing.** When the engine refuses an action (an application "
            "the gates refuse, an item you cannot afford, no time left), no action is used, no "
            "money moves and no rule fires: rules on `apply` fire only when the application "
            "succeeds. The phone shows the refusal word for word.\n",
            "**A rule fires every time its action is taken.** Befriending, cutting and "
            "befriending the same person again fires a `befriend` rule twice, and bots find "
            "such loops (`simulate` shows the rule firing more than once per run). Give a rule "
            "`max_times: 1` when it should reward a thing once, or `per_day` to cap it daily.\n",
            "Tier icons are one of: " + ", ".join(f"`{i}`" for i in TIER_ICONS) + ".\n",
        ]
    )


def _first_line(verb: str) -> str:
    """The first sentence of the verb module's docstring, which may run over two lines."""
    module = inspect.getmodule(VERBS[verb].apply)
    paragraph = (inspect.getdoc(module) or "").split("\n\n")[0].replace("\n", " ")
    sentence = paragraph.split(". ")[0].removesuffix(".")
    return sentence.split(": ", 1)[-1] + "." if sentence else ""


def _bots() -> str:
    rows = [f"| `{name}` | {BOT_CHOICE[name]} |" for name in BUILT_IN]
    return "\n".join(
        [
            "### How bots choose\n",
            "`simulate`, `autoplay` and `lint` play a level with bots. Each turn a bot sees the "
            "actions the engine would take now (the phone's offers without refusals) and picks "
            "one; ties are broken with the bot's own seeded generator, so a record of actions "
            "replays exactly. When 40 choices in one day did not end it, the bot ends the day. "
            "A bot never tries an action the engine would refuse, so a service whose `requires` "
            "never holds for it is never applied for: `simulate` then says the goal missed "
            "`used_service` (never applied for: its requires did not hold), and `lint` names "
            "the service's `requires` in its hint. When the `requires` held on some days, the "
            "engine offered the service on those days, and the line says so instead: 'never "
            "applied for: its requires held and it was offered on 2 of 4 days, but the bot "
            "chose other actions' points at the strategy's weights, not at the gate. "
            "Check that against what the bots reached "
            "(their tiers and perks in the table). A service or item the bot could not pay "
            "for is not offered either: 'never applied for: it costs 200, more than the bot "
            "had at the end' (or 'never bought: ...') says so, whatever it spent its money on "
            "before. A plain 'never applied for' means the bot chose other actions: the "
            "service was worth less to it, or was not offered (its `available` did not hold, "
            "or it cost more than the bot had earlier in the run).\n",
            "| strategy | how it chooses |",
            "|---|---|",
            *rows,
            "",
            "A level's own `strategies:` weigh each allowed action as the sum of: the verb's "
            "weight (`actions`), the target's id weight (`ids`), the weights of the target's "
            "tags (`tags`, added up), and the `ids` and `tags` under `verbs.VERB` for that verb "
            "alone; plus a random 0-0.1 to break ties. Ending the day is worth 0.5, so an action "
            "worth 0.4 or less is never taken while time is left. `ids` and `tags` count for "
            "every verb aimed at the target, unfriend as much as befriend: put a weight under "
            "`verbs` when it should count for one verb only. `answers` picks a prompt option; "
            "other prompts get their pre-ticked default. Every id and tag a strategy weighs "
            "must be one the level has (a misspelt one is an error, with a close match when "
            "there is one); read `chosen most` in `simulate` to see that the bot does what you "
            "meant.\n",
            "A worked example:\n",
            "```yaml",
            WORKED_EXAMPLE,
            "```\n",
            "Booking the hall is worth 3 (apply) + 4 (hall) = 7; flowers (tags tidy) 2 + 3 = 5; "
            "befriending noisy Jun 1 - 5 = -4, unfriending him 1 + 2 = 3; ending the day 0.5. "
            "So this bot books the hall, buys flowers, cuts Jun when nothing better is left, "
            "and never befriends him. Without `verbs`, a `noisy: -5` tag weight would also make "
            "unfriending Jun worth -4, and a `noisy: 3` one would make befriending him "
            "attractive.\n",
        ]
    )


def _simulate() -> str:
    return "\n".join(
        [
            "### Reading `simulate`\n",
            "`citizen-score simulate LEVEL --runs 1000` plays the level with every strategy "
            "(or those named by `--strategy`), one run per seed, and prints a table and why. "
            "`--png` draws the 10th-90th percentile band of each strategy's score by day, "
            "over dashed lines where each tier starts. What each line means:\n",
            "```text",
            COLUMNS.rstrip(),
            "```\n",
            "A `--set` path names one number by its keys, and list entries by their id: "
            "`score.start`, `player.days`, `tiers.gold.min`, `items.flowers.price`, "
            "`rules.noise_report.delta`; an entry with no id by its place counted from 1, "
            "after a `#`: `items.flowers.price_if#1.price` (see "
            "[Paths in messages](#paths-in-messages)). Each value must make a valid level: the first that "
            "does not is refused with the loader's message. `--compare` plays the same seeds on "
            "both versions, so a row that differs comes from the change, not from chance. "
            "After the table it says, per strategy, why the versions differ, from the two "
            "versions' own runs: the rules whose firings or per-run change moved most (A, B "
            "and B minus A), the rules that fire in one version only, and the goals whose met "
            "share or most common reason for a miss changed; `--why` adds each version's full "
            "reasons.\n",
        ]
    )


def _disputes() -> str:
    return "\n".join(
        [
            "### Disputes\n",
            "With `score.dispute: true`, a landed change from a rule (or a story score change) "
            "marked `disputable: true` can be disputed once from the Score tab. A dispute is an "
            "action: it uses one of the day's actions, and costs `score.dispute_fee` money when "
            "one is set. It is upheld with chance `score.dispute_chance` (default 1: always), "
            "drawn from a generator seeded by the level seed and the change, so replays agree; "
            'an upheld dispute reverses the change (reason "Dispute upheld") at once, or on '
            "the evening `score.dispute_delay` days later (never after the last day); a "
            "rejected one leaves it and cannot be tried again. Either way `action: dispute` "
            "rules whose `ids` name the disputed rule fire, with no tags.\n",
        ]
    )


def _play_testing() -> str:
    return "\n".join(
        [
            "### Live reload, the inspector and warping\n",
            "`citizen-score play LEVEL --watch` checks the file twice a second. On save, a file "
            "with problems shows them in one dialog (a newer save replaces it) while the last "
            "good version keeps running. A good file starts the level again with the same seed "
            "and replays every action you took, in order, on the new version: the day, the tab "
            "and the focus stay where they were, and an open F12 inspector shows the new "
            "version. Actions the new version refuses are listed "
            "and left out, but kept: save the file back and they play again. Either dialog "
            "closes by itself at the next good save. A file with problems at the start opens "
            "the game at the title with those problems shown; the level starts at the first "
            "save that loads.\n",
            "With `--watch` or `--debug`, F12 opens the designer inspector: the true score, "
            "tier, money, factors, flags, perks, restrictions, pending changes, the rules "
            "that fired today, how often each rule fired so far (against its `max_times`), "
            "the rules switched off, and each character's true score (and whether they are a friend "
            "and in the scheme), and whether each goal is met, failed or still open, whatever "
            "the regime lets the player see.\n",
            "`citizen-score play LEVEL --day N` starts on the morning of day N: a bot "
            "(`--strategy`, default conformist) plays the days before, or `--from-record "
            "FILE` replays a saved session's actions up to that morning.\n",
        ]
    )
