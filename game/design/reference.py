"""Generate docs/levels.md, the designer reference, from the models and rule-kind docstrings.

Regenerate after changing any model: `python -m game.design.reference > docs/levels.md`.
A test fails when the checked-in file differs from what this module writes.
"""

import inspect
import sys
from collections.abc import Iterator

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from game.commands import COMMANDS
from game.core.content.crossrefs import LISTED_IDS
from game.core.content.loader import load_level_text
from game.core.content.problems import MAX_PROBLEMS, excerpt
from game.core.content.yaml_source import MAX_BYTES, MAX_DEPTH, MAX_NODES
from game.core.level_spec import LEVEL_FORMAT, LevelSpec
from game.core.rules import RULE_KINDS
from game.core.rules.base import RuleBase
from game.core.spec.base import LIST_LIMIT, SOURCED_EVIDENCE, Evidence
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects
from game.design import limits, tutorial
from game.design.field_docs import field_docs
from game.design.guide import guide
from game.design.intended import CHECK_MEANING, STALE
from game.design.schema import SCHEMA_COMMENT
from game.design.types_text import default_text, field_type, nested_models

EVIDENCE_MEANING = {
    Evidence.DOCUMENTED: (
        "A primary document says so (a law, an official notice, court or government data, a"
        " company's own statement), or a reputable outlet reporting one: grade A in"
        " docs/sources.md."
    ),
    Evidence.REPORTED: (
        "Journalism or research describes it, with no primary document behind it: grade B or C"
        " in docs/sources.md."
    ),
    Evidence.CLAIMED: "Someone said it (an executive, an official), and nobody has shown it.",
    Evidence.SPECULATIVE: "Commentators imagined or extrapolated it; not known to happen.",
    Evidence.FICTION: "Invented for a story (a novel, an episode); the level says so.",
    Evidence.GAME: "A game abstraction: numbers and mechanics invented so the level plays.",
}
"""What each evidence label tells the player; a test checks every label is explained."""

REGENERATE = "python -m game.design.reference > docs/levels.md"
BROKEN_EXAMPLE = "format: 1\nmeta: {id: Bad Id, title: x}\n"


def generate() -> str:
    """The whole reference as Markdown."""
    parts = [
        _intro(),
        _commands(),
        _tutorial(),
        _evidence(),
        _errors(),
        _checks(),
        guide(),
        "## The format, key by key\n",
        *_model_sections(),
        _rule_sections(),
    ]
    return "\n".join(parts).rstrip() + "\n"


def _intro() -> str:
    return f"""# Level format {LEVEL_FORMAT}: the designer reference

<!-- Generated from the level models; do not edit. Regenerate with: {REGENERATE} -->

A level is one YAML file in `levels/`: a policy regime the player lives under for a few
days. It is data, never code. Start a new one with `citizen-score new-level PATH`, or follow
the tutorial below. Keep this line first so your editor autocompletes every key:

```yaml
{SCHEMA_COMMENT}
```

The path is relative to the level file: for a level kept anywhere else, point it at
`docs/level.schema.json` from there, or write a copy beside the level with
`citizen-score schema -o level.schema.json` and use `$schema=level.schema.json`.
`new-level` writes the right path for the file it creates.
"""


def _commands() -> str:
    rows = [f"| `citizen-score {name}` | {text} |" for name, (_, text) in COMMANDS.items()]
    return "## Commands\n\n| command | what it does |\n|---|---|\n" + "\n".join(rows) + "\n"


def _tutorial() -> str:
    out = [
        "## Your first level in 15 minutes\n",
        "Each step adds keys at the end of the same file. Until the debrief is written, "
        "`citizen-score validate --brief levels/good_neighbour.yaml` lists what is missing "
        "(without `--brief`, each problem also shows its line with a caret under the "
        "column); after step 1 it prints:\n",
        "```text",
        *(p.format() for p in load_level_text(tutorial.level_text(1), _TUTORIAL_FILE).problems),
        "```\n",
    ]
    for number, step in enumerate(tutorial.STEPS, start=1):
        out += [f"### Step {number}: {step.title}\n", step.prose + "\n"]
        out += ["```yaml", step.yaml.rstrip(), "```\n"]
    out.append(
        "The whole file is the sum of the steps; the tests keep a copy "
        "(`tests/design/first_level.yaml`) and play it to its end with a bot.\n"
    )
    return "\n".join(out)


