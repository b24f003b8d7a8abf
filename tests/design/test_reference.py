"""docs/levels.md is generated from the models and stays current."""

from pathlib import Path

from game.core.rules import RULE_KINDS
from game.core.spec.base import Evidence
from game.design.reference import EVIDENCE_MEANING, generate

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_reference_matches_the_generator():
    checked_in = (ROOT / "docs" / "levels.md").read_text(encoding="utf-8")
    assert checked_in == generate(), "regenerate: python -m game.design.reference > docs/levels.md"


def test_reference_has_a_section_for_every_rule_kind():
    text = generate()
    for kind in RULE_KINDS:
        assert f"### Rule kind `{kind}`" in text


def test_reference_documents_every_model_of_the_format():
    text = generate()
    for name in ("Condition", "Effects", "Score", "Tier", "Perk", "Restriction", "Item", "Post"):
        assert f"### {name}\n" in text
    for name in ("FeedPost", "Character", "Service", "Event", "Prompt", "Goal", "Debrief"):
        assert f"### {name}\n" in text
    assert "### Strategy\n" in text


def test_every_evidence_label_has_a_meaning():
    assert set(EVIDENCE_MEANING) == set(Evidence)


def test_reference_shows_a_field_docstring_from_the_models():
    assert "The player's tier is one of these tier ids." in generate()


def test_reference_shows_the_error_format_with_a_real_loader_message():
    assert "levels/broken.yaml:2:12: error: meta.id:" in generate()


def test_reference_says_how_to_regenerate_it():
    assert "python -m game.design.reference > docs/levels.md" in generate()


def test_the_guide_says_what_a_tag_is_for_every_verb():
    from game.core.verbs import VERBS
    from game.design.guide import VERB_TAGS

    assert set(VERB_TAGS) == set(VERBS)


def test_the_guide_says_how_every_built_in_bot_chooses():
    from game.design.guide import BOT_CHOICE
    from game.sim.bots import BUILT_IN

    assert set(BOT_CHOICE) == set(BUILT_IN)


def test_the_guides_worked_example_is_a_strategy_the_loader_accepts():
    from game.core.content.loader import load_level_text
    from game.design.guide import WORKED_EXAMPLE
    from game.design.tutorial import level_text

    base = level_text()
    text = base[: base.index("strategies:")] + WORKED_EXAMPLE + "\n"
    assert load_level_text(text).ok


def test_the_reference_documents_disputes_refusals_bots_and_live_reload():
    text = generate()
    for heading in ("### Disputes", "### How bots choose", "### What a rule sees of each verb"):
        assert heading in text
    assert "Refused actions cost nothing" in text and "--day N" in text


def test_the_verb_table_gives_the_whole_first_sentence_of_each_verb():
    row = next(line for line in generate().splitlines() if line.startswith("| `reply` |"))
    assert row.endswith("replies; it costs no action. |")


def test_a_text_field_limit_is_counted_in_characters_not_entries():
    row = next(line for line in generate().splitlines() if line.startswith("| `portrait` |"))
    assert "at most 200 characters" in row


def test_an_id_field_is_described_by_its_own_docstring():
    row = next(line for line in generate().splitlines() if line.startswith("| `tone` |"))
    assert "patriotic, critical" in row and "A stable id" not in row