_TUTORIAL_FILE = "levels/good_neighbour.yaml"


def _evidence() -> str:
    rows = [
        f"| `{e.value}` | {EVIDENCE_MEANING[e]} | {'yes' if e in SOURCED_EVIDENCE else 'no'} |"
        for e in Evidence
    ]
    return (
        "## Evidence labels\n\n"
        "Every rule, perk, restriction, service, prompt, direct score change and debrief card "
        "carries `evidence` (default `game`). The player sees the label next to every reason, "
        "and labels that make a claim about the world need `sources`. A bulletin may leave "
        "`evidence` out: it is then part of the level's story (a friend's news, a note on how "
        "to play) and is shown with no label. Label a bulletin that tells of the real world, "
        "or of a number the game made up (`game`).\n\n"
        "| label | meaning | needs sources |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    )


def _errors() -> str:
    problems = load_level_text(BROKEN_EXAMPLE, "levels/broken.yaml").problems
    limit_rows = "\n".join(f"| {what} | {n} |" for what, n in limits.UI_LIMITS_TEXT)
    return "\n".join(
        [
            "## Errors and warnings\n",
            "Every problem is one line, `file:line:column: severity: message (hint: ...)`, so "
            "editors can jump to it (a lint warning ends with its check's name, like "
            "`[never-lifted]`), followed by the offending line with a caret under the "
            "column (`--brief` leaves those out). `validate` and `lint` report all problems at "
            "once: a reference to an unknown id is reported in the same run as a wrong type "
            "elsewhere. 'Did you mean' offers only a close id of the same kind, or says when "
            "the id is of another kind; with no close id, the hint lists the ids of that kind "
            f"when there are {LISTED_IDS} or fewer. The first {MAX_PROBLEMS:,} problems of a file are "
            "listed, then one line counts the rest. A few limits come first and are reported "
            f"alone: a file over {MAX_BYTES // 1024} KiB, more than {MAX_NODES:,} values, "
            f"lists and mappings nested more than {MAX_DEPTH} deep, and any list with more "
            f"than {LIST_LIMIT} entries (see docs/reliability.md). Write numbers in plain "
            "decimal: YAML 1.1 reads `050` as 40 (base 8) and `1:30` as 90 (base 60), so the "
            "loader refuses both and says what to write (quote a time of day or a code that is "
            "text). For this file:\n",
            "```yaml",
            BROKEN_EXAMPLE.rstrip(),
            "```\n",
            "`citizen-score validate --brief` prints:\n",
            "```text",
            *(p.format() for p in problems),
            "```\n",
            "and without `--brief`, under each problem:\n",
            "```text",
            problems[-1].format(),
            *excerpt(problems[-1], BROKEN_EXAMPLE.splitlines()),
            "```\n",
            "Errors stop a level from loading. `citizen-score lint` adds warnings: tiers, "
            "perks or goals no bot reaches, restrictions that never lift, rules nothing "
            "triggers, content nothing uses, flags never set, changes marked disputable in "
            "a regime without disputes, "
            "text too long for the phone screen, and pacing: a day that brings nothing new, "
            "or two quiet evenings in a row, for a player who only ends each day, in any of "
            "three seeds (the second quiet evening in a row brings one of a character's "
            "undated feed posts while any is left, so undated posts are the simplest cure). "
            "`--strict` makes warnings fail. Lengths the screen holds:\n",
            "| text | most characters |\n|---|---|",
            limit_rows + "\n",
            "### Paths in messages\n",
            "A message names the value it is about by its path from the top of the file, the "
            "way `simulate --set` takes one: keys after dots, and the entries of a list by "
            "their `id`: `rules.noise_report.delta` is the `delta` of the rule with "
            "`id: noise_report`, `prompts.consent.options.decline` an option of a prompt. An "
            "entry with no id (a debrief card, a source, a `price_if` line), or whose id is "
            "missing, not a valid id or shared with another entry of its list, goes by its "
            "place counted from 1, after a `#`: `debrief.cards#2.myth` is the `myth` of the "
            "second card, `rules.noise_report.sources#1` the rule's first source. The "
            "`file:line:column` in front points at the same spot.\n",
        ]
    )


def _checks() -> str:
    rows = [f"| `{c.value}` | {what} | {about} |" for c, (what, about) in CHECK_MEANING.items()]
    return "\n".join(
        [
            "## Lint checks and intended warnings\n",
            "Each lint warning ends with the name of the check that found it, in square "
            "brackets. Some warnings are the lesson: an office that never opens, a mark that "
            "never lifts. List those under `intended_warnings` (see "
            "[IntendedWarning](#intendedwarning)), each with its check, the id it is about and "
            "why; lint then counts them apart (`1 file OK, 0 warnings (2 intended)`), "
            "`--strict` lets them pass and `--show-intended` lists them with their reasons. "
            "An entry that matches no warning is itself a warning, "
            f"`[{STALE}]`, at the entry, and an unknown check name is an error.\n",
            "| check | warns when | `about` names |\n|---|---|---|",
            "\n".join(rows) + "\n",
        ]
    )


def _model_sections() -> Iterator[str]:
    """LevelSpec first, then the shared blocks, then every nested model once."""
    queue: list[type[BaseModel]] = [LevelSpec, Condition, Effects]
    done: set[type] = set(RULE_KINDS.values()) | {RuleBase}
    modules_shown: set[str] = set()
    while queue:
        model = queue.pop(0)
        if model in done:
            continue
        done.add(model)
        yield _model_section(model, modules_shown)
        for field in model.model_fields.values():
            queue += [m for m in nested_models(field) if m not in done]


def _model_section(model: type[BaseModel], modules_shown: set[str]) -> str:
    out = [f"### {model.__name__}\n", inspect.getdoc(model) or "", ""]
    module = sys.modules[model.__module__]
    doc = inspect.getdoc(module) or ""
    if "```yaml" in doc and model.__module__ not in modules_shown:
        modules_shown.add(model.__module__)
        out += [doc, ""]
    out.append(_field_table(model, skip=set()))
    return "\n".join(out)


def _field_table(model: type[BaseModel], skip: set[str]) -> str:
    rows = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        key = field.alias or name
        kind, meaning = field_type(field), _meaning(model, name, field)
        if name == "rules" and model is LevelSpec:
            kind = "list of rules (see [Rules](#rules))"
            meaning = "What moves the score; `kind` picks one of " + ", ".join(RULE_KINDS) + "."
        meaning = " ".join(meaning.split()).replace("|", "\\|")
        rows.append(f"| `{key}` | {kind} | {default_text(field)} | {meaning} |")
    return "\n".join(rows) + "\n"


def _meaning(model: type[BaseModel], name: str, field: FieldInfo) -> str:
    """The field's docstring, or its type's description (an id's), or else the first line of
    the model it holds: `tone` says what a tone is, not only how ids are spelled."""
    doc = field_docs(model).get(name) or field.description
    if doc:
        return doc
    models = nested_models(field)
    doc = inspect.getdoc(models[0]) if models else None
    return doc.splitlines()[0] if doc else ""


def _rule_sections() -> str:
    out = [
        "## Rules",
        "",
        inspect.getdoc(sys.modules["game.core.rules"]) or "",
        "",
        "### Keys every rule has",
        "",
        _field_table(RuleBase, skip=set()),
    ]
    shared = set(RuleBase.model_fields)
    extra: list[type[BaseModel]] = []
    for kind, model in RULE_KINDS.items():
        doc = inspect.getdoc(sys.modules[model.__module__]) or ""
        out += [f"### Rule kind `{kind}`", "", doc, "", _field_table(model, skip=shared)]
        for name in set(model.model_fields) - shared:
            extra += [m for m in nested_models(model.model_fields[name]) if m not in extra]
    for model in extra:
        out.append(_model_section(model, set()))
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(generate())
